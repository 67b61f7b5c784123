"""The project's coded values, each with its Chinese and English label: one place for all of them.

Layers and tables store the codes (``public_institution``, ``installed``,
``wind_offshore`` ...; CONTRACT.md). Every module that checks a code, groups
by one, or shows one to a user reads it here: the engines (coverage, audit,
building import, site analysis, island), the reports (PDF, Excel) and the
panels. Before this module the PV statuses existed three times and as
literals in the rooftop panel, the target categories twice, and each panel,
the report and the import had their own words for the same code.

Each :class:`Vocabulary` is a tuple of its codes in display order (so
``code in PV_STATUSES``, ``", ".join(SITE_KINDS)`` and ``numpy.isin`` work
as with a plain tuple) that also knows each code's label:
``PV_STATUSES.label("verified", "zh") == "已核验"``.

Qt-free. The UI picks the language it shows (:func:`app.ui.i18n.ui_language`).
"""
from __future__ import annotations

from dataclasses import dataclass

from app.core.i18n import Listing, Word

#: Languages of the labels.
LANGUAGES = ("zh", "en")


@dataclass(frozen=True)
class Term:
    """One coded value: the code stored in the data and its labels."""

    code: str
    zh: str
    en: str


class Vocabulary(tuple):
    """The codes of one kind of value, in display order, with their labels.

    Parameters
    ----------
    name : str
        What the codes are (used in messages), e.g. ``"PV status"``.
    terms : iterable of Term
    """

    def __new__(cls, name: str, terms):
        terms = tuple(terms)
        self = super().__new__(cls, (t.code for t in terms))
        self.name = name
        self.terms = {t.code: t for t in terms}
        return self

    def label(self, code, lang: str = "zh") -> str:
        """The label of ``code`` in ``lang`` (``"zh"`` or ``"en"``); an unknown code is shown as it is."""
        if lang not in LANGUAGES:
            raise ValueError(f"unknown label language {lang!r}; expected one of {', '.join(LANGUAGES)}")
        term = self.terms.get(code)
        return str(code) if term is None else getattr(term, lang)

    def labels(self, lang: str = "zh") -> dict[str, str]:
        """Code -> label in ``lang``, in display order."""
        return {code: self.label(code, lang) for code in self}

    def expected(self) -> str:
        """``"one of a, b, c"`` for messages."""
        return "one of " + ", ".join(self)

    def word(self, code) -> Word:
        """``code`` as a message parameter: the code on the command line, its label in a UI or report."""
        term = self.terms.get(code)
        return Word(code, {"zh": term.zh, "en": term.en} if term is not None else None)

    def words(self, codes=None) -> Listing:
        """Several codes (default: all) as one list parameter of a message."""
        return Listing(self.word(c) for c in (self if codes is None else codes))

    def code_for(self, text) -> str | None:
        """The code whose code or label (either language, any case) is ``text``; None when none is."""
        wanted = str(text).strip().lower()
        for term in self.terms.values():
            if wanted in (term.code.lower(), term.zh.lower(), term.en.lower()):
                return term.code
        return None


#: Building categories (CONTRACT.md building schema, ``category``).
BUILDING_CATEGORIES = Vocabulary("building category", (
    Term("public_institution", "公共机构", "public institution"),
    Term("factory", "厂房", "factory"),
    Term("commercial", "商业", "commercial"),
    Term("residential", "住宅", "residential"),
    Term("other", "其他", "other"),
))
#: The categories of the plan's 50 % rooftop target (三.(5).3: "新建公共机构、新建厂房屋顶光伏覆盖率力争达到50%").
TARGET_CATEGORIES = ("public_institution", "factory")
#: The categories outside the target (listed on request, without a target).
OTHER_CATEGORIES = tuple(c for c in BUILDING_CATEGORIES if c not in TARGET_CATEGORIES)

