"""The hand-computed rooftop fixture shared by the rooftop, coverage and audit tests.

Buildings are axis-aligned rectangles of known size drawn in EPSG:4549 around
the representative point of a known county (so their county is certain), then
stored in EPSG:4490 like real data. The expected numbers in the other test
files are computed by hand from the rectangle sizes listed here.
"""
from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely
from numpy.testing import assert_allclose

from app.layers.boundaries import county_of_points, load_counties
from app.layers.crs import METRIC_CRS, STORAGE_CRS

HAIZHOU, GANYU = "320706", "320707"

#: bld_id, county, category, is_new, roof_type, width x [m], depth y [m], pv_status, pv_area_m2, pv_kwp
FIXTURE_ROWS = (
    ("B1", HAIZHOU, "public_institution", 1, "flat", 40.0, 20.0, "installed", 300.0, np.nan),
    ("B2", HAIZHOU, "public_institution", 1, "flat", 30.0, 10.0, "none", np.nan, np.nan),
    ("B3", HAIZHOU, "factory", 1, "pitched", 100.0, 50.0, "verified", 2000.0, 400.0),
    ("B4", HAIZHOU, "factory", 1, "flat", 60.0, 40.0, "planned", np.nan, np.nan),
    ("B5", HAIZHOU, "factory", 0, "flat", 50.0, 50.0, "installed", 1000.0, np.nan),
    ("B6", HAIZHOU, "residential", 1, "flat", 20.0, 20.0, "installed", 100.0, np.nan),
    ("B7", GANYU, "factory", 1, "flat", 80.0, 50.0, "installed", np.nan, 100.0),
    ("B8", GANYU, "public_institution", 1, "flat", 20.0, 15.0, "installed", np.nan, np.nan),
)


def county_anchor_m(adcode: str) -> shapely.Point:
    """A point well inside ``adcode`` in EPSG:4549 [m]."""
    counties = load_counties().set_index("adcode")
    point = counties.geometry.loc[adcode].representative_point()
    return gpd.GeoSeries([point], crs=STORAGE_CRS).to_crs(METRIC_CRS).iloc[0]


def fixture_buildings() -> gpd.GeoDataFrame:
    """The fixture buildings in the building schema, EPSG:4490."""
    rows, geoms = [], []
    offsets: dict[str, float] = {}
    for bld_id, adcode, category, is_new, roof, w, d, status, area, kwp in FIXTURE_ROWS:
        anchor = county_anchor_m(adcode)
        dx = offsets.get(adcode, 0.0)
        offsets[adcode] = dx + w + 30.0  # a row of buildings 30 m apart
        x0, y0 = anchor.x + dx, anchor.y
        geoms.append(shapely.box(x0, y0, x0 + w, y0 + d))
        rows.append({"bld_id": bld_id, "name": f"测试建筑{bld_id}", "category": category, "is_new": is_new,
                     "roof_type": roof, "height_m": 10.0, "pv_status": status, "pv_area_m2": area, "pv_kwp": kwp,
                     "audit_date": "", "auditor": ""})
    return gpd.GeoDataFrame(rows, geometry=geoms, crs=METRIC_CRS).to_crs(STORAGE_CRS)


def test_fixture_rectangles_keep_their_area_and_county():
    buildings = fixture_buildings()
    expected_area = [r[5] * r[6] for r in FIXTURE_ROWS]
    # reference: width x depth of each rectangle; the 4549 -> 4490 -> 4549 round trip is exact to ~1e-9
    assert_allclose(buildings.to_crs(METRIC_CRS).area, expected_area, rtol=1e-7)
    reps = buildings.geometry.representative_point()
    assert list(county_of_points(reps.x, reps.y)) == [r[1] for r in FIXTURE_ROWS]
