"""The one atomic writer (app.project.atomic): the target appears whole or not at all, and says why not.

Single files: success replaces with umask permissions; a failing write (OSError with ENOSPC, EDQUOT,
EROFS), a failing fsync, a file that does not read back, a bug in the writer: the previous file stays
byte-identical, no temporary is left, and the message names path, reason and remedy. Inputs of the
operation are never written over (also through a symbolic link).

File sets: a Shapefile set replaces the previous one as one. A failure at every rename of the swap
rolls back to the previous set byte-identical; a SIGKILL at every rename (in a child process) never
leaves a new .shp with an old .dbf, and the next write (or recover_interrupted_writes) puts the
previous set back.
"""
from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.core.errors import OutputError
from app.project import atomic
from app.project.atomic import AtomicFileSet, atomic_output, recover_interrupted_writes, write_bytes

REPO = Path(__file__).resolve().parents[2]


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# ----------------------------------------------------------------------------- one file


def test_success_replaces_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with atomic_output(target) as tmp:
        assert tmp.parent == tmp_path and tmp != target and not tmp.exists()
        assert tmp.name.startswith(".report-writing-") and tmp.name.endswith(".tmp.pdf")
        tmp.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # untouched until the write is complete
    assert target.read_bytes() == b"new"
    assert _listing(tmp_path) == ["report.pdf"]


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002])
def test_permissions_follow_the_umask(tmp_path, umask):
    """Reports used to be 0600 (mkstemp); an output is as readable as any other program's."""
    previous = os.umask(umask)
    try:
        written = write_bytes(tmp_path / "out.csv", b"a,b\n")
    finally:
        os.umask(previous)
    assert written.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize("code, words", [
    (errno.ENOSPC, "the disk is full (no space left on device); free space on that disk or choose a folder on "
                   "another disk"),
    (errno.EDQUOT, "your disk quota is used up; free space in your quota or choose another folder"),
    (errno.EROFS, "the folder is read-only or you may not write there; choose a folder you may write to"),
])
def test_a_failing_write_keeps_the_previous_file_and_says_why(tmp_path, code, words):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"previous report")
    with pytest.raises(OutputError) as caught:
        with atomic_output(target) as tmp:
            tmp.write_bytes(b"half")
            raise OSError(code, os.strerror(code))
    assert str(caught.value) == f"cannot write {target}: {words}; the previous file is unchanged"
    assert caught.value.path == str(target) and isinstance(caught.value, OSError)
    assert target.read_bytes() == b"previous report"
    assert _listing(tmp_path) == ["report.xlsx"]


def test_a_full_disk_seen_only_by_fsync_is_named(tmp_path, monkeypatch):
    target = tmp_path / "p.geojson"
    target.write_bytes(b"{}")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError, match="the disk is full"):
        write_bytes(target, b'{"type": "FeatureCollection", "features": []}')
    assert target.read_bytes() == b"{}" and _listing(tmp_path) == ["p.geojson"]


def test_a_gdal_message_about_a_full_disk_is_named(tmp_path):
    import pyogrio.errors

    with pytest.raises(OutputError, match=r"x\.gpkg: the disk is full"):
        with atomic_output(tmp_path / "x.gpkg") as tmp:
            tmp.write_bytes(b"SQLite format 3")
            raise pyogrio.errors.DataSourceError("sqlite3_exec(COMMIT) failed: database or disk is full")
    assert _listing(tmp_path) == []


def test_a_file_that_does_not_read_back_is_refused(tmp_path):
    target = tmp_path / "map.png"
    target.write_bytes(b"old map")
    with pytest.raises(OutputError, match=r"map\.png: the written file did not read back \(not a complete PNG "
                                          r"image\); check the disk and try again; the previous file is unchanged"):
        write_bytes(target, b"\x89PNG\r\n\x1a\n truncated", verify=atomic.verify_png)
    assert target.read_bytes() == b"old map" and _listing(tmp_path) == ["map.png"]


