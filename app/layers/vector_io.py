"""Read any vector file a bureau sends: GDAL formats, and tables with coordinates.

:func:`read_vector` returns the features in EPSG:4490 together with a
:class:`ReadReport` that says everything that was *assumed* on the way
(text encoding, layer, CRS, datum conversion, footprints made from an area
column), so that an import dialog can show it and a user can correct it.

Encodings of Shapefile attributes (DBF) are the usual trap with Chinese data:
files written by Chinese desktop GIS carry GBK text and often no ``.cpg``
sidecar, and GDAL then decodes them as ISO-8859-1 (mojibake, no error). The
order used here is: the caller's ``encoding``; the ``.cpg`` file; the DBF
header's language driver id (LDID 0x4D = code page 936 / GBK); otherwise try
UTF-8 (strict) and fall back to GB18030, a superset of GBK and GB2312.

Tables (``.csv``, ``.xlsx``, ``.xls``) need longitude/latitude columns (found by
the aliases in ``app/resources/field_aliases.json`` or named by the caller); an
optional footprint-area column turns each point into a square footprint of
that area [m2] in EPSG:4549 (a stand-in for the real outline, reported).

Qt-free.
"""
from __future__ import annotations

import json
import math
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pyogrio.errors
import shapely

from app.core.assumptions import RESOURCES_DIR
from app.core.errors import InputError, MissingCrsError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, Message, listing_or_none
from app.layers.crs import METRIC_CRS, STORAGE_CRS, to_storage

#: What GDAL (through pyogrio) raises on a file it cannot open or read: not a
#: known format, a damaged file, a missing layer (DataSourceError,
#: DataLayerError and its CRS/field/geometry kinds), or the operating system's
#: refusal (OSError).
GDAL_READ_ERRORS = (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, OSError)
#: What pandas/openpyxl raise on a table they cannot parse: ParserError,
#: EmptyDataError and "not an Excel file" are ValueErrors; a damaged .xlsx
#: (a zip inside) raises zipfile.BadZipFile, or KeyError for a missing part.
TABLE_READ_ERRORS = (ValueError, KeyError, OSError, zipfile.BadZipFile)

#: Extensions read with pandas rather than GDAL.
TABLE_EXTENSIONS = (".csv", ".txt", ".xlsx", ".xlsm", ".xls")
#: Formats named in messages (what a user may send).
SUPPORTED_TEXT = Message(QT_TRANSLATE_NOOP("Error", "Shapefile (.shp + .dbf + .shx), GeoPackage (.gpkg), GeoJSON, "
                                                   "KML/KMZ, or XLSX/CSV with lon/lat columns"))
#: DBF language driver ids (byte 29 of the header) that name a code page GDAL knows.
_LDID_ENCODINGS = {0x4D: "CP936", 0x7A: "CP936", 0x57: None, 0x00: None}
FIELD_ALIASES_PATH = RESOURCES_DIR / "field_aliases.json"


@dataclass
class ReadReport:
    """What :func:`read_vector` read and what it assumed.

    Attributes
    ----------
    path : str
    driver : str
        GDAL driver name, or ``"CSV (pandas)"`` / ``"Excel (pandas)"``.
    layer : str or None
        The layer read (GeoPackage, KML).
    layers_available : list of str
    encoding : str or None
        Text encoding used for attributes.
    encoding_source : str
        ``"caller"``, ``".cpg"``, ``"dbf header"``, ``"utf-8 check"``,
        ``"fallback"`` or ``"format"`` (formats with a fixed encoding).
    source_crs : str or None
        CRS of the file (or declared) before conversion to EPSG:4490.
    declared_crs : str or None
        What the caller declared (``gcj02``, ``bd09``, an EPSG code).
    lon_column, lat_column, area_column : str or None
        Columns used for a table.
    assumptions : list of str
        Human-readable notes, one per assumption made.
    """

    path: str
    driver: str = ""
    layer: str | None = None
    layers_available: list = field(default_factory=list)
    encoding: str | None = None
    encoding_source: str = ""
    source_crs: str | None = None
    declared_crs: str | None = None
    lon_column: str | None = None
    lat_column: str | None = None
    area_column: str | None = None
    feature_count: int = 0
    assumptions: list = field(default_factory=list)

    def note(self, text: str) -> None:
        self.assumptions.append(text)

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@lru_cache(maxsize=1)
def field_aliases() -> dict:
    """The alias document ``app/resources/field_aliases.json`` (fields and values)."""
    with FIELD_ALIASES_PATH.open(encoding="utf-8") as f:
        return json.load(f)


