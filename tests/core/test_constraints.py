"""Constraint rules one by one, and rule sets as JSON.

Reference areas are computed by hand from the synthetic shapes in
``siting_fixtures`` (rectangles in EPSG:4549); they pass through EPSG:4490
and back. PROJ's transverse Mercator round trip moves vertices by nanometres,
so the areas of these kilometre-sized shapes agree to ~1e-12 (measured);
rtol 1e-9 keeps a margin for other PROJ builds and still fails on a vertex
moved by a millimetre (1e-6 of a kilometre side).
"""
import json
import math

import geopandas as gpd
import numpy as np
import pytest
import rasterio
import shapely
from numpy.testing import assert_allclose
from rasterio.transform import from_origin

from app.core.errors import InputError
from app.layers import chinacoords
from app.layers.crs import METRIC_CRS, STORAGE_CRS
from app.layers.model import RasterLayer, VectorLayer
from app.siting.constraints import Rule, RuleSet, default_ruleset
from app.siting.eligibility import site_eligibility
from tests.core.siting_fixtures import X0, Y0, make_project, metric_box, to_storage


def only(*rules):
    return RuleSet("test", list(rules))


def rule(kind, value, unit="m", applies=("wind_onshore", "wind_offshore", "pv_ground"), **kw):
    return Rule(id=f"r_{kind}", kind=kind, value=value, unit=unit, source="test", applies_to=applies, **kw)


LAND = metric_box(-50_000, -50_000, 0, 50_000)  # land west of x = X0


def test_default_ruleset_has_sources_and_builtins():
    rs = default_ruleset()
    kinds = {r.kind for r in rs}
    assert {"on_land", "at_sea", "shore_distance", "building_setback", "turbine_spacing"} <= kinds
    assert all(r.source.strip() for r in rs)
    shore = rs.get("offshore_shore_distance")
    assert shore.value == 10000.0 and "394" in shore.source
    assert rs.min_turbine_spacing_d("wind_offshore") == 3.0


def test_ruleset_json_round_trip(tmp_path):
    rs = default_ruleset()
    rs.get("building_setback").value = 650.0
    rs.get("slope_limit").enabled = False
    path = rs.save(tmp_path / "mine.json")
    back = RuleSet.load(path)
    assert back.to_dict() == rs.to_dict()
    assert back.get("building_setback").value == 650.0 and not back.get("slope_limit").enabled


@pytest.mark.parametrize("bad, text", [
    ({"kind": "nonsense"}, "unknown kind"),
    ({"value": "far"}, "must be a number"),
    ({"value": -5}, ">= 0"),
    ({"unit": "km"}, "expected unit 'm'"),
    ({"source": ""}, "source"),
    ({"applies_to": ["wind_space"]}, "unknown site kinds"),
])
def test_bad_rule_is_named(bad, text):
    spec = {"id": "x", "kind": "building_setback", "value": 100, "unit": "m", "source": "s"} | bad
    with pytest.raises(InputError, match=text):
        Rule.from_dict(spec)


def test_invalid_json_ruleset(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="invalid JSON"):
        RuleSet.load(path)


def test_on_land_excludes_the_sea_part():
    # site 2 km x 1 km straddling the coast at x = X0: 1 km2 on land, 1 km2 at sea
    site = metric_box(-1000, 0, 1000, 1000)
    project = make_project(LAND)
    res = site_eligibility(to_storage(site), "wind_onshore", project, only(rule("on_land", 0)))
    assert_allclose(res.eligible_area_km2, 1.0, rtol=1e-9)
    assert list(res.excluded["rule_id"]) == ["r_on_land"]
    assert_allclose(res.excluded["area_km2"].sum(), 1.0, rtol=1e-9)


def test_at_sea_excludes_the_land_part():
    site = metric_box(-1000, 0, 3000, 1000)  # 1 km2 on land, 3 km2 at sea
    project = make_project(LAND)
    res = site_eligibility(to_storage(site), "wind_offshore", project, only(rule("at_sea", 0)))
    assert_allclose(res.eligible_area_km2, 3.0, rtol=1e-9)


def test_shore_distance_strip():
    # site from 0 to 20 km off a straight coast, 5 km tall, well inside the coast's extent:
    # the first 10 km are within 10 km of land -> 50 km2 excluded, 50 km2 eligible
    site = metric_box(0, 0, 20_000, 5_000)
    project = make_project(LAND)
    res = site_eligibility(to_storage(site), "wind_offshore", project, only(rule("shore_distance", 10_000)))
    assert_allclose(res.eligible_area_km2, 50.0, rtol=1e-9)
    assert_allclose(res.excluded["area_km2"].iloc[0], 50.0, rtol=1e-9)


