"""Reading vector files and coordinate tables: write -> read round trips per format."""
from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from numpy.testing import assert_allclose

from app.core.errors import InputError
from app.layers import chinacoords
from app.layers.crs import METRIC_CRS, STORAGE_CRS
from app.layers.vector_io import detect_shapefile_encoding, list_layers, read_vector

NAMES = ["连云港市政府办公楼", "赣榆区厂房A"]


def _frame():
    geoms = [shapely.box(119.20, 34.60, 119.201, 34.601), shapely.box(119.10, 34.85, 119.1012, 34.8508)]
    return gpd.GeoDataFrame({"名称": NAMES, "类别": ["公共机构", "厂房"]}, geometry=geoms, crs=STORAGE_CRS)


@pytest.mark.parametrize("encoding", ["GBK", "UTF-8"])
def test_shapefile_without_cpg_is_decoded(tmp_path, encoding):
    path = tmp_path / "b.shp"
    pyogrio.write_dataframe(_frame(), path, encoding=encoding)
    path.with_suffix(".cpg").unlink()  # as Chinese desktop GIS often ship them
    gdf, report = read_vector(path)
    assert list(gdf.columns[:2]) == ["名称", "类别"]
    assert gdf["名称"].tolist() == NAMES
    assert report.encoding.upper() in ({"GB18030"} if encoding == "GBK" else {"UTF-8"})
    if encoding == "GBK":
        assert any("GB18030" in note for note in report.assumptions)


def test_cpg_and_caller_encoding_win(tmp_path):
    path = tmp_path / "b.shp"
    pyogrio.write_dataframe(_frame(), path, encoding="GBK")
    assert detect_shapefile_encoding(path) == ("GBK", ".cpg")
    path.with_suffix(".cpg").unlink()
    gdf, report = read_vector(path, encoding="GBK")
    assert gdf["名称"].tolist() == NAMES and report.encoding_source == "caller"


def test_geopackage_layer_choice(tmp_path):
    path = tmp_path / "p.gpkg"
    pyogrio.write_dataframe(_frame(), path, layer="roads")
    pyogrio.write_dataframe(_frame().iloc[:1], path, layer="buildings")
    assert set(list_layers(path)) == {"roads", "buildings"}
    gdf, report = read_vector(path)
    assert report.layer == "buildings" and len(gdf) == 1 and report.assumptions
    gdf, _ = read_vector(path, layer="roads")
    assert len(gdf) == 2
    with pytest.raises(InputError, match="no layer 'nope'"):
        read_vector(path, layer="nope")


@pytest.mark.parametrize("suffix,driver", [(".geojson", "GeoJSON"), (".kml", "KML")])
def test_geojson_and_kml_round_trip(tmp_path, suffix, driver):
    path = tmp_path / f"b{suffix}"
    frame = _frame().rename(columns={"名称": "Name", "类别": "Description"}) if driver == "KML" else _frame()
    pyogrio.write_dataframe(frame, path, driver=driver)
    gdf, report = read_vector(path)
    assert len(gdf) == 2 and gdf.crs.to_epsg() == 4490
    # reference: the written rectangles; both formats keep coordinates to < 1e-7 deg
    assert_allclose(gdf.to_crs(METRIC_CRS).area, frame.to_crs(METRIC_CRS).area, rtol=1e-6)
    assert NAMES[0] in gdf.iloc[:, :3].astype(str).to_numpy().ravel().tolist()


def _table():
    return pd.DataFrame({"编号": ["A1", "A2", "A3"], "经度": [119.20, 119.10, "x"], "纬度": [34.60, 34.85, 34.7],
                         "占地面积": [400.0, 2500.0, 100.0]})


@pytest.mark.parametrize("kind", ["csv_utf8", "csv_gbk", "xlsx"])
def test_tables_with_lon_lat_and_area_become_squares(tmp_path, kind):
    table = _table()
    if kind == "xlsx":
        path = tmp_path / "b.xlsx"
        table.to_excel(path, index=False)
    else:
        path = tmp_path / "b.csv"
        table.to_csv(path, index=False, encoding="utf-8" if kind == "csv_utf8" else "gbk")
    gdf, report = read_vector(path)
    assert report.lon_column == "经度" and report.area_column == "占地面积"
    assert gdf["编号"].tolist() == ["A1", "A2", "A3"]  # no row dropped
    # reference: the area column; squares are built in EPSG:4549 so the area is exact
    assert_allclose(gdf.to_crs(METRIC_CRS).geometry.iloc[:2].area, [400.0, 2500.0], rtol=1e-6)
    assert gdf.geometry.iloc[2] is None or gdf.geometry.iloc[2].is_empty  # the bad lon -> reported, kept
    assert any("no usable lon/lat" in note for note in report.assumptions)


def test_declared_gcj02_is_converted(tmp_path):
    path = tmp_path / "b.csv"
    pd.DataFrame({"lon": [119.2], "lat": [34.6]}).to_csv(path, index=False)
    gdf, report = read_vector(path, declared_crs="gcj02")
    lon, lat = chinacoords.gcj02_to_wgs84(119.2, 34.6)
    point = gdf.geometry.iloc[0]
    # the GCJ-02 offset near Lianyungang is a few hundred metres: about 0.005 deg in lon
    assert 0.001 < abs(point.x - 119.2) < 0.01
    assert_allclose([point.x, point.y], [float(np.ravel(lon)[0]), float(np.ravel(lat)[0])], atol=1e-9)
    assert any("gcj02" in note for note in report.assumptions)


def test_unreadable_files_raise_input_error(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        read_vector(tmp_path / "none.gpkg")
    empty = tmp_path / "empty.geojson"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        read_vector(empty)
    junk = tmp_path / "junk.gpkg"
    junk.write_bytes(b"this is not a geopackage" * 10)
    with pytest.raises(InputError, match="cannot read junk.gpkg"):
        read_vector(junk)
    shp = tmp_path / "lonely.shp"
    pyogrio.write_dataframe(_frame(), shp)
    shp.with_suffix(".shx").unlink()
    shp.with_suffix(".dbf").unlink()
    with pytest.raises(InputError):
        read_vector(shp)
    table = tmp_path / "t.csv"
    pd.DataFrame({"a": [1], "b": [2]}).to_csv(table, index=False)
    with pytest.raises(InputError, match="no longitude/latitude columns"):
        read_vector(table)
