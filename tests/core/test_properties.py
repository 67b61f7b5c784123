"""Property-based tests (hypothesis) of the geometry and coverage functions."""
from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.vocabulary import BUILDING_CATEGORIES, PV_STATUSES
from app.layers import chinacoords
from app.layers.crs import METRIC_CRS, STORAGE_CRS

# Points inside mainland China's box, away from its edges where GCJ-02 switches off.
china_lon = st.floats(min_value=75.0, max_value=134.0, allow_nan=False)
china_lat = st.floats(min_value=18.0, max_value=53.0, allow_nan=False)


@given(china_lon, china_lat)
@settings(max_examples=300, deadline=None)
def test_gcj02_round_trip_within_1e6_degree(lon, lat):
    """WGS84 -> GCJ-02 -> WGS84 returns the point (tolerance 1e-6 deg ~ 0.1 m, issue 8)."""
    glon, glat = chinacoords.wgs84_to_gcj02(lon, lat)
    assert abs(glon - lon) + abs(glat - lat) > 1e-5  # the offset is real inside China
    back_lon, back_lat = chinacoords.gcj02_to_wgs84(glon, glat)
    np.testing.assert_allclose([back_lon, back_lat], [lon, lat], atol=1e-6, rtol=0)


@given(china_lon, china_lat)
@settings(max_examples=150, deadline=None)
def test_bd09_round_trip_within_5e6_degree(lon, lat):
    """The published BD-09 inverse is itself an approximation (errors up to ~1e-6 deg,
    found by this test at lon 121, lat 29.06), so the tolerance is 5e-6 deg (~0.5 m)."""
    blon, blat = chinacoords.gcj02_to_bd09(lon, lat)
    np.testing.assert_allclose(chinacoords.bd09_to_gcj02(blon, blat), [lon, lat], atol=5e-6, rtol=0)


# Rectangles around Lianyungang, where EPSG:4549 (CM 120E) is used for areas.
@given(x0=st.floats(min_value=-150_000, max_value=100_000), y0=st.floats(min_value=3_730_000, max_value=3_900_000),
       width=st.floats(min_value=1.0, max_value=5_000.0), height=st.floats(min_value=1.0, max_value=5_000.0))
@settings(max_examples=200, deadline=None)
def test_area_in_epsg4549_of_rectangles_matches_width_times_height(x0, y0, width, height):
    """A rectangle drawn in EPSG:4549, stored in EPSG:4490 and measured back in EPSG:4549.

    Densified edges keep the round trip exact to 1e-6 relative (straight lines
    in metres are not straight in degrees).
    """
    x0 += 500_000  # false easting of EPSG:4549
    box = shapely.box(x0, y0, x0 + width, y0 + height)
    stored = gpd.GeoSeries([box], crs=METRIC_CRS).to_crs(STORAGE_CRS)
    area = stored.to_crs(METRIC_CRS).area.iloc[0]
    np.testing.assert_allclose(area, width * height, rtol=1e-6)


def _coverage():
    from app.siting import coverage

    return coverage


CATEGORIES = list(BUILDING_CATEGORIES)
STATUSES = list(PV_STATUSES)
building = st.fixed_dictionaries({
    "lon": st.floats(min_value=118.5, max_value=119.9), "lat": st.floats(min_value=34.0, max_value=35.1),
    "side_m": st.floats(min_value=5.0, max_value=200.0),
    "category": st.sampled_from(CATEGORIES), "is_new": st.sampled_from([0, 1]),
    "pv_status": st.sampled_from(STATUSES),
    "pv_fraction": st.one_of(st.none(), st.floats(min_value=0.0, max_value=3.0)),
})


def _buildings(rows) -> gpd.GeoDataFrame:
    geoms, records = [], []
    for i, r in enumerate(rows):
        half_lon = r["side_m"] / 2 / (111_320 * np.cos(np.radians(r["lat"])))
        half_lat = r["side_m"] / 2 / 110_574
        geoms.append(shapely.box(r["lon"] - half_lon, r["lat"] - half_lat, r["lon"] + half_lon, r["lat"] + half_lat))
        pv_area = None if r["pv_fraction"] is None else r["pv_fraction"] * r["side_m"] ** 2
        records.append({"bld_id": f"P{i}", "name": f"b{i}", "category": r["category"], "is_new": r["is_new"],
                        "roof_type": "flat", "height_m": 10.0, "pv_status": r["pv_status"], "pv_area_m2": pv_area,
                        "pv_kwp": None, "audit_date": "2025-01-01", "auditor": "h"})
    columns = ["bld_id", "name", "category", "is_new", "roof_type", "height_m", "pv_status", "pv_area_m2",
               "pv_kwp", "audit_date", "auditor"]
    import pandas as pd

    return gpd.GeoDataFrame(pd.DataFrame(records, columns=columns), geometry=gpd.GeoSeries(geoms, crs=STORAGE_CRS),
                            crs=STORAGE_CRS)


@given(st.lists(building, min_size=0, max_size=25), st.sampled_from(["area", "count"]))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_coverage_pct_between_0_and_100_and_gap_not_negative(rows, by):
    """For any building set, with PV areas up to 3x the roof (data entry errors happen)."""
    coverage = _coverage()
    for row in coverage.coverage_rows(_buildings(rows), by=by, all_categories=True):
        pct = row["coverage_pct"]
        assert pct is None or 0.0 <= pct <= 100.0, row
        assert row["gap_m2"] is None or row["gap_m2"] >= 0.0, row
        assert row["buildings_with_pv"] <= row["buildings"]
