"""Rooftop PV audit of buildings: validated, undoable edits with an append-only log.

An audit sets ``pv_status``, ``pv_area_m2``/``pv_kwp``, ``audit_date`` and
``auditor`` on one or more buildings. :func:`audit_command` checks the values
(:func:`validate_audit`) and returns an
:class:`app.layers.edits.SetAttributes` command whose ``on_change`` callback
appends one row per building and field to ``project.tables["audit_log"]``
(``time, user, layer, feature_id, field, old, new, action``). Undo and redo
append rows with ``action`` ``"undo"``/``"redo"``: the log is never rewritten,
so the history of every edit survives (DESIGN.md; issue 4, "the audit never
loses an edit").

Filters for the audit list are in :func:`filter_mask`.

Qt-free.
"""
from __future__ import annotations

import math
from datetime import date, datetime

import geopandas as gpd
import numpy as np
import pandas as pd

from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, Message
from app.core.user import current_user
from app.core.vocabulary import FIELDS, PV_COUNTED, PV_STATUSES
from app.layers.crs import METRIC_CRS
from app.layers.edits import SetAttributes

AUDIT_FIELDS = ("pv_status", "pv_area_m2", "pv_kwp", "audit_date", "auditor")
BUILDINGS_LAYER = "buildings"


def _number(fieldname: str, value) -> float:
    if value is None or (isinstance(value, str) and not value.strip()):
        return float("nan")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(QT_TRANSLATE_NOOP("Error", "{field}: expected a number >= 0, got {value!r}"),
                         code="not_a_number", field=FIELDS.word(fieldname), value=value) from None
    if math.isnan(number):
        return number
    if not math.isfinite(number) or number < 0:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{field}: expected a number >= 0, got {value!r}"),
                         code="not_a_number", field=FIELDS.word(fieldname), value=value)
    return number


def validate_audit(buildings: gpd.GeoDataFrame, ids, values: dict) -> dict:
    """Check audit values for the buildings ``ids`` and return them normalised.

    Parameters
    ----------
    buildings : GeoDataFrame
        The buildings layer data.
    ids : list
        Feature ids (index values) to change.
    values : dict
        Some of :data:`AUDIT_FIELDS`. ``pv_area_m2``/``pv_kwp`` empty -> NaN
        (unknown).

    Returns
    -------
    dict
        Values with numbers as float and dates as ``YYYY-MM-DD`` text.

    Raises
    ------
    InputError
        Unknown field or feature id, status outside ``none/planned/installed/
        verified``, negative or non-numeric area/capacity, a PV area larger
        than the roof area of a building, a date that is not ``YYYY-MM-DD``.
    """
    ids = list(ids)
    if not ids:
        raise InputError(QT_TRANSLATE_NOOP("Error", "no building selected; expected at least one building to audit"),
                         code="building_selected_least_building")
    unknown_ids = [i for i in ids if i not in buildings.index]
    if unknown_ids:
        raise InputError(QT_TRANSLATE_NOOP("Error", "unknown building feature id(s) {unknown_ids}; expected ids of "
                                                    "the buildings layer"), code="unknown_building_feature_id",
                         unknown_ids=unknown_ids[:5])
    unknown = [k for k in values if k not in AUDIT_FIELDS]
    if unknown:
        raise InputError(QT_TRANSLATE_NOOP("Error", "audit field(s) {unknown} cannot be set; expected "
                                                    "{audit_fields}"), code="audit_field_cannot_set",
                         unknown=FIELDS.words(unknown), audit_fields=FIELDS.words(AUDIT_FIELDS))
    out = {}
    if "pv_status" in values:
        status = str(values["pv_status"]).strip()
        if status not in PV_STATUSES:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{field}: expected one of {statuses}, got {value!r}"),
                             code="not_a_choice", field=FIELDS.word("pv_status"), statuses=PV_STATUSES.words(),
                             value=values["pv_status"])
        out["pv_status"] = status
    for fieldname in ("pv_area_m2", "pv_kwp"):
        if fieldname in values:
            out[fieldname] = _number(fieldname, values[fieldname])
    if np.isfinite(out.get("pv_area_m2", np.nan)):
        roof = buildings.loc[ids].geometry.to_crs(METRIC_CRS).area
        too_big = roof[roof < out["pv_area_m2"]]
        if len(too_big):
            fid = too_big.index[0]
            name = buildings.at[fid, "bld_id"] if "bld_id" in buildings.columns else fid
            raise InputError(QT_TRANSLATE_NOOP("Error", "{field}: {pv_area:,.1f} m2 is larger than the roof of "
                                                        "{building} ({roof:,.1f} m2); expected at most the roof area"),
                             code="pv_area_above_roof", field=FIELDS.word("pv_area_m2"), pv_area=out["pv_area_m2"],
                             building=name, roof=too_big.iloc[0])
    if "audit_date" in values:
        text = values["audit_date"]
        if isinstance(text, (date, datetime)):
            text = text.strftime("%Y-%m-%d")
        text = str(text or "").strip()
        if text:
            try:
                text = datetime.strptime(text, "%Y-%m-%d").strftime("%Y-%m-%d")
            except ValueError:
                raise InputError(QT_TRANSLATE_NOOP("Error", "{field}: expected YYYY-MM-DD, got {value!r}"),
                                 code="not_a_date", field=FIELDS.word("audit_date"), value=values["audit_date"]) from None
        out["audit_date"] = text
    if "auditor" in values:
        out["auditor"] = str(values["auditor"] or "").strip()
    return out


def _log_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if math.isnan(value) else f"{value:g}"
    if isinstance(value, (np.floating,)):
        return "" if np.isnan(value) else f"{float(value):g}"
    return str(value)


