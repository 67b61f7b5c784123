"""Vector export: write -> read round trips per format, with Chinese values and checked CRS."""
from __future__ import annotations

import csv
import shutil
import sqlite3
import subprocess
import zipfile

import geopandas as gpd
import numpy as np
import pyogrio
import pyproj
import pytest
import shapely
from numpy.testing import assert_allclose

from app.core.errors import InputError, OutputError
from app.export import vector
from app.export.vector import SAMPLE_NOTICE, export_geopackage, export_layer, shapefile_field_names
from app.layers.model import Style, VectorLayer

OGRINFO = shutil.which("ogrinfo")
NAMES = ["赣榆区海头镇光伏屋顶", "灌云县燕尾港风电场", "连云区港口仓库"]


@pytest.fixture
def layer() -> VectorLayer:
    gdf = gpd.GeoDataFrame(
        {"name": NAMES, "county": ["赣榆区", "灌云县", "连云区"], "pv_area_m2": [1200.5, 0.0, 350.25],
         "capacity_mw_planned": [1.5, 50.0, 0.3], "capacity_mw_built": [1.0, 0.0, 0.3], "is_new": [1, 0, 1]},
        geometry=[shapely.box(119.10, 34.85, 119.11, 34.86), shapely.box(119.60, 34.45, 119.62, 34.47),
                  shapely.box(119.40, 34.74, 119.41, 34.75)],
        crs="EPSG:4490")
    return VectorLayer("roofs", gdf, title="屋顶", sample=True,
                       style=Style(fill="#2c7bb6", category_field="county",
                                   categories={"赣榆区": "#1b9e77", "灌云县": "#d95f02", "连云区": "#7570b3"}))


