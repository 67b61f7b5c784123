"""Excel report read back with openpyxl: sheet names, frozen header row, bold header, Chinese intact."""
from __future__ import annotations

import openpyxl
import pytest

from app.sample.demo import build_demo_project
from app.core.errors import InputError, OutputError
from app.export import report_data
from app.export.report_xlsx import write_xlsx_report


@pytest.fixture(scope="module")
def project():
    return build_demo_project()


def test_xlsx_sheets_frozen_bold_chinese(project, tmp_path):
    path = write_xlsx_report(project, tmp_path / "report.xlsx", lang="zh")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:4] == ["说明", "审核记录", "覆盖率", "未装光伏新建建筑"]
    assert {"候选场址", "规划进展", "模型假设"} <= set(wb.sheetnames)
    for name in ("覆盖率", "候选场址", "模型假设"):
        ws = wb[name]
        assert ws.freeze_panes == "A2"
        assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith("1F3B5C")
        assert ws.column_dimensions["A"].width >= 8
    sites = wb["候选场址"]
    names = [c.value for c in sites["B"][1:]]
    assert "赣榆沿海陆上风电（示例）" in names
    about = wb["说明"]
    assert any("示例数据" in str(c.value) for row in about.iter_rows() for c in row)


def test_report_bad_path(project, tmp_path):
    with pytest.raises(OutputError, match="does not exist; create it or choose an existing folder"):
        write_xlsx_report(project, tmp_path / "missing" / "r.xlsx")
    with pytest.raises(InputError, match="expected one of"):
        report_data.strings("fr")


def test_coded_values_read_in_the_report_language(tmp_path):
    from app.sample.demo import build_demo_project
    from app.export.report_data import candidate_sites, open_buildings

    project = build_demo_project()
    sites = candidate_sites(project, "zh").table
    assert set(sites["status"]) == {"设想", "已初筛", "已批复", "已建"} and "海上风电" in set(sites["kind"])
    assert set(candidate_sites(project, "en").table["status"]) == {"idea", "screened", "approved", "built"}
    assert set(open_buildings(project, "zh", limit=50).table["pv_status"]) <= {"未安装", "规划中"}
