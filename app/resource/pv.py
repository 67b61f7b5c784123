"""PV yield with pvlib: the CONTRACT.md reference chain plus planner options.

The reference chain (so any result can be reproduced with pvlib alone):
:meth:`pvlib.modelchain.ModelChain.with_pvwatts` on a
:class:`pvlib.pvsystem.PVSystem` with ``module_parameters={"pdc0": kwp*1000,
"gamma_pdc": -0.0037}``, ``inverter_parameters={"pdc0": kwp*1000/1.2,
"eta_inv_nom": 0.96}``, SAPM cell temperature parameters
(``open_rack_glass_polymer`` for open rack and floating,
``close_mount_glass_glass`` for roofs), PVWatts losses (14.08 % with the
defaults) and a :class:`pvlib.location.Location` at the site with tz
Asia/Shanghai (pvlib's default altitude lookup). The weather passed to the
chain is the ``ghi, dni, dhi, temp_air, wind_speed`` columns of a
:class:`~app.resource.weather.Weather`, with its timestamps as they are.

References
----------
.. [1] Dobos, A. P. (2014). PVWatts Version 5 Manual. NREL/TP-6A20-62641.
.. [2] King, D. L., Boyson, W. E. and Kratochvil, J. A. (2004). Photovoltaic
   Array Performance Model. Sandia SAND2004-3535.
.. [3] Holmgren, W. F., Hansen, C. W. and Mikofski, M. A. (2018). pvlib
   python: a python package for modeling solar energy systems. JOSS 3(29), 884.
"""
from __future__ import annotations

import warnings
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd

from app.core import assumptions
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, close_matches
from app.resource.weather import Weather, check_site, climate_uncertainty_pct

#: Mounts a planner chooses from, and the assumption naming the SAPM
#: temperature parameter set each one uses.
MOUNTS = ("roof", "open_rack", "float")

#: Loss names accepted by :func:`pvlib.pvsystem.pvwatts_losses`, each with the
#: assumption key holding its default [%].
LOSS_KEYS = {
    "soiling": "pv.soiling_loss", "shading": "pv.shading_loss", "snow": "pv.snow_loss",
    "mismatch": "pv.mismatch_loss", "wiring": "pv.wiring_loss", "connections": "pv.connections_loss",
    "lid": "pv.lid_loss", "nameplate_rating": "pv.nameplate_rating_loss", "age": "pv.age_loss",
    "availability": "pv.availability_loss",
}

TIMEZONE = "Asia/Shanghai"

# Reference values of the CONTRACT.md chain, the defaults of the functions
# below (as pvlib passes model constants as arguments with reference defaults).
# The app's own values are assumptions (app/resources/assumptions/pv.json),
# which the algorithm layer (app.resource.algorithms) passes in; the tests
# check that the shipped assumptions are these reference values.
#: Power temperature coefficient of the PVWatts standard module [1/K] ([1]_, Table 1).
GAMMA_PDC = -0.0037
#: Nominal inverter efficiency of PVWatts [-] ([1]_, section 8).
ETA_INV_NOM = 0.96
#: PVWatts default DC/AC ratio [-] ([1]_).
DC_AC_RATIO = 1.2
#: PVWatts v5 default losses [%] ([1]_; the defaults of :func:`pvlib.pvsystem.pvwatts_losses`).
PVWATTS_LOSSES = {"soiling": 2.0, "shading": 3.0, "snow": 0.0, "mismatch": 2.0, "wiring": 2.0, "connections": 0.5,
                  "lid": 1.5, "nameplate_rating": 1.0, "age": 0.0, "availability": 3.0}


