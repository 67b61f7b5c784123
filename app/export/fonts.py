"""The shipped CJK font for reports: registered with reportlab and matplotlib.

The font (WenQuanYi Micro Hei, ``app/resources/fonts``, see
:mod:`app.core.fonts`) ships inside the package, so PDFs and charts show
Chinese text instead of empty boxes on any machine. Qt-free (the GUI loads
the same file through ``app/ui/fonts.py``).
"""
from __future__ import annotations

from functools import lru_cache

from app.core.fonts import cjk_font_path, matplotlib_font_family  # noqa: F401  (re-exported for reports)

#: Name under which the font is registered with reportlab.
REPORTLAB_FONT = "WQYMicroHei"


@lru_cache(maxsize=1)
def register_reportlab_font() -> str:
    """Register the CJK font with reportlab (embedded as a subset in every PDF).

    Returns
    -------
    str
        The reportlab font name to use in styles.

    Raises
    ------
    FileNotFoundError
        When the shipped font is missing (a broken installation): a report
        without it would show boxes instead of Chinese, so refuse rather than
        write it.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    # face 0 of the collection is WenQuanYi Micro Hei (face 1 is the Mono face)
    pdfmetrics.registerFont(TTFont(REPORTLAB_FONT, str(cjk_font_path()), subfontIndex=0))
    return REPORTLAB_FONT
