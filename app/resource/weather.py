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
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, Message

#: Normals file of the default year (with its sources beside the numbers).
NORMALS_PATH = RESOURCES_DIR / "climate" / "lianyungang_normals.json"

#: Columns every PV-capable weather has, in pvlib names.
IRRADIANCE_COLUMNS = ("ghi", "dni", "dhi")
WEATHER_COLUMNS = ("ghi", "dni", "dhi", "temp_air", "wind_speed", "pressure")

#: Non-leap year used to label generated and year-coerced typical years.
TYPICAL_YEAR = 2019
#: Hours in a (non-leap) year: a series shorter than this is a partial year.
HOURS_PER_YEAR = 8760

#: 16 wind-direction sectors [deg from north, clockwise], N, NNE, ..., NNW.
WIND_SECTORS_DEG = tuple(float(22.5 * i) for i in range(16))
#: Quantile levels of the daily clearness index stored per month.
KT_QUANTILE_LEVELS = tuple(round(0.1 * i, 1) for i in range(11))

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
        """Annual GHI [kWh/m2]: the sum over a typical year, the per-year mean of a multi-year series."""
        return float(self.data["ghi"].sum() / 1000.0) / self.years

    def monthly_ghi_kwh_m2(self) -> np.ndarray:
        """Monthly GHI [kWh/m2], January..December (0 for absent months; means over the years of a multi-year series)."""
        sums = self.data["ghi"].groupby(self.data.index.month).sum() / 1000.0 / self.years
        return sums.reindex(range(1, 13), fill_value=0.0).to_numpy(dtype=float)

    @property
    def years(self) -> float:
        """How many years the series covers (:func:`years_covered`): every annual figure is a sum over
        the series divided by it, every monthly figure a calendar month's sum divided by it [-]."""
        if "years" not in self._cache:
            self._cache["years"] = years_covered(self.data.index)
        return self._cache["years"]


def years_covered(index) -> float:
    """Number of years an hourly series covers, for per-year means [-].

    A series of whole years (``N`` years from its first hour, leap days
    counted where the calendar has them, within one day so that a 365-day
    typical year labelled across a 29 February still counts as one) gives
    ``N``; a partial year (shorter than :data:`HOURS_PER_YEAR`, accepted only
    on request, issue 17) gives 1: its sums are not scaled to a year. Any
    other span gives its length in mean Gregorian years (365.2425 days);
    :func:`validate_weather_frame` refuses such series.

    Parameters
    ----------
    index : pandas.DatetimeIndex or other
        Hourly time stamps; anything that is not a DatetimeIndex (a range of
        hours) counts as one year.
    """
    if not isinstance(index, pd.DatetimeIndex) or len(index) < HOURS_PER_YEAR:
        return 1.0
    start, end = index[0], index[-1] + pd.Timedelta("1h")
    whole = _whole_years(start, end)
    return float(whole) if whole else (end - start) / pd.Timedelta(days=365.2425)


def _whole_years(start, end) -> int:
    """``N`` when ``end`` is ``N`` calendar years after ``start`` (to within a day), else 0."""
    count = int(round((end - start) / pd.Timedelta(days=365.2425)))
    if count < 1:
        return 0
    return count if abs(end - (start + pd.DateOffset(years=count))) <= pd.Timedelta("1D") else 0


