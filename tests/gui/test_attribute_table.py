"""Attribute table: sort, filter, and selection synced with the map both ways."""
from __future__ import annotations

import time

import geopandas as gpd
import numpy as np
import shapely
from PySide6.QtCore import QItemSelectionModel, Qt

from tests.gui.map_fixtures import demo_project, demo_project_session, window  # noqa: F401


def test_selecting_rows_selects_features_on_the_map(window, demo_project):
    buildings = demo_project.vector("buildings")
    table = window.open_attribute_table(buildings)
    assert table.model.rowCount() == buildings.feature_count
    selection = table.table.selectionModel()
    for row in (3, 4, 10):
        selection.select(table.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    expected = {buildings.gdf.index[r] for r in (3, 4, 10)}
    assert buildings.selection == expected
    assert "3 selected" in table.count_label.text()
    # zoom to selection shows them all
    table.zoom_button.click()
    extent = window.canvas.view.extent
    bounds = buildings.gdf.loc[sorted(expected)].total_bounds
    assert extent[0] <= bounds[0] and extent[1] <= bounds[1] and extent[2] >= bounds[2] and extent[3] >= bounds[3]


def test_selecting_on_the_map_selects_rows(window, demo_project):
    buildings = demo_project.vector("buildings")
    table = window.open_attribute_table(buildings)
    ids = list(buildings.gdf.index[[0, 1, 2, 500]])
    buildings.select(ids)
    rows = sorted(i.row() for i in table.table.selectionModel().selectedRows())
    assert [table.model.feature_id(r) for r in rows] == sorted(ids, key=lambda i: list(buildings.gdf.index).index(i))
    buildings.clear_selection()
    assert table.table.selectionModel().selectedRows() == []


def test_sort_and_filter(window, demo_project):
    buildings = demo_project.vector("buildings")
    table = window.open_attribute_table(buildings)
    column = table.model.columns.index("height_m")
    table.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    first = float(table.model.data(table.model.index(0, column)))
    assert first == buildings.gdf["height_m"].max()
    table.filter_box.setText("徐圩")
    shown = table.model.rowCount()
    assert 0 < shown < buildings.feature_count
    names = [table.model.data(table.model.index(r, table.model.columns.index("cluster"))) for r in range(shown)]
    assert all("徐圩" in n or "徐圩" in str(buildings.gdf.loc[table.model.feature_id(r)].to_dict())
               for r, n in enumerate(names))
    table.filter_box.clear()
    assert table.model.rowCount() == buildings.feature_count


def test_table_stays_fast_with_100k_rows(qtbot):
    from app.layers.model import VectorLayer
    from app.ui.attribute_table import AttributeTableWidget

    n = 100_000
    rng = np.random.default_rng(1)
    x = 119.0 + rng.random(n) * 0.5
    y = 34.3 + rng.random(n) * 0.5
    gdf = gpd.GeoDataFrame({"bld_id": [f"B{i:06d}" for i in range(n)], "height_m": rng.random(n) * 80},
                           geometry=shapely.points(x, y), crs="EPSG:4490")
    layer = VectorLayer("many", gdf)
    start = time.perf_counter()
    widget = AttributeTableWidget(layer)
    qtbot.addWidget(widget)
    widget.model.sort(1, Qt.SortOrder.AscendingOrder)
    widget.filter_box.setText("B0999")
    elapsed = time.perf_counter() - start
    assert widget.model.rowCount() == 100
    assert elapsed < 3.0
