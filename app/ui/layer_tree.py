"""The layer tree: a view of ``project.layers`` (top of the map first).

Check a layer to show it, drag to reorder, right-click for zoom, attribute
table, style and remove. The model keeps no state: it reads the LayerList and
resets itself on the list's events (DESIGN.md rule 3).

A layer that could not be opened (:class:`~app.layers.model.MissingLayer`: a
raster whose file moved, an unreadable layer) is listed with a warning sign,
"(not found)" and the reason as its tooltip; a missing raster can be located
(right-click, "Locate file…"), which puts the raster back, undoably.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QByteArray, QEvent, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QColorDialog, QComboBox, QDialog,
                               QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QListView, QMenu, QPushButton, QSlider, QStyle, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from app.layers.model import Layer, MissingLayer, RasterLayer, Style, VectorLayer
from app.ui.render import ramp_colors
from app.core.undo import Command
from app.ui.binding import EventBindings
from app.layers.display import titled_columns, value_text
from app.ui.i18n import layer_display_title, ui_language

LAYER_MIME = "application/x-lygsite-layer-name"
#: Item data role carrying the :class:`Layer` object.
LayerRole = Qt.ItemDataRole.UserRole + 1


class RemoveLayerCommand(Command):
    """Remove a layer from the project (undo puts it back where it was)."""

    def __init__(self, layers, layer: Layer):
        self.layers, self.layer = layers, layer
        self.index = layers.index(layer.name)
        self.text = f"remove layer {layer.title}"

    def redo(self):
        self.layers.remove(self.layer.name)

    def undo(self):
        self.layers.insert(self.index, self.layer)


class SetStyleCommand(Command):
    """Change a layer's style (undoable)."""

    def __init__(self, layer: VectorLayer, style: Style):
        self.layer = layer
        self.old = Style.from_dict(layer.style.to_dict())
        self.new = style
        self.text = f"style {layer.title}"

    def redo(self):
        self.layer.set_style(Style.from_dict(self.new.to_dict()))

    def undo(self):
        self.layer.set_style(Style.from_dict(self.old.to_dict()))