def years_label(index) -> Message | str:
    """``"mean of 16 years 2005-2020"`` for a multi-year series (``""`` for one year or less), a :class:`Message`."""
    years = years_covered(index)
    if years <= 1.0 + 1e-9:
        return ""
    start, last = index[0], index[-1]
    # calendar years, also when UTC stamps moved the first hour to 08:00 local (PVGIS 2005-2020)
    calendar = (start.month, start.day) == (1, 1) and years == int(years)
    span = f"{start.year}-{start.year + int(years) - 1}" if calendar else f"{start:%Y-%m-%d} to {last:%Y-%m-%d}"
    return Message(QT_TRANSLATE_NOOP("Weather", "mean of {years:g} years {span}"), years=years, span=span)


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
            raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: expected a number, got {val!r}"), code="number",
                             name=name, val=val) from None
        if not np.isfinite(val) or not lo <= val <= hi:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: expected {lo}..{hi}, got {val}"), code="invalid",
                             name=name, lo=lo, hi=hi, val=val)


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
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: expected timestamps (a date-time index), got {name}"),
                         code="timestamps_date_time_index", source=source, name=type(index).__name__)
    if index.tz is None:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: time zone missing: expected time-zone aware "
                                                    "timestamps (e.g. '2019-01-01 00:00+08:00' or tz "
                                                    "Asia/Shanghai), got naive times from {index}"),
                         code="time_zone_missing_time", source=source, index=index[0])
    n = len(index)
    if n < 24:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: expected at least 24 hourly values, got {n}"),
                         code="least_hourly_values", source=source, n=n)
    if index.has_duplicates:
        dup = index[index.duplicated()][0]
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: duplicate timestamp {dup}: expected each hour once"),
                         code="duplicate_timestamp_each_hour", source=source, dup=dup)
    if not index.is_monotonic_increasing:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: timestamps out of order: expected increasing hourly "
                                                    "timestamps"), code="timestamps_out_order_increasing",
                         source=source)
    leap = (index.month == 2) & (index.day == 29)
    if typical_year and leap.any():
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: leap day 29 Feb found in a typical-year file: "
                                                    "expected 365 days (8760 h) without 29 Feb, got {n} h"),
                         code="leap_day_feb_found", source=source, n=n)
    hour = pd.Timedelta("1h").value
    step_ns = np.diff(index.as_unit("ns").asi8)
    if (step_ns < hour).any():
        short = pd.Timedelta(int(step_ns[step_ns < hour][0]), unit="ns")
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: non-hourly step of {short}: expected hourly values "
                                                    "(1 h step); resample sub-hourly data to hourly means first"),
                         code="non_hourly_step_hourly", source=source, short=short)
    gaps = step_ns > hour
    if gaps.any():
        missing = int(((step_ns[gaps] // hour) - 1).sum())
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: missing hours: {missing} h missing in {gaps} "
                                                    "gap(s), first after {first_stamp}: expected a contiguous "
                                                    "hourly series"), code="missing_hours_missing_gap", source=source,
                         missing=missing, gaps=int(gaps.sum()), first_stamp=_first_stamp(gaps, index))
    if typical_year and n != 8760:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: expected a typical year of 8760 hourly values, got "
                                                    "{n}"), code="typical_year_hourly_values", source=source, n=n)
    if n == 8760 and leap.any() and index[0].month == 1 and index[0].day == 1:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: leap day 29 Feb found in 8760 h starting 1 Jan "
                                                    "{year}: the series ends on 30 Dec; expected 8784 h for a full "
                                                    "leap year or a typical year without 29 Feb"),
                         code="leap_day_feb_found_2", source=source, year=index[0].year)


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
            raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: {col} peaks at {peak:.0f}: expected hourly mean "
                                                        "irradiance in W/m2 (at most ~{irradiance_max_w_m2:.0f}); "
                                                        "values look like Wh/m2 per day, kJ/m2 or J/m2"),
                             code="peaks_hourly_mean_irradiance", source=source, col=col, peak=peak,
                             irradiance_max_w_m2=_IRRADIANCE_MAX_W_M2)
        if 0 < peak < _IRRADIANCE_KWH_PEAK:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: {col} peaks at {peak:.3f}: expected W/m2, got "
                                                        "values that look like kWh/m2 (or kW/m2); multiply by 1000"),
                             code="peaks_values_look_like", source=source, col=col, peak=peak)
        if low < -10:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: {col} has negative values down to {low:.0f}: "
                                                        "expected W/m2 >= 0"), code="negative_values_down",
                             source=source, col=col, low=low)
    if "ghi" in frame and float(frame["ghi"].max()) <= 0:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: ghi is zero everywhere: expected hourly global "
                                                    "horizontal irradiance in W/m2"),
                         code="ghi_zero_everywhere_hourly", source=source)
    if "temp_air" in frame:
        t = frame["temp_air"]
        tmin, tmax, tmean = float(t.min()), float(t.max()), float(t.mean())
        if tmin > 180 and tmax < 340:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: temp_air ranges {tmin:.1f}..{tmax:.1f}: "
                                                        "expected degC, got values that look like kelvin (subtract "
                                                        "273.15)"), code="temp_air_ranges_degc", source=source,
                             tmin=tmin, tmax=tmax)
        if tmax > 60 or tmean > 40:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: temp_air reaches {tmax:.1f} (mean {tmean:.1f}): "
                                                        "expected degC, got values that look like degF (convert "
                                                        "with (F - 32) / 1.8)"), code="temp_air_reaches_mean",
                             source=source, tmax=tmax, tmean=tmean)
        if tmin < -70:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: temp_air down to {tmin:.1f}: expected degC in "
                                                        "-70..60"), code="temp_air_down_degc", source=source,
                             tmin=tmin)
    if "wind_speed" in frame:
        w = frame["wind_speed"]
        if float(w.min()) < 0:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: wind_speed has negative values: expected m/s >= "
                                                        "0"), code="wind_speed_negative_values", source=source)
        if float(w.max()) > 75 or float(w.mean()) > 25:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: wind_speed reaches {w:.1f} (mean {w2:.1f}): "
                                                        "expected m/s, got values that look like km/h or knots"),
                             code="wind_speed_reaches_mean", source=source, w=float(w.max()), w2=float(w.mean()))
    if "pressure" in frame:
        p = frame["pressure"]
        pmed = float(p.median())
        if 500 <= pmed <= 1100:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: pressure around {pmed:.0f}: expected Pa, got "
                                                        "values that look like hPa/mbar (multiply by 100)"),
                             code="pressure_around_pa_values", source=source, pmed=pmed)
        if not 30_000 <= pmed <= 110_000:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: pressure around {pmed:.0f}: expected station "
                                                        "pressure in Pa (~101325 at sea level)"),
                             code="pressure_around_station_pressure", source=source, pmed=pmed)


