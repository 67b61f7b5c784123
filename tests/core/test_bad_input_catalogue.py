"""The bad-input catalogue (issue 8): each bad file and the message the user sees.

Every case asserts the text an import dialog or the CLI shows, so a change
that makes a message vaguer fails here. Files are made in tmp_path; the
"2 GB file" is sparse (``truncate``), costing no disk.
"""
from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely

from app.sample.demo import build_demo_project
from app.core.errors import InputError, MissingCrsError
from app.layers.crs import check_near_lianyungang
from app.layers.vector_io import read_vector

PARTS = r"send all parts together \(\.shp, \.shx, \.dbf and \.prj, or one \.zip of them\)"


@pytest.fixture(scope="module")
def buildings():
    return build_demo_project().vector("buildings").gdf.iloc[:20][["bld_id", "name", "geometry"]].reset_index(drop=True)


@pytest.fixture
def shapefile(tmp_path, buildings):
    path = tmp_path / "src" / "bld.shp"
    path.parent.mkdir()
    buildings.to_file(path, encoding="utf-8")
    return path


def _copy_parts(shapefile: Path, folder: Path, exts) -> Path:
    folder.mkdir()
    for ext in exts:
        shutil.copy(shapefile.with_suffix(ext), folder / f"bld{ext}")
    return folder / "bld.shp"


def test_shp_without_shx_and_dbf(shapefile, tmp_path):
    lone = _copy_parts(shapefile, tmp_path / "lone", [".shp", ".prj"])
    with pytest.raises(InputError, match=rf"^bld\.shp has no bld\.dbf beside it, so its attributes \(ids, names, "
                                         rf"categories\) would be lost; {PARTS}$"):
        read_vector(lone)


def test_shp_without_shx(shapefile, tmp_path):
    no_index = _copy_parts(shapefile, tmp_path / "noshx", [".shp", ".dbf", ".prj"])
    with pytest.raises(InputError, match=r"^cannot read bld\.shp: Unable to open .*bld\.shx.*; the Shapefile lacks "
                                         r"its \.shx file\(s\), send all parts together"):
        read_vector(no_index)


