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
    assert panel.compare_table.item(rows["CS-01"], 6).text() == str(count)
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
