"""The user's own project (issue 11): new projects, sample flags, imports that ask, coverage unknowns.

The project's weather has its own file (test_project_weather.py); the command
line run end to end is in test_user_project_cli.py.
"""
from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from numpy.testing import assert_allclose

from app.core.errors import InputError
from app.layers.edits import AddFeature, DeleteFeatures
from app.layers.model import SAMPLE_FIELD, SAMPLE_NOTICE, sample_mask
from app.layers.standard import BUILDING_FIELDS, SITE_FIELDS
from app.project import Project
from app.project.new_project import SetProjectTitle, build_new_project, check_title
from app.sample.demo import build_demo_project
from app.siting.audit import set_audit
from app.siting.layer_import import ImportIntoLayer, LayerFile, plan_all_modes, plan_import, read_layer_file, read_sites
from tests.core.test_rooftop_fixture import GANYU, HAIZHOU, fixture_buildings


@pytest.fixture(scope="module")
def demo():
    return build_demo_project()


# ---------------------------------------------------------------------- new project


def test_new_project_has_the_counties_the_sea_and_empty_standard_layers(tmp_path):
    project = build_new_project("  赣榆区屋顶光伏核查  2025 ")
    assert project.title == "赣榆区屋顶光伏核查 2025"
    names = project.layers.names()
    assert names == ["island_components", "turbines", "candidate_sites", "buildings", "counties", "sea_area"]
    assert sorted(project.vector("counties").gdf["adcode"]) == ["320703", "320706", "320707", "320722", "320723",
                                                                 "320724"]
    assert len(project.vector("sea_area").gdf) == 1
    buildings, sites = project.vector("buildings"), project.vector("candidate_sites")
    assert buildings.gdf.empty and sites.gdf.empty
    assert buildings.fields == list(BUILDING_FIELDS) and sites.fields == list(SITE_FIELDS)
    assert not project.is_sample and not any(layer.sample for layer in project.layers)
    # saved and opened: the same, still nothing sample, titles without 示例数据
    again = Project.open(project.save(tmp_path / "own.gpkg"))
    assert again.title == "赣榆区屋顶光伏核查 2025" and not again.is_sample
    rows = {r["name"]: r for r in (layer.describe() for layer in again.layers)}
    assert rows["buildings"]["title"] == "建筑" and rows["buildings"]["feature_count"] == 0
    assert rows["buildings"]["geometry_type"] == "Polygon" and rows["buildings"]["sample"] is False
    assert again.vector("buildings").fields == list(BUILDING_FIELDS)
    info = pyogrio.read_info(tmp_path / "own.gpkg", layer="buildings")
    assert list(info["fields"]) == list(BUILDING_FIELDS)  # QGIS and ogrinfo see the schema too


@pytest.mark.parametrize("title", ["", "   ", "x" * 201])
def test_a_project_needs_a_title(title):
    with pytest.raises(InputError, match="title"):
        check_title(title)


def test_title_change_is_undoable_and_kept_by_save_as(tmp_path, demo):
    project = build_new_project("旧标题")
    project.undo_stack.push(SetProjectTitle(project, "新标题"))
    assert project.title == "新标题" and project.is_modified
    project.save(tmp_path / "a.gpkg")
    project.save(tmp_path / "b.gpkg")  # Save As
    assert Project.open(tmp_path / "b.gpkg").title == "新标题"
    project.undo_stack.undo()
    assert project.title == "旧标题"


# ---------------------------------------------------------------------- sample means generated


def test_demo_flags_sample_features_and_a_drawn_site_is_the_users(tmp_path):
    project = build_demo_project()
    sites = project.vector("candidate_sites")
    assert sites.sample_count == len(sites.gdf) and project.is_sample
    assert not project.vector("counties").sample and not project.vector("turbines").sample
    drawn = shapely.box(119.30, 34.70, 119.33, 34.72)
    project.undo_stack.push(AddFeature(sites, drawn, {"site_id": "U-1", "name": "我的场址", "kind": "pv_ground",
                                                      "status": "idea"}))
    flags = sample_mask(sites.gdf)
    assert flags.sum() == len(sites.gdf) - 1 and not flags[sites.gdf["site_id"] == "U-1"].any()
    # the per-feature flag is a field of the GeoPackage: it survives save and open
    path = project.save(tmp_path / "demo.gpkg")
    again = Project.open(path).vector("candidate_sites")
    stored = pyogrio.read_dataframe(path, layer="candidate_sites")
    assert stored.loc[stored["site_id"] == "U-1", SAMPLE_FIELD].isna().all()
    assert (stored.loc[stored["site_id"] != "U-1", SAMPLE_FIELD] == SAMPLE_NOTICE).all()
    assert again.sample_count == len(again.gdf) - 1


