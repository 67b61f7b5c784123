"""Rooftop panel driven as a user would: dashboard, list, audit form, undo, assumptions, import."""
from __future__ import annotations


import pyogrio
import pytest
from numpy.testing import assert_allclose
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.layers.model import VectorLayer
from app.project import Project
from app.ui.panels import rooftop_panel
from tests.gui.panel_fakes import fake_window
from tests.core.test_rooftop_fixture import HAIZHOU, fixture_buildings


@pytest.fixture
def panel(qtbot):
    project = Project("t")
    project.layers.append(VectorLayer("buildings", fixture_buildings()))
    widget = rooftop_panel.create_panel(fake_window(project))
    qtbot.addWidget(widget)
    widget.resize(760, 1000)
    widget.show()
    return widget


def _cell(table, row, column):
    return table.item(row, column).text()


def _row_of(table, county, category_text):
    for i in range(table.rowCount()):
        if _cell(table, i, 0) == county and _cell(table, i, 1) == category_text:
            return i
    raise AssertionError(f"no row {county} {category_text}")


def test_dashboard_shows_hand_computed_coverage_and_target_line(panel):
    # hand reference (tests/core/test_coverage.py): Haizhou public 300 / 1100 = 27.3 %, factory 2000 / 7400 = 27.0 %
    plotted = panel.chart.plotted
    assert plotted["kind"] == "coverage_bars" and plotted["target"] == 50.0
    assert len(plotted["counties"]) == 6
    i = plotted["counties"].index("海州区")
    assert_allclose(plotted["series"]["public_institution"][i], 300 / 1100 * 100, atol=1e-3)
    assert_allclose(plotted["series"]["factory"][i], 2000 / 7400 * 100, atol=1e-3)
    assert plotted["series"]["factory"][plotted["counties"].index("灌南县")] is None  # no buildings: no bar value
    table = panel.coverage_table
    r = _row_of(table, "海州区", "public institution")
    assert _cell(table, r, 6) == "27.3" and _cell(table, r, 7) == "250" and _cell(table, r, 3) == "1,100"
    assert "50%" in panel.target_note.text()


def test_switching_to_count_redraws(panel):
    panel.by_combo.setCurrentIndex(panel.by_combo.findData("count"))
    i = panel.chart.plotted["counties"].index("海州区")
    assert_allclose(panel.chart.plotted["series"]["factory"][i], 50.0)
    assert "count" in panel.chart.plotted["ylabel"]


def test_open_list_sorted_by_potential_and_filters(panel):
    table = panel.building_table
    # new public/factory without PV: B4 (2400 m2 roof) before B2 (300 m2)
    assert [_cell(table, i, 0) for i in range(table.rowCount())] == ["B4", "B2"]
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(None))
    panel.county_filter.setCurrentIndex(panel.county_filter.findData(HAIZHOU))
    assert sorted(_cell(table, i, 0) for i in range(table.rowCount())) == ["B1", "B2", "B3", "B4"]


def test_audit_from_the_list_updates_layer_log_dashboard_and_undo(panel, qtbot):
    project = panel.window.project
    table = panel.building_table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(1, 0)).center())
    layer = project.vector("buildings")
    assert layer.selection == {1}  # B2 selected on the map too
    assert panel.info_labels["roof"].text() == "300 m²"
    # the chain footprint -> usable -> kWp -> shading -> kWh as the planner reads it
    assert panel.info_labels["usable"].text().startswith("157 m² = 224 m² inside the setback × 0.70")  # (30-2) x (10-2)
    assert "(52 % of the roof)" in panel.info_labels["usable"].text()
    assert "kWp" in panel.info_labels["capacity"].text() and "open rack" in panel.info_labels["capacity"].text()
    assert panel.info_labels["shading"].text().endswith("roof height 10.0 m")
    assert "± 10 %" in panel.info_labels["potential"].text()
    panel.status_edit.setCurrentIndex(panel.status_edit.findData("installed"))
    panel.area_edit.setText("150")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in panel.form_message.text()
    assert layer.gdf.loc[1, "pv_status"] == "installed"
    log = project.tables["audit_log"]
    assert set(log["field"]) >= {"pv_status", "pv_area_m2"} and set(log["action"]) == {"edit"}
    r = _row_of(panel.coverage_table, "海州区", "public institution")
    assert _cell(panel.coverage_table, r, 6) == "40.9"  # (300 + 150) / 1100
    assert [_cell(table, i, 0) for i in range(table.rowCount())] == ["B4"]  # B2 left the open list
    project.undo_stack.undo()
    assert layer.gdf.loc[1, "pv_status"] == "none"
    assert _cell(panel.coverage_table, r, 6) == "27.3"
    assert "undo" in set(project.tables["audit_log"]["action"])


def test_invalid_audit_is_shown_not_saved(panel, qtbot):
    layer = panel.window.project.vector("buildings")
    layer.select([0])  # B1 chosen on the map: 800 m2 roof
    assert panel.info_labels["building"].text().startswith("B1")
    panel.area_edit.setText("900")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "larger than the roof" in panel.form_message.text()
    assert panel.window.project.tables["audit_log"].empty


