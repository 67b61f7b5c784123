"""Weather file importers: EPW, TMY3, PVGIS TMY/hourly, windpowerlib CSV, plain CSV.

Each reader renames to pvlib names at this edge (DESIGN.md rule 7), converts
documented format units (TMY3 pressure mbar -> Pa, windpowerlib temperature
K -> degC) and ends in :func:`app.resource.weather.validate_weather_frame`,
so every problem becomes an :class:`~app.core.errors.InputError` naming the
problem and the expected form.

:func:`read_weather` picks the reader from the file's name and first bytes.
"""
from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pandas as pd

from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing
from app.resource.weather import TYPICAL_YEAR, Weather, load_normals, validate_weather_frame
from app.layers.input_guards import check_file_size, check_regular_file

#: What pandas and pvlib's iotools raise on a malformed file: ParserError,
#: EmptyDataError and UnicodeDecodeError are ValueErrors; a missing column or
#: a short line surfaces as KeyError/IndexError, a null where a table was
#: expected (PVGIS ``outputs: null``) as TypeError; unreadable files as OSError.
READER_ERRORS = (ValueError, KeyError, IndexError, TypeError, OSError)

#: Formats :func:`read_weather` understands (``fmt`` values).
FORMATS = ("epw", "tmy3", "pvgis_tmy", "pvgis_hourly", "windpowerlib_csv", "csv")


def _default_site() -> tuple[float, float, float]:
    station = load_normals()["station"]
    return station["latitude"], station["longitude"], station["altitude_m"]


def _check_file(path) -> Path:
    path = Path(path)
    if not path.exists():
        raise InputError(QT_TRANSLATE_NOOP("Error", "weather file not found: expected an existing file, got {file}"),
                         code="weather_file_found_existing", file=path)
    check_regular_file(path)  # a FIFO would block the reader
    check_file_size(path, "io_limits.max_weather_file_mb")
    return path


def _pvgis_site(meta, source: str) -> tuple[float, float, float]:
    """Latitude, longitude, elevation of a PVGIS document's ``inputs.location`` (InputError when absent)."""
    inputs = meta.get("inputs") if isinstance(meta, dict) else None
    location = inputs.get("location", inputs) if isinstance(inputs, dict) else None
    try:
        return (float(location["latitude"]), float(location["longitude"]),
                float(location.get("elevation", 0.0) or 0.0))
    except (TypeError, KeyError, ValueError, AttributeError):
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: no site location: expected inputs.location with "
                                                    "latitude and longitude (as PVGIS writes them)"),
                         code="site_location_inputs_location", source=source) from None