def normalise_name(name) -> str:
    """Key used to compare column names: lower case, no spaces/underscores/hyphens/brackets/units."""
    text = str(name).strip().lower()
    text = re.sub(r"[\s_\-()（）\[\]【】/:：·.]", "", text)
    return text.replace("㎡", "m2").replace("平方米", "m2")


def find_column(columns, target: str) -> str | None:
    """The first column whose name is an alias of ``target`` (see ``field_aliases.json``)."""
    aliases = {normalise_name(a) for a in field_aliases()["fields"].get(target, [target])}
    for column in columns:
        if normalise_name(column) in aliases:
            return column
    return None


def _check_path(path) -> Path:
    from app.layers.input_guards import check_regular_file

    path = Path(path)
    if not path.exists():
        raise InputError(QT_TRANSLATE_NOOP("Error", "file not found: {file} (expected {supported_text})"),
                         code="file_found", file=path, supported_text=SUPPORTED_TEXT)
    check_regular_file(path, allow_folder=True)  # a FIFO or a device would block GDAL forever
    if path.is_dir() and not any(path.glob("*.shp")) and path.suffix.lower() != ".gdb":
        raise InputError(QT_TRANSLATE_NOOP("Error", "{file} is a folder without a .shp file (expected "
                                                    "{supported_text})"), code="folder_without_shp_file", file=path,
                         supported_text=SUPPORTED_TEXT)
    if path.is_file() and path.stat().st_size == 0:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name} is empty (0 bytes); expected {supported_text}"),
                         code="empty_bytes", name=path.name, supported_text=SUPPORTED_TEXT)
    return path


def list_layers(path, spatial_only: bool = False) -> list[str]:
    """Layer names in a GDAL dataset (spatial ones first, or only those); tables give ``[]``.

    Raises
    ------
    InputError
        When GDAL cannot open the file.
    """
    path = _check_path(path)
    if path.suffix.lower() in TABLE_EXTENSIONS:
        return []
    try:
        listed = pyogrio.list_layers(path)
    except GDAL_READ_ERRORS as exc:
        raise _unreadable(path, exc) from exc
    spatial = [str(n) for n, g in listed if g is not None]
    other = [] if spatial_only else [str(n) for n, g in listed if g is None]
    return spatial + other


def _unreadable(path: Path, exc: Exception) -> InputError:
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    hint = ""
    if path.suffix.lower() == ".shp":
        missing = [ext for ext in (".shx", ".dbf") if not path.with_suffix(ext).exists()]
        if missing:
            hint = Message(QT_TRANSLATE_NOOP("Error", "; the Shapefile lacks its {files} file(s), send all parts "
                                                      "together"), files=Listing(missing, " and "))
    return InputError(QT_TRANSLATE_NOOP("Error", "cannot read {name}: {detail}{hint}; expected {supported_text}"),
                      code="cannot_read", name=path.name, detail=detail, hint=hint, supported_text=SUPPORTED_TEXT)


# ----------------------------------------------------------------------------
# Shapefile encodings


def _dbf_path(path: Path) -> Path | None:
    for ext in (".dbf", ".DBF"):
        candidate = path.with_suffix(ext)
        if candidate.exists():
            return candidate
    return None


#: How .cpg files name encodings (ArcGIS writes code page numbers) -> the codec name GDAL and Python both know.
_CPG_NAMES = {"65001": "UTF-8", "UTF8": "UTF-8", "936": "CP936", "ANSI936": "CP936", "54936": "GB18030",
              "950": "CP950", "88591": "ISO-8859-1", "8859_1": "ISO-8859-1", "1252": "CP1252", "ANSI1252": "CP1252"}


def _cpg_encoding(path: Path) -> str | None:
    for ext in (".cpg", ".CPG"):
        cpg = path.with_suffix(ext)
        if cpg.exists():
            text = cpg.read_text(encoding="ascii", errors="ignore").strip()
            return _CPG_NAMES.get(text.upper().replace(" ", ""), text) if text else None
    return None


#: Encodings tried when a declared one does not fit the text (Chinese data is one of these).
CLEAN_CANDIDATES = ("UTF-8", "GB18030")


