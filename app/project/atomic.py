"""The one atomic writer: every file the app writes goes through here (DESIGN.md rule 11).

A single file (:func:`atomic_output`):

1. the destination is checked first: its folder exists and may be written,
   it is not a folder, and it is not one of the operation's inputs (the open
   project, the file being read), so a report or an export never destroys
   what it was made from;
2. the caller writes a temporary name *in the destination folder*
   (``.<stem>-<label>-<pid>-<token>.tmp<suffix>``, so GDAL still sees the
   format's suffix and the rename never crosses file systems);
3. the file is flushed to the disk (``fsync``) and checked by the caller's
   ``verify`` (e.g. re-opened with the reader that will read it);
4. it is renamed over the destination (``os.replace``: atomic on one file
   system) and the folder entry is flushed (``fsync`` of the folder).

On any failure the temporaries are removed and the previous file is left
byte-identical; an :class:`~app.core.errors.OutputError` names the path,
the reason (a full disk named as such, a quota, a read-only or missing
folder, a result that did not read back) and what to do. Errors that are
not about writing (a bug, bad data) pass through unchanged, after the same
clean-up.

A set of files that belong together (:class:`AtomicFileSet`: a Shapefile's
``.shp .shx .dbf .prj .cpg``, its README) cannot be renamed in one step.
The set is written into a staging folder in the destination folder, every
part fsynced and verified, and a manifest written; then the previous set
is moved aside into the staging folder (its ``.shp`` first, so no reader
sees an old ``.shp`` after its sidecars went), and the new parts are moved
in (the ``.shp`` last, so a ``.shp`` appears only beside its complete new
sidecars). A failure rolls back (new parts out, the previous ones back,
``.shp`` last); a crash leaves either the complete old set, the complete new
set, or no ``.shp`` at all (never a new ``.shp`` with an old ``.dbf``), and
the next write in that folder (or :func:`recover_interrupted_writes`)
restores the previous set from the manifest.

Files keep the permissions the writer creates them with, which follow the
user's umask like any other program's output (``mkstemp`` used to make them
0600).

Qt-free.
"""
from __future__ import annotations

import errno
import json
import os
import re
import secrets
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable

from app.core.errors import OutputError
from app.core.i18n import QT_TRANSLATE_NOOP, Message

#: Extensions of the parts of one Shapefile data set: written, moved aside and restored together (an old
#: spatial index ``.qix``/``.sbn`` beside a new ``.shp`` would be as wrong as an old ``.dbf``).
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".fbn", ".fbx", ".ain", ".aih",
                   ".atx", ".ixs", ".mxs", ".shp.xml", ".qmd")
#: Files SQLite (GeoPackage) keeps beside a database while it writes.
SQLITE_SIDECARS = ("-journal", "-wal", "-shm")
#: What a failed write means, and what the user can do about it.
REASONS = {
    "disk_full": (QT_TRANSLATE_NOOP("Error", "the disk is full (no space left on device)"),
                  QT_TRANSLATE_NOOP("Error", "free space on that disk or choose a folder on another disk")),
    "quota": (QT_TRANSLATE_NOOP("Error", "your disk quota is used up"),
              QT_TRANSLATE_NOOP("Error", "free space in your quota or choose another folder")),
    "read_only": (QT_TRANSLATE_NOOP("Error", "the folder is read-only or you may not write there"),
                  QT_TRANSLATE_NOOP("Error", "choose a folder you may write to")),
    "missing_folder": (QT_TRANSLATE_NOOP("Error", "the folder {folder} does not exist"),
                       QT_TRANSLATE_NOOP("Error", "create it or choose an existing folder")),
    "protected": (QT_TRANSLATE_NOOP("Error", "it is {what} of this operation, which would be destroyed"),
                  QT_TRANSLATE_NOOP("Error", "choose another file name")),
    "unreadable": (QT_TRANSLATE_NOOP("Error", "the written file did not read back ({detail})"),
                   QT_TRANSLATE_NOOP("Error", "check the disk and try again")),
    "other": (QT_TRANSLATE_NOOP("Error", "{detail}"), QT_TRANSLATE_NOOP("Error", "check the path and try again")),
}
_ERRNO_REASONS = {errno.ENOSPC: "disk_full", errno.EDQUOT: "quota", errno.EROFS: "read_only",
                  errno.EACCES: "read_only", errno.EPERM: "read_only", errno.ENOENT: "missing_folder"}
