"""The open project: layers, settings, tables, undo stack; saved as one GeoPackage.

A project file (CONTRACT.md, "Project file") is an ordinary GeoPackage that
opens in QGIS and ``ogrinfo``: vector layers in EPSG:4490, and the non-spatial
tables ``project_meta`` (key/value), ``plan_targets``, ``audit_log`` and any
other table an area of the program keeps in :attr:`Project.tables`.

Saves are atomic: the whole project is written to a temporary file beside the
target, flushed to disk, then moved over the target with ``os.replace``; a
crash mid-save leaves the previous file intact.

Identity: ``project_meta`` holds a ``project_id`` made when the project is
created. A save keeps it; "Save as" to another file gives the copy a new one
(the two files then evolve apart, and an autosave of one must never be taken
for the other); a copy of the file made outside the app keeps it, which is
right too: its autosave (copied beside it) is restored only into the file the
user opens (:mod:`app.project.recovery`).

Raster layers stay GeoTIFF files beside the project: their entry records the
absolute path and the path relative to the project's folder, so a project
folder moved or copied with its rasters still finds them. A layer that cannot
be opened is kept as a :class:`~app.layers.model.MissingLayer` with the reason
and written back unchanged, never dropped on the next save.
"""
from __future__ import annotations

import json
import os
import uuid
import warnings
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import pyogrio

from app.core.errors import InputError, ProjectFileError
from app.core.events import EmitterGroup
from app.core.i18n import QT_TRANSLATE_NOOP, Message, listing_or_none
from app.layers.import_mapping import ImportMapping
from app.layers.model import LayerList, MissingLayer, RasterLayer, Style, VectorLayer
from app.layers.vector_io import GDAL_READ_ERRORS
from app.project.atomic import atomic_output, recover_interrupted_writes, remove_stale_temporaries, same_file
from app.core.undo import UndoStack

#: Layers every project has (CONTRACT.md), in drawing order, top first.
STANDARD_LAYERS = ("island_components", "turbines", "candidate_sites", "buildings", "counties", "sea_area")
#: Non-spatial tables every project has.
STANDARD_TABLES = ("plan_targets", "audit_log")
#: Columns of the append-only ``audit_log`` (who, when, what changed).
AUDIT_LOG_COLUMNS = ("time", "user", "layer", "feature_id", "field", "old", "new", "action")
META_TABLE = "project_meta"
FORMAT_VERSION = "1"
#: ``project_meta`` key of the project's identity (see the module docstring).
META_PROJECT_ID = "project_id"


def new_project_id() -> str:
    """A fresh project identity (32 hex digits, random)."""
    return uuid.uuid4().hex


