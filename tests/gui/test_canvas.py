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


def test_full_extent_shows_the_six_counties_and_the_sea(window, demo_project):
    canvas = window.canvas
    counties = demo_project.vector("counties").gdf
    for geom in counties.geometry:
        p = shapely.point_on_surface(geom)
        x, y = canvas.view.to_screen(p.x, p.y)
        assert 0 <= x < canvas.width() and 0 <= y < canvas.height()
    sea = demo_project.vector("sea_area")
    # open sea, away from sites, island, labels and the map furniture at the edges
    others = shapely.union_all([demo_project.vector(n).gdf.geometry.union_all().buffer(0.08)
                                for n in ("candidate_sites", "island_components")])
    sea_geom = sea.gdf.geometry.iloc[0]
    for lon in np.arange(119.3, 120.3, 0.05):
        for lat in np.arange(34.3, 35.2, 0.05):
            x, y = canvas.view.to_screen(lon, lat)
            point = shapely.Point(lon, lat)
            central = 0.2 * canvas.width() < x < 0.8 * canvas.width() and 0.2 * canvas.height() < y < 0.8 * canvas.height()
            if central and sea_geom.contains(point) and not others.contains(point):
                assert canvas_pixel(canvas, lon, lat).name() == QColor(sea.style.fill).name()
                return
    pytest.fail("no open sea in view")


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