@dataclass
class PVResult:
    """Yield of one PV system over one weather series.

    Attributes
    ----------
    annual_kwh : float
        AC energy in a year [kWh]: over a typical year, or the mean of the
        years of a multi-year series (:attr:`app.resource.weather.Weather.years`).
    monthly_kwh : list of float
        AC energy per calendar month, January..December [kWh] (each month's
        mean over the years of a multi-year series).
    specific_yield_kwh_per_kwp : float
        ``annual_kwh / kwp`` [kWh/kWp].
    capacity_factor : float
        ``annual_kwh / (kwp * hours)`` on DC nameplate [-].
    avoided_co2_t : float
        ``annual_kwh`` times the grid emission factor [tCO2].
    kwp : float
        DC nameplate [kWp].
    weather_source : str
        Which weather the run used.
    grid_emission_factor_t_per_mwh : float
        Factor used for ``avoided_co2_t`` [tCO2/MWh].
    total_loss_pct : float
        Combined PVWatts system losses [%].
    settings : dict
        Mount, tilt, azimuth, DC/AC ratio, losses, module.
    hourly_ac_kw : pandas.Series or None
        Hourly AC power [kW], when asked for.
    uncertainty_pct : float
        Climate uncertainty of ``annual_kwh``, +/- [%]
        (:func:`app.resource.weather.climate_uncertainty_pct`).
    """

    annual_kwh: float
    monthly_kwh: list
    specific_yield_kwh_per_kwp: float
    capacity_factor: float
    avoided_co2_t: float
    kwp: float
    weather_source: str
    grid_emission_factor_t_per_mwh: float
    total_loss_pct: float
    settings: dict = field(default_factory=dict)
    hourly_ac_kw: pd.Series | None = None
    uncertainty_pct: float = 0.0

    @property
    def annual_kwh_range(self) -> tuple[float, float]:
        """``annual_kwh`` -/+ ``uncertainty_pct`` [kWh]."""
        return (self.annual_kwh * (1 - self.uncertainty_pct / 100.0),
                self.annual_kwh * (1 + self.uncertainty_pct / 100.0))

    def to_dict(self) -> dict:
        """JSON-ready dict (without the hourly series)."""
        doc = asdict(self)
        doc.pop("hourly_ac_kw")
        doc["annual_kwh_low"], doc["annual_kwh_high"] = self.annual_kwh_range
        return doc


# ---------------------------------------------------------------------------
# checks


def _number(name: str, value, expected: str) -> float:
    try:
        out = float(value)
    except (TypeError, ValueError):
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: expected {expected}, got {value!r}"), code="invalid",
                         name=name, expected=expected, value=value) from None
    if not np.isfinite(out):
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: expected {expected}, got {value!r}"), code="invalid",
                         name=name, expected=expected, value=value)
    return out


def check_pv_inputs(kwp: float, tilt: float, azimuth: float, mount: str, dc_ac_ratio: float) -> None:
    """Raise InputError for an impossible PV system description."""
    kwp = _number("kwp", kwp, "a DC capacity > 0 [kWp]")
    if kwp <= 0:
        raise InputError(QT_TRANSLATE_NOOP("Error", "kwp: expected a DC capacity > 0 [kWp], got {kwp:g}"),
                         code="kwp_dc_capacity_kwp", kwp=kwp)
    tilt = _number("tilt", tilt, "0..90 [deg from horizontal]")
    if not 0 <= tilt <= 90:
        raise InputError(QT_TRANSLATE_NOOP("Error", "tilt: expected 0..90 [deg from horizontal], got {tilt:g}"),
                         code="tilt_deg_horizontal", tilt=tilt)
    azimuth = _number("azimuth", azimuth, "0..360 [deg, 180 = south]")
    if not 0 <= azimuth <= 360:
        raise InputError(QT_TRANSLATE_NOOP("Error", "azimuth: expected 0..360 [deg clockwise from north, 180 = "
                                                    "south], got {azimuth:g}"), code="azimuth_deg_clockwise_north",
                         azimuth=azimuth)
    if mount not in MOUNTS:
        raise InputError(QT_TRANSLATE_NOOP("Error", "mount: expected one of {mounts}, got {mount!r}"), code="mount",
                         mounts=Listing(MOUNTS), mount=mount)
    ratio = _number("dc_ac_ratio", dc_ac_ratio, "0.5..3 [-]")
    if not 0.5 <= ratio <= 3:
        raise InputError(QT_TRANSLATE_NOOP("Error", "dc_ac_ratio: expected 0.5..3 [-], got {ratio:g}"),
                         code="dc_ac_ratio", ratio=ratio)


