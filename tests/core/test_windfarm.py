"""Site analysis end to end, bad sites, undoable results and ``lygsite windfarm``."""
import json
import math

import numpy as np
import pytest
import shapely
from numpy.testing import assert_allclose

from app.core import assumptions
from app.cli import main
from app.core.errors import InputError
from app.siting.constraints import Rule, RuleSet
from app.siting.site_analysis import ANALYSIS_TABLE, EXCLUDED_LAYER, analyse_site, analysis_command, compare_sites, pv_capacity_mw
from tests.core.siting_fixtures import make_project, metric_box

LAND = metric_box(-50_000, -50_000, 50_000, 50_000)
ON_LAND_ONLY = RuleSet("t", [Rule("on_land", "on_land", 0, "m", "test", applies_to=("wind_onshore", "pv_ground")),
                             Rule("spacing", "turbine_spacing", 3, "D", "test", applies_to=("wind_onshore",))])


def wind_site(geometry_m=None, geometry=None, turbine="E-126/4200", hub=135.0, kind="wind_onshore", sid="S1"):
    return {"site_id": sid, "kind": kind, "turbine_type": turbine, "hub_height_m": hub,
            "geometry_m": geometry_m, "geometry": geometry}


def test_layout_count_and_capacity_on_a_known_rectangle():
    # E-126/4200: D = 127 m. 5D x 8D = 635 x 1016 m, wind from north; site 3000 x 4000 m,
    # margin 63.5 m -> 2873 x 3873 m usable: (floor(2873/635)+1) x (floor(3873/1016)+1) = 5 x 4 = 20
    project = make_project(LAND, [wind_site(metric_box(0, 0, 3000, 4000))])
    res = analyse_site(project, "S1", ON_LAND_ONLY, 5, 8, 0.0, with_yield=False)
    assert res.turbines == 20
    assert_allclose(res.capacity_mw, 20 * 4.2, rtol=1e-12)
    assert_allclose(res.spacing_m, (635.0, 1016.0))
    assert_allclose(res.eligible_area_km2, 12.0, rtol=1e-6)
    assert len(res.turbine_rows) == 20


def test_yield_and_wake_loss_from_the_engine():
    project = make_project(LAND, [wind_site(metric_box(0, 0, 3000, 4000))])
    res = analyse_site(project, "S1", ON_LAND_ONLY, 5, 8, 0.0)
    assert res.gross_mwh > res.net_mwh > 0
    # net = gross through wake, availability, electrical and other losses, each of what is left
    kept = np.prod([1 - res.losses_pct[k] / 100 for k in ("wake", "availability", "electrical", "other")])
    assert_allclose(res.net_mwh, res.gross_mwh * kept, rtol=1e-12)
    assert res.losses_pct["wake"] == res.wake_loss_pct and 0 < res.wake_loss_pct < 30
    assert res.wake_model_key == "noj" and "k = 0.04" in res.wake_model  # onshore default, named
    assert_allclose(res.capacity_factor, res.net_mwh / (res.capacity_mw * 8760), rtol=1e-9)
    assert_allclose(res.net_full_load_hours, res.net_mwh / res.capacity_mw, rtol=1e-12)
    # closer spacing -> more wake loss (the physics the planner trades against)
    tight = analyse_site(project, "S1", ON_LAND_ONLY, 3, 4, 0.0)
    assert tight.wake_loss_pct > res.wake_loss_pct


def test_self_intersecting_polygon_is_explained_and_repairable():
    m = metric_box(0, 0, 2000, 2000).exterior.coords
    bowtie = shapely.Polygon([m[0], m[2], m[1], m[3]])  # crossing diagonals
    project = make_project(LAND, [wind_site(bowtie)])
    res = analyse_site(project, "S1", ON_LAND_ONLY, with_yield=False)
    assert res.turbines == 0 and "not valid" in res.reason and "make_valid" in res.reason
    fixed = analyse_site(project, "S1", ON_LAND_ONLY, with_yield=False, repair=True)
    assert fixed.reason == "" and fixed.eligible_area_km2 > 0
    assert any("make_valid" in n for n in fixed.notes)


def test_tiny_polygon():
    project = make_project(LAND, [wind_site(metric_box(0, 0, 50, 50))])  # 2500 m2 < 0.01 km2
    res = analyse_site(project, "S1", ON_LAND_ONLY, with_yield=False)
    assert res.turbines == 0 and "too small" in res.reason


