"""Drawing and editing map tools (the canvas tool protocol of :mod:`app.ui.map_tools`).

Tools only capture geometry (DESIGN.md rule 4): drawing tools hand a finished
shapely geometry to ``on_finished(geometry)``; editing tools build
:class:`~app.layers.edits.SetGeometry` / :class:`~app.layers.edits.DeleteFeatures`
commands and push them on the project's undo stack, so Ctrl+Z / Ctrl+Y of the
Edit menu undo and redo every edit.

Snapping: clicks within :data:`SNAP_TOLERANCE_PX` pixels of a vertex (first)
or an edge (then) of a visible vector layer land exactly on it.
"""
from __future__ import annotations

import numpy as np
import shapely
import shapely.affinity
import shapely.ops
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from app.layers.edits import DeleteFeatures, SetGeometry
from app.ui.i18n import translate
from app.ui.map_tools import MapTool, pick_features

#: Snapping distance on screen [px].
SNAP_TOLERANCE_PX = 10
#: Grab distance of a vertex handle for the vertex tool [px].
VERTEX_GRAB_PX = 8


def snap_point(layers, lon: float, lat: float, tolerance_deg: float, skip=None) -> tuple[float, float, str]:
    """Snap (lon, lat) to the nearest vertex, else the nearest edge, of ``layers``.

    Parameters
    ----------
    layers : iterable of VectorLayer
        Layers to snap to (the caller passes the visible ones).
    lon, lat : float
        Cursor position [deg].
    tolerance_deg : float
        Search radius [deg of latitude].
    skip : tuple (layer, feature id), optional
        A feature not to snap to (the one being edited).

    Returns
    -------
    (lon, lat, kind)
        ``kind`` is ``"vertex"``, ``"edge"`` or ``""`` (not snapped).
    """
    probe = shapely.Point(lon, lat).buffer(tolerance_deg)
    best_vertex, best_edge = None, None
    for layer in layers:
        gdf = layer.gdf
        if gdf.empty:
            continue
        hits = gdf.sindex.query(probe, predicate="intersects")
        for pos in hits:
            fid = gdf.index[pos]
            if skip is not None and skip[0] is layer and skip[1] == fid:
                continue
            geom = gdf.geometry.iloc[pos]
            coords = shapely.get_coordinates(geom)
            if len(coords):
                d = np.hypot(coords[:, 0] - lon, coords[:, 1] - lat)
                i = int(np.argmin(d))
                if d[i] <= tolerance_deg and (best_vertex is None or d[i] < best_vertex[0]):
                    best_vertex = (float(d[i]), float(coords[i, 0]), float(coords[i, 1]))
            boundary = geom.boundary if geom.geom_type in ("Polygon", "MultiPolygon") else geom
            if boundary is not None and not boundary.is_empty and boundary.geom_type != "Point":
                near = shapely.ops.nearest_points(boundary, shapely.Point(lon, lat))[0]
                d = near.distance(shapely.Point(lon, lat))
                if d <= tolerance_deg and (best_edge is None or d < best_edge[0]):
                    best_edge = (d, near.x, near.y)
    if best_vertex is not None:
        return best_vertex[1], best_vertex[2], "vertex"
    if best_edge is not None:
        return best_edge[1], best_edge[2], "edge"
    return lon, lat, ""


