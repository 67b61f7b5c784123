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
#: Simplification tolerance for large features [px].
SIMPLIFY_TOLERANCE_PX = 0.6
#: Above this many vertices in one layer, antialiasing is switched off (it costs ~20x) [-].
ANTIALIAS_VERTEX_LIMIT = 40_000
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
def path_from_rings(x: np.ndarray, y: np.ndarray, ring_starts: np.ndarray) -> QPainterPath:
    """One QPainterPath from many rings/lines given as flat pixel coordinates.

    Parameters
    ----------
    x, y : numpy.ndarray
        Pixel coordinates of all vertices, ring after ring [px].
    ring_starts : numpy.ndarray
        Index in ``x`` of the first vertex of each ring.
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
    tail = np.array([int(ring_starts[-1]), 0], dtype="<i4")  # last sub-path start, OddEvenFill
    payload = np.array([count], dtype="<i4").tobytes() + records.tobytes() + tail.tobytes()
    stream = QDataStream(QByteArray(payload))
    stream.setByteOrder(QDataStream.ByteOrder.LittleEndian)
    stream >> path
    return path


def _flat_rings(geoms: np.ndarray):
    """Flat coordinates of the rings (polygons) or lines of ``geoms`` and ring starts."""
    parts = shapely.get_parts(geoms)
    polygonal = shapely.get_type_id(parts) == 3
    pieces = []
    if polygonal.any():
        pieces.append(shapely.get_rings(parts[polygonal]))
    if (~polygonal).any():
        pieces.append(parts[~polygonal])
    rings = np.concatenate(pieces) if len(pieces) > 1 else pieces[0]
    coords, ring_index = shapely.get_coordinates(rings, return_index=True)
    if len(coords) == 0:
        return coords, np.empty(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, ring_index[1:] != ring_index[:-1]])
    return coords, starts


def geometries_path(geoms: np.ndarray, view: MapView) -> QPainterPath:
    """All ``geoms`` (polygons and/or lines, any multi-part) as one screen path."""
    if len(geoms) == 0:
        return QPainterPath()
    coords, starts = _flat_rings(geoms)
    x, y = view.to_screen(coords[:, 0], coords[:, 1])
    return path_from_rings(x, y, starts)


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


def visible_feature_positions(layer: VectorLayer, view: MapView) -> np.ndarray:
    """Positions (in the GeoDataFrame) of features whose bounding box meets the view."""
    gdf = layer.gdf
    if gdf.empty:
        return np.empty(0, dtype=np.int64)
    return np.sort(gdf.sindex.query(shapely.box(*view.extent)))


def feature_colors(layer: VectorLayer, positions: np.ndarray) -> np.ndarray:
    """Fill colour (``#rrggbb``) of each feature at ``positions``."""
    style = layer.style
    gdf = layer.gdf
    if not style.category_field or style.category_field not in gdf.columns:
        return np.full(len(positions), style.fill, dtype=object)
    values = gdf[style.category_field].to_numpy()[positions]
    lookup = {k: v for k, v in style.categories.items()}
    return np.array([lookup.get(str(v), style.fill) for v in values], dtype=object)


class LayerRenderer:
    """Draws one layer; keeps label anchor points between renders.

    The renderer is stateless apart from caches keyed by the GeoDataFrame
    object, so it is safe to use from one worker thread at a time.
    """

    def __init__(self, language: str | None = None):
        self._label_points: dict[int, tuple[object, np.ndarray]] = {}
        #: UI language; labels of a ``*_zh`` field switch to its ``*_en`` twin in English.
        self.language = language or ui_language()

    # public --------------------------------------------------------------
    def render_layer_image(self, layer: Layer, view: MapView, device_pixel_ratio: float = 1.0) -> tuple[QImage, int]:
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
            drawn = self.draw_layer(painter, layer, view)
        finally:
            painter.end()
        return image, drawn

    def draw_layer(self, painter: QPainter, layer: Layer, view: MapView) -> int:
        """Draw ``layer`` with ``painter`` (no opacity); returns the features drawn."""
        if isinstance(layer, RasterLayer):
            return draw_raster(painter, layer, view)
        if isinstance(layer, VectorLayer):
            return self._draw_vector(painter, layer, view)
        return 0

    # vector ----------------------------------------------------------------
    def _draw_vector(self, painter: QPainter, layer: VectorLayer, view: MapView) -> int:
        positions = visible_feature_positions(layer, view)
        if len(positions) == 0:
            return 0
        style = layer.style
        geoms = layer.gdf.geometry.values[positions]
        valid = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
        positions, geoms = positions[valid], geoms[valid]
        colors = feature_colors(layer, positions)
        type_ids = shapely.get_type_id(geoms)
        is_point = (type_ids == 0) | (type_ids == 4)
        drawn = 0

        # extended features: polygons and lines
        shape_mask = ~is_point
        if shape_mask.any():
            drawn += self._draw_shapes(painter, style, geoms[shape_mask], colors[shape_mask], view)
        if is_point.any():
            drawn += self._draw_points(painter, style, geoms[is_point], colors[is_point], view)
        return drawn

    def _draw_shapes(self, painter, style, geoms, colors, view) -> int:
        bounds = shapely.bounds(geoms)
        size_px = np.maximum((bounds[:, 2] - bounds[:, 0]) * view.kx, (bounds[:, 3] - bounds[:, 1]) * view.px_per_deg)
        tiny = size_px < TINY_FEATURE_PX
        big = ~tiny
        big_geoms = geoms[big]
        if len(big_geoms):
            tolerance = SIMPLIFY_TOLERANCE_PX / view.px_per_deg
            many_vertices = shapely.get_num_coordinates(big_geoms) > 16
            if many_vertices.any():
                big_geoms = big_geoms.copy()
                big_geoms[many_vertices] = shapely.simplify(big_geoms[many_vertices], tolerance, preserve_topology=False)
            # clip huge shapes to (a bit more than) the view so pixel coordinates stay small
            huge = size_px[big] > 3 * max(view.width, view.height)
            if huge.any():
                x0, y0, x1, y1 = view.grown(50).extent
                big_geoms[huge] = shapely.clip_by_rect(big_geoms[huge], x0, y0, x1, y1)
        vertex_count = int(shapely.get_num_coordinates(big_geoms).sum()) if len(big_geoms) else 0
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, vertex_count < ANTIALIAS_VERTEX_LIMIT)
        fill_none = style.fill == "none"
        pen = QPen(_qcolor(style.stroke), style.stroke_width) if style.stroke_width > 0 else QPen(Qt.PenStyle.NoPen)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        big_colors = colors[big]
        for color in _unique(big_colors):
            group = big_geoms[big_colors == color]
            group = group[~shapely.is_empty(group)]
            if not len(group):
                continue
            path = geometries_path(group, view)
            polygonal = shapely.get_type_id(group) >= 3
            if fill_none or not polygonal.any():
                painter.setBrush(Qt.BrushStyle.NoBrush)
                line_pen = QPen(pen) if fill_none else QPen(_qcolor(color), max(style.stroke_width, 1.5))
                line_pen.setCosmetic(True)
                painter.setPen(line_pen)
            else:
                painter.setBrush(QBrush(_qcolor(color)))
                painter.setPen(pen)
            painter.drawPath(path)
        if tiny.any():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(Qt.PenStyle.NoPen)
            centres_lon = (bounds[tiny, 0] + bounds[tiny, 2]) / 2
            centres_lat = (bounds[tiny, 1] + bounds[tiny, 3]) / 2
            x, y = view.to_screen(centres_lon, centres_lat)
            tiny_colors = colors[tiny]
            for color in _unique(tiny_colors):
                mask = tiny_colors == color
                # darker than the fill so a single pixel still reads on the paper
                painter.setBrush(QBrush(_qcolor(color).darker(125) if not fill_none else _qcolor(style.stroke)))
                painter.drawPath(squares_path(x[mask], y[mask], 1.6))
        return int(len(geoms))

    def _draw_points(self, painter, style, geoms, colors, view) -> int:
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
    def _anchor_points(self, layer: VectorLayer) -> np.ndarray:
        gdf = layer.gdf
        cached = self._label_points.get(id(layer))
        if cached is not None and cached[0] is gdf:
            return cached[1]
        geoms = gdf.geometry.values
        anchors = shapely.get_coordinates(shapely.point_on_surface(geoms))
        if len(anchors) != len(geoms):  # empty geometries give no point
            anchors = np.array([shapely.get_coordinates(shapely.point_on_surface(g))[0]
                                if g is not None and not g.is_empty else (np.nan, np.nan) for g in geoms])
        self._label_points[id(layer)] = (gdf, anchors)
        return anchors

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

    def draw_labels(self, painter: QPainter, layers, view: MapView) -> int:
        """Labels of all visible layers (top layer first wins), without overlaps.

        Labels are drawn after (and above) every layer, in one pass, so that a
        label of a lower layer never hides under an upper layer's fill and
        collisions are checked across layers.
        """
        placed: list[QRectF] = []
        for layer in layers:
            if not (isinstance(layer, VectorLayer) and layer.visible and self.label_field(layer)):
                continue
            positions = visible_feature_positions(layer, view)
            if len(positions):
                self._draw_layer_labels(painter, layer, positions, view, placed)
        return len(placed)

    def _draw_layer_labels(self, painter: QPainter, layer: VectorLayer, positions: np.ndarray, view: MapView,
                           placed: list) -> None:
        anchors = self._anchor_points(layer)[positions]
        texts = layer.gdf[self.label_field(layer)].to_numpy()[positions]
        geoms = layer.gdf.geometry.values[positions]
        bounds = shapely.bounds(geoms)
        size_px = np.maximum((bounds[:, 2] - bounds[:, 0]) * view.kx, (bounds[:, 3] - bounds[:, 1]) * view.px_per_deg)
        x, y = view.to_screen(anchors[:, 0], anchors[:, 1])
        inside = (x > -50) & (x < view.width + 50) & (y > -20) & (y < view.height + 20) & np.isfinite(x)
        # bigger features get their labels first; tiny areas carry no label
        is_point_like = size_px < 1
        # few features (sites, islands): every one gets a label if it fits
        few = layer.feature_count <= 200
        order = [i for i in np.argsort(-size_px) if inside[i] and (size_px[i] > 40 or is_point_like[i] or few)]
        if not order:
            return
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
            # point features: label to the right of the marker; areas: centred
            if is_point_like[i]:
                left = x[i] + layer.style.point_size / 2 + 3
                baseline = y[i] + metrics.ascent() / 2 - 1
            else:
                left = x[i] - width / 2
                baseline = y[i] + metrics.ascent() / 2 - 1
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
    in_view = visible_feature_positions(layer, view)
    selected = np.flatnonzero(gdf.index.isin(list(layer.selection)))
    positions = np.intersect1d(in_view, selected)
    if not len(positions):
        return 0
    geoms = gdf.geometry.values[positions]
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


__all__ = ["MapView", "LayerRenderer", "render_map", "draw_selection", "geometries_path", "path_from_rings",
           "squares_path", "METRES_PER_DEGREE_LAT", "BACKGROUND"]
