"""Rooftop panel driven as a user would: dashboard, list, audit form, undo, assumptions, import."""
from __future__ import annotations


import pyogrio
import pytest
from numpy.testing import assert_allclose
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.layers.model import VectorLayer
from app.project import Project
from app.ui.panels import rooftop_panel
from tests.gui.panel_fakes import fake_window
from tests.core.test_rooftop_fixture import HAIZHOU, fixture_buildings
from tests.shared_data import GANYU_EPW


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
    from app.layers.boundaries import COUNTIES

    # the table names counties in the UI's language (English here); the tests name them in Chinese
    english = {c.name_zh: c.name_en for c in COUNTIES} | {"连云港市": "Lianyungang"}
    for i in range(table.rowCount()):
        if _cell(table, i, 0) in (county, english.get(county)) and _cell(table, i, 1) == category_text:
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
    assert _cell(table, r, 7) == "27.3" and _cell(table, r, 8) == "250" and _cell(table, r, 3) == "1,100"
    assert "clause III.(5).3" in panel.target_note.text()  # the plan clause, cited in the UI language


def test_switching_to_count_redraws(panel):
    panel.by_combo.setCurrentIndex(panel.by_combo.findData("count"))
    i = panel.chart.plotted["counties"].index("海州区")
    assert_allclose(panel.chart.plotted["series"]["factory"][i], 50.0)
    assert "count" in panel.chart.plotted["ylabel"]


def test_open_list_sorted_by_potential_and_filters(panel):
    table = panel.building_table
    # the work list: new public/factory without PV, and B8 (installed, PV area unknown);
    # by potential: B4 (2400 m2 roof), B8 (20 x 15 m: 18 x 13 usable), B2 (30 x 10 m: 28 x 8 usable)
    assert [_cell(table, i, 0) for i in range(table.rowCount())] == ["B4", "B8", "B2"]
    assert _cell(table, 1, 4) == "installed, PV area unknown" and _cell(table, 2, 4) == "none"
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("without_pv"))
    assert [_cell(table, i, 0) for i in range(table.rowCount())] == ["B4", "B2"]
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(None))
    panel.county_filter.setCurrentIndex(panel.county_filter.findData(HAIZHOU))
    assert sorted(_cell(table, i, 0) for i in range(table.rowCount())) == ["B1", "B2", "B3", "B4"]


def test_audit_from_the_list_updates_layer_log_dashboard_and_undo(panel, qtbot):
    project = panel.window.project
    table = panel.building_table
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("without_pv"))
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
    assert _cell(panel.coverage_table, r, 7) == "40.9"  # (300 + 150) / 1100
    assert [_cell(table, i, 0) for i in range(table.rowCount())] == ["B4"]  # B2 left the open list
    project.undo_stack.undo()
    assert layer.gdf.loc[1, "pv_status"] == "none"
    assert _cell(panel.coverage_table, r, 7) == "27.3"
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


def test_import_through_the_mapping_dialog_replaces_buildings(panel, tmp_path, monkeypatch, qtbot):
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
    # the layer has buildings: the mode is asked, with counts, before anything changes
    mode_dialog = panel.mode_dialog
    assert mode_dialog.isVisible() and layer.gdf["bld_id"].tolist()[2] == "B3"
    assert "8 feature(s)" in mode_dialog.descriptions["replace"].text()
    mode_dialog.choose("replace")
    mode_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
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


# ---------------------------------------------------------------------- what coverage does not know


def test_dashboard_counts_and_lists_buildings_with_unknown_pv_area(panel):
    # fixture: B8 (Ganyu, new public, installed) has neither pv_area_m2 nor pv_kwp: area unknown;
    # B7 (Ganyu, new factory, installed, 100 kWp) has its area estimated from kWp.
    table = panel.coverage_table
    assert table.horizontalHeaderItem(6).text() == "PV area unknown"
    r = _row_of(table, "赣榆区", "public institution")
    assert _cell(table, r, 6) == "1 (100 %)" and _cell(table, r, 4) == "0" and _cell(table, r, 5) == "1"
    assert _cell(table, _row_of(table, "海州区", "public institution"), 6) == "0"
    text = panel.unknown_label.text()
    # new public/factory with PV in the city: B1, B3, B7, B8 -> 1 of 4 (25 %)
    assert "1 of 4" in text and "25 %" in text and "lower bound" in text
    assert "1 PV area(s) estimated from kWp" in text
    assert "without 1 unknown" in panel.chart.plotted["ylabel"]
    assert panel.unknown_button.isVisibleTo(panel)
    panel.unknown_button.click()
    assert panel.tabs.currentIndex() == 1
    ids = [_cell(panel.building_table, i, 0) for i in range(panel.building_table.rowCount())]
    assert ids == ["B8"]


def test_recording_the_pv_area_removes_the_unknown(panel, qtbot):
    layer = panel.window.project.vector("buildings")
    layer.select([7])  # B8
    panel.area_edit.setText("120")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    r = _row_of(panel.coverage_table, "赣榆区", "public institution")
    assert _cell(panel.coverage_table, r, 6) == "0" and _cell(panel.coverage_table, r, 4) == "120"
    assert not panel.unknown_button.isVisibleTo(panel)


# ---------------------------------------------------------------------- imports that ask


