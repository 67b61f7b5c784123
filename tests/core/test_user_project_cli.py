"""A bureau's own project from the command line, in a fresh folder (issue 11, "Proof").

lygsite new -> import of a GBK Shapefile (Chinese headers and values, no
.cpg) -> weather --set the Ganyu EPW -> coverage -> export --format shp ->
report (PDF). Every step is a real command through ``app.cli.main``; the
exported Shapefile is read back with ``ogrinfo`` (GDAL's own tool) when it is
installed, and with pyogrio otherwise.
"""
from __future__ import annotations

import json
import shutil
import subprocess

import pyogrio
import pytest

from app.cli import main
from app.project import Project
from tests.core.test_rooftop_fixture import fixture_buildings
from tests.shared_data import GANYU_EPW

TITLE = "赣榆区新建公共建筑屋顶光伏核查"


def _gbk_inventory(folder):
    """The hand-computed fixture as a housing bureau sends it: Chinese headers and values, GBK, no .cpg."""
    frame = fixture_buildings()[["bld_id", "name", "category", "is_new", "roof_type", "pv_status", "pv_area_m2",
                                 "pv_kwp", "geometry"]].copy()
    frame["category"] = frame["category"].map({"public_institution": "公共机构", "factory": "厂房",
                                               "residential": "住宅"})
    frame["pv_status"] = frame["pv_status"].map({"none": "无", "planned": "计划", "installed": "已安装",
                                                 "verified": "已核查"})
    frame["is_new"] = frame["is_new"].map({1: "是", 0: "否"})
    frame["roof_type"] = frame["roof_type"].map({"flat": "平屋面", "pitched": "坡屋面"})
    frame = frame.rename(columns={"bld_id": "建筑编号", "name": "建筑名称", "category": "建筑类别", "is_new": "是否新建",
                                  "roof_type": "屋面类型", "pv_status": "光伏状态", "pv_area_m2": "光伏面积",
                                  "pv_kwp": "装机容量"})
    path = folder / "住建局建筑清单.shp"
    pyogrio.write_dataframe(frame, path, encoding="GBK")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    return path


@pytest.mark.skipif(not GANYU_EPW.exists(), reason="shared Ganyu EPW not available")
def test_a_new_project_from_the_command_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    work = tmp_path / "fresh"
    work.mkdir()
    project = work / "核查.gpkg"

    assert main(["new", "--out", str(project), "--title", TITLE, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["title"] == TITLE and doc["sample"] is False
    assert {r["name"]: r["feature_count"] for r in doc["layers"]}["buildings"] == 0

    inventory = _gbk_inventory(work)
    assert main(["import", "--project", str(project), "--layer", "buildings", "--file", str(inventory),
                 "--encoding", "GBK", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["layer"], doc["mode"], doc["added"], doc["updated"], doc["replaced"]) == ("buildings", "replace",
                                                                                         8, 0, 0)
    assert doc["skipped_rows"] == [] and doc["problems"] == []
    # a second import into a layer with features must say how
    assert main(["import", "--project", str(project), "--layer", "buildings", "--file", str(inventory),
                 "--encoding", "GBK"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert "expected --mode replace, append or update" in err[-1] and err[-1].startswith("lygsite: error:")
    assert main(["import", "--project", str(project), "--layer", "buildings", "--file", str(inventory),
                 "--encoding", "GBK", "--mode", "update", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["added"], doc["updated"], doc["unmatched"]) == (0, 8, [])

    assert main(["layers", "--project", str(project), "--json"]) == 0
    layers = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert layers["buildings"]["feature_count"] == 8 and layers["buildings"]["sample"] is False
    assert layers["buildings"]["title"] == "建筑" and not any(r["sample"] for r in layers.values())

    assert main(["weather", "--project", str(project), "--set", str(GANYU_EPW), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["weather_source"] == "EPW: CHN_Jiangsu.Ganyu.580400_CSWD.epw"

    assert main(["coverage", "--project", str(project), "--json"]) == 0
    rows = {(r["adcode"], r["category"]): r for r in json.loads(capsys.readouterr().out)}
    assert all("pv_area_unknown" in r for r in rows.values())
    assert rows[("320707", "public_institution")]["pv_area_unknown"] == 1  # B8: 已安装, no area, no kWp
    assert rows[("320706", "public_institution")]["pv_area_m2"] == 300.0  # B1 as imported from GBK

    out = work / "export" / "建筑.shp"
    out.parent.mkdir()
    assert main(["export", "--project", str(project), "--layer", "buildings", "--format", "shp", "--out", str(out),
                 "--encoding", "GBK", "--json"]) == 0
    json.loads(capsys.readouterr().out)
    info = pyogrio.read_info(out)
    assert "sample" not in list(info["fields"])
    assert "示例数据" not in (work / "export" / "建筑_README.txt").read_text(encoding="utf-8")
    names = set(pyogrio.read_dataframe(out)["name"])
    assert "测试建筑B1" in names
    if shutil.which("ogrinfo"):
        text = subprocess.run(["ogrinfo", "-al", "-geom=NO", str(out)], capture_output=True, check=True).stdout
        listing = text.decode("utf-8")
        assert "测试建筑B1" in listing and "public_institution" in listing and "sample" not in listing

    report = work / "报告.pdf"
    assert main(["report", "--project", str(project), "--out", str(report), "--lang", "zh", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["title"] == TITLE and doc["sample"] is False
    from tests.core.test_report_pdf import _pdf_text

    text = _pdf_text(report).replace("\n", "")
    assert TITLE in text and "CHN_Jiangsu.Ganyu.580400_CSWD.epw" in text
    assert "示例" not in text  # nothing in this project is sample data, and the report says no such thing
    assert Project.open(project).title == TITLE


def test_new_refuses_to_overwrite_and_bad_names(tmp_path, capsys):
    existing = tmp_path / "p.gpkg"
    assert main(["new", "--out", str(existing), "--title", "甲"]) == 0
    capsys.readouterr()
    assert main(["new", "--out", str(existing), "--title", "乙"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert Project.open(existing).title == "甲"
    assert main(["new", "--out", str(tmp_path / "p.shp")]) == 2
    assert "expected a .gpkg file" in capsys.readouterr().err
    assert main(["new", "--out", str(tmp_path / "q.gpkg"), "--title", "  "]) == 2
    assert "title is empty" in capsys.readouterr().err
    assert not (tmp_path / "q.gpkg").exists()
    assert main(["import", "--project", str(existing), "--layer", "roads", "--file", str(existing)]) == 2
    assert "cannot import into layer 'roads'" in capsys.readouterr().err
