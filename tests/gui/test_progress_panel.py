"""Progress panel: rows, badges, bars and the add-entry form, driven as a user would."""
from __future__ import annotations


import pytest
from PySide6.QtCore import QDate, Qt

from app.project import Project
from app.ui.panels import progress_panel
from tests.gui.panel_fakes import fake_window


@pytest.fixture
def panel(qtbot):
    project = Project("t")
    window = fake_window(project)
    widget = progress_panel.create_panel(window)
    qtbot.addWidget(widget)
    widget.resize(720, 900)
    widget.show()
    return widget


def test_one_row_per_target_with_no_data_badges(panel):
    assert len(panel.rows) >= 16
    row = panel.rows["green_travel_share"]
    assert row["badge"].text() == "no data"
    assert "#9e9e9e" in row["badge"].styleSheet()
    assert row["value"].text() == "— / 70 %"
    assert "Plan clause III.(4).5" in row["title"].toolTip()  # cited in the UI's language (English here)
    assert row["bar"].text() == "—"
    assert "16 without data" in panel.header.text() or "without data" in panel.header.text()


def _fill(panel, qtbot, target_id, when, value, source):
    panel.target_combo.setCurrentIndex(panel.target_combo.findData(target_id))
    panel.date_edit.setDate(QDate.fromString(when, "yyyy-MM-dd"))
    panel.value_edit.clear()
    qtbot.keyClicks(panel.value_edit, value)
    # QTest.keyClicks only types ASCII (it asserts on CJK), so the Chinese source is set like an input method would
    panel.source_edit.setText(source)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


def test_adding_entries_updates_row_bar_and_trend(panel, qtbot):
    _fill(panel, qtbot, "provincial_efficiency_leaders", "2023-06-30", "2", "市机关事务管理局")
    row = panel.rows["provincial_efficiency_leaders"]
    assert row["value"].text() == "2 / 5 count"
    assert row["bar"].value() == 400  # 2 of 5 from a baseline of 0
    _fill(panel, qtbot, "provincial_efficiency_leaders", "2024-06-30", "5", "市机关事务管理局")
    row = panel.rows["provincial_efficiency_leaders"]
    assert row["badge"].text() == "met" and "#1a9641" in row["badge"].styleSheet()
    assert row["bar"].text() == "100 %"
    assert row["sparkline"].trend == [("2023-06-30", 2.0), ("2024-06-30", 5.0)]
    assert len(row["sparkline"].points()) == 2
    assert "Recorded 5" in panel.form_message.text()
    entries = panel.window.project.tables["progress_entries"]
    assert list(entries["value"]) == [2.0, 5.0]


def test_bad_entries_are_explained_in_the_form(panel, qtbot):
    _fill(panel, qtbot, "green_travel_share", "2023-06-30", "120", "市交通局")
    assert "outside the physical limits 0..100" in panel.form_message.text()
    _fill(panel, qtbot, "green_travel_share", "2023-06-30", "abc", "市交通局")
    assert "expected a number" in panel.form_message.text()
    _fill(panel, qtbot, "green_travel_share", "2023-06-30", "60", "")
    assert "expected a source" in panel.form_message.text()
    _fill(panel, qtbot, "green_travel_share", "2023-06-30", "60", "市交通局")
    _fill(panel, qtbot, "green_travel_share", "2022-06-30", "58", "市交通局")
    assert "dates out of order" in panel.form_message.text()
    assert len(panel.window.project.tables["progress_entries"]) == 1
    assert panel.window.errors == []


def test_undo_removes_the_entry_from_the_panel(panel, qtbot):
    _fill(panel, qtbot, "green_malls_share", "2024-01-31", "30", "市商务局")
    assert panel.rows["green_malls_share"]["value"].text() == "30 / 50 %"
    panel.window.project.undo_stack.undo()
    assert panel.rows["green_malls_share"]["value"].text() == "— / 50 %"


def test_target_titles_follow_the_ui_language(panel):
    from PySide6.QtCore import QLocale

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English))
        panel.refresh()
        assert "Green travel" in panel.rows["green_travel_share"]["title"].text()
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        panel.refresh()
        assert "城区常住人口绿色出行比例" in panel.rows["green_travel_share"]["title"].text()
    finally:
        QLocale.setDefault(before)
