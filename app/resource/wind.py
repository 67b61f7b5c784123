"""Wind yield: single turbines with windpowerlib, laid-out farms with PyWake wakes.

:func:`wind_yield` runs windpowerlib's :class:`~windpowerlib.modelchain.ModelChain`
with its defaults (logarithmic wind profile, barometric density, linear
temperature gradient, power curve without density correction) on a
:class:`~windpowerlib.wind_turbine.WindTurbine` built from any turbine type
of :mod:`app.resource.turbines` (windpowerlib's library, the reference
turbines, the user's own). :func:`wind_farm_yield` uses windpowerlib's
:class:`~windpowerlib.turbine_cluster_modelchain.TurbineClusterModelChain`
with the dena mean wind-efficiency curve (no positions needed).
:func:`farm_yield` takes turbine coordinates [m] (EPSG:4549), runs DTU's
PyWake on the site's wind climate (:mod:`app.resource.wakes`,
:mod:`app.resource.wind_climate`) and applies the loss waterfall
gross -> wake -> availability -> electrical -> other = net
(:func:`loss_waterfall`).

pandas 3 note: windpowerlib 0.2.2's ModelChain, WindFarm and
TurbineClusterModelChain run unchanged with pandas 3.1 for the calls made
here (checked against windpowerlib's own example weather in the tests).

References
----------
.. [3] Haas, S., Krien, U., Schachler, B. et al. (2024). windpowerlib - a
   python library to model wind power plants. JOSS 9(93), 5464.
.. [4] dena (2005). Energiewirtschaftliche Planung für die Netzintegration von
   Windenergie in Deutschland an Land und Offshore bis zum Jahr 2020
   (wind-efficiency curves used by windpowerlib's 'dena_mean').
"""
from __future__ import annotations

import difflib
import math
import warnings
from dataclasses import asdict, dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from app.core import assumptions
from app.core.assumptions import RESOURCES_DIR
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, Message, close_matches
from app.resource.weather import Weather

#: Roughness presets [m] by terrain, keys of ``wind.json``.
ROUGHNESS_PRESETS = {"land": "wind.roughness_land", "coast": "wind.roughness_coast", "sea": "wind.roughness_sea"}


def roughness_length(terrain_or_value) -> float:
    """Roughness length [m] from a preset name ('land', 'coast', 'sea') or a number."""
    if isinstance(terrain_or_value, str) and terrain_or_value in ROUGHNESS_PRESETS:
        return float(assumptions.value(ROUGHNESS_PRESETS[terrain_or_value]))
    try:
        z0 = float(terrain_or_value)
    except (TypeError, ValueError):
        raise InputError(QT_TRANSLATE_NOOP("Error", "roughness: expected a length in m (0 < z0 <= 2) or one of "
                                                    "{roughness_presets}, got {terrain_or_value!r}"),
                         code="roughness_length_2", roughness_presets=Listing(ROUGHNESS_PRESETS),
                         terrain_or_value=terrain_or_value) from None
    if not 0 < z0 <= 2:
        raise InputError(QT_TRANSLATE_NOOP("Error", "roughness: expected a length in m with 0 < z0 <= 2, got {z0:g}"),
                         code="roughness_length", z0=z0)
    return z0


# ---------------------------------------------------------------------------
# turbine library


@lru_cache(maxsize=1)
def turbine_library() -> pd.DataFrame:
    """windpowerlib's bundled turbine library (no network).

    Returns
    -------
    pandas.DataFrame
        One row per turbine type: ``turbine_type``, ``manufacturer``,
        ``nominal_power_kw`` [kW], ``rotor_diameter_m`` [m] (NaN if unknown),
        ``hub_heights_m`` (listed hub heights, str), ``has_power_curve``,
        ``has_cp_curve``.
    """
    import os

    import windpowerlib
    from windpowerlib import get_turbine_types  # windpowerlib.wind_turbine.get_turbine_types only raises ImportError in 0.2.2

    types = get_turbine_types(turbine_library="local", print_out=False, filter_=False)
    data = pd.read_csv(os.path.join(os.path.dirname(windpowerlib.__file__), "oedb", "turbine_data.csv"))
    data = data.drop_duplicates("turbine_type").set_index("turbine_type")
    out = types[["turbine_type", "manufacturer", "has_power_curve", "has_cp_curve"]].copy()
    out["nominal_power_kw"] = out["turbine_type"].map(data["nominal_power"]).astype(float) / 1000.0
    out["rotor_diameter_m"] = pd.to_numeric(out["turbine_type"].map(data["rotor_diameter"]), errors="coerce")
    out["hub_heights_m"] = out["turbine_type"].map(data["hub_height"]).fillna("").astype(str)
    out["has_power_curve"] = out["has_power_curve"].astype(bool)
    out["has_cp_curve"] = out["has_cp_curve"].astype(bool)
    return out.sort_values("turbine_type").reset_index(drop=True)


