"""Errors of the shared (PostgreSQL/PostGIS) project store.

Kept apart from :mod:`app.core.errors` so the store's types land with the store.
"""
from __future__ import annotations

from app.core.errors import LygError, ProjectFileError


class StoreError(ProjectFileError):
    """The shared store cannot be reached or does not hold a project.

    Messages never carry a password: URLs in them are masked.
    """


class ConflictError(LygError):
    """A save would overwrite a feature someone else changed since it was read.

    Optimistic locking: every feature row carries a ``version``; a save
    updates a row only if its version is still the one this session read.
    The whole save is refused (nothing is written), so no update is lost.

    Attributes
    ----------
    layer : str
        Layer name, e.g. ``"buildings"``.
    feature_id : int
        The feature id (``fid``) in that layer.
    label : str
        The feature's own id (``bld_id``, ``site_id``...) when it has one.
    changed_by : str
        Who saved the other change.
    changed_at : str
        When (ISO 8601, UTC), or "" when the feature was deleted.
    your_version, current_version : int
        The version this session read and the one in the store now
        (``current_version`` is 0 when the other user deleted the feature).
    """

    def __init__(self, layer: str, feature_id: int, changed_by: str, changed_at: str = "",
                 your_version: int = 0, current_version: int = 0, label: str = ""):
        self.layer = layer
        self.feature_id = feature_id
        self.label = label
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.your_version = your_version
        self.current_version = current_version
        what = f"{label!r} (layer {layer!r}, feature {feature_id})" if label else f"feature {feature_id} of layer {layer!r}"
        if current_version == 0:
            change = f"was deleted by {changed_by or 'another user'}"
        else:
            when = f" at {changed_at}" if changed_at else ""
            change = f"was changed by {changed_by or 'another user'}{when}"
        super().__init__(
            f"save refused: {what} {change} after you opened the project "
            f"(your version {your_version}, now {current_version}); nothing was saved. "
            f"Reload the project to see their change, then redo yours."
        )