#: Messages of libraries that report a write failure without an errno (GDAL, SQLite).
_TEXT_REASONS = (
    (re.compile(r"no space left|disk is full|disk full|database or disk is full", re.I), "disk_full"),
    (re.compile(r"quota", re.I), "quota"),
    (re.compile(r"read-only file system|readonly database|attempt to write a readonly|permission denied", re.I),
     "read_only"),
)
#: Temporary names this process is writing right now (never stale).
_ACTIVE: set[str] = set()
_TEMP = re.compile(r"^\.(?P<stem>.+)-(?P<label>[a-z]+)-(?P<pid>\d+)-(?P<token>[0-9a-z]+)\.tmp")
#: Labels the app's writers use: a folder-wide clean-up (:func:`recover_interrupted_writes`) touches only these.
APP_LABELS = ("saving", "exporting", "writing", "printing")


# ----------------------------------------------------------------------------- errors


def write_failure_reason(exc: BaseException) -> str | None:
    """The :data:`REASONS` key of a write error, or None when ``exc`` is not about writing a file.

    An OSError always is (its errno says why); a library error (GDAL,
    SQLite) is when its message says the disk is full or read-only.
    """
    if isinstance(exc, OutputError):
        return exc.reason
    if isinstance(exc, OSError):
        return _ERRNO_REASONS.get(exc.errno, "other")
    text = str(exc)
    for pattern, reason in _TEXT_REASONS:
        if pattern.search(text):
            return reason
    return None


def output_error(target: Path, reason: str, detail: str = "", existed: bool = False, what: str | None = None
                 ) -> OutputError:
    """An :class:`OutputError` saying which path, why and what to do (``what``: "an input", a message)."""
    why, advice = REASONS[reason]
    why = Message(why, folder=target.parent, detail=detail or Message(QT_TRANSLATE_NOOP("Error", "unknown error")),
                  what=what or Message(QT_TRANSLATE_NOOP("Error", "an input")))
    template = QT_TRANSLATE_NOOP("Error", "cannot write {target}: {why}; {advice}; the previous file is unchanged") \
        if existed else QT_TRANSLATE_NOOP("Error", "cannot write {target}: {why}; {advice}")
    return OutputError(template, code=reason, path=target, reason=reason, target=target, why=why,
                       advice=Message(advice))


#: Libraries whose errors, raised while writing to a full disk, mean the disk (GDAL may only say "Cannot
#: write feature").
_WRITER_LIBRARIES = ("pyogrio", "rasterio", "sqlite3", "openpyxl", "reportlab", "zipfile")


def _as_output_error(target: Path, exc: BaseException, existed: bool) -> OutputError | None:
    reason = write_failure_reason(exc)
    if reason is None and type(exc).__module__.split(".")[0] in _WRITER_LIBRARIES and disk_is_full(target.parent):
        reason = "disk_full"
    if reason is None:
        return None
    if isinstance(exc, OutputError):
        return exc
    text = str(exc).strip()
    detail = getattr(exc, "strerror", None) or (text.splitlines()[0] if text else type(exc).__name__)
    return output_error(target, reason, detail, existed)


def disk_is_full(folder: str | Path) -> bool:
    """True when the file system of ``folder`` has no space left for this user.

    For writers that fail without saying why (Qt's image writers return
    False; GDAL's KML driver may leave a truncated file and no error).
    """
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return stats.f_bavail * stats.f_frsize < 64 * 1024