def _mapping_factory(path):
    from app.ui.field_mapping_dialog import FieldMappingDialog

    def factory():
        columns = [c for c in pyogrio.read_info(path)["fields"]]
        dialog = FieldMappingDialog(columns, {f: f for f in ("bld_id", "name", "category", "is_new", "roof_type",
                                                             "pv_status") if f in columns})
        dialog.exec = lambda: QDialog.DialogCode.Accepted
        return dialog

    return factory


def _inventory_file(tmp_path, rows, name="update.gpkg"):
    """B1/B2 of the fixture (renamed) plus new buildings, as a bureau's file."""
    frame = fixture_buildings()
    keep = frame[frame["bld_id"].isin([r for r in rows if r in set(frame["bld_id"])])].copy()
    keep["name"] = [f"更新{b}" for b in keep["bld_id"]]
    keep["pv_status"] = "none"  # the file's status must not overwrite the audit
    new = frame[frame["bld_id"] == "B2"].copy()
    new["bld_id"], new["name"] = "B9", "新建楼B9"
    new = new.set_geometry(new.geometry.translate(0.002, 0.0))
    out = __import__("pandas").concat([keep, new]).drop(columns=["pv_area_m2", "pv_kwp", "audit_date", "auditor"])
    path = tmp_path / name
    pyogrio.write_dataframe(out.reset_index(drop=True), path)
    return path


def test_update_keeps_audits_and_the_selection_of_the_same_building(panel, tmp_path, monkeypatch):
    from app.siting.audit import set_audit

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    project = panel.window.project
    layer = project.vector("buildings")
    set_audit(project, [0], {"pv_status": "verified", "pv_area_m2": 350.0}, user="张三")
    audit_rows = len(project.tables["audit_log"])
    layer.select([1])  # B2 on the map
    path = _inventory_file(tmp_path, ["B1", "B2"])
    panel.import_file(str(path), dialog_factory=_mapping_factory(path))
    dialog = panel.mode_dialog
    assert dialog.buttons_by_mode["update"].text() == "Update by bld_id"
    update_text = dialog.descriptions["update"].text()
    assert "2 feature(s) matched" in update_text and "1 new added" in update_text and "6 in the layer" in update_text
    assert dialog.mode() == "update"  # the default when ids match
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    gdf = layer.gdf
    b1 = gdf[gdf["bld_id"] == "B1"].iloc[0]
    assert b1["name"] == "更新B1" and b1["pv_status"] == "verified" and b1["pv_area_m2"] == 350.0
    assert b1["auditor"] == "张三"
    assert len(gdf) == 9 and "B9" in set(gdf["bld_id"])
    log = project.tables["audit_log"]
    assert len(log) == audit_rows + 1 and log["action"].iloc[-1] == "import"
    assert (log.iloc[:audit_rows]["feature_id"] == "B1").all()  # B1's audit history is untouched
    assert layer.selection == {1} and gdf.loc[1, "bld_id"] == "B2"  # still the same building
    assert "1 added, 2 updated" in panel.import_message


def test_replace_clears_the_selection_and_undo_is_one_step(panel, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    project = panel.window.project
    layer = project.vector("buildings")
    layer.select([1])
    assert panel.info_labels["building"].text().startswith("B2")
    before = layer.gdf.copy()
    path = _inventory_file(tmp_path, ["B1"], "replace.gpkg")
    panel.import_file(str(path), dialog_factory=_mapping_factory(path))
    panel.mode_dialog.choose("replace")
    panel.mode_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert sorted(layer.gdf["bld_id"]) == ["B1", "B9"]
    # no row-index matching: the new buildings got ids no old building had, so nothing stays selected
    assert layer.selection == set() and not set(layer.gdf.index) & set(before.index)
    assert panel.info_labels["building"].text() == "—"
    project.undo_stack.undo()
    assert layer.gdf["bld_id"].tolist() == before["bld_id"].tolist()


def test_cancelling_the_mode_question_changes_nothing(panel, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    project = panel.window.project
    before = project.vector("buildings").gdf.copy()
    path = _inventory_file(tmp_path, ["B1"], "cancel.gpkg")
    panel.import_file(str(path), dialog_factory=_mapping_factory(path))
    panel.mode_dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert project.vector("buildings").gdf.equals(before) and not project.undo_stack.can_undo
    assert "nothing changed" in panel.summary_label.text()


# ---------------------------------------------------------------------- the project's weather


@pytest.mark.skipif(not GANYU_EPW.exists(), reason="shared Ganyu EPW not available")
def test_work_list_potential_follows_the_projects_weather(panel):
    from app.project.weather import set_project_weather
    from app.siting.rooftop import roof_potential
    from app.resource.importers import read_weather

    table = panel.building_table
    default_mwh = float(_cell(table, 0, 6).replace(",", ""))
    assert "default typical year" in panel.list_label.text()
    set_project_weather(panel.window.project, GANYU_EPW)
    assert "EPW: CHN_Jiangsu.Ganyu.580400_CSWD.epw" in panel.list_label.text()
    ganyu_mwh = float(_cell(table, 0, 6).replace(",", ""))
    # reference: the rooftop engine run directly on B4 with the same file
    b4 = panel.window.project.vector("buildings").gdf.iloc[[3]]
    reference = roof_potential(b4, weather=read_weather(GANYU_EPW))["pot_kwh"].iloc[0] / 1000.0
    assert_allclose(ganyu_mwh, reference, atol=0.05)  # the cell shows one decimal
    assert abs(ganyu_mwh - default_mwh) > 0.5
