"""Progress: status rules, computations from layers, user entries, the CLI."""
from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from app.core.errors import InputError
from app.layers.crs import METRIC_CRS, STORAGE_CRS
from app.layers.model import VectorLayer
from app.project import Project
from app.siting.progress import (add_progress_entries, assess, compute_progress, progress_fraction,
                                 renewable_capacity_share_pct, rooftop_coverage_pct, validate_entries)
from app.siting.plan_targets import shipped_targets

# Straight-line path references (hand computed): baseline at 2020-12-31,
# deadline 2025-12-31 -> 1826 days; 2020-12-31 -> 2023-07-01 is 912 days,
# -> 2024-12-31 is 1461 days.
SPAN = 1826.0


@pytest.mark.parametrize("value, expected", [(25.0, "on_track"), (24.9, "behind"), (50.0, "met"), (61.0, "met")])
def test_at_least_path_from_baseline(value, expected):
    # path value on 2023-07-01: 50 * 912 / 1826 = 24.97
    status, message = assess("at_least", 50.0, "2025-12-31", [("2023-07-01", value)], 0.0, 2020)
    assert status == expected, message


@pytest.mark.parametrize("value, expected", [(-12.0, "on_track"), (-10.0, "behind"), (-14.5, "met")])
def test_decrease_path(value, expected):
    # path value on 2024-12-31: -14 * 1461 / 1826 = -11.20
    status, message = assess("decrease", -14.0, "2025-12-31", [("2022-06-30", -3.0), ("2024-12-31", value)], 0.0, 2020)
    assert status == expected, message
    if expected != "met":
        assert f"{-14 * 1461 / SPAN:.4g}" in message


def test_no_baseline_uses_the_first_entry_and_one_entry_cannot_be_judged():
    # 2023-01-01 (30) -> 2025-12-31 (70): 1095 days; at 2024-01-01 (365 days) the path is 30 + 40*365/1095 = 43.33
    assert assess("at_least", 70, "2025-12-31", [("2023-01-01", 30), ("2024-01-01", 44)])[0] == "on_track"
    assert assess("at_least", 70, "2025-12-31", [("2023-01-01", 30), ("2024-01-01", 43)])[0] == "behind"
    status, message = assess("at_least", 70, "2025-12-31", [("2024-01-01", 60)])
    assert status == "behind" and "cannot be judged" in message


def test_no_data_and_deadline_passed():
    assert assess("at_least", 40, "2025-12-31", [])[0] == "no_data"
    status, message = assess("at_least", 40, "2025-12-31", [("2026-03-01", 39.0)], 0.0, 2020)
    assert status == "behind" and "deadline 2025-12-31 passed" in message


def test_progress_fraction():
    np.testing.assert_allclose(progress_fraction(-7.0, -14.0, 0.0), 0.5, rtol=1e-12)
    np.testing.assert_allclose(progress_fraction(20.0, 40.0, None), 0.5, rtol=1e-12)
    assert progress_fraction(120.0, 100.0, 0.0) == 1.0
    assert progress_fraction(None, 100.0, 0.0) is None


# ---------------------------------------------------------------------------
# computed values


def _square(x, y, side):
    return shapely.box(x, y, x + side, y + side)


def _buildings():
    # Squares in EPSG:4549 near Lianyungang (E ~ 470 km, N ~ 3830 km).
    x0, y0 = 470_000.0, 3_830_000.0
    rows = [
        # category, is_new, pv_status, pv_area_m2, side [m]
        ("public_institution", 1, "installed", 40.0, 10.0),   # counts: roof 100, pv 40
        ("factory", 1, "verified", 100.0, 20.0),              # counts: roof 400, pv 100
        ("factory", 1, "planned", 100.0, 10.0),               # roof 100 counts, planned pv does not
        ("public_institution", 0, "installed", 90.0, 10.0),   # not new
        ("commercial", 1, "installed", 90.0, 10.0),           # not a target category
    ]
    geoms = [_square(x0 + 100 * i, y0, r[4]) for i, r in enumerate(rows)]
    gdf = gpd.GeoDataFrame([{"bld_id": f"B{i}", "category": r[0], "is_new": r[1], "pv_status": r[2],
                             "pv_area_m2": r[3]} for i, r in enumerate(rows)], geometry=geoms, crs=METRIC_CRS)
    return gdf.to_crs(STORAGE_CRS)


