"""Qt loads the shipped CJK font and resolves Chinese characters to it (no boxes)."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontInfo, QRawFont

from app.core.fonts import CJK_FAMILY

SAMPLE_ZH = "连云港市赣榆区屋顶光伏覆盖率"


def test_qt_loads_the_shipped_font_and_has_its_chinese_glyphs(qapp):
    from app.ui.fonts import cjk_family, load_cjk_font

    families = load_cjk_font()
    assert families[0] == CJK_FAMILY == cjk_family()
    assert "WenQuanYi Micro Hei Mono" in families
    font = QFont(CJK_FAMILY)
    font.setPixelSize(16)
    # Qt picked the shipped family itself, not a substitute
    assert QFontInfo(font).family() == CJK_FAMILY
    raw = QRawFont.fromFont(font)
    assert raw.isValid() and raw.familyName() == CJK_FAMILY
    assert all(raw.supportsCharacter(ord(ch)) for ch in SAMPLE_ZH)
    assert 0 not in raw.glyphIndexesForString(SAMPLE_ZH)  # glyph 0 is the missing-glyph box
    assert not raw.supportsCharacter(0x1F600)  # the check can fail: no emoji in this font