def list_turbines(with_power_curve_only: bool = False, project=None) -> list[dict]:
    """Every turbine type as JSON-ready dicts: the project's own, the reference
    turbines, the user library, then windpowerlib's library (see :func:`turbine_library`).

    Rows carry ``turbine_type``, ``manufacturer``, ``nominal_power_kw``,
    ``has_power_curve``, ``has_cp_curve``, ``rotor_diameter_m``,
    ``hub_heights_m``, ``origin`` and, for all but windpowerlib's types
    without a curve, ``has_ct_curve`` (a published thrust curve).
    """
    from app.resource.turbines import project_turbines, reference_turbines, user_library

    rows, seen = [], set()
    for source in (project_turbines(project), reference_turbines(), user_library()):
        for name, turbine in source.items():
            if name not in seen:
                rows.append(turbine.listing())
                seen.add(name)
    table = turbine_library()
    if with_power_curve_only:
        table = table[table["has_power_curve"] | table["has_cp_curve"]]
    for rec in table.to_dict("records"):
        rows.append({
            "turbine_type": rec["turbine_type"], "manufacturer": rec["manufacturer"],
            "nominal_power_kw": float(rec["nominal_power_kw"]),
            "has_power_curve": bool(rec["has_power_curve"]), "has_cp_curve": bool(rec["has_cp_curve"]),
            "rotor_diameter_m": None if pd.isna(rec["rotor_diameter_m"]) else float(rec["rotor_diameter_m"]),
            "hub_heights_m": _listed_hub_heights(rec["hub_heights_m"]),
            "has_ct_curve": False, "origin": "windpowerlib",
        })
    return rows


def _listed_hub_heights(text: str) -> list[float]:
    return [float(h) for h in str(text).replace(",", ";").split(";") if h.strip().replace(".", "", 1).isdigit()]


def hub_height_range(turbine_type: str) -> tuple[float, float]:
    """Plausible hub heights [m] for a turbine type: from rotor radius plus the
    minimum tip clearance to ``wind.max_hub_height``."""
    row = _turbine_row(turbine_type)
    clearance = float(assumptions.value("wind.min_tip_clearance"))
    top = float(assumptions.value("wind.max_hub_height"))
    diameter = row["rotor_diameter_m"]
    low = (0.5 * float(diameter) + clearance) if not pd.isna(diameter) else 20.0
    return low, top


def _turbine_row(turbine_type: str) -> pd.Series:
    table = turbine_library()
    hit = table[table["turbine_type"] == turbine_type]
    if hit.empty:
        names = table["turbine_type"].tolist()
        close = difflib.get_close_matches(str(turbine_type), names, n=5, cutoff=0.5)
        if not close:
            close = [n for n in names if str(turbine_type).lower().split("/")[0] in n.lower()][:5]
        raise InputError(QT_TRANSLATE_NOOP("Error", "unknown turbine type {turbine_type!r}: expected a type from "
                                                    "windpowerlib's library ('lygsite turbines' lists them){close}"),
                         code="unknown_turbine_type_type", turbine_type=turbine_type,
                         close=close_matches(close))
    return hit.iloc[0]


def make_turbine(turbine_type: str, hub_height: float, project=None):
    """A windpowerlib WindTurbine for any turbine type, checked.

    windpowerlib's own types are built from its library; reference and user
    turbines (:mod:`app.resource.turbines`) from their power curves.

    Raises InputError for an unknown type (with close matches), a type without
    power curve, or a hub height outside the rotor's range.
    """
    from windpowerlib import WindTurbine

    from app.resource.turbines import resolve_turbine

    turbine = resolve_turbine(turbine_type, project)
    hub_height = turbine.check_hub_height(hub_height)
    if turbine.origin != "windpowerlib":
        return turbine.windpowerlib_turbine(hub_height)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return WindTurbine(hub_height=hub_height, turbine_type=turbine_type)


# ---------------------------------------------------------------------------
# weather adapter


