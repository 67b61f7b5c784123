"""What a report says: one :class:`Section` per topic, from the engines that own the numbers.

The PDF and the Excel report read the same sections, so both say the same
thing. Each section calls the engine that owns its numbers (rooftop coverage
:mod:`app.siting.coverage`, site analysis :mod:`app.siting.site_analysis`,
plan progress :mod:`app.siting.progress`, energy island
:mod:`app.siting.island`) directly. A section either has its numbers or
carries ``available=False`` with a specific, expected reason checked up front
(the project has no buildings layer, the layer lacks the schema's fields, no
candidate sites, no island): what the engines raise is not caught here. Bad
data (an unknown ``pv_status``...) makes the whole report fail with the
engine's message, and a bug makes it fail loudly; a report never prints
numbers it did not compute, nor hides why.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from app.core.assumptions import all_assumptions
from app.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Listing, Message, Word, lookup, message_text
from app.core.vocabulary import (BUILDING_CATEGORIES, FIELDS, PROGRESS_STATUSES, PV_STATUSES, SITE_KINDS,
                                 SITE_STATUSES, field_title)
from app.layers.boundaries import CITY_ADCODE
from app.layers.crs import METRIC_CRS
from app.siting import coverage as coverage_engine
from app.siting.plan_targets import clause_text
from app.siting import island as island_engine
from app.siting import progress as progress_engine
from app.siting import site_analysis as site_engine

#: The report's own text (headings, captions, notes), English marked for translation (context "Report"):
#: the one translation source (resources/i18n/lygsite_zh_CN.ts) words it in the report's language.
#: Column headers are the field titles of :data:`app.core.vocabulary.FIELDS` with their units.
REPORT_TEXT = {
    "report_title": QT_TRANSLATE_NOOP("Report", "Renewable-energy siting report"),
    "subtitle": QT_TRANSLATE_NOOP("Report", "Rooftop PV, wind and the offshore energy island, Lianyungang"),
    "untitled": QT_TRANSLATE_NOOP("Report", "Untitled project"),
    "project": QT_TRANSLATE_NOOP("Report", "Project"),
    "date": QT_TRANSLATE_NOOP("Report", "Date"),
    "weather": QT_TRANSLATE_NOOP("Report", "Weather used"),
    "sample_banner": QT_TRANSLATE_NOOP("Report", "SAMPLE DATA (示例数据)"),
    "sample_notice_default": QT_TRANSLATE_NOOP("Report", "This report contains sample data, not survey data"),
    "plan_ref": QT_TRANSLATE_NOOP("Report", "Basis: Lianyungang plan for energy saving and carbon peaking (draft)"),
    "no_counties": QT_TRANSLATE_NOOP("Report", "the project has no counties layer"),
    "no_sites": QT_TRANSLATE_NOOP("Report", "the project has no candidate sites"),
    "no_buildings": QT_TRANSLATE_NOOP("Report", "the project has no buildings layer"),
    "no_island": QT_TRANSLATE_NOOP("Report", "the project has no offshore energy island layer"),
    "bad_building_schema": QT_TRANSLATE_NOOP("Report", "the buildings layer lacks {fields}"),
    "no_data": QT_TRANSLATE_NOOP("Report", "no data"),
    "audit_empty": QT_TRANSLATE_NOOP("Report", "the audit log is empty"),
    "sorted_by_potential": QT_TRANSLATE_NOOP("Report", "largest rooftop potential first"),
    "open_more": QT_TRANSLATE_NOOP("Report", "{n} more in the Excel report"),
    "sec_study_area": QT_TRANSLATE_NOOP("Report", "1 Study area"),
    "sec_sites": QT_TRANSLATE_NOOP("Report", "2 Candidate sites"),
    "sec_coverage": QT_TRANSLATE_NOOP("Report", "3 Rooftop PV coverage"),
    "sec_open_buildings": QT_TRANSLATE_NOOP("Report", "4 New public and factory buildings without PV"),
    "sec_site_yields": QT_TRANSLATE_NOOP("Report", "5 Candidate site yields"),
    "sec_progress": QT_TRANSLATE_NOOP("Report", "6 Plan progress"),
    "sec_island": QT_TRANSLATE_NOOP("Report", "7 Offshore energy island"),
    "sec_assumptions": QT_TRANSLATE_NOOP("Report", "8 Assumptions and sources"),
    "sec_audit": QT_TRANSLATE_NOOP("Report", "Audit log"),
    "labelled": QT_TRANSLATE_NOOP("Report", "{label}: {value}"),
    "also": QT_TRANSLATE_NOOP("Report", "{first}; {then}"),
    "assumptions_note": QT_TRANSLATE_NOOP("Report", "The Excel report lists every assumption with its full source "
                                                    "(sheet “Assumptions”)."),
    "map_study_area": QT_TRANSLATE_NOOP("Report", "Figure 1 Study area: counties, sea and the project's layers"),
    "map_sites": QT_TRANSLATE_NOOP("Report", "Figure 2 Candidate sites"),
    "chart_coverage": QT_TRANSLATE_NOOP("Report", "Rooftop PV coverage of new buildings per county vs the "
                                                  "{target:.0f} % target"),
    "chart_island": QT_TRANSLATE_NOOP("Report", "Energy island, monthly energy"),
    "target_line": QT_TRANSLATE_NOOP("Report", "{target:.0f} % target"),
    "coverage_note": QT_TRANSLATE_NOOP("Report", "Plan target: new public-institution buildings and new factory "
                                                 "roofs reach 50 % PV coverage by 2025."),
    "legend": QT_TRANSLATE_NOOP("Report", "Legend"),
    "isl_wind_mwh": QT_TRANSLATE_NOOP("Report", "Offshore wind"),
    "isl_pv_mwh": QT_TRANSLATE_NOOP("Report", "Offshore PV"),
    "isl_ocean_mwh": QT_TRANSLATE_NOOP("Report", "Ocean energy"),
    "isl_generation_mwh": QT_TRANSLATE_NOOP("Report", "Total generation"),
    "isl_export_mwh": QT_TRANSLATE_NOOP("Report", "Exported"),
    "isl_electrolyzer_mwh": QT_TRANSLATE_NOOP("Report", "Electrolyser input"),
    "isl_storage_throughput_mwh": QT_TRANSLATE_NOOP("Report", "Storage discharge"),
    "isl_curtailed_mwh": QT_TRANSLATE_NOOP("Report", "Curtailed"),
    "isl_hydrogen_t": QT_TRANSLATE_NOOP("Report", "Hydrogen"),
    "month": QT_TRANSLATE_NOOP("Report", "Month"),
    "sheet_audit": QT_TRANSLATE_NOOP("Report", "Audit log"),
    "sheet_coverage": QT_TRANSLATE_NOOP("Report", "Coverage"),
    "sheet_open": QT_TRANSLATE_NOOP("Report", "Open new buildings"),
    "sheet_sites": QT_TRANSLATE_NOOP("Report", "Sites"),
    "sheet_site_yields": QT_TRANSLATE_NOOP("Report", "Site yields"),
    "sheet_progress": QT_TRANSLATE_NOOP("Report", "Progress"),
    "sheet_island": QT_TRANSLATE_NOOP("Report", "Energy island"),
    "sheet_assumptions": QT_TRANSLATE_NOOP("Report", "Assumptions"),
    "sheet_about": QT_TRANSLATE_NOOP("Report", "About"),
    "page": QT_TRANSLATE_NOOP("Report", "Page {n}"),
    "wind_site_heading": QT_TRANSLATE_NOOP("Report", "{id} {name}: wind and losses"),
    "chart_rose": QT_TRANSLATE_NOOP("Report", "Wind rose at hub height"),
    "chart_waterfall": QT_TRANSLATE_NOOP("Report", "Energy loss waterfall (GWh/yr)"),
    "rose_frequency": QT_TRANSLATE_NOOP("Report", "frequency"),
    "rose_energy": QT_TRANSLATE_NOOP("Report", "energy"),
    "wf_gross": QT_TRANSLATE_NOOP("Report", "Gross"),
    "wf_wake": QT_TRANSLATE_NOOP("Report", "Wake"),
    "wf_availability": QT_TRANSLATE_NOOP("Report", "Availability"),
    "wf_electrical": QT_TRANSLATE_NOOP("Report", "Electrical"),
    "wf_other": QT_TRANSLATE_NOOP("Report", "Other"),
    "wf_net": QT_TRANSLATE_NOOP("Report", "Net"),
    "wind_turbine": QT_TRANSLATE_NOOP("Report", "Turbine"),
    "wind_model": QT_TRANSLATE_NOOP("Report", "Wake model"),
    "wind_climate": QT_TRANSLATE_NOOP("Report", "Wind climate"),
    "wind_uncertainty": QT_TRANSLATE_NOOP("Report", "climate uncertainty ±{pct:.0f} %"),
    "wind_published": QT_TRANSLATE_NOOP("Report", "Against published Jiangsu offshore figures"),
    "compass": QT_TRANSLATE_NOOP("Report", "N,E,S,W"),
    "climate_uncertainty": QT_TRANSLATE_NOOP("Report", "climate uncertainty of the annual energy ±{pct} % (spread of "
                                                       "the irradiation sources, see the assumptions)"),
    "weather_fallback": QT_TRANSLATE_NOOP("Report", "the project's stored weather could not be read; the default "
                                                    "year was used"),
    "coverage_area_unknown": QT_TRANSLATE_NOOP("Report", "Coverage by area excludes the PV of {n} building(s) with "
                                                         "PV of unknown area (their roofs are counted, their PV is "
                                                         "not), so it is a lower bound; record their PV area in the "
                                                         "audit."),
}


def strings(lang: str = "zh") -> dict:
    """The report's text in ``lang`` (``zh`` or ``en``), from the one translation source."""
    if lang not in LANGUAGES:
        from app.core.errors import InputError

        raise InputError(QT_TRANSLATE_NOOP("Error", "unknown report language {lang!r}; expected one of {languages}"),
                         code="unknown_report_language", lang=lang, languages=Listing(LANGUAGES))
    return {key: lookup("Report", text, lang) for key, text in REPORT_TEXT.items()}


