"""Attribute table of a vector layer, fast with 100,000 rows.

The model reads cells straight from the GeoDataFrame's column arrays (no item
per cell). Sorting and the filter box are done with numpy/pandas on whole
columns inside the model: a ``QSortFilterProxyModel`` would call Python once
per comparison (about two million calls to sort 100k rows). Selection is
synced both ways with ``layer.selection``. A layer filter
(``style.filter_expression``) leaves out the features it hides, as QGIS's
attribute table of a filtered layer does.

Coded fields show their words in the UI language (``factory`` -> 厂房) and
headers the field titles (``pv_status`` -> 光伏状态), from
:mod:`app.layers.display`; the filter matches what is shown, and the edit
role holds the stored code.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QTableView, QToolButton,
                               QVBoxLayout, QWidget)

from app.layers.display import titled_columns, value_labels
from app.layers.model import VectorLayer
from app.ui import icons
from app.ui.binding import EventBindings
from app.ui.i18n import ui_language


class FeatureTableModel(QAbstractTableModel):
    """Rows = features of a layer in view order (sorted/filtered); columns = attributes."""

    def __init__(self, layer: VectorLayer, parent=None):
        super().__init__(parent)
        self.layer = layer
        self._bindings = EventBindings(self)
        self._sort_column: int | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._filter_text = ""
        self._layer_filter = layer.style.filter_expression
        self._load()
        self._bindings.connect(layer.events.data, lambda **kw: self.reload())
        self._bindings.connect(layer.events.style, lambda **kw: self._style_changed())

    def _style_changed(self) -> None:
        if self.layer.style.filter_expression != self._layer_filter:
            self._layer_filter = self.layer.style.filter_expression
            self.reload()

    def _load(self) -> None:
        gdf = self.layer.gdf
        self.columns = self.layer.fields
        self._arrays = [gdf[c].to_numpy() for c in self.columns]
        # what a coded column shows: its words in the UI language (None: the stored values as they are)
        lang = ui_language()
        self._labels = [value_labels(self.layer.name, c, values, lang) for c, values in zip(self.columns, self._arrays)]
        self._titles = titled_columns(self.columns, lang)
        self._ids = gdf.index.to_numpy()
        self._order = np.arange(len(gdf))
        self._apply_filter_and_sort()

    def reload(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    # view order ------------------------------------------------------------------
    def _apply_filter_and_sort(self) -> None:
        order = np.flatnonzero(self.layer.shown_mask())
        text = self._filter_text.strip().lower()
        if text:
            mask = np.zeros(len(order), dtype=bool)
            for values, labels in zip(self._arrays, self._labels):
                shown = labels if labels is not None else values  # the filter matches what is shown
                as_text = pd.Series(shown, dtype=object).map(format_cell).str.lower()
                mask |= as_text.str.contains(text, regex=False).to_numpy()
            mask |= pd.Series(self._ids).astype(str).str.lower().str.contains(text, regex=False).to_numpy()
            order = order[mask]
        if self._sort_column is not None and len(order):
            values = pd.Series(self._arrays[self._sort_column][order])
            ranked = np.argsort(_sort_keys(values), kind="stable")
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                ranked = ranked[::-1]
            order = order[ranked]
        self._order = order

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter_text = text
        self._apply_filter_and_sort()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column = column if 0 <= column < len(self.columns) else None
        self._sort_order = order
        self._apply_filter_and_sort()
        self.layoutChanged.emit()

    def feature_id(self, row: int):
        return self._ids[self._order[row]]

    def feature_ids(self, rows) -> list:
        rows = np.asarray(list(rows), dtype=int)
        return self._ids[self._order[rows]].tolist() if len(rows) else []

    def rows_of(self, ids) -> np.ndarray:
        """View rows showing the features ``ids`` (sorted)."""
        wanted = np.isin(self._ids[self._order], list(ids))
        return np.flatnonzero(wanted)

    # Qt model ---------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.EditRole):
            return None
        row = self._order[index.row()]
        value = self._arrays[index.column()][row]
        if role == Qt.ItemDataRole.EditRole:  # the stored value (a code), not its word
            return None if value is None else (value.item() if hasattr(value, "item") else value)
        labels = self._labels[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if labels is None and isinstance(value, (int, float, np.integer, np.floating)):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return format_cell(labels[row] if labels is not None else value)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._titles[self.columns[section]] if section < len(self.columns) else None
        return str(self.feature_id(section)) if section < len(self._order) else None


def _sort_keys(values: pd.Series) -> np.ndarray:
    """Sort keys: numbers numerically, everything else as text; missing values last."""
    numeric = pd.to_numeric(values, errors="coerce")
    if numeric.notna().sum() == values.notna().sum():
        return np.where(numeric.isna(), np.inf, numeric.to_numpy(dtype=float))
    text = values.astype(str).where(values.notna(), "\uffff")
    return text.to_numpy()


def format_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (float, np.floating)):
        if np.isnan(value):
            return ""
        return f"{value:.6g}" if abs(value) < 1e6 else f"{value:.0f}"
    return str(value)


class AttributeTableWidget(QWidget):
    """The attribute table of one layer: filter box, table, selection tools.

    Signals
    -------
    zoom_to_selection_requested(layer)
    select_by_expression_requested(layer)
    """

    zoom_to_selection_requested = Signal(object)
    select_by_expression_requested = Signal(object)

    def __init__(self, layer: VectorLayer, parent=None):
        super().__init__(parent)
        self.setObjectName(f"attribute_table_{layer.name}")
        self.layer = layer
        self._bindings = EventBindings(self)
        self._syncing = False
        self.model = FeatureTableModel(layer, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        # no sort indicator at first: the table opens in feature order
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        self.filter_box = QLineEdit()
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._on_filter)
        self.expression_button = QToolButton()
        self.expression_button.setObjectName("table_select_by_expression")
        self.expression_button.setIcon(icons.icon("select_expression"))
        self.expression_button.clicked.connect(lambda: self.select_by_expression_requested.emit(self.layer))
        self.zoom_button = QToolButton()
        self.zoom_button.clicked.connect(lambda: self.zoom_to_selection_requested.emit(self.layer))
        self.clear_button = QToolButton()
        self.clear_button.clicked.connect(self.layer.clear_selection)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.expression_button)
        top.addWidget(self.zoom_button)
        top.addWidget(self.clear_button)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.model.modelReset.connect(self._show_map_selection)
        self.model.layoutChanged.connect(self._show_map_selection)
        self._bindings.connect(layer.events.selection, lambda **kw: self._show_map_selection())
        self.retranslate_ui()
        self._show_map_selection()

    def retranslate_ui(self) -> None:
        self.filter_box.setPlaceholderText(self.tr("Filter: text in any column…"))
        self.expression_button.setToolTip(self.tr("Select by expression… (Ctrl+F3)"))
        self.zoom_button.setText(self.tr("Zoom to selection"))
        self.clear_button.setText(self.tr("Clear selection"))
        self._update_count()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.reload()  # words and titles in the new language
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{shown} of {total} features, {selected} selected").format(
            shown=self.model.rowCount(), total=self.layer.feature_count, selected=len(self.layer.selection)))

    def _on_filter(self, text: str) -> None:
        self.model.set_filter(text)

    def _on_table_selection(self, selected, deselected) -> None:
        if self._syncing:
            return
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        ids = self.model.feature_ids(sorted(rows))
        # rows hidden by the filter keep their selection
        hidden = set(self.layer.selection) - set(self.model.feature_ids(range(self.model.rowCount())))
        self._syncing = True
        try:
            self.layer.select(set(ids) | hidden)
        finally:
            self._syncing = False
        self._update_count()

    def _show_map_selection(self) -> None:
        if self._syncing:
            return
        rows = self.model.rows_of(self.layer.selection) if self.layer.selection else np.empty(0, dtype=int)
        selection = QItemSelection()
        last_column = max(self.model.columnCount() - 1, 0)
        if len(rows):
            # contiguous runs become one range each (100k single-row ranges would be slow)
            breaks = np.flatnonzero(np.diff(rows) != 1)
            starts = np.r_[rows[0], rows[breaks + 1]]
            ends = np.r_[rows[breaks], rows[-1]]
            for start, end in zip(starts, ends):
                selection.select(self.model.index(int(start), 0), self.model.index(int(end), last_column))
        self._syncing = True
        try:
            self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if len(rows):
                self.table.scrollTo(self.model.index(int(rows[0]), 0))
        finally:
            self._syncing = False
        self._update_count()
