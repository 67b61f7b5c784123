"""What a report says: one :class:`Section` per topic, gathered from the engines that exist.

The PDF and the Excel report read the same sections, so both say the same
thing. Each section asks the engine that owns its numbers (rooftop coverage,
site analysis, plan progress, energy island) through the engine's public
functions. When an engine has not landed in this version, or cannot run on
this project, the section carries ``available=False`` and a message saying
so; a report never invents numbers for it.
"""
from __future__ import annotations

import importlib
import inspect
import json
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import numpy as np
import pandas as pd

from app.core.assumptions import RESOURCES_DIR, all_assumptions
from app.core.errors import NotLandedError
from app.layers.crs import METRIC_CRS

STRINGS_PATH = RESOURCES_DIR / "report" / "strings.json"
#: Categories that count toward the plan's 50 % rooftop target (CONTRACT.md, coverage).
TARGET_CATEGORIES = ("public_institution", "factory")
#: PV statuses that count as "has PV" (CONTRACT.md, coverage).
PV_DONE = ("installed", "verified")


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
        False when the engine behind it has not landed or could not run.
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


def _not_available(key: str, why: str, text: dict) -> Section:
    return Section(key, available=False, message=f"{text['not_available']}: {why}")


def _engine(module_name: str):
    """The engine module, or None when it has not landed."""
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            return None
        raise


def _call_public(module, names: tuple, project):
    """Call the first of ``names`` the module defines, with the project (or its buildings).

    Teammates' engines take either the project or a layer's GeoDataFrame;
    the first parameter's name tells which.
    """
    for name in names:
        func = getattr(module, name, None)
        if not callable(func):
            continue
        params = list(inspect.signature(func).parameters)
        first = params[0] if params else ""
        if first in ("buildings", "gdf", "buildings_gdf"):
            return func(project.vector("buildings").gdf)
        return func(project)
    raise NotLandedError(f"{module.__name__} has none of {', '.join(names)}")


def _as_frame(result) -> pd.DataFrame:
    if isinstance(result, pd.DataFrame):
        return result.reset_index(drop=isinstance(result.index, pd.RangeIndex))
    if hasattr(result, "table") and isinstance(result.table, pd.DataFrame):
        return result.table
    if hasattr(result, "rows"):
        return pd.DataFrame(list(result.rows))
    if hasattr(result, "to_frame"):
        return result.to_frame()
    return pd.DataFrame(list(result))


# ---------------------------------------------------------------------------


