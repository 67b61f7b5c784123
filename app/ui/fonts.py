"""The bundled CJK font (WenQuanYi Micro Hei), loaded once per process.

It installs with the project (package ``paperang_p2_fonts_cjk``), so Chinese
labels and menus never render as empty boxes, whatever fonts the system has.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.core.fonts import FALLBACK_FAMILIES, cjk_font_path

_loaded_families: list[str] | None = None


def load_cjk_font() -> list[str]:
    """Register the bundled CJK font with Qt; returns its family names (may be empty)."""
    global _loaded_families
    if _loaded_families is not None:
        return _loaded_families
    path = cjk_font_path()
    families: list[str] = []
    if path is not None:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families = list(QFontDatabase.applicationFontFamilies(font_id))
    _loaded_families = families
    return families


def cjk_family() -> str:
    """The family to use for Chinese text (bundled one when available)."""
    families = load_cjk_font()
    return families[0] if families else FALLBACK_FAMILIES[0]


def apply_app_font(app: QApplication) -> None:
    """Make the CJK family the fallback of the application font.

    Latin text keeps the platform's UI family; characters it lacks fall back
    to the bundled CJK family (``QFont.setFamilies`` order).
    """
    families = load_cjk_font()
    font = QFont(app.font())
    base = font.family()
    ordered = [base] + [f for f in families + FALLBACK_FAMILIES if f != base]
    if families:
        # the bundled font also covers Latin; putting it first gives one consistent look offscreen
        ordered = families + [f for f in ordered if f not in families]
    font.setFamilies(ordered)
    app.setFont(font)
