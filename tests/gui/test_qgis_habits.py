"""The QGIS habits a planner brings, driven through the real widgets (issue 14, item 4).

Icons and shortcuts, the measure tool, legend categories, the identify
highlight, layer properties (title, opacity, labels, filter) with undo,
select by expression (and its bad input), the site form beside the polygon
with its kind from where it lies, stale analyses, the audit list's height
and Ctrl+Z in form fields.
"""
from __future__ import annotations

import numpy as np
import shapely
from numpy.testing import assert_allclose
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.layers.measure import polygon_area, segment_lengths
from tests.gui.map_fixtures import canvas_pixel, demo_project, demo_project_session, make_window, window  # noqa: F401


def _visible(window, cls):
    return [w for w in window.findChildren(cls) if w.isVisible()]


def _keys(action: QAction) -> list[str]:
    return [k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()]


def _activate(window, qtbot):
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


# ---------------------------------------------------------------------- icons and shortcuts
def test_toolbar_actions_show_icons_with_their_name_and_shortcut_as_tooltip(window):
    from app.ui.icons import ICON_DIR

    actions = [a for tb in (window.toolbar, window.project_toolbar) for a in tb.actions() if not a.isSeparator()]
    assert len(actions) >= 20
    for action in actions:
        assert not action.icon().isNull(), action.text()
        image = action.icon().pixmap(20, 20).toImage()
        assert any(image.pixelColor(x, y).alpha() > 0 for x in range(20) for y in range(20)), action.text()
        plain = action.text().replace("&", "")
        assert action.toolTip().startswith(plain)
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert window.measure_line_action.toolTip() == "Measure line (Ctrl+Shift+M)"
    # the set is shipped with its licence and where it came from
    assert "MIT License" in (ICON_DIR / "LICENSE-MIT.txt").read_text(encoding="utf-8")
    assert "3.52.0" in (ICON_DIR / "README.md").read_text(encoding="utf-8")


def test_menus_list_qgis_shortcuts_and_no_two_actions_share_one(window):
    expected = {
        window.new_action: "Ctrl+N", window.open_action: "Ctrl+O", window.save_action: "Ctrl+S",
        window.save_as_action: "Ctrl+Shift+S", window.undo_action: "Ctrl+Z", window.redo_action: "Ctrl+Shift+Z",
        window.identify_tool_action: "Ctrl+Shift+I", window.measure_line_action: "Ctrl+Shift+M",
        window.measure_area_action: "Ctrl+Shift+J", window.select_expression_action: "Ctrl+F3",
        window.attribute_table_action: "F6", window.layer_filter_action: "Ctrl+F",
        window.zoom_full_action: "Ctrl+Shift+F", window.zoom_selection_action: "Ctrl+J",
        window.clear_selection_action: "Ctrl+Alt+A", window.add_vector_action: "Ctrl+Shift+V",
        window.add_raster_action: "Ctrl+Shift+R", window.remove_layer_action: "Ctrl+D",
        window.properties_action: "Ctrl+Shift+P", window.print_action: "Ctrl+P", window.quit_action: "Ctrl+Q",
    }
    for action, key in expected.items():
        assert _keys(action)[0] == key, action.text()
    menus = [window.file_menu, window.edit_menu, window.view_menu, window.measure_menu, window.layer_menu]
    in_menus = {a for m in menus for a in m.actions()}
    assert set(expected) <= in_menus  # listed in a menu, where the shortcut shows
    seen = {}
    for action in window.findChildren(QAction):
        for key in _keys(action):
            assert key not in seen or seen[key] is action, f"{key}: {seen.get(key) and seen[key].text()} / {action.text()}"
            seen[key] = action
    assert [m.title() for m in menus[:3]] + [window.layer_menu.title()] == ["&File", "&Edit", "&View", "La&yer"]