def test_rooftop_coverage_from_a_fixture():
    value, details, message = rooftop_coverage_pct(_buildings())
    # reference: 100 * (40 + 100) / (100 + 400 + 100) = 23.333 %
    np.testing.assert_allclose(value, 100 * 140 / 600, rtol=1e-6)
    assert details["buildings"] == 3 and details["buildings_with_pv"] == 2
    assert message == ""


def test_rooftop_coverage_without_qualifying_buildings_is_no_data():
    gdf = _buildings()
    gdf["is_new"] = 0
    value, _, message = rooftop_coverage_pct(gdf)
    assert value is None and "no new public-institution or factory" in message


def _sites_and_island():
    p = shapely.Point(119.6, 34.7)
    sites = gpd.GeoDataFrame([
        {"site_id": "S1", "kind": "pv_ground", "capacity_mw": 80.0, "status": "built"},
        {"site_id": "S2", "kind": "wind_offshore", "capacity_mw": 300.0, "status": "built"},
        {"site_id": "S3", "kind": "wind_onshore", "capacity_mw": 999.0, "status": "approved"},
    ], geometry=[p, p, p], crs=STORAGE_CRS)
    island = gpd.GeoDataFrame([
        {"comp_id": "H", "kind": "hub", "site_id": None, "capacity_mw": 0.0, "status": "built"},
        {"comp_id": "W", "kind": "wind_offshore", "site_id": "S2", "capacity_mw": 300.0, "status": "built"},
        {"comp_id": "P", "kind": "pv_offshore", "site_id": None, "capacity_mw": 50.0, "status": "built"},
        {"comp_id": "E", "kind": "electrolyzer", "site_id": None, "capacity_mw": 100.0, "status": "built"},
        {"comp_id": "O", "kind": "ocean_energy", "site_id": None, "capacity_mw": 5.0, "status": "planned"},
    ], geometry=[p] * 5, crs=STORAGE_CRS)
    return sites, island


def _project_with(sites=None, island=None, buildings=None):
    project = Project("t")
    for name, gdf in (("candidate_sites", sites), ("island_components", island), ("buildings", buildings)):
        if gdf is not None:
            project.layers.append(VectorLayer(name, gdf))
    return project


BASELINE = pd.DataFrame([
    {"type": "coal", "renewable": False, "capacity_mw": 1000.0},
    {"type": "wind_onshore", "renewable": True, "capacity_mw": 200.0},
    {"type": "pv_distributed", "renewable": True, "capacity_mw": 100.0},
])


def test_renewable_share_counts_built_sites_and_island_once():
    project = _project_with(*_sites_and_island())
    project.set_table("capacity_baseline", BASELINE)
    value, details, message = renewable_capacity_share_pct(project)
    # reference: renewable 300 + 80 (S1) + 300 (S2; island W is the same farm) + 50 (P) = 730;
    # total 1300 + 430 = 1730 -> 42.197 %
    np.testing.assert_allclose(value, 100 * 730 / 1730, rtol=1e-9)
    assert message == ""
    assert {r["id"] for r in details["added_from_project"]} == {"S1", "S2", "P"}


def test_renewable_share_is_no_data_while_the_shipped_baseline_is_empty():
    project = _project_with(*_sites_and_island())
    value, details, message = renewable_capacity_share_pct(project)
    assert value is None
    assert "not filled in for coal" in message and "nuclear" in message


def test_negative_baseline_capacity_is_rejected():
    project = _project_with()
    bad = BASELINE.copy()
    bad.loc[0, "capacity_mw"] = -5
    project.set_table("capacity_baseline", bad)
    with pytest.raises(InputError, match="negative values for coal"):
        renewable_capacity_share_pct(project)


def test_compute_progress_rows_from_layers():
    sites, island = _sites_and_island()
    project = _project_with(sites, island, _buildings())
    project.set_table("capacity_baseline", BASELINE)
    rows = {r.id: r for r in compute_progress(project, as_of="2024-12-31")}
    roof = rows["new_roof_pv_coverage"]
    np.testing.assert_allclose(roof.current, 100 * 140 / 600, rtol=1e-6)
    # path on 2024-12-31: 50 * 1461 / 1826 = 40.0 -> 23.3 is behind
    assert roof.status == "behind" and roof.trend == [("2024-12-31", roof.current)]
    share = rows["renewable_capacity_share"]
    assert share.status == "met"  # 42.2 % > 40 %
    assert rows["green_malls_share"].status == "no_data" and "no data" in rows["green_malls_share"].message
    doc = roof.to_dict()
    for key in ("id", "title_zh", "metric", "unit", "baseline", "current", "target", "deadline", "status",
                "source_clause"):
        assert key in doc


