"""Rooftop panel on a Dask cluster (issue 16 item 5): the potential off the GUI thread with the window's progress
bar, and a scheduler that does not answer offers to run on this computer."""
from __future__ import annotations

import socket

import pandas as pd
import pytest

from app.layers.model import VectorLayer
from app.project import Project
from app.sample.sample_data import synthetic_city
from app.siting.rooftop import roof_potential
from tests.gui.map_fixtures import make_window

pytestmark = pytest.mark.gui


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _window_with(qtbot, buildings):
    project = Project("cluster")
    project.layers.append(VectorLayer("buildings", buildings))
    window = make_window(qtbot, project)
    return window, window.panel_docks["rooftop"].widget()


def _listed_potential(panel) -> dict:
    table = panel.building_table
    return {table.item(i, 0).text(): table.item(i, 6).text() for i in range(table.rowCount())}


def test_a_scheduler_that_does_not_answer_offers_to_run_here(qtbot, monkeypatch):
    address = f"tcp://127.0.0.1:{_free_port()}"  # nothing listens there
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", address)
    buildings = synthetic_city(300, seed=6)
    window, panel = _window_with(qtbot, buildings)
    task = panel.potential_task
    assert task is not None and "being computed on the Dask cluster at" in panel.list_label.text()
    qtbot.waitUntil(lambda: not task.is_running, timeout=60000)
    box = panel.cluster_question
    qtbot.waitUntil(box.isVisible, timeout=5000)
    assert f"No Dask scheduler answers at {address}" in box.text()
    assert getattr(window, "last_error_box", None) is None  # a question, not a failure
    here = next(b for b in box.buttons() if b.text() == "Run on this computer")
    here.click()
    second = panel.potential_task
    assert second is not task
    qtbot.waitUntil(lambda: not second.is_running, timeout=120000)
    qtbot.waitUntil(lambda: panel.building_table.rowCount() > 0, timeout=10000)
    # the list shows what the potential is in one process, computed directly
    pd.testing.assert_frame_equal(panel._potential, roof_potential(buildings), check_exact=True)
    assert "building(s), potential" in panel.list_label.text()  # the list, no longer the waiting note


def test_the_potential_runs_on_a_local_cluster_with_the_window_s_progress(qtbot, monkeypatch):
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "local")  # a local cluster whatever the size
    buildings = synthetic_city(600, seed=12)
    window, panel = _window_with(qtbot, buildings)
    task = panel.potential_task
    assert task is not None and "being computed on a local Dask cluster" in panel.list_label.text()
    seen = []
    task._signals.progress.connect(lambda fraction, text: seen.append((fraction, text)))
    qtbot.waitUntil(lambda: not task.is_running, timeout=180000)
    assert task.error is None, task.traceback_text
    tiles = [(fraction, text) for fraction, text in seen if "on a local Dask cluster" in text]
    assert len(tiles) > 2 and tiles[-1][0] > tiles[0][0]  # the bar moves as the tiles come back
    qtbot.waitUntil(lambda: panel.building_table.rowCount() > 0, timeout=10000)
    pd.testing.assert_frame_equal(panel._potential, roof_potential(buildings), check_exact=True)
    # a click on a roof meanwhile is answered from the roof and its halo, with the same numbers
    fid = buildings.index[5]
    panel.show_building(fid)
    assert panel.info_labels["building"].text().startswith(str(buildings.loc[fid, "bld_id"]))
