"""The map canvas: a synced view of the project's layer list (QGIS style).

Rendering never blocks the GUI thread: each layer is drawn by
:class:`app.ui.render.LayerRenderer` in a worker thread into an image a bit
larger than the widget (a pan buffer), and the widget composites the cached
images. Dragging shifts the cached images; zooming scales them until the
worker delivers sharp ones. Toggling a layer, changing its opacity or panning
within the buffer redraws nothing; a style or data change redraws that layer
only.
"""
from __future__ import annotations

import math
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QTimer, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.layers.model import Layer, RasterLayer, VectorLayer
from app.ui.binding import EventBindings
from app.ui.map_tools import MapMouseEvent, MapTool, PanTool
from app.ui.i18n import ui_language
from app.ui.render import (BACKGROUND, LayerRenderer, MapView, draw_highlight, draw_raster_legend, draw_selection,
                           draw_sketch)

#: Wheel zoom per notch (120 eighths of a degree) [-].
WHEEL_ZOOM_PER_NOTCH = math.sqrt(2)
#: Delay after the last wheel step before the sharp redraw starts [ms].
ZOOM_SETTLE_MS = 150
#: Smallest span zoom_to shows, so a single point gets a useful view [deg].
MIN_ZOOM_SPAN_DEG = 0.004


#: Stands for "no particular layer" in signals: emitting None through a
#: Signal(object) corrupts None's refcount in PySide6 6.12 on Python 3.11.
_NO_LAYER = object()


@dataclass
class _CachedImage:
    view: MapView
    image: QImage
    version: object


class _RenderSignals(QObject):
    finished = Signal(object)


class _RenderJob:
    """Draws some layers (and the labels) for one buffer view in a worker thread.

    A plain Python callable run by a ``ThreadPoolExecutor``: results reach the
    GUI thread through a queued Qt signal of a QObject living there.
    """

    def __init__(self, renderer: LayerRenderer, view: MapView, layers: list, versions: dict,
                 labels_for: list | None, labels_version, dpr: float, signals: "_RenderSignals",
                 data_versions: dict | None = None):
        self.renderer, self.view, self.layers, self.versions = renderer, view, layers, versions
        # layer id -> data version: the renderer keeps a layer's per-feature arrays while it is unchanged
        self.data_versions = data_versions or {}
        self.labels_for, self.labels_version, self.dpr = labels_for, labels_version, dpr
        self.signals = signals

    def run(self):
        result = {"view": self.view, "layers": {}, "labels": None, "drawn": 0, "error": None}
        try:
            for layer in self.layers:
                image, drawn = self.renderer.render_layer_image(layer, self.view, self.dpr,
                                                                self.data_versions.get(id(layer), 0))
                result["layers"][id(layer)] = _CachedImage(self.view, image, self.versions[id(layer)])
                result["drawn"] += drawn
            if self.labels_for is not None:
                image = QImage(int(self.view.width * self.dpr), int(self.view.height * self.dpr),
                               QImage.Format.Format_ARGB32_Premultiplied)
                image.setDevicePixelRatio(self.dpr)
                image.fill(Qt.GlobalColor.transparent)
                painter = QPainter(image)
                try:
                    self.renderer.draw_labels(painter, self.labels_for, self.view, self.data_versions)
                finally:
                    painter.end()
                result["labels"] = _CachedImage(self.view, image, self.labels_version)
        # Boundary: this runs in a worker thread, where an error would vanish; whatever it is (a broken
        # geometry, a bug), it is handed to the GUI thread and shown through render_failed -> show_error.
        except Exception as exc:  # noqa: BLE001
            result["error"] = exc
        self.signals.finished.emit(result)