@dataclass
class Section:
    """One topic of a report.

    Attributes
    ----------
    key : str
        ``study_area``, ``sites``, ``coverage``, ``open_buildings``,
        ``site_yields``, ``progress``, ``island``, ``assumptions``, ``audit``.
    available : bool
        False when the project lacks what the section is about (``message``
        says what).
    table : pandas.DataFrame
        The rows to show (column names are keys of the strings file when
        they have a translation).
    message : str
        Why the section is not available, or a note on what it shows.
    extra : dict
        Section-specific figures (e.g. island annual totals, chart data).
    """

    key: str
    available: bool = True
    table: pd.DataFrame = field(default_factory=pd.DataFrame)
    message: str = ""
    extra: dict = field(default_factory=dict)


def _not_available(key: str, why: str) -> Section:
    return Section(key, available=False, message=why)


def _buildings_missing(project, key: str, text: dict, lang: str = "zh") -> Section | None:
    """The expected reason a buildings section cannot be computed, or None when it can."""
    if "buildings" not in project.layers:
        return _not_available(key, text["no_buildings"])
    missing = [c for c in coverage_engine.REQUIRED_COLUMNS if c not in project.vector("buildings").gdf.columns]
    if missing:
        return _not_available(key, text["bad_building_schema"].format(fields=FIELDS.words(missing).text(lang)))
    return None


