"""Export dialog driven as a user would: pick layer, format, CRS, encoding, path; press OK."""
from __future__ import annotations

import types

import geopandas as gpd
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.sample.demo import build_demo_project
from app.ui.export_dialog import ExportDialog, show_export_dialog


@pytest.fixture(scope="module")
def project():
    return build_demo_project()


@pytest.fixture
def window(project):
    errors = []
    return types.SimpleNamespace(project=project, show_error=errors.append, errors=errors)


def _press_ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_export_selection_gbk_shapefile(qtbot, window, project, tmp_path):
    sites = project.vector("candidate_sites")
    sites.select([0, 1])
    dialog = show_export_dialog(window, layer_name="candidate_sites", selection_only=True)
    qtbot.addWidget(dialog)
    assert dialog.layer_combo.currentData() == "candidate_sites"
    assert dialog.selection_check.isChecked() and dialog.selection_check.isEnabled()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("shp"))
    dialog.encoding_combo.setCurrentText("GBK")
    out = tmp_path / "sel.shp"
    dialog.path_edit.setText(str(out))
    _press_ok(dialog)
    assert window.errors == []
    back = gpd.read_file(out, encoding="GBK")
    assert len(back) == 2 and "赣榆沿海陆上风电（示例）" in set(back["name"])
    assert (tmp_path / "sel.cpg").read_text().strip() == "GBK"
    sites.clear_selection()


def test_geojson_note_and_disabled_shapefile_options(qtbot, window):
    dialog = ExportDialog(window, layer_name="buildings")
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("geojson"))
    assert not dialog.encoding_combo.isEnabled() and not dialog.zip_check.isEnabled()
    assert "WGS84" in dialog.note_label.text()
    assert "示例数据" in dialog.note_label.text()
    assert not dialog.selection_check.isEnabled()  # nothing selected


def test_mixed_geometry_error_is_shown_and_nothing_written(qtbot, window, tmp_path):
    dialog = ExportDialog(window, layer_name="island_components")
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("shp"))
    dialog.path_edit.setText(str(tmp_path / "island.shp"))
    _press_ok(dialog)
    assert window.errors and "mixes geometry types" in str(window.errors[-1])
    assert list(tmp_path.iterdir()) == []
    dialog.split_check.setChecked(True)
    _press_ok(dialog)
    assert (tmp_path / "island_point.shp").exists()


def test_all_layers_geopackage_gcj02(qtbot, window, tmp_path):
    import pyogrio

    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("gpkg"))
    dialog.crs_combo.setCurrentIndex(dialog.crs_combo.findData("GCJ-02"))
    dialog.all_layers_check.setChecked(True)
    out = tmp_path / "all.gpkg"
    dialog.path_edit.setText(str(out))
    _press_ok(dialog)
    assert {"counties", "buildings", "layer_styles"} <= {n for n, _ in pyogrio.list_layers(out)}
    assert set(gpd.read_file(out, layer="counties")["datum"]) == {"GCJ-02"}
