"""Plan targets: transcription against the plan text, validation, project storage."""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from app.core.errors import InputError
from app.project import Project
from app.siting.plan_targets import project_targets, shipped_targets, target_by_id, validate_targets

from tests.shared_data import PLAN_TEXT as PLAN

# Hand transcription of the list (the reference the JSON must match):
# id -> (target, unit, direction)
EXPECTED = {
    "energy_per_gdp": (-14.0, "%", "decrease"),
    "industrial_energy_intensity": (-17.0, "%", "decrease"),
    "renewable_capacity_share": (40.0, "%", "at_least"),
    "waste_heat_power_capacity": (50.0, "%", "increase"),
    "new_roof_pv_coverage": (50.0, "%", "at_least"),
    "building_renewable_substitution": (8.0, "%", "at_least"),
    "existing_building_retrofit": (1_500_000.0, "m2", "increase"),
    "high_quality_green_buildings": (150_000.0, "m2", "increase"),
    "green_building_standard_share": (100.0, "%", "at_least"),
    "public_institution_energy_per_m2": (-6.5, "%", "decrease"),
    "public_institution_energy_per_capita": (-7.0, "%", "decrease"),
    "provincial_demonstration_units": (20.0, "count", "increase"),
    "provincial_efficiency_leaders": (5.0, "count", "increase"),
    "green_travel_share": (70.0, "%", "at_least"),
    "container_rail_water": (880_000.0, "TEU", "at_least"),
    "green_malls_share": (50.0, "%", "at_least"),
}


def test_every_required_target_is_transcribed_with_its_number():
    targets = shipped_targets().set_index("id")
    assert set(EXPECTED) <= set(targets.index)
    for tid, (target, unit, direction) in EXPECTED.items():
        row = targets.loc[tid]
        np.testing.assert_allclose(row["target"], target, rtol=0, atol=0, err_msg=tid)
        assert row["unit"] == unit, tid
        assert row["direction"] == direction, tid
        assert row["deadline"] == "2025-12-31"
        assert row["title_zh"] and row["title_en"] and row["metric"]


@pytest.mark.skipif(not PLAN.exists(), reason="plan text not available beside the repository")
def test_quotes_are_found_in_the_plan_under_their_clause():
    lines = PLAN.read_text(encoding="utf-8").splitlines()
    for _, row in shipped_targets().iterrows():
        quote = row["source_quote"]
        hits = [i for i, line in enumerate(lines) if quote in line]
        assert hits, f"{row['id']}: quote not in the plan: {quote}"
        i = hits[0]
        clause = row["source_clause"]
        if clause == "二、主要目标":
            start = next(k for k, line in enumerate(lines) if line.startswith("二、主要目标"))
            end = next(k for k, line in enumerate(lines) if line.startswith("三、"))
            assert start < i < end, row["id"]
            continue
        m = re.fullmatch(r"三、（(\d)）(\d)", clause)
        assert m, f"{row['id']}: clause {clause!r} not in the form 三、（n）m"
        group, item = m.groups()
        assert lines[i].startswith(f"{item}."), f"{row['id']}: the quote's paragraph is not item {item}"
        heading = next(lines[k] for k in range(i, -1, -1) if lines[k].startswith("（"))
        assert heading.startswith(f"（{group}）"), f"{row['id']}: the quote is under {heading[:6]!r}"


def test_project_without_targets_gets_the_shipped_ones_and_keeps_them(tmp_path):
    project = Project("t")
    assert project.tables["plan_targets"].empty
    targets = project_targets(project)
    assert len(project.tables["plan_targets"]) == len(targets) >= 16
    project.save(tmp_path / "p.gpkg")
    reopened = Project.open(tmp_path / "p.gpkg")
    again = project_targets(reopened, write=False)
    pd.testing.assert_series_equal(again["target"], targets["target"])
    assert list(again["source_clause"]) == list(targets["source_clause"])
    assert np.isnan(again.set_index("id").loc["renewable_capacity_share", "baseline"])


def test_a_project_may_adjust_a_target():
    project = Project("t")
    table = shipped_targets()
    table.loc[table["id"] == "green_travel_share", "target"] = 75.0
    project.set_table("plan_targets", table)
    assert target_by_id(project_targets(project), "green_travel_share")["target"] == 75.0


@pytest.mark.parametrize("column, value, expected", [
    ("direction", "sideways", "direction expected one of"),
    ("deadline", "end of 2025", "deadline expected an ISO date"),
    ("target", 120.0, "outside its physical limits"),
    ("computed_from", "magic", "computed_from expected one of"),
])
def test_bad_targets_are_rejected_with_the_expected_form(column, value, expected):
    table = shipped_targets()
    table.loc[table["id"] == "green_malls_share", column] = value
    with pytest.raises(InputError, match=expected):
        validate_targets(table)


def test_duplicate_and_unknown_ids():
    table = pd.concat([shipped_targets(), shipped_targets().iloc[[0]]], ignore_index=True)
    with pytest.raises(InputError, match="duplicates energy_per_gdp"):
        validate_targets(table)
    with pytest.raises(InputError, match="unknown plan target 'nope'"):
        target_by_id(shipped_targets(), "nope")