def test_building_setback_buffer_area():
    # one 10 m x 10 m building in the middle of a 2 km x 1 km site, 300 m setback.
    # shapely buffer with quad_segs=8 gives each quarter-circle corner as 8 chords:
    # area = s^2 + 4 s r + 32 * (1/2 r^2 sin(pi/16))  (4 corners x 8 triangles of apex pi/16)
    s, r = 10.0, 300.0
    expected_excluded = s * s + 4 * s * r + 16 * r * r * math.sin(math.pi / 16)
    site = metric_box(1000, 0, 3000, 1000)
    building = metric_box(2000 - s / 2, 500 - s / 2, 2000 + s / 2, 500 + s / 2)
    project = make_project(metric_box(0, -5000, 10_000, 5000), buildings_m=[building])
    res = site_eligibility(to_storage(site), "wind_onshore", project, only(rule("building_setback", r)))
    assert_allclose(res.excluded["area_km2"].sum() * 1e6, expected_excluded, rtol=1e-9)
    assert_allclose(res.eligible_area_km2 * 1e6, 2e6 - expected_excluded, rtol=1e-9)


def test_layer_exclusion_with_buffer_from_project_layer():
    # a 200 m x 200 m protected square in the site, buffered 0 -> 0.04 km2 out
    site = metric_box(1000, 0, 3000, 1000)
    zone = metric_box(1500, 400, 1700, 600)
    layer = VectorLayer("protected_areas", gpd.GeoDataFrame(geometry=[to_storage(zone)], crs=STORAGE_CRS))
    project = make_project(extra_layers=[layer])
    r = rule("layer_exclusion", 0.0, layer="protected_areas")
    res = site_eligibility(to_storage(site), "wind_onshore", project, only(r))
    assert_allclose(res.eligible_area_km2, 2.0 - 0.04, rtol=1e-9)


def test_missing_layer_is_skipped_with_a_note():
    site = metric_box(1000, 0, 3000, 1000)
    res = site_eligibility(to_storage(site), "wind_onshore", make_project(),
                           only(rule("layer_exclusion", 0.0, layer="basic_farmland")))
    assert_allclose(res.eligible_area_km2, 2.0, rtol=1e-9)
    assert any("basic_farmland" in n and "skipped" in n for n in res.notes)


def test_exclusion_file_in_gcj02_is_converted(tmp_path):
    # The true zone (WGS84/CGCS2000) is written shifted to GCJ-02 (~500 m off near
    # Lianyungang). Declared gcj02 it must land back on the true zone: overlap with
    # the true square: the inverse stops at a 1e-10 deg step and contracts ~1e-3 per step, so vertices
    # land within ~1e-13 deg (~10 nm) and the area agrees to ~1e-10 (4e-13 measured): rtol 1e-9.
    site = metric_box(1000, 0, 3000, 1000)
    zone_m = metric_box(1500, 200, 2000, 700)  # 0.25 km2
    zone = to_storage(zone_m)
    xs, ys = np.asarray(zone.exterior.coords).T
    gx, gy = chinacoords.wgs84_to_gcj02(xs, ys)
    shifted = shapely.Polygon(np.column_stack([gx, gy]))
    path = tmp_path / "redline_gcj.geojson"
    gpd.GeoDataFrame(geometry=[shifted], crs="EPSG:4326").to_file(path, driver="GeoJSON")
    declared = rule("layer_exclusion", 0.0, path=str(path), declared_crs="gcj02")
    res = site_eligibility(to_storage(site), "wind_onshore", make_project(), only(declared))
    assert_allclose(res.excluded["area_km2"].sum(), 0.25, rtol=1e-9)
    # Without the declaration the GCJ-02 offset (hundreds of metres) moves the zone.
    raw = site_eligibility(to_storage(site), "wind_onshore", make_project(),
                           only(rule("layer_exclusion", 0.0, path=str(path))))
    overlap = raw.excluded.to_crs(METRIC_CRS).geometry.iloc[0].intersection(zone_m).area / 1e6
    assert overlap < 0.2


def test_exclusion_file_in_web_mercator_is_reprojected(tmp_path):
    site = metric_box(1000, 0, 3000, 1000)
    zone_m = metric_box(1500, 200, 2000, 700)
    path = tmp_path / "lanes_3857.gpkg"
    gpd.GeoDataFrame(geometry=[zone_m], crs=METRIC_CRS).to_crs("EPSG:3857").to_file(path)
    res = site_eligibility(to_storage(site), "wind_onshore", make_project(),
                           only(rule("layer_exclusion", 0.0, path=str(path))))
    assert_allclose(res.excluded["area_km2"].sum(), 0.25, rtol=1e-9)  # EPSG:3857 round trip: PROJ, exact