class Project:
    """An open LYG Siting project.

    Attributes
    ----------
    layers : LayerList
        Map layers, top first.
    meta : dict[str, str]
        ``project_meta`` key/values (title, created, sample flag, settings).
    tables : dict[str, pandas.DataFrame]
        Non-spatial tables (``plan_targets``, ``audit_log``, ...).
    undo_stack : UndoStack
        Every user edit, undoable.
    path : pathlib.Path or None
        Where the project was opened from / last saved to.
    """

    def __init__(self, title: str = "LYG Siting project", path: str | Path | None = None):
        self.layers = LayerList()
        self.meta: dict[str, str] = {
            "title": title,
            "format_version": FORMAT_VERSION,
            "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            META_PROJECT_ID: new_project_id(),
        }
        self.tables: dict[str, pd.DataFrame] = {
            "audit_log": pd.DataFrame({c: pd.Series(dtype=str) for c in AUDIT_LOG_COLUMNS}),
            "plan_targets": pd.DataFrame({c: pd.Series(dtype=str) for c in ("id", "title_zh", "metric", "unit")}),
        }
        self.undo_stack = UndoStack()
        self.path = Path(path) if path else None
        #: The shared store (``app.project.postgis.PostgisStore``) a project opened
        #: from PostgreSQL saves to; None for a GeoPackage project.
        self.store = None
        self.events = EmitterGroup("saved", "opened", "tables", "weather", "meta")
        #: The project's weather once read (:mod:`app.project.weather`), keyed by the stored file's checksum.
        self._weather_cache = None
        #: Why the stored weather is not used ('' when it is, or when there is none).
        self._weather_problem = ""

    # ------------------------------------------------------------------
    @property
    def title(self) -> str:
        return self.meta.get("title", "")

    def set_meta(self, key: str, value: str) -> None:
        """Change one ``project_meta`` value (the title, ...) and tell the views (``events.meta``)."""
        self.meta[key] = value
        self.events.meta.emit(key=key, value=value)

    @property
    def project_id(self) -> str:
        """The project's identity ("" for a file written before identities existed)."""
        return self.meta.get(META_PROJECT_ID, "")

    @property
    def is_sample(self) -> bool:
        """True while any layer has generated sample features (示例数据): views and reports must say so."""
        return any(layer.sample for layer in self.layers)

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.is_clean

    def vector(self, name: str) -> VectorLayer:
        """The vector layer ``name``; ``KeyError`` lists the layers present."""
        layer = self.layers[name]
        if isinstance(layer, MissingLayer):
            raise KeyError(f"layer {name!r} {'; '.join(layer.problems)}")
        if not isinstance(layer, VectorLayer):
            raise KeyError(f"layer {name!r} is not a vector layer")
        return layer

    def table(self, name: str) -> pd.DataFrame:
        return self.tables.get(name, pd.DataFrame())

    def set_table(self, name: str, df: pd.DataFrame) -> None:
        self.tables[name] = df
        self.events.tables.emit(name=name)

    def append_rows(self, name: str, rows: list[dict]) -> None:
        """Append rows to a table (append-only logs such as ``audit_log``)."""
        new = pd.DataFrame(rows)
        old = self.tables.get(name)
        self.tables[name] = new if old is None or old.empty else pd.concat([old, new], ignore_index=True)
        self.events.tables.emit(name=name)

    def input_files(self) -> list[tuple[Path, str]]:
        """Files the project reads, with what they are: an output must never replace one of them.

        The project's own GeoPackage and the raster files of its raster
        layers; pass them as ``protected`` to :mod:`app.project.atomic` (an
        export or report named like the open project would destroy it).
        """
        files = [(self.path, Message(QT_TRANSLATE_NOOP("Error", "the open project")))] if self.path else []
        files += [(Path(layer.source_path), Message(QT_TRANSLATE_NOOP("Error", "the raster file of layer {layer!r}"),
                                                    layer=layer.name))
                  for layer in self.layers if isinstance(layer, RasterLayer) and layer.source_path]
        return files

    # ------------------------------------------------------------------
    def _layers_meta(self, folder: Path | None = None) -> list[dict]:
        """The ``layers`` record of ``project_meta``; ``folder``: where the file goes (raster paths relative to it)."""
        out = []
        for layer in self.layers:
            if isinstance(layer, MissingLayer):
                out.append(dict(layer.entry))  # as read: saved back until located or removed
                continue
            entry = {"name": layer.name, "title": layer.title, "kind": layer.kind,
                     "visible": layer.visible, "sample": layer.sample}
            if isinstance(layer, VectorLayer):
                entry["style"] = layer.style.to_dict()
                entry["geometry_type"] = layer.geometry_type
                if layer.import_mapping is not None:
                    entry["import_mapping"] = layer.import_mapping.to_dict()
            elif isinstance(layer, RasterLayer):
                entry.update(source_path=layer.source_path, units=layer.units, ramp=layer.ramp, opacity=layer.opacity)
                if layer.source_path and folder is not None:
                    entry["source_relpath"] = _relative_path(layer.source_path, folder)
            out.append(entry)
        return out

    def save(self, path: str | Path | None = None) -> Path | None:
        """Write the project atomically to ``path`` (default: where it came from).

        A project opened from the shared PostGIS store (``self.store``) saves
        back there when no path is given (returns None); a path writes a
        GeoPackage copy, without any credentials.

        Raises
        ------
        ProjectFileError
            When no path is known.
        OutputError
            When the file cannot be written (a full disk, a read-only or
            missing folder: :mod:`app.project.atomic`); the previous file is
            left untouched.
        """
        if path is None and self.store is not None:
            self.store.save(self)  # a shared-store project: write back to the database
            self.undo_stack.set_clean()
            self.events.saved.emit(path=None)
            return None
        target = Path(path) if path else self.path
        if target is None:
            raise ProjectFileError(QT_TRANSLATE_NOOP("Error", "the project has no file yet; choose where to save "
                                                              "it (expected a .gpkg path)"),
                                   code="project_file_yet_choose")
        identity = self.meta.get(META_PROJECT_ID)
        if self.path is not None and not same_file(target, self.path):
            self.meta[META_PROJECT_ID] = new_project_id()  # "Save as": a new project from here on
        try:
            target = write_project_atomically(self, target)
        except BaseException:
            if identity is not None:
                self.meta[META_PROJECT_ID] = identity
            raise
        self.path = target
        self.undo_stack.set_clean()
        self.events.saved.emit(path=target)
        return target

    @classmethod
    def open(cls, path: str | Path) -> "Project":
        """Read a project GeoPackage.

        Raises
        ------
        ProjectFileError
            Missing file, not a GeoPackage, or a GeoPackage without the
            project's tables; the message says which and what was expected.
        """
        return read_project_file(Path(path))


