"""The PDF report (reportlab platypus), Chinese or English, with the CJK font embedded.

Pages: a title page (project, date, weather used, sample-data notice), then
one section per topic of :mod:`app.export.report_data` in a fixed order, with
maps and charts drawn by :mod:`app.export.charts`. A section the project has
nothing for (no buildings layer, no island) says so; an engine's error stops
the report (no file is written).
"""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)
from xml.sax.saxutils import escape

from app.project.atomic import atomic_output, check_writable, verify_pdf
from app.core.text import without_controls
from app.core.vocabulary import BUILDING_CATEGORIES, ISLAND_COMPONENT_KINDS, PV_STATUSES, SITE_KINDS
from app.export import charts, report_data
from app.export.fonts import register_reportlab_font

#: Rows of the open-buildings list printed in the PDF (the Excel report has all).
PDF_OPEN_BUILDINGS_ROWS = 30
#: Layers of the study-area map, top first.
STUDY_MAP_LAYERS = ["island_components", "candidate_sites", "buildings", "counties", "sea_area"]
SITES_MAP_LAYERS = ["island_components", "turbines", "candidate_sites", "counties", "sea_area"]
PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
FRAME_W = PAGE_W - 2 * MARGIN


def _styles(font: str, lang: str = "zh") -> dict:
    # Chinese wraps between any two characters; English at spaces (a long word, e.g. a Chinese name, is split)
    base = dict(fontName=font, wordWrap="CJK" if lang == "zh" else None)
    return {
        "title": ParagraphStyle("title", fontSize=22, leading=30, alignment=TA_CENTER, spaceAfter=8, **base),
        "subtitle": ParagraphStyle("subtitle", fontSize=13, leading=18, alignment=TA_CENTER, spaceAfter=24, **base),
        "h1": ParagraphStyle("h1", fontSize=14, leading=20, spaceBefore=10, spaceAfter=6,
                             textColor=colors.HexColor("#1f3b5c"), **base),
        "body": ParagraphStyle("body", fontSize=9.5, leading=14, spaceAfter=4, **base),
        "note": ParagraphStyle("note", fontSize=8, leading=11, textColor=colors.HexColor("#555555"), **base),
        "na": ParagraphStyle("na", fontSize=9.5, leading=14, textColor=colors.HexColor("#b2182b"), **base),
        "cell": ParagraphStyle("cell", fontSize=7.5, leading=9.5, **base),
        "head": ParagraphStyle("head", fontSize=7.5, leading=9.5, textColor=colors.white, **base),
        "banner": ParagraphStyle("banner", fontSize=16, leading=22, alignment=TA_CENTER,
                                 textColor=colors.HexColor("#b2182b"), borderColor=colors.HexColor("#b2182b"),
                                 borderWidth=1.5, borderPadding=8, spaceBefore=20, spaceAfter=20, **base),
        "caption": ParagraphStyle("caption", fontSize=8.5, leading=12, alignment=TA_CENTER,
                                  textColor=colors.HexColor("#333333"), **base),
    }


def _p(text, style) -> Paragraph:
    return Paragraph(escape(without_controls(text)).replace("\n", "<br/>"), style)