def layer_swatch(layer: Layer, size: int = 16) -> QIcon:
    """A small legend swatch: fill and stroke, or a colour ramp for rasters."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if isinstance(layer, RasterLayer):
        for i, colour in enumerate(ramp_colors(layer.ramp, size)):  # the layer's own ramp
            painter.setPen(colour)
            painter.drawLine(i, 2, i, size - 3)
    else:
        style = layer.style
        colours = list(style.categories.values())[:4] if style.category_field else []
        painter.setPen(QColor(style.stroke))
        if colours:
            step = (size - 4) / len(colours)
            for i, colour in enumerate(colours):
                painter.setBrush(QColor(colour))
                painter.drawRect(int(2 + i * step), 2, max(int(step), 1), size - 5)
        else:
            painter.setBrush(QColor(style.fill) if style.fill != "none" else Qt.BrushStyle.NoBrush)
            if getattr(layer, "geometry_type", "").endswith("Point"):
                painter.drawEllipse(3, 3, size - 7, size - 7)
            else:
                painter.drawRect(2, 2, size - 5, size - 5)
    painter.end()
    return QIcon(pixmap)


class LayerListModel(QAbstractListModel):
    """Rows = layers of a :class:`LayerList`, top of the map first."""

    def __init__(self, project=None, parent=None):
        super().__init__(parent)
        self._bindings = EventBindings(self)
        self._project = None
        if project is not None:
            self.set_project(project)

    @property
    def layers(self):
        return self._project.layers if self._project is not None else []

    def set_project(self, project) -> None:
        self.beginResetModel()
        self._bindings.disconnect_all()
        self._project = project
        events = project.layers.events
        self._bindings.connect(events.changed, lambda **kw: self._reset())
        for layer in project.layers:
            self._watch(layer)
        self._bindings.connect(events.inserted, lambda layer, index: self._watch(layer))
        self._bindings.connect(events.removed, lambda layer, index: self._bindings.disconnect(id(layer)))
        self.endResetModel()

    def _watch(self, layer: Layer) -> None:
        for kind in ("visible", "style", "title", "data"):
            self._bindings.connect(getattr(layer.events, kind), lambda **kw: self._layer_changed(kw.get("layer")),
                                   key=id(layer))

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _layer_changed(self, layer) -> None:
        if layer is None or self._project is None or layer.name not in self._project.layers:
            return
        row = self._project.layers.index(layer.name)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def layer_at(self, index: QModelIndex) -> Layer | None:
        if not index.isValid() or self._project is None or index.row() >= len(self._project.layers):
            return None
        return self._project.layers[index.row()]

    def index_of(self, layer: Layer) -> QModelIndex:
        return self.index(self._project.layers.index(layer.name))

    # read --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self._project is None else len(self._project.layers)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        layer = self.layer_at(index)
        if layer is None:
            return None
        missing = isinstance(layer, MissingLayer)
        if role == Qt.ItemDataRole.DisplayRole:
            title = layer_display_title(layer)
            return self.tr("{title} (not found)").format(title=title) if missing else title
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            if missing or layer.problems:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return layer_swatch(layer)
        if role == Qt.ItemDataRole.ToolTipRole:
            if missing:
                return "\n".join([layer.name, *layer.problems])
            if isinstance(layer, VectorLayer):
                return self.tr("{name}: {count} features, {geometry}").format(
                    name=layer.name, count=layer.feature_count, geometry=layer.geometry_type)
            low, high = layer.value_range
            return self.tr("{name}: raster {low:.1f}–{high:.1f} {units}").format(
                name=layer.name, low=low, high=high, units=getattr(layer, "units", ""))
        if role == LayerRole:
            return layer
        return None

    def flags(self, index: QModelIndex):
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled)

    # write -------------------------------------------------------------------
    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        layer = self.layer_at(index)
        if layer is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value or value is True
        layer.visible = bool(checked)
        return True

    # drag and drop reordering ----------------------------------------------------
    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [LAYER_MIME]

    def mimeData(self, indexes):
        data = QMimeData()
        names = [self.layer_at(i).name for i in indexes if self.layer_at(i) is not None]
        data.setData(LAYER_MIME, QByteArray("\n".join(names).encode("utf-8")))
        return data

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not data.hasFormat(LAYER_MIME) or self._project is None:
            return False
        names = bytes(data.data(LAYER_MIME)).decode("utf-8").split("\n")
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._project.layers)
        self.move_layer(names[0], row)
        # False: the move is done, the view must not remove the "source" rows
        return False

    def moveRows(self, source_parent, source_row, count, destination_parent, destination_child) -> bool:
        if self._project is None or count != 1:
            return False
        self.move_layer(self._project.layers[source_row].name, destination_child)
        return True

    def move_layer(self, name: str, drop_row: int) -> None:
        """Move layer ``name`` so it lands before the layer now at ``drop_row``."""
        layers = self._project.layers
        old = layers.index(name)
        new = drop_row - 1 if drop_row > old else drop_row
        layers.move(name, max(0, min(new, len(layers) - 1)))


class LayerTreeView(QListView):
    """The layer tree widget (flat: LYG projects have no layer groups).

    Signals
    -------
    current_layer_changed(layer)
    open_attribute_table(layer), zoom_to_layer(layer), export_layer(layer)
        Asked from the context menu; the main window acts on them.
    """

    current_layer_changed = Signal(object)
    open_attribute_table = Signal(object)
    zoom_to_layer = Signal(object)
    export_layer = Signal(object)

    def __init__(self, project=None, parent=None):
        super().__init__(parent)
        self.setObjectName("layer_tree")
        self.layer_model = LayerListModel(project, self)
        self.setModel(self.layer_model)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.selectionModel().currentChanged.connect(self._emit_current)
        self.layer_model.modelReset.connect(self._after_reset)
        self._project = project
        self._last_current: str | None = None

    def set_project(self, project) -> None:
        self._project = project
        self.layer_model.set_project(project)

    def _emit_current(self, current, previous) -> None:
        layer = self.current_layer()
        if layer is not None:  # never None through Signal(object) (PySide6 refcount bug)
            self.current_layer_changed.emit(layer)

    def current_layer(self) -> Layer | None:
        return self.layer_model.layer_at(self.currentIndex())

    def set_current_layer(self, name: str) -> None:
        if self._project is not None and name in self._project.layers:
            self.setCurrentIndex(self.layer_model.index(self._project.layers.index(name)))

    def _after_reset(self) -> None:
        # keep the current layer current across list changes
        if self._last_current:
            self.set_current_layer(self._last_current)

    def currentChanged(self, current, previous) -> None:
        super().currentChanged(current, previous)
        layer = self.layer_model.layer_at(current)
        if layer is not None:
            self._last_current = layer.name

    # context menu --------------------------------------------------------------
    def _context_menu(self, pos) -> None:
        index = self.indexAt(pos)
        layer = self.layer_model.layer_at(index)
        if layer is None:
            return
        self.setCurrentIndex(index)
        menu = self.build_context_menu(layer)
        menu.exec(self.viewport().mapToGlobal(pos))

    def build_context_menu(self, layer: Layer) -> QMenu:
        menu = QMenu(self)
        if isinstance(layer, MissingLayer):
            if layer.expected_kind == "raster":
                menu.addAction(self.tr("Locate file…"), lambda: self.locate_file_dialog(layer))
            menu.addAction(self.tr("Remove layer"), lambda: self.remove_layer(layer))
            return menu
        menu.addAction(self.tr("Zoom to layer"), lambda: self.zoom_to_layer.emit(layer))
        if isinstance(layer, VectorLayer):
            menu.addAction(self.tr("Open attribute table"), lambda: self.open_attribute_table.emit(layer))
            menu.addAction(self.tr("Style…"), lambda: self.edit_style(layer))
            menu.addAction(self.tr("Export…"), lambda: self.export_layer.emit(layer))
        menu.addSeparator()
        menu.addAction(self.tr("Remove layer"), lambda: self.remove_layer(layer))
        return menu

    def edit_style(self, layer: VectorLayer) -> "StyleDialog":
        dialog = StyleDialog(layer, self._project, self)
        dialog.open()
        return dialog

    def remove_layer(self, layer: Layer) -> None:
        self._project.undo_stack.push(RemoveLayerCommand(self._project.layers, layer))

    def locate_file_dialog(self, layer: MissingLayer) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Locate the raster file of {name}").format(name=layer.title),
                                              "", self.tr("GeoTIFF (*.tif *.tiff);;All files (*)"))
        if path:
            self.locate_file(layer, path)

    def locate_file(self, layer: MissingLayer, path) -> RasterLayer | None:
        """Put the raster at ``path`` in place of the missing ``layer`` (undoable); errors are shown."""
        from app.core.errors import USER_ERRORS
        from app.layers.edits import ReplaceLayer
        from app.layers.rasterio_io import read_raster_layer

        try:
            raster = read_raster_layer(path, name=layer.name, title=layer.title)
        except USER_ERRORS as exc:
            window = self.window()
            if hasattr(window, "show_error"):
                window.show_error(exc)
            return None
        entry = layer.entry
        raster.ramp = entry["ramp"] if isinstance(entry.get("ramp"), str) else raster.ramp
        raster.sample = bool(entry.get("sample", raster.sample))
        self._project.undo_stack.push(ReplaceLayer(self._project.layers, raster,
                                                   text=f"locate the file of {layer.title}"))
        return raster

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # titles of standard layers follow the language
            self.layer_model._reset()
        super().changeEvent(event)


class ColorButton(QPushButton):
    """A button showing a colour; click to pick another (QColorDialog)."""

    color_changed = Signal(str)

    def __init__(self, color: str, allow_none: bool = False, parent=None):
        super().__init__(parent)
        self._color = color
        self.allow_none = allow_none
        self.clicked.connect(self._pick)
        self._show()

    @property
    def color(self) -> str:
        return self._color

    def set_color(self, color: str) -> None:
        self._color = color
        self._show()
        self.color_changed.emit(color)

    def _show(self) -> None:
        if self._color == "none":
            self.setText(self.tr("none"))
            self.setStyleSheet("")
        else:
            self.setText(self._color)
            text_colour = "#000000" if QColor(self._color).lightnessF() > 0.55 else "#ffffff"
            self.setStyleSheet(f"background-color: {self._color}; color: {text_colour};")

    def _pick(self) -> None:
        start = QColor(self._color) if self._color != "none" else QColor("#ffffff")
        chosen = QColorDialog.getColor(start, self, self.tr("Choose a colour"))
        if chosen.isValid():
            self.set_color(chosen.name())


class StyleDialog(QDialog):
    """Fill, stroke, width, opacity, label field and categorized colours of a vector layer."""

    def __init__(self, layer: VectorLayer, project=None, parent=None):
        super().__init__(parent)
        self.setObjectName("style_dialog")
        self.layer = layer
        self.project = project
        style = layer.style
        self.setWindowTitle(self.tr("Style — {title}").format(title=layer_display_title(layer)))
        form = QFormLayout()
        self.fill_button = ColorButton(style.fill if style.fill else "none", allow_none=True)
        self.no_fill = QCheckBox(self.tr("No fill"))
        self.no_fill.setChecked(style.fill == "none")
        fill_row = QHBoxLayout()
        fill_row.addWidget(self.fill_button)
        fill_row.addWidget(self.no_fill)
        form.addRow(self.tr("Fill"), fill_row)
        self.stroke_button = ColorButton(style.stroke)
        form.addRow(self.tr("Stroke colour"), self.stroke_button)
        self.stroke_width = QDoubleSpinBox()
        self.stroke_width.setRange(0.0, 20.0)
        self.stroke_width.setSingleStep(0.2)
        self.stroke_width.setSuffix(" px")
        self.stroke_width.setValue(style.stroke_width)
        form.addRow(self.tr("Stroke width"), self.stroke_width)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(int(round(style.opacity * 100)))
        self.opacity_label = QLabel(f"{self.opacity.value()} %")
        self.opacity.valueChanged.connect(lambda v: self.opacity_label.setText(f"{v} %"))
        opacity_row = QHBoxLayout()
        opacity_row.addWidget(self.opacity)
        opacity_row.addWidget(self.opacity_label)
        form.addRow(self.tr("Opacity"), opacity_row)
        self.point_size = QDoubleSpinBox()
        self.point_size.setRange(1.0, 40.0)
        self.point_size.setSuffix(" px")
        self.point_size.setValue(style.point_size)
        form.addRow(self.tr("Point size"), self.point_size)
        self.label_field = QComboBox()
        self.label_field.addItem(self.tr("(no labels)"), None)
        titles = titled_columns(layer.fields, ui_language())  # field titles shown, field names kept as data
        for name in layer.fields:
            self.label_field.addItem(titles[name], name)
        self.label_field.setCurrentIndex(max(0, self.label_field.findData(style.label_field)))
        form.addRow(self.tr("Label field"), self.label_field)
        self.category_field = QComboBox()
        self.category_field.addItem(self.tr("(single colour)"), None)
        for name in layer.fields:
            self.category_field.addItem(titles[name], name)
        self.category_field.setCurrentIndex(max(0, self.category_field.findData(style.category_field)))
        form.addRow(self.tr("Categorized by"), self.category_field)
        self.categories = QTableWidget(0, 2)
        self.categories.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Colour")])
        self.categories.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.categories.verticalHeader().setVisible(False)
        self.categories.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categories.cellDoubleClicked.connect(self._pick_category_colour)
        self._category_colours: dict[str, str] = dict(style.categories)
        self.category_field.currentIndexChanged.connect(self._fill_categories)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.Apply)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Double-click a colour to change it.")))
        layout.addWidget(self.categories)
        layout.addWidget(buttons)
        self._fill_categories()
        self.resize(420, 520)

    def _fill_categories(self) -> None:
        fieldname = self.category_field.currentData()
        self.categories.setRowCount(0)
        if not fieldname or fieldname not in self.layer.gdf.columns:
            return
        probe = VectorLayer("probe", self.layer.gdf[[fieldname, self.layer.gdf.geometry.name]].head(0),
                            style=Style(category_field=fieldname, categories=dict(self._category_colours)))
        probe._gdf = self.layer.gdf  # reuse the colour assignment of the model
        probe.ensure_categories()
        values = sorted({str(v) for v in self.layer.gdf[fieldname].dropna().unique()})[:200]
        self.categories.setRowCount(len(values))
        for row, value in enumerate(values):
            colour = probe.style.categories.get(value, "#cccccc")
            self._category_colours[value] = colour
            shown = QTableWidgetItem(value_text(self.layer.name, fieldname, value, ui_language()) or value)
            shown.setData(Qt.ItemDataRole.UserRole, value)  # the stored code; the word is what is shown
            self.categories.setItem(row, 0, shown)
            item = QTableWidgetItem(colour)
            item.setBackground(QColor(colour))
            self.categories.setItem(row, 1, item)

    def _pick_category_colour(self, row: int, column: int) -> None:
        value = self.categories.item(row, 0).data(Qt.ItemDataRole.UserRole)
        chosen = QColorDialog.getColor(QColor(self._category_colours.get(value, "#cccccc")), self,
                                       self.tr("Colour for {value}").format(value=self.categories.item(row, 0).text()))
        if chosen.isValid():
            self.set_category_colour(value, chosen.name())

    def set_category_colour(self, value: str, colour: str) -> None:
        self._category_colours[value] = colour
        for row in range(self.categories.rowCount()):
            if self.categories.item(row, 0).data(Qt.ItemDataRole.UserRole) == value:
                item = self.categories.item(row, 1)
                item.setText(colour)
                item.setBackground(QColor(colour))

    def chosen_style(self) -> Style:
        category_field = self.category_field.currentData()
        return Style(
            fill="none" if self.no_fill.isChecked() else self.fill_button.color,
            stroke=self.stroke_button.color,
            stroke_width=float(self.stroke_width.value()),
            opacity=self.opacity.value() / 100.0,
            point_size=float(self.point_size.value()),
            label_field=self.label_field.currentData(),
            category_field=category_field,
            categories=dict(self._category_colours) if category_field else dict(self.layer.style.categories),
        )

    def apply(self) -> None:
        command = SetStyleCommand(self.layer, self.chosen_style())
        if self.project is not None:
            self.project.undo_stack.push(command)
        else:
            command.redo()

    def accept(self) -> None:
        self.apply()
        super().accept()