def _relative_path(source: str, folder: Path) -> str | None:
    """``source`` relative to ``folder`` (POSIX separators), or None across Windows drives."""
    try:
        return Path(os.path.relpath(os.path.abspath(source), os.path.abspath(folder))).as_posix()
    except ValueError:
        return None


#: Temporary files of a save in progress: ``.<stem>-saving-<pid>-<token>.tmp.gpkg`` (app.project.atomic).
SAVING_SUFFIX = ".tmp.gpkg"


def remove_stale_save_files(target: Path) -> list[Path]:
    """Delete temporary files left beside ``target`` by saves that were killed.

    A save writes ``.<stem>-saving-<pid>-<token>.tmp.gpkg`` and renames it
    over the project; a process killed mid-save leaves that file behind. Files
    whose writer process is gone are removed (with their SQLite journals);
    those of a live process (another save running now) are kept
    (:func:`app.project.atomic.remove_stale_temporaries`).

    Returns
    -------
    list of pathlib.Path
        The files removed.
    """
    removed = remove_stale_temporaries(Path(target), "saving")
    return removed + recover_interrupted_writes(Path(target).parent)


def _verify_project_file(path: Path) -> None:
    names = [str(n) for n, _ in pyogrio.list_layers(path)]
    if META_TABLE not in names:
        raise ValueError(f"the written file has no {META_TABLE} table")


def write_project_atomically(project: "Project", target: str | Path) -> Path:
    """Write ``project`` to ``target`` so that a crash never leaves a broken file.

    Through the one atomic writer (:func:`app.project.atomic.atomic_output`):
    a temporary GeoPackage in the same folder, flushed (``fsync``), re-opened,
    renamed over ``target`` and the folder entry flushed. Unlike
    :meth:`Project.save` it changes nothing on ``project`` (autosave uses it).
    Raster files the project reads are never written over.

    Raises
    ------
    OutputError
        When the file cannot be written (the reason, e.g. a full disk, and
        what to do); the previous file is left untouched.
    """
    sources = [entry for entry in project.input_files() if entry[1] != "the open project"]
    with atomic_output(target, "saving", verify=_verify_project_file, protected=sources) as tmp:
        write_project_file(project, tmp)
    return Path(os.path.realpath(target))


def _empty_geometry_type(layer: VectorLayer) -> str:
    gtype = layer.geometry_type
    return "Unknown" if gtype in ("Geometry", "Unknown") else gtype


