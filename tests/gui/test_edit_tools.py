"""Drawing and editing on the real map canvas with simulated mouse and keys."""
from __future__ import annotations

import numpy as np
import pytest
import shapely
from numpy.testing import assert_allclose
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.ui.edit_tools import DrawPolygonTool, MoveFeatureTool, VertexEditTool, delete_vertex, insert_vertex
from app.ui.site_form import SiteForm
from tests.gui.map_fixtures import demo_project, demo_project_session, window  # noqa: F401

#: An empty patch of sea east of the CS-02 sample site [deg].
AREA = (119.66, 34.98, 119.80, 35.08)


def _px(canvas, lon, lat) -> QPoint:
    p = canvas.to_screen(lon, lat)
    return QPoint(round(p.x()), round(p.y()))


def _zoom(window):
    window.canvas.zoom_to(AREA)
    window.canvas.wait_idle(10000)


def _open_forms():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, SiteForm) and w.isVisible()]


def test_draw_polygon_with_clicks_adds_a_site_undoably(qtbot, window, demo_project):
    from app.ui.site_form import open_site_form

    _zoom(window)
    canvas = window.canvas
    tool = DrawPolygonTool(lambda polygon: open_site_form(window, polygon))
    canvas.set_map_tool(tool)
    corners = [(119.69, 35.00), (119.76, 35.00), (119.76, 35.05), (119.69, 35.05)]
    pixels = [_px(canvas, *c) for c in corners]
    for p in pixels[:-1]:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=p)
    qtbot.mouseMove(canvas, pixels[-1])
    assert tool.rubber_band is not None and len(tool.rubber_band) == 4  # 3 vertices + the cursor
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=pixels[-1])
    forms = _open_forms()
    assert len(forms) == 1
    form = forms[0]
    form.name.setText("测试海上风电")
    form.kind.setCurrentText("wind_offshore")
    sites = demo_project.vector("candidate_sites")
    before = len(sites.gdf)
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert len(sites.gdf) == before + 1
    new = sites.gdf.iloc[-1]
    assert new["site_id"] == "CS-07" and new["kind"] == "wind_offshore" and new["county_adcode"]
    # the vertices are where the user clicked (to a pixel)
    expected = np.array([canvas.to_map(p) for p in pixels])
    got = np.asarray(new.geometry.exterior.coords)[:-1]
    assert_allclose(got, expected, atol=1e-9)
    window.undo()
    assert len(sites.gdf) == before
    window.redo()
    assert len(sites.gdf) == before + 1


def test_backspace_and_escape(qtbot, window, demo_project):
    _zoom(window)
    canvas = window.canvas
    finished = []
    tool = DrawPolygonTool(finished.append)
    canvas.set_map_tool(tool)
    for c in [(119.69, 35.00), (119.76, 35.00), (119.76, 35.05)]:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=_px(canvas, *c))
    qtbot.keyClick(canvas, Qt.Key.Key_Backspace)
    assert len(tool.vertices) == 2
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert tool.vertices == [] and tool.rubber_band is None and finished == []
    assert canvas.map_tool is tool  # the first Esc cancels the drawing, not the tool


def test_clicks_snap_to_a_site_vertex(qtbot, window, demo_project):
    sites = demo_project.vector("candidate_sites")
    corner = np.asarray(sites.gdf.loc[sites.gdf["site_id"] == "CS-02"].geometry.iloc[0].exterior.coords)[0]
    canvas = window.canvas
    canvas.zoom_to((corner[0] - 0.05, corner[1] - 0.05, corner[0] + 0.05, corner[1] + 0.05))
    finished = []
    tool = DrawPolygonTool(finished.append)
    canvas.set_map_tool(tool)
    near = _px(canvas, *corner) + QPoint(4, -3)  # within the 10 px snapping distance
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=near)
    assert_allclose(tool.vertices[0], corner, atol=1e-12)
    far = _px(canvas, corner[0] + 0.03, corner[1] + 0.03)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=far)
    assert_allclose(tool.vertices[1], canvas.to_map(far), atol=1e-12)


def test_drag_a_vertex_then_undo(qtbot, window, demo_project):
    sites = demo_project.vector("candidate_sites")
    fid = sites.gdf.index[sites.gdf["site_id"] == "CS-03"][0]
    old = sites.gdf.geometry.loc[fid]
    x0, y0, x1, y1 = old.bounds
    canvas = window.canvas
    canvas.zoom_to((x0 - 0.02, y0 - 0.02, x1 + 0.02, y1 + 0.02))
    sites.select([fid])
    canvas.set_map_tool(VertexEditTool(lambda: sites, lambda: demo_project.undo_stack))
    vertex = np.asarray(old.exterior.coords)[1]
    start, end = _px(canvas, *vertex), _px(canvas, *vertex) + QPoint(30, 20)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    moved = np.asarray(sites.gdf.geometry.loc[fid].exterior.coords)[1]
    assert_allclose(moved, canvas.to_map(end), atol=1e-9)
    assert demo_project.undo_stack.undo_text == "move vertex"
    window.undo()
    assert sites.gdf.geometry.loc[fid].equals(old)


def test_vertex_insert_and_delete_functions():
    square = shapely.box(0, 0, 10, 10)
    more = insert_vertex(square, 5, -0.1)  # near the bottom edge
    # the new vertex sits where clicked: the square gains a triangle of base 10, height 0.1
    assert len(more.exterior.coords) == 6 and more.is_valid and more.area == pytest.approx(100 + 0.5 * 10 * 0.1)
    assert delete_vertex(shapely.Polygon([(0, 0), (1, 0), (0, 1)]), 0) is None  # a triangle keeps 3 corners
    assert len(delete_vertex(more, 1).exterior.coords) == 5


def test_move_and_delete_feature(qtbot, window, demo_project):
    sites = demo_project.vector("candidate_sites")
    fid = sites.gdf.index[sites.gdf["site_id"] == "CS-05"][0]
    old = sites.gdf.geometry.loc[fid]
    x0, y0, x1, y1 = old.bounds
    canvas = window.canvas
    canvas.zoom_to((x0 - 0.05, y0 - 0.05, x1 + 0.05, y1 + 0.05))
    canvas.set_map_tool(MoveFeatureTool(lambda: sites, lambda: demo_project.undo_stack))
    inside = shapely.point_on_surface(old)
    start = _px(canvas, inside.x, inside.y)
    end = start + QPoint(40, 0)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    shift = sites.gdf.geometry.loc[fid].centroid.x - old.centroid.x
    assert_allclose(shift, canvas.to_map(end)[0] - canvas.to_map(start)[0], rtol=1e-9)
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert fid not in sites.gdf.index
    window.undo()
    window.undo()
    assert sites.gdf.geometry.loc[fid].equals(old)


def test_site_form_validation_and_repair(qtbot, window, demo_project):
    bowtie = shapely.Polygon([(119.70, 35.00), (119.75, 35.04), (119.75, 35.00), (119.70, 35.04)])
    form = SiteForm(demo_project, bowtie)
    qtbot.addWidget(form)
    form.site_id.setText("CS-01")  # taken
    problems = form.validate()
    assert any("taken" in p for p in problems)
    assert any("Name is empty" in p for p in problems)
    assert any("not valid" in p for p in problems) and not form.repair_button.isHidden()
    form.site_id.setText("CS-08")
    form.name.setText("修复测试")
    form.repair()
    assert form.geometry.is_valid and form.validate() == []
    assert form.repair_button.isHidden()