def windpowerlib_weather(weather: Weather, roughness: float | str | None = None) -> pd.DataFrame:
    """windpowerlib's weather frame (variable_name, height) from a Weather.

    If the weather came with a multi-height profile (windpowerlib CSV) it is
    used as is, with its roughness unless ``roughness`` is given. Otherwise:
    wind_speed at 10 m [m/s], temperature at 2 m [K] from temp_air, pressure
    at 0 m [Pa] (station level), roughness_length at 0 m [m].

    Parameters
    ----------
    weather : Weather
    roughness : float or str, optional
        [m] or a preset name; default: the file's value, else 'land'.
    """
    if not isinstance(weather, Weather):
        raise InputError(QT_TRANSLATE_NOOP("Error", "weather: expected a Weather, got {name}"),
                         code="weather_weather", name=type(weather).__name__)
    if weather.wind_profile is not None:
        frame = weather.wind_profile.copy()
        if roughness is not None:
            frame = frame.drop(columns="roughness_length", level=0, errors="ignore")
            frame[("roughness_length", 0)] = roughness_length(roughness)
        elif "roughness_length" not in frame.columns.get_level_values(0):
            frame[("roughness_length", 0)] = roughness_length("land")
        return frame
    data = weather.data
    z0 = roughness_length(roughness) if roughness is not None else (
        data["roughness_length"] if "roughness_length" in data else roughness_length("land"))
    frame = pd.DataFrame({
        ("wind_speed", 10): data["wind_speed"].astype(float),
        ("temperature", 2): data["temp_air"].astype(float) + 273.15,
        ("pressure", 0): data["pressure"].astype(float),
        ("roughness_length", 0): z0,
    }, index=data.index)
    frame.columns = pd.MultiIndex.from_tuples(frame.columns, names=["variable_name", "height"])
    return frame


# ---------------------------------------------------------------------------
# single turbine


@dataclass
class WindResult:
    """Yield of one turbine over one weather series.

    Attributes
    ----------
    annual_kwh : float
        Energy in a year [kWh]: over a typical year, or the mean of the years
        of a multi-year series (:attr:`app.resource.weather.Weather.years`).
    full_load_hours : float
        ``annual_kwh / nominal_power_kw`` [h].
    capacity_factor : float
        ``annual_kwh / (nominal_power_kw * hours)`` [-].
    mean_wind_speed_hub : float
        Mean wind speed at hub height [m/s].
    nominal_power_kw : float
        [kW]
    monthly_kwh : list of float
        Per calendar month [kWh] (each month's mean over the years of a multi-year series).
    turbine_type, hub_height_m, roughness_length_m, weather_source
        What was run.
    hourly_kw : pandas.Series or None
    """

    annual_kwh: float
    full_load_hours: float
    capacity_factor: float
    mean_wind_speed_hub: float
    nominal_power_kw: float
    monthly_kwh: list
    turbine_type: str
    hub_height_m: float
    roughness_length_m: float | None
    weather_source: str
    hourly_kw: pd.Series | None = field(default=None, repr=False)

    def to_dict(self) -> dict:
        doc = asdict(self)
        doc.pop("hourly_kw")
        return doc


def run_wind_chain(turbine, weather_frame: pd.DataFrame):
    """windpowerlib ModelChain with its defaults; returns the run chain."""
    from windpowerlib import ModelChain

    return ModelChain(turbine).run_model(weather_frame)


#: A roughness length at or below this is open water [m] (Wieringa 1992: 'sea' 0.0002 m, 'smooth' 0.005 m).
WATER_ROUGHNESS_MAX_M = 0.001


def chain_weather(weather: Weather | None, roughness: float | str | None = None,
                  documented_climate: bool | None = None) -> Weather:
    """The weather windpowerlib's chain runs on: the given one, or the default year with a documented wind.

    The built-in default year's wind is the CSWD Ganyu station's at 10 m
    (2.5 m/s, sheltered): lifted to hub height it gives a third of the
    full-load hours Jiangsu's wind farms make. So on the default year (and
    when ``documented_climate`` is True) the 10 m wind is mapped hour by hour
    onto the documented climate (:func:`documented_wind_weather`) -- open
    sea for a water roughness (``'sea'``, z0 <= :data:`WATER_ROUGHNESS_MAX_M`),
    the Lianyungang coastal plain otherwise -- brought to 10 m with the
    chain's own roughness so that the chain lifts it back to the documented
    100 m mean. Any other weather (a file, the project's import) runs as given.

    Parameters
    ----------
    weather : Weather or None
        None: the default year.
    roughness : float or str, optional
        As for :func:`windpowerlib_weather`; default 'land'.
    documented_climate : bool, optional
        None: only for the default year; False: never.
    """
    from app.resource.weather import default_weather, is_default_year

    weather = weather or default_weather()
    if documented_climate is None:
        documented_climate = is_default_year(weather)
    if not documented_climate or weather.wind_profile is not None:
        return weather
    z0 = roughness_length(roughness if roughness is not None else "land")
    terrain = "offshore" if z0 <= WATER_ROUGHNESS_MAX_M else "onshore"
    return documented_wind_weather(weather, terrain, z0)[0]


