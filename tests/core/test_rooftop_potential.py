"""Roof potential against hand-computed rectangles (tests/core/test_rooftop_fixture.py)."""
from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from numpy.testing import assert_allclose
from shapely import affinity

from app.core.errors import InputError
from app.siting.rooftop import (params, ridge_facing_azimuth, roof_potential, row_ground_coverage_ratio,
                                summarise_potential, usable_plan_area)
from tests.core.test_rooftop_fixture import fixture_buildings

# GB 50797-2012 §6.8.5 by hand at 34.6 N, tilt 20 deg:
#   sin(alt) = 0.648 cos 34.6 - 0.399 sin 34.6 = 0.53339 - 0.22657 = 0.30682 -> alt = 17.868 deg, tan = 0.32241
#   D/L = 0.707 sin 20 / 0.32241 = 0.75001; GCR = 1 / (cos 20 + 0.75001) = 1 / 1.68970 = 0.59182
GCR_HAND = 0.59182
DENSITY = 0.20  # kWp/m2, rooftop.json


def flat_sy(tilt, azimuth):
    # a stand-in yield engine: a different number per orientation, so grouping errors show
    return 1000.0 + azimuth + tilt


def test_gcr_matches_gb50797_by_hand():
    assert_allclose(row_ground_coverage_ratio(20.0, 34.6), GCR_HAND, rtol=1e-4)  # hand steps kept 5 digits
    assert row_ground_coverage_ratio(0.0, 34.6) == pytest.approx(1.0)
    # steeper rows need more spacing
    assert row_ground_coverage_ratio(30.0, 34.6) < row_ground_coverage_ratio(20.0, 34.6)


#: Obstruction-free shares of rooftop.json for the fixture's category/roof pairs.
FREE = {"public_institution": 0.70, "factory": 0.65, "residential": 0.50, "factory_pitched": 0.65}


def test_usable_area_of_fixture_rectangles():
    result = roof_potential(fixture_buildings(), specific_yield=flat_sy)
    # setback 1 m on each side: (w-2)(d-2), times the obstruction-free share of the category and roof
    # type; B3 is a factory roof of 6 deg (below the 10 deg two-slope limit), so both slopes count
    edge = np.array([38 * 18, 28 * 8, 98 * 48, 58 * 38, 48 * 48, 18 * 18, 78 * 48, 18 * 13], dtype=float)
    free = np.array([FREE["public_institution"], FREE["public_institution"], FREE["factory_pitched"],
                     FREE["factory"], FREE["factory"], FREE["residential"], FREE["factory"],
                     FREE["public_institution"]])
    expected_usable = edge * free
    assert_allclose(result["roof_m2"], [800, 300, 5000, 2400, 2500, 400, 4000, 300], rtol=1e-7)
    assert_allclose(result["edge_usable_m2"], edge, rtol=1e-6)
    assert_allclose(result["obstruction_factor"], free)
    assert_allclose(result["usable_m2"], expected_usable, rtol=1e-6)
    module = expected_usable * GCR_HAND
    module[2] = 98 * 48 * 0.65 / math.cos(math.radians(6.0))  # flush on a 6 deg steel roof
    assert_allclose(result["module_m2"], module, rtol=1e-4)
    assert_allclose(result["pot_kwp"], module * DENSITY, rtol=1e-4)
    # B3's ridge runs east-west (long side along x): one slope faces due south, the other north
    assert result["pv_azimuth"].tolist() == [180.0] * 8
    assert result["pv_tilt"].tolist() == [20, 20, 6, 20, 20, 20, 20, 20]
    assert result["pv_faces"].tolist() == [1, 1, 2, 1, 1, 1, 1, 1]
    # two slopes share the kWp: the mean of the south (1186) and north (1006) stand-in yields
    assert_allclose(result["pot_kwh"], result["pot_kwp"] * np.where(result["pv_tilt"] == 6, 1096.0, 1200.0))
    # equal heights everywhere: nobody shades anybody, and the chain is kept per building
    assert (result["shade_status"] == "computed").all() and (result["shade_loss"] == 0).all()
    assert_allclose(result["usable_share"], result["usable_m2"] / result["roof_m2"])


