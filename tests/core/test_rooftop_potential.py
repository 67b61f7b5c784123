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


def test_usable_area_of_fixture_rectangles():
    result = roof_potential(fixture_buildings(), specific_yield=flat_sy)
    # setback 1 m on each side: (w-2)(d-2); pitched roofs (B3) keep half
    expected_usable = [38 * 18, 28 * 8, 98 * 48 * 0.5, 58 * 38, 48 * 48, 18 * 18, 78 * 48, 18 * 13]
    assert_allclose(result["roof_m2"], [800, 300, 5000, 2400, 2500, 400, 4000, 300], rtol=1e-7)
    assert_allclose(result["usable_m2"], expected_usable, rtol=1e-6)
    module = np.array(expected_usable) * GCR_HAND
    module[2] = 98 * 48 * 0.5 / math.cos(math.radians(15.0))  # flush on a 15 deg pitch
    assert_allclose(result["module_m2"], module, rtol=1e-4)
    assert_allclose(result["pot_kwp"], module * DENSITY, rtol=1e-4)
    # B3's ridge runs east-west (long side along x), so its better half faces due south
    assert result["pv_azimuth"].tolist() == [180.0] * 8
    assert result["pv_tilt"].tolist() == [20, 20, 15, 20, 20, 20, 20, 20]
    assert_allclose(result["pot_kwh"], result["pot_kwp"] * np.where(result["pv_tilt"] == 15, 1195.0, 1200.0))


def test_min_patch_drops_small_parts_and_setback_override():
    # two rectangles in one footprint: 20x10 -> 18x8 = 144 m2 kept, 5x4 -> 3x2 = 6 m2 < 10 m2 dropped
    multi = shapely.MultiPolygon([shapely.box(0, 0, 20, 10), shapely.box(100, 0, 105, 4)])
    assert_allclose(usable_plan_area(np.array([multi]), 1.0, 10.0), [144.0])
    assert_allclose(usable_plan_area(np.array([multi]), 1.0, 5.0), [150.0])
    # 2 m setback: (40-4)(20-4) = 576 for B1
    result = roof_potential(fixture_buildings().iloc[:1], specific_yield=flat_sy,
                            overrides={"rooftop.edge_setback_m": 2.0})
    assert_allclose(result["usable_m2"], [576.0], rtol=1e-6)


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
    assert sorted(calls) == [(15.0, 180.0), (20.0, 180.0)]
    summary = summarise_potential(result)
    assert summary.buildings == 8 and summary.orientation_groups == 2
    assert_allclose(summary.potential_mwh, result["pot_kwp"].sum(), rtol=1e-12)  # 1000 kWh/kWp -> MWh = kWp


def test_default_engine_gives_the_yield_engines_specific_yield():
    from app.resource.pv import specific_yield_kwh_per_kwp

    result = roof_potential(fixture_buildings().iloc[:1])
    reference = specific_yield_kwh_per_kwp(None, 20.0, 180.0, mount="roof")
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
