"""Hourly weather for yield runs: the result object, its checks, the default year.

A :class:`Weather` carries an hourly :class:`pandas.DataFrame` in pvlib names
(``ghi``, ``dni``, ``dhi`` [W/m2], ``temp_air`` [degC], ``wind_speed`` at 10 m
[m/s], ``pressure`` [Pa]) with a time-zone aware index, and says where the
numbers come from (``source``). Every result of the yield engine repeats that
``source`` so that a planner can say which weather a figure used.

:func:`default_weather` generates a typical year for Lianyungang from the
monthly normals in ``app/resources/climate/lianyungang_normals.json`` (no network,
no copied weather file). File importers live in :mod:`app.resource.importers`;
they all end in :func:`validate_weather_frame`, which turns every unusable
input into an :class:`~app.core.errors.InputError` naming the problem and the
expected form -- never a silent NaN.

References
----------
.. [1] Ineichen, P. and Perez, R. (2002). A new airmass independent formulation
   for the Linke turbidity coefficient. Solar Energy 73(3), 151-157.
.. [2] Erbs, D. G., Klein, S. A. and Duffie, J. A. (1982). Estimation of the
   diffuse radiation fraction for hourly, daily and monthly-average global
   radiation. Solar Energy 28(4), 293-302.
.. [3] Aguiar, R. and Collares-Pereira, M. (1992). TAG: a time-dependent,
   autoregressive, Gaussian model for generating synthetic hourly radiation.
   Solar Energy 49(3), 167-174. (day-to-day persistence of the daily
   clearness index, used here in simplified AR(1) form)
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from app.core.assumptions import RESOURCES_DIR
from app.core.errors import InputError

#: Normals file of the default year (with its sources beside the numbers).
NORMALS_PATH = RESOURCES_DIR / "climate" / "lianyungang_normals.json"

#: Columns every PV-capable weather has, in pvlib names.
IRRADIANCE_COLUMNS = ("ghi", "dni", "dhi")
WEATHER_COLUMNS = ("ghi", "dni", "dhi", "temp_air", "wind_speed", "pressure")

#: Non-leap year used to label generated and year-coerced typical years.
TYPICAL_YEAR = 2019

# Plausibility bounds used to recognise wrong units. Hourly mean irradiance
# cannot exceed the solar constant by much (cloud enhancement rarely lifts an
# hourly mean above ~1400 W/m2); a series peaking below 2 is in kWh/m2 or kW/m2.
_IRRADIANCE_MAX_W_M2 = 1500.0
_IRRADIANCE_KWH_PEAK = 2.0


@dataclass(frozen=True, eq=False)
class Weather:
    """Hourly weather for one place, in pvlib names, with its provenance.

    Attributes
    ----------
    data : pandas.DataFrame
        Hourly, time-zone aware index. Columns ``ghi``, ``dni``, ``dhi``
        [W/m2] (absent for wind-only weather), ``temp_air`` [degC],
        ``wind_speed`` [m/s] at 10 m, ``pressure`` [Pa]; optionally
        ``wind_direction`` [deg] and ``roughness_length`` [m]. Treat as
        read-only: results are cached by :attr:`fingerprint`.
    source : str
        Which weather this is, e.g. ``"EPW: CHN_Jiangsu.Ganyu.580400_CSWD.epw"``.
    latitude, longitude : float
        Site [deg], WGS84/CGCS2000.
    altitude : float
        Site altitude [m].
    notes : tuple of str
        What the import had to derive (e.g. DNI/DHI by Erbs from GHI).
    wind_profile : pandas.DataFrame or None
        windpowerlib-style frame with (variable_name, height) column levels,
        kept when the file gave wind at several heights.
    """

    data: pd.DataFrame
    source: str
    latitude: float
    longitude: float
    altitude: float = 0.0
    notes: tuple = ()
    wind_profile: pd.DataFrame | None = None
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def has_irradiance(self) -> bool:
        """True when the weather can drive a PV run (has ghi, dni, dhi)."""
        return all(c in self.data.columns for c in IRRADIANCE_COLUMNS)

    @property
    def fingerprint(self) -> str:
        """A content hash of the data and the site; the key for result caches."""
        if "fingerprint" not in self._cache:
            digest = hashlib.sha1()
            digest.update(pd.util.hash_pandas_object(self.data, index=True).values.tobytes())
            digest.update(f"{self.latitude:.6f},{self.longitude:.6f},{self.altitude:.2f}".encode())
            self._cache["fingerprint"] = digest.hexdigest()
        return self._cache["fingerprint"]

    @property
    def annual_ghi_kwh_m2(self) -> float:
        """Sum of hourly GHI over the series [kWh/m2] (one year for a typical year)."""
        return float(self.data["ghi"].sum() / 1000.0)

    def monthly_ghi_kwh_m2(self) -> np.ndarray:
        """Monthly sums of GHI [kWh/m2], January..December (0 for absent months)."""
        sums = self.data["ghi"].groupby(self.data.index.month).sum() / 1000.0
        return sums.reindex(range(1, 13), fill_value=0.0).to_numpy(dtype=float)


# ---------------------------------------------------------------------------
# checks


def _first_stamp(mask: pd.Series | np.ndarray, index: pd.DatetimeIndex) -> str:
    where = np.flatnonzero(np.asarray(mask))
    return str(index[where[0]]) if len(where) else "?"


def check_site(latitude: float, longitude: float, altitude: float = 0.0) -> None:
    """Raise InputError unless latitude/longitude/altitude are plausible.

    Parameters
    ----------
    latitude : float
        [deg], -90..90.
    longitude : float
        [deg], -180..180.
    altitude : float
        [m], -500..9000.
    """
    for name, val, lo, hi in (("latitude", latitude, -90, 90), ("longitude", longitude, -180, 180),
                              ("altitude", altitude, -500, 9000)):
        try:
            val = float(val)
        except (TypeError, ValueError):
            raise InputError(f"{name}: expected a number, got {val!r}") from None
        if not np.isfinite(val) or not lo <= val <= hi:
            raise InputError(f"{name}: expected {lo}..{hi}, got {val}")


def check_hourly_index(index, source: str, typical_year: bool = False) -> None:
    """Raise InputError unless ``index`` is a complete, tz-aware hourly series.

    Parameters
    ----------
    index : pandas.DatetimeIndex
    source : str
        Named in the messages.
    typical_year : bool
        If True the series must be exactly one non-leap typical year
        (8760 h, no 29 February), as EPW/TMY/PVGIS-TMY files are.
    """
    if not isinstance(index, pd.DatetimeIndex):
        raise InputError(f"{source}: expected timestamps (a date-time index), got {type(index).__name__}")
    if index.tz is None:
        raise InputError(f"{source}: time zone missing: expected time-zone aware timestamps "
                         f"(e.g. '2019-01-01 00:00+08:00' or tz Asia/Shanghai), got naive times from {index[0]}")
    n = len(index)
    if n < 24:
        raise InputError(f"{source}: expected at least 24 hourly values, got {n}")
    if index.has_duplicates:
        dup = index[index.duplicated()][0]
        raise InputError(f"{source}: duplicate timestamp {dup}: expected each hour once")
    if not index.is_monotonic_increasing:
        raise InputError(f"{source}: timestamps out of order: expected increasing hourly timestamps")
    leap = (index.month == 2) & (index.day == 29)
    if typical_year and leap.any():
        raise InputError(f"{source}: leap day 29 Feb found in a typical-year file: "
                         f"expected 365 days (8760 h) without 29 Feb, got {n} h")
    hour = pd.Timedelta("1h").value
    step_ns = np.diff(index.as_unit("ns").asi8)
    if (step_ns < hour).any():
        short = pd.Timedelta(int(step_ns[step_ns < hour][0]), unit="ns")
        raise InputError(f"{source}: non-hourly step of {short}: expected hourly values (1 h step); "
                         "resample sub-hourly data to hourly means first")
    gaps = step_ns > hour
    if gaps.any():
        missing = int(((step_ns[gaps] // hour) - 1).sum())
        raise InputError(f"{source}: missing hours: {missing} h missing in {int(gaps.sum())} gap(s), "
                         f"first after {_first_stamp(gaps, index)}: expected a contiguous hourly series")
    if typical_year and n != 8760:
        raise InputError(f"{source}: expected a typical year of 8760 hourly values, got {n}")
    if n == 8760 and leap.any() and index[0].month == 1 and index[0].day == 1:
        raise InputError(f"{source}: leap day 29 Feb found in 8760 h starting 1 Jan {index[0].year}: "
                         "the series ends on 30 Dec; expected 8784 h for a full leap year "
                         "or a typical year without 29 Feb")


def check_units(frame: pd.DataFrame, source: str) -> None:
    """Raise InputError when a column's values are not in the expected unit.

    Irradiance must be hourly mean W/m2 (not Wh/m2 per day, kJ/m2 or kWh/m2),
    temperature degC (not degF or K), wind speed m/s (not km/h), pressure Pa
    (not hPa/mbar).
    """
    for col in IRRADIANCE_COLUMNS:
        if col not in frame:
            continue
        peak = float(frame[col].max())
        low = float(frame[col].min())
        if peak > _IRRADIANCE_MAX_W_M2:
            raise InputError(f"{source}: {col} peaks at {peak:.0f}: expected hourly mean irradiance in W/m2 "
                             f"(at most ~{_IRRADIANCE_MAX_W_M2:.0f}); values look like Wh/m2 per day, kJ/m2 or J/m2")
        if 0 < peak < _IRRADIANCE_KWH_PEAK:
            raise InputError(f"{source}: {col} peaks at {peak:.3f}: expected W/m2, got values that look like "
                             "kWh/m2 (or kW/m2); multiply by 1000")
        if low < -10:
            raise InputError(f"{source}: {col} has negative values down to {low:.0f}: expected W/m2 >= 0")
    if "ghi" in frame and float(frame["ghi"].max()) <= 0:
        raise InputError(f"{source}: ghi is zero everywhere: expected hourly global horizontal irradiance in W/m2")
    if "temp_air" in frame:
        t = frame["temp_air"]
        tmin, tmax, tmean = float(t.min()), float(t.max()), float(t.mean())
        if tmin > 180 and tmax < 340:
            raise InputError(f"{source}: temp_air ranges {tmin:.1f}..{tmax:.1f}: expected degC, got values that "
                             "look like kelvin (subtract 273.15)")
        if tmax > 60 or tmean > 40:
            raise InputError(f"{source}: temp_air reaches {tmax:.1f} (mean {tmean:.1f}): expected degC, got values "
                             "that look like degF (convert with (F - 32) / 1.8)")
        if tmin < -70:
            raise InputError(f"{source}: temp_air down to {tmin:.1f}: expected degC in -70..60")
    if "wind_speed" in frame:
        w = frame["wind_speed"]
        if float(w.min()) < 0:
            raise InputError(f"{source}: wind_speed has negative values: expected m/s >= 0")
        if float(w.max()) > 75 or float(w.mean()) > 25:
            raise InputError(f"{source}: wind_speed reaches {float(w.max()):.1f} (mean {float(w.mean()):.1f}): "
                             "expected m/s, got values that look like km/h or knots")
    if "pressure" in frame:
        p = frame["pressure"]
        pmed = float(p.median())
        if 500 <= pmed <= 1100:
            raise InputError(f"{source}: pressure around {pmed:.0f}: expected Pa, got values that look like "
                             "hPa/mbar (multiply by 100)")
        if not 30_000 <= pmed <= 110_000:
            raise InputError(f"{source}: pressure around {pmed:.0f}: expected station pressure in Pa "
                             "(~101325 at sea level)")


def check_complete(frame: pd.DataFrame, source: str, columns) -> None:
    """Raise InputError when a column is missing or holds NaN/inf."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(f"{source}: missing column(s) {', '.join(missing)}: expected pvlib names "
                         f"{', '.join(columns)}; got {', '.join(map(str, frame.columns))}")
    for col in columns:
        values = pd.to_numeric(frame[col], errors="coerce")
        bad = ~np.isfinite(values.to_numpy(dtype=float))
        if bad.any():
            raise InputError(f"{source}: column '{col}' has {int(bad.sum())} missing or non-numeric value(s), "
                             f"first at {_first_stamp(bad, frame.index)}: expected a complete series "
                             "(fill gaps before importing)")


