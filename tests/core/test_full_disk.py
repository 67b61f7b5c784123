"""Every file the app writes, onto a full disk: the previous file is byte-identical and the error says so.

Two ways to fill a disk:

- a real one: a small tmpfs mounted for the test (needs root, which CI has; skipped cleanly where
  mounting is not permitted), filled to the last byte after the previous outputs were written;
- a monkeypatched writer raising ``OSError(ENOSPC)`` (everywhere).

For each format (Shapefile set, zipped Shapefile, GeoPackage, GeoJSON, KML, CSV, several layers in one
GeoPackage, project save, autosave, PDF and Excel reports, rooftop ``--out`` in three formats, a rule
set) the write fails with an OutputError naming the path and "the disk is full", the previous files are
byte-identical, and no temporary is left beside them. The command line says it in one line and exits 2
(issue 17: a KML export onto a full disk used to exit 0 with a truncated file).
"""
from __future__ import annotations

import errno
import os
import shutil
import subprocess
from pathlib import Path

import pyogrio
import pytest

from app.cli import main
from app.core.errors import OutputError
from app.export import vector
from app.sample.demo import build_demo_project
from tests.core.test_rooftop_fixture import fixture_buildings

SHP_PARTS = ("b.shp", "b.shx", "b.dbf", "b.prj", "b.cpg", "b_README.txt", "b_fields.csv")


@pytest.fixture(scope="module")
def project():
    return build_demo_project()


@pytest.fixture(scope="module")
def buildings_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("input") / "buildings.gpkg"
    pyogrio.write_dataframe(fixture_buildings(), path)
    return path


def _export(fmt, name, **kwargs):
    def write(project, folder, buildings_file):
        return vector.export_layer(project.vector("buildings"), folder / name, fmt, **kwargs)
    return write


def _report(kind):
    def write(project, folder, buildings_file):
        if kind == "pdf":
            from app.export.report_pdf import write_pdf_report

            return write_pdf_report(project, folder / "r.pdf", lang="zh")
        from app.export.report_xlsx import write_xlsx_report

        return write_xlsx_report(project, folder / "r.xlsx", lang="zh")
    return write


def _save(project, folder, buildings_file):
    from app.project.recovery import AutosaveManager

    copy = AutosaveManager(project).snapshot()  # saving a copy leaves the shared fixture as it is
    return copy.save(folder / "p.gpkg")


def _autosave(project, folder, buildings_file):
    from app.project.recovery import AutosaveManager

    manager = AutosaveManager(project, recovery_path=folder / "p.recovery.gpkg")
    return manager.write(manager.snapshot())


def _rules(project, folder, buildings_file):
    from app.siting.constraints import default_ruleset

    return default_ruleset().save(folder / "rules.json")


def _all_layers(project, folder, buildings_file):
    return vector.export_geopackage(project.layers.vector_layers(), folder / "all.gpkg")


def _rooftop(suffix):
    def write(project, folder, buildings_file):
        code = main(["rooftop", "--buildings", str(buildings_file), "--out", str(folder / f"pot{suffix}")])
        if code:  # the command line said why on stderr (checked by the caller) and exited non-zero
            raise OutputError("cli")
    return write


#: (name, writer, the output files a previous run left)
CASES = [
    ("shapefile", _export("shp", "b.shp"), SHP_PARTS),
    ("zipped shapefile", _export("shp", "b.zip", zip_output=True), ("b.zip",)),
    ("geopackage", _export("gpkg", "b.gpkg"), ("b.gpkg",)),
    ("geojson", _export("geojson", "b.geojson"), ("b.geojson",)),
    ("kml", _export("kml", "b.kml"), ("b.kml",)),
    ("csv", _export("csv", "b.csv"), ("b.csv",)),
    ("all layers", _all_layers, ("all.gpkg",)),
    ("project save", _save, ("p.gpkg",)),
    ("autosave", _autosave, ("p.recovery.gpkg",)),
    ("rule set", _rules, ("rules.json",)),
    ("pdf report", _report("pdf"), ("r.pdf",)),
    ("xlsx report", _report("xlsx"), ("r.xlsx",)),
    ("rooftop gpkg", _rooftop(".gpkg"), ("pot.gpkg",)),
    ("rooftop shp", _rooftop(".shp"), ("pot.shp", "pot.shx", "pot.dbf", "pot.prj", "pot.cpg")),
    ("rooftop geojson", _rooftop(".geojson"), ("pot.geojson",)),
]


def _previous(folder: Path, names) -> dict[str, bytes]:
    for name in names:
        (folder / name).write_bytes(f"previous {name}\n".encode())
    return {name: (folder / name).read_bytes() for name in names}


