"""Island panel: run through run_task, summary numbers, week chart, planned vs built."""
from __future__ import annotations

import types

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.sample.demo import build_demo_project
from app.ui.panels import island_panel


@pytest.fixture(scope="module")
def demo_project():
    return build_demo_project()


def _window(project):
    errors, titles = [], []

    def run_task(title, fn, done, cancellable=True):
        titles.append(title)
        done(fn(lambda *a: True))

    window = types.SimpleNamespace(project=project, canvas=None, show_error=errors.append, run_task=run_task)
    window.errors, window.titles = errors, titles
    return window


def test_run_shows_summary_chart_and_built_share(qtbot, demo_project):
    window = _window(demo_project)
    panel = island_panel.create_panel(window)
    qtbot.addWidget(panel)
    panel.resize(700, 1000)
    panel.show()
    assert panel.summary_values["wind_mwh"].text() == "—"
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert window.titles == ["Energy-island balance"] and window.errors == []
    doc = panel.run_result.to_dict()
    assert panel.summary_values["hydrogen_t"].text() == f"{doc['hydrogen_t']:,.1f}"
    assert float(panel.summary_values["wind_mwh"].text().replace(",", "")) > 0
    assert "Weather: LYG default typical year" in panel.status_label.text()
    # the chart: two stacked axes for the chosen week
    axes = panel.figure.axes
    assert len(axes) == 2 and len(axes[0].collections) == 3 and len(axes[1].collections) == 4
    week = panel.week_frame()
    assert len(week) == 168 and week.index[0].strftime("%m-%d") == "07-02"  # week 27 starts on day 183
    panel.week_spin.setValue(2)
    assert panel.week_frame().index[0].strftime("%m-%d") == "01-08"
    # the uses stacked below add up to generation plus storage discharge (discharge feeds export/electrolyser)
    w = panel.week_frame()
    uses = w[list(island_panel.USE_COLORS)].sum(axis=1) - w["storage_discharge_mw"]
    np.testing.assert_allclose(uses, w["generation_mw"], atol=1e-9)
    # planned vs built: everything in the sample island is planned
    kinds = [panel.share_table.item(i, 0).text() for i in range(panel.share_table.rowCount())]
    assert "offshore wind" in kinds and "export cable" in kinds
    row = kinds.index("offshore wind")
    assert panel.share_table.item(row, 1).text() == "700" and panel.share_table.item(row, 3).text() == "0 %"
    assert panel.run_button.isEnabled()


def test_built_only_on_an_all_planned_island_says_no_generation(qtbot, demo_project):
    window = _window(demo_project)
    panel = island_panel.create_panel(window)
    qtbot.addWidget(panel)
    panel.built_only.setChecked(True)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert "No generation" in panel.status_label.text()
    assert panel.summary_values["curtailed_mwh"].text() == "0.0"


def test_errors_go_to_the_window(qtbot):
    from app.project import Project

    window = _window(Project("empty"))
    panel = island_panel.create_panel(window)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert len(window.errors) == 1 and "no 'island_components' layer" in str(window.errors[0])
    assert "no 'island_components' layer" in panel.status_label.text()
    assert panel.run_button.isEnabled()


def test_a_failed_task_reenables_run_and_says_why(qtbot, demo_project):
    """With the window's real TaskHandle (its finished signal has no arguments)."""
    from app.core.errors import CancelledError
    from app.ui.tasks import TaskHandle

    handles = []

    def run_task(title, fn, done, cancellable=True):
        handle = TaskHandle(title, cancellable)
        handles.append(handle)
        return handle  # the work "fails": done is never called

    window = types.SimpleNamespace(project=demo_project, canvas=None, show_error=lambda e: None, run_task=run_task)
    panel = island_panel.create_panel(window)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert not panel.run_button.isEnabled()
    handles[0].error = CancelledError("cancelled by the user")
    handles[0].finished.emit()
    assert panel.run_button.isEnabled()
    assert "cancelled by the user" in panel.status_label.text()