def test_site_entirely_excluded():
    sea_site = metric_box(60_000, 0, 62_000, 2000)  # outside the land box
    project = make_project(LAND, [wind_site(sea_site)])
    res = analyse_site(project, "S1", ON_LAND_ONLY, with_yield=False)
    assert res.turbines == 0 and res.eligible_area_km2 == 0
    assert "entirely excluded" in res.reason and "on_land" in res.reason
    assert_allclose(res.excluded["area_km2"].sum(), 4.0, rtol=1e-6)


def test_rotor_too_large_for_the_site():
    project = make_project(LAND, [wind_site(metric_box(0, 0, 110, 110), turbine="V164/9500", hub=125.0)])
    res = analyse_site(project, "S1", ON_LAND_ONLY, with_yield=False)
    assert res.turbines == 0 and "too large" in res.reason


def test_turbine_type_without_power_curve():
    project = make_project(LAND, [wind_site(metric_box(0, 0, 3000, 4000), turbine="AD132/5000", hub=120.0)])
    res = analyse_site(project, "S1", ON_LAND_ONLY)
    assert res.turbines > 0 and res.capacity_mw == res.turbines * 5.0
    assert math.isnan(res.net_mwh) and "no power curve" in res.reason


def test_unknown_turbine_type_and_unknown_site():
    project = make_project(LAND, [wind_site(metric_box(0, 0, 3000, 4000), turbine="E-126/42")])
    res = analyse_site(project, "S1", ON_LAND_ONLY, with_yield=False)
    assert res.turbines == 0 and "unknown turbine type" in res.reason
    with pytest.raises(InputError, match="expected one of: S1"):
        analyse_site(project, "S9", ON_LAND_ONLY)


def test_spacing_below_rule_minimum_is_refused():
    project = make_project(LAND, [wind_site(metric_box(0, 0, 3000, 4000))])
    with pytest.raises(InputError, match="below the minimum turbine distance 3 D"):
        analyse_site(project, "S1", ON_LAND_ONLY, 2, 8, with_yield=False)


def test_pv_capacity_from_area_gcr_and_density():
    # 2 km2 eligible x GCR x kWp/m2 (siting.json) -> MWp
    gcr = assumptions.value("siting.pv_ground_coverage_ratio")
    density = assumptions.value("siting.pv_module_density_kwp_m2")
    project = make_project(LAND, [{"site_id": "P1", "kind": "pv_ground", "geometry_m": metric_box(0, 0, 2000, 1000)}])
    res = analyse_site(project, "P1", ON_LAND_ONLY)
    assert_allclose(res.capacity_mw, 2e6 * gcr * density / 1000, rtol=1e-6)
    assert_allclose(pv_capacity_mw(2.0, "pv_ground"), 2e6 * gcr * density / 1000, rtol=1e-12)
    assert res.net_mwh > 0 and 0.08 < res.capacity_factor < 0.25


def test_analysis_command_undo_redo():
    project = make_project(LAND, [wind_site(metric_box(0, 0, 3000, 4000)),
                                  wind_site(metric_box(10_000, 0, 13_000, 4000), sid="S2")])
    first = analyse_site(project, "S1", ON_LAND_ONLY, 5, 8, 0.0, with_yield=False)
    project.undo_stack.push(analysis_command(project, first))
    assert len(project.layers["turbines"].gdf) == 20 and EXCLUDED_LAYER in project.layers
    assert project.tables[ANALYSIS_TABLE]["turbines"].tolist() == [20]
    second = analyse_site(project, "S2", ON_LAND_ONLY, 5, 8, 0.0, with_yield=False)
    project.undo_stack.push(analysis_command(project, second))
    assert sorted(set(project.layers["turbines"].gdf["site_id"])) == ["S1", "S2"]
    again = analyse_site(project, "S1", ON_LAND_ONLY, 8, 8, 0.0, with_yield=False)  # re-analyse S1: replaces its rows
    project.undo_stack.push(analysis_command(project, again))
    counts = project.layers["turbines"].gdf["site_id"].value_counts()
    assert counts["S1"] == again.turbines and counts["S2"] == 20
    project.undo_stack.undo()
    assert project.layers["turbines"].gdf["site_id"].value_counts()["S1"] == 20
    project.undo_stack.undo()
    project.undo_stack.undo()
    assert EXCLUDED_LAYER not in project.layers and "turbines" not in project.layers
    assert ANALYSIS_TABLE not in project.tables
    project.undo_stack.redo()
    assert len(project.layers["turbines"].gdf) == 20