def failed_write(path: str | Path, what: str) -> OSError:
    """The OSError for a writer that only said it failed: ENOSPC when the disk is full, else EIO."""
    path = Path(path)
    code = errno.ENOSPC if disk_is_full(path.parent) else errno.EIO
    return OSError(code, f"{what} ({os.strerror(code)})", str(path))


# ----------------------------------------------------------------------------- checks


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (by inode; by resolved name when one does not exist yet)."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist: compare the names
        return os.path.realpath(a) == os.path.realpath(b)


def check_writable(target: str | Path, protected: Iterable = ()) -> Path:
    """Check a destination before any work is done; returns it with symbolic links resolved.

    A link is written through (the file it points to is replaced, the link
    stays), for every command alike.

    Parameters
    ----------
    target : path
    protected : iterable of path or (path, description)
        Files this operation reads (the open project, the input file): the
        destination must not be one of them.

    Raises
    ------
    OutputError
        Missing or read-only folder, a folder as the destination, or one of
        ``protected``.
    """
    target = Path(os.path.realpath(Path(target).expanduser()))
    existed = target.exists()
    if target.is_dir():
        raise OutputError(QT_TRANSLATE_NOOP("Error", "cannot write {target}: it is a folder; expected a file name"),
                          code="cannot_write_folder_file", path=target, reason="other", target=target)
    if not target.parent.is_dir():
        raise output_error(target, "missing_folder")
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise output_error(target, "read_only", existed=existed)
    for entry in protected:
        path, what = (entry if isinstance(entry, tuple) else (entry, None))
        if path and same_file(target, Path(path)):
            raise output_error(target, "protected", existed=existed, what=what)
    return target


# ----------------------------------------------------------------------------- flushing


def fsync_file(path: str | Path) -> None:
    """Flush a written file's data to the disk (a full disk may only show here)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: str | Path) -> None:
    """Flush a folder's entries (a rename is durable only then). Not every platform can: then nothing."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; its renames are journaled by NTFS
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.EBADF):  # the file system has nothing to flush for folders
            raise
    finally:
        os.close(fd)


# ----------------------------------------------------------------------------- temporaries


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this machine (one owned by someone else, or unknown: yes)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists but belongs to someone else, or the platform cannot tell: keep its files
    return True


def _temp_name(target: Path, label: str, suffix: str) -> str:
    return f".{target.stem}-{label}-{os.getpid()}-{secrets.token_hex(4)}.tmp{suffix}"


def _remove_file_and_sidecars(path: Path) -> None:
    for side in ("",) + SQLITE_SIDECARS:
        try:
            os.unlink(f"{path}{side}")
        except FileNotFoundError:
            pass


def remove_stale_temporaries(target: str | Path, label: str | None = None) -> list[Path]:
    """Remove what killed writers left beside ``target``; returns what was removed.

    Temporaries carry the writer's process id: those whose process is gone
    are removed (with SQLite journals), staging folders of file sets are
    first rolled back (:func:`recover_interrupted_writes`). Those of a live
    process (another write running now) are kept. Names of the style before
    the process id was added (``.<stem>-<label>-<token>.tmp...``) are removed too.
    """
    target = Path(target)
    removed = []
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return removed
    prefix = f".{target.stem}-"
    for entry in entries:
        if not entry.name.startswith(prefix) or ".tmp" not in entry.name or entry.name in _ACTIVE:
            continue
        base = entry.name
        for side in SQLITE_SIDECARS:
            base = base.removesuffix(side)
        if base in _ACTIVE:
            continue
        found = _TEMP.match(base)
        if found is not None:
            if found["stem"] != target.stem or (label is not None and found["label"] != label):
                continue
            pid = int(found["pid"])
            if pid != os.getpid() and pid_alive(pid):
                continue
        elif label is None or not base.startswith(f"{prefix}{label}-"):
            continue
        if entry.is_dir():
            _recover_staging(entry)
        else:
            try:
                entry.unlink()
            except OSError:  # someone else's file, or gone already
                continue
        removed.append(entry)
    return removed


