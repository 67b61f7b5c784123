"""The "restore unsaved work?" dialog shown at start after a crash.

The main window calls :func:`offer_recovery` once at start. The dialog lists
the autosaves :func:`app.project.recovery.find_recoverable` found (newest first) and
offers Restore, Discard, or Later (keep the autosave, ask next time). All
logic lives in :mod:`app.project.recovery`; this module only asks the user.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QVBoxLayout)

from app.project import recovery
from app.ui.i18n import translate


def describe(candidate: recovery.RecoveryCandidate) -> str:
    """One translated line per autosave (as :meth:`RecoveryCandidate.describe`, in the UI language)."""
    where = str(candidate.project_path) if candidate.project_path else translate("RecoveryDialog", "unsaved project")
    local = candidate.autosaved_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return translate("RecoveryDialog", "{title} — {where}, autosaved {time}").format(
        title=candidate.title or where, where=where, time=local)


class RecoveryDialog(QDialog):
    """Lists autosaves; ``chosen`` is the candidate to restore after Restore."""

    def __init__(self, candidates: list[recovery.RecoveryCandidate], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore unsaved work"))
        self.candidates = list(candidates)
        self.chosen: recovery.RecoveryCandidate | None = None
        layout = QVBoxLayout(self)
        self.message = QLabel(self.tr("LYG Siting did not close normally. These autosaves hold edits that were "
                                 "not saved to their project. Restore one?"))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.list = QListWidget()
        for candidate in self.candidates:
            item = QListWidgetItem(describe(candidate))
            item.setData(Qt.ItemDataRole.UserRole, str(candidate.recovery_path))
            item.setToolTip(str(candidate.recovery_path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.discard_button = QPushButton(self.tr("Discard"))
        self.later_button = QPushButton(self.tr("Later"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _selected(self) -> recovery.RecoveryCandidate | None:
        row = self.list.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def _restore(self) -> None:
        self.chosen = self._selected()
        if self.chosen is not None:
            self.accept()

    def _discard(self) -> None:
        candidate = self._selected()
        if candidate is None:
            return
        answer = QMessageBox.question(self, self.tr("Discard autosave"),
                                      self.tr("Delete this autosave? Its unsaved edits will be lost."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        recovery.discard(candidate)
        row = self.list.currentRow()
        self.candidates.pop(row)
        self.list.takeItem(row)
        if not self.candidates:
            self.reject()


def offer_recovery(parent=None, extra_projects: list[str | Path] = ()) -> Path | None:
    """Ask whether to restore an autosave; the chosen recovery file, or None.

    Shows nothing (returns None at once) when there is nothing to recover.
    The caller opens the result with :func:`app.project.recovery.restore_path` (given the same
    ``extra_projects``), which returns the project with the path of the project it belongs to
    (so Save writes there), checked by the project's identity, never read from the file.
    """
    candidates = recovery.find_recoverable(extra_projects)
    if not candidates:
        return None
    dialog = RecoveryDialog(candidates, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
        return dialog.chosen.recovery_path
    return None