# ---------------------------------------------------------------------------


def title_info(project, lang: str = "zh") -> dict:
    """Title-page facts: project title, date, the project's weather, sample notice."""
    from app.project.weather import weather_info

    from app.core.text import display_title

    text = strings(lang)
    info = weather_info(project)
    weather = message_text(info.source, lang)
    if info.problem:
        weather = f"{weather} ({text['weather_fallback']}: {message_text(info.problem, lang)})"
    return {
        # a title from a file may be a megabyte long or hold control characters (issue 17)
        "title": display_title(project.title) or text["untitled"],
        "date": date.today().isoformat(),
        "weather": weather,
        "sample": project.is_sample,
        "sample_notice": sample_notice(project, lang, text["sample_notice_default"]),
        "layers": [layer.name for layer in project.layers],
    }


def sample_notice(project, lang: str, default: str) -> str:
    """The project's sample-data notice in ``lang``.

    A notice written in both languages as ``"中文 / English"`` (the demo's) gives the
    part of ``lang``; any other notice is the project's own text, shown as written.
    """
    notice = str(project.meta.get("sample_notice") or "")
    if not notice:
        return default
    zh, sep, en = notice.partition(" / ")
    if sep and any("\u4e00" <= ch <= "\u9fff" for ch in zh) and en.isascii():
        return zh if lang == "zh" else en
    return notice


