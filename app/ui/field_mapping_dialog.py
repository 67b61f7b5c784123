"""Field-mapping dialog for building imports: columns -> building schema, datum, fix or skip.

The dialog shows one drop-down per schema field (pre-set from the remembered
or suggested mapping of :mod:`app.siting.building_import`), the coordinate
datum to declare (file's own, GCJ-02, BD-09, WGS84), and after "Check" the
problems found row by row with a fix/keep/skip choice each. It returns what
the user chose (:meth:`FieldMappingDialog.choices`); the import itself is done
by the core (:func:`app.siting.building_import.import_buildings`).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from app.core.errors import InputError
from app.core.vocabulary import FIELDS, field_title
from app.siting.building_import import REQUIRED_FIELDS, SCHEMA_FIELDS
from app.ui.i18n import message_text, translate, ui_language

#: Datums a user can declare; None = use the file's own CRS.
DATUMS = ((None, QT_TRANSLATE_NOOP("FieldMappingDialog", "file's own CRS")),
          ("gcj02", QT_TRANSLATE_NOOP("FieldMappingDialog", "GCJ-02 (AMap, Tencent)")),
          ("bd09", QT_TRANSLATE_NOOP("FieldMappingDialog", "BD-09 (Baidu)")),
          ("EPSG:4326", "WGS84"), ("EPSG:4490", "CGCS2000"))


def field_labels() -> dict:
    """Titles of the building schema's fields in the UI language, with their units ("光伏面积 (m²)")."""
    lang = ui_language()
    return {name: field_title(name, lang, unit=True) for name in SCHEMA_FIELDS}


def action_labels() -> dict:
    return {"fix": translate("FieldMappingDialog", "fix"), "keep": translate("FieldMappingDialog", "keep"),
            "skip": translate("FieldMappingDialog", "skip")}


class FieldMappingDialog(QDialog):
    """Map the columns of an inventory to the building schema.

    Parameters
    ----------
    columns : list of str
        The file's columns.
    mapping : dict
        Initial schema field -> column (None: not mapped).
    sample : DataFrame, optional
        First rows of the file, shown as tooltips of the column choices.
    check : callable, optional
        ``(mapping, declared_crs) -> list[Problem]``; the "Check" button calls
        it and fills the problem table.
    """

    NONE = "—"

    def __init__(self, columns, mapping: dict, sample=None, check=None, declared_crs=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("field_mapping_dialog")
        self.columns = [str(c) for c in columns]
        self.check_function = check
        self.problems: list = []
        self.setWindowTitle(self.tr("Import buildings: map the columns"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose which column of the file holds each field of the building schema. "
                           "Fields marked * are needed for the coverage target."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        box = QGroupBox(self.tr("Fields"))
        form = QFormLayout(box)
        self.combos: dict[str, QComboBox] = {}
        labels = field_labels()
        for fieldname in SCHEMA_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{fieldname}")
            combo.addItem(self.NONE, None)
            for column in self.columns:
                combo.addItem(column, column)
                if sample is not None and column in sample.columns:
                    values = ", ".join(str(v) for v in sample[column].head(3).tolist())
                    combo.setItemData(combo.count() - 1, values, Qt.ItemDataRole.ToolTipRole)
            chosen = mapping.get(fieldname)
            if chosen is not None and chosen in self.columns:
                combo.setCurrentIndex(combo.findData(chosen))
            star = " *" if fieldname in REQUIRED_FIELDS else ""
            form.addRow(f"{labels[fieldname]}{star}", combo)
            self.combos[fieldname] = combo
        self.datum_combo = QComboBox()
        self.datum_combo.setObjectName("datum_combo")
        for code, text in DATUMS:
            self.datum_combo.addItem(self.tr(text), code)
        if declared_crs is not None and self.datum_combo.findData(declared_crs) >= 0:
            self.datum_combo.setCurrentIndex(self.datum_combo.findData(declared_crs))
        form.addRow(self.tr("Coordinates"), self.datum_combo)
        layout.addWidget(box)

        row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Check rows"))
        self.check_button.clicked.connect(self.run_check)
        self.check_button.setEnabled(check is not None)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        row.addWidget(self.check_button)
        row.addWidget(self.summary_label, 1)
        layout.addLayout(row)
        self.problem_table = QTableWidget(0, 5)
        self.problem_table.setObjectName("problem_table")
        self.problem_table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Field"), self.tr("Problem"), self.tr("Expected"),
                                                      self.tr("Action")])
        self.problem_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problem_table.verticalHeader().setVisible(False)
        layout.addWidget(self.problem_table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 720)

    # ------------------------------------------------------------------
    def mapping(self) -> dict:
        return {f: combo.currentData() for f, combo in self.combos.items()}

    def declared_crs(self):
        return self.datum_combo.currentData()

    def run_check(self) -> None:
        """Ask the core for the problems of the current mapping and list them."""
        if self.check_function is None:
            return
        try:
            problems = self.check_function(self.mapping(), self.declared_crs())
        except InputError as exc:  # a bad mapping is shown, not raised, so the user can change it
            self.summary_label.setText(message_text(exc).splitlines()[0])
            self.problems = []
            self.problem_table.setRowCount(0)
            return
        self.set_problems(problems)

    def set_problems(self, problems) -> None:
        self.problems = list(problems)
        actions = action_labels()
        self.problem_table.setRowCount(len(self.problems))
        for i, p in enumerate(self.problems):
            lang = ui_language()  # field titles, messages and expected forms in the UI language
            field = field_title(p.field, lang) if p.field in FIELDS.terms else p.field  # "geometry" etc.
            cells = ["—" if p.row is None else str(p.row), field, message_text(p.message), message_text(p.expected)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == 2 and p.value is not None:
                    item.setToolTip(f"{p.value}")
                self.problem_table.setItem(i, column, item)
            combo = QComboBox()
            for action in p.actions:
                text = actions[action] + (self.tr(": {fix}").format(fix=message_text(p.fix_text))
                                          if action == "fix" and p.fix_text else "")
                combo.addItem(text, action)
            combo.setCurrentIndex(combo.findData(p.default))
            self.problem_table.setCellWidget(i, 4, combo)
        skips = sum(1 for d in self.decisions().values() if d == "skip")
        self.summary_label.setText(self.tr("{n} problem(s); with these choices {s} row(s) will be skipped and listed "
                                       "in the import report.").format(n=len(self.problems), s=skips)
                                   if self.problems else self.tr("No problems found."))

    def decisions(self) -> dict:
        """Problem key -> the action chosen in the table."""
        out = {}
        for i, p in enumerate(self.problems):
            combo = self.problem_table.cellWidget(i, 4)
            out[p.key] = combo.currentData() if combo is not None else p.default
        return out

    def choices(self) -> dict:
        """``{"mapping", "declared_crs", "decisions"}`` as chosen."""
        return {"mapping": self.mapping(), "declared_crs": self.declared_crs(), "decisions": self.decisions()}