def test_shortcuts_work_from_the_keyboard(window, qtbot):
    _activate(window, qtbot)
    qtbot.keyClick(window.canvas, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.canvas.map_tool is window.identify_tool and window.identify_tool_action.isChecked()
    qtbot.keyClick(window.canvas, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.canvas.map_tool.mode == "line" and window.measure_dialog.isVisible()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)  # nothing measured yet: Esc leaves the tool, as in QGIS
    assert window.canvas.map_tool is window.canvas._pan_tool and not window.measure_dialog.isVisible()
    window.layer_tree.set_current_layer("buildings")
    qtbot.keyClick(window.canvas, Qt.Key.Key_F6)
    assert window.attribute_docks["buildings"].isVisible()


# ---------------------------------------------------------------------- measure
def _click(qtbot, canvas, lon, lat, button=Qt.MouseButton.LeftButton):
    point = canvas.to_screen(lon, lat).toPoint()
    qtbot.mouseClick(canvas, button, pos=point)
    return canvas.to_map(QPointF(point))


def test_measure_line_shows_segments_and_the_running_total(window, qtbot):
    canvas = window.canvas
    canvas.zoom_to((119.1, 34.5, 119.5, 34.8))
    window.measure_line_action.trigger()
    dialog = window.measure_dialog
    clicked = [_click(qtbot, canvas, lon, lat) for lon, lat in ((119.15, 34.55), (119.30, 34.60), (119.42, 34.72))]
    qtbot.mouseMove(canvas, canvas.to_screen(119.45, 34.75).toPoint())
    assert dialog.segments.rowCount() == 3  # two clicked segments and the one to the cursor
    _click(qtbot, canvas, 119.45, 34.75, Qt.MouseButton.RightButton)  # right click ends
    assert canvas.map_tool.finished and dialog.segments.rowCount() == 2
    expected = segment_lengths(clicked)
    shown = [float(dialog.segments.item(r, 0).text().split()[0].replace(",", "")) for r in range(2)]
    assert_allclose(shown, expected / 1000, atol=0.0006)  # shown in km to 3 decimals
    assert dialog.total.text() == f"{expected.sum() / 1000:,.3f} km"
    assert 25 < expected.sum() / 1000 < 40  # ~14 km + ~17 km across Ganyu
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("m"))
    assert dialog.total.text() == f"{expected.sum():,.2f} m"
    # a new click starts a new measurement
    _click(qtbot, canvas, 119.2, 34.6)
    assert len(canvas.map_tool.points) == 1 and dialog.total.text() == "0.00 m"


def test_measure_area_shows_square_metres_and_mu(window, qtbot):
    canvas = window.canvas
    canvas.zoom_to((119.20, 34.55, 119.26, 34.60))
    window.measure_area_action.trigger()
    dialog = window.measure_dialog
    assert dialog.windowTitle() == "Measure area"
    clicked = [_click(qtbot, canvas, lon, lat) for lon, lat in ((119.21, 34.56), (119.24, 34.56), (119.24, 34.58))]
    last = canvas.to_screen(119.21, 34.58).toPoint()
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=last)  # double-click ends
    clicked.append(canvas.to_map(QPointF(last)))
    area = polygon_area(clicked)
    assert canvas.map_tool.finished and dialog.vertices == clicked
    assert 4e6 < area < 7e6  # ~2.7 km x 2.2 km
    assert dialog.total.text() == f"{area / 1e6:,.3f} km²"
    assert f"{area / (10000 / 15):,.2f} mu (亩)" in dialog.extra.text()
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("mu"))
    assert dialog.total.text() == f"{area * 15 / 10000:,.2f} mu (亩)"
    dialog.reject()  # closing the results ends the tool
    assert canvas.map_tool is canvas._pan_tool


def test_measure_dialog_speaks_chinese(qtbot, demo_project):
    win = make_window(qtbot, demo_project, "zh")
    try:
        win.measure_area_action.trigger()
        dialog = win.measure_dialog
        assert dialog.windowTitle() == "测量面积"
        dialog.update_measure([(119.21, 34.56), (119.24, 34.56), (119.24, 34.58)], True)
        assert "亩" in dialog.extra.text() and "周长" in dialog.extra.text()
    finally:
        win.language_manager.set_language("en")
        win.close()


# ---------------------------------------------------------------------- legend categories
def _children(model, row):
    parent = model.index(row)
    return [model.data(model.index(r, 0, parent)) for r in range(model.rowCount(parent))]