@pytest.mark.parametrize("keep_bytes", [60, "half"])
def test_truncated_shp(shapefile, tmp_path, keep_bytes):
    cut = _copy_parts(shapefile, tmp_path / "cut", [".shp", ".shx", ".dbf", ".prj"])
    data = cut.read_bytes()
    cut.write_bytes(data[: (len(data) // 2 if keep_bytes == "half" else keep_bytes)])
    # Without the check GDAL returned the missing records as empty geometries, silently.
    with pytest.raises(InputError, match=r"^bld\.shp is truncated: [\d,]+ bytes, but its index bld\.shx lists 20 "
                                         rf"shapes needing [\d,]+ bytes \(an interrupted copy or download\?\); {PARTS}$"):
        read_vector(cut)


def test_zip_slip_is_refused_and_nothing_extracted(shapefile, tmp_path):
    archive = tmp_path / "slip.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for ext in (".shp", ".shx", ".dbf", ".prj"):
            z.write(shapefile.with_suffix(ext), f"bld{ext}")
        z.writestr("../../lyg-zip-slip-evil.txt", "owned")
    with pytest.raises(InputError, match=r"^slip\.zip was refused: its entry '\.\./\.\./lyg-zip-slip-evil\.txt' has a "
                                         r"'\.\.' path leading outside the folder \(zip slip\); expected files inside "
                                         r"the archive's own folder\. Nothing was extracted\.$"):
        read_vector(archive)
    assert not (tmp_path.parent / "lyg-zip-slip-evil.txt").exists()


@pytest.mark.parametrize("member, problem", [("/etc/cron.d/evil", "an absolute path"),
                                              ("C:\\Windows\\evil.dll", "an absolute path"),
                                              ("data/../../evil.shp", "a '..' path leading outside the folder")])
def test_zip_members_outside_target(tmp_path, member, problem):
    from app.layers.safe_zip import extract_zip_safely

    archive = tmp_path / "bad.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("ok.txt", "fine")
        z.writestr(member, "x")
    target = tmp_path / "out"
    with pytest.raises(InputError, match=f"has {problem}"):
        extract_zip_safely(archive, target)
    assert not target.exists() or list(target.iterdir()) == []


def test_zip_bomb_ratio_refused(tmp_path):
    from app.layers.safe_zip import extract_zip_safely

    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("bld.dbf", b"\0" * 20_000_000)
    with pytest.raises(InputError, match=r"^bomb\.zip was refused: 'bld\.dbf' expands \d+x \(expected at most 200x; a zip bomb\?\)$"):
        extract_zip_safely(archive, tmp_path / "out")


def test_zipped_shapefile_in_a_folder_reads(shapefile, tmp_path):
    archive = tmp_path / "good.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
            if shapefile.with_suffix(ext).exists():
                z.write(shapefile.with_suffix(ext), f"export/bld{ext}")
    gdf, report = read_vector(archive)
    assert len(gdf) == 20 and report.path == str(archive)
    assert gdf["name"].iloc[0].startswith("海州")


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE kml [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "' + f"&lol{i - 1 if i > 1 else ''};" * 10 + '">\n' for i in range(1, 10))
    + ']>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>&lol9;</name>'
    "<Point><coordinates>119.2,34.6</coordinates></Point></Placemark></Document></kml>\n"
)


def test_kml_entity_bomb_refused_before_parsing(tmp_path, monkeypatch):
    bomb = tmp_path / "sites.kml"
    bomb.write_text(BILLION_LAUGHS)

    def gdal_must_not_parse(*args, **kwargs):
        raise AssertionError("GDAL was asked to parse the entity bomb")

    monkeypatch.setattr("pyogrio.list_layers", gdal_must_not_parse)
    with pytest.raises(InputError, match=r"^sites\.kml was refused before reading: it declares <!DOCTYPE \.\.\.> "
                                         r"\(a DTD or entities\)\. KML/GML never need them and they can expand to "
                                         r"gigabytes \(an 'XML entity bomb'\); expected plain KML"):
        read_vector(bomb)


def test_kmz_entity_bomb_refused(tmp_path):
    kmz = tmp_path / "sites.kmz"
    with zipfile.ZipFile(kmz, "w") as z:
        z.writestr("doc.kml", BILLION_LAUGHS)
    with pytest.raises(InputError, match=r"^sites\.kmz was refused before reading: its doc\.kml declares a DTD"):
        read_vector(kmz)


def test_plain_kml_still_reads(tmp_path):
    kml = tmp_path / "ok.kml"
    kml.write_text(BILLION_LAUGHS.split("]>\n", 1)[1].replace("&lol9;", "site A"))
    gdf, _ = read_vector(kml)
    assert len(gdf) == 1


def test_geojson_with_invalid_geometries_and_mixed_types(tmp_path):
    from app.siting.building_import import import_buildings

    features = [
        {"type": "Feature", "properties": {"bld_id": "A"}, "geometry": {"type": "Polygon", "coordinates": [
            [[119.2, 34.6], [119.2001, 34.6001], [119.2001, 34.6], [119.2, 34.6001], [119.2, 34.6]]]}},  # bow-tie
        {"type": "Feature", "properties": {"bld_id": "B"}, "geometry": {"type": "Point", "coordinates": [119.2, 34.6]}},
        {"type": "Feature", "properties": {"bld_id": "C"},
         "geometry": {"type": "LineString", "coordinates": [[119.2, 34.6], [119.3, 34.7]]}},
        {"type": "Feature", "properties": {"bld_id": "D"}, "geometry": None},
    ]
    path = tmp_path / "mixed.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    result = import_buildings(path)
    messages = {(p.row, p.code): p.message for p in result.problems}
    assert messages[(1, "invalid_geometry")].startswith("invalid polygon: Self-intersection[")
    assert messages[(2, "not_polygon")] == "the geometry is a Point, not a footprint"
    assert messages[(3, "not_polygon")] == "the geometry is a LineString, not a footprint"
    assert messages[(4, "empty_geometry")] == "the building has no geometry"


def test_dbf_in_an_unknown_encoding(tmp_path, buildings):
    path = tmp_path / "gbk.shp"
    buildings.to_file(path, encoding="gbk")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    # Not UTF-8 and no .cpg: read as GB18030 and say so (the dialog shows the note, the user may override).
    gdf, report = read_vector(path)
    assert gdf["name"].iloc[0] == buildings["name"].iloc[0]
    assert report.assumptions == ["attribute text is not UTF-8 and the file has no .cpg; read as GB18030 "
                                  "(the usual encoding of Chinese Shapefiles)"]
    # A .cpg naming an encoding nobody knows: refused with the expected encodings.
    path.with_suffix(".cpg").write_text("KOI9-XYZ")
    with pytest.raises(InputError, match=r"^cannot decode the attributes of gbk\.shp as KOI9-XYZ: .*; "
                                         r"expected UTF-8 or GBK, or name the encoding$"):
        read_vector(path)


def test_file_with_no_crs(shapefile):
    shapefile.with_suffix(".prj").unlink()
    # a MissingCrsError (an InputError), raised before the features are read, so a dialog can ask
    with pytest.raises(MissingCrsError, match=r"^bld\.shp has no coordinate reference system \(no \.prj / CRS\); declare "
                                              r"one, expected e\.g\. EPSG:4490 \(CGCS2000\), EPSG:4326 \(WGS84\), gcj02 or "
                                              r"bd09$"):
        read_vector(shapefile)


def test_lat_lon_swapped(tmp_path, buildings):
    swapped = buildings.copy()
    swapped["geometry"] = [shapely.ops.transform(lambda x, y: (y, x), g) for g in buildings.geometry]
    path = tmp_path / "swapped.geojson"
    swapped.set_crs(4490, allow_override=True).to_file(path)
    gdf, _ = read_vector(path)
    with pytest.raises(InputError, match=r"^swapped\.geojson lies outside Lianyungang: bounds lon 34\.\d+\.\.34\.\d+, "
                                         r"lat 119\.\d+\.\.119\.\d+ \(latitude and longitude look swapped\); expected "
                                         r"lon 117\.5\.\.121\.5, lat 33\.0\.\.36\.0 in CGCS2000$"):
        check_near_lianyungang(gdf, "swapped.geojson")


def test_projected_metres_without_crs(tmp_path, buildings):
    metres = buildings.to_crs(4549).set_crs(None, allow_override=True)
    path = tmp_path / "metres.shp"
    metres.to_file(path)
    path.with_suffix(".prj").unlink(missing_ok=True)
    with pytest.raises(InputError, match="has no coordinate reference system"):
        read_vector(path)
    gdf, _ = read_vector(path, declared_crs="EPSG:4326")  # the user guesses wrong
    with pytest.raises(InputError, match=r"^metres\.shp lies outside Lianyungang: bounds lon 4\d{5}\.\d+\.\..*"
                                         r"\(coordinates look projected in metres: declare the CRS of the file\)"):
        check_near_lianyungang(gdf, "metres.shp")


def test_gcj02_offset_data_stays_plausible_and_converts(tmp_path, buildings):
    from app.layers import chinacoords

    # GCJ-02 shifts are a few hundred metres: inside the plausible box, fixed by declaring the datum.
    lon, lat = buildings.geometry.iloc[0].exterior.coords[0]
    glon, glat = chinacoords.wgs84_to_gcj02(lon, lat)
    assert 100 < abs(glon - lon) * 92_000 + abs(glat - lat) * 111_000 < 1500
    shifted = buildings.copy()
    shifted["geometry"] = [shapely.ops.transform(lambda x, y: chinacoords.wgs84_to_gcj02(x, y), g)
                           for g in buildings.geometry]
    path = tmp_path / "amap.geojson"
    shifted.set_crs(4490, allow_override=True).to_file(path)
    gdf, report = read_vector(path, declared_crs="gcj02")
    check_near_lianyungang(gdf)
    assert "converted to CGCS2000 (web-map offset removed)" in " ".join(report.assumptions)
    np.testing.assert_allclose(gdf.geometry.iloc[0].exterior.coords[0], (lon, lat), atol=1e-7)


def test_two_gigabyte_file_refused_at_once(tmp_path):
    huge = tmp_path / "province_buildings.geojson"
    with open(huge, "wb") as f:
        f.truncate(2 * 1024 ** 3)  # sparse: no disk used
    assert huge.stat().st_size == 2 * 1024 ** 3
    with pytest.raises(InputError, match=r"^province_buildings\.geojson is 2\.0 GB; expected at most 1024 MB for one "
                                         r"import \(limit in app/resources/assumptions/io_limits\.json\)\. Clip it to "
                                         r"Lianyungang first"):
        read_vector(huge)


def test_weather_file_with_gaps(tmp_path):
    from app.resource import importers

    times = pd.date_range("2019-01-01", periods=8760, freq="h", tz="Asia/Shanghai")
    hours = np.arange(8760) % 24
    ghi = np.clip(np.sin((hours - 6) / 12 * np.pi), 0, None) * 600
    frame = pd.DataFrame({"ghi": ghi, "dni": ghi * 0.7, "dhi": ghi * 0.3, "temp_air": 15.0, "wind_speed": 3.0},
                         index=times)
    frame.iloc[4000:4006, frame.columns.get_loc("ghi")] = np.nan  # a six-hour gap in June
    path = tmp_path / "station.csv"
    frame.to_csv(path)
    with pytest.raises(InputError, match=r"^CSV: station\.csv: column 'ghi' has 6 missing or non-numeric value\(s\), "
                                         r"first at 2019-06-16 16:00.*expected a complete series \(fill gaps before importing\)$"):
        importers.read_weather(path)
    # Missing hours (rows removed) are a gap too.
    frame2 = frame.fillna(0).drop(frame.index[100:103])
    frame2.to_csv(path)
    with pytest.raises(InputError, match=r"^CSV: station\.csv: missing hours: 3 h missing in 1 gap\(s\), first after "
                                         r"2019-01-05 03:00:00\+08:00: expected a contiguous hourly series$"):
        importers.read_weather(path)