# ----------------------------------------------------------------------------- one file


@contextmanager
def atomic_output(target: str | Path, label: str = "writing", *, verify: Callable[[Path], object] | None = None,
                  protected: Iterable = ()):
    """Yield a temporary path in ``target``'s folder; when the block ends, it replaces ``target``.

    The block writes the temporary path (it does not exist yet: a writer
    such as GDAL creates it). Then it is fsynced, checked with
    ``verify(path)`` (which raises when the file is bad), renamed over
    ``target``, and the folder is fsynced.

    Parameters
    ----------
    target : path
    label : str
        Lower-case word in the temporary name (``saving``, ``exporting``...).
    verify : callable, optional
        ``verify(temporary_path)``; any error it raises means the file is bad.
    protected : iterable
        See :func:`check_writable`.

    Raises
    ------
    OutputError
        The destination cannot be written (see :func:`check_writable`), the
        write failed for a reason of the disk or folder, or the file did not
        pass ``verify``. The previous file is unchanged and no temporary is left.
    """
    target = check_writable(target, protected)
    existed = target.exists()
    remove_stale_temporaries(target, label)
    recover_interrupted_writes(target.parent)  # what killed writers of any file left in this folder
    tmp = target.parent / _temp_name(target, label, target.suffix)
    _ACTIVE.add(tmp.name)
    try:
        try:
            yield tmp
            if not tmp.exists():
                raise output_error(target, "other", "the writer produced no file", existed)
            fsync_file(tmp)
        except BaseException as exc:
            converted = _as_output_error(target, exc, existed)
            if converted is None or converted is exc:
                raise
            raise converted from exc
        if verify is not None:
            _verify(target, tmp, verify, existed)
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise _as_output_error(target, exc, existed) from exc
        fsync_folder(target.parent)
    finally:
        _ACTIVE.discard(tmp.name)
        _remove_file_and_sidecars(tmp)


def _verify(target: Path, written: Path, verify, existed: bool) -> None:
    try:
        verify(written)
    except OutputError:
        raise
    except Exception as exc:  # noqa: BLE001 -- whatever the reader says, the written file is not usable
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        reason = write_failure_reason(exc) or ("disk_full" if disk_is_full(target.parent) else "unreadable")
        raise output_error(target, reason, detail, existed) from exc


def write_bytes(target: str | Path, data: bytes, label: str = "writing", **kwargs) -> Path:
    """Write ``data`` to ``target`` atomically (see :func:`atomic_output`); returns the path written."""
    with atomic_output(target, label, **kwargs) as tmp:
        with open(tmp, "wb") as f:
            f.write(data)
    return check_writable(target)


def write_text(target: str | Path, text: str, label: str = "writing", encoding: str = "utf-8", **kwargs) -> Path:
    """Write ``text`` to ``target`` atomically (see :func:`atomic_output`); returns the path written."""
    return write_bytes(target, text.encode(encoding), label, **kwargs)


# ----------------------------------------------------------------------------- checks of written files


def _check_ends(path: Path, head: bytes, tail: bytes, tail_bytes: int, what: str) -> None:
    """Raise unless ``path`` starts with ``head`` and its last ``tail_bytes`` bytes hold ``tail``."""
    with open(path, "rb") as f:
        start = f.read(len(head))
        f.seek(max(0, os.path.getsize(path) - tail_bytes))
        end = f.read()
    if start != head or tail not in end:
        raise ValueError(f"not a complete {what}")


def verify_pdf(path: Path) -> None:
    """A complete PDF: the header and, near the end, the end-of-file marker."""
    _check_ends(path, b"%PDF-", b"%%EOF", 1024, "PDF (no %PDF- header or %%EOF end)")


def verify_png(path: Path) -> None:
    """A complete PNG: the signature and the IEND chunk at the end."""
    _check_ends(path, b"\x89PNG\r\n\x1a\n", b"IEND", 12, "PNG image")