def test_categorised_layers_show_their_legend_in_the_tree(qtbot, demo_project):
    from app.core.vocabulary import PV_STATUSES

    win = make_window(qtbot, demo_project, "zh")
    try:
        tree = win.layer_tree
        model = tree.layer_model
        row = demo_project.layers.index("buildings")
        buildings = demo_project.vector("buildings")
        counts = buildings.gdf["pv_status"].value_counts()
        expected = [f"{PV_STATUSES.label(s, 'zh')} ({counts[s]:,})" for s in PV_STATUSES if counts.get(s)]
        assert _children(model, row) == expected  # vocabulary order, labels in the UI language, counts
        assert tree.isExpanded(model.index(row))
        icon = model.data(model.index(0, 0, model.index(row)), Qt.ItemDataRole.DecorationRole)
        swatch = icon.pixmap(14, 14).toImage().pixelColor(7, 7)
        assert swatch.name() == QColor(buildings.style.categories["none"]).name()
        # non-categorised layers have no children
        assert model.rowCount(model.index(demo_project.layers.index("counties"))) == 0
        # collapsible, and folded stays folded when the model resets (a style change)
        tree.collapse(model.index(row))
        buildings.set_style(buildings.style)
        assert not tree.isExpanded(model.index(row))
        tree.expand(model.index(row))
        win.set_language("en")
        assert _children(model, row)[0] == f"none ({counts['none']:,})"
        # counts follow the data
        fid = buildings.gdf.index[buildings.gdf["pv_status"] == "none"][0]
        from app.layers.edits import SetAttributes

        demo_project.undo_stack.push(SetAttributes(buildings, [fid], {"pv_status": "verified"}))
        assert _children(model, row)[0] == f"none ({counts['none'] - 1:,})"
        demo_project.undo_stack.undo()
    finally:
        win.language_manager.set_language("en")
        win.close()


def _raster(name="wind_speed_100m"):
    from affine import Affine

    from app.layers.model import RasterLayer

    values = np.linspace(5.0, 8.0, 40 * 50).reshape(40, 50)
    return RasterLayer(name, values, Affine(0.02, 0, 118.6, 0, -0.02, 35.1), units="m/s", ramp="YlGnBu")


def test_raster_ramp_legend_is_kept(window, demo_project):
    raster = _raster()
    demo_project.layers.append(raster)
    model = window.layer_tree.layer_model
    assert model.rowCount(model.index(demo_project.layers.index(raster.name))) == 0  # its legend is the colour bar
    image = window.canvas.grab().toImage()
    bottom = window.canvas.height() - 52
    row = [image.pixelColor(x, int(bottom - 40 + 19)) for x in range(20, 190)]
    assert len({c.name() for c in row}) > 10  # the ramp above the scale bar, bottom left


# ---------------------------------------------------------------------- identify highlight
def _building(demo_project, position):
    buildings = demo_project.vector("buildings")
    fid = buildings.gdf.index[position]
    return buildings, fid, buildings.gdf.geometry.loc[fid]


def test_identify_outlines_the_feature_without_selecting_it(window, demo_project, qtbot):
    buildings, fid, geom = _building(demo_project, 5)
    x0, y0, x1, y1 = geom.bounds
    window.canvas.zoom_to((x0 - 0.0008, y0 - 0.0008, x1 + 0.0008, y1 + 0.0008))
    assert window.canvas.wait_idle(15000)
    inside = shapely.point_on_surface(geom)
    corner = geom.exterior.coords[0]
    before = canvas_pixel(window.canvas, *corner)
    window.identify_tool_action.trigger()
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=window.canvas.to_screen(inside.x, inside.y).toPoint())
    assert window.canvas.highlight == (buildings, fid)
    assert buildings.selection == set()  # the selection is not touched
    outlined = canvas_pixel(window.canvas, *corner)
    assert outlined.red() > 180 and outlined.green() < 110 and outlined.name() != before.name()  # red outline
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    assert window.canvas.highlight is None and window.canvas.map_tool is window.identify_tool
    assert canvas_pixel(window.canvas, *corner).name() == before.name()
    # the next identify moves the outline; choosing another result outlines that one
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=window.canvas.to_screen(inside.x, inside.y).toPoint())
    tree = window.identify_results.tree
    assert tree.topLevelItemCount() >= 2  # the building and the county under it
    tree.setCurrentItem(tree.topLevelItem(tree.topLevelItemCount() - 1))
    assert window.canvas.highlight[0].name == "counties"


