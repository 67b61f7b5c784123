"""Building import: GBK Shapefile, field mapping (remembered), per-row checks with fix or skip."""
from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from numpy.testing import assert_allclose

from app.core.errors import InputError
from app.layers.crs import METRIC_CRS, STORAGE_CRS
from app.siting.building_import import (SCHEMA_FIELDS, import_buildings, remember_mapping, remembered_mapping,
                                        source_signature, suggest_mapping, validate_buildings)
from tests.core.test_rooftop_fixture import HAIZHOU, county_anchor_m


def _bureau_frame(n=4) -> gpd.GeoDataFrame:
    """A bureau-style table: Chinese headers and values, rectangles of 40 x 20 m in Haizhou."""
    anchor = county_anchor_m(HAIZHOU)
    geoms = [shapely.box(anchor.x + 60 * i, anchor.y, anchor.x + 60 * i + 40, anchor.y + 20) for i in range(n)]
    frame = gpd.GeoDataFrame({
        "建筑编号": [f"HZ-{i:03d}" for i in range(n)],
        "建筑名称": [f"海州区第{i}中学" for i in range(n)],
        "建筑类别": (["公共机构", "厂房", "住宅", "其他"] * n)[:n],
        "是否新建": (["是", "否"] * n)[:n],
        "屋顶类型": (["平屋面", "坡屋面"] * n)[:n],
        "光伏状态": (["已安装", "无", "计划", "已核查"] * n)[:n],
        "光伏面积": [300.0, np.nan, np.nan, 200.0][:n] + [np.nan] * max(0, n - 4),
    }, geometry=geoms, crs=METRIC_CRS)
    return frame.to_crs(STORAGE_CRS)


def test_gbk_shapefile_without_cpg_imports_with_chinese_mapping(tmp_path):
    path = tmp_path / "住建局建筑.shp"
    pyogrio.write_dataframe(_bureau_frame(), path, encoding="GBK")
    path.with_suffix(".cpg").unlink()
    result = import_buildings(path, store_path=tmp_path / "mappings.json")
    b = result.buildings
    assert result.mapping["bld_id"] == "建筑编号" and result.mapping["category"] == "建筑类别"
    assert b["bld_id"].tolist() == ["HZ-000", "HZ-001", "HZ-002", "HZ-003"]
    assert b["name"].iloc[0] == "海州区第0中学"
    assert b["category"].tolist() == ["public_institution", "factory", "residential", "other"]
    assert b["is_new"].tolist() == [1, 0, 1, 0]
    assert b["roof_type"].tolist() == ["flat", "pitched", "flat", "pitched"]
    assert b["pv_status"].tolist() == ["installed", "none", "planned", "verified"]
    assert_allclose(b["pv_area_m2"], [300.0, np.nan, np.nan, 200.0])
    assert (b["county"] == HAIZHOU).all()
    assert result.problems == [] and result.skipped == []
    assert result.report.encoding == "GB18030"


def test_suggested_mapping_from_english_and_chinese_headers():
    mapping = suggest_mapping(["ID", "Name", "Building Type", "New", "roof", "PV_Status", "PV Area", "装机容量", "审核人"])
    assert mapping["bld_id"] == "ID" and mapping["name"] == "Name" and mapping["category"] == "Building Type"
    assert mapping["is_new"] == "New" and mapping["roof_type"] == "roof" and mapping["pv_status"] == "PV_Status"
    assert mapping["pv_area_m2"] == "PV Area" and mapping["pv_kwp"] == "装机容量" and mapping["auditor"] == "审核人"
    assert mapping["height_m"] is None
    assert set(mapping) == set(SCHEMA_FIELDS)