def test_the_sample_flag_goes_with_the_last_sample_feature(demo):
    project = build_demo_project()
    island = project.vector("island_components")
    assert island.describe()["title"] == "海上能源岛（示例数据）"
    project.undo_stack.push(DeleteFeatures(island, list(island.gdf.index)))
    assert not island.sample and island.describe()["title"] == "海上能源岛"
    project.undo_stack.undo()
    assert island.sample


def test_a_layer_replaced_by_an_import_is_the_users_and_exports_without_sample_field(tmp_path):
    from app.export.vector import export_layer

    project = build_demo_project()
    buildings = project.vector("buildings")
    own = LayerFile("buildings", _as_imported(fixture_buildings()), list(BUILDING_FIELDS))
    project.undo_stack.push(ImportIntoLayer(project, buildings, plan_import(buildings.gdf, own, "replace")))
    assert not buildings.sample and buildings.describe()["title"] == "建筑"
    assert buildings.describe()["sample"] is False
    result = export_layer(buildings, tmp_path / "b.shp", encoding="GBK")
    fields = list(pyogrio.read_info(tmp_path / "b.shp", encoding="GBK")["fields"])
    assert SAMPLE_FIELD not in fields and not any("sample" in n for n in result.notes)
    readme = (tmp_path / "b_README.txt").read_text(encoding="utf-8")
    assert "示例数据" not in readme and "sample data" not in readme
    names = pyogrio.read_dataframe(tmp_path / "b.shp", encoding="GBK")["name"].tolist()
    assert names[0] == "测试建筑B1"
    # a layer mixing both keeps the notice on the sample features only
    sites = project.vector("candidate_sites")
    project.undo_stack.push(AddFeature(sites, shapely.box(119.30, 34.70, 119.33, 34.72),
                                       {"site_id": "U-1", "kind": "pv_ground"}))
    export_layer(sites, tmp_path / "s.gpkg")
    written = pyogrio.read_dataframe(tmp_path / "s.gpkg")
    assert written.loc[written["site_id"] == "U-1", SAMPLE_FIELD].isna().all()
    assert (written.loc[written["site_id"] != "U-1", SAMPLE_FIELD] == SAMPLE_NOTICE).all()


def test_older_project_files_with_layer_level_flags_still_open_as_sample(tmp_path):
    # files written before the per-feature flag: the layer entry says sample, the data has no field
    project = build_demo_project()
    for layer in project.layers.vector_layers():
        layer.sample = False
    path = project.save(tmp_path / "old.gpkg")
    import json
    import sqlite3

    with sqlite3.connect(path) as con:
        text = con.execute("select value from project_meta where key = 'layers'").fetchone()[0]
        entries = json.loads(text)
        for entry in entries:
            entry["sample"] = entry["name"] in ("buildings", "candidate_sites", "island_components")
            if entry["name"] == "buildings":
                entry["title"] = "建筑（示例数据）"
        con.execute("update project_meta set value = ? where key = 'layers'", (json.dumps(entries),))
    again = Project.open(path)
    assert again.vector("buildings").sample_count == len(again.vector("buildings").gdf)
    assert again.vector("buildings").describe()["title"] == "建筑（示例数据）"
    assert not again.vector("counties").sample


# ---------------------------------------------------------------------- imports that ask


