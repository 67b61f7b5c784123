"""The Excel report (openpyxl): one sheet per table, formatted headers, frozen header row.

Sheets, in order: about (project, date, weather, sample notice), audit log,
coverage, open new buildings, candidate sites, site yields, plan progress,
energy island, assumptions. A table the project has nothing for (no
buildings layer, no island) is a sheet with one line saying why, so the
workbook's layout does not depend on the project.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.project.atomic import atomic_output, check_writable, verify_zip
from app.core.text import display_width, without_controls
from app.export import report_data

HEADER_FILL = PatternFill("solid", fgColor="1F3B5C")
HEADER_FONT = Font(bold=True, color="FFFFFF")
NOTICE_FONT = Font(bold=True, color="B2182B")
#: (section key, sheet-name string key), in workbook order.
SHEETS = [("audit", "sheet_audit"), ("coverage", "sheet_coverage"), ("open_buildings", "sheet_open"),
          ("sites", "sheet_sites"), ("site_yields", "sheet_site_yields"), ("progress", "sheet_progress"),
          ("island", "sheet_island"), ("assumptions", "sheet_assumptions")]


def _cell_value(value):
    if value is None:
        return None
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating, float)):
        return None if not np.isfinite(value) else float(value)
    if isinstance(value, (pd.Timestamp,)):
        return value.to_pydatetime().replace(tzinfo=None)
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, str):
        return without_controls(value)  # openpyxl refuses control characters (IllegalCharacterError)
    return value if isinstance(value, (int, bool)) else without_controls(str(value))


def write_table_sheet(ws, frame: pd.DataFrame, lang: str, note: str = "") -> None:
    """Write ``frame`` with a bold filled header, frozen header row and fitted column widths."""
    headers = [report_data.column_title(c, lang) for c in frame.columns]
    ws.append([_cell_value(h) for h in headers])
    for cell in ws[1]:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for row in frame.itertuples(index=False):
        ws.append([_cell_value(v) for v in row])
    ws.freeze_panes = "A2"
    for i, column in enumerate(frame.columns, start=1):
        sample = [headers[i - 1]] + [v for v in frame[column].head(200).tolist()]
        width = max(display_width(v if v is not None else "") for v in sample)
        ws.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 8), 60)
    if len(frame.columns):
        ws.auto_filter.ref = ws.dimensions
    if note:
        ws.cell(row=ws.max_row + 2, column=1, value=note).font = Font(italic=True, color="555555")


def write_xlsx_report(project, out, lang: str = "zh") -> Path:
    """Write the Excel report of ``project`` to ``out`` atomically.

    Returns
    -------
    pathlib.Path
    """
    text = report_data.strings(lang)
    protected = project.input_files()
    target = check_writable(out, protected)  # at once, not after the sections have been computed
    info = report_data.title_info(project, lang)
    sections = report_data.gather(project, lang)
    wb = Workbook()
    about = wb.active
    about.title = text["sheet_about"]
    rows = [(text["report_title"], ""), (text["project"], info["title"]), (text["date"], info["date"]),
            (text["weather"], info["weather"]), ("", text["plan_ref"])]
    for row in rows:
        about.append([_cell_value(v) for v in row])
    about["A1"].font = Font(bold=True, size=14)
    for cell in about["A"][1:]:
        cell.font = Font(bold=True)
    if info["sample"]:
        about.append([text["sample_banner"], info["sample_notice"]])
        about.cell(row=about.max_row, column=1).font = NOTICE_FONT
        about.cell(row=about.max_row, column=2).font = NOTICE_FONT
    about.column_dimensions["A"].width = 22
    about.column_dimensions["B"].width = 100
    for key, sheet_key in SHEETS:
        section = sections[key]
        ws = wb.create_sheet(text[sheet_key][:31])
        if not section.available:
            ws.append([_cell_value(section.message)])
            ws["A1"].font = NOTICE_FONT
            ws.column_dimensions["A"].width = 100
            continue
        # the workbook keeps the full technical list of assumptions (key and whole source); the PDF a short one
        table = section.extra["full"] if key == "assumptions" else report_data.workbook_view(section, lang)
        write_table_sheet(ws, table, lang, section.message)
    with atomic_output(target, verify=verify_zip, protected=protected) as tmp_path:
        wb.save(tmp_path)
    return target


__all__ = ["write_xlsx_report", "write_table_sheet", "SHEETS"]
