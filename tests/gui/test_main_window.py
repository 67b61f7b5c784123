"""The main window as a user drives it: identify, tasks, errors, bad files, screenshots."""
from __future__ import annotations

import time

import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.core.errors import CancelledError, ProjectFileError
from tests.gui.map_fixtures import demo_project, demo_project_session, make_window, window  # noqa: F401


def _zoom_to_building(window, demo_project, position=0):
    buildings = demo_project.vector("buildings")
    fid = buildings.gdf.index[position]
    geom = buildings.gdf.geometry.loc[fid]
    x0, y0, x1, y1 = geom.bounds
    window.canvas.zoom_to((x0 - 0.001, y0 - 0.001, x1 + 0.001, y1 + 0.001))
    assert window.canvas.wait_idle(15000)
    p = shapely.point_on_surface(geom)
    return fid, window.canvas.to_screen(p.x, p.y)


def test_identify_shows_the_clicked_buildings_id(window, demo_project, qtbot):
    fid, pos = _zoom_to_building(window, demo_project, 5)
    window.identify_tool_action.trigger()
    assert window.canvas.map_tool is window.identify_tool
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    bld_id = demo_project.vector("buildings").gdf.loc[fid, "bld_id"]
    assert bld_id in window.identify_results.values_shown()
    assert window.identify_dock.isVisible()
    top = window.identify_results.tree.topLevelItem(0)
    assert "Buildings" in top.text(0)


def test_select_tool_click_selects_the_building(window, demo_project, qtbot):
    fid, pos = _zoom_to_building(window, demo_project, 7)
    window.layer_tree.set_current_layer("buildings")
    window.select_tool_action.trigger()
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert demo_project.vector("buildings").selection == {fid}
    # drawn in yellow on the map
    image = window.canvas.grab().toImage()
    assert image.pixelColor(pos.toPoint()).name() not in ("#bdbdbd", "#2c7bb6", "#1a9641", "#fdae61")


def test_status_bar_shows_the_sample_data_badge_and_scale(window):
    assert window.sample_badge.isVisible()
    assert "示例数据" in window.sample_badge.text() and "sample data" in window.sample_badge.text()
    assert window.scale_label.text().startswith("Scale 1:")


def test_run_task_reports_progress_and_returns_on_the_gui_thread(window, qtbot):
    import threading

    seen = {}

    def work(progress):
        for i in range(5):
            assert progress(i / 5, f"step {i}")
        seen["worker"] = threading.current_thread()
        return 42

    def done(result):
        seen["result"] = result
        seen["done_thread"] = threading.current_thread()

    handle = window.run_task("counting", work, done)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["done_thread"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()


def test_run_task_cancel_stops_the_work_and_changes_nothing(window, qtbot):
    changed = []

    def slow(progress):
        for i in range(500):
            if not progress(i / 500):
                raise CancelledError("cancelled by the user")
            time.sleep(0.005)
        return "finished"

    handle = window.run_task("slow", slow, changed.append)
    handle.cancel()
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert isinstance(handle.error, CancelledError)
    assert changed == []
    assert window.last_error_box is None  # a cancel is not an error


def test_errors_from_a_worker_become_one_readable_message(window, qtbot):
    def broken(progress):
        raise ValueError("expected a .gpkg file, got notes.txt\nsecond line")

    handle = window.run_task("broken", broken)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    box = window.last_error_box
    assert box is not None and box.text() == "expected a .gpkg file, got notes.txt"
    assert "second line" in box.detailedText()
    box.close()


def test_a_corrupt_project_file_shows_a_message_and_keeps_the_project(window, demo_project, tmp_path):
    bad = tmp_path / "broken.gpkg"
    bad.write_bytes(b"this is not a geopackage")
    assert not window.open_project(bad)
    assert window.project is demo_project
    assert "broken.gpkg" in window.last_error_box.text()
    window.last_error_box.close()
    assert not window.open_project(tmp_path / "missing.gpkg")
    assert "not found" in window.last_error_box.text()
    window.last_error_box.close()


def test_bare_start_with_a_missing_project_falls_back_to_the_demo(tmp_path):
    from app.ui.main import load_project_for_gui

    project, error = load_project_for_gui(str(tmp_path / "nope.gpkg"))
    assert isinstance(error, ProjectFileError)
    assert "buildings" in project.layers and project.is_sample


def test_undo_redo_menu_follows_the_project_stack(window, demo_project):
    from app.layers.edits import SetAttributes

    buildings = demo_project.vector("buildings")
    fid = buildings.gdf.index[0]
    old = buildings.gdf.loc[fid, "name"]
    assert not window.undo_action.isEnabled()
    demo_project.undo_stack.push(SetAttributes(buildings, [fid], {"name": "测试楼"}))
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert buildings.gdf.loc[fid, "name"] == old
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert buildings.gdf.loc[fid, "name"] == "测试楼"
    window.undo_action.trigger()


def test_add_vector_layer_without_crs_asks_and_converts_gcj02(window, demo_project, qtbot, tmp_path):
    import geopandas as gpd

    path = tmp_path / "poi.geojson"
    gdf = gpd.GeoDataFrame({"name": ["连云港站"]}, geometry=[shapely.Point(119.2, 34.6)])
    gdf.to_file(path, driver="GeoJSON")
    # GeoJSON always says WGS84; write a shapefile without .prj instead
    shp = tmp_path / "poi.shp"
    gdf.to_file(shp)
    (tmp_path / "poi.prj").unlink(missing_ok=True)
    asked = []
    window.add_vector_layer(shp, ask=lambda name: asked.append(name) or "gcj02")
    # first read: no CRS, so the user is asked; the second read (with the answer) adds the layer
    qtbot.waitUntil(lambda: "poi" in demo_project.layers, timeout=10000)
    assert asked == ["poi.shp"]
    layer = demo_project.layers["poi"]
    # GCJ-02 -> CGCS2000 moves points in Lianyungang by a few hundred metres west/south
    assert 0.002 < 119.2 - layer.gdf.geometry.iloc[0].x < 0.01
    assert demo_project.layers.names()[0] == "poi"
    window.undo_action.trigger()
    assert "poi" not in demo_project.layers


def test_screenshot_writes_a_png_of_the_requested_size(tmp_path, demo_project_session):
    from app.ui.screenshot import take_screenshot

    out = take_screenshot(tmp_path / "shot.png", project=None, panel="map", size=(900, 640), lang="en")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 640)
    # the map is not empty: many different colours
    colours = {image.pixel(x, y) for x in range(0, 900, 9) for y in range(0, 640, 9)}
    assert len(colours) > 20


def test_qt_binding_keeps_references_to_none_and_true(qapp):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void
    call and to True on every emit, so a busy session aborts in
    ``none_dealloc``; pyproject.toml excludes that release. This fails if a
    binding with the bug is installed again."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        fired = Signal()

    probe = Probe()
    probe.fired.connect(probe.objectName)
    calls = 256
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(calls):
        probe.setObjectName("probe")
    none_lost = none_before - sys.getrefcount(None)
    for _ in range(calls):
        probe.fired.emit()
    true_lost = true_before - sys.getrefcount(True)
    # a few references may move with garbage collection; the bug loses one per call
    assert none_lost < calls // 4 and true_lost < calls // 4, (none_lost, true_lost)
