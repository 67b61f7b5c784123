"""Coordinate reference systems used by the project (DESIGN.md, Coordinates).

Store and exchange in CGCS2000 geographic (EPSG:4490); compute areas and
distances in CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549), whose
central meridian runs through Lianyungang (119.2–119.8 E), so scale error is
below 1e-5 across the study area.
"""
from __future__ import annotations

import geopandas as gpd
import pyproj

from app.core.errors import InputError, MissingCrsError
from app.core.i18n import QT_TRANSLATE_NOOP, Message
from app.layers import chinacoords

#: Storage CRS: CGCS2000 geographic [deg].
STORAGE_CRS = "EPSG:4490"
#: Metric CRS for area and distance: CGCS2000 / 3-degree GK CM 120E [m].
METRIC_CRS = "EPSG:4549"
#: Study extent (lon_min, lat_min, lon_max, lat_max) [deg]: the six counties plus their sea.
STUDY_EXTENT = (118.30, 33.70, 120.30, 35.25)
#: A looser box: data outside it is "far outside Lianyungang".
PLAUSIBLE_EXTENT = (117.5, 33.0, 121.5, 36.0)

#: Choices a user may declare for an imported file, beside any EPSG code.
DECLARED_DATUMS = {"cgcs2000": STORAGE_CRS, "wgs84": "EPSG:4326", "gcj02": "gcj02", "bd09": "bd09"}


def to_storage(gdf: gpd.GeoDataFrame, declared: str | None = None) -> gpd.GeoDataFrame:
    """Return ``gdf`` in EPSG:4490, converting GCJ-02/BD-09 when declared.

    Parameters
    ----------
    gdf : GeoDataFrame
        Input layer. Its own CRS is used unless ``declared`` says otherwise.
    declared : str, optional
        ``"gcj02"``, ``"bd09"`` (web-map datums, lon/lat degrees), or any CRS
        string pyproj understands (e.g. ``"EPSG:4326"``). Needed when the file
        carries no CRS.

    Raises
    ------
    MissingCrsError
        When the file has no CRS and none was declared.
    InputError
        When the declared CRS is unknown.
    """
    datum = (declared or "").lower().replace("-", "").replace("_", "")
    if datum in chinacoords.WEB_DATUMS:
        geoms = chinacoords.transform_geometries(gdf.geometry.values, datum, "wgs84")
        out = gdf.copy()
        out = out.set_geometry(gpd.GeoSeries(geoms, index=gdf.index, crs=STORAGE_CRS))
        return out.set_crs(STORAGE_CRS, allow_override=True)
    if declared:
        try:
            crs = pyproj.CRS.from_user_input(DECLARED_DATUMS.get(datum, declared))
        except pyproj.exceptions.CRSError as exc:
            raise InputError(QT_TRANSLATE_NOOP("Error", "unknown coordinate system {declared!r}; expected an EPSG "
                                                        "code such as EPSG:4490, or gcj02 / bd09"),
                             code="unknown_coordinate_system_epsg", declared=declared) from exc
        gdf = gdf.set_crs(crs, allow_override=True)
    if gdf.crs is None:
        raise MissingCrsError(QT_TRANSLATE_NOOP("Error", "the file has no coordinate reference system (no .prj / "
                                                         "CRS); declare one, expected e.g. EPSG:4490 (CGCS2000), "
                                                         "EPSG:4326 (WGS84), gcj02 or bd09"),
                              code="file_coordinate_reference_system")
    if pyproj.CRS.from_user_input(gdf.crs).equals(pyproj.CRS.from_user_input(STORAGE_CRS)):
        return gdf
    return gdf.to_crs(STORAGE_CRS)


def metric(gdf_or_series):
    """The same features in EPSG:4549 [m] for area and distance."""
    return gdf_or_series.to_crs(METRIC_CRS)


def check_near_lianyungang(gdf: gpd.GeoDataFrame, what: str | None = None) -> None:
    """Raise when data sits far outside Lianyungang (wrong CRS, swapped lat/lon).

    Raises
    ------
    InputError
        With the bounds found and the hint of the likely cause.
    """
    if gdf.empty:
        return
    minx, miny, maxx, maxy = gdf.total_bounds
    w, s, e, n = PLAUSIBLE_EXTENT
    if minx >= w and maxx <= e and miny >= s and maxy <= n:
        return
    hint = ""
    if s <= minx <= n and w <= miny <= e:
        hint = Message(QT_TRANSLATE_NOOP("Error", " (latitude and longitude look swapped)"))
    elif maxx > 1000 or maxy > 1000:
        hint = Message(QT_TRANSLATE_NOOP("Error", " (coordinates look projected in metres: declare the CRS of the "
                                                  "file)"))
    raise InputError(QT_TRANSLATE_NOOP("Error", "{what} lies outside Lianyungang: bounds lon "
                                                "{minx:.4f}..{maxx:.4f}, lat {miny:.4f}..{maxy:.4f}{hint}; "
                                                "expected lon {w}..{e}, lat {s}..{n} in CGCS2000"),
                     code="lies_outside_lianyungang_bounds",
                     what=what or Message(QT_TRANSLATE_NOOP("Error", "the layer")), minx=minx, maxx=maxx, miny=miny, maxy=maxy,
                     hint=hint, w=w, e=e, s=s, n=n)