def study_area(project, lang: str = "zh") -> Section:
    """Counties with area [km2] (EPSG:4549) and the number of buildings in each."""
    text = strings(lang)
    if "counties" not in project.layers:
        return _not_available("study_area", text["no_counties"])
    counties = project.vector("counties").gdf
    area = counties.to_crs(METRIC_CRS).geometry.area / 1e6
    name_col = "name_zh" if lang == "zh" else "name_en"
    table = pd.DataFrame({"adcode": counties["adcode"].astype(str), "county": counties[name_col],
                          "area_km2": area.round(1).to_numpy()})
    if "buildings" in project.layers:
        buildings = project.vector("buildings").gdf
        if "county" in buildings.columns:
            counts = buildings["county"].astype(str).value_counts()
            table["buildings"] = table["adcode"].map(counts).fillna(0).astype(int)
    return Section("study_area", table=table.reset_index(drop=True))


def candidate_sites(project, lang: str = "zh") -> Section:
    text = strings(lang)
    if "candidate_sites" not in project.layers or project.vector("candidate_sites").gdf.empty:
        return _not_available("sites", text["no_sites"])
    gdf = project.vector("candidate_sites").gdf
    area = gdf.to_crs(METRIC_CRS).geometry.area / 1e6
    cols = [c for c in ("site_id", "name", "kind", "capacity_mw", "status", "county_adcode") if c in gdf.columns]
    table = pd.DataFrame(gdf[cols]).copy()
    table["area_km2"] = area.round(2).to_numpy()
    _translate_codes(table, lang)
    return Section("sites", table=table.reset_index(drop=True))


def site_yields(project, lang: str = "zh") -> Section:
    """Capacity and annual energy per candidate site (:func:`app.siting.site_analysis.analyse_site`).

    A site the engine cannot give energy for (a rooftop cluster, nothing
    eligible) is listed with the engine's ``reason``.
    """
    text = strings(lang)
    if "candidate_sites" not in project.layers or project.vector("candidate_sites").gdf.empty:
        return _not_available("site_yields", text["no_sites"])
    rows, weather_source, wind_sites = [], "", []
    for site_id in project.vector("candidate_sites").gdf["site_id"].astype(str):
        result = site_engine.analyse_site(project, site_id, lang=lang)
        # worded before the table is made: pandas may store a column of texts as plain strings
        rows.append(localised(result.table_row(), lang))
        weather_source = weather_source or result.weather_source
        if result.waterfall is not None:
            wind_sites.append(wind_site_page(result))
    table = pd.DataFrame(rows)
    if "wake_model" in table.columns:  # the model's name, not its key
        from app.resource.wakes import WAKE_MODELS

        table["wake_model"] = table["wake_model"].map(
            lambda key: getattr(WAKE_MODELS.get(key), "title_zh" if lang == "zh" else "title_en", key) if key else key)
    for column, digits in (("eligible_area_km2", 2), ("capacity_mw", 1), ("net_mwh", 0), ("capacity_factor", 3),
                           ("wake_loss_pct", 1), ("net_full_load_hours", 0)):
        table[column] = pd.to_numeric(table[column], errors="coerce").round(digits)
    _translate_codes(table, lang)
    return Section("site_yields", table=table, extra={"weather_source": weather_source, "wind_sites": wind_sites})