class _SnappingTool(MapTool):
    """Base of tools that snap the cursor to visible layers."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, snapping: bool = True):
        super().__init__()
        self.snapping = snapping
        #: last snap (lon, lat, kind) shown as a marker
        self.snap_marker = None

    def snapped(self, event, skip=None) -> tuple[float, float]:
        if not self.snapping or self.canvas is None or self.canvas.project is None:
            return event.lon, event.lat
        layers = [l for l in self.canvas.project.layers.vector_layers() if l.visible]
        tolerance = SNAP_TOLERANCE_PX / self.canvas.view.px_per_deg
        lon, lat, kind = snap_point(layers, event.lon, event.lat, tolerance, skip)
        self.snap_marker = (lon, lat, kind) if kind else None
        return lon, lat

    def paint(self, painter: QPainter, canvas) -> None:
        super().paint(painter, canvas)
        if self.snap_marker:
            x, y = canvas.view.to_screen(self.snap_marker[0], self.snap_marker[1])
            painter.setPen(QPen(QColor("#ff00ff"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if self.snap_marker[2] == "vertex":
                painter.drawRect(int(x) - 5, int(y) - 5, 10, 10)
            else:
                painter.drawEllipse(QPointF(float(x), float(y)), 5, 5)


class DrawPolygonTool(_SnappingTool):
    """Click vertices, double-click to finish; Esc cancels, Backspace removes the last vertex.

    ``on_finished(polygon)`` gets a shapely Polygon in EPSG:4490 (not
    checked for validity: the site form explains and offers repair).
    """

    def __init__(self, on_finished, snapping: bool = True):
        super().__init__(snapping)
        self.on_finished = on_finished
        self.vertices: list[tuple[float, float]] = []
        self._hover = None

    def _update_band(self):
        band = list(self.vertices) + ([self._hover] if self._hover and self.vertices else [])
        self.rubber_band = band or None
        self.rubber_band_closed = len(band) > 2
        if self.canvas is not None:
            self.canvas.update()

    def press(self, event):
        if event.button != Qt.MouseButton.LeftButton:
            return
        point = self.snapped(event)
        # The second press of a double-click repeats the last vertex: skip it.
        if not self.vertices or self.vertices[-1] != point:
            self.vertices.append(point)
        self._update_band()

    def move(self, event):
        self._hover = self.snapped(event)
        self._update_band()

    def double_click(self, event):
        # Platforms differ on whether a press precedes the double-click event;
        # the double-clicked point is the last vertex either way.
        if event.button == Qt.MouseButton.LeftButton:
            point = self.snapped(event)
            if not self.vertices or self.vertices[-1] != point:
                self.vertices.append(point)
        self.finish()

    def finish(self):
        distinct = list(dict.fromkeys(self.vertices))
        if len(distinct) < 3:
            return  # keep drawing: a polygon needs three corners
        polygon = shapely.Polygon(self.vertices)
        self.cancel()
        self.on_finished(polygon)

    def cancel(self):
        self.vertices = []
        self._hover = None
        self.snap_marker = None
        self.rubber_band = None
        if self.canvas is not None:
            self.canvas.update()

    def key(self, event) -> bool:
        if event.key() == Qt.Key.Key_Escape and self.vertices:
            self.cancel()
            return True
        if event.key() == Qt.Key.Key_Backspace:
            if self.vertices:
                self.vertices.pop()
                self._update_band()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            return True
        return False

    def deactivate(self):
        self.cancel()
        super().deactivate()


class DrawPointTool(_SnappingTool):
    """Click to place a point; ``on_finished(point)`` gets a shapely Point in EPSG:4490."""

    def __init__(self, on_finished, snapping: bool = True):
        super().__init__(snapping)
        self.on_finished = on_finished

    def move(self, event):
        self.snapped(event)
        if self.canvas is not None:
            self.canvas.update()

    def release(self, event):
        if event.button == Qt.MouseButton.LeftButton:
            lon, lat = self.snapped(event)
            self.on_finished(shapely.Point(lon, lat))


def _ring_coords(geom):
    """(polygon exterior coords without the closing point) or point/line coords."""
    if geom.geom_type == "Polygon":
        return np.asarray(geom.exterior.coords)[:-1]
    return shapely.get_coordinates(geom)


def _with_ring(geom, coords):
    if geom.geom_type == "Polygon":
        return shapely.Polygon(coords, [ring.coords for ring in geom.interiors])
    if geom.geom_type == "LineString":
        return shapely.LineString(coords)
    return shapely.set_coordinates(geom, coords)


def move_vertex(geom, index: int, lon: float, lat: float):
    """``geom`` with vertex ``index`` (of the exterior ring for polygons) moved [deg]."""
    coords = _ring_coords(geom).copy()
    coords[index] = (lon, lat)
    return _with_ring(geom, coords)


def insert_vertex(geom, lon: float, lat: float):
    """``geom`` with a new vertex on the exterior edge nearest to (lon, lat)."""
    coords = _ring_coords(geom)
    closed = geom.geom_type == "Polygon"
    ring = np.vstack([coords, coords[:1]]) if closed else coords
    point = shapely.Point(lon, lat)
    distances = [shapely.LineString(ring[i:i + 2]).distance(point) for i in range(len(ring) - 1)]
    i = int(np.argmin(distances))
    return _with_ring(geom, np.insert(coords, i + 1, (lon, lat), axis=0))


def delete_vertex(geom, index: int):
    """``geom`` without vertex ``index``; ``None`` when too few would be left."""
    coords = _ring_coords(geom)
    minimum = 3 if geom.geom_type == "Polygon" else 2
    if len(coords) - 1 < minimum:
        return None
    return _with_ring(geom, np.delete(coords, index, axis=0))


class VertexEditTool(_SnappingTool):
    """Move (drag), insert (double-click an edge) and delete (Shift+click or Delete key) vertices.

    Works on the selected feature of ``layer_getter()`` (a click picks one
    when none is selected). Polygons edit their outer ring.
    """

    def __init__(self, layer_getter, undo_stack_getter, snapping: bool = True):
        super().__init__(snapping)
        self.layer_getter = layer_getter
        self.undo_stack_getter = undo_stack_getter
        self.fid = None
        self.drag_index = None
        self.hover_index = None

    def _feature(self):
        layer = self.layer_getter()
        if layer is None:
            return None, None
        if self.fid is None or self.fid not in layer.gdf.index:
            self.fid = next(iter(sorted(layer.selection)), None) if layer.selection else None
        if self.fid is None:
            return layer, None
        return layer, layer.gdf.geometry.loc[self.fid]

    def _vertex_at(self, geom, event):
        coords = _ring_coords(geom)
        xs, ys = self.canvas.view.to_screen(coords[:, 0], coords[:, 1])
        d = np.hypot(xs - event.pos.x(), ys - event.pos.y())
        i = int(np.argmin(d))
        return i if d[i] <= VERTEX_GRAB_PX else None

    def _push(self, layer, geometry, text):
        self.undo_stack_getter().push(SetGeometry(layer, self.fid, geometry, text=text))

    def press(self, event):
        if event.button != Qt.MouseButton.LeftButton:
            return
        layer, geom = self._feature()
        if layer is None:
            return
        if geom is None:
            ids = pick_features(self.canvas, layer, event.pos)[:1]
            if ids:
                layer.select(ids)
                self.fid = ids[0]
                self.canvas.update()
            return
        index = self._vertex_at(geom, event)
        if index is None:
            ids = pick_features(self.canvas, layer, event.pos)[:1]
            if ids and ids[0] != self.fid:
                layer.select(ids)
                self.fid = ids[0]
                self.canvas.update()
            return
        if event.modifiers & Qt.KeyboardModifier.ShiftModifier:
            self._delete(layer, geom, index)
            return
        self.drag_index = index

    def move(self, event):
        layer, geom = self._feature()
        if geom is None:
            return
        if self.drag_index is not None:
            lon, lat = self.snapped(event, skip=(layer, self.fid))
            band = _ring_coords(geom).copy()
            band[self.drag_index] = (lon, lat)
            self.rubber_band = [tuple(p) for p in band]
            self.rubber_band_closed = geom.geom_type == "Polygon"
        else:
            self.hover_index = self._vertex_at(geom, event)
        self.canvas.update()

    def release(self, event):
        if self.drag_index is None or event.button != Qt.MouseButton.LeftButton:
            return
        layer, geom = self._feature()
        lon, lat = self.snapped(event, skip=(layer, self.fid))
        index, self.drag_index = self.drag_index, None
        self.rubber_band = None
        if (lon, lat) != tuple(_ring_coords(geom)[index]):
            self._push(layer, move_vertex(geom, index, lon, lat), translate("EditTools", "move vertex"))
        self.canvas.update()

    def double_click(self, event):
        layer, geom = self._feature()
        if geom is None or geom.geom_type not in ("Polygon", "LineString"):
            return
        if self._vertex_at(geom, event) is not None:
            return
        lon, lat = self.snapped(event, skip=(layer, self.fid))
        self._push(layer, insert_vertex(geom, lon, lat), translate("EditTools", "insert vertex"))

    def _delete(self, layer, geom, index):
        new = delete_vertex(geom, index)
        if new is not None:
            self._push(layer, new, translate("EditTools", "delete vertex"))

    def key(self, event) -> bool:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.hover_index is not None:
            layer, geom = self._feature()
            if geom is not None:
                self._delete(layer, geom, self.hover_index)
                self.hover_index = None
                return True
        return False

    def paint(self, painter, canvas):
        super().paint(painter, canvas)
        layer, geom = self._feature()
        if geom is None:
            return
        coords = _ring_coords(geom)
        xs, ys = canvas.view.to_screen(coords[:, 0], coords[:, 1])
        painter.setPen(QPen(QColor("#222222"), 1))
        for i, (x, y) in enumerate(zip(xs, ys)):
            painter.setBrush(QColor("#ff7f00") if i == self.hover_index else QColor("#ffffff"))
            painter.drawRect(int(x) - 4, int(y) - 4, 8, 8)


class MoveFeatureTool(_SnappingTool):
    """Drag a feature to move it; Delete removes the selected features (both undoable)."""

    def __init__(self, layer_getter, undo_stack_getter, snapping: bool = False):
        super().__init__(snapping)
        self.layer_getter = layer_getter
        self.undo_stack_getter = undo_stack_getter
        self._drag = None  # (fid, start lon, start lat, geometry)

    def press(self, event):
        layer = self.layer_getter()
        if layer is None or event.button != Qt.MouseButton.LeftButton:
            return
        ids = pick_features(self.canvas, layer, event.pos)[:1]
        if not ids:
            return
        layer.select(ids)
        self._drag = (ids[0], event.lon, event.lat, layer.gdf.geometry.loc[ids[0]])

    def move(self, event):
        if self._drag is None:
            return
        fid, lon0, lat0, geom = self._drag
        moved = shapely.affinity.translate(geom, event.lon - lon0, event.lat - lat0)
        coords = _ring_coords(moved) if moved.geom_type in ("Polygon", "Point", "LineString") else shapely.get_coordinates(moved)
        self.rubber_band = [tuple(p) for p in coords]
        self.rubber_band_closed = moved.geom_type.endswith("Polygon")
        self.canvas.update()

    def release(self, event):
        if self._drag is None:
            return
        fid, lon0, lat0, geom = self._drag
        self._drag = None
        self.rubber_band = None
        layer = self.layer_getter()
        if (event.lon, event.lat) != (lon0, lat0) and layer is not None:
            moved = shapely.affinity.translate(geom, event.lon - lon0, event.lat - lat0)
            self.undo_stack_getter().push(SetGeometry(layer, fid, moved, text=translate("EditTools", "move feature")))
        self.canvas.update()

    def key(self, event) -> bool:
        layer = self.layer_getter()
        if event.key() == Qt.Key.Key_Delete and layer is not None and layer.selection:
            self.undo_stack_getter().push(DeleteFeatures(layer, sorted(layer.selection),
                                                         text=translate("EditTools", "delete features")))
            return True
        return False


__all__ = ["DrawPolygonTool", "DrawPointTool", "VertexEditTool", "MoveFeatureTool", "snap_point",
           "move_vertex", "insert_vertex", "delete_vertex", "SNAP_TOLERANCE_PX"]