def audit_log_writer(project, user: str | None = None, clock=None):
    """An ``on_change`` callback for :class:`SetAttributes` that appends to ``audit_log``.

    The first call of a command logs ``action="edit"``; later do's log
    ``"redo"``; undo's log ``"undo"`` (with old/new as seen by that step).
    """
    user = user or current_user()
    clock = clock or (lambda: datetime.now().astimezone().isoformat(timespec="seconds"))
    done_once: set = set()

    def on_change(layer, ids, fieldname, old_values, new_value, undo):
        gdf = layer.gdf
        labels = [str(gdf.at[i, "bld_id"]) if "bld_id" in gdf.columns else str(i) for i in ids]
        if undo:
            action = "undo"
            olds, news = list(old_values), list(new_value)
        else:
            action = "redo" if fieldname in done_once else "edit"
            done_once.add(fieldname)
            olds, news = list(old_values), [new_value] * len(ids)
        now = clock()
        project.append_rows("audit_log", [
            {"time": now, "user": user, "layer": layer.name, "feature_id": label, "field": fieldname,
             "old": _log_text(old), "new": _log_text(new), "action": action}
            for label, old, new in zip(labels, olds, news)
        ])

    return on_change


def audit_command(project, ids, values: dict, user: str | None = None, layer_name: str = BUILDINGS_LAYER,
                  stamp: bool = True, clock=None) -> SetAttributes:
    """A validated, logged, undoable audit edit (not yet pushed).

    Parameters
    ----------
    project : app.project.Project
    ids : list
        Feature ids of the buildings layer.
    values : dict
        Some of :data:`AUDIT_FIELDS`.
    user : str, optional
        Who audits (default: the OS login).
    stamp : bool
        Fill ``audit_date`` (today) and ``auditor`` (``user``) when not given.
    clock : callable, optional
        ``() -> str`` timestamp for the log (tests).

    Returns
    -------
    SetAttributes
    """
    layer = project.vector(layer_name)
    user = user or current_user()
    values = dict(values)
    if stamp:
        values.setdefault("audit_date", date.today().strftime("%Y-%m-%d"))
        values.setdefault("auditor", user)
    checked = validate_audit(layer.gdf, ids, values)
    ids = list(ids)
    # only log fields that actually change for at least one building
    gdf = layer.gdf
    changed = {}
    for fieldname, new in checked.items():
        old = gdf.loc[ids, fieldname].tolist() if fieldname in gdf.columns else [None] * len(ids)
        if any(_log_text(o) != _log_text(new) for o in old):
            changed[fieldname] = new
    if not changed:
        raise InputError(QT_TRANSLATE_NOOP("Error", "nothing to change: the building(s) already have these audit "
                                                    "values"), code="nothing_change_building_already")
    text = Message(QT_TRANSLATE_NOOP("Undo", "audit {count} building(s): {fields}"), count=len(ids),
                   fields=FIELDS.words(changed))
    return SetAttributes(layer, ids, changed, text=text, on_change=audit_log_writer(project, user, clock))


def set_audit(project, ids, values: dict, user: str | None = None, layer_name: str = BUILDINGS_LAYER,
              stamp: bool = True, clock=None) -> SetAttributes:
    """Validate ``values``, push the audit command on ``project.undo_stack`` and return it."""
    command = audit_command(project, ids, values, user, layer_name, stamp, clock)
    project.undo_stack.push(command)
    return command


def filter_mask(buildings: gpd.GeoDataFrame, county: str | None = None, category: str | None = None,
                is_new: int | None = None, status: str | None = None, counties=None) -> pd.Series:
    """Boolean mask of buildings matching the filters (None = any).

    Parameters
    ----------
    county : str, optional
        Adcode; the county of the representative point (as in coverage).
    category : str, optional
    is_new : {0, 1}, optional
    status : str, optional
        A ``pv_status`` value, or ``"with_pv"`` (installed/verified) /
        ``"without_pv"`` (none/planned) / ``"area_unknown"`` (with PV whose
        PV area is neither recorded nor estimable from kWp: coverage by area
        leaves their PV out, see :mod:`app.siting.coverage`).
    counties : array-like, optional
        Precomputed adcode per building (saves the spatial join).
    """
    mask = pd.Series(True, index=buildings.index)
    if county:
        if counties is None:
            from app.layers.boundaries import county_of_points

            reps = buildings.geometry.representative_point()
            counties = county_of_points(reps.x.to_numpy(), reps.y.to_numpy())
        mask &= np.asarray(counties) == county
    if category:
        mask &= buildings["category"] == category
    if is_new is not None:
        mask &= pd.to_numeric(buildings["is_new"], errors="coerce") == int(is_new)
    if status:
        pv = buildings["pv_status"]
        if status == "with_pv":
            mask &= pv.isin(PV_COUNTED)
        elif status == "without_pv":
            mask &= ~pv.isin(PV_COUNTED)
        elif status == "area_unknown":
            from app.siting.coverage import pv_area_unknown_mask

            mask &= pv_area_unknown_mask(buildings)
        elif status in PV_STATUSES:
            mask &= pv == status
        else:
            raise InputError(QT_TRANSLATE_NOOP("Error", "status filter: expected one of {pv_statuses}, with_pv, "
                                                        "without_pv, area_unknown; got {status!r}"),
                             code="status_filter_pv_without", pv_statuses=Listing(PV_STATUSES), status=status)
    return mask


__all__ = ["AUDIT_FIELDS", "validate_audit", "audit_log_writer", "audit_command",
           "set_audit", "filter_mask"]