def _as_imported(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    out = frame.copy()
    out["county"] = ""
    out["source_row"] = np.arange(1, len(out) + 1)
    return out


def _user_file(ids, names=None) -> LayerFile:
    """Fixture buildings with the given ids (new ones copy B2's outline, shifted), statuses 'none'."""
    base = fixture_buildings().set_index("bld_id")
    rows = []
    for i, bid in enumerate(ids):
        row = base.loc[bid if bid in base.index else "B2"].copy()
        if bid not in base.index:
            row["geometry"] = shapely.affinity.translate(row["geometry"], 0.001 * (i + 1), 0.0)
        row["name"] = (names or {}).get(bid, f"文件{bid}")
        row["pv_status"], row["pv_area_m2"], row["pv_kwp"], row["audit_date"], row["auditor"] = "none", np.nan, np.nan, "", ""
        rows.append(dict(row, bld_id=bid))
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4490")
    fields = ["bld_id", "name", "category", "is_new", "roof_type", "pv_status"]  # what the file maps
    return LayerFile("buildings", _as_imported(frame), fields + ["county", "source_row"], path="inventory.shp")


@pytest.fixture
def audited():
    """The fixture buildings in a project, B1 and B3 audited by 李四."""
    project = Project("t")
    from app.layers.model import VectorLayer

    project.layers.append(VectorLayer("buildings", fixture_buildings()))
    set_audit(project, [0], {"pv_status": "verified", "pv_area_m2": 310.0}, user="李四", clock=lambda: "T1")
    set_audit(project, [2], {"pv_status": "verified"}, user="李四", clock=lambda: "T2")
    project.undo_stack.set_clean()
    return project


def test_the_three_modes_counted_before_anything_changes(audited):
    layer = audited.vector("buildings")
    before = layer.gdf.copy()
    plans = plan_all_modes(layer.gdf, _user_file(["B1", "B3", "B2", "N1", "N2"]))
    replace = plans["replace"]
    assert (replace.added, replace.replaced, replace.updated, replace.kept) == (5, 8, 0, 0)
    assert plans["append"].added == 5 and plans["append"].kept == 8
    assert [r["from"] for r in plans["append"].renumbered] == ["B1", "B3", "B2"]
    assert [r["to"] for r in plans["append"].renumbered] == ["B1-2", "B3-2", "B2-2"]
    update = plans["update"]
    assert (update.updated, update.added, update.kept) == (3, 2, 5)
    assert update.unmatched == ["B4", "B5", "B6", "B7", "B8"]
    assert layer.gdf.equals(before) and audited.undo_stack.is_clean  # planning changed nothing


def test_update_keeps_audit_fields_and_log_of_matched_buildings_and_adds_new_ones(audited):
    layer = audited.vector("buildings")
    log_before = audited.tables["audit_log"].copy()
    plan = plan_import(layer.gdf, _user_file(["B1", "B3", "N1"], {"B1": "改名B1"}), "update")
    audited.undo_stack.push(ImportIntoLayer(audited, layer, plan, source="inventory.shp", user="王五",
                                            clock=lambda: "T3"))
    gdf = layer.gdf.set_index("bld_id")
    assert gdf.loc["B1", "name"] == "改名B1"  # the file's field
    assert gdf.loc["B1", "pv_status"] == "verified" and gdf.loc["B1", "pv_area_m2"] == 310.0  # the audit's
    assert gdf.loc["B1", "auditor"] == "李四" and gdf.loc["B3", "pv_status"] == "verified"
    assert gdf.loc["N1", "pv_status"] == "none" and gdf.loc["B4", "name"] == "测试建筑B4"  # unmatched kept
    assert len(gdf) == 9 and plan.audits_kept == 2
    log = audited.tables["audit_log"]
    pd.testing.assert_frame_equal(log.iloc[:len(log_before)].reset_index(drop=True), log_before.reset_index(drop=True))
    last = log.iloc[-1]
    assert (last["action"], last["user"], last["layer"]) == ("import", "王五", "buildings")
    assert "added 1, updated 2" in last["new"]
    # matched buildings keep their feature id; the new one gets an id never used in the layer
    assert layer.gdf.index[layer.gdf["bld_id"] == "B1"].tolist() == [0]
    assert layer.gdf.index[layer.gdf["bld_id"] == "N1"].tolist() == [8]
    audited.undo_stack.undo()
    assert layer.gdf["bld_id"].tolist() == [f"B{i}" for i in range(1, 9)]
    assert audited.tables["audit_log"]["action"].iloc[-1] == "undo"


def test_replace_and_append_keep_no_selection_on_other_features(audited):
    layer = audited.vector("buildings")
    layer.select([1, 3])  # B2, B4
    audited.undo_stack.push(ImportIntoLayer(audited, layer, plan_import(layer.gdf, _user_file(["N1"]), "append")))
    assert layer.selection == {1, 3}  # the same buildings are still there
    audited.undo_stack.push(ImportIntoLayer(audited, layer, plan_import(layer.gdf, _user_file(["B2", "N2"]),
                                                                        "replace")))
    assert layer.selection == set()  # all new features: never matched by row position
    assert min(layer.gdf.index) > 8


def test_update_needs_ids_in_both():
    layer_gdf = fixture_buildings().drop(columns=["bld_id"])
    with pytest.raises(InputError, match="update needs an id field"):
        plan_import(layer_gdf, _user_file(["B1"]), "update", layer_name="buildings")
    with pytest.raises(InputError, match="import mode 'merge'"):
        plan_import(fixture_buildings(), _user_file(["B1"]), "merge")


def test_import_into_project_from_a_gbk_shapefile(tmp_path, audited):
    from app.siting.layer_import import import_into_project

    frame = _user_file(["B1", "N1"], {"B1": "连云港市第一中学", "N1": "新浦区厂房"}).data
    frame = frame[["bld_id", "name", "category", "is_new", "pv_status", "geometry"]].rename(columns={
        "bld_id": "编号", "name": "名称", "category": "类别", "is_new": "是否新建", "pv_status": "光伏状态"})
    frame["类别"] = ["公共机构", "厂房"]
    path = tmp_path / "gbk.shp"
    pyogrio.write_dataframe(frame, path, encoding="GBK")
    (tmp_path / "gbk.cpg").unlink(missing_ok=True)  # as Chinese desktop GIS often sends them: no .cpg
    with pytest.raises(InputError, match="expected --mode replace, append or update"):
        import_into_project(audited, "buildings", path)
    report = import_into_project(audited, "buildings", path, mode="update", encoding="GBK")
    assert (report["added"], report["updated"], report["replaced"]) == (1, 1, 0)
    assert report["skipped_rows"] == [] and report["layer"] == "buildings" and report["mode"] == "update"
    gdf = audited.vector("buildings").gdf.set_index("bld_id")
    assert gdf.loc["B1", "name"] == "连云港市第一中学" and gdf.loc["B1", "pv_area_m2"] == 310.0
    assert gdf.loc["N1", "category"] == "factory"


def test_candidate_sites_are_checked_row_by_row(tmp_path):
    rows = [{"site_id": "S1", "name": "灌云风电", "kind": "wind_onshore", "status": "idea"},
            {"site_id": "S1", "name": "重复", "kind": "pv_ground", "status": "approved"},
            {"site_id": None, "name": "无编号", "kind": "pv_ground", "status": "永久"},
            {"site_id": "S4", "name": "未知类型", "kind": "nuclear", "status": "idea"}]
    geoms = [shapely.box(119.30 + 0.05 * i, 34.40, 119.33 + 0.05 * i, 34.43) for i in range(4)]
    path = tmp_path / "sites.geojson"
    pyogrio.write_dataframe(gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4490"), path)
    sites = read_sites(path)
    assert sites.data["site_id"].tolist() == ["S1", "S1-2", "U3"]
    assert sites.data["status"].tolist() == ["idea", "approved", "idea"]
    assert sites.skipped == [{"row": 4, "reasons": ["kind: 'nuclear' is not a site kind"]}]
    assert set(sites.data["county_adcode"]) <= {"320723", "320703", "320706"} and "" not in set(sites.data["county_adcode"])
    codes = {(p["row"], p["code"]) for p in sites.problems}
    assert {(2, "duplicate_id"), (3, "missing_value"), (3, "unknown_value"), (4, "unknown_value")} <= codes
    with pytest.raises(InputError, match="cannot import into layer 'roads'"):
        read_layer_file("roads", path)


# ---------------------------------------------------------------------- coverage that shows what it does not know


def test_unknown_pv_areas_per_row_by_hand():
    from app.siting.audit import filter_mask
    from app.siting.coverage import area_unknown_buildings, coverage_rows

    rows = {(r["adcode"], r["category"]): r for r in coverage_rows(fixture_buildings())}
    ganyu_public = rows[(GANYU, "public_institution")]
    # B8: 20 x 15 m, installed, neither pv_area_m2 nor pv_kwp
    assert ganyu_public["pv_area_unknown"] == 1 and ganyu_public["buildings_with_pv"] == 1
    assert ganyu_public["pv_area_m2"] == 0.0 and ganyu_public["coverage_pct"] == 0.0
    assert_allclose(ganyu_public["roof_area_pv_unknown_m2"], 300.0, atol=0.1)
    assert ganyu_public["pv_area_unknown_share_pct"] == 100.0
    assert ganyu_public["coverage_count_pct"] == 100.0
    # B7: 100 kWp, no area: estimated, not unknown
    assert rows[(GANYU, "factory")]["pv_area_unknown"] == 0 and rows[(GANYU, "factory")]["pv_area_estimated"] == 1
    city_public = rows[("320700", "public_institution")]  # B1 (300 m2 PV), B2 (none), B8 (unknown)
    assert (city_public["pv_area_unknown"], city_public["buildings_with_pv"]) == (1, 2)
    assert city_public["pv_area_unknown_share_pct"] == 50.0
    assert_allclose(city_public["coverage_pct"], 100 * 300 / (800 + 300 + 300), atol=1e-3)
    assert rows[(HAIZHOU, "public_institution")]["pv_area_unknown"] == 0
    assert rows[(HAIZHOU, "public_institution")]["pv_area_unknown_share_pct"] == 0.0
    unknown = area_unknown_buildings(fixture_buildings())
    assert unknown["bld_id"].tolist() == ["B8"] and unknown["county"].tolist() == [GANYU]
    mask = filter_mask(fixture_buildings(), status="area_unknown")
    assert fixture_buildings()[mask]["bld_id"].tolist() == ["B8"]


def test_report_coverage_section_says_it_leaves_unknown_areas_out(audited):
    from app.export.report_data import coverage

    layer = audited.vector("buildings")
    section = coverage(audited, "en")
    assert "excludes the PV of 1 building(s)" in section.message
    assert "pv_area_unknown" in section.table.columns
    set_audit(audited, [7], {"pv_area_m2": 100.0})
    assert coverage(audited, "zh").message == ""
    assert layer.gdf.loc[7, "pv_area_m2"] == 100.0
