"""Rooftop PV potential per building, from the footprint geometry.

For each building footprint (EPSG:4490 in, computed in EPSG:4549), the chain
footprint -> usable -> kWp -> shading -> kWh, every step kept as a column:

1. ``roof_m2``: the footprint area (plan area of the roof) [m2].
2. ``edge_usable_m2``: the footprint shrunk by the edge setback (a negative
   buffer with mitred corners), parts smaller than the minimum patch dropped.
3. ``obstruction_factor``: the share of that area free of stair and lift
   houses, tanks, plant and access aisles, per building category and roof
   type (``obstruction_free_<category>_<roof>``); ``face_fraction``: 1 for
   flat roofs and gables below ``low_pitch_both_slopes_below_deg`` (both
   slopes used), ``pitched_usable_fraction`` for steeper gables (the
   better-facing slope only).
   ``usable_m2 = edge_usable_m2 * obstruction_factor * face_fraction``.
4. ``module_m2``: flat roofs carry south-facing rows tilted at
   ``flat_tilt_deg``, spaced by the winter-solstice rule of GB 50797-2012
   (:func:`row_ground_coverage_ratio`), ``module_m2 = usable_m2 * GCR``, on
   open racks (``mount_flat``); pitched roofs carry flush modules on the
   category's pitch, ``module_m2 = usable_m2 / cos(pitch)`` (``mount_pitched``).
5. ``pot_kwp = module_m2 * module_power_density`` [kWp].
6. ``unshaded_kwh = pot_kwp * specific_yield`` [kWh/yr], with the specific
   yield [kWh/kWp] from the yield engine
   (:func:`app.resource.pv.specific_yield_kwh_per_kwp`) computed once per
   orientation group (tilt, azimuth, mount); a two-slope roof averages its
   two planes.
7. ``shade_loss``: the fraction of plane-of-array irradiation lost to
   neighbouring buildings (:mod:`app.siting.shading`), from ``height_m`` (or
   floors x storey height); empty with ``shade_status`` ``no_height`` where
   the roof's height is unknown, ``too_large`` where the footprint is wider
   than the shading halo.
8. ``pot_kwh = unshaded_kwh * (1 - shade_loss)`` (no reduction where the
   shading is unknown); ``uncertainty_pct`` the climate uncertainty [+/- %].

All numbers come from ``app/resources/assumptions/rooftop.json``; every function
takes ``overrides`` (``{"rooftop.edge_setback_m": 1.5, ...}``).

References
----------
.. [1] GB 50797-2012 光伏发电站设计规范 (Code for design of photovoltaic power
   station), §6.8.5: row spacing for no shading 9:00-15:00 on the winter solstice.
.. [2] Gagnon, P., Margolis, R., Melius, J., Phillips, C. and Elmore, R. (2016).
   Rooftop Solar Photovoltaic Technical Potential in the United States: A
   Detailed Assessment. NREL/TP-6A20-65298.
.. [3] 国家能源局综合司 (2021). 关于报送整县（市、区）屋顶分布式光伏开发试点方案的通知
   (minimum installable shares of roof area per building type).
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
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.vocabulary import BUILDING_CATEGORIES, ROOF_TYPES
from app.layers.crs import METRIC_CRS, STORAGE_CRS

#: Columns added by :func:`roof_potential` (the CONTRACT.md five first, then the chain in order).
POTENTIAL_COLUMNS = ("roof_m2", "usable_m2", "pot_kwp", "pot_kwh", "shade_loss", "edge_usable_m2",
                     "obstruction_factor", "face_fraction", "usable_share", "module_m2", "pv_tilt", "pv_azimuth",
                     "pv_faces", "pv_mount", "specific_yield_kwh_per_kwp", "unshaded_kwh", "height_used_m",
                     "height_source", "shade_status", "uncertainty_pct")
#: Building categories in vocabulary order (the obstruction factors and storey heights are per category).
CATEGORIES = tuple(BUILDING_CATEGORIES)


#: Accepted range of each numeric rooftop assumption [its unit]: :func:`params` refuses values outside,
#: and the ``rooftop`` algorithm declares them as the bounds of its ``--set`` fields.
PARAMETER_BOUNDS = {
    "edge_setback_m": (0, 50), "module_power_density": (0.01, 0.5), "flat_tilt_deg": (0, 60),
    "flat_spacing_latitude_deg": (0, 60), "pitched_usable_fraction": (0, 1), "pitched_tilt_deg": (0, 60),
    "pitched_tilt_factory_deg": (0, 60), "low_pitch_both_slopes_below_deg": (0, 60),
    "min_patch_m2": (0, 10000), "azimuth_bin_deg": (1, 90), "shading_min_elevation_deg": (1, 45),
    "shading_halo_m": (10, 5000), "shading_tile_m": (100, 100000), "max_height_m": (10, 1000),
    **{f"obstruction_free_{c}_{r}": (0, 1) for c in CATEGORIES for r in ROOF_TYPES},
    **{f"storey_height_{c}_m": (2, 20) for c in CATEGORIES},
}


def params(overrides: dict | None = None) -> dict:
    """The rooftop assumptions in effect (short names -> values)."""
    out = {n: float(assumption(f"rooftop.{n}", overrides)) for n in PARAMETER_BOUNDS}
    for name, (low, high) in PARAMETER_BOUNDS.items():
        if not (low <= out[name] <= high) or not math.isfinite(out[name]):
            raise InputError(QT_TRANSLATE_NOOP("Error", "rooftop.{name}: expected a value in {low}..{high}, got "
                                                        "{out}"), code="rooftop_value", name=name, low=low, high=high,
                             out=out[name])
    out["mount_flat"] = str(assumption("rooftop.mount_flat", overrides))
    out["mount_pitched"] = str(assumption("rooftop.mount_pitched", overrides))
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
        raise InputError(QT_TRANSLATE_NOOP("Error", "latitude {latitude_deg} deg: expected a latitude where the "
                                                    "winter-solstice sun rises above the horizon at 9:00 (below "
                                                    "~66 deg)"), code="latitude_deg_latitude_where",
                         latitude_deg=latitude_deg)
    gap_per_length = 0.707 * math.sin(beta) / math.tan(sun)
    return 1.0 / (math.cos(beta) + gap_per_length)


def _metric_geometries(buildings: gpd.GeoDataFrame) -> np.ndarray:
    if buildings.crs is None:
        raise InputError(QT_TRANSLATE_NOOP("Error", "the buildings have no CRS; expected EPSG:4490 (CGCS2000) "
                                                    "footprints"), code="buildings_crs_epsg_cgcs")
    geoms = buildings.geometry.to_crs(METRIC_CRS).to_numpy()
    check_footprints(geoms)
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        geoms = geoms.copy()
        geoms[invalid] = shapely.make_valid(geoms[invalid])
    return geoms


def check_footprints(geoms: np.ndarray) -> None:
    """Raise InputError naming the rows without a footprint polygon (missing, empty, not a polygon)."""
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    not_polygon = ~np.isin(shapely.get_type_id(geoms), (3, 6))
    bad = missing | not_polygon
    if bad.any():
        rows = ", ".join(str(i + 1) for i in np.flatnonzero(bad)[:10])
        raise InputError(QT_TRANSLATE_NOOP("Error", "{bad} building(s) have no footprint polygon (rows {rows}); "
                                                    "expected Polygon/MultiPolygon footprints (import the file to "
                                                    "fix or skip them)"), code="building_footprint_polygon_rows",
                         bad=int(bad.sum()), rows=rows)


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
    shrunk = shapely.buffer(footprints_m, -setback_m, join_style="mitre") if setback_m > 0 else footprints_m
    area = shapely.area(shrunk)
    usable = np.where(area >= min_patch_m2, area, 0.0)
    # only footprints the setback split (or that had several parts) need their parts weighed one by one
    several = np.flatnonzero(shapely.get_num_geometries(shrunk) > 1)
    if len(several):
        parts, owner = shapely.get_parts(shrunk[several], return_index=True)
        part_area = shapely.area(parts)
        kept = np.where(part_area >= min_patch_m2, part_area, 0.0)
        usable[several] = np.bincount(owner, weights=kept, minlength=len(several))
    return usable


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
        raise InputError(QT_TRANSLATE_NOOP("Error", "the buildings have no roof_type column; expected roof_type "
                                                    "flat or pitched per building"),
                         code="buildings_roof_type_column")
    roof = buildings["roof_type"].astype(object).to_numpy()
    bad = ~np.isin(roof, ROOF_TYPES)
    if bad.any():
        rows = ", ".join(f"{i + 1} ({roof[i]!r})" for i in np.flatnonzero(bad)[:10])
        raise InputError(QT_TRANSLATE_NOOP("Error", "roof_type must be flat or pitched; {bad} building(s) have "
                                                    "other values: rows {rows}"), code="roof_type_must_flat",
                         bad=int(bad.sum()), rows=rows)
    return roof


def default_specific_yield(weather=None):
    """``(tilt, azimuth, mount) -> kWh/kWp`` from the yield engine (mount default ``roof``)."""
    from app.resource.pv import specific_yield_kwh_per_kwp

    def specific_yield(tilt: float, azimuth: float, mount: str = "roof") -> float:
        return specific_yield_kwh_per_kwp(weather, tilt, azimuth, mount=mount)

    return specific_yield


def _takes_mount(func) -> bool:
    import inspect

    try:
        parameters = inspect.signature(func).parameters.values()
    except (TypeError, ValueError):
        return False
    return sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in parameters) >= 3 or any(
        p.kind == p.VAR_POSITIONAL for p in parameters)


def _category_codes(buildings: gpd.GeoDataFrame) -> np.ndarray:
    """Index into :data:`CATEGORIES` of each building's category (``other`` when absent or unknown)."""
    import pandas as pd

    other = CATEGORIES.index("other")
    if "category" not in buildings.columns:
        return np.full(len(buildings), other)
    codes = pd.Categorical(buildings["category"], categories=CATEGORIES).codes.astype(np.int64)
    return np.where(codes < 0, other, codes)


