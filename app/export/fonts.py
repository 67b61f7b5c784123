"""The bundled CJK font for reports: registered with reportlab and matplotlib.

The font (WenQuanYi Micro Hei, package ``paperang_p2_fonts_cjk``) installs
with the project, so PDFs and charts show Chinese text instead of empty
boxes on any machine. Qt-free (the GUI loads the same file through
``app/ui/fonts.py``).
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
