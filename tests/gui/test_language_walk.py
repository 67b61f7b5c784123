"""Every string a user can read, in Chinese and in English (issue 14, point 1).

The walk builds the real main window with every panel, then does what a
planner does (identify a building, open its attribute table, audit it with a
wrong and a right PV area, undo, analyse a site that the rules exclude,
open the export, print, style, project, weather, turbine and file dialogs,
see an error box) and reads every text on screen: widget texts, window and
dock titles, tab titles, tooltips, placeholders, combo items, table and tree
cells and headers, menus and actions. In Chinese no English word and no code
name may appear (tests/language.py says what may stay in Latin letters); in
English no Chinese outside data values. The reports' texts (PDF and Excel)
are checked the same way in tests/core/test_report_readers.py.

The walk can fail: a planted English string is found.
"""
from __future__ import annotations

import html
import re

import geopandas as gpd
import pytest
import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox,
                               QDockWidget, QFileDialog, QGroupBox, QLabel, QLineEdit, QMenu, QPlainTextEdit, QTabBar, QTabWidget, QTextEdit, QTreeWidget, QWidget)

from app.core.errors import InputError
from app.core.user import current_user
from tests.gui.map_fixtures import make_window
from tests.language import chinese_in_english, english_in_chinese

TAGS = re.compile(r"<[^>]+>")
ROWS_READ = 40  # rows of each table or list read (the rest look the same)


def _plain(text) -> str:
    return html.unescape(TAGS.sub(" ", str(text or ""))).replace("&", "")


def _count(method, parent):
    """``rowCount``/``columnCount`` of a model, whichever form of the call it takes."""
    for args in ((parent,), ()):
        try:
            return method(*args)
        except TypeError:  # a model with a one-argument form, or Qt's private internal models
            continue
    return 0


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    root = view.rootIndex()
    for column in range(_count(model.columnCount, root)):
        texts.append(model.headerData(column, Qt.Orientation.Horizontal))
    if isinstance(view, QTreeWidget):
        def walk(item):
            texts.extend(item.text(c) for c in range(item.columnCount()))
            texts.extend(item.toolTip(c) for c in range(item.columnCount()))
            for i in range(item.childCount()):
                walk(item.child(i))
        for i in range(view.topLevelItemCount()):
            walk(view.topLevelItem(i))
        return texts

    def rows(parent):
        for row in range(min(_count(model.rowCount, parent), ROWS_READ)):
            for column in range(_count(model.columnCount, parent)):
                index = model.index(row, column, parent)
                texts.append(model.data(index, Qt.ItemDataRole.DisplayRole))
                texts.append(model.data(index, Qt.ItemDataRole.ToolTipRole))
                if column == 0 and _count(model.hasChildren, index):
                    rows(index)
    rows(view.rootIndex())
    return texts


def _action_texts(action: QAction, seen: set) -> list[str]:
    if id(action) in seen:
        return []
    seen.add(id(action))
    texts = [action.text(), action.toolTip(), action.statusTip(), action.whatsThis()]
    if action.menu() is not None:
        texts.append(action.menu().title())
        for sub in action.menu().actions():
            texts += _action_texts(sub, seen)
    return texts


def ui_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget, text) for every text a user can read in ``root`` and its children."""
    found = []
    seen_actions: set = set()
    for widget in [root] + root.findChildren(QWidget):
        if widget.objectName() in CODE_INPUTS:
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        texts = [widget.toolTip(), widget.statusTip(), widget.whatsThis()]
        if widget.isWindow() or isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.placeholderText()]
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts += [widget.placeholderText(), widget.toPlainText()]
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QAbstractSpinBox):
            texts += [widget.specialValueText(), getattr(widget, "suffix", lambda: "")(),
                      getattr(widget, "prefix", lambda: "")()]
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                texts += [widget.itemText(i), widget.itemData(i, Qt.ItemDataRole.ToolTipRole)]
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                texts += [widget.tabText(i), widget.tabToolTip(i)]
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                texts += [widget.tabText(i), widget.tabToolTip(i)]
        if isinstance(widget, QAbstractItemView):
            texts += _model_texts(widget)
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        for action in widget.actions():
            texts += _action_texts(action, seen_actions)
        found += [(where, _plain(text)) for text in texts if isinstance(text, str) and text.strip()]
    return found


#: Widgets whose text is code the user types, written the same in every language: an expression uses field
#: names and stored values (``"category" = 'factory'``), as in QGIS.
CODE_INPUTS = {"expression_input"}
#: What the user typed in the walk (a wrong PV status) and each language's name in its own language (the
#: language menu shows 中文 and English whatever the UI speaks).
TYPED_AND_LANGUAGE_NAMES = ["maybe", "English", "中文"]


def data_values(project) -> list[str]:
    """What the data says (never translated): titles, names, ids, turbine types and makers, the user, the app's name."""
    from app.resource.turbines import all_turbines

    values = [project.title, "LYG Siting", current_user(), str(project.path or ""), *TYPED_AND_LANGUAGE_NAMES]
    for turbine in all_turbines(project):
        values += [turbine.name, getattr(turbine, "maker", "") or ""]
    for layer in project.layers.vector_layers():
        values.append(layer.name)  # the table's name in the project file (layer properties show it)
        for column in ("name", "turbine_type", "bld_id", "site_id", "comp_id", "auditor", "hub_id", "name_zh"):
            if column in layer.gdf.columns:
                values += [str(v) for v in layer.gdf[column].dropna().unique()]
    return [v for v in values if v]


def offending(texts, lang: str, data) -> dict[str, str]:
    """Text -> where, for every text that is not in ``lang``."""
    check = english_in_chinese if lang == "zh" else chinese_in_english
    return {text[:160]: where for where, text in texts if check(text, data)}