def _decodes(raw: bytes, codec: str) -> str | None:
    """``raw`` decoded strictly, or None; a multi-byte character cut at the end of the sample is no evidence."""
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        if exc.start >= len(raw) - 4 and exc.reason in ("unexpected end of data", "incomplete multibyte sequence"):
            return raw[:exc.start].decode(codec, errors="replace")
        return None


def _first_non_ascii(raw: bytes, width: int = 18) -> bytes:
    start = next(i for i, b in enumerate(raw) if b >= 0x80)
    end = start
    while end < len(raw) and end - start < width and raw[end] >= 0x80:
        end += 1
    return raw[start:end]


def check_declared_encoding(path, codec: str, source: str) -> None:
    """Refuse a declared attribute encoding (``.cpg``, DBF header) that gives invalid or garbled text.

    The DBF's text is decoded with the declared codec: it must decode
    strictly, without C1 control characters (U+0080-U+009F, the mark of
    UTF-8 or GBK bytes read as Latin-1); and when the codec is not UTF-8,
    non-ASCII text that is valid UTF-8 means the data is UTF-8 (GBK would
    read it as mojibake, e.g. '娴峰窞' for '海州'; Chinese GBK text is almost
    never valid UTF-8 by chance). ASCII-only text passes with any codec.

    Raises
    ------
    InputError
        Naming the declared codec, a sample of what it would show, and the
        encodings of :data:`CLEAN_CANDIDATES` that decode the text cleanly.
    """
    import codecs

    path = Path(path)
    dbf = _dbf_path(path)
    if dbf is None:
        return
    try:
        codec_name = codecs.lookup(codec).name
    except LookupError:
        return  # an unknown name: the reader says so with the encodings it expects
    raw = _dbf_text_bytes(dbf)
    if all(b < 0x80 for b in raw):
        return
    text = _decodes(raw, codec)
    clean = [c for c in CLEAN_CANDIDATES if codecs.lookup(c).name != codec_name and _decodes(raw, c) is not None]
    if text is None:
        why = Message(QT_TRANSLATE_NOOP("Error", "some bytes are not valid {codec}"), codec=codec)
    elif any("\x80" <= ch <= "\x9f" for ch in text):
        why = Message(QT_TRANSLATE_NOOP("Error", "read as {codec} it has control characters where letters should be"),
                      codec=codec)
    elif codec_name != "utf-8" and "UTF-8" in clean:
        why = Message(QT_TRANSLATE_NOOP("Error", "the text is valid UTF-8"))
    else:
        return
    sample = _first_non_ascii(raw)
    shown = sample.decode(codec, errors="replace")
    hint = Message(QT_TRANSLATE_NOOP("Error", " (e.g. {shown!r} instead of {correct!r})"), shown=shown,
                   correct=sample.decode(clean[0], errors="replace")) if clean else ""
    if clean:
        alternatives = Message(QT_TRANSLATE_NOOP("Error", "encodings that decode it cleanly: {encodings}; name one of "
                                                          "them as the encoding of the import"),
                               encodings=Listing(clean))
    else:
        alternatives = Message(QT_TRANSLATE_NOOP("Error", "none of {encodings} decodes it either; name the encoding "
                                                          "of the file"), encodings=Listing(CLEAN_CANDIDATES))
    where = Message(QT_TRANSLATE_NOOP("Error", "its {source}"), source=source) if source != "dbf header" \
        else Message(QT_TRANSLATE_NOOP("Error", "its DBF header"))
    raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: {where} declares the encoding {codec}, but {why}, so the "
                                                "attributes would be garbled{hint}; {alternatives}, or correct the "
                                                "{source}"), code="declares_encoding_but_so", name=path.name,
                     where=where, codec=codec, why=why, hint=hint, alternatives=alternatives, source=source)


def _dbf_text_bytes(dbf: Path, limit: int = 4_000_000) -> bytes:
    """The record bytes of a DBF (header skipped), up to ``limit`` bytes."""
    with dbf.open("rb") as f:
        head = f.read(32)
        if len(head) < 32:
            return b""
        header_length = int.from_bytes(head[8:10], "little")
        f.seek(0)
        header = f.read(header_length)
        f.seek(header_length)
        records = f.read(limit)
    # Field names live in the header too (Chinese column names are common).
    return header[32:] + records