def reference_losses() -> dict:
    """PVWatts v5 default losses [%] ([1]_): :data:`PVWATTS_LOSSES`, the defaults of
    :func:`pvlib.pvsystem.pvwatts_losses` (written out so that forms need not import pvlib)."""
    return dict(PVWATTS_LOSSES)


def loss_parameters(losses: dict | None = None) -> dict:
    """PVWatts loss percentages [%]: the reference defaults overridden by ``losses``.

    Parameters
    ----------
    losses : dict, optional
        e.g. ``{"soiling": 3.0, "shading": 0.0}``; keys from :data:`LOSS_KEYS`.
        Names not given keep PVWatts v5's defaults (:func:`reference_losses`).
    """
    params = reference_losses()
    for name, pct in (losses or {}).items():
        if name not in LOSS_KEYS:
            raise InputError(QT_TRANSLATE_NOOP("Error", "losses: unknown loss {name!r}: expected one of {loss_keys}"),
                             code="losses_unknown_loss", name=name, loss_keys=Listing(LOSS_KEYS))
        pct = _number(f"losses.{name}", pct, "0..100 [%]")
        if not 0 <= pct < 100:
            raise InputError(QT_TRANSLATE_NOOP("Error", "losses.{name}: expected 0..100 [%], got {pct:g}"),
                             code="losses", name=name, pct=pct)
        params[name] = pct
    return params


def combined_loss_pct(losses: dict | None = None) -> float:
    """Combined system loss of the PVWatts loss percentages [%].

    The losses act one after the other: ``100 * (1 - prod(1 - loss_i / 100))``
    (PVWatts v5 [1]_, the formula of :func:`pvlib.pvsystem.pvwatts_losses`,
    which the chain itself calls). Here without importing pvlib, so that a form
    can show the total while the app starts.

    Parameters
    ----------
    losses : dict, optional
        Loss percentages by name [%]; missing ones take their defaults
        (:func:`loss_parameters`).

    References
    ----------
    .. [1] Dobos, A. P. (2014). PVWatts Version 5 Manual. NREL/TP-6A20-62641.
    """
    remaining = 1.0
    for pct in loss_parameters(losses).values():
        remaining *= 1.0 - pct / 100.0
    return 100.0 * (1.0 - remaining)


def temperature_parameters(mount: str) -> dict:
    """SAPM cell temperature parameters for a mount (see pv.json)."""
    import pvlib

    name = assumptions.value(f"pv.temperature_model_{mount}")
    return dict(pvlib.temperature.TEMPERATURE_MODEL_PARAMETERS["sapm"][name])


def cec_module(name: str) -> pd.Series:
    """A module from pvlib's bundled CEC database; InputError lists close names."""
    import difflib


    table = _cec_table()
    if name in table.columns:
        return table[name]
    close = difflib.get_close_matches(name, list(table.columns), n=5, cutoff=0.4)
    raise InputError(QT_TRANSLATE_NOOP("Error", "module: unknown CEC module {name!r}: expected a name from pvlib's "
                                                "CEC database{close}"), code="module_unknown_cec_module", name=name,
                     close=close_matches(close))


_CEC = {}


def _cec_table() -> pd.DataFrame:
    import pvlib

    if "table" not in _CEC:
        _CEC["table"] = pvlib.pvsystem.retrieve_sam("CECMod")
    return _CEC["table"]


# ---------------------------------------------------------------------------
# the chain