# ---------------------------------------------------------------------- layer properties
def _open_properties_by_double_click(window, qtbot, name):
    from app.ui.layer_properties import LayerPropertiesDialog

    tree = window.layer_tree
    index = tree.layer_model.index(tree.layer_model.layers.index(name))
    rect = tree.visualRect(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click's first press
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialogs = _visible(window, LayerPropertiesDialog)
    assert len(dialogs) == 1
    return dialogs[0]


def test_layer_properties_rename_opacity_labels_filter_in_one_undo(window, demo_project, qtbot):
    from app.ui.attribute_table import AttributeTableWidget

    buildings = demo_project.vector("buildings")
    old_style = buildings.style.to_dict()
    dialog = _open_properties_by_double_click(window, qtbot, "buildings")
    assert dialog.windowTitle().startswith("Layer properties — Buildings")
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["General", "Symbology", "Labels", "Filter"]
    dialog.title_edit.setText("Public buildings 2024")
    dialog.opacity.setValue(60)
    dialog.show_labels.setChecked(True)
    dialog.label_field.setCurrentIndex(dialog.label_field.findData("bld_id"))
    dialog.show_page("filter")
    dialog.filter_editor.set_text("\"pv_status\" = 'installed'")
    assert "match" in dialog.filter_editor.message.text()
    table = window.open_attribute_table(buildings)
    assert isinstance(table, AttributeTableWidget)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    installed = buildings.gdf.index[buildings.gdf["pv_status"] == "installed"]
    assert buildings.title == "Public buildings 2024" and buildings.style.opacity == 0.6
    assert buildings.style.label_field == "bld_id"
    assert buildings.shown_count == len(installed)
    model = window.layer_tree.layer_model
    assert model.data(model.index(demo_project.layers.index("buildings"))).startswith("Public buildings 2024")
    assert table.model.rowCount() == len(installed)  # the table lists what the filter lets through
    # the map draws only matching features; identify finds only them
    hidden = buildings.gdf.index[buildings.gdf["pv_status"] == "none"][0]
    geom = buildings.gdf.geometry.loc[hidden]
    p = shapely.point_on_surface(geom)
    window.canvas.zoom_to(tuple(np.array(geom.bounds) + [-0.0005, -0.0005, 0.0005, 0.0005]))
    shown = canvas_pixel(window.canvas, p.x, p.y)
    assert shown.name() != QColor(buildings.style.categories["none"]).name()
    window.identify_tool_action.trigger()
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=window.canvas.to_screen(p.x, p.y).toPoint())
    assert all(layer.name != "buildings" for layer, _ in window.identify_results._features)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)  # the county found under the hidden building: outline off
    # one Ctrl+Z takes the whole change back
    assert window.undo_action.text() == "&Undo properties of Buildings"
    window.undo_action.trigger()
    assert buildings.title != "Public buildings 2024" and buildings.style.to_dict() == old_style
    assert buildings.shown_count == buildings.feature_count and table.model.rowCount() == buildings.feature_count
    assert canvas_pixel(window.canvas, p.x, p.y).name() == QColor(buildings.style.categories["none"]).name()


def test_a_bad_filter_is_refused_with_its_message_and_nothing_changes(window, demo_project, qtbot):
    sites = demo_project.vector("candidate_sites")
    before = sites.style.to_dict()
    dialog = window.layer_properties_dialog(sites, page="filter")
    assert dialog.tabs.currentWidget() is dialog.pages["filter"]
    dialog.title_edit.setText("Renamed")
    dialog.filter_editor.input.setPlainText("\"knd\" = 'wind_offshore'")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.filter_editor.message.text() == ('This layer has no field "knd" (character 1). '
                                                   'Did you mean "kind"?')
    assert sites.style.to_dict() == before and sites.title != "Renamed" and not demo_project.undo_stack.can_undo
    dialog.reject()