# ----------------------------------------------------------------------------- a real full disk


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MiB tmpfs at tmp_path/disk (root only); unmounted afterwards."""
    mount = shutil.which("mount")
    if os.geteuid() != 0 or mount is None:
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run([mount, "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _fill(disk: Path) -> None:
    """Write until not one more byte fits."""
    with open(disk / "filler", "wb", buffering=0) as f:
        size = 1 << 20
        while size:
            try:
                f.write(b"\0" * size)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
                size //= 2
    assert os.statvfs(disk).f_bavail == 0


@pytest.mark.parametrize("name, writer, outputs", CASES, ids=[c[0] for c in CASES])
def test_a_full_disk_leaves_the_previous_files_byte_identical(small_disk, project, buildings_file, capsys,
                                                              name, writer, outputs):
    before = _previous(small_disk, outputs)
    _fill(small_disk)
    with pytest.raises(OutputError) as caught:
        writer(project, small_disk, buildings_file)
    if str(caught.value) == "cli":
        err = capsys.readouterr().err
        errors = [line for line in err.splitlines() if line.startswith("lygsite: error:")]
        assert len(errors) == 1 and "the disk is full (no space left on device)" in errors[0], err
        assert "Traceback" not in err
    else:
        assert "the disk is full (no space left on device); free space on that disk" in str(caught.value)
        assert str(small_disk) in str(caught.value)
    assert {n: (small_disk / n).read_bytes() for n in outputs} == before
    assert sorted(p.name for p in small_disk.iterdir()) == sorted([*outputs, "filler"])


def test_a_kml_export_onto_a_full_disk_fails_in_one_line(small_disk, capsys):
    """Issue 17, item 1: it used to exit 0 and leave a KML that GDAL could not parse."""
    (small_disk / "sites.kml").write_bytes(b"<kml>previous</kml>")
    _fill(small_disk)
    code = main(["export", "--layer", "candidate_sites", "--out", str(small_disk / "sites.kml")])
    err = [line for line in capsys.readouterr().err.splitlines() if line.startswith("lygsite: error:")]
    assert code == 2 and len(err) == 1
    assert err[0].startswith(f"lygsite: error: cannot write {small_disk / 'sites.kml'}: the disk is full")
    assert err[0].endswith("the previous file is unchanged")
    assert (small_disk / "sites.kml").read_bytes() == b"<kml>previous</kml>"


# ----------------------------------------------------------------------------- a failing writer


def _disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("name, writer, outputs", CASES, ids=[c[0] for c in CASES])
def test_a_writer_raising_enospc_leaves_the_previous_files_byte_identical(tmp_path, project, buildings_file,
                                                                          monkeypatch, capsys, name, writer,
                                                                          outputs):
    from app.project import atomic

    before = _previous(tmp_path, outputs)
    # every writer's file is flushed before it is renamed: the disk says it is full there
    monkeypatch.setattr(atomic, "fsync_file", _disk_full)
    with pytest.raises(OutputError):
        writer(project, tmp_path, buildings_file)
    assert {n: (tmp_path / n).read_bytes() for n in outputs} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(outputs)


def test_a_gdal_write_raising_enospc_is_named(tmp_path, project, monkeypatch):
    (tmp_path / "b.geojson").write_bytes(b"previous")
    monkeypatch.setattr(pyogrio, "write_dataframe", _disk_full)
    with pytest.raises(OutputError, match=r"b\.geojson: the disk is full .*; the previous file is unchanged$"):
        vector.export_layer(project.vector("buildings"), tmp_path / "b.geojson")
    assert (tmp_path / "b.geojson").read_bytes() == b"previous" and len(list(tmp_path.iterdir())) == 1


def test_an_export_never_replaces_the_open_project(tmp_path, capsys):
    """Issue 17, item 4: `export --out` naming the open project replaced it with a one-layer GeoPackage."""
    path = build_demo_project().save(tmp_path / "P.gpkg")
    before = path.read_bytes()
    code = main(["export", "--project", str(path), "--layer", "buildings", "--out", str(path)])
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("lygsite: error:")]
    assert code == 2 and len(errors) == 1 and "it is the open project of this operation" in errors[0]
    assert path.read_bytes() == before
    code = main(["report", "--project", str(path), "--out", str(tmp_path / "P.gpkg")])
    assert code == 2 and path.read_bytes() == before


def test_rooftop_out_never_replaces_its_input(tmp_path, buildings_file, capsys):
    before = buildings_file.read_bytes()
    code = main(["rooftop", "--buildings", str(buildings_file), "--out", str(buildings_file)])
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("lygsite: error:")]
    assert code == 2 and len(errors) == 1 and "the buildings file read by this command" in errors[0]
    assert buildings_file.read_bytes() == before


def test_a_read_only_folder_is_named_before_any_work(small_disk, project, buildings_file, capsys):
    """Issue 17: a read-only folder for `rooftop --out` gave a traceback; reports failed after the work."""
    (small_disk / "r.pdf").write_bytes(b"previous")
    done = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"remounting read-only is not permitted here: {done.stderr.strip()}")
    from app.export import report_data
    from app.export.report_pdf import write_pdf_report

    with pytest.raises(OutputError, match=r"r\.pdf: the folder is read-only or you may not write there; choose a "
                                          r"folder you may write to; the previous file is unchanged$"):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(report_data, "gather", lambda *a, **k: pytest.fail("work done before the check"))
            write_pdf_report(project, small_disk / "r.pdf")
    code = main(["export", "--layer", "buildings", "--out", str(small_disk / "b.shp")])
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("lygsite: error:")]
    assert code == 2 and len(errors) == 1 and "the folder is read-only" in errors[0]
    code = main(["rooftop", "--buildings", str(buildings_file), "--out", str(small_disk / "pot.gpkg")])
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if line.startswith("lygsite: error:")]
    assert code == 2 and len(errors) == 1 and "Traceback" not in err  # issue 17: it gave a traceback
    assert errors[0] == (f"lygsite: error: cannot write {small_disk / 'pot.gpkg'}: the folder is read-only or you "
                         f"may not write there; choose a folder you may write to")
    assert (small_disk / "r.pdf").read_bytes() == b"previous"
