"""Vector export: Shapefile, GeoPackage, GeoJSON, KML and CSV that other tools open.

Every writer follows the same rules (issue 7):

- The data is reprojected to the CRS the user chose (:data:`EXPORT_CRS`):
  CGCS2000 geographic EPSG:4490 (default), CGCS2000 / 3-degree GK CM 120E
  EPSG:4549, WGS84 EPSG:4326, or GCJ-02 for Chinese web maps. PROJ cannot
  express GCJ-02 (OSGeo/PROJ#982), so GCJ-02 output is labelled WGS84 in the
  file's CRS and a ``datum`` field with the value ``"GCJ-02"`` says what the
  coordinates really are.
- Generated sample features carry a ``sample`` field whose value is
  :data:`SAMPLE_NOTICE` ("示例数据 / sample data"), so the notice survives
  when a file is copied on its own; in a layer mixing them with the user's
  features, the user's have it empty, and a file without sample features has
  no such field. Shapefiles also get a ``<name>_README.txt`` beside them with
  the CRS, encoding and (for sample data) the notice.
- Nothing half-written is left behind: every file goes through the one
  atomic writer (:mod:`app.project.atomic`): a temporary name in the target
  folder, fsync, re-opened with GDAL (or pandas for CSV), then renamed into
  place; a Shapefile's parts replace the previous set as one. On any error
  the previous file is unchanged and an OutputError says why.

Public functions: :func:`export_layer` (one layer, any format),
:func:`export_geopackage` (several layers in one GeoPackage, styled for
QGIS), :func:`shapefile_field_names` (the 10-character field name cut) and
:func:`style_to_qml` / :func:`style_to_sld`.
"""
from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable
from xml.sax.saxutils import escape, quoteattr

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, Message
from app.project.atomic import AtomicFileSet, atomic_output, verify_vector, verify_zip
from app.layers import chinacoords
from app.layers.crs import STORAGE_CRS
from app.layers.model import SAMPLE_FIELD, SAMPLE_NOTICE, Style, VectorLayer, sample_mask

#: Formats :func:`export_layer` writes -> file suffix.
FORMATS = {"shp": ".shp", "gpkg": ".gpkg", "geojson": ".geojson", "kml": ".kml", "csv": ".csv"}
#: CRS choices a user can make (CLI ``--crs`` and the export dialog).
EXPORT_CRS = {
    "EPSG:4490": "CGCS2000 geographic (lon/lat)",
    "EPSG:4549": "CGCS2000 / 3-degree Gauss-Kruger CM 120E (metres)",
    "EPSG:4326": "WGS84 (lon/lat)",
    "GCJ-02": "GCJ-02 web-map datum (AMap/Tencent), labelled WGS84",
}
#: Encodings the Shapefile writer offers; GBK is for old ArcGIS/MapInfo set-ups.
SHAPEFILE_ENCODINGS = ("UTF-8", "GBK")
DATUM_FIELD = "datum"
#: DBF limits: field names are at most 10 bytes, text values at most 254 bytes.
DBF_NAME_BYTES = 10
DBF_TEXT_BYTES = 254


@dataclass
class ExportResult:
    """What an export wrote.

    Attributes
    ----------
    paths : list of pathlib.Path
        Every file written (the main file first).
    crs : str
        The CRS label of the written coordinates (``"EPSG:4326"`` for GCJ-02
        output, whose true datum is in ``notes``).
    features : int
        Features written (summed over layers/files).
    field_map : dict
        Original field name -> name in the file (only renamed fields; Shapefile).
    notes : list of str
        Things the user should know (reprojection forced by the format, GCJ-02,
        sample data, truncated values).
    """

    paths: list = field(default_factory=list)
    crs: str = STORAGE_CRS
    features: int = 0
    field_map: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"paths": [str(p) for p in self.paths], "crs": self.crs, "features": self.features,
                "field_map": dict(self.field_map), "notes": list(self.notes)}


# ---------------------------------------------------------------------------
# input checks and preparation


def normalise_crs(crs: str | None) -> str:
    """The canonical spelling of a CRS choice; InputError for anything else."""
    text = (crs or "EPSG:4490").strip()
    key = text.upper().replace("_", "-")
    aliases = {"4490": "EPSG:4490", "CGCS2000": "EPSG:4490", "4549": "EPSG:4549", "4326": "EPSG:4326",
               "WGS84": "EPSG:4326", "WGS-84": "EPSG:4326", "GCJ02": "GCJ-02", "GCJ-02": "GCJ-02"}
    key = aliases.get(key, key)
    if key not in EXPORT_CRS:
        raise InputError(QT_TRANSLATE_NOOP("Error", "unknown export CRS {crs!r}; expected one of {export_crs}"),
                         code="unknown_export_crs", crs=crs, export_crs=Listing(EXPORT_CRS))
    return key


def normalise_encoding(encoding: str | None) -> str:
    text = (encoding or "UTF-8").strip().upper().replace("_", "-")
    text = {"UTF8": "UTF-8", "CP936": "GBK", "936": "GBK"}.get(text, text)
    if text not in SHAPEFILE_ENCODINGS:
        raise InputError(QT_TRANSLATE_NOOP("Error", "unknown encoding {encoding!r}; expected one of "
                                                    "{shapefile_encodings}"), code="unknown_encoding",
                         encoding=encoding, shapefile_encodings=Listing(SHAPEFILE_ENCODINGS))
    return text


def _layer_parts(layer) -> tuple[gpd.GeoDataFrame, str, bool, Style | None, str]:
    """(gdf, name, sample, style, title) from a VectorLayer or a bare GeoDataFrame (sample None: per feature)."""
    if isinstance(layer, VectorLayer):
        from app.layers.titles import shown_title

        return layer.gdf, layer.name, None, layer.style, shown_title(layer)
    if isinstance(layer, gpd.GeoDataFrame):
        return layer, "layer", False, None, "layer"
    raise InputError(QT_TRANSLATE_NOOP("Error", "expected a vector layer or GeoDataFrame to export, got {name}"),
                     code="vector_layer_geodataframe_export", name=type(layer).__name__)