def test_obstruction_factors_applied_per_category_and_roof_type():
    from app.core.assumptions import value

    base = fixture_buildings().iloc[[0]].copy()
    rows = []
    for category in ("public_institution", "factory", "commercial", "residential", "other"):
        for roof in ("flat", "pitched"):
            row = base.copy()
            row["category"], row["roof_type"] = category, roof
            rows.append(row)
    import pandas as pd

    frame = pd.concat(rows, ignore_index=True)
    result = roof_potential(frame, specific_yield=flat_sy, shading=False)
    for (_, row), (_, out) in zip(frame.iterrows(), result.iterrows()):
        factor = value(f"rooftop.obstruction_free_{row['category']}_{row['roof_type']}")
        assert out["obstruction_factor"] == factor
        steep = row["roof_type"] == "pitched" and row["category"] != "factory"
        assert_allclose(out["usable_m2"], 38 * 18 * factor * (0.5 if steep else 1.0), rtol=1e-6)
        assert out["pv_mount"] == ("open_rack" if row["roof_type"] == "flat" else "roof")
    # published rooftop studies find roughly 20-65 % of roof area usable depending on type
    assert result["usable_share"].between(0.2, 0.65).all()
    assert (result["shade_status"] == "not_computed").all() and result["shade_loss"].isna().all()


def test_min_patch_drops_small_parts_and_setback_override():
    # two rectangles in one footprint: 20x10 -> 18x8 = 144 m2 kept, 5x4 -> 3x2 = 6 m2 < 10 m2 dropped
    multi = shapely.MultiPolygon([shapely.box(0, 0, 20, 10), shapely.box(100, 0, 105, 4)])
    assert_allclose(usable_plan_area(np.array([multi]), 1.0, 10.0), [144.0])
    assert_allclose(usable_plan_area(np.array([multi]), 1.0, 5.0), [150.0])
    # 2 m setback: (40-4)(20-4) = 576 for B1, times its obstruction-free share
    result = roof_potential(fixture_buildings().iloc[:1], specific_yield=flat_sy,
                            overrides={"rooftop.edge_setback_m": 2.0})
    assert_allclose(result["usable_m2"], [576.0 * FREE["public_institution"]], rtol=1e-6)


def test_ridge_azimuth_from_long_axis():
    box = shapely.box(0, 0, 100, 20)  # ridge bearing 90 (east): faces 0 and 180
    rotated = affinity.rotate(box, 30, origin="centroid")  # ridge bearing 60: faces 150 and 330
    assert_allclose(ridge_facing_azimuth(np.array([box, rotated])), [180.0, 150.0], atol=1e-6)


def test_orientation_groups_call_the_engine_once_each():
    buildings = fixture_buildings()
    calls = []

    def counting(tilt, azimuth):
        calls.append((tilt, azimuth))
        return 1000.0

    result = roof_potential(buildings, specific_yield=counting)
    assert sorted(calls) == [(6.0, 0.0), (6.0, 180.0), (20.0, 180.0)]
    summary = summarise_potential(result)
    assert summary.buildings == 8 and summary.orientation_groups == 2
    assert_allclose(summary.potential_mwh, result["pot_kwp"].sum(), rtol=1e-12)  # 1000 kWh/kWp -> MWh = kWp


def test_default_engine_gives_the_yield_engines_specific_yield():
    from app.resource.pv import specific_yield_kwh_per_kwp

    result = roof_potential(fixture_buildings().iloc[:1])
    # rows on flat roofs stand on open racks (issue 13), not close-mounted
    reference = specific_yield_kwh_per_kwp(None, 20.0, 180.0, mount="open_rack")
    assert 900 < reference < 1600  # Lianyungang, 20 deg south: ~1,200 kWh/kWp
    assert_allclose(result["pot_kwh"], result["pot_kwp"] * reference, rtol=1e-12)


def test_bad_inputs_raise_input_error():
    buildings = fixture_buildings()
    bad_roof = buildings.copy()
    bad_roof.loc[1, "roof_type"] = "dome"
    with pytest.raises(InputError, match="rows 2 \\('dome'\\)"):
        roof_potential(bad_roof, specific_yield=flat_sy)
    points = buildings.copy()
    points.loc[0, "geometry"] = shapely.Point(119.2, 34.6)
    with pytest.raises(InputError, match="no footprint polygon"):
        roof_potential(points, specific_yield=flat_sy)
    with pytest.raises(InputError, match="module_power_density"):
        params({"rooftop.module_power_density": -1})
