"""Dialog: a user turbine from a manufacturer's datasheet (CSV of wind speed, power and optionally Ct).

The core checks the curve (:func:`app.resource.turbines.read_turbine_csv`);
the turbine goes into the user library and, with one undoable command, into
the project's ``turbine_types`` table, so a project file stays self-contained.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget)

from app.ui.i18n import message_text


class TurbineDialog(QDialog):
    """Fields of ``lygsite turbines --add``: file, name, maker, rotor diameter, hub heights, offshore."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("turbine_dialog")
        self.setWindowTitle(self.tr("Add a turbine from a datasheet"))
        self.turbine = None
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("CSV: wind_speed_ms, power_kw[, ct]"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. MySE 6.45-180"))
        self.maker = QLineEdit()
        self.maker.setPlaceholderText(self.tr("e.g. Mingyang, Goldwind, Envision, Shanghai Electric, Windey"))
        self.rotor = QDoubleSpinBox()
        self.rotor.setRange(10.0, 350.0)
        self.rotor.setSuffix(" m")
        self.rotor.setValue(180.0)
        self.hub_heights = QLineEdit("120")
        self.hub_heights.setPlaceholderText(self.tr("m, several separated by commas"))
        self.offshore = QCheckBox(self.tr("Offshore model"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b2182b")
        form = QFormLayout(self)
        form.addRow(self.tr("Datasheet"), file_row)
        form.addRow(self.tr("Type name"), self.name)
        form.addRow(self.tr("Maker"), self.maker)
        form.addRow(self.tr("Rotor diameter"), self.rotor)
        form.addRow(self.tr("Hub heights"), self.hub_heights)
        form.addRow("", self.offshore)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Turbine datasheet"), "", "CSV (*.csv)")
        if path:
            self.path.setText(path)

    def read(self):
        """The checked turbine, or :class:`InputError` naming the field (nothing is stored)."""
        from app.resource.turbines import parse_hub_heights, read_turbine_csv

        return read_turbine_csv(self.path.text().strip(), self.name.text(), self.rotor.value(),
                                parse_hub_heights(self.hub_heights.text()), maker=self.maker.text(),
                                offshore=self.offshore.isChecked())

    def _check_and_accept(self) -> None:
        from app.core.errors import InputError

        try:
            self.turbine = self.read()
        except InputError as exc:  # stay open with the user's entries; say what to fix
            self.message.setText(message_text(exc))
            return
        self.accept()

    def apply(self, project) -> None:
        """Store the turbine: user library, then the project table (undoable)."""
        from app.resource.turbines import AddTurbineType, _check_new_name, save_to_user_library

        _check_new_name(self.turbine, False, project)
        save_to_user_library(self.turbine, replace_existing=True)
        project.undo_stack.push(AddTurbineType(project, self.turbine))