def write_project_file(project: Project, path: Path) -> None:
    """Write every layer and table of ``project`` to a new GeoPackage ``path``.

    Columns whose names differ only by case (which SQLite cannot keep apart)
    are written with a suffix (``NOTE`` -> ``NOTE_2``), so a project always
    saves; imports already rename them and say so.
    """
    from app.layers.vector_io import unique_column_names

    meta = dict(project.meta)
    meta.pop("open_warnings", None)
    meta["layers"] = json.dumps(project._layers_meta(Path(path).parent), ensure_ascii=False)
    meta["saved"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    meta["format_version"] = FORMAT_VERSION
    pyogrio.write_dataframe(pd.DataFrame({"key": list(meta), "value": [str(v) for v in meta.values()]}),
                            path, layer=META_TABLE, driver="GPKG")
    for layer in project.layers:
        if not isinstance(layer, VectorLayer):
            continue
        gdf = layer.gdf
        kwargs = {}
        types = set(gdf.geometry.geom_type.dropna())
        if gdf.empty:
            kwargs["geometry_type"] = _empty_geometry_type(layer)
        elif len({t.replace("Multi", "") for t in types}) > 1:
            kwargs["geometry_type"] = "Unknown"
        elif any(t.startswith("Multi") for t in types):
            kwargs["promote_to_multi"] = True
        gdf = _unique_columns(gdf, unique_column_names)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            pyogrio.write_dataframe(gdf.reset_index(drop=True), path, layer=layer.name, driver="GPKG", **kwargs)
    for name, df in project.tables.items():
        if df is None:
            continue
        if df.empty and len(df.columns) == 0:
            df = pd.DataFrame({"empty": pd.Series(dtype=str)})
        df = _unique_columns(df, unique_column_names)
        pyogrio.write_dataframe(df.reset_index(drop=True), path, layer=name, driver="GPKG")


def _unique_columns(frame, unique_column_names):
    geometry = getattr(frame, "_geometry_column_name", None)
    attributes = [c for c in frame.columns if c != geometry]
    names, renamed = unique_column_names(attributes)
    return frame.rename(columns=dict(zip(attributes, names))) if renamed else frame


def _layer_entries(raw: str | None) -> tuple[list[dict], list[str]]:
    """The ``layers`` record of ``project_meta`` as a list of entries with a name, and what was wrong with it.

    A damaged record (not JSON, ``null``, a dict, numbers, entries without a
    name) never stops the project from opening: the usable entries are kept
    and the layers of the file are found from its tables.
    """
    if raw is None:
        return [], []
    try:
        value = json.loads(raw)
    except ValueError:
        return [], ["the layer list in project_meta is not valid JSON; layers were taken from the file's tables "
                    "with default styles"]
    if not isinstance(value, list):
        return [], [f"the layer list in project_meta is {type(value).__name__}, not a list; layers were taken "
                    f"from the file's tables with default styles"]
    entries, bad, seen = [], 0, set()
    for entry in value:
        if isinstance(entry, dict) and isinstance(entry.get("name"), str) and entry["name"] \
                and entry["name"] not in seen:
            entries.append(entry)
            seen.add(entry["name"])
        else:
            bad += 1
    problems = [f"{bad} entr{'y' if bad == 1 else 'ies'} of the layer list in project_meta had no usable layer name "
                f"and {'was' if bad == 1 else 'were'} ignored"] if bad else []
    return entries, problems


def read_project_file(path: Path) -> Project:
    from app.layers.input_guards import check_regular_file, runaway_geopackage_views

    path = Path(path)
    remove_stale_save_files(path)
    if not path.exists():
        raise ProjectFileError(QT_TRANSLATE_NOOP("Error", "project file not found: {file} (expected an existing "
                                                          ".gpkg project)"), code="project_file_found_existing",
                               file=path)
    try:
        check_regular_file(path)  # GDAL would block on a FIFO forever
    except InputError as exc:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Error", "{exc} (expected a .gpkg project)"), code="gpkg_project",
                               exc=exc) from None
    try:
        listed = pyogrio.list_layers(path)
    except GDAL_READ_ERRORS as exc:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Error", "cannot read {name}: not a GeoPackage or the file is "
                                                          "damaged ({exc})"), code="cannot_read_geopackage_file",
                               name=path.name, exc=exc) from exc
    names = [str(n) for n, _ in listed]
    if META_TABLE not in names:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Error", "{name} is a GeoPackage but not a LYG Siting project: it "
                                                          "has no '{meta_table}' table (layers found: {value}); "
                                                          "add it as a layer instead"),
                               code="geopackage_but_lyg_siting", name=path.name, meta_table=META_TABLE,
                               value=listing_or_none(names))
    runaway = runaway_geopackage_views(path)  # before GDAL runs a view that never ends
    if META_TABLE in runaway:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Error", "cannot read {name}: {runaway}"), code="cannot_read",
                               name=path.name, runaway=runaway[META_TABLE])
    try:
        meta_df = pyogrio.read_dataframe(path, layer=META_TABLE)
        meta = dict(zip(meta_df["key"].astype(str), meta_df["value"].astype(str)))
    except (*GDAL_READ_ERRORS, KeyError) as exc:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Error", "cannot read the {meta_table} table of {name}: expected "
                                                          "columns key and value ({exc})"),
                               code="cannot_read_table_columns", meta_table=META_TABLE, name=path.name, exc=exc) from exc
    layers_meta, problems = _layer_entries(meta.pop("layers", None))
    meta.pop("open_warnings", None)
    project = Project(title=meta.get("title", path.stem), path=path)
    project.meta.update(meta)
    by_name = {entry["name"]: entry for entry in layers_meta}
    ordered = [e["name"] for e in layers_meta if e["name"] in names or e.get("kind") == "raster"]
    ordered += [n for n, gtype in listed if n not in ordered and gtype is not None and n != META_TABLE]
    for name in ordered:
        entry = by_name.get(name, {"name": name})
        try:
            if name in runaway:
                raise InputError(runaway[name])
            if entry.get("kind") == "raster":
                layer = _open_raster_entry(entry, path.parent)
            else:
                gdf = pyogrio.read_dataframe(path, layer=name)
                style = entry.get("style")
                layer = VectorLayer(name, gdf, title=entry.get("title") if isinstance(entry.get("title"), str) else None,
                                    style=Style.from_dict(style) if style is not None else None,
                                    visible=bool(entry.get("visible", True)), sample=bool(entry.get("sample", False)))
                layer.import_mapping = ImportMapping.from_dict(entry.get("import_mapping"))
                if gdf.crs is None:
                    layer.problems.append(Message(QT_TRANSLATE_NOOP("Note", "the layer has no CRS; assumed EPSG:4490 "
                                                                            "(CGCS2000)")))
        except (*GDAL_READ_ERRORS, InputError) as exc:  # one unreadable layer must not lose the others
            layer = MissingLayer(name, entry, f"could not be opened: {exc}")
        project.layers.append(layer)
        problems += [f"layer {name!r}: {problem}" for problem in layer.problems]
    for name, gtype in listed:
        if gtype is None and name != META_TABLE:
            if name in runaway:
                problems.append(Message(QT_TRANSLATE_NOOP("Note", "table {name!r} was not read: {runaway}"),
                                        name=name, runaway=runaway[name]))
                continue
            try:
                table = pyogrio.read_dataframe(path, layer=str(name))
            except GDAL_READ_ERRORS as exc:
                problems.append(Message(QT_TRANSLATE_NOOP("Note", "table {name!r} could not be read: {exc}"),
                                        name=name, exc=exc))
                continue
            if list(table.columns) == ["empty"] and table.empty:
                table = pd.DataFrame()
            project.tables[str(name)] = table
    project.meta["open_warnings"] = "\n".join(problems)
    from app.project.weather import check_stored_weather

    check_stored_weather(project)  # a damaged stored weather: the default year, said once in open_warnings
    project.undo_stack.set_clean()
    return project


