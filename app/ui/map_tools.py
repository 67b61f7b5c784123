"""Map tools: what a mouse gesture on the canvas means.

The protocol other engineers' drawing tools implement (all methods optional)::

    class MyTool(MapTool):
        def activate(self, canvas): ...          # tool became current
        def deactivate(self): ...                # another tool replaced it
        def press(self, event: MapMouseEvent): ...
        def move(self, event: MapMouseEvent): ...
        def release(self, event: MapMouseEvent): ...
        def double_click(self, event: MapMouseEvent): ...
        def key(self, event: QKeyEvent) -> bool: ...   # True when handled
        def paint(self, painter: QPainter, canvas): ...  # overlay, screen pixels

Install with ``window.canvas.set_map_tool(tool)``; ``canvas.set_map_tool(None)``
returns to panning. A tool only captures geometry (DESIGN.md rule 4): it emits
or hands over a shapely geometry, and a command on ``project.undo_stack``
changes the layer. Set ``tool.rubber_band`` to a list of (lon, lat) vertices
(and ``rubber_band_closed``) and call ``canvas.update()`` to see a rubber band
without writing ``paint``. The wheel always zooms and the middle button always
pans, whatever the tool.
"""
from __future__ import annotations

from dataclasses import dataclass

import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen, QPolygonF


@dataclass
class MapMouseEvent:
    """A mouse event in map and screen coordinates.

    Attributes
    ----------
    lon, lat : float
        Position on the map, CGCS2000 [deg].
    pos : QPointF
        Position on the canvas widget [px].
    button, buttons, modifiers
        As in ``QMouseEvent``.
    """

    lon: float
    lat: float
    pos: QPointF
    button: Qt.MouseButton
    buttons: Qt.MouseButton
    modifiers: Qt.KeyboardModifier

    @property
    def point(self) -> shapely.Point:
        return shapely.Point(self.lon, self.lat)


class MapTool:
    """Base class of map tools (every method is optional to override)."""

    cursor = Qt.CursorShape.ArrowCursor
    #: A rubber band to draw: list of (lon, lat) [deg], or None.
    rubber_band: list | None = None
    rubber_band_closed: bool = False

    def __init__(self):
        self.canvas = None

    def activate(self, canvas) -> None:
        self.canvas = canvas

    def deactivate(self) -> None:
        self.rubber_band = None

    def press(self, event: MapMouseEvent) -> None:
        pass

    def move(self, event: MapMouseEvent) -> None:
        pass

    def release(self, event: MapMouseEvent) -> None:
        pass

    def double_click(self, event: MapMouseEvent) -> None:
        pass

    def key(self, event: QKeyEvent) -> bool:
        return False

    def paint(self, painter: QPainter, canvas) -> None:
        """Draw ``rubber_band`` (when set) over the map."""
        if not self.rubber_band:
            return
        xs, ys = canvas.view.to_screen([p[0] for p in self.rubber_band], [p[1] for p in self.rubber_band])
        polygon = QPolygonF([QPointF(float(x), float(y)) for x, y in zip(xs, ys)])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor("#d7301f"), 2, Qt.PenStyle.DashLine))
        if self.rubber_band_closed and len(polygon) > 2:
            painter.setBrush(QColor(215, 48, 31, 50))
            painter.drawPolygon(polygon)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(polygon)


class PanTool(MapTool):
    """Drag to move the map (the default tool)."""

    cursor = Qt.CursorShape.OpenHandCursor

    def press(self, event):
        if event.button == Qt.MouseButton.LeftButton:
            self.canvas.begin_drag(event.pos)

    def move(self, event):
        if self.canvas.is_dragging:
            self.canvas.drag_to(event.pos)

    def release(self, event):
        if self.canvas.is_dragging:
            self.canvas.end_drag(event.pos)


#: Pick tolerance of identify and click-select [px].
PICK_TOLERANCE_PX = 4


def pick_features(canvas, layer, pos: QPointF) -> list:
    """Ids of features of ``layer`` under the canvas pixel ``pos``, top-most (last drawn) first."""
    lon, lat = canvas.view.to_map(pos.x(), pos.y())
    tolerance = PICK_TOLERANCE_PX / canvas.view.px_per_deg
    ids = layer.features_at(float(lon), float(lat), tolerance)
    if not ids:
        return []
    # points and small features under the cursor beat the big area they sit in
    # ranking only, so planar area in degrees is good enough here
    areas = shapely.area(layer.gdf.loc[ids].geometry.to_numpy())
    return [fid for _, fid in sorted(zip(areas, ids), key=lambda pair: pair[0])]


class IdentifyTool(MapTool):
    """Click a feature to see its attributes (the window shows them and outlines it); Esc clears the outline."""

    cursor = Qt.CursorShape.WhatsThisCursor

    def __init__(self, on_identified):
        super().__init__()
        #: ``on_identified(results)`` with ``results`` = [(layer, feature_id), ...]
        self.on_identified = on_identified

    def release(self, event):
        if event.button != Qt.MouseButton.LeftButton:
            return
        results = []
        for layer in self.canvas.project.layers.vector_layers():
            if layer.visible:
                for fid in pick_features(self.canvas, layer, event.pos)[:5]:
                    results.append((layer, fid))
        self.on_identified(results)

    def key(self, event) -> bool:
        if event.key() == Qt.Key.Key_Escape and self.canvas is not None and self.canvas.highlight is not None:
            self.canvas.clear_highlight()
            return True
        return False


class SelectTool(MapTool):
    """Click or drag a box to select features of the current layer (Shift adds)."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, current_layer):
        super().__init__()
        #: ``current_layer()`` -> the VectorLayer to select in, or None
        self.current_layer = current_layer
        self._start: QPointF | None = None
        self._end: QPointF | None = None

    def press(self, event):
        if event.button == Qt.MouseButton.LeftButton:
            self._start = self._end = event.pos

    def move(self, event):
        if self._start is not None:
            self._end = event.pos
            self.canvas.update()

    def release(self, event):
        if self._start is None or event.button != Qt.MouseButton.LeftButton:
            return
        start, end = self._start, event.pos
        self._start = self._end = None
        layer = self.current_layer()
        self.canvas.update()
        if layer is None or not hasattr(layer, "select"):
            return
        add = bool(event.modifiers & Qt.KeyboardModifier.ShiftModifier)
        if (start - end).manhattanLength() < 4:
            ids = pick_features(self.canvas, layer, end)[:1]
        else:
            lon0, lat0 = self.canvas.view.to_map(start.x(), start.y())
            lon1, lat1 = self.canvas.view.to_map(end.x(), end.y())
            box = shapely.box(min(lon0, lon1), min(lat0, lat1), max(lon0, lon1), max(lat0, lat1))
            positions = layer.gdf.sindex.query(box, predicate="intersects")
            positions = positions[layer.shown_mask()[positions]]  # not what the layer filter hides
            ids = list(layer.gdf.index[positions])
        layer.select(ids, add=add)

    def paint(self, painter, canvas):
        if self._start is None or self._end is None:
            return
        painter.setPen(QPen(QColor("#1f78b4"), 1, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(31, 120, 180, 40))
        painter.drawRect(QRectF(self._start, self._end).normalized())
