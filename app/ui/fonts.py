"""The shipped CJK font (WenQuanYi Micro Hei), loaded into Qt once per process.

The file ships inside the package (see :mod:`app.core.fonts`, the one lookup),
so Chinese labels and menus never render as empty boxes, whatever fonts the
system has.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.core.fonts import FALLBACK_FAMILIES, cjk_font_path

_loaded_families: list[str] | None = None


def load_cjk_font() -> list[str]:
    """Register the shipped CJK font with Qt; returns its family names.

    The collection holds two faces, so the list is ``["WenQuanYi Micro Hei",
    "WenQuanYi Micro Hei Mono"]``.

    Raises
    ------
    FileNotFoundError
        When the font file is missing (a broken installation).
    RuntimeError
        When Qt cannot read it (a damaged file): Chinese would show as boxes.
    """
    global _loaded_families
    if _loaded_families is not None:
        return _loaded_families
    path = cjk_font_path()
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        raise RuntimeError(f"Qt could not load the CJK font {path} (reinstall LYG Siting)")
    _loaded_families = list(QFontDatabase.applicationFontFamilies(font_id))
    return _loaded_families


def cjk_family() -> str:
    """The family to use for Chinese text (the shipped face 0)."""
    return load_cjk_font()[0]


def apply_app_font(app: QApplication) -> None:
    """Make the CJK family the application font, the platform's family after it.

    The shipped font also covers Latin, so putting it first gives one
    consistent look; the platform family and common system CJK families
    follow (``QFont.setFamilies`` order) for anything it lacks.
    """
    families = load_cjk_font()
    font = QFont(app.font())
    base = font.family()
    ordered = families + [f for f in [base] + FALLBACK_FAMILIES if f not in families]
    font.setFamilies(ordered)
    app.setFont(font)
