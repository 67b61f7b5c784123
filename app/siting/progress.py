"""Where the city stands against the plan's targets.

For each target of :mod:`app.siting.plan_targets` the current value comes
from the project where it can:

- ``rooftop_coverage``: PV coverage of new public-institution and factory
  roofs from the ``buildings`` layer (CONTRACT.md coverage rules);
- ``renewable_capacity_share``: the baseline table of existing capacity by
  type (``app/resources/capacity_baseline.json`` or the project's
  ``capacity_baseline`` table, filled in by the user) plus built candidate
  sites plus built island components;

else from the values users entered in ``project.tables["progress_entries"]``
(``target_id, date, value, source, entered_by``), which also give the trend.

Status (:func:`assess`): ``met`` when the latest value reaches the target;
``on_track`` when it is at or beyond the straight line from the baseline
(at the end of the baseline year) to the target (at the deadline) on the
latest date; ``behind`` otherwise; ``no_data`` when nothing is known. A
target with no figure never gets a made-up one: its row says what is
missing.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from app.core import assumptions
from app.core.assumptions import RESOURCES_DIR
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, Message, Word
from app.core.user import current_user
from app.siting.plan_targets import project_targets, target_by_id
from app.core.undo import Command

CAPACITY_BASELINE_PATH = RESOURCES_DIR / "capacity_baseline.json"
ENTRY_COLUMNS = ("target_id", "date", "value", "source", "entered_by")


# ---------------------------------------------------------------------------
# status


def _shown(value: float) -> float:
    """A measured value as a message shows it: four significant digits (22.1328 -> 22.13)."""
    return float(f"{value:.4g}")


def _sign(direction: str) -> int:
    return 1 if direction in ("increase", "at_least") else -1


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def assess(direction: str, target: float, deadline, trend, baseline: float | None = None,
           baseline_year: float | None = None, tolerance: float | None = None) -> tuple[str, str]:
    """Status of one target from its trend.

    Parameters
    ----------
    direction : {'increase', 'decrease', 'at_least', 'at_most'}
    target : float
        [unit of the metric]
    deadline : str or Timestamp
    trend : sequence of (date, value)
        Recorded values, any order.
    baseline, baseline_year : float, optional
        The plan's starting point; the path starts at the end of the
        baseline year. Without it the earliest recorded value is the start.
    tolerance : float, optional
        Slack as a fraction of ``|target - start|``; default ``plan.on_track_tolerance``.

    Returns
    -------
    (status, message)
        One of :data:`app.core.vocabulary.PROGRESS_STATUSES` and a sentence saying why.
    """
    tolerance = float(assumptions.value("plan.on_track_tolerance") if tolerance is None else tolerance)
    points = sorted((pd.Timestamp(d), float(v)) for d, v in trend)
    if not points:
        return "no_data", Message(QT_TRANSLATE_NOOP("Note", "no data: no value computed from the project and none entered"))
    when, value = points[-1]
    sign = _sign(direction)
    deadline = pd.Timestamp(deadline)
    if sign * (value - target) >= 0:
        return "met", Message(QT_TRANSLATE_NOOP("Note", "met on {date}: {value:g} against target {target:g}"),
                              date=when.date(), value=_shown(value), target=target)
    if when > deadline:
        return "behind", Message(QT_TRANSLATE_NOOP("Note", "deadline {deadline} passed at {value:g}, target {target:g}"),
                                 deadline=deadline.date(), value=_shown(value), target=target)
    if not _missing(baseline) and not _missing(baseline_year):
        start_when, start_value = pd.Timestamp(f"{int(baseline_year)}-12-31"), float(baseline)
    elif len(points) > 1 and points[0][0] < when:
        start_when, start_value = points[0]
    else:
        return "behind", Message(QT_TRANSLATE_NOOP("Note", "not met ({value:g} against {target:g}); the plan gives no "
                                                           "baseline and only one value is recorded, so the path to "
                                                           "the target cannot be judged"), value=_shown(value), target=target)
    span = (deadline - start_when).total_seconds()
    fraction = 1.0 if span <= 0 else min(1.0, max(0.0, (when - start_when).total_seconds() / span))
    expected = start_value + (target - start_value) * fraction
    slack = tolerance * abs(target - start_value)
    if sign * (value - expected) >= -slack:
        return "on_track", Message(QT_TRANSLATE_NOOP("Note", "on track: {value:g} on {date}, straight-line path expects "
                                                             "{expected:.4g}"), value=_shown(value), date=when.date(),
                                   expected=expected)
    return "behind", Message(QT_TRANSLATE_NOOP("Note", "behind: {value:g} on {date}, straight-line path expects "
                                                       "{expected:.4g}"), value=_shown(value), date=when.date(), expected=expected)


def progress_fraction(current, target: float, baseline=None) -> float | None:
    """Share of the way from the baseline (0 when unknown) to the target [0..1], for a bar."""
    if _missing(current):
        return None
    start = 0.0 if _missing(baseline) else float(baseline)
    if target == start:
        return 1.0
    return float(min(1.0, max(0.0, (float(current) - start) / (target - start))))


# ---------------------------------------------------------------------------
# user entries


def _entries_frame(rows) -> pd.DataFrame:
    frame = rows.copy() if isinstance(rows, pd.DataFrame) else pd.DataFrame(list(rows))
    for column in ENTRY_COLUMNS:
        if column not in frame.columns:
            frame[column] = None
    return frame


def progress_entries(project) -> pd.DataFrame:
    """The project's recorded entries (columns :data:`ENTRY_COLUMNS`), possibly empty."""
    table = project.tables.get("progress_entries")
    if table is None or table.empty:
        return pd.DataFrame({c: pd.Series(dtype=float if c == "value" else object) for c in ENTRY_COLUMNS})
    return _entries_frame(table)


