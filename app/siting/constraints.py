"""Siting constraints as a configurable rule set.

A :class:`Rule` says what part of a candidate site cannot host turbines or
PV arrays and why (a value, its unit and its source). A :class:`RuleSet` is
an ordered list of rules saved and loaded as JSON; the shipped one is
``app/resources/rulesets/default.json``.

Every rule turns into exclusion polygons in EPSG:4549 [m] with
:func:`rule_exclusion`; :mod:`app.siting.eligibility` subtracts them from the
site. Rule kinds:

``on_land``
    The site must be on land: the part outside the ``counties`` layer is excluded.
``at_sea``
    The site must be at sea: the part inside the ``counties`` layer is excluded.
``shore_distance``
    Minimum distance from the coastline [m]: land buffered by ``value``.
``building_setback``
    Setback of turbines from buildings [m]: the ``buildings`` layer buffered by ``value``.
``turbine_spacing``
    Minimum distance between turbines [rotor diameters]; checked by the
    layout (:mod:`app.siting.layout`), excludes no area.
``layer_exclusion``
    Any vector layer (``layer``: a project layer name, or ``path``: a file
    with an optional ``declared_crs`` such as ``"gcj02"``) buffered by
    ``value`` [m] (0: the polygons themselves).
``raster_threshold``
    Exclude where a raster (``raster``: a project raster layer or a GeoTIFF
    path) is ``op`` = ``"above"`` or ``"below"`` ``value``.

Layers a rule names but the project lacks are skipped with a note, so the
shipped rules for 生态保护红线 or 永久基本农田 start working as soon as the
planner imports those layers.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from app.core.assumptions import RESOURCES_DIR
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, Message, Word
from app.core.vocabulary import SITE_KINDS
from app.layers.crs import METRIC_CRS, STORAGE_CRS

RULESETS_DIR = RESOURCES_DIR / "rulesets"
DEFAULT_RULESET_PATH = RULESETS_DIR / "default.json"

#: Rule kinds and the unit their value is in.
RULE_KINDS = {
    "on_land": "m",
    "at_sea": "m",
    "shore_distance": "m",
    "building_setback": "m",
    "turbine_spacing": "D",
    "layer_exclusion": "m",
    "raster_threshold": None,  # the raster's own unit
}
#: Kinds that exclude area (all but the turbine-spacing rule).
AREA_RULE_KINDS = tuple(k for k in RULE_KINDS if k != "turbine_spacing")


@dataclass
class Rule:
    """One siting constraint.

    Attributes
    ----------
    id : str
        Stable identifier, used as the category of excluded parts on the map.
    kind : str
        One of :data:`RULE_KINDS`.
    value : float
        Distance [m], spacing [D] or raster threshold [``unit``].
    unit : str
        Unit of ``value``.
    source : str
        Where the value comes from (regulation, standard, paper).
    applies_to : tuple of str
        Site kinds the rule applies to.
    enabled : bool
        Disabled rules are kept in the set but ignored.
    title_zh, title_en : str
        Names shown to the planner.
    layer : str or None
        ``layer_exclusion``: project vector layer name.
    path : str or None
        ``layer_exclusion``: vector file; ``raster_threshold``: GeoTIFF.
    declared_crs : str or None
        CRS or web datum (``"gcj02"``, ``"bd09"``) of ``path`` when the
        file's own CRS is missing or wrong.
    raster : str or None
        ``raster_threshold``: project raster layer name.
    op : str
        ``raster_threshold``: ``"above"`` or ``"below"``.
    cite : str or dict
        The source in a few words for the planner (a clause, a standard, a
        paper), one text or ``{"zh": ..., "en": ...}``; ``source`` keeps the
        full reference.
    """

    id: str
    kind: str
    value: float
    unit: str
    source: str
    applies_to: tuple = SITE_KINDS
    enabled: bool = True
    title_zh: str = ""
    title_en: str = ""
    layer: str | None = None
    path: str | None = None
    declared_crs: str | None = None
    raster: str | None = None
    op: str = "above"
    cite: str | dict = ""

    def __post_init__(self):
        if not str(self.id or "").strip():
            raise InputError(QT_TRANSLATE_NOOP("Error", "a rule needs an id; expected a short text such as "
                                                        "'building_setback', got an empty id"),
                             code="rule_needs_id_short")
        if self.kind not in RULE_KINDS:
            raise InputError(QT_TRANSLATE_NOOP("Error", "rule {id!r}: unknown kind {kind!r}; expected one of "
                                                        "{rule_kinds}"), code="rule_unknown_kind", id=self.id,
                             kind=self.kind, rule_kinds=Listing(RULE_KINDS))
        try:
            self.value = float(self.value)
        except (TypeError, ValueError):
            raise InputError(QT_TRANSLATE_NOOP("Error", "rule {id!r}: value must be a number [{unit}], got "
                                                        "{value!r}"), code="rule_value_must_number", id=self.id,
                             unit=self.unit, value=self.value) from None
        if not np.isfinite(self.value):
            raise InputError(QT_TRANSLATE_NOOP("Error", "rule {id!r}: value must be finite, got {value!r}"),
                             code="rule_value_must_finite", id=self.id, value=self.value)
        if self.kind != "raster_threshold" and self.value < 0:
            raise InputError(QT_TRANSLATE_NOOP("Error", "rule {id!r}: expected a distance or spacing >= 0 "
                                                        "[{unit}], got {value}"), code="rule_distance_spacing",
                             id=self.id, unit=self.unit, value=self.value)
        expected_unit = RULE_KINDS[self.kind]
        if expected_unit and self.unit != expected_unit:
            raise InputError(QT_TRANSLATE_NOOP("Error", "rule {id!r} ({kind}): expected unit {expected_unit!r}, "
                                                        "got {unit!r}"), code="rule_unit", id=self.id, kind=self.kind,
                             expected_unit=expected_unit, unit=self.unit)
        if isinstance(self.applies_to, str):
            self.applies_to = (self.applies_to,)
        unknown = [k for k in self.applies_to if k not in SITE_KINDS]
        if unknown:
            raise InputError(QT_TRANSLATE_NOOP("Error", "rule {id!r}: unknown site kinds {unknown}; expected some "
                                                        "of {site_kinds}"), code="rule_unknown_site_kinds",
                             id=self.id, unknown=unknown, site_kinds=Listing(SITE_KINDS))
        self.applies_to = tuple(self.applies_to)
        if self.kind == "layer_exclusion" and not (self.layer or self.path):
            raise InputError(QT_TRANSLATE_NOOP("Error", "rule {id!r}: a layer exclusion needs 'layer' (project "
                                                        "layer name) or 'path' (vector file)"),
                             code="rule_layer_exclusion_needs", id=self.id)
        if self.kind == "raster_threshold":
            if not (self.raster or self.path):
                raise InputError(QT_TRANSLATE_NOOP("Error", "rule {id!r}: a raster threshold needs 'raster' "
                                                            "(project raster layer) or 'path' (GeoTIFF)"),
                                 code="rule_raster_threshold_needs", id=self.id)
            if self.op not in ("above", "below"):
                raise InputError(QT_TRANSLATE_NOOP("Error", "rule {id!r}: op must be 'above' or 'below', got {op!r}"),
                                 code="rule_op_must_above", id=self.id, op=self.op)
        if not str(self.source or "").strip():
            raise InputError(QT_TRANSLATE_NOOP("Error", "rule {id!r}: every rule needs its source (regulation, "
                                                        "standard or paper)"), code="rule_every_rule_needs",
                             id=self.id)

    def applies(self, site_kind: str) -> bool:
        """True when the rule is enabled and covers ``site_kind``."""
        return self.enabled and site_kind in self.applies_to

    def title(self, lang: str = "zh") -> str:
        return (self.title_zh if lang == "zh" else self.title_en) or self.title_en or self.title_zh or self.id

    def short_source(self, lang: str = "zh") -> str:
        """The source in a few words in ``lang`` (``cite``), else the full ``source``."""
        cite = self.cite.get(lang, "") if isinstance(self.cite, dict) else str(self.cite or "")
        return cite or self.source

    def word(self) -> Word:
        """The rule in messages: its id on the command line, its title in a UI or report."""
        return Word(self.id, {"zh": self.title("zh"), "en": self.title("en")})

    def to_dict(self) -> dict:
        data = asdict(self)
        data["applies_to"] = list(self.applies_to)
        return {k: v for k, v in data.items() if v is not None and not (k == "cite" and not v)}

    @classmethod
    def from_dict(cls, data: dict) -> "Rule":
        known = {f.name for f in fields(cls)}
        extra = set(data) - known
        if extra:
            raise InputError(QT_TRANSLATE_NOOP("Error", "rule {id!r}: unknown keys {extra}; expected some of "
                                                        "{known}"), code="rule_unknown_keys_some", id=data.get('id'),
                             extra=sorted(extra), known=sorted(known))
        missing = [k for k in ("id", "kind", "value", "unit", "source") if k not in data]
        if missing:
            raise InputError(QT_TRANSLATE_NOOP("Error", "rule {id!r}: missing {missing}"), code="rule_missing",
                             id=data.get('id'), missing=Listing(missing))
        return cls(**data)


@dataclass
class RuleSet:
    """An ordered, named list of :class:`Rule` (order decides which rule an
    overlapping excluded part is attributed to: the first one)."""

    name: str
    rules: list = field(default_factory=list)
    title_zh: str = ""
    title_en: str = ""

    def __post_init__(self):
        ids = [r.id for r in self.rules]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise InputError(QT_TRANSLATE_NOOP("Error", "rule set {name!r}: duplicate rule ids {dupes}; expected "
                                                        "each id once"), code="rule_set_duplicate_rule",
                             name=self.name, dupes=dupes)

    def __iter__(self):
        return iter(self.rules)

    def __len__(self):
        return len(self.rules)

    def get(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(f"no rule {rule_id!r} in rule set {self.name!r}; rules: {', '.join(r.id for r in self.rules)}")

    def for_kind(self, site_kind: str) -> list:
        """Enabled rules that apply to ``site_kind``, in order."""
        return [r for r in self.rules if r.applies(site_kind)]

    def min_turbine_spacing_d(self, site_kind: str) -> float:
        """The largest enabled minimum turbine distance for ``site_kind`` [D] (0 if none)."""
        values = [r.value for r in self.for_kind(site_kind) if r.kind == "turbine_spacing"]
        return max(values, default=0.0)

    def to_dict(self) -> dict:
        return {"name": self.name, "title_zh": self.title_zh, "title_en": self.title_en,
                "rules": [r.to_dict() for r in self.rules]}

    @classmethod
    def from_dict(cls, data: dict) -> "RuleSet":
        if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
            raise InputError(QT_TRANSLATE_NOOP("Error", "a rule set is a JSON object with 'name' and a list 'rules'"),
                             code="rule_set_json_object")
        return cls(name=str(data.get("name", "rules")), rules=[Rule.from_dict(r) for r in data["rules"]],
                   title_zh=data.get("title_zh", ""), title_en=data.get("title_en", ""))

    def save(self, path) -> Path:
        """Write the rule set as UTF-8 JSON through the one atomic writer (:mod:`app.project.atomic`)."""
        from app.project.atomic import write_text

        return write_text(path, json.dumps(self.to_dict(), ensure_ascii=False, indent=2), "saving",
                          verify=lambda written: RuleSet.load(written))

    @classmethod
    def load(cls, path) -> "RuleSet":
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{name} is not a rule set: invalid JSON at line {lineno} "
                                                        "({msg})"), code="rule_set_invalid_json", name=path.name,
                             lineno=exc.lineno, msg=exc.msg) from None
        return cls.from_dict(data)


def default_ruleset() -> RuleSet:
    """The shipped rule set (``app/resources/rulesets/default.json``), a fresh copy."""
    return RuleSet.load(DEFAULT_RULESET_PATH)


# ---------------------------------------------------------------------------
# exclusion geometry of one rule

def _empty_metric() -> np.ndarray:
    return np.array([], dtype=object)


def _layer_metric(project, name: str) -> gpd.GeoSeries | None:
    layer = project.layers.get(name) if project is not None else None
    if layer is None or getattr(layer, "kind", "") != "vector":
        return None
    geoms = layer.gdf.geometry
    geoms = geoms[~(geoms.isna() | geoms.is_empty)]
    return geoms.to_crs(METRIC_CRS)


def land_metric(project) -> shapely.Geometry | None:
    """Union of the ``counties`` layer in EPSG:4549 [m] (``None`` without the layer)."""
    counties = _layer_metric(project, "counties")
    if counties is None or counties.empty:
        return None
    return shapely.union_all(shapely.make_valid(counties.values))


def nearby_buffered(geoms, site_m, distance_m: float) -> np.ndarray:
    """Geometries within ``distance_m`` of ``site_m``, buffered by ``distance_m`` [m].

    Uses an STRtree so that only candidates near the site's bounding box are
    tested and buffered (10,000 exclusion polygons cost a tree query, not
    10,000 buffers).
    """
    geoms = np.asarray(geoms, dtype=object)
    if geoms.size == 0:
        return _empty_metric()
    tree = shapely.STRtree(geoms)
    probe = shapely.box(*site_m.bounds).buffer(distance_m) if distance_m > 0 else shapely.box(*site_m.bounds)
    hits = tree.query(probe)
    if hits.size == 0:
        return _empty_metric()
    near = geoms[hits]
    near = near[shapely.dwithin(near, site_m, distance_m)] if distance_m > 0 else near[shapely.intersects(near, site_m)]
    if near.size == 0:
        return _empty_metric()
    near = shapely.make_valid(near)
    return shapely.buffer(near, distance_m, quad_segs=8) if distance_m > 0 else near


def read_exclusion_file(path, declared_crs: str | None = None) -> gpd.GeoSeries:
    """Read a vector file as exclusion geometries in EPSG:4549 [m].

    GCJ-02 / BD-09 files are converted with :func:`app.layers.crs.to_storage`
    when ``declared_crs`` says so; files in any other CRS are reprojected.

    Raises
    ------
    InputError
        File missing, unreadable or refused by the input guards (size, DBF,
        XML entities), or without a CRS and none declared.
    """
    from app.layers.vector_io import read_vector

    path = Path(path)
    if not path.exists():
        raise InputError(QT_TRANSLATE_NOOP("Error", "exclusion layer file not found: {file}; expected a vector "
                                                    "file (GeoPackage, shapefile, GeoJSON)"),
                         code="exclusion_layer_file_found", file=path)
    gdf, _report = read_vector(path, declared_crs=declared_crs)
    geoms = gdf.geometry[~(gdf.geometry.isna() | gdf.geometry.is_empty)]
    return geoms.to_crs(METRIC_CRS)


def raster_exclusion(array: np.ndarray, transform, crs, op: str, threshold: float, site_m) -> np.ndarray:
    """Polygons [EPSG:4549] where a raster is above/below ``threshold`` near the site.

    Only the window of the raster covering the site's bounding box is read;
    pixels meeting the condition are turned into polygons with
    :func:`rasterio.features.shapes`. NaN (no data) pixels never exclude.
    """
    from rasterio import features, windows
    from rasterio.warp import transform_bounds

    west, south, east, north = transform_bounds(METRIC_CRS, crs, *site_m.bounds)
    height, width = array.shape
    inv = ~transform
    a, b, c, d, e, f = inv.a, inv.b, inv.c, inv.d, inv.e, inv.f
    xs = np.array([west, east, west, east])
    ys = np.array([south, south, north, north])
    cols, rows = a * xs + b * ys + c, d * xs + e * ys + f
    col0, col1 = max(int(np.floor(cols.min())) - 1, 0), min(int(np.ceil(cols.max())) + 1, width)
    row0, row1 = max(int(np.floor(rows.min())) - 1, 0), min(int(np.ceil(rows.max())) + 1, height)
    if col0 >= col1 or row0 >= row1:
        return _empty_metric()
    block = np.asarray(array[row0:row1, col0:col1], dtype=float)
    block_transform = windows.transform(windows.Window(col0, row0, col1 - col0, row1 - row0), transform)
    with np.errstate(invalid="ignore"):
        hit = (block > threshold) if op == "above" else (block < threshold)
    hit &= np.isfinite(block)
    if not hit.any():
        return _empty_metric()
    polys = [shapely.geometry.shape(g) for g, v in features.shapes(hit.astype(np.uint8), mask=hit, transform=block_transform) if v == 1]
    return gpd.GeoSeries(polys, crs=crs).to_crs(METRIC_CRS).values


def _raster_source(rule: Rule, project):
    """(array, transform, crs) of the raster a rule names, or None when absent."""
    if rule.raster and project is not None:
        layer = project.layers.get(rule.raster)
        if layer is not None and getattr(layer, "kind", "") == "raster":
            return layer.array, layer.transform, layer.crs
        if rule.path is None:
            return None
    if rule.path:
        from app.layers.rasterio_io import open_raster

        path = Path(rule.path)
        if not path.exists():
            raise InputError(QT_TRANSLATE_NOOP("Error", "rule {id!r}: raster file not found: {file}; expected a "
                                                        "GeoTIFF"), code="rule_raster_file_found", id=rule.id,
                             file=path)
        with open_raster(path) as src:
            if src.crs is None and not rule.declared_crs:
                raise InputError(QT_TRANSLATE_NOOP("Error", "rule {id!r}: {name} has no CRS; declare one (e.g. "
                                                            "EPSG:4490)"), code="rule_crs_declare_epsg", id=rule.id,
                                 name=path.name)
            array = src.read(1, masked=True).filled(np.nan).astype(float)
            return array, src.transform, (src.crs.to_string() if src.crs else rule.declared_crs)
    return None


def rule_exclusion(rule: Rule, project, site_m, context: dict | None = None) -> tuple[np.ndarray, str]:
    """Exclusion polygons of ``rule`` around ``site_m`` [EPSG:4549], and a note.

    Parameters
    ----------
    rule : Rule
    project : app.project.Project or None
        Source of the ``counties``, ``buildings`` and user layers.
    site_m : shapely.Geometry
        The site in EPSG:4549 [m].
    context : dict, optional
        Cache shared across rules of one analysis (the land union).

    Returns
    -------
    geoms : numpy.ndarray of shapely geometries
        May be empty. Not clipped to the site.
    note : str
        Why the rule did nothing (layer absent...), else ``""``.
    """
    context = {} if context is None else context
    if rule.kind in ("on_land", "at_sea", "shore_distance"):
        if "land" not in context:
            context["land"] = land_metric(project)
        land = context["land"]
        if land is None:
            return _empty_metric(), Message(QT_TRANSLATE_NOOP("Note", "{rule}: no counties layer in the project, rule skipped"), rule=rule.word())
        if rule.kind == "on_land":
            # The part of the site outside land (sea or beyond the city).
            return np.array([site_m.difference(land)], dtype=object), ""
        if rule.kind == "at_sea":
            return np.array([site_m.intersection(land)], dtype=object), ""
        return np.array([site_m.intersection(land.buffer(rule.value, quad_segs=16))], dtype=object), ""
    if rule.kind == "building_setback":
        buildings = _layer_metric(project, "buildings")
        if buildings is None:
            return _empty_metric(), Message(QT_TRANSLATE_NOOP("Note", "{rule}: no buildings layer in the project, rule skipped"), rule=rule.word())
        return nearby_buffered(buildings.values, site_m, rule.value), ""
    if rule.kind == "layer_exclusion":
        geoms = _layer_metric(project, rule.layer) if rule.layer else None
        if geoms is None and rule.path:
            geoms = read_exclusion_file(rule.path, rule.declared_crs)
        if geoms is None:
            return _empty_metric(), Message(QT_TRANSLATE_NOOP("Note", "{rule}: layer {layer!r} is not in the project, rule skipped"),
                                              rule=rule.word(), layer=rule.layer)
        return nearby_buffered(geoms.values, site_m, rule.value), ""
    if rule.kind == "raster_threshold":
        source = _raster_source(rule, project)
        if source is None:
            return _empty_metric(), Message(QT_TRANSLATE_NOOP("Note", "{rule}: raster {raster!r} is not in the project, rule skipped"),
                                              rule=rule.word(), raster=rule.raster)
        layer = project.layers.get(rule.raster) if (project is not None and rule.raster) else None
        indicative = layer is not None and str(getattr(layer, "tags", {}).get("indicative", "")).lower() == "true"
        # say so when the rule runs on the shipped indicative raster rather than measured data
        note = Message(QT_TRANSLATE_NOOP("Note", "{rule}: uses the indicative raster {raster!r}; import a measured "
                                                 "GeoTIFF to replace it"), rule=rule.word(), raster=layer.title) \
            if indicative else ""
        return raster_exclusion(*source, rule.op, rule.value, site_m), note
    return _empty_metric(), ""  # turbine_spacing: checked by the layout


__all__ = ["Rule", "RuleSet", "default_ruleset", "rule_exclusion", "nearby_buffered", "raster_exclusion",
           "read_exclusion_file", "land_metric", "RULE_KINDS", "DEFAULT_RULESET_PATH", "RULESETS_DIR", "STORAGE_CRS"]