def title_info(project, lang: str = "zh") -> dict:
    """Title-page facts: project title, date, weather, sample notice."""
    text = strings(lang)
    weather = text["weather_unknown"]
    weather_module = _engine("app.resource.weather")
    if weather_module is not None and hasattr(weather_module, "default_weather"):
        try:
            weather = weather_module.default_weather().source
        except Exception as exc:  # the report still goes out; say why the weather is unknown
            weather = f"{text['weather_unknown']} ({exc})"
    if project.meta.get("weather_source"):
        weather = project.meta["weather_source"]
    return {
        "title": project.title or text["untitled"],
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
        return _not_available("study_area", text["no_counties"], text)
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
        return _not_available("sites", text["no_sites"], text)
    gdf = project.vector("candidate_sites").gdf
    area = gdf.to_crs(METRIC_CRS).geometry.area / 1e6
    cols = [c for c in ("site_id", "name", "kind", "capacity_mw", "status", "county_adcode") if c in gdf.columns]
    table = pd.DataFrame(gdf[cols]).copy()
    table["area_km2"] = area.round(2).to_numpy()
    _translate_codes(table, text)
    return Section("sites", table=table.reset_index(drop=True))


def site_yields(project, lang: str = "zh") -> Section:
    """Capacity and annual energy per candidate site from the site-analysis engine."""
    text = strings(lang)
    module = _engine("app.siting.site_analysis")
    if module is None or not hasattr(module, "analyse_site"):
        return _not_available("site_yields", text["engine_missing"].format(engine="app.siting.site_analysis"), text)
    if "candidate_sites" not in project.layers or project.vector("candidate_sites").gdf.empty:
        return _not_available("site_yields", text["no_sites"], text)
    rows, weather_source = [], ""
    try:
        for site_id in project.vector("candidate_sites").gdf["site_id"].astype(str):
            result = module.analyse_site(project, site_id, lang=lang)
            rows.append(result.table_row())
            weather_source = weather_source or getattr(result, "weather_source", "")
    except Exception as exc:
        return _not_available("site_yields", str(exc).splitlines()[0] if str(exc) else type(exc).__name__, text)
    table = pd.DataFrame(rows)
    for column, digits in (("eligible_area_km2", 2), ("capacity_mw", 1), ("net_mwh", 0), ("capacity_factor", 3)):
        if column in table.columns:
            table[column] = pd.to_numeric(table[column], errors="coerce").round(digits)
    _translate_codes(table, text)
    return Section("site_yields", table=table, extra={"weather_source": weather_source})


def _translate_codes(table: pd.DataFrame, text: dict) -> None:
    """Show coded values (site kind and status, PV status) in the report's language."""
    for column, prefix in (("kind", "kind_"), ("status", "site_status_"), ("pv_status", "pv_status_")):
        if column in table.columns:
            table[column] = table[column].map(lambda v, p=prefix: text.get(f"{p}{v}", v))


def coverage(project, lang: str = "zh") -> Section:
    """Rooftop PV coverage per county and category (the rooftop engine's rows)."""
    text = strings(lang)
    module = _engine("app.siting.coverage")
    if module is None:
        return _not_available("coverage", text["engine_missing"].format(engine="app.siting.coverage"), text)
    try:
        result = _call_public(module, ("coverage_table", "coverage_rows", "compute_coverage", "coverage",
                                       "project_coverage"), project)
        table = _as_frame(result)
    except Exception as exc:
        return _not_available("coverage", str(exc).splitlines()[0] if str(exc) else type(exc).__name__, text)
    if lang != "zh" and "county_en" in table.columns:
        table["county"] = table["county_en"]
    if "category" in table.columns:
        table["category"] = table["category"].map(lambda c: text.get(f"cat_{c}", c))
    return Section("coverage", table=table)


def _footprint_area_m2(gdf) -> pd.Series:
    return gdf.to_crs(METRIC_CRS).geometry.area


def _with_potential(buildings):
    """``buildings`` with the rooftop engine's ``pot_kwp``/``pot_kwh`` added, when that engine exists."""
    module = _engine("app.siting.rooftop")
    if module is None or not hasattr(module, "roof_potential"):
        return buildings
    try:
        return module.roof_potential(buildings)
    except Exception:  # the list is still useful sorted by roof area
        return buildings


def open_buildings(project, lang: str = "zh", limit: int | None = None) -> Section:
    """New public and factory buildings without PV (status not installed/verified).

    Sorted by rooftop potential (``pot_kwh``, from the rooftop engine) when
    the layer has it, else by footprint area [m2] in EPSG:4549, largest first.
    """
    text = strings(lang)
    if "buildings" not in project.layers:
        return _not_available("open_buildings", text["no_buildings"], text)
    gdf = project.vector("buildings").gdf
    needed = {"category", "is_new", "pv_status"}
    if not needed <= set(gdf.columns):
        return _not_available("open_buildings", text["bad_building_schema"].format(fields=", ".join(sorted(needed))), text)
    module = _engine("app.siting.coverage")
    if module is not None and hasattr(module, "open_target_buildings"):
        try:
            table = module.open_target_buildings(gdf).reset_index(drop=True)
            return _finish_open_table(project, table, lang, limit, text["sorted_by_potential"], text)
        except Exception:  # fall back to the list sorted by roof area below
            pass
    is_new = pd.to_numeric(gdf["is_new"], errors="coerce").fillna(0).astype(int) == 1
    mask = is_new & gdf["category"].isin(TARGET_CATEGORIES) & ~gdf["pv_status"].isin(PV_DONE)
    subset = gdf[mask]
    cols = [c for c in ("bld_id", "name", "category", "county", "pv_status") if c in subset.columns]
    table = pd.DataFrame(subset[cols]).copy()
    table["roof_m2"] = _footprint_area_m2(subset).round(0).to_numpy()
    sort_key = "roof_m2"
    note = text["sorted_by_area"]
    if "pot_kwh" not in subset.columns and not subset.empty:
        subset = _with_potential(subset)
    for potential in ("pot_kwh", "pot_kwp"):
        if potential in subset.columns and subset[potential].notna().any():
            table[potential] = pd.to_numeric(subset[potential], errors="coerce").round(0).to_numpy()
            sort_key, note = potential, text["sorted_by_potential"]
            break
    table = table.sort_values(sort_key, ascending=False, kind="stable").reset_index(drop=True)
    return _finish_open_table(project, table, lang, limit, note, text)


def _finish_open_table(project, table, lang, limit, note, text) -> Section:
    total = len(table)
    if "county" in table.columns and "counties" in project.layers:
        counties = project.vector("counties").gdf
        names = dict(zip(counties["adcode"].astype(str), counties["name_zh" if lang == "zh" else "name_en"]))
        table["county"] = table["county"].astype(str).map(lambda a: names.get(a, a))
    table["category"] = table["category"].map(lambda c: text.get(f"cat_{c}", c))
    _translate_codes(table, text)
    for column in ("roof_m2", "usable_m2", "pot_kwp", "pot_kwh"):
        if column in table.columns:
            table[column] = pd.to_numeric(table[column], errors="coerce").round(0)
    if limit is not None:
        table = table.head(limit)
    return Section("open_buildings", table=table, message=note, extra={"total": total})


def plan_progress(project, lang: str = "zh") -> Section:
    """Plan targets with their progress (progress engine), or the targets alone."""
    text = strings(lang)
    module = _engine("app.siting.progress")
    if module is not None:
        try:
            result = _call_public(module, ("progress_table", "plan_progress", "compute_progress", "progress_rows",
                                           "project_progress"), project)
            table = _as_frame([r.to_dict() if hasattr(r, "to_dict") else r for r in result]
                              if isinstance(result, list) else result)
            if lang != "zh" and "title_en" in table.columns:
                table["title_zh"] = table["title_en"]
            if "status" in table.columns:
                table["status"] = table["status"].map(lambda v: text.get(f"status_{v}", v))
            return Section("progress", table=table)
        except Exception as exc:
            why = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    else:
        why = text["engine_missing"].format(engine="app.siting.progress")
    targets_module = _engine("app.siting.plan_targets")
    if targets_module is None:
        return _not_available("progress", why, text)
    targets = targets_module.project_targets(project, write=False)
    cols = [c for c in ("id", "title_zh" if lang == "zh" else "title_en", "unit", "baseline", "target", "deadline",
                        "source_clause") if c in targets.columns]
    table = targets[cols].rename(columns={"title_en": "title_zh"}).copy()
    table["current"] = text["no_data"]
    return Section("progress", available=True, table=table.reset_index(drop=True),
                   message=f"{text['progress_missing']} ({why})")


def island(project, lang: str = "zh") -> Section:
    """Annual balance of the energy-island hub (island engine)."""
    text = strings(lang)
    module = _engine("app.siting.island")
    if module is None or not hasattr(module, "run_island"):
        return _not_available("island", text["engine_missing"].format(engine="app.siting.island"), text)
    try:
        run = module.run_island(project)
    except Exception as exc:
        return _not_available("island", str(exc).splitlines()[0] if str(exc) else type(exc).__name__, text)
    doc = run.to_dict()
    keys = ("wind_mwh", "pv_mwh", "ocean_mwh", "generation_mwh", "export_mwh", "electrolyzer_mwh",
            "storage_throughput_mwh", "curtailed_mwh", "hydrogen_t")
    table = pd.DataFrame({"quantity": [text.get(f"isl_{k}", k) for k in keys],
                          "value": [round(float(doc.get(k, np.nan)), 1) for k in keys],
                          "unit": ["t" if k == "hydrogen_t" else "MWh" for k in keys]})
    monthly = None
    hourly = getattr(run.balance, "hourly", None)
    if isinstance(hourly, pd.DataFrame) and isinstance(hourly.index, pd.DatetimeIndex):
        cols = [c for c in ("wind_mw", "pv_mw", "ocean_mw", "export_mw", "electrolyzer_mw", "curtailed_mw")
                if c in hourly.columns]
        monthly = hourly[cols].groupby(hourly.index.month).sum()
    return Section("island", table=table, message="; ".join(doc.get("messages", [])),
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
                 "coverage_pct", "target_pct", "gap_m2"],
    "progress": ["title_zh", "unit", "baseline", "current", "target", "deadline", "status", "source_clause"],
    "open_buildings": ["bld_id", "name", "category", "county", "pv_status", "roof_m2", "pot_kwp", "pot_kwh"],
    "site_yields": ["site_id", "name", "kind", "county", "eligible_area_km2", "capacity_mw", "turbines", "net_mwh",
                    "capacity_factor", "status", "reason"],
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