def test_compare_sites_table():
    project = make_project(LAND, [wind_site(metric_box(0, 0, 3000, 4000)),
                                  {"site_id": "P1", "kind": "pv_ground", "geometry_m": metric_box(5000, 0, 7000, 1000)}])
    table, results = compare_sites(project, ON_LAND_ONLY, with_yield=False)
    assert table["site_id"].tolist() == ["S1", "P1"]
    assert list(table.columns[:6]) == ["site_id", "name", "kind", "county", "eligible_area_km2", "capacity_mw"]
    assert table.loc[0, "county"] == "赣榆区"


def test_cli_windfarm_on_demo_site(capsys):
    assert main(["windfarm", "--site-id", "CS-02", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    for key in ("turbines", "capacity_mw", "gross_mwh", "net_mwh", "wake_loss_pct", "eligible_area_km2", "spacing_m",
                "wake_model", "losses_pct", "net_full_load_hours", "turbine", "turbines_lonlat", "wind_climate",
                "weather_source"):
        assert key in doc
    assert set(doc["losses_pct"]) == {"wake", "availability", "electrical", "other"}
    assert set(doc["turbine"]) >= {"type", "rotor_diameter_m", "hub_height_m", "rated_kw", "power_curve", "ct_curve",
                                   "source"}
    climate = doc["wind_climate"]
    assert set(climate) >= {"height_m", "sectors_deg", "speeds_ms", "frequency", "source"}
    frequency = np.asarray(climate["frequency"])
    assert frequency.shape == (len(climate["sectors_deg"]), len(climate["speeds_ms"]))
    assert_allclose(frequency.sum(), 1.0, rtol=1e-12)
    assert climate["height_m"] == doc["turbine"]["hub_height_m"] == 125.0
    assert len(doc["turbines_lonlat"]) == doc["turbines"]
    assert "TurbOPark" in doc["wake_model"]  # the offshore default, named with its parameters
    # CS-02 carries V164/9500 (D = 164 m) and the default 5D x 8D spacing
    assert doc["spacing_m"] == [5 * 164.0, 8 * 164.0]
    assert doc["turbines"] > 10 and doc["capacity_mw"] == pytest.approx(doc["turbines"] * 9.5)
    assert doc["gross_mwh"] > doc["net_mwh"] > 0


def test_cli_windfarm_bad_input(capsys):
    assert main(["windfarm", "--site-id", "CS-99", "--json"]) == 2
    assert "CS-99" in capsys.readouterr().err
    assert main(["windfarm", "--site-id", "CS-04", "--json"]) == 2  # an offshore PV site
    assert "wind site" in capsys.readouterr().err
    assert main(["windfarm", "--site-id", "CS-02", "--spacing", "fivexeight"]) == 2


def test_analyses_pushed_together_all_write_into_one_excluded_layer():
    """'Analyse all sites' builds every command before any runs: the layers are
    created once and every site's rows land in them (the second site's
    excluded part was lost when each command kept its own new layer)."""
    from app.siting.site_analysis import CompoundCommand

    project = make_project(LAND, [wind_site(metric_box(0, 0, 3000, 4000)),
                                  wind_site(metric_box(48_000, 0, 52_000, 4000), sid="S2")])
    results = [analyse_site(project, sid, ON_LAND_ONLY, 5, 8, 0.0, with_yield=False) for sid in ("S1", "S2")]
    assert len(results[0].excluded) == 0 and len(results[1].excluded) > 0
    project.undo_stack.push(CompoundCommand([analysis_command(project, r) for r in results], "analyse all"))
    excluded = project.layers[EXCLUDED_LAYER].gdf
    assert set(excluded["site_id"]) == {"S2"}
    # half of S2 (2 km x 4 km) lies beyond the land edge at x = 50 km; rectangles drawn in EPSG:4549 and
    # stored in lon/lat keep their area to ~1e-13 (measured): rtol 1e-9
    assert_allclose(excluded.to_crs("EPSG:4549").area.sum(), 2000 * 4000, rtol=1e-9)
    assert set(project.layers["turbines"].gdf["site_id"]) == {"S1", "S2"}
    project.undo_stack.undo()
    assert EXCLUDED_LAYER not in project.layers and "turbines" not in project.layers


def test_raster_rule_on_the_indicative_raster_says_so(tmp_path):
    from app.sample.demo import build_demo_project

    project = build_demo_project(raster_dir=tmp_path)
    result = analyse_site(project, "CS-01", with_yield=False)
    assert any("indicative raster" in note for note in result.notes)
    rules = set(result.excluded["rule_id"])
    assert "min_wind_speed" in rules  # the coastal site's inland edge is below the 100 m wind threshold