def _format(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return "–"
        if abs(value) >= 1000:
            return f"{value:,.0f}"
        return f"{value:.3g}" if abs(value) < 1 else f"{value:,.1f}".rstrip("0").rstrip(".")
    return str(value)


#: Cell padding [pt] (left + right) and the widest a column asks for before its text wraps [pt].
CELL_PAD_PT, MAX_COLUMN_PT = 6.0, 150.0


def _column_widths(frame: pd.DataFrame, lang: str, font: str, size: float, squeeze: bool = False) -> list[float] | None:
    """Column widths [pt] that fill the frame, measured in the cell font.

    Each column gets what its longest cell asks (up to :data:`MAX_COLUMN_PT`)
    when there is room, and never less than its longest unbreakable word
    (Latin text wraps at spaces; Chinese may wrap between any two characters).
    None when even the words do not fit (unless ``squeeze``: then words are cut).
    """
    def width(text: str) -> float:  # with a point to spare: a paragraph wraps a word that fills its cell exactly
        return stringWidth(str(text), font, size) + 1.0

    desired, minimum = [], []
    for column in frame.columns:
        texts = [_format(v) for v in frame[column].head(50)]
        title = report_data.column_title(column, lang)
        words = [w for t in texts + [title] for w in str(t).split()] or [""]
        longest_word = max(width(w) if w.isascii() else min(width(w), width("中文")) for w in words)
        desired.append(min(max([width(t) for t in texts] + [width(title) / 2, width("000")]), MAX_COLUMN_PT))
        minimum.append(min(max(longest_word, width("000")), MAX_COLUMN_PT))
        desired[-1] = max(desired[-1], minimum[-1])
    room = FRAME_W - len(desired) * CELL_PAD_PT
    if sum(desired) <= room:
        inner = [d * room / sum(desired) for d in desired]
    elif sum(minimum) >= room:
        if not squeeze:
            return None
        inner = [m * room / sum(minimum) for m in minimum]
    else:
        share = (room - sum(minimum)) / (sum(desired) - sum(minimum))
        inner = [m + (d - m) * share for d, m in zip(desired, minimum)]
    return [w + CELL_PAD_PT for w in inner]


def _table(frame: pd.DataFrame, lang: str, st: dict, widths: list | None = None, max_rows: int | None = None) -> Table:
    """A wrapped, striped table of ``frame`` that fits the frame width."""
    frame = frame if max_rows is None else frame.head(max_rows)
    cell, head = st["cell"], st["head"]
    if widths is None:
        widths = _column_widths(frame, lang, cell.fontName, cell.fontSize)
        if widths is None:  # too many columns for the words at this size: a smaller size for this table
            cell = ParagraphStyle("cell_small", parent=cell, fontSize=6.3, leading=8)
            head = ParagraphStyle("head_small", parent=head, fontSize=6.3, leading=8)
            widths = _column_widths(frame, lang, cell.fontName, cell.fontSize, squeeze=True)
    header = [_p(report_data.column_title(c, lang), head) for c in frame.columns]
    rows = [[_p(_format(v), cell) for v in row] for row in frame.itertuples(index=False)]
    table = Table([header] + rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3b5c")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef2f7")]),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9aa7b5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _image(png: bytes, width: float) -> Image:
    from reportlab.lib.utils import ImageReader

    reader = ImageReader(io.BytesIO(png))
    w, h = reader.getSize()
    return Image(io.BytesIO(png), width=width, height=width * h / w)


def _section_heading(key: str, text: dict, st: dict) -> Paragraph:
    return _p(text[f"sec_{key}"], st["h1"])


def _not_available(section, st) -> list:
    return [_p(section.message, st["na"])]


