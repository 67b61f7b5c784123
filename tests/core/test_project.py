"""Project: GeoPackage round trip, layer order and styles, bad files."""
import pyogrio
import pytest
import shapely

from app.sample.demo import build_demo_project
from app.core.errors import OutputError, ProjectFileError
from app.layers.edits import AddFeature, DeleteFeatures, SetAttributes, SetGeometry
from app.project import Project


@pytest.fixture(scope="module")
def demo():
    return build_demo_project()


def test_demo_has_contract_layers_and_tables(demo, tmp_path):
    path = demo.save(tmp_path / "p.gpkg")
    listed = dict((str(n), t) for n, t in pyogrio.list_layers(path))
    for name in ("counties", "sea_area", "buildings", "candidate_sites", "turbines", "island_components"):
        assert name in listed
    for table in ("project_meta", "plan_targets", "audit_log"):
        assert table in listed and listed[table] is None
    assert pyogrio.read_info(path, layer="buildings")["crs"] == "EPSG:4490"
    assert pyogrio.read_info(path, layer="turbines")["geometry_type"] == "Point"


def test_round_trip_keeps_order_styles_visibility_and_sample_flags(demo, tmp_path):
    demo.layers["counties"].visible = False
    demo.layers.move("sea_area", 0)
    demo.vector("buildings").style.stroke_width = 0.3
    path = demo.save(tmp_path / "p.gpkg")
    again = Project.open(path)
    assert again.layers.names() == demo.layers.names()
    assert again.layers["counties"].visible is False
    assert again.vector("buildings").style.stroke_width == 0.3
    assert again.vector("buildings").style.categories["verified"] == demo.vector("buildings").style.categories["verified"]
    assert again.vector("buildings").sample and not again.vector("counties").sample
    assert again.is_sample
    b0, b1 = demo.vector("buildings").gdf, again.vector("buildings").gdf
    assert len(b0) == len(b1) and list(b0.bld_id) == list(b1.bld_id)
    assert b1.name.iloc[0] == b0.name.iloc[0]  # Chinese text intact
    demo.layers.move("sea_area", len(demo.layers) - 1)
    demo.layers["counties"].visible = True


def test_tables_round_trip(tmp_path):
    project = build_demo_project()
    project.append_rows("audit_log", [{"time": "2025-01-01T10:00:00", "user": "张工", "layer": "buildings",
                                       "feature_id": "S320706-0001", "field": "pv_status", "old": "none",
                                       "new": "installed", "action": "edit"}])
    again = Project.open(project.save(tmp_path / "t.gpkg"))
    log = again.tables["audit_log"]
    assert len(log) == 1 and log.user.iloc[0] == "张工"


def test_save_is_atomic_when_writing_fails(tmp_path, monkeypatch):
    project = build_demo_project()
    path = project.save(tmp_path / "p.gpkg")
    before = path.read_bytes()

    import app.project.project as mod

    def broken(project, target):
        target.write_bytes(b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(mod, "write_project_file", broken)
    with pytest.raises(OutputError, match="the disk is full"):
        project.save(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.gpkg"]


def test_missing_and_corrupt_files_give_clear_messages(tmp_path):
    with pytest.raises(ProjectFileError, match="not found"):
        Project.open(tmp_path / "nope.gpkg")
    bad = tmp_path / "bad.gpkg"
    bad.write_bytes(b"this is not a geopackage")
    with pytest.raises(ProjectFileError, match="not a GeoPackage or the file is damaged"):
        Project.open(bad)
    other = tmp_path / "other.gpkg"
    pyogrio.write_dataframe(build_demo_project().vector("counties").gdf, other, layer="xian")
    with pytest.raises(ProjectFileError, match="not a LYG Siting project"):
        Project.open(other)


def test_edits_undo_redo(demo):
    layer = demo.vector("candidate_sites")
    stack = demo.undo_stack
    n = len(layer.gdf)
    fid = layer.gdf.index[0]
    stack.push(SetAttributes(layer, [fid], {"status": "approved"}))
    assert layer.gdf.loc[fid, "status"] == "approved"
    stack.push(AddFeature(layer, shapely.box(119.3, 34.9, 119.31, 34.91), {"site_id": "NEW", "kind": "pv_ground"}))
    assert len(layer.gdf) == n + 1
    new_fid = layer.gdf.index[-1]
    stack.push(SetGeometry(layer, new_fid, shapely.box(119.3, 34.9, 119.32, 34.92)))
    stack.push(DeleteFeatures(layer, [fid]))
    assert fid not in layer.gdf.index
    stack.undo(); stack.undo(); stack.undo()
    assert len(layer.gdf) == n and fid in layer.gdf.index
    stack.undo()
    assert layer.gdf.loc[fid, "status"] != "approved"
    assert list(layer.gdf.index) == sorted(layer.gdf.index)
    stack.redo()
    assert layer.gdf.loc[fid, "status"] == "approved"
    stack.undo()
