"""Identify results: the attributes of the features under a click."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.layers.display import titled_columns, value_text
from app.ui.attribute_table import format_cell
from app.ui.i18n import layer_display_title, message_text, ui_language


class IdentifyResultsWidget(QWidget):
    """A tree: layer -> feature -> field/value rows.

    Signals
    -------
    feature_chosen((layer, feature_id))
        The feature whose rows are current (the first result at first): the
        window outlines it on the map.
    """

    feature_chosen = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("identify_results")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(self._current_changed)
        self._features: list[tuple] = []  # (layer, feature id) of each top-level item (its UserRole data)
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

    def show_results(self, results: list, project=None) -> None:
        """Show ``results`` = [(layer, feature_id), ...], the first one expanded.

        A building also shows its rooftop PV chain (footprint -> usable -> kWp
        -> shading -> kWh), computed with the project's rooftop assumptions.
        """
        self._results = list(results)
        if project is not None:
            self._project = project
        self.tree.clear()
        self._features = []
        for n, (layer, fid) in enumerate(results):
            if fid not in layer.gdf.index:
                continue
            row = layer.gdf.loc[fid]
            top = QTreeWidgetItem([layer_display_title(layer), self.tr("feature {fid}").format(fid=fid)])
            lang = ui_language()
            titles = titled_columns(layer.fields, lang)
            for name in layer.fields:  # field titles and coded values as words in the UI language
                shown = value_text(layer.name, name, row[name], lang)
                QTreeWidgetItem(top, [titles[name], shown if shown is not None else format_cell(row[name])])
            if layer.name == "buildings" and "roof_type" in layer.gdf.columns:
                self._add_rooftop_chain(top, layer, fid)
            self.tree.addTopLevelItem(top)
            top.setData(0, Qt.ItemDataRole.UserRole, len(self._features))
            self._features.append((layer, fid))
            top.setExpanded(n == 0)
        self.tree.resizeColumnToContents(0)
        self.retranslate_ui()
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _current_changed(self, current, previous) -> None:
        while current is not None and current.parent() is not None:
            current = current.parent()
        index = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        if index is not None and 0 <= index < len(self._features):
            self.feature_chosen.emit(self._features[index])

    def _add_rooftop_chain(self, top, layer, fid) -> None:
        from app.siting.rooftop import building_potential, project_overrides
        from app.ui.panels.rooftop_panel import potential_chain

        branch = QTreeWidgetItem(top, [self.tr("Rooftop PV"), ""])
        try:
            pot = building_potential(layer.gdf, fid, overrides=project_overrides(getattr(self, "_project", None)))
        except (ValueError, KeyError) as exc:  # InputError is a ValueError: bad roof data is shown, not raised
            QTreeWidgetItem(branch, [self.tr("not computed"), message_text(exc).splitlines()[0]])
            return
        labels = {"roof": self.tr("Roof area"), "usable": self.tr("Usable area"), "capacity": self.tr("Capacity"),
                  "shading": self.tr("Shading loss"), "potential": self.tr("Potential")}
        for key, text in potential_chain(pot).items():
            QTreeWidgetItem(branch, [labels[key], text])
        branch.setExpanded(True)

    def values_shown(self) -> list[str]:
        """Every value text in the tree (what a user can read)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                out.append(top.child(j).text(1))
                for k in range(top.child(j).childCount()):
                    out.append(top.child(j).child(k).text(1))
        return out
