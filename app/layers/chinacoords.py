"""Chinese web-map datums: GCJ-02 (AMap, Tencent) and BD-09 (Baidu).

PROJ does not implement these obfuscated datums (OSGeo/PROJ#982, closed as
wontfix), so they are handled here. The forward GCJ-02 transform is the
published closed-form approximation used by the open-source community
(e.g. the ``eviltransform`` and ``coordtransform`` projects); its inverse has no
closed form and is solved by fixed-point iteration to better than 1e-9 degree
(about 0.1 mm).

All functions take and return longitude/latitude in decimal degrees and work
on scalars or NumPy arrays. WGS84 and CGCS2000 (EPSG:4490) differ by a few
centimetres in this region, far below the GCJ-02 offset (hundreds of metres),
so the WGS84 result is used directly as CGCS2000.

References
----------
.. [1] PROJ issue #982, "Support for GCJ-02", https://github.com/OSGeo/PROJ/issues/982
.. [2] googollee/eviltransform, https://github.com/googollee/eviltransform
"""
from __future__ import annotations

import numpy as np
import shapely

#: Krasovsky 1940 ellipsoid, as used by GCJ-02: semi-major axis [m].
_KRASOVSKY_A = 6378245.0
#: Krasovsky 1940 first eccentricity squared [-].
_KRASOVSKY_EE = 0.00669342162296594323
#: BD-09 angular scale [rad/deg].
_BD_X_PI = np.pi * 3000.0 / 180.0

#: Rough bounding box of mainland China; GCJ-02 is identity outside it.
CHINA_BOUNDS = (72.004, 0.8293, 137.8347, 55.8271)


def _in_china(lon, lat):
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    w, s, e, n = CHINA_BOUNDS
    return (lon >= w) & (lon <= e) & (lat >= s) & (lat <= n)


def _offset_lat(x, y):
    ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * np.sqrt(np.abs(x))
    ret += (20.0 * np.sin(6.0 * x * np.pi) + 20.0 * np.sin(2.0 * x * np.pi)) * 2.0 / 3.0
    ret += (20.0 * np.sin(y * np.pi) + 40.0 * np.sin(y / 3.0 * np.pi)) * 2.0 / 3.0
    ret += (160.0 * np.sin(y / 12.0 * np.pi) + 320.0 * np.sin(y * np.pi / 30.0)) * 2.0 / 3.0
    return ret


def _offset_lon(x, y):
    ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * np.sqrt(np.abs(x))
    ret += (20.0 * np.sin(6.0 * x * np.pi) + 20.0 * np.sin(2.0 * x * np.pi)) * 2.0 / 3.0
    ret += (20.0 * np.sin(x * np.pi) + 40.0 * np.sin(x / 3.0 * np.pi)) * 2.0 / 3.0
    ret += (150.0 * np.sin(x / 12.0 * np.pi) + 300.0 * np.sin(x / 30.0 * np.pi)) * 2.0 / 3.0
    return ret