#: Rooftop PV status of a building (``pv_status``).
PV_STATUSES = Vocabulary("PV status", (
    Term("none", "未安装", "none"),
    Term("planned", "规划中", "planned"),
    Term("installed", "已安装", "installed"),
    Term("verified", "已核验", "verified"),
))
#: The statuses that count as "has PV" toward coverage (planned PV does not).
PV_COUNTED = ("installed", "verified")

#: Roof types (``roof_type``).
ROOF_TYPES = Vocabulary("roof type", (
    Term("flat", "平屋顶", "flat"),
    Term("pitched", "坡屋顶", "pitched"),
))

#: Kinds of candidate site (``candidate_sites.kind``).
SITE_KINDS = Vocabulary("site kind", (
    Term("wind_onshore", "陆上风电", "onshore wind"),
    Term("wind_offshore", "海上风电", "offshore wind"),
    Term("pv_ground", "地面光伏", "ground-mounted PV"),
    Term("pv_offshore", "海上光伏", "offshore PV"),
    Term("wind_fishery", "风渔融合", "wind-fishery integration"),
    Term("pv_rooftop_cluster", "屋顶光伏集群", "rooftop PV cluster"),
))
#: Site kinds with turbines (wind resource, layout, wakes).
WIND_KINDS = ("wind_onshore", "wind_offshore", "wind_fishery")
#: Site kinds of ground or floating PV (area-based capacity).
PV_KINDS = ("pv_ground", "pv_offshore")
#: Site kinds at sea (sea-area rules, offshore wind scaling).
OFFSHORE_KINDS = ("wind_offshore", "pv_offshore", "wind_fishery")

#: Planning status of a candidate site (``candidate_sites.status``).
SITE_STATUSES = Vocabulary("site status", (
    Term("idea", "设想", "idea"),
    Term("screened", "已初筛", "screened"),
    Term("approved", "已批复", "approved"),
    Term("built", "已建", "built"),
))

#: Components of the offshore energy island (``island_components.kind``).
ISLAND_COMPONENT_KINDS = Vocabulary("island component kind", (
    Term("hub", "枢纽平台", "hub"),
    Term("wind_offshore", "海上风电", "offshore wind"),
    Term("pv_offshore", "海上光伏", "offshore PV"),
    Term("ocean_energy", "海洋能", "ocean energy"),
    Term("electrolyzer", "电解槽制氢", "electrolyser"),
    Term("storage", "储能", "storage"),
    Term("export_cable", "送出海缆", "export cable"),
))
#: Island components that generate.
ISLAND_GENERATION_KINDS = ("wind_offshore", "pv_offshore", "ocean_energy")
#: Status of an island component (``island_components.status``).
ISLAND_COMPONENT_STATUSES = Vocabulary("island component status", (
    Term("planned", "规划", "planned"),
    Term("built", "已建", "built"),
))

#: Standing of a plan target (:mod:`app.siting.progress`).
PROGRESS_STATUSES = Vocabulary("progress status", (
    Term("met", "已达成", "met"),
    Term("on_track", "按计划推进", "on track"),
    Term("behind", "滞后", "behind"),
    Term("no_data", "无数据", "no data"),
))

#: The coded fields of the standard layers: (layer name, field) -> the vocabulary of its codes.
FIELD_VOCABULARIES = {
    ("buildings", "category"): BUILDING_CATEGORIES,
    ("buildings", "pv_status"): PV_STATUSES,
    ("buildings", "roof_type"): ROOF_TYPES,
    ("candidate_sites", "kind"): SITE_KINDS,
    ("candidate_sites", "status"): SITE_STATUSES,
    ("island_components", "kind"): ISLAND_COMPONENT_KINDS,
    ("island_components", "status"): ISLAND_COMPONENT_STATUSES,
}