def validate_entries(rows, targets: pd.DataFrame, existing: pd.DataFrame | None = None,
                     today=None, entered_by: str | None = None) -> pd.DataFrame:
    """Check a batch of progress entries before they are recorded.

    Parameters
    ----------
    rows : list of dict or pandas.DataFrame
        ``target_id, date, value, source`` and optionally ``entered_by``.
    targets : pandas.DataFrame
        The project's targets (for ids and physical limits).
    existing : pandas.DataFrame, optional
        Entries already recorded.
    today : date-like, optional
        Entries may not be dated after it; default today.
    entered_by : str, optional
        Default for rows without ``entered_by``; default the OS user.

    Returns
    -------
    pandas.DataFrame
        The batch with ISO dates, float values and ``entered_by`` filled.

    Raises
    ------
    InputError
        An unknown target id; a date that is not a date, in the future, out
        of order within the batch or not after the target's latest recorded
        entry; a value that is not a finite number or outside the metric's
        physical limits (a share above 100 %, a negative area); no source.
    """
    frame = _entries_frame(rows)
    if frame.empty:
        raise InputError(QT_TRANSLATE_NOOP("Error", "progress entries: expected at least one entry (target_id, "
                                                    "date, value, source), got none"),
                         code="progress_entries_least_entry")
    today = pd.Timestamp(today if today is not None else date.today()).normalize()
    user = entered_by or current_user()
    latest: dict[str, pd.Timestamp] = {}
    if existing is not None and not existing.empty:
        for tid, group in existing.groupby("target_id"):
            latest[str(tid)] = pd.to_datetime(group["date"]).max()
    out = []
    for number, row in enumerate(frame.to_dict("records"), start=1):
        where = f"progress entry {number}"
        target = target_by_id(targets, row["target_id"])
        tid = target["id"]
        try:
            when = pd.Timestamp(str(row["date"]))
        except (ValueError, TypeError):
            when = pd.NaT
        if pd.isna(when):
            raise InputError(QT_TRANSLATE_NOOP("Error", "{where} ({tid}): date expected as YYYY-MM-DD, got {date!r}"),
                             code="date_yyyy_mm_dd", where=where, tid=tid, date=row['date'])
        when = when.normalize()
        if when > today:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{where} ({tid}): date {when} is in the future (today is "
                                                        "{today}); expected the date the value was measured"),
                             code="date_future_today_date", where=where, tid=tid, when=when.date(),
                             today=today.date())
        if tid in latest and when <= latest[tid]:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{where} ({tid}): dates out of order: {when} is not after "
                                                        "the latest recorded entry {latest}; expected entries in "
                                                        "date order"), code="dates_out_order_after", where=where,
                             tid=tid, when=when.date(), latest=latest[tid].date())
        try:
            value = float(row["value"])
        except (TypeError, ValueError):
            raise InputError(QT_TRANSLATE_NOOP("Error", "{where} ({tid}): value expected a number in {unit}, got "
                                                        "{value!r}"), code="value_number", where=where, tid=tid,
                             unit=target['unit'], value=row['value']) from None
        if not math.isfinite(value):
            raise InputError(QT_TRANSLATE_NOOP("Error", "{where} ({tid}): value expected a finite number in "
                                                        "{unit}, got {value!r}"), code="value_finite_number",
                             where=where, tid=tid, unit=target['unit'], value=row['value'])
        lo, hi = target["valid_min"], target["valid_max"]
        if (not _missing(lo) and value < lo) or (not _missing(hi) and value > hi):
            bounds = f"{'' if _missing(lo) else f'{lo:g}'}..{'' if _missing(hi) else f'{hi:g}'}"
            raise InputError(QT_TRANSLATE_NOOP("Error", "{where} ({tid}): value {value:g} {unit} is outside the "
                                                        "physical limits {bounds} {unit} of {metric}"),
                             code="value_outside_physical_limits", where=where, tid=tid, value=value,
                             unit=target['unit'], bounds=bounds, metric=target['metric'])
        source = "" if _missing(row.get("source")) else str(row["source"]).strip()
        if not source:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{where} ({tid}): expected a source (statistical bulletin, "
                                                        "department, document), got none"),
                             code="source_statistical_bulletin_department", where=where, tid=tid)
        latest[tid] = when
        who = row.get("entered_by")
        out.append({"target_id": tid, "date": when.date().isoformat(), "value": value, "source": source,
                    "entered_by": user if _missing(who) or not str(who).strip() else str(who)})
    return pd.DataFrame(out, columns=list(ENTRY_COLUMNS))