def test_raster_properties_change_title_and_opacity(window, demo_project):
    raster = _raster("ghi_annual")
    demo_project.layers.append(raster)
    old = (raster.title, raster.opacity)
    dialog = window.layer_properties_dialog(raster)
    assert list(dialog.pages) == ["general"]
    dialog.opacity.setValue(40)
    dialog.accept()
    assert raster.opacity == 0.4
    window.undo_action.trigger()
    assert (raster.title, raster.opacity) == old


# ---------------------------------------------------------------------- select by expression
def test_select_by_expression_modes(window, demo_project, qtbot):
    from app.ui.expression_dialog import SelectByExpressionDialog

    buildings = demo_project.vector("buildings")
    gdf = buildings.gdf
    window.layer_tree.set_current_layer("buildings")
    _activate(window, qtbot)
    qtbot.keyClick(window.canvas, Qt.Key.Key_F3, Qt.KeyboardModifier.ControlModifier)
    dialogs = _visible(window, SelectByExpressionDialog)
    assert len(dialogs) == 1 and dialogs[0].layer is buildings, dialogs[0].layer.name
    dialog = dialogs[0]
    factories_new = set(gdf.index[(gdf["category"] == "factory") & (gdf["is_new"] == 1)])
    dialog.editor.set_text("\"category\" = 'factory' AND \"is_new\" = 1")
    assert dialog.editor.message.text() == f"Valid: {len(factories_new):,} of {len(gdf):,} features match"
    qtbot.mouseClick(dialog.select_button, Qt.MouseButton.LeftButton)
    assert buildings.selection == factories_new
    installed = set(gdf.index[gdf["pv_status"].isin(["installed", "verified"])])
    dialog.editor.set_text("\"pv_status\" IN ('installed', 'verified')")
    dialog.set_mode("within")
    dialog.select()
    assert buildings.selection == factories_new & installed
    dialog.set_mode("add")
    dialog.editor.set_text("\"pv_area_m2\" IS NULL AND \"pv_status\" = 'installed'")
    dialog.select()
    unknown = set(gdf.index[gdf["pv_area_m2"].isna() & (gdf["pv_status"] == "installed")])
    assert buildings.selection == (factories_new & installed) | unknown
    dialog.set_mode("remove")
    dialog.editor.set_text("\"is_new\" = 1")
    dialog.select()
    assert buildings.selection == unknown - set(gdf.index[gdf["is_new"] == 1])
    # fields and values click into the text
    dialog.editor.input.clear()
    dialog.editor.fields_list.setCurrentRow(buildings.fields.index("pv_status"))
    values = [dialog.editor.values_list.item(i).text() for i in range(dialog.editor.values_list.count())]
    assert values[:4] == ["'none' — none", "'planned' — planned", "'installed' — installed", "'verified' — verified"]
    dialog.editor.fields_list.itemDoubleClicked.emit(dialog.editor.fields_list.currentItem())
    qtbot.mouseClick(dialog.editor.operator_buttons[0], Qt.MouseButton.LeftButton)
    dialog.editor.values_list.itemDoubleClicked.emit(dialog.editor.values_list.item(2))
    assert dialog.editor.text() == "\"pv_status\" = 'installed'"
    dialog.reject()


def test_bad_expressions_name_the_place_and_leave_the_selection(window, demo_project, qtbot):
    buildings = demo_project.vector("buildings")
    buildings.select(buildings.gdf.index[:3])
    before = set(buildings.selection)
    dialog = window.select_by_expression_dialog(buildings)
    cases = {
        "\"category\" = 'factory' AND": "Syntax error at character 27: expected a field, a value or (, found the end.",
        "\"category\" = 'factory": "The text opened with ' at character 14 is not closed.",
        "\"categry\" = 'factory'": 'This layer has no field "categry" (character 1). Did you mean "category"?',
        "\"category\" = \"factory\"": ('This layer has no field "factory" (character 14). Text values go in single '
                                     'quotes (\'…\'), field names in double quotes ("…").'),
        "\"height_m\" > 'tall'": "Character 14: > cannot combine a number with text.",
        "upper(\"name\") = 'X'": "Functions such as upper() are not supported (character 1).",
    }
    for text, message in cases.items():
        dialog.editor.input.setPlainText(text)
        assert dialog.select() is None
        assert dialog.editor.message.text() == message, text
        assert buildings.selection == before
    # the cursor is put where the problem is
    dialog.editor.input.setPlainText("\"is_new\" = = 1")
    dialog.select()
    assert dialog.editor.input.textCursor().position() == 11
    dialog.reject()