def _weather_for_chain(weather: Weather) -> pd.DataFrame:
    if not isinstance(weather, Weather):
        raise InputError(QT_TRANSLATE_NOOP("Error", "weather: expected a Weather (see app.resource.weather), got "
                                                    "{name}"), code="weather_weather_see_app",
                         name=type(weather).__name__)
    if not weather.has_irradiance:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: no irradiance (ghi, dni, dhi): expected a weather "
                                                    "file with solar data for a PV run (EPW, TMY3, PVGIS or a "
                                                    "pvlib-named CSV)"), code="irradiance_ghi_dni_dhi",
                         source=weather.source)
    return weather.data[["ghi", "dni", "dhi", "temp_air", "wind_speed"]]


_LOCATION_CLASS: list = []


def _location_class(location_type):
    """pvlib's ``Location`` whose solar positions are kept with the weather, per site and method.

    The solar position of a weather year (the SPA algorithm, ~50 % of a chain run) does not
    depend on the plane; a roof audit runs the chain once per orientation group, so the
    positions are computed once per weather and site and handed to every group's run: the same
    call with the same arguments, so the results are those of a fresh run.
    """
    if not _LOCATION_CLASS:
        class SharedSolarPositionLocation(location_type):
            weather = None

            def get_solarposition(self, times, pressure=None, temperature=12, **kwargs):
                data = getattr(self.weather, "data", None)
                own = (data is not None and pressure is None and isinstance(temperature, pd.Series)
                       and times.equals(data.index) and temperature.index.equals(data.index)
                       and np.array_equal(temperature.to_numpy(), data["temp_air"].to_numpy(), equal_nan=True))
                if not own:
                    return super().get_solarposition(times, pressure, temperature, **kwargs)
                # the weather's own times and temperature: its fingerprint stands for them
                cache = self.weather._cache
                key = ("chain_solar_position", self.weather.fingerprint, self.latitude, self.longitude,
                       self.altitude, tuple(sorted(kwargs.items())))
                if key not in cache:
                    cache[key] = super().get_solarposition(times, pressure, temperature, **kwargs)
                return cache[key].copy()

        _LOCATION_CLASS.append(SharedSolarPositionLocation)
    return _LOCATION_CLASS[0]