class AddProgressEntries(Command):
    """Undoable: append validated entries to ``project.tables["progress_entries"]``."""

    def __init__(self, project, entries: pd.DataFrame, text: str = "add progress entry"):
        self.project = project
        self.entries = entries
        self.text = text
        self._before: pd.DataFrame | None = None

    def redo(self) -> None:
        self._before = self.project.tables.get("progress_entries")
        old = progress_entries(self.project)
        new = self.entries if old.empty else pd.concat([old, self.entries], ignore_index=True)
        self.project.set_table("progress_entries", new.reset_index(drop=True))

    def undo(self) -> None:
        if self._before is None:
            self.project.tables.pop("progress_entries", None)
            self.project.events.tables.emit(name="progress_entries")
        else:
            self.project.set_table("progress_entries", self._before)


def add_progress_entries(project, rows, entered_by: str | None = None, today=None) -> pd.DataFrame:
    """Validate ``rows`` and record them on the project's undo stack; returns the recorded rows."""
    targets = project_targets(project)
    batch = validate_entries(rows, targets, progress_entries(project), today=today, entered_by=entered_by)
    project.undo_stack.push(AddProgressEntries(project, batch))
    return batch


# ---------------------------------------------------------------------------
# computed from the project


def _layer_gdf(project, name: str):
    names = [layer.name for layer in project.layers]
    return project.vector(name).gdf if name in names else None


#: English names of the rows of the capacity baseline table (the table has the Chinese ones).
CAPACITY_TYPES_EN = {"coal": "coal", "gas": "gas", "nuclear": "nuclear", "waste_heat": "waste heat, pressure and gas",
                     "other_fossil": "other fossil", "wind_onshore": "onshore wind", "wind_offshore": "offshore wind",
                     "pv_utility": "utility-scale PV", "pv_distributed": "distributed PV", "biomass": "biomass",
                     "hydro": "hydro", "ocean_energy": "ocean energy"}


def rooftop_coverage_pct(buildings, overrides: dict | None = None) -> tuple[float | None, dict, str]:
    """City-wide PV area coverage of new public-institution and factory roofs [%].

    The rules are the rooftop audit's (:func:`app.siting.coverage.building_facts`,
    CONTRACT.md): only ``is_new`` buildings of the target categories count;
    PV counts only for ``pv_status`` installed or verified; roof area is the
    footprint area in EPSG:4549; coverage = 100 * PV area / roof area, over
    both categories together.

    Returns
    -------
    (value, details, message)
        ``value`` is None when no building qualifies (with the reason).
    """
    from app.core.vocabulary import TARGET_CATEGORIES
    from app.siting.coverage import building_facts

    if buildings is None:
        return None, {}, "no data: the project has no 'buildings' layer"
    facts = building_facts(buildings, overrides)
    qualifying = facts[(facts["is_new"] == 1) & facts["category"].isin(TARGET_CATEGORIES)]
    if qualifying.empty:
        return None, {"buildings": 0}, ("no data: no new public-institution or factory building in the buildings "
                                        "layer (is_new = 1)")
    roof_total = float(qualifying["roof_area_m2"].sum())
    if roof_total <= 0:
        return None, {"buildings": int(len(qualifying))}, Message(QT_TRANSLATE_NOOP(
            "Note", "no data: the qualifying buildings have no roof area"))
    unknown = int(qualifying["pv_area_unknown"].sum())
    details = {"buildings": int(len(qualifying)), "buildings_with_pv": int(qualifying["has_pv"].sum()),
               "roof_area_m2": roof_total, "pv_area_m2": float(qualifying["pv_area_m2"].sum()),
               "pv_area_estimated": int(qualifying["pv_area_estimated"].sum()), "pv_area_unknown": unknown,
               "pv_area_capped": int(qualifying["pv_area_capped"].sum())}
    message = "" if not unknown else Message(QT_TRANSLATE_NOOP(
        "Note", "{count} building(s) with installed/verified PV have neither pv_area_m2 nor pv_kwp and count 0 m2 "
                "until audited"), count=unknown)
    return 100.0 * details["pv_area_m2"] / roof_total, details, message


