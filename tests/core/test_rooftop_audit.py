"""Audit edits: validation, append-only audit_log, undo/redo, filters, and the saved project."""
from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from app.core.errors import InputError
from app.layers.model import VectorLayer
from app.project import Project
from app.siting.audit import filter_mask, set_audit
from app.siting.coverage import coverage_rows
from tests.core.test_rooftop_fixture import GANYU, HAIZHOU, fixture_buildings


def _project() -> Project:
    project = Project(title="audit test")
    project.layers.append(VectorLayer("buildings", fixture_buildings()))
    return project


def _clock():
    ticks = iter(f"2025-06-01T09:00:{s:02d}+08:00" for s in range(60))
    return lambda: next(ticks)


def test_audit_sets_values_and_logs_each_field():
    project = _project()
    gdf = project.vector("buildings").gdf
    set_audit(project, [1], {"pv_status": "installed", "pv_area_m2": 150.0, "audit_date": "2025-06-01"},
              user="张工", clock=_clock())
    assert gdf.loc[1, "pv_status"] == "installed" and gdf.loc[1, "pv_area_m2"] == 150.0
    assert gdf.loc[1, "auditor"] == "张工"  # stamped with the user
    log = project.tables["audit_log"]
    assert list(log.columns) == ["time", "user", "layer", "feature_id", "field", "old", "new", "action"]
    assert log[["feature_id", "field", "old", "new", "action"]].values.tolist() == [
        ["B2", "pv_status", "none", "installed", "edit"],
        ["B2", "pv_area_m2", "", "150", "edit"],
        ["B2", "audit_date", "", "2025-06-01", "edit"],
        ["B2", "auditor", "", "张工", "edit"],
    ]
    assert set(log["user"]) == {"张工"}
    # B2 now counts: Haizhou public = (300 + 150) / 1100
    row = next(r for r in coverage_rows(gdf) if r["adcode"] == HAIZHOU and r["category"] == "public_institution")
    assert_allclose(row["coverage_pct"], 450 / 1100 * 100, atol=1e-3)


def test_undo_restores_values_and_appends_undo_rows():
    project = _project()
    gdf = project.vector("buildings").gdf
    set_audit(project, [1], {"pv_status": "verified", "pv_kwp": 40.0}, user="李工", stamp=False, clock=_clock())
    project.undo_stack.undo()
    assert gdf.loc[1, "pv_status"] == "none" and np.isnan(gdf.loc[1, "pv_kwp"])
    project.undo_stack.redo()
    assert gdf.loc[1, "pv_status"] == "verified"
    log = project.tables["audit_log"]
    assert log["action"].tolist() == ["edit", "edit", "undo", "undo", "redo", "redo"]
    undo_rows = log[log["action"] == "undo"]
    assert undo_rows[["field", "old", "new"]].values.tolist() == [["pv_status", "verified", "none"],
                                                                  ["pv_kwp", "40", ""]]


def test_invalid_audit_values_are_refused_and_nothing_is_logged():
    project = _project()
    with pytest.raises(InputError, match="pv_status: expected one of none, planned, installed, verified"):
        set_audit(project, [0], {"pv_status": "done"})
    with pytest.raises(InputError, match="larger than the roof of B1"):
        set_audit(project, [0], {"pv_area_m2": 801.0})  # B1 roof is 40 x 20 = 800 m2
    with pytest.raises(InputError, match="expected a number >= 0"):
        set_audit(project, [0], {"pv_kwp": -5})
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        set_audit(project, [0], {"audit_date": "1/6/2025"})
    with pytest.raises(InputError, match="no building selected"):
        set_audit(project, [], {"pv_status": "none"})
    assert project.tables["audit_log"].empty
    assert not project.undo_stack.can_undo


def test_audit_log_survives_save_and_reopen(tmp_path):
    project = _project()
    set_audit(project, [0, 3], {"pv_status": "verified"}, user="王工", stamp=False, clock=_clock())
    path = project.save(tmp_path / "audit.gpkg")
    reopened = Project.open(path)
    log = reopened.tables["audit_log"]
    assert log["feature_id"].tolist() == ["B1", "B4"] and set(log["new"]) == {"verified"}
    assert reopened.vector("buildings").gdf["pv_status"].tolist()[3] == "verified"


def test_filters():
    gdf = fixture_buildings()
    assert gdf[filter_mask(gdf, county=GANYU)]["bld_id"].tolist() == ["B7", "B8"]
    assert gdf[filter_mask(gdf, category="factory", is_new=1)]["bld_id"].tolist() == ["B3", "B4", "B7"]
    assert gdf[filter_mask(gdf, status="without_pv")]["bld_id"].tolist() == ["B2", "B4"]
    assert gdf[filter_mask(gdf, status="installed", county=HAIZHOU)]["bld_id"].tolist() == ["B1", "B5", "B6"]
    with pytest.raises(InputError, match="status filter"):
        filter_mask(gdf, status="maybe")
