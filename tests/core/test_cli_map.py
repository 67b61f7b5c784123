"""CLI JSON per CONTRACT.md for the map commands."""
import json
import subprocess
import sys


from app.cli import main


def run_json(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr().out
    assert code == 0
    return json.loads(out)


def test_counties_json(capsys):
    rows = run_json(capsys, "counties", "--json")
    assert [r["adcode"] for r in rows] == ["320703", "320706", "320707", "320722", "320723", "320724"]
    ganyu = next(r for r in rows if r["adcode"] == "320707")
    assert ganyu["name_zh"] == "赣榆区" and ganyu["name_en"] == "Ganyu" and ganyu["coastal"] is True
    assert 1300 < ganyu["area_km2"] < 1500
    assert set(rows[0]) >= {"adcode", "name_zh", "name_en", "area_km2", "coastal"}


def test_demo_then_layers_json(capsys, tmp_path):
    out = tmp_path / "demo.gpkg"
    assert main(["demo", "--out", str(out)]) == 0
    capsys.readouterr()
    rows = run_json(capsys, "layers", "--project", str(out), "--json")
    names = {r["name"]: r for r in rows}
    assert set(names) >= {"counties", "sea_area", "buildings", "candidate_sites", "turbines", "island_components"}
    assert names["buildings"]["feature_count"] >= 3000
    assert names["buildings"]["kind"] == "vector" and names["buildings"]["geometry_type"] == "Polygon"
    assert all(r["crs"] == "EPSG:4490" for r in rows if r["kind"] == "vector")
    assert set(rows[0]) >= {"name", "title", "kind", "geometry_type", "feature_count", "crs"}
    counties = run_json(capsys, "counties", "--project", str(out), "--json")
    assert len(counties) == 6


def test_bad_input_is_one_line_on_stderr(tmp_path):
    bad = tmp_path / "broken.gpkg"
    bad.write_text("garbage")
    proc = subprocess.run([sys.executable, "-m", "app", "layers", "--project", str(bad), "--json"],
                          capture_output=True, text=True)
    assert proc.returncode != 0
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "broken.gpkg" in lines[0] and "Traceback" not in proc.stderr


def test_demo_out_must_be_gpkg(capsys, tmp_path):
    assert main(["demo", "--out", str(tmp_path / "x.shp")]) == 2
    assert ".gpkg" in capsys.readouterr().err
