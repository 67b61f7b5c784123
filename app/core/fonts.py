"""The bundled CJK font (WenQuanYi Micro Hei), for every renderer.

It installs with the project (PyPI package ``paperang_p2_fonts_cjk``, TrueType
outlines), so Qt widgets, matplotlib charts and reportlab PDFs all show
Chinese text instead of empty boxes on any machine. Qt-free: the GUI loads the
same file into Qt through ``app/ui/fonts.py``; reports register it with
reportlab through ``app/export/fonts.py``.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

#: Families tried after the bundled one (common CJK system fonts).
FALLBACK_FAMILIES = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei"]


def cjk_font_path() -> Path | None:
    """Path of the bundled ``wqy-microhei.ttc``, or None when the package is missing."""
    spec = importlib.util.find_spec("paperang_p2_fonts_cjk")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / "fonts" / "wqy-microhei.ttc"
        if candidate.exists():
            return candidate
    return None


@lru_cache(maxsize=1)
def matplotlib_font_family() -> str | None:
    """Register the CJK font with matplotlib and put it first in ``font.sans-serif``.

    Returns
    -------
    str or None
        The family matplotlib now uses for Chinese text, or None when the font
        package is missing (matplotlib then falls back to its defaults).
    """
    from matplotlib import font_manager, rcParams

    family = None
    path = cjk_font_path()
    if path is not None:
        try:
            font_manager.fontManager.addfont(str(path))
            family = font_manager.FontProperties(fname=str(path)).get_name()
        except (OSError, RuntimeError, ValueError):
            family = None
    preferred = ([family] if family else []) + FALLBACK_FAMILIES
    rcParams["font.family"] = "sans-serif"
    rcParams["font.sans-serif"] = preferred + [f for f in rcParams["font.sans-serif"] if f not in preferred]
    # the CJK font lacks U+2212 (the typographic minus matplotlib uses for ticks)
    rcParams["axes.unicode_minus"] = False
    return family