def raster_candidates(entry: dict, folder: Path) -> list[Path]:
    """Where a raster layer's file may be: relative to the project's folder first, then the recorded path."""
    found = []
    relative, absolute = entry.get("source_relpath"), entry.get("source_path")
    if isinstance(relative, str) and relative:
        found.append(Path(os.path.normpath(folder / relative)))
    if isinstance(absolute, str) and absolute:
        found.append(Path(absolute))
    return found


def _open_raster_entry(entry: dict, folder: Path) -> RasterLayer:
    from app.layers.rasterio_io import read_raster_layer

    candidates = raster_candidates(entry, folder)
    source = next((c for c in candidates if c.exists()), None)
    if source is None:
        tried = " or ".join(str(c) for c in candidates) or "no path recorded"
        raise InputError(QT_TRANSLATE_NOOP("Error", "its raster file is missing ({tried}); locate the file or "
                                                    "remove the layer"), code="raster_file_missing_locate",
                         tried=tried)
    layer = read_raster_layer(source, name=entry["name"], title=entry.get("title"))
    layer.visible = bool(entry.get("visible", True))
    layer.ramp = entry.get("ramp", layer.ramp) if isinstance(entry.get("ramp"), str) else layer.ramp
    layer.sample = bool(entry.get("sample", layer.sample))
    opacity = entry.get("opacity", layer.opacity)
    layer.opacity = float(opacity) if isinstance(opacity, (int, float)) and 0 <= opacity <= 1 else layer.opacity
    return layer