def wind_site_page(result) -> dict:
    """What the report shows per analysed wind site: rose, waterfall, model, turbine, climate, published check."""
    climate = result.wind_climate or {}
    return {"site_id": result.site_id, "name": result.name, "kind": result.kind,
            "rose_sectors_deg": climate.get("rose_sectors_deg", []), "rose_frequency": climate.get("rose_frequency", []),
            "rose_energy": climate.get("rose_energy", []), "waterfall": result.waterfall.steps(),
            "losses_pct": dict(result.losses_pct), "wake_model": result.wake_model,
            "turbine": Message(QT_TRANSLATE_NOOP("Report", "{type} ({rated:,.0f} kW, rotor {rotor:g} m, hub {hub:g} m)"),
                               type=result.turbine.get("type", ""), rated=result.turbine.get("rated_kw", 0),
                               rotor=result.turbine.get("rotor_diameter_m", 0), hub=result.turbine.get("hub_height_m", 0)),
            "turbine_source": result.turbine.get("source", ""),
            "climate": climate.get("source", ""), "mean_speed_ms": climate.get("mean_speed_ms"),
            "uncertainty_pct": result.uncertainty_pct, "net_full_load_hours": result.net_full_load_hours,
            "published_note": (result.published_check or {}).get("note", "")}


def _translate_codes(table: pd.DataFrame, lang: str) -> None:
    """Show coded values (site kind and status, building category, PV status) in the report's language."""
    for column, vocabulary in (("kind", SITE_KINDS), ("status", SITE_STATUSES), ("category", BUILDING_CATEGORIES),
                               ("pv_status", PV_STATUSES)):
        if column in table.columns:
            table[column] = table[column].map(lambda v, words=vocabulary: words.label(v, lang))


def coverage(project, lang: str = "zh") -> Section:
    """Rooftop PV coverage per county and category (:func:`app.siting.coverage.coverage_table`)."""
    text = strings(lang)
    missing = _buildings_missing(project, "coverage", text, lang)
    if missing is not None:
        return missing
    rows = coverage_engine.coverage_rows(project.vector("buildings").gdf)
    table = pd.DataFrame([localised(r, lang) for r in rows], columns=list(coverage_engine.ROW_KEYS))
    if lang != "zh":
        table["county"] = table["county_en"]
    _translate_codes(table, lang)
    unknown = sum(r["pv_area_unknown"] for r in rows if r["adcode"] == CITY_ADCODE)
    message = text["coverage_area_unknown"].format(n=unknown) if unknown else ""
    # the chart draws from the coded rows (app.export.charts.draw_coverage_chart)
    return Section("coverage", table=table, message=message,
                   extra={"rows": rows, "target_pct": coverage_engine.target_pct()})


def open_buildings(project, lang: str = "zh", limit: int | None = None) -> Section:
    """New public and factory buildings without counted PV, largest rooftop potential first.

    From :func:`app.siting.coverage.open_target_buildings` (potential by
    :func:`app.siting.rooftop.roof_potential`).
    """
    text = strings(lang)
    missing = _buildings_missing(project, "open_buildings", text, lang)
    if missing is not None:
        return missing
    from app.project.weather import project_weather

    weather = project_weather(project)
    table = coverage_engine.open_target_buildings(project.vector("buildings").gdf, weather=weather)
    table = table.reset_index(drop=True)
    total = len(table)
    if "counties" in project.layers:
        counties = project.vector("counties").gdf
        names = dict(zip(counties["adcode"].astype(str), counties["name_zh" if lang == "zh" else "name_en"]))
        table["county"] = table["county"].astype(str).map(lambda a: names.get(a, a))
    _translate_codes(table, lang)
    for column in ("roof_m2", "usable_m2", "pot_kwp", "pot_kwh"):
        table[column] = pd.to_numeric(table[column], errors="coerce").round(0)
    # shading as a percentage, empty where no height was known; the climate uncertainty as a note
    table.insert(list(table.columns).index("shade_loss"), "shade_loss_pct",
                 (100.0 * pd.to_numeric(table.pop("shade_loss"), errors="coerce")).round(1))
    note = text["sorted_by_potential"]
    pct = pd.to_numeric(table.pop("uncertainty_pct"), errors="coerce").dropna()
    if len(pct):
        note = f"{note}; {text['climate_uncertainty'].format(pct=f'{pct.iloc[0]:g}')}"
    if limit is not None:
        table = table.head(limit)
    return Section("open_buildings", table=table, message=note,
                   extra={"total": total, "weather_source": weather.source})