def _ogrinfo_reads(path) -> None:
    if OGRINFO is None:
        return
    done = subprocess.run([OGRINFO, "-ro", "-so", "-al", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Feature Count" in done.stdout


def test_field_names_cut_to_ten_without_collision():
    mapping = shapefile_field_names(["pv_area_m2", "capacity_mw_planned", "capacity_mw_built", "capacity_m",
                                     "名称很长的中文字段"])
    assert mapping["pv_area_m2"] == "pv_area_m2"
    assert mapping["capacity_m"] == "capacity_m"  # fits, keeps its name
    assert mapping["capacity_mw_planned"] == "capacity_1"
    assert mapping["capacity_mw_built"] == "capacity_2"
    assert len(set(v.lower() for v in mapping.values())) == len(mapping)
    assert all(len(v.encode("utf-8")) <= 10 for v in mapping.values())
    assert mapping["名称很长的中文字段"] == "名称很"  # 9 bytes in UTF-8, cut on a character


def test_shapefile_round_trip_chinese_prj_cpg_mapping(layer, tmp_path):
    out = tmp_path / "roofs.shp"
    result = export_layer(layer, out, "shp")
    assert (tmp_path / "roofs.cpg").read_text().strip() == "UTF-8"
    prj = (tmp_path / "roofs.prj").read_text()
    assert "China_2000" in prj or "CGCS2000" in prj
    assert pyproj.CRS.from_wkt(prj).to_epsg() == 4490
    back = gpd.read_file(out)
    assert back.crs.to_epsg() == 4490
    assert list(back["name"]) == NAMES
    assert set(back["sample"]) == {SAMPLE_NOTICE}
    assert "capacity_m" in back.columns and "capacity_1" in back.columns
    assert_allclose(back["capacity_m"], [1.5, 50.0, 0.3])  # cut name of the first long field
    with open(tmp_path / "roofs_fields.csv", encoding="utf-8-sig") as f:
        rows = {r["original"]: r["short"] for r in csv.DictReader(f)}
    assert rows["capacity_mw_planned"] == "capacity_m"
    assert rows["capacity_mw_built"] == "capacity_1"
    assert result.field_map == {"capacity_mw_planned": "capacity_m", "capacity_mw_built": "capacity_1"}
    assert "示例数据" in (tmp_path / "roofs_README.txt").read_text(encoding="utf-8")
    _ogrinfo_reads(out)


def test_shapefile_gbk(layer, tmp_path):
    out = tmp_path / "roofs_gbk.shp"
    export_layer(layer, out, "shp", encoding="GBK")
    assert (tmp_path / "roofs_gbk.cpg").read_text().strip().upper() in ("GBK", "936", "CP936")
    raw = (tmp_path / "roofs_gbk.dbf").read_bytes()
    assert NAMES[0].encode("gbk") in raw and NAMES[0].encode("utf-8") not in raw
    back = pyogrio.read_dataframe(out, encoding="GBK")
    assert list(back["name"]) == NAMES
    _ogrinfo_reads(out)


def test_shapefile_selection_and_crs_4549(layer, tmp_path):
    layer.select([0, 2])
    out = tmp_path / "sel.shp"
    export_layer(layer, out, "shp", selection_only=True, crs="EPSG:4549")
    back = gpd.read_file(out)
    assert back.crs.to_epsg() == 4549
    assert list(back["name"]) == [NAMES[0], NAMES[2]]
    expected = layer.gdf.loc[[0, 2]].to_crs(4549).geometry.area.to_numpy()
    assert_allclose(back.geometry.area, expected, rtol=1e-9)


def test_long_text_refused_or_truncated(layer, tmp_path):
    gdf = layer.gdf.copy()
    gdf.loc[1, "name"] = "很长" * 60  # 360 bytes in UTF-8
    long_layer = VectorLayer("long", gdf)
    with pytest.raises(InputError, match=r"254 bytes.*name row 1"):
        export_layer(long_layer, tmp_path / "long.shp", "shp")
    assert list(tmp_path.iterdir()) == []
    export_layer(long_layer, tmp_path / "long.shp", "shp", truncate_long_text=True)
    back = gpd.read_file(tmp_path / "long.shp")
    assert len(back.loc[1, "name"].encode("utf-8")) <= 254
    assert back.loc[1, "name"].startswith("很长很长")


def test_mixed_geometry_types_refused_or_split(tmp_path):
    gdf = gpd.GeoDataFrame({"name": ["枢纽", "海缆"]},
                           geometry=[shapely.Point(119.76, 34.76), shapely.LineString([(119.76, 34.76), (119.55, 34.6)])],
                           crs="EPSG:4490")
    mixed = VectorLayer("island", gdf)
    with pytest.raises(InputError, match=r"LineString, Point.*GeoPackage"):
        export_layer(mixed, tmp_path / "island.shp", "shp")
    assert list(tmp_path.iterdir()) == []
    result = export_layer(mixed, tmp_path / "island.shp", "shp", split_geometry_types=True)
    assert (tmp_path / "island_point.shp").exists() and (tmp_path / "island_linestring.shp").exists()
    assert gpd.read_file(tmp_path / "island_point.shp")["name"].tolist() == ["枢纽"]
    assert result.features == 2


def test_zipped_shapefile(layer, tmp_path):
    out = tmp_path / "roofs.zip"
    export_layer(layer, out, "shp", zip_output=True)
    names = set(zipfile.ZipFile(out).namelist())
    assert {"roofs.shp", "roofs.dbf", "roofs.shx", "roofs.prj", "roofs.cpg", "roofs_fields.csv"} <= names
    back = gpd.read_file(f"zip://{out}!roofs.shp")
    assert list(back["name"]) == NAMES
    assert [p.name for p in tmp_path.iterdir()] == ["roofs.zip"]


def test_geopackage_several_layers_with_qgis_styles(layer, tmp_path):
    other = VectorLayer("points", gpd.GeoDataFrame({"name_zh": ["海上能源岛"]}, geometry=[shapely.Point(119.76, 34.76)],
                                                    crs="EPSG:4490"), style=Style(fill="#d7301f"))
    out = tmp_path / "all.gpkg"
    export_geopackage([layer, other], out)
    assert {"roofs", "points", "layer_styles"} <= {name for name, _ in pyogrio.list_layers(out)}
    back = gpd.read_file(out, layer="roofs")
    assert back.crs.to_epsg() == 4490 and list(back["name"]) == NAMES
    with sqlite3.connect(out) as db:
        cols = [r[1] for r in db.execute("PRAGMA table_info(layer_styles)")]
        rows = db.execute("SELECT f_table_name, f_geometry_column, styleQML, useAsDefault FROM layer_styles").fetchall()
    assert cols[0] == "id" and cols[1:] == list(vector.LAYER_STYLES_COLUMNS)
    by_name = {r[0]: r for r in rows}
    assert by_name["roofs"][1] == "geom"
    assert 'type="categorizedSymbol"' in by_name["roofs"][2] and 'attr="county"' in by_name["roofs"][2]
    assert "赣榆区" in by_name["roofs"][2] and "27,158,119,255" in by_name["roofs"][2]
    assert 'type="singleSymbol"' in by_name["points"][2] and 'type="marker"' in by_name["points"][2]
    assert by_name["roofs"][3] == 1
    _ogrinfo_reads(out)


def test_geojson_is_wgs84(layer, tmp_path):
    out = tmp_path / "roofs.geojson"
    result = export_layer(layer, out, "geojson")
    assert result.crs == "EPSG:4326" and any("RFC" in n or "WGS84" in n for n in result.notes)
    text = out.read_text(encoding="utf-8")
    assert "赣榆区海头镇光伏屋顶" in text  # not \u-escaped
    back = gpd.read_file(out)
    assert back.crs.to_epsg() == 4326 and list(back["name"]) == NAMES
    assert_allclose(back.total_bounds, layer.gdf.total_bounds, atol=1e-7)
    _ogrinfo_reads(out)


def test_gcj02_export_is_offset_and_labelled(layer, tmp_path):
    out = tmp_path / "web.geojson"
    export_layer(layer, out, "geojson", crs="GCJ-02")
    back = gpd.read_file(out)
    assert set(back["datum"]) == {"GCJ-02"}
    shift = np.abs(back.total_bounds - layer.gdf.total_bounds)
    assert 1e-4 < shift.max() < 1e-2  # GCJ-02 shifts a few hundred metres in Jiangsu


def test_kml_names_and_descriptions_in_chinese(layer, tmp_path):
    out = tmp_path / "roofs.kml"
    export_layer(layer, out, "kml")
    text = out.read_text(encoding="utf-8")
    assert "<name>赣榆区海头镇光伏屋顶</name>" in text
    assert "county: 灌云县" in text
    back = gpd.read_file(out)
    assert back.crs.to_epsg() == 4326 and len(back) == 3
    _ogrinfo_reads(out)


def test_csv_wkt_and_lonlat_with_bom(layer, tmp_path):
    out = tmp_path / "roofs.csv"
    export_layer(layer, out, "csv")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [r["name"] for r in rows] == NAMES
    assert shapely.from_wkt(rows[0]["wkt"]).equals_exact(layer.gdf.geometry[0], 1e-9)
    out2 = tmp_path / "points.csv"
    export_layer(layer, out2, "csv", csv_geometry="lonlat", crs="EPSG:4326")
    with open(out2, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    lon, lat = float(rows[0]["lon"]), float(rows[0]["lat"])
    assert layer.gdf.geometry[0].contains(shapely.Point(lon, lat))


def test_failure_mid_write_leaves_nothing(layer, tmp_path, monkeypatch):
    real = pyogrio.write_dataframe

    def write_then_fail(df, path, **kwargs):
        real(df, path, **kwargs)
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(vector.pyogrio, "write_dataframe", write_then_fail)
    for fmt, name in (("shp", "a.shp"), ("gpkg", "a.gpkg"), ("geojson", "a.geojson"), ("kml", "a.kml")):
        with pytest.raises(OSError, match="disk full"):
            export_layer(layer, tmp_path / name, fmt)
        assert list(tmp_path.iterdir()) == [], fmt


def test_failure_keeps_previous_file(layer, tmp_path, monkeypatch):
    out = tmp_path / "keep.geojson"
    out.write_text("previous", encoding="utf-8")
    monkeypatch.setattr(vector, "_write_ogr", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("boom")))
    with pytest.raises(RuntimeError):
        export_layer(layer, out, "geojson")
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.geojson"]


def test_unwritable_path_names_it(layer, tmp_path):
    missing = tmp_path / "no_such_folder" / "x.shp"
    with pytest.raises(OutputError, match=r"x\.shp: the folder \S*no_such_folder does not exist; create it or "
                                          r"choose an existing folder$"):
        export_layer(layer, missing, "shp")


def test_bad_choices(layer, tmp_path):
    with pytest.raises(InputError, match="expected one of"):
        export_layer(layer, tmp_path / "x.shp", "shp", crs="EPSG:3857")
    with pytest.raises(InputError, match="expected one of"):
        export_layer(layer, tmp_path / "x.shp", "shp", encoding="Big5")
    with pytest.raises(InputError, match="format"):
        export_layer(layer, tmp_path / "x.xyz")
    with pytest.raises(InputError, match="GBK"):
        gdf = layer.gdf.copy()
        gdf.loc[0, "name"] = "屋顶☀\U0001F600"
        export_layer(VectorLayer("e", gdf), tmp_path / "e.shp", "shp", encoding="GBK")
    assert list(tmp_path.iterdir()) == []
