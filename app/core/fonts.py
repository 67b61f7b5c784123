"""The shipped CJK font (WenQuanYi Micro Hei), one lookup for every renderer.

The font file lives in the package (``app/resources/fonts/wqy-microhei.ttc``,
unaltered from Debian's ``fonts-wqy-microhei`` 0.2.0-beta, Apache-2.0; its
licence and source are in the same folder), so Qt widgets, matplotlib charts
and reportlab PDFs show Chinese text instead of empty boxes on any machine,
from a wheel or a PyInstaller bundle alike. It has TrueType (``glyf``)
outlines, which reportlab needs. Qt-free: the GUI loads the same file into Qt
through ``app/ui/fonts.py``; reports register it with reportlab through
``app/export/fonts.py``.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from app.resources import resource_path

#: Family name of face 0 of the shipped collection (face 1 is the Mono face).
CJK_FAMILY = "WenQuanYi Micro Hei"
#: File name of the shipped font and of its licence, in ``app/resources/fonts``.
CJK_FONT_FILE = "wqy-microhei.ttc"
CJK_LICENCE_FILE = "LICENSE-Apache-2.0.txt"
#: Families tried after the shipped one (common CJK system fonts).
FALLBACK_FAMILIES = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"]


def cjk_font_path() -> Path:
    """Path of the shipped ``wqy-microhei.ttc``.

    Raises
    ------
    FileNotFoundError
        When the file is missing: the installation is broken (the wheel and
        the bundle both carry it), and text would show as empty boxes.
    """
    path = resource_path("fonts", CJK_FONT_FILE)
    if not path.is_file():
        raise FileNotFoundError(f"the CJK font {CJK_FONT_FILE} is missing from {path.parent} "
                                "(reinstall LYG Siting)")
    return path


def cjk_licence_path() -> Path:
    """Path of the font's licence text, shipped beside it."""
    return resource_path("fonts", CJK_LICENCE_FILE)


@lru_cache(maxsize=1)
def matplotlib_font_family() -> str:
    """Register the CJK font with matplotlib and put it first in ``font.sans-serif``.

    Returns
    -------
    str
        The family matplotlib now uses for Chinese text.
    """
    from matplotlib import font_manager, rcParams

    path = cjk_font_path()
    font_manager.fontManager.addfont(str(path))
    family = font_manager.FontProperties(fname=str(path)).get_name()
    preferred = [family] + FALLBACK_FAMILIES
    rcParams["font.family"] = "sans-serif"
    rcParams["font.sans-serif"] = preferred + [f for f in rcParams["font.sans-serif"] if f not in preferred]
    # the CJK font lacks U+2212 (the typographic minus matplotlib uses for ticks)
    rcParams["axes.unicode_minus"] = False
    return family