def test_exclusion_file_without_crs_asks_for_one(tmp_path):
    path = tmp_path / "nocrs.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                    "geometry": {"type": "Point", "coordinates": [500000.0, 3840000.0]}}]}))
    site = metric_box(1000, 0, 3000, 1000)
    # GeoJSON always defaults to WGS84, so give a shapefile-like case through a .gpkg without CRS instead
    gdf = gpd.GeoDataFrame(geometry=[shapely.Point(1, 1)])
    nocrs = tmp_path / "nocrs.gpkg"
    gdf.to_file(nocrs)
    with pytest.raises(InputError, match="no coordinate reference system"):
        site_eligibility(to_storage(site), "wind_onshore", make_project(),
                         only(rule("layer_exclusion", 0.0, path=str(nocrs))))


def _slope_raster(tmp_path):
    # 100 m pixels over the site, EPSG:4549: columns 0-9 (x 1000..2000) 20 deg, 10-19 5 deg
    values = np.full((10, 20), 5.0)
    values[:, :10] = 20.0
    transform = from_origin(X0 + 1000, Y0 + 1000, 100, 100)
    return values, transform


def test_raster_threshold_from_project_layer(tmp_path):
    values, transform = _slope_raster(tmp_path)
    layer = RasterLayer("slope", values, transform, crs=METRIC_CRS, units="deg")
    site = metric_box(1000, 0, 3000, 1000)
    r = rule("raster_threshold", 15.0, unit="deg", raster="slope", op="above")
    res = site_eligibility(to_storage(site), "wind_onshore", make_project(extra_layers=[layer]), only(r))
    assert_allclose(res.eligible_area_km2, 1.0, rtol=1e-9)  # the 5-deg half
    r_below = rule("raster_threshold", 15.0, unit="deg", raster="slope", op="below")
    res = site_eligibility(to_storage(site), "wind_onshore", make_project(extra_layers=[layer]), only(r_below))
    assert_allclose(res.eligible_area_km2, 1.0, rtol=1e-9)  # the 20-deg half


def test_raster_threshold_from_geotiff(tmp_path):
    values, transform = _slope_raster(tmp_path)
    path = tmp_path / "wind.tif"
    with rasterio.open(path, "w", driver="GTiff", width=20, height=10, count=1, dtype="float32",
                       crs=METRIC_CRS, transform=transform) as dst:
        dst.write(values.astype("float32"), 1)
    site = metric_box(1000, 0, 3000, 1000)
    r = rule("raster_threshold", 6.0, unit="m/s", path=str(path), op="below")  # 5 < 6 m/s -> right half out
    res = site_eligibility(to_storage(site), "wind_onshore", make_project(), only(r))
    assert_allclose(res.eligible_area_km2, 1.0, rtol=1e-9)


def test_overlapping_rules_attribute_each_part_once():
    # setback disc and a protected square overlap; parts are disjoint and add up
    site = metric_box(1000, 0, 3000, 1000)
    building = metric_box(1995, 495, 2005, 505)
    zone = metric_box(1800, 300, 2400, 700)
    layer = VectorLayer("protected_areas", gpd.GeoDataFrame(geometry=[to_storage(zone)], crs=STORAGE_CRS))
    project = make_project(metric_box(0, -5000, 10_000, 5000), buildings_m=[building], extra_layers=[layer])
    rs = only(rule("building_setback", 300), rule("layer_exclusion", 0.0, layer="protected_areas"))
    res = site_eligibility(to_storage(site), "wind_onshore", project, rs)
    assert_allclose(res.eligible_area_km2 + res.excluded["area_km2"].sum(), res.site_area_km2, rtol=1e-9)
    zone_only = zone.difference(building.buffer(300, quad_segs=8)).area / 1e6
    assert_allclose(res.excluded.set_index("rule_id").loc["r_layer_exclusion", "area_km2"], zone_only, rtol=1e-9)


def test_rule_not_applying_to_kind_is_ignored():
    site = metric_box(-1000, 0, 1000, 1000)
    r = Rule("only_pv", "on_land", 0, "m", "test", applies_to=("pv_ground",))
    res = site_eligibility(to_storage(site), "wind_onshore", make_project(LAND), only(r))
    assert_allclose(res.eligible_area_km2, 2.0, rtol=1e-9)
