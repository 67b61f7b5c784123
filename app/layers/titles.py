"""Default (Chinese) titles of the project's standard layers; the UI shows them translated.

Titles name what a layer is; whether it is generated sample data is said by
:func:`shown_title` from the features' flags (:data:`app.layers.model.SAMPLE_FIELD`),
so a layer whose contents the user replaced by an import is no longer titled
sample data, and a new project's layers never are.
"""

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
