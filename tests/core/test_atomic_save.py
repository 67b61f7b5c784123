"""Atomic project saves: killing a saving process never breaks the project file.

A child process opens a project with several thousand buildings and saves it
over and over, changing the buildings and ``project_meta`` together each time;
the test SIGKILLs it at random moments. After every kill the file must open
with :meth:`Project.open`, hold every standard layer, and its buildings must
match the generation recorded in ``project_meta`` of the same file (a torn
write would mix two generations). Killed saves leave a temporary file; the
next open or save removes it, so at most the one being written exists.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.sample.demo import build_demo_project
from app.sample import sample_data
from app.project import STANDARD_LAYERS, Project, remove_stale_save_files, write_project_atomically

REPO = Path(__file__).resolve().parents[2]
#: Buildings removed per generation, so each generation has its own feature count.
CHILD_SCRIPT = textwrap.dedent(
    """
    import sys
    from app.project import Project
    path = sys.argv[1]
    project = Project.open(path)
    buildings = project.vector("buildings")
    full = buildings.gdf.copy()
    generation = int(project.meta.get("generation", "0"))
    print("ready", flush=True)
    while True:
        generation += 1
        buildings.set_gdf(full.iloc[: len(full) - generation % 7])
        project.meta["generation"] = str(generation)
        project.meta["building_count"] = str(len(buildings.gdf))
        project.save(path)
        print("saved", generation, flush=True)
    """
)


def _stray_temp_files(folder: Path, stem: str) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(f".{stem}-saving-"))


@pytest.fixture(scope="module")
def big_project_file(tmp_path_factory) -> Path:
    project = build_demo_project()
    # ~10,000 buildings: a save takes long enough for kills to land mid-write.
    project.vector("buildings").set_gdf(sample_data.build_sample_buildings(scale=3.0))
    project.meta["generation"] = "0"
    project.meta["building_count"] = str(project.vector("buildings").feature_count)
    path = tmp_path_factory.mktemp("atomic") / "audit.gpkg"
    project.save(path)
    return path


def _check_consistent(path: Path) -> int:
    project = Project.open(path)
    assert set(STANDARD_LAYERS) <= set(project.layers.names())
    assert project.meta["open_warnings"] == ""
    assert project.vector("buildings").feature_count == int(project.meta["building_count"])
    assert project.vector("counties").feature_count == 6
    assert "audit_log" in project.tables
    return int(project.meta["generation"])


def test_sigkill_mid_save_leaves_a_readable_consistent_project(big_project_file):
    path = big_project_file
    rng = random.Random(8)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    generations = []
    saves_seen = 0
    mid_save_kills = 0
    for attempt in range(10):
        child = subprocess.Popen([sys.executable, "-c", CHILD_SCRIPT, str(path)], cwd=REPO, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert child.stdout.readline().strip() == "ready", child.stderr.read()
            if attempt % 2:
                # Every other kill lands after a completed save, so overwriting an
                # existing file is tested however slow a loaded machine makes a save.
                assert child.stdout.readline().startswith("saved"), child.stderr.read()
                saves_seen += 1
            time.sleep(rng.uniform(0.05, 1.5))
        finally:
            child.send_signal(signal.SIGKILL)
            out, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        saves_seen += out.count("saved")
        # Killed saves leave at most the one temporary file that was being written.
        in_flight = [p for p in _stray_temp_files(path.parent, path.stem) if p.name.endswith(".tmp.gpkg")]
        assert len(in_flight) <= 1
        mid_save_kills += len(in_flight)
        generations.append(_check_consistent(path))
    assert saves_seen > 0, "the child never completed a save: the kills did not test overwriting"
    assert mid_save_kills > 0, "no kill landed during a write: the test proved nothing"
    assert generations == sorted(generations)
    # Opening removed the killed writers' leftovers.
    assert _stray_temp_files(path.parent, path.stem) == []


def test_stale_temp_files_of_dead_writers_are_removed_on_save(tmp_path):
    project = build_demo_project()
    target = tmp_path / "p.gpkg"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    stale = tmp_path / f".p-saving-{dead_pid}-abc123.tmp.gpkg"
    stale.write_bytes(b"half a geopackage")
    (tmp_path / (stale.name + "-journal")).write_bytes(b"journal")
    legacy = tmp_path / ".p-saving-q1w2e3.tmp.gpkg"  # name style before the pid was added
    legacy.write_bytes(b"x")
    # A live process's save in progress is left alone.
    live = tmp_path / f".p-saving-{os.getppid()}-zzz.tmp.gpkg"
    live.write_bytes(b"being written")
    unrelated = tmp_path / ".other-saving-1-a.tmp.gpkg"
    unrelated.write_bytes(b"x")
    project.save(target)
    assert not stale.exists() and not legacy.exists()
    assert not (tmp_path / (stale.name + "-journal")).exists()
    assert live.exists() and unrelated.exists()
    assert Project.open(target).vector("buildings").feature_count == project.vector("buildings").feature_count


def test_write_project_atomically_leaves_the_project_untouched(tmp_path):
    project = build_demo_project()
    project.vector("buildings").set_gdf(project.vector("buildings").gdf.iloc[:10])
    written = write_project_atomically(project, tmp_path / "copy.gpkg")
    assert project.path is None  # autosave must not change where "Save" writes
    assert Project.open(written).vector("buildings").feature_count == 10
    assert remove_stale_save_files(written) == []


def test_failed_save_keeps_the_previous_file(tmp_path, monkeypatch):
    project = build_demo_project()
    target = tmp_path / "p.gpkg"
    project.save(target)
    before = target.read_bytes()

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.project.project.write_project_file", disk_full)
    from app.core.errors import OutputError

    with pytest.raises(OutputError, match=r"p\.gpkg: the disk is full \(no space left on device\); free space on "
                                          r"that disk or choose a folder on another disk; the previous file is "
                                          r"unchanged$"):
        project.save(target)
    assert target.read_bytes() == before
    assert _stray_temp_files(tmp_path, "p") == []
