"""Import building inventories into the building schema (CONTRACT.md), row by row.

The pipeline is:

1. :func:`app.layers.vector_io.read_vector` reads the file (any GDAL vector,
   GBK Shapefiles, XLSX/CSV with lon/lat + footprint area) into EPSG:4490,
   converting declared GCJ-02/BD-09 coordinates.
2. A *field mapping* (schema field -> source column) is suggested from the
   column names (Chinese or English aliases in ``app/resources/field_aliases.json``)
   or taken from the mapping remembered for the same column set
   (:func:`remembered_mapping`, stored as JSON under the user's config folder).
3. :func:`validate_buildings` checks every row and returns one
   :class:`Problem` per finding (row number, field, value, expected form, the
   possible actions and the default one).
4. :func:`import_buildings` applies the chosen actions: fix (make_valid,
   renumber a duplicate id, default category ``other`` ...) or skip the row.
   Nothing is dropped silently: :attr:`ImportResult.skipped` lists every
   skipped row with its reasons.

Row numbers are 1-based, in the order of the features in the file (for a
table, row 1 is the first data row under the header).

Qt-free.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from app.core.assumptions import value as assumption
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, Message
from app.layers.crs import METRIC_CRS, STORAGE_CRS, STUDY_EXTENT
from app.layers.import_mapping import ImportMapping
from app.core.undo import Command
from app.siting.coverage import county_codes
from app.core.vocabulary import BUILDING_CATEGORIES, FIELDS, PV_STATUSES, ROOF_TYPES
from app.layers.vector_io import ReadReport, field_aliases, find_column, normalise_name, read_vector

#: Fields of the building schema (CONTRACT.md), in their table order.
SCHEMA_FIELDS = ("bld_id", "name", "category", "is_new", "roof_type", "height_m", "floors",
                 "pv_status", "pv_area_m2", "pv_kwp", "audit_date", "auditor")
#: Fields without which a building cannot be counted toward the target.
REQUIRED_FIELDS = ("bld_id", "category", "is_new")
#: Columns the import adds: the county of the representative point and the row in the file.
COMPUTED_FIELDS = ("county", "source_row")
NUMERIC_FIELDS = ("height_m", "floors", "pv_area_m2", "pv_kwp")
TEXT_FIELDS = ("bld_id", "name", "category", "roof_type", "pv_status", "audit_date", "auditor")

#: Actions a user can pick for a problem.
FIX, SKIP, KEEP = "fix", "skip", "keep"


# ----------------------------------------------------------------------------
# Field mapping


def suggest_mapping(columns) -> dict[str, str | None]:
    """Schema field -> source column, guessed from the column names.

    Parameters
    ----------
    columns : iterable of str
        Column names of the source (Chinese or English).

    Returns
    -------
    dict
        Every schema field as a key; the matching column or None.
    """
    columns = [c for c in columns if str(c) != "geometry"]
    mapping, used = {}, set()
    for target in SCHEMA_FIELDS:
        free = [c for c in columns if c not in used]
        found = find_column(free, target)
        mapping[target] = found
        if found is not None:
            used.add(found)
    return mapping


def source_signature(columns) -> str:
    """A stable key for a column set (order, case and spacing ignored)."""
    names = sorted({normalise_name(c) for c in columns if str(c) != "geometry"})
    return hashlib.sha1("|".join(names).encode("utf-8")).hexdigest()[:16]


def default_mapping_store() -> Path:
    """``$XDG_CONFIG_HOME/lyg-siting/field_mappings.json`` (``~/.config`` by default)."""
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "lyg-siting" / "field_mappings.json"


def _read_store(store_path: Path) -> dict:
    if not store_path.exists():
        return {}
    try:
        with store_path.open(encoding="utf-8") as f:
            doc = json.load(f)
        return doc if isinstance(doc, dict) else {}
    except (OSError, json.JSONDecodeError):
        # A damaged store must not stop an import; the mapping is just suggested again.
        return {}


def remembered_mapping(columns, store_path: str | Path | None = None) -> dict | None:
    """The mapping last used for this column set, or None."""
    store_path = Path(store_path) if store_path else default_mapping_store()
    entry = _read_store(store_path).get(source_signature(columns))
    if not entry:
        return None
    present = set(map(str, columns))
    mapping = {k: (v if v in present else None) for k, v in entry.get("mapping", {}).items() if k in SCHEMA_FIELDS}
    return {f: mapping.get(f) for f in SCHEMA_FIELDS}


def remember_mapping(columns, mapping: dict, store_path: str | Path | None = None, source: str = "") -> Path:
    """Store ``mapping`` for this column set (atomic write); returns the store path."""
    store_path = Path(store_path) if store_path else default_mapping_store()
    store_path.parent.mkdir(parents=True, exist_ok=True)
    doc = _read_store(store_path)
    doc[source_signature(columns)] = {
        "columns": [str(c) for c in columns if str(c) != "geometry"],
        "mapping": {k: v for k, v in mapping.items() if k in SCHEMA_FIELDS},
        "source": str(source),
        "saved": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    from app.project.atomic import write_text

    return write_text(store_path, json.dumps(doc, ensure_ascii=False, indent=1), "saving")


def check_mapping(mapping: dict, columns) -> None:
    """Raise when the mapping names unknown fields or columns, or uses a column twice."""
    columns = set(map(str, columns))
    unknown = [k for k in mapping if k not in SCHEMA_FIELDS]
    if unknown:
        raise InputError(QT_TRANSLATE_NOOP("Error", "field mapping: unknown schema field(s) {unknown}; expected "
                                                    "{schema_fields}"), code="field_mapping_unknown_schema",
                         unknown=Listing(unknown), schema_fields=Listing(SCHEMA_FIELDS))
    missing = [f"{k}={v!r}" for k, v in mapping.items() if v is not None and str(v) not in columns]
    if missing:
        raise InputError(QT_TRANSLATE_NOOP("Error", "field mapping: column(s) not in the file: {missing}; expected "
                                                    "one of {columns}"), code="field_mapping_column_file",
                         missing=Listing(missing), columns=Listing(sorted(columns)))
    chosen = [v for v in mapping.values() if v is not None]
    twice = sorted({v for v in chosen if chosen.count(v) > 1})
    if twice:
        raise InputError(QT_TRANSLATE_NOOP("Error", "field mapping: column(s) {twice} mapped to more than one "
                                                    "field; expected one each"), code="field_mapping_column_mapped",
                         twice=Listing(twice))


# ----------------------------------------------------------------------------
# Values


@lru_cache(maxsize=None)
def _value_table(target: str) -> dict[str, str]:
    table = {}
    vocabulary = {"category": BUILDING_CATEGORIES, "roof_type": ROOF_TYPES, "pv_status": PV_STATUSES}.get(target)
    if vocabulary is not None:  # the app's own labels always read back (a report's table re-imported)
        for code in vocabulary:
            for alias in (code, vocabulary.label(code, "zh"), vocabulary.label(code, "en")):
                table[normalise_name(alias)] = code
    for canonical, aliases in field_aliases()["values"].get(target, {}).items():
        for alias in aliases:
            table[normalise_name(alias)] = canonical
    return table


def _blank(v) -> bool:
    return v is None or (isinstance(v, float) and np.isnan(v)) or (isinstance(v, str) and not v.strip()) or v is pd.NA


def normalise_value(target: str, raw):
    """The schema value of ``raw`` for ``target`` (category, roof_type, pv_status, is_new), or None."""
    try:
        return _normalise_cached(target, raw)
    except TypeError:  # unhashable cell
        return _normalise_value(target, raw)


@lru_cache(maxsize=65536)
def _normalise_cached(target: str, raw):
    return _normalise_value(target, raw)


def _normalise_value(target: str, raw):
    if _blank(raw):
        return None
    if target == "is_new":
        if isinstance(raw, (bool, np.bool_)):
            return int(raw)
        if isinstance(raw, (int, float, np.integer, np.floating)) and float(raw) in (0.0, 1.0):
            return int(raw)
    key = normalise_name(raw)
    found = _value_table(target).get(key)
    if target == "is_new" and found is not None:
        return int(found)
    return found


def normalised_column(target: str, values) -> np.ndarray:
    """:func:`normalise_value` over a column, computed once per distinct value (object array, None = unknown)."""
    values = np.asarray(values, dtype=object)
    if len(values) == 0:
        return np.empty(0, dtype=object)
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    mapped = np.array([normalise_value(target, u) for u in uniques] + [None], dtype=object)[:-1]
    return mapped[codes]


def _blank_mask(values) -> np.ndarray:
    """True where a cell is empty (None, NaN, blank text), per distinct value."""
    values = np.asarray(values, dtype=object)
    if len(values) == 0:
        return np.zeros(0, dtype=bool)
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    return np.array([_blank(u) for u in uniques] + [False], dtype=bool)[:-1][codes]


def _id_text(raw) -> str | None:
    if _blank(raw):
        return None
    if isinstance(raw, (float, np.floating)) and float(raw).is_integer():
        return str(int(raw))
    return str(raw).strip()


def _edge_is_space(text: pd.Series, first: bool) -> np.ndarray:
    """True where the first (or last) character of a text column is whitespace to Python's ``str.isspace``.

    Sliced by pandas/Arrow for the whole column, judged by Python once per distinct character, so the
    answer is Python's own (Arrow's idea of whitespace is narrower).
    """
    chars = text.str.slice(0, 1) if first else text.str.slice(-1)
    codes, uniques = pd.factorize(chars)  # missing -> -1, which picks the trailing False
    return np.array([str(c).isspace() for c in uniques] + [False], dtype=bool)[codes]


def _per_cell(column: pd.Series, convert, plain) -> np.ndarray:
    """``convert`` over a column as an object array, the same value for value as a Python loop.

    For a text column, the cells that ``plain(mask)`` marks need no conversion beyond being
    themselves (no blank, no surrounding whitespace): they are taken as they are and ``convert`` runs
    only on the others. Other columns run ``convert`` once per distinct value.
    """
    if isinstance(column.dtype, pd.StringDtype):
        out = column.to_numpy(dtype=object, na_value=None)
        rest = np.flatnonzero(~plain(column))
        out[rest] = [convert(v) for v in out[rest]]
        return out
    values = column.to_numpy(dtype=object)
    if len(values) == 0:
        return np.empty(0, dtype=object)
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    return np.array([convert(u) for u in uniques] + [None], dtype=object)[:-1][codes]


def _id_texts(column: pd.Series) -> np.ndarray:
    """:func:`_id_text` of every cell of a column (object array, None = no id)."""
    def plain(text):
        filled = (text.str.len() > 0).to_numpy(dtype=bool, na_value=False)
        return filled & ~_edge_is_space(text, True) & ~_edge_is_space(text, False)

    return _per_cell(column, _id_text, plain)


def _text_cells(column: pd.Series) -> np.ndarray:
    """Every cell as text, ``""`` for a blank one (object array)."""
    def plain(text):  # "" stays "", and text that starts with a letter is not blank
        return text.notna().to_numpy() & ~_edge_is_space(text, True)

    return _per_cell(column, lambda v: "" if _blank(v) else str(v), plain)


# ----------------------------------------------------------------------------
# Problems


@dataclass
class Problem:
    """One finding of the import check.

    Attributes
    ----------
    row : int or None
        1-based row in the file; None for a problem of the whole file
        (a required column that is not mapped).
    field : str
        Schema field (or ``"geometry"``).
    value : object
        The offending value, as read.
    code : str
        ``missing_field``, ``missing_value``, ``unknown_value``,
        ``duplicate_id``, ``invalid_geometry``, ``empty_geometry``,
        ``not_polygon``, ``outside_city``, ``absurd_area``, ``bad_number``,
        ``negative_height``, ``zero_height``, ``height_in_centimetres``,
        ``absurd_height``, ``height_from_floors``, ``too_large_for_shading``
        (see :func:`height_problems`).
    message : str
        What is wrong, readable.
    expected : str
        The expected form.
    actions : tuple of str
        ``"fix"`` (with :attr:`fix_text`), ``"keep"`` or ``"skip"``.
    default : str
        The action taken when the user chooses nothing.
    fix_text : str
        What ``"fix"`` does.
    """

    row: int | None
    field: str
    value: object
    code: str
    message: str
    expected: str
    actions: tuple = (FIX, SKIP)
    default: str = FIX
    fix_text: str = ""

    @property
    def key(self) -> tuple:
        return (self.row, self.field, self.code)

    def to_dict(self) -> dict:
        value = self.value
        if not isinstance(value, (str, int, float, bool, type(None))):
            value = str(value)
        return {"row": self.row, "field": self.field, "value": value, "code": self.code, "message": self.message,
                "expected": self.expected, "actions": list(self.actions), "default": self.default,
                "fix": self.fix_text}


@dataclass
class ImportResult:
    """What :func:`import_buildings` produced.

    Attributes
    ----------
    buildings : GeoDataFrame
        Accepted rows in the building schema (EPSG:4490) plus ``county``
        (adcode of the representative point, ``""`` outside the six counties)
        and ``source_row`` (1-based row in the file), then unmapped columns.
    problems : list of Problem
        Every finding, with the action applied in :attr:`actions`.
    actions : dict
        Problem key -> action applied.
    skipped : list of dict
        ``{"row", "reasons"}`` for every row left out.
    mapping : dict
        The field mapping used.
    report : ReadReport
        What the reader assumed.
    import_mapping : ImportMapping
        The file's columns and coded values behind the schema's fields (kept
        with the layer; an export "as imported" gives them back).
    """

    buildings: gpd.GeoDataFrame
    problems: list
    actions: dict
    skipped: list
    mapping: dict
    report: ReadReport | None = None
    import_mapping: ImportMapping | None = None

    def summary(self) -> dict:
        return {"rows_read": int(len(self.buildings) + len(self.skipped)), "imported": int(len(self.buildings)),
                "skipped": self.skipped, "problems": [dict(p.to_dict(), action=self.actions.get(p.key)) for p in self.problems],
                "mapping": self.mapping, "assumptions": list(self.report.assumptions) if self.report else []}


def apply_mapping(gdf: gpd.GeoDataFrame, mapping: dict) -> gpd.GeoDataFrame:
    """Columns renamed to the schema (raw values); unmapped schema fields become empty columns."""
    check_mapping(mapping, gdf.columns)
    out = gpd.GeoDataFrame(index=gdf.index, geometry=gdf.geometry, crs=gdf.crs)
    for target in SCHEMA_FIELDS:
        column = mapping.get(target)
        out[target] = gdf[column].to_numpy(dtype=object) if column is not None else pd.Series([None] * len(gdf), index=gdf.index, dtype=object)
    used = {v for v in mapping.values() if v is not None}
    for column in gdf.columns:
        if column == gdf.geometry.name or column in used:
            continue
        # Columns the import computes itself keep the file's values under another name.
        name = f"{column}_src" if column in out.columns or column in COMPUTED_FIELDS else column
        out[name] = gdf[column]
    return out[[c for c in out.columns if c != out.geometry.name] + [out.geometry.name]]


def validate_buildings(raw: gpd.GeoDataFrame, mapping: dict | None = None, overrides: dict | None = None) -> list[Problem]:
    """Check every row of a building table; nothing is changed.

    Parameters
    ----------
    raw : GeoDataFrame
        As read (EPSG:4490), in file order.
    mapping : dict, optional
        Schema field -> column; default :func:`suggest_mapping`. Pass an
        already mapped frame with ``mapping=identity`` (each field to itself).
    overrides : dict, optional
        Assumption overrides (``rooftop.min_footprint_m2``, ``rooftop.max_footprint_m2``).

    Returns
    -------
    list of Problem
    """
    mapping = suggest_mapping(raw.columns) if mapping is None else mapping
    table = apply_mapping(raw, mapping)
    problems: list[Problem] = []
    n = len(table)
    rows = np.arange(1, n + 1)

    fixes_for_missing = {
        "bld_id": QT_TRANSLATE_NOOP("Note", "generate an id from the row number (R<row>)"),
        "category": QT_TRANSLATE_NOOP("Note", "set category 'other' (not counted toward the target)"),
        "is_new": QT_TRANSLATE_NOOP("Note", "set is_new 0 (existing building, not counted toward the target)")}
    for target in REQUIRED_FIELDS:
        if mapping.get(target) is None:
            problems.append(Problem(
                None, target, None, "missing_field",
                Message(QT_TRANSLATE_NOOP("Note", "no column is mapped to the required field {field}"),
                        field=FIELDS.word(target)),
                Message(QT_TRANSLATE_NOOP("Note", "a column for {field} ({expected})"), field=FIELDS.word(target),
                        expected=_expected(target)),
                (FIX,), FIX, Message(fixes_for_missing[target])))

    # ids ----------------------------------------------------------------
    if mapping.get("bld_id") is not None:
        ids = _id_texts(table["bld_id"])
        missing = pd.isna(ids)
        unique_id = Message(QT_TRANSLATE_NOOP("Note", "a unique text id"))
        for row in rows[missing]:
            problems.append(Problem(
                int(row), "bld_id", None, "missing_value", Message(QT_TRANSLATE_NOOP("Note", "the building has no id")),
                unique_id, (FIX, SKIP), FIX, Message(QT_TRANSLATE_NOOP("Note", "generate id R{row}"), row=row)))
        present = np.flatnonzero(~missing)
        codes, _ = pd.factorize(ids[present])
        _, first = np.unique(codes, return_index=True)
        first_row = rows[present][first][codes]  # the row that used each id first
        for i, seen in zip(present[first_row != rows[present]], first_row[first_row != rows[present]]):
            bid, row = ids[i], rows[i]
            problems.append(Problem(
                int(row), "bld_id", bid, "duplicate_id",
                Message(QT_TRANSLATE_NOOP("Note", "id {id!r} already used in row {row}"), id=bid, row=seen),
                unique_id, (FIX, SKIP), FIX,
                Message(QT_TRANSLATE_NOOP("Note", "renumber as {id}-{row}"), id=bid, row=row)))

    # coded values ---------------------------------------------------------
    defaults = {"category": "other", "roof_type": "flat", "pv_status": "none", "is_new": 0}
    vocabularies = {"category": BUILDING_CATEGORIES, "roof_type": ROOF_TYPES, "pv_status": PV_STATUSES}
    for target in ("category", "is_new", "roof_type", "pv_status"):
        if mapping.get(target) is None:
            continue
        column = table[target].to_numpy()
        unknown = np.array([v is None for v in normalised_column(target, column)], dtype=bool)
        default = vocabularies[target].word(defaults[target]) if target in vocabularies else defaults[target]
        for row, raw_value in zip(rows[unknown], column[unknown]):
            code = "missing_value" if _blank(raw_value) else "unknown_value"
            message = Message(QT_TRANSLATE_NOOP("Note", "{field} is empty"), field=FIELDS.word(target)) \
                if code == "missing_value" else \
                Message(QT_TRANSLATE_NOOP("Note", "{field}: value {value!r} is not known"), field=FIELDS.word(target),
                        value=raw_value)
            problems.append(Problem(int(row), target, None if _blank(raw_value) else raw_value, code, message,
                                    _expected(target), (FIX, SKIP), FIX,
                                    Message(QT_TRANSLATE_NOOP("Note", "set {field} to {value}"),
                                            field=FIELDS.word(target), value=default)))

    # numbers --------------------------------------------------------------
    for target in NUMERIC_FIELDS:
        if mapping.get(target) is None:
            continue
        column = table[target]
        blank = _blank_mask(column.to_numpy())
        numbers = pd.to_numeric(column, errors="coerce").to_numpy(dtype=float)
        bad = ~blank & ~(np.isfinite(numbers) & (numbers >= 0))
        if target == "height_m":  # negative heights get their own message (height_problems)
            bad &= ~(np.isfinite(numbers) & (numbers < 0))
        for row, raw_value in zip(rows[bad], column.to_numpy()[bad]):
            problems.append(Problem(
                int(row), target, raw_value, "bad_number",
                Message(QT_TRANSLATE_NOOP("Note", "{field} {value!r} is not a non-negative number"),
                        field=FIELDS.word(target), value=raw_value),
                Message(QT_TRANSLATE_NOOP("Note", "a number >= 0 [m², kWp or m]")), (FIX, SKIP), FIX,
                Message(QT_TRANSLATE_NOOP("Note", "clear {field} (unknown)"), field=FIELDS.word(target))))

    geoms = table.geometry.to_numpy()
    empty = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    polygonal = np.isin(shapely.get_type_id(geoms), (3, 6))  # Polygon, MultiPolygon
    usable = ~empty & polygonal
    # one transform to metres serves the height checks and the areas (points are transformed one by one)
    metric = _to_metric(geoms[usable])
    problems += height_problems(table, mapping, overrides, metric_footprints=metric)

    # geometry ---------------------------------------------------------------
    valid = shapely.is_valid(geoms)
    invalid = ~empty & polygonal & ~valid
    for row in rows[empty]:
        problems.append(Problem(
            int(row), "geometry", None, "empty_geometry", Message(QT_TRANSLATE_NOOP("Note", "the building has no geometry")),
            Message(QT_TRANSLATE_NOOP("Note", "a footprint polygon (or lon/lat + footprint area in a table)")),
            (SKIP,), SKIP))
    for row, geom in zip(rows[~empty & ~polygonal], geoms[~empty & ~polygonal]):
        problems.append(Problem(
            int(row), "geometry", geom.geom_type, "not_polygon",
            Message(QT_TRANSLATE_NOOP("Note", "the geometry is a {geometry_type}, not a footprint"),
                    geometry_type=geom.geom_type),
            Message(QT_TRANSLATE_NOOP("Note", "a Polygon or MultiPolygon (or a table with a footprint area column)")),
            (SKIP,), SKIP))
    for row, geom in zip(rows[invalid], geoms[invalid]):
        problems.append(Problem(
            int(row), "geometry", shapely.is_valid_reason(geom), "invalid_geometry",
            Message(QT_TRANSLATE_NOOP("Note", "invalid polygon: {reason}"), reason=shapely.is_valid_reason(geom)),
            Message(QT_TRANSLATE_NOOP("Note", "a valid, simple polygon")), (FIX, SKIP), FIX,
            Message(QT_TRANSLATE_NOOP("Note", "repair with make_valid (keep the polygon parts)"))))
    if usable.any():
        repaired = geoms[usable].copy()
        broken = ~valid[usable]
        if broken.any():
            repaired[broken] = shapely.make_valid(repaired[broken])
            metric = metric.copy()
            metric[broken] = _to_metric(repaired[broken])
        area = shapely.area(metric)
        low = float(assumption("rooftop.min_footprint_m2", overrides))
        high = float(assumption("rooftop.max_footprint_m2", overrides))
        implausible = (area < low) | (area > high)
        for row, a in zip(rows[usable][implausible], area[implausible]):
            problems.append(Problem(
                int(row), "geometry", round(float(a), 2), "absurd_area",
                Message(QT_TRANSLATE_NOOP("Note", "footprint area {area:,.1f} m2 is implausible for a building"),
                        area=a),
                Message(QT_TRANSLATE_NOOP("Note", "{low:g}..{high:,.0f} m2 (check the CRS and the outline)"),
                        low=low, high=high),
                (KEEP, SKIP), SKIP))
        reps = shapely.point_on_surface(repaired)
        lon, lat = shapely.get_x(reps), shapely.get_y(reps)
        outside = county_codes(points=reps) == ""
        w, s, e, nn = STUDY_EXTENT
        for row, x, y in zip(rows[usable][outside], lon[outside], lat[outside]):
            near = w <= x <= e and s <= y <= nn
            problems.append(Problem(
                int(row), "geometry", f"{x:.5f}, {y:.5f}", "outside_city",
                Message(QT_TRANSLATE_NOOP("Note", "the footprint ({x:.5f} E, {y:.5f} N) is not inside any of the "
                                                  "six counties"), x=x, y=y),
                Message(QT_TRANSLATE_NOOP("Note", "a footprint inside Lianyungang (118.3-120.3 E, 33.7-35.3 N, "
                                                  "CGCS2000); declare gcj02/bd09 if copied from a web map")),
                (KEEP, SKIP), KEEP if near else SKIP))
    return sorted(problems, key=lambda p: (p.row or 0, p.field))


def height_problems(table: gpd.GeoDataFrame, mapping: dict, overrides: dict | None = None,
                    metric_footprints: np.ndarray | None = None) -> list[Problem]:
    """Per-row findings about building heights, the input of the shading by neighbours.

    Parameters
    ----------
    table : GeoDataFrame
        Mapped to the schema (:func:`apply_mapping`), EPSG:4490.
    mapping : dict
    overrides : dict, optional
        Rooftop assumption overrides (``max_height_m``, ``storey_height_<category>_m``,
        ``shading_halo_m``).
    metric_footprints : numpy.ndarray, optional
        The table's polygonal, non-empty footprints already in EPSG:4549 (in row order), when
        the caller has them.

    Returns
    -------
    list of Problem
        ``negative_height`` (fix: clear), ``zero_height`` (fix: clear; with
        floors the height then comes from floors x storey height),
        ``height_in_centimetres`` (over ``max_height_m`` but plausible / 100:
        fix: divide by 100), ``absurd_height`` (over ``max_height_m``: fix:
        clear), ``height_from_floors`` (floors but no height: fix: floors x the
        category's storey height), ``too_large_for_shading`` (footprint wider
        than the shading halo: keep without shading, or skip). Every fix
        leaves the roof's potential computed; a cleared height means "no
        shading computed for this roof".
    """
    from app.siting.rooftop import params

    problems: list[Problem] = []
    n = len(table)
    rows = np.arange(1, n + 1)
    p = params(overrides)
    limit = p["max_height_m"]
    floors = (pd.to_numeric(table["floors"], errors="coerce").to_numpy(dtype=float)
              if mapping.get("floors") is not None else np.full(n, np.nan))
    has_floors = np.isfinite(floors) & (floors > 0)
    categories = normalised_column("category", table["category"].to_numpy()) if mapping.get("category") else None
    if mapping.get("height_m") is not None:
        raw = table["height_m"].to_numpy()
        height = pd.to_numeric(table["height_m"], errors="coerce").to_numpy(dtype=float)
        expected = Message(QT_TRANSLATE_NOOP("Note", "a roof height above ground in metres, 0 < height <= {limit:g} m"),
                           limit=limit)
        clear = Message(QT_TRANSLATE_NOOP("Note", "clear height_m: no shading computed for this roof"))
        for i in np.flatnonzero(np.isfinite(height) & (height < 0)):
            problems.append(Problem(int(rows[i]), "height_m", raw[i], "negative_height",
                                    Message(QT_TRANSLATE_NOOP("Note", "height_m {height!r} is negative"), height=raw[i]),
                                    expected, (FIX, SKIP), FIX, clear))
        for i in np.flatnonzero(np.isfinite(height) & (height == 0)):
            if has_floors[i]:
                text = (Message(QT_TRANSLATE_NOOP("Note", "height_m is 0 for a building of {floors:g} floors"),
                                floors=floors[i]),
                        Message(QT_TRANSLATE_NOOP("Note", "clear height_m; use floors x storey height")))
            else:
                text = (Message(QT_TRANSLATE_NOOP("Note", "height_m is 0: not a building height")), clear)
            problems.append(Problem(int(rows[i]), "height_m", raw[i], "zero_height", text[0], expected,
                                    (FIX, SKIP), FIX, text[1]))
        for i in np.flatnonzero(np.isfinite(height) & (height > limit)):
            if 2.0 <= height[i] / 100.0 <= limit:
                problems.append(Problem(
                    int(rows[i]), "height_m", raw[i], "height_in_centimetres",
                    Message(QT_TRANSLATE_NOOP("Note", "height_m {height:g} is above {limit:g} m and looks like "
                                                      "centimetres ({metres:g} m)"),
                            height=height[i], limit=limit, metres=height[i] / 100),
                    expected, (FIX, SKIP), FIX,
                    Message(QT_TRANSLATE_NOOP("Note", "divide by 100: {metres:g} m"), metres=height[i] / 100)))
            else:
                problems.append(Problem(
                    int(rows[i]), "height_m", raw[i], "absurd_height",
                    Message(QT_TRANSLATE_NOOP("Note", "height_m {height:g} is above {limit:g} m"), height=height[i],
                            limit=limit),
                    expected, (FIX, SKIP), FIX, clear))
        missing = ~np.isfinite(height)
    else:
        missing = np.ones(n, dtype=bool)
    for i in np.flatnonzero(missing & has_floors):
        category = categories[i] if categories is not None and categories[i] else "other"
        storey = p[f"storey_height_{category}_m"]
        problems.append(Problem(
            int(rows[i]), "floors", floors[i], "height_from_floors",
            Message(QT_TRANSLATE_NOOP("Note", "no height_m, {floors:g} floors without a storey height"),
                    floors=floors[i]),
            Message(QT_TRANSLATE_NOOP("Note", "height_m [m], or floors with the storey height of the category")),
            (FIX, SKIP), FIX,
            Message(QT_TRANSLATE_NOOP("Note", "height = {floors:g} floors x {storey:g} m (storey height of {category}) "
                                              "= {height:g} m"),
                    floors=floors[i], storey=storey, category=BUILDING_CATEGORIES.word(category),
                    height=floors[i] * storey)))
    geoms = table.geometry.to_numpy()
    polygonal = np.isin(shapely.get_type_id(geoms), (3, 6)) & ~shapely.is_empty(geoms)
    if polygonal.any():
        from app.siting.shading import footprints_wider_than

        metric = _to_metric(geoms[polygonal]) if metric_footprints is None else metric_footprints
        halo = p["shading_halo_m"]
        wide, extent = footprints_wider_than(metric, halo)
        for i, size in zip(np.flatnonzero(polygonal)[wide], extent):
            problems.append(Problem(
                int(rows[i]), "geometry", round(float(size), 1), "too_large_for_shading",
                Message(QT_TRANSLATE_NOOP("Note", "the footprint is {size:,.0f} m across, wider than the {halo:g} m "
                                                  "halo of the shading run"), size=size, halo=halo),
                Message(QT_TRANSLATE_NOOP("Note", "a footprint at most {halo:g} m across (one building)"), halo=halo),
                (KEEP, SKIP), KEEP, ""))
    return problems


def _to_metric(footprints: np.ndarray) -> np.ndarray:
    """EPSG:4490 footprints in EPSG:4549 [m]."""
    return gpd.GeoSeries(footprints, crs=STORAGE_CRS).to_crs(METRIC_CRS).to_numpy()


def _expected(target: str) -> Message:
    """The expected values of ``target``: the codes on the command line, the labels in a UI (both are read)."""
    if target == "bld_id":
        return Message(QT_TRANSLATE_NOOP("Note", "a unique text id"))
    if target == "is_new":
        return Message(QT_TRANSLATE_NOOP("Note", "1/0 (yes/no, 是/否)"))
    vocabulary = {"category": BUILDING_CATEGORIES, "roof_type": ROOF_TYPES, "pv_status": PV_STATUSES}.get(target)
    if vocabulary is None:
        return Message(str(target))
    return Message(QT_TRANSLATE_NOOP("Note", "one of {values} (or {labels})"), values=vocabulary.words(),
                   labels=Listing(vocabulary.labels("zh").values(), "/"))


def clean_buildings(raw: gpd.GeoDataFrame, mapping: dict, problems: list[Problem],
                    decisions: dict | None = None, default_action: str | None = None) -> tuple[gpd.GeoDataFrame, dict, list]:
    """Apply the chosen actions and return (buildings, actions, skipped).

    Parameters
    ----------
    raw : GeoDataFrame
        As read, file order.
    mapping : dict
    problems : list of Problem
        From :func:`validate_buildings`.
    decisions : dict, optional
        Problem key ``(row, field, code)`` -> ``"fix"``/``"keep"``/``"skip"``.
        A key ``(None, None, code)`` applies to every problem of that code.
    default_action : {"fix", "skip"}, optional
        For undecided problems: ``"skip"`` skips every problem row; None uses
        each problem's own default.
    """
    decisions = dict(decisions or {})
    table = apply_mapping(raw, mapping)
    n = len(table)
    actions: dict = {}
    skip_reasons: dict[int, list] = {}
    for p in problems:
        action = decisions.get(p.key) or decisions.get((None, None, p.code))
        if action is None:
            action = SKIP if (default_action == SKIP and SKIP in p.actions) else p.default
        if action not in p.actions:
            raise InputError(QT_TRANSLATE_NOOP("Error", "row {row}, {field}: action {action!r} is not possible for "
                                                        "{code_value}; expected one of {actions}"),
                             code="row_action_possible", row=p.row, field=p.field, action=action, code_value=p.code,
                             actions=Listing(p.actions))
        actions[p.key] = action
        if action == SKIP and p.row is not None:
            skip_reasons.setdefault(p.row, []).append(Message(QT_TRANSLATE_NOOP("Note", "{field}: {message}"),
                                                              field=FIELDS.word(p.field), message=p.message))

    out = table.copy()
    rows = np.arange(1, n + 1)
    # ids: text; missing/duplicates renumbered by row, exactly as announced in the problem.
    ids = _id_texts(out["bld_id"]) if mapping.get("bld_id") is not None else np.full(n, None, dtype=object)
    missing = pd.isna(ids)
    renumbered = np.zeros(n, dtype=bool)
    renumbered[[p.row - 1 for p in problems if p.code == "duplicate_id" and p.row is not None
                and actions[p.key] == FIX]] = True
    renumbered &= ~missing
    ids[missing] = [f"R{row}" for row in rows[missing]]
    ids[renumbered] = [f"{bid}-{row}" for bid, row in zip(ids[renumbered], rows[renumbered])]
    out["bld_id"] = list(ids)
    for target, fallback in (("category", "other"), ("roof_type", "flat"), ("pv_status", "none"), ("is_new", 0)):
        values = normalised_column(target, out[target].to_numpy())
        values[pd.isna(values)] = fallback
        out[target] = pd.Series(values, index=out.index, dtype=object)
    out["is_new"] = out["is_new"].astype(int)
    for target in NUMERIC_FIELDS:
        numbers = pd.to_numeric(out[target], errors="coerce").astype(float)
        out[target] = numbers.where(numbers >= 0)
    height = out["height_m"].to_numpy(dtype=float).copy()
    for p in problems:
        if p.row is None or actions[p.key] != FIX:
            continue
        if p.code in ("negative_height", "zero_height", "absurd_height"):
            height[p.row - 1] = np.nan
        elif p.code == "height_in_centimetres":
            height[p.row - 1] = float(p.value) / 100.0
    out["height_m"] = height
    for target in ("name", "audit_date", "auditor"):
        out[target] = list(_text_cells(out[target]))
    geoms = out.geometry.to_numpy()
    invalid = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms)) & ~shapely.is_valid(geoms)
    if invalid.any():
        repaired = shapely.make_valid(geoms[invalid])
        # make_valid may return a collection with lines; keep the polygon parts only.
        geoms[invalid] = [_polygon_part(g) for g in repaired]
        out = out.set_geometry(gpd.GeoSeries(geoms, index=out.index, crs=out.crs))
    out.insert(len(SCHEMA_FIELDS), "source_row", rows)
    keep = ~np.isin(rows, list(skip_reasons))
    out = out[keep].copy()
    out.insert(len(SCHEMA_FIELDS), "county", county_codes(out.geometry.to_numpy()))
    out = out.reset_index(drop=True)
    skipped = [{"row": int(r), "reasons": reasons} for r, reasons in sorted(skip_reasons.items())]
    return out, actions, skipped


def _polygon_part(geom):
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def import_buildings(path, mapping: dict | None = None, store_path: str | Path | None = None,
                     declared_crs: str | None = None, encoding: str | None = None, layer: str | None = None,
                     decisions: dict | None = None, default_action: str | None = None,
                     remember: bool = True, overrides: dict | None = None) -> ImportResult:
    """Read, map, check and clean a building inventory.

    Parameters
    ----------
    path : str or pathlib.Path
        Any file :func:`app.layers.vector_io.read_vector` reads.
    mapping : dict, optional
        Schema field -> column. Default: the remembered mapping of this column
        set, else the one suggested from the column names.
    store_path : path, optional
        JSON file of remembered mappings (default :func:`default_mapping_store`).
    declared_crs, encoding, layer
        Passed to :func:`~app.layers.vector_io.read_vector`.
    decisions, default_action
        See :func:`clean_buildings`.
    remember : bool
        Store the mapping used for this column set.
    overrides : dict, optional
        Assumption overrides.

    Returns
    -------
    ImportResult
    """
    raw, report = read_vector(path, layer=layer, encoding=encoding, declared_crs=declared_crs)
    columns = [c for c in raw.columns if c != raw.geometry.name]
    if mapping is None:
        mapping = remembered_mapping(columns, store_path)
        if mapping is not None:
            report.note(Message(QT_TRANSLATE_NOOP("Note", "field mapping: the one remembered for this column set")))
        else:
            mapping = suggest_mapping(columns)
            report.note(Message(QT_TRANSLATE_NOOP("Note", "field mapping: suggested from the column names")))
    mapping = {f: mapping.get(f) for f in SCHEMA_FIELDS}
    check_mapping(mapping, columns)
    problems = validate_buildings(raw, mapping, overrides)
    buildings, actions, skipped = clean_buildings(raw, mapping, problems, decisions, default_action)
    if remember:
        remember_mapping(columns, mapping, store_path, source=str(path))
    # which column and which value of the file became which field and code (an export can give them back)
    codes = {target: normalised_column(target, raw[mapping[target]].to_numpy())
             for target in ("category", "is_new", "roof_type", "pv_status") if mapping.get(target) is not None}
    import_mapping = ImportMapping.from_import(Path(path).name, mapping, raw, codes)
    return ImportResult(buildings, problems, actions, skipped, mapping, report, import_mapping)


class ReplaceBuildings(Command):
    """Replace the data of the buildings layer by an import (undo brings the old data back)."""

    def __init__(self, layer, buildings: gpd.GeoDataFrame, text: str = "import buildings"):
        self.layer = layer
        self.new = buildings
        self.old = layer.gdf
        self.text = text

    def redo(self):
        self.layer.set_gdf(self.new)

    def undo(self):
        self.layer.set_gdf(self.old)


def identity_mapping(columns) -> dict:
    """Each schema field mapped to the column of the same name, when present."""
    present = set(map(str, columns))
    return {f: (f if f in present else None) for f in SCHEMA_FIELDS}


__all__ = ["SCHEMA_FIELDS", "REQUIRED_FIELDS", "Problem", "ImportResult",
           "suggest_mapping", "source_signature", "default_mapping_store", "remembered_mapping", "remember_mapping",
           "check_mapping", "normalise_value", "apply_mapping", "validate_buildings", "clean_buildings",
           "import_buildings", "identity_mapping", "ReplaceBuildings"]