def wind_yield(turbine_type: str, hub_height: float, weather: Weather | None = None,
               roughness: float | str | None = None, keep_hourly: bool = False, project=None,
               documented_climate: bool | None = None) -> WindResult:
    """Energy of one turbine of any known type (windpowerlib, reference, user) at a hub height.

    windpowerlib's ModelChain on ``weather`` as given; on the built-in
    default year, whose 10 m wind is a sheltered station's, on the default
    year with its wind mapped onto the documented climate (:func:`chain_weather`,
    named in ``weather_source``).

    Parameters
    ----------
    turbine_type : str
        e.g. ``"E-126/4200"`` (see :func:`list_turbines`).
    hub_height : float
        [m]
    weather : Weather, optional
        Default: the built-in Lianyungang year.
    roughness : float or str, optional
        Roughness length [m] or 'land'/'coast'/'sea'.
    keep_hourly : bool
    project : app.project.Project, optional
        Whose own turbine types to look in first.
    documented_climate : bool, optional
        See :func:`chain_weather` (None: on the default year only; False: the station's wind as it is).

    Returns
    -------
    WindResult
    """
    weather = chain_weather(weather, roughness, documented_climate)
    turbine = make_turbine(turbine_type, hub_height, project)
    frame = windpowerlib_weather(weather, roughness)
    chain = run_wind_chain(turbine, frame)
    power_kw = chain.power_output.astype(float) / 1000.0
    if power_kw.isna().any():
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: the wind chain gave {isna} NaN hour(s): expected "
                                                    "complete wind speed, temperature and pressure"),
                         code="wind_chain_gave_nan", source=weather.source, isna=int(power_kw.isna().sum()))
    years = weather.years  # several years of weather: per-year means
    annual = float(power_kw.sum()) / years
    nominal_kw = float(turbine.nominal_power) / 1000.0
    z0 = frame["roughness_length"].iloc[:, 0]
    monthly = power_kw.groupby(power_kw.index.month).sum().reindex(range(1, 13), fill_value=0.0) / years
    return WindResult(
        annual_kwh=annual,
        full_load_hours=annual / nominal_kw,
        capacity_factor=annual * years / (nominal_kw * len(power_kw)),
        mean_wind_speed_hub=float(chain.wind_speed_hub(frame).mean()),
        nominal_power_kw=nominal_kw,
        monthly_kwh=[float(v) for v in monthly],
        turbine_type=turbine_type,
        hub_height_m=float(hub_height),
        roughness_length_m=float(z0.median()),  # median: exact for a constant z0
        weather_source=weather.source,
        hourly_kw=power_kw if keep_hourly else None,
    )


# ---------------------------------------------------------------------------
# wind farms


