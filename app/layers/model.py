"""Layer models: the evented data behind the layer tree and the map canvas.

A layer holds its data and its style; widgets bind to the layer's events and
keep no state of their own (DESIGN.md rule 3). Qt-free.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Iterable

import geopandas as gpd
import numpy as np

from app.core.events import EmitterGroup
from app.layers.crs import STORAGE_CRS

#: Column that flags generated sample features (示例数据) in a vector layer. Its
#: value is :data:`SAMPLE_NOTICE` on a generated feature and empty on one the
#: user imported or drew, so a layer can mix both; the GeoPackage stores it like
#: any field, and exports carry it unchanged (DESIGN.md rule 11).
SAMPLE_FIELD = "sample"
SAMPLE_NOTICE = "示例数据 / sample data"

#: Palette for categorized styles (ColorBrewer Set2 + Dark2, colour-blind safe-ish).
CATEGORY_PALETTE = [
    "#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f",
    "#e5c494", "#b3b3b3", "#1b9e77", "#d95f02", "#7570b3", "#e7298a",
]


@dataclass
class Style:
    """How a vector layer is drawn.

    Attributes
    ----------
    fill, stroke : str
        ``#rrggbb`` colours; ``fill`` may be ``"none"``.
    stroke_width : float
        Line width [px on screen].
    opacity : float
        Layer opacity, 0–1 [-].
    point_size : float
        Marker diameter for points [px].
    label_field : str or None
        Attribute drawn as a label.
    category_field : str or None
        Attribute whose values pick the fill colour (categorized style).
    categories : dict
        Value (as text) -> ``#rrggbb``; filled from the data when empty.
    filter_expression : str or None
        The layer filter (QGIS's provider filter): only features for which
        this expression (:mod:`app.layers.expression`) is true are drawn,
        identified, selected on the map and listed in the attribute table;
        analyses and exports still use every feature.
    """

    fill: str = "#8da0cb"
    stroke: str = "#333333"
    stroke_width: float = 0.8
    opacity: float = 1.0
    point_size: float = 7.0
    label_field: str | None = None
    category_field: str | None = None
    categories: dict = field(default_factory=dict)
    filter_expression: str | None = None

    def to_dict(self) -> dict:
        return dict(self.__dict__, categories=dict(self.categories))

    @classmethod
    def from_dict(cls, data: dict) -> "Style":
        """A style from its saved form; values that cannot be drawn (a project file edited by hand or
        damaged: ``"notacolor"``, a width of ``"x"``, an opacity of -5, categories as a list) fall back to
        the defaults, so a bad style never stops a project from opening, drawing or printing."""
        if not isinstance(data, dict):
            return cls()
        default = cls()
        known = {}
        for key, value in data.items():
            if key in ("fill", "stroke"):
                known[key] = value if _is_colour(value, allow_none=key == "fill") else getattr(default, key)
            elif key in _STYLE_NUMBERS:
                low, high = _STYLE_NUMBERS[key]
                number = _finite_number(value)
                known[key] = getattr(default, key) if number is None else min(max(number, low), high)
            elif key in ("label_field", "category_field"):
                known[key] = value if isinstance(value, str) and value else None
            elif key == "categories":
                known[key] = ({str(k): v for k, v in value.items() if _is_colour(v)} if isinstance(value, dict)
                              else {})
            elif key == "filter_expression":  # kept as written: a filter that fails shows every feature
                known[key] = value if isinstance(value, str) and value.strip() else None
        return cls(**known)

    def color_for(self, value) -> str:
        if self.category_field is None:
            return self.fill
        return self.categories.get(str(value), self.fill)


def sample_mask(gdf) -> np.ndarray:
    """True for the features of ``gdf`` flagged as generated sample data (:data:`SAMPLE_FIELD`)."""
    if SAMPLE_FIELD not in gdf.columns:
        return np.zeros(len(gdf), dtype=bool)
    values = gdf[SAMPLE_FIELD].to_numpy(dtype=object)
    return np.array([isinstance(v, str) and bool(v.strip()) for v in values], dtype=bool)


def flag_sample(gdf, mask=None):
    """A copy of ``gdf`` with the features ``mask`` (default all) flagged as sample data; others unflagged."""
    out = gdf.copy()
    mask = np.ones(len(gdf), dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    out[SAMPLE_FIELD] = np.where(mask, SAMPLE_NOTICE, None).astype(object)
    return out

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?")
#: Numeric style fields and the range they are clamped to.
_STYLE_NUMBERS = {"stroke_width": (0.0, 50.0), "opacity": (0.0, 1.0), "point_size": (0.5, 100.0)}


def _is_colour(value, allow_none: bool = False) -> bool:
    return isinstance(value, str) and (_COLOUR.fullmatch(value) is not None or (allow_none and value == "none"))


def _finite_number(value) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


class Layer:
    """Base of map layers: a name, a title, visibility and events."""

    kind = "abstract"

    def __init__(self, name: str, title: str | None = None, visible: bool = True, sample: bool = False):
        self.name = name
        self.title = title or name
        self._visible = visible
        #: True when the layer is generated sample data (示例数据), never survey data.
        self.sample = sample
        #: What went wrong when the layer was opened (e.g. no CRS, assumed EPSG:4490); shown by
        #: ``lygsite layers`` and the layer tree.
        self.problems: list[str] = []
        self.events = EmitterGroup("visible", "style", "data", "selection", "title")

    @property
    def visible(self) -> bool:
        return self._visible

    @visible.setter
    def visible(self, value: bool) -> None:
        value = bool(value)
        if value != self._visible:
            self._visible = value
            self.events.visible.emit(layer=self, visible=value)

    def set_title(self, title: str) -> None:
        self.title = title
        self.events.title.emit(layer=self)

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        raise NotImplementedError

    def describe(self) -> dict:
        """The row of ``lygsite layers --json`` (CONTRACT.md)."""
        raise NotImplementedError


class VectorLayer(Layer):
    """A vector layer backed by a GeoDataFrame in EPSG:4490.

    The GeoDataFrame index is the feature id used by selection and edits; it
    is kept as a plain ``RangeIndex``-like integer index unique per layer.
    """

    kind = "vector"

    def __init__(self, name: str, gdf: gpd.GeoDataFrame, title: str | None = None,
                 style: Style | None = None, visible: bool = True, sample: bool = False):
        super().__init__(name, title, visible, False)  # before _gdf exists: sets no flag
        if gdf.crs is None:
            gdf = gdf.set_crs(STORAGE_CRS)
        if not gdf.index.is_unique:
            gdf = gdf.reset_index(drop=True)
        # ``sample=True`` flags every feature, unless the data already says per feature
        # which are generated (a saved project, a copy of a layer)
        if sample and SAMPLE_FIELD not in gdf.columns:
            gdf = flag_sample(gdf)
        self._gdf = gdf
        self.style = style or Style()
        self.selection: set = set()
        #: How the user's file was mapped onto this layer by the imports
        #: (:class:`app.layers.import_mapping.ImportMapping`), or None (generated or drawn data).
        self.import_mapping = None
        self._shown = None  # cached filter mask (see shown_mask)
        #: The error of a filter that no longer fits the data (its features are all shown meanwhile).
        self.filter_error = None
        if self.style.category_field:
            self.ensure_categories()

    # data -------------------------------------------------------------
    @property
    def gdf(self) -> gpd.GeoDataFrame:
        return self._gdf

    def set_gdf(self, gdf: gpd.GeoDataFrame) -> None:
        """Replace the data (edits go through commands that call this)."""
        self._gdf = gdf
        self._shown = None
        self.selection &= set(gdf.index)
        if self.style.category_field:
            self.ensure_categories()
        self.events.data.emit(layer=self)

    def data_changed(self, ids: Iterable | None = None) -> None:
        """Tell views that rows changed in place (``ids`` None: all)."""
        self._shown = None
        if self.style.category_field:
            self.ensure_categories()
        self.events.data.emit(layer=self, ids=None if ids is None else list(ids))

    @property
    def feature_count(self) -> int:
        return int(len(self._gdf))

    # sample data -------------------------------------------------------
    @property
    def sample(self) -> bool:
        """True while any feature is generated sample data (示例数据); see :data:`SAMPLE_FIELD`."""
        return bool(sample_mask(self._gdf).any())

    @sample.setter
    def sample(self, value: bool) -> None:
        # the base class sets this before the data exists; afterwards it flags or unflags every feature
        if not hasattr(self, "_gdf"):
            return
        if value:
            self._gdf = flag_sample(self._gdf)
        elif SAMPLE_FIELD in self._gdf.columns:
            self._gdf = self._gdf.drop(columns=[SAMPLE_FIELD])

    @property
    def sample_count(self) -> int:
        """How many features are generated sample data."""
        return int(sample_mask(self._gdf).sum())

    #: Geometry type of standard layers, reported while they are still empty.
    KNOWN_GEOMETRY_TYPES = {"turbines": "Point", "candidate_sites": "Polygon", "buildings": "Polygon",
                            "counties": "MultiPolygon", "sea_area": "Polygon"}

    @property
    def geometry_type(self) -> str:
        types = self._gdf.geometry.geom_type.dropna().unique()
        if len(types) == 0:
            return self.KNOWN_GEOMETRY_TYPES.get(self.name, "Unknown")
        bases = {t.replace("Multi", "") for t in types}
        if len(bases) > 1:
            return "Geometry"
        base = bases.pop()
        return ("Multi" + base) if any(t.startswith("Multi") for t in types) else base

    @property
    def fields(self) -> list[str]:
        return [c for c in self._gdf.columns if c != self._gdf.geometry.name]

    @property
    def bounds(self):
        if self._gdf.empty:
            return (np.nan,) * 4
        return tuple(float(v) for v in self._gdf.total_bounds)

    def features_at(self, lon: float, lat: float, tolerance_deg: float = 0.0) -> list:
        """Ids of features under (or within ``tolerance_deg`` of) a point [deg]."""
        import shapely

        if self._gdf.empty:
            return []
        point = shapely.Point(lon, lat)
        probe = point.buffer(tolerance_deg) if tolerance_deg > 0 else point
        hits = self._gdf.sindex.query(probe, predicate="intersects")
        hits = hits[self.shown_mask()[hits]]  # features the layer filter hides are not there to pick
        return list(self._gdf.index[hits])

    # filter ----------------------------------------------------------
    def shown_mask(self) -> np.ndarray:
        """True for the features the layer filter (``style.filter_expression``) lets through; all without one.

        A filter that no longer fits the data (a field was removed) shows every
        feature and leaves its error in :attr:`filter_error`, so no feature
        silently disappears from the map.
        """
        shown = self._shown
        if shown is None or len(shown) != len(self._gdf):
            shown = np.ones(len(self._gdf), dtype=bool)
            self.filter_error = None
            if self.style.filter_expression:
                from app.layers.expression import ExpressionError, parse

                try:
                    shown = parse(self.style.filter_expression, self.fields).matches(self._gdf)
                except ExpressionError as exc:
                    self.filter_error = exc
            self._shown = shown
        return shown

    @property
    def shown_count(self) -> int:
        """How many features the layer filter lets through."""
        return int(self.shown_mask().sum())

    # selection -------------------------------------------------------
    def select(self, ids: Iterable, add: bool = False) -> None:
        ids = set(ids) & set(self._gdf.index)
        new = (self.selection | ids) if add else ids
        if new != self.selection:
            self.selection = new
            self.events.selection.emit(layer=self, selection=set(new))

    def clear_selection(self) -> None:
        self.select([])

    # style -----------------------------------------------------------
    def set_style(self, style: Style) -> None:
        self.style = style
        self._shown = None
        if style.category_field:
            self.ensure_categories()
        self.events.style.emit(layer=self)

    def ensure_categories(self) -> None:
        """Give every value of the category field a colour (kept when present)."""
        fieldname = self.style.category_field
        if fieldname not in self._gdf.columns:
            return
        values = sorted({str(v) for v in self._gdf[fieldname].dropna().unique()})
        used = set(self.style.categories.values())
        free = [c for c in CATEGORY_PALETTE if c not in used] or CATEGORY_PALETTE
        for i, value in enumerate(v for v in values if v not in self.style.categories):
            self.style.categories[value] = free[i % len(free)]

    def describe(self) -> dict:
        from app.layers.titles import shown_title

        return {
            "name": self.name,
            "title": shown_title(self),
            "kind": "vector",
            "geometry_type": self.geometry_type,
            "feature_count": self.feature_count,
            "crs": STORAGE_CRS,
            "sample": self.sample,
            "missing": False,
            "problems": list(self.problems),
        }


class RasterLayer(Layer):
    """A raster layer (a GeoTIFF on disk or an in-memory array) with a colour ramp.

    Attributes
    ----------
    array : numpy.ndarray
        2-D values, NaN where no data.
    transform : affine.Affine
        Pixel to CRS transform.
    crs : str
        CRS of the raster (EPSG:4490 for shipped rasters).
    units : str
        Units of the values, e.g. ``"m/s"``, ``"kWh/m2/yr"``.
    ramp : str
        Matplotlib colormap name used for drawing and the legend.
    """

    kind = "raster"

    def __init__(self, name: str, array: np.ndarray, transform, crs: str = STORAGE_CRS,
                 title: str | None = None, units: str = "", ramp: str = "viridis",
                 visible: bool = True, sample: bool = False, source_path: str | None = None,
                 opacity: float = 0.75, tags: dict | None = None):
        super().__init__(name, title, visible, sample)
        self.array = np.asarray(array, dtype=float)
        self.transform = transform
        self.crs = crs
        self.units = units
        self.ramp = ramp
        self.source_path = source_path
        self.opacity = opacity
        self.tags = dict(tags or {})
        self.style = Style(opacity=opacity)

    @property
    def value_range(self) -> tuple[float, float]:
        finite = self.array[np.isfinite(self.array)]
        if finite.size == 0:
            return (0.0, 1.0)
        return float(finite.min()), float(finite.max())

    @property
    def bounds(self):
        h, w = self.array.shape
        x0, y0 = self.transform @ (0, 0)
        x1, y1 = self.transform @ (w, h)
        return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))

    def describe(self) -> dict:
        return {
            "name": self.name,
            "title": self.title,
            "kind": "raster",
            "geometry_type": None,
            "feature_count": int(self.array.size),
            "crs": self.crs,
            "sample": self.sample,
            "missing": False,
            "problems": list(self.problems),
        }


class MissingLayer(Layer):
    """A layer of the project that could not be opened: kept, shown and saved back unchanged.

    A raster whose file moved or an unreadable layer is not dropped (the
    next save would lose it for good: issue 17); it stays in the layer list
    with the reason, draws nothing, and is written back to the project as it
    was read, until the user locates the file or removes the layer.

    Attributes
    ----------
    entry : dict
        The layer's record from the project file (title, kind, style, source path...).
    expected_kind : str
        ``"vector"`` or ``"raster"``: what the layer is when it can be read.
    """

    kind = "missing"

    def __init__(self, name: str, entry: dict, problem: str):
        super().__init__(name, entry.get("title") if isinstance(entry.get("title"), str) else None,
                         visible=False, sample=bool(entry.get("sample", False)))
        self.entry = dict(entry)
        self.expected_kind = "raster" if entry.get("kind") == "raster" else "vector"
        self.problems = [problem]
        self.style = Style.from_dict(entry.get("style") or {})

    @property
    def bounds(self):
        return (math.nan, math.nan, math.nan, math.nan)

    def describe(self) -> dict:
        return {
            "name": self.name,
            "title": self.title,
            "kind": self.expected_kind,
            "geometry_type": self.entry.get("geometry_type") if self.expected_kind == "vector" else None,
            "feature_count": 0,
            "crs": None,
            "sample": self.sample,
            "missing": True,
            "problems": list(self.problems),
        }


class LayerList:
    """Ordered layers, top of the map first (as in the QGIS layer tree)."""

    def __init__(self, layers: Iterable[Layer] = ()):
        self._layers: list[Layer] = []
        self.events = EmitterGroup("inserted", "removed", "moved", "changed")
        for layer in layers:
            self.append(layer)

    def __iter__(self):
        return iter(list(self._layers))

    def __len__(self):
        return len(self._layers)

    def __getitem__(self, key) -> Layer:
        if isinstance(key, str):
            for layer in self._layers:
                if layer.name == key:
                    return layer
            raise KeyError(f"no layer named {key!r}; layers: {', '.join(self.names()) or 'none'}")
        return self._layers[key]

    def __contains__(self, name) -> bool:
        return any(layer.name == name for layer in self._layers)

    def get(self, name: str, default=None):
        return self[name] if name in self else default

    def names(self) -> list[str]:
        return [layer.name for layer in self._layers]

    def index(self, name: str) -> int:
        return self.names().index(name)

    def insert(self, index: int, layer: Layer) -> None:
        if layer.name in self:
            raise ValueError(f"a layer named {layer.name!r} already exists")
        self._layers.insert(index, layer)
        self.events.inserted.emit(layer=layer, index=index)
        self.events.changed.emit()

    def append(self, layer: Layer) -> None:
        self.insert(len(self._layers), layer)

    def remove(self, name: str) -> Layer:
        layer = self[name]
        index = self._layers.index(layer)
        self._layers.remove(layer)
        self.events.removed.emit(layer=layer, index=index)
        self.events.changed.emit()
        return layer

    def move(self, name: str, new_index: int) -> None:
        layer = self[name]
        old = self._layers.index(layer)
        new_index = max(0, min(new_index, len(self._layers) - 1))
        if old == new_index:
            return
        self._layers.pop(old)
        self._layers.insert(new_index, layer)
        self.events.moved.emit(layer=layer, old=old, new=new_index)
        self.events.changed.emit()

    def replace(self, layer: Layer) -> None:
        """Put ``layer`` where the layer of the same name is, or on top."""
        if layer.name in self:
            index = self.index(layer.name)
            self.remove(layer.name)
            self.insert(index, layer)
        else:
            self.insert(0, layer)

    def vector_layers(self) -> list[VectorLayer]:
        return [layer for layer in self._layers if isinstance(layer, VectorLayer)]

    def full_extent(self, visible_only: bool = False) -> tuple[float, float, float, float]:
        boxes = [l.bounds for l in self._layers if (l.visible or not visible_only)]
        boxes = [b for b in boxes if all(np.isfinite(b))]
        if not boxes:
            from app.layers.crs import STUDY_EXTENT

            return STUDY_EXTENT
        arr = np.array(boxes)
        return (float(arr[:, 0].min()), float(arr[:, 1].min()), float(arr[:, 2].max()), float(arr[:, 3].max()))


def copy_gdf(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """A deep copy for undo snapshots (geometries are immutable, so shallow is enough for them)."""
    return gdf.copy(deep=True)


__all__ = ["Style", "Layer", "VectorLayer", "RasterLayer", "MissingLayer", "LayerList", "CATEGORY_PALETTE", "copy_gdf",
           "SAMPLE_FIELD", "SAMPLE_NOTICE", "sample_mask", "flag_sample"]
