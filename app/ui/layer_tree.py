"""The layer tree: a view of ``project.layers`` (top of the map first), with the legend.

Check a layer to show it, drag to reorder, double-click (or right-click →
Properties…) for the layer properties, right-click for zoom, attribute table,
export and remove. Under a categorised layer its legend categories hang
(swatch, value in the UI language for coded fields, feature count),
collapsible as in QGIS. The model keeps no state: it reads the LayerList and
resets itself on the list's and the layers' events (DESIGN.md rule 3).

A layer that could not be opened (:class:`~app.layers.model.MissingLayer`: a
raster whose file moved, an unreadable layer) is listed with a warning sign,
"(not found)" and the reason as its tooltip; a missing raster can be located
(right-click, "Locate file…"), which puts the raster back, undoably.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QByteArray, QEvent, QMimeData, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QColorDialog, QFileDialog, QMenu, QPushButton, QStyle,
                               QTreeView)

from app.core.undo import Command
from app.core.vocabulary import field_title
from app.layers.display import vocabulary_for
from app.layers.model import Layer, MissingLayer, RasterLayer, VectorLayer
from app.ui import icons
from app.ui.binding import EventBindings
from app.ui.i18n import geometry_type_text, layer_display_title, translate, ui_language
from app.ui.render import ramp_colors

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


@dataclass(frozen=True)
class LegendCategory:
    """One row of a categorised layer's legend."""

    value: object  # the stored value (a code for coded fields); None: features without a value
    label: str  # what the row says, in the UI language
    color: str  # ``#rrggbb``
    count: int  # features of that value the layer filter lets through


def legend_categories(layer: Layer) -> list[LegendCategory]:
    """The legend of a categorised vector layer (empty for other layers).

    Coded fields of the standard layers (:func:`app.layers.display.vocabulary_for`)
    show their labels in the UI language and keep the vocabulary's order; other
    values are shown as stored, sorted. Values without features are left out
    once the layer has features (an empty layer lists its style's categories).
    """
    style = getattr(layer, "style", None)
    if not isinstance(layer, VectorLayer) or not style.category_field or style.category_field not in layer.gdf:
        return []
    column = layer.gdf[style.category_field]
    shown = column[layer.shown_mask()]
    counts = shown.dropna().astype(str).value_counts().to_dict()
    missing = int(shown.isna().sum())
    vocabulary = vocabulary_for(layer.name, style.category_field)
    values = list(dict.fromkeys(list(style.categories) + list(counts)))
    if len(layer.gdf):
        values = [v for v in values if counts.get(v)]
    order = {code: i for i, code in enumerate(vocabulary or ())}
    values.sort(key=lambda v: (order.get(v, len(order)), v))
    language = ui_language()
    rows = [LegendCategory(v, vocabulary.label(v, language) if vocabulary else v, style.color_for(v),
                           int(counts.get(v, 0))) for v in values]
    if missing:
        rows.append(LegendCategory(None, translate("LayerTree", "(no value)"), style.fill, missing))
    return rows


def category_swatch(color: str, stroke: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor(stroke))
    painter.setBrush(QColor(color) if color != "none" else Qt.BrushStyle.NoBrush)
    painter.drawRect(1, 2, size - 3, size - 5)
    painter.end()
    return QIcon(pixmap)