def check_complete(frame: pd.DataFrame, source: str, columns) -> None:
    """Raise InputError when a column is missing or holds NaN/inf."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: missing column(s) {missing}: expected pvlib names "
                                                    "{columns}; got {columns2}"), code="missing_column_pvlib_names",
                         source=source, missing=Listing(missing), columns=Listing(columns),
                         columns2=Listing(map(str, frame.columns)))
    for col in columns:
        values = pd.to_numeric(frame[col], errors="coerce")
        bad = ~np.isfinite(values.to_numpy(dtype=float))
        if bad.any():
            raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: column '{col}' has {bad} missing or non-numeric "
                                                        "value(s), first at {first_stamp}: expected a complete "
                                                        "series (fill gaps before importing)"),
                             code="column_missing_non_numeric", source=source, col=col, bad=int(bad.sum()),
                             first_stamp=_first_stamp(bad, frame.index))


def validate_weather_frame(frame: pd.DataFrame, source: str, latitude: float, longitude: float,
                           altitude: float = 0.0, typical_year: bool = False,
                           require_irradiance: bool = True, notes=(),
                           wind_profile: pd.DataFrame | None = None, partial_year: bool = False) -> Weather:
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
    partial_year : bool
        Accept a series shorter than a year (8760 h). Nothing is scaled: the
        source is renamed ``"<source> (partial year: <n> h, <from> to <to>)"``
        and a note says so, so every result naming its weather says it.
        Without it such a series is refused (a half-year EPW gave an
        "annual" yield of 52 %, August-December zero: issue 17).

    Returns
    -------
    Weather
    """
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
        import pvlib  # here, not above: a complete frame (the cached default year) needs no pvlib

        solpos = pvlib.solarposition.get_solarposition(frame.index, latitude, longitude, altitude)
        parts = pvlib.irradiance.erbs(frame["ghi"], solpos["zenith"], frame.index)
        frame["dni"] = parts["dni"].fillna(0.0)
        frame["dhi"] = parts["dhi"].fillna(0.0)
        notes.append(Message(QT_TRANSLATE_NOOP("Note", "DNI and DHI derived from GHI with the Erbs (1982) "
                                                       "decomposition")))
    if "pressure" not in frame.columns:
        import pvlib

        frame["pressure"] = float(pvlib.atmosphere.alt2pres(altitude))
        notes.append(Message(QT_TRANSLATE_NOOP("Note", "pressure set to the standard atmosphere at {altitude:.0f} "
                                                       "m (file has none)"), altitude=altitude))
    present = [c for c in WEATHER_COLUMNS if c in frame.columns]
    check_complete(frame, source, present)
    check_units(frame, source)
    if "wind_direction" in frame.columns:
        from app.resource.wind_climate import check_direction_column

        check_direction_column(frame["wind_direction"], source)
    extras = [c for c in ("wind_direction", "roughness_length") if c in frame.columns]
    keep = frame[present + extras]
    hours = len(frame.index)
    if hours < HOURS_PER_YEAR:  # after the content checks: what is wrong in the data is said first
        span = f"{frame.index[0]:%Y-%m-%d %H:%M} to {frame.index[-1]:%Y-%m-%d %H:%M}"
        if not partial_year:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: covers only {hours:,} h ({span}), not a full "
                                                        "year: annual yields would count only those hours, the "
                                                        "missing months as zero; expected at least "
                                                        "{hours_per_year:,} hourly values (one year)"),
                             code="covers_only_full_year", source=source, hours=hours, span=span,
                             hours_per_year=HOURS_PER_YEAR)
        source = Message(QT_TRANSLATE_NOOP("Weather", "{source} (partial year: {hours:,} h, {span})"), source=source,
                         hours=hours, span=span)
        notes.append(Message(QT_TRANSLATE_NOOP("Note", "partial year: {hours:,} h ({span}); annual figures are "
                                                       "sums over these hours only, not scaled to a year"),
                             hours=hours, span=span))
    elif not _whole_years(frame.index[0], frame.index[-1] + pd.Timedelta("1h")):
        years = years_covered(frame.index)
        span = f"{frame.index[0]:%Y-%m-%d %H:%M} to {frame.index[-1]:%Y-%m-%d %H:%M}"
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: covers {years:.2f} years ({hours:,} h, {span}), not a "
                                                    "whole number of years: per-year means would count some months "
                                                    "more often than others; expected whole years from the first "
                                                    "hour (e.g. 1 Jan 2005 to 31 Dec 2020)"),
                         code="weather_not_whole_years", source=source, years=years, hours=hours, span=span)
    elif years_label(frame.index):
        label = years_label(frame.index)
        source = Message(QT_TRANSLATE_NOOP("Weather", "{source} ({label})"), source=source, label=label)
        notes.append(Message(QT_TRANSLATE_NOOP("Note", "{label}: annual figures are totals over the series divided "
                                                       "by {years:g}, monthly figures each calendar month's mean "
                                                       "over the years"),
                             label=label, years=years_covered(frame.index)))
    return Weather(keep, source, float(latitude), float(longitude), float(altitude), tuple(notes), wind_profile)