# ---------------------------------------------------------------------------
# user entries

TODAY = "2024-12-31"


def entry(tid="green_travel_share", when="2023-06-30", value=60.0, source="市交通局统计公报"):
    return {"target_id": tid, "date": when, "value": value, "source": source}


@pytest.mark.parametrize("row, expected", [
    (entry(tid="nope"), "unknown plan target 'nope'"),
    (entry(value=120.0), "outside the physical limits 0..100"),
    (entry(tid="existing_building_retrofit", value=-1.0), "outside the physical limits"),
    (entry(value="lots"), "expected a number"),
    (entry(when="2023-13-45"), "date expected as YYYY-MM-DD"),
    (entry(when="2025-06-30"), "in the future"),
    (entry(source=" "), "expected a source"),
])
def test_bad_entries_are_rejected(row, expected):
    with pytest.raises(InputError, match=expected):
        validate_entries([row], shipped_targets(), today=TODAY)


def test_dates_out_of_order_in_a_batch_and_against_recorded_entries():
    with pytest.raises(InputError, match="dates out of order"):
        validate_entries([entry(when="2023-06-30"), entry(when="2022-06-30")], shipped_targets(), today=TODAY)
    project = Project("t")
    add_progress_entries(project, [entry(when="2023-06-30")], today=TODAY)
    with pytest.raises(InputError, match="not after the latest recorded entry 2023-06-30"):
        add_progress_entries(project, [entry(when="2023-06-30", value=61)], today=TODAY)
    assert len(project.tables["progress_entries"]) == 1  # a rejected batch records nothing


def test_entries_give_status_and_trend_and_undo():
    project = Project("t")
    batch = add_progress_entries(project, [entry(when="2022-12-31", value=55.0), entry(when="2024-06-30", value=66.0),
                                           entry(tid="provincial_efficiency_leaders", when="2024-06-30", value=5)],
                                 entered_by="王工", today=TODAY)
    assert list(batch["entered_by"]) == ["王工"] * 3
    rows = {r.id: r for r in compute_progress(project, as_of=TODAY)}
    travel = rows["green_travel_share"]
    assert travel.trend == [("2022-12-31", 55.0), ("2024-06-30", 66.0)]
    # no plan baseline: path from (2022-12-31, 55) to (2025-12-31, 70); at 2024-06-30 (547 of 1096 days):
    # 55 + 15 * 547 / 1096 = 62.49 -> 66 is on track
    assert travel.status == "on_track" and travel.current == 66.0
    assert rows["provincial_efficiency_leaders"].status == "met"
    project.undo_stack.undo()
    assert "progress_entries" not in project.tables
    assert {r.id: r for r in compute_progress(project, as_of=TODAY)}["green_travel_share"].status == "no_data"


def test_entries_survive_save_and_open(tmp_path):
    project = Project("t")
    add_progress_entries(project, [entry()], today=TODAY)
    project.save(tmp_path / "p.gpkg")
    reopened = Project.open(tmp_path / "p.gpkg")
    rows = {r.id: r for r in compute_progress(reopened, as_of=TODAY)}
    assert rows["green_travel_share"].trend == [("2023-06-30", 60.0)]


def test_cli_progress_json(tmp_path, capsys):
    from app.cli import main

    project = Project("t")
    add_progress_entries(project, [entry()], today=TODAY)
    path = project.save(tmp_path / "p.gpkg")
    assert main(["progress", "--project", str(path), "--as-of", TODAY, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) >= 16
    row = next(r for r in rows if r["id"] == "green_travel_share")
    assert row["current"] == 60.0 and row["status"] in ("on_track", "behind")
    assert set(row) >= {"id", "title_zh", "metric", "unit", "baseline", "current", "target", "deadline", "status",
                        "source_clause", "trend"}
    assert next(r for r in rows if r["id"] == "container_rail_water")["status"] == "no_data"