def test_mapping_is_remembered_per_column_set(tmp_path):
    store = tmp_path / "cfg" / "field_mappings.json"
    columns = ["代码", "单位", "分类", "新旧"]
    assert remembered_mapping(columns, store) is None
    mapping = {"bld_id": "代码", "name": "单位", "category": "分类", "is_new": "新旧"}
    remember_mapping(columns, mapping, store)
    # order and spacing of the columns do not change the signature
    assert source_signature(["新旧", " 分类", "单位", "代码"]) == source_signature(columns)
    again = remembered_mapping(["新旧", "分类", "单位", "代码"], store)
    assert again["bld_id"] == "代码" and again["is_new"] == "新旧" and again["pv_status"] is None
    assert json.loads(store.read_text(encoding="utf-8"))  # plain JSON, readable by a person


def test_import_uses_remembered_mapping(tmp_path):
    frame = _bureau_frame().rename(columns={"建筑类别": "分类X", "建筑编号": "代码X"})
    path = tmp_path / "b.gpkg"
    pyogrio.write_dataframe(frame, path)
    store = tmp_path / "m.json"
    columns = [c for c in frame.columns if c != "geometry"]
    mapping = suggest_mapping(columns)
    assert mapping["category"] is None  # unknown header: the dialog would ask
    mapping.update(category="分类X", bld_id="代码X")
    remember_mapping(columns, mapping, store)
    result = import_buildings(path, store_path=store)
    assert result.mapping["category"] == "分类X"
    assert result.buildings["category"].iloc[1] == "factory"
    assert any("remembered" in note for note in result.report.assumptions)


def _problem_frame() -> gpd.GeoDataFrame:
    frame = _bureau_frame(8)
    frame["建筑编号"] = ["A", "B", "B", "C", "D", "E", "F", "G"]
    frame.loc[3, "建筑类别"] = "宾馆"  # unknown category
    bowtie = shapely.Polygon([(119.20, 34.60), (119.201, 34.601), (119.201, 34.60), (119.20, 34.601)])
    frame.loc[4, "geometry"] = bowtie  # self-intersecting
    frame.loc[5, "geometry"] = None  # empty
    frame.loc[6, "geometry"] = shapely.box(116.39, 39.90, 116.391, 39.901)  # Beijing
    anchor = county_anchor_m(HAIZHOU)
    tiny = gpd.GeoSeries([shapely.box(anchor.x, anchor.y + 500, anchor.x + 2, anchor.y + 502)], crs=METRIC_CRS)
    frame.loc[7, "geometry"] = tiny.to_crs(STORAGE_CRS).iloc[0]  # 4 m2
    return frame


def test_each_problem_reported_by_row_field_value_and_expected_form():
    problems = validate_buildings(_problem_frame())
    found = {(p.row, p.field, p.code) for p in problems}
    assert (3, "bld_id", "duplicate_id") in found
    assert (4, "category", "unknown_value") in found
    assert (5, "geometry", "invalid_geometry") in found
    assert (6, "geometry", "empty_geometry") in found
    assert (7, "geometry", "outside_city") in found
    assert (8, "geometry", "absurd_area") in found
    unknown = next(p for p in problems if p.code == "unknown_value")
    assert unknown.value == "宾馆" and "public_institution" in unknown.expected
    tiny = next(p for p in problems if p.code == "absurd_area")
    assert_allclose(tiny.value, 4.0, rtol=1e-3)  # 2 m x 2 m


def test_default_actions_fix_or_skip_and_nothing_is_dropped_silently(tmp_path):
    path = tmp_path / "problems.gpkg"
    pyogrio.write_dataframe(_problem_frame(), path)
    result = import_buildings(path, store_path=tmp_path / "m.json")
    b = result.buildings
    skipped = {s["row"] for s in result.skipped}
    assert skipped == {6, 7, 8}  # empty geometry, Beijing, 4 m2: no fix possible
    assert len(b) + len(skipped) == 8
    assert b["source_row"].tolist() == [1, 2, 3, 4, 5]
    assert b["bld_id"].tolist() == ["A", "B", "B-3", "C", "D"]  # duplicate renumbered
    assert b["category"].iloc[3] == "other"
    assert b.geometry.iloc[4].is_valid and b.geometry.iloc[4].geom_type in ("Polygon", "MultiPolygon")
    summary = result.summary()
    assert summary["rows_read"] == 8 and summary["imported"] == 5
    assert all("reasons" in s and s["reasons"] for s in summary["skipped"])


