"""Autosave and crash recovery: an interrupted session loses minutes, not days.

While a project is open the app keeps

- a **session marker**, ``<state dir>/sessions/<session id>.json``, naming the
  process, the project file and its recovery file. A clean exit removes it;
  a marker whose process is gone means the app crashed (or was killed).
- a **recovery file**, written every few minutes (``io_limits.autosave_interval_s``)
  while there are unsaved edits, with the same atomic writer as
  :meth:`Project.save` (temporary file, fsync, ``os.replace``). For a project
  saved as ``P.gpkg`` it is ``P.recovery.gpkg`` beside it; for a project never
  saved it lives in ``<state dir>/recovery/``. It is an ordinary project
  GeoPackage, so it opens with :meth:`Project.open`.

On start the GUI calls :func:`find_recoverable`; every recovery file newer than
its project is offered (:mod:`app.ui.recovery_dialog`), then :func:`restore`d
or :func:`discard`ed. The state dir is ``$LYGSITE_STATE_DIR``, else
``$XDG_STATE_HOME/lyg-siting``, else ``~/.local/state/lyg-siting``.

Where a restore saves to (issue 17): only the project the user chose — the
file about to be opened, or the one the crashed session's own marker names —
and only when that file is the same project as the autosave, identified by
content (``project_id`` in ``project_meta``, :mod:`app.project.project`).
Nothing read from the recovery file is ever used as a destination: a
recovery file copied with its folder restores into the copy, and a hostile or
relative ``recovery_of`` value is never followed (it is written for people
reading the file, nothing more). An autosave of another project, or of a
project whose file is gone, is restored as an unsaved project: Save asks
where.

Qt-free: the GUI drives :class:`AutosaveManager` from a ``QTimer``.
"""
from __future__ import annotations

import json
import os
import socket
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from app.core import assumptions
from app.project import Project, write_project_atomically
from app.project.atomic import pid_alive as _pid_alive
from app.project.atomic import write_text

RECOVERY_SUFFIX = ".recovery.gpkg"
#: ``project_meta`` keys written into a recovery file only.
META_RECOVERY_OF = "recovery_of"
META_AUTOSAVED = "autosaved"


