"""Issue 17, the second hostile round: what a project or an output must survive.

- item 8: a project folder moved with its rasters still finds them; a raster that is gone is reported
  (``layers``) and kept in the project, never dropped for good by the next save;
- item 7: columns differing only by case never stop a save or an autosave;
- item 11: a damaged layer list, bad style values, a megabyte title, control characters in a title or
  a building name: the project opens, the reports are written, no traceback;
- item 12: a SIGKILLed export's staging folder is cleaned by the next write into that folder; control
  characters never reach the terminal raw; ``--out`` naming a symbolic link writes through the link for
  every command; reports get the same permissions as every other output.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest
import shapely

from app.cli import main
from app.layers.model import MissingLayer, RasterLayer, VectorLayer
from app.project import Project
from app.sample.demo import build_demo_project

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_with_rasters(tmp_path_factory) -> Path:
    """The demo project saved as A/P.gpkg with its indicative rasters in A/P_rasters/."""
    folder = tmp_path_factory.mktemp("demo") / "A"
    project = build_demo_project(raster_dir=folder / "P_rasters")
    return project.save(folder / "P.gpkg")


def _copy_project(demo_with_rasters: Path, folder: Path) -> Path:
    shutil.copytree(demo_with_rasters.parent, folder)
    return folder / "P.gpkg"


def _layers_cli(capsys, path: Path) -> tuple[list[dict], list[str]]:
    assert main(["layers", "--project", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    return json.loads(captured.out), [line for line in captured.err.splitlines() if line]


# ----------------------------------------------------------------------------- item 8: rasters


def test_a_moved_project_folder_finds_its_rasters(demo_with_rasters, tmp_path):
    moved = _copy_project(demo_with_rasters, tmp_path / "moved")
    original_rasters = demo_with_rasters.parent / "P_rasters"
    hidden = demo_with_rasters.parent / "P_rasters.away"
    original_rasters.rename(hidden)  # the old place is gone, as after a move
    try:
        project = Project.open(moved)
        rasters = [layer for layer in project.layers if isinstance(layer, RasterLayer)]
        assert [r.name for r in rasters] == ["wind_speed_100m", "ghi_annual"]
        assert all(Path(r.source_path).parent == moved.parent / "P_rasters" for r in rasters)
        assert project.meta["open_warnings"] == ""
    finally:
        hidden.rename(original_rasters)


def test_a_missing_raster_is_reported_and_kept_until_it_is_back(demo_with_rasters, tmp_path, capsys):
    """Issue 17: rasters were dropped for good on the next save when the folder moved; `layers` said nothing."""
    path = _copy_project(demo_with_rasters, tmp_path / "copy")
    rasters = path.parent / "P_rasters"
    rasters.rename(path.parent / "elsewhere")
    (demo_with_rasters.parent / "P_rasters").rename(demo_with_rasters.parent / "P_rasters.away")
    try:
        rows, errors = _layers_cli(capsys, path)
        missing = {r["name"]: r for r in rows if r["missing"]}
        assert set(missing) == {"wind_speed_100m", "ghi_annual"}
        assert missing["ghi_annual"]["kind"] == "raster" and missing["ghi_annual"]["feature_count"] == 0
        assert missing["ghi_annual"]["problems"][0].startswith("could not be opened: its raster file is missing (")
        assert "locate the file or remove the layer" in missing["ghi_annual"]["problems"][0]
        assert len(errors) == 2 and all(e.startswith("lygsite: warning: layer '") for e in errors)
        assert main(["layers", "--project", str(path)]) == 0
        assert "ghi_annual           raster  None            missing" in capsys.readouterr().out
        project = Project.open(path)
        assert isinstance(project.layers["ghi_annual"], MissingLayer)
        project.save()  # a save while the file is away keeps the layer
        (path.parent / "elsewhere").rename(rasters)
        again = Project.open(path)
        assert isinstance(again.layers["ghi_annual"], RasterLayer) and again.layers.names() == project.layers.names()
    finally:
        (demo_with_rasters.parent / "P_rasters.away").rename(demo_with_rasters.parent / "P_rasters")


# ----------------------------------------------------------------------------- item 7: case


def test_columns_differing_only_by_case_never_stop_a_save_or_an_autosave(tmp_path, monkeypatch):
    """Issue 17: `note`/`NOTE` from a CSV made the project unsaveable, autosave included."""
    from app.project.recovery import AutosaveManager

    monkeypatch.setenv("LYGSITE_STATE_DIR", str(tmp_path / "state"))
    gdf = gpd.GeoDataFrame({"bld_id": ["A"], "note": ["x"], "NOTE": ["y"]},
                           geometry=[shapely.box(119.2, 34.6, 119.21, 34.61)], crs=4490)
    project = Project(title="case")
    project.layers.append(VectorLayer("points", gdf))
    project.save(tmp_path / "case.gpkg")
    manager = AutosaveManager(project, recovery_path=tmp_path / "case.recovery.gpkg")
    assert manager.write(manager.snapshot()).exists()
    saved = Project.open(tmp_path / "case.gpkg").vector("points").gdf
    assert saved[["note", "NOTE_2"]].iloc[0].tolist() == ["x", "y"]


# ----------------------------------------------------------------------------- item 11: damaged projects


def _with_meta(source: Path, target: Path, key: str, value: str) -> Path:
    shutil.copy(source, target)
    with sqlite3.connect(target) as db:
        db.execute("UPDATE project_meta SET value = ? WHERE key = ?", (value, key))
    return target


@pytest.mark.parametrize("layers", ["[null]", '{"buildings": {"title": "x"}}', "[1, 2, 3]", "null", "not json",
                                    '[{"name": "buildings", "style": "bad"}, {"title": "no name"}]'])
def test_a_damaged_layer_list_opens_with_a_warning(demo_with_rasters, tmp_path, capsys, layers):
    """Issue 17: a `layers` entry that is null, a dict or a list of numbers gave a traceback."""
    path = _with_meta(demo_with_rasters, tmp_path / "p.gpkg", "layers", layers)
    rows, errors = _layers_cli(capsys, path)
    assert {"buildings", "counties", "sea_area"} <= {r["name"] for r in rows}
    if layers.startswith('[{"name"'):
        assert errors == ["lygsite: warning: 1 entry of the layer list in project_meta had no usable layer name "
                          "and was ignored"]
    else:
        assert len(errors) == 1 and "the layer list in project_meta" in errors[0]


def test_bad_style_values_and_a_megabyte_title_still_print(demo_with_rasters, tmp_path):
    """Issue 17: a PDF with a 1 MB title or bad style values stopped with a traceback."""
    from app.export.report_pdf import write_pdf_report

    path = _with_meta(demo_with_rasters, tmp_path / "p.gpkg", "title", "长" * 1_000_000)
    with sqlite3.connect(path) as db:
        entries = json.loads(db.execute("SELECT value FROM project_meta WHERE key = 'layers'").fetchone()[0])
        for entry in entries:
            if entry["name"] in ("buildings", "counties"):
                entry["style"].update(fill="notacolor", stroke=None, stroke_width="x", opacity=-5, point_size=1e309,
                                      categories=[1, 2], category_field=7)
        db.execute("UPDATE project_meta SET value = ? WHERE key = 'layers'", (json.dumps(entries),))
    project = Project.open(path)
    style = project.vector("buildings").style
    assert (style.fill, style.stroke, style.stroke_width, style.opacity, style.category_field) == \
        ("#8da0cb", "#333333", 0.8, 0.0, None)
    out = write_pdf_report(project, tmp_path / "r.pdf", lang="zh")
    assert out.read_bytes().startswith(b"%PDF-")


def test_control_characters_in_titles_and_names_make_a_readable_xlsx(demo_with_rasters, tmp_path):
    """Issue 17: a control character in the title or a building name stopped the XLSX report."""
    import openpyxl

    from app.export.report_xlsx import write_xlsx_report

    path = _with_meta(demo_with_rasters, tmp_path / "p.gpkg", "title", "核查\x1b[31m报告\x07\x0c")
    project = Project.open(path)
    buildings = project.vector("buildings")
    gdf = buildings.gdf.copy()
    gdf.loc[gdf.index[0], "name"] = "厂房\x00\x1f一号"
    buildings.set_gdf(gdf)
    out = write_xlsx_report(project, tmp_path / "r.xlsx", lang="zh")
    book = openpyxl.load_workbook(out)
    about = book.worksheets[0]
    assert about["B2"].value == "核查 [31m报告"
    values = {str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value}
    assert not any(ch in value for value in values for ch in "\x00\x07\x0c\x1b\x1f")


def test_control_characters_never_reach_the_terminal_raw(demo_with_rasters, tmp_path):
    """Issue 17: a title with ESC sequences was printed raw (it can recolour or retitle the terminal)."""
    path = tmp_path / "p.gpkg"
    shutil.copy(demo_with_rasters, path)
    with sqlite3.connect(path) as db:
        entries = json.loads(db.execute("SELECT value FROM project_meta WHERE key = 'layers'").fetchone()[0])
        entries[0]["title"] = "evil\x1b]0;owned\x07\x9b31m\u202etxt"
        db.execute("UPDATE project_meta SET value = ? WHERE key = 'layers'", (json.dumps(entries),))
    env = dict(os.environ, PYTHONPATH=str(REPO))
    plain = subprocess.run([sys.executable, "-m", "app", "layers", "--project", str(path)], capture_output=True,
                           text=True, env=env)
    as_json = subprocess.run([sys.executable, "-m", "app", "layers", "--project", str(path), "--json"],
                             capture_output=True, text=True, env=env)
    missing = subprocess.run([sys.executable, "-m", "app", "layers", "--project", str(tmp_path / "a\x1b[2Jb.gpkg")],
                             capture_output=True, text=True, env=env)
    for output in (plain.stdout, as_json.stdout, missing.stderr):
        assert not any(ch in output for ch in "\x1b\x07\x9b\u202e"), repr(output)
    assert "evil\\x1b]0;owned\\x07\\x9b31m\\u202etxt" in plain.stdout
    assert json.loads(as_json.stdout)[0]["title"].startswith("evil\x1b]0;owned\x07\x9b31m\u202etxt")  # exact, escaped
    assert "a\\x1b[2Jb.gpkg" in missing.stderr and missing.returncode == 2


# ----------------------------------------------------------------------------- item 12: outputs

KILLED_EXPORT = """
import os, signal, sys
from app.project import Project, atomic
from app.export.vector import export_layer
project = Project.open(sys.argv[1])
real_replace = os.replace
def replace(src, dst):
    if str(dst).endswith(".shp"):  # the last rename of the set: killed with the new set half moved in
        os.kill(os.getpid(), signal.SIGKILL)
    return real_replace(src, dst)
