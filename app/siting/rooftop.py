"""Rooftop PV potential per building, from the footprint geometry.

For each building footprint (EPSG:4490 in, computed in EPSG:4549):

1. ``roof_m2``: the footprint area (plan area of the roof) [m2].
2. ``usable_m2``: the plan area PV can use [m2]: the footprint shrunk by the
   edge setback (a negative buffer with mitred corners, so a rectangle stays a
   rectangle), parts smaller than the minimum patch dropped, and for pitched
   roofs only the better-facing half (``pitched_usable_fraction``).
3. ``module_m2``: module area on it [m2]. Flat roofs carry south-facing rows
   tilted at ``flat_tilt_deg``, spaced by the winter-solstice rule of
   GB 50797-2012 (:func:`row_ground_coverage_ratio`), so
   ``module_m2 = usable_m2 * GCR``. Pitched roofs carry flush modules, so
   ``module_m2 = usable_m2 / cos(pitch)``.
4. ``pot_kwp = module_m2 * module_power_density`` [kWp].
5. ``pot_kwh = pot_kwp * specific_yield(tilt, azimuth)`` [kWh/yr], with the
   specific yield [kWh/kWp] from the yield engine
   (:func:`app.resource.pv.specific_yield_kwh_per_kwp`) computed once per
   orientation group: flat roofs are one group (tilt, due south); pitched
   roofs face perpendicular to the footprint's long axis (the ridge), rounded
   to ``azimuth_bin_deg`` bins. The PVWatts chain is linear in kWp, so this is
   exact for the group's orientation and makes 100 000 roofs cost a handful
   of model runs.

All numbers come from ``app/resources/assumptions/rooftop.json``; every function
takes ``overrides`` (``{"rooftop.edge_setback_m": 1.5, ...}``).

References
----------
.. [1] GB 50797-2012 光伏发电站设计规范 (Code for design of photovoltaic power
   station), §6.8.5: row spacing for no shading 9:00-15:00 on the winter solstice.
.. [2] Gagnon, P., Margolis, R., Melius, J., Phillips, C. and Elmore, R. (2016).
   Rooftop Solar Photovoltaic Technical Potential in the United States: A
   Detailed Assessment. NREL/TP-6A20-65298.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import shapely

from app.core.assumptions import value as assumption
from app.core.errors import InputError
from app.core.vocabulary import ROOF_TYPES
from app.layers.crs import METRIC_CRS, STORAGE_CRS

#: Columns added by :func:`roof_potential` (the CONTRACT.md four first).
POTENTIAL_COLUMNS = ("roof_m2", "usable_m2", "pot_kwp", "pot_kwh", "module_m2", "pv_tilt", "pv_azimuth",
                     "specific_yield_kwh_per_kwp")


def params(overrides: dict | None = None) -> dict:
    """The rooftop assumptions in effect (short names -> values)."""
    names = ("edge_setback_m", "module_power_density", "flat_tilt_deg", "flat_spacing_latitude_deg",
             "pitched_usable_fraction", "pitched_tilt_deg", "min_patch_m2", "azimuth_bin_deg")
    out = {n: float(assumption(f"rooftop.{n}", overrides)) for n in names}
    checks = {"edge_setback_m": (0, 50), "module_power_density": (0.01, 0.5), "flat_tilt_deg": (0, 60),
              "flat_spacing_latitude_deg": (0, 60), "pitched_usable_fraction": (0, 1), "pitched_tilt_deg": (0, 60),
              "min_patch_m2": (0, 10000), "azimuth_bin_deg": (1, 90)}
    for name, (low, high) in checks.items():
        if not (low <= out[name] <= high) or not math.isfinite(out[name]):
            raise InputError(f"rooftop.{name}: expected a value in {low}..{high}, got {out[name]}")
    return out


def row_ground_coverage_ratio(tilt_deg: float, latitude_deg: float) -> float:
    """Ground coverage ratio of south-facing rows spaced by GB 50797-2012 §6.8.5 [-].

    The code asks that rows do not shade each other from 9:00 to 15:00 solar
    time on the winter solstice; for a row of slope length ``L`` tilted by
    ``beta`` the shadow-free gap is

    .. math:: D = \\frac{0.707\\,H}{\\tan\\left(\\arcsin(0.648\\cos\\varphi - 0.399\\sin\\varphi)\\right)},
              \\quad H = L \\sin\\beta

    and the ground coverage ratio is ``GCR = L / (L cos(beta) + D)``.

    Parameters
    ----------
    tilt_deg : float
        Module tilt ``beta`` [deg]; 0 gives GCR 1 (flat-laid modules).
    latitude_deg : float
        Site latitude ``phi`` [deg N].

    Returns
    -------
    float
        GCR [-], in (0, 1].

    References
    ----------
    .. [1] GB 50797-2012 光伏发电站设计规范, §6.8.5.
    """
    beta = math.radians(tilt_deg)
    phi = math.radians(latitude_deg)
    sun = math.asin(0.648 * math.cos(phi) - 0.399 * math.sin(phi))  # solar altitude at 9:00, winter solstice
    if sun <= 0:
        raise InputError(f"latitude {latitude_deg} deg: expected a latitude where the winter-solstice sun rises "
                         "above the horizon at 9:00 (below ~66 deg)")
    gap_per_length = 0.707 * math.sin(beta) / math.tan(sun)
    return 1.0 / (math.cos(beta) + gap_per_length)


def _metric_geometries(buildings: gpd.GeoDataFrame) -> np.ndarray:
    if buildings.crs is None:
        raise InputError("the buildings have no CRS; expected EPSG:4490 (CGCS2000) footprints")
    geoms = buildings.geometry.to_crs(METRIC_CRS).to_numpy()
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    not_polygon = ~np.isin(shapely.get_type_id(geoms), (3, 6))
    bad = missing | not_polygon
    if bad.any():
        rows = ", ".join(str(i + 1) for i in np.flatnonzero(bad)[:10])
        raise InputError(f"{int(bad.sum())} building(s) have no footprint polygon (rows {rows}); "
                         "expected Polygon/MultiPolygon footprints (import the file to fix or skip them)")
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        geoms = geoms.copy()
        geoms[invalid] = shapely.make_valid(geoms[invalid])
    return geoms


def usable_plan_area(footprints_m: np.ndarray, setback_m: float, min_patch_m2: float) -> np.ndarray:
    """Plan area left after an inward setback, without parts under ``min_patch_m2`` [m2].

    Parameters
    ----------
    footprints_m : array of shapely geometries
        Footprints in a metric CRS [m].
    setback_m : float
        Inward offset from every roof edge [m].
    min_patch_m2 : float
        Parts smaller than this after the offset are dropped [m2].

    Returns
    -------
    numpy.ndarray
        Usable plan area per footprint [m2].
    """
    n = len(footprints_m)
    shrunk = shapely.buffer(footprints_m, -setback_m, join_style="mitre") if setback_m > 0 else footprints_m
    parts, owner = shapely.get_parts(shrunk, return_index=True)
    part_area = shapely.area(parts)
    kept = np.where(part_area >= min_patch_m2, part_area, 0.0)
    return np.bincount(owner, weights=kept, minlength=n)[:n]


def ridge_facing_azimuth(footprints_m: np.ndarray) -> np.ndarray:
    """Azimuth of the better-facing roof plane of a gable along the long axis [deg, 180 = south].

    The ridge is taken along the long side of the minimum rotated rectangle;
    the two planes face perpendicular to it, and the one closer to south is
    returned. Grid north of EPSG:4549 is used for north (convergence < 0.5 deg
    in Lianyungang).
    """
    n = len(footprints_m)
    envelopes = shapely.oriented_envelope(footprints_m)
    rings = shapely.get_exterior_ring(envelopes)
    coords, owner = shapely.get_coordinates(rings, return_index=True)
    azimuth = np.full(n, 180.0)
    if len(coords) == 0:
        return azimuth
    starts = np.searchsorted(owner, np.arange(n))
    counts = np.bincount(owner, minlength=n)
    ok = counts >= 4
    i0 = starts[ok]
    p0, p1, p2 = coords[i0], coords[i0 + 1], coords[i0 + 2]
    e1, e2 = p1 - p0, p2 - p1
    long_edge = np.where((np.hypot(*e1.T) >= np.hypot(*e2.T))[:, None], e1, e2)
    ridge_bearing = np.degrees(np.arctan2(long_edge[:, 0], long_edge[:, 1])) % 180.0
    face_a = (ridge_bearing + 90.0) % 360.0
    face_b = (ridge_bearing + 270.0) % 360.0
    off_a = np.abs((face_a - 180.0 + 180.0) % 360.0 - 180.0)
    off_b = np.abs((face_b - 180.0 + 180.0) % 360.0 - 180.0)
    azimuth[ok] = np.where(off_a <= off_b, face_a, face_b)
    return azimuth


def _roof_types(buildings: gpd.GeoDataFrame) -> np.ndarray:
    if "roof_type" not in buildings.columns:
        raise InputError("the buildings have no roof_type column; expected roof_type flat or pitched per building")
    roof = buildings["roof_type"].astype(object).to_numpy()
    bad = ~np.isin(roof, ROOF_TYPES)
    if bad.any():
        rows = ", ".join(f"{i + 1} ({roof[i]!r})" for i in np.flatnonzero(bad)[:10])
        raise InputError(f"roof_type must be flat or pitched; {int(bad.sum())} building(s) have other values: rows {rows}")
    return roof


def default_specific_yield(weather=None):
    """``(tilt, azimuth) -> kWh/kWp`` from the yield engine, for rooftop mounting."""
    from app.resource.pv import specific_yield_kwh_per_kwp

    def specific_yield(tilt: float, azimuth: float) -> float:
        return specific_yield_kwh_per_kwp(weather, tilt, azimuth, mount="roof")

    return specific_yield


def roof_potential(buildings: gpd.GeoDataFrame, weather=None, overrides: dict | None = None,
                   specific_yield=None) -> gpd.GeoDataFrame:
    """Roof, usable area, capacity and energy potential of every building.

    Parameters
    ----------
    buildings : GeoDataFrame
        Footprints (any CRS, usually EPSG:4490) with a ``roof_type`` column
        (``flat``/``pitched``).
    weather : app.resource.weather.Weather, optional
        Weather for the specific yield; default: the built-in Lianyungang year.
    overrides : dict, optional
        Assumption overrides, e.g. ``{"rooftop.edge_setback_m": 1.5}``.
    specific_yield : callable, optional
        ``(tilt [deg], azimuth [deg]) -> [kWh/kWp]``; default: the yield
        engine (:func:`default_specific_yield`), called once per group.

    Returns
    -------
    GeoDataFrame
        ``buildings`` with :data:`POTENTIAL_COLUMNS` added: ``roof_m2``,
        ``usable_m2``, ``module_m2`` [m2], ``pot_kwp`` [kWp], ``pot_kwh``
        [kWh/yr], ``pv_tilt``, ``pv_azimuth`` [deg],
        ``specific_yield_kwh_per_kwp`` [kWh/kWp].

    Raises
    ------
    InputError
        Footprints that are not polygons, unknown roof types, bad overrides.
    """
    p = params(overrides)
    roof = _roof_types(buildings)
    geoms = _metric_geometries(buildings)
    roof_m2 = shapely.area(geoms)
    usable = usable_plan_area(geoms, p["edge_setback_m"], p["min_patch_m2"])
    pitched = roof == "pitched"
    usable = np.where(pitched, usable * p["pitched_usable_fraction"], usable)
    gcr = row_ground_coverage_ratio(p["flat_tilt_deg"], p["flat_spacing_latitude_deg"])
    module = np.where(pitched, usable / math.cos(math.radians(p["pitched_tilt_deg"])), usable * gcr)
    kwp = module * p["module_power_density"]

    tilt = np.where(pitched, p["pitched_tilt_deg"], p["flat_tilt_deg"])
    azimuth = np.full(len(buildings), 180.0)
    if pitched.any():
        step = p["azimuth_bin_deg"]
        azimuth[pitched] = (np.round(ridge_facing_azimuth(geoms[pitched]) / step) * step) % 360.0
    specific_yield = specific_yield or default_specific_yield(weather)
    # one engine call per distinct (tilt, azimuth) group, then a vectorised look-up
    pairs = np.column_stack([tilt, azimuth]) if len(tilt) else np.empty((0, 2))
    groups, member = np.unique(pairs, axis=0, return_inverse=True)
    group_yield = np.array([float(specific_yield(float(t), float(a))) for t, a in groups])
    sy = group_yield[np.ravel(member)] if len(groups) else np.empty(0)

    out = buildings.copy()
    out["roof_m2"] = roof_m2
    out["usable_m2"] = usable
    out["pot_kwp"] = kwp
    out["pot_kwh"] = kwp * sy
    out["module_m2"] = module
    out["pv_tilt"] = tilt
    out["pv_azimuth"] = azimuth
    out["specific_yield_kwh_per_kwp"] = sy
    return out


@dataclass
class PotentialSummary:
    """City totals of :func:`roof_potential` (the JSON of ``lygsite rooftop``)."""

    buildings: int
    roof_area_m2: float
    usable_area_m2: float
    potential_kwp: float
    potential_mwh: float
    seconds: float
    orientation_groups: int = 0

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def summarise_potential(result: gpd.GeoDataFrame, seconds: float = 0.0) -> PotentialSummary:
    """Totals over all buildings of a :func:`roof_potential` result."""
    groups = result[["pv_tilt", "pv_azimuth"]].drop_duplicates().shape[0] if len(result) else 0
    return PotentialSummary(int(len(result)), float(result["roof_m2"].sum()), float(result["usable_m2"].sum()),
                            float(result["pot_kwp"].sum()), float(result["pot_kwh"].sum() / 1000.0),
                            round(float(seconds), 3), int(groups))


def timed_roof_potential(buildings, **kwargs) -> tuple[gpd.GeoDataFrame, PotentialSummary]:
    """:func:`roof_potential` and its summary with the seconds it took."""
    start = time.perf_counter()
    result = roof_potential(buildings, **kwargs)
    return result, summarise_potential(result, time.perf_counter() - start)


__all__ = ["POTENTIAL_COLUMNS", "params", "row_ground_coverage_ratio", "usable_plan_area", "ridge_facing_azimuth",
           "default_specific_yield", "roof_potential", "PotentialSummary", "summarise_potential",
           "timed_roof_potential", "STORAGE_CRS"]
