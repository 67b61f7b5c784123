"""Bring a user's file into a project layer: replace it, append to it, or update it by id.

CONTRACT.md ``lygsite import``. The file is read and checked row by row
first (buildings through :mod:`app.siting.building_import`, candidate sites
by :func:`read_sites`); then :func:`plan_import` works out what each mode
would do, so the counts can be shown before anything changes, and
:class:`ImportIntoLayer` applies the chosen plan as one undoable step.

- ``replace``: the layer holds the file's features only.
- ``append``: the file's features are added; an id already in the layer is
  renumbered (``<id>-2``, ``-3`` ...) and reported.
- ``update``: features are matched by ``bld_id`` (buildings) or ``site_id``
  (sites). A matched feature takes the file's geometry and the fields the
  file has, but keeps its audit fields (``pv_status``, ``pv_area_m2``,
  ``pv_kwp``, ``audit_date``, ``auditor``); since it keeps its id, its
  ``audit_log`` rows still refer to it. Features only in the file are added;
  features only in the layer are kept and reported as unmatched.

Feature ids (the GeoDataFrame index) of features that stay keep their id;
new features get ids never used in the layer before, so a selection can never
slide onto an unrelated feature (the selection is reduced to ids that still
exist). What a user imports is never flagged sample data
(:data:`app.layers.model.SAMPLE_FIELD`), also where it updates a generated
feature. Qt-free.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, Message, Word
from app.core.undo import Command
from app.layers.import_mapping import ImportMapping
from app.layers.titles import display_title
from app.layers.model import SAMPLE_FIELD
from app.siting.audit import AUDIT_FIELDS

MODES = ("replace", "append", "update")
#: The modes as words (undo step names, messages).
MODE_WORDS = {"replace": {"zh": "替换", "en": "replace"}, "append": {"zh": "追加", "en": "append"},
              "update": {"zh": "更新", "en": "update"}}
#: Fields of a matched feature an update keeps: the audit of a building.
KEPT_ON_UPDATE = {"buildings": AUDIT_FIELDS}
#: Layers with a reader and an id to update by.
IMPORTABLE = {"buildings": "bld_id", "candidate_sites": "site_id"}


@dataclass
class LayerFile:
    """A user file read and checked for a layer.

    Attributes
    ----------
    layer : str
    data : GeoDataFrame
        The accepted rows, EPSG:4490, in the layer's schema.
    file_fields : list of str
        Columns whose values come from the file (an update writes only these).
    skipped : list of dict
        ``{"row", "reasons"}`` per row left out.
    problems : list of dict
        Every finding with the action taken (:meth:`app.siting.building_import.Problem.to_dict`).
    notes : list of str
        What the reader assumed (encoding, CRS ...).
    path : str
    import_mapping : ImportMapping, optional
        Which of the file's columns and values became which schema field and code.
    """

    layer: str
    data: gpd.GeoDataFrame
    file_fields: list
    skipped: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    path: str = ""
    import_mapping: ImportMapping | None = None


@dataclass
class ImportPlan:
    """What importing a :class:`LayerFile` into a layer in one mode does (nothing applied yet).

    Attributes
    ----------
    layer, mode, key : str
    data : GeoDataFrame
        The layer's data after the import.
    added, updated, replaced : int
        Features added; matched and updated; features of the layer the import removes (replace).
    kept : int
        Features of the layer left as they were.
    unmatched : list of str
        Update: ids in the layer the file does not have (kept).
    renumbered : list of dict
        Append: ``{"row", "from", "to"}`` for ids that were already in the layer.
    audits_kept : int
        Update: matched buildings whose audit fields were kept.
    """

    layer: str
    mode: str
    key: str
    data: gpd.GeoDataFrame
    added: int = 0
    updated: int = 0
    replaced: int = 0
    kept: int = 0
    unmatched: list = field(default_factory=list)
    renumbered: list = field(default_factory=list)
    audits_kept: int = 0

    def counts(self) -> dict:
        return {"added": self.added, "updated": self.updated, "replaced": self.replaced, "kept": self.kept,
                "unmatched": len(self.unmatched), "renumbered": len(self.renumbered), "audits_kept": self.audits_kept}


def check_mode(mode: str) -> str:
    text = str(mode or "").strip().lower()
    if text not in MODES:
        raise InputError(QT_TRANSLATE_NOOP("Error", "import mode {mode!r}; expected one of {modes}"),
                         code="import_mode", mode=mode, modes=Listing(MODES))
    return text


def key_field(layer_name: str, data: gpd.GeoDataFrame | None = None) -> str | None:
    """The id field an update matches on, for a layer (None when the layer has none)."""
    from app.layers.standard import KEY_FIELDS

    key = KEY_FIELDS.get(layer_name)
    if key is None and data is not None:
        key = next((c for c in ("id", "fid_src") if c in data.columns), None)
    return key


def _ids(series) -> list:
    return [None if v is None or (isinstance(v, float) and np.isnan(v)) else str(v).strip() for v in series]


def _fresh_index(existing: pd.Index, n: int) -> pd.Index:
    """``n`` feature ids above every id the layer has (integers), so none names an old feature."""
    numeric = pd.to_numeric(pd.Series(existing, dtype=object), errors="coerce")
    first = int(numeric.max()) + 1 if len(numeric) and numeric.notna().any() else 0
    return pd.RangeIndex(first, first + n)


def _user_rows(incoming: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The file's rows as the user's data: a ``sample`` column of the file is kept as ``sample_src``, never a flag."""
    return incoming.rename(columns={SAMPLE_FIELD: f"{SAMPLE_FIELD}_src"}) if SAMPLE_FIELD in incoming.columns else incoming


