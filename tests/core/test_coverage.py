"""Coverage toward the 50 % target against the hand-computed fixture, and `lygsite coverage`."""
from __future__ import annotations

import json

import numpy as np
import pyogrio
import pytest
from numpy.testing import assert_allclose

from app.cli import main
from app.core.errors import InputError
from app.siting.coverage import coverage_rows, open_target_buildings, target_pct
from tests.core.test_rooftop_fixture import GANYU, HAIZHOU, fixture_buildings

CONTRACT_KEYS = {"adcode", "county", "category", "buildings", "roof_area_m2", "pv_area_m2", "buildings_with_pv",
                 "coverage_pct", "target_pct", "gap_m2"}


def _row(rows, adcode, category):
    (row,) = [r for r in rows if r["adcode"] == adcode and r["category"] == category]
    return row


# Hand reference (fixture rectangles; B5 is old and B6 residential, so both are out):
#   Haizhou public  : B1 800 m2 (PV 300) + B2 300 m2 (none)           -> 300/1100 = 27.2727 %, 1/2 = 50 %
#   Haizhou factory : B3 5000 (PV 2000) + B4 2400 (planned: not counted) -> 2000/7400 = 27.0270 %, 1/2
#   Ganyu factory   : B7 4000, pv_area missing, 100 kWp / 0.2 kWp/m2 = 500 m2 -> 12.5 %, 1/1
#   Ganyu public    : B8 300, installed with no area and no kWp -> 0 m2, 1/1 (flagged unknown)
#   City public     : 1400 m2 roof, 300 PV, 2 of 3 -> 21.4286 %; gap 700 - 300 = 400 m2
#   City factory    : 11400 m2 roof, 2500 PV, 2 of 3 -> 21.9298 %; gap 5700 - 2500 = 3200 m2
HAND = {
    (HAIZHOU, "public_institution"): (2, 1100, 300, 1, 300 / 1100 * 100, 50.0, 250.0, 0),
    (HAIZHOU, "factory"): (2, 7400, 2000, 1, 2000 / 7400 * 100, 50.0, 1700.0, 0),
    (GANYU, "factory"): (1, 4000, 500, 1, 12.5, 100.0, 1500.0, 0),
    (GANYU, "public_institution"): (1, 300, 0, 1, 0.0, 100.0, 150.0, 0),
    ("320700", "public_institution"): (3, 1400, 300, 2, 300 / 1400 * 100, 200 / 3, 400.0, 0),
    ("320700", "factory"): (3, 11400, 2500, 2, 2500 / 11400 * 100, 200 / 3, 3200.0, 0),
}


def test_coverage_by_area_matches_hand_computation():
    rows = coverage_rows(fixture_buildings())
    assert target_pct() == 50.0
    for (adcode, category), (n, roof, pv, with_pv, area_pct, count_pct, gap, gap_n) in HAND.items():
        row = _row(rows, adcode, category)
        assert CONTRACT_KEYS <= set(row)
        assert (row["buildings"], row["buildings_with_pv"], row["gap_buildings"]) == (n, with_pv, gap_n)
        assert_allclose([row["roof_area_m2"], row["pv_area_m2"], row["gap_m2"]], [roof, pv, gap], atol=0.05)
        assert_allclose(row["coverage_pct"], area_pct, atol=1e-3)  # rows are rounded to 3 decimals
        assert_allclose(row["coverage_count_pct"], count_pct, atol=1e-3)
        assert row["target_pct"] == 50.0
    assert _row(rows, GANYU, "factory")["pv_area_estimated"] == 1
    assert _row(rows, GANYU, "public_institution")["pv_area_unknown"] == 1
    # the other four counties are listed with nothing in them
    empty = _row(rows, "320724", "factory")
    assert empty["buildings"] == 0 and empty["coverage_pct"] is None and empty["gap_m2"] == 0
    assert len(rows) == 6 * 2 + 2


def test_coverage_by_count_and_target_override():
    rows = coverage_rows(fixture_buildings(), by="count", overrides={"rooftop.coverage_target": 80.0})
    row = _row(rows, HAIZHOU, "factory")
    assert_allclose(row["coverage_pct"], 50.0)
    assert row["target_pct"] == 80.0
    assert_allclose(row["gap_m2"], 0.8 * 7400 - 2000, atol=0.05)
    assert row["gap_buildings"] == 1  # ceil(0.8 * 2) - 1


def test_other_categories_listed_without_target():
    rows = coverage_rows(fixture_buildings(), all_categories=True)
    residential = _row(rows, HAIZHOU, "residential")
    assert residential["buildings"] == 1 and residential["target_pct"] is None and residential["gap_m2"] is None


def test_county_comes_from_geometry_not_from_an_attribute():
    buildings = fixture_buildings()
    buildings["county"] = "320724"  # a wrong attribute must not move buildings
    rows = coverage_rows(buildings)
    assert _row(rows, "320724", "factory")["buildings"] == 0
    assert _row(rows, HAIZHOU, "factory")["buildings"] == 2


def test_bad_values_are_named_by_row():
    buildings = fixture_buildings()
    buildings.loc[2, "pv_status"] = "done"
    with pytest.raises(InputError, match="rows 3 \\('done'\\)"):
        coverage_rows(buildings)
    buildings = fixture_buildings()
    buildings["is_new"] = buildings["is_new"].astype(object)
    buildings.loc[0, "is_new"] = "maybe"
    with pytest.raises(InputError, match="is_new must be 0 or 1"):
        coverage_rows(buildings)
    with pytest.raises(InputError, match="expected 'area' or 'count'"):
        coverage_rows(fixture_buildings(), by="volume")


def test_open_target_buildings_sorted_by_potential():
    buildings = fixture_buildings()
    open_list = open_target_buildings(buildings)
    # new public/factory without installed/verified PV: B4 (planned, 2400 m2) then B2 (none, 300 m2)
    assert open_list["bld_id"].tolist() == ["B4", "B2"]
    assert np.all(np.diff(open_list["pot_kwh"].to_numpy()) <= 0)


def test_coverage_cli_json(tmp_path, capsys):
    path = tmp_path / "buildings.gpkg"
    pyogrio.write_dataframe(fixture_buildings(), path, layer="buildings")
    assert main(["coverage", "--buildings", str(path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    row = _row(rows, HAIZHOU, "public_institution")
    assert_allclose(row["coverage_pct"], 300 / 1100 * 100, atol=1e-3)
    assert main(["coverage", "--buildings", str(path), "--by", "count", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert_allclose(_row(rows, HAIZHOU, "public_institution")["coverage_pct"], 50.0)


def test_coverage_cli_bad_input_is_one_line(tmp_path, capsys):
    assert main(["coverage", "--buildings", str(tmp_path / "missing.shp"), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip().startswith("lygsite: error: buildings: file not found: ")
    assert len(captured.err.strip().splitlines()) == 1
