"""Default (Chinese) titles of the project's standard layers; the UI shows them translated."""

LAYER_TITLES_ZH = {
    "counties": "县区边界",
    "sea_area": "海域",
    "buildings": "建筑（示例数据）",
    "candidate_sites": "候选场址（示例数据）",
    "turbines": "风机布置",
    "island_components": "海上能源岛（示例数据）",
    "excluded_areas": "排除区域",
    "wind_speed_100m": "100 m 平均风速（示意）",
    "ghi_annual": "年总辐射 GHI（示意）",
}