def _concat(existing: gpd.GeoDataFrame, new: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    if existing.empty:
        frame = new
        for column in existing.columns:
            if column not in frame.columns:
                frame[column] = pd.Series([None] * len(frame), index=frame.index, dtype=existing[column].dtype
                                          if existing[column].dtype.kind in "fO" else object)
        return frame
    if new.empty:
        return existing
    geometry = existing.geometry.name
    new = new.rename_geometry(geometry) if new.geometry.name != geometry else new
    out = pd.concat([existing, new])
    return gpd.GeoDataFrame(out, geometry=geometry, crs=existing.crs)


def plan_import(existing: gpd.GeoDataFrame, incoming: LayerFile | gpd.GeoDataFrame, mode: str,
                layer_name: str | None = None) -> ImportPlan:
    """What importing ``incoming`` into a layer holding ``existing`` would do in ``mode``.

    Parameters
    ----------
    existing : GeoDataFrame
        The layer's data now (not changed).
    incoming : LayerFile or GeoDataFrame
        The checked file (a bare frame: every column counts as from the file).
    mode : {"replace", "append", "update"}
    layer_name : str, optional
        Default: ``incoming.layer``.

    Returns
    -------
    ImportPlan
    """
    mode = check_mode(mode)
    if isinstance(incoming, LayerFile):
        layer_name = layer_name or incoming.layer
        data, file_fields = incoming.data, list(incoming.file_fields)
    else:
        data = incoming
        file_fields = [c for c in incoming.columns if c != incoming.geometry.name]
    data = _user_rows(data.to_crs(existing.crs) if existing.crs is not None and data.crs != existing.crs else data)
    key = key_field(layer_name or "", existing)
    geometry = existing.geometry.name
    if data.geometry.name != geometry:
        data = data.rename_geometry(geometry)
    if mode == "replace":
        new = data.set_axis(_fresh_index(existing.index, len(data)))
        return ImportPlan(layer_name, mode, key or "", gpd.GeoDataFrame(new, geometry=geometry, crs=existing.crs),
                          added=len(new), replaced=len(existing))
    if mode == "append" or key is None or key not in existing.columns or key not in data.columns:
        if mode == "update":
            raise InputError(QT_TRANSLATE_NOOP("Error", "update needs an id field ({value}) in the layer and in "
                                                        "the file; expected a column {value} in both, or choose "
                                                        "replace or append"), code="update_needs_id_field",
                             value=key or 'id')
        new = data.set_axis(_fresh_index(existing.index, len(data)))
        renumbered = []
        if key is not None and key in new.columns and key in existing.columns:
            taken = {v for v in _ids(existing[key]) if v}
            values = _ids(new[key])
            rows = new["source_row"].tolist() if "source_row" in new.columns else list(range(1, len(new) + 1))
            for i, value in enumerate(values):
                if value is None or value not in taken:
                    taken.add(value)
                    continue
                n = 2
                while f"{value}-{n}" in taken:
                    n += 1
                values[i] = f"{value}-{n}"
                taken.add(values[i])
                renumbered.append({"row": int(rows[i]), "from": value, "to": values[i]})
            new[key] = values
        return ImportPlan(layer_name, mode, key or "", _concat(existing, new), added=len(new), kept=len(existing),
                          renumbered=renumbered)
    # update by id
    existing_ids = _ids(existing[key])
    position = {v: i for i, v in enumerate(existing_ids) if v is not None}
    incoming_ids = _ids(data[key])
    matched_rows = [i for i, v in enumerate(incoming_ids) if v is not None and v in position]
    new_rows = [i for i, v in enumerate(incoming_ids) if v is None or v not in position]
    out = existing.copy()
    kept_fields = set(KEPT_ON_UPDATE.get(layer_name or "", ()))
    writable = [c for c in file_fields if c in data.columns and c not in kept_fields and c != key]
    for column in writable:
        if column not in out.columns:
            out[column] = pd.Series([None] * len(out), index=out.index, dtype=object)
    if matched_rows:
        target = out.index[[position[incoming_ids[i]] for i in matched_rows]]
        source = data.iloc[matched_rows]
        for column in writable:
            values = source[column].to_numpy()
            if out[column].dtype.kind in "iub" and pd.Series(values).dtype.kind not in "iub":
                out[column] = out[column].astype(object if pd.Series(values).dtype == object else float)
            out.loc[target, column] = values
        out.loc[target, geometry] = source.geometry.to_numpy()
        if SAMPLE_FIELD in out.columns:
            out.loc[target, SAMPLE_FIELD] = None  # the user's data now
    audits = 0
    if matched_rows and kept_fields & set(out.columns):
        audits = len(matched_rows)
    added = data.iloc[new_rows]
    added = added.set_axis(_fresh_index(existing.index, len(added)))
    matched_ids = {incoming_ids[i] for i in matched_rows}
    unmatched = [v for v in existing_ids if v is not None and v not in matched_ids]
    result = _concat(gpd.GeoDataFrame(out, geometry=geometry, crs=existing.crs), added)
    return ImportPlan(layer_name, mode, key, result, added=len(added), updated=len(matched_rows),
                      kept=len(existing) - len(matched_rows), unmatched=unmatched, audits_kept=audits)


def plan_all_modes(existing: gpd.GeoDataFrame, incoming: LayerFile) -> dict:
    """Mode -> :class:`ImportPlan` for every mode possible here (update needs an id in both)."""
    plans = {}
    for mode in MODES:
        try:
            plans[mode] = plan_import(existing, incoming, mode)
        except InputError:
            continue
    return plans


class ImportIntoLayer(Command):
    """Apply an :class:`ImportPlan` to a layer as one undoable step, with a line in ``audit_log``.

    The layer's selection keeps only ids that are still features; replaced
    features' ids are never given to new ones, so nothing stays selected by
    accident.
    """

    def __init__(self, project, layer, plan: ImportPlan, source: str = "", user: str | None = None, clock=None,
                 import_mapping: ImportMapping | None = None):
        from app.siting.audit import current_user

        self.project = project
        self.layer = layer
        self.plan = plan
        self.old = layer.gdf
        # the file's fields behind the layer's: a replace starts afresh, append/update add to what was there
        self.old_mapping = getattr(layer, "import_mapping", None)
        self.new_mapping = import_mapping
        if import_mapping is not None and self.old_mapping is not None and plan.mode != "replace":
            self.new_mapping = self.old_mapping.merged(import_mapping)
        self.source = source
        self.user = user or current_user()
        self.clock = clock or (lambda: datetime.now().astimezone().isoformat(timespec="seconds"))
        self.text = Message(QT_TRANSLATE_NOOP("Undo", "import {file} into {layer} ({mode})"),
                            file=Path(source).name or "file", layer=Word(layer.name, {lang: display_title(layer, lang) for lang in ("zh", "en")}),
                            mode=Word(plan.mode, MODE_WORDS.get(plan.mode)))
        self._done_once = False

    def _log(self, action: str, summary: str) -> None:
        self.project.append_rows("audit_log", [{
            "time": self.clock(), "user": self.user, "layer": self.layer.name, "feature_id": "*", "field": "*",
            "old": "", "new": summary, "action": action}])

    def _summary(self) -> str:
        c = self.plan.counts()
        return (f"{self.plan.mode} from {Path(self.source).name}: added {c['added']}, updated {c['updated']}, "
                f"replaced {c['replaced']}")

    def redo(self):
        self.layer.set_gdf(self.plan.data)
        if self.new_mapping is not None or self.plan.mode == "replace":
            self.layer.import_mapping = self.new_mapping
        self._log("redo" if self._done_once else "import", self._summary())
        self._done_once = True

    def undo(self):
        self.layer.set_gdf(self.old)
        self.layer.import_mapping = self.old_mapping
        self._log("undo", self._summary())


# ---------------------------------------------------------------------------
# readers


def read_layer_file(layer_name: str, path, encoding: str | None = None, declared_crs: str | None = None,
                    mapping: dict | None = None, decisions: dict | None = None,
                    store_path=None, remember: bool = False) -> LayerFile:
    """Read and check ``path`` for the layer ``layer_name`` (``buildings`` or ``candidate_sites``).

    Raises
    ------
    InputError
        Unreadable file, a layer without a reader, or no usable row left.
    """
    if layer_name == "buildings":
        from app.siting.building_import import SCHEMA_FIELDS, import_buildings

        result = import_buildings(path, mapping=mapping, declared_crs=declared_crs, encoding=encoding,
                                  decisions=decisions, remember=remember, store_path=store_path)
        mapped = [f for f in SCHEMA_FIELDS if result.mapping.get(f) is not None]
        extra = [c for c in result.buildings.columns if c not in SCHEMA_FIELDS and c != result.buildings.geometry.name]
        layer_file = LayerFile("buildings", result.buildings, mapped + extra, result.skipped,
                               [dict(p.to_dict(), action=result.actions.get(p.key)) for p in result.problems],
                               list(result.report.assumptions) if result.report else [], str(path),
                               result.import_mapping)
    elif layer_name == "candidate_sites":
        layer_file = read_sites(path, encoding=encoding, declared_crs=declared_crs)
    else:
        raise InputError(QT_TRANSLATE_NOOP("Error", "cannot import into layer {layer_name!r}; expected one of "
                                                    "{importable} (add other files as new layers)"),
                         code="cannot_import_into_layer", layer_name=layer_name, importable=Listing(IMPORTABLE))
    if layer_file.data.empty:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: no usable row left after the import checks "
                                                    "({n_skipped} row(s) skipped); expected features for "
                                                    "{layer_name}"), code="usable_row_left_after",
                         name=Path(path).name, n_skipped=len(layer_file.skipped), layer_name=layer_name)
    return layer_file


