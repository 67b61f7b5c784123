"""The bundled CJK font for reports: registered with reportlab and matplotlib.

The font (WenQuanYi Micro Hei, package ``paperang_p2_fonts_cjk``) installs
with the project, so PDFs and charts show Chinese text instead of empty
boxes on any machine. Qt-free (the GUI loads the same file through
``app/ui/fonts.py``).
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

#: Name under which the font is registered with reportlab.
REPORTLAB_FONT = "WQYMicroHei"


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
def register_reportlab_font() -> str:
    """Register the CJK font with reportlab (embedded as a subset in every PDF).

    Returns
    -------
    str
        The reportlab font name to use in styles.

    Raises
    ------
    RuntimeError
        When the font package is missing: a report without it would show
        boxes instead of Chinese, so refuse rather than write it.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = cjk_font_path()
    if path is None:
        raise RuntimeError("the CJK font package paperang_p2_fonts_cjk is not installed; "
                           "expected fonts/wqy-microhei.ttc (reinstall the project)")
    pdfmetrics.registerFont(TTFont(REPORTLAB_FONT, str(path), subfontIndex=0))
    return REPORTLAB_FONT


@lru_cache(maxsize=1)
def matplotlib_font_family() -> str | None:
    """Add the CJK font to matplotlib's font manager; returns its family name (None when missing)."""
    from matplotlib import font_manager

    path = cjk_font_path()
    if path is None:
        return None
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()
