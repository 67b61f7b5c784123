"""PDF report read back: text extraction finds Chinese county names, figures and the sample notice."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader

from app.core.errors import InputError
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


def test_a_project_without_buildings_or_island_says_so_in_each_section(tmp_path):
    """Expected reasons are checked up front and printed; the other sections keep their numbers."""
    project = build_demo_project()
    project.layers.remove("buildings")
    project.layers.remove("island_components")
    sections = report_data.gather(project, "zh")
    for key in ("coverage", "open_buildings"):
        assert not sections[key].available and sections[key].message == "项目中没有建筑图层"
    assert not sections["island"].available and sections["island"].message == "项目中没有海上能源岛图层"
    assert report_data.coverage(project, "en").message == "the project has no buildings layer"
    assert sections["site_yields"].available and sections["progress"].available
    text = _pdf_text(write_pdf_report(project, tmp_path / "r.pdf", lang="zh"))
    assert "项目中没有建筑图层" in text and "项目中没有海上能源岛图层" in text


def test_a_buildings_layer_without_the_schema_fields_names_them(project):
    broken = build_demo_project()
    broken.vector("buildings").set_gdf(broken.vector("buildings").gdf.drop(columns=["pv_status"]))
    section = report_data.coverage(broken, "en")
    assert not section.available and section.message == "the buildings layer lacks PV status"
    assert report_data.coverage(broken, "zh").message == "建筑图层缺少字段 光伏状态"  # words, not field codes


def _boom(*args, **kwargs):
    return 1 / 0


#: One engine function behind each section (and the title page's weather).
ENGINES = [
    ("app.siting.coverage", "building_facts"),        # coverage (and the progress target computed from it)
    ("app.siting.rooftop", "roof_potential"),         # open buildings, by rooftop potential
    ("app.siting.site_analysis", "site_eligibility"),  # site yields
    ("app.siting.progress", "assess"),                # plan progress
    ("app.siting.island", "island_balance"),          # energy island
    ("app.resource.weather", "default_weather"),      # the title page's weather
]


@pytest.mark.parametrize("module_name, function", ENGINES)
def test_a_failing_engine_fails_the_report_and_writes_nothing(project, tmp_path, monkeypatch, module_name, function):
    """Issue 15: a bug in an engine must not become a quiet "not available" section."""
    import importlib

    out = tmp_path / "report.pdf"
    out.write_bytes(b"the previous report")
    monkeypatch.setattr(importlib.import_module(module_name), function, _boom)
    with pytest.raises(ZeroDivisionError):
        write_pdf_report(project, out, lang="zh")
    assert out.read_bytes() == b"the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary left


def test_a_failing_engine_fails_the_excel_report_too(project, tmp_path, monkeypatch):
    from app.export.report_xlsx import write_xlsx_report
    from app.siting import coverage

    monkeypatch.setattr(coverage, "building_facts", _boom)
    with pytest.raises(ZeroDivisionError):
        write_xlsx_report(project, tmp_path / "report.xlsx", lang="en")
    assert not list(tmp_path.iterdir())


def test_bad_building_data_fails_the_report_with_the_engines_message(tmp_path):
    project = build_demo_project()
    layer = project.vector("buildings")
    gdf = layer.gdf.copy()
    gdf.loc[gdf.index[0], "pv_status"] = "maybe"
    layer.set_gdf(gdf)
    with pytest.raises(InputError, match=r"pv_status must be one of none, planned, installed, verified"):
        write_pdf_report(project, tmp_path / "r.pdf", lang="en")
    assert not list(tmp_path.iterdir())


def test_an_unwritable_destination_is_refused_before_any_work(project, tmp_path, monkeypatch):
    """Issue 17: reports failed only after 10-13 s of work on an unwritable folder."""
    from app.core.errors import OutputError

    def no_work(*args, **kwargs):
        raise AssertionError("the sections were computed for a report that cannot be written")

    monkeypatch.setattr(report_data, "gather", no_work)
    with pytest.raises(OutputError, match=r"r\.pdf: the folder \S+missing does not exist"):
        write_pdf_report(project, tmp_path / "missing" / "r.pdf")
    from app.export.report_xlsx import write_xlsx_report

    with pytest.raises(OutputError, match=r"r\.xlsx: the folder \S+missing does not exist"):
        write_xlsx_report(project, tmp_path / "missing" / "r.xlsx")
