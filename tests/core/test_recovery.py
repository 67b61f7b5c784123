"""Autosave, crash detection and restore (app.project.recovery), headless."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.project import recovery
from app.sample.demo import build_demo_project
from app.layers.edits import SetAttributes
from app.core.errors import ProjectFileError
from app.project import Project

REPO = Path(__file__).resolve().parents[2]


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture(autouse=True)
def state_dir(tmp_path, monkeypatch):
    folder = tmp_path / "state"
    monkeypatch.setenv("LYGSITE_STATE_DIR", str(folder))
    return folder


@pytest.fixture
def saved_project(tmp_path):
    project = build_demo_project()
    project.vector("buildings").set_gdf(project.vector("buildings").gdf.iloc[:50])
    project.save(tmp_path / "audit.gpkg")
    return project


def _edit(project, value="verified"):
    layer = project.vector("buildings")
    project.undo_stack.push(SetAttributes(layer, [layer.gdf.index[0]], {"pv_status": value}))


def test_autosave_writes_recovery_file_beside_project_only_when_due(saved_project):
    clock = FakeClock()
    manager = recovery.AutosaveManager(saved_project, interval_s=180, clock=clock)
    manager.start()
    assert manager.recovery_path == saved_project.path.with_name("audit.recovery.gpkg")
    assert manager.marker_path.exists()
    clock.now += 600
    assert manager.autosave_if_due() is None  # no edits: nothing to protect
    _edit(saved_project, "planned")
    # Idle for longer than the interval: the first edit is protected at the next tick.
    assert manager.autosave_if_due() == manager.recovery_path
    _edit(saved_project)
    clock.now += 60
    assert manager.autosave_if_due() is None  # edits, but the interval has not passed
    clock.now += 200
    written = manager.autosave_if_due()
    assert written == manager.recovery_path and written.exists()
    autosaved = Project.open(written)
    first = saved_project.vector("buildings").gdf.index[0]
    assert autosaved.vector("buildings").gdf.loc[first, "pv_status"] == "verified"
    # Autosave changes neither where Save writes nor the modified flag.
    assert saved_project.path.name == "audit.gpkg" and saved_project.is_modified
    assert recovery.META_AUTOSAVED not in saved_project.meta
    assert Project.open(saved_project.path).meta.get(recovery.META_AUTOSAVED) is None
    manager.close()
    assert not written.exists() and not manager.marker_path.exists()


def test_saving_removes_the_obsolete_autosave(saved_project):
    manager = recovery.AutosaveManager(saved_project, interval_s=0)
    manager.start()
    _edit(saved_project)
    assert manager.autosave().exists()
    saved_project.save()
    assert not manager.recovery_path.exists()
    assert recovery.find_recoverable() == []
    manager.close()


def test_clean_exit_leaves_nothing_to_recover(saved_project):
    manager = recovery.AutosaveManager(saved_project, interval_s=0)
    manager.start()
    _edit(saved_project)
    manager.autosave()
    manager.close()
    assert recovery.find_recoverable([saved_project.path]) == []


def test_running_session_is_not_offered(saved_project):
    manager = recovery.AutosaveManager(saved_project, interval_s=0)
    manager.start()
    _edit(saved_project)
    manager.autosave()
    # This process is alive: its own autosave is not a crash, even when asked about the file.
    assert recovery.find_recoverable([saved_project.path]) == []
    manager.close()


CRASHING_SESSION = """
import os, sys
from app.project import Project
from app.project.recovery import AutosaveManager
from app.layers.edits import SetAttributes
project = Project.open(sys.argv[1])
manager = AutosaveManager(project, interval_s=0)
manager.start()
layer = project.vector("buildings")
project.undo_stack.push(SetAttributes(layer, [layer.gdf.index[1]], {"auditor": "王工 (autosaved)"}))
manager.autosave()
os._exit(1)  # a crash: no clean exit, the marker stays
"""


def test_crash_is_detected_and_restored_into_the_original_project(saved_project, state_dir):
    env = dict(os.environ, PYTHONPATH=str(REPO), LYGSITE_STATE_DIR=str(state_dir))
    time.sleep(0.02)  # the autosave must be strictly newer than the project file
    done = subprocess.run([sys.executable, "-c", CRASHING_SESSION, str(saved_project.path)],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    found = recovery.find_recoverable()
    assert len(found) == 1
    candidate = found[0]
    assert candidate.project_path == saved_project.path
    assert candidate.recovery_path.name == "audit.recovery.gpkg"
    assert "audit.gpkg" in candidate.describe()
    restored = recovery.restore(candidate)
    fid = saved_project.vector("buildings").gdf.index[1]
    assert restored.vector("buildings").gdf.loc[fid, "auditor"] == "王工 (autosaved)"
    assert restored.path == saved_project.path  # "Save" writes the real project
    assert restored.is_modified
    assert recovery.META_RECOVERY_OF not in restored.meta
    # The autosave stays until the restored project is saved.
    manager = recovery.AutosaveManager(restored, recovery_path=candidate.recovery_path)
    manager.start()
    assert candidate.recovery_path.exists()
    restored.save()
    assert not candidate.recovery_path.exists()
    assert Project.open(saved_project.path).vector("buildings").gdf.loc[fid, "auditor"] == "王工 (autosaved)"
    manager.close()
    assert recovery.find_recoverable([saved_project.path]) == []


def test_autosave_older_than_project_is_not_offered(saved_project, state_dir):
    manager = recovery.AutosaveManager(saved_project, interval_s=0)
    manager.start()
    _edit(saved_project)
    manager.autosave()
    # Simulate a crash after which the user saved the project with another tool.
    manager.marker_path.write_text(manager.marker_path.read_text().replace(f'"pid": {os.getpid()}', '"pid": 999999999'))
    later = time.time() + 5
    os.utime(saved_project.path, (later, later))
    assert recovery.find_recoverable() == []
    assert not manager.marker_path.exists()  # nothing to recover: marker tidied


def test_unsaved_project_autosaves_to_state_dir_and_can_be_discarded(state_dir):
    project = build_demo_project()
    project.vector("buildings").set_gdf(project.vector("buildings").gdf.iloc[:5])
    manager = recovery.AutosaveManager(project, interval_s=0)
    manager.start()
    _edit(project)
    path = manager.autosave()
    assert path.parent == state_dir / "recovery" and path.name.startswith("untitled-")
    # Crash: the marker is orphaned (its pid is dead).
    manager.marker_path.write_text(manager.marker_path.read_text().replace(f'"pid": {os.getpid()}', '"pid": 999999999'))
    (candidate,) = recovery.find_recoverable()
    assert candidate.project_path is None and "unsaved project" in candidate.describe()
    assert candidate.title == project.title
    recovery.discard(candidate)
    assert not path.exists() and recovery.find_recoverable() == []


def test_recovery_file_of_a_project_about_to_open_is_offered_without_marker(saved_project):
    recovery_file = saved_project.path.with_name("audit.recovery.gpkg")
    _edit(saved_project, "planned")
    from app.project import write_project_atomically

    time.sleep(0.02)
    write_project_atomically(saved_project, recovery_file)
    (candidate,) = recovery.find_recoverable([saved_project.path])
    assert candidate.marker_path is None
    first = saved_project.vector("buildings").gdf.index[0]
    assert recovery.restore(candidate).vector("buildings").gdf.loc[first, "pv_status"] == "planned"


def test_snapshot_is_independent_of_later_edits(saved_project):
    """The GUI writes the snapshot on a worker while the user goes on editing."""
    manager = recovery.AutosaveManager(saved_project, interval_s=0)
    manager.start()
    try:
        _edit(saved_project, "verified")
        snapshot = manager.snapshot()
        assert not manager.has_unsaved_edits
        _edit(saved_project, "planned")  # an edit while the snapshot is being written
        assert manager.has_unsaved_edits
        written = Project.open(manager.write(snapshot))
        assert written.vector("buildings").gdf["pv_status"].iloc[0] == "verified"
        assert written.meta[recovery.META_RECOVERY_OF] == str(saved_project.path)
        assert saved_project.vector("buildings").gdf["pv_status"].iloc[0] == "planned"
        assert recovery.META_RECOVERY_OF not in saved_project.meta
    finally:
        manager.close()


# ----------------------------------------------------------------------------- issue 17: restore identity


def _crash(project_path: Path, state_dir: Path, auditor: str) -> None:
    """A session on ``project_path`` that autosaves an edit and is killed (no clean exit)."""
    env = dict(os.environ, PYTHONPATH=str(REPO), LYGSITE_STATE_DIR=str(state_dir))
    time.sleep(0.02)  # the autosave must be strictly newer than the project file
    done = subprocess.run([sys.executable, "-c", CRASHING_SESSION.replace("王工 (autosaved)", auditor),
                           str(project_path)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr


def _auditor(path: Path, fid) -> str:
    return Project.open(path).vector("buildings").gdf.loc[fid, "auditor"]


def test_a_copied_folder_restores_into_the_copy_never_the_original(saved_project, tmp_path, state_dir):
    """Issue 17: after the project folder was copied, saving B/P.gpkg overwrote A/P.gpkg."""
    import shutil

    a = saved_project.path
    fid = saved_project.vector("buildings").gdf.index[1]
    _crash(a, state_dir, "edit in A")
    before = a.read_bytes()
    b = tmp_path / "copy" / "audit.gpkg"
    b.parent.mkdir()
    for name in ("audit.gpkg", "audit.recovery.gpkg"):  # the folder copied, autosave and all
        shutil.copy2(a.parent / name, b.parent / name)
    (candidate,) = [c for c in recovery.find_recoverable([b]) if c.recovery_path.parent == b.parent]
    restored = recovery.restore_path(candidate.recovery_path, [b])  # what the window does after the dialog
    assert restored.path == b and restored.project_id == saved_project.project_id
    restored.save()
    assert a.read_bytes() == before  # the original is untouched
    assert _auditor(b, fid) == "edit in A"


def test_a_hostile_recovery_of_is_never_followed(saved_project, tmp_path):
    """Issue 17: a recovery file naming another file in ``recovery_of`` overwrote that file."""
    import sqlite3

    victim = tmp_path / "elsewhere" / "victim.gpkg"
    victim.parent.mkdir()
    victim.write_bytes(b"a colleague's file")
    recovery_file = saved_project.path.with_name("audit.recovery.gpkg")
    _edit(saved_project, "planned")
    time.sleep(0.02)
    from app.project import write_project_atomically

    write_project_atomically(saved_project, recovery_file)
    with sqlite3.connect(recovery_file) as db:
        db.execute("INSERT INTO project_meta (key, value) VALUES (?, ?)", (recovery.META_RECOVERY_OF, str(victim)))
    # opened without the project (a stray file in the restore dialog): an unsaved project
    restored = recovery.restore_path(recovery_file)
    assert restored.path is None
    with pytest.raises(ProjectFileError, match="the project has no file yet"):
        restored.save()
    # opened with its project: that project, never the path in the file
    restored = recovery.restore_path(recovery_file, [saved_project.path])
    assert restored.path == saved_project.path
    restored.save()
    assert victim.read_bytes() == b"a colleague's file"


def test_a_relative_recovery_of_sends_nothing_to_the_working_folder(saved_project, tmp_path, monkeypatch):
    """Issue 17: a relative ``recovery_of`` sent the restored edits to the current folder."""
    import sqlite3

    recovery_file = saved_project.path.with_name("audit.recovery.gpkg")
    _edit(saved_project, "planned")
    time.sleep(0.02)
    from app.project import write_project_atomically

    write_project_atomically(saved_project, recovery_file)
    with sqlite3.connect(recovery_file) as db:
        db.execute("UPDATE project_meta SET value = 'audit.gpkg' WHERE key = ?", (recovery.META_RECOVERY_OF,))
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    restored = recovery.restore_path(recovery_file)
    assert restored.path is None
    restored = recovery.restore_path(recovery_file, [saved_project.path])
    assert restored.path == saved_project.path and restored.path.is_absolute()
    restored.save()
    assert list(elsewhere.iterdir()) == []


def test_a_relative_project_path_is_recorded_absolute(saved_project, tmp_path, monkeypatch, state_dir):
    monkeypatch.chdir(saved_project.path.parent)
    project = Project.open(saved_project.path.name)  # opened as "audit.gpkg"
    manager = recovery.AutosaveManager(project, interval_s=0)
    manager.start()
    try:
        _edit(project)
        assert manager.autosave().is_absolute()
        record = json.loads(manager.marker_path.read_text())
        assert record["project_path"] == str(saved_project.path) and Path(record["recovery_path"]).is_absolute()
    finally:
        manager.close()


def test_an_autosave_of_another_project_is_restored_unsaved(saved_project, tmp_path):
    """Content decides: a recovery file beside P.gpkg that belongs to another project never overwrites P."""
    other = build_demo_project()
    other.vector("buildings").set_gdf(other.vector("buildings").gdf.iloc[:5])
    assert other.project_id != saved_project.project_id
    recovery_file = saved_project.path.with_name("audit.recovery.gpkg")
    time.sleep(0.02)
    from app.project import write_project_atomically

    write_project_atomically(other, recovery_file)
    before = saved_project.path.read_bytes()
    restored = recovery.restore_path(recovery_file, [saved_project.path])
    assert restored.path is None and restored.vector("buildings").feature_count == 5
    assert "belongs to another project than" in restored.meta["open_warnings"]
    assert saved_project.path.read_bytes() == before


def test_save_as_gives_a_new_identity_and_save_keeps_it(saved_project, tmp_path):
    identity = saved_project.project_id
    assert len(identity) == 32
    saved_project.save()
    assert Project.open(saved_project.path).project_id == identity
    saved_project.save(tmp_path / "variant.gpkg")  # "Save as": a project of its own from here on
    assert saved_project.project_id != identity
    assert Project.open(tmp_path / "variant.gpkg").project_id == saved_project.project_id
    assert Project.open(tmp_path / "audit.gpkg").project_id == identity