def validate_weather_frame(frame: pd.DataFrame, source: str, latitude: float, longitude: float,
                           altitude: float = 0.0, typical_year: bool = False,
                           require_irradiance: bool = True, notes=(),
                           wind_profile: pd.DataFrame | None = None) -> Weather:
    """Check an imported frame in pvlib names and wrap it as a :class:`Weather`.

    DNI/DHI missing but GHI present: derived with the Erbs model [2]_ (noted).
    Pressure missing: derived from altitude with pvlib.atmosphere.alt2pres
    (noted). Anything else missing, NaN, wrongly stepped or in a wrong unit
    raises :class:`~app.core.errors.InputError`.

    Parameters
    ----------
    frame : pandas.DataFrame
        Hourly data in pvlib names.
    source : str
        Name of the weather (file format and name).
    latitude, longitude : float
        [deg]
    altitude : float
        [m]
    typical_year : bool
        Require 8760 h without 29 Feb.
    require_irradiance : bool
        False for wind-only weather (windpowerlib CSV).

    Returns
    -------
    Weather
    """
    import pvlib

    check_site(latitude, longitude, altitude)
    check_hourly_index(frame.index, source, typical_year=typical_year)
    frame = frame.copy()
    notes = list(notes)
    base = ["temp_air", "wind_speed"] + (["ghi"] if require_irradiance else [])
    check_complete(frame, source, base)
    for col in frame.columns:
        if col in WEATHER_COLUMNS or col in ("wind_direction", "roughness_length"):
            frame[col] = pd.to_numeric(frame[col], errors="coerce").astype(float)
    has_components = all(c in frame.columns for c in ("dni", "dhi"))
    if "ghi" in frame.columns and not has_components:
        check_units(frame[["ghi"]], source)
        solpos = pvlib.solarposition.get_solarposition(frame.index, latitude, longitude, altitude)
        parts = pvlib.irradiance.erbs(frame["ghi"], solpos["zenith"], frame.index)
        frame["dni"] = parts["dni"].fillna(0.0)
        frame["dhi"] = parts["dhi"].fillna(0.0)
        notes.append("DNI and DHI derived from GHI with the Erbs (1982) decomposition")
    if "pressure" not in frame.columns:
        frame["pressure"] = float(pvlib.atmosphere.alt2pres(altitude))
        notes.append(f"pressure set to the standard atmosphere at {altitude:.0f} m (file has none)")
    present = [c for c in WEATHER_COLUMNS if c in frame.columns]
    check_complete(frame, source, present)
    check_units(frame, source)
    if "wind_direction" in frame.columns:
        from app.resource.wind_climate import check_direction_column

        check_direction_column(frame["wind_direction"], source)
    extras = [c for c in ("wind_direction", "roughness_length") if c in frame.columns]
    keep = frame[present + extras]
    return Weather(keep, source, float(latitude), float(longitude), float(altitude), tuple(notes), wind_profile)