def detect_shapefile_encoding(path) -> tuple[str | None, str]:
    """Guess the attribute encoding of a Shapefile.

    Returns
    -------
    (encoding, source)
        ``encoding`` is a Python/GDAL codec name or None (let GDAL decide);
        ``source`` says how it was found (".cpg", "dbf header", "utf-8 check",
        "fallback", "ascii").
    """
    path = Path(path)
    cpg = _cpg_encoding(path)
    if cpg:
        return cpg, ".cpg"
    dbf = _dbf_path(path)
    if dbf is None:
        return None, "no .dbf"
    with dbf.open("rb") as f:
        head = f.read(32)
    ldid = head[29] if len(head) >= 30 else 0
    if _LDID_ENCODINGS.get(ldid, None):
        return _LDID_ENCODINGS[ldid], "dbf header"
    raw = _dbf_text_bytes(dbf)
    if all(b < 0x80 for b in raw):
        return "UTF-8", "ascii"
    if _decodes(raw, "utf-8") is not None:
        return "UTF-8", "utf-8 check"
    if _decodes(raw, "gb18030") is not None:
        return "GB18030", "fallback"
    return "ISO-8859-1", "fallback"


# ----------------------------------------------------------------------------
# Tables with coordinates


def _read_table(path: Path, encoding: str | None, sheet, report: ReadReport) -> pd.DataFrame:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls"):
        report.driver = "Excel (pandas)"
        try:
            sheets = pd.ExcelFile(path).sheet_names
            chosen = sheet if sheet is not None else sheets[0]
            if isinstance(chosen, str) and chosen not in sheets:
                raise InputError(QT_TRANSLATE_NOOP("Error", "{name} has no sheet {chosen!r}; expected one of "
                                                            "{sheets}"), code="sheet", name=path.name, chosen=chosen,
                                 sheets=Listing(sheets))
            df = pd.read_excel(path, sheet_name=chosen)
        except InputError:
            raise
        except TABLE_READ_ERRORS as exc:
            raise _unreadable(path, exc) from exc
        df = _ids_as_text(_clean_headers(df))
        report.layers_available = list(sheets)
        report.layer = str(chosen)
        report.encoding, report.encoding_source = "UTF-8", "format"
        if len(sheets) > 1 and sheet is None:
            report.note(Message(QT_TRANSLATE_NOOP("Note", "sheet {chosen!r} read; the workbook also has {sheets}"),
                                chosen=chosen, sheets=Listing(map(str, sheets[1:]))))
        return df
    report.driver = "CSV (pandas)"
    candidates = [encoding] if encoding else _csv_encodings(path)
    last_error = None
    for codec in candidates:
        try:
            # every cell as text first: ids such as 000123 or 21-digit codes must not become numbers
            df = pd.read_csv(path, encoding=codec, sep=None, engine="python", dtype=str)
            df = numbers_where_lossless(_clean_headers(df))
        except UnicodeDecodeError as exc:
            last_error = exc
            continue
        except TABLE_READ_ERRORS as exc:
            raise _unreadable(path, exc) from exc
        report.encoding = codec
        report.encoding_source = "caller" if encoding else ("fallback" if codec == "gb18030" else "utf-8 check")
        if codec.startswith("utf-16"):
            report.encoding_source = "byte order mark"
        if codec == "gb18030" and not encoding:
            report.note(Message(QT_TRANSLATE_NOOP("Note", "the CSV is not UTF-8; read as GB18030 (GBK)")))
        return df
    raise InputError(QT_TRANSLATE_NOOP("Error", "cannot decode {name} as {candidates}: {last_error}; expected "
                                                "UTF-8 or GBK text, or name the encoding"),
                     code="cannot_decode_utf_gbk", name=path.name, candidates=Listing(candidates),
                     last_error=last_error)


#: Byte order marks that name a CSV's encoding for certain (Excel's "Unicode text" is UTF-16).
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
         (b"\x84\x31\x95\x33", "gb18030"))


def _csv_encodings(path: Path) -> list[str]:
    """Encodings to try for a CSV: the one its byte order mark names, else UTF-8 then GB18030."""
    with path.open("rb") as f:
        head = f.read(4)
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return [codec]
    return ["utf-8-sig", "gb18030"]