def run_pv_chain(weather: Weather, latitude: float, longitude: float, kwp: float, tilt: float,
                 azimuth: float, mount: str = "open_rack", dc_ac_ratio: float | None = DC_AC_RATIO,
                 losses: dict | None = None, module: str | None = None, gamma_pdc: float = GAMMA_PDC,
                 eta_inv_nom: float = ETA_INV_NOM) -> pd.Series:
    """Hourly AC power of a fixed-tilt PV system [W].

    Parameters
    ----------
    weather : Weather
    latitude, longitude : float
        Site [deg].
    kwp : float
        DC nameplate [kWp].
    tilt : float
        Surface tilt from horizontal [deg].
    azimuth : float
        Surface azimuth clockwise from north [deg], 180 = south.
    mount : {'roof', 'open_rack', 'float'}
    dc_ac_ratio : float, optional
        DC/AC ratio [-]; default :data:`DC_AC_RATIO` (1.2, PVWatts; None: the same).
    losses : dict, optional
        PVWatts losses [%] overriding the defaults (see :func:`loss_parameters`).
    module : str, optional
        CEC module name: the DC model becomes the CEC single-diode model with
        as many modules as fit ``kwp`` (rounded, at least one).
    gamma_pdc : float
        Power temperature coefficient [1/K] of the PVWatts DC model; default
        :data:`GAMMA_PDC` (-0.0037, PVWatts v5 standard module [1]_).
    eta_inv_nom : float
        Nominal inverter efficiency [-]; default :data:`ETA_INV_NOM` (0.96 [1]_).

    Returns
    -------
    pandas.Series
        AC power [W], clipped at 0 (no night consumption is modelled).
    """
    from pvlib.location import Location
    from pvlib.modelchain import ModelChain
    from pvlib.pvsystem import PVSystem

    dc_ac_ratio = DC_AC_RATIO if dc_ac_ratio is None else dc_ac_ratio
    check_pv_inputs(kwp, tilt, azimuth, mount, dc_ac_ratio)
    check_site(latitude, longitude)
    frame = _weather_for_chain(weather)
    location = _location_class(Location)(latitude, longitude, tz=TIMEZONE)
    location.weather = weather
    temp_params = temperature_parameters(mount)
    gamma = _number("gamma_pdc", gamma_pdc, "a temperature coefficient [1/K]")
    eta = _number("eta_inv_nom", eta_inv_nom, "an efficiency in (0, 1] [-]")
    if not 0 < eta <= 1:
        raise InputError(QT_TRANSLATE_NOOP("Error", "eta_inv_nom: expected an efficiency in (0, 1] [-], got {eta:g}"),
                         code="eta_inv_nom_efficiency", eta=eta)
    if module is None:
        system = PVSystem(surface_tilt=tilt, surface_azimuth=azimuth,
                          module_parameters={"pdc0": kwp * 1000.0, "gamma_pdc": gamma},
                          inverter_parameters={"pdc0": kwp * 1000.0 / dc_ac_ratio, "eta_inv_nom": eta},
                          temperature_model_parameters=temp_params,
                          losses_parameters=loss_parameters(losses))
        chain = ModelChain.with_pvwatts(system, location)
    else:
        params = cec_module(module)
        stc_w = float(params["STC"])
        count = max(1, int(round(kwp * 1000.0 / stc_w)))
        system = PVSystem(surface_tilt=tilt, surface_azimuth=azimuth, module_parameters=params.to_dict(),
                          inverter_parameters={"pdc0": count * stc_w / dc_ac_ratio, "eta_inv_nom": eta},
                          temperature_model_parameters=temp_params, modules_per_string=count,
                          strings_per_inverter=1, losses_parameters=loss_parameters(losses))
        chain = ModelChain(system, location, dc_model="cec", ac_model="pvwatts", aoi_model="physical",
                           spectral_model="no_loss", temperature_model="sapm", losses_model="pvwatts")
    with warnings.catch_warnings():
        # the single-diode solver warns on night-time (zero irradiance) rows
        warnings.simplefilter("ignore", RuntimeWarning)
        chain.run_model(frame)
    ac = chain.results.ac
    if isinstance(ac, pd.DataFrame):  # CEC path returns a frame in some versions
        ac = ac["p_mp"] if "p_mp" in ac else ac.iloc[:, 0]
    return ac.clip(lower=0.0).fillna(0.0)


def pv_yield(latitude: float, longitude: float, kwp: float, tilt: float, azimuth: float,
             mount: str = "open_rack", weather: Weather | None = None, dc_ac_ratio: float | None = DC_AC_RATIO,
             losses: dict | None = None, module: str | None = None, keep_hourly: bool = False,
             gamma_pdc: float = GAMMA_PDC, eta_inv_nom: float = ETA_INV_NOM) -> PVResult:
    """Annual and monthly AC energy of a PV system, with CO2 avoided.

    Parameters
    ----------
    latitude, longitude : float
        Site [deg].
    kwp : float
        DC nameplate [kWp] (> 0).
    tilt : float
        [deg], 0..90.
    azimuth : float
        [deg] clockwise from north, 0..360 (180 = south).
    mount : {'roof', 'open_rack', 'float'}
    weather : Weather, optional
        Default: :func:`app.resource.weather.default_weather`.
    dc_ac_ratio, losses, module, gamma_pdc, eta_inv_nom
        See :func:`run_pv_chain` (reference PVWatts values by default).
    keep_hourly : bool
        Keep ``hourly_ac_kw`` in the result.

    Returns
    -------
    PVResult
    """
    from app.resource.weather import default_weather

    weather = weather or default_weather()
    ac_w = run_pv_chain(weather, latitude, longitude, kwp, tilt, azimuth, mount, dc_ac_ratio, losses, module,
                        gamma_pdc, eta_inv_nom)
    ac_kw = ac_w / 1000.0
    return _summarise(ac_kw, kwp, weather, {
        "mount": mount, "tilt_deg": float(tilt), "azimuth_deg": float(azimuth),
        "dc_ac_ratio": float(dc_ac_ratio if dc_ac_ratio is not None else DC_AC_RATIO),
        "gamma_pdc": float(gamma_pdc), "eta_inv_nom": float(eta_inv_nom),
        "losses_pct": loss_parameters(losses), "module": module or "PVWatts (pdc0, gamma_pdc)",
        "latitude": float(latitude), "longitude": float(longitude),
    }, keep_hourly)