def read_sites(path, encoding: str | None = None, declared_crs: str | None = None) -> LayerFile:
    """Read candidate sites (CONTRACT.md site schema) from any vector file, checking every row.

    Columns are matched to the schema by name (case and spacing ignored).
    A row without ``site_id`` gets ``U<row>``; a duplicate id is renumbered
    ``<id>-<row>``; an unknown or empty ``kind``, or a geometry that is not a
    polygon, skips the row; an unknown ``status`` becomes ``idea``;
    ``county_adcode`` is taken from the county containing the site when empty.
    """
    import shapely

    from app.layers.standard import SITE_FIELDS
    from app.layers.vector_io import normalise_name, read_vector
    from app.core.vocabulary import SITE_KINDS, SITE_STATUSES
    from app.siting.building_import import FIX, SKIP, Problem
    from app.siting.coverage import county_codes

    statuses = tuple(SITE_STATUSES)
    raw, report = read_vector(path, encoding=encoding, declared_crs=declared_crs)
    by_name = {normalise_name(c): c for c in raw.columns if c != raw.geometry.name}
    rename = {by_name[normalise_name(f)]: f for f in SITE_FIELDS if normalise_name(f) in by_name}
    data = raw.rename(columns=rename)
    file_fields = list(rename.values()) + [c for c in data.columns if c not in SITE_FIELDS and c != data.geometry.name]
    for column in SITE_FIELDS:
        if column not in data.columns:
            data[column] = pd.Series([None] * len(data), index=data.index, dtype=object)
    problems, skip = [], {}
    rows = np.arange(1, len(data) + 1)
    ids = _ids(data["site_id"])
    seen = {}
    for i, row in enumerate(rows):
        if ids[i] is None:
            ids[i] = f"U{row}"
            problems.append(Problem(int(row), "site_id", None, "missing_value", Message(QT_TRANSLATE_NOOP("Note", "the site has no id")),
                                    Message(QT_TRANSLATE_NOOP("Note", "a unique text id")), (FIX,), FIX, Message(QT_TRANSLATE_NOOP("Note", "generate id U{row}"),
                                                                             row=row)))
        elif ids[i] in seen:
            problems.append(Problem(int(row), "site_id", ids[i], "duplicate_id",
                                    Message(QT_TRANSLATE_NOOP("Note", "id {ids!r} already used in row {seen}"),
                                            ids=ids[i], seen=seen[ids[i]]), Message(QT_TRANSLATE_NOOP("Note", "a unique text id")),
                                    (FIX,), FIX, Message(QT_TRANSLATE_NOOP("Note", "renumber as {ids}-{row}"),
                                                         ids=ids[i], row=row)))
            ids[i] = f"{ids[i]}-{row}"
        seen.setdefault(ids[i], int(row))
    data["site_id"] = ids
    for row, kind in zip(rows, data["kind"]):
        if kind not in SITE_KINDS:
            problems.append(Problem(int(row), "kind", kind, "unknown_value", Message(QT_TRANSLATE_NOOP("Note", "kind {kind!r} is not a site kind"),
                                                                                     kind=kind),
                                    Message(QT_TRANSLATE_NOOP("Note", "one of {site_kinds}"),
                                            site_kinds=Listing(SITE_KINDS)), (SKIP,), SKIP))
            skip.setdefault(int(row), []).append(Message(QT_TRANSLATE_NOOP("Note", "kind: {kind!r} is not a site kind"),
                                                         kind=kind))
    status = np.array(data["status"].astype(object).to_numpy(), dtype=object)
    for i, (row, value) in enumerate(zip(rows, status)):
        if value not in statuses:
            problems.append(Problem(int(row), "status", value, "unknown_value",
                                    Message(QT_TRANSLATE_NOOP("Note", "status {value!r} is not a site status"),
                                            value=value), Message(QT_TRANSLATE_NOOP("Note", "one of {statuses}"),
                                                                                      statuses=Listing(statuses)),
                                    (FIX,), FIX, Message(QT_TRANSLATE_NOOP("Note", "set status 'idea'"))))
            status[i] = "idea"
    data["status"] = status
    geoms = data.geometry.to_numpy()
    polygonal = np.isin(shapely.get_type_id(geoms), (3, 6)) & ~shapely.is_empty(geoms)
    for row, ok in zip(rows, polygonal):
        if not ok:
            problems.append(Problem(int(row), "geometry", None, "not_polygon", Message(QT_TRANSLATE_NOOP("Note", "the site is not a polygon")),
                                    Message(QT_TRANSLATE_NOOP("Note", "a Polygon or MultiPolygon outline")), (SKIP,), SKIP))
            skip.setdefault(int(row), []).append(Message(QT_TRANSLATE_NOOP("Note", "geometry: not a polygon")))
    for column in ("hub_height_m", "capacity_mw"):
        data[column] = pd.to_numeric(data[column], errors="coerce")
    keep = ~np.isin(rows, list(skip))
    data = data[keep].copy()
    data["source_row"] = rows[keep]
    empty_county = np.array([v is None or (isinstance(v, float) and np.isnan(v)) or str(v).strip() == ""
                             for v in data["county_adcode"]], dtype=bool)
    if empty_county.any():
        codes = county_codes(data.geometry.to_numpy())
        data["county_adcode"] = np.where(empty_county, codes, data["county_adcode"].astype(object))
        file_fields.append("county_adcode") if "county_adcode" not in file_fields else None
    file_fields.append("source_row")
    columns = list(SITE_FIELDS) + [c for c in data.columns if c not in SITE_FIELDS and c != data.geometry.name]
    data = gpd.GeoDataFrame(data[columns + [data.geometry.name]], geometry=data.geometry.name, crs=data.crs)
    skipped = [{"row": r, "reasons": reasons} for r, reasons in sorted(skip.items())]
    actions = {p.key: (SKIP if p.row in skip and SKIP in p.actions else p.default) for p in problems}
    mapping = ImportMapping(Path(path).name, {target: str(column) for column, target in rename.items()})
    return LayerFile("candidate_sites", data.reset_index(drop=True), file_fields, skipped,
                     [dict(p.to_dict(), action=actions[p.key]) for p in problems], list(report.assumptions), str(path),
                     mapping)


