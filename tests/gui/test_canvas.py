"""The map canvas: drawing follows the layers, zoom keeps the cursor point, pan moves the map."""
from __future__ import annotations

import numpy as np
import pytest
import shapely
from numpy.testing import assert_allclose
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.gui.map_fixtures import canvas_pixel, demo_project, demo_project_session, window  # noqa: F401


def _building_view(window, demo_project, fid=None):
    """Zoom close to one building; returns its interior point (lon, lat)."""
    buildings = demo_project.vector("buildings")
    areas = buildings.gdf.to_crs("EPSG:4549").area
    fid = fid if fid is not None else areas.idxmax()
    geom = buildings.gdf.geometry.loc[fid]
    x0, y0, x1, y1 = geom.bounds
    window.canvas.zoom_to((x0 - 0.0005, y0 - 0.0005, x1 + 0.0005, y1 + 0.0005))
    point = shapely.point_on_surface(geom)
    return fid, point.x, point.y


def test_toggling_a_layer_changes_what_is_drawn(window, demo_project):
    fid, lon, lat = _building_view(window, demo_project)
    buildings = demo_project.vector("buildings")
    status = buildings.gdf.loc[fid, "pv_status"]
    expected = QColor(buildings.style.categories[status])
    shown = canvas_pixel(window.canvas, lon, lat)
    assert shown.name() == expected.name()

    # uncheck it in the layer tree, as a user would
    model = window.layer_tree.layer_model
    index = model.index(demo_project.layers.index("buildings"))
    model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not buildings.visible
    hidden = canvas_pixel(window.canvas, lon, lat)
    assert hidden.name() == QColor(demo_project.vector("counties").style.fill).name()

    model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert canvas_pixel(window.canvas, lon, lat).name() == expected.name()


def _wheel(canvas, pos: QPointF, notches: int):
    event = QWheelEvent(pos, canvas.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, event)


@pytest.mark.parametrize("notches", [1, 3, -2])
def test_wheel_zoom_keeps_the_point_under_the_cursor(window, notches):
    canvas = window.canvas
    cursor = QPointF(canvas.width() * 0.3, canvas.height() * 0.7)
    before = canvas.to_map(cursor)
    scale_before = canvas.view.px_per_deg
    _wheel(canvas, cursor, notches)
    assert_allclose(canvas.view.px_per_deg / scale_before, np.sqrt(2) ** notches, rtol=1e-9)
    # the same map point is still under the cursor (to well below a pixel)
    assert_allclose(canvas.to_map(cursor), before, atol=1e-3 / canvas.view.px_per_deg)
    assert canvas.wait_idle(15000)


def test_drag_pans_the_map_without_redrawing_during_the_drag(window, qtbot):
    canvas = window.canvas
    start, end = QPoint(400, 300), QPoint(520, 260)
    lon, lat = canvas.to_map(QPointF(start))
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, end)
    assert canvas.is_dragging
    assert not canvas._job_running  # the drag only shifts the cached images
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    # the point grabbed is now under the release position
    assert_allclose(canvas.to_map(QPointF(end)), (lon, lat), atol=1e-9)
    assert canvas.wait_idle(15000)


def test_cursor_position_is_shown_in_the_status_bar(window, qtbot):
    canvas = window.canvas
    qtbot.mouseMove(canvas, QPoint(300, 200))
    lon, lat = canvas.to_map(QPointF(300, 200))
    text = window.coordinate_label.text()
    assert f"{lon:.5f}" in text and f"{lat:.5f}" in text and "CGCS2000" in text


def _settled_view(canvas, timeout_s=20.0):
    """Wait until the canvas stops changing size/extent (docks settling) and is drawn sharp."""
    import time

    deadline = time.monotonic() + timeout_s
    previous = None
    while time.monotonic() < deadline:
        assert canvas.wait_idle(15000)
        QApplication.processEvents()
        view = canvas.view
        key = (view.width, view.height, tuple(round(v, 9) for v in view.extent))
        if key == previous and canvas.is_idle():
            return view
        previous = key
        time.sleep(0.05)
    pytest.fail("the canvas kept changing")