def select_features(gdf: gpd.GeoDataFrame, ids: Iterable | None) -> gpd.GeoDataFrame:
    """The rows whose index is in ``ids`` (all rows when ``ids`` is None).

    Raises
    ------
    InputError
        When an id is not a feature of the layer, or the selection is empty.
    """
    if ids is None:
        return gdf
    wanted = list(ids)
    if not wanted:
        raise InputError(QT_TRANSLATE_NOOP("Error", "the selection is empty; expected at least one selected "
                                                    "feature (or export the whole layer)"),
                         code="selection_empty_least_selected")
    index = set(gdf.index)
    # ids from the command line arrive as text; match them to integer feature ids
    resolved = []
    for fid in wanted:
        if fid in index:
            resolved.append(fid)
            continue
        try:
            as_int = int(fid)
        except (TypeError, ValueError):
            as_int = None
        if as_int is not None and as_int in index:
            resolved.append(as_int)
        else:
            sample = ", ".join(str(i) for i in list(gdf.index[:5]))
            raise InputError(QT_TRANSLATE_NOOP("Error", "feature id {fid!r} is not in the layer; expected ids such "
                                                        "as {sample}"), code="feature_id_layer_ids", fid=fid,
                             sample=sample)
    return gdf.loc[resolved]


def reproject(gdf: gpd.GeoDataFrame, crs: str) -> tuple[gpd.GeoDataFrame, str]:
    """``gdf`` in the chosen export CRS; returns (data, CRS label written to the file)."""
    crs = normalise_crs(crs)
    if gdf.crs is None:
        gdf = gdf.set_crs(STORAGE_CRS)
    if crs == "GCJ-02":
        wgs = gdf.to_crs("EPSG:4326")
        geoms = chinacoords.transform_geometries(wgs.geometry.values, "wgs84", "gcj02")
        out = wgs.set_geometry(gpd.GeoSeries(geoms, index=wgs.index, crs="EPSG:4326"))
        out[DATUM_FIELD] = "GCJ-02"
        return out, "EPSG:4326"
    return gdf.to_crs(crs), crs


def _add_sample_field(gdf: gpd.GeoDataFrame, sample: bool | None) -> tuple[gpd.GeoDataFrame, int]:
    """The ``sample`` field as written: the notice on sample features, empty on the user's, absent without any.

    ``sample`` True/False overrides the features' own flags (all / none).
    Returns the data and how many features are flagged.
    """
    flagged = sample_mask(gdf)
    if sample is not None:
        flagged = np.full(len(gdf), bool(sample))
    out = gdf.drop(columns=[SAMPLE_FIELD]) if SAMPLE_FIELD in gdf.columns else gdf
    if flagged.any():
        out = out.copy()
        out[SAMPLE_FIELD] = np.where(flagged, SAMPLE_NOTICE, None).astype(object)
    return out, int(flagged.sum())


def _sample_note(name: str, flagged: int, total: int) -> str:
    if flagged == total:
        return f"{name}: sample layer, every feature has {SAMPLE_FIELD} = {SAMPLE_NOTICE}"
    return f"{name}: {flagged} of {total} features are sample data ({SAMPLE_FIELD} = {SAMPLE_NOTICE}); the others are not"