class MapCanvas(QWidget):
    """Map widget bound to ``project.layers``.

    Signals
    -------
    cursor_moved(lon, lat)
        Mouse position on the map [deg, CGCS2000].
    view_changed()
        After every pan/zoom/resize.
    render_finished()
        When every visible layer is drawn sharp for the current view.
    sharp_painted()
        After a paint in which every visible layer and the labels were sharp
        for the view shown (the start-up probe waits for the first one).
    tool_changed(tool)
        After :meth:`set_map_tool`.
    """

    cursor_moved = Signal(float, float)
    view_changed = Signal()
    render_finished = Signal()
    tool_changed = Signal(object)
    render_failed = Signal(object)
    sharp_painted = Signal()
    _layer_event = Signal(object, str)

    def __init__(self, project=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._bindings = EventBindings(self)
        self._project = None
        self._view: MapView | None = None
        self._ref_lat = 34.6
        self._versions: dict[int, int] = {}
        self._data_versions: dict[int, int] = {}  # data changes only (a style change keeps the geometry arrays)
        self._cache: dict[int, _CachedImage] = {}
        self._labels: _CachedImage | None = None
        self._renderer = LayerRenderer(language=ui_language())
        # one render thread: layers are drawn one after the other, the GUI stays free
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="map-render")
        self._shut_down = False
        self._job_running = False
        self._render_signals = _RenderSignals(self)
        self._render_signals.finished.connect(self._on_render_done, Qt.ConnectionType.QueuedConnection)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.timeout.connect(self._start_render)
        self._fitted_bounds: tuple | None = None
        self._drag_start: QPointF | None = None
        self._drag_view: MapView | None = None
        self._pan_tool = PanTool()
        self._tool: MapTool = self._pan_tool
        self._tool.activate(self)
        self.features_drawn = 0
        self.paint_count = 0
        #: The identified feature outlined on the map: (layer, feature id) or None (see set_highlight).
        self.highlight = None
        #: A geometry being given its attributes (a drawn site while its form is open), drawn dashed; or None.
        self.sketch = None
        #: ``draw(painter, canvas)`` callables painted over the layers, under the selection (add_overlay).
        self._overlays: list = []
        self._layer_event.connect(self._on_layer_event)
        if project is not None:
            self.set_project(project)

    # ------------------------------------------------------------------ project
    @property
    def project(self):
        return self._project

    def set_project(self, project) -> None:
        """Show ``project`` (drops every cached image) at its full extent."""
        self._bindings.disconnect_all()
        self._project = project
        self.highlight = None
        self._cache.clear()
        self._labels = None
        self._versions.clear()
        self._data_versions.clear()
        layers = project.layers
        self._bindings.connect(layers.events.inserted, lambda layer, index: self._watch_layer(layer), key="list")
        self._bindings.connect(layers.events.removed, lambda layer, index: self._forget_layer(layer), key="list")
        self._bindings.connect(layers.events.moved, lambda **kw: self._layer_event.emit(_NO_LAYER, "order"), key="list")
        for layer in layers:
            self._watch_layer(layer, schedule=False)
        x0, y0, x1, y1 = layers.full_extent()
        self._ref_lat = (y0 + y1) / 2
        self._view = None
        self.zoom_full()

    def _watch_layer(self, layer: Layer, schedule: bool = True) -> None:
        self._versions.setdefault(id(layer), 0)
        for kind in ("visible", "style", "data", "selection"):
            emitter = getattr(layer.events, kind)
            self._bindings.connect(emitter, (lambda k: lambda **kw: self._layer_event.emit(kw.get("layer") or _NO_LAYER, k))(kind),
                                   key=id(layer))
        if schedule:
            self._layer_event.emit(layer, "inserted")

    def _forget_layer(self, layer: Layer) -> None:
        self._bindings.disconnect(id(layer))
        self._cache.pop(id(layer), None)
        self._versions.pop(id(layer), None)
        self._layer_event.emit(_NO_LAYER, "removed")

    def _on_layer_event(self, layer, kind: str) -> None:
        # runs on the GUI thread whatever thread the model changed in
        if kind in ("style", "data") and layer is not _NO_LAYER:
            self._versions[id(layer)] = self._versions.get(id(layer), 0) + 1
            if kind == "data":
                self._data_versions[id(layer)] = self._data_versions.get(id(layer), 0) + 1
        self.update()
        if kind != "selection":
            self.schedule_render()

    # ------------------------------------------------------------------ view
    @property
    def view(self) -> MapView:
        """The current :class:`MapView` (centre, scale, size)."""
        if self._view is None:
            self._view = MapView.fit((118.3, 33.7, 120.3, 35.25), max(self.width(), 1), max(self.height(), 1),
                                     ref_lat=self._ref_lat)
        return self._view

    def set_view(self, view: MapView) -> None:
        self._view = view.resized(max(self.width(), 1), max(self.height(), 1))
        self.view_changed.emit()
        self.update()

    def zoom_to(self, bounds) -> None:
        """Show ``bounds`` (lon_min, lat_min, lon_max, lat_max) [deg] whole."""
        x0, y0, x1, y1 = (float(v) for v in bounds)
        if not all(np.isfinite([x0, y0, x1, y1])):
            return
        if x1 - x0 < MIN_ZOOM_SPAN_DEG:
            x0, x1 = (x0 + x1) / 2 - MIN_ZOOM_SPAN_DEG / 2, (x0 + x1) / 2 + MIN_ZOOM_SPAN_DEG / 2
        if y1 - y0 < MIN_ZOOM_SPAN_DEG:
            y0, y1 = (y0 + y1) / 2 - MIN_ZOOM_SPAN_DEG / 2, (y0 + y1) / 2 + MIN_ZOOM_SPAN_DEG / 2
        self.set_view(MapView.fit((x0, y0, x1, y1), max(self.width(), 1), max(self.height(), 1),
                                  ref_lat=self._ref_lat, margin=0.04))
        # until the user pans or zooms, a resize (docks opening) keeps these bounds in view
        self._fitted_bounds = (x0, y0, x1, y1)
        self.schedule_render()

    def zoom_full(self) -> None:
        """Zoom to all layers of the project."""
        if self._project is not None:
            self.zoom_to(self._project.layers.full_extent())

    def zoom_to_layer(self, layer: Layer | str) -> None:
        if isinstance(layer, str):
            layer = self._project.layers[layer]
        self.zoom_to(layer.bounds)

    def zoom_to_selection(self, layer: VectorLayer | None = None) -> bool:
        """Zoom to the selected features (of ``layer`` or of every layer); False when none."""
        layers = [layer] if layer is not None else self._project.layers.vector_layers()
        boxes = [l.gdf.loc[sorted(l.selection)].total_bounds for l in layers if getattr(l, "selection", None)]
        if not boxes:
            return False
        arr = np.array(boxes)
        self.zoom_to((arr[:, 0].min(), arr[:, 1].min(), arr[:, 2].max(), arr[:, 3].max()))
        return True

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` (>1 in) keeping the map point under ``anchor`` fixed."""
        self._fitted_bounds = None
        if anchor is None:
            self.set_view(self.view.zoomed(factor))
        else:
            self.set_view(self.view.zoomed(factor, anchor.x(), anchor.y()))
        self.schedule_render(ZOOM_SETTLE_MS)

    def to_map(self, pos: QPointF) -> tuple[float, float]:
        lon, lat = self.view.to_map(pos.x(), pos.y())
        return float(lon), float(lat)

    def to_screen(self, lon: float, lat: float) -> QPointF:
        x, y = self.view.to_screen(lon, lat)
        return QPointF(float(x), float(y))

    def refresh(self) -> None:
        """Redraw every layer from its data (e.g. after a change made without events)."""
        for key in self._versions:
            self._versions[key] += 1
            self._data_versions[key] = self._data_versions.get(key, 0) + 1
        self.update()
        self.schedule_render()

    # ------------------------------------------------------------------ highlight and overlays
    def set_highlight(self, layer, feature_id) -> None:
        """Outline feature ``feature_id`` of ``layer`` (the identify result) until cleared; the selection stays."""
        self.highlight = (layer, feature_id)
        self.update()

    def clear_highlight(self) -> None:
        if self.highlight is not None:
            self.highlight = None
            self.update()

    def set_sketch(self, geometry) -> None:
        """Keep ``geometry`` [EPSG:4490] drawn dashed until :meth:`clear_sketch` (QGIS keeps a digitised
        feature's rubber band while its attribute form is open)."""
        self.sketch = geometry
        self.update()

    def clear_sketch(self) -> None:
        if self.sketch is not None:
            self.sketch = None
            self.update()

    def add_overlay(self, draw) -> None:
        """Paint ``draw(painter, canvas)`` over the map's layers on every frame (marks of derived state)."""
        self._overlays.append(draw)
        self.update()

    # ------------------------------------------------------------------ tools
    @property
    def map_tool(self) -> MapTool:
        return self._tool

    def set_map_tool(self, tool: MapTool | None) -> None:
        """Make ``tool`` current (None: the pan tool); see :mod:`app.ui.map_tools`."""
        tool = tool or self._pan_tool
        if tool is self._tool:
            return
        if self._drag_start is not None:
            self.end_drag(self._drag_start)
        old = self._tool
        if hasattr(old, "deactivate"):
            old.deactivate()
        self._tool = tool
        if hasattr(tool, "activate"):
            tool.activate(self)
        self.setCursor(getattr(tool, "cursor", Qt.CursorShape.ArrowCursor))
        self.tool_changed.emit(tool)
        self.update()

    # panning, used by the pan tool and the middle button
    @property
    def is_dragging(self) -> bool:
        return self._drag_start is not None

    def begin_drag(self, pos: QPointF) -> None:
        self._drag_start = QPointF(pos)
        self._drag_view = self.view
        self._fitted_bounds = None
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def drag_to(self, pos: QPointF) -> None:
        if self._drag_start is None:
            return
        delta = pos - self._drag_start
        # only shifts cached images: no redraw while the mouse moves
        self.set_view(self._drag_view.panned(delta.x(), delta.y()))

    def end_drag(self, pos: QPointF) -> None:
        self.drag_to(pos)
        self._drag_start = None
        self._drag_view = None
        self.setCursor(getattr(self._tool, "cursor", Qt.CursorShape.ArrowCursor))
        self.schedule_render()

    # ------------------------------------------------------------------ rendering
    def schedule_render(self, delay_ms: int = 0) -> None:
        """Ask for a sharp redraw of stale layers after ``delay_ms`` (coalesced)."""
        if self._drag_start is not None:
            return
        self._render_timer.start(delay_ms)

    def _visible_layers(self) -> list[Layer]:
        return [layer for layer in self._project.layers if layer.visible] if self._project else []

    def _labels_version(self):
        return tuple((id(l), self._versions.get(id(l), 0)) for l in self._visible_layers())

    def _is_stale(self, cached: _CachedImage | None, version, view: MapView) -> bool:
        if cached is None or cached.version != version:
            return True
        cv = cached.view
        if not math.isclose(cv.px_per_deg, view.px_per_deg, rel_tol=1e-9) or cv.ref_lat != view.ref_lat:
            return True
        x0, y0, x1, y1 = view.extent
        c0, c1, c2, c3 = cv.extent
        eps = 1e-9
        return x0 < c0 - eps or y0 < c1 - eps or x1 > c2 + eps or y1 > c3 + eps

    def _stale_layers(self) -> list[Layer]:
        view = self.view
        return [l for l in self._visible_layers()
                if self._is_stale(self._cache.get(id(l)), self._versions.get(id(l), 0), view)]

    def _labels_stale(self) -> bool:
        return self._is_stale(self._labels, self._labels_version(), self.view)

    def is_idle(self) -> bool:
        """True when nothing is being drawn and every visible layer is sharp."""
        return (self._project is None or
                (not self._job_running and not self._render_timer.isActive() and self._drag_start is None
                 and not self._stale_layers() and not self._labels_stale()))

    def _start_render(self) -> None:
        # a finished job or a queued timer may still call in after shutdown()
        if self._project is None or self._drag_start is not None or self._shut_down:
            return
        if self._job_running:
            return  # restarted when the running job finishes
        stale = self._stale_layers()
        labels_stale = self._labels_stale()
        if not stale and not labels_stale:
            self.render_finished.emit()
            return
        view = self.view
        margin = max(view.width, view.height) // 4
        buffer_view = view.grown(margin)
        labels_for = self._visible_layers() if (labels_stale or stale) else None
        job = _RenderJob(self._renderer, buffer_view, stale, {id(l): self._versions.get(id(l), 0) for l in stale},
                         labels_for, self._labels_version(), self.devicePixelRatioF(), self._render_signals,
                         {id(l): self._data_versions.get(id(l), 0) for l in self._visible_layers()})
        self._job_running = True
        self._executor.submit(job.run)

    def _on_render_done(self, result: dict) -> None:
        self._job_running = False
        if result["error"] is not None:
            self.render_failed.emit(result["error"])
        for key, cached in result["layers"].items():
            if self._versions.get(key) == cached.version:
                self._cache[key] = cached
        if result["labels"] is not None:
            self._labels = result["labels"]
        self.features_drawn = result["drawn"]
        self.update()
        if result["error"] is None and (self._stale_layers() or self._labels_stale()):
            self.schedule_render()
        elif not self._render_timer.isActive():
            self.render_finished.emit()

    def wait_idle(self, timeout_ms: int = 10000) -> bool:
        """Process events until the map is drawn sharp (scripts, screenshots, tests)."""
        from PySide6.QtCore import QCoreApplication

        deadline = time.monotonic() + timeout_ms / 1000
        while time.monotonic() < deadline:
            QCoreApplication.processEvents()
            if self.is_idle():
                return True
            time.sleep(0.005)
        return self.is_idle()

    def shutdown(self) -> None:
        """Stop listening to the project and finish the running render."""
        self._shut_down = True
        self._render_timer.stop()
        self._bindings.disconnect_all()
        self._executor.shutdown(wait=True)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        view = self.view
        if self._project is not None:
            for layer in reversed(self._visible_layers()):
                cached = self._cache.get(id(layer))
                if cached is None:
                    continue
                painter.setOpacity(self._layer_opacity(layer))
                self._draw_cached(painter, cached, view)
            painter.setOpacity(1.0)
            for draw in self._overlays:
                painter.save()
                draw(painter, self)
                painter.restore()
            for layer in reversed(self._visible_layers()):
                if isinstance(layer, VectorLayer) and layer.selection:
                    draw_selection(painter, layer, view)
            if self._labels is not None:
                self._draw_cached(painter, self._labels, view)
            if self.highlight is not None and self._project.layers.get(self.highlight[0].name) is self.highlight[0]:
                draw_highlight(painter, *self.highlight, view)
            if self.sketch is not None:
                draw_sketch(painter, self.sketch, view)
        painter.setOpacity(1.0)
        paint_tool = getattr(self._tool, "paint", None)
        if paint_tool is not None:
            painter.save()
            paint_tool(painter, self)
            painter.restore()
        self._draw_north_arrow(painter)
        self._draw_scale_bar(painter)
        if self._project is not None:
            # raster legends sit above the scale bar, bottom left
            draw_raster_legend(painter, self._visible_layers(), 16.0, self.height() - 52.0)
        painter.end()
        self.paint_count += 1
        if self._project is not None and not self._stale_layers() and not self._labels_stale():
            self.sharp_painted.emit()

    @staticmethod
    def _layer_opacity(layer: Layer) -> float:
        if isinstance(layer, RasterLayer):
            return float(layer.opacity)
        return float(layer.style.opacity)

    @staticmethod
    def _draw_cached(painter: QPainter, cached: _CachedImage, view: MapView) -> None:
        cv = cached.view
        lon0, lat0, _, lat1 = cv.extent
        left, top = view.to_screen(lon0, lat1)
        ratio = view.px_per_deg / cv.px_per_deg
        target = QRectF(float(left), float(top), cv.width * ratio, cv.height * ratio)
        if math.isclose(ratio, 1.0, rel_tol=1e-9):
            painter.drawImage(QPointF(round(float(left)), round(float(top))), cached.image)
        else:
            painter.drawImage(target, cached.image)

    def _draw_scale_bar(self, painter: QPainter) -> None:
        metres_per_px = self.view.metres_per_pixel
        length_m = nice_scale_length(metres_per_px * 140)
        bar_px = length_m / metres_per_px
        text = format_distance(length_m)
        font = QFont(self.font())
        font.setPixelSize(12)
        painter.setFont(font)
        x0, y0 = 16.0, self.height() - 22.0
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 200))
        painter.drawRect(QRectF(x0 - 8, y0 - 22, bar_px + 60, 34))
        painter.setBrush(QColor("#222222"))
        painter.drawRect(QRectF(x0, y0, bar_px / 2, 5))
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(QPen(QColor("#222222"), 1))
        painter.drawRect(QRectF(x0 + bar_px / 2, y0, bar_px / 2, 5))
        painter.drawRect(QRectF(x0, y0, bar_px, 5))
        painter.drawText(QPointF(x0, y0 - 6), "0")
        painter.drawText(QPointF(x0 + bar_px - 6, y0 - 6), text)

    def _draw_north_arrow(self, painter: QPainter) -> None:
        cx, top = self.width() - 34.0, 18.0
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor("#222222"), 1))
        left = QPolygonF([QPointF(cx, top + 10), QPointF(cx - 10, top + 42), QPointF(cx, top + 34)])
        right = QPolygonF([QPointF(cx, top + 10), QPointF(cx + 10, top + 42), QPointF(cx, top + 34)])
        painter.setBrush(QColor("#222222"))
        painter.drawPolygon(left)
        painter.setBrush(QColor("#ffffff"))
        painter.drawPolygon(right)
        font = QFont(self.font())
        font.setPixelSize(13)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(cx - 15, top - 8, 30, 18), Qt.AlignmentFlag.AlignCenter, self.tr("N"))

    # ------------------------------------------------------------------ events
    def resizeEvent(self, event) -> None:
        if self._view is None and self._project is not None:
            self.zoom_full()
        elif self._fitted_bounds is not None:
            kept = self._resized_view()
            x0, y0, x1, y1 = self._fitted_bounds
            v0, w0, v1, w1 = kept.extent
            refit = MapView.fit(self._fitted_bounds, kept.width, kept.height, ref_lat=self._ref_lat, margin=0.04)
            if v0 <= x0 and w0 <= y0 and v1 >= x1 and w1 >= y1 and refit.px_per_deg < kept.px_per_deg * 1.05:
                # a dock a few pixels wider or narrower: the bounds still show whole at this scale,
                # so the drawn images stay sharp instead of the whole map being drawn again
                self.set_view(kept)
                self.schedule_render(30)
            else:
                self.zoom_to(self._fitted_bounds)
        else:
            self.set_view(self._resized_view())
            self.schedule_render(30)
        super().resizeEvent(event)

    def _resized_view(self) -> MapView:
        """The view at the widget's new size, same scale and centre to within half a pixel.

        The centre moves by the half pixel an odd change of width or height
        would put between the map and the pixel grid, so the images already
        drawn stay exact (they are placed at whole pixels).
        """
        view = self.view
        resized = view.resized(self.width(), self.height())
        half_x = ((resized.width - view.width) / 2) % 1
        half_y = ((resized.height - view.height) / 2) % 1
        return resized.panned(-half_x, -half_y) if half_x or half_y else resized

    def _map_event(self, event) -> MapMouseEvent:
        pos = event.position()
        lon, lat = self.view.to_map(pos.x(), pos.y())
        return MapMouseEvent(float(lon), float(lat), QPointF(pos), event.button(), event.buttons(), event.modifiers())

    def mousePressEvent(self, event) -> None:
        self.setFocus()
        if event.button() == Qt.MouseButton.MiddleButton:
            self.begin_drag(event.position())
            return
        self._tool.press(self._map_event(event))

    def mouseMoveEvent(self, event) -> None:
        map_event = self._map_event(event)
        self.cursor_moved.emit(map_event.lon, map_event.lat)
        if self._drag_start is not None and (event.buttons() & Qt.MouseButton.MiddleButton):
            self.drag_to(event.position())
            return
        self._tool.move(map_event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._drag_start is not None:
            self.end_drag(event.position())
            return
        self._tool.release(self._map_event(event))

    def mouseDoubleClickEvent(self, event) -> None:
        self._tool.double_click(self._map_event(event))

    def wheelEvent(self, event) -> None:
        notches = event.angleDelta().y() / 120.0
        if notches:
            self.zoom_by(WHEEL_ZOOM_PER_NOTCH ** notches, event.position())
        event.accept()

    def keyPressEvent(self, event) -> None:
        handler = getattr(self._tool, "key", None)
        if handler is not None and handler(event):
            return
        if event.key() == Qt.Key.Key_Escape and self._tool is not self._pan_tool:
            self.set_map_tool(None)
            return
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(2.0)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_by(0.5)
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            language = ui_language()
            if language != self._renderer.language:
                self._renderer.language = language
                self._labels = None  # labels may read another field now
                self.schedule_render(0)
            self.update()
        super().changeEvent(event)


def nice_scale_length(target_m: float) -> float:
    """The 1-2-5 round length closest below ``target_m`` [m]."""
    if target_m <= 0:
        return 1.0
    exponent = math.floor(math.log10(target_m))
    for step in (5, 2, 1):
        if step * 10 ** exponent <= target_m:
            return step * 10 ** exponent
    return 10 ** exponent


def format_distance(length_m: float) -> str:
    """``500 m`` or ``20 km``."""
    if length_m >= 1000:
        km = length_m / 1000
        return f"{km:g} km"
    return f"{length_m:g} m"
