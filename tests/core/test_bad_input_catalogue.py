"""The bad-input catalogue (issue 8): each bad file and the message the user sees.

Every case asserts the text an import dialog or the CLI shows, so a change
that makes a message vaguer fails here. Files are made in tmp_path; the
"2 GB file" is sparse (``truncate``), costing no disk.
"""
from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
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


# ----------------------------------------------------------------------------- issue 17: the second round
# Each case below was found by the second hostile round (issue 17) and gave a traceback, a hang, a memory
# blow-up or silently wrong data; the README table lists them with these messages.


def test_csv_ids_stay_exactly_as_written(tmp_path):
    """000123 and 007 became 123 and 7; a 21-digit code was rounded."""
    from app.siting.building_import import import_buildings

    path = tmp_path / "ids.csv"
    path.write_text("bld_id,name,lon,lat,footprint_m2,category,is_new,code,height_m\n"
                    "000123,甲,119.2,34.6,100,factory,1,123456789012345678901,10\n"
                    "007,乙,119.21,34.61,200,factory,0,000000000000000000042,12.5\n", encoding="utf-8")
    gdf, _ = read_vector(path)
    assert gdf["bld_id"].tolist() == ["000123", "007"]
    assert gdf["code"].tolist() == ["123456789012345678901", "000000000000000000042"]
    assert gdf["height_m"].tolist() == [10.0, 12.5] and gdf["footprint_m2"].tolist() == [100, 200]
    result = import_buildings(path, store_path=tmp_path / "m.json")
    assert result.buildings["bld_id"].tolist() == ["000123", "007"]


def test_gb18030_csv_with_a_byte_order_mark_keeps_its_id_column(tmp_path):
    """The GB18030 BOM decoded to U+FEFF glued to the first column name: the id column was lost."""
    path = tmp_path / "gb.csv"
    text = "bld_id,名称,lon,lat\nA1,海州区政府,119.2,34.6\n"
    path.write_bytes(b"\x84\x31\x95\x33" + text.encode("gb18030"))
    gdf, report = read_vector(path)
    assert list(gdf.columns[:2]) == ["bld_id", "名称"] and gdf["名称"].iloc[0] == "海州区政府"
    assert report.encoding == "gb18030"


@pytest.mark.parametrize("declared, data, why", [
    ("GBK", "utf-8", "some bytes are not valid GBK"),
    ("ISO-8859-1", "utf-8", "read as ISO-8859-1 it has control characters where letters should be"),
    ("UTF-8", "gbk", "some bytes are not valid UTF-8"),
])
def test_a_declared_encoding_that_gives_garbled_text_is_refused(tmp_path, buildings, declared, data, why):
    """A .cpg saying GBK over UTF-8 data gave silent mojibake."""
    path = tmp_path / "bld.shp"
    buildings.to_file(path, encoding=data)
    path.with_suffix(".cpg").write_text(declared)
    clean = "UTF-8" if data == "utf-8" else "GB18030"
    with pytest.raises(InputError, match=rf"^bld\.shp: its \.cpg declares the encoding {re.escape(declared)}, but "
                                         rf"{re.escape(why)}, so the attributes would be garbled \(e\.g\. '.+' "
                                         rf"instead of '海州.*'\); encodings that decode it cleanly: {clean}; name "
                                         rf"one of them as the encoding of the import, or correct the \.cpg$"):
        read_vector(path)
    gdf, _ = read_vector(path, encoding=clean)  # the user names the one that decodes cleanly
    assert gdf["name"].tolist() == buildings["name"].tolist()


def test_a_code_page_number_in_the_cpg_is_understood(tmp_path, buildings):
    path = tmp_path / "bld.shp"
    buildings.to_file(path, encoding="gbk")
    path.with_suffix(".cpg").write_text("936")  # as ArcGIS writes it
    assert read_vector(path)[0]["name"].tolist() == buildings["name"].tolist()


def test_columns_differing_only_by_case_are_renamed_with_a_note(tmp_path):
    """`note`/`NOTE` from a CSV made the project unsaveable (autosave too)."""
    path = tmp_path / "case.csv"
    path.write_text("bld_id,lon,lat,note,NOTE,Note\nA,119.2,34.6,x,y,z\n")
    gdf, report = read_vector(path)
    assert list(gdf.columns) == ["bld_id", "note", "NOTE_2", "Note_3", "geometry"]
    assert ("columns whose names differ only by case were renamed (a GeoPackage or Shapefile cannot keep both): "
            "'NOTE' -> 'NOTE_2', 'Note' -> 'Note_3'") in report.assumptions