def _clean_for_ogr(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Columns GDAL can write: booleans as 0/1 ints, other objects as text."""
    out = gdf.copy()
    for column in out.columns:
        if column == out.geometry.name:
            continue
        series = out[column]
        if pd.api.types.is_bool_dtype(series):
            out[column] = series.astype("int32")
        elif series.dtype == object and not all(isinstance(v, (str, type(None))) or _isnan(v) for v in series):
            out[column] = series.map(lambda v: None if v is None or _isnan(v) else str(v))
    return out


def _isnan(value) -> bool:
    return isinstance(value, float) and np.isnan(value)


def _geometry_bases(gdf: gpd.GeoDataFrame) -> list[str]:
    types = gdf.geometry.geom_type.dropna().unique()
    return sorted({t.replace("Multi", "") for t in types})


def check_single_geometry_type(gdf: gpd.GeoDataFrame, layer_name: str) -> None:
    """Shapefiles hold one geometry type; raise a clear InputError otherwise."""
    bases = _geometry_bases(gdf)
    if len(bases) > 1:
        types = sorted(set(gdf.geometry.geom_type.dropna()))
        raise InputError(QT_TRANSLATE_NOOP("Error", "layer {layer_name!r} mixes geometry types ({types}) and a "
                                                    "Shapefile holds only one; expected one type: export per type "
                                                    "(split option, one file per type) or choose GeoPackage"),
                         code="layer_mixes_geometry_types", layer_name=layer_name, types=Listing(types))


def split_by_geometry_type(gdf: gpd.GeoDataFrame) -> dict[str, gpd.GeoDataFrame]:
    """Rows grouped by base geometry type (``Point`` also holds ``MultiPoint``)."""
    base = gdf.geometry.geom_type.fillna("Unknown").str.replace("Multi", "", regex=False)
    return {str(kind): gdf[base == kind] for kind in sorted(base.unique())}


# ---------------------------------------------------------------------------
# shapefile field names and text widths


def _cut_bytes(text: str, limit: int, encoding: str) -> str:
    """``text`` cut so that it encodes in at most ``limit`` bytes, never mid-character."""
    out = text
    while len(out.encode(encoding)) > limit:
        out = out[:-1]
    return out


def shapefile_field_names(names: Iterable[str], encoding: str = "UTF-8") -> dict[str, str]:
    """Map field names to unique DBF names of at most 10 bytes.

    Names that fit are kept (``pv_area_m2`` stays ``pv_area_m2``). Longer
    names are cut to 10 bytes in ``encoding`` (a Chinese name is cut on a
    character boundary); when the cut collides with a kept name or an earlier
    cut (case-insensitively, as DBF readers compare), it gets a numbered
    suffix: ``capacity_mw_planned`` and ``capacity_mw_built`` become
    ``capacity_m`` and ``capacity_1``.

    Parameters
    ----------
    names : iterable of str
        Field names in column order.
    encoding : str
        DBF encoding (``"UTF-8"`` or ``"GBK"``); the limit is in bytes.

    Returns
    -------
    dict
        Original name -> short name, for every name (unchanged ones included).
    """
    names = list(names)
    taken: set[str] = set()
    mapping: dict[str, str] = {}
    # Names that already fit keep their spelling, so claim them first.
    for name in names:
        if len(name.encode(encoding)) <= DBF_NAME_BYTES and name.lower() not in taken:
            mapping[name] = name
            taken.add(name.lower())
    for name in names:
        if name in mapping:
            continue
        short = _cut_bytes(name, DBF_NAME_BYTES, encoding)
        number = 0
        while short.lower() in taken:
            number += 1
            suffix = f"_{number}"
            short = _cut_bytes(name, DBF_NAME_BYTES - len(suffix), encoding) + suffix
        mapping[name] = short
        taken.add(short.lower())
    return mapping


def check_text_widths(gdf: gpd.GeoDataFrame, encoding: str, truncate: bool = False,
                      layer_name: str = "layer") -> tuple[gpd.GeoDataFrame, list[str]]:
    """Check (or cut) text values against the DBF limit of 254 bytes.

    Also checks that every value can be written in ``encoding`` at all (GBK
    has no emoji, for example).

    Returns
    -------
    (GeoDataFrame, notes)
        The data (cut when ``truncate``) and notes on what was cut.

    Raises
    ------
    InputError
        Listing field and row (feature id) of the first offending values.
    """
    notes: list[str] = []
    out = gdf
    too_long: list[str] = []
    unencodable: list[str] = []
    for column in gdf.columns:
        if column == gdf.geometry.name or gdf[column].dtype != object and not pd.api.types.is_string_dtype(gdf[column]):
            continue
        for fid, value in gdf[column].items():
            if not isinstance(value, str):
                continue
            try:
                size = len(value.encode(encoding))
            except UnicodeEncodeError as exc:
                unencodable.append(f"{column} row {fid} ({value[exc.start:exc.end]!r})")
                continue
            if size > DBF_TEXT_BYTES:
                too_long.append(f"{column} row {fid} ({size} bytes)")
    if unencodable:
        raise InputError(QT_TRANSLATE_NOOP("Error", "layer {layer_name!r}: values cannot be written in {encoding}: "
                                                    "{unencodable}{more}; expected text {encoding} can encode "
                                                    "(choose UTF-8)"), code="layer_values_cannot_written",
                         layer_name=layer_name, encoding=encoding, unencodable=Listing(unencodable[:8], '; '),
                         more=' ...' if len(unencodable) > 8 else '')
    if too_long and not truncate:
        raise InputError(QT_TRANSLATE_NOOP("Error", "layer {layer_name!r}: text longer than the Shapefile limit of "
                                                    "{dbf_text_bytes} bytes in {encoding}: {too_long}{more}; "
                                                    "expected shorter values, or choose the truncate option, or "
                                                    "export to GeoPackage"), code="layer_text_longer_shapefile",
                         layer_name=layer_name, dbf_text_bytes=DBF_TEXT_BYTES, encoding=encoding,
                         too_long=Listing(too_long[:8], '; '), more=' ...' if len(too_long) > 8 else '')
    if too_long:
        out = gdf.copy()
        for column in out.columns:
            if column == out.geometry.name:
                continue
            if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
                out[column] = out[column].map(
                    lambda v: _cut_bytes(v, DBF_TEXT_BYTES, encoding) if isinstance(v, str) else v)
        notes.append(Message(QT_TRANSLATE_NOOP("Note", "cut to {dbf_text_bytes} bytes: {too_long}"),
                             dbf_text_bytes=DBF_TEXT_BYTES, too_long=Listing(too_long, '; ')))
    return out, notes


# ---------------------------------------------------------------------------
# atomic writing (app.project.atomic)


def _verify_csv(features: int):
    def verify(path: Path) -> None:
        rows = len(pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False))
        if rows != features:
            raise ValueError(f"{rows} row(s) read back, {features} written")

    return verify


def _verify_shapefiles(counts: dict):
    """Check every ``.shp`` of a staged set opens with its feature count (``{file name: features}``)."""
    def verify(folder: Path) -> None:
        for file_name, features in counts.items():
            verify_vector(features)(folder / file_name)

    return verify


def _target_path(out, suffix: str) -> Path:
    path = Path(out).expanduser()
    if path.is_dir():
        raise InputError(QT_TRANSLATE_NOOP("Error", "{file} is a folder; expected a file name ending in {suffix}"),
                         code="folder_file_name_ending", file=path, suffix=suffix)
    return path.resolve() if path.parent.exists() else path.absolute()


# ---------------------------------------------------------------------------
# writers


def _write_ogr(gdf: gpd.GeoDataFrame, path: Path, driver: str, layer: str | None = None, **kwargs) -> None:
    gdf = _clean_for_ogr(gdf)
    if gdf.empty:
        # GDAL needs the geometry type for an empty layer
        kwargs.setdefault("geometry_type", "Unknown")
    pyogrio.write_dataframe(gdf, path, driver=driver, layer=layer, **kwargs)


def _readme_text(name: str, title: str, crs_choice: str, crs_label: str, encoding: str | None,
                 sample: bool, field_map: dict, notes: list) -> str:
    lines = [f"LYG Siting export: {title} ({name})",
             f"exported: {datetime.now(timezone.utc).isoformat(timespec='seconds')}",
             f"CRS: {crs_choice} - {EXPORT_CRS[crs_choice]}"]
    if crs_choice == "GCJ-02":
        lines.append("坐标为 GCJ-02（火星坐标），文件中的 .prj 标为 WGS84；字段 datum = GCJ-02。"
                     " / Coordinates are GCJ-02; the .prj says WGS84 because no CRS code exists for GCJ-02.")
    if encoding:
        lines.append(f"attribute encoding: {encoding} (.cpg)")
    if sample:
        lines.append(f"{SAMPLE_NOTICE}: 字段 {SAMPLE_FIELD} 标为示例数据的要素为生成的示例数据，非调查数据 / features whose "
                     f"field {SAMPLE_FIELD} says so are generated sample data, not survey data.")
    renamed = {k: v for k, v in field_map.items() if k != v}
    if renamed:
        lines.append("field names cut to 10 characters (see *_fields.csv): "
                     + ", ".join(f"{k} -> {v}" for k, v in renamed.items()))
    lines.extend(notes)
    return "\n".join(lines) + "\n"


def _write_shapefile_set(staging: AtomicFileSet, gdf: gpd.GeoDataFrame, stem: str, encoding: str,
                         truncate: bool, layer_name: str) -> tuple[list[str], dict, list[str]]:
    """Write ``stem``.shp and its sidecars into the staging folder; returns (file names, field map, notes)."""
    gdf, notes = check_text_widths(gdf, encoding, truncate, layer_name)
    columns = [c for c in gdf.columns if c != gdf.geometry.name]
    mapping = shapefile_field_names(columns, encoding)
    renamed = gdf.rename(columns=mapping)
    _write_ogr(renamed, staging.dir / f"{stem}.shp", "ESRI Shapefile", encoding=encoding)
    # Write the mapping beside the file; every field, so tools can join back by position too.
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["original", "short"])
    for original in columns:
        writer.writerow([original, mapping[original]])
    (staging.dir / f"{stem}_fields.csv").write_text(buffer.getvalue(), encoding="utf-8-sig")
    names = sorted(p.name for p in staging.dir.iterdir() if p.name.startswith(stem + ".") or p.name == f"{stem}_fields.csv")
    return names, {k: v for k, v in mapping.items() if k != v}, notes


#: What the attribute values of an export are: the schema's codes (as stored), the words the UI shows, or the
#: field names and values of the user's own file where a field came from one (:mod:`app.layers.import_mapping`).
VALUE_CHOICES = ("codes", "labels", "as_imported")


def check_values(values: str) -> str:
    text = str(values or "codes").strip().lower().replace("-", "_")
    if text not in VALUE_CHOICES:
        raise InputError(QT_TRANSLATE_NOOP("Error", "unknown choice of values {values!r}; expected one of {choices}"),
                         code="not_a_choice", values=values, choices=Listing(VALUE_CHOICES))
    return text


def export_values(gdf: gpd.GeoDataFrame, layer, values: str = "codes", lang: str = "zh"
                  ) -> tuple[gpd.GeoDataFrame, dict, dict, list]:
    """The attributes of an export in the form the user chose.

    Parameters
    ----------
    gdf : GeoDataFrame
        The features to write (the layer's, or a selection of them).
    layer : VectorLayer or GeoDataFrame
        Gives the layer's name (its coded fields) and its import mapping.
    values : {"codes", "labels", "as_imported"}
        ``codes``: as stored (``category = factory``). ``labels``: coded values
        as the words the UI shows and field titles as column names, in
        ``lang`` (``类别 = 厂房``; fields of the user's own keep their names).
        ``as_imported``: the fields that came from the user's file under the
        file's names with the file's values (``类别 = 厂房`` if the file said so);
        the others as stored.
    lang : {"zh", "en"}
        Language of ``labels``.

    Returns
    -------
    (GeoDataFrame, renamed, value_maps, notes)
        ``renamed``: old column -> new; ``value_maps``: column -> {stored value:
        written value} (to restyle a categorised layer); ``notes`` for the result.
    """
    from app.layers.display import labelled_frame, titled_columns, value_labels

    values = check_values(values)
    name = layer.name if isinstance(layer, VectorLayer) else ""
    geometry = gdf.geometry.name
    keep = {geometry, SAMPLE_FIELD, DATUM_FIELD}
    if values == "codes":
        return gdf, {}, {}, []
    if values == "labels":
        attributes = [c for c in gdf.columns if c not in keep]
        value_maps = {}
        for column in attributes:
            distinct = pd.unique(gdf[column].dropna()) if len(gdf) else []
            labels = value_labels(name, column, list(distinct), lang)
            if labels is not None:
                value_maps[column] = dict(zip(distinct, labels))
        out = labelled_frame(gdf, name, lang)
        renamed = {old: new for old, new in titled_columns(attributes, lang).items() if old != new}
        return out.rename(columns=renamed), renamed, value_maps, []
    mapping = getattr(layer, "import_mapping", None)
    if mapping is None:
        return gdf, {}, {}, [Message(QT_TRANSLATE_NOOP("Note", "layer {layer!r} was not imported from a file: written "
                                                               "with the schema's field names and codes"), layer=name)]
    out = mapping.restore(gdf)
    renamed = {old: new for old, new in zip(gdf.columns, out.columns) if old != new}
    value_maps = {column: {code: raw for code, raw in mapping.values.get(column, {}).items()}
                  for column in mapping.fields if column in gdf.columns and mapping.values.get(column)}
    return gpd.GeoDataFrame(out, geometry=geometry, crs=gdf.crs), renamed, value_maps, []


def _restyled(style: Style | None, renamed: dict, value_maps: dict) -> Style | None:
    """``style`` following renamed fields and rewritten values (a categorised layer keeps its colours)."""
    if style is None or not (renamed or value_maps):
        return style
    data = style.to_dict()
    field = data.get("category_field")
    if field:
        mapping = value_maps.get(field, {})
        data["categories"] = {str(mapping.get(code, mapping.get(_int_code(code), code))): colour
                              for code, colour in data.get("categories", {}).items()}
        data["category_field"] = renamed.get(field, field)
    if data.get("label_field"):
        data["label_field"] = renamed.get(data["label_field"], data["label_field"])
    return Style.from_dict(data)


def _int_code(code):
    try:
        return int(code)
    except (TypeError, ValueError):
        return code


def export_layer(layer, out, fmt: str | None = None, *, crs: str = "EPSG:4490", encoding: str = "UTF-8",
                 zip_output: bool = False, ids: Iterable | None = None, selection_only: bool = False,
                 truncate_long_text: bool = False, split_geometry_types: bool = False,
                 csv_geometry: str = "wkt", sample: bool | None = None, name: str | None = None,
                 protected: Iterable = (), values: str = "codes", lang: str = "zh") -> ExportResult:
    """Export one vector layer (or its selection) to a file other GIS tools open.

    Parameters
    ----------
    layer : VectorLayer or GeoDataFrame
        The layer; a bare GeoDataFrame is taken as EPSG:4490 when it has no CRS.
    out : str or path
        Output file. For ``shp`` its sidecars (.shx .dbf .prj .cpg, the
        ``_fields.csv`` name mapping and ``_README.txt``) go beside it; with
        ``zip_output`` the output is one ``.zip`` holding them.
    fmt : {"shp", "gpkg", "geojson", "kml", "csv"}, optional
        Format; guessed from the suffix of ``out`` when None.
    crs : str
        ``"EPSG:4490"`` (default), ``"EPSG:4549"``, ``"EPSG:4326"`` or
        ``"GCJ-02"``. GeoJSON and KML are always lon/lat on WGS84 (RFC 7946,
        OGC KML 2.2): EPSG:4490/4549 are converted to EPSG:4326 there and a
        note says so; GCJ-02 stays GCJ-02 (labelled WGS84).
    encoding : {"UTF-8", "GBK"}
        Shapefile attribute encoding; written into the .cpg file.
    zip_output : bool
        Shapefile only: one zip with all parts.
    ids : iterable, optional
        Feature ids (index labels) to export.
    selection_only : bool
        Export the layer's current selection (``layer.selection``).
    truncate_long_text : bool
        Shapefile only: cut text over 254 bytes instead of refusing.
    split_geometry_types : bool
        Shapefile only: a layer with several geometry types is written as one
        file per type (``<name>_point.shp``, ``<name>_line.shp``...).
    csv_geometry : {"wkt", "lonlat"}
        CSV only: a ``wkt`` column, or ``lon``/``lat`` columns (the point, or
        a representative point inside a line/polygon).
    sample : bool, optional
        Overrides the features' sample flags (True: all, False: none). By
        default generated sample features carry the ``sample`` field and the
        user's do not.
    name : str, optional
        Layer name inside the file (default: the layer's name).
    protected : iterable of path
        Files the output must not replace (the open project, the file the
        layer came from); see :func:`app.project.atomic.check_writable`.
    values : {"codes", "labels", "as_imported"}
        The schema's codes (default), the words the UI shows (field titles
        and coded values in ``lang``), or the user's own field names and
        values for the fields that came from their file (:func:`export_values`).
    lang : {"zh", "en"}
        Language of ``values="labels"``.

    Returns
    -------
    ExportResult

    Raises
    ------
    InputError
        Unknown format/CRS/encoding, an unwritable path, mixed geometry types
        for Shapefile, text too long for a DBF field, values the encoding
        cannot hold.
    OutputError
        The file cannot be written (full disk, read-only or missing folder,
        one of ``protected``) or did not read back. Nothing is left
        half-written and the previous file (or Shapefile set) is unchanged.
    """
    gdf, layer_name, _sample, style, title = _layer_parts(layer)
    name = name or layer_name
    if selection_only:
        if not isinstance(layer, VectorLayer):
            raise InputError(QT_TRANSLATE_NOOP("Error", "selection_only needs a VectorLayer with a selection"),
                             code="selection_only_needs_vectorlayer")
        ids = sorted(layer.selection)
        if not ids:
            raise InputError(QT_TRANSLATE_NOOP("Error", "layer {layer_name!r} has no selected features; expected a "
                                                        "selection, or export the whole layer"),
                             code="layer_selected_features_selection", layer_name=layer_name)
    gdf = select_features(gdf, ids)
    gdf, renamed, value_maps, value_notes = export_values(gdf, layer, values, lang)
    style = _restyled(style, renamed, value_maps)
    if fmt is None:
        suffix = Path(out).suffix.lower()
        fmt = {".zip": "shp", ".json": "geojson"}.get(suffix) or next((k for k, v in FORMATS.items() if v == suffix), None)
        if fmt is None:
            raise InputError(QT_TRANSLATE_NOOP("Error", "cannot tell the format from {out_name!r}; expected a "
                                                        "suffix of {formats} or a format {formats2}"),
                             code="cannot_tell_format_suffix", out_name=Path(out).name,
                             formats=Listing(FORMATS.values()), formats2=Listing(FORMATS))
    fmt = fmt.lower().strip()
    if fmt not in FORMATS:
        raise InputError(QT_TRANSLATE_NOOP("Error", "unknown export format {fmt!r}; expected one of {formats}"),
                         code="unknown_export_format", fmt=fmt, formats=Listing(FORMATS))
    crs_choice = normalise_crs(crs)
    encoding = normalise_encoding(encoding)
    result = ExportResult()
    result.notes.extend(value_notes)
    if fmt in ("geojson", "kml") and crs_choice in ("EPSG:4490", "EPSG:4549"):
        result.notes.append(Message(QT_TRANSLATE_NOOP("Note", "{fmt} is lon/lat on WGS84 by its specification; "
                                                              "converted {crs_choice} to EPSG:4326"), fmt=fmt,
                                    crs_choice=crs_choice))
        crs_choice = "EPSG:4326"
    data, crs_label = reproject(gdf, crs_choice)
    data, flagged = _add_sample_field(data, sample)
    sample = flagged > 0
    result.crs = crs_label
    result.features = int(len(data))
    if crs_choice == "GCJ-02":
        result.notes.append(Message(QT_TRANSLATE_NOOP("Note", "coordinates are GCJ-02 (web-map datum) labelled as "
                                                              "WGS84; field 'datum' says GCJ-02")))
    if sample:
        result.notes.append(_sample_note(name, flagged, len(data)))

    if fmt == "shp":
        _export_shapefile(data, out, name, title, crs_choice, crs_label, encoding, zip_output,
                          truncate_long_text, split_geometry_types, sample, result, protected)
        return result
    target = _target_path(out, FORMATS[fmt])
    features = len(data)
    if fmt == "gpkg":
        with atomic_output(target, "exporting", verify=verify_vector(features, name), protected=protected) as tmp:
            _write_ogr(data, tmp, "GPKG", layer=name)
            _write_layer_styles(tmp, [(name, style, data)])
    elif fmt == "geojson":
        with atomic_output(target, "exporting", verify=verify_vector(features), protected=protected) as tmp:
            _write_ogr(data, tmp, "GeoJSON", layer=name, RFC7946="YES")
    elif fmt == "kml":
        kml = _kml_frame(data, style)
        with atomic_output(target, "exporting", verify=verify_vector(features), protected=protected) as tmp:
            _write_ogr(kml, tmp, "KML", layer=name,
                       dataset_options={"NameField": "kml_name", "DescriptionField": "kml_desc"})
    elif fmt == "csv":
        frame = _csv_frame(data, csv_geometry)
        with atomic_output(target, "exporting", verify=_verify_csv(features), protected=protected) as tmp:
            # utf-8-sig: the BOM makes Excel read Chinese text as UTF-8
            frame.to_csv(tmp, index=False, encoding="utf-8-sig")
    result.paths.append(target)
    return result


def _export_shapefile(data, out, name, title, crs_choice, crs_label, encoding, zip_output,
                      truncate, split, sample, result: ExportResult, protected=()) -> None:
    suffix = ".zip" if zip_output else ".shp"
    target = _target_path(out, suffix)
    if zip_output and target.suffix.lower() != ".zip":
        target = target.with_suffix(".zip")
    stem = target.stem
    if split:
        parts = split_by_geometry_type(data) if len(_geometry_bases(data)) > 1 else {None: data}
    else:
        check_single_geometry_type(data, name)
        parts = {None: data}
    with AtomicFileSet(target.parent, stem, "exporting", protected=protected, main=target.name) as staging:
        written: list[str] = []
        counts = {}
        for kind, part in parts.items():
            part_stem = stem if kind is None else f"{stem}_{kind.lower()}"
            names, field_map, notes = _write_shapefile_set(staging, part, part_stem, encoding, truncate, name)
            written += names
            counts[f"{part_stem}.shp"] = len(part)
            result.field_map.update(field_map)
            result.notes += notes
        readme = f"{stem}_README.txt"
        (staging.dir / readme).write_text(
            _readme_text(name, title, crs_choice, crs_label, encoding, sample, result.field_map, result.notes),
            encoding="utf-8")
        written.append(readme)
        if zip_output:
            _verify_shapefiles(counts)(staging.dir)
            with atomic_output(target, "exporting", verify=verify_zip, protected=protected) as tmp:
                with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
                    for file_name in written:
                        archive.write(staging.dir / file_name, arcname=file_name)
            result.paths.append(target)
        else:
            # the parts replace the previous set as one; main .shp first in the result, then the sidecars
            committed = staging.commit(verify=_verify_shapefiles(counts))
            result.paths += sorted(committed, key=lambda p: (not p.name.endswith(".shp"), p.name))


def _kml_frame(data: gpd.GeoDataFrame, style: Style | None) -> gpd.GeoDataFrame:
    """Add the KML <name> (name / name_zh) and a Chinese-readable <description>."""
    out = data.copy()
    columns = [c for c in data.columns if c != data.geometry.name]
    name_col = next((c for c in ("name", "name_zh", "title") if c in columns), None)
    out["kml_name"] = data[name_col].astype(str) if name_col else [str(i) for i in data.index]
    out["kml_desc"] = [
        "\n".join(f"{c}: {row[c]}" for c in columns if not (row[c] is None or _isnan(row[c])))
        for _, row in data[columns].iterrows()
    ]
    return out


def _csv_frame(data: gpd.GeoDataFrame, csv_geometry: str) -> pd.DataFrame:
    mode = (csv_geometry or "wkt").lower()
    if mode not in ("wkt", "lonlat"):
        raise InputError(QT_TRANSLATE_NOOP("Error", "unknown CSV geometry mode {csv_geometry!r}; expected wkt or "
                                                    "lonlat"), code="unknown_csv_geometry_mode",
                         csv_geometry=csv_geometry)
    frame = pd.DataFrame(data.drop(columns=data.geometry.name))
    geoms = data.geometry
    if mode == "wkt":
        frame["wkt"] = shapely.to_wkt(geoms.values, rounding_precision=-1)
    else:
        points = geoms.copy()
        not_point = geoms.geom_type != "Point"
        if not_point.any():
            points[not_point] = geoms[not_point].representative_point()
        frame["lon"] = points.x
        frame["lat"] = points.y
    return frame


# ---------------------------------------------------------------------------
# GeoPackage with QGIS styles


def export_geopackage(layers: Iterable, out, *, crs: str = "EPSG:4490", selection_ids: dict | None = None,
                      protected: Iterable = (), values: str = "codes", lang: str = "zh") -> ExportResult:
    """Write several vector layers into one GeoPackage, styled for QGIS.

    Each layer keeps its name; its :class:`~app.layers.model.Style` becomes a
    QML (and SLD) row in the ``layer_styles`` table in the layout QGIS reads
    and writes, marked ``useAsDefault`` so QGIS opens the layer styled.

    Parameters
    ----------
    layers : iterable of VectorLayer
    out : str or path
        The ``.gpkg`` file (replaced atomically when it exists).
    crs : str
        Export CRS (see :func:`export_layer`).
    selection_ids : dict, optional
        Layer name -> feature ids, to export only those features of a layer.
    protected : iterable of path
        Files the output must not replace (the open project); see
        :func:`app.project.atomic.check_writable`.
    values, lang
        As in :func:`export_layer`, for every layer.
    """
    layers = [l for l in layers]
    values = check_values(values)
    if not layers:
        raise InputError(QT_TRANSLATE_NOOP("Error", "no layers to export; expected at least one vector layer"),
                         code="layers_export_least_vector")
    target = _target_path(out, ".gpkg")
    crs_choice = normalise_crs(crs)
    result = ExportResult()
    entries = []
    with atomic_output(target, "exporting", verify=verify_vector(), protected=protected) as path:
        for layer in layers:
            gdf, name, sample, style, _title = _layer_parts(layer)
            gdf = select_features(gdf, (selection_ids or {}).get(name))
            gdf, renamed, value_maps, value_notes = export_values(gdf, layer, values, lang)
            style = _restyled(style, renamed, value_maps)
            data, crs_label = reproject(gdf, crs_choice)
            data, flagged = _add_sample_field(data, sample)
            # pyogrio adds a new layer to an existing GeoPackage
            _write_ogr(data, path, "GPKG", layer=name)
            entries.append((name, style, data))
            result.features += int(len(data))
            result.crs = crs_label
            if flagged:
                result.notes.append(_sample_note(name, flagged, len(data)))
        _write_layer_styles(path, entries)
    result.paths.append(target)
    if crs_choice == "GCJ-02":
        result.notes.append(Message(QT_TRANSLATE_NOOP("Note", "coordinates are GCJ-02 (web-map datum) labelled as "
                                                              "WGS84; field 'datum' says GCJ-02")))
    return result


#: Columns of QGIS's ``layer_styles`` table, in QGIS's order.
LAYER_STYLES_COLUMNS = ("f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column", "styleName",
                        "styleQML", "styleSLD", "useAsDefault", "description", "owner", "ui", "update_time")


def _write_layer_styles(gpkg: Path, entries: list) -> None:
    rows = []
    now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    for name, style, data in entries:
        style = style or Style()
        kind = _symbol_kind(data)
        rows.append({
            "f_table_catalog": "", "f_table_schema": "", "f_table_name": name, "f_geometry_column": "geom",
            "styleName": name, "styleQML": style_to_qml(style, kind), "styleSLD": style_to_sld(style, kind, name),
            "useAsDefault": True, "description": "LYG Siting style", "owner": "", "ui": None, "update_time": now,
        })
    frame = pd.DataFrame(rows, columns=list(LAYER_STYLES_COLUMNS))
    # QGIS keys the table by an integer "id" column
    pyogrio.write_dataframe(frame, gpkg, layer="layer_styles", driver="GPKG", layer_options={"FID": "id"})


def _symbol_kind(data: gpd.GeoDataFrame) -> str:
    """QGIS symbol type for a layer: ``fill``, ``line`` or ``marker``."""
    bases = _geometry_bases(data)
    if not bases:
        return "fill"
    # a mixed layer draws its most common type; points first for hub-and-spoke layers
    counts = data.geometry.geom_type.str.replace("Multi", "", regex=False).value_counts()
    top = counts.index[0]
    return {"Polygon": "fill", "LineString": "line", "Point": "marker"}.get(top, "fill")


def _rgba(color: str, opacity: float = 1.0) -> str:
    if not color or color == "none":
        return "0,0,0,0"
    text = color.lstrip("#")
    r, g, b = int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)
    return f"{r},{g},{b},{int(round(255 * opacity))}"


def _px_to_mm(px: float) -> float:
    # our widths are screen pixels at 96 dpi
    return round(px * 25.4 / 96.0, 3)


def _symbol_qml(kind: str, fill: str, style: Style, name: str) -> str:
    props = {}
    if kind == "fill":
        cls = "SimpleFill"
        props = {"color": _rgba(fill), "outline_color": _rgba(style.stroke),
                 "outline_width": str(_px_to_mm(style.stroke_width)), "outline_width_unit": "MM",
                 "outline_style": "solid", "style": "no" if fill == "none" else "solid", "joinstyle": "bevel"}
    elif kind == "line":
        cls = "SimpleLine"
        props = {"line_color": _rgba(style.stroke if fill == style.fill else fill),
                 "line_width": str(_px_to_mm(max(style.stroke_width, 0.5))), "line_width_unit": "MM",
                 "line_style": "solid", "capstyle": "square", "joinstyle": "bevel"}
    else:
        cls = "SimpleMarker"
        props = {"color": _rgba(fill), "outline_color": _rgba(style.stroke), "name": "circle",
                 "size": str(_px_to_mm(style.point_size)), "size_unit": "MM",
                 "outline_width": str(_px_to_mm(style.stroke_width)), "outline_width_unit": "MM"}
    # QGIS >= 3.26 reads <Option>; older 3.x reads <prop>; write both
    options = "".join(f'<Option type="QString" name={quoteattr(k)} value={quoteattr(v)}/>' for k, v in props.items())
    legacy = "".join(f"<prop k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in props.items())
    return (f'<symbol type="{kind}" name={quoteattr(name)} alpha="{style.opacity:g}" clip_to_extent="1" force_rhr="0">'
            f'<layer class="{cls}" enabled="1" pass="0" locked="0"><Option type="Map">{options}</Option>{legacy}</layer>'
            f"</symbol>")


def style_to_qml(style: Style, kind: str = "fill") -> str:
    """A QGIS QML document for a :class:`~app.layers.model.Style`.

    Single-symbol renderer for a plain style; categorized renderer on
    ``style.category_field`` with one symbol per category colour otherwise.
    ``kind`` is the QGIS symbol type: ``fill``, ``line`` or ``marker``.
    """
    if style.category_field and style.categories:
        categories = []
        symbols = []
        for i, (value, color) in enumerate(style.categories.items()):
            categories.append(f'<category value={quoteattr(str(value))} symbol="{i}" label={quoteattr(str(value))} render="true"/>')
            symbols.append(_symbol_qml(kind, color, style, str(i)))
        renderer = (f'<renderer-v2 type="categorizedSymbol" attr={quoteattr(style.category_field)} '
                    f'symbollevels="0" enableorderby="0" forceraster="0">'
                    f'<categories>{"".join(categories)}</categories><symbols>{"".join(symbols)}</symbols>'
                    f'<source-symbol>{_symbol_qml(kind, style.fill, style, "0")}</source-symbol></renderer-v2>')
    else:
        renderer = (f'<renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0">'
                    f'<symbols>{_symbol_qml(kind, style.fill, style, "0")}</symbols></renderer-v2>')
    labeling = ""
    if style.label_field:
        labeling = (f'<labeling type="simple"><settings calloutType="simple">'
                    f'<text-style fieldName={quoteattr(style.label_field)} isExpression="0" fontSize="9" '
                    f'fontFamily="WenQuanYi Micro Hei" textColor="0,0,0,255"/></settings></labeling>')
    return ("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
            f'<qgis version="3.28.0" styleCategories="Symbology|Labeling" labelsEnabled="{1 if labeling else 0}">'
            f"{renderer}{labeling}<layerOpacity>{style.opacity:g}</layerOpacity></qgis>\n")


def _sld_symbolizer(kind: str, fill: str, style: Style) -> str:
    if kind == "line":
        return (f'<se:LineSymbolizer><se:Stroke><se:SvgParameter name="stroke">{escape(style.stroke)}</se:SvgParameter>'
                f'<se:SvgParameter name="stroke-width">{style.stroke_width:g}</se:SvgParameter></se:Stroke></se:LineSymbolizer>')
    fill_xml = "" if fill == "none" else (
        f'<se:Fill><se:SvgParameter name="fill">{escape(fill)}</se:SvgParameter>'
        f'<se:SvgParameter name="fill-opacity">{style.opacity:g}</se:SvgParameter></se:Fill>')
    stroke_xml = (f'<se:Stroke><se:SvgParameter name="stroke">{escape(style.stroke)}</se:SvgParameter>'
                  f'<se:SvgParameter name="stroke-width">{style.stroke_width:g}</se:SvgParameter></se:Stroke>')
    if kind == "marker":
        return (f'<se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>circle</se:WellKnownName>'
                f'{fill_xml}{stroke_xml}</se:Mark><se:Size>{style.point_size:g}</se:Size></se:Graphic></se:PointSymbolizer>')
    return f"<se:PolygonSymbolizer>{fill_xml}{stroke_xml}</se:PolygonSymbolizer>"


def style_to_sld(style: Style, kind: str, layer_name: str) -> str:
    """An SLD 1.1 document equivalent to :func:`style_to_qml` (for tools that read SLD)."""
    if style.category_field and style.categories:
        rules = "".join(
            f"<se:Rule><se:Name>{escape(str(v))}</se:Name><ogc:Filter><ogc:PropertyIsEqualTo>"
            f"<ogc:PropertyName>{escape(style.category_field)}</ogc:PropertyName><ogc:Literal>{escape(str(v))}</ogc:Literal>"
            f"</ogc:PropertyIsEqualTo></ogc:Filter>{_sld_symbolizer(kind, c, style)}</se:Rule>"
            for v, c in style.categories.items())
    else:
        rules = f"<se:Rule><se:Name>{escape(layer_name)}</se:Name>{_sld_symbolizer(kind, style.fill, style)}</se:Rule>"
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" '
            'xmlns:se="http://www.opengis.net/se" version="1.1.0">'
            f"<NamedLayer><se:Name>{escape(layer_name)}</se:Name><UserStyle><se:Name>{escape(layer_name)}</se:Name>"
            f"<se:FeatureTypeStyle>{rules}</se:FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>")


__all__ = ["FORMATS", "EXPORT_CRS", "SHAPEFILE_ENCODINGS", "SAMPLE_NOTICE", "ExportResult", "export_layer",
           "export_geopackage", "shapefile_field_names", "check_text_widths", "check_single_geometry_type",
           "split_by_geometry_type", "style_to_qml", "style_to_sld", "normalise_crs", "normalise_encoding",
           "select_features", "reproject", "VALUE_CHOICES", "check_values", "export_values"]