def _summarise(ac_kw: pd.Series, kwp: float, weather: Weather, settings: dict, keep_hourly: bool) -> PVResult:
    import pvlib

    years = weather.years  # several years of weather: per-year means
    annual = float(ac_kw.sum()) / years  # hourly steps: kW x 1 h = kWh
    monthly = ac_kw.groupby(ac_kw.index.month).sum().reindex(range(1, 13), fill_value=0.0) / years
    factor = float(assumptions.value("emissions.grid_emission_factor"))
    total_loss = float(pvlib.pvsystem.pvwatts_losses(**settings["losses_pct"]))
    return PVResult(
        annual_kwh=annual,
        monthly_kwh=[float(v) for v in monthly],
        specific_yield_kwh_per_kwp=annual / kwp,
        capacity_factor=annual * years / (kwp * len(ac_kw)),
        avoided_co2_t=annual / 1000.0 * factor,
        kwp=float(kwp),
        weather_source=weather.source,
        grid_emission_factor_t_per_mwh=factor,
        total_loss_pct=total_loss,
        settings=settings,
        hourly_ac_kw=ac_kw if keep_hourly else None,
        uncertainty_pct=climate_uncertainty_pct(),
    )


# ---------------------------------------------------------------------------
# many roofs: one chain run per orientation group

_SPECIFIC_YIELD_CACHE: dict = {}
_SPECIFIC_YIELD_CACHE_MAX = 4096
#: weather fingerprint -> (cache file, {group: kWh/kWp}) of specific yields kept between sessions.
_STORED_SPECIFIC_YIELDS: dict = {}


def _stored_specific_yields(weather: Weather) -> tuple:
    """The specific yields earlier sessions computed with ``weather`` (the user's cache, :mod:`app.core.cache`).

    One 1 kWp chain run costs ~50 ms; the roof list of the rooftop panel needs
    ten of them each time the app starts. The file's version key is this
    module's source, every assumptions file (the chain's defaults), the
    weather's content and the versions of pvlib, numpy and pandas.
    """
    import json
    from pathlib import Path

    from app.core.assumptions import ASSUMPTIONS_DIR
    from app.core.cache import cache_dir, package_versions, version_key

    if weather.fingerprint not in _STORED_SPECIFIC_YIELDS:
        key = version_key(Path(__file__), *sorted(ASSUMPTIONS_DIR.glob("*.json")), weather.fingerprint,
                          package_versions("pvlib", "numpy", "pandas"))
        path = cache_dir() / f"specific-yield-{key}.json"
        try:
            table = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            table = {}
        _STORED_SPECIFIC_YIELDS[weather.fingerprint] = (path, table if isinstance(table, dict) else {})
    return _STORED_SPECIFIC_YIELDS[weather.fingerprint]