def _clean_headers(df: pd.DataFrame) -> pd.DataFrame:
    """Column names without a byte order mark (GB18030 decodes its BOM to U+FEFF) and outer spaces."""
    return df.rename(columns={c: str(c).lstrip("\ufeff").strip() for c in df.columns if isinstance(c, str)})


#: A number written so that reading it as one loses nothing: no leading zeros (000123, 007), at most
#: 15 significant integer digits (a float64 keeps 15-17; 21-digit codes do not survive).
_LOSSLESS_NUMBER = re.compile(r"[+-]?(?:(?:0|[1-9]\d{0,14})(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d{1,3})?")


def is_id_column(name) -> bool:
    """Whether a column holds identifiers (kept as text even when they look like numbers)."""
    key = normalise_name(name)
    aliases = {normalise_name(a) for a in field_aliases()["fields"].get("bld_id", [])}
    return key in aliases or key.endswith(("id", "编号", "代码", "编码", "code", "号"))


def numbers_where_lossless(df: pd.DataFrame) -> pd.DataFrame:
    """A table read as text (a CSV, the shared store's tables), with the columns that are numbers (and
    not ids) converted without loss."""
    out = df.copy()
    for column in df.columns:
        values = df[column]
        if is_id_column(column):
            continue
        present = values.dropna().astype(str).str.strip()
        if present.empty:
            out[column] = pd.to_numeric(values, errors="coerce")  # an empty column, as pandas reads it
        elif present.map(lambda v: _LOSSLESS_NUMBER.fullmatch(v) is not None).all():
            out[column] = pd.to_numeric(values.str.strip())
    return out


def _ids_as_text(df: pd.DataFrame) -> pd.DataFrame:
    """Id columns of a workbook as text (Excel stores 123 as a number; '123.0' would not match '123')."""
    def as_text(value):
        if isinstance(value, str) or pd.isna(value):
            return value
        if isinstance(value, (int, float, np.number)) and float(value).is_integer():
            return str(int(value))
        return str(value)

    out = df.copy()
    for column in df.columns:
        if is_id_column(column):
            out[column] = df[column].map(as_text).astype(object)
    return out


def _coordinate(series: pd.Series) -> np.ndarray:
    return pd.to_numeric(series.astype(str).str.strip().str.replace("°", "", regex=False),
                         errors="coerce").to_numpy(dtype=float)


def _table_to_gdf(df: pd.DataFrame, path: Path, report: ReadReport, lon_column, lat_column,
                  area_column) -> gpd.GeoDataFrame:
    lon_column = lon_column or find_column(df.columns, "lon")
    lat_column = lat_column or find_column(df.columns, "lat")
    if lon_column is None or lat_column is None or lon_column not in df.columns or lat_column not in df.columns:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: no longitude/latitude columns found (columns: "
                                                    "{columns}); expected columns named lon/lat, "
                                                    "longitude/latitude or 经度/纬度, or name them"),
                         code="longitude_latitude_columns_found", name=path.name,
                         columns=Listing(map(str, df.columns)))
    report.lon_column, report.lat_column = str(lon_column), str(lat_column)
    lon = _coordinate(df[lon_column])
    lat = _coordinate(df[lat_column])
    bad = ~(np.isfinite(lon) & np.isfinite(lat))
    if bad.any():
        rows = ", ".join(str(i + 1) for i in np.flatnonzero(bad)[:10])
        report.note(Message(QT_TRANSLATE_NOOP("Note", "{bad} row(s) have no usable lon/lat (rows {rows}); their "
                                                      "geometry is empty"), bad=int(bad.sum()), rows=rows))
    points = [shapely.Point(x, y) if ok else None for x, y, ok in zip(lon, lat, ~bad)]
    attrs = df.drop(columns=[lon_column, lat_column])
    area_column = area_column if area_column is not None else find_column(attrs.columns, "footprint_m2")
    if area_column is not None and area_column in attrs.columns:
        report.area_column = str(area_column)
    return gpd.GeoDataFrame(attrs, geometry=points, crs=None)