def _wrap_reader_error(path: Path, fmt: str, exc: Exception) -> InputError:
    if isinstance(exc, KeyError):  # str(KeyError('meta')) is just "'meta'"
        return InputError(QT_TRANSLATE_NOOP("Error", "{name}: could not read as {fmt}: the field {args!r} is "
                                                     "missing; expected a complete {fmt} file"),
                          code="could_read_field_missing", name=path.name, fmt=fmt, args=exc.args[0])
    return InputError(QT_TRANSLATE_NOOP("Error", "{name}: could not read as {fmt}: {splitlines}"), code="could_read",
                      name=path.name, fmt=fmt,
                      splitlines=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


def _roll_utc_typical_year(frame: pd.DataFrame, utc_offset_hours: int, year: int = TYPICAL_YEAR,
                           tz: str = "Asia/Shanghai") -> pd.DataFrame:
    """Relabel an 8760 h UTC typical year (months from mixed years) as local
    time of one non-leap year; the hours that spill past 31 Dec local wrap to
    1 Jan, as pvlib's PVGIS reader does with ``roll_utc_offset``."""
    rolled = np.roll(frame.to_numpy(), utc_offset_hours, axis=0)
    index = pd.date_range(f"{year}-01-01 00:00", periods=len(frame), freq="h", tz=tz)
    return pd.DataFrame(rolled, index=index, columns=frame.columns)


def read_epw(path, partial_year: bool = False) -> Weather:
    """Read an EnergyPlus weather file (EPW) with :func:`pvlib.iotools.read_epw`.

    Timestamps are pvlib's (hour beginning, fixed UTC offset of the file).
    A typical year assembled from several years is coerced to one year.
    """
    import pvlib

    path = _check_file(path)
    source = f"EPW: {path.name}"
    try:
        raw = pd.read_csv(path, skiprows=8, header=None, usecols=[0, 1, 2], encoding="latin-1")
    except READER_ERRORS as exc:
        raise _wrap_reader_error(path, "EPW", exc) from exc
    if ((raw[1] == 2) & (raw[2] == 29)).any() and len(raw) == 8760:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: leap day 29 Feb found in a typical-year file: "
                                                    "expected 365 days (8760 h) without 29 Feb"),
                         code="leap_day_feb_found", source=source)
    try:
        coerce = TYPICAL_YEAR if raw[0].nunique() > 1 else None
        data, meta = pvlib.iotools.read_epw(path, coerce_year=coerce)
    except READER_ERRORS as exc:
        raise _wrap_reader_error(path, "EPW", exc) from exc
    frame = data.rename(columns={"atmospheric_pressure": "pressure"})
    cols = ["ghi", "dni", "dhi", "temp_air", "wind_speed", "pressure", "wind_direction"]
    return validate_weather_frame(frame[[c for c in cols if c in frame]], source, meta["latitude"],
                                  meta["longitude"], meta["altitude"], typical_year=len(frame) == 8760,
                                  partial_year=partial_year)


def read_tmy3(path, partial_year: bool = False) -> Weather:
    """Read an NSRDB TMY3 CSV with :func:`pvlib.iotools.read_tmy3`.

    The year is coerced (a TMY mixes years); pressure mbar -> Pa.
    """
    import pvlib

    path = _check_file(path)
    source = f"TMY3: {path.name}"
    text = path.read_text(encoding="latin-1")
    if "\n02/29/" in text:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: leap day 29 Feb found in a typical-year file: "
                                                    "expected 365 days (8760 h) without 29 Feb"),
                         code="leap_day_feb_found", source=source)
    try:
        data, meta = pvlib.iotools.read_tmy3(path, coerce_year=TYPICAL_YEAR, map_variables=True)
    except READER_ERRORS as exc:
        raise _wrap_reader_error(path, "TMY3", exc) from exc
    # pvlib leaves TMY3 hour-ending stamps 01:00..24:00; the last wraps to next year
    frame = data.copy()
    if "pressure" in frame:
        frame["pressure"] = frame["pressure"] * 100.0  # TMY3 gives mbar
    cols = ["ghi", "dni", "dhi", "temp_air", "wind_speed", "pressure", "wind_direction"]
    return validate_weather_frame(frame[[c for c in cols if c in frame]], source, meta["latitude"],
                                  meta["longitude"], meta["altitude"], typical_year=False, partial_year=partial_year)


def _pvgis_format(path: Path) -> str:
    with path.open("rb") as f:
        head = f.read(200).lstrip()
    return "json" if head.startswith((b"{", b"[")) else "csv"


def read_pvgis_tmy(path, tz: str = "Asia/Shanghai", utc_offset_hours: int = 8, partial_year: bool = False) -> Weather:
    """Read a PVGIS TMY file (json or csv) with :func:`pvlib.iotools.read_pvgis_tmy`.

    PVGIS stamps are UTC and months come from different years; the series is
    relabelled as local time of one non-leap year (rolled by
    ``utc_offset_hours``).
    """
    import pvlib

    path = _check_file(path)
    fmt = _pvgis_format(path)
    source = f"PVGIS TMY ({fmt}): {path.name}"
    try:
        data, meta = pvlib.iotools.read_pvgis_tmy(path, pvgis_format=fmt, map_variables=True)
    except READER_ERRORS as exc:
        raise _wrap_reader_error(path, "PVGIS TMY", exc) from exc
    if len(data) != 8760:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: expected a typical year of 8760 hourly values, got "
                                                    "{n_data}"), code="typical_year_hourly_values", source=source,
                         n_data=len(data))
    lat, lon, alt = _pvgis_site(meta, source)
    cols = [c for c in ["ghi", "dni", "dhi", "temp_air", "wind_speed", "pressure", "wind_direction"] if c in data]
    frame = _roll_utc_typical_year(data[cols].astype(float), utc_offset_hours, tz=tz)
    return validate_weather_frame(frame, source, lat, lon, alt, typical_year=True)


