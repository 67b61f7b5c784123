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


def field_vocabulary(layer_name: str, field: str) -> Vocabulary | None:
    """The vocabulary of a coded field of a standard layer (None for a field of free values)."""
    return FIELD_VOCABULARIES.get((layer_name, field))


__all__ = ["Term", "Vocabulary", "FIELD_VOCABULARIES", "field_vocabulary", "LANGUAGES", "BUILDING_CATEGORIES", "TARGET_CATEGORIES", "OTHER_CATEGORIES",
           "PV_STATUSES", "PV_COUNTED", "ROOF_TYPES", "SITE_KINDS", "WIND_KINDS", "PV_KINDS", "OFFSHORE_KINDS",
           "SITE_STATUSES", "ISLAND_COMPONENT_KINDS", "ISLAND_GENERATION_KINDS", "ISLAND_COMPONENT_STATUSES",
           "PROGRESS_STATUSES"]