def squares_from_area(gdf: gpd.GeoDataFrame, area_column: str) -> gpd.GeoDataFrame:
    """Replace points (EPSG:4490) by squares of ``area_column`` [m2] centred on them, drawn in EPSG:4549.

    Rows without a positive area keep their point (an import check reports them).
    """
    area = pd.to_numeric(gdf[area_column], errors="coerce").to_numpy(dtype=float)
    metric = gdf.geometry.to_crs(METRIC_CRS)
    half = np.sqrt(np.where(np.isfinite(area) & (area > 0), area, np.nan)) / 2.0
    squares = []
    for point, h in zip(metric, half):
        if point is None or point.is_empty or not math.isfinite(h):
            squares.append(point)
        else:
            squares.append(shapely.box(point.x - h, point.y - h, point.x + h, point.y + h))
    geometry = gpd.GeoSeries(squares, index=gdf.index, crs=METRIC_CRS).to_crs(STORAGE_CRS)
    return gdf.set_geometry(geometry)


# ----------------------------------------------------------------------------


def read_vector(path, layer: str | None = None, encoding: str | None = None, declared_crs: str | None = None,
                lon_column: str | None = None, lat_column: str | None = None, area_column: str | None = None,
                sheet=None) -> tuple[gpd.GeoDataFrame, ReadReport]:
    """Read a vector file or a coordinate table into EPSG:4490.

    Parameters
    ----------
    path : str or pathlib.Path
        Shapefile (.shp), GeoPackage, GeoJSON, KML/KMZ, any other format GDAL
        reads, or .csv/.xlsx with longitude/latitude columns.
    layer : str, optional
        Layer of a multi-layer file (GeoPackage, KML). Default: a layer named
        ``buildings`` when present, else the first spatial layer (reported).
    encoding : str, optional
        Force the attribute encoding (e.g. ``"GBK"``); default: detected.
    declared_crs : str, optional
        ``"gcj02"``, ``"bd09"``, ``"wgs84"``, ``"cgcs2000"`` or an EPSG code;
        overrides the file's own CRS. Tables without one are taken as CGCS2000.
    lon_column, lat_column, area_column : str, optional
        Columns of a table; default: found by alias.
    sheet : str or int, optional
        Excel sheet; default: the first.

    Returns
    -------
    (GeoDataFrame, ReadReport)
        Features in EPSG:4490 with their attributes (row order of the file,
        index 0..n-1), and what was assumed.

    Raises
    ------
    MissingCrsError
        A GDAL file without a CRS and none declared (raised before the
        features are read).
    InputError
        Missing, empty, unreadable or refused file (:mod:`app.layers.input_guards`:
        size, Shapefile parts, XML entities); unknown layer; undecodable
        text; a table without coordinate columns.
    """
    path = _check_path(path)
    from app.layers.input_guards import check_input_file  # size limit, XML entity bombs (issue 8)

    check_input_file(path)
    if path.suffix.lower() == ".zip":
        return _read_zipped_shapefile(path, layer, encoding, declared_crs)
    report = ReadReport(path=str(path), declared_crs=declared_crs)
    suffix = path.suffix.lower()
    if suffix in TABLE_EXTENSIONS:
        df = _read_table(path, encoding, sheet, report)
        if df.empty:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{name} has no rows; expected one building per row"),
                             code="rows_building_per_row", name=path.name)
        gdf = _table_to_gdf(df, path, report, lon_column, lat_column, area_column)
        if declared_crs is None:
            gdf = gdf.set_crs(STORAGE_CRS)
            report.note(Message(QT_TRANSLATE_NOOP("Note", "the table names no coordinate system; lon/lat taken as "
                                                          "CGCS2000 (EPSG:4490) -- declare gcj02 or bd09 for "
                                                          "coordinates copied from AMap/Tencent or Baidu")))
        report.source_crs = declared_crs or STORAGE_CRS
    else:
        layers = list_layers(path)
        runaway = {}
        if suffix == ".gpkg":
            from app.layers.input_guards import runaway_geopackage_views

            runaway = runaway_geopackage_views(path)  # before GDAL runs a view that never ends
            if layer in runaway:
                raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: layer {layer!r} was refused: {runaway}; "
                                                            "expected a table"), code="layer_was_refused_table",
                                 name=path.name, layer=layer, runaway=runaway[layer])
            if runaway:
                report.note(Message(QT_TRANSLATE_NOOP("Note", "skipped {runaway}: {runaway2}"),
                                    runaway=Listing(map(repr, runaway)), runaway2=Listing(runaway.values(), '; ')))
            layers = [name for name in layers if name not in runaway]
        report.layers_available = layers
        if layer is None:
            if len(layers) > 1:
                layer = "buildings" if "buildings" in layers else layers[0]
                report.note(Message(QT_TRANSLATE_NOOP("Note", "layer {layer!r} read; the file also has {layers}"),
                                    layer=layer, layers=Listing(l for l in layers if l != layer)))
        elif layer not in layers:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{name} has no layer {layer!r}; expected one of {value}"),
                             code="layer", name=path.name, layer=layer, value=listing_or_none(layers))
        report.layer = layer
        read_kwargs = {"layer": layer} if layer is not None else {}
        info = _read_info(path, read_kwargs)
        report.driver = info.get("driver", "")
        if declared_crs is None and not info.get("crs"):
            # before the features are read: a dialog asks for the CRS, then reads once
            raise MissingCrsError(QT_TRANSLATE_NOOP("Error", "{name} has no coordinate reference system (no .prj / "
                                                             "CRS); declare one, expected e.g. EPSG:4490 "
                                                             "(CGCS2000), EPSG:4326 (WGS84), gcj02 or bd09"),
                                  code="coordinate_reference_system_prj", name=path.name)
        from app.layers.input_guards import check_count, shapefile_vertex_bound

        check_count(info.get("features"), "max_features", Message(QT_TRANSLATE_NOOP("Error", "features")), path.name)
        if suffix == ".shp":
            check_count(shapefile_vertex_bound(path), "max_vertices",
                        Message(QT_TRANSLATE_NOOP("Error", "vertices at most (from the .shp size)")),
                        path.name)
        codec, source = encoding, "caller"
        if codec is None and report.driver == "ESRI Shapefile":
            codec, source = detect_shapefile_encoding(path)
            if source in (".cpg", "dbf header"):
                check_declared_encoding(path, codec, source)
            if source == "fallback":
                report.note(Message(QT_TRANSLATE_NOOP("Note", "attribute text is not UTF-8 and the file has no "
                                                              ".cpg; read as {codec} (the usual encoding of "
                                                              "Chinese Shapefiles)"), codec=codec))
        elif codec is None:
            source = "format"
        gdf = _read_gdal(path, read_kwargs, codec)
        if codec is None and report.driver != "ESRI Shapefile":
            codec = info.get("encoding") or "UTF-8"
        report.encoding, report.encoding_source = codec, source
        report.source_crs = declared_crs or (gdf.crs.to_string() if gdf.crs is not None else None)
        if suffix in (".kml", ".kmz"):
            report.note(Message(QT_TRANSLATE_NOOP("Note", "KML coordinates are WGS84 by definition; taken as "
                                                          "CGCS2000 (difference < 1 m)")))
    gdf = _checked_features(gdf, path, report)
    datum = (declared_crs or "").lower().replace("-", "").replace("_", "")
    if datum in ("gcj02", "bd09"):
        report.note(Message(QT_TRANSLATE_NOOP("Note", "coordinates declared {declared_crs}; converted to CGCS2000 "
                                                      "(web-map offset removed)"), declared_crs=declared_crs))
    gdf = to_storage(gdf, declared_crs if declared_crs else None)
    if report.area_column is not None:
        # squares are drawn after the datum conversion, so they keep their area exactly
        gdf = squares_from_area(gdf, report.area_column)
        report.note(Message(QT_TRANSLATE_NOOP("Note", "footprints are squares of the area in {area_column!r} [m2] "
                                                      "centred on lon/lat (the list has no outlines)"),
                            area_column=report.area_column))
    gdf = gdf.reset_index(drop=True)
    report.feature_count = int(len(gdf))
    return gdf, report


