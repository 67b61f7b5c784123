"""Identify results: the attributes of the features under a click."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.ui.attribute_table import format_cell
from app.ui.i18n import layer_display_title


class IdentifyResultsWidget(QWidget):
    """A tree: layer -> feature -> field/value rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("identify_results")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree)
        self._results: list = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        if not self._results:
            self.hint.setText(self.tr("Choose the Identify tool and click a feature on the map."))
        else:
            self.hint.setText(self.tr("{count} features under the cursor").format(count=len(self._results)))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.show_results(self._results)
        super().changeEvent(event)

    def show_results(self, results: list) -> None:
        """Show ``results`` = [(layer, feature_id), ...], the first one expanded."""
        self._results = list(results)
        self.tree.clear()
        for n, (layer, fid) in enumerate(results):
            if fid not in layer.gdf.index:
                continue
            row = layer.gdf.loc[fid]
            top = QTreeWidgetItem([layer_display_title(layer), self.tr("feature {fid}").format(fid=fid)])
            for name in layer.fields:
                QTreeWidgetItem(top, [name, format_cell(row[name])])
            self.tree.addTopLevelItem(top)
            top.setExpanded(n == 0)
        self.tree.resizeColumnToContents(0)
        self.retranslate_ui()

    def values_shown(self) -> list[str]:
        """Every value text in the tree (what a user can read)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                out.append(top.child(j).text(1))
        return out