def test_user_decisions_override_defaults(tmp_path):
    path = tmp_path / "problems.gpkg"
    pyogrio.write_dataframe(_problem_frame(), path)
    decisions = {(3, "bld_id", "duplicate_id"): "skip", (None, None, "absurd_area"): "keep"}
    result = import_buildings(path, decisions=decisions, store_path=tmp_path / "m.json")
    assert {s["row"] for s in result.skipped} == {3, 6, 7}
    assert "B-3" not in result.buildings["bld_id"].tolist()
    with pytest.raises(InputError, match="not possible"):
        import_buildings(path, decisions={(6, "geometry", "empty_geometry"): "fix"}, store_path=tmp_path / "m.json")
    everything = import_buildings(path, default_action="skip", store_path=tmp_path / "m.json")
    assert {s["row"] for s in everything.skipped} == {3, 4, 5, 6, 7, 8}


def test_missing_required_column_and_bad_mapping(tmp_path):
    frame = _bureau_frame().drop(columns=["是否新建"])
    path = tmp_path / "b.geojson"
    pyogrio.write_dataframe(frame, path, driver="GeoJSON")
    result = import_buildings(path, store_path=tmp_path / "m.json")
    missing = [p for p in result.problems if p.code == "missing_field"]
    assert [(p.row, p.field) for p in missing] == [(None, "is_new")]
    assert result.buildings["is_new"].tolist() == [0, 0, 0, 0]  # the announced fix
    with pytest.raises(InputError, match="not in the file"):
        import_buildings(path, mapping={"bld_id": "nope"}, store_path=tmp_path / "m.json")


def test_xlsx_list_with_gcj02_coordinates(tmp_path):
    from app.layers import chinacoords

    table = pd.DataFrame({"编号": ["X1", "X2"], "名称": ["市行政中心", "某厂房"], "类别": ["公建", "工业"],
                          "是否新建": [1, 1], "经度": [119.2215, 119.1800], "纬度": [34.5970, 34.6150],
                          "屋顶面积": [3600.0, 10000.0], "光伏状态": ["已安装", "无"]})
    path = tmp_path / "清单.xlsx"
    table.to_excel(path, index=False)
    result = import_buildings(path, declared_crs="gcj02", store_path=tmp_path / "m.json")
    b = result.buildings
    assert b["category"].tolist() == ["public_institution", "factory"]
    # reference: the roof area column; footprints are squares of that area drawn in EPSG:4549 and stored
    # in lon/lat, a round trip that keeps areas to ~1e-11 (measured): rtol 1e-9
    assert_allclose(b.to_crs(METRIC_CRS).area, [3600.0, 10000.0], rtol=1e-9)
    lon, lat = chinacoords.gcj02_to_wgs84(119.2215, 34.5970)
    centre = b.geometry.iloc[0].centroid
    # the square's lon/lat centroid sits on the converted point to ~1e-10 deg (measured); 1e-8 deg ~ 1 mm
    assert_allclose([centre.x, centre.y], [float(np.ravel(lon)[0]), float(np.ravel(lat)[0])], atol=1e-8)