# ---------------------------------------------------------------------------
# default typical year


@lru_cache(maxsize=1)
def load_normals(path: str | None = None) -> dict:
    """The monthly normals of the default year, with their provenance (a dict)."""
    with Path(path or NORMALS_PATH).open(encoding="utf-8") as f:
        doc = json.load(f)
    for key in ("ghi_kwh_m2_day", "temp_air_c", "diurnal_range_k", "wind_speed_10m", "pressure_hpa"):
        if len(doc[key]) != 12:
            raise ValueError(f"{NORMALS_PATH.name}: {key} must have 12 monthly values, got {len(doc[key])}")
    return doc


def monthly_ghi_normals_kwh_m2(year: int = TYPICAL_YEAR) -> np.ndarray:
    """Monthly GHI sums of the normals [kWh/m2] (daily mean x days in month)."""
    days = pd.date_range(f"{year}-01-01", periods=12, freq="MS").days_in_month.to_numpy()
    return np.asarray(load_normals()["ghi_kwh_m2_day"], dtype=float) * days


def _ar1(rng: np.random.Generator, n: int, phi: float) -> np.ndarray:
    """Unit-variance AR(1) series (day-to-day persistence of the weather)."""
    shocks = rng.standard_normal(n) * np.sqrt(1.0 - phi * phi)
    out = np.empty(n)
    out[0] = rng.standard_normal()
    for i in range(1, n):
        out[i] = phi * out[i - 1] + shocks[i]
    return out