def plan_progress(project, lang: str = "zh") -> Section:
    """Plan targets with their progress (:func:`app.siting.progress.compute_progress`)."""
    table = pd.DataFrame([localised(r.to_dict(), lang) for r in progress_engine.compute_progress(project)])
    if lang != "zh":
        table["title_zh"] = table["title_en"]
    table["status"] = table["status"].map(lambda v: PROGRESS_STATUSES.label(v, lang))
    table["unit"] = table["unit"].map(lambda u: unit_text(u, lang))
    table["source_clause"] = table["source_clause"].map(lambda c: clause_text(c, lang))
    return Section("progress", table=table)


def island(project, lang: str = "zh") -> Section:
    """Annual balance of the energy-island hub (:func:`app.siting.island.run_island`)."""
    text = strings(lang)
    if "island_components" not in project.layers:
        return _not_available("island", text["no_island"])
    run = island_engine.run_island(project)
    doc = run.to_dict()
    keys = ("wind_mwh", "pv_mwh", "ocean_mwh", "generation_mwh", "export_mwh", "electrolyzer_mwh",
            "storage_throughput_mwh", "curtailed_mwh", "hydrogen_t")
    table = pd.DataFrame({"quantity": [text.get(f"isl_{k}", k) for k in keys],
                          "value": [round(float(doc[k]), 1) for k in keys],
                          "unit": ["t" if k == "hydrogen_t" else "MWh" for k in keys]})
    monthly = run.balance.monthly_mwh(["wind_mw", "pv_mw", "ocean_mw", "export_mw", "electrolyzer_mw", "curtailed_mw"])
    return Section("island", table=table, message=Listing(doc["messages"], "; "),
                   extra={"doc": doc, "monthly_mwh": monthly, "weather_source": run.weather_source})


#: Units of assumptions as a reader reads them, per language (others are shown as written: %, m, h...).
UNIT_WORDS = {
    "-": {"zh": "–", "en": "–"},
    "deg": {"zh": "°", "en": "°"},
    "deg from north": {"zh": "°（自正北顺时针）", "en": "° from north"},
    "D": {"zh": "倍风轮直径", "en": "rotor diameters"},
    "fraction of rated power": {"zh": "额定功率的比例", "en": "share of rated power"},
    "fraction of energy capacity": {"zh": "储能容量的比例", "en": "share of energy capacity"},
    "fraction of (target - baseline)": {"zh": "（目标值-基准值）的比例", "en": "share of (target - baseline)"},
    "count": {"zh": "个", "en": "count"},
    "m2": {"zh": "m²", "en": "m²"}, "km2": {"zh": "km²", "en": "km²"}, "kWp/m2": {"zh": "kWp/m²", "en": "kWp/m²"},
    "tCO2/MWh": {"zh": "tCO₂/MWh", "en": "tCO₂/MWh"},
}


def unit_text(unit: str, lang: str) -> str:
    """An assumption's unit as a reader reads it in ``lang``."""
    return UNIT_WORDS.get(unit, {}).get(lang, unit)


def assumptions(lang: str = "zh") -> Section:
    """The model assumptions: for readers, one line each (name, value, unit, source), and the full list.

    ``table`` lists the assumptions a reader weighs the results by
    (:attr:`app.core.assumptions.Assumption.for_readers`), in the report's
    language, each cited by clause, standard or paper; ``extra["full"]`` is
    every assumption with its key and full technical source (the Excel
    workbook's sheet).
    """
    rows, full = [], []
    for key, a in sorted(all_assumptions().items()):
        value = a.value if not isinstance(a.value, (list, dict)) else json.dumps(a.value, ensure_ascii=False)
        full.append({"key": key, "title": a.title(lang), "value": value, "unit": a.unit, "source": a.source})
        if a.for_readers:  # the value as written in the assumptions (a table would round 0.5568 to 0.557)
            shown = format(value, ",") if isinstance(value, (int, float)) and not isinstance(value, bool) else value
            rows.append({"title": a.title(lang), "value": shown, "unit": unit_text(a.unit, lang),
                         "source": a.cite(lang)})
    return Section("assumptions", table=pd.DataFrame(rows, columns=["title", "value", "unit", "source"]),
                   extra={"full": pd.DataFrame(full, columns=["key", "title", "value", "unit", "source"])})


