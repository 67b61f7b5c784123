"""Errors of the shared (PostgreSQL/PostGIS) project store.

Kept apart from :mod:`app.core.errors` so the store's types land with the store.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.core.errors import LygError, ProjectFileError


class StoreError(ProjectFileError):
    """The shared store cannot be reached or does not hold a project.

    Messages never carry a password: URLs in them are masked.
    """


@dataclass(frozen=True)
class Conflict:
    """One change of a colleague that a save would overwrite, in the user's terms.

    Attributes
    ----------
    what : str
        What changed: ``"'B-0007' (layer 'buildings', feature 7)"``, ``"the project title"``,
        ``"layer 'wind_zones'"``, ``"plan target 'T01' (屋顶光伏覆盖率)"``.
    change : str
        ``"was changed"``, ``"was deleted"``, ``"was added"`` or ``"was removed"``.
    who : str
        Who saved it ("" when the store does not know).
    when : str
        When (ISO 8601, UTC), or "".
    detail : str
        Versions, e.g. ``" (your version 1, now 2)"``.
    layer, feature_id, label, your_version, current_version
        For a feature: as :class:`ConflictError`'s attributes ("" and 0 otherwise).
    """

    what: str
    change: str
    who: str = ""
    when: str = ""
    detail: str = ""
    layer: str = ""
    feature_id: int = 0
    label: str = ""
    your_version: int = 0
    current_version: int = 0

    def text(self) -> str:
        when = f" at {self.when}" if self.when else ""
        return f"{self.what} {self.change} by {self.who or 'another user'}{when} after you opened the project{self.detail}"


class ConflictError(LygError):
    """A save would overwrite what someone else saved since this session read it.

    Optimistic locking: every feature row, every ``project_meta`` key, every
    layer's entry (its existence, title and style) and every row of the other
    tables (plan targets...) carries a ``version``; a save changes a row only
    if its version is still the one this session read. The whole save is
    refused (nothing is written) and every conflict is listed, so no update
    is lost.

    Attributes
    ----------
    conflicts : list of Conflict
        Every change that would have been overwritten.
    layer : str
        For a feature conflict (the first one): layer name, e.g. ``"buildings"``; else "".
    feature_id : int
        The feature id (``fid``) in that layer (0 when not a feature).
    label : str
        The feature's own id (``bld_id``, ``site_id``...) when it has one.
    changed_by : str
        Who saved the (first) other change.
    changed_at : str
        When (ISO 8601, UTC), or "" when the feature was deleted.
    your_version, current_version : int
        The version this session read and the one in the store now
        (``current_version`` is 0 when the other user deleted the feature).
    """

    def __init__(self, layer: str = "", feature_id: int = 0, changed_by: str = "", changed_at: str = "",
                 your_version: int = 0, current_version: int = 0, label: str = "",
                 conflicts: list[Conflict] | None = None):
        self.layer = layer
        self.feature_id = feature_id
        self.label = label
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.your_version = your_version
        self.current_version = current_version
        if conflicts is None:
            conflicts = [feature_conflict(layer, feature_id, changed_by, changed_at, your_version, current_version,
                                          label)]
        self.conflicts = list(conflicts)
        first = next((c for c in self.conflicts if c.layer), None)
        if first is not None and not layer:  # a list of conflicts: the attributes describe its first feature
            self.layer, self.feature_id, self.label = first.layer, first.feature_id, first.label
            self.changed_at, self.your_version, self.current_version = first.when, first.your_version, first.current_version
        if not changed_by and self.conflicts:
            self.changed_by = (first or self.conflicts[0]).who
        if len(self.conflicts) == 1:
            message = (f"save refused: {self.conflicts[0].text()}; nothing was saved. "
                       f"Reload the project to see their change, then redo yours.")
        else:
            listed = "; ".join(f"{i}) {c.text()}" for i, c in enumerate(self.conflicts, 1))
            message = (f"save refused: {len(self.conflicts)} changes by others since you opened the project would be "
                       f"overwritten: {listed}; nothing was saved. Reload the project to see their changes, then "
                       f"redo yours.")
        super().__init__(message)


def feature_conflict(layer: str, feature_id: int, changed_by: str, changed_at: str = "", your_version: int = 0,
                     current_version: int = 0, label: str = "") -> Conflict:
    """The :class:`Conflict` of one feature (deleted when ``current_version`` is 0)."""
    what = f"{label!r} (layer {layer!r}, feature {feature_id})" if label else f"feature {feature_id} of layer {layer!r}"
    change = "was deleted" if current_version == 0 else "was changed"
    return Conflict(what, change, changed_by, "" if current_version == 0 else changed_at,
                    f" (your version {your_version}, now {current_version})", layer, feature_id, label,
                    your_version, current_version)