def capacity_baseline(project=None) -> pd.DataFrame:
    """Existing capacity by type: the project's ``capacity_baseline`` table, else the shipped file.

    Columns: ``type, title_zh, renewable, capacity_mw, as_of, source``.
    """
    table = project.tables.get("capacity_baseline") if project is not None else None
    if table is None or table.empty:
        with CAPACITY_BASELINE_PATH.open(encoding="utf-8") as f:
            table = pd.DataFrame(json.load(f)["rows"])
    required = ("type", "renewable", "capacity_mw")
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise InputError(QT_TRANSLATE_NOOP("Error", "capacity_baseline: expected columns {required}, missing "
                                                    "{missing}"), code="capacity_baseline_columns_missing",
                         required=Listing(required), missing=Listing(missing))
    return table


def renewable_capacity_share_pct(project, overrides: dict | None = None) -> tuple[float | None, dict, str]:
    """Renewable share of installed capacity [%]: baseline table + built sites + built island members.

    Built candidate sites (``status`` built) count with their
    ``capacity_mw``; built island generators count unless their
    ``site_id`` is a built candidate site (already counted).

    Returns
    -------
    (value, details, message)
        ``value`` is None while the baseline table has empty rows.

    Raises
    ------
    InputError
        A negative capacity, or a built site without a capacity.
    """
    baseline = capacity_baseline(project)
    capacity = pd.to_numeric(baseline["capacity_mw"], errors="coerce")
    empty = baseline.loc[capacity.isna(), "type"].astype(str).tolist()
    titles = dict(zip(baseline["type"].astype(str), baseline.get("title_zh", baseline["type"]).astype(str)))
    missing = Listing(Word(kind, {"zh": titles.get(kind, kind), "en": CAPACITY_TYPES_EN.get(kind, kind)})
                      for kind in empty)
    if (capacity < 0).any():
        bad = baseline.loc[capacity < 0, "type"].astype(str).tolist()
        raise InputError(QT_TRANSLATE_NOOP("Error", "capacity_baseline: capacity_mw expected >= 0 MW, got negative "
                                                    "values for {bad}"), code="capacity_baseline_capacity_mw",
                         bad=Listing(bad))
    renewable_flag = baseline["renewable"].map(lambda v: str(v).strip().lower() in ("true", "1", "yes"))

    added_renewable, site_rows = 0.0, []
    sites = _layer_gdf(project, "candidate_sites")
    built_site_ids: set[str] = set()
    if sites is not None and len(sites):
        kinds = set(assumptions.value("plan.renewable_site_kinds", overrides))
        built = sites[(sites["status"] == "built") & sites["kind"].isin(kinds)]
        for _, row in built.iterrows():
            mw = pd.to_numeric(pd.Series([row.get("capacity_mw")]), errors="coerce").iloc[0]
            if pd.isna(mw) or mw < 0:
                raise InputError(QT_TRANSLATE_NOOP("Error", "candidate site {site_id} is built but its capacity_mw "
                                                            "is {capacity_mw!r}; expected a capacity >= 0 MW"),
                                 code="candidate_site_built_but", site_id=row['site_id'],
                                 capacity_mw=row.get('capacity_mw'))
            added_renewable += float(mw)
            built_site_ids.add(str(row["site_id"]))
            site_rows.append({"id": str(row["site_id"]), "kind": row["kind"], "capacity_mw": float(mw)})
    island = _layer_gdf(project, "island_components")
    if island is not None and len(island):
        kinds = set(assumptions.value("plan.renewable_island_kinds", overrides))
        built = island[(island["status"] == "built") & island["kind"].isin(kinds)]
        for _, row in built.iterrows():
            if str(row.get("site_id")) in built_site_ids:
                continue
            mw = pd.to_numeric(pd.Series([row.get("capacity_mw")]), errors="coerce").iloc[0]
            if pd.isna(mw) or mw < 0:
                raise InputError(QT_TRANSLATE_NOOP("Error", "island component {comp_id} is built but its "
                                                            "capacity_mw is {capacity_mw!r}; expected a capacity "
                                                            ">= 0 MW"), code="island_component_built_but",
                                 comp_id=row['comp_id'], capacity_mw=row.get('capacity_mw'))
            added_renewable += float(mw)
            site_rows.append({"id": str(row["comp_id"]), "kind": row["kind"], "capacity_mw": float(mw)})
    details = {"added_from_project_mw": added_renewable, "added_from_project": site_rows,
               "baseline_missing_types": empty}
    if empty:
        return None, details, Message(QT_TRANSLATE_NOOP("Note", "no data: the capacity baseline is not filled in for "
                                                                "{types} (the capacity baseline table; 0 where the city "
                                                                "has none)"), types=missing)
    renewable_mw = float(capacity[renewable_flag].sum()) + added_renewable
    total_mw = float(capacity.sum()) + added_renewable
    details.update(renewable_mw=renewable_mw, total_mw=total_mw)
    if total_mw <= 0:
        return None, details, Message(QT_TRANSLATE_NOOP("Note", "no data: total installed capacity is 0 MW"))
    return 100.0 * renewable_mw / total_mw, details, ""


