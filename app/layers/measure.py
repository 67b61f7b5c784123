"""Distances and areas measured on the map (the measure tool), in CGCS2000 / 3-degree GK CM 120E.

The map stores CGCS2000 longitude/latitude (EPSG:4490); lengths and areas
are computed in the Gauss-Kruger projection EPSG:4549 (DESIGN.md,
"Coordinates"), as every area and distance of the project is. Over
Lianyungang (118.3-120.3 E, within 1.7 deg of the central meridian) the
projection's scale error is below 2.6e-4 in length (5e-4 in area), checked
against the ellipsoid in tests/core/test_measure.py.

Units: m and km for lengths; m2, km2, ha and the mu (亩) Chinese planners use
for areas. Qt-free.

References
----------
State Council of the PRC, 《关于在我国统一实行法定计量单位的命令》 (1984) and
its table of units: 1 公顷 (ha) = 15 亩, so 1 亩 = 10,000/15 m2 = 666.67 m2.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import shapely

from app.layers.crs import METRIC_CRS, STORAGE_CRS

#: One mu (市亩) [m2]: 1 ha = 15 mu (State Council 1984 table of units).
SQUARE_METRES_PER_MU = 10_000.0 / 15.0
#: Length units [m per unit].
LENGTH_UNITS = {"m": 1.0, "km": 1000.0}
#: Area units [m2 per unit].
AREA_UNITS = {"m2": 1.0, "km2": 1e6, "ha": 1e4, "mu": SQUARE_METRES_PER_MU}


@lru_cache(maxsize=1)
def _to_metric():
    from pyproj import Transformer

    return Transformer.from_crs(STORAGE_CRS, METRIC_CRS, always_xy=True)


def projected(lonlat) -> np.ndarray:
    """(n, 2) EPSG:4549 coordinates [m] of (lon, lat) vertices [deg]."""
    points = np.asarray(lonlat, dtype=float).reshape(-1, 2)
    if not len(points):
        return points
    x, y = _to_metric().transform(points[:, 0], points[:, 1])
    return np.column_stack([x, y])


def segment_lengths(lonlat) -> np.ndarray:
    """Length of each segment of the polyline through ``lonlat`` [m] (n - 1 values)."""
    xy = projected(lonlat)
    if len(xy) < 2:
        return np.zeros(0)
    return np.hypot(*np.diff(xy, axis=0).T)


def line_length(lonlat) -> float:
    """Total length of the polyline through ``lonlat`` [m]."""
    return float(segment_lengths(lonlat).sum())


def polygon_area(lonlat) -> float:
    """Area of the polygon whose ring runs through ``lonlat`` (closed implicitly) [m2].

    A ring that crosses itself counts each lobe once (shapely's ``make_valid``),
    so a figure-eight is not cancelled out to nothing.
    """
    xy = projected(lonlat)
    if len(xy) < 3:
        return 0.0
    polygon = shapely.Polygon(xy)
    if not polygon.is_valid:
        polygon = shapely.make_valid(polygon)
    return float(polygon.area)


def polygon_perimeter(lonlat) -> float:
    """Perimeter of the closed ring through ``lonlat`` [m]."""
    points = np.asarray(lonlat, dtype=float).reshape(-1, 2)
    if len(points) < 2:
        return 0.0
    return line_length(np.vstack([points, points[:1]]))


def convert_length(metres: float, unit: str) -> float:
    """``metres`` in ``unit`` (one of :data:`LENGTH_UNITS`)."""
    return float(metres) / LENGTH_UNITS[unit]


def convert_area(square_metres: float, unit: str) -> float:
    """``square_metres`` in ``unit`` (one of :data:`AREA_UNITS`)."""
    return float(square_metres) / AREA_UNITS[unit]


def auto_length_unit(metres: float) -> str:
    """``"km"`` from 1 km on, else ``"m"`` (as QGIS's measure dialog shows)."""
    return "km" if abs(metres) >= 1000.0 else "m"


def auto_area_unit(square_metres: float) -> str:
    """``"km2"`` from 1 km2 on, else ``"m2"``."""
    return "km2" if abs(square_metres) >= 1e6 else "m2"


__all__ = ["SQUARE_METRES_PER_MU", "LENGTH_UNITS", "AREA_UNITS", "projected", "segment_lengths", "line_length",
           "polygon_area", "polygon_perimeter", "convert_length", "convert_area", "auto_length_unit",
           "auto_area_unit"]
