"""The siting panel in the real main window: rules, threaded analysis, comparison table."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.errors import InputError
from app.siting.constraints import default_ruleset
from tests.gui.map_fixtures import demo_project, demo_project_session, window  # noqa: F401


def _panel(window):
    dock = window.panel_docks["siting"]
    window.raise_panel("siting")
    return dock.widget()


def test_rule_table_edits_become_the_rule_set(qtbot, window):
    panel = _panel(window)
    assert panel.rule_table.rowCount() == len(default_ruleset())
    row = [r.id for r in default_ruleset()].index("building_setback")
    panel.rule_table.item(row, 2).setText("750")
    panel.rule_table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    rules = panel.ruleset()
    assert rules.get("building_setback").value == 750.0 and not rules.get("building_setback").enabled
    panel.rule_table.item(row, 2).setText("far")
    with pytest.raises(InputError, match="not a number"):
        panel.ruleset()


def test_rule_set_save_and_load(qtbot, window, tmp_path):
    panel = _panel(window)
    panel.rule_table.item(2, 2).setText("12000")  # shore distance
    path = tmp_path / "rules.json"
    panel.ruleset().save(path)
    panel.set_ruleset(default_ruleset())
    assert panel.rule_table.item(2, 2).text() == "10000"
    from app.siting.constraints import RuleSet

    panel.set_ruleset(RuleSet.load(path))
    assert panel.rule_table.item(2, 2).text() == "12000"


def test_analyse_selected_site_writes_turbines_undoably(qtbot, window, demo_project):
    panel = _panel(window)
    sites = demo_project.vector("candidate_sites")
    fid = sites.gdf.index[sites.gdf["site_id"] == "CS-01"][0]
    sites.select([fid])
    qtbot.mouseClick(panel.analyse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "turbines" in panel.result_label.text(), timeout=30000)
    turbines = demo_project.vector("turbines")
    count = int((turbines.gdf["site_id"] == "CS-01").sum())
    assert count > 0 and f"{count} turbines" in panel.result_label.text()
    # the comparison row of CS-01 shows the same count
    rows = {panel.compare_table.item(i, 0).text(): i for i in range(panel.compare_table.rowCount())}
    from app.ui.panels.siting_panel import COMPARE_COLUMNS

    assert panel.compare_table.item(rows["CS-01"], COMPARE_COLUMNS.index("turbines")).text() == str(count)
    window.undo()
    assert int((demo_project.vector("turbines").gdf["site_id"] == "CS-01").sum()) == 0
    assert "excluded_areas" not in demo_project.layers
    # let the map finish redrawing before the window closes (a render scheduled
    # after close hits the canvas's shut-down executor: canvas race, reported)
    qtbot.wait(50)
    assert window.canvas.wait_idle(15000)


def test_analyse_without_selection_says_so(qtbot, window, demo_project):
    panel = _panel(window)
    demo_project.vector("candidate_sites").clear_selection()
    panel.analyse_selected()
    assert "No site selected" in window.last_error_box.text()


def test_comparison_is_sortable_and_selects_on_the_map(qtbot, window, demo_project):
    panel = _panel(window)
    panel.analyse_all()
    qtbot.waitUntil(lambda: "sites analysed" in panel.result_label.text(), timeout=60000)
    table = panel.compare_table
    table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # capacity
    capacities = [table.item(i, 5).number for i in range(table.rowCount())]
    assert capacities == sorted(capacities, reverse=True) and capacities[0] > 0
    top = table.item(0, 0).text()
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    sites = demo_project.vector("candidate_sites")
    assert [str(sites.gdf.loc[f, "site_id"]) for f in sites.selection] == [top]
    window.undo()  # one step for all sites
    assert len(demo_project.vector("turbines").gdf) == 0
    qtbot.wait(50)
    assert window.canvas.wait_idle(15000)


def test_wind_site_shows_rose_waterfall_and_the_chosen_wake_model(qtbot, window, demo_project):
    """Analysing an offshore site with the Jensen model chosen in the form: the
    result names it, the rose and the loss waterfall appear, and the comparison
    row carries the wake loss and net full-load hours of the result."""
    from app.siting.site_analysis import ANALYSIS_TABLE

    panel = _panel(window)
    panel.wake_model.setCurrentIndex(panel.wake_model.findData("noj"))
    sites = demo_project.vector("candidate_sites")
    sites.select([sites.gdf.index[sites.gdf["site_id"] == "CS-02"][0]])
    qtbot.mouseClick(panel.analyse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "full-load" in panel.result_label.text(), timeout=60000)
    assert "Jensen" in panel.result_label.text() and "k = 0.04" in panel.result_label.text()
    assert panel.rose_label.isVisible() and not panel.rose_label.pixmap().isNull()
    assert panel.waterfall_label.isVisible() and not panel.waterfall_label.pixmap().isNull()
    row = demo_project.tables[ANALYSIS_TABLE].set_index("site_id").loc["CS-02"]
    assert row["wake_model"] == "noj"
    rows = {panel.compare_table.item(i, 0).text(): i for i in range(panel.compare_table.rowCount())}
    from app.ui.panels.siting_panel import COMPARE_COLUMNS

    wake_cell = panel.compare_table.item(rows["CS-02"], COMPARE_COLUMNS.index("wake_loss_pct"))
    hours_cell = panel.compare_table.item(rows["CS-02"], COMPARE_COLUMNS.index("net_full_load_hours"))
    assert wake_cell.text() == f"{row['wake_loss_pct']:.1f}" and hours_cell.text() == f"{row['net_full_load_hours']:,.0f}"
    panel.wake_model.setCurrentIndex(0)
    window.undo()
    qtbot.wait(200)


def test_add_turbine_dialog_refuses_a_bad_curve_and_stores_a_good_one(qtbot, window, demo_project, tmp_path,
                                                                       monkeypatch):
    from app.resource.turbines import PROJECT_TABLE, user_library
    from app.ui.panels.turbine_dialog import TurbineDialog

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    bad = tmp_path / "bad.csv"
    bad.write_text("wind_speed_ms,power_kw\n3,10\n5,400\n4,900\n6,1500\n8,3000\n", encoding="utf-8")
    dialog = TurbineDialog(window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(bad))
    dialog.name.setText("WD 6.25 (示例)")
    dialog.maker.setText("运达股份")
    dialog._check_and_accept()
    assert "strictly increasing" in dialog.message.text() and dialog.result() == 0  # still open, entries kept
    assert dialog.name.text() == "WD 6.25 (示例)" and not user_library()
    good = tmp_path / "good.csv"
    good.write_text("wind_speed_ms,power_kw\n" + "\n".join(f"{v},{p}" for v, p in
                    [(3, 50), (5, 600), (7, 1800), (9, 3700), (11, 5600), (12, 6250), (20, 6250), (25, 6250)]),
                    encoding="utf-8")
    dialog.path.setText(str(good))
    dialog._check_and_accept()
    assert dialog.result() == 1 and dialog.turbine.rated_kw == 6250
    dialog.apply(demo_project)
    assert "WD 6.25 (示例)" in user_library()
    assert "WD 6.25 (示例)" in set(demo_project.tables[PROJECT_TABLE]["name"])
    window.undo()
    assert PROJECT_TABLE not in demo_project.tables