def read_pvgis_hourly(path, tz: str = "Asia/Shanghai", partial_year: bool = False) -> Weather:
    """Read a PVGIS hourly radiation series (json or csv) on a horizontal plane.

    Uses :func:`pvlib.iotools.read_pvgis_hourly`. The request must have been
    for slope 0 so that ``poa_global`` is GHI; stamps (``HH:10`` UTC) are
    floored to the hour and converted to ``tz``. DNI/DHI come from the beam
    component when present, else from Erbs.
    """
    import pvlib

    path = _check_file(path)
    fmt = _pvgis_format(path)
    source = f"PVGIS hourly ({fmt}): {path.name}"
    try:
        data, meta = pvlib.iotools.read_pvgis_hourly(path, pvgis_format=fmt, map_variables=True)
    except READER_ERRORS as exc:
        raise _wrap_reader_error(path, "PVGIS hourly", exc) from exc
    lat, lon, alt = _pvgis_site(meta, source)
    inputs = meta.get("inputs", {})
    slope = None
    mounting = inputs.get("mounting_system", {})
    if isinstance(mounting, dict) and "fixed" in mounting:
        slope = float(mounting["fixed"].get("slope", {}).get("value", 0.0))
    elif "Slope" in inputs:
        slope = float(str(inputs["Slope"]).split()[0])
    if slope not in (None, 0.0):
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: plane slope is {slope} deg: expected a PVGIS hourly "
                                                    "series on a horizontal plane (slope 0) so that G(i) is GHI"),
                         code="plane_slope_deg_pvgis", source=source, slope=slope)
    frame = pd.DataFrame(index=data.index.floor("h").tz_convert(tz))
    if "poa_global" in data:
        frame["ghi"] = data["poa_global"].to_numpy(dtype=float)
    elif {"poa_direct", "poa_sky_diffuse"} <= set(data.columns):
        frame["ghi"] = (data["poa_direct"] + data["poa_sky_diffuse"]
                        + data.get("poa_ground_diffuse", 0.0)).to_numpy(dtype=float)
    else:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: no irradiance column: expected G(i) or Gb(i)+Gd(i) "
                                                    "(map to poa_*)"), code="irradiance_column_gb_gd", source=source)
    frame["temp_air"] = data["temp_air"].to_numpy(dtype=float) if "temp_air" in data else np.nan
    frame["wind_speed"] = data["wind_speed"].to_numpy(dtype=float) if "wind_speed" in data else np.nan
    return validate_weather_frame(frame, source, lat, lon, alt, partial_year=partial_year)