def test_a_bug_in_the_writer_surfaces_unchanged(tmp_path):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ZeroDivisionError):
        with atomic_output(target) as tmp:
            tmp.write_bytes(b"half")
            1 / 0  # noqa: B018
    assert target.read_bytes() == b"old" and _listing(tmp_path) == ["r.pdf"]


def test_missing_folder_is_named(tmp_path):
    with pytest.raises(OutputError, match=r"r\.pdf: the folder \S+nope does not exist; create it or choose an "
                                          r"existing folder$"):
        with atomic_output(tmp_path / "nope" / "r.pdf"):
            pass


def test_read_only_folder_is_named_before_any_work(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes to read-only folders; the tmpfs test (test_full_disk.py) covers EROFS as root")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(OutputError, match="the folder is read-only or you may not write there"):
            atomic.check_writable(folder / "r.pdf")
    finally:
        folder.chmod(0o755)


def test_an_input_of_the_operation_is_never_written_over(tmp_path):
    project = tmp_path / "P.gpkg"
    project.write_bytes(b"the open project")
    link = tmp_path / "link.gpkg"
    link.symlink_to(project)
    for out in (project, link, tmp_path / "." / "P.gpkg"):
        with pytest.raises(OutputError, match=r"P\.gpkg: it is the open project of this operation, which would be "
                                              r"destroyed; choose another file name"):
            write_bytes(out, b"an export", protected=[(project, "the open project")])
    assert project.read_bytes() == b"the open project" and link.is_symlink()


def test_a_symbolic_link_is_written_through(tmp_path):
    real = tmp_path / "data" / "out.csv"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "out.csv"
    link.symlink_to(real)
    write_bytes(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_stale_temporaries_of_dead_writers_go_and_live_ones_stay(tmp_path):
    dead = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True).stdout)
    stale = tmp_path / f".out-writing-{dead}-ab12.tmp.csv"
    live = tmp_path / f".out-writing-{os.getppid()}-cd34.tmp.csv"
    other = tmp_path / f".other-writing-{dead}-ef56.tmp.csv"
    for path in (stale, live, other):
        path.write_bytes(b"x")
    write_bytes(tmp_path / "out.csv", b"a\n")
    # a dead writer's leftovers go whatever file it was writing (issue 17: they were never cleaned)
    assert not stale.exists() and live.exists() and not other.exists()


# ----------------------------------------------------------------------------- file sets


def _shapefile(folder: Path, stem: str, values: list[str]) -> None:
    import geopandas as gpd
    import shapely

    gdf = gpd.GeoDataFrame({"bld_id": values}, geometry=[shapely.Point(119 + i / 100, 34.5) for i in
                                                          range(len(values))], crs="EPSG:4490")
    gdf.to_file(folder / f"{stem}.shp", encoding="UTF-8")


def _write_new_set(folder: Path, **kwargs) -> list[Path]:
    with AtomicFileSet(folder, "roads", main="roads.shp", **kwargs) as files:
        _shapefile(files.dir, "roads", ["new-1", "new-2", "new-3"])
        (files.dir / "roads_README.txt").write_text("new\n")
        return files.commit(verify=lambda staged: atomic.verify_vector(3)(staged / "roads.shp"))


@pytest.fixture
def old_set(tmp_path) -> dict[str, bytes]:
    _shapefile(tmp_path, "roads", ["old-1", "old-2"])
    (tmp_path / "roads.qix").write_bytes(b"an old spatial index")  # a part the new set does not have
    (tmp_path / "roads_README.txt").write_text("old\n")
    return _snapshot(tmp_path)


def test_a_set_replaces_the_previous_one_whole(tmp_path, old_set):
    import pyogrio

    paths = _write_new_set(tmp_path)
    assert {p.name for p in paths} == {"roads.shp", "roads.shx", "roads.dbf", "roads.prj", "roads.cpg",
                                       "roads_README.txt"}
    assert _listing(tmp_path) == sorted(p.name for p in paths)  # the stale .qix went with the old set
    assert pyogrio.read_dataframe(tmp_path / "roads.shp")["bld_id"].tolist() == ["new-1", "new-2", "new-3"]


