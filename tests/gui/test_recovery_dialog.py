"""offer_recovery: the restore dialog with a simulated user choice (pytest-qt)."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.project import recovery
from app.sample.demo import build_demo_project
from app.layers.edits import SetAttributes
from app.ui.recovery_dialog import RecoveryDialog, offer_recovery

pytestmark = pytest.mark.gui


@pytest.fixture
def crashed_session(tmp_path, monkeypatch):
    monkeypatch.setenv("LYGSITE_STATE_DIR", str(tmp_path / "state"))
    project = build_demo_project()
    project.vector("buildings").set_gdf(project.vector("buildings").gdf.iloc[:5])
    project.save(tmp_path / "audit.gpkg")
    manager = recovery.AutosaveManager(project, interval_s=0)
    manager.start()
    layer = project.vector("buildings")
    project.undo_stack.push(SetAttributes(layer, [layer.gdf.index[0]], {"auditor": "crash-test"}))
    os.utime(project.path, (0, 0))  # the autosave below is certainly newer
    manager.autosave()
    # The process "dies": its marker names a pid that no longer exists.
    manager.marker_path.write_text(manager.marker_path.read_text().replace(f'"pid": {os.getpid()}', '"pid": 999999999'))
    return project


def _click_when_shown(qtbot, button_name):
    def click():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog)
        assert "audit.gpkg" in dialog.list.item(0).text()
        getattr(dialog, button_name).click()

    QTimer.singleShot(0, click)


def test_restore_choice_returns_the_autosave_and_restores_edits(qtbot, crashed_session):
    _click_when_shown(qtbot, "restore_button")
    chosen = offer_recovery(None)
    assert chosen == crashed_session.path.with_name("audit.recovery.gpkg")
    restored = recovery.restore_path(chosen)
    assert restored.path == crashed_session.path
    assert restored.vector("buildings").gdf["auditor"].iloc[0] == "crash-test"
    assert restored.is_modified


def test_later_keeps_the_autosave(qtbot, crashed_session):
    _click_when_shown(qtbot, "later_button")
    assert offer_recovery(None) is None
    assert len(recovery.find_recoverable()) == 1


def test_discard_deletes_after_confirmation(qtbot, crashed_session, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _click_when_shown(qtbot, "discard_button")
    assert offer_recovery(None) is None
    assert recovery.find_recoverable() == []
    assert not crashed_session.path.with_name("audit.recovery.gpkg").exists()


def test_nothing_to_recover_shows_no_dialog(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("LYGSITE_STATE_DIR", str(tmp_path / "empty"))
    assert offer_recovery(None) is None
