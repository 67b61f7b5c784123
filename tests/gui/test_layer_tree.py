"""The layer tree: order, drag reorder, the properties dialog's symbology, remove with undo."""
from __future__ import annotations

import shapely
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from tests.gui.map_fixtures import canvas_pixel, demo_project, demo_project_session, window  # noqa: F401


def test_tree_lists_layers_top_first_with_sample_labels(window, demo_project):
    model = window.layer_tree.layer_model
    assert model.rowCount() == len(demo_project.layers)
    titles = [model.data(model.index(r)) for r in range(model.rowCount())]
    assert titles[0] == "Offshore energy island (sample data)"
    assert titles[-1] == "Sea area"
    assert all("sample data" in model.data(model.index(demo_project.layers.index(l.name)))
               for l in demo_project.layers if l.sample)


def test_dragging_a_layer_reorders_the_project_and_the_map(window, demo_project):
    model = window.layer_tree.layer_model
    # drag "sea_area" (bottom) onto the top row, as the view's drop does
    mime = model.mimeData([model.index(demo_project.layers.index("sea_area"))])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert demo_project.layers.names()[0] == "sea_area"
    assert model.data(model.index(0)) == "Sea area"
    # the sea now covers the counties: a land point shows the sea colour
    county = demo_project.vector("counties").gdf.geometry.iloc[0]
    p = shapely.point_on_surface(county)
    window.canvas.zoom_to(county.bounds)
    sea_fill = QColor(demo_project.vector("sea_area").style.fill).name()
    # the sea polygon does not cover inland counties: check the layer order took effect in the composite
    assert window.canvas._visible_layers()[0].name == "sea_area"
    # move it back by model.moveRows (the other drop path)
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), len(demo_project.layers))
    assert demo_project.layers.names()[-1] == "sea_area"
    assert canvas_pixel(window.canvas, p.x, p.y).name() != sea_fill


def test_style_dialog_changes_the_fill_on_the_map(window, demo_project):
    from app.ui.layer_properties import LayerPropertiesDialog

    counties = demo_project.vector("counties")
    geom = counties.gdf.geometry.iloc[2]
    p = shapely.point_on_surface(geom)
    window.canvas.zoom_to(geom.bounds)
    dialog = LayerPropertiesDialog(counties, demo_project, window)
    dialog.fill_button.set_color("#ff00ff")
    dialog.opacity.setValue(100)
    dialog.show_labels.setChecked(False)  # no labels: the probe point must show the fill
    dialog.accept()
    assert counties.style.fill == "#ff00ff"
    shown = canvas_pixel(window.canvas, p.x, p.y)
    assert shown.name() == "#ff00ff"
    window.undo_action.trigger()  # style changes are undoable
    assert counties.style.fill != "#ff00ff"


def test_categorized_style_colours_are_editable(window, demo_project):
    from app.ui.layer_properties import LayerPropertiesDialog

    sites = demo_project.vector("candidate_sites")
    dialog = LayerPropertiesDialog(sites, demo_project, window)
    assert dialog.category_field.currentData() == "kind"
    assert dialog.categories.rowCount() == sites.gdf["kind"].nunique()
    dialog.set_category_colour("wind_offshore", "#123456")
    dialog.apply()
    assert sites.style.categories["wind_offshore"] == "#123456"
    dialog.reject()


def test_remove_layer_is_undoable(window, demo_project):
    layer = demo_project.layers["turbines"]
    window.layer_tree.remove_layer(layer)
    assert "turbines" not in demo_project.layers
    assert window.layer_tree.layer_model.rowCount() == len(demo_project.layers)
    window.undo_action.trigger()
    assert demo_project.layers.names()[1] == "turbines"


def test_context_menu_offers_the_layer_actions(window, demo_project):
    menu = window.layer_tree.build_context_menu(demo_project.layers["buildings"])
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["Zoom to layer", "Open attribute table", "Filter…", "Export…", "Remove layer", "Properties…"]
    assert all(not a.icon().isNull() for a in menu.actions() if a.text())
    zoomed = []
    window.layer_tree.zoom_to_layer.connect(zoomed.append)
    menu.actions()[0].trigger()
    assert zoomed == [demo_project.layers["buildings"]]
