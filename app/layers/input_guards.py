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

Qt-free.
"""
from __future__ import annotations

import re
from pathlib import Path

from app.core import assumptions
from app.core.errors import InputError

XML_EXTENSIONS = (".kml", ".gml", ".gpx", ".xml")
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def check_file_size(path: str | Path, limit_key: str = "io_limits.max_vector_file_mb") -> None:
    """Refuse a file larger than the documented limit (``limit_key``, in MB).

    Only the file's size is read (``stat``), so the check costs nothing even
    for a sparse 2 GB file.
    """
    path = Path(path)
    limit_mb = float(assumptions.value(limit_key))
    size = path.stat().st_size
    if size > limit_mb * 1024 * 1024:
        raise InputError(
            f"{path.name} is {size / 1024 ** 3:.1f} GB; expected at most {limit_mb:.0f} MB for one import "
            f"(limit in app/resources/assumptions/io_limits.json). Clip it to Lianyungang first "
            f"(QGIS or ogr2ogr -clipsrc), split it, or load it into the shared PostGIS store"
        )


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
        raise InputError(
            f"{path.name} was refused before reading: it declares <!{kind} ...> (a DTD or entities). "
            f"KML/GML never need them and they can expand to gigabytes (an 'XML entity bomb'); "
            f"expected plain KML as written by Google Earth, QGIS or ogr2ogr"
        )


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
        raise InputError(f"{path.name} has no {path.stem}.dbf beside it, so its attributes (ids, names, "
                         f"categories) would be lost; {parts}")
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
            raise InputError(f"{path.name} is truncated: {size:,} bytes, but its index {shx.name} lists "
                             f"{len(index) // 8} shapes needing {expected:,} bytes (an interrupted copy or "
                             f"download?); {parts}")


def _refuse_kmz_entities(path: Path) -> None:
    import zipfile

    limit = int(assumptions.value("io_limits.xml_prolog_scan_kb") * 1024)
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.filename.lower().endswith(".kml"):
                    with archive.open(info) as f:
                        if _DTD.search(f.read(limit)):
                            raise InputError(
                                f"{path.name} was refused before reading: its {info.filename} declares a DTD or "
                                f"entities (an 'XML entity bomb'); expected plain KML")
    except zipfile.BadZipFile as exc:
        raise InputError(f"cannot read {path.name}: not a valid KMZ (zip) file ({exc})") from exc


def check_input_file(path: str | Path) -> None:
    """All guards for a vector file about to be read (size, Shapefile parts, XML entities)."""
    path = Path(path)
    if not path.is_file():
        return
    check_file_size(path)
    if path.suffix.lower() == ".shp":
        check_shapefile_parts(path)
    elif path.suffix.lower() in XML_EXTENSIONS:
        refuse_xml_entities(path)
    elif path.suffix.lower() == ".kmz":
        _refuse_kmz_entities(path)
