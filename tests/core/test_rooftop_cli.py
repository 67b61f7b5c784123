"""`lygsite rooftop` per CONTRACT.md: OUT = the buildings + roof_m2, usable_m2, pot_kwp, pot_kwh."""
from __future__ import annotations

import json

import pyogrio
import pytest
from numpy.testing import assert_allclose

from app.cli import main
from tests.core.test_rooftop_fixture import fixture_buildings

CONTRACT_KEYS = {"buildings", "roof_area_m2", "usable_area_m2", "potential_kwp", "potential_mwh", "seconds"}


@pytest.mark.parametrize("suffix", [".gpkg", ".shp", ".geojson"])
def test_rooftop_cli_writes_potential(tmp_path, capsys, suffix):
    source = tmp_path / "in.gpkg"
    pyogrio.write_dataframe(fixture_buildings(), source)
    out = tmp_path / f"out{suffix}"
    assert main(["rooftop", "--buildings", str(source), "--out", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert CONTRACT_KEYS <= set(summary)
    assert summary["buildings"] == 8
    # reference: the fixture rectangles (see test_rooftop_potential.py)
    assert_allclose(summary["roof_area_m2"], 800 + 300 + 5000 + 2400 + 2500 + 400 + 4000 + 300, rtol=1e-7)
    # setback areas times the obstruction-free shares of public (0.70), factory (0.65 flat,
    # 0.65 pitched on both slopes) and residential (0.50) roofs
    usable = ((38 * 18 + 28 * 8 + 18 * 13) * 0.70 + 98 * 48 * 0.65 + (58 * 38 + 48 * 48 + 78 * 48) * 0.65
              + 18 * 18 * 0.50)
    assert_allclose(summary["usable_area_m2"], usable, rtol=1e-6)
    assert summary["uncertainty_pct"] == 10.0 and summary["shade_status"] == {"computed": 8}
    assert_allclose(summary["potential_mwh_high"], summary["potential_mwh"] * 1.1, rtol=1e-9)
    written = pyogrio.read_dataframe(out)
    assert {"bld_id", "roof_m2", "usable_m2", "pot_kwp", "pot_kwh", "shade_loss"} <= set(written.columns)
    assert len(written) == 8
    assert_allclose(written["pot_kwp"].sum(), summary["potential_kwp"], rtol=1e-9)
    assert_allclose(written["pot_kwh"].sum() / 1000, summary["potential_mwh"], rtol=1e-9)


def test_rooftop_cli_assumption_override_and_bad_input(tmp_path, capsys):
    source = tmp_path / "in.gpkg"
    pyogrio.write_dataframe(fixture_buildings().iloc[:1], source)
    out = tmp_path / "o.gpkg"
    assert main(["rooftop", "--buildings", str(source), "--out", str(out), "--set", "edge_setback_m=2", "--json"]) == 0
    assert_allclose(json.loads(capsys.readouterr().out)["usable_area_m2"], 36 * 16 * 0.70, rtol=1e-6)
    assert main(["rooftop", "--buildings", str(source), "--out", str(out), "--no-shading", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["shade_status"] == {"not_computed": 1}
    assert pyogrio.read_dataframe(out)["shade_loss"].isna().all()  # empty, not a silent 0
    assert main(["rooftop", "--buildings", str(source), "--out", str(tmp_path / "o.txt")]) == 2
    assert "out: expected a file ending in .gpkg, .shp, .geojson or .json, got 'o.txt'" in capsys.readouterr().err
    assert main(["rooftop", "--buildings", str(source), "--out", str(out), "--set", "colour=3"]) == 2
    assert "expected NAME=VALUE" in capsys.readouterr().err