# ---------------------------------------------------------------------------
# default typical year


@lru_cache(maxsize=1)
def load_normals(path: str | None = None) -> dict:
    """The monthly statistics of the default year, with their sources (a dict).

    See ``app/resources/climate/lianyungang_normals.json``: every number there
    names the source it was computed or read from.
    """
    with Path(path or NORMALS_PATH).open(encoding="utf-8") as f:
        doc = json.load(f)
    for key in ("ghi_kwh_m2_day", "diffuse_share", "kt_quantiles", "temp_air_c", "diurnal_range_k",
                "wind_speed_10m", "pressure_hpa"):
        if len(doc[key]) != 12:
            raise ValueError(f"{NORMALS_PATH.name}: {key} must have 12 monthly values, got {len(doc[key])}")
    if path is None:
        # one direction table for the default year and the wind climate (wind_climate.direction_table)
        from app.resource.wind_climate import DIRECTION_TABLE_PATH, direction_table

        doc["wind_direction_frequency"] = direction_table()["monthly_frequency"].tolist()
        doc["wind_direction_table"] = f"app/resources/climate/{DIRECTION_TABLE_PATH.name}"
    return doc


def climate_uncertainty_pct() -> float:
    """Climate uncertainty of an annual PV figure in Lianyungang, +/- [%].

    The spread of the cited annual-irradiation sources around the one the
    default year follows (``climate_uncertainty`` in the normals file, which
    shows the derivation). PV energy scales about linearly with irradiation,
    so the same percentage applies to annual kWh.
    """
    return float(load_normals()["climate_uncertainty"]["value_pct"])


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


def _scale_to_share(fraction: np.ndarray, ghi: np.ndarray, share: float) -> np.ndarray:
    """Diffuse fraction scaled (and capped at 1) so that sum(dhi) / sum(ghi) = ``share``."""
    total = ghi.sum()
    if total <= 0:
        return fraction
    low, high = 0.0, 1.0 / max(float(np.min(fraction[ghi > 0], initial=1.0)), 1e-3)
    for _ in range(60):  # bisection: the capped sum is monotonic in the factor
        mid = 0.5 * (low + high)
        if (np.minimum(fraction * mid, 1.0) * ghi).sum() < share * total:
            low = mid
        else:
            high = mid
    return np.minimum(fraction * 0.5 * (low + high), 1.0)