@dataclass
class WindFarmResult:
    """Yield of a wind farm with wake losses.

    Attributes
    ----------
    turbines : int
    capacity_mw : float
        [MW]
    gross_mwh : float
        Without wake losses: turbines x single-turbine energy [MWh/yr] (per-year mean of a multi-year series).
    net_mwh : float
        After wake losses [MWh/yr].
    wake_loss_pct : float
        ``100 * (1 - net / gross)`` [%].
    wake_model : str
        Which model and parameters.
    weather_source : str
    per_turbine_net_mwh : list of float
        [MWh], in input order (layout runs only).
    """

    turbines: int
    capacity_mw: float
    gross_mwh: float
    net_mwh: float
    wake_loss_pct: float
    wake_model: str
    weather_source: str
    turbine_type: str = ""
    hub_height_m: float = 0.0
    per_turbine_net_mwh: list = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def wind_farm_yield(turbine_type: str, hub_height: float, count: int, weather: Weather | None = None,
                    roughness: float | str | None = None,
                    wake_losses_model: str = "dena_mean") -> WindFarmResult:
    """A farm of ``count`` identical turbines with windpowerlib's wind-efficiency curve.

    Runs :class:`windpowerlib.TurbineClusterModelChain` twice: without wake
    losses (gross) and with ``wake_losses_model`` (net; 'dena_mean' by
    default, [4]_). No positions are needed: the efficiency curve stands for a
    typical layout.

    Parameters
    ----------
    turbine_type : str
    hub_height : float
        [m]
    count : int
        Number of turbines (>= 1).
    weather : Weather, optional
    roughness : float or str, optional
    wake_losses_model : str
        A windpowerlib wind-efficiency curve name ('dena_mean', 'knorr_mean', ...).
    """
    from windpowerlib import TurbineClusterModelChain, WindFarm

    if int(count) < 1:
        raise InputError(QT_TRANSLATE_NOOP("Error", "count: expected at least 1 turbine, got {count}"),
                         code="count_least_turbine", count=count)
    weather = chain_weather(weather, roughness)
    turbine = make_turbine(turbine_type, hub_height)
    frame = windpowerlib_weather(weather, roughness)
    fleet = pd.DataFrame({"wind_turbine": [turbine], "number_of_turbines": [int(count)]})
    results = {}
    for label, model in (("gross", None), ("net", wake_losses_model)):
        farm = WindFarm(fleet.copy(), name=f"farm_{label}")
        try:
            chain = TurbineClusterModelChain(farm, wake_losses_model=model).run_model(frame)
        except (ValueError, KeyError) as exc:
            raise InputError(QT_TRANSLATE_NOOP("Error", "wake_losses_model {wake_losses_model!r}: {splitlines}"),
                             code="wake_losses_model", wake_losses_model=wake_losses_model,
                             splitlines=str(exc).splitlines()[0]) from None
        results[label] = float(chain.power_output.sum()) / 1e6 / weather.years  # Wh -> MWh, per year
    gross, net = results["gross"], results["net"]
    return WindFarmResult(
        turbines=int(count), capacity_mw=float(turbine.nominal_power) * int(count) / 1e6,
        gross_mwh=gross, net_mwh=net, wake_loss_pct=100.0 * (1.0 - net / gross) if gross > 0 else 0.0,
        wake_model=f"windpowerlib wind-efficiency curve '{wake_losses_model}'",
        weather_source=weather.source, turbine_type=turbine_type, hub_height_m=float(hub_height),
    )


# ---------------------------------------------------------------------------
# laid-out farms: PyWake wakes and the loss waterfall

#: Loss steps after the wake, in the order they apply, with their assumption keys.
LOSS_STEPS = ("availability", "electrical", "other")


@dataclass
class LossWaterfall:
    """Gross energy to net energy, step by step.

    Each loss is a percentage of the energy left after the steps before it
    (gross -> wake -> availability -> electrical -> other = net), so the
    energies lost add up to gross minus net exactly.

    Attributes
    ----------
    gross_mwh : float
        Free-stream energy of all turbines [MWh/yr].
    losses_pct : dict
        ``{"wake", "availability", "electrical", "other"}`` [%].
    lost_mwh : dict
        Energy lost at each step [MWh/yr], same keys.
    net_mwh : float
        [MWh/yr]
    sources : dict
        Assumption key and source of each loss (the wake: the model).
    """

    gross_mwh: float
    losses_pct: dict
    lost_mwh: dict
    net_mwh: float
    sources: dict = field(default_factory=dict)

    def steps(self) -> list[tuple[str, float]]:
        """``[("gross", MWh), ("wake", -MWh), ..., ("net", MWh)]`` for charts and tables."""
        return [("gross", self.gross_mwh)] + [(k, -self.lost_mwh[k]) for k in self.losses_pct] + [("net", self.net_mwh)]

    def to_dict(self) -> dict:
        return asdict(self)