def _open_sea_pixel(canvas, project, view):
    """The screen pixel of open sea farthest from anything drawn over it.

    Kept clear: every feature of every other visible layer (also what earlier
    tests left in the shared project, e.g. turbines) with its marker size,
    the rectangle of its label as the renderer places it (point labels right
    of the marker, area labels centred on point_on_surface), the coast
    (anti-aliased edges) and the north arrow and scale bar.
    """
    from PySide6.QtGui import QFontMetricsF

    from app.ui.render import label_font

    def to_px(geom):
        return shapely.transform(geom, lambda c: np.column_stack(view.to_screen(c[:, 0], c[:, 1])))

    margin = 6.0
    clear = []
    for layer in project.layers.vector_layers():
        if not layer.visible or layer.gdf.empty or layer.name == "sea_area":
            continue
        geoms = [g for g in layer.gdf.geometry if g is not None and not g.is_empty]
        marker = layer.style.point_size / 2 + layer.style.stroke_width + margin
        clear.extend(to_px(g).buffer(marker) for g in geoms)
        field = layer.style.label_field
        if not field or field not in layer.gdf:
            continue
        points_only = all(g.geom_type in ("Point", "MultiPoint") for g in geoms)
        metrics = QFontMetricsF(label_font(geoms_are_areas=not points_only))
        for geom, text in zip(layer.gdf.geometry, layer.gdf[field].astype(str)):
            if geom is None or geom.is_empty:
                continue
            x, y = to_px(shapely.point_on_surface(geom)).coords[0]
            width, height = metrics.horizontalAdvance(text), metrics.height()
            left = x + layer.style.point_size / 2 + 3 if points_only else x - width / 2
            clear.append(shapely.box(left - margin, y - height / 2 - margin,
                                     left + width + margin, y + height / 2 + margin))
    w, h = view.width, view.height
    clear.append(shapely.box(w - 70, 0, w, 70))        # north arrow
    clear.append(shapely.box(0, h - 60, 260, h))       # scale bar
    clear = shapely.union_all(clear)
    sea = shapely.union_all([to_px(g) for g in project.vector("sea_area").gdf.geometry])
    open_sea = sea.buffer(-margin).difference(clear).intersection(shapely.box(4, 4, w - 4, h - 4))
    xs, ys = np.meshgrid(np.arange(4, w - 4, 3.0), np.arange(4, h - 4, 3.0))
    points = shapely.points(xs.ravel(), ys.ravel())
    inside = points[shapely.contains(open_sea, points)]
    assert len(inside), "no open sea in view"
    best = inside[np.argmax(shapely.distance(inside, clear.union(sea.boundary)))]
    return best.x, best.y


def test_full_extent_shows_the_six_counties_and_the_sea(window, demo_project):
    canvas = window.canvas
    view = _settled_view(canvas)
    counties = demo_project.vector("counties").gdf
    for geom in counties.geometry:
        p = shapely.point_on_surface(geom)
        x, y = view.to_screen(p.x, p.y)
        assert 0 <= x < canvas.width() and 0 <= y < canvas.height()
    sea = demo_project.vector("sea_area")
    x, y = _open_sea_pixel(canvas, demo_project, view)
    lon, lat = view.to_map(x, y)
    assert canvas_pixel(canvas, float(lon), float(lat)).name() == QColor(sea.style.fill).name()


def test_scale_bar_lengths_are_round():
    from app.ui.canvas import format_distance, nice_scale_length

    assert nice_scale_length(23_456) == 20_000
    assert nice_scale_length(740) == 500
    assert format_distance(20_000) == "20 km"
    assert format_distance(500) == "500 m"


def test_map_tool_protocol_gets_map_coordinates(window, qtbot):
    from app.ui.map_tools import MapTool

    class Recorder(MapTool):
        def __init__(self):
            super().__init__()
            self.events = []

        def press(self, event):
            self.events.append(("press", event.lon, event.lat))

        def release(self, event):
            self.events.append(("release", event.lon, event.lat))
            self.rubber_band = [(event.lon, event.lat), (event.lon + 0.1, event.lat)]

    tool = Recorder()
    window.canvas.set_map_tool(tool)
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(250, 250))
    lon, lat = window.canvas.to_map(QPointF(250, 250))
    assert [e[0] for e in tool.events] == ["press", "release"]
    assert_allclose(tool.events[0][1:], (lon, lat))
    window.canvas.repaint()  # the rubber band paints without error
    window.canvas.set_map_tool(None)
    assert tool.rubber_band is None  # deactivated


def test_renderer_counts_features_actually_drawn(demo_project):
    from app.ui.main import create_application
    from app.ui.render import LayerRenderer, MapView, render_map

    create_application()
    buildings = demo_project.vector("buildings")
    x0, y0, x1, y1 = buildings.gdf.geometry.iloc[0].bounds
    view = MapView.fit((x0 - 0.01, y0 - 0.01, x1 + 0.01, y1 + 0.01), 400, 300)
    image, drawn = render_map([buildings], view, LayerRenderer())
    culled = len(buildings.gdf.sindex.query(shapely.box(*view.extent)))
    assert 0 < drawn == culled < buildings.feature_count
    assert (image.width(), image.height()) == (400, 300)