def read_windpowerlib_csv(path, latitude: float | None = None, longitude: float | None = None,
                          altitude: float = 0.0, partial_year: bool = False) -> Weather:
    """Read windpowerlib's two-header-row weather CSV (variable_name, height).

    Temperature is converted K -> degC for :attr:`Weather.data`; the full
    multi-height frame (windpowerlib units, K) is kept as
    :attr:`Weather.wind_profile` and drives wind runs unchanged.
    Wind-only: the result has no irradiance.
    """
    path = _check_file(path)
    source = f"windpowerlib CSV: {path.name}"
    try:
        frame = pd.read_csv(path, index_col=0, header=[0, 1])
    except READER_ERRORS as exc:
        raise _wrap_reader_error(path, "windpowerlib CSV", exc) from exc
    if frame.columns.names[0] is None or list(frame.columns.names) != ["variable_name", "height"]:
        names = list(frame.columns.names)
        if names != ["variable_name", "height"]:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: expected two header rows 'variable_name,...' "
                                                        "and 'height,...', got header names {names}"),
                             code="two_header_rows_variable", source=source, names=names)
    try:
        heights = frame.columns.get_level_values(1).astype(float)
    except ValueError:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: second header row must hold heights in m (numbers)"),
                         code="second_header_row_must", source=source) from None
    frame.columns = pd.MultiIndex.from_arrays([frame.columns.get_level_values(0), heights.astype(int)
                                               if np.all(heights == heights.astype(int)) else heights],
                                              names=["variable_name", "height"])
    try:
        frame.index = pd.to_datetime(frame.index.astype(str), format="ISO8601")
    except ValueError:
        # mixed UTC offsets (e.g. daylight saving time): compare in UTC
        try:
            frame.index = pd.to_datetime(frame.index.astype(str), format="ISO8601", utc=True)
        except (ValueError, TypeError) as exc:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: first column must hold timestamps: {exc}"),
                             code="first_column_must_hold", source=source, exc=exc) from None
    needed = {"wind_speed", "temperature", "pressure"}
    have = set(frame.columns.get_level_values(0))
    if not needed <= have:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: missing variable(s) {needed}: expected wind_speed "
                                                    "[m/s], temperature [K], pressure [Pa] (and roughness_length "
                                                    "[m])"), code="missing_variable_wind_speed", source=source,
                         needed=Listing(sorted(needed - have)))
    frame = frame.astype(float)
    if frame.isna().any().any():
        col = frame.columns[frame.isna().any()][0]
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: column {col} has {isna} missing value(s): expected "
                                                    "a complete series"), code="column_missing_value_complete",
                         source=source, col=col, isna=int(frame[col].isna().sum()))

    def nearest(variable, height):
        sub = frame[variable]
        h = min(sub.columns, key=lambda c: abs(float(c) - height))
        return sub[h]

    temperature_k = nearest("temperature", 2)
    if float(temperature_k.min()) < 150:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: temperature down to {temperature_k:.1f}: expected "
                                                    "kelvin (windpowerlib convention), got values that look like "
                                                    "degC or degF"), code="temperature_down_kelvin_windpowerlib",
                         source=source, temperature_k=float(temperature_k.min()))
    flat = pd.DataFrame({
        "temp_air": temperature_k - 273.15,
        "wind_speed": nearest("wind_speed", 10),
        "pressure": nearest("pressure", 0),
    }, index=frame.index)
    if "roughness_length" in have:
        flat["roughness_length"] = frame["roughness_length"].iloc[:, 0]
    if latitude is None or longitude is None:
        latitude, longitude, _ = _default_site()
    notes = ("wind profile kept as given (heights " + ", ".join(
        f"{v}@{h}m" for v, h in frame.columns) + ")",)
    return validate_weather_frame(flat, source, latitude, longitude, altitude,
                                  require_irradiance=False, notes=notes, wind_profile=frame,
                                  partial_year=partial_year)