atomic.os.replace = replace
export_layer(project.vector("buildings"), sys.argv[2], "shp")
"""


def test_a_killed_export_is_cleaned_by_the_next_write_into_its_folder(demo_with_rasters, tmp_path):
    """Issue 17: SIGKILLed exports left `.…-exporting-*` folders (up to 52 MB) that nothing ever cleaned."""
    from app.export.vector import export_layer

    out = tmp_path / "out"
    out.mkdir()
    project = Project.open(demo_with_rasters)
    export_layer(project.vector("buildings"), out / "b.shp", "shp")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    done = subprocess.run([sys.executable, "-c", KILLED_EXPORT, str(demo_with_rasters), str(out / "b.shp")],
                          env=dict(os.environ, PYTHONPATH=str(REPO)), capture_output=True, text=True, timeout=300)
    assert done.returncode == -signal.SIGKILL, done.stderr
    staging = [p for p in out.iterdir() if p.name.startswith(".b-exporting-")]
    assert len(staging) == 1 and staging[0].is_dir()
    # another file written into the same folder: the dead export is rolled back and its folder removed
    export_layer(project.vector("candidate_sites"), out / "sites.geojson", "geojson")
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.name != "sites.geojson"} == before


def _commands(project: Path, buildings: Path, out: Path) -> dict:
    return {
        "demo.gpkg": ["demo", "--out", str(out)],
        "b.geojson": ["export", "--project", str(project), "--layer", "buildings", "--format", "geojson", "--out",
                      str(out)],
        "b.gpkg": ["export", "--project", str(project), "--layer", "buildings", "--format", "gpkg", "--out", str(out)],
        "s.kml": ["export", "--project", str(project), "--layer", "candidate_sites", "--format", "kml", "--out",
                  str(out)],
        "b.csv": ["export", "--project", str(project), "--layer", "buildings", "--format", "csv", "--out", str(out)],
        "b.shp": ["export", "--project", str(project), "--layer", "buildings", "--format", "shp", "--out", str(out)],
        "r.pdf": ["report", "--project", str(project), "--out", str(out)],
        "r.xlsx": ["report", "--project", str(project), "--out", str(out)],
        "pot.gpkg": ["rooftop", "--buildings", str(buildings), "--out", str(out), "--no-shading"],
    }


@pytest.mark.parametrize("name", ["demo.gpkg", "b.geojson", "b.gpkg", "s.kml", "b.csv", "b.shp", "r.pdf", "r.xlsx",
                                  "pot.gpkg"])
def test_out_as_a_symbolic_link_writes_through_it_for_every_command(demo_with_rasters, tmp_path, capsys, name):
    """Issue 17: `--out` as a link wrote through it for some commands and replaced the link for others.

    The rule (README): the link stays and the file it points to is replaced.
    """
    buildings = tmp_path / "buildings.gpkg"
    pyogrio.write_dataframe(Project.open(demo_with_rasters).vector("buildings").gdf.iloc[:30], buildings)
    real = tmp_path / "real" / name
    real.parent.mkdir()
    real.write_bytes(b"previous")
    link = tmp_path / "links" / name
    link.parent.mkdir()
    link.symlink_to(real)
    assert main(_commands(demo_with_rasters, buildings, link)[name]) == 0, capsys.readouterr().err
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() != b"previous" and real.stat().st_size > 100
    assert sorted(p.name for p in link.parent.iterdir()) == [name]


def test_reports_have_the_permissions_of_every_other_output(demo_with_rasters, tmp_path, capsys):
    """Issue 17: report files were 0600 while exports followed the umask."""
    previous = os.umask(0o027)
    try:
        outputs = {name: tmp_path / name for name in ("r.pdf", "r.xlsx", "b.gpkg", "b.geojson")}
        for name, path in outputs.items():
            argv = (["report", "--project", str(demo_with_rasters), "--out", str(path)] if name.startswith("r.")
                    else ["export", "--project", str(demo_with_rasters), "--layer", "buildings", "--out", str(path)])
            assert main(argv) == 0, capsys.readouterr().err
        Project.open(demo_with_rasters).save(tmp_path / "p.gpkg")
        outputs["p.gpkg"] = tmp_path / "p.gpkg"
    finally:
        os.umask(previous)
    assert {name: path.stat().st_mode & 0o777 for name, path in outputs.items()} == dict.fromkeys(outputs, 0o640)


SAVING_SESSION = """
import sys
from app.project import Project
project = Project.open(sys.argv[1])
project.meta["title"] = "after the kill"
project.save()
"""


@pytest.mark.parametrize("syscall", ["fsync", "rename"])
def test_a_save_killed_at_a_chosen_system_call_leaves_the_previous_file(demo_with_rasters, tmp_path, syscall):
    """SIGKILL delivered by the kernel at the save's fsync or rename (strace fault injection)."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed (.ci/system-packages.sh installs it)")
    path = tmp_path / "P.gpkg"
    shutil.copy(demo_with_rasters, path)
    before = path.read_bytes()
    calls = {"fsync": "fsync,fdatasync", "rename": "rename,renameat,renameat2"}[syscall]
    done = subprocess.run([strace, "-f", "-qq", "-o", os.devnull, "-e", f"trace={calls}", "-e",
                           f"inject={calls}:signal=KILL", sys.executable, "-c", SAVING_SESSION, str(path)],
                          env=dict(os.environ, PYTHONPATH=str(REPO)), capture_output=True, text=True, timeout=300)
    if "ptrace" in done.stderr.lower() and "not permitted" in done.stderr.lower():
        pytest.skip(f"the kernel refuses ptrace here: {done.stderr.strip()}")
    assert done.returncode in (-signal.SIGKILL, 128 + signal.SIGKILL), done.stderr
    assert path.read_bytes() == before  # the previous file, byte for byte
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".P-saving-")]
    assert leftovers  # the killed writer's temporary is still there...
    assert Project.open(path).title == Project.open(demo_with_rasters).title
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".P-saving-")]  # ...until the next open