def specific_yield_kwh_per_kwp(weather: Weather | None, tilt: float, azimuth: float, mount: str = "roof",
                               latitude: float | None = None, longitude: float | None = None,
                               dc_ac_ratio: float | None = DC_AC_RATIO, losses: dict | None = None,
                               tilt_step: float = 1.0, azimuth_step: float = 5.0, gamma_pdc: float = GAMMA_PDC,
                               eta_inv_nom: float = ETA_INV_NOM) -> float:
    """Specific yield of an orientation group [kWh/kWp], cached.

    The PVWatts chain is linear in ``kwp`` (DC and inverter both scale with
    it), so one 1 kWp run per (tilt, azimuth, mount) group serves every roof
    of the group: ``pot_kwh = pot_kwp * specific_yield_kwh_per_kwp(...)``.
    Tilt and azimuth are rounded to ``tilt_step``/``azimuth_step`` [deg] to
    form groups; results are cached by the weather's content fingerprint, so
    100 000 roofs cost one run per distinct group (~50 ms each).

    Parameters
    ----------
    weather : Weather or None
        None: the default year.
    tilt : float
        [deg], 0..90.
    azimuth : float
        [deg], 0..360, 180 = south.
    mount : {'roof', 'open_rack', 'float'}
    latitude, longitude : float, optional
        Default: the weather's site.
    dc_ac_ratio, losses, gamma_pdc, eta_inv_nom
        See :func:`run_pv_chain`.
    tilt_step, azimuth_step : float
        Grouping resolution [deg].

    Returns
    -------
    float
        Annual AC energy per kWp DC [kWh/kWp].
    """
    from app.resource.weather import default_weather

    weather = weather or default_weather()
    check_pv_inputs(1.0, tilt, azimuth, mount, DC_AC_RATIO if dc_ac_ratio is None else dc_ac_ratio)
    lat = weather.latitude if latitude is None else float(latitude)
    lon = weather.longitude if longitude is None else float(longitude)
    tilt_g = round(float(tilt) / tilt_step) * tilt_step
    azimuth_g = (round(float(azimuth) / azimuth_step) * azimuth_step) % 360.0
    key = (weather.fingerprint, round(lat, 3), round(lon, 3), tilt_g, azimuth_g, mount,
           dc_ac_ratio, tuple(sorted((losses or {}).items())), gamma_pdc, eta_inv_nom)
    if key not in _SPECIFIC_YIELD_CACHE:
        if len(_SPECIFIC_YIELD_CACHE) >= _SPECIFIC_YIELD_CACHE_MAX:
            _SPECIFIC_YIELD_CACHE.pop(next(iter(_SPECIFIC_YIELD_CACHE)))
        path, stored = _stored_specific_yields(weather)
        group = repr(key[1:])
        if group not in stored:
            import json

            from app.core.cache import write_cache_file

            ac_w = run_pv_chain(weather, lat, lon, 1.0, tilt_g, azimuth_g, mount, dc_ac_ratio, losses,
                                gamma_pdc=gamma_pdc, eta_inv_nom=eta_inv_nom)
            stored[group] = float(ac_w.sum() / 1000.0) / weather.years
            snapshot = dict(stored)  # another thread may add a group meanwhile
            write_cache_file(path, lambda tmp: tmp.write_text(json.dumps(snapshot), encoding="utf-8"))
        _SPECIFIC_YIELD_CACHE[key] = float(stored[group])
    return _SPECIFIC_YIELD_CACHE[key]


def specific_yield_table(weather: Weather | None, orientations, mount: str = "roof", **kwargs) -> pd.DataFrame:
    """Specific yield for many (tilt, azimuth) pairs, one run per distinct group.

    Parameters
    ----------
    weather : Weather or None
    orientations : iterable of (tilt, azimuth)
        [deg], e.g. ``zip(roofs.tilt, roofs.azimuth)``.
    mount : str
    **kwargs
        Passed to :func:`specific_yield_kwh_per_kwp`.

    Returns
    -------
    pandas.DataFrame
        Columns ``tilt``, ``azimuth``, ``specific_yield_kwh_per_kwp``, one row
        per input pair, in input order.
    """
    pairs = pd.DataFrame(list(orientations), columns=["tilt", "azimuth"], dtype=float)
    unique = pairs.drop_duplicates()
    values = {(t, a): specific_yield_kwh_per_kwp(weather, t, a, mount, **kwargs)
              for t, a in unique.itertuples(index=False)}
    pairs["specific_yield_kwh_per_kwp"] = [values[(t, a)] for t, a in pairs.itertuples(index=False)]
    return pairs
