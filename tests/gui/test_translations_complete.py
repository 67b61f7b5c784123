"""Every Qt translation file is complete, compiled from its source, and used by the real panels.

- each ``resources/i18n/*.ts`` has a finished, non-empty translation for every
  message it holds (obsolete/vanished entries are not shown and not checked);
- each ``.qm`` is exactly what lrelease makes of its ``.ts`` today (a stale or
  hand-edited ``.qm`` fails; file times are not used: git does not keep them);
- the per-module ``.ts`` files of ``update_panel_translations.py`` hold exactly
  the strings the code translates (a new ``tr()`` string fails until the script
  has been run and the string translated);
- a real panel in the main window switches to Chinese and back.
"""
from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.ui.i18n import I18N_DIR
from tests.gui.map_fixtures import demo_project, demo_project_session, make_window  # noqa: F401

#: .ts sources live in the repository; compiled .qm ship inside the package.
TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
TS_FILES = sorted(TS_DIR.glob("*.ts"))
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
HAN = re.compile(r"[\u4e00-\u9fff]")


def _update_script():
    spec = importlib.util.spec_from_file_location("update_panel_translations",
                                                  TS_DIR / "update_panel_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_translation_files_exist():
    names = {p.name for p in TS_FILES}
    assert {"lygsite_zh_CN.ts", "yield_panel_zh_CN.ts", "rooftop_panel_zh_CN.ts", "siting_panel_zh_CN.ts",
            "progress_panel_zh_CN.ts", "island_panel_zh_CN.ts"} <= names


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(ts):
    unfinished = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = [] if translation is None else translation.findall("numerusform")
            texts = [n.text for n in numerus] if numerus else [None if translation is None else translation.text]
            if kind is not None or not all(t and t.strip() for t in texts):
                unfinished.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    assert unfinished == [], f"{ts.name}: untranslated or unfinished:\n" + "\n".join(unfinished)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_qm_is_the_compiled_ts(ts, tmp_path):
    qm = I18N_DIR / ts.with_suffix(".qm").name
    assert qm.exists(), f"{qm.name} is missing: run lrelease (resources/i18n/update_*translations.py)"
    fresh = tmp_path / qm.name
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == qm.read_bytes(), (
        f"{qm.name} is not what lrelease makes of {ts.name} (stale or edited by hand): run "
        "resources/i18n/update_panel_translations.py or update_translations.py")


def test_no_qm_without_its_ts():
    orphans = [qm.name for qm in I18N_DIR.glob("*.qm") if not (TS_DIR / qm.with_suffix(".ts").name).exists()]
    assert orphans == []


def test_panel_ts_files_hold_what_the_code_translates():
    script = _update_script()
    stale = {}
    for module in script.MODULES:
        in_code = {(ctx, src) for ctx, src, _ in script.messages(script.extract(module))}
        ts = script.ts_path(module)
        in_ts = {(ctx, src) for ctx, src, _ in script.messages(ET.parse(ts))} if ts.exists() else set()
        if in_code != in_ts:
            stale[module] = {"new in code": sorted(in_code - in_ts), "gone from code": sorted(in_ts - in_code)}
    assert stale == {}, f"run resources/i18n/update_panel_translations.py: {stale}"


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
        assert panel.coverage_table.horizontalHeaderItem(6).text() == "覆盖率 [%]"
        assert panel.status_filter.itemText(0) == "尚未安装光伏"
        assert HAN.search(panel.summary_label.text())
        assert "coverage" not in panel.summary_label.text().lower()

        window.language_manager.set_language("en")
        assert panel.import_button.text() == "Import buildings…"
        assert panel.status_filter.itemText(0) == "still without PV"
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