def _kept_in_user_cache(generate):
    """Keep the years ``generate`` makes in the user's cache (:mod:`app.core.cache`).

    Generating the default year costs 0.1-0.5 s (pvlib's solar position and
    Linke turbidity table, and importing pvlib) in every process that needs
    it; reading it back costs ~10 ms. The entry's version key is this
    module's source, the climate resource files, the arguments (the normals
    by content) and the versions of the libraries that compute it, so any
    change to how the year is made
    makes a new entry; the values read back are bit-identical (float64
    columns, the index's instants, time zone and frequency as they were).
    """
    import functools
    import json

    @functools.wraps(generate)
    def cached(latitude, longitude, altitude, normals, seed=0, year=TYPICAL_YEAR, tz="Asia/Shanghai"):
        from app.core.cache import cache_dir, package_versions, version_key, write_cache_file

        key = version_key(Path(__file__), *sorted(NORMALS_PATH.parent.glob("*.json")),
                          json.dumps([latitude, longitude, altitude, normals, seed, year, tz], sort_keys=True, default=str),
                          package_versions("pvlib", "numpy", "pandas"))
        path = cache_dir() / f"typical-year-{key}.npz"
        try:
            with np.load(path, allow_pickle=False) as stored:
                index = pd.DatetimeIndex(stored["index_utc"]).tz_localize("UTC").tz_convert(str(stored["tz"]))
                index.freq = str(stored["freq"]) or None
                return pd.DataFrame({str(c): stored[f"col_{c}"] for c in stored["columns"]}, index=index)
        except (OSError, KeyError, ValueError):
            pass  # not kept yet, or unreadable: generate it again
        frame = generate(latitude, longitude, altitude, normals, seed=seed, year=year, tz=tz)
        utc = frame.index.tz_convert("UTC").tz_localize(None)

        def write(tmp: Path) -> None:
            with tmp.open("wb") as f:
                np.savez(f, columns=np.array(frame.columns, dtype=str), index_utc=utc.to_numpy(),
                         tz=np.array(str(frame.index.tz)), freq=np.array(frame.index.freqstr or ""),
                         **{f"col_{c}": frame[c].to_numpy() for c in frame.columns})

        write_cache_file(path, write)
        return frame

    return cached


