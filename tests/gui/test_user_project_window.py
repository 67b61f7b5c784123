"""The user's own project in the window (issue 11): new project, recent files, properties, the project's weather.

Real windows and dialogs driven offscreen; the recent-projects list goes to an
INI file in the test's folder, never the user's settings.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from app.project import Project
from app.project.new_project import build_new_project
from app.project.weather import weather_info
from app.ui.project_dialogs import RECENT_LIMIT, RecentProjects
from tests.gui.map_fixtures import demo_project, demo_project_session, make_window  # noqa: F401
from tests.shared_data import GANYU_EPW

EPW_SOURCE = "EPW: CHN_Jiangsu.Ganyu.580400_CSWD.epw"


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def own_project(tmp_path):
    project = build_new_project("海州区公共机构屋顶核查")
    project.save(tmp_path / "own.gpkg")
    return project


def _wait_task(qtbot, handle, timeout=60000):
    if handle is not None and handle.is_running:
        with qtbot.waitSignal(handle.finished, timeout=timeout):
            pass


def _ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_new_project_dialog_builds_and_opens_a_project_of_ones_own(qtbot, demo_project, tmp_path, settings):
    window = make_window(qtbot, demo_project, "en")
    window.remember_recent = True
    window.recent = RecentProjects(settings)
    try:
        assert window.sample_badge.isVisible()  # the demo has sample features
        dialog = window.new_project_dialog()
        _ok(dialog)  # no title yet: refused, nothing built
        assert dialog.isVisible() and "title is empty" in dialog.message.text()
        dialog.title_edit.setText("灌云县风电场址比选")
        dialog.path_edit.setText(str(tmp_path / "exists"))
        (tmp_path / "exists.gpkg").write_bytes(b"")
        _ok(dialog)
        assert "already exists" in dialog.message.text()
        dialog.path_edit.setText(str(tmp_path / "guanyun.gpkg"))
        _ok(dialog)
        _wait_task(qtbot, dialog.task)
        project = window.project
        assert project.title == "灌云县风电场址比选" and project.path == (tmp_path / "guanyun.gpkg").resolve()
        assert project.vector("buildings").gdf.empty and project.vector("candidate_sites").gdf.empty
        assert not project.is_sample and not window.sample_badge.isVisible()
        assert "灌云县风电场址比选" in window.windowTitle()
        assert window.recent.paths() == [str((tmp_path / "guanyun.gpkg").resolve())]
        titles = [window.layer_tree.model().data(window.layer_tree.model().index(i, 0))
                  for i in range(window.layer_tree.model().rowCount())]
        assert "Buildings" in titles and not any("sample" in str(t) for t in titles)
    finally:
        window.close()


def test_recent_projects_keep_ten_newest_first_and_start_up_reopens_the_last(qtbot, tmp_path, settings,
                                                                             monkeypatch):
    from app.ui import main, recovery_dialog

    recent = RecentProjects(settings)
    paths = []
    for i in range(RECENT_LIMIT + 2):
        path = tmp_path / f"p{i}.gpkg"
        path.write_bytes(b"")
        recent.add(path)
        paths.append(str(path.resolve()))
    recent.add(paths[3])  # opened again: to the top, not twice
    listed = RecentProjects(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)).paths()
    assert len(listed) == RECENT_LIMIT and listed[0] == paths[3] and listed.count(paths[3]) == 1
    assert listed[1] == paths[-1] and paths[0] not in listed

    own = build_new_project("连云区渔光互补")
    own.save(tmp_path / "last.gpkg")
    recent.add(tmp_path / "last.gpkg")
    monkeypatch.setenv("LYGSITE_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setattr(recovery_dialog, "offer_recovery", lambda parent=None, extra_projects=(): None)
    window = main.start_gui(None, lang="en", settings=settings)
    qtbot.addWidget(window)
    try:
        assert window.project.title == "连云区渔光互补" and not window.project.is_sample
        window._fill_recent_menu()
        actions = window.recent_menu.actions()
        assert len(actions) == RECENT_LIMIT and "last.gpkg" in actions[0].text() and actions[0].isEnabled()
        (tmp_path / "p11.gpkg").unlink()  # a file that went away stays listed, greyed out
        window._fill_recent_menu()
        assert not [a for a in window.recent_menu.actions() if "p11.gpkg" in a.text()][0].isEnabled()
    finally:
        window.confirm_close = False
        window.close()


def test_first_start_opens_the_demo_and_the_demo_is_one_menu_away(qtbot, tmp_path, settings, monkeypatch,
                                                                   own_project):
    from app.ui import main, recovery_dialog

    monkeypatch.setenv("LYGSITE_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setattr(recovery_dialog, "offer_recovery", lambda parent=None, extra_projects=(): None)
    window = main.start_gui(None, lang="en", settings=settings)  # nothing recent: the very first start
    qtbot.addWidget(window)
    try:
        assert window.project.is_sample and window.sample_badge.isVisible()
        assert window.open_project(own_project.path)
        assert not window.sample_badge.isVisible() and window.recent.paths()[0] == str(own_project.path)
        assert window.open_demo_project()
        assert window.project.is_sample and window.project.path is None and window.sample_badge.isVisible()
    finally:
        window.confirm_close = False
        window.close()


def test_project_properties_change_the_title_for_reports_and_prints(qtbot, own_project):
    from app.export.report_data import title_info
    from app.ui.print_layout import PrintDialog

    window = make_window(qtbot, own_project, "en")
    try:
        dialog = window.project_properties_dialog()
        dialog.title_edit.setText("  ")
        _ok(dialog)
        assert dialog.isVisible() and "title is empty" in dialog.message.text()
        dialog.title_edit.setText("海州区公共机构屋顶核查（第二轮）")
        _ok(dialog)
        assert own_project.title == "海州区公共机构屋顶核查（第二轮）" and own_project.is_modified
        assert "第二轮" in window.windowTitle()
        assert title_info(own_project)["title"] == own_project.title
        printing = PrintDialog(window)
        assert printing.title_edit.text() == own_project.title
        printing.close()
        window.undo_action.trigger()
        assert own_project.title == "海州区公共机构屋顶核查" and "第二轮" not in window.windowTitle()
    finally:
        window.close()


@pytest.mark.skipif(not GANYU_EPW.exists(), reason="shared Ganyu EPW not available")
def test_the_project_weather_is_set_in_one_place_and_shown_in_the_status_bar(qtbot, own_project, tmp_path):
    window = make_window(qtbot, own_project, "en")
    try:
        assert window.weather_button.text() == "Weather: default year"
        window.weather_button.click()
        dialog = window.weather_dialog
        assert dialog.isVisible() and "default typical year" in dialog.current_label.text()
        bad = tmp_path / "bad.epw"
        bad.write_text("LOCATION,nowhere\n", encoding="utf-8")
        _wait_task(qtbot, window.set_project_weather_file(bad))
        assert "bad.epw" in window.last_error_box.text()  # the importer's message
        window.last_error_box.close()
        assert weather_info(own_project).is_default and not own_project.is_modified
        _wait_task(qtbot, window.set_project_weather_file(GANYU_EPW))
        assert weather_info(own_project).source == EPW_SOURCE
        assert window.weather_button.text() == f"Weather: {GANYU_EPW.name}"
        assert "8,760 hours" in window.weather_button.toolTip()
        assert EPW_SOURCE in dialog.current_label.text() and dialog.default_button.isEnabled()
        saved = Project.open(own_project.save())
        assert weather_info(saved).source == EPW_SOURCE
        dialog.default_button.click()
        assert window.weather_button.text() == "Weather: default year"
        window.undo_action.trigger()
        assert window.weather_button.text() == f"Weather: {GANYU_EPW.name}"
    finally:
        window.close()


@pytest.mark.skipif(not GANYU_EPW.exists(), reason="shared Ganyu EPW not available")
def test_an_unreadable_stored_weather_is_said_once_on_opening(qtbot, own_project, tmp_path):
    import sqlite3

    from app.project.weather import set_project_weather

    set_project_weather(own_project, GANYU_EPW)
    path = own_project.save(tmp_path / "damaged.gpkg")
    with sqlite3.connect(path) as con:
        con.execute("update project_weather set sha256 = 'x'")
    window = make_window(qtbot, own_project, "en")
    try:
        assert window.open_project(path)
        assert "weather could not be read" in window.statusBar().currentMessage()
        assert window.weather_button.text() == "Weather: default year (stored weather unreadable)"
        assert "could not be read" in window.weather_button.toolTip()
    finally:
        window.close()


@pytest.mark.skipif(not GANYU_EPW.exists(), reason="shared Ganyu EPW not available")
def test_panels_mark_results_of_the_old_weather_out_of_date(qtbot, demo_project):
    from app.project.weather import set_project_weather
    from app.siting.island import run_island

    from app.siting.site_analysis import analyse_site, analysis_command

    window = make_window(qtbot, demo_project, "en")
    try:
        siting = window.panel_docks["siting"].widget()
        for site_id in ("CS-06", "CS-02"):  # ground PV (the project's weather), offshore wind (documented climate)
            demo_project.undo_stack.push(analysis_command(demo_project, analyse_site(demo_project, site_id)))
        ids = [siting.compare_table.item(i, 0).text() for i in range(siting.compare_table.rowCount())]
        row, offshore_row = ids.index("CS-06"), ids.index("CS-02")
        from app.ui.panels.siting_panel import COMPARE_COLUMNS

        net_column = COMPARE_COLUMNS.index("net_mwh")
        net = siting.compare_table.item(row, net_column)
        assert net.text() and not net.toolTip()
        island = window.panel_docks["island"].widget()
        island.show_result(run_island(demo_project))
        assert not island.stale_label.isVisibleTo(island)
        set_project_weather(demo_project, GANYU_EPW)
        assert island.stale_label.isVisibleTo(island) and "Out of date" in island.stale_label.text()
        assert EPW_SOURCE in island.stale_label.text()
        net = siting.compare_table.item(row, net_column)  # the stored analysis used the default year
        assert "Out of date" in net.toolTip() and net.foreground().color().name() == "#b35806"
        assert not siting.compare_table.item(offshore_row, net_column).toolTip()  # it does not follow the weather
    finally:
        while demo_project.undo_stack.can_undo:  # the shared demo goes back as it was
            demo_project.undo_stack.undo()
        demo_project.undo_stack.clear()
        demo_project.tables.pop("site_analysis", None)
        window.close()