def verify_zip(path: Path) -> None:
    """A zip archive (XLSX, zipped Shapefile) whose every member reads back with its CRC."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        bad = archive.testzip()
    if bad is not None:
        raise ValueError(f"member {bad} of the archive is damaged")


def verify_vector(features: int | None = None, layer: str | None = None) -> Callable[[Path], None]:
    """A check that GDAL opens the written file (and finds ``features`` features in ``layer``)."""
    def verify(path: Path) -> None:
        import pyogrio

        if features is None and layer is None:
            if not pyogrio.list_layers(path).size:
                raise ValueError("no layer read back")
            return
        info = pyogrio.read_info(path, layer=layer)
        if features is not None and info["features"] not in (features, -1):
            raise ValueError(f"{info['features']} feature(s) read back, {features} written")

    return verify


# ----------------------------------------------------------------------------- a set of files


def _set_order(names, main_last: bool) -> list[str]:
    """Names with the main parts (``.shp``) last (moving in) or first (moving out)."""
    return sorted(names, key=lambda n: (n.lower().endswith(".shp") != (not main_last), n))


class AtomicFileSet:
    """Files that belong together, replacing the previous set as one (see the module docstring).

    Use::

        with AtomicFileSet(folder, "roads", protected=[project_path]) as files:
            write_shapefile(files.dir / "roads.shp")         # and any other part
            paths = files.commit(verify=lambda folder: ...)

    Parameters
    ----------
    folder : path
        The destination folder.
    stem : str
        Name of the set (the temporary folder is ``.<stem>-<label>-<pid>-<token>.tmpdir``).
    label : str
    protected : iterable
        See :func:`check_writable`; checked for every part.
    part_suffixes : tuple of str
        Extensions of a data set's parts: every file ``<stem of a written .shp>.<ext>`` already in the
        folder belongs to the previous set (default :data:`SHAPEFILE_PARTS`).
    main : str, optional
        The file name messages name (e.g. ``roads.shp``); default the stem.
    """

    def __init__(self, folder: str | Path, stem: str, label: str = "exporting", protected: Iterable = (),
                 part_suffixes: tuple = SHAPEFILE_PARTS, main: str | None = None):
        self.folder = Path(os.path.realpath(Path(folder).expanduser()))
        self.stem = stem
        self.main = self.folder / (main or stem)
        self.label = label
        self.protected = list(protected)
        self.part_suffixes = part_suffixes
        self.staging: Path | None = None
        self.dir: Path | None = None

    def __enter__(self) -> "AtomicFileSet":
        probe = self.folder / f"{self.stem}.set"  # names the temporaries: .<stem>-<label>-<pid>-<token>.tmpdir
        if not self.folder.is_dir():
            raise output_error(self.main, "missing_folder")
        if not os.access(self.folder, os.W_OK | os.X_OK):
            raise output_error(self.main, "read_only")
        remove_stale_temporaries(probe, self.label)
        recover_interrupted_writes(self.folder)
        name = _temp_name(probe, self.label, "dir")
        _ACTIVE.add(name)
        try:
            (self.folder / name / "new").mkdir(parents=True)
        except OSError as exc:
            _ACTIVE.discard(name)
            raise _as_output_error(self.main, exc, False) from exc
        self.staging = self.folder / name
        self.dir = self.staging / "new"
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            _ACTIVE.discard(self.staging.name)
        if exc is not None and not isinstance(exc, OutputError):
            converted = _as_output_error(self.main, exc, self.main.exists())
            if converted is not None:
                raise converted from exc
        return False

    def previous_parts(self, names) -> list[str]:
        """Files of the folder that the written ``names`` replace (and the old sidecars of each ``.shp``)."""
        out = set()
        for name in names:
            if (self.folder / name).exists():
                out.add(name)
            if name.lower().endswith(".shp"):
                stem = name[:-4]
                out.update(p.name for p in self.folder.iterdir() if p.is_file() and any(
                    p.name.lower() == (stem + ext).lower() for ext in self.part_suffixes))
        return sorted(out)

    def commit(self, verify: Callable[[Path], object] | None = None) -> list[Path]:
        """Flush, check and move the written files into the folder as one set; returns their paths.

        Parameters
        ----------
        verify : callable, optional
            ``verify(staging_folder)`` with every part under its final name; raises when the set is bad.

        Raises
        ------
        OutputError
            As :func:`atomic_output`; the previous set is back in place, byte-identical.
        """
        names = sorted(p.name for p in self.dir.iterdir())
        targets = [self.folder / n for n in names]
        for target in targets:
            check_writable(target, self.protected)
        main = targets[0]
        existed = any(t.exists() for t in targets)
        try:
            for name in names:
                fsync_file(self.dir / name)
        except OSError as exc:
            raise _as_output_error(main, exc, existed) from exc
        if verify is not None:
            _verify(main, self.dir, verify, existed)
        previous = self.previous_parts(names)
        back = self.staging / "previous"
        manifest = self.staging / "manifest.json"
        try:
            back.mkdir()
            manifest.write_text(json.dumps({"new": names, "previous": previous}), encoding="utf-8")
            fsync_file(manifest)
            fsync_folder(self.staging)
        except OSError as exc:
            raise _as_output_error(main, exc, existed) from exc
        moved_out, moved_in = [], []
        try:
            for name in _set_order(previous, main_last=False):
                os.replace(self.folder / name, back / name)
                moved_out.append(name)
            for name in _set_order(names, main_last=True):
                os.replace(self.dir / name, self.folder / name)
                moved_in.append(name)
            fsync_folder(self.folder)
        except OSError as exc:
            for name in reversed(moved_in):
                os.replace(self.folder / name, self.dir / name)
            for name in reversed(moved_out):
                os.replace(back / name, self.folder / name)
            fsync_folder(self.folder)
            raise _as_output_error(main, exc, existed) from exc
        return targets


def _recover_staging(staging: Path) -> None:
    """Finish or undo the file set a killed writer left in ``staging``, then remove it."""
    folder = staging.parent
    manifest = staging / "manifest.json"
    new_dir, back = staging / "new", staging / "previous"
    try:
        doc = json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() else None
    except (OSError, ValueError):
        doc = None
    if doc is not None and new_dir.is_dir() and any(new_dir.iterdir()) and back.is_dir():
        # killed while the sets were swapped: take the new parts out, put the previous ones back
        left = {p.name for p in new_dir.iterdir()}
        for name in doc["new"]:
            if name not in left and name not in set(doc["previous"]):
                (folder / name).unlink(missing_ok=True)
        for name in _set_order([p.name for p in back.iterdir()], main_last=True):
            os.replace(back / name, folder / name)
        fsync_folder(folder)
    shutil.rmtree(staging, ignore_errors=True)


def recover_interrupted_writes(folder: str | Path) -> list[Path]:
    """Undo what writers killed in ``folder`` left half done; returns the temporaries removed.

    Only temporaries whose writer process is gone are touched (a SIGKILLed
    export leaves a ``.<stem>-exporting-<pid>-<token>.tmpdir`` of up to the
    size of the export). Every write into a folder does this first, whatever
    file it writes, and opening a project does it for the project's folder.
    """
    folder = Path(folder)
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:  # unreadable folder: the write itself will say what is wrong
        return removed
    for entry in entries:
        found = _TEMP.match(entry.name)
        if found is not None and found["label"] in APP_LABELS:
            removed += remove_stale_temporaries(folder / f"{found['stem']}.x", found["label"])
    return removed


__all__ = ["atomic_output", "AtomicFileSet", "check_writable", "write_bytes", "write_text", "fsync_file",
           "fsync_folder", "same_file", "remove_stale_temporaries", "pid_alive", "disk_is_full", "failed_write", "recover_interrupted_writes", "write_failure_reason",
           "output_error", "verify_pdf", "verify_png", "verify_zip", "verify_vector", "SHAPEFILE_PARTS", "REASONS"]