def _excluded_site(project):
    """A wind site at sea 1-3 km off the coast: every part is closer than the 10 km the rules ask."""
    from app.layers.crs import METRIC_CRS

    land = shapely.union_all(project.vector("counties").gdf.to_crs(METRIC_CRS).geometry.to_numpy())
    sea = shapely.union_all(project.vector("sea_area").gdf.to_crs(METRIC_CRS).geometry.to_numpy())
    strip = sea.intersection(land.buffer(3000)).difference(land.buffer(1000))
    centre = strip.representative_point()
    square = centre.buffer(400, cap_style="square").intersection(strip)
    return gpd.GeoSeries([square], crs=METRIC_CRS).to_crs(project.vector("candidate_sites").gdf.crs).iloc[0]


def _walk_as_a_user(qtbot, window, project, dialogs: list) -> None:
    """Do what a planner does, so every message of those steps is on screen for the walk."""
    buildings = project.vector("buildings")
    fid = buildings.gdf.index[(buildings.gdf["category"] == "factory") & (buildings.gdf["is_new"] == 1)][0]
    window.show_identify_results([(buildings, fid)])
    dialogs.append(window.open_attribute_table(buildings))
    rooftop = window.panel_docks["rooftop"].widget()
    rooftop.tabs.setCurrentIndex(1)
    buildings.select([fid])
    rooftop.area_edit.setText("99999")  # larger than any roof: the validation message
    qtbot.mouseClick(rooftop.save_button, Qt.MouseButton.LeftButton)
    dialogs.append(QLabel(rooftop.form_message.text()))  # read before it is replaced
    rooftop.status_edit.setCurrentIndex(rooftop.status_edit.findData("installed"))
    rooftop.area_edit.setText("100")
    qtbot.mouseClick(rooftop.save_button, Qt.MouseButton.LeftButton)  # "saved: audit 1 building(s): ..."
    assert project.undo_stack.can_undo
    window.undo()  # the redo step name is shown in the Edit menu
    # a site the rules exclude entirely: the warning names the rules
    sites = project.vector("candidate_sites")
    geometry = _excluded_site(project)
    row = sites.gdf.iloc[[0]].copy()
    row["site_id"], row["name"], row["kind"] = "CS-07", "示例近岸场址", "wind_offshore"
    row = row.set_geometry(gpd.GeoSeries([geometry], index=row.index, crs=sites.gdf.crs))
    row.index = [int(sites.gdf.index.max()) + 1]
    sites.set_gdf(gpd.GeoDataFrame(gpd.pd.concat([sites.gdf, row]), crs=sites.gdf.crs))
    siting = window.panel_docks["siting"].widget()
    sites.select([row.index[0]])
    siting.analyse_selected()
    qtbot.waitUntil(lambda: "⚠" in siting.result_label.text(), timeout=60000)
    # dialogs and boxes
    dialogs.append(window.export_layer("buildings"))
    dialogs.append(window.print_map())
    dialogs.append(window.project_properties_dialog())
    dialogs.append(window.project_weather_dialog())
    dialogs.append(window.report_dialog())
    from app.ui.layer_properties import LayerPropertiesDialog

    dialogs.append(LayerPropertiesDialog(buildings, project, window))
    try:
        from app.siting.audit import validate_audit

        validate_audit(buildings.gdf, [fid], {"pv_status": "maybe"})
    except InputError as exc:
        dialogs.append(window.show_error(exc))
    file_dialog = QFileDialog(window, "")
    file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialogs.append(file_dialog)
    from app.ui.panels.turbine_dialog import TurbineDialog

    dialogs.append(TurbineDialog(window))


@pytest.fixture
def fresh_project():
    from app.sample.demo import build_demo_project

    return build_demo_project()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_string_a_user_reads_is_in_the_ui_language(qtbot, fresh_project, lang):
    window = make_window(qtbot, fresh_project, lang, panels=True)
    dialogs: list = []
    try:
        for dock in window.panel_docks.values():
            dock.ensure_built()
        _walk_as_a_user(qtbot, window, fresh_project, dialogs)
        texts = ui_texts(window)
        for dialog in dialogs:
            if isinstance(dialog, QWidget):
                texts += ui_texts(dialog)
        data = data_values(fresh_project)
        if lang == "en":
            data += list(fresh_project.vector("counties").gdf["name_zh"])  # county names in data columns
        assert len(texts) > 1500  # the walk reached the panels, tables, menus and dialogs
        found = offending(texts, lang, data)
        for text, where in sorted(found.items(), key=lambda kv: kv[1]):
            print(f"UNTRANSLATED {where} | {text}")
        assert found == {}
    finally:
        for dialog in dialogs:
            if isinstance(dialog, QWidget):
                dialog.close()
                dialog.deleteLater()
        window.language_manager.set_language("en")
        window.close()


def test_the_walk_finds_a_planted_english_string(qtbot, fresh_project):
    """The walk can fail: an untranslated button, tooltip or code name in the Chinese window is found."""
    window = make_window(qtbot, fresh_project, "zh")
    try:
        data = data_values(fresh_project)
        assert offending(ui_texts(window), "zh", data) == {}
        planted = QLabel("Files of type:", window)
        planted.setToolTip("counts toward pv_status")
        found = offending(ui_texts(window), "zh", data)
        assert set(found) == {"Files of type:", "counts toward pv_status"}
        planted.setText("光伏状态：public_institution")  # a code name among Chinese words
        planted.setToolTip("")
        assert set(offending(ui_texts(window), "zh", data)) == {"光伏状态：public_institution"}
        planted.setText("Export")
        window.language_manager.set_language("en")
        planted.setText("导出")
        assert set(offending(ui_texts(window), "en", data)) == {"导出"}
    finally:
        window.language_manager.set_language("en")
        window.close()
