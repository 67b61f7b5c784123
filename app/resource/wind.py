"""Wind yield with windpowerlib: single turbines, farms with wake losses.

:func:`wind_yield` runs windpowerlib's :class:`~windpowerlib.modelchain.ModelChain`
with its defaults (logarithmic wind profile, barometric density, linear
temperature gradient, power curve without density correction) on a
:class:`~windpowerlib.wind_turbine.WindTurbine` from the bundled turbine
library. :func:`wind_farm_yield` uses windpowerlib's
:class:`~windpowerlib.turbine_cluster_modelchain.TurbineClusterModelChain`
with the dena mean wind-efficiency curve; :func:`layout_yield` takes turbine
coordinates [m] (EPSG:4549, easting/northing) and applies the Jensen/Katic
park wake model [1]_ [2]_ over the site's wind-direction distribution.

pandas 3 note: windpowerlib 0.2.2's ModelChain, WindFarm and
TurbineClusterModelChain run unchanged with pandas 3.1 for the calls made
here (checked against windpowerlib's own example weather in the tests).

References
----------
.. [1] Jensen, N. O. (1983). A note on wind generator interaction. Risø-M-2411.
.. [2] Katic, I., Højstrup, J. and Jensen, N. O. (1986). A simple model for
   cluster efficiency. Proc. EWEC'86, Rome, 407-410.
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
from app.core.errors import InputError
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
        raise InputError(f"roughness: expected a length in m (0 < z0 <= 2) or one of "
                         f"{', '.join(ROUGHNESS_PRESETS)}, got {terrain_or_value!r}") from None
    if not 0 < z0 <= 2:
        raise InputError(f"roughness: expected a length in m with 0 < z0 <= 2, got {z0:g}")
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


def list_turbines(with_power_curve_only: bool = False) -> list[dict]:
    """The turbine types as JSON-ready dicts (see :func:`turbine_library`)."""
    table = turbine_library()
    if with_power_curve_only:
        table = table[table["has_power_curve"] | table["has_cp_curve"]]
    rows = []
    for rec in table.to_dict("records"):
        rows.append({
            "turbine_type": rec["turbine_type"], "manufacturer": rec["manufacturer"],
            "nominal_power_kw": float(rec["nominal_power_kw"]),
            "has_power_curve": bool(rec["has_power_curve"]), "has_cp_curve": bool(rec["has_cp_curve"]),
            "rotor_diameter_m": None if pd.isna(rec["rotor_diameter_m"]) else float(rec["rotor_diameter_m"]),
            "hub_heights_m": [float(h) for h in str(rec["hub_heights_m"]).replace(",", ";").split(";")
                              if h.strip().replace(".", "", 1).isdigit()],
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
        raise InputError(f"unknown turbine type {turbine_type!r}: expected a type from windpowerlib's library "
                         f"('lygsite turbines' lists them)" + (f"; close matches: {', '.join(close)}" if close else ""))
    return hit.iloc[0]


def make_turbine(turbine_type: str, hub_height: float):
    """A windpowerlib WindTurbine from the bundled library, checked.

    Raises InputError for an unknown type (with close matches), a type without
    power curve, or a hub height outside :func:`hub_height_range`.
    """
    from windpowerlib import WindTurbine

    row = _turbine_row(turbine_type)
    if not row["has_power_curve"]:
        raise InputError(f"turbine {turbine_type!r} has no power curve in windpowerlib's library: expected a "
                         "type with has_power_curve true ('lygsite turbines' lists them)")
    try:
        hub_height = float(hub_height)
    except (TypeError, ValueError):
        raise InputError(f"hub height: expected a number in m, got {hub_height!r}") from None
    low, high = hub_height_range(turbine_type)
    if not low <= hub_height <= high:
        listed = _listed_hub_heights(row["hub_heights_m"])
        raise InputError(f"hub height {hub_height:g} m out of range for {turbine_type}: expected {low:.0f}..{high:.0f} m "
                         f"(rotor diameter {row['rotor_diameter_m']:g} m; tip clearance >= "
                         f"{assumptions.value('wind.min_tip_clearance'):g} m)"
                         + (f"; listed hub heights: {', '.join(f'{h:g}' for h in listed)} m" if listed else ""))
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
        raise InputError(f"weather: expected a Weather, got {type(weather).__name__}")
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
        Energy over the series (a year for a typical year) [kWh].
    full_load_hours : float
        ``annual_kwh / nominal_power_kw`` [h].
    capacity_factor : float
        ``annual_kwh / (nominal_power_kw * hours)`` [-].
    mean_wind_speed_hub : float
        Mean wind speed at hub height [m/s].
    nominal_power_kw : float
        [kW]
    monthly_kwh : list of float
        Per calendar month [kWh].
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


def wind_yield(turbine_type: str, hub_height: float, weather: Weather | None = None,
               roughness: float | str | None = None, keep_hourly: bool = False) -> WindResult:
    """Energy of one turbine from the bundled library at a hub height.

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

    Returns
    -------
    WindResult
    """
    from app.resource.weather import default_weather

    weather = weather or default_weather()
    turbine = make_turbine(turbine_type, hub_height)
    frame = windpowerlib_weather(weather, roughness)
    chain = run_wind_chain(turbine, frame)
    power_kw = chain.power_output.astype(float) / 1000.0
    if power_kw.isna().any():
        raise InputError(f"{weather.source}: the wind chain gave {int(power_kw.isna().sum())} NaN hour(s): "
                         "expected complete wind speed, temperature and pressure")
    annual = float(power_kw.sum())
    nominal_kw = float(turbine.nominal_power) / 1000.0
    z0 = frame["roughness_length"].iloc[:, 0]
    monthly = power_kw.groupby(power_kw.index.month).sum().reindex(range(1, 13), fill_value=0.0)
    return WindResult(
        annual_kwh=annual,
        full_load_hours=annual / nominal_kw,
        capacity_factor=annual / (nominal_kw * len(power_kw)),
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
        Without wake losses: turbines x single-turbine energy [MWh].
    net_mwh : float
        After wake losses [MWh].
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

    from app.resource.weather import default_weather

    if int(count) < 1:
        raise InputError(f"count: expected at least 1 turbine, got {count}")
    weather = weather or default_weather()
    turbine = make_turbine(turbine_type, hub_height)
    frame = windpowerlib_weather(weather, roughness)
    fleet = pd.DataFrame({"wind_turbine": [turbine], "number_of_turbines": [int(count)]})
    results = {}
    for label, model in (("gross", None), ("net", wake_losses_model)):
        farm = WindFarm(fleet.copy(), name=f"farm_{label}")
        try:
            chain = TurbineClusterModelChain(farm, wake_losses_model=model).run_model(frame)
        except (ValueError, KeyError) as exc:
            raise InputError(f"wake_losses_model {wake_losses_model!r}: {str(exc).splitlines()[0]}") from None
        results[label] = float(chain.power_output.sum()) / 1e6  # Wh -> MWh
    gross, net = results["gross"], results["net"]
    return WindFarmResult(
        turbines=int(count), capacity_mw=float(turbine.nominal_power) * int(count) / 1e6,
        gross_mwh=gross, net_mwh=net, wake_loss_pct=100.0 * (1.0 - net / gross) if gross > 0 else 0.0,
        wake_model=f"windpowerlib wind-efficiency curve '{wake_losses_model}'",
        weather_source=weather.source, turbine_type=turbine_type, hub_height_m=float(hub_height),
    )


def _thrust_coefficient(turbine, wind_speed: np.ndarray, density: float = 1.225) -> np.ndarray:
    """Thrust coefficient Ct [-] from the power curve by actuator-disc theory.

    windpowerlib's library carries no Ct curves, so Cp = P / (0.5 rho A v^3)
    is inverted through Cp = 4a(1-a)^2 (a <= 1/3) and Ct = 4a(1-a).
    """
    area = np.pi * (float(turbine.rotor_diameter) / 2.0) ** 2
    curve = turbine.power_curve
    power = np.interp(wind_speed, curve["wind_speed"], curve["value"], left=0.0, right=0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        cp = np.where(wind_speed > 0, power / (0.5 * density * area * wind_speed ** 3), 0.0)
    cp = np.clip(cp, 0.0, 16.0 / 27.0 - 1e-9)
    grid_a = np.linspace(0.0, 1.0 / 3.0, 2001)
    grid_cp = 4 * grid_a * (1 - grid_a) ** 2
    induction = np.interp(cp, grid_cp, grid_a)
    return 4 * induction * (1 - induction)


def _overlap_fraction(lateral: np.ndarray, rotor_radius: float, wake_radius: np.ndarray) -> np.ndarray:
    """Fraction of a rotor disc (radius r) inside a wake circle (radius R) whose
    centre is ``lateral`` away (circle-circle intersection area / rotor area)."""
    d, r, big = lateral, rotor_radius, wake_radius
    out = np.zeros(np.broadcast(d, big).shape)
    inside = d <= big - r
    out[inside] = 1.0
    partial = (d < big + r) & ~inside
    if partial.any():
        dp, bp = np.broadcast_to(d, out.shape)[partial], np.broadcast_to(big, out.shape)[partial]
        dp = np.maximum(dp, 1e-9)
        c1 = np.clip((dp ** 2 + r ** 2 - bp ** 2) / (2 * dp * r), -1, 1)
        c2 = np.clip((dp ** 2 + bp ** 2 - r ** 2) / (2 * dp * bp), -1, 1)
        area = (r ** 2 * np.arccos(c1) + bp ** 2 * np.arccos(c2)
                - 0.5 * np.sqrt(np.clip((-dp + r + bp) * (dp + r - bp) * (dp - r + bp) * (dp + r + bp), 0, None)))
        out[partial] = area / (np.pi * r ** 2)
    return out


def jensen_wake_speeds(positions_xy_m: np.ndarray, wind_from_deg: float, free_speed: np.ndarray,
                       thrust_coefficient: np.ndarray, rotor_diameter: float, wake_decay: float) -> np.ndarray:
    """Wind speed at each turbine behind the others, Jensen/Katic park model.

    Parameters
    ----------
    positions_xy_m : numpy.ndarray, shape (n, 2)
        Easting, northing [m] (EPSG:4549).
    wind_from_deg : float
        Direction the wind blows from [deg clockwise from north].
    free_speed : numpy.ndarray, shape (m,)
        Free-stream hub-height wind speeds [m/s].
    thrust_coefficient : numpy.ndarray, shape (m,)
        Ct at ``free_speed`` [-].
    rotor_diameter : float
        [m]
    wake_decay : float
        Wake decay constant k [-].

    Returns
    -------
    numpy.ndarray, shape (m, n)
        Waked wind speed [m/s] per free speed and turbine; deficits of
        several wakes combine as the root of the sum of squares [2]_.
    """
    theta = np.radians(wind_from_deg)
    downwind = -np.array([np.sin(theta), np.cos(theta)])  # unit vector the wind blows towards
    delta = positions_xy_m[:, None, :] - positions_xy_m[None, :, :]  # [i, j] = p_i - p_j
    along = delta @ downwind  # > 0: i lies downwind of j
    cross = np.abs(delta[..., 0] * downwind[1] - delta[..., 1] * downwind[0])
    radius = rotor_diameter / 2.0
    wake_radius = radius + wake_decay * np.clip(along, 0, None)
    overlap = np.where(along > 0, _overlap_fraction(cross, radius, wake_radius), 0.0)
    geometric = np.where(along > 0, (radius / wake_radius) ** 2, 0.0) * overlap  # (n, n)
    initial = 1.0 - np.sqrt(np.clip(1.0 - thrust_coefficient, 0.0, 1.0))  # (m,)
    deficit_sq = (initial[:, None, None] * geometric[None, :, :]) ** 2
    total = np.sqrt(deficit_sq.sum(axis=2))  # (m, n)
    return free_speed[:, None] * (1.0 - np.clip(total, 0.0, 1.0))


def layout_yield(turbine_type: str, hub_height: float, positions_xy_m, weather: Weather | None = None,
                 roughness: float | str | None = None, offshore: bool = False,
                 wake_decay: float | None = None, direction_sector_deg: float = 5.0) -> WindFarmResult:
    """A farm laid out at explicit coordinates, with Jensen/Katic wakes.

    Hub-height wind speeds come from windpowerlib's ModelChain (as in
    :func:`wind_yield`); directions from the weather's ``wind_direction`` when
    it has one, else a uniform rose (stated in ``wake_model``). Each hour's
    free-stream speed and direction sector give every turbine's waked speed
    (:func:`jensen_wake_speeds`) and so its power from the power curve; the
    wake loss is the ratio of waked to free power, applied to the ModelChain
    gross energy.

    Parameters
    ----------
    turbine_type : str
    hub_height : float
        [m]
    positions_xy_m : array-like, shape (n, 2)
        Easting, northing [m] in EPSG:4549 (CGCS2000 / 3-degree GK CM 120E).
    weather : Weather, optional
    roughness : float or str, optional
    offshore : bool
        Chooses the wake decay constant (``wind.wake_decay_offshore`` or
        ``wind.wake_decay_onshore``) unless ``wake_decay`` is given.
    wake_decay : float, optional
        k [-].
    direction_sector_deg : float
        Width of the direction bins [deg].

    Returns
    -------
    WindFarmResult
    """
    from app.resource.weather import default_weather

    positions = np.asarray(positions_xy_m, dtype=float)
    if positions.ndim != 2 or positions.shape[1] != 2 or len(positions) < 1:
        raise InputError(f"positions: expected an (n, 2) array of easting, northing in m, got shape {positions.shape}")
    if not np.isfinite(positions).all():
        raise InputError("positions: expected finite coordinates in m (EPSG:4549)")
    if len(positions) > 1:
        gaps = np.sqrt(((positions[:, None] - positions[None]) ** 2).sum(-1))[np.triu_indices(len(positions), 1)]
        if gaps.min() < 1.0:
            raise InputError(f"positions: two turbines {gaps.min():.2f} m apart: expected distinct positions in m "
                             "(EPSG:4549), not degrees")
    weather = weather or default_weather()
    turbine = make_turbine(turbine_type, hub_height)
    k = float(wake_decay if wake_decay is not None else
              assumptions.value("wind.wake_decay_offshore" if offshore else "wind.wake_decay_onshore"))
    frame = windpowerlib_weather(weather, roughness)
    chain = run_wind_chain(turbine, frame)
    gross_kwh_each = float(chain.power_output.sum()) / 1000.0
    speed = chain.wind_speed_hub(frame).to_numpy(dtype=float)
    if "wind_direction" in weather.data and weather.wind_profile is None:
        direction = weather.data["wind_direction"].to_numpy(dtype=float) % 360.0
        rose = "wind directions from the weather"
    else:
        # no direction data: spread each hour evenly over the sectors
        direction = None
        rose = "uniform wind rose (weather has no wind_direction)"
    sectors = np.arange(0.0, 360.0, direction_sector_deg)
    speed_bins = np.round(speed * 2.0) / 2.0  # 0.5 m/s bins
    curve = turbine.power_curve
    n = len(positions)
    free_power = np.interp(speed_bins, curve["wind_speed"], curve["value"], left=0.0, right=0.0)
    unique_speeds, inverse = np.unique(speed_bins, return_inverse=True)
    ct = _thrust_coefficient(turbine, unique_speeds)
    waked_power_sum = np.zeros(n)
    free_power_sum = 0.0
    if direction is None:
        weights_per_speed = np.bincount(inverse, minlength=len(unique_speeds)) / len(sectors)
        for sector in sectors:
            waked = jensen_wake_speeds(positions, sector + direction_sector_deg / 2, unique_speeds, ct,
                                       float(turbine.rotor_diameter), k)
            power = np.interp(waked, curve["wind_speed"], curve["value"], left=0.0, right=0.0)
            waked_power_sum += (weights_per_speed[:, None] * power).sum(axis=0)
        free_power_sum = float(free_power.sum()) * n
    else:
        sector_index = np.floor(direction / direction_sector_deg).astype(int) % len(sectors)
        for s, sector in enumerate(sectors):
            sel = sector_index == s
            if not sel.any():
                continue
            counts = np.bincount(inverse[sel], minlength=len(unique_speeds))
            used = counts > 0
            waked = jensen_wake_speeds(positions, sector + direction_sector_deg / 2, unique_speeds[used],
                                       ct[used], float(turbine.rotor_diameter), k)
            power = np.interp(waked, curve["wind_speed"], curve["value"], left=0.0, right=0.0)
            waked_power_sum += (counts[used][:, None] * power).sum(axis=0)
        free_power_sum = float(free_power.sum()) * n
    efficiency = waked_power_sum.sum() / free_power_sum if free_power_sum > 0 else 1.0
    gross_mwh = gross_kwh_each * n / 1000.0
    per_turbine = (waked_power_sum / (free_power_sum / n) * gross_kwh_each / 1000.0) if free_power_sum > 0 \
        else np.full(n, gross_kwh_each / 1000.0)
    net_mwh = gross_mwh * efficiency
    return WindFarmResult(
        turbines=n, capacity_mw=float(turbine.nominal_power) * n / 1e6,
        gross_mwh=gross_mwh, net_mwh=float(net_mwh), wake_loss_pct=float(100.0 * (1.0 - efficiency)),
        wake_model=f"Jensen/Katic park model, k = {k:g}, {direction_sector_deg:g} deg sectors, {rose}; "
                   "Ct from the power curve (actuator disc)",
        weather_source=weather.source, turbine_type=turbine_type, hub_height_m=float(hub_height),
        per_turbine_net_mwh=[float(v) for v in per_turbine],
    )


def offshore_wind_weather(weather: Weather, overrides: dict | None = None) -> tuple[Weather, float | None]:
    """The weather with its 10 m station wind scaled to the open sea.

    A coastal station's 10 m wind is sheltered and over land; an offshore
    farm 20-40 km out sees much more. The station series keeps its hourly
    shape and is scaled by one factor so that its mean, carried to 100 m by
    the log profile over sea roughness (``wind.roughness_sea``), equals the
    indicative offshore mean wind at 100 m documented with the climate
    normals (``wind_resource.offshore_100m_m_s``, Global Wind Atlas 3 read
    for the Haizhou Bay shelf). Weather with a multi-height wind profile
    (measured aloft) is returned unchanged.

    Used for every offshore result (energy island, offshore and wind-fishery
    sites) so that one offshore wind climate stands behind all of them.

    Returns
    -------
    (Weather, float or None)
        The weather to use and the scale factor applied (None when unchanged).
    """
    from app.resource.weather import load_normals

    if weather.wind_profile is not None or "wind_speed" not in weather.data.columns:
        return weather, None
    target_100m = float(load_normals()["wind_resource"]["offshore_100m_m_s"])
    z0 = float(assumptions.value("wind.roughness_sea", overrides))
    mean_10m = float(weather.data["wind_speed"].mean())
    if not mean_10m > 0:
        raise InputError(f"{weather.source}: expected a wind speed series with a positive mean, got {mean_10m:g} m/s")
    factor = target_100m / (mean_10m * math.log(100.0 / z0) / math.log(10.0 / z0))
    data = weather.data.copy()
    data["wind_speed"] = data["wind_speed"] * factor
    scaled = Weather(data=data, source=f"{weather.source}; 10 m wind x{factor:.2f} to the offshore mean "
                                        f"{target_100m:g} m/s at 100 m", latitude=weather.latitude,
                     longitude=weather.longitude, altitude=weather.altitude, notes=weather.notes)
    return scaled, factor
