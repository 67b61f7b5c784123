"""Cancellable long operations leave the project as it was (app.core.tasks)."""
from __future__ import annotations

import pytest

from app.sample.demo import build_demo_project
from app.core.errors import CancelledError, InputError
from app.layers.edits import SetAttributes
from app.layers.model import VectorLayer
from app.core.tasks import run_cancellable, run_transactional


def test_progress_reports_and_result():
    seen = []

    def count(progress):
        for i in range(4):
            progress(i / 4, f"step {i}")
        return "done"

    assert run_cancellable(count, lambda f, t: seen.append((f, t))) == "done"
    assert [f for f, _ in seen] == [0.0, 0.0, 0.25, 0.5, 0.75, 1.0]


def test_cancel_stops_at_the_next_report():
    steps = []

    def work(progress):
        for i in range(100):
            steps.append(i)
            progress(i / 100, "working")

    with pytest.raises(CancelledError, match="cancelled at 3%: working; nothing was changed"):
        run_cancellable(work, lambda f, t: f < 0.03)
    assert steps == [0, 1, 2, 3]


def _snapshot(project):
    return ({l.name: l.gdf.copy() for l in project.layers.vector_layers()},
            {k: v.copy() for k, v in project.tables.items()}, dict(project.meta), project.layers.names())


def _assert_unchanged(project, before):
    layers, tables, meta, names = before
    assert project.layers.names() == names
    for name, gdf in layers.items():
        assert project.vector(name).gdf.equals(gdf), name
    for name, table in tables.items():
        assert project.tables[name].equals(table), name
    assert project.meta == meta


@pytest.mark.parametrize("error", [CancelledError, InputError])
def test_cancelled_or_failed_task_restores_layers_tables_meta_and_undo(error):
    project = build_demo_project()
    before = _snapshot(project)
    depth = project.undo_stack.can_undo

    def rooftop_like_task(progress):
        buildings = project.vector("buildings")
        gdf = buildings.gdf
        gdf.loc[gdf.index[:100], "pv_status"] = "installed"  # changed in place
        buildings.set_gdf(gdf.iloc[:-10])
        project.undo_stack.push(SetAttributes(buildings, [gdf.index[200]], {"auditor": "task"}))
        project.append_rows("audit_log", [{"time": "t", "user": "u", "layer": "buildings", "action": "bulk"}])
        project.layers.append(VectorLayer("scratch", buildings.gdf.iloc[:3]))
        project.layers.remove("turbines")
        project.meta["last_run"] = "now"
        progress(0.5, "half way")
        if error is InputError:
            raise InputError("expected a roof type, got 'dome'")

    with pytest.raises(error):
        run_transactional(project, rooftop_like_task, (lambda f, t: f < 0.5) if error is CancelledError else None,
                          layers=["buildings"], tables=["audit_log"])
    _assert_unchanged(project, before)
    assert project.undo_stack.can_undo == depth


def test_completed_task_keeps_its_changes():
    project = build_demo_project()

    def task(progress):
        project.vector("buildings").set_gdf(project.vector("buildings").gdf.iloc[:5])
        return 5

    assert run_transactional(project, task, lambda f, t: True, layers=["buildings"]) == 5
    assert project.vector("buildings").feature_count == 5