class LayerListModel(QAbstractItemModel):
    """Rows = layers of a :class:`LayerList`, top of the map first; children = legend categories.

    A layer row's internal id is 0; a category row's is its layer's row + 1.
    """

    def __init__(self, project=None, parent=None):
        super().__init__(parent)
        self._bindings = EventBindings(self)
        self._project = None
        self._legends: dict[str, list[LegendCategory]] = {}  # layer name -> its legend, until the next reset
        if project is not None:
            self.set_project(project)

    @property
    def layers(self):
        return self._project.layers if self._project is not None else []

    def set_project(self, project) -> None:
        self.beginResetModel()
        self._bindings.disconnect_all()
        self._project = project
        self._legends.clear()
        events = project.layers.events
        self._bindings.connect(events.changed, lambda **kw: self._reset())
        for layer in project.layers:
            self._watch(layer)
        self._bindings.connect(events.inserted, lambda layer, index: self._watch(layer))
        self._bindings.connect(events.removed, lambda layer, index: self._bindings.disconnect(id(layer)))
        self.endResetModel()

    def _watch(self, layer: Layer) -> None:
        for kind in ("visible", "title"):
            self._bindings.connect(getattr(layer.events, kind), lambda **kw: self._layer_changed(kw.get("layer")),
                                   key=id(layer))
        # a new style or new data may change the legend's rows
        for kind in ("style", "data"):
            self._bindings.connect(getattr(layer.events, kind), lambda **kw: self._legend_changed(kw.get("layer")),
                                   key=id(layer))

    def _reset(self) -> None:
        self.beginResetModel()
        self._legends.clear()
        self.endResetModel()

    def _layer_changed(self, layer) -> None:
        if layer is None or self._project is None or layer.name not in self._project.layers:
            return
        index = self.index(self._project.layers.index(layer.name))
        self.dataChanged.emit(index, index)

    def _legend_changed(self, layer) -> None:
        if layer is None or self._project is None or layer.name not in self._project.layers:
            return
        old = self._legends.get(layer.name)
        self._legends.pop(layer.name, None)
        if old is not None and len(old) == len(self.legend(layer)):
            # same number of rows: the rows are told, the tree keeps what is expanded
            parent = self.index(self._project.layers.index(layer.name))
            self.dataChanged.emit(parent, parent)
            if old:
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(old) - 1, 0, parent))
        else:
            self._reset()

    def legend(self, layer: Layer) -> list[LegendCategory]:
        if layer.name not in self._legends:
            self._legends[layer.name] = legend_categories(layer)
        return self._legends[layer.name]

    def layer_at(self, index: QModelIndex) -> Layer | None:
        """The layer of a layer row, or of a legend row's layer."""
        if not index.isValid() or self._project is None:
            return None
        row = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self._project.layers[row] if 0 <= row < len(self._project.layers) else None

    def category_at(self, index: QModelIndex) -> LegendCategory | None:
        """The legend category of a legend row (None for a layer row)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        layer = self.layer_at(index)
        legend = self.legend(layer) if layer is not None else []
        return legend[index.row()] if index.row() < len(legend) else None

    def index_of(self, layer: Layer) -> QModelIndex:
        return self.index(self._project.layers.index(layer.name))

    # tree structure -------------------------------------------------------------
    def index(self, row: int, column: int = 0, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0 or self._project is None:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._project.layers) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()  # legend rows have no children
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: QModelIndex = None):
        if index is None:  # QObject.parent()
            return QObject.parent(self)
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    # read --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        if self._project is None:
            return 0
        if not parent.isValid():
            return len(self._project.layers)
        if parent.internalId() != 0:
            return 0
        layer = self.layer_at(parent)
        return len(self.legend(layer)) if layer is not None else 0

    def columnCount(self, parent=QModelIndex()) -> int:
        return 1

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        layer = self.layer_at(index)
        if layer is None:
            return None
        if index.internalId() != 0:
            return self._category_data(layer, self.category_at(index), role)
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
                tip = self.tr("{name}: {count} features, {geometry}").format(
                    name=layer_display_title(layer), count=f"{layer.feature_count:,}",
                    geometry=geometry_type_text(layer.geometry_type))
                if layer.style.filter_expression:
                    tip += "\n" + self.tr("Filter: {expression} ({shown} shown)").format(
                        expression=layer.style.filter_expression, shown=layer.shown_count)
                return tip
            low, high = layer.value_range
            return self.tr("{name}: raster {low:.1f}–{high:.1f} {units}").format(
                name=layer_display_title(layer), low=low, high=high, units=getattr(layer, "units", ""))
        if role == Qt.ItemDataRole.FontRole and isinstance(layer, VectorLayer) and layer.style.filter_expression:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)  # a filtered layer reads differently, as QGIS marks it with a funnel
            return font
        if role == LayerRole:
            return layer
        return None

    def _category_data(self, layer, category: LegendCategory | None, role):
        if category is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{category.label} ({category.count:,})"
        if role == Qt.ItemDataRole.DecorationRole:
            return category_swatch(category.color, layer.style.stroke)
        if role == Qt.ItemDataRole.ToolTipRole:
            # the field's title and the value's word, as the legend line shows them
            return self.tr("{field} = {value}: {count} features").format(
                field=field_title(layer.style.category_field, ui_language()), value=category.label,
                count=f"{category.count:,}")
        return None

    def flags(self, index: QModelIndex):
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        if index.internalId() != 0:
            return Qt.ItemFlag.ItemIsEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled)

    # write -------------------------------------------------------------------
    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        layer = self.layer_at(index)
        if layer is None or role != Qt.ItemDataRole.CheckStateRole or index.internalId() != 0:
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
        names = [self.layer_at(i).name for i in indexes if self.layer_at(i) is not None and i.internalId() == 0]
        data.setData(LAYER_MIME, QByteArray("\n".join(names).encode("utf-8")))
        return data

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not data.hasFormat(LAYER_MIME) or self._project is None:
            return False
        names = [n for n in bytes(data.data(LAYER_MIME)).decode("utf-8").split("\n") if n]
        if not names:
            return False
        if parent.isValid() and parent.internalId() != 0:  # dropped among a layer's legend: onto that layer
            row = parent.internalId() - 1
        elif row < 0:
            row = parent.row() if parent.isValid() else len(self._project.layers)
        self.move_layer(names[0], row)
        # False: the move is done, the view must not remove the "source" rows
        return False

    def moveRows(self, source_parent, source_row, count, destination_parent, destination_child) -> bool:
        if self._project is None or count != 1 or source_parent.isValid():
            return False
        self.move_layer(self._project.layers[source_row].name, destination_child)
        return True

    def move_layer(self, name: str, drop_row: int) -> None:
        """Move layer ``name`` so it lands before the layer now at ``drop_row``."""
        layers = self._project.layers
        old = layers.index(name)
        new = drop_row - 1 if drop_row > old else drop_row
        layers.move(name, max(0, min(new, len(layers) - 1)))


class LayerTreeView(QTreeView):
    """The layer tree widget: layers (no groups: LYG projects have none) with their legend.

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
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setExpandsOnDoubleClick(False)  # double-click opens the properties, as in QGIS
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.doubleClicked.connect(self._double_clicked)
        self.selectionModel().currentChanged.connect(self._emit_current)
        self.layer_model.modelReset.connect(self._after_reset)
        self._project = project
        self._last_current: str | None = None
        self._collapsed: set[str] = set()  # layers whose legend the user folded (kept across model resets)
        self.collapsed.connect(lambda index: self._remember_expanded(index, False))
        self.expanded.connect(lambda index: self._remember_expanded(index, True))
        self._expand_legends()

    def set_project(self, project) -> None:
        self._project = project
        self._collapsed.clear()
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

    def _remember_expanded(self, index, expanded: bool) -> None:
        layer = self.layer_model.layer_at(index)
        if layer is not None and index.internalId() == 0:
            (self._collapsed.discard if expanded else self._collapsed.add)(layer.name)

    def _expand_legends(self) -> None:
        """Legends open, as QGIS shows them, except those the user folded."""
        model = self.layer_model
        for row in range(model.rowCount()):
            index = model.index(row)
            layer = model.layer_at(index)
            if model.rowCount(index) and layer is not None and layer.name not in self._collapsed:
                self.blockSignals(True)  # not a user's fold or unfold
                self.expand(index)
                self.blockSignals(False)

    def _after_reset(self) -> None:
        self._expand_legends()
        # keep the current layer current across list changes
        if self._last_current:
            self.set_current_layer(self._last_current)

    def currentChanged(self, current, previous) -> None:
        super().currentChanged(current, previous)
        layer = self.layer_model.layer_at(current)
        if layer is not None:
            self._last_current = layer.name

    def _double_clicked(self, index) -> None:
        layer = self.layer_model.layer_at(index)
        if layer is not None and not isinstance(layer, MissingLayer):  # nothing to set on a layer not found
            self.layer_properties(layer)

    # context menu --------------------------------------------------------------
    def _context_menu(self, pos) -> None:
        index = self.indexAt(pos)
        layer = self.layer_model.layer_at(index)
        if layer is None:
            return
        self.set_current_layer(layer.name)
        menu = self.build_context_menu(layer)
        menu.exec(self.viewport().mapToGlobal(pos))

    def build_context_menu(self, layer: Layer) -> QMenu:
        menu = QMenu(self)
        if isinstance(layer, MissingLayer):
            if layer.expected_kind == "raster":
                menu.addAction(self.tr("Locate file…"), lambda: self.locate_file_dialog(layer))
            menu.addAction(icons.icon("remove"), self.tr("Remove layer"), lambda: self.remove_layer(layer))
            return menu
        menu.addAction(icons.icon("zoom_layer"), self.tr("Zoom to layer"), lambda: self.zoom_to_layer.emit(layer))
        if isinstance(layer, VectorLayer):
            menu.addAction(icons.icon("attribute_table"), self.tr("Open attribute table"),
                           lambda: self.open_attribute_table.emit(layer))
            menu.addAction(icons.icon("filter"), self.tr("Filter…"), lambda: self.layer_properties(layer, "filter"))
            menu.addAction(icons.icon("export"), self.tr("Export…"), lambda: self.export_layer.emit(layer))
        menu.addSeparator()
        menu.addAction(icons.icon("remove"), self.tr("Remove layer"), lambda: self.remove_layer(layer))
        menu.addSeparator()
        menu.addAction(icons.icon("properties"), self.tr("Properties…"), lambda: self.layer_properties(layer))
        return menu

    def layer_properties(self, layer: Layer, page: str | None = None):
        """The properties dialog of ``layer`` (window-modal, returns at once), on ``page`` when given."""
        from app.ui.layer_properties import LayerPropertiesDialog

        dialog = LayerPropertiesDialog(layer, self._project, self.window())
        if page:
            dialog.show_page(page)
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
            # titles of standard layers and labels of coded categories follow the language
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
