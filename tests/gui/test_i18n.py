"""Language switching and the bundled CJK font."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from tests.gui.map_fixtures import demo_project, demo_project_session, make_window  # noqa: F401


def test_cjk_font_is_loaded_and_used(qapp):
    from app.ui.fonts import cjk_family
    from app.ui.main import create_application

    app = create_application()
    assert any("WenQuanYi" in family for family in QFontDatabase.families())
    assert "WenQuanYi" in cjk_family()
    assert any("WenQuanYi" in f for f in app.font().families())


def test_language_switch_changes_the_menus(qtbot, demo_project):
    window = make_window(qtbot, demo_project, "zh")
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:2] == ["文件(&F)", "编辑(&E)"]
    assert window.layer_dock.windowTitle() == "图层"
    tree = window.layer_tree.layer_model
    assert tree.data(tree.index(demo_project.layers.index("counties"))) == "县区边界"

    window.language_actions["en"].trigger()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:5] == ["&File", "&Edit", "&View", "&Language", "&Help"]
    assert window.layer_dock.windowTitle() == "Layers"
    assert tree.data(tree.index(demo_project.layers.index("counties"))) == "County boundaries"
    assert "Buildings (sample data)" in tree.data(tree.index(demo_project.layers.index("buildings")))

    window.language_actions["zh"].trigger()
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    window.language_manager.set_language("en")
    window.close()


def test_every_source_string_has_a_chinese_translation():
    import xml.etree.ElementTree as ET

    from app.ui.i18n import I18N_DIR

    tree = ET.parse(Path(__file__).resolve().parents[2] / "resources" / "i18n" / "lygsite_zh_CN.ts")
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert unfinished == []
    assert (I18N_DIR / "lygsite_zh_CN.qm").exists()


def test_default_language_follows_the_system_locale():
    from PySide6.QtCore import QLocale

    from app.ui.i18n import system_language

    expected = "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"
    assert system_language() == expected
