"""Turbine grid layout: counts by hand for known rectangles and spacings."""
import numpy as np
import pytest
import shapely
from numpy.testing import assert_allclose
from shapely import affinity

from app.core.errors import InputError
from app.siting.layout import grid_layout, min_distance_m, turbine_rows, turbine_spec


def rect(w, h):
    return shapely.box(0, 0, w, h)


def test_known_spacing_gives_known_count_wind_from_north():
    # 2000 m (x) x 3200 m (y), D = 100 m, 5D x 8D = 500 m across (x) x 800 m along (y),
    # half-rotor margin 50 m -> usable 1900 x 3100 m:
    # across floor(1900/500)+1 = 4, along floor(3100/800)+1 = 4 -> 16 turbines
    res = grid_layout(rect(2000, 3200), 100.0, 5, 8, 0.0)
    assert res.count == 16
    assert res.spacing_m == (500.0, 800.0)
    xs, ys = np.unique(np.round(res.positions_m[:, 0], 6)), np.unique(np.round(res.positions_m[:, 1], 6))
    assert_allclose(np.diff(xs), 500.0, atol=1e-6)
    assert_allclose(np.diff(ys), 800.0, atol=1e-6)


def test_wind_from_east_swaps_the_axes():
    # wind from 90 deg: rows along x are 800 m apart, turbines in a row 500 m apart along y
    # across (y): floor(3100/500)+1 = 7; along (x): floor(1900/800)+1 = 3 -> 21
    res = grid_layout(rect(2000, 3200), 100.0, 5, 8, 90.0)
    assert res.count == 21


def test_rotated_site_and_wind_give_the_same_count():
    site = affinity.rotate(rect(2000, 3200), -30, origin=(0, 0))  # clockwise 30 deg, like a 30 deg wind
    res = grid_layout(site, 100.0, 5, 8, 30.0)
    assert res.count == 16
    assert_allclose(min_distance_m(res.positions_m), 500.0, rtol=1e-9)


def test_every_rotor_stays_inside_the_eligible_area():
    site = shapely.Polygon([(0, 0), (4000, 500), (3500, 3500), (800, 2900)])
    res = grid_layout(site, 120.0, 4, 7, 63.0)
    assert res.count > 5
    discs = shapely.buffer(shapely.points(res.positions_m), 60.0 - 1e-6)
    assert shapely.covers(site, discs).all()
    assert min_distance_m(res.positions_m) >= 4 * 120.0 - 1e-6


def test_rotor_too_large_gives_zero_turbines_with_reason():
    res = grid_layout(rect(100, 200), 250.0, 5, 8, 0.0)  # needs a 250 m disc inside 100 m
    assert res.count == 0
    assert "too large" in res.reason


def test_site_smaller_than_spacing_still_takes_one_turbine():
    res = grid_layout(rect(300, 300), 100.0, 5, 8, 45.0)
    assert res.count == 1 and res.notes


@pytest.mark.parametrize("cross, down", [(0, 8), (-1, 8), (5, float("nan")), ("x", 8)])
def test_bad_spacing(cross, down):
    with pytest.raises(InputError, match="spacing"):
        grid_layout(rect(2000, 2000), 100.0, cross, down, 0.0)


def test_turbine_spec_from_windpowerlib_library():
    # windpowerlib oedb/turbine_data.csv: E-126/4200 has rotor 127 m, 4200 kW
    spec = turbine_spec("E-126/4200")
    assert (spec.rotor_m, spec.capacity_mw, spec.has_power_curve) == (127.0, 4.2, True)
    assert turbine_spec("AD132/5000").has_power_curve is False
    with pytest.raises(InputError, match="unknown turbine type"):
        turbine_spec("E-126/9999")
    with pytest.raises(InputError, match="no turbine type"):
        turbine_spec("")


def test_turbine_rows_schema_and_crs():
    spec = turbine_spec("V164/9500")
    rows = turbine_rows(np.array([[463000.0, 3840000.0], [464000.0, 3840000.0]]), "CS-02", spec, 125.0)
    assert list(rows.columns[:6]) == ["turbine_id", "site_id", "turbine_type", "hub_height_m", "rotor_m", "capacity_mw"]
    assert rows.crs.to_epsg() == 4490
    assert rows["turbine_id"].tolist() == ["CS-02-T001", "CS-02-T002"]
    assert 119 < rows.geometry.x.iloc[0] < 120.5 and 34 < rows.geometry.y.iloc[0] < 35.5


def test_exact_fit_counts_edge_positions():
    # usable area exactly 9 spacings wide (+ half a rotor each side): 10 x 10 = 100 turbines,
    # the outer rows sit on the inner edge and must not be lost to rounding
    d = 164.0
    site = shapely.box(500_000.0, 3_850_000.0, 500_000.0 + 9 * 8 * d + d, 3_850_000.0 + 9 * 5 * d + d)
    assert grid_layout(site, d, 5, 8, 90.0).count == 100
