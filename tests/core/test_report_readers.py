"""The report speaks to its readers: in its language, without internal words, paths or code names (issue 14).

- every text of the PDF (pdftotext) and every cell of the workbook, in
  Chinese, holds no English word and no code name; in English, no Chinese
  outside data values (the sample names, county names in data columns, the
  project's title) and the sample-data marker;
- the PDF's assumptions appendix is a short table for readers: one line per
  model assumption (name, value, unit, source cited by clause, standard or
  paper), no path, no internal words ("Issue 8", "zip bomb", "CWE-776"),
  guard values and numerical settings left to the workbook, whose sheet
  keeps every assumption with its key and full source.
"""
from __future__ import annotations

import re
import subprocess

import openpyxl
import pytest

from app.core.assumptions import all_assumptions
from app.export import report_data
from app.export.report_pdf import write_pdf_report
from app.export.report_xlsx import write_xlsx_report
from app.sample.demo import build_demo_project
from tests.language import chinese_in_english, english_in_chinese

#: Words that belong to the developers, not to a report's readers.
INTERNAL_WORDS = re.compile(r"issue \d+|zip bomb|CWE-\d+|billion-laughs|CONTRACT\.md|tests/|benchmarks/|"
                            r"app/resources|\.json|\.py\b|shared/plan|\.txt|guard value", re.IGNORECASE)
PATH = re.compile(r"[\w.\-]+/[\w.\-]+/[\w.\-]+")


@pytest.fixture(scope="module")
def project():
    return build_demo_project()


@pytest.fixture(scope="module")
def reports(project, tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    return {lang: {"pdf": write_pdf_report(project, folder / f"r_{lang}.pdf", lang=lang),
                   "xlsx": write_xlsx_report(project, folder / f"r_{lang}.xlsx", lang=lang)} for lang in ("zh", "en")}


def _pdf_text(path, layout=False) -> str:
    return subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _cells(path, skip=()) -> list[str]:
    book = openpyxl.load_workbook(path, read_only=True)
    cells = [v for ws in book.worksheets if ws.title not in skip for row in ws.iter_rows(values_only=True)
             for v in row if isinstance(v, str)]
    return cells + list(book.sheetnames)


def _data_values(project) -> list[str]:
    """Values of the data (not the report's wording): titles, names, ids, turbine types, the user."""
    values = [project.title, project.meta.get("sample_notice", "")]
    for layer in project.layers.vector_layers():
        for column in ("name", "name_zh", "turbine_type", "bld_id", "site_id", "comp_id", "auditor", "hub_id"):
            if column in layer.gdf.columns:
                values += [str(v) for v in layer.gdf[column].dropna().unique()]
    return [v for v in values if v]


def test_the_chinese_report_has_no_english_word_and_no_code_name(project, reports):
    data = _data_values(project)
    found = {}
    for line in _pdf_text(reports["zh"]["pdf"], layout=True).splitlines():
        for word in english_in_chinese(line, data):
            found.setdefault(word, line.strip()[:120])
    assert found == {}, f"English or code names in the Chinese PDF: {found}"
    # the workbook's sheet of every assumption is the technical list (keys, full sources): it is left out
    technical = report_data.strings("zh")["sheet_assumptions"]
    cells = {}
    for cell in _cells(reports["zh"]["xlsx"], skip=(technical,)):
        words = english_in_chinese(cell, data)
        if words:
            cells[cell[:80]] = words
    assert cells == {}


def test_the_english_report_has_no_chinese_outside_data_values(project, reports):
    data = _data_values(project) + list(project.vector("counties").gdf["name_zh"])
    text = _pdf_text(reports["en"]["pdf"])
    assert chinese_in_english(text, data) == []
    technical = report_data.strings("en")["sheet_assumptions"]
    cells = _cells(reports["en"]["xlsx"], skip=(technical,))
    assert [c for c in cells if chinese_in_english(c, data)] == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_assumptions_appendix_is_a_short_table_for_readers(reports, lang):
    text = _pdf_text(reports[lang]["pdf"], layout=True)
    heading = report_data.strings(lang)["sec_assumptions"]
    appendix = text[text.index(heading):]
    assert INTERNAL_WORDS.search(appendix) is None, INTERNAL_WORDS.search(appendix)
    assert PATH.search(appendix) is None, PATH.search(appendix)
    section = report_data.assumptions(lang)
    readers = [a for a in all_assumptions().values() if a.for_readers]
    assert len(section.table) == len(readers) < len(all_assumptions())  # guard values stay in the workbook
    assert list(section.table.columns) == ["title", "value", "unit", "source"]
    lines = appendix.splitlines()
    for a in readers[:: max(1, len(readers) // 12)]:  # a dozen spread over the list, each in its row
        title = a.title(lang)
        at = next(i for i, line in enumerate(lines) if line.strip().startswith(title if len(title) < 30 else title[:30]))
        row = " ".join(lines[at:at + 2])  # a long English title wraps onto a second line
        assert a.cite(lang) in row and f"{a.value:g}" in row.replace(",", "")
    assert all(a.cite(lang) for a in readers)
    # a page and a half at most (it was four pages of developers' notes)
    pages = appendix.count("\f") + 1
    assert pages <= 3


def test_the_plan_is_cited_by_clause_never_by_a_path():
    coverage = all_assumptions()["rooftop.coverage_target"]
    assert coverage.cite("zh") == "《实施方案》三、（5）3" and "III.(5).3" in coverage.cite("en")
    for a in all_assumptions().values():
        assert "shared/" not in a.source and ".txt" not in a.source, a.key
    assert report_data.clause_text("三、（5）3", "en") == "III.(5).3"
    assert report_data.clause_text("二、主要目标", "en") == "II. main targets"


def test_the_workbook_keeps_every_assumption_with_its_key_and_source(reports):
    book = openpyxl.load_workbook(reports["zh"]["xlsx"], read_only=True)
    sheet = book[report_data.strings("zh")["sheet_assumptions"]]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("键", "名称", "数值", "单位", "来源")
    keys = {row[0] for row in rows[1:]}
    assert keys == set(all_assumptions())
    sources = {row[0]: row[4] for row in rows[1:]}
    assert sources["io_limits.max_zip_members"] == all_assumptions()["io_limits.max_zip_members"].source