def read_pvlib_csv(path, latitude: float | None = None, longitude: float | None = None,
                   altitude: float = 0.0, partial_year: bool = False) -> Weather:
    """Read a plain CSV whose first column is time-zone aware timestamps and
    whose other columns use pvlib names (ghi, dni, dhi [W/m2], temp_air
    [degC], wind_speed [m/s], pressure [Pa]).

    ``latitude``/``longitude`` default to the Lianyungang station; optional
    ``# latitude=..``/``# longitude=..``/``# altitude=..`` comment lines at
    the top override them.
    """
    path = _check_file(path)
    source = f"CSV: {path.name}"
    text = path.read_text(encoding="utf-8-sig")
    meta = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        for part in line.lstrip("#").split(","):
            if "=" in part:
                k, v = part.split("=", 1)
                meta[k.strip().lower()] = v.strip()
    try:
        frame = pd.read_csv(io.StringIO(text), comment="#", index_col=0)
    except READER_ERRORS as exc:
        raise _wrap_reader_error(path, "CSV", exc) from exc
    try:
        index = pd.to_datetime(frame.index.astype(str), format="ISO8601")
    except (ValueError, TypeError):
        try:
            index = pd.to_datetime(frame.index.astype(str))
        except (ValueError, TypeError) as exc:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: first column must hold timestamps like "
                                                        "'2019-01-01 00:00+08:00': {exc}"),
                             code="first_column_must_hold_2", source=source, exc=exc) from None
    frame.index = index
    frame.columns = [str(c).strip() for c in frame.columns]
    d_lat, d_lon, d_alt = _default_site()
    lat = float(meta.get("latitude", latitude if latitude is not None else d_lat))
    lon = float(meta.get("longitude", longitude if longitude is not None else d_lon))
    alt = float(meta.get("altitude", altitude if altitude else (d_alt if latitude is None else 0.0)))
    return validate_weather_frame(frame, source, lat, lon, alt, partial_year=partial_year)


def sniff_format(path) -> str:
    """Guess the weather format of a file from its name and first lines."""
    path = _check_file(path)
    suffix = path.suffix.lower()
    with path.open("rb") as f:
        head = f.read(4000).decode("latin-1", errors="replace")
    first = head.lstrip().splitlines()[0] if head.strip() else ""
    if suffix == ".epw" or first.startswith("LOCATION,"):
        return "epw"
    if head.lstrip().startswith(("{", "[")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: invalid JSON: {exc}"), code="invalid_json",
                             name=path.name, exc=exc) from None
        outputs = doc.get("outputs") if isinstance(doc, dict) else None
        if not isinstance(outputs, dict):
            got = ("a list" if isinstance(doc, list) else "no outputs" if outputs is None
                   else f"outputs of type {type(outputs).__name__}")
            raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: JSON is not a PVGIS TMY or hourly document (got "
                                                        "{got}); expected an object with outputs.tmy_hourly or "
                                                        "outputs.hourly as PVGIS writes it"),
                             code="json_pvgis_tmy_hourly_2", name=path.name, got=got)
        if "tmy_hourly" in outputs:
            return "pvgis_tmy"
        if "hourly" in outputs:
            return "pvgis_hourly"
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: JSON is not a PVGIS TMY or hourly document (expected "
                                                    "outputs.tmy_hourly or outputs.hourly)"),
                         code="json_pvgis_tmy_hourly", name=path.name)
    if first.startswith("Latitude (decimal degrees)"):
        return "pvgis_tmy" if ("months_selected" in head.lower() or "month,year" in head) else "pvgis_hourly"
    if first.lower().startswith("variable_name"):
        return "windpowerlib_csv"
    lines = head.splitlines()
    if len(lines) > 1 and lines[1].startswith("Date (MM/DD/YYYY)"):
        return "tmy3"
    return "csv"


def read_weather(path, fmt: str | None = None, **kwargs) -> Weather:
    """Read any supported weather file.

    Parameters
    ----------
    path : str or pathlib.Path
    fmt : str, optional
        One of :data:`FORMATS`; guessed by :func:`sniff_format` when None.
    partial_year : bool, optional (keyword)
        Accept less than a year, labelled "partial year" in the source and
        notes and never scaled (see :func:`app.resource.weather.validate_weather_frame`);
        refused by default.

    Returns
    -------
    Weather
    """
    fmt = fmt or sniff_format(path)
    readers = {"epw": read_epw, "tmy3": read_tmy3, "pvgis_tmy": read_pvgis_tmy,
               "pvgis_hourly": read_pvgis_hourly, "windpowerlib_csv": read_windpowerlib_csv,
               "csv": read_pvlib_csv}
    if fmt not in readers:
        raise InputError(QT_TRANSLATE_NOOP("Error", "weather format: expected one of {formats}, got {fmt!r}"),
                         code="weather_format", formats=Listing(FORMATS), fmt=fmt)
    return readers[fmt](path, **kwargs)