def _smooth_monthly(values, day_of_year: np.ndarray) -> np.ndarray:
    """Interpolate monthly means to days, periodic over the year, so that
    temperature and pressure have no steps at month ends."""
    mids = np.array([15.5, 45, 74.5, 105, 135.5, 166, 196.5, 227.5, 258, 288.5, 319, 349.5])
    x = np.concatenate([mids - 365, mids, mids + 365])
    y = np.tile(np.asarray(values, dtype=float), 3)
    return np.interp(day_of_year, x, y)


def generate_typical_year(latitude: float, longitude: float, altitude: float, normals: dict,
                          seed: int = 0, year: int = TYPICAL_YEAR, tz: str = "Asia/Shanghai") -> pd.DataFrame:
    """Generate an hourly typical year from monthly normals.

    Clear-sky GHI/DNI/DHI by Ineichen-Perez [1]_ with pvlib's Linke turbidity
    climatology; a daily clear-sky index with AR(1) day-to-day persistence
    (phi = 0.5, after [3]_), scaled so each month's GHI sum equals the normal;
    DNI/DHI from GHI by Erbs [2]_; air temperature as the smoothed monthly
    mean plus a daily anomaly and a diurnal cycle (minimum near sunrise,
    maximum at 14:00), damped on cloudy days; 10 m wind as a Weibull (k = 2)
    daily mean with an afternoon maximum, scaled to the monthly normals.

    Parameters
    ----------
    latitude, longitude : float
        [deg]
    altitude : float
        [m]
    normals : dict
        As in ``app/resources/climate/lianyungang_normals.json``.
    seed : int
        Random seed; the same seed gives the same year.
    year : int
        A non-leap year used to label the hours.
    tz : str
        Time zone of the index.

    Returns
    -------
    pandas.DataFrame
        8760 rows; ghi, dni, dhi [W/m2], temp_air [degC], wind_speed [m/s],
        pressure [Pa].
    """
    import pvlib

    rng = np.random.default_rng(seed)
    times = pd.date_range(f"{year}-01-01 00:00", periods=8760, freq="h", tz=tz)
    # Sample at the labelled instants, as pvlib's ModelChain treats the index,
    # so that sun position and irradiance agree in the yield chain.
    mid = times
    location = pvlib.location.Location(latitude, longitude, tz=tz, altitude=altitude)
    solpos = location.get_solarposition(mid)
    clearsky = location.get_clearsky(mid, model="ineichen", solar_position=solpos)
    cs_ghi = clearsky["ghi"].to_numpy()
    month = times.month.to_numpy()
    day = (times.day_of_year.to_numpy() - 1)
    hour = times.hour.to_numpy()

    # Daily clear-sky index: AR(1) in a logit space, so it stays in (0, 1).
    target_month = monthly_ghi_normals_kwh_m2(year) * 1000.0  # [Wh/m2]
    cs_daily = np.bincount(day, weights=cs_ghi, minlength=365)
    day_month = pd.date_range(f"{year}-01-01", periods=365, freq="D", tz=tz).month.to_numpy()
    cs_month = np.bincount(day_month - 1, weights=cs_daily, minlength=12)
    mean_kc = np.clip(target_month / cs_month, 0.05, 0.98)
    anomaly = _ar1(rng, 365, 0.5)
    kc_day = np.empty(365)
    for m in range(12):
        sel = day_month == m + 1
        centre = np.log(mean_kc[m] / (1 - mean_kc[m]))
        kc = 1.0 / (1.0 + np.exp(-(centre + 1.3 * anomaly[sel])))
        # rescale to hit the monthly sum exactly while keeping 0 < kc <= 1
        for _ in range(8):
            kc = np.clip(kc * target_month[m] / np.sum(kc * cs_daily[sel]), 0.03, 1.0)
        kc_day[sel] = kc
    # Within-day variability: broken clouds are most variable at kc ~ 0.5.
    hourly_noise = rng.standard_normal(8760) * 0.15 * 4 * kc_day[day] * (1 - kc_day[day])
    kc_hour = np.clip(kc_day[day] * (1 + hourly_noise), 0.02, 1.05)
    ghi = cs_ghi * kc_hour
    for m in range(12):  # restore exact monthly sums after the hourly noise
        sel = month == m + 1
        ghi[sel] *= target_month[m] / ghi[sel].sum()
    ghi_series = pd.Series(ghi, index=mid)
    parts = pvlib.irradiance.erbs(ghi_series, solpos["zenith"], mid)

    doy = day + 1.0
    t_mean = _smooth_monthly(normals["temp_air_c"], doy)
    dtr = _smooth_monthly(normals["diurnal_range_k"], doy)
    t_anom = _ar1(rng, 365, 0.7)[day] * 2.0
    # clear days have a larger diurnal range than overcast ones
    dtr_day = dtr * (0.55 + 0.75 * kc_day[day]) / (0.55 + 0.75 * mean_kc[month - 1])
    # asymmetric cycle: minimum ~05:00, maximum ~14:00 (two-harmonic shape)
    phase = 2 * np.pi * (hour + 0.5 - 14.0) / 24.0
    shape = np.cos(phase) + 0.25 * np.cos(2 * phase)
    temp_air = t_mean + t_anom + 0.5 * dtr_day * shape / 1.25
    for m in range(12):
        sel = month == m + 1
        temp_air[sel] += normals["temp_air_c"][m] - temp_air[sel].mean()

    wind_mean = np.asarray(normals["wind_speed_10m"], dtype=float)
    wind_day = rng.weibull(2.0, 365) / 0.8862  # unit mean (Gamma(1.5) = 0.8862)
    diurnal_wind = 1.0 + 0.25 * np.cos(2 * np.pi * (hour - 15.0) / 24.0)
    wind = wind_day[day] * diurnal_wind * np.exp(0.2 * rng.standard_normal(8760))
    for m in range(12):
        sel = month == m + 1
        wind[sel] *= wind_mean[m] / wind[sel].mean()

    pressure = _smooth_monthly(normals["pressure_hpa"], doy) * 100.0 + _ar1(rng, 365, 0.8)[day] * 500.0

    return pd.DataFrame({
        "ghi": ghi,
        "dni": parts["dni"].fillna(0.0).to_numpy(),
        "dhi": parts["dhi"].fillna(0.0).to_numpy(),
        "temp_air": temp_air,
        "wind_speed": wind,
        "pressure": pressure,
    }, index=times)


@lru_cache(maxsize=8)
def default_weather(seed: int = 0) -> Weather:
    """The built-in typical year for Lianyungang (cached in-process).

    Generated by :func:`generate_typical_year` from the monthly normals in
    ``app/resources/climate/lianyungang_normals.json``; see that file for what
    each number is and where it comes from.

    Parameters
    ----------
    seed : int
        Seed of the day-to-day variability; the same seed gives the same year.

    Returns
    -------
    Weather
        8760 hours of 2019 labels, tz Asia/Shanghai; ``source`` names the normals.
    """
    normals = load_normals()
    station = normals["station"]
    frame = generate_typical_year(station["latitude"], station["longitude"], station["altitude_m"],
                                  normals, seed=seed)
    source = (f"LYG default typical year (generated from monthly normals in "
              f"app/resources/climate/{NORMALS_PATH.name}, seed {seed})")
    weather = validate_weather_frame(frame, source, station["latitude"], station["longitude"],
                                     station["altitude_m"], typical_year=True)
    return weather
