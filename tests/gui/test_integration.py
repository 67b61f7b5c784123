"""The main window with the parts built beside it: export, report, print, shared projects, autosave, recovery.

Drives the real menus and dialogs as a user would; the PostGIS server is
replaced by a stand-in store (the store itself is tested in tests/core).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import shapely
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.map_fixtures import demo_project, demo_project_session, make_window, window  # noqa: F401


def _visible_dialog(window, cls):
    dialogs = [d for d in window.findChildren(cls) if d.isVisible()]
    assert len(dialogs) == 1, f"expected one open {cls.__name__}, found {len(dialogs)}"
    return dialogs[0]


def _ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


# ---------------------------------------------------------------------- menus
def test_file_menu_and_layer_menu_speak_chinese_in_zh(qtbot, demo_project):
    win = make_window(qtbot, demo_project, "zh")
    try:
        assert win.file_menu.title() == "文件(&F)"
        texts = [a.text() for a in win.file_menu.actions() if a.text()]
        for expected in ("打开共享项目（PostGIS）…", "导出图层(&E)…", "导出所选要素…", "报告（PDF/Excel）(&R)…",
                         "打印地图(&P)…"):
            assert expected in texts
        menu = win.layer_tree.build_context_menu(demo_project.layers["buildings"])
        assert "导出…" in [a.text() for a in menu.actions()]
        win.set_language("en")
        assert win.file_menu.title() == "&File"
        assert "&Report (PDF/Excel)…" in [a.text() for a in win.file_menu.actions()]
    finally:
        win.language_manager.set_language("en")
        win.close()


# ---------------------------------------------------------------------- export and print
def test_export_layer_action_writes_a_geopackage_through_the_dialog(window, demo_project, tmp_path):
    from app.ui.export_dialog import ExportDialog

    window.layer_tree.set_current_layer("counties")
    window.export_layer_action.trigger()
    dialog = _visible_dialog(window, ExportDialog)
    assert dialog.layer_combo.currentData() == "counties"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("gpkg"))
    out = tmp_path / "counties.gpkg"
    dialog.path_edit.setText(str(out))
    _ok(dialog)
    assert not dialog.isVisible() and window.last_error_box is None
    written = gpd.read_file(out, layer="counties")
    assert len(written) == 6
    assert set(written["name_zh"]) == set(demo_project.vector("counties").gdf["name_zh"])
    assert "counties.gpkg" in window.statusBar().currentMessage()


def test_layer_tree_export_opens_the_dialog_on_that_layer(window, demo_project):
    from app.ui.export_dialog import ExportDialog

    window.layer_tree.set_current_layer("counties")
    menu = window.layer_tree.build_context_menu(demo_project.layers["candidate_sites"])
    next(a for a in menu.actions() if a.text() == "Export…").trigger()
    dialog = _visible_dialog(window, ExportDialog)
    assert dialog.layer_combo.currentData() == "candidate_sites"
    dialog.reject()


def test_export_selection_exports_only_the_selected_features(window, demo_project, tmp_path):
    from app.ui.export_dialog import ExportDialog

    window.export_selection_action.trigger()  # nothing selected yet: says so, no dialog
    assert not [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert "Nothing is selected" in window.statusBar().currentMessage()
    buildings = demo_project.vector("buildings")
    chosen = list(buildings.gdf.index[:3])
    buildings.select(chosen)
    window.export_selection_action.trigger()
    dialog = _visible_dialog(window, ExportDialog)
    assert dialog.layer_combo.currentData() == "buildings" and dialog.selection_check.isChecked()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("gpkg"))
    out = tmp_path / "selected.gpkg"
    dialog.path_edit.setText(str(out))
    _ok(dialog)
    written = gpd.read_file(out, layer="buildings")
    assert sorted(written["bld_id"]) == sorted(buildings.gdf.loc[chosen, "bld_id"])


def test_print_action_opens_the_print_dialog(window):
    from app.ui.print_layout import PrintDialog

    window.print_action.trigger()
    dialog = _visible_dialog(window, PrintDialog)
    assert dialog.title_edit.text() == window.project.title
    dialog.reject()


# ---------------------------------------------------------------------- report
def _report_dialog(window, path, language):
    from app.ui.main_window import ReportDialog

    window.report_action.trigger()
    dialog = _visible_dialog(window, ReportDialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
    dialog.path_edit.setText(str(path))
    _ok(dialog)
    return dialog


def test_report_action_writes_a_pdf_off_the_gui_thread(window, qtbot, tmp_path, monkeypatch):
    import threading

    import app.export.report_pdf as report_pdf

    threads = []
    real = report_pdf.write_pdf_report

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(report_pdf, "write_pdf_report", recording)
    out = tmp_path / "report"  # no suffix: the chosen format's is added
    dialog = _report_dialog(window, out, "en")
    task = dialog.task
    assert task is not None and task.is_running
    qtbot.waitUntil(lambda: not task.is_running, timeout=90000)
    assert task.error is None, task.traceback_text
    pdf = tmp_path / "report.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert threads and threads[0] is not threading.main_thread()
    assert window.last_report_path == pdf
    assert str(pdf) in window.statusBar().currentMessage()


def test_report_cancel_writes_no_file(window, qtbot, tmp_path):
    out = tmp_path / "report.pdf"
    task = _report_dialog(window, out, "zh").task
    task.cancel()
    qtbot.waitUntil(lambda: not task.is_running, timeout=90000)
    assert not out.exists() and not list(tmp_path.iterdir())
    assert window.last_error_box is None
    assert "cancelled" in window.statusBar().currentMessage()


def test_report_excel_in_chinese(window, qtbot, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "报告.xlsx"
    task = _report_dialog(window, out, "zh").task
    qtbot.waitUntil(lambda: not task.is_running, timeout=60000)
    assert task.error is None, task.traceback_text
    assert any("\u4e00" <= ch <= "\u9fff" for ch in "".join(load_workbook(out).sheetnames))


def test_report_with_a_wrong_suffix_says_what_is_expected(window):
    assert window.write_report("/tmp/report.docx", "en") is None
    assert ".pdf or .xlsx" in window.last_error_box.text()


# ---------------------------------------------------------------------- shared projects
class _FakeStore:
    display_url = "postgresql://planner@db.example:5432/lyg?schema=lygsite"

    def __init__(self):
        self.error = None
        self.saves = 0

    def save(self, project):
        if self.error is not None:
            raise self.error
        self.saves += 1


def _shared_project():
    from app.layers.model import VectorLayer
    from app.project import Project

    project = Project(title="共享项目")
    gdf = gpd.GeoDataFrame({"name": ["a"]}, geometry=[shapely.box(119.2, 34.5, 119.3, 34.6)], crs="EPSG:4490")
    project.layers.append(VectorLayer("zones", gdf, title="zones"))
    project.undo_stack.set_clean()
    project.store = _FakeStore()
    return project


def test_open_shared_project_refuses_a_password_and_never_shows_it(window):
    from app.ui.main_window import PostgisDialog

    window.open_postgis_action.trigger()
    dialog = _visible_dialog(window, PostgisDialog)
    dialog.url_edit.setText("postgresql://planner:s3cret-pw@db.example/lyg")
    _ok(dialog)
    assert dialog.isVisible() and dialog.task is None  # stays open to correct the URL
    box = window.last_error_box
    assert "password" in box.text() and "s3cret-pw" not in box.text() + box.detailedText()
    dialog.reject()


def test_open_shared_project_through_the_dialog(window, qtbot, monkeypatch):
    import app.project.postgis as store_postgis
    from app.ui.main_window import PostgisDialog

    calls = []
    shared = _shared_project()

    def fake_open(url, editor=None):
        calls.append((url, editor))
        return shared

    monkeypatch.setattr(store_postgis, "open_postgis_project", fake_open)
    window.open_postgis_action.trigger()
    dialog = _visible_dialog(window, PostgisDialog)
    dialog.url_edit.setText("postgresql://planner@db.example:5432/lyg?schema=lygsite")
    dialog.editor_edit.setText("王工")
    _ok(dialog)
    qtbot.waitUntil(lambda: window.project is shared, timeout=10000)
    assert calls == [("postgresql://planner@db.example:5432/lyg?schema=lygsite", "王工")]
    assert shared.store.display_url in window.windowTitle()


def test_a_refused_shared_save_shows_the_conflict_and_keeps_the_edits(window):
    from app.project.store_errors import ConflictError

    shared = _shared_project()
    window.set_project(shared)
    window.layer_tree.remove_layer(shared.layers["zones"])
    assert shared.is_modified
    shared.store.error = ConflictError("zones", 1, "李工", "2025-03-01T08:00:00+00:00", 1, 2, label="a")
    assert window.save_project() is False
    assert "李工" in window.last_error_box.text() and "nothing was saved" in window.last_error_box.text()
    assert shared.is_modified and "zones" not in shared.layers  # the user's edit is still there
    assert window.isWindowModified()
    shared.store.error = None
    assert window.save_project() is True
    assert not shared.is_modified and shared.store.saves == 1


# ---------------------------------------------------------------------- autosave, closing, recovery
def test_autosave_writes_a_recovery_file_after_an_edit(window, demo_project, qtbot, tmp_path, monkeypatch):
    from app.project import Project

    monkeypatch.setenv("LYGSITE_STATE_DIR", str(tmp_path / "state"))
    window.enable_autosave(interval_s=0.1)
    manager = window.autosave
    assert manager.marker_path.exists()
    recovery_file = manager.recovery_path
    qtbot.wait(300)
    assert not recovery_file.exists()  # nothing to protect before an edit
    import threading

    writer_threads = []
    write = manager.write
    monkeypatch.setattr(manager, "write", lambda snap: writer_threads.append(threading.current_thread()) or write(snap))
    window.layer_tree.remove_layer(demo_project.layers["turbines"])
    qtbot.waitUntil(lambda: "Autosaved" in window.statusBar().currentMessage(), timeout=10000)
    assert recovery_file.exists() and "turbines" not in Project.open(recovery_file).layers
    # the slow write ran on a worker, not the GUI thread
    assert writer_threads and writer_threads[0] is not threading.main_thread()
    window.close()  # a clean exit: no crash marker, no recovery file
    assert not recovery_file.exists() and not manager.marker_path.exists()


def test_autosave_follows_the_open_project(window, tmp_path, monkeypatch):
    monkeypatch.setenv("LYGSITE_STATE_DIR", str(tmp_path / "state"))
    window.enable_autosave(interval_s=60)
    first = window.autosave
    shared = _shared_project()
    window.set_project(shared)
    assert window.autosave is not first and window.autosave.project is shared
    assert not first.marker_path.exists() and window.autosave.marker_path.exists()


def test_autosave_interval_comes_from_the_io_limits(window, tmp_path, monkeypatch):
    from app.core import assumptions

    monkeypatch.setenv("LYGSITE_STATE_DIR", str(tmp_path / "state"))
    window.enable_autosave()
    assert window.autosave.interval_s == assumptions.value("io_limits.autosave_interval_s")
    assert window._autosave_timer.isActive()


def test_closing_with_unsaved_changes_asks_save_discard_cancel(window, demo_project, monkeypatch):
    answers = []
    window.confirm_close = True
    monkeypatch.setattr(window, "ask_save_changes", lambda: answers.pop(0))
    assert window.maybe_save_changes()  # nothing changed: no question (pop would fail)
    window.layer_tree.remove_layer(demo_project.layers["turbines"])
    answers.append("cancel")
    assert not window.close() and window.isVisible()
    saved = []
    monkeypatch.setattr(window, "save_project", lambda: saved.append(1) or False)
    answers.append("save")
    assert not window.close()  # the save failed (or was cancelled): stay open
    assert saved == [1]
    answers.append("discard")
    assert window.close()
    assert answers == []


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_start_offers_recovery_and_opens_the_restored_project(qtbot, tmp_path, monkeypatch):
    """A crashed session left an autosave: the app offers it at start and opens what the user restores."""
    from app.layers.model import VectorLayer
    from app.project import Project
    from app.project.recovery import AutosaveManager
    from app.ui import main, recovery_dialog

    monkeypatch.setenv("LYGSITE_STATE_DIR", str(tmp_path / "state"))
    path = tmp_path / "plan.gpkg"
    project = _shared_project()
    project.store = None
    project.save(path)
    # the crashed session: an edit autosaved, then the process died without closing
    crashed = Project.open(path)
    manager = AutosaveManager(crashed, interval_s=0)
    manager.start()
    gdf = gpd.GeoDataFrame({"name": ["b"]}, geometry=[shapely.box(119.4, 34.6, 119.5, 34.7)], crs="EPSG:4490")
    crashed.layers.append(VectorLayer("new_zone", gdf, title="new zone"))
    recovery_file = manager.autosave()
    record = json.loads(manager.marker_path.read_text(encoding="utf-8"))
    record["pid"] = _dead_pid()
    manager.marker_path.write_text(json.dumps(record), encoding="utf-8")

    offered = []

    def fake_offer(parent=None, extra_projects=()):
        from app.project.recovery import find_recoverable

        offered.append([c.recovery_path for c in find_recoverable(extra_projects)])
        return recovery_file

    monkeypatch.setattr(recovery_dialog, "offer_recovery", fake_offer)
    win = main.start_gui(str(path), lang="en")
    qtbot.addWidget(win)
    try:
        assert offered == [[recovery_file]]
        assert "new_zone" in win.project.layers
        assert Path(win.project.path) == path and win.project.is_modified
        assert win.autosave is not None and win.autosave.recovery_path == recovery_file
        assert win.confirm_close
    finally:
        win.confirm_close = False
        win.close()
    assert not recovery_file.exists()  # closed without saving = the user discarded the edits


def test_start_without_autosaves_asks_nothing(qtbot, tmp_path, monkeypatch):
    from app.ui import main, recovery_dialog

    monkeypatch.setenv("LYGSITE_STATE_DIR", str(tmp_path / "state"))
    offered = []
    real = recovery_dialog.offer_recovery
    monkeypatch.setattr(recovery_dialog, "offer_recovery",
                        lambda parent=None, extra_projects=(): offered.append(1) or real(parent, extra_projects))
    win = main.start_gui(None, lang="en")
    qtbot.addWidget(win)
    try:
        assert offered == [1]  # asked, found nothing, showed nothing
        assert win.autosave is not None and win.autosave.marker_path.exists()
        marker = win.autosave.marker_path
    finally:
        win.close()
    assert not marker.exists()


def test_a_failing_report_shows_one_message_and_writes_no_file(window, qtbot, tmp_path, monkeypatch):
    """Issue 15: an engine error stops the report; the window says so once; no PDF is left."""
    from app.siting import coverage

    def boom(*args, **kwargs):
        return 1 / 0

    monkeypatch.setattr(coverage, "building_facts", boom)
    task = _report_dialog(window, tmp_path / "report.pdf", "en").task
    qtbot.waitUntil(lambda: not task.is_running, timeout=90000)
    assert isinstance(task.error, ZeroDivisionError)
    box = window.last_error_box
    assert box is not None and box.isVisible() and box.text() == "division by zero"
    assert "ZeroDivisionError" in box.detailedText()
    assert not list(tmp_path.iterdir())
    assert window.last_report_path is None
