"""PDF report read back: text extraction finds Chinese county names, figures and the sample notice."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader

from app.sample.demo import build_demo_project
from app.export import report_data
from app.export.report_pdf import write_pdf_report

COUNTIES_ZH = ["赣榆区", "灌云县", "东海县", "海州区", "连云区", "灌南县"]


@pytest.fixture(scope="module")
def project():
    return build_demo_project()


@pytest.fixture(scope="module")
def pdf_zh(project, tmp_path_factory):
    return write_pdf_report(project, tmp_path_factory.mktemp("pdf") / "report.pdf", lang="zh")


def _pdf_text(path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_has_chinese_counties_figures_and_sample_notice(project, pdf_zh):
    text = _pdf_text(pdf_zh)
    for county in COUNTIES_ZH:
        assert county in text
    assert "示例数据" in text
    assert "新能源选址规划报告" in text
    # the study-area table carries the county areas computed in EPSG:4549 (赣榆区 ~1,407 km2)
    area = report_data.study_area(project).table.set_index("county").loc["赣榆区", "area_km2"]
    assert f"{area:,.0f}" in text  # the PDF prints values over 1000 without decimals
    assert "模型假设及来源" in text


def test_pdf_embeds_the_cjk_font(pdf_zh):
    fonts = set()
    for page in PdfReader(pdf_zh).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("WenQuanYi" in f for f in fonts)
    assert len(PdfReader(pdf_zh).pages) >= 6


def test_pdf_english(project, tmp_path):
    path = write_pdf_report(project, tmp_path / "report_en.pdf", lang="en")
    text = _pdf_text(path)
    assert "Renewable-energy siting report" in text and "Assumptions and sources" in text
    assert "Ganyu" in text


def test_missing_engine_section_says_so(project, monkeypatch):
    real = report_data._engine
    monkeypatch.setattr(report_data, "_engine",
                        lambda name: None if name == "app.siting.coverage" else real(name))
    section = report_data.coverage(project, "zh")
    assert not section.available and "本版本暂不可用" in section.message
    section = report_data.coverage(project, "en")
    assert "not available in this version" in section.message