def test_a_half_year_epw_is_refused(tmp_path):
    """A 4,380 h EPW gave an 'annual' yield of 52 % with August-December zero."""
    from app.resource import importers
    from app.resource.weather import default_weather
    from tests.core.test_weather_import import _write_epw

    path = tmp_path / "half.epw"
    _write_epw(path, default_weather().data.iloc[:4380])
    with pytest.raises(InputError, match=r"^EPW: half\.epw: covers only 4,380 h \(2019-01-01 00:00 to 2019-07-02 "
                                         r"11:00\), not a full year: annual yields would count only those hours, "
                                         r"the missing months as zero; expected at least 8,760 hourly values "
                                         r"\(one year\)$"):
        importers.read_weather(path)
    weather = importers.read_weather(path, partial_year=True)
    assert weather.source == "EPW: half.epw (partial year: 4,380 h, 2019-01-01 00:00 to 2019-07-02 11:00)"
    from app.resource.pv import pv_yield

    result = pv_yield(34.6, 119.2, 10.0, 30.0, 180.0, weather=weather)  # accepted only when asked, and labelled
    assert "partial year: 4,380 h" in result.weather_source


@pytest.mark.parametrize("document, got", [
    ({"inputs": {"location": {"latitude": 34.6, "longitude": 119.2}}, "outputs": None}, "no outputs"),
    ([1, 2, 3], "a list"),
    ({"inputs": {"location": {"latitude": 34.6}}, "outputs": 5}, "outputs of type int"),
])
def test_pvgis_json_without_outputs_or_as_a_list(tmp_path, document, got):
    from app.resource import importers

    path = tmp_path / "pvgis.json"
    path.write_text(json.dumps(document))
    with pytest.raises(InputError, match=rf"^pvgis\.json: JSON is not a PVGIS TMY or hourly document \(got {got}\); "
                                         r"expected an object with outputs\.tmy_hourly or outputs\.hourly as PVGIS "
                                         r"writes it$"):
        importers.read_weather(path)


def test_pvgis_json_without_a_location(tmp_path):
    from app.resource import importers

    rows = [{"time": f"2020{m:02d}{d:02d}:{h:02d}10", "G(i)": 0.0, "H_sun": 0.0, "T2m": 10.0, "WS10m": 2.0, "Int": 0}
            for m in range(1, 13) for d in range(1, 29) for h in range(24)]
    path = tmp_path / "hourly.json"
    path.write_text(json.dumps({"inputs": {"mounting_system": {"fixed": {"slope": {"value": 0}}}},
                                "outputs": {"hourly": rows}, "meta": {"inputs": {}}}))
    with pytest.raises(InputError, match=r"^PVGIS hourly \(json\): hourly\.json: no site location: expected "
                                         r"inputs\.location with latitude and longitude \(as PVGIS writes them\)$"):
        importers.read_pvgis_hourly(path)


def test_an_infinity_coordinate_gives_an_empty_geometry_and_a_note(tmp_path, capsys):
    """An Infinity coordinate stopped `rooftop` and `coverage` with a GEOS traceback."""
    from app.cli import main

    good = [[119.2, 34.6], [119.2005, 34.6], [119.2005, 34.6005], [119.2, 34.6005], [119.2, 34.6]]
    bad = [[119.3, 34.6], [float("inf"), 34.6], [119.3005, 34.6005], [119.3, 34.6]]
    props = {"category": "factory", "is_new": 1, "roof_type": "flat", "pv_status": "none"}
    path = tmp_path / "inf.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"bld_id": "OK", **props}, "geometry": {"type": "Polygon", "coordinates": [good]}},
        {"type": "Feature", "properties": {"bld_id": "INF", **props}, "geometry": {"type": "Polygon", "coordinates": [bad]}},
    ]}))  # json writes Infinity, which GDAL reads as inf
    gdf, report = read_vector(path)
    assert gdf.geometry.iloc[1] is None and gdf.geometry.iloc[0] is not None
    assert ("1 feature(s) have coordinates that are not finite numbers (Infinity or NaN; rows 2): their geometry "
            "is empty") in report.assumptions
    code = main(["rooftop", "--buildings", str(path), "--out", str(tmp_path / "pot.gpkg"), "--no-shading"])
    err = capsys.readouterr().err
    assert code == 0 and "Traceback" not in err and "row 2, geometry: the building has no geometry" in err
    code = main(["coverage", "--buildings", str(path), "--json"])
    assert code == 0 and "Traceback" not in capsys.readouterr().err


class _FifoWatch:
    """Unblocks (and records) any reader that opens a FIFO: a regression fails instead of hanging."""

    def __init__(self, path: Path):
        import threading

        self.path, self.opened, self.done = path, False, False
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()

    def _watch(self):
        import os

        while not self.done:
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)  # succeeds only while a reader has it open
            except OSError:
                continue
            self.opened = True
            os.close(fd)

    def stop(self) -> bool:
        self.done = True
        self.thread.join()
        return self.opened


