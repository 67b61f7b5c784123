"""The one Qt translation source is complete, current, compiled, and used by the real panels.

- ``resources/i18n`` holds one ``.ts`` per language and ``app/resources/i18n``
  exactly its compiled ``.qm``;
- every message has a finished translation (no ``unfinished``, ``obsolete`` or
  ``vanished`` entry: refresh.py runs lupdate with ``-no-obsolete``);
- the ``.ts`` holds exactly what the code translates: lupdate over ``app/``
  today leaves it byte for byte unchanged (a new ``tr()`` string fails until
  ``make translations`` has been run and the string translated);
- every context is a class of the app or a literal context of the code (lupdate
  files a string it misreads under a context nothing looks up);
- the ``.qm`` is exactly what lrelease makes of the ``.ts`` today (a stale or
  hand-edited ``.qm`` fails; file times are not used: git does not keep them);
- real panels in the main window switch to Chinese and back.
"""
from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

import pytest

from app.ui.i18n import I18N_DIR
from tests.gui.map_fixtures import demo_project, demo_project_session, make_window  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "i18n"
HAN = re.compile(r"[\u4e00-\u9fff]")


def _refresh_script():
    spec = importlib.util.spec_from_file_location("refresh", TS_DIR / "refresh.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


refresh = _refresh_script()


def test_one_ts_per_language_and_its_qm():
    assert sorted(p.name for p in TS_DIR.glob("*.ts")) == [refresh.ts_path(lang).name for lang in refresh.LANGUAGES]
    assert sorted(p.name for p in I18N_DIR.glob("*.qm")) == [refresh.qm_path(lang).name for lang in refresh.LANGUAGES]
    assert refresh.QM_DIR == I18N_DIR


@pytest.mark.parametrize("language", refresh.LANGUAGES)
def test_every_message_is_translated(language):
    ts = refresh.ts_path(language)
    kinds = {message.find("translation").get("type") for _, _, message, _ in refresh.messages(ts)}
    assert kinds <= {None}, f"{ts.name} has {kinds - {None}} entries: run make translations"
    assert refresh.unfinished(ts) == [], f"{ts.name}: translate these, then run make translations"
    # a floor against an emptied file (489 when the domain words moved to app.core.vocabulary)
    assert sum(1 for _ in refresh.messages(ts)) > 450


@pytest.mark.parametrize("language", refresh.LANGUAGES)
def test_ts_holds_exactly_what_the_code_translates(language):
    assert not refresh.stale(language), (
        f"lupdate changes {refresh.ts_path(language).name}: strings were added to or removed from the code; "
        "run make translations and translate what it lists")


def test_every_context_is_a_class_or_a_literal_context_of_the_code():
    known = set()
    for path in refresh.source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                known.add(node.name)
            elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in ("translate", "QT_TRANSLATE_NOOP"):
                    known.add(node.args[0].value)
    contexts = {ctx for ctx, *_ in refresh.messages(refresh.ts_path("zh_CN"))}
    assert contexts - known == set()


@pytest.mark.parametrize("language", refresh.LANGUAGES)
def test_qm_is_the_compiled_ts(language, tmp_path):
    ts, qm = refresh.ts_path(language), refresh.qm_path(language)
    assert qm.exists(), f"{qm.name} is missing: run make translations"
    fresh = tmp_path / qm.name
    refresh.lrelease(ts, fresh)
    assert fresh.read_bytes() == qm.read_bytes(), (
        f"{qm.name} is not what lrelease makes of {ts.name} (stale or edited by hand): run make translations")


def test_rooftop_panel_switches_to_chinese_and_back(qtbot, demo_project):
    window = make_window(qtbot, demo_project, "en")
    try:
        dock = window.panel_docks["rooftop"]
        panel = dock.widget()
        assert panel.import_button.text() == "Import buildings…"
        assert panel.tabs.tabText(0) == "Dashboard"

        window.language_manager.set_language("zh")
        assert dock.windowTitle() == "屋顶光伏"
        assert panel.import_button.text() == "导入建筑…"
        assert [panel.tabs.tabText(i) for i in range(3)] == ["总览", "核查", "参数假设"]
        assert panel.coverage_table.horizontalHeaderItem(7).text() == "覆盖率 [%]"  # module function
        assert panel.status_filter.itemText(0) == "待办：未装光伏或光伏面积未知"
        assert panel.status_filter.itemText(1) == "尚未安装光伏"
        assert HAN.search(panel.summary_label.text())
        assert "coverage" not in panel.summary_label.text().lower()
        assert HAN.search(panel.chart.plotted["ylabel"])  # a helper class with its own context

        window.language_manager.set_language("en")
        assert panel.import_button.text() == "Import buildings…"
        assert panel.status_filter.itemText(0) == "to do: without PV, or PV area unknown"
    finally:
        window.language_manager.set_language("en")
        window.close()


def test_panels_built_in_chinese_show_no_untranslated_fixed_text(qtbot, demo_project):
    """Fixed texts of the four panels (buttons, group boxes, tabs, headers) read in Chinese."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QTableWidget, QTabWidget

    window = make_window(qtbot, demo_project, "zh")
    try:
        english = []
        for key in ("rooftop", "siting", "progress", "island"):
            panel = window.panel_docks[key].widget()
            texts = [w.text() for w in panel.findChildren(QAbstractButton) if w.text()]
            texts += [w.title() for w in panel.findChildren(QGroupBox) if w.title()]
            for tabs in panel.findChildren(QTabWidget):
                texts += [tabs.tabText(i) for i in range(tabs.count())]
            for table in panel.findChildren(QTableWidget):
                texts += [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())
                          if table.horizontalHeaderItem(i) is not None]
            english += [f"{key}: {t}" for t in texts if not HAN.search(t) and re.search(r"[A-Za-z]{3,}", t)
                        and t not in ("DPI",)]
        assert english == []
    finally:
        window.language_manager.set_language("en")
        window.close()