def test_a_set_failing_at_any_rename_leaves_the_previous_set_byte_identical(tmp_path, old_set, monkeypatch):
    real_replace = os.replace
    renames = []

    def counting(src, dst):
        renames.append(Path(dst).name)
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", counting)
    _write_new_set(tmp_path)
    swap = len(renames)  # 7 old parts moved aside (with the .qix), 6 new moved in
    assert swap == 13
    for fail_at in range(swap):
        for path in tmp_path.iterdir():
            path.unlink()
        for name, data in old_set.items():
            (tmp_path / name).write_bytes(data)
        calls = []

        def failing(src, dst, fail_at=fail_at, calls=calls):
            calls.append(dst)
            if len(calls) == fail_at + 1:
                raise OSError(errno.ENOSPC, "No space left on device")
            return real_replace(src, dst)

        monkeypatch.setattr(atomic.os, "replace", failing)
        with pytest.raises(OutputError, match=r"roads\.\w+: the disk is full"):
            _write_new_set(tmp_path)
        monkeypatch.setattr(atomic.os, "replace", real_replace)
        assert _snapshot(tmp_path) == old_set, f"failure at rename {fail_at + 1}"
        assert _listing(tmp_path) == sorted(old_set)  # no staging folder left


CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[3])
    from tests.core.test_atomic_output import _write_new_set
    from app.project import atomic
    kill_at, calls, real = int(sys.argv[2]), [], os.replace

    def replace(src, dst):
        calls.append(dst)
        if len(calls) == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(src, dst)

    atomic.os.replace = replace
    _write_new_set(Path(sys.argv[1]))
""")


def _visible_set(folder: Path) -> str:
    """What a reader of the folder sees: "old", "new" or "none" (no .shp); fails on a mix."""
    if not (folder / "roads.shp").exists():
        return "none"
    import pyogrio

    ids = pyogrio.read_dataframe(folder / "roads.shp")["bld_id"].tolist()
    kinds = {i.split("-")[0] for i in ids}
    assert len(kinds) == 1, f"mixed set: {ids}"
    assert (folder / "roads.qix").exists() == (kinds == {"old"}), "a spatial index beside the wrong .shp"
    return kinds.pop()


@pytest.mark.parametrize("kill_at", range(1, 14))
def test_a_set_killed_at_any_rename_is_never_mixed_and_is_recovered(tmp_path, old_set, kill_at):
    folder = tmp_path / "out"
    folder.mkdir()
    for name, data in old_set.items():
        (folder / name).write_bytes(data)
    child = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(kill_at), str(REPO)], cwd=REPO,
                           capture_output=True, text=True)
    assert child.returncode == -9, child.stderr
    seen = _visible_set(folder)
    assert seen in ("old", "none")  # killed during the swap: the new .shp (moved in last) is never there yet
    recover_interrupted_writes(folder)
    assert _snapshot(folder) == old_set
    assert _listing(folder) == sorted(old_set)


def test_a_set_killed_after_the_swap_keeps_the_new_set(tmp_path, old_set):
    folder = tmp_path / "out"
    folder.mkdir()
    for name, data in old_set.items():
        (folder / name).write_bytes(data)
    # killed while removing the staging folder (with the previous set in it)
    script = CHILD.replace("atomic.os.replace = replace", "atomic.shutil.rmtree = lambda *a, **k: os.kill(os.getpid(), "
                                                          "signal.SIGKILL)")
    child = subprocess.run([sys.executable, "-c", script, str(folder), "0", str(REPO)], cwd=REPO,
                           capture_output=True, text=True)
    assert child.returncode == -9, child.stderr
    assert _visible_set(folder) == "new"
    recover_interrupted_writes(folder)
    assert _visible_set(folder) == "new" and not [p for p in folder.iterdir() if p.name.startswith(".")]
