"""What the window shows when a project opens with problems, or a hostile input is chosen (issue 17).

A raster whose file moved is listed "(not found)" with the reason and can be located again; the
problems of opening are shown in a dialog; a FIFO chosen as a project or a raster gives a message
box, never a hang; a shared-store URL with a password holding '/', '#', '?' is refused without
showing any part of it.
"""
from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.layers.model import MissingLayer, RasterLayer
from app.project import Project
from app.sample.demo import build_demo_project
from tests.gui.map_fixtures import demo_project, demo_project_session, make_window, window  # noqa: F401


@pytest.fixture(scope="module")
def saved_with_rasters(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gui-demo")
    project = build_demo_project(raster_dir=folder / "P_rasters")
    project.vector("buildings").set_gdf(project.vector("buildings").gdf.iloc[:200])
    return project.save(folder / "P.gpkg")


def test_a_missing_raster_is_shown_not_found_and_can_be_located(qtbot, saved_with_rasters, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(saved_with_rasters.parent, copy)
    moved = copy / "rasters-moved"
    (copy / "P_rasters").rename(moved)
    away = saved_with_rasters.parent / "P_rasters.away"
    (saved_with_rasters.parent / "P_rasters").rename(away)
    try:
        project = Project.open(copy / "P.gpkg")
    finally:
        away.rename(saved_with_rasters.parent / "P_rasters")
    win = make_window(qtbot, project)
    try:
        box = win.last_warning_box
        assert box is not None and box.isVisible()
        assert "could not be opened as they were" in box.text()
        assert "layer 'ghi_annual': could not be opened: its raster file is missing" in box.informativeText()
        model = win.layer_tree.layer_model
        row = project.layers.index("ghi_annual")
        index = model.index(row)
        assert model.data(index, Qt.ItemDataRole.DisplayRole).endswith("(not found)")
        assert "locate the file or remove the layer" in model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert not model.data(index, Qt.ItemDataRole.DecorationRole).isNull()
        menu = win.layer_tree.build_context_menu(project.layers["ghi_annual"])
        assert [a.text() for a in menu.actions() if a.text()] == ["Locate file…", "Remove layer"]
        # located: the raster is back in its place, undoably
        raster = win.layer_tree.locate_file(project.layers["ghi_annual"], moved / "ghi_annual_indicative.tif")
        assert isinstance(project.layers["ghi_annual"], RasterLayer) and project.layers.index("ghi_annual") == row
        assert raster.source_path.endswith("rasters-moved/ghi_annual_indicative.tif")
        assert model.data(model.index(row), Qt.ItemDataRole.DisplayRole).endswith("(not found)") is False
        project.undo_stack.undo()
        assert isinstance(project.layers["ghi_annual"], MissingLayer)
        project.undo_stack.redo()
        assert win.canvas.wait_idle(15000)
        box.done(0)
    finally:
        win.close()


def test_a_named_pipe_chosen_as_a_project_or_a_raster_is_a_message_not_a_hang(window, qtbot, tmp_path):
    pipe = tmp_path / "project.gpkg"
    os.mkfifo(pipe)
    assert window.open_project(pipe) is False
    assert window.last_error_box.text().startswith("project.gpkg is a named pipe (FIFO), not a regular file")
    window.last_error_box.done(0)
    raster = tmp_path / "wind.tif"
    os.mkfifo(raster)
    before = window.project.layers.names()
    window.add_raster_layer(raster, ask=False)  # read off the GUI thread; its error comes back to the window
    qtbot.waitUntil(lambda: "wind.tif" in window.last_error_box.text(), timeout=15000)
    assert window.last_error_box.text().startswith("wind.tif is a named pipe (FIFO)")
    assert window.project.layers.names() == before
    window.last_error_box.done(0)


@pytest.mark.parametrize("secret", ["Qx7k/Zv9w", "Qx7k#Zv9w", "Qx7k?Zv9w", "Qx7/Zk9#Wv3?Jm5@Tn1"])
def test_a_password_with_url_characters_is_refused_and_never_shown(window, secret):
    """Issue 17: the GUI's "no password in the URL" guard missed these, and the message showed a part."""
    from app.ui.main_window import PostgisDialog

    window.open_postgis_action.trigger()
    dialog = next(d for d in window.findChildren(PostgisDialog) if d.isVisible())
    dialog.url_edit.setText(f"postgresql://planner:{secret}@db.example:5432/lyg?schema=lygsite")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.task is None
    box = window.last_error_box
    shown = box.text() + box.detailedText()
    assert box.text().startswith("remove the password from the URL (postgresql://planner:***@db.example:5432/lyg")
    pieces = [secret, *secret.replace("#", "/").replace("?", "/").replace("@", "/").split("/")]
    assert not any(piece in shown for piece in pieces), shown
    box.done(0)
    dialog.reject()