def test_assumption_change_recomputes_usable_area(panel):
    layer = panel.window.project.vector("buildings")
    layer.select([1])
    panel.assumption_edits["edge_setback_m"].setValue(2.0)
    panel.apply_assumptions()
    assert panel.info_labels["usable"].text().startswith("109 m² = 156 m² inside")  # (30-4) x (10-4) x 0.70
    assert '"rooftop.edge_setback_m": 2.0' in panel.window.project.meta["rooftop_overrides"]
    panel.assumption_edits["coverage_target"].setValue(60.0)
    panel.apply_assumptions()
    assert panel.chart.plotted["target"] == 60.0


def test_import_through_the_mapping_dialog_replaces_buildings(panel, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    frame = fixture_buildings().rename(columns={"bld_id": "建筑编号", "category": "建筑类别", "is_new": "是否新建"})
    frame.loc[2, "建筑编号"] = "B1"  # a duplicate id, renumbered by the default fix
    path = tmp_path / "b.gpkg"
    pyogrio.write_dataframe(frame, path)
    seen = {}

    def factory():
        from app.ui.field_mapping_dialog import FieldMappingDialog

        dialog = FieldMappingDialog([c for c in frame.columns if c != "geometry"],
                                    {"bld_id": "建筑编号", "category": "建筑类别", "is_new": "是否新建",
                                     "roof_type": "roof_type", "pv_status": "pv_status", "pv_area_m2": "pv_area_m2",
                                     "pv_kwp": "pv_kwp"},
                                    check=lambda m, d: __import__("app.siting.building_import", fromlist=["x"])
                                    .validate_buildings(pyogrio.read_dataframe(path), m))
        dialog.exec = lambda: QDialog.DialogCode.Accepted
        seen["dialog"] = dialog
        return dialog

    panel.import_file(str(path), dialog_factory=factory)
    dialog = seen["dialog"]
    assert dialog.problem_table.rowCount() == 1 and "already used" in dialog.problem_table.item(0, 2).text()
    layer = panel.window.project.vector("buildings")
    assert layer.gdf["bld_id"].tolist()[2] == "B1-3"
    assert "8 building(s) imported" in panel.summary_label.text()
    panel.window.project.undo_stack.undo()
    assert layer.gdf["bld_id"].tolist()[2] == "B3"


def _tower_beside_b2(panel):
    """Raise B1 to a 60 m tower and move B2 (10 m) just north of it: B2 is shaded; B8 loses its height."""
    import shapely
    from app.layers.crs import METRIC_CRS, STORAGE_CRS
    import geopandas as gpd

    layer = panel.window.project.vector("buildings")
    data = layer.gdf.copy()
    b1 = gpd.GeoSeries([data.geometry.loc[0]], crs=STORAGE_CRS).to_crs(METRIC_CRS).iloc[0]
    minx, miny, maxx, maxy = b1.bounds
    b2 = shapely.box(minx + 5, maxy + 8, minx + 35, maxy + 18)
    data.loc[1, "geometry"] = gpd.GeoSeries([b2], crs=METRIC_CRS).to_crs(STORAGE_CRS).iloc[0]
    data.loc[0, "height_m"] = 60.0
    data.loc[7, "height_m"] = float("nan")
    layer.set_gdf(data)
    return layer


def test_shading_shown_in_the_list_the_form_and_as_a_map_style(panel, qtbot):
    layer = _tower_beside_b2(panel)
    table = panel.building_table
    row = next(i for i in range(table.rowCount()) if _cell(table, i, 0) == "B2")
    shade = _cell(table, row, 7)
    assert shade.endswith(" %") and float(shade[:-2]) > 10  # B1's 60 m stand 8 m south of it
    layer.select([1])
    assert panel.info_labels["shading"].text().startswith(shade)
    layer.select([7])
    assert panel.info_labels["shading"].text() == "not computed: no height"  # never a silent 0
    qtbot.mouseClick(panel.shading_style_button, Qt.MouseButton.LeftButton)
    assert layer.style.category_field == "shade_class"
    assert layer.gdf.loc[7, "shade_class"] == "n/a" and layer.gdf.loc[1, "shade_class"] in ("5-15%", "15-30%", "30-50%")
    assert layer.style.categories["n/a"] == rooftop_panel.SHADE_CLASS_COLORS["n/a"]
    panel.window.project.undo_stack.undo()
    assert layer.style.category_field is None and "shade_class" not in layer.gdf.columns  # the fixture layer had no categories


def test_identify_shows_the_chain_of_a_building(panel, qtbot):
    from app.ui.identify import IdentifyResultsWidget

    layer = _tower_beside_b2(panel)
    widget = IdentifyResultsWidget()
    qtbot.addWidget(widget)
    widget.show_results([(layer, 1)], panel.window.project)
    shown = widget.values_shown()
    assert any("inside the setback" in v for v in shown)
    assert any(v.endswith("roof height 10.0 m") and "%" in v for v in shown)
    assert any("± 10 %" in v for v in shown)
    widget.show_results([(layer, 7)], panel.window.project)
    assert "not computed: no height" in widget.values_shown()