def building_heights(buildings: gpd.GeoDataFrame, overrides: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Roof height of every building [m] and where it came from.

    ``height_m`` where it is a positive number; else ``floors`` x the
    category's storey height (``rooftop.storey_height_<category>_m``) where
    ``floors`` is a positive number; else NaN (no shading can be computed
    for that roof, and it casts no shadow).

    Returns
    -------
    height : numpy.ndarray
        [m], NaN where unknown.
    source : numpy.ndarray
        ``"height_m"``, ``"floors"`` or ``""`` per building.
    """
    import pandas as pd

    n = len(buildings)
    height = np.full(n, np.nan)
    source = np.full(n, "", dtype=object)
    if "height_m" in buildings.columns:
        given = pd.to_numeric(buildings["height_m"], errors="coerce").to_numpy(dtype=float)
        ok = np.isfinite(given) & (given > 0)
        height[ok], source[ok] = given[ok], "height_m"
    if "floors" in buildings.columns:
        p = params(overrides)
        floors = pd.to_numeric(buildings["floors"], errors="coerce").to_numpy(dtype=float)
        storey = np.array([p[f"storey_height_{c}_m"] for c in CATEGORIES])[_category_codes(buildings)]
        use = ~np.isfinite(height) & np.isfinite(floors) & (floors > 0)
        height[use], source[use] = floors[use] * storey[use], "floors"
    return height, source


def roof_potential(buildings: gpd.GeoDataFrame, weather=None, overrides: dict | None = None,
                   specific_yield=None, shading: bool = True, neighbours: gpd.GeoDataFrame | None = None,
                   shade_tables: dict | None = None, progress=None) -> gpd.GeoDataFrame:
    """Roof, usable area, capacity, shading and energy potential of every building.

    Parameters
    ----------
    buildings : GeoDataFrame
        Footprints (any CRS, usually EPSG:4490) with a ``roof_type`` column
        (``flat``/``pitched``); ``category`` picks the obstruction factor and
        pitch (``other`` when absent); ``height_m`` (or ``floors``) the shading.
    weather : app.resource.weather.Weather, optional
        Weather for the specific yield and the shading; default: the built-in
        Lianyungang year. Its ``source`` is kept in the result's ``attrs["weather_source"]``.
    overrides : dict, optional
        Assumption overrides, e.g. ``{"rooftop.edge_setback_m": 1.5}``.
    specific_yield : callable, optional
        ``(tilt [deg], azimuth [deg][, mount]) -> [kWh/kWp]``; default: the
        yield engine (:func:`default_specific_yield`), called once per group.
    shading : bool
        Compute ``shade_loss`` from the neighbours' heights (default). False
        leaves it empty with ``shade_status`` ``not_computed``.
    neighbours : GeoDataFrame, optional
        Other buildings that cast shadows on ``buildings`` but are not
        computed themselves (a partition's halo,
        :mod:`app.siting.rooftop_cluster`): footprints with ``height_m`` (or
        ``floors`` and ``category``).
    shade_tables : dict, optional
        ``(tilt, azimuth) -> ShadeTable`` made beforehand
        (:func:`app.siting.shading.building_shade_losses`).
    progress : callable, optional
        ``progress(done_tiles, total_tiles)`` of the shading.

    Returns
    -------
    GeoDataFrame
        ``buildings`` with :data:`POTENTIAL_COLUMNS` added (see the module
        docstring for each step of the chain).

    Raises
    ------
    InputError
        Footprints that are not polygons, unknown roof types, bad overrides.
    """
    from app.resource.weather import climate_uncertainty_pct

    p = params(overrides)
    roof = _roof_types(buildings)
    category_code = _category_codes(buildings)
    geoms = _metric_geometries(buildings)
    n = len(buildings)
    roof_m2 = shapely.area(geoms)
    edge_usable = usable_plan_area(geoms, p["edge_setback_m"], p["min_patch_m2"])
    pitched = roof == "pitched"
    factor_table = np.array([[p[f"obstruction_free_{c}_{r}"] for r in ROOF_TYPES] for c in CATEGORIES])
    obstruction = factor_table[category_code, pitched.astype(int)]
    pitch = np.where(category_code == CATEGORIES.index("factory"), p["pitched_tilt_factory_deg"],
                     p["pitched_tilt_deg"])
    two_slopes = pitched & (pitch < p["low_pitch_both_slopes_below_deg"])
    face_fraction = np.where(pitched & ~two_slopes, p["pitched_usable_fraction"], 1.0)
    usable = edge_usable * obstruction * face_fraction
    gcr = row_ground_coverage_ratio(p["flat_tilt_deg"], p["flat_spacing_latitude_deg"])
    module = np.where(pitched, usable / np.cos(np.radians(pitch)), usable * gcr)
    kwp = module * p["module_power_density"]

    tilt = np.where(pitched, pitch, p["flat_tilt_deg"])
    azimuth = np.full(n, 180.0)
    if pitched.any():
        step = p["azimuth_bin_deg"]
        azimuth[pitched] = (np.round(ridge_facing_azimuth(geoms[pitched]) / step) * step) % 360.0
    names_weather = specific_yield is None or weather is not None
    mount = np.where(pitched, p["mount_pitched"], p["mount_flat"])
    faces = np.where(two_slopes, 2, 1)
    # the second plane of a two-slope roof faces the other way
    second_azimuth = (azimuth + 180.0) % 360.0
    specific_yield = specific_yield or default_specific_yield(weather)
    with_mount = _takes_mount(specific_yield)
    # one engine call per distinct (tilt, azimuth, mount) plane, then a vectorised look-up
    plane_tilt = np.concatenate([tilt, tilt[two_slopes]]).astype(float)
    plane_azimuth = np.concatenate([azimuth, second_azimuth[two_slopes]]).astype(float)
    plane_mount = np.concatenate([pitched, pitched[two_slopes]]).astype(float)
    # one integer key per plane (tilt and azimuth to 0.001 deg) instead of a slower row-wise unique
    plane_key = (np.round(plane_tilt * 1000).astype(np.int64) * 1_000_000
                 + np.round(plane_azimuth * 1000).astype(np.int64)) * 2 + plane_mount.astype(np.int64)
    unique_keys, first_of, member = np.unique(plane_key, return_index=True, return_inverse=True)
    groups = np.column_stack([plane_tilt[first_of], plane_azimuth[first_of], plane_mount[first_of]])
    mounts = (p["mount_flat"], p["mount_pitched"])
    group_yield = np.array([float(specific_yield(t, a, mounts[int(m)]) if with_mount else specific_yield(t, a))
                            for t, a, m in groups])
    plane_yield = group_yield[member] if len(groups) else np.empty(0)
    sy = plane_yield[:n].copy()
    if two_slopes.any():
        sy[two_slopes] = 0.5 * (sy[two_slopes] + plane_yield[n:])
    first_weight = np.ones(n)
    if two_slopes.any():
        both = plane_yield[:n][two_slopes] + plane_yield[n:]
        first_weight[two_slopes] = np.divide(plane_yield[:n][two_slopes], both, out=np.full(len(both), 0.5),
                                             where=both > 0)
    unshaded = kwp * sy

    height, height_source = building_heights(buildings, overrides)
    shade = np.full(n, np.nan)
    status = np.full(n, "not_computed", dtype=object)
    if shading and n:
        from app.siting.shading import building_shade_losses

        footprints, heights, second = geoms, height, np.where(two_slopes, second_azimuth, np.nan)
        if neighbours is not None and len(neighbours):
            # the halo casts shadows only: appended after the roofs, which alone are computed
            footprints = np.concatenate([geoms, _metric_geometries(neighbours)])
            heights = np.concatenate([height, building_heights(neighbours, overrides)[0]])
            filler = np.full(len(neighbours), np.nan)
            tilt_all, azimuth_all = np.concatenate([tilt, filler]), np.concatenate([azimuth, filler])
            second, weights = np.concatenate([second, filler]), np.concatenate([first_weight, np.ones(len(filler))])
        else:
            tilt_all, azimuth_all, weights = tilt, azimuth, first_weight
        shade, status = building_shade_losses(
            footprints, heights, tilt_all, azimuth_all, second, weather,
            min_elevation_deg=p["shading_min_elevation_deg"], halo_m=p["shading_halo_m"],
            tile_m=p["shading_tile_m"], plane_weights=weights, progress=progress, receivers=n, tables=shade_tables)

    out = buildings.copy()
    if names_weather:
        from app.resource.weather import default_weather

        out.attrs["weather_source"] = (weather or default_weather()).source
    out["roof_m2"] = roof_m2
    out["usable_m2"] = usable
    out["pot_kwp"] = kwp
    out["pot_kwh"] = unshaded * (1.0 - np.nan_to_num(shade, nan=0.0))
    out["shade_loss"] = shade
    out["edge_usable_m2"] = edge_usable
    out["obstruction_factor"] = obstruction
    out["face_fraction"] = face_fraction
    out["usable_share"] = np.divide(usable, roof_m2, out=np.zeros(n), where=roof_m2 > 0)
    out["module_m2"] = module
    out["pv_tilt"] = tilt
    out["pv_azimuth"] = azimuth
    out["pv_faces"] = faces
    out["pv_mount"] = mount
    out["specific_yield_kwh_per_kwp"] = sy
    out["unshaded_kwh"] = unshaded
    out["height_used_m"] = height
    out["height_source"] = height_source
    out["shade_status"] = status
    out["uncertainty_pct"] = climate_uncertainty_pct()
    return out


def project_overrides(project) -> dict:
    """Rooftop assumption overrides a project stores (``project_meta["rooftop_overrides"]``, JSON)."""
    import json

    if project is None:
        return {}
    text = project.meta.get("rooftop_overrides") or "{}"
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        return {}
    return {k: float(v) for k, v in data.items() if k.startswith("rooftop.")}


def building_potential(buildings: gpd.GeoDataFrame, feature_id, weather=None, overrides: dict | None = None):
    """The potential chain of one building (a row of :func:`roof_potential`), with its neighbours' shading.

    Only the buildings within the shading halo of ``feature_id`` are computed,
    so a click on one roof of a 100,000-building layer stays quick.

    Parameters
    ----------
    buildings : GeoDataFrame
        The buildings layer (EPSG:4490).
    feature_id
        Index value of the building.

    Returns
    -------
    pandas.Series
    """
    p = params(overrides)
    minx, miny, maxx, maxy = buildings.geometry.loc[feature_id].bounds
    reach_lat = p["shading_halo_m"] / 110_000.0  # conservative: a degree of latitude is >= 110.6 km
    reach_lon = reach_lat / max(math.cos(math.radians(max(abs(miny), abs(maxy)))), 0.1)
    near = buildings.sindex.query(shapely.box(minx - reach_lon, miny - reach_lat, maxx + reach_lon, maxy + reach_lat))
    subset = buildings.iloc[np.union1d(near, [buildings.index.get_loc(feature_id)])]
    return roof_potential(subset, weather=weather, overrides=overrides).loc[feature_id]


#: Shading-loss classes of the map style: (label, upper bound of shade_loss [-]); "n/a" where not computed.
SHADE_CLASSES = (("0-5%", 0.05), ("5-15%", 0.15), ("15-30%", 0.30), ("30-50%", 0.50), (">=50%", np.inf))


def shade_classes(shade_loss: np.ndarray, status: np.ndarray) -> np.ndarray:
    """Class label of each roof's ``shade_loss`` (:data:`SHADE_CLASSES`); ``"n/a"`` where it was not computed."""
    loss = np.asarray(shade_loss, dtype=float)
    bounds = np.array([b for _, b in SHADE_CLASSES])
    labels = np.array([name for name, _ in SHADE_CLASSES] + ["n/a"], dtype=object)
    index = np.searchsorted(bounds, np.nan_to_num(loss, nan=0.0), side="left")
    index = np.where(np.isfinite(loss) & (np.asarray(status) == "computed"), index, len(SHADE_CLASSES))
    return labels[index]


@dataclass
class PotentialSummary:
    """City totals of :func:`roof_potential` (the JSON of ``lygsite rooftop``).

    ``potential_mwh`` is net of neighbour shading where it was computed;
    ``unshaded_mwh`` without it; ``uncertainty_pct`` the climate uncertainty
    of the energy figures [+/- %]; ``shade_status`` counts roofs per shading
    status (``computed``, ``no_height``, ``too_large``, ``not_computed``).
    """

    buildings: int
    roof_area_m2: float
    usable_area_m2: float
    potential_kwp: float
    potential_mwh: float
    seconds: float
    orientation_groups: int = 0
    unshaded_mwh: float = 0.0
    shading_loss_mwh: float = 0.0
    uncertainty_pct: float = 0.0
    potential_mwh_low: float = 0.0
    potential_mwh_high: float = 0.0
    shade_status: dict = None

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def summarise_potential(result: gpd.GeoDataFrame, seconds: float = 0.0) -> PotentialSummary:
    """Totals over all buildings of a :func:`roof_potential` result."""
    groups = result[["pv_tilt", "pv_azimuth"]].drop_duplicates().shape[0] if len(result) else 0
    mwh = float(result["pot_kwh"].sum() / 1000.0)
    unshaded = float(result["unshaded_kwh"].sum() / 1000.0) if "unshaded_kwh" in result else mwh
    if "uncertainty_pct" in result and len(result):
        uncertainty = float(result["uncertainty_pct"].iloc[0])
    else:
        from app.resource.weather import climate_uncertainty_pct

        uncertainty = climate_uncertainty_pct()
    status = result["shade_status"].value_counts().to_dict() if "shade_status" in result else {}
    return PotentialSummary(int(len(result)), float(result["roof_m2"].sum()), float(result["usable_m2"].sum()),
                            float(result["pot_kwp"].sum()), mwh, round(float(seconds), 3), int(groups),
                            unshaded, unshaded - mwh, uncertainty, mwh * (1 - uncertainty / 100.0),
                            mwh * (1 + uncertainty / 100.0), {str(k): int(v) for k, v in status.items()})


def timed_roof_potential(buildings, **kwargs) -> tuple[gpd.GeoDataFrame, PotentialSummary]:
    """:func:`roof_potential` and its summary with the seconds it took."""
    start = time.perf_counter()
    result = roof_potential(buildings, **kwargs)
    return result, summarise_potential(result, time.perf_counter() - start)


__all__ = ["POTENTIAL_COLUMNS", "CATEGORIES", "building_heights", "params", "row_ground_coverage_ratio", "usable_plan_area", "ridge_facing_azimuth",
           "default_specific_yield", "roof_potential", "building_potential", "project_overrides", "SHADE_CLASSES", "shade_classes", "PotentialSummary", "summarise_potential",
           "timed_roof_potential", "STORAGE_CRS"]