# ---------------------------------------------------------------------------
# the whole step, for the command line


def import_into_project(project, layer_name: str, path, mode: str | None = None, encoding: str | None = None,
                        declared_crs: str | None = None, user: str | None = None) -> dict:
    """Read ``path``, import it into ``layer_name`` of ``project`` (undoable) and return the CONTRACT JSON.

    ``mode`` None: ``replace`` into an empty layer; refused with a message
    listing the modes when the layer has features (the GUI asks instead).
    A layer the project lacks is created with its standard style.
    """
    from app.layers.model import VectorLayer
    from app.layers.standard import default_style
    from app.layers.titles import LAYER_TITLES_ZH

    layer_file = read_layer_file(layer_name, path, encoding=encoding, declared_crs=declared_crs)
    if layer_name in project.layers:
        layer = project.vector(layer_name)
    else:
        from app.layers.edits import AddLayer
        from app.layers.standard import empty_layer_frame

        layer = VectorLayer(layer_name, empty_layer_frame(layer_name), title=LAYER_TITLES_ZH.get(layer_name),
                            style=default_style(layer_name))
        project.undo_stack.push(AddLayer(project.layers, layer, 0))
    if mode is None:
        if not layer.gdf.empty:
            raise InputError(QT_TRANSLATE_NOOP("Error", "layer {layer_name!r} has {n_gdf:,} feature(s); expected "
                                                        "--mode replace, append or update (update matches {value})"),
                             code="layer_feature_mode_replace", layer_name=layer_name, n_gdf=len(layer.gdf),
                             value=key_field(layer_name) or 'ids')
        mode = "replace"
    plan = plan_import(layer.gdf, layer_file, mode)
    project.undo_stack.push(ImportIntoLayer(project, layer, plan, source=str(path), user=user,
                                            import_mapping=layer_file.import_mapping))
    return import_report(plan, layer_file)


def import_report(plan: ImportPlan, layer_file: LayerFile) -> dict:
    """The CONTRACT.md JSON of an import (plus the plan's other counts)."""
    return {"layer": plan.layer, "mode": plan.mode, "added": plan.added, "updated": plan.updated,
            "replaced": plan.replaced, "skipped_rows": [s["row"] for s in layer_file.skipped],
            "problems": layer_file.problems, "unmatched": plan.unmatched, "renumbered": plan.renumbered,
            "kept": plan.kept, "audits_kept": plan.audits_kept, "features": int(len(plan.data)),
            "notes": layer_file.notes}


__all__ = ["MODES", "IMPORTABLE", "LayerFile", "ImportPlan", "check_mode", "plan_import", "plan_all_modes",
           "ImportIntoLayer", "read_layer_file", "read_sites", "import_into_project", "import_report"]
