"""Where a drawn site lies picks its kind; an analysis goes out of date when its site's outline changes."""
from __future__ import annotations

import pytest
import shapely

from app.layers.edits import SetGeometry
from app.siting.eligibility import default_site_kind, sea_share
from app.siting.site_analysis import analyse_site, analysis_command, geometry_digest, stale_site_ids

LAND = shapely.box(118.70, 34.45, 118.78, 34.50)   # Donghai county, ~100 km from the coast
SEA = shapely.box(119.75, 34.95, 119.82, 35.00)    # Haizhou Bay
COAST = shapely.box(119.05, 34.80, 119.25, 34.85)  # across the Ganyu shore, ~16 % at sea


@pytest.fixture(scope="module")
def project():
    from app.sample.demo import build_demo_project

    return build_demo_project()


def test_sea_share_and_default_kind(project):
    assert sea_share(project, LAND) == pytest.approx(0.0, abs=1e-9)
    assert sea_share(project, SEA) == pytest.approx(1.0, abs=1e-9)
    share = sea_share(project, COAST)
    assert 0.0 < share < 0.5
    assert default_site_kind(project, LAND) == "wind_onshore"
    assert default_site_kind(project, SEA) == "wind_offshore"
    assert default_site_kind(project, COAST) == "wind_onshore"


def test_without_a_sea_layer_the_counties_tell_land(project):
    from app.project import Project

    bare = Project()
    bare.layers.append(project.layers["counties"])
    assert default_site_kind(bare, LAND) == "wind_onshore" and default_site_kind(bare, SEA) == "wind_offshore"
    assert sea_share(Project(), LAND) is None and default_site_kind(Project(), LAND) == "wind_offshore"


def test_geometry_digest_follows_the_outline_not_its_storage():
    ring = [(119.0, 34.0), (119.1, 34.0), (119.1, 34.1), (119.0, 34.1)]
    a = shapely.Polygon(ring)
    assert geometry_digest(a) == geometry_digest(shapely.Polygon(ring[2:] + ring[:2]))  # same outline, other start
    assert geometry_digest(a) == geometry_digest(shapely.from_wkb(shapely.to_wkb(a)))
    moved = shapely.Polygon([(119.0, 34.0), (119.1, 34.0), (119.1, 34.1001), (119.0, 34.1)])
    assert geometry_digest(moved) != geometry_digest(a)
    assert geometry_digest(None) == ""


def test_a_moved_vertex_makes_the_analysis_stale_until_run_again(project):
    sites = project.vector("candidate_sites")
    fid = sites.gdf.index[0]
    site_id = str(sites.gdf.loc[fid, "site_id"])
    project.undo_stack.push(analysis_command(project, analyse_site(project, site_id, with_yield=False)))
    assert stale_site_ids(project) == []
    geom = sites.gdf.geometry.loc[fid]
    x, y = geom.exterior.coords[0]
    coords = list(geom.exterior.coords)[:-1]
    coords[0] = (x - 0.01, y - 0.01)
    project.undo_stack.push(SetGeometry(sites, fid, shapely.Polygon(coords), text="move vertex"))
    assert stale_site_ids(project) == [site_id]
    project.undo_stack.undo()  # the vertex back where it was: up to date again
    assert stale_site_ids(project) == []
    project.undo_stack.redo()
    project.undo_stack.push(analysis_command(project, analyse_site(project, site_id, with_yield=False)))
    assert stale_site_ids(project) == []
