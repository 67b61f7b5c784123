"""Checks a file passes before any reader (GDAL, pandas) touches it.

- size: files above ``io_limits.max_vector_file_mb`` are refused with a
  message at once (a whole-file import holds every feature in memory; a
  2 GB file would freeze the UI, then exhaust memory).
- Shapefile parts: a ``.shp`` without its ``.dbf`` (GDAL would read the
  shapes without a word about the lost attributes) or cut short (GDAL would
  return empty geometries for the missing records) is refused.
- XML entity bombs: KML, GML and GPX files are read for at most
  ``io_limits.xml_prolog_scan_kb`` and refused when they declare a DTD or
  entities (``<!DOCTYPE``, ``<!ENTITY``). Real KML never needs them, and
  GDAL's expat parser would otherwise expand "billion laughs" entities.
- special files: a named pipe (FIFO), a device or a socket is refused before
  anything opens it (opening a FIFO blocks until someone writes to it; a
  device such as ``/dev/zero`` never ends).
- GeoPackage views: each SQL view a GeoPackage lists is counted once within
  ``io_limits.gpkg_view_check_steps`` SQLite steps; a view that does not
  finish (a recursive view) is refused by name instead of hanging GDAL.
- counts: features (``io_limits.max_features``, from GDAL's count before
  reading), vertices (``io_limits.max_vertices``) and raster pixels
  (``io_limits.max_raster_pixels``, from the header before any pixel is read).

Every limit lives in ``app/resources/assumptions/io_limits.json`` with its
reason; messages name that file.

Qt-free.
"""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from app.core import assumptions
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Message

XML_EXTENSIONS = (".kml", ".gml", ".gpx", ".xml")
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


LIMITS_FILE = "app/resources/assumptions/io_limits.json"
_SPECIAL_KINDS = ((stat.S_ISFIFO, QT_TRANSLATE_NOOP("Error", "a named pipe (FIFO)")),
                  (stat.S_ISCHR, QT_TRANSLATE_NOOP("Error", "a character device")),
                  (stat.S_ISBLK, QT_TRANSLATE_NOOP("Error", "a block device")),
                  (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Error", "a socket")))


def check_regular_file(path: str | Path, allow_folder: bool = False) -> Path:
    """Refuse a path that is not a regular file before anything opens it.

    ``os.stat`` only looks at the directory entry (it follows links): it never
    opens the file, so it cannot block on a FIFO.

    Raises
    ------
    InputError
        Missing, a named pipe, a device, a socket, or a folder (unless ``allow_folder``).
    """
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise InputError(QT_TRANSLATE_NOOP("Error", "file not found: {file}"), code="file_found", file=path) from None
    except OSError as exc:
        raise InputError(QT_TRANSLATE_NOOP("Error", "cannot read {file}: {value}"), code="cannot_read", file=path,
                         value=exc.strerror or exc) from None
    if stat.S_ISREG(mode) or (allow_folder and stat.S_ISDIR(mode)):
        return path
    if stat.S_ISDIR(mode):
        raise InputError(QT_TRANSLATE_NOOP("Error", "{file} is a folder; expected a file"), code="folder_file",
                         file=path)
    kind = Message(next((what for test, what in _SPECIAL_KINDS if test(mode)),
                        QT_TRANSLATE_NOOP("Error", "a special file")))
    raise InputError(QT_TRANSLATE_NOOP("Error", "{name} is {kind}, not a regular file: reading it could block or "
                                                "never end; expected a file on disk"),
                     code="regular_file_reading_could", name=path.name, kind=kind)


def _limit(key: str) -> float:
    return float(assumptions.value(f"io_limits.{key}"))


def check_count(count: int | None, key: str, what: str, name: str, advice: str | None = None) -> None:
    """Refuse ``count`` of ``what`` above the limit ``io_limits.<key>`` (None or a negative count: unknown, passes).

    ``what`` and ``advice`` are messages (:class:`app.core.i18n.Message`): "features", "clip or split it first".
    """
    if count is None or count < 0:
        return
    if advice is None:
        advice = Message(QT_TRANSLATE_NOOP("Error", "clip or split it first"))
    limit = _limit(key)
    if count > limit:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name} has {count:,} {what}; expected at most {limit:,.0f} "
                                                    "(limit {key} in {limits_file}); {advice}"), code="most_limit",
                         name=name, count=count, what=what, limit=limit, key=key, limits_file=LIMITS_FILE,
                         advice=advice)