@_kept_in_user_cache
def generate_typical_year(latitude: float, longitude: float, altitude: float, normals: dict,
                          seed: int = 0, year: int = TYPICAL_YEAR, tz: str = "Asia/Shanghai") -> pd.DataFrame:
    """Generate an hourly typical year from monthly statistics.

    1. Daily clearness index ``kt`` (daily GHI / extraterrestrial horizontal):
       each month's days take the station's quantiles of ``kt`` in the rank
       order of a Gaussian AR(1) series with the station's lag-1
       autocorrelation [3]_ (so the day-to-day distribution is the station's,
       not only the mean), then are scaled to the monthly GHI sum.
    2. Hours: the Ineichen-Perez clear-sky profile [1]_ scaled to each day's
       GHI, with within-day noise largest on broken-cloud days; monthly sums
       restored exactly.
    3. Diffuse: the Erbs hourly diffuse fraction [2]_ scaled per month so that
       the month's diffuse share (DHI / GHI) equals the table's; DNI closes
       ``ghi = dhi + dni cos(zenith)``.
    4. Air temperature: smoothed monthly mean + daily anomaly + a diurnal
       cycle of the month's mean daily range (min near sunrise, max 14:00),
       larger on clear days.
    5. 10 m wind: Weibull (k = 2) daily means with an afternoon maximum,
       scaled to the monthly means; direction from the month's 16-sector
       frequencies (``app/resources/climate/lianyungang_wind_direction.json``,
       the table the wind climate uses too), kept for 3-hour blocks with persistence 0.6 (a chain
       whose stationary distribution is the table's), +/- 11.25 deg within
       the sector.

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
        wind_direction [deg], pressure [Pa].
    """
    import pvlib

    streams = [np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(6)]
    rng_kt, rng_hour, rng_temp, rng_wind, rng_dir, rng_pressure = streams
    times = pd.date_range(f"{year}-01-01 00:00", periods=8760, freq="h", tz=tz)
    # Sample at the labelled instants, as pvlib's ModelChain treats the index,
    # so that sun position and irradiance agree in the yield chain.
    location = pvlib.location.Location(latitude, longitude, tz=tz, altitude=altitude)
    solpos = location.get_solarposition(times)
    clearsky = location.get_clearsky(times, model="ineichen", solar_position=solpos)
    cs_ghi = clearsky["ghi"].to_numpy()
    zenith = solpos["apparent_zenith"].to_numpy()
    cos_zenith = np.clip(np.cos(np.radians(zenith)), 0.0, None)
    extra = pvlib.irradiance.get_extra_radiation(times).to_numpy()
    toa = extra * cos_zenith
    month = times.month.to_numpy()
    day = times.day_of_year.to_numpy() - 1
    hour = times.hour.to_numpy()
    day_month = pd.date_range(f"{year}-01-01", periods=365, freq="D", tz=tz).month.to_numpy()

    # 1. daily clearness index with the station's distribution and persistence
    target_month = monthly_ghi_normals_kwh_m2(year) * 1000.0  # [Wh/m2]
    toa_daily = np.bincount(day, weights=toa, minlength=365)
    cs_daily = np.bincount(day, weights=cs_ghi, minlength=365)
    levels = np.asarray(KT_QUANTILE_LEVELS)
    quantiles = np.asarray(normals["kt_quantiles"], dtype=float)
    persistence = _ar1(rng_kt, 365, float(normals["kt_lag1_autocorrelation"]))
    kt_day = np.empty(365)
    for m in range(12):
        sel = day_month == m + 1
        # the month's days take the station's quantiles in the order of the AR(1) series:
        # the distribution is the station's, the day-to-day persistence the series'
        rank = np.argsort(np.argsort(persistence[sel]))
        kt = np.interp((rank + 0.5) / sel.sum(), levels, quantiles[m])
        kt_day[sel] = kt * target_month[m] / np.sum(kt * toa_daily[sel])
    daily_ghi = kt_day * toa_daily
    kc_day = np.clip(daily_ghi / np.maximum(cs_daily, 1.0), 0.0, 1.2)

    # 2. hours: clear-sky shape, within-day noise strongest at kc ~ 0.5
    noise = rng_hour.standard_normal(8760) * 0.15 * 4 * np.clip(kc_day[day] * (1 - kc_day[day]), 0, 0.25)
    ghi = np.minimum(cs_ghi * kc_day[day] * (1 + noise), 1.2 * cs_ghi)
    ghi = np.clip(ghi, 0.0, None)
    for d in range(365):  # each day keeps its daily sum (so the kt distribution survives)
        sel = slice(24 * d, 24 * d + 24)
        total = ghi[sel].sum()
        if total > 0:
            ghi[sel] *= daily_ghi[d] / total
    for m in range(12):  # and each month its exact sum
        sel = month == m + 1
        ghi[sel] *= target_month[m] / ghi[sel].sum()

    # 3. diffuse share of each month; DNI closes the balance
    erbs = pvlib.irradiance.erbs(pd.Series(ghi, index=times), pd.Series(zenith, index=times), times)
    fraction = np.where(ghi > 0, np.nan_to_num(erbs["dhi"].to_numpy() / np.maximum(ghi, 1e-9), nan=1.0), 1.0)
    fraction = np.where(zenith >= 88.0, 1.0, np.clip(fraction, 0.0, 1.0))
    shares = np.asarray(normals["diffuse_share"], dtype=float)
    for m in range(12):
        sel = month == m + 1
        fraction[sel] = _scale_to_share(fraction[sel], ghi[sel], shares[m])
    dhi = fraction * ghi
    dni = np.where(zenith < 88.0, (ghi - dhi) / np.maximum(cos_zenith, 1e-3), 0.0)
    dni = np.clip(dni, 0.0, extra)

    # 4. temperature
    doy = day + 1.0
    t_mean = _smooth_monthly(normals["temp_air_c"], doy)
    dtr = _smooth_monthly(normals["diurnal_range_k"], doy)
    t_anom = _ar1(rng_temp, 365, 0.7)[day] * 2.0
    mean_kc = np.array([kc_day[day_month == m + 1].mean() for m in range(12)])
    # clear days have a larger diurnal range than overcast ones
    dtr_day = dtr * (0.55 + 0.75 * kc_day[day]) / (0.55 + 0.75 * mean_kc[month - 1])
    # asymmetric cycle: minimum ~05:00, maximum ~14:00 (two-harmonic shape)
    phase = 2 * np.pi * (hour + 0.5 - 14.0) / 24.0
    shape = np.cos(phase) + 0.25 * np.cos(2 * phase)
    temp_air = t_mean + t_anom + dtr_day * shape / 2.0  # the shape spans -0.75..1.25
    for m in range(12):
        sel = month == m + 1
        temp_air[sel] += normals["temp_air_c"][m] - temp_air[sel].mean()

    # 5. wind speed and direction
    wind_mean = np.asarray(normals["wind_speed_10m"], dtype=float)
    wind_day = rng_wind.weibull(2.0, 365) / 0.8862  # unit mean (Gamma(1.5) = 0.8862)
    diurnal_wind = 1.0 + 0.25 * np.cos(2 * np.pi * (hour - 15.0) / 24.0)
    wind = wind_day[day] * diurnal_wind * np.exp(0.2 * rng_wind.standard_normal(8760))
    for m in range(12):
        sel = month == m + 1
        wind[sel] *= wind_mean[m] / wind[sel].mean()
    frequency = np.asarray(normals["wind_direction_frequency"], dtype=float)
    frequency = frequency / frequency.sum(axis=1, keepdims=True)
    blocks = 8760 // 3
    block_month = month[::3][:blocks]
    sector = np.empty(blocks, dtype=int)
    draws = rng_dir.random(blocks)
    keep = rng_dir.random(blocks) < 0.6
    cumulative = np.cumsum(frequency, axis=1)
    for b in range(blocks):
        fresh = int(np.searchsorted(cumulative[block_month[b] - 1], draws[b] * cumulative[block_month[b] - 1, -1]))
        sector[b] = sector[b - 1] if b and keep[b] and block_month[b] == block_month[b - 1] else min(fresh, 15)
    direction = (np.repeat(sector, 3)[:8760] * 22.5 + rng_dir.uniform(-11.25, 11.25, 8760)) % 360.0

    pressure = _smooth_monthly(normals["pressure_hpa"], doy) * 100.0 + _ar1(rng_pressure, 365, 0.8)[day] * 500.0

    return pd.DataFrame({
        "ghi": ghi,
        "dni": dni,
        "dhi": dhi,
        "temp_air": temp_air,
        "wind_speed": wind,
        "wind_direction": direction,
        "pressure": pressure,
    }, index=times)


