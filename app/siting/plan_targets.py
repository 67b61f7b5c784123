"""Plan targets transcribed from the city plan, and their place in a project.

The targets of 《连云港市加强全社会节约用能促进碳达峰实施方案》 (draft) live in
``app/resources/plan_targets.json``, one record per target with the clause it
comes from and a short quote (so a reader can find it in the plan). A
project keeps its own copy in ``project.tables["plan_targets"]`` (so a city
can adjust a target and the project file carries it); a project without one
gets the shipped targets.

Fields of a target
------------------
id, title_zh, title_en, metric, unit, baseline, baseline_year, target,
direction (``increase``, ``decrease``, ``at_least``, ``at_most``), deadline
(ISO date), source_clause, source_quote, computed_from (``rooftop_coverage``,
``renewable_capacity_share`` or ``user``), valid_min, valid_max (physical
limits of the metric: a share cannot exceed 100 %).
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache

import pandas as pd

from app.core.assumptions import RESOURCES_DIR
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing

PLAN_TARGETS_PATH = RESOURCES_DIR / "plan_targets.json"
DIRECTIONS = ("increase", "decrease", "at_least", "at_most")
COMPUTED_FROM = ("rooftop_coverage", "renewable_capacity_share", "user")
#: Columns of ``project.tables["plan_targets"]``, in order.
TARGET_COLUMNS = ("id", "title_zh", "title_en", "metric", "unit", "baseline", "baseline_year", "target",
                  "direction", "deadline", "source_clause", "source_quote", "computed_from",
                  "valid_min", "valid_max", "note")
_NUMERIC = ("baseline", "baseline_year", "target", "valid_min", "valid_max")


@lru_cache(maxsize=1)
def _shipped_document() -> dict:
    with PLAN_TARGETS_PATH.open(encoding="utf-8") as f:
        return json.load(f)


def shipped_targets() -> pd.DataFrame:
    """The targets as shipped in ``app/resources/plan_targets.json`` (a new frame each call)."""
    return validate_targets(pd.DataFrame(_shipped_document()["targets"]))


def _is_missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


def validate_targets(frame: pd.DataFrame) -> pd.DataFrame:
    """Check and normalise a targets table (columns, types, directions, dates).

    Raises
    ------
    InputError
        A missing column, a duplicate id, an unknown direction or
        ``computed_from``, a deadline that is not a date, a target outside
        its own physical limits.
    """
    required = ("id", "title_zh", "metric", "unit", "target", "direction", "deadline", "source_clause")
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise InputError(QT_TRANSLATE_NOOP("Error", "plan_targets: expected columns {required}, missing {missing}"),
                         code="plan_targets_columns_missing", required=Listing(required), missing=Listing(missing))
    out = frame.copy()
    for column in TARGET_COLUMNS:
        if column not in out.columns:
            out[column] = None
    out = out[list(TARGET_COLUMNS) + [c for c in out.columns if c not in TARGET_COLUMNS]]
    for column in _NUMERIC:
        out[column] = pd.to_numeric(out[column], errors="coerce").astype(float)
    out["computed_from"] = out["computed_from"].where(out["computed_from"].notna(), "user")
    for column in ("id", "title_zh", "title_en", "metric", "unit", "direction", "deadline", "source_clause",
                   "source_quote", "computed_from", "note"):
        out[column] = out[column].map(lambda v: "" if _is_missing(v) else str(v)).astype(object)
    dupes = out["id"][out["id"].duplicated()].tolist()
    if dupes:
        raise InputError(QT_TRANSLATE_NOOP("Error", "plan_targets: expected unique ids, got duplicates {dupes}"),
                         code="plan_targets_unique_ids", dupes=Listing(dupes))
    for _, row in out.iterrows():
        if row["direction"] not in DIRECTIONS:
            raise InputError(QT_TRANSLATE_NOOP("Error", "plan target {id}: direction expected one of {directions}, "
                                                        "got {direction!r}"), code="plan_target_direction",
                             id=row['id'], directions=Listing(DIRECTIONS), direction=row['direction'])
        if row["computed_from"] not in COMPUTED_FROM:
            raise InputError(QT_TRANSLATE_NOOP("Error", "plan target {id}: computed_from expected one of "
                                                        "{computed_from}, got {computed_from2!r}"),
                             code="plan_target_computed", id=row['id'], computed_from=Listing(COMPUTED_FROM),
                             computed_from2=row['computed_from'])
        try:
            pd.Timestamp(row["deadline"])
        except (ValueError, TypeError):
            raise InputError(QT_TRANSLATE_NOOP("Error", "plan target {id}: deadline expected an ISO date "
                                                        "(2025-12-31), got {deadline!r}"),
                             code="plan_target_deadline_iso", id=row['id'], deadline=row['deadline']) from None
        if math.isnan(row["target"]):
            raise InputError(QT_TRANSLATE_NOOP("Error", "plan target {id}: expected a numeric target, got none"),
                             code="plan_target_numeric_target", id=row['id'])
        lo, hi = row["valid_min"], row["valid_max"]
        if (not math.isnan(lo) and row["target"] < lo) or (not math.isnan(hi) and row["target"] > hi):
            raise InputError(QT_TRANSLATE_NOOP("Error", "plan target {id}: target {target} {unit} is outside its "
                                                        "physical limits [{lo}, {hi}]"),
                             code="plan_target_target_outside", id=row['id'], target=row['target'], unit=row['unit'],
                             lo=lo, hi=hi)
    return out.reset_index(drop=True)


def project_targets(project, write: bool = True) -> pd.DataFrame:
    """The project's targets; the shipped ones when the project has none.

    Parameters
    ----------
    project : app.project.Project
    write : bool
        Store the shipped targets in ``project.tables["plan_targets"]`` when
        the project had none, so they are saved with it.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`TARGET_COLUMNS` (and any extra the project keeps).
    """
    table = project.tables.get("plan_targets")
    if table is None or table.empty or "target" not in table.columns:
        targets = shipped_targets()
        if write:
            project.set_table("plan_targets", targets.copy())
        return targets
    return validate_targets(table)


def target_by_id(targets: pd.DataFrame, target_id: str) -> pd.Series:
    """The row of ``target_id``; ``InputError`` lists the known ids."""
    hits = targets[targets["id"] == str(target_id)]
    if hits.empty:
        raise InputError(QT_TRANSLATE_NOOP("Error", "unknown plan target {target_id!r}; expected one of {id}"),
                         code="unknown_plan_target", target_id=target_id, id=Listing(targets['id']))
    return hits.iloc[0]
#: Chinese numerals of the plan's clause numbers (一 ... 十), as Roman numerals in English.
_CLAUSE_NUMERALS = {"一": "I", "二": "II", "三": "III", "四": "IV", "五": "V", "六": "VI", "七": "VII", "八": "VIII",
                    "九": "IX", "十": "X"}
#: Clause headings the plan's targets cite by name.
_CLAUSE_HEADINGS = {"主要目标": "main targets", "重点任务": "key tasks"}


def clause_text(clause, lang: str) -> str:
    """A clause of the (Chinese) plan as a reader of ``lang`` cites it: 三、（5）3 -> III.(5).3 in English."""
    text = "" if clause is None else str(clause)
    if lang == "zh" or not text:
        return text
    for zh, en in _CLAUSE_HEADINGS.items():
        text = text.replace(zh, en)
    text = re.sub(r"^([一二三四五六七八九十])、", lambda m: _CLAUSE_NUMERALS[m.group(1)] + ". ", text)
    text = text.replace("（", "(").replace("）", ")")
    return re.sub(r"\.\s+\(", ".(", re.sub(r"\)\s*(\d)", r").\1", text)).strip()