def test_height_problems_per_row_fix_or_skip(tmp_path):
    # bad heights (issue 13): negative, zero for a multi-storey building, above 500 m in centimetres,
    # above 500 m and not centimetres, floors without a height; every one a per-row message
    frame = _bureau_frame(8)
    frame["高度"] = [-12.0, 0.0, 2400.0, 90000.0, np.nan, 18.0, 0.0, 45.0]
    frame["层数"] = [np.nan, 6, np.nan, np.nan, 5, np.nan, np.nan, np.nan]
    path = tmp_path / "heights.gpkg"
    pyogrio.write_dataframe(frame, path)
    result = import_buildings(path, store_path=tmp_path / "m.json")
    codes = {(p.row, p.code): p for p in result.problems if p.field in ("height_m", "floors")}
    assert set(codes) == {(1, "negative_height"), (2, "zero_height"), (3, "height_in_centimetres"),
                          (4, "absurd_height"), (5, "height_from_floors"), (7, "zero_height")}
    assert "6 floors" in codes[(2, "zero_height")].message
    assert "24 m" in codes[(3, "height_in_centimetres")].fix_text
    assert "5 floors x 3.9 m" in codes[(5, "height_from_floors")].fix_text  # row 5 is a public building
    b = result.buildings.set_index("source_row")
    assert_allclose(b["height_m"].to_numpy(), [np.nan, np.nan, 24.0, np.nan, np.nan, 18.0, np.nan, 45.0])
    assert len(b) == 8 and result.skipped == []  # fixed, nothing silently dropped
    # the rooftop chain: floors stand in where the height was cleared or missing; the rest get no shading
    from app.siting.rooftop import building_heights

    height, source = building_heights(result.buildings)
    assert source.tolist() == ["", "floors", "height_m", "", "floors", "height_m", "", "height_m"]
    # skipping instead
    skipped = import_buildings(path, store_path=tmp_path / "m.json", default_action="skip")
    assert [s["row"] for s in skipped.skipped] == [1, 2, 3, 4, 5, 7]


def test_footprint_wider_than_the_shading_halo_is_reported(tmp_path):
    anchor = county_anchor_m(HAIZHOU)
    frame = gpd.GeoDataFrame({"bld_id": ["BIG", "OK"], "category": ["factory", "factory"], "is_new": [1, 1],
                              "roof_type": ["flat", "flat"], "height_m": [12.0, 12.0]},
                             geometry=[shapely.box(anchor.x, anchor.y, anchor.x + 600, anchor.y + 100),
                                       shapely.box(anchor.x, anchor.y + 200, anchor.x + 60, anchor.y + 240)],
                             crs=METRIC_CRS).to_crs(STORAGE_CRS)
    path = tmp_path / "big.gpkg"
    pyogrio.write_dataframe(frame, path)
    result = import_buildings(path, store_path=tmp_path / "m.json")
    big = [p for p in result.problems if p.code == "too_large_for_shading"]
    assert [p.row for p in big] == [1] and "400 m halo" in big[0].message and result.actions[big[0].key] == "keep"
    from app.siting.rooftop import roof_potential

    potential = roof_potential(result.buildings, specific_yield=lambda t, a: 1000.0)
    assert potential["shade_status"].tolist() == ["too_large", "computed"]
    assert np.isnan(potential.loc[0, "shade_loss"]) and potential.loc[0, "pot_kwh"] > 0


def test_ids_and_text_cells_as_python_reads_them(tmp_path):
    """The column-wise checks treat whitespace as Python's str.strip does (U+3000 ideographic space, tabs, control
    separators), name the first row of a duplicate, and write "" for blank text, read back from a GeoPackage."""
    frame = _bureau_frame(7)
    frame["建筑编号"] = ["A", " A", "A\u3000", "\u3000", "\x1cB", "B", None]
    frame["建筑名称"] = ["海州", "\u3000", "", None, "\t学校", " 学校", "x "]
    path = tmp_path / "ids.gpkg"
    pyogrio.write_dataframe(frame, path)
    result = import_buildings(path, store_path=tmp_path / "m.json")
    problems = {(p.row, p.code): p for p in result.problems if p.field == "bld_id"}
    assert set(problems) == {(2, "duplicate_id"), (3, "duplicate_id"), (4, "missing_value"),
                             (6, "duplicate_id"), (7, "missing_value")}
    assert problems[(2, "duplicate_id")].message == "id 'A' already used in row 1"
    assert problems[(6, "duplicate_id")].message == "id 'B' already used in row 5"  # "\x1cB".strip() == "B"
    b = result.buildings
    assert b["bld_id"].tolist() == ["A", "A-2", "A-3", "R4", "B", "B-6", "R7"]
    assert b["name"].tolist() == ["海州", "", "", "", "\t学校", " 学校", "x "]  # blank -> "", the rest as written