def test_expression_messages_in_chinese(qtbot, demo_project):
    win = make_window(qtbot, demo_project, "zh")
    try:
        dialog = win.select_by_expression_dialog(demo_project.vector("buildings"))
        dialog.editor.input.setPlainText("\"categry\" = 'factory'")
        dialog.select()
        assert dialog.editor.message.text() == '此图层没有字段"categry"（第 1 个字符）。是否要写"category"？'
        assert dialog.select_button.text() == "选择要素"
        dialog.reject()
    finally:
        win.language_manager.set_language("en")
        win.close()


# ---------------------------------------------------------------------- site form
def _draw(window, qtbot, corners):
    from app.ui.site_form import SiteForm

    panel = window.panel_docks["siting"].widget()
    window.canvas.zoom_to(shapely.Polygon(corners).buffer(0.15).bounds)
    panel.start_drawing()
    canvas = window.canvas
    for lon, lat in corners[:-1]:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.to_screen(lon, lat).toPoint())
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.to_screen(*corners[-1]).toPoint())
    forms = _visible(window, SiteForm)
    assert len(forms) == 1
    return forms[0]


def test_site_form_opens_beside_the_polygon_with_its_kind_from_where_it_lies(window, demo_project, qtbot):
    from app.ui.site_form import polygon_screen_rect

    land = [(118.70, 34.45), (118.78, 34.45), (118.78, 34.50), (118.70, 34.50)]  # Donghai
    form = _draw(window, qtbot, land)
    assert form.kind.currentData() == "wind_onshore"
    covered = polygon_screen_rect(window.canvas, shapely.Polygon(land), margin=0)
    assert not form.frameGeometry().intersects(covered)
    # the polygon stays drawn (dashed, light red) while its form is open, and goes with it
    assert window.canvas.sketch is not None and window.canvas.sketch.equals_exact(shapely.Polygon(land), 1e-3)  # to a pixel
    inside = canvas_pixel(window.canvas, 118.74, 34.475)
    assert inside.red() > inside.green() + 20
    form.reject()
    assert window.canvas.sketch is None
    sea = [(119.75, 34.95), (119.82, 34.95), (119.82, 35.00), (119.75, 35.00)]  # Haizhou Bay
    form = _draw(window, qtbot, sea)
    assert form.kind.currentData() == "wind_offshore"
    assert not form.frameGeometry().intersects(polygon_screen_rect(window.canvas, shapely.Polygon(sea), margin=0))
    form.reject()


def test_place_beside_a_polygon_filling_the_map_picks_the_least_covered_place(window, demo_project, qtbot):
    from app.ui.site_form import SiteForm, place_beside

    canvas = window.canvas
    x0, y0 = canvas.to_map(QPointF(5, 5))
    x1, y1 = canvas.to_map(QPointF(canvas.width() - 5, canvas.height() - 5))
    huge = shapely.box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    form = SiteForm(demo_project, huge, parent=window)
    rect = place_beside(form, canvas, huge)
    screen = canvas.screen().availableGeometry()
    assert screen.contains(rect)
    form.deleteLater()