def state_dir() -> Path:
    """Folder for per-user state: session markers and unsaved projects' recovery files."""
    explicit = os.environ.get("LYGSITE_STATE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "lyg-siting"


def recovery_path_for(project_path: str | Path | None, session_id: str) -> Path:
    """Where the autosave of a project goes: ``P.recovery.gpkg`` beside ``P.gpkg``,
    or ``<state dir>/recovery/untitled-<session>.recovery.gpkg`` for an unsaved project."""
    if project_path:
        project_path = Path(os.path.abspath(project_path))  # a later working folder must not change it
        return project_path.with_name(project_path.stem + RECOVERY_SUFFIX)
    return state_dir() / "recovery" / f"untitled-{session_id}{RECOVERY_SUFFIX}"


def _mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None


@dataclass(frozen=True)
class RecoveryCandidate:
    """An autosave that holds edits the project file does not have.

    Attributes
    ----------
    recovery_path : pathlib.Path
        The recovery GeoPackage.
    project_path : pathlib.Path or None
        The project it belongs to; None for a project that was never saved.
    autosaved_at : datetime
        When the recovery file was written (UTC).
    title : str
        The project's title as recorded in the recovery file.
    marker_path : pathlib.Path or None
        The crashed session's marker, removed on restore/discard.
    """

    recovery_path: Path
    project_path: Path | None
    autosaved_at: datetime
    title: str = ""
    marker_path: Path | None = None

    def describe(self) -> str:
        """One line for the restore dialog."""
        where = str(self.project_path) if self.project_path else "unsaved project"
        local = self.autosaved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{self.title or where} — {where}, autosaved {local}"


class AutosaveManager:
    """Autosave an open project to its recovery file; mark the session as running.

    The GUI creates one per open project, calls :meth:`start`, connects a
    ``QTimer`` (e.g. every 30 s) to :meth:`autosave_if_due`, and calls
    :meth:`close` on a clean exit or when the project is closed.

    Parameters
    ----------
    project : Project
        The open project.
    interval_s : float, optional
        Least time between autosaves [s]; default ``io_limits.autosave_interval_s``.
    clock : callable, optional
        Monotonic clock [s] (tests pass a fake one).
    recovery_path : path, optional
        Keep autosaving to this file: pass ``candidate.recovery_path`` after
        :func:`restore` so the restored edits stay protected in one file.
    """

    def __init__(self, project: Project, interval_s: float | None = None,
                 clock: Callable[[], float] = time.monotonic, recovery_path: str | Path | None = None):
        self.project = project
        self.interval_s = float(interval_s if interval_s is not None
                                else assumptions.value("io_limits.autosave_interval_s"))
        self.clock = clock
        self.session_id = uuid.uuid4().hex[:12]
        self._last_autosave = clock()
        # A restored project is modified before any edit of this session.
        self._dirty = project.is_modified
        self._started = False
        self.marker_path = state_dir() / "sessions" / f"{self.session_id}.json"
        self.recovery_path = (Path(recovery_path) if recovery_path
                              else recovery_path_for(self._project_file(), self.session_id))

    # -- lifecycle ------------------------------------------------------
    def _project_file(self) -> Path | None:
        path = self.project.path
        # A PostGIS project has no file; its autosave goes to the state dir.
        if not path or str(path).startswith(("postgresql:", "postgres:")):
            return None
        return Path(os.path.abspath(path))

    def start(self) -> None:
        """Write the session marker and start watching the project for edits."""
        self.project.undo_stack.events.changed.connect(self._on_changed)
        self.project.events.tables.connect(self._on_changed)
        self.project.layers.events.changed.connect(self._on_changed)
        self.project.events.saved.connect(self._on_saved)
        self._started = True
        self._write_marker()

    def close(self) -> None:
        """A clean exit: remove the marker and the recovery file."""
        if self._started:
            self.project.undo_stack.events.changed.disconnect(self._on_changed)
            self.project.events.tables.disconnect(self._on_changed)
            self.project.layers.events.changed.disconnect(self._on_changed)
            self.project.events.saved.disconnect(self._on_saved)
            self._started = False
        for path in (self.recovery_path, self.marker_path):
            path.unlink(missing_ok=True)

    def _write_marker(self) -> None:
        self.marker_path.parent.mkdir(parents=True, exist_ok=True)
        project_file = self._project_file()
        record = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "project_path": str(project_file) if project_file else None,
            "recovery_path": str(self.recovery_path),
            "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
        write_text(self.marker_path, json.dumps(record), "saving")

    # -- events ---------------------------------------------------------
    def _on_changed(self, **_kwargs) -> None:
        self._dirty = True

    def _on_saved(self, **_kwargs) -> None:
        # The project file now holds everything; the autosave is obsolete.
        self.recovery_path.unlink(missing_ok=True)
        self._dirty = False
        new_recovery = recovery_path_for(self._project_file(), self.session_id)
        if new_recovery != self.recovery_path:  # "Save as" or the first save
            self.recovery_path = new_recovery
            self._write_marker()

    # -- autosave -------------------------------------------------------
    @property
    def has_unsaved_edits(self) -> bool:
        """Edits made since the last autosave or save."""
        return self._dirty

    def is_due(self) -> bool:
        return self._dirty and self.clock() - self._last_autosave >= self.interval_s

    def autosave_if_due(self) -> Path | None:
        """What the GUI's timer calls: autosave when edits wait and the interval passed."""
        return self.autosave() if self.is_due() else None

    def autosave(self) -> Path:
        """Write the recovery file now (atomically); the project itself is unchanged.

        The same as ``write(snapshot())``; the GUI calls the two halves
        separately so that the slow write runs off the GUI thread.

        Raises
        ------
        ProjectFileError
            When the recovery folder cannot be written.
        """
        return self.write(self.snapshot())

    def snapshot(self) -> Project:
        """A copy of the project as it is now, safe to write from another thread [fast].

        Vector data are copied (edits change them in place); geometries and
        rasters are immutable and shared. From here on the manager counts the
        project as autosaved: edits made while the copy is written mark it
        dirty again.
        """
        from app.layers.model import VectorLayer

        copy = Project(title=self.project.title, path=self.project.path)
        copy.meta = dict(self.project.meta)
        copy.meta[META_RECOVERY_OF] = str(self._project_file() or "")  # for people only: never read back
        copy.meta[META_AUTOSAVED] = datetime.now(timezone.utc).isoformat(timespec="seconds")
        for layer in self.project.layers:
            if isinstance(layer, VectorLayer):
                mapping = layer.import_mapping
                layer = VectorLayer(layer.name, layer.gdf.copy(), title=layer.title,
                                    style=type(layer.style).from_dict(layer.style.to_dict()),
                                    visible=layer.visible, sample=layer.sample)
                layer.import_mapping = mapping
            copy.layers.append(layer)
        copy.tables = {name: table.copy() for name, table in self.project.tables.items()}
        self._last_autosave = self.clock()
        self._dirty = False
        return copy

    def write(self, snapshot: Project) -> Path:
        """Write a :meth:`snapshot` to the recovery file (atomically; any thread)."""
        self.recovery_path.parent.mkdir(parents=True, exist_ok=True)
        write_project_atomically(snapshot, self.recovery_path)
        return self.recovery_path


def _candidate(recovery_path: Path, project_path: Path | None, marker: Path | None) -> RecoveryCandidate | None:
    recovery_mtime = _mtime(recovery_path)
    if recovery_mtime is None:
        return None
    project_mtime = _mtime(project_path) if project_path else None
    if project_mtime is not None and project_mtime >= recovery_mtime:
        return None  # saved after the autosave: nothing to recover
    title = ""
    try:
        import pyogrio

        from app.layers.vector_io import GDAL_READ_ERRORS

        meta = pyogrio.read_dataframe(recovery_path, layer="project_meta")
        title = str(dict(zip(meta["key"], meta["value"])).get("title", ""))
    except (*GDAL_READ_ERRORS, KeyError):  # an unreadable autosave is still listed; restore reports why
        pass
    return RecoveryCandidate(recovery_path, project_path,
                             datetime.fromtimestamp(recovery_mtime, timezone.utc), title, marker)


def find_recoverable(extra_projects: list[str | Path] = ()) -> list[RecoveryCandidate]:
    """Recovery files newer than their project, from sessions that did not exit cleanly.

    Parameters
    ----------
    extra_projects : list of path, optional
        Project files about to be opened (e.g. ``--project P`` or the recent
        files list): their ``P.recovery.gpkg`` is offered even when its
        session marker is gone.

    Returns
    -------
    list of RecoveryCandidate
        Newest first. Markers of crashed sessions with nothing to recover are
        removed on the way; sessions still running are skipped.
    """
    found: dict[Path, RecoveryCandidate] = {}
    host = socket.gethostname()
    for marker in sorted((state_dir() / "sessions").glob("*.json")):
        try:
            record = json.loads(marker.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            marker.unlink(missing_ok=True)
            continue
        if record.get("host") == host and _pid_alive(int(record.get("pid", -1))):
            continue  # another window of the app is running this session
        project_path = _absolute_or_none(record.get("project_path"))
        recovery_path = _absolute_or_none(record.get("recovery_path"))
        candidate = _candidate(recovery_path, project_path, marker) if recovery_path else None
        if candidate is None:
            marker.unlink(missing_ok=True)
            continue
        found[candidate.recovery_path] = candidate
    live_recovery = _live_recovery_paths(host)
    for orphan in (state_dir() / "recovery").glob(f"untitled-*{RECOVERY_SUFFIX}"):
        if orphan not in found and orphan not in live_recovery:
            candidate = _candidate(orphan, None, None)
            if candidate:
                found[orphan] = candidate
    for project in extra_projects:
        project = Path(os.path.abspath(project))  # the file the user chose, as they named it now
        recovery = recovery_path_for(project, "")
        if recovery not in found and recovery not in live_recovery:
            candidate = _candidate(recovery, project, None)
            if candidate:
                found[recovery] = candidate
    return sorted(found.values(), key=lambda c: c.autosaved_at, reverse=True)


def _live_recovery_paths(host: str) -> set[Path]:
    live = set()
    for marker in (state_dir() / "sessions").glob("*.json"):
        try:
            record = json.loads(marker.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if record.get("host") == host and _pid_alive(int(record.get("pid", -1))):
            live.add(Path(record.get("recovery_path", "")))
    return live


def _absolute_or_none(value) -> Path | None:
    """A path from a session marker, only when absolute (a relative one depends on a working folder long gone)."""
    if not isinstance(value, str) or not value or not os.path.isabs(value):
        return None
    return Path(value)


def project_id_of(path: str | Path) -> str | None:
    """The ``project_id`` stored in a project file: "" when it has none (written before identities
    existed), None when the file is missing or is not a readable project."""
    import pyogrio

    from app.core.errors import InputError
    from app.layers.input_guards import check_regular_file
    from app.layers.vector_io import GDAL_READ_ERRORS
    from app.project.project import META_PROJECT_ID

    try:
        check_regular_file(path)
        meta = pyogrio.read_dataframe(path, layer="project_meta")
        values = dict(zip(meta["key"].astype(str), meta["value"].astype(str)))
    except (*GDAL_READ_ERRORS, InputError, KeyError):
        return None
    return values.get(META_PROJECT_ID, "")


def restore(candidate: RecoveryCandidate) -> Project:
    """Open the autosaved project; "Save" then writes to the project the user chose, if it is the same project.

    ``candidate.project_path`` (the file about to be opened, or the one the
    crashed session's marker names) becomes the restored project's path only
    when that file holds the same ``project_id`` as the autosave (or holds
    none: a file from before identities existed). Otherwise (another
    project's autosave, the file gone) the project is restored without a
    path, says why in ``meta["open_warnings"]``, and Save asks where. The
    path inside the recovery file (``recovery_of``) is never used.

    The restored project counts as modified (its edits are not in the project
    file yet). The recovery file is kept until the project is saved, so a
    second crash before that loses nothing.
    """
    project = Project.open(candidate.recovery_path)
    for key in (META_RECOVERY_OF, META_AUTOSAVED):
        project.meta.pop(key, None)
    project.path = None
    warnings = [w for w in project.meta.get("open_warnings", "").splitlines() if w]
    chosen = candidate.project_path
    if chosen is not None:
        stored = project_id_of(chosen)
        if stored is None:
            warnings.insert(0, f"the project file {chosen} is missing or unreadable; the autosave was restored as "
                               f"an unsaved project: choose where to save it")
        elif stored and project.project_id and stored != project.project_id:
            warnings.insert(0, f"this autosave belongs to another project than {chosen} (a different project id); "
                               f"it was restored as an unsaved project so that {chosen.name} is not overwritten: "
                               f"choose where to save it")
        else:
            project.path = chosen
    project.meta["open_warnings"] = "\n".join(warnings)
    # No saved state matches the restored data: never clean until saved.
    project.undo_stack._clean_index = -1
    if candidate.marker_path:
        candidate.marker_path.unlink(missing_ok=True)
    return project


def restore_path(recovery_file: str | Path, extra_projects: list[str | Path] = ()) -> Project:
    """:func:`restore` the autosave at ``recovery_file`` (what the restore dialog returns).

    ``extra_projects``: the files the user is opening (as given to
    :func:`find_recoverable`); the autosave restores into one of them, or into
    the project its crashed session's marker names, never into a path read
    from the recovery file. Found nowhere: restored as an unsaved project.
    """
    recovery_file = Path(os.path.abspath(recovery_file))
    for candidate in find_recoverable(extra_projects):
        if candidate.recovery_path == recovery_file:
            return restore(candidate)
    mtime = _mtime(recovery_file) or 0.0
    return restore(RecoveryCandidate(recovery_file, None, datetime.fromtimestamp(mtime, timezone.utc)))


def discard(candidate: RecoveryCandidate) -> None:
    """Delete an autosave the user chose not to restore."""
    candidate.recovery_path.unlink(missing_ok=True)
    if candidate.marker_path:
        candidate.marker_path.unlink(missing_ok=True)