def build_story(project, lang: str, text: dict, st: dict, progress=None) -> list:
    """The flowables of the report (title page first)."""
    say = progress or (lambda message: None)
    info = report_data.title_info(project, lang)
    say("gathering report sections")
    sections = report_data.gather(project, lang)
    story: list = []
    # title page ------------------------------------------------------
    story += [Spacer(1, 45 * mm), _p(text["report_title"], st["title"]), _p(text["subtitle"], st["subtitle"])]
    facts = [[_p(text["project"], st["body"]), _p(info["title"], st["body"])],
             [_p(text["date"], st["body"]), _p(info["date"], st["body"])],
             [_p(text["weather"], st["body"]), _p(info["weather"], st["body"])]]
    facts_table = Table(facts, colWidths=[35 * mm, FRAME_W - 35 * mm])
    facts_table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9aa7b5")),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(facts_table)
    if info["sample"]:
        story.append(Paragraph(f"{escape(text['sample_banner'])}<br/>"
                               f"<font size=10>{escape(info['sample_notice'])}</font>", st["banner"]))
    story += [Spacer(1, 10 * mm), _p(text["plan_ref"], st["note"]), PageBreak()]

    notice = text["sample_banner"] if info["sample"] else None
    # legend texts of the categorized layers (sites by kind, island by component, buildings by PV status)
    value_titles = {**PV_STATUSES.labels(lang), **ISLAND_COMPONENT_KINDS.labels(lang), **SITE_KINDS.labels(lang)}
    # 1 study area ------------------------------------------------------
    say("drawing the study-area map")
    story.append(_section_heading("study_area", text, st))
    story.append(_image(charts.map_png(project, STUDY_MAP_LAYERS, label_layers=("counties",), sample_notice=notice,
                                       value_titles=value_titles, lang=lang), FRAME_W * 0.92))
    story.append(_p(text["map_study_area"], st["caption"]))
    area = sections["study_area"]
    story += [Spacer(1, 3 * mm)] + ([_table(area.table, lang, st)] if area.available else _not_available(area, st))
    story.append(PageBreak())
    # 2 candidate sites -------------------------------------------------
    sites = sections["sites"]
    story.append(_section_heading("sites", text, st))
    if sites.available:
        say("drawing the candidate-site map")
        bounds = project.layers["candidate_sites"].bounds
        story.append(_image(charts.map_png(project, SITES_MAP_LAYERS, bounds=bounds,
                                           label_layers=("candidate_sites",), sample_notice=notice,
                                           value_titles=value_titles, height_in=5.0, lang=lang), FRAME_W * 0.85))
        story.append(_p(text["map_sites"], st["caption"]))
        story += [Spacer(1, 3 * mm), _table(sites.table, lang, st)]
    else:
        story += _not_available(sites, st)
    # 3 coverage ----------------------------------------------------------
    cov = sections["coverage"]
    story += [PageBreak(), _section_heading("coverage", text, st), _p(text["coverage_note"], st["body"])]
    if cov.available:
        target = cov.extra["target_pct"]
        story.append(_image(charts.coverage_chart_png(
            cov.extra["rows"], target, BUILDING_CATEGORIES.labels(lang),
            county_field="county" if lang == "zh" else "county_en", title=text["chart_coverage"].format(target=target),
            target_label=text["target_line"].format(target=target)), FRAME_W))
        story.append(_table(report_data.pdf_view(cov), lang, st))
        if cov.message:
            story.append(_p(cov.message, st["note"]))
    else:
        story += _not_available(cov, st)
    # 4 open new buildings ----------------------------------------------
    open_b = sections["open_buildings"]
    story += [_section_heading("open_buildings", text, st)]
    if open_b.available:
        story.append(_p(open_b.message, st["note"]))
        story.append(_table(report_data.pdf_view(open_b), lang, st, max_rows=PDF_OPEN_BUILDINGS_ROWS))
        more = open_b.extra.get("total", len(open_b.table)) - min(len(open_b.table), PDF_OPEN_BUILDINGS_ROWS)
        if more > 0:
            story.append(_p(text["open_more"].format(n=more), st["note"]))
        if open_b.extra.get("weather_source"):
            story.append(_p(text["labelled"].format(label=text["weather"], value=open_b.extra["weather_source"]), st["note"]))
    else:
        story += _not_available(open_b, st)
    # 5 site yields ------------------------------------------------------
    yields = sections["site_yields"]
    story += [PageBreak(), _section_heading("site_yields", text, st)]
    if yields.available:
        shown = report_data.pdf_view(yields)
        shown = shown.drop(columns=[c for c in ("reason",) if c in shown.columns
                                    and not shown[c].astype(str).str.strip().any()])
        story.append(_table(shown, lang, st))
        if yields.extra.get("weather_source"):
            story.append(_p(text["labelled"].format(label=text["weather"], value=yields.extra["weather_source"]), st["note"]))
        for page in yields.extra.get("wind_sites", []):
            story += _wind_site_block(page, text, st)
    else:
        story += _not_available(yields, st)
    # 6 progress -------------------------------------------------------------
    prog = sections["progress"]
    story.append(_section_heading("progress", text, st))
    if prog.available:
        if prog.message:
            story.append(_p(prog.message, st["na"]))
        story.append(_table(report_data.pdf_view(prog), lang, st))
    else:
        story += _not_available(prog, st)
    # 7 island ---------------------------------------------------------------
    isl = sections["island"]
    story += [PageBreak(), _section_heading("island", text, st)]
    if isl.available:
        story.append(_table(isl.table, lang, st, widths=[FRAME_W * 0.5, FRAME_W * 0.3, FRAME_W * 0.2]))
        monthly = isl.extra.get("monthly_mwh")
        if monthly is not None and not monthly.empty:
            labels = {f"{k}_mw": text.get(f"isl_{k}_mwh", k) for k in ("wind", "pv", "ocean", "export", "electrolyzer",
                                                                       "curtailed")}
            story += [Spacer(1, 4 * mm), _image(charts.island_chart_png(monthly, text["chart_island"], labels,
                                                                        text["month"]), FRAME_W)]
        if isl.message:
            story.append(_p(isl.message, st["note"]))
        if isl.extra.get("weather_source"):
            story.append(_p(text["labelled"].format(label=text["weather"], value=isl.extra["weather_source"]), st["note"]))
    else:
        story += _not_available(isl, st)
    # 8 assumptions ---------------------------------------------------------
    ass = sections["assumptions"]
    story += [PageBreak(), _section_heading("assumptions", text, st)]
    story.append(_table(ass.table, lang, st, widths=[FRAME_W * 0.40, FRAME_W * 0.10, FRAME_W * 0.16, FRAME_W * 0.34]))
    story.append(_p(text["assumptions_note"], st["note"]))
    return story