def default_weather_source(seed: int = 0) -> str:
    """The ``source`` of :func:`default_weather` (without generating the year)."""
    return Message(QT_TRANSLATE_NOOP("Weather", "LYG default typical year (generated from the Lianyungang monthly "
                                                "climate normals, seed {seed})"), seed=seed)


def is_default_year(weather) -> bool:
    """True for the built-in default year as generated (any seed), not for a file or a weather derived from it."""
    import re

    prefix = default_weather_source(0).rsplit("seed ", 1)[0] + "seed "
    pattern = re.escape(prefix) + r"\d+\)"
    return (isinstance(weather, Weather) and weather.wind_profile is None
            and re.fullmatch(pattern, weather.source) is not None)


@lru_cache(maxsize=8)
def default_weather(seed: int = 0) -> Weather:
    """The built-in typical year for Lianyungang (cached in-process; the year in the user's cache).

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
    source = default_weather_source(seed)
    weather = validate_weather_frame(frame, source, station["latitude"], station["longitude"],
                                     station["altitude_m"], typical_year=True)
    return weather


# ---------------------------------------------------------------------------
# monthly statistics (what the default year is generated from, and checked against)



def daily_clearness_index(weather: Weather) -> pd.Series:
    """Daily clearness index ``kt`` = daily GHI / daily extraterrestrial horizontal irradiation [-].

    Extraterrestrial horizontal irradiance per hour is ``dni_extra * cos(zenith)``
    at the labelled instants (pvlib ``get_extra_radiation``, ``get_solarposition``),
    matching how the yield chain reads the hourly values.
    """
    import pvlib

    index = weather.data.index
    solpos = pvlib.solarposition.get_solarposition(index, weather.latitude, weather.longitude, weather.altitude)
    extra = pvlib.irradiance.get_extra_radiation(index).to_numpy()
    horizontal = extra * np.clip(np.cos(np.radians(solpos["apparent_zenith"].to_numpy())), 0.0, None)
    day = index.normalize()
    ghi = weather.data["ghi"].groupby(day).sum()
    toa = pd.Series(horizontal, index=index).groupby(day).sum()
    return (ghi / toa).rename("kt")


def monthly_statistics(weather: Weather) -> dict:
    """The monthly statistics a typical year is generated from, computed from an hourly year.

    Used twice: to derive the default year's table from a cited station year
    (``app/resources/climate/lianyungang_normals.json`` names the file and
    repeats these numbers), and to check that the generated year reproduces
    them.

    Parameters
    ----------
    weather : Weather
        One year of hourly data with ``ghi``, ``dhi``, ``temp_air``, ``wind_speed``
        (and optionally ``wind_direction``, ``pressure``).

    Returns
    -------
    dict
        Lists of 12 monthly values: ``ghi_kwh_m2`` (monthly sum [kWh/m2]),
        ``diffuse_share`` (DHI sum / GHI sum [-]), ``kt_mean``, ``kt_std`` and
        ``kt_quantiles`` (11 quantiles 0, 0.1, ... 1 of the daily clearness
        index [-]), ``temp_air_c`` (mean [degC]), ``diurnal_range_k`` (mean
        daily max - min [K]), ``wind_speed_10m`` (mean [m/s]), ``pressure_hpa``
        (mean [hPa]), ``wind_direction_frequency`` (12 x 16 sector shares of
        the non-calm hours that carry a measured direction, see
        :func:`app.resource.wind_climate.direction_hours`; N first, clockwise);
        and scalars ``kt_lag1_autocorrelation``
        (of the daily clearness-index anomaly from its monthly mean [-]) and
        ``annual_ghi_kwh_m2``, ``annual_dhi_kwh_m2``.
    """
    data = weather.data
    month = data.index.month
    by_month = data.groupby(month)
    ghi = by_month["ghi"].sum() / 1000.0
    dhi = by_month["dhi"].sum() / 1000.0
    kt = daily_clearness_index(weather)
    kt_month = kt.index.month
    anomaly = kt - kt.groupby(kt_month).transform("mean")
    daily_t = data["temp_air"].groupby(data.index.normalize()).agg(["max", "min"])
    dtr = (daily_t["max"] - daily_t["min"]).groupby(daily_t.index.month).mean()
    stats = {
        "ghi_kwh_m2": [round(float(v), 2) for v in ghi],
        "diffuse_share": [round(float(v), 4) for v in dhi / ghi],
        "kt_mean": [round(float(v), 4) for v in kt.groupby(kt_month).mean()],
        "kt_std": [round(float(v), 4) for v in kt.groupby(kt_month).std()],
        "kt_quantiles": [[round(float(q), 4) for q in kt[kt_month == m].quantile(list(KT_QUANTILE_LEVELS))]
                         for m in range(1, 13)],
        "kt_lag1_autocorrelation": round(float(anomaly.autocorr(1)), 3),
        "temp_air_c": [round(float(v), 2) for v in by_month["temp_air"].mean()],
        "diurnal_range_k": [round(float(v), 2) for v in dtr],
        "wind_speed_10m": [round(float(v), 3) for v in by_month["wind_speed"].mean()],
        "annual_ghi_kwh_m2": round(float(ghi.sum()), 1),
        "annual_dhi_kwh_m2": round(float(dhi.sum()), 1),
    }
    if "pressure" in data:
        stats["pressure_hpa"] = [round(float(v), 1) for v in by_month["pressure"].mean() / 100.0]
    if "wind_direction" in data:
        from app.resource.wind_climate import direction_hours

        usable, _how = direction_hours(weather)  # a CSWD file measures directions at 4 synoptic hours only
        moving = (data["wind_speed"] > 0).to_numpy() & (usable if usable is not None else False)
        sector = (np.round(data["wind_direction"].to_numpy(dtype=float) / 22.5) % 16).astype(int)
        table = pd.crosstab(month[moving], sector[moving], normalize="index")
        table = table.reindex(columns=range(16), fill_value=0.0)
        stats["wind_direction_frequency"] = [[round(float(v), 4) for v in row] for row in table.to_numpy()]
    return stats
