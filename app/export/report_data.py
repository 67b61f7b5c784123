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
from functools import lru_cache

import pandas as pd

from app.core.assumptions import RESOURCES_DIR, all_assumptions
from app.core.vocabulary import BUILDING_CATEGORIES, PROGRESS_STATUSES, PV_STATUSES, SITE_KINDS, SITE_STATUSES
from app.layers.boundaries import CITY_ADCODE
from app.layers.crs import METRIC_CRS
from app.siting import coverage as coverage_engine
from app.siting import island as island_engine
from app.siting import progress as progress_engine
from app.siting import site_analysis as site_engine

STRINGS_PATH = RESOURCES_DIR / "report" / "strings.json"


@lru_cache(maxsize=1)
def _strings_doc() -> dict:
    with open(STRINGS_PATH, encoding="utf-8") as f:
        return json.load(f)


def strings(lang: str = "zh") -> dict:
    """Report strings in ``lang`` (``zh`` or ``en``), English filling any gap."""
    doc = _strings_doc()
    if lang not in doc:
        from app.core.errors import InputError

        raise InputError(f"unknown report language {lang!r}; expected one of {', '.join(sorted(doc))}")
    return {**doc["en"], **doc[lang]}


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


def _buildings_missing(project, key: str, text: dict) -> Section | None:
    """The expected reason a buildings section cannot be computed, or None when it can."""
    if "buildings" not in project.layers:
        return _not_available(key, text["no_buildings"])
    missing = [c for c in coverage_engine.REQUIRED_COLUMNS if c not in project.vector("buildings").gdf.columns]
    if missing:
        return _not_available(key, text["bad_building_schema"].format(fields=", ".join(missing)))
    return None


# ---------------------------------------------------------------------------


def title_info(project, lang: str = "zh") -> dict:
    """Title-page facts: project title, date, the project's weather, sample notice."""
    from app.project.weather import weather_info

    from app.core.text import display_title

    text = strings(lang)
    info = weather_info(project)
    weather = info.source
    if info.problem:
        weather = f"{weather} ({text['weather_fallback']}: {info.problem})"
    return {
        # a title from a file may be a megabyte long or hold control characters (issue 17)
        "title": display_title(project.title) or text["untitled"],
        "date": date.today().isoformat(),
        "weather": weather,
        "sample": project.is_sample,
        "sample_notice": project.meta.get("sample_notice", text["sample_notice_default"]),
        "layers": [layer.name for layer in project.layers],
    }


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
        rows.append(result.table_row())
        weather_source = weather_source or result.weather_source
        if result.waterfall is not None:
            wind_sites.append(wind_site_page(result))
    table = pd.DataFrame(rows)
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
            "turbine": f"{result.turbine.get('type', '')} ({result.turbine.get('rated_kw', 0):,.0f} kW, "
                       f"{result.turbine.get('rotor_diameter_m', 0):g} m rotor, hub {result.turbine.get('hub_height_m', 0):g} m); "
                       f"{result.turbine.get('source', '')}",
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
    missing = _buildings_missing(project, "coverage", text)
    if missing is not None:
        return missing
    rows = coverage_engine.coverage_rows(project.vector("buildings").gdf)
    table = pd.DataFrame(rows, columns=list(coverage_engine.ROW_KEYS))
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
    missing = _buildings_missing(project, "open_buildings", text)
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
    table = pd.DataFrame([r.to_dict() for r in progress_engine.compute_progress(project)])
    if lang != "zh":
        table["title_zh"] = table["title_en"]
    table["status"] = table["status"].map(lambda v: PROGRESS_STATUSES.label(v, lang))
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
    return Section("island", table=table, message="; ".join(doc["messages"]),
                   extra={"doc": doc, "monthly_mwh": monthly, "weather_source": run.weather_source})


def assumptions(lang: str = "zh") -> Section:
    rows = []
    for key, a in sorted(all_assumptions().items()):
        title = (a.title_zh if lang == "zh" else a.title_en) or a.title_en or a.title_zh or key
        value = a.value if not isinstance(a.value, (list, dict)) else json.dumps(a.value, ensure_ascii=False)
        rows.append({"key": key, "title": title, "value": value, "unit": a.unit, "source": a.source})
    return Section("assumptions", table=pd.DataFrame(rows, columns=["key", "title", "value", "unit", "source"]))


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
    return {s.key: s for s in sections}


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


def pdf_view(section: Section) -> pd.DataFrame:
    """The columns of ``section.table`` the PDF prints (all when the section has no choice)."""
    wanted = PDF_COLUMNS.get(section.key)
    if not wanted:
        return section.table
    return section.table[[c for c in wanted if c in section.table.columns]]


def column_title(column: str, text: dict) -> str:
    """Header text for a column: the strings file's ``col_<name>`` when present."""
    return text.get(f"col_{column}", column)


__all__ = ["Section", "strings", "title_info", "gather", "column_title", "study_area", "candidate_sites",
           "coverage", "open_buildings", "site_yields", "plan_progress", "island", "assumptions", "audit_log"]