#: Field (column) names of the project's layers and of the tables the app computes, as shown to users
#: (identify, attribute table, legend, reports, messages); the data keep the names (CONTRACT.md).
#: A field that is not listed (one of the user's own) is shown by its name.
FIELDS = Vocabulary("field", (
    # buildings (CONTRACT.md building schema)
    Term("bld_id", "建筑编号", "building ID"),
    Term("name", "名称", "name"),
    Term("category", "类别", "category"),
    Term("is_new", "是否新建", "new building"),
    Term("roof_type", "屋顶类型", "roof type"),
    Term("height_m", "高度", "height"),
    Term("floors", "层数", "floors"),
    Term("pv_status", "光伏状态", "PV status"),
    Term("pv_area_m2", "光伏面积", "PV area"),
    Term("pv_kwp", "光伏装机", "PV capacity"),
    Term("audit_date", "核查日期", "audit date"),
    Term("auditor", "核查人", "auditor"),
    Term("county", "县区", "county"),
    Term("cluster", "片区", "town area"),  # the sample town a generated building lies in
    Term("sample", "示例数据", "sample data"),
    Term("geometry", "几何图形", "geometry"),
    # rooftop potential (lygsite rooftop)
    Term("roof_m2", "屋顶面积", "roof area"),
    Term("usable_m2", "可用面积", "usable area"),
    Term("pot_kwp", "潜在装机", "potential capacity"),
    Term("pot_kwh", "潜在年发电量", "potential annual energy"),
    Term("shade_loss", "遮挡损失", "shading loss"),
    Term("shade_loss_pct", "遮挡损失", "shading loss"),
    Term("usable_share", "可用比例", "usable share"),
    Term("obstruction_factor", "障碍物系数", "obstruction factor"),
    Term("shade_status", "遮挡计算", "shading computed"),
    # candidate sites (CONTRACT.md candidate site schema)
    Term("site_id", "场址编号", "site ID"),
    Term("kind", "类型", "kind"),
    Term("turbine_type", "风机型号", "turbine type"),
    Term("hub_height_m", "轮毂高度", "hub height"),
    Term("capacity_mw", "规划容量", "planned capacity"),
    Term("status", "状态", "status"),
    Term("county_adcode", "县区代码", "county code"),
    # turbines, island components
    Term("turbine_id", "风机编号", "turbine ID"),
    Term("rotor_m", "风轮直径", "rotor diameter"),
    Term("comp_id", "组件编号", "component ID"),
    Term("energy_mwh", "储能容量", "storage energy"),
    Term("hub_id", "枢纽编号", "hub ID"),
    # counties, sea
    Term("adcode", "行政代码", "adcode"),
    Term("name_zh", "中文名称", "Chinese name"),
    Term("name_en", "英文名称", "English name"),
    Term("area_km2", "面积", "area"),
    Term("coastal", "沿海", "coastal"),
    # coverage rows (lygsite coverage)
    Term("buildings", "建筑数", "buildings"),
    Term("roof_area_m2", "屋顶面积", "roof area"),
    Term("buildings_with_pv", "有光伏建筑", "with PV"),
    Term("pv_area_unknown", "光伏面积未知（栋）", "PV area unknown (buildings)"),
    Term("coverage_pct", "覆盖率", "coverage"),
    Term("target_pct", "目标", "target"),
    Term("gap_m2", "缺口", "gap"),
    Term("gap_buildings", "缺口（栋）", "gap (buildings)"),
    Term("coverage_area_pct", "按面积覆盖率", "coverage by area"),
    Term("coverage_count_pct", "按栋数覆盖率", "coverage by count"),
    Term("pv_area_estimated", "光伏面积按装机估算（栋）", "PV area estimated from kWp (buildings)"),
    Term("pv_area_capped", "光伏面积按屋顶封顶（栋）", "PV area capped at the roof (buildings)"),
    Term("roof_area_pv_unknown_m2", "光伏面积未知建筑的屋顶面积", "roof area of buildings with unknown PV area"),
    Term("pv_area_unknown_share_pct", "光伏面积未知的屋顶占比", "share of roof with unknown PV area"),
    Term("weather_source", "气象数据", "weather"),
    # site yields
    Term("eligible_area_km2", "可用面积", "eligible area"),
    Term("turbines", "风机数", "turbines"),
    Term("net_mwh", "净发电量", "net energy"),
    Term("capacity_factor", "容量系数", "capacity factor"),
    Term("wake_loss_pct", "尾流损失", "wake loss"),
    Term("net_full_load_hours", "净满发小时", "net full-load hours"),
    Term("wake_model", "尾流模型", "wake model"),
    Term("reason", "说明", "note"),
    Term("rule_id", "规则", "rule"),
    Term("rule_title", "规则名称", "rule title"),
    # plan progress
    Term("id", "编号", "ID"),
    Term("title_zh", "目标", "target"),
    Term("metric", "指标", "metric"),
    Term("unit", "单位", "unit"),
    Term("baseline", "基准值", "baseline"),
    Term("current", "现状", "current"),
    Term("target", "目标值", "target value"),
    Term("deadline", "期限", "deadline"),
    Term("source_clause", "条款", "clause"),
    Term("source_quote", "规划原文", "plan text"),
    Term("as_of", "截至", "as of"),
    Term("message", "说明", "explanation"),
    # other report tables
    Term("quantity", "项目", "quantity"),
    Term("value", "数值", "value"),
    Term("title", "名称", "name"),
    Term("source", "来源", "source"),
    Term("key", "键", "key"),
    Term("time", "时间", "time"),
    Term("user", "用户", "user"),
    Term("layer", "图层", "layer"),
    Term("feature_id", "要素", "feature"),
    Term("field", "字段", "field"),
    Term("old", "原值", "old value"),
    Term("new", "新值", "new value"),
    Term("action", "操作", "action"),
    Term("month", "月", "month"),
))
#: Units of the fields that have one (shown after the title: "光伏面积 (m²)").
FIELD_UNITS = {
    "height_m": "m", "pv_area_m2": "m²", "pv_kwp": "kWp", "roof_m2": "m²", "usable_m2": "m²", "pot_kwp": "kWp",
    "pot_kwh": {"zh": "kWh/年", "en": "kWh/yr"}, "shade_loss_pct": "%", "hub_height_m": "m", "capacity_mw": "MW",
    "rotor_m": "m", "energy_mwh": "MWh", "area_km2": "km²", "roof_area_m2": "m²", "coverage_pct": "%",
    "target_pct": "%", "gap_m2": "m²", "coverage_area_pct": "%", "coverage_count_pct": "%",
    "roof_area_pv_unknown_m2": "m²", "pv_area_unknown_share_pct": "%", "eligible_area_km2": "km²", "net_mwh": {"zh": "MWh/年", "en": "MWh/yr"},
    "wake_loss_pct": "%", "net_full_load_hours": "h",
}


def field_title(field: str, lang: str = "zh", unit: bool = False) -> str:
    """The title of ``field`` in ``lang`` (``"光伏状态"``), with its unit when ``unit`` (``"光伏面积 (m²)"``).

    A field the project does not know (one of the user's own) keeps its name.
    """
    title = FIELDS.label(field, lang)
    if lang == "en" and field in FIELDS.terms:
        title = title[:1].upper() + title[1:]
    found = FIELD_UNITS.get(field) if unit else None
    if isinstance(found, dict):
        found = found[lang]
    return f"{title} ({found})" if found else title


__all__ = ["Term", "Vocabulary", "FIELD_VOCABULARIES", "LANGUAGES", "BUILDING_CATEGORIES",
           "TARGET_CATEGORIES", "OTHER_CATEGORIES",
           "PV_STATUSES", "PV_COUNTED", "ROOF_TYPES", "SITE_KINDS", "WIND_KINDS", "PV_KINDS", "OFFSHORE_KINDS",
           "SITE_STATUSES", "ISLAND_COMPONENT_KINDS", "ISLAND_GENERATION_KINDS", "ISLAND_COMPONENT_STATUSES",
           "PROGRESS_STATUSES", "FIELDS", "FIELD_UNITS", "field_title"]
