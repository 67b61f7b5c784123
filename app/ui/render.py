"""The map renderer: project layers drawn with QPainter into QImages.

One renderer serves the map canvas, ``lygsite render`` and screenshots, so the
benchmark measures what the user sees.

View
    Lon/lat (EPSG:4490) shown in an equirectangular view whose longitudes are
    scaled by ``cos(ref_lat)``, so shapes near Lianyungang (~34.6 N) are not
    squashed. ``ref_lat`` stays fixed while panning so cached images can be
    shifted instead of redrawn.

Speed (100,000 footprints well under 0.5 s on 2 cores)
    - cull with the layer's spatial index (``gdf.sindex.query(box)``);
    - features smaller than ~1 px are drawn as 1-2 px squares;
    - large features are simplified to sub-pixel tolerance and clipped to the
      view when they reach far outside it;
    - coordinates are converted with numpy and handed to Qt in bulk: one
      ``QPainterPath`` per colour is deserialised from a numpy buffer in the
      ``QDataStream`` layout of ``QPainterPath`` (int32 count, then
      ``(int32 type, float64 x, float64 y)`` per element, then int32 start of
      the last sub-path and int32 fill rule), instead of one Python call per
      vertex.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import shapely
from PySide6.QtCore import QByteArray, QDataStream, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from app.layers.model import Layer, RasterLayer, VectorLayer
from app.ui.i18n import ui_language

#: Mean length of one degree of latitude near 34.6 N [m] (WGS84/CGCS2000 ellipsoid).
METRES_PER_DEGREE_LAT = 110_940.0
#: Features whose on-screen size is below this are drawn as small squares [px].
TINY_FEATURE_PX = 1.5
#: Side of the square a tiny feature is drawn as [px].
TINY_SQUARE_PX = 1.6
#: Features below this on-screen size are drawn as blocks of their colour, not outlines [px].
SMALL_FEATURE_PX = 3.0
#: Simplification tolerance for large features [px].
SIMPLIFY_TOLERANCE_PX = 0.6
#: Above this many vertices in one layer, antialiasing is switched off (it costs ~2x) [-].
ANTIALIAS_VERTEX_LIMIT = 40_000
#: Above this many outlined features in view, fills are drawn aliased under antialiased outlines.
SPLIT_FILL_STROKE_MIN_FEATURES = 2_000
#: Rings per QPainterPath when many features are drawn (see geometries_paths) [-].
RINGS_PER_PATH = 64
#: Category values looked up per slice of this many features (see layer_arrays) [-].
FACTORIZE_SLICE = 100_000
#: Selection highlight colour (yellow, as in QGIS).
SELECTION_COLOR = "#ffeb00"
#: Most labels drawn per layer and view [-].
MAX_LABELS = 400
#: Map background: land-neutral paper colour.
BACKGROUND = "#f7f6f2"

_PATH_RECORD = np.dtype([("type", "<i4"), ("x", "<f8"), ("y", "<f8")])
_MOVE_TO, _LINE_TO = 0, 1


@dataclass(frozen=True)
class MapView:
    """What part of the map a widget or image shows.

    Attributes
    ----------
    center_lon, center_lat : float
        Centre of the view [deg].
    px_per_deg : float
        Pixels per degree of latitude [px/deg].
    width, height : int
        Size of the image [px].
    ref_lat : float
        Latitude whose cosine scales longitudes [deg].
    """

    center_lon: float
    center_lat: float
    px_per_deg: float
    width: int
    height: int
    ref_lat: float = 34.6

    # construction ------------------------------------------------------
    @classmethod
    def fit(cls, bounds, width: int, height: int, ref_lat: float | None = None, margin: float = 0.03) -> "MapView":
        """A view showing ``bounds`` (lon_min, lat_min, lon_max, lat_max) [deg] whole."""
        x0, y0, x1, y1 = bounds
        if ref_lat is None:
            ref_lat = (y0 + y1) / 2
        kx = math.cos(math.radians(ref_lat))
        span_x = max((x1 - x0) * kx, 1e-6)
        span_y = max(y1 - y0, 1e-6)
        usable_w = max(width * (1 - 2 * margin), 1)
        usable_h = max(height * (1 - 2 * margin), 1)
        scale = min(usable_w / span_x, usable_h / span_y)
        return cls((x0 + x1) / 2, (y0 + y1) / 2, scale, int(width), int(height), ref_lat)

    @property
    def kx(self) -> float:
        """Pixels per degree of longitude [px/deg]."""
        return self.px_per_deg * math.cos(math.radians(self.ref_lat))

    @property
    def extent(self) -> tuple[float, float, float, float]:
        """(lon_min, lat_min, lon_max, lat_max) shown [deg]."""
        half_w = self.width / 2 / self.kx
        half_h = self.height / 2 / self.px_per_deg
        return (self.center_lon - half_w, self.center_lat - half_h, self.center_lon + half_w, self.center_lat + half_h)

    @property
    def metres_per_pixel(self) -> float:
        """Ground distance of one pixel at the reference latitude [m/px]."""
        return METRES_PER_DEGREE_LAT / self.px_per_deg

    # conversions -------------------------------------------------------
    def to_screen(self, lon, lat):
        """Pixel coordinates (x right, y down) of lon/lat [deg]; arrays allowed."""
        x = (np.asarray(lon) - self.center_lon) * self.kx + self.width / 2
        y = (self.center_lat - np.asarray(lat)) * self.px_per_deg + self.height / 2
        return x, y

    def to_map(self, x, y):
        """Lon/lat [deg] of pixel coordinates."""
        lon = (np.asarray(x) - self.width / 2) / self.kx + self.center_lon
        lat = self.center_lat - (np.asarray(y) - self.height / 2) / self.px_per_deg
        return lon, lat

    # derived views -----------------------------------------------------
    def panned(self, dx_px: float, dy_px: float) -> "MapView":
        """The view after dragging the map by (dx, dy) pixels."""
        return replace(self, center_lon=self.center_lon - dx_px / self.kx,
                       center_lat=self.center_lat + dy_px / self.px_per_deg)

    def zoomed(self, factor: float, anchor_x: float | None = None, anchor_y: float | None = None) -> "MapView":
        """Zoom by ``factor`` (>1 in) keeping the map point under the anchor pixel fixed."""
        if anchor_x is None:
            anchor_x, anchor_y = self.width / 2, self.height / 2
        lon, lat = self.to_map(anchor_x, anchor_y)
        scale = self.px_per_deg * factor
        kx = scale * math.cos(math.radians(self.ref_lat))
        center_lon = float(lon) - (anchor_x - self.width / 2) / kx
        center_lat = float(lat) + (anchor_y - self.height / 2) / scale
        return replace(self, center_lon=center_lon, center_lat=center_lat, px_per_deg=scale)

    def resized(self, width: int, height: int) -> "MapView":
        return replace(self, width=int(width), height=int(height))

    def grown(self, margin_px: int) -> "MapView":
        """The same centre and scale, ``margin_px`` larger on every side (pan buffer)."""
        return replace(self, width=self.width + 2 * margin_px, height=self.height + 2 * margin_px)


# ----------------------------------------------------------------------
# geometry -> QPainterPath in bulk
def path_from_rings(x: np.ndarray, y: np.ndarray, ring_starts: np.ndarray, winding: bool = False) -> QPainterPath:
    """One QPainterPath from many rings/lines given as flat pixel coordinates.

    Parameters
    ----------
    x, y : numpy.ndarray
        Pixel coordinates of all vertices, ring after ring [px].
    ring_starts : numpy.ndarray
        Index in ``x`` of the first vertex of each ring.
    winding : bool
        Qt's winding fill rule (overlapping rings of the same orientation fill
        as their union) instead of odd-even (every overlap is a hole).
    """
    path = QPainterPath()
    count = len(x)
    if count == 0:
        return path
    records = np.empty(count, dtype=_PATH_RECORD)
    records["type"] = _LINE_TO
    records["type"][ring_starts] = _MOVE_TO
    records["x"] = x
    records["y"] = y
    tail = np.array([int(ring_starts[-1]), 1 if winding else 0], dtype="<i4")  # last sub-path start, fill rule
    payload = np.array([count], dtype="<i4").tobytes() + records.tobytes() + tail.tobytes()
    stream = QDataStream(QByteArray(payload))
    stream.setByteOrder(QDataStream.ByteOrder.LittleEndian)
    stream >> path
    return path


def _flat_rings(geoms: np.ndarray):
    """Flat coordinates of the rings (polygons) or lines of ``geoms``, ring starts, and each ring's feature.

    Polygons are oriented (exterior counter-clockwise, holes clockwise) so
    that the winding fill rule keeps holes open and fills overlapping
    features as their union.
    """
    parts, part_owner = shapely.get_parts(geoms, return_index=True)
    polygonal = shapely.get_type_id(parts) == 3
    pieces, owners = [], []
    if polygonal.any():
        rings, ring_part = shapely.get_rings(shapely.orient_polygons(parts[polygonal]), return_index=True)
        pieces.append(rings)
        owners.append(part_owner[polygonal][ring_part])
    if (~polygonal).any():
        pieces.append(parts[~polygonal])
        owners.append(part_owner[~polygonal])
    rings = np.concatenate(pieces) if len(pieces) > 1 else pieces[0]
    ring_owner = np.concatenate(owners) if len(owners) > 1 else owners[0]
    coords, ring_index = shapely.get_coordinates(rings, return_index=True)
    if len(coords) == 0:
        return coords, np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, ring_index[1:] != ring_index[:-1]])
    return coords, starts, ring_owner[ring_index[starts]]


def geometries_paths(geoms: np.ndarray, view: MapView, rings_per_path: int = RINGS_PER_PATH) -> list[QPainterPath]:
    """``geoms`` (polygons and/or lines, any multi-part) as screen paths of about ``rings_per_path`` rings each.

    Qt fills one antialiased path of thousands of rings many times slower
    than the same rings in small paths (27 ms against 4 ms for 2,000
    footprints), so large groups are cut, always between features (a
    polygon and its holes stay in one path).
    """
    if len(geoms) == 0:
        return []
    coords, starts, owners = _flat_rings(geoms)
    if len(coords) == 0:
        return []
    x, y = view.to_screen(coords[:, 0], coords[:, 1])
    if len(starts) <= rings_per_path:
        return [path_from_rings(x, y, starts, winding=True)]
    feature_starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])  # rings where a feature begins
    cuts = np.unique(feature_starts[np.minimum(np.searchsorted(feature_starts, np.arange(0, len(starts), rings_per_path)),
                                               len(feature_starts) - 1)])
    ends = np.r_[cuts[1:], len(starts)]
    paths = []
    for a, b in zip(cuts, ends):
        first, last = starts[a], (starts[b] if b < len(starts) else len(x))
        paths.append(path_from_rings(x[first:last], y[first:last], starts[a:b] - first, winding=True))
    return paths


def geometries_path(geoms: np.ndarray, view: MapView) -> QPainterPath:
    """All ``geoms`` (polygons and/or lines, any multi-part) as one screen path."""
    return geometries_paths(geoms, view, rings_per_path=2**62)[0] if len(geoms) else QPainterPath()


def squares_path(x: np.ndarray, y: np.ndarray, size_px: float) -> QPainterPath:
    """Small squares centred on pixel positions (tiny features and many points)."""
    if len(x) == 0:
        return QPainterPath()
    h = size_px / 2
    corners_x = np.array([-h, h, h, -h, -h])
    corners_y = np.array([-h, -h, h, h, -h])
    xs = (np.asarray(x)[:, None] + corners_x).ravel()
    ys = (np.asarray(y)[:, None] + corners_y).ravel()
    return path_from_rings(xs, ys, np.arange(len(x)) * 5)


# ----------------------------------------------------------------------
def _qcolor(text: str, alpha: float = 1.0) -> QColor:
    color = QColor(text)
    if alpha < 1.0:
        color.setAlphaF(max(0.0, min(1.0, alpha)))
    return color


@dataclass(frozen=True)
class LayerArrays:
    """Per-feature arrays of a vector layer, computed once per data and style version.

    The renderer reuses them for every view, so a redraw of a million
    footprints costs no per-feature Python work.

    Attributes
    ----------
    geometries : numpy.ndarray
        The layer's shapely geometries (object array, the GeoDataFrame's own).
    bounds : numpy.ndarray
        (n, 4) lon_min, lat_min, lon_max, lat_max of each feature [deg].
    total_bounds : tuple of float
        Bounds of every drawable feature [deg].
    drawable : numpy.ndarray
        False for missing or empty geometries and for features the layer
        filter hides (``style.filter_expression``).
    is_point : numpy.ndarray
        Point and MultiPoint features.
    is_polygonal : numpy.ndarray
        Polygon and MultiPolygon features.
    vertex_counts : numpy.ndarray
        Vertices of each feature.
    color_codes : numpy.ndarray
        Index of each feature's fill colour in ``palette``.
    palette : list of str
        The distinct fill colours (``#rrggbb``).
    grid : BoundsGrid
        Which features lie where (for views of part of the layer).
    has_geometry : numpy.ndarray
        False for missing or empty geometries only (``drawable`` before the filter).
    """

    geometries: np.ndarray
    bounds: np.ndarray
    total_bounds: tuple
    drawable: np.ndarray
    is_point: np.ndarray
    is_polygonal: np.ndarray
    vertex_counts: np.ndarray
    color_codes: np.ndarray
    palette: list
    grid: "BoundsGrid | None" = None
    has_geometry: "np.ndarray | None" = None
    rings: "OneRingPolygons | None" = None


@dataclass(frozen=True)
class OneRingPolygons:
    """The vertices of a layer's one-ring polygons (no hole, one part), flat and counter-clockwise.

    Building footprints are almost all such polygons. Keeping their vertices
    flat, computed once per data version, lets a view gather the vertices of
    thousands of features with one numpy index instead of taking every
    polygon apart again with shapely (about a quarter of the time of a street
    view of 7,000 footprints).

    Attributes
    ----------
    coords : numpy.ndarray
        (v, 2) vertices [deg], ring after ring, each ring closed and counter-clockwise (as
        :func:`shapely.orient_polygons` makes exteriors, so the winding fill rule unites overlaps).
    first : numpy.ndarray
        Index in ``coords`` of each feature's first vertex; -1 for any other feature.
    count : numpy.ndarray
        Vertices of each feature's ring (0 for any other feature).
    """

    coords: np.ndarray
    first: np.ndarray
    count: np.ndarray


def one_ring_polygons(geometries: np.ndarray, type_ids: np.ndarray) -> OneRingPolygons:
    """The :class:`OneRingPolygons` of ``geometries`` (``type_ids``: :func:`shapely.get_type_id` of them)."""
    n = len(geometries)
    simple = type_ids == 3
    simple[simple] = shapely.get_num_interior_rings(geometries[simple]) == 0
    which = np.flatnonzero(simple)
    first = np.full(n, -1, dtype=np.int64)
    count = np.zeros(n, dtype=np.int64)
    if not len(which):
        return OneRingPolygons(np.empty((0, 2)), first, count)
    coords, owner = shapely.get_coordinates(geometries[which], return_index=True)
    counts = np.bincount(owner, minlength=len(which))
    starts = np.r_[0, np.cumsum(counts)[:-1]]
    # twice the signed area of each ring (shoelace over its edges): negative = clockwise
    cross = coords[:-1, 0] * coords[1:, 1] - coords[1:, 0] * coords[:-1, 1]
    same_ring = owner[1:] == owner[:-1]
    doubled_area = np.bincount(owner[:-1][same_ring], weights=cross[same_ring], minlength=len(which))
    clockwise = doubled_area < 0
    if clockwise.any():
        index = np.arange(len(coords))
        ring_start, ring_count = starts[owner], counts[owner]
        reversed_index = ring_start + ring_count - 1 - (index - ring_start)
        coords = coords[np.where(clockwise[owner], reversed_index, index)]
    first[which], count[which] = starts, counts
    return OneRingPolygons(coords, first, count)


def one_ring_paths(rings: OneRingPolygons, positions: np.ndarray, view: "MapView",
                   rings_per_path: int = RINGS_PER_PATH) -> list[QPainterPath]:
    """The features at ``positions`` (one-ring polygons all) as screen paths of ``rings_per_path`` rings each."""
    counts = rings.count[positions]
    total = int(counts.sum())
    if total == 0:
        return []
    starts = np.r_[0, np.cumsum(counts)[:-1]]
    vertices = np.repeat(rings.first[positions] - starts, counts) + np.arange(total)
    x, y = view.to_screen(rings.coords[vertices, 0], rings.coords[vertices, 1])
    paths = []
    for a in range(0, len(starts), rings_per_path):
        b = min(a + rings_per_path, len(starts))
        lo, hi = starts[a], (starts[b] if b < len(starts) else total)
        paths.append(path_from_rings(x[lo:hi], y[lo:hi], starts[a:b] - lo, winding=True))
    return paths


class BoundsGrid:
    """Features binned by the centre of their bounds on a regular grid (numpy only).

    A view of part of a large layer looks at the features of the cells it
    meets (grown by the largest feature's half-size), then tests their
    bounds: a few milliseconds for a town in a million features, where a
    scan of every bound takes ~10 ms and building shapely's STRtree holds
    the interpreter (and so the GUI thread) ~0.4 s per million.

    Parameters
    ----------
    bounds : numpy.ndarray
        (n, 4) feature bounds [deg].
    drawable : numpy.ndarray
        Features to index (others are never returned).
    cells : int
        Cells along each side.
    """

    def __init__(self, bounds: np.ndarray, drawable: np.ndarray, cells: int = 256):
        self.bounds = bounds
        index = np.flatnonzero(drawable)
        b = bounds[index]
        self.x0, self.y0 = (float(b[:, 0].min()), float(b[:, 1].min())) if len(b) else (0.0, 0.0)
        x1, y1 = (float(b[:, 2].max()), float(b[:, 3].max())) if len(b) else (1.0, 1.0)
        self.cells = cells
        self.dx, self.dy = max(x1 - self.x0, 1e-12) / cells, max(y1 - self.y0, 1e-12) / cells
        # features are found from their centre's cell, so a view is grown by the largest half-size
        self.reach_x = float(np.max(b[:, 2] - b[:, 0], initial=0.0)) / 2
        self.reach_y = float(np.max(b[:, 3] - b[:, 1], initial=0.0)) / 2
        cell = self._cell((b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2)
        order = np.argsort(cell, kind="stable")
        self.features = index[order]
        self.starts = np.searchsorted(cell[order], np.arange(cells * cells + 1))

    def _cell(self, x, y):
        i = np.clip(((x - self.x0) / self.dx).astype(np.int64), 0, self.cells - 1)
        j = np.clip(((y - self.y0) / self.dy).astype(np.int64), 0, self.cells - 1)
        return j * self.cells + i

    def query(self, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
        """Sorted positions of the features whose bounds meet the box [deg]."""
        i0, i1 = (int(np.clip(np.floor((v - self.x0) / self.dx), 0, self.cells - 1))
                  for v in (x0 - self.reach_x, x1 + self.reach_x))
        j0, j1 = (int(np.clip(np.floor((v - self.y0) / self.dy), 0, self.cells - 1))
                  for v in (y0 - self.reach_y, y1 + self.reach_y))
        rows = np.arange(j0, j1 + 1) * self.cells
        first, last = self.starts[rows + i0], self.starts[rows + i1 + 1]
        if (last - first).sum() == 0:
            return np.empty(0, dtype=np.int64)
        candidates = np.concatenate([self.features[a:b] for a, b in zip(first, last)])
        b = self.bounds[candidates]
        meets = (b[:, 0] <= x1) & (b[:, 2] >= x0) & (b[:, 1] <= y1) & (b[:, 3] >= y0)
        return np.sort(candidates[meets])


def layer_arrays(layer: VectorLayer, geometry: LayerArrays | None = None) -> LayerArrays:
    """The :class:`LayerArrays` of ``layer`` as its data and style are now.

    ``geometry``: arrays of the same data under another style, whose
    geometry part is reused (a style change recomputes only the colours).
    """
    import pandas as pd

    gdf = layer.gdf
    if geometry is None:
        geometries = np.asarray(gdf.geometry.values)
        drawable = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
        bounds = shapely.bounds(geometries)
        type_ids = shapely.get_type_id(geometries)
        if drawable.any():
            b = bounds[drawable]
            total = (float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()), float(b[:, 3].max()))
        else:
            total = (np.nan,) * 4
        geometry = LayerArrays(geometries, bounds, total, drawable, (type_ids == 0) | (type_ids == 4),
                               (type_ids == 3) | (type_ids == 6), shapely.get_num_coordinates(geometries),
                               np.zeros(len(gdf), dtype=np.int32), [], BoundsGrid(bounds, drawable), drawable,
                               one_ring_polygons(geometries, type_ids))
    style = layer.style
    drawable = geometry.has_geometry & layer.shown_mask() if style.filter_expression else geometry.has_geometry
    palette = [style.fill]
    color_codes = np.zeros(len(gdf), dtype=np.int32)
    if style.category_field and style.category_field in gdf.columns:
        # one look-up per distinct value, not per feature (str(value), as Style.categories keys are);
        # in slices, so that the GUI thread gets the interpreter between them (factorize holds it)
        palette = []
        values = gdf[style.category_field].to_numpy()
        for start in range(0, len(values), FACTORIZE_SLICE):
            codes, distinct = pd.factorize(values[start:start + FACTORIZE_SLICE], use_na_sentinel=False)
            colors = [style.categories.get(str(v), style.fill) for v in distinct]
            palette += [c for c in dict.fromkeys(colors) if c not in palette]
            code_of_value = np.array([palette.index(c) for c in colors], dtype=np.int32)
            color_codes[start:start + len(codes)] = code_of_value[codes] if len(distinct) else 0
        palette = palette or [style.fill]
    return replace(geometry, color_codes=color_codes, palette=palette, drawable=drawable)


def visible_feature_positions(layer: VectorLayer, view: MapView, arrays: LayerArrays | None = None) -> np.ndarray:
    """Positions (in the GeoDataFrame) of features whose bounding box meets the view.

    With the layer's :class:`LayerArrays`, a view that holds the whole layer
    takes every drawable feature without a spatial-index query.
    """
    gdf = layer.gdf
    if gdf.empty:
        return np.empty(0, dtype=np.int64)
    if arrays is not None:
        x0, y0, x1, y1 = view.extent
        b0, b1, b2, b3 = arrays.total_bounds
        if x0 <= b0 and y0 <= b1 and x1 >= b2 and y1 >= b3:
            return np.flatnonzero(arrays.drawable)
        return arrays.grid.query(x0, y0, x1, y1)
    return np.sort(gdf.sindex.query(shapely.box(*view.extent)))


def size_in_pixels(bounds: np.ndarray, view: MapView) -> np.ndarray:
    """On-screen size of features: the larger side of each bounding box [px]."""
    return np.maximum((bounds[:, 2] - bounds[:, 0]) * view.kx, (bounds[:, 3] - bounds[:, 1]) * view.px_per_deg)


def draw_feature_blocks(painter: QPainter, left: np.ndarray, top: np.ndarray, right: np.ndarray,
                        bottom: np.ndarray, codes: np.ndarray, colors: list) -> bool:
    """Features a few pixels across as blocks of their colour, written with numpy.

    Each feature covers the pixels whose centres lie in its rectangle
    ``[left, right) x [top, bottom)`` (what an aliased ``QPainter`` fill of
    the rectangle covers), set in one image and drawn at once: a million
    features cost one vectorised pass, not a path of five million vertices.
    Where blocks overlap, the later feature (in the order given, the layer's
    order) wins, as when features are painted one after the other, so a
    crowded pixel shows each category about as often as it occurs.

    Parameters
    ----------
    painter : QPainter
        Active on a ``QImage`` without a world transform (else False is returned).
    left, top, right, bottom : numpy.ndarray
        Rectangles [px, logical], in drawing order; at most a few pixels across.
    codes : numpy.ndarray
        Index into ``colors`` of each feature.
    colors : list of QColor
        Opaque colours.

    Returns
    -------
    bool
        False when the painter cannot take this path (the caller draws paths).
    """
    device = painter.device()
    if not isinstance(device, QImage) or not painter.worldTransform().isIdentity():
        return False
    dpr = device.devicePixelRatio()
    width, height = device.width(), device.height()
    # pixel i is covered when its centre i + 0.5 lies in [left, right)
    i0 = np.ceil(np.asarray(left, dtype=float) * dpr - 0.5)
    i1 = np.ceil(np.asarray(right, dtype=float) * dpr - 0.5) - 1
    j0 = np.ceil(np.asarray(top, dtype=float) * dpr - 0.5)
    j1 = np.ceil(np.asarray(bottom, dtype=float) * dpr - 0.5) - 1
    # a block narrower than a pixel centre still shows as one pixel
    i1, j1 = np.maximum(i1, i0), np.maximum(j1, j0)
    span_i = int(np.max(i1 - i0, initial=0)) + 1
    span_j = int(np.max(j1 - j0, initial=0)) + 1
    winner = np.full(width * height, -1, dtype=np.int64)  # per pixel: the last feature covering it
    order = np.arange(len(i0), dtype=np.int64)
    for di in range(span_i):
        for dj in range(span_j):
            i, j = i0 + di, j0 + dj
            keep = (i <= i1) & (j <= j1) & (i >= 0) & (j >= 0) & (i < width) & (j < height)
            np.maximum.at(winner, (j[keep] * width + i[keep]).astype(np.int64), order[keep])
    argb = np.array([c.rgba() | 0xFF000000 for c in colors] + [0], dtype=np.uint32)  # last: transparent
    pixels = argb[np.where(winner >= 0, np.asarray(codes)[winner], len(colors))]
    image = QImage(pixels.data, width, height, 4 * width, QImage.Format.Format_ARGB32_Premultiplied)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.drawImage(QRectF(0, 0, width / dpr, height / dpr), image)
    painter.restore()
    return True


class LayerRenderer:
    """Draws one layer; keeps each layer's :class:`LayerArrays` between renders.

    The arrays are keyed by the GeoDataFrame object, the layer's style and
    the ``version`` the caller passes (the canvas counts data and style
    changes); without a version the data must not change in place between
    renders. Safe to use from one worker thread at a time.
    """

    def __init__(self, language: str | None = None):
        self._arrays: dict[int, tuple] = {}
        #: UI language; labels of a ``*_zh`` field switch to its ``*_en`` twin in English.
        self.language = language or ui_language()

    def arrays(self, layer: VectorLayer, version=None) -> LayerArrays:
        """The layer's :class:`LayerArrays`, computed again only when its data (``version``) or style changed."""
        style = layer.style
        style_key = (style.category_field, tuple(sorted(style.categories.items())), style.fill, style.filter_expression)
        cached = self._arrays.get(id(layer))
        if cached is not None and cached[0] is layer.gdf and cached[1] == version:
            if cached[2] == style_key:
                return cached[3]
            arrays = layer_arrays(layer, geometry=cached[3])
        else:
            arrays = layer_arrays(layer)
        self._arrays[id(layer)] = (layer.gdf, version, style_key, arrays)
        return arrays

    # public --------------------------------------------------------------
    def render_layer_image(self, layer: Layer, view: MapView, device_pixel_ratio: float = 1.0,
                           version=None) -> tuple[QImage, int]:
        """Draw ``layer`` alone into a transparent image of the view's size.

        Opacity is not applied here (the compositor applies it), so an opacity
        change does not need a redraw.

        Returns
        -------
        image : QImage
        features_drawn : int
        """
        image = QImage(int(view.width * device_pixel_ratio), int(view.height * device_pixel_ratio),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(device_pixel_ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        try:
            drawn = self.draw_layer(painter, layer, view, version)
        finally:
            painter.end()
        return image, drawn

    def draw_layer(self, painter: QPainter, layer: Layer, view: MapView, version=None) -> int:
        """Draw ``layer`` with ``painter`` (no opacity); returns the features drawn."""
        if isinstance(layer, RasterLayer):
            return draw_raster(painter, layer, view)
        if isinstance(layer, VectorLayer):
            return self._draw_vector(painter, layer, view, version)
        return 0

    # vector ----------------------------------------------------------------
    def _draw_vector(self, painter: QPainter, layer: VectorLayer, view: MapView, version=None) -> int:
        arrays = self.arrays(layer, version)
        positions = visible_feature_positions(layer, view, arrays)
        positions = positions[arrays.drawable[positions]]
        if len(positions) == 0:
            return 0
        style = layer.style
        is_point = arrays.is_point[positions]
        drawn = 0
        # extended features: polygons and lines
        if not is_point.all():
            drawn += self._draw_shapes(painter, style, arrays, positions[~is_point], view)
        if is_point.any():
            drawn += self._draw_points(painter, style, arrays, positions[is_point], view)
        return drawn

    def _draw_shapes(self, painter, style, arrays: LayerArrays, positions: np.ndarray, view) -> int:
        bounds = arrays.bounds[positions]
        size_px = size_in_pixels(bounds, view)
        # level of detail: below a pixel a feature is a dot, below a few pixels a block of its colour,
        # above that its exact (simplified to sub-pixel) outline
        tiny = size_px < TINY_FEATURE_PX
        small = ~tiny & (size_px < SMALL_FEATURE_PX)
        big = ~(tiny | small)
        big_positions = positions[big]
        big_geoms = arrays.geometries[big_positions]
        vertex_counts = arrays.vertex_counts[big_positions]
        if len(big_geoms):
            tolerance = SIMPLIFY_TOLERANCE_PX / view.px_per_deg
            many_vertices = vertex_counts > 16
            if many_vertices.any():
                big_geoms[many_vertices] = shapely.simplify(big_geoms[many_vertices], tolerance, preserve_topology=False)
                vertex_counts = shapely.get_num_coordinates(big_geoms)
            # clip huge shapes to (a bit more than) the view so pixel coordinates stay small
            huge = size_px[big] > 3 * max(view.width, view.height)
            if huge.any():
                x0, y0, x1, y1 = view.grown(50).extent
                big_geoms[huge] = shapely.clip_by_rect(big_geoms[huge], x0, y0, x1, y1)
        antialias = int(vertex_counts.sum()) < ANTIALIAS_VERTEX_LIMIT
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
        # Many outlined footprints: fill them aliased, then stroke them antialiased.
        # The antialiased outline covers the fill's edge, so the picture is the same
        # for footprints that do not overlap, at about a third of the time (a street
        # view of ~7,000 buildings: 37 -> 11 ms in a QPainter micro-benchmark).
        split_fill_stroke = antialias and len(big_geoms) > SPLIT_FILL_STROKE_MIN_FEATURES and style.stroke_width > 0
        fill_none = style.fill == "none"
        pen = QPen(_qcolor(style.stroke), style.stroke_width) if style.stroke_width > 0 else QPen(Qt.PenStyle.NoPen)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        big_codes = arrays.color_codes[big_positions]
        big_polygonal = arrays.is_polygonal[big_positions]
        # one-ring polygons drawn as they are (not simplified, not clipped) come from the flat vertices
        flat = np.zeros(len(big_positions), dtype=bool)
        if arrays.rings is not None and len(big_positions):
            flat = arrays.rings.first[big_positions] >= 0
            if len(big_geoms):
                flat &= ~many_vertices & ~huge
        for code in _unique(big_codes):
            color = arrays.palette[code]
            in_group = big_codes == code
            paths = one_ring_paths(arrays.rings, big_positions[in_group & flat], view) if flat.any() else []
            group = big_geoms[in_group & ~flat]
            group = group[~shapely.is_empty(group)]
            paths += geometries_paths(group, view)
            if not paths:
                continue
            if fill_none or not big_polygonal[in_group].any():
                painter.setBrush(Qt.BrushStyle.NoBrush)
                line_pen = QPen(pen) if fill_none else QPen(_qcolor(color), max(style.stroke_width, 1.5))
                line_pen.setCosmetic(True)
                painter.setPen(line_pen)
            elif split_fill_stroke:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(_qcolor(color)))
                for path in paths:
                    painter.drawPath(path)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(pen)
            else:
                painter.setBrush(QBrush(_qcolor(color)))
                painter.setPen(pen)
            for path in paths:
                painter.drawPath(path)
        blocks = tiny | small
        if blocks.any():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(Qt.PenStyle.NoPen)
            b = bounds[blocks]
            left, top = view.to_screen(b[:, 0], b[:, 3])
            right, bottom = view.to_screen(b[:, 2], b[:, 1])
            # a dot: a square around the centre, big enough to read
            dot = tiny[blocks]
            cx, cy = (left[dot] + right[dot]) / 2, (top[dot] + bottom[dot]) / 2
            h = TINY_SQUARE_PX / 2
            left[dot], right[dot], top[dot], bottom[dot] = cx - h, cx + h, cy - h, cy + h
            block_codes = arrays.color_codes[positions[blocks]]
            # darker than the fill so a single pixel still reads on the paper
            colors = [_qcolor(c).darker(125) if not fill_none else _qcolor(style.stroke) for c in arrays.palette]
            if not draw_feature_blocks(painter, left, top, right, bottom, block_codes, colors):
                for code in _unique(block_codes):
                    mask = block_codes == code
                    painter.setBrush(QBrush(colors[code]))
                    painter.drawPath(path_from_rings(
                        np.column_stack([left[mask], right[mask], right[mask], left[mask], left[mask]]).ravel(),
                        np.column_stack([top[mask], top[mask], bottom[mask], bottom[mask], top[mask]]).ravel(),
                        np.arange(int(mask.sum())) * 5))
        return int(len(positions))

    def _draw_points(self, painter, style, arrays: LayerArrays, positions: np.ndarray, view) -> int:
        geoms = arrays.geometries[positions]
        colors = np.array(arrays.palette, dtype=object)[arrays.color_codes[positions]]
        coords, index = shapely.get_coordinates(shapely.get_parts(geoms), return_index=True)
        parts_index = shapely.get_parts(geoms, return_index=True)[1]
        point_colors = colors[parts_index[index]] if len(index) else colors[:0]
        x, y = view.to_screen(coords[:, 0], coords[:, 1])
        size = style.point_size
        pen = QPen(_qcolor(style.stroke), max(style.stroke_width, 0.5))
        pen.setCosmetic(True)
        if len(x) > 5000:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(Qt.PenStyle.NoPen)
            for color in _unique(point_colors):
                painter.setBrush(QBrush(_qcolor(color)))
                mask = point_colors == color
                painter.drawPath(squares_path(x[mask], y[mask], max(size * 0.6, 2)))
            return int(len(geoms))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(pen)
        for px, py, color in zip(x, y, point_colors):
            painter.setBrush(QBrush(_qcolor(color)))
            painter.drawEllipse(QPointF(px, py), size / 2, size / 2)
        return int(len(geoms))

    # labels ------------------------------------------------------------------
    def label_field(self, layer: VectorLayer) -> str | None:
        """The field labels are read from: the style's, or its English twin in English.

        A ``name_zh`` label shows ``name_en`` when the UI is English and the
        layer has that column (county names), as a bilingual GIS would.
        """
        field = layer.style.label_field
        columns = layer.gdf.columns
        if not field or field not in columns:
            return None
        if self.language == "en" and field.endswith("_zh") and field[:-3] + "_en" in columns:
            return field[:-3] + "_en"
        return field

    def draw_labels(self, painter: QPainter, layers, view: MapView, versions: dict | None = None) -> int:
        """Labels of all visible layers (top layer first wins), without overlaps.

        Labels are drawn after (and above) every layer, in one pass, so that a
        label of a lower layer never hides under an upper layer's fill and
        collisions are checked across layers. ``versions``: layer id -> the
        version passed to :meth:`arrays`.
        """
        placed: list[QRectF] = []
        for layer in layers:
            if not (isinstance(layer, VectorLayer) and layer.visible and self.label_field(layer)):
                continue
            arrays = self.arrays(layer, (versions or {}).get(id(layer)))
            positions = visible_feature_positions(layer, view, arrays)
            positions = positions[arrays.drawable[positions]]
            if len(positions):
                self._draw_layer_labels(painter, layer, arrays, positions, view, placed)
        return len(placed)

    def _draw_layer_labels(self, painter: QPainter, layer: VectorLayer, arrays: LayerArrays, positions: np.ndarray,
                           view: MapView, placed: list) -> None:
        bounds = arrays.bounds[positions]
        size_px = size_in_pixels(bounds, view)
        # bigger features get their labels first; tiny areas carry no label
        is_point_like = size_px < 1
        # few features (sites, islands): every one gets a label if it fits
        few = layer.feature_count <= 200
        wanted = np.flatnonzero((size_px > 40) | is_point_like | few)
        wanted = wanted[np.argsort(-size_px[wanted], kind="stable")]
        # anchors (a point on the surface) only for the features that may get a label
        tried = 0
        order, anchors = [], {}
        while tried < len(wanted) and len(order) < MAX_LABELS * 4:
            chunk = wanted[tried:tried + MAX_LABELS * 4]
            tried += len(chunk)
            points = shapely.get_coordinates(shapely.point_on_surface(arrays.geometries[positions[chunk]]))
            x, y = view.to_screen(points[:, 0], points[:, 1])
            inside = (x > -50) & (x < view.width + 50) & (y > -20) & (y < view.height + 20) & np.isfinite(x)
            for i, px, py in zip(chunk[inside], x[inside], y[inside]):
                order.append(i)
                anchors[i] = (px, py)
        if not order:
            return
        texts = layer.gdf[self.label_field(layer)].to_numpy()[positions]
        font = label_font(geoms_are_areas=not is_point_like.all())
        metrics = QFontMetricsF(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        budget = len(placed) + MAX_LABELS
        halo = QPen(QColor(255, 255, 255, 230), 3.0)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for i in order[:MAX_LABELS * 4]:
            text = texts[i]
            if text is None or (isinstance(text, float) and math.isnan(text)) or str(text) == "":
                continue
            text = str(text)
            width = metrics.horizontalAdvance(text)
            x, y = anchors[i]
            # point features: label to the right of the marker; areas: centred
            if is_point_like[i]:
                left = x + layer.style.point_size / 2 + 3
                baseline = y + metrics.ascent() / 2 - 1
            else:
                left = x - width / 2
                baseline = y + metrics.ascent() / 2 - 1
            rect = QRectF(left - 2, baseline - metrics.ascent() - 1, width + 4, metrics.height() + 2)
            if any(rect.intersects(other) for other in placed):
                continue
            placed.append(rect)
            path = QPainterPath()
            path.addText(QPointF(left, baseline), font, text)
            painter.strokePath(path, halo)
            painter.fillPath(path, QColor("#222222"))
            if len(placed) >= budget:
                break


def _unique(values: np.ndarray) -> list:
    return list(dict.fromkeys(values.tolist()))


def label_font(geoms_are_areas: bool = True) -> QFont:
    """Font for map labels: the bundled CJK family so Chinese never shows as boxes."""
    from app.ui.fonts import cjk_family

    font = QFont(cjk_family())
    font.setPixelSize(14 if geoms_are_areas else 12)
    if geoms_are_areas:
        font.setBold(True)
    return font


# ----------------------------------------------------------------------
def raster_to_image(layer: RasterLayer) -> QImage:
    """The raster's values coloured with its ramp (NaN transparent)."""
    from matplotlib import colormaps

    array = layer.array
    low, high = layer.value_range
    span = (high - low) or 1.0
    normalised = np.clip((array - low) / span, 0, 1)
    rgba = colormaps[layer.ramp if layer.ramp in colormaps else "viridis"](np.nan_to_num(normalised), bytes=True)
    rgba[~np.isfinite(array)] = 0
    rgba = np.ascontiguousarray(rgba)
    h, w = array.shape
    image = QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888)
    return image.copy()  # own the pixels: the numpy buffer goes away


def save_png(image: QImage, path, protected=()) -> Path:
    """Write ``image`` as a PNG through the one atomic writer (:mod:`app.project.atomic`); returns the path.

    Raises
    ------
    OutputError
        The folder is missing or read-only, the disk is full, or the PNG did not read back.
    """
    from app.project.atomic import atomic_output, check_writable, failed_write, verify_png

    target = check_writable(path, protected)
    with atomic_output(target, "writing", verify=verify_png, protected=protected) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise failed_write(tmp, "Qt could not write the PNG image")
    return target


def ramp_colors(ramp: str, count: int) -> list[QColor]:
    """``count`` colours sampled evenly along a matplotlib colour ramp.

    The samples are kept in the user's cache (keyed by matplotlib's version),
    so the layer tree's swatches and the legend do not import matplotlib
    (~0.4 s) while the window first opens.
    """
    from app.core.cache import cached_json, package_versions, version_key

    def sample() -> list:
        from matplotlib import colormaps

        cmap = colormaps[ramp if ramp in colormaps else "viridis"]
        return [list(cmap(i / max(count - 1, 1))) for i in range(count)]

    key = version_key(ramp, count, package_versions("matplotlib"))
    return [QColor.fromRgbF(*rgba) for rgba in cached_json("ramp", key, sample)]


def draw_raster_legend(painter: QPainter, layers, left: float, bottom: float, width: float = 180.0) -> float:
    """Colour bars of visible raster layers, stacked upwards from ``bottom`` [px].

    Each bar shows the layer title, its ramp, and its minimum and maximum with
    units, so a planner reads values off the map as in a QGIS legend.
    Returns the top of the drawn block [px] (``bottom`` when nothing drawn).
    """
    rasters = [layer for layer in layers if isinstance(layer, RasterLayer) and layer.visible]
    if not rasters:
        return bottom
    font = QFont(painter.font())
    font.setPixelSize(11)
    painter.setFont(font)
    row_height = 40.0
    top = bottom - row_height * len(rasters)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 215))
    painter.drawRect(QRectF(left - 8, top - 4, width + 16, row_height * len(rasters) + 4))
    for i, layer in enumerate(rasters):
        y = top + i * row_height
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(left, y, width, 14), Qt.AlignmentFlag.AlignLeft, layer.title)
        colours = ramp_colors(layer.ramp, 64)
        step = width / len(colours)
        painter.setPen(Qt.PenStyle.NoPen)
        for j, colour in enumerate(colours):
            painter.setBrush(colour)
            painter.drawRect(QRectF(left + j * step, y + 15, step + 0.5, 9))
        low, high = layer.value_range
        units = f" {layer.units}" if layer.units else ""
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(left, y + 25, width / 2, 13), Qt.AlignmentFlag.AlignLeft, f"{low:,.1f}{units}")
        painter.drawText(QRectF(left + width / 2, y + 25, width / 2, 13), Qt.AlignmentFlag.AlignRight,
                         f"{high:,.1f}{units}")
    return top


