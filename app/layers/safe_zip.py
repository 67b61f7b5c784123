"""Extract a zip a user sent (a zipped Shapefile) without letting it escape or explode.

Zipped Shapefiles are extracted to a temporary folder rather than read
through GDAL's ``/vsizip/``: the Shapefile encoding detection reads the
``.cpg`` and DBF header bytes from real files, and extraction through this
module applies explicit guards that ``/vsizip/`` does not:

- *zip slip* (CVE-2018-1000117 family): a member whose name is absolute, has
  a drive letter, contains ``..`` or resolves outside the target folder is
  refused, and so is a symbolic link member; nothing is extracted then.
- *zip bombs*: the member count, the total declared size and each member's
  compression ratio are checked against ``io_limits`` before extraction,
  and the bytes actually written are counted again while extracting (the
  declared sizes can lie).

Qt-free.
"""
from __future__ import annotations

import shutil
import stat
import zipfile
from pathlib import Path, PurePosixPath, PureWindowsPath

from app.core import assumptions
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Message

_CHUNK = 1 << 20


def _member_problem(name: str, target: Path) -> str | None:
    windows = PureWindowsPath(name)
    posix = PurePosixPath(name.replace("\\", "/"))
    if posix.is_absolute() or windows.drive or windows.root:
        return Message(QT_TRANSLATE_NOOP("Error", "an absolute path"))
    if ".." in posix.parts:
        return Message(QT_TRANSLATE_NOOP("Error", "a '..' path leading outside the folder"))
    resolved = (target / posix).resolve()
    if target != resolved and target not in resolved.parents:
        return Message(QT_TRANSLATE_NOOP("Error", "a path outside the folder"))
    return None


def check_zip_members(zip_path: str | Path, target: str | Path) -> list[zipfile.ZipInfo]:
    """The members of ``zip_path`` safe to extract into ``target``.

    Raises
    ------
    InputError
        Not a zip; a member would land outside ``target`` (zip slip) or is a
        symbolic link; too many members, too large, or too compressed.
    """
    zip_path = Path(zip_path)
    target = Path(target).resolve()
    limits = {k: assumptions.value(f"io_limits.{k}") for k in
              ("max_zip_members", "max_zip_uncompressed_mb", "max_zip_ratio")}
    try:
        with zipfile.ZipFile(zip_path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(QT_TRANSLATE_NOOP("Error", "cannot open {zip_path_name} as a zip archive ({exc}); "
                                                    "expected a .zip of a Shapefile"), code="cannot_open_zip_archive",
                         zip_path_name=zip_path.name, exc=exc) from exc
    if len(members) > limits["max_zip_members"]:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{zip_path_name} has {n_members} files; expected at most "
                                                    "{max_zip_members} (a zipped Shapefile has 3-8)"),
                         code="files_most_zipped_shapefile", zip_path_name=zip_path.name, n_members=len(members),
                         max_zip_members=limits['max_zip_members'])
    total = 0
    for info in members:
        problem = _member_problem(info.filename, target)
        if problem:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{zip_path_name} was refused: its entry {filename!r} has "
                                                        "{problem} (zip slip); expected files inside the archive's "
                                                        "own folder. Nothing was extracted."),
                             code="was_refused_entry_zip", zip_path_name=zip_path.name, filename=info.filename,
                             problem=problem)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise InputError(QT_TRANSLATE_NOOP("Error", "{zip_path_name} was refused: its entry {filename!r} is a "
                                                        "symbolic link; expected plain files. Nothing was "
                                                        "extracted."), code="was_refused_entry_symbolic",
                             zip_path_name=zip_path.name, filename=info.filename)
        total += info.file_size
        if info.compress_size and info.file_size / info.compress_size > limits["max_zip_ratio"]:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{zip_path_name} was refused: {filename!r} expands "
                                                        "{file_size:.0f}x (expected at most {max_zip_ratio}x; a "
                                                        "zip bomb?)"), code="was_refused_expands_most",
                             zip_path_name=zip_path.name, filename=info.filename,
                             file_size=info.file_size / info.compress_size, max_zip_ratio=limits['max_zip_ratio'])
    if total > limits["max_zip_uncompressed_mb"] * 1e6:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{zip_path_name} would extract to {total:.0f} MB; expected at "
                                                    "most {max_zip_uncompressed_mb} MB"),
                         code="would_extract_mb_most", zip_path_name=zip_path.name, total=total / 1e6,
                         max_zip_uncompressed_mb=limits['max_zip_uncompressed_mb'])
    return members


def extract_zip_safely(zip_path: str | Path, target: str | Path) -> list[Path]:
    """Extract every member of ``zip_path`` into ``target`` after :func:`check_zip_members`.

    Returns
    -------
    list of pathlib.Path
        The files written.
    """
    target = Path(target).resolve()
    target.mkdir(parents=True, exist_ok=True)
    members = check_zip_members(zip_path, target)
    budget = assumptions.value("io_limits.max_zip_uncompressed_mb") * 1e6
    written = []
    with zipfile.ZipFile(zip_path) as archive:
        for info in members:
            out = (target / PurePosixPath(info.filename.replace("\\", "/"))).resolve()
            if info.is_dir():
                out.mkdir(parents=True, exist_ok=True)
                continue
            out.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as src, open(out, "wb") as dst:
                while chunk := src.read(_CHUNK):
                    budget -= len(chunk)
                    if budget < 0:
                        raise InputError(QT_TRANSLATE_NOOP("Error", "{zip_path_name} extracts to more than its "
                                                                    "declared size; refused (a zip bomb?)"),
                                         code="extracts_more_declared_size", zip_path_name=Path(zip_path).name)
                    dst.write(chunk)
            written.append(out)
    return written


def find_shapefile(folder: str | Path) -> Path:
    """The one ``.shp`` in an extracted folder (sub-folders too)."""
    found = sorted(p for p in Path(folder).rglob("*") if p.suffix.lower() == ".shp")
    if not found:
        raise InputError(QT_TRANSLATE_NOOP("Error", "the zip holds no .shp file; expected a zipped Shapefile (.shp "
                                                    "+ .shx + .dbf)"), code="zip_holds_shp_file")
    if len(found) > 1:
        names = ", ".join(str(p.relative_to(folder)) for p in found)
        raise InputError(QT_TRANSLATE_NOOP("Error", "the zip holds {n_found} Shapefiles ({names}); expected one, "
                                                    "or unzip and pick one"), code="zip_holds_shapefiles_unzip",
                         n_found=len(found), names=names)
    return found[0]


def remove_tree(folder: str | Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
