"""The shipped CJK font: in the package with its licence, TrueType outlines,
GB2312 coverage, embedded by reportlab and used by matplotlib without missing glyphs."""
from __future__ import annotations

import hashlib
import re
import warnings

from fontTools.ttLib import TTFont as FontToolsFont
from pypdf import PdfReader

from app.core.fonts import CJK_FAMILY, cjk_font_path, cjk_licence_path, matplotlib_font_family

SAMPLE_ZH = "连云港市赣榆区屋顶光伏覆盖率"


def _gb2312_characters() -> set[str]:
    """Every character of GB2312 (rows 0xA1-0xF7, cells 0xA1-0xFE): 7,445 in all."""
    chars = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def test_font_ships_in_the_package_with_its_licence_and_source():
    font = cjk_font_path()
    assert font.parent.name == "fonts" and font.parent.parent.name == "resources"
    licence = cjk_licence_path()
    assert licence.parent == font.parent
    assert "Apache License" in licence.read_text(encoding="utf-8")
    assert "Version 2.0" in licence.read_text(encoding="utf-8")
    readme = (font.parent / "README.md").read_text(encoding="utf-8")
    # the README names the source, the version and the checksum of the very file shipped
    assert "fonts-wqy-microhei" in readme and "0.2.0-beta" in readme
    digest = re.search(r"`([0-9a-f]{64})`", readme).group(1)
    assert hashlib.sha256(font.read_bytes()).hexdigest() == digest
    assert "Apache-2.0 or GPL-3+ with Font exception" in (font.parent / "debian-copyright.txt").read_text()


def test_font_has_truetype_outlines_and_covers_gb2312():
    face = FontToolsFont(str(cjk_font_path()), fontNumber=0)
    assert face["name"].getDebugName(1) == CJK_FAMILY
    # reportlab embeds only glyf (TrueType) outlines; it rejects CFF-flavoured OpenType
    assert "glyf" in face and "CFF " not in face
    cmap = face.getBestCmap()
    gb2312 = _gb2312_characters()
    assert len(gb2312) == 7445
    assert sorted(c for c in gb2312 if ord(c) not in cmap) == []
    # Latin and the symbols the reports print
    assert all(ord(c) in cmap for c in "AZaz09%°²‰·—")


def test_reportlab_embeds_the_font_in_a_pdf(tmp_path):
    from reportlab.pdfgen import canvas

    from app.export.fonts import register_reportlab_font

    name = register_reportlab_font()
    path = tmp_path / "zh.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont(name, 14)
    pdf.drawString(72, 720, SAMPLE_ZH)
    pdf.save()

    page = PdfReader(path).pages[0]
    fonts = page["/Resources"]["/Font"]
    descriptors = [fonts[key].get_object()["/FontDescriptor"].get_object()
                   for key in fonts if "/FontDescriptor" in fonts[key].get_object()]
    embedded = [d for d in descriptors if "WenQuanYiMicroHei" in d["/FontName"]]
    assert embedded, [d["/FontName"] for d in descriptors]
    # /FontFile2 is an embedded TrueType program (a subset: reportlab writes only used glyphs)
    assert all("/FontFile2" in d for d in embedded)
    assert sum(len(d["/FontFile2"].get_object().get_data()) for d in embedded) > 1000
    assert SAMPLE_ZH in page.extract_text()


def test_matplotlib_draws_chinese_with_the_shipped_font():
    from matplotlib import font_manager
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    assert matplotlib_font_family() == CJK_FAMILY
    found = font_manager.findfont(font_manager.FontProperties(family=CJK_FAMILY), fallback_to_default=False)
    assert font_manager.get_font(found).fname == font_manager.get_font(str(cjk_font_path())).fname
    fig = Figure(figsize=(3, 1))
    FigureCanvasAgg(fig)
    fig.text(0.1, 0.5, SAMPLE_ZH, family=CJK_FAMILY)
    with warnings.catch_warnings():
        # matplotlib warns "Glyph ... missing from font(s)" where it would draw a box
        warnings.simplefilter("error", UserWarning)
        fig.canvas.draw()