def write_pdf_report(project, out, lang: str = "zh", progress=None) -> Path:
    """Write the PDF report of ``project`` to ``out`` atomically.

    Parameters
    ----------
    project : app.project.Project
    out : str or path
        ``.pdf`` file; its folder must exist.
    lang : {"zh", "en"}
    progress : callable, optional
        ``progress(message)`` for each step.

    Returns
    -------
    pathlib.Path
        The written file.

    Raises
    ------
    OutputError
        Before any work when ``out`` cannot be written (missing or read-only
        folder, the open project's own file); after it when the disk is full.
        No file is left and a previous one is unchanged.
    """
    text = report_data.strings(lang)
    protected = project.input_files()
    target = check_writable(out, protected)  # at once, not after the sections have been computed
    font = register_reportlab_font()
    st = _styles(font, lang)
    story = build_story(project, lang, text, st, progress)
    title = report_data.title_info(project, lang)["title"]
    sample_footer = text["sample_banner"] if project.is_sample else ""

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(MARGIN, 10 * mm, title[:80])
        canvas.drawRightString(PAGE_W - MARGIN, 10 * mm, text["page"].format(n=doc.page))
        if sample_footer:
            canvas.setFillColor(colors.HexColor("#b2182b"))
            canvas.drawCentredString(PAGE_W / 2, 10 * mm, sample_footer)
        canvas.restoreState()

    with atomic_output(target, verify=verify_pdf, protected=protected) as tmp_path:
        doc = SimpleDocTemplate(str(tmp_path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                                bottomMargin=MARGIN, title=f"{text['report_title']} - {title}", author="LYG Siting",
                                lang="zh-CN" if lang == "zh" else "en")
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return target


__all__ = ["write_pdf_report", "build_story"]


def _wind_site_block(page: dict, text: dict, st) -> list:
    """One wind site's rose and loss waterfall side by side, with model, turbine, climate and the published check."""
    from reportlab.platypus import KeepTogether, Table

    rose = charts.wind_rose_png(page["rose_sectors_deg"], page["rose_frequency"], text["chart_rose"],
                                compass=tuple(text["compass"].split(",")), energy=page["rose_energy"] or None,
                                energy_label=text["rose_energy"], frequency_label=text["rose_frequency"])
    labels = {k: text[f"wf_{k}"] for k in ("gross", "wake", "availability", "electrical", "other", "net")}
    fall = charts.loss_waterfall_png(page["waterfall"], labels, text["chart_waterfall"])
    images = Table([[_image(rose, 55 * mm), _image(fall, 100 * mm)]], colWidths=[60 * mm, 105 * mm])
    labelled = text["labelled"].format
    climate = page["climate"]
    if page["uncertainty_pct"]:
        climate = text["also"].format(first=climate, then=text["wind_uncertainty"].format(pct=page["uncertainty_pct"]))
    lines = [labelled(label=text["wind_turbine"], value=page["turbine"]),
             labelled(label=text["wind_model"], value=page["wake_model"]),
             labelled(label=text["wind_climate"], value=climate)]
    if page["published_note"]:
        lines.append(labelled(label=text["wind_published"], value=page["published_note"]))
    block = [Spacer(1, 3 * mm), _p(text["wind_site_heading"].format(id=page["site_id"], name=page["name"]), st["body"]),
             images] + [_p(line, st["note"]) for line in lines]
    return [KeepTogether(block)]