@pytest.mark.parametrize("kind", ["vector", "raster", "weather", "project"])
def test_a_named_pipe_is_refused_without_opening_it(tmp_path, kind):
    """A raster path that is a FIFO hung the program (so did a vector, a weather file, a project)."""
    import os

    suffix = {"vector": ".geojson", "raster": ".tif", "weather": ".epw", "project": ".gpkg"}[kind]
    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)
    watch = _FifoWatch(fifo)
    try:
        if kind == "vector":
            with pytest.raises(InputError, match=r"^pipe\.geojson is a named pipe \(FIFO\), not a regular file: "
                                                 r"reading it could block or never end; expected a file on disk$"):
                read_vector(fifo)
        elif kind == "raster":
            from app.layers.rasterio_io import read_raster_layer
            from app.resource.raster import load_raster

            for reader in (read_raster_layer, load_raster):
                with pytest.raises(InputError, match=r"^pipe\.tif is a named pipe \(FIFO\)"):
                    reader(fifo)
        elif kind == "weather":
            from app.resource import importers

            with pytest.raises(InputError, match=r"^pipe\.epw is a named pipe \(FIFO\)"):
                importers.read_weather(fifo)
        else:
            from app.core.errors import ProjectFileError
            from app.project import Project

            with pytest.raises(ProjectFileError, match=r"^pipe\.gpkg is a named pipe \(FIFO\), not a regular file"):
                Project.open(fifo)
    finally:
        assert not watch.stop(), "the FIFO was opened"


def test_a_huge_sparse_geotiff_is_refused_from_its_header(tmp_path):
    """A 75 kB sparse GeoTIFF of 40,000 x 40,000 pixels grew to 9.8 GB before MemoryError."""
    import rasterio
    from rasterio.transform import from_origin

    from app.layers.rasterio_io import read_raster_layer
    from app.resource.raster import load_raster

    path = tmp_path / "huge.tif"
    with rasterio.open(path, "w", driver="GTiff", width=40_000, height=40_000, count=1, dtype="float32",
                       crs="EPSG:4490", transform=from_origin(118.5, 35.2, 0.00005, 0.00005), tiled=True,
                       compress="deflate", SPARSE_OK=True):
        pass
    assert path.stat().st_size < 1_000_000
    message = (r"^huge\.tif is 40,000 x 40,000 pixels \(1,600 million\); expected at most 50 million pixels "
               r"\(limit max_raster_pixels in app/resources/assumptions/io_limits\.json\), since the raster is read "
               r"into memory; clip it to the study area or resample it \(gdalwarp -te / -tr\) first$")
    for reader in (read_raster_layer, load_raster):
        with pytest.raises(InputError, match=message):
            reader(path)


def _recursive_view(path: Path) -> None:
    import sqlite3

    with sqlite3.connect(path) as db:
        db.execute("CREATE VIEW endless AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
                   "SELECT x AS fid, x AS value FROM r")
        db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('endless', 'attributes', "
                   "'endless')")


def test_a_recursive_view_in_a_geopackage_is_refused_by_name(tmp_path, buildings, capsys):
    """A GeoPackage with a recursive view hung `layers`."""
    from app.cli import main

    path = tmp_path / "views.gpkg"
    buildings.set_crs(4490, allow_override=True).to_file(path, layer="buildings")
    _recursive_view(path)
    reason = (r"the SQL view 'endless' does not finish \(a recursive or runaway view: more than 50,000,000 SQLite "
              r"steps, limit gpkg_view_check_steps in app/resources/assumptions/io_limits\.json\)")
    with pytest.raises(InputError, match=rf"^views\.gpkg: layer 'endless' was refused: {reason}; expected a table$"):
        read_vector(path, layer="endless")
    gdf, report = read_vector(path)  # the other layers still read, the view named
    assert len(gdf) == 20 and any("skipped 'endless'" in note for note in report.assumptions)
    project = build_demo_project()
    project.vector("buildings").set_gdf(project.vector("buildings").gdf.iloc[:10])
    saved = project.save(tmp_path / "p.gpkg")
    _recursive_view(saved)
    assert main(["layers", "--project", str(saved), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) and re.search(rf"lygsite: warning: table 'endless' was not read: {reason}",
                                                  captured.err)


def test_feature_and_vertex_limits_are_checked_before_use(tmp_path, shapefile, monkeypatch):
    from app.layers import input_guards

    limits = {"max_features": 10, "max_vertices": 1_000_000}
    monkeypatch.setattr(input_guards, "_limit", lambda key: limits[key])
    with pytest.raises(InputError, match=r"^bld\.shp has 20 features; expected at most 10 \(limit max_features in "
                                         r"app/resources/assumptions/io_limits\.json\); clip or split it first$"):
        read_vector(shapefile)
    limits.update(max_features=1000, max_vertices=50)
    with pytest.raises(InputError, match=r"^bld\.shp has [\d,]+ vertices at most \(from the \.shp size\); expected "
                                         r"at most 50 \(limit max_vertices"):
        read_vector(shapefile)
    geojson = tmp_path / "b.geojson"
    pyogrio.write_dataframe(pyogrio.read_dataframe(shapefile), geojson)
    with pytest.raises(InputError, match=r"^b\.geojson has [\d,]+ vertices; expected at most 50"):
        read_vector(geojson)


def test_every_limit_is_documented_in_one_place():
    from app.core import assumptions

    for key in ("max_vector_file_mb", "max_weather_file_mb", "max_raster_file_mb", "max_raster_pixels",
                "max_features", "max_vertices", "gpkg_view_check_steps", "max_zip_uncompressed_mb"):
        entry = assumptions.get(f"io_limits.{key}")
        assert entry.value > 0 and entry.unit and len(entry.source) > 40