def draw_raster(painter: QPainter, layer: RasterLayer, view: MapView) -> int:
    """Draw a raster layer georeferenced by its bounds (north-up rasters)."""
    x0, y0, x1, y1 = layer.bounds
    vx0, vy0, vx1, vy1 = view.extent
    if x1 < vx0 or x0 > vx1 or y1 < vy0 or y0 > vy1:
        return 0
    image = raster_to_image(layer)
    left, top = view.to_screen(x0, y1)
    right, bottom = view.to_screen(x1, y0)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.drawImage(QRectF(float(left), float(top), float(right - left), float(bottom - top)), image)
    return 1


# ----------------------------------------------------------------------
def draw_selection(painter: QPainter, layer: VectorLayer, view: MapView) -> int:
    """Highlight the selected features of ``layer`` in yellow; returns how many."""
    if not isinstance(layer, VectorLayer) or not layer.selection or not layer.visible:
        return 0
    gdf = layer.gdf
    # the selected features first (few), then which of them meet the view: no pass over every feature,
    # so a frame of a map with a million footprints and a selection stays fast
    if gdf.index.is_unique:
        selected = gdf.index.get_indexer(list(layer.selection))
        selected = np.unique(selected[selected >= 0])
    else:
        selected = np.flatnonzero(gdf.index.isin(list(layer.selection)))
    geoms = np.asarray(gdf.geometry.values)[selected]
    drawable = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    selected, geoms = selected[drawable], geoms[drawable]
    x0, y0, x1, y1 = view.extent
    b = shapely.bounds(geoms)
    meets = (b[:, 0] <= x1) & (b[:, 2] >= x0) & (b[:, 1] <= y1) & (b[:, 3] >= y0)
    positions, geoms = selected[meets], geoms[meets]
    if not len(positions):
        return 0
    type_ids = shapely.get_type_id(geoms)
    is_point = (type_ids == 0) | (type_ids == 4)
    yellow = QColor(SELECTION_COLOR)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, len(positions) < 5000)
    shapes = geoms[~is_point]
    if len(shapes):
        bounds = shapely.bounds(shapes)
        size_px = np.maximum((bounds[:, 2] - bounds[:, 0]) * view.kx, (bounds[:, 3] - bounds[:, 1]) * view.px_per_deg)
        tiny = size_px < 4
        pen = QPen(yellow.darker(115), 2.0)
        pen.setCosmetic(True)
        fill = QColor(yellow)
        fill.setAlphaF(0.55)
        if (~tiny).any():
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawPath(geometries_path(shapes[~tiny], view))
        if tiny.any():
            x, y = view.to_screen((bounds[tiny, 0] + bounds[tiny, 2]) / 2, (bounds[tiny, 1] + bounds[tiny, 3]) / 2)
            painter.setPen(QPen(QColor("#806c00"), 1.0))
            painter.setBrush(yellow)
            painter.drawPath(squares_path(x, y, 5))
    if is_point.any():
        coords = shapely.get_coordinates(geoms[is_point])
        x, y = view.to_screen(coords[:, 0], coords[:, 1])
        painter.setPen(QPen(QColor("#806c00"), 1.5))
        painter.setBrush(yellow)
        radius = layer.style.point_size / 2 + 3
        for px, py in zip(x, y):
            painter.drawEllipse(QPointF(px, py), radius, radius)
    return int(len(positions))


