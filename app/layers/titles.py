"""Default (Chinese) titles of the project's standard layers; the UI shows them translated.

Titles name what a layer is; whether it is generated sample data is said by
:func:`shown_title` from the features' flags (:data:`app.layers.model.SAMPLE_FIELD`),
so a layer whose contents the user replaced by an import is no longer titled
sample data, and a new project's layers never are.
"""

from app.core.i18n import QT_TRANSLATE_NOOP, Message

LAYER_TITLES_ZH = {
    "counties": "县区边界",
    "sea_area": "海域",
    "buildings": "建筑",
    "candidate_sites": "候选场址",
    "turbines": "风机布置",
    "island_components": "海上能源岛",
    "excluded_areas": "排除区域",
    "wind_speed_100m": "100 m 平均风速（示意）",
    "ghi_annual": "年总辐射 GHI（示意）",
}
#: What a sample layer's title says (Chinese first, as every label of sample data).
SAMPLE_SUFFIX_ZH = "（示例数据）"
#: Sample suffixes older project files carry in stored titles.
_SAMPLE_SUFFIXES = (SAMPLE_SUFFIX_ZH, "(示例数据)", " (sample data)", "（sample data）")


def base_title(title: str) -> str:
    """``title`` without a trailing sample-data suffix."""
    text = str(title or "")
    changed = True
    while changed:
        changed = False
        for suffix in _SAMPLE_SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix):
                text = text[: -len(suffix)].rstrip()
                changed = True
    return text


def shown_title(layer) -> str:
    """The title to show and export: the layer's title, said to be sample data while it has sample features."""
    title = base_title(layer.title)
    return title + SAMPLE_SUFFIX_ZH if getattr(layer, "sample", False) else title


#: English titles of the standard layers, marked for translation (context "LayerTitles"): what the UI,
#: printed maps and reports show in either language for a layer still carrying its default title.
LAYER_TITLES = {
    "counties": QT_TRANSLATE_NOOP("LayerTitles", "County boundaries"),
    "sea_area": QT_TRANSLATE_NOOP("LayerTitles", "Sea area"),
    "buildings": QT_TRANSLATE_NOOP("LayerTitles", "Buildings"),
    "candidate_sites": QT_TRANSLATE_NOOP("LayerTitles", "Candidate sites"),
    "turbines": QT_TRANSLATE_NOOP("LayerTitles", "Turbine layout"),
    "island_components": QT_TRANSLATE_NOOP("LayerTitles", "Offshore energy island"),
    "excluded_areas": QT_TRANSLATE_NOOP("LayerTitles", "Excluded areas"),
    "wind_speed_100m": QT_TRANSLATE_NOOP("LayerTitles", "Mean wind speed at 100 m (indicative)"),
    "ghi_annual": QT_TRANSLATE_NOOP("LayerTitles", "Annual GHI (indicative)"),
}


def standard_base_title(layer, lang: str, translate=None) -> str:
    """The title of ``layer`` without the sample-data note; a standard layer's default title in ``lang``.

    ``translate`` as in :func:`display_title`.
    """
    title = base_title(layer.title)
    if title == LAYER_TITLES_ZH.get(layer.name) or title == layer.name:
        standard = LAYER_TITLES.get(layer.name)
        if standard is not None:
            title = Message(standard).text(lang, translate)
    return title


def display_title(layer, lang: str, translate=None) -> str:
    """The title shown for ``layer`` in ``lang``: a standard layer's default title in that language.

    A standard layer still carrying its default (Chinese) title is shown in
    ``lang``; a title the user changed is shown as written. A layer says it is
    sample data exactly while it has sample features. ``translate`` is a
    ``(context, source) -> text`` lookup (the UI passes Qt's; default: the
    compiled catalogue, :mod:`app.core.i18n`).
    """
    title = standard_base_title(layer, lang, translate)
    if getattr(layer, "sample", False):
        title = Message(QT_TRANSLATE_NOOP("LayerTitles", "{title} (sample data)"), title=title).text(lang, translate)
    return title

