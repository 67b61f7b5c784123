"""Export dialog: format, CRS, encoding, zip, selection-only and output path for a vector layer.

Thin over :mod:`app.export.vector` (all checks and writing live in the core);
errors go to the window's one error path (``window.show_error``).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QWidget)

from app.core.errors import InputError
from app.export import vector
from app.ui.i18n import layer_display_title, ui_language

FORMAT_TITLES = {"shp": "Shapefile (.shp)", "gpkg": "GeoPackage (.gpkg)", "geojson": "GeoJSON (.geojson, WGS84)",
                 "kml": "KML (.kml, WGS84)", "csv": "CSV (.csv, UTF-8 BOM)"}


#: Titles of :data:`app.export.vector.EXPORT_CRS` shown in the dialog (translated; the core keeps English).
CRS_TITLES = {
    "EPSG:4490": QT_TRANSLATE_NOOP("ExportDialog", "CGCS2000 geographic (lon/lat)"),
    "EPSG:4549": QT_TRANSLATE_NOOP("ExportDialog", "CGCS2000 / 3-degree Gauss-Kruger CM 120E (metres)"),
    "EPSG:4326": QT_TRANSLATE_NOOP("ExportDialog", "WGS84 (lon/lat)"),
    "GCJ-02": QT_TRANSLATE_NOOP("ExportDialog", "GCJ-02 web-map datum (AMap/Tencent), labelled WGS84"),
}


class ExportDialog(QDialog):
    """Choose how to export a layer, then write it with :func:`app.export.vector.export_layer`."""

    def __init__(self, window, layer_name: str | None = None, selection_only: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent if parent is not None else (window if isinstance(window, QWidget) else None))
        self.window_ref = window
        self.setWindowTitle(self.tr("Export layer"))
        project = window.project
        form = QFormLayout(self)
        self.layer_combo = QComboBox()
        for layer in project.layers.vector_layers():
            self.layer_combo.addItem(layer_display_title(layer), layer.name)
        if layer_name is not None:
            index = self.layer_combo.findData(layer_name)
            if index >= 0:
                self.layer_combo.setCurrentIndex(index)
        self.format_combo = QComboBox()
        for key, text in FORMAT_TITLES.items():
            self.format_combo.addItem(text, key)
        self.crs_combo = QComboBox()
        for key, text in vector.EXPORT_CRS.items():
            self.crs_combo.addItem(f"{key} – {self.tr(CRS_TITLES.get(key, text))}", key)
        self.encoding_combo = QComboBox()
        self.encoding_combo.addItems(list(vector.SHAPEFILE_ENCODINGS))
        self.values_combo = QComboBox()
        self.values_combo.setObjectName("export_values")
        self.values_combo.addItem(self.tr("Schema codes (as stored: category = factory)"), "codes")
        self.values_combo.addItem(self.tr("Words as shown (field titles and values in the UI language)"), "labels")
        self.values_combo.addItem(self.tr("As imported (your file's own field names and values)"), "as_imported")
        self.zip_check = QCheckBox(self.tr("One .zip file"))
        self.split_check = QCheckBox(self.tr("One file per geometry type"))
        self.truncate_check = QCheckBox(self.tr("Cut text longer than 254 bytes"))
        self.all_layers_check = QCheckBox(self.tr("All layers in one GeoPackage"))
        self.selection_check = QCheckBox(self.tr("Selected features only"))
        self.selection_check.setChecked(bool(selection_only))
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        form.addRow(self.tr("Layer"), self.layer_combo)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Coordinate system"), self.crs_combo)
        form.addRow(self.tr("Encoding (Shapefile)"), self.encoding_combo)
        form.addRow(self.tr("Attribute values"), self.values_combo)
        form.addRow("", self.zip_check)
        form.addRow("", self.split_check)
        form.addRow("", self.truncate_check)
        form.addRow("", self.all_layers_check)
        form.addRow("", self.selection_check)
        form.addRow(self.tr("Output file"), row)
        form.addRow(self.note_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.format_combo.currentIndexChanged.connect(self._update_enabled)
        self.layer_combo.currentIndexChanged.connect(self._update_enabled)
        self.result = None
        self.last_error: Exception | None = None
        self._update_enabled()

    # ------------------------------------------------------------------
    @property
    def fmt(self) -> str:
        return self.format_combo.currentData()

    def _update_enabled(self) -> None:
        is_shp = self.fmt == "shp"
        for widget in (self.encoding_combo, self.zip_check, self.split_check, self.truncate_check):
            widget.setEnabled(is_shp)
        self.all_layers_check.setEnabled(self.fmt == "gpkg")
        layer = self._layer()
        imported = layer is not None and getattr(layer, "import_mapping", None) is not None
        self.values_combo.model().item(2).setEnabled(imported)  # "as imported": only for a layer from a file
        if not imported and self.values_combo.currentData() == "as_imported":
            self.values_combo.setCurrentIndex(0)
        has_selection = bool(layer is not None and layer.selection)
        self.selection_check.setEnabled(has_selection)
        if not has_selection:
            self.selection_check.setChecked(False)
        notes = []
        if self.fmt in ("geojson", "kml"):
            notes.append(self.tr("GeoJSON and KML are always WGS84 longitude/latitude (RFC 7946, OGC KML)."))
        if layer is not None and layer.sample:
            notes.append(self.tr("Generated sample features get a field sample = 示例数据 / sample data; "
                                 "features you imported or drew do not."))
        self.note_label.setText(" ".join(notes))

    def _layer(self):
        name = self.layer_combo.currentData()
        return self.window_ref.project.layers.get(name) if name else None

    def _browse(self) -> None:
        suffix = vector.FORMATS[self.fmt] if not (self.fmt == "shp" and self.zip_check.isChecked()) else ".zip"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), "", f"*{suffix}")
        if path:
            self.path_edit.setText(path if path.lower().endswith(suffix) else path + suffix)

    def run(self) -> None:
        """Export; on error show it and keep the dialog open so the user can change a choice."""
        try:
            path = self.path_edit.text().strip()
            if not path:
                raise InputError(self.tr("choose an output file; expected a path such as buildings.shp"))
            layer = self._layer()
            if layer is None:
                raise InputError(self.tr("no vector layer to export"))
            if self.fmt == "gpkg" and self.all_layers_check.isChecked():
                selection = {layer.name: sorted(layer.selection)} if self.selection_check.isChecked() else None
                self.result = vector.export_geopackage(self.window_ref.project.layers.vector_layers(), path,
                                                       crs=self.crs_combo.currentData(), selection_ids=selection,
                                                       protected=self.window_ref.project.input_files(),
                                                       values=self.values_combo.currentData(), lang=ui_language())
            else:
                self.result = vector.export_layer(
                    layer, path, self.fmt, crs=self.crs_combo.currentData(),
                    encoding=self.encoding_combo.currentText(), zip_output=self.zip_check.isChecked(),
                    selection_only=self.selection_check.isChecked(),
                    truncate_long_text=self.truncate_check.isChecked(),
                    split_geometry_types=self.split_check.isChecked(),
                    protected=self.window_ref.project.input_files(),
                    values=self.values_combo.currentData(), lang=ui_language())
        except (InputError, OSError, ValueError) as exc:
            self.last_error = exc
            show_error = getattr(self.window_ref, "show_error", None)
            if callable(show_error):
                show_error(exc)
            return
        status = getattr(self.window_ref, "statusBar", None)
        if callable(status):
            status().showMessage(self.tr("Exported to {path}").format(path=Path(self.result.paths[0]).name), 5000)
        self.accept()


def show_export_dialog(window, layer_name: str | None = None, selection_only: bool = False) -> ExportDialog:
    """Open the export dialog (window-modal, returns at once) for ``layer_name`` or the first vector layer."""
    dialog = ExportDialog(window, layer_name=layer_name, selection_only=selection_only)
    dialog.open()
    return dialog


__all__ = ["ExportDialog", "show_export_dialog"]