def audit_log(project, lang: str = "zh") -> Section:
    table = project.tables.get("audit_log", pd.DataFrame())
    return Section("audit", table=table.reset_index(drop=True),
                   message="" if not table.empty else strings(lang)["audit_empty"])


def gather(project, lang: str = "zh", open_limit: int | None = None) -> dict[str, Section]:
    """Every section of a report, in report order."""
    sections = [
        study_area(project, lang), candidate_sites(project, lang), coverage(project, lang),
        open_buildings(project, lang, open_limit), site_yields(project, lang), plan_progress(project, lang),
        island(project, lang), assumptions(lang), audit_log(project, lang),
    ]
    for section in sections:  # the engines' messages (notes, reasons, weather) in the report's language
        section.message = localised(section.message, lang)
        section.table = localised(section.table, lang)
        section.extra = localised(section.extra, lang)
    return {s.key: s for s in sections}


def localised(value, lang: str):
    """``value`` with every message in it (:class:`app.core.i18n.Message`, words, lists) worded in ``lang``.

    Walks tables (object columns), dicts, lists and tuples; numbers and plain text are left as they are.
    """
    if isinstance(value, (Message, Word, Listing)):
        return value.text(lang)
    if isinstance(value, pd.DataFrame):
        out = value.copy()
        for column in out.columns:
            if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
                out[column] = out[column].map(lambda v: localised(v, lang))
        return out
    if isinstance(value, dict):
        return {k: localised(v, lang) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(localised(v, lang) for v in value)
    return value


#: Columns the PDF shows per section (the Excel report keeps every column).
PDF_COLUMNS = {
    "coverage": ["county", "category", "buildings", "roof_area_m2", "pv_area_m2", "buildings_with_pv",
                 "pv_area_unknown", "coverage_pct", "target_pct", "gap_m2"],
    "progress": ["title_zh", "unit", "baseline", "current", "target", "deadline", "status", "source_clause"],
    "open_buildings": ["bld_id", "name", "category", "county", "pv_status", "roof_m2", "usable_m2", "pot_kwp",
                       "shade_loss_pct", "pot_kwh"],
    "site_yields": ["site_id", "name", "kind", "county", "eligible_area_km2", "capacity_mw", "turbines", "net_mwh",
                    "capacity_factor", "wake_loss_pct", "net_full_load_hours", "status", "reason"],
}


#: Columns the workbook leaves out: internal ones, and those of the other language (the Excel report keeps
#: every other column the engines give).
WORKBOOK_DROP = {
    "coverage": ("county_en", "by"),
    "site_yields": ("weather_given", "site_digest"),
    "progress": ("id", "metric", "title_en", "direction", "computed_from", "trend", "progress", "details"),
}


def workbook_view(section: Section, lang: str) -> pd.DataFrame:
    """The columns of ``section.table`` the workbook shows (the plan's Chinese quotes only in Chinese)."""
    drop = set(WORKBOOK_DROP.get(section.key, ()))
    if lang != "zh":
        drop.add("source_quote")
    return section.table[[c for c in section.table.columns if c not in drop]]


def pdf_view(section: Section) -> pd.DataFrame:
    """The columns of ``section.table`` the PDF prints (all when the section has no choice)."""
    wanted = PDF_COLUMNS.get(section.key)
    if not wanted:
        return section.table
    return section.table[[c for c in wanted if c in section.table.columns]]


def column_title(column: str, lang: str) -> str:
    """Header text for a column: the field's title in ``lang`` with its unit (``光伏面积 (m²)``)."""
    return field_title(column, lang, unit=True)


__all__ = ["workbook_view", "Section", "strings", "title_info", "gather", "column_title", "study_area", "candidate_sites",
           "coverage", "open_buildings", "site_yields", "plan_progress", "island", "assumptions", "audit_log"]