def check_raster_pixels(width: int, height: int, name: str) -> None:
    """Refuse a raster larger than ``io_limits.max_raster_pixels``, from its header, before any pixel is read."""
    limit = _limit("max_raster_pixels")
    if width * height > limit:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name} is {width:,} x {height:,} pixels ({width2:,.0f} "
                                                    "million); expected at most {limit:,.0f} million pixels (limit "
                                                    "max_raster_pixels in {limits_file}), since the raster is read "
                                                    "into memory; clip it to the study area or resample it "
                                                    "(gdalwarp -te / -tr) first"), code="pixels_million_most_million",
                         name=name, width=width, height=height, width2=width * height / 1e6, limit=limit / 1e6,
                         limits_file=LIMITS_FILE)


def shapefile_vertex_bound(path: str | Path) -> int:
    """Most vertices a ``.shp`` can hold: its size over 16 bytes per vertex (ESRI Shapefile Technical Description)."""
    return max(0, (Path(path).stat().st_size - 100) // 16)


def runaway_geopackage_views(path: str | Path) -> dict[str, str]:
    """Views of a GeoPackage that do not finish within ``io_limits.gpkg_view_check_steps``; name -> reason.

    Read with Python's own SQLite, read-only, before GDAL opens the file:
    GDAL counts a view's rows by running it, and a recursive view never ends.
    Tables are not touched. Not a GeoPackage SQLite can read: ``{}`` (GDAL
    then says what is wrong).
    """
    import sqlite3

    budget = int(_limit("gpkg_view_check_steps"))
    step = 10_000
    found = {}
    try:
        uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return found
    try:
        try:
            views = [str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")]
        except sqlite3.Error:
            return found
        for view in views:
            spent = [0]

            def progress(spent=spent):
                spent[0] += step
                return 1 if spent[0] > budget else 0  # non-zero aborts the statement

            conn.set_progress_handler(progress, step)
            quoted = '"' + view.replace('"', '""') + '"'
            try:
                conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()
            except sqlite3.OperationalError as exc:
                if spent[0] > budget:
                    found[view] = Message(QT_TRANSLATE_NOOP("Error", "the SQL view {view!r} does not finish (a "
                                                                     "recursive or runaway view: more than {budget:,} "
                                                                     "SQLite steps, limit gpkg_view_check_steps in "
                                                                     "{limits_file})"),
                                          view=view, budget=budget, limits_file=LIMITS_FILE)
                else:
                    found[view] = Message(QT_TRANSLATE_NOOP("Error", "the SQL view {view!r} cannot be read ({error})"),
                                          view=view, error=exc)
            finally:
                conn.set_progress_handler(None, step)
    finally:
        conn.close()
    return found


def check_file_size(path: str | Path, limit_key: str = "io_limits.max_vector_file_mb") -> None:
    """Refuse a file larger than the documented limit (``limit_key``, in MB).

    Only the file's size is read (``stat``), so the check costs nothing even
    for a sparse 2 GB file.
    """
    path = Path(path)
    limit_mb = float(assumptions.value(limit_key))
    size = path.stat().st_size
    if size > limit_mb * 1024 * 1024:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name} is {size:.1f} GB; expected at most {limit_mb:.0f} MB "
                                                    "for one import (limit in "
                                                    "app/resources/assumptions/io_limits.json). Clip it to "
                                                    "Lianyungang first (QGIS or ogr2ogr -clipsrc), split it, or "
                                                    "load it into the shared PostGIS store"),
                         code="gb_most_mb_import", name=path.name, size=size / 1024 ** 3, limit_mb=limit_mb)