# ---------------------------------------------------------------------------
# the table


@dataclass
class TargetProgress:
    """One target's standing (a row of ``lygsite progress``)."""

    id: str
    title_zh: str
    title_en: str
    metric: str
    unit: str
    baseline: float | None
    current: float | None
    target: float
    direction: str
    deadline: str
    status: str
    source_clause: str
    source_quote: str
    computed_from: str
    trend: list = field(default_factory=list)
    as_of: str | None = None
    progress: float | None = None
    message: str = ""
    details: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "id": self.id, "title_zh": self.title_zh, "title_en": self.title_en, "metric": self.metric,
            "unit": self.unit, "baseline": self.baseline, "current": self.current, "target": self.target,
            "direction": self.direction, "deadline": self.deadline, "status": self.status,
            "source_clause": self.source_clause, "source_quote": self.source_quote,
            "computed_from": self.computed_from, "trend": [list(p) for p in self.trend], "as_of": self.as_of,
            "progress": self.progress, "message": self.message, "details": self.details,
        }


def compute_progress(project, as_of=None, overrides: dict | None = None) -> list[TargetProgress]:
    """Standing of every plan target of ``project``.

    Parameters
    ----------
    project : app.project.Project
    as_of : date-like, optional
        Date given to values computed from the layers; default today.
    overrides : dict, optional
        Assumption overrides.

    Returns
    -------
    list of TargetProgress
        In the order of the project's targets.
    """
    as_of = pd.Timestamp(as_of if as_of is not None else date.today()).normalize()
    targets = project_targets(project)
    entries = progress_entries(project)
    computed: dict[str, tuple] = {}
    out = []
    for _, target in targets.iterrows():
        recorded = entries[entries["target_id"] == target["id"]]
        trend = sorted((str(d)[:10], float(v)) for d, v in zip(recorded["date"], recorded["value"]))
        message, details = "", {}
        kind = target["computed_from"]
        if kind in ("rooftop_coverage", "renewable_capacity_share"):
            if kind not in computed:
                if kind == "rooftop_coverage":
                    computed[kind] = rooftop_coverage_pct(_layer_gdf(project, "buildings"), overrides)
                else:
                    computed[kind] = renewable_capacity_share_pct(project, overrides)
            value, details, message = computed[kind]
            if value is not None:
                day = as_of.date().isoformat()
                trend = [p for p in trend if p[0] < day] + [(day, float(value))]
        baseline = None if _missing(target["baseline"]) else float(target["baseline"])
        status, why = assess(target["direction"], float(target["target"]), target["deadline"], trend,
                             baseline, target["baseline_year"])
        current = trend[-1][1] if trend else None
        out.append(TargetProgress(
            id=target["id"], title_zh=target["title_zh"], title_en=target["title_en"], metric=target["metric"],
            unit=target["unit"], baseline=baseline, current=current, target=float(target["target"]),
            direction=target["direction"], deadline=target["deadline"], status=status,
            source_clause=target["source_clause"], source_quote=target["source_quote"], computed_from=kind,
            trend=trend, as_of=trend[-1][0] if trend else None,
            progress=progress_fraction(current, float(target["target"]), baseline),
            message=Listing([m for m in (message, why) if m], "; ") if status == "no_data" or message else why,
            details=details,
        ))
    return out