def unique_column_names(columns) -> tuple[list[str], dict[str, str]]:
    """Column names made unique ignoring case; returns (names, {old: new}) for those renamed.

    GeoPackage (SQLite), Shapefile (DBF) and most databases treat ``note`` and
    ``NOTE`` as the same column, so a layer with both cannot be saved. The
    later one gets a suffix: ``NOTE`` -> ``NOTE_2``.
    """
    seen: set[str] = set()
    names, renamed = [], {}
    for column in columns:
        name = str(column)
        if name.lower() in seen:
            number = 2
            while f"{name}_{number}".lower() in seen:
                number += 1
            renamed[name] = f"{name}_{number}"
            name = f"{name}_{number}"
        seen.add(name.lower())
        names.append(name)
    return names, renamed


def _checked_features(gdf: gpd.GeoDataFrame, path: Path, report: ReadReport) -> gpd.GeoDataFrame:
    """Columns unique ignoring case, vertex limit, and no Infinity/NaN coordinates (each reported)."""
    from app.layers.input_guards import check_count

    attributes = [c for c in gdf.columns if c != gdf.geometry.name]
    names, renamed = unique_column_names(attributes)
    if renamed:
        gdf = gdf.rename(columns=dict(zip(attributes, names)))
        report.note(Message(QT_TRANSLATE_NOOP("Note", "columns whose names differ only by case were renamed (a "
                                                      "GeoPackage or Shapefile cannot keep both): {renamed}"),
                            renamed=Listing(f"{old!r} -> {new!r}" for old, new in renamed.items())))
    geoms = gdf.geometry.values
    check_count(int(shapely.get_num_coordinates(geoms).sum()), "max_vertices",
                Message(QT_TRANSLATE_NOOP("Error", "vertices")), path.name)
    coords, owner = shapely.get_coordinates(geoms, include_z=True, return_index=True)
    finite = np.isfinite(coords) | (np.isnan(coords) & (np.arange(coords.shape[1]) == 2))  # a NaN z is "no z"
    bad = np.unique(owner[~finite.all(axis=1)])
    if len(bad):
        gdf = gdf.copy()
        gdf.loc[gdf.index[bad], gdf.geometry.name] = None
        rows = ", ".join(str(i + 1) for i in bad[:10]) + (", ..." if len(bad) > 10 else "")
        report.note(Message(QT_TRANSLATE_NOOP("Note", "{n_bad} feature(s) have coordinates that are not finite "
                                                      "numbers (Infinity or NaN; rows {rows}): their geometry is "
                                                      "empty"), n_bad=len(bad), rows=rows))
    return gdf