#: Outline of the identified feature (QGIS's identify highlight is red).
HIGHLIGHT_COLOR = "#e31a1c"


def draw_highlight(painter: QPainter, layer: VectorLayer, feature_id, view: MapView) -> bool:
    """Outline feature ``feature_id`` of ``layer`` in red (the identify highlight); False when it is gone."""
    if not isinstance(layer, VectorLayer) or feature_id not in layer.gdf.index:
        return False
    geom = layer.gdf.geometry.loc[feature_id]
    if geom is None or geom.is_empty:
        return False
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    red = QColor(HIGHLIGHT_COLOR)
    fill = QColor(red)
    fill.setAlphaF(0.25)
    type_id = shapely.get_type_id(geom)
    if type_id in (0, 4):  # points: a ring around each
        coords = shapely.get_coordinates(geom)
        x, y = view.to_screen(coords[:, 0], coords[:, 1])
        painter.setPen(QPen(red, 3.0))
        painter.setBrush(fill)
        radius = layer.style.point_size / 2 + 5
        for px, py in zip(x, y):
            painter.drawEllipse(QPointF(px, py), radius, radius)
    else:
        path = geometries_path(np.array([geom], dtype=object), view)
        halo = QPen(QColor(255, 255, 255, 200), 6.0)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(path, halo)
        pen = QPen(red, 3.0)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(fill if type_id in (3, 6) else Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    painter.restore()
    return True


def draw_sketch(painter: QPainter, geometry, view: MapView) -> None:
    """A drawn geometry waiting for its attributes: dashed red outline, light fill (as a drawing tool's band)."""
    if geometry is None or geometry.is_empty:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor("#d7301f"), 2, Qt.PenStyle.DashLine))
    painter.setBrush(QColor(215, 48, 31, 50))
    painter.drawPath(geometries_path(np.array([geometry], dtype=object), view))
    painter.restore()


