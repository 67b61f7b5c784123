"""Sample data: reproducible, inside the right counties, CONTRACT schema, labelled."""
import numpy as np
import pytest

from app.layers import boundaries
from app.sample import sample_data

BUILDING_FIELDS = ["bld_id", "name", "category", "is_new", "roof_type", "height_m", "pv_status",
                   "pv_area_m2", "pv_kwp", "audit_date", "auditor"]


@pytest.fixture(scope="module")
def buildings():
    return sample_data.build_sample_buildings()


def test_reproducible(buildings):
    again = sample_data.build_sample_buildings()
    assert buildings.drop(columns="geometry").equals(again.drop(columns="geometry"))
    assert buildings.geometry.geom_equals_exact(again.geometry, 1e-12).all()
    other = sample_data.build_sample_buildings(seed=1)
    assert not other.geometry.iloc[:50].geom_equals_exact(buildings.geometry.iloc[:50], 1e-9).all()


def test_schema_and_mix(buildings):
    assert len(buildings) >= 3000
    assert all(f in buildings.columns for f in BUILDING_FIELDS)
    assert buildings.bld_id.is_unique
    assert set(buildings.category) == {"public_institution", "factory", "commercial", "residential", "other"}
    assert set(buildings.pv_status) == {"none", "planned", "installed", "verified"}
    assert set(buildings.roof_type) == {"flat", "pitched"}
    assert 0.2 < buildings.is_new.mean() < 0.5
    assert buildings.name.str.contains("示例").all()  # labelled as sample in every name
    pv = buildings.pv_status.isin(["installed", "verified"])
    assert buildings.loc[pv, "pv_area_m2"].notna().all() and buildings.loc[~pv, "pv_area_m2"].isna().all()


def test_every_county_has_buildings_inside_it(buildings):
    reps = buildings.geometry.representative_point()
    found = boundaries.county_of_points(reps.x, reps.y)
    assert (found == buildings.county.to_numpy()).all()
    assert set(found) == {c.adcode for c in boundaries.COUNTIES}
    for park in ("徐圩新区", "连云港经济技术开发区", "灌云临港产业区", "灌南堆沟化工园"):
        assert (buildings.cluster == park).sum() > 50


def test_footprints_do_not_overlap_or_touch_the_sea(buildings):
    m = buildings.to_crs("EPSG:4549")
    hits = m.sindex.query(m.geometry, predicate="overlaps")
    assert hits.shape[1] == 0
    sea = boundaries.load_sea().to_crs("EPSG:4549").geometry.iloc[0]
    assert not m.intersects(sea).any()
    areas = m.area
    assert areas.min() > 100 and areas.max() < 30000


def test_sites_are_on_land_or_at_sea_as_their_kind_needs():
    sites = sample_data.build_sample_sites()
    sea = boundaries.load_sea().geometry.iloc[0].buffer(1e-6)
    offshore = sites.kind.isin(["wind_offshore", "pv_offshore", "wind_fishery"])
    assert sites[offshore].within(sea).all()
    assert not sites[~offshore].intersects(boundaries.load_sea().geometry.iloc[0].buffer(-1e-4)).any()
    assert {"wind_onshore", "wind_offshore", "pv_offshore", "wind_fishery"} <= set(sites.kind)
    assert set(sites[sites.kind.str.startswith("wind")].county_adcode) <= {"320707", "320723", "320703"}
    island = sample_data.build_sample_island(sites)
    assert {"hub", "wind_offshore", "pv_offshore", "ocean_energy", "electrolyzer", "storage", "export_cable"} <= set(island.kind)
    assert np.isfinite(island.capacity_mw).all()


def test_demo_cache_keeps_other_versions_files(tmp_path, monkeypatch):
    """Two checkouts (or an old install still running) share ~/.cache: building this version's demo leaves the
    other versions' files in place, since another process may be reading them."""
    from app.sample import demo

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    other = tmp_path / "lyg-siting" / "demo-0.0.9-1-0123456789.gpkg"
    other.parent.mkdir(parents=True)
    other.write_bytes(b"another version's demo, in use")
    path = demo.demo_project_path()
    assert path.exists() and path.parent == other.parent and path != other
    assert other.read_bytes() == b"another version's demo, in use"
