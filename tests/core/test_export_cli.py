"""`lygsite export` and `lygsite report` through the real command line."""
from __future__ import annotations

import json

import geopandas as gpd

from app.cli import main


def test_export_shapefile_gbk_json(tmp_path, capsys):
    out = tmp_path / "sites.shp"
    rc = main(["export", "--layer", "candidate_sites", "--format", "shp", "--out", str(out), "--encoding", "GBK",
               "--json"])
    assert rc == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["crs"] == "EPSG:4490" and doc["features"] == 6
    assert (tmp_path / "sites.cpg").read_text().strip() == "GBK"
    back = gpd.read_file(out, encoding="GBK")
    assert "赣榆沿海陆上风电（示例）" in set(back["name"])


def test_export_selection_ids_and_crs(tmp_path):
    out = tmp_path / "two.geojson"
    assert main(["export", "--layer", "candidate_sites", "--format", "geojson", "--out", str(out),
                 "--selection-ids", "0,1"]) == 0
    back = gpd.read_file(out)
    assert len(back) == 2 and back.crs.to_epsg() == 4326


def test_export_all_layers_gpkg(tmp_path):
    out = tmp_path / "all.gpkg"
    assert main(["export", "--all-layers", "--format", "gpkg", "--out", str(out)]) == 0
    import pyogrio

    names = {n for n, _ in pyogrio.list_layers(out)}
    assert {"counties", "buildings", "candidate_sites", "layer_styles"} <= names


def test_export_errors_one_line_exit_2(tmp_path, capsys):
    rc = main(["export", "--layer", "island_components", "--format", "shp", "--out", str(tmp_path / "i.shp")])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2 and "mixes geometry types" in err[-1] and "GeoPackage" in err[-1]
    assert list(tmp_path.iterdir()) == []
    rc = main(["export", "--layer", "counties", "--format", "kml", "--out", str(tmp_path / "nope" / "c.kml")])
    assert rc == 2 and "nope" in capsys.readouterr().err


def test_report_xlsx_cli(tmp_path, capsys):
    out = tmp_path / "r.xlsx"
    assert main(["report", "--out", str(out), "--lang", "en", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["path"] == str(out) and doc["sample"] is True
    assert main(["report", "--out", str(tmp_path / "r.docx")]) == 2