def _read_zipped_shapefile(path: Path, layer, encoding, declared_crs):
    """A zipped Shapefile: extracted with the zip-slip/zip-bomb guards of app.layers.safe_zip."""
    import tempfile

    from app.layers import safe_zip

    folder = Path(tempfile.mkdtemp(prefix="lyg-unzip-"))
    try:
        safe_zip.extract_zip_safely(path, folder)
        gdf, report = read_vector(safe_zip.find_shapefile(folder), layer=layer, encoding=encoding,
                                  declared_crs=declared_crs)
    finally:
        safe_zip.remove_tree(folder)
    report.path = str(path)
    return gdf, report


def _read_info(path: Path, kwargs: dict) -> dict:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return pyogrio.read_info(path, **kwargs)
    except GDAL_READ_ERRORS as exc:
        raise _unreadable(path, exc) from exc


def _read_gdal(path: Path, kwargs: dict, encoding: str | None) -> gpd.GeoDataFrame:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            # text the format defines as UTF-8 (GeoPackage, GeoJSON...) comes through Arrow, columns whole
            # (0.16 s instead of 0.45 s for 100,000 footprints; same columns, types and values, and the same
            # UnicodeDecodeError on bad bytes); a named encoding is decoded by Python, which refuses bytes
            # that do not fit it where GDAL's recoding would let them through
            return pyogrio.read_dataframe(path, encoding=encoding, use_arrow=encoding is None, **kwargs)
    except UnicodeDecodeError as exc:
        raise InputError(QT_TRANSLATE_NOOP("Error", "cannot decode the attributes of {name} as {encoding}: "
                                                    "{reason_value} at byte {start}; expected UTF-8 or GBK, or "
                                                    "name the encoding"), code="cannot_decode_attributes_byte",
                         name=path.name, encoding=encoding, reason_value=exc.reason, start=exc.start) from exc
    except LookupError as exc:
        raise InputError(QT_TRANSLATE_NOOP("Error", "unknown text encoding {encoding!r}; expected e.g. UTF-8, GBK, "
                                                    "GB18030"), code="unknown_text_encoding_utf", encoding=encoding) from exc
    except GDAL_READ_ERRORS as exc:
        raise _unreadable(path, exc) from exc


__all__ = ["ReadReport", "read_vector", "list_layers", "detect_shapefile_encoding", "find_column",
           "normalise_name", "field_aliases", "TABLE_EXTENSIONS", "GDAL_READ_ERRORS", "TABLE_READ_ERRORS"]