def render_map(layers, view: MapView, renderer: LayerRenderer | None = None,
               background: str = BACKGROUND, with_selection: bool = True) -> tuple[QImage, int]:
    """Draw visible ``layers`` (top first, as in the layer list) into one image.

    Returns
    -------
    image : QImage
    features_drawn : int
        Features actually drawn (culled and empty ones not counted).
    """
    renderer = renderer or LayerRenderer()
    image = QImage(view.width, view.height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(background))
    painter = QPainter(image)
    drawn = 0
    try:
        ordered = [layer for layer in layers if layer.visible][::-1]
        for layer in ordered:
            painter.save()
            painter.setOpacity(layer.style.opacity if isinstance(layer, VectorLayer) else getattr(layer, "opacity", 1.0))
            if isinstance(layer, VectorLayer) and layer.style.opacity < 1.0:
                # draw translucent layers as a whole so overlaps do not darken
                layer_image, count = renderer.render_layer_image(layer, view)
                painter.drawImage(0, 0, layer_image)
            else:
                count = renderer.draw_layer(painter, layer, view)
            painter.restore()
            drawn += count
        if with_selection:
            for layer in ordered:
                if isinstance(layer, VectorLayer):
                    draw_selection(painter, layer, view)
        renderer.draw_labels(painter, layers, view)
    finally:
        painter.end()
    return image, drawn


__all__ = ["MapView", "LayerRenderer", "render_map", "draw_selection", "draw_highlight", "geometries_path", "path_from_rings",
           "squares_path", "METRES_PER_DEGREE_LAT", "BACKGROUND"]