def loss_waterfall(gross_mwh: float, wake_loss_pct: float, offshore: bool, wake_source: str = "",
                   overrides: dict | None = None) -> LossWaterfall:
    """Apply the wake loss and the documented availability, electrical and other losses.

    Parameters
    ----------
    gross_mwh : float
        [MWh/yr]
    wake_loss_pct : float
        [%] from the wake model.
    offshore : bool
        Chooses ``wind.<loss>_loss_offshore`` or ``wind.<loss>_loss_onshore``.
    """
    suffix = "offshore" if offshore else "onshore"
    losses = {"wake": float(wake_loss_pct)}
    sources = {"wake": wake_source or "wake model"}
    for step in LOSS_STEPS:
        key = f"wind.{step}_loss_{suffix}"
        value = float(assumptions.value(key, overrides))
        if not 0 <= value < 100:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{key}: expected a loss in % within 0..100, got {value:g}"),
                             code="loss_within", key=key, value=value)
        losses[step] = value
        sources[step] = f"{key}: {assumptions.get(key).source}"
    remaining, lost = float(gross_mwh), {}
    for step, pct in losses.items():
        lost[step] = remaining * pct / 100.0
        remaining -= lost[step]
    return LossWaterfall(float(gross_mwh), losses, lost, remaining, sources)


@dataclass
class FarmYield:
    """A laid-out wind farm: wind climate, PyWake wakes, loss waterfall.

    Attributes
    ----------
    turbines : int
    capacity_mw : float
        [MW]
    gross_mwh, net_mwh : float
        Before any loss / after all losses [MWh/yr].
    wake_loss_pct : float
        [%]
    net_full_load_hours : float
        ``net_mwh / capacity_mw`` [h].
    capacity_factor : float
        ``net_mwh / (capacity_mw * 8760 h)`` [-].
    uncertainty_pct : float or None
        Climate uncertainty of the net energy, +- [%] (one standard deviation
        of the mean wind speed carried through the power curve).
    waterfall : LossWaterfall
    wake : app.resource.wakes.WakeYield
    climate : app.resource.wind_climate.WindClimate
    turbine : app.resource.turbines.Turbine
    hub_height_m : float
    weather_source : str
        The climate's source.
    """

    turbines: int
    capacity_mw: float
    gross_mwh: float
    net_mwh: float
    wake_loss_pct: float
    net_full_load_hours: float
    capacity_factor: float
    uncertainty_pct: float | None
    waterfall: LossWaterfall
    wake: object
    climate: object
    turbine: object
    hub_height_m: float
    weather_source: str
    per_turbine_net_mwh: list = field(default_factory=list)

    @property
    def wake_model(self) -> str:
        return self.wake.description


def climate_energy_uncertainty_pct(turbine, climate) -> float | None:
    """+- [%] of the free-stream energy for the climate's stated mean-speed uncertainty."""
    u = climate.speed_uncertainty_pct
    if not u:
        return None
    speeds = climate.speed_centres_ms
    weights = climate.frequency.sum(axis=0)

    def energy(factor):
        return float((weights * turbine.power_at(speeds * factor)).sum())

    base = energy(1.0)
    return 100.0 * (energy(1 + u / 100.0) - energy(1 - u / 100.0)) / (2.0 * base) if base > 0 else None


def farm_yield(turbine, hub_height: float, positions_xy_m, climate, wake_model: str | None = None,
               parameters: dict | None = None, offshore: bool = False, direction_step_deg: float | None = None,
               overrides: dict | None = None) -> FarmYield:
    """Annual energy of turbines at explicit positions: PyWake wakes, then the loss waterfall.

    Parameters
    ----------
    turbine : app.resource.turbines.Turbine
        With its power and thrust curves.
    hub_height : float
        [m]
    positions_xy_m : array-like, shape (n, 2)
        Easting, northing [m] in EPSG:4549.
    climate : app.resource.wind_climate.WindClimate
        Joint direction-speed distribution at hub height.
    wake_model : str, optional
        A key of :data:`app.resource.wakes.WAKE_MODELS`; default the
        documented one for the site kind.
    parameters : dict, optional
        Wake-model parameters (``k``, ``ti``); default from the assumptions.
    offshore : bool
        Site kind: chooses the default model, its parameters and the losses.
    direction_step_deg : float, optional
        Default ``wind.direction_step_deg``.

    Returns
    -------
    FarmYield
    """
    from app.resource.wakes import default_wake_model, farm_wake_yield

    model = wake_model or default_wake_model(offshore, overrides)
    wake = farm_wake_yield(turbine, hub_height, positions_xy_m, climate, model, parameters,
                           direction_step_deg=direction_step_deg, offshore=offshore)
    waterfall = loss_waterfall(wake.gross_mwh, wake.wake_loss_pct, offshore, wake.description, overrides)
    n = len(wake.per_turbine_gross_mwh)
    capacity = n * turbine.rated_kw / 1000.0
    keep = waterfall.net_mwh / wake.waked_mwh if wake.waked_mwh > 0 else 0.0
    return FarmYield(
        turbines=n, capacity_mw=capacity, gross_mwh=wake.gross_mwh, net_mwh=waterfall.net_mwh,
        wake_loss_pct=wake.wake_loss_pct,
        net_full_load_hours=waterfall.net_mwh / capacity if capacity > 0 else 0.0,
        capacity_factor=waterfall.net_mwh / (capacity * 8760.0) if capacity > 0 else 0.0,
        uncertainty_pct=climate_energy_uncertainty_pct(turbine, climate), waterfall=waterfall, wake=wake,
        climate=climate, turbine=turbine, hub_height_m=float(hub_height), weather_source=climate.source,
        per_turbine_net_mwh=[v * keep for v in wake.per_turbine_waked_mwh])