def refuse_xml_entities(path: str | Path) -> None:
    """Refuse an XML file (KML...) that declares a DTD or entities, before parsing it."""
    path = Path(path)
    limit = int(assumptions.value("io_limits.xml_prolog_scan_kb") * 1024)
    with path.open("rb") as f:
        head = f.read(limit)
    # UTF-16 KML is legal: look at the text with the NULs of ASCII characters removed.
    probe = head.replace(b"\x00", b"") if head[:2] in (b"\xff\xfe", b"\xfe\xff") else head
    found = _DTD.search(probe)
    if found:
        kind = found.group(1).decode().upper()
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name} was refused before reading: it declares <!{kind} ...> "
                                                    "(a DTD or entities). KML/GML never need them and they can "
                                                    "expand to gigabytes (an 'XML entity bomb'); expected plain "
                                                    "KML as written by Google Earth, QGIS or ogr2ogr"),
                         code="was_refused_before_reading", name=path.name, kind=kind)


def _sidecar(path: Path, ext: str) -> Path | None:
    for candidate in (path.with_suffix(ext), path.with_suffix(ext.upper())):
        if candidate.exists():
            return candidate
    return None


def check_shapefile_parts(path: str | Path) -> None:
    """Refuse a Shapefile without its ``.dbf`` or whose ``.shp`` is shorter than its index says.

    The ``.shx`` index lists each record's offset and length (16-bit words,
    big-endian, after a 100-byte header; ESRI Shapefile Technical
    Description, 1998); the last record must end inside the ``.shp``.
    """
    path = Path(path)
    parts = "send all parts together (.shp, .shx, .dbf and .prj, or one .zip of them)"
    if _sidecar(path, ".dbf") is None:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name} has no {stem}.dbf beside it, so its attributes (ids, "
                                                    "names, categories) would be lost; {parts}"),
                         code="dbf_beside_so_attributes", name=path.name, stem=path.stem, parts=parts)
    shx = _sidecar(path, ".shx")
    if shx is None:
        return  # GDAL names the missing .shx itself
    size = path.stat().st_size
    with shx.open("rb") as f:
        f.seek(100)
        index = f.read()
    if len(index) >= 8:
        last = index[(len(index) // 8 - 1) * 8:][:8]
        offset_words = int.from_bytes(last[:4], "big")
        length_words = int.from_bytes(last[4:8], "big")
        expected = (offset_words + 4 + length_words) * 2
        if size < expected:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{name} is truncated: {size:,} bytes, but its index "
                                                        "{shx_name} lists {n_index} shapes needing {expected:,} "
                                                        "bytes (an interrupted copy or download?); {parts}"),
                             code="truncated_bytes_but_index", name=path.name, size=size, shx_name=shx.name,
                             n_index=len(index) // 8, expected=expected, parts=parts)


def _refuse_kmz_entities(path: Path) -> None:
    import zipfile

    limit = int(assumptions.value("io_limits.xml_prolog_scan_kb") * 1024)
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.filename.lower().endswith(".kml"):
                    with archive.open(info) as f:
                        if _DTD.search(f.read(limit)):
                            raise InputError(QT_TRANSLATE_NOOP("Error", "{name} was refused before reading: its "
                                                                        "{filename} declares a DTD or entities (an "
                                                                        "'XML entity bomb'); expected plain KML"),
                                             code="was_refused_before_reading_2", name=path.name,
                                             filename=info.filename)
    except zipfile.BadZipFile as exc:
        raise InputError(QT_TRANSLATE_NOOP("Error", "cannot read {name}: not a valid KMZ (zip) file ({exc})"),
                         code="cannot_read_valid_kmz", name=path.name, exc=exc) from exc


def check_input_file(path: str | Path) -> None:
    """All guards for a vector file about to be read (size, Shapefile parts, XML entities)."""
    path = Path(path)
    check_regular_file(path, allow_folder=True)
    if not path.is_file():
        return
    check_file_size(path)
    if path.suffix.lower() == ".shp":
        check_shapefile_parts(path)
    elif path.suffix.lower() in XML_EXTENSIONS:
        refuse_xml_entities(path)
    elif path.suffix.lower() == ".kmz":
        _refuse_kmz_entities(path)