# ---------------------------------------------------------------------- stale analyses
def test_an_analysis_goes_stale_when_a_vertex_moves(window, demo_project, qtbot):
    from app.layers.edits import SetGeometry
    from app.siting.site_analysis import analyse_site, analysis_command

    panel = window.panel_docks["siting"].widget()
    window.raise_panel("siting")
    sites = demo_project.vector("candidate_sites")
    fid = sites.gdf.index[sites.gdf["kind"] == "wind_offshore"][0]
    site_id = str(sites.gdf.loc[fid, "site_id"])
    demo_project.undo_stack.push(analysis_command(demo_project, analyse_site(demo_project, site_id, with_yield=False)))
    geom = sites.gdf.geometry.loc[fid]
    x0, y0, x1, y1 = geom.bounds
    window.canvas.zoom_to((x0 - 0.02, y0 - 0.02, x1 + 0.02, y1 + 0.02))
    turbines = demo_project.vector("turbines")
    point = turbines.gdf.geometry[turbines.gdf["site_id"] == site_id].iloc[0]
    fresh = canvas_pixel(window.canvas, point.x, point.y)
    assert not panel.outline_stale_label.isVisible()
    coords = list(geom.exterior.coords)[:-1]
    coords[0] = (coords[0][0] - 0.01, coords[0][1] - 0.01)
    demo_project.undo_stack.push(SetGeometry(sites, fid, shapely.Polygon(coords), text="move vertex"))
    assert panel.outline_stale_label.isVisible() and site_id in panel.outline_stale_label.text()
    assert "re-run" in panel.outline_stale_label.text()
    stale = canvas_pixel(window.canvas, point.x, point.y)
    assert stale.name() != fresh.name() and abs(stale.red() - stale.green()) < 20  # the turbine greyed out
    assert len(turbines.gdf[turbines.gdf["site_id"] == site_id])  # still drawn, not removed
    row = [panel.compare_table.item(r, 0).text() for r in range(panel.compare_table.rowCount())].index(site_id)
    assert "outline changed" in panel.compare_table.item(row, 5).toolTip()
    demo_project.undo_stack.push(analysis_command(demo_project, analyse_site(demo_project, site_id, with_yield=False)))
    assert not panel.outline_stale_label.isVisible()


# ---------------------------------------------------------------------- audit list and Ctrl+Z
def test_audit_list_keeps_its_rows_with_the_attribute_table_docked(qtbot, demo_project):
    from app.ui.panels.rooftop_panel import LIST_MIN_ROWS

    win = make_window(qtbot, demo_project, "en", size=(1400, 900))
    try:
        win.raise_panel("rooftop")
        panel = win.panel_docks["rooftop"].widget()
        panel.tabs.setCurrentIndex(1)
        win.open_attribute_table(demo_project.vector("buildings"))
        qtbot.wait(50)
        table = panel.building_table
        rows_visible = (table.viewport().height()) / table.verticalHeader().defaultSectionSize()
        assert rows_visible >= LIST_MIN_ROWS - 0.5
        # the attribute table takes its height from under the map, not from the side docks
        dock = win.attribute_docks["buildings"]
        assert dock.geometry().right() <= win.panel_docks["rooftop"].geometry().left()
    finally:
        win.close()


def test_ctrl_z_in_a_form_field_undoes_its_typing_then_the_project(qtbot, demo_project):
    win = make_window(qtbot, demo_project, "en")
    try:
        win.raise_panel("rooftop")
        panel = win.panel_docks["rooftop"].widget()
        panel.tabs.setCurrentIndex(1)
        buildings = demo_project.vector("buildings")
        fid = buildings.gdf.index[buildings.gdf["pv_status"] == "installed"][0]
        buildings.select([fid])
        old_area = buildings.gdf.loc[fid, "pv_area_m2"]
        _activate(win, qtbot)
        field = panel.area_edit
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, "55")
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
        assert buildings.gdf.loc[fid, "pv_area_m2"] == 55.0
        assert "Undo with Ctrl+Z" in panel.form_message.text()
        field.setFocus()
        qtbot.keyClicks(field, "0")  # typing: Ctrl+Z undoes the typing first, the project is untouched
        qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert field.text() == "55" and buildings.gdf.loc[fid, "pv_area_m2"] == 55.0
        qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left to undo in the field
        stored = buildings.gdf.loc[fid, "pv_area_m2"]
        assert stored == old_area or (np.isnan(stored) and np.isnan(old_area))
        assert field.text() == panel._number_text(old_area)
        qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert buildings.gdf.loc[fid, "pv_area_m2"] == 55.0  # and redo
        demo_project.undo_stack.undo()
    finally:
        win.close()