# ---------------------------------------------------------------------------
# the open sea for hourly runs (energy island)


def documented_wind_weather(weather: Weather, terrain: str = "offshore", roughness_m: float | None = None,
                            overrides: dict | None = None) -> tuple[Weather, str | None]:
    """The weather with its wind replaced by a documented climate, hour by hour.

    A coastal station's 10 m wind is sheltered and over land; a wind farm
    -- on the open coastal plain or 20-40 km out at sea -- sees more wind,
    with fewer calms and a narrower distribution. Each hour keeps its rank in
    the station series (so the weather's timing -- seasons, fronts, the daily
    cycle -- stays), and gets the speed of that rank in the documented
    Weibull distribution at 100 m of ``terrain``
    (:func:`app.resource.wind_climate.documented_climate`), brought to 10 m
    by the logarithmic profile with ``roughness_m``, the same one
    windpowerlib's chain uses to lift it to hub height again (so the 100 m
    mean is the documented one exactly). Hours of equal station speed are
    ranked by the speed of the surrounding three hours. Weather with a
    measured multi-height profile is returned unchanged: it replaces the
    climate.

    Used by the energy island (offshore, hourly balance) and by the
    single-turbine chain on the built-in default year (:func:`wind_yield`);
    wind-farm sites use the same climates directly as distributions.

    Parameters
    ----------
    weather : Weather
    terrain : {'offshore', 'onshore'}
    roughness_m : float, optional
        [m]; default ``wind.roughness_sea`` offshore, the climate's own
        (``wind.roughness_coast``) onshore.
    overrides : dict, optional
        Assumption overrides.

    Returns
    -------
    (Weather, str or None)
        The weather to use and what was done (None when unchanged).
    """
    from app.resource.wind_climate import DOCUMENTED_CLIMATES, climate_doc, log_profile_ratio

    if weather.wind_profile is not None or "wind_speed" not in weather.data.columns:
        return weather, None
    doc = climate_doc(terrain)
    mean_100 = float(doc["mean_speed_ms"]["value"])
    k = float(doc["weibull_k"]["value"])
    reference = float(doc["reference_height_m"])
    if roughness_m is None:
        roughness_m = (float(assumptions.value("wind.roughness_sea", overrides)) if terrain == "offshore"
                       else float(doc["height_profile"]["roughness_length_m"]))
    station = weather.data["wind_speed"].to_numpy(dtype=float)
    if not np.nanmean(station) > 0:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: expected a wind speed series with a positive mean, "
                                                    "got {nanmean:g} m/s"), code="wind_speed_series_positive",
                         source=weather.source, nanmean=np.nanmean(station))
    spell = pd.Series(station).rolling(3, center=True, min_periods=1).mean().to_numpy()
    order = np.lexsort((np.arange(len(station)), spell, station))
    quantile = np.empty(len(station))
    quantile[order] = (np.arange(len(station)) + 0.5) / len(station)
    scale = mean_100 / math.gamma(1.0 + 1.0 / k)
    at_reference = scale * (-np.log1p(-quantile)) ** (1.0 / k)
    data = weather.data.copy()
    data["wind_speed"] = at_reference * log_profile_ratio(10.0, reference, float(roughness_m))
    what = Message(QT_TRANSLATE_NOOP("Weather", "10 m wind mapped hour by hour (by rank) onto the {climate} ({speed:g} "
                                                "m/s, Weibull k {k:g} at {height:g} m)"),
                   climate=Message(DOCUMENTED_CLIMATES[terrain][1]), speed=mean_100, k=k, height=reference)
    source = Message(QT_TRANSLATE_NOOP("Weather", "{weather}; {mapping}"), weather=weather.source, mapping=what)
    mapped = Weather(data=data, source=source, latitude=weather.latitude,
                     longitude=weather.longitude, altitude=weather.altitude, notes=weather.notes)
    return mapped, what


