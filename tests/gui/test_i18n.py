"""Language switching and the bundled CJK font."""
from __future__ import annotations

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
    window = make_window(qtbot, demo_project, "zh", panels=True)  # as a user has it: every panel retranslates
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:2] == ["文件(&F)", "编辑(&E)"]
    assert window.layer_dock.windowTitle() == "图层"
    tree = window.layer_tree.layer_model
    assert tree.data(tree.index(demo_project.layers.index("counties"))) == "县区边界"

    window.language_actions["en"].trigger()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:6] == ["&File", "&Edit", "&View", "La&yer", "&Language", "&Help"]
    assert window.layer_dock.windowTitle() == "Layers"
    assert tree.data(tree.index(demo_project.layers.index("counties"))) == "County boundaries"
    assert "Buildings (sample data)" in tree.data(tree.index(demo_project.layers.index("buildings")))

    window.language_actions["zh"].trigger()
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    window.language_manager.set_language("en")
    window.close()


def test_qt_dialogs_speak_the_ui_language(qtbot):
    """Qt's own texts (standard buttons) come from PySide6's qtbase_zh_CN.qm."""
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from app.ui.i18n import LanguageManager

    manager = LanguageManager(QApplication.instance())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    try:
        assert manager.set_language("zh")  # True: the application's .qm was found
        assert cancel.text() == "取消"
        manager.set_language("en")
        assert cancel.text() == "Cancel"
    finally:
        manager.set_language("en")


def test_default_language_follows_the_system_locale():
    from PySide6.QtCore import QLocale

    from app.ui.i18n import system_language

    expected = "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"
    assert system_language() == expected
