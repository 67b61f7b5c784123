"""GCJ-02 / BD-09 conversion against published reference vectors."""
import numpy as np
import shapely
from numpy.testing import assert_allclose

from app.layers import chinacoords

# Reference vectors (WGS84 -> GCJ-02) from the test fixtures of the
# open-source eviltransform project (googollee/eviltransform), reproduced by
# its ports in several languages; (lon, lat) order here.
EVILTRANSFORM_FIXTURES = [
    ((121.5272106, 31.1774276), (121.531541859215, 31.17530398364597)),  # Shanghai
    ((113.912316, 22.543847), (113.9171764808363, 22.540796131694766)),  # Shenzhen
    ((116.377817, 39.911954), (116.38404722455657, 39.91334545536069)),  # Beijing
]


def test_wgs84_to_gcj02_matches_reference_vectors():
    for (lon, lat), (glon, glat) in EVILTRANSFORM_FIXTURES:
        assert_allclose(chinacoords.wgs84_to_gcj02(lon, lat), (glon, glat), atol=1e-9)


def test_gcj02_to_wgs84_inverts_reference_vectors():
    for (lon, lat), (glon, glat) in EVILTRANSFORM_FIXTURES:
        # iteration converges below 1e-9 deg (~0.1 mm)
        assert_allclose(chinacoords.gcj02_to_wgs84(glon, glat), (lon, lat), atol=1e-8)


def test_bd09_matches_published_pair():
    # GCJ-02 (114.2866416361414, 30.55516459946725) <-> BD-09 (114.2931983642802,
    # 30.560897954950846), a Wuhan pair from a public coordinate-transform library's demo.
    assert_allclose(chinacoords.bd09_to_gcj02(114.2931983642802, 30.560897954950846),
                    (114.2866416361414, 30.55516459946725), atol=1e-9)
    lon, lat = chinacoords.gcj02_to_bd09(114.2866416361414, 30.55516459946725)
    assert_allclose((lon, lat), (114.2931983642802, 30.560897954950846), atol=1e-6)


def test_offset_in_lianyungang_is_hundreds_of_metres():
    lon, lat = 119.22, 34.60
    glon, glat = chinacoords.wgs84_to_gcj02(lon, lat)
    dx = (glon - lon) * np.cos(np.radians(lat)) * 111_320.0
    dy = (glat - lat) * 110_574.0
    offset = np.hypot(dx, dy)
    # eastern China: the public algorithm shifts by 400-700 m, mostly eastward
    assert 400 < offset < 700
    assert dx > 0


def test_no_offset_outside_china():
    assert_allclose(chinacoords.wgs84_to_gcj02(2.35, 48.85), (2.35, 48.85))


def test_round_trip_arrays_and_geometries():
    rng = np.random.default_rng(1)
    lon = rng.uniform(118.3, 120.3, 500)
    lat = rng.uniform(33.7, 35.2, 500)
    back = chinacoords.gcj02_to_wgs84(*chinacoords.wgs84_to_gcj02(lon, lat))
    assert_allclose(back, (lon, lat), atol=1e-9)
    poly = shapely.box(119.1, 34.5, 119.2, 34.6)
    there = chinacoords.transform_geometries([poly], "wgs84", "gcj02")[0]
    again = chinacoords.transform_geometries([there], "GCJ-02", "cgcs2000")[0]
    assert_allclose(shapely.get_coordinates(again), shapely.get_coordinates(poly), atol=1e-9)
    bd = chinacoords.transform_geometries([poly], "wgs84", "bd09")[0]
    assert_allclose(shapely.get_coordinates(chinacoords.transform_geometries([bd], "bd09", "wgs84")[0]),
                    shapely.get_coordinates(poly), atol=1e-6)


def test_unknown_datum_is_a_clear_error():
    import pytest

    with pytest.raises(ValueError, match="expected one of"):
        chinacoords.transform_geometries([shapely.Point(119, 34)], "mars", "wgs84")