def offshore_wind_weather(weather: Weather, overrides: dict | None = None) -> tuple[Weather, str | None]:
    """The weather with its wind mapped onto the documented open-sea climate (:func:`documented_wind_weather`)."""
    return documented_wind_weather(weather, "offshore", overrides=overrides)


# ---------------------------------------------------------------------------
# the real world: published full-load hours

PUBLISHED_FLH_PATH = RESOURCES_DIR / "reference" / "jiangsu_offshore_full_load_hours.json"
PUBLISHED_ONSHORE_FLH_PATH = RESOURCES_DIR / "reference" / "jiangsu_onshore_full_load_hours.json"
#: What each set of published figures is, as the notes name it.
_PUBLISHED_SPANS = {
    True: QT_TRANSLATE_NOOP("Note", "the published Jiangsu offshore range {low:,.0f}-{high:,.0f} h (Nantong fleet "
                                    "2022 realised; design values of Qidong, Dongtai, Guoxin Dafeng)"),
    False: QT_TRANSLATE_NOOP("Note", "the published Jiangsu onshore range {low:,.0f}-{high:,.0f} h (Jiangsu grid "
                                     "2012 and 2018 realised; design value of Guohua Dongtai)"),
}


@lru_cache(maxsize=2)
def published_full_load_hours(offshore: bool = True) -> dict:
    """Published full-load hours of Jiangsu wind farms, offshore or onshore, with sources."""
    import json

    path = PUBLISHED_FLH_PATH if offshore else PUBLISHED_ONSHORE_FLH_PATH
    return json.loads(path.read_text(encoding="utf-8"))


def published_offshore_full_load_hours() -> dict:
    """Published full-load hours of Jiangsu offshore wind farms, with sources."""
    return published_full_load_hours(True)


def published_onshore_full_load_hours() -> dict:
    """Published full-load hours of Jiangsu onshore wind farms, with sources."""
    return published_full_load_hours(False)


def compare_with_published(net_full_load_hours: float, wind_speed_hub_ms: float | None = None,
                           wake_loss_pct: float | None = None, specific_power_w_m2: float | None = None,
                           offshore: bool = True) -> dict:
    """Where a result's net full-load hours stand against the published Jiangsu figures of its kind.

    Returns
    -------
    dict
        ``range_hours`` [h, h], ``inside`` (bool), ``note`` (one sentence,
        with the likely reason when outside), ``figures`` (id, kind, hours).
    """
    doc = published_full_load_hours(offshore)
    low, high = (float(v) for v in doc["range_hours"])
    flh = float(net_full_load_hours)
    figures = [{"id": f["id"], "kind": f["kind"], "hours": f.get("hours", f.get("hours_range"))}
               for f in doc["figures"]]
    span = Message(_PUBLISHED_SPANS[bool(offshore)], low=low, high=high)
    if low <= flh <= high:
        return {"range_hours": [low, high], "inside": True, "figures": figures,
                "note": Message(QT_TRANSLATE_NOOP("Note", "net {hours:,.0f} full-load hours: inside {span}"),
                                hours=flh, span=span)}
    context = []
    if wind_speed_hub_ms is not None:
        context.append(Message(QT_TRANSLATE_NOOP("Note", "hub-height mean wind {speed:.2f} m/s"),
                               speed=wind_speed_hub_ms))
    if specific_power_w_m2 is not None:
        context.append(Message(QT_TRANSLATE_NOOP("Note", "turbine {power:.0f} W/m2 of rotor"),
                               power=specific_power_w_m2))
    if wake_loss_pct is not None:
        context.append(Message(QT_TRANSLATE_NOOP("Note", "wake loss {loss:.1f} %"), loss=wake_loss_pct))
    if flh > high:
        note = QT_TRANSLATE_NOOP("Note", "net {hours:,.0f} full-load hours: above {span}; likely a low-specific-power "
                                         "rotor or a windier climate than the built farms' ({factors})")
    else:
        note = QT_TRANSLATE_NOOP("Note", "net {hours:,.0f} full-load hours: below {span}; likely a dense layout, a "
                                         "small or high-specific-power turbine, or a weaker wind than the built "
                                         "farms' ({factors})")
    return {"range_hours": [low, high], "inside": False, "figures": figures,
            "note": Message(note, hours=flh, span=span, factors=Listing(context))}