def _gcj_delta(lon, lat):
    """Offset (dlon, dlat) [deg] that GCJ-02 adds to a WGS84 position."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    dlat = _offset_lat(lon - 105.0, lat - 35.0)
    dlon = _offset_lon(lon - 105.0, lat - 35.0)
    radlat = lat / 180.0 * np.pi
    magic = 1.0 - _KRASOVSKY_EE * np.sin(radlat) ** 2
    sqrt_magic = np.sqrt(magic)
    dlat = (dlat * 180.0) / ((_KRASOVSKY_A * (1.0 - _KRASOVSKY_EE)) / (magic * sqrt_magic) * np.pi)
    dlon = (dlon * 180.0) / (_KRASOVSKY_A / sqrt_magic * np.cos(radlat) * np.pi)
    inside = _in_china(lon, lat)
    return np.where(inside, dlon, 0.0), np.where(inside, dlat, 0.0)


def wgs84_to_gcj02(lon, lat):
    """Convert WGS84 longitude/latitude [deg] to GCJ-02 [deg]."""
    dlon, dlat = _gcj_delta(lon, lat)
    return np.asarray(lon, dtype=float) + dlon, np.asarray(lat, dtype=float) + dlat


def gcj02_to_wgs84(lon, lat, tol=1e-10, max_iter=30):
    """Convert GCJ-02 longitude/latitude [deg] to WGS84 [deg].

    Fixed-point iteration ``wgs = gcj - delta(wgs)``; the offset field is smooth
    (gradients of order 1e-3), so it converges in a handful of steps.

    Parameters
    ----------
    lon, lat : float or array-like
        GCJ-02 coordinates [deg].
    tol : float
        Stop when the largest update is below this [deg].
    max_iter : int
        Upper bound on iterations.
    """
    gcj_lon = np.asarray(lon, dtype=float)
    gcj_lat = np.asarray(lat, dtype=float)
    wlon, wlat = gcj_lon.copy(), gcj_lat.copy()
    for _ in range(max_iter):
        dlon, dlat = _gcj_delta(wlon, wlat)
        new_lon, new_lat = gcj_lon - dlon, gcj_lat - dlat
        step = max(np.max(np.abs(new_lon - wlon), initial=0.0), np.max(np.abs(new_lat - wlat), initial=0.0))
        wlon, wlat = new_lon, new_lat
        if step < tol:
            break
    return wlon, wlat


def gcj02_to_bd09(lon, lat):
    """Convert GCJ-02 [deg] to Baidu BD-09 [deg]."""
    x = np.asarray(lon, dtype=float)
    y = np.asarray(lat, dtype=float)
    z = np.sqrt(x * x + y * y) + 0.00002 * np.sin(y * _BD_X_PI)
    theta = np.arctan2(y, x) + 0.000003 * np.cos(x * _BD_X_PI)
    return z * np.cos(theta) + 0.0065, z * np.sin(theta) + 0.006


def bd09_to_gcj02(lon, lat):
    """Convert Baidu BD-09 [deg] to GCJ-02 [deg]."""
    x = np.asarray(lon, dtype=float) - 0.0065
    y = np.asarray(lat, dtype=float) - 0.006
    z = np.sqrt(x * x + y * y) - 0.00002 * np.sin(y * _BD_X_PI)
    theta = np.arctan2(y, x) - 0.000003 * np.cos(x * _BD_X_PI)
    return z * np.cos(theta), z * np.sin(theta)


def bd09_to_wgs84(lon, lat):
    """Convert Baidu BD-09 [deg] to WGS84 [deg]."""
    return gcj02_to_wgs84(*bd09_to_gcj02(lon, lat))


def wgs84_to_bd09(lon, lat):
    """Convert WGS84 [deg] to Baidu BD-09 [deg]."""
    return gcj02_to_bd09(*wgs84_to_gcj02(lon, lat))


_TRANSFORMS = {
    ("gcj02", "wgs84"): gcj02_to_wgs84,
    ("wgs84", "gcj02"): wgs84_to_gcj02,
    ("bd09", "wgs84"): bd09_to_wgs84,
    ("wgs84", "bd09"): wgs84_to_bd09,
    ("bd09", "gcj02"): bd09_to_gcj02,
    ("gcj02", "bd09"): gcj02_to_bd09,
}

#: Datum names accepted by :func:`transform_geometries` (besides ``wgs84``).
WEB_DATUMS = ("gcj02", "bd09")


def transform_geometries(geometries, source: str, target: str = "wgs84"):
    """Convert shapely geometries between ``wgs84``, ``gcj02`` and ``bd09``.

    Parameters
    ----------
    geometries : array-like of shapely geometries, or a GeoSeries
    source, target : str
        One of ``"wgs84"``, ``"gcj02"``, ``"bd09"`` (case-insensitive,
        ``"cgcs2000"`` is treated as ``"wgs84"``).

    Returns
    -------
    numpy.ndarray of shapely geometries
    """
    def norm(name):
        name = name.lower().replace("-", "").replace("_", "")
        return "wgs84" if name in ("wgs84", "cgcs2000", "epsg4326", "epsg4490") else name

    src, dst = norm(source), norm(target)
    geoms = np.asarray(geometries, dtype=object)
    if src == dst:
        return geoms
    try:
        func = _TRANSFORMS[(src, dst)]
    except KeyError:
        raise ValueError(
            f"unknown coordinate datum pair {source!r} -> {target!r}; expected one of "
            "wgs84/cgcs2000, gcj02, bd09"
        ) from None

    def _xy(coords):
        lon, lat = func(coords[:, 0], coords[:, 1])
        return np.column_stack([lon, lat])

    return shapely.transform(geoms, _xy)
