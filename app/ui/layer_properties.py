"""Layer properties (double-click a layer, or right-click → Properties…), as QGIS's layer properties dialog.

Pages: General (title, opacity), Symbology (fill, stroke, point size,
categorised colours), Labels (on/off and the field) and Filter (an
expression of :mod:`app.layers.expression`: only matching features are
drawn, identified, selected on the map and listed, like QGIS's provider
filter). A raster layer has the General page. OK and Apply push one
:class:`app.layers.edits.SetLayerProperties` on the project's undo stack, so
Ctrl+Z takes the whole change back; a filter with an error is refused with
its message under the input and nothing is applied.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QColorDialog, QComboBox, QDialog, QDialogButtonBox,
                               QDoubleSpinBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QSlider, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from app.layers.display import vocabulary_for
from app.layers.display import titled_columns
from app.layers.edits import SetLayerProperties
from app.layers.model import RasterLayer, Style, VectorLayer
from app.ui.expression_dialog import ExpressionEditor
from app.ui.i18n import Retranslating, geometry_type_text, layer_base_title, layer_display_title, ui_language
from app.ui.layer_tree import ColorButton

#: Page keys, in tab order.
PAGES = ("general", "symbology", "labels", "filter")


class LayerPropertiesDialog(Retranslating, QDialog):
    """The properties of one layer; see the module docstring."""

    def __init__(self, layer, project=None, parent=None):
        super().__init__(parent)
        self.setObjectName("layer_properties_dialog")
        self.layer = layer
        self.project = project
        self.vector = isinstance(layer, VectorLayer)
        style = layer.style
        self.tabs = QTabWidget()
        self.tabs.setObjectName("properties_tabs")
        self.pages: dict[str, QWidget] = {}

        # general -------------------------------------------------------------------
        general = QWidget()
        form = QFormLayout(general)
        self.initial_title = layer_base_title(layer)
        self.title_edit = QLineEdit(self.initial_title)
        self.title_edit.setObjectName("layer_title")
        self.name_label = QLabel(layer.name)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_label = QLabel()
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setObjectName("layer_opacity")
        self.opacity.setRange(0, 100)
        opacity = layer.opacity if isinstance(layer, RasterLayer) else style.opacity
        self.opacity.setValue(int(round(opacity * 100)))
        self.opacity_label = QLabel(f"{self.opacity.value()} %")
        self.opacity.valueChanged.connect(lambda v: self.opacity_label.setText(f"{v} %"))
        opacity_row = QHBoxLayout()
        opacity_row.addWidget(self.opacity)
        opacity_row.addWidget(self.opacity_label)
        self.general_labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.general_labels, (self.title_edit, self.name_label, self.info_label, opacity_row)):
            form.addRow(label, field)
        self.general_problem = QLabel()
        self.general_problem.setStyleSheet("color: #b2182b")
        form.addRow(self.general_problem)
        self._add_page("general", general)

        if self.vector:
            self._build_symbology(style)
            self._build_labels(style)
            self._build_filter(style)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.Apply)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(600, 560)
        self.retranslate_ui()

    def _add_page(self, key: str, widget: QWidget) -> None:
        self.pages[key] = widget
        self.tabs.addTab(widget, "")

    def _build_symbology(self, style: Style) -> None:
        page = QWidget()
        form = QFormLayout()
        self.fill_button = ColorButton(style.fill if style.fill else "none", allow_none=True)
        self.no_fill = QCheckBox()
        self.no_fill.setChecked(style.fill == "none")
        fill_row = QHBoxLayout()
        fill_row.addWidget(self.fill_button)
        fill_row.addWidget(self.no_fill)
        self.stroke_button = ColorButton(style.stroke)
        self.stroke_width = QDoubleSpinBox()
        self.stroke_width.setRange(0.0, 20.0)
        self.stroke_width.setSingleStep(0.2)
        self.stroke_width.setSuffix(" px")
        self.stroke_width.setValue(style.stroke_width)
        self.point_size = QDoubleSpinBox()
        self.point_size.setRange(1.0, 40.0)
        self.point_size.setSuffix(" px")
        self.point_size.setValue(style.point_size)
        self.category_field = QComboBox()
        self.category_field.setObjectName("category_field")
        self.symbology_labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.symbology_labels, (fill_row, self.stroke_button, self.stroke_width,
                                                       self.point_size, self.category_field)):
            form.addRow(label, field)
        self.categories = QTableWidget(0, 2)
        self.categories.setObjectName("category_colours")
        self.categories.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.categories.verticalHeader().setVisible(False)
        self.categories.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categories.cellDoubleClicked.connect(self._pick_category_colour)
        self._category_colours: dict[str, str] = dict(style.categories)
        self.colour_hint = QLabel()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.colour_hint)
        layout.addWidget(self.categories, 1)
        self._add_page("symbology", page)
        self._fill_field_combo(self.category_field, style.category_field)
        self.category_field.currentIndexChanged.connect(self._fill_categories)

    def _build_labels(self, style: Style) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.show_labels = QCheckBox()
        self.show_labels.setObjectName("show_labels")
        self.show_labels.setChecked(bool(style.label_field))
        self.label_field = QComboBox()
        self.label_field.setObjectName("label_field")
        titles = titled_columns(self.layer.fields, ui_language())  # field titles shown, field names kept as data
        for name in self.layer.fields:
            self.label_field.addItem(titles[name], name)
        default = style.label_field or next((f for f in ("name", "name_zh", "site_id", "bld_id")
                                            if f in self.layer.fields), None)
        self.label_field.setCurrentIndex(max(0, self.label_field.findData(default)))
        self.label_field.setEnabled(self.show_labels.isChecked())
        self.show_labels.toggled.connect(self.label_field.setEnabled)
        self.label_field_label = QLabel()
        form.addRow(self.show_labels)
        form.addRow(self.label_field_label, self.label_field)
        self._add_page("labels", page)

    def _build_filter(self, style: Style) -> None:
        page = QWidget()
        self.filter_editor = ExpressionEditor(self.layer, page, style.filter_expression or "")
        self.filter_note = QLabel()
        self.filter_note.setWordWrap(True)
        self.filter_note.setStyleSheet("color: #555555")
        self.clear_filter_button = QPushButton()
        self.clear_filter_button.setObjectName("clear_filter")
        self.clear_filter_button.setAutoDefault(False)
        self.clear_filter_button.clicked.connect(lambda: self.filter_editor.set_text(""))
        layout = QVBoxLayout(page)
        layout.addWidget(self.filter_note)
        layout.addWidget(self.filter_editor, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.clear_filter_button)
        layout.addLayout(row)
        self._add_page("filter", page)
        if style.filter_expression:
            self.filter_editor.validate()

    def _fill_field_combo(self, combo: QComboBox, current) -> None:
        combo.addItem(self.tr("(single colour)"), None)
        titles = titled_columns(self.layer.fields, ui_language())
        for name in self.layer.fields:
            combo.addItem(titles[name], name)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Layer properties — {title}").format(title=layer_display_title(self.layer)))
        titles = {"general": self.tr("General"), "symbology": self.tr("Symbology"), "labels": self.tr("Labels"),
                  "filter": self.tr("Filter")}
        for key, widget in self.pages.items():
            self.tabs.setTabText(self.tabs.indexOf(widget), titles[key])
        for label, text in zip(self.general_labels, (self.tr("Title"), self.tr("Table in the project file"),
                                                     self.tr("Contents"),
                                                     self.tr("Opacity"))):
            label.setText(text)
        if self.vector:
            self.info_label.setText(self.tr("{count} features, {geometry}").format(
                count=f"{self.layer.feature_count:,}", geometry=geometry_type_text(self.layer.geometry_type)))
            for label, text in zip(self.symbology_labels, (self.tr("Fill"), self.tr("Stroke colour"),
                                                           self.tr("Stroke width"), self.tr("Point size"),
                                                           self.tr("Categorised by"))):
                label.setText(text)
            self.no_fill.setText(self.tr("No fill"))
            self.category_field.setItemText(0, self.tr("(single colour)"))
            self.colour_hint.setText(self.tr("Double-click a colour to change it."))
            self.categories.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Colour")])
            self.show_labels.setText(self.tr("Show labels"))
            self.label_field_label.setText(self.tr("Label field"))
            self.filter_note.setText(self.tr("Only features matching the expression are drawn, identified, selected "
                                             "on the map and listed in the attribute table (as QGIS's layer filter); "
                                             "analyses, reports and exports still use every feature. Leave it empty "
                                             "to show all."))
            self.clear_filter_button.setText(self.tr("Clear filter"))
            self._fill_categories()
        else:
            low, high = self.layer.value_range
            self.info_label.setText(self.tr("raster {low:.1f}–{high:.1f} {units}").format(
                low=low, high=high, units=getattr(self.layer, "units", "")))

    def show_page(self, key: str) -> None:
        """Bring page ``key`` (one of :data:`PAGES`) to the front."""
        if key in self.pages:
            self.tabs.setCurrentWidget(self.pages[key])

    # categories ----------------------------------------------------------------
    def _fill_categories(self) -> None:
        fieldname = self.category_field.currentData()
        self.categories.setRowCount(0)
        if not fieldname or fieldname not in self.layer.gdf.columns:
            return
        probe = VectorLayer("probe", self.layer.gdf[[fieldname, self.layer.gdf.geometry.name]].head(0),
                            style=Style(category_field=fieldname, categories=dict(self._category_colours)))
        probe._gdf = self.layer.gdf  # reuse the colour assignment of the model
        probe.ensure_categories()
        vocabulary = vocabulary_for(self.layer.name, fieldname)
        order = {code: i for i, code in enumerate(vocabulary or ())}
        values = sorted({str(v) for v in self.layer.gdf[fieldname].dropna().unique()},
                        key=lambda v: (order.get(v, len(order)), v))[:200]
        self.categories.setRowCount(len(values))
        for row, value in enumerate(values):
            colour = probe.style.categories.get(value, "#cccccc")
            self._category_colours[value] = colour
            # the word of a coded value is shown (as in the legend and the attribute table), the code kept
            shown = QTableWidgetItem(vocabulary.label(value, ui_language()) if vocabulary else value)
            shown.setData(Qt.ItemDataRole.UserRole, value)
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

    # result ------------------------------------------------------------------
    def chosen_style(self) -> Style:
        """The style the dialog shows (vector layers)."""
        category_field = self.category_field.currentData()
        return replace(
            self.layer.style,
            fill="none" if self.no_fill.isChecked() else self.fill_button.color,
            stroke=self.stroke_button.color,
            stroke_width=float(self.stroke_width.value()),
            opacity=self.opacity.value() / 100.0,
            point_size=float(self.point_size.value()),
            label_field=self.label_field.currentData() if self.show_labels.isChecked() else None,
            category_field=category_field,
            categories=dict(self._category_colours) if category_field else dict(self.layer.style.categories),
            filter_expression=self.filter_editor.text().strip() or None,
        )

    def command(self) -> SetLayerProperties | None:
        """The change as one undoable command; None (and the reason shown on its page) when it cannot be made."""
        title = self.title_edit.text().strip()
        self.general_problem.setText("")
        if not title:
            self.general_problem.setText(self.tr("The title is empty: type the name the layer is shown by."))
            self.show_page("general")
            return None
        new_title = None if title == self.initial_title else title
        if not self.vector:
            return SetLayerProperties(self.layer, title=new_title, opacity=self.opacity.value() / 100.0,
                                      text=self.tr("properties of {title}").format(title=layer_base_title(self.layer)))
        if self.filter_editor.text().strip() and self.filter_editor.validate() is None:
            self.show_page("filter")  # the message under the input says what is wrong; nothing is applied
            return None
        return SetLayerProperties(self.layer, title=new_title, style=self.chosen_style(),
                                  text=self.tr("properties of {title}").format(title=layer_base_title(self.layer)))

    def apply(self) -> bool:
        """Push the change on the project's undo stack; False when refused (see :meth:`command`)."""
        command = self.command()
        if command is None:
            return False
        if command.changes_anything:
            if self.project is not None:
                self.project.undo_stack.push(command)
            else:
                command.redo()
        self.initial_title = self.title_edit.text().strip()  # a second Apply does not rename again
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()


__all__ = ["LayerPropertiesDialog", "PAGES"]
