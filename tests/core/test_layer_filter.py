"""The layer filter (``Style.filter_expression``) and layer-property changes, without a display."""
from __future__ import annotations

from dataclasses import replace

import geopandas as gpd
import shapely

from app.layers.edits import SetLayerProperties
from app.layers.model import Style, VectorLayer


def _layer():
    gdf = gpd.GeoDataFrame({"kind": ["wind_onshore", "pv_ground", "wind_onshore", None], "mw": [50.0, 20.0, 80.0, 5.0]},
                           geometry=[shapely.box(119 + i / 10, 34.5, 119.05 + i / 10, 34.55) for i in range(4)],
                           crs="EPSG:4490")
    return VectorLayer("sites", gdf, style=Style(category_field="kind"))


def test_the_filter_decides_what_is_shown_and_picked():
    layer = _layer()
    assert layer.shown_count == 4
    layer.set_style(replace(layer.style, filter_expression="\"kind\" = 'wind_onshore' AND \"mw\" > 60"))
    assert layer.shown_mask().tolist() == [False, False, True, False] and layer.shown_count == 1
    assert layer.features_at(119.225, 34.525) == [2]
    assert layer.features_at(119.025, 34.525) == []  # hidden by the filter: nothing to pick there
    layer.gdf.loc[0, "mw"] = 99.0
    layer.data_changed([0])  # an edit re-evaluates the filter
    assert layer.shown_mask().tolist() == [True, False, True, False]


def test_a_filter_that_no_longer_fits_shows_everything_and_says_why():
    layer = _layer()
    layer.set_style(replace(layer.style, filter_expression="\"mw\" > 60"))
    layer.set_gdf(layer.gdf.drop(columns=["mw"]))
    assert layer.shown_count == 4
    assert layer.filter_error is not None and layer.filter_error.code == "unknown_field"


def test_the_filter_is_saved_with_the_project(tmp_path):
    from app.project import Project

    project = Project("filters")
    layer = _layer()
    layer.set_style(replace(layer.style, filter_expression="\"kind\" IS NOT NULL"))
    project.layers.append(layer)
    project.save(tmp_path / "p.gpkg")
    reopened = Project.open(tmp_path / "p.gpkg").vector("sites")
    assert reopened.style.filter_expression == "\"kind\" IS NOT NULL" and reopened.shown_count == 3
    assert Style.from_dict({"filter_expression": "  "}).filter_expression is None
    assert Style.from_dict({"filter_expression": 5}).filter_expression is None


def test_layer_properties_are_one_undoable_step():
    from app.core.undo import UndoStack

    layer = _layer()
    stack = UndoStack()
    new_style = replace(layer.style, opacity=0.4, label_field="kind", filter_expression="\"mw\" < 60")
    command = SetLayerProperties(layer, title="我的场址", style=new_style, text="properties of sites")
    assert command.changes_anything
    titles = []
    layer.events.title.connect(lambda **kw: titles.append(layer.title))
    stack.push(command)
    assert (layer.title, layer.style.opacity, layer.style.label_field, layer.shown_count) == ("我的场址", 0.4, "kind", 3)
    stack.undo()
    assert (layer.title, layer.style.opacity, layer.style.label_field, layer.shown_count) == ("sites", 1.0, None, 4)
    assert titles == ["我的场址", "sites"]
    assert not SetLayerProperties(layer, title="sites", style=layer.style).changes_anything
