"""Shading of roofs by neighbouring buildings: a horizon per roof point from the neighbours' outlines.

For every roof (a receiver) with a known height ``z``, every taller building
(a caster, height ``h``) within reach blocks part of the sky. Seen from a
point ``p`` on the roof, an outline edge of the caster covers the azimuths
between its two end points; along azimuth ``a`` the ray from ``p`` meets the
edge at distance ``t(a)`` (exact ray-line intersection), so the edge raises
the horizon there to ``atan((h - z) / t(a))``. The horizon of ``p`` is the
maximum over edges, per azimuth bin (:func:`horizon_profiles`). Only the
edges facing ``p`` are used (the far side of a prism is always lower).

The loss of a roof point with horizon ``H(a)`` is looked up in a table built
once per weather and roof orientation (:class:`ShadeTable`): the plane-of-
array energy of the weather year (pvlib, Hay-Davies transposition as in the
yield chain) arriving from each sky cell (azimuth x elevation), beam and
circumsolar at the hourly sun positions (so weighted by beam irradiance),
isotropic diffuse spread over the sky as ``cos(incidence) dOmega`` on the
tilted plane (so the sky-view reduction is exact for the plane's tilt).
``loss(p) = sum over cells below H of the cell energy / total POA``. The roof's
``shade_loss`` is the mean over its sample points (a 2 x 2 grid inside the
footprint; 3 x 3 changes the dense-block result by 0.003). Ground-reflected light is left unshaded.

Obstacles seen below ``shading_min_elevation_deg`` are ignored: on the
Lianyungang default year the beam arriving below 10 deg elevation is 0.2 % of
the annual POA of a 20 deg south plane. The reach of a caster is therefore
``(h - z) / tan(min_elevation)``, capped at ``shading_halo_m``; a tiled run
(:func:`shade_losses_tiled`) processes each tile's receivers with all casters
within that halo, so its result equals the untiled one.

Validated in ``tests/core/test_shading.py`` against a brute-force ray cast
written separately (every hour, dense roof grid, exact prism intersection).

References
----------
.. [1] Hay, J. E. and Davies, J. A. (1980). Calculations of the solar radiation
   incident on an inclined surface. Proc. First Canadian Solar Radiation Data
   Workshop, 59-72 (pvlib.irradiance.haydavies).
.. [2] Lindberg, F., Jonsson, P., Honjo, T. and Wästberg, D. (2015). Solar
   energy on building envelopes - 3D modelling in a 2D environment. Solar
   Energy 115, 369-378 (SEBE: sky vault split into patches, shadows per patch;
   the sky-cell weighting here follows the same idea on a horizon instead of a DSM).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely

#: Azimuth bin of the horizon [deg].
AZIMUTH_STEP_DEG = 2.0
#: Elevation cell of the energy table [deg].
ELEVATION_STEP_DEG = 0.5
_BIN_CENTRES = np.radians((np.arange(int(round(360.0 / AZIMUTH_STEP_DEG))) + 0.5) * AZIMUTH_STEP_DEG)
_BIN_SIN, _BIN_COS = np.sin(_BIN_CENTRES), np.cos(_BIN_CENTRES)
#: Shade status per roof.
COMPUTED, NO_HEIGHT, TOO_LARGE = "computed", "no_height", "too_large"


@dataclass
class ShadeTable:
    """Plane-of-array energy of a weather year per sky cell, for one roof orientation.

    Attributes
    ----------
    tilt, azimuth : float
        Plane orientation [deg] (azimuth clockwise from north).
    cell_wh_m2 : numpy.ndarray
        (n_azimuth, n_elevation) energy arriving from each sky cell [Wh/m2]:
        beam + circumsolar at the sun's cell, isotropic diffuse spread by
        ``cos(incidence) dOmega``.
    below_wh_m2 : numpy.ndarray
        Same shape: energy from the cells below each cell (exclusive
        cumulative sum over elevation) [Wh/m2].
    poa_wh_m2 : float
        Annual plane-of-array irradiation, all components [Wh/m2].
    """

    tilt: float
    azimuth: float
    cell_wh_m2: np.ndarray
    below_wh_m2: np.ndarray
    poa_wh_m2: float

    def loss(self, horizon_deg: np.ndarray) -> np.ndarray:
        """Fraction of POA lost for horizons ``(n_points, n_azimuth)`` [deg] -> (n_points,) [-].

        Within an elevation cell the blocked share is interpolated linearly.
        """
        n_el = self.cell_wh_m2.shape[1]
        position = np.clip(horizon_deg / ELEVATION_STEP_DEG, 0.0, n_el - 1e-9)
        cell = position.astype(np.intp)
        frac = position - cell
        columns = np.arange(self.cell_wh_m2.shape[0])[None, :]
        blocked = self.below_wh_m2[columns, cell] + frac * self.cell_wh_m2[columns, cell]
        return blocked.sum(axis=1) / self.poa_wh_m2


def _sky_cells():
    n_az = int(round(360.0 / AZIMUTH_STEP_DEG))
    n_el = int(round(90.0 / ELEVATION_STEP_DEG))
    return n_az, n_el


_TABLE_CACHE: dict = {}
_TABLE_CACHE_MAX = 256


def shade_table(weather, tilt: float, azimuth: float, albedo: float = 0.25) -> ShadeTable:
    """The sky-cell energy table of ``weather`` for a plane (tilt, azimuth), cached per weather and plane.

    Parameters
    ----------
    weather : app.resource.weather.Weather
        With ``ghi``, ``dni``, ``dhi``.
    tilt : float
        [deg] from horizontal.
    azimuth : float
        [deg] clockwise from north (180 = south).
    albedo : float
        Ground reflectance for the (unshaded) ground-reflected part [-];
        pvlib's default 0.25, as the yield chain uses.

    Returns
    -------
    ShadeTable
    """
    key = (weather.fingerprint, float(tilt), float(azimuth), float(albedo))
    if key not in _TABLE_CACHE:
        if len(_TABLE_CACHE) >= _TABLE_CACHE_MAX:
            _TABLE_CACHE.pop(next(iter(_TABLE_CACHE)))
        _TABLE_CACHE[key] = _stored_shade_table(weather, tilt, azimuth, albedo)
    return _TABLE_CACHE[key]


def _stored_shade_table(weather, tilt: float, azimuth: float, albedo: float) -> ShadeTable:
    """A shade table kept in the user's cache (:mod:`app.core.cache`) between sessions.

    Building one costs ~50 ms and importing pvlib ~0.8 s; the demo's roofs
    need 26 of them each time the app starts. The version key is this
    module's source, the weather's content, the plane and the versions of
    pvlib, numpy and pandas; the arrays read back are the ones built.
    """
    from pathlib import Path

    from app.core.cache import cache_dir, package_versions, version_key, write_cache_file

    key = version_key(Path(__file__), weather.fingerprint, repr((float(tilt), float(azimuth), float(albedo))),
                      package_versions("pvlib", "numpy", "pandas"))
    path = cache_dir() / f"shade-table-{key}.npz"
    try:
        with np.load(path, allow_pickle=False) as stored:
            return ShadeTable(float(tilt), float(azimuth), stored["cell_wh_m2"], stored["below_wh_m2"],
                              float(stored["poa_wh_m2"]))
    except (OSError, KeyError, ValueError):
        pass  # not kept yet, or unreadable: build it
    table = _build_shade_table(weather, tilt, azimuth, albedo)

    def write(tmp: Path) -> None:
        with tmp.open("wb") as f:
            np.savez(f, cell_wh_m2=table.cell_wh_m2, below_wh_m2=table.below_wh_m2,
                     poa_wh_m2=np.array(table.poa_wh_m2))

    write_cache_file(path, write)
    return table


def _build_shade_table(weather, tilt: float, azimuth: float, albedo: float) -> ShadeTable:
    import pvlib

    data = weather.data
    index = data.index
    if "solar_position" not in weather._cache:  # shared by every orientation of this weather
        weather._cache["solar_position"] = pvlib.solarposition.get_solarposition(
            index, weather.latitude, weather.longitude, weather.altitude)
    solpos = weather._cache["solar_position"]
    zenith = solpos["apparent_zenith"]
    sun_azimuth = solpos["azimuth"]
    dni_extra = pvlib.irradiance.get_extra_radiation(index)
    parts = pvlib.irradiance.haydavies(tilt, azimuth, data["dhi"], data["dni"], dni_extra, zenith, sun_azimuth,
                                       return_components=True)
    aoi = pvlib.irradiance.aoi(tilt, azimuth, zenith, sun_azimuth)
    beam = (data["dni"] * np.clip(np.cos(np.radians(aoi)), 0.0, None)).where(zenith < 90, 0.0)
    circumsolar = parts["poa_circumsolar"].fillna(0.0)
    isotropic = parts["poa_isotropic"].fillna(0.0)
    ground = pvlib.irradiance.get_ground_diffuse(tilt, data["ghi"], albedo=albedo)
    poa_total = float((beam + circumsolar + isotropic + ground).sum())

    n_az, n_el = _sky_cells()
    cells = np.zeros((n_az, n_el))
    elevation = 90.0 - zenith.to_numpy()
    up = elevation > 0
    a_idx = (np.floor(sun_azimuth.to_numpy()[up] / AZIMUTH_STEP_DEG).astype(int)) % n_az
    e_idx = np.minimum(np.floor(elevation[up] / ELEVATION_STEP_DEG).astype(int), n_el - 1)
    np.add.at(cells, (a_idx, e_idx), (beam + circumsolar).to_numpy()[up])

    # isotropic sky: radiance weight cos(incidence) cos(e) de da per cell, normalised over the sky the plane sees
    sub = 4
    a_mid = (np.arange(n_az * sub) + 0.5) * AZIMUTH_STEP_DEG / sub
    e_mid = (np.arange(n_el * sub) + 0.5) * ELEVATION_STEP_DEG / sub
    az, el = np.radians(a_mid)[:, None], np.radians(e_mid)[None, :]
    beta, gamma = math.radians(tilt), math.radians(azimuth)
    cos_incidence = (np.cos(el) * np.sin(az) * math.sin(beta) * math.sin(gamma)
                     + np.cos(el) * np.cos(az) * math.sin(beta) * math.cos(gamma) + np.sin(el) * math.cos(beta))
    weight = np.clip(cos_incidence, 0.0, None) * np.cos(el)
    weight = weight.reshape(n_az, sub, n_el, sub).sum(axis=(1, 3))
    cells += float(isotropic.sum()) * weight / weight.sum()
    below = np.concatenate([np.zeros((n_az, 1)), np.cumsum(cells, axis=1)[:, :-1]], axis=1)
    return ShadeTable(float(tilt), float(azimuth), cells, below, poa_total)


def roof_sample_points(footprints: np.ndarray, per_side: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """Sample points on each footprint: a ``per_side`` x ``per_side`` grid over its oriented envelope.

    Grid points at fractions ``(i + 0.5) / per_side`` of the envelope's two
    sides; those outside the footprint are dropped; a footprint left without
    a point gets its representative point.

    Returns
    -------
    xy : numpy.ndarray
        (n_points, 2) coordinates [m].
    owner : numpy.ndarray
        Index of the footprint each point belongs to.
    """
    n = len(footprints)
    envelope = shapely.oriented_envelope(footprints)
    coords, which = shapely.get_coordinates(shapely.get_exterior_ring(envelope), return_index=True)
    starts = np.searchsorted(which, np.arange(n))
    counts = np.bincount(which, minlength=n)
    ok = counts >= 4
    fractions = (np.arange(per_side) + 0.5) / per_side
    fi, fj = [g.ravel() for g in np.meshgrid(fractions, fractions, indexing="ij")]
    p0 = coords[starts[ok]]
    e1 = coords[starts[ok] + 1] - p0
    e2 = coords[starts[ok] + 3] - p0
    grid = p0[:, None, :] + fi[None, :, None] * e1[:, None, :] + fj[None, :, None] * e2[:, None, :]
    owner = np.repeat(np.flatnonzero(ok), len(fi))
    xy = grid.reshape(-1, 2)
    inside = shapely.contains_xy(footprints[owner], xy[:, 0], xy[:, 1])
    xy, owner = xy[inside], owner[inside]
    lonely = np.setdiff1d(np.arange(n), owner)
    if len(lonely):
        reps = shapely.point_on_surface(footprints[lonely])
        xy = np.vstack([xy, shapely.get_coordinates(reps)])
        owner = np.concatenate([owner, lonely])
    order = np.argsort(owner, kind="stable")
    return xy[order], owner[order]


@dataclass
class Casters:
    """Buildings that cast shadows, prepared once: bounds, heights and counter-clockwise outline edges.

    Attributes
    ----------
    bounds : numpy.ndarray
        (m, 4) footprint bounds [m].
    heights : numpy.ndarray
        (m,) heights [m]; NaN = unknown (casts no shadow).
    edge_start, edge_end : numpy.ndarray
        (E, 2) end points of the exterior-ring edges, grouped by caster.
    edge_first, edge_count : numpy.ndarray
        (m,) first edge and number of edges of each caster.
    """

    bounds: np.ndarray
    heights: np.ndarray
    edge_start: np.ndarray
    edge_end: np.ndarray
    edge_first: np.ndarray
    edge_count: np.ndarray

    @classmethod
    def from_footprints(cls, footprints: np.ndarray, heights: np.ndarray, chunk: int = 50_000) -> "Casters":
        """Prepare ``footprints`` in chunks of ``chunk``, so the temporary geometries stay bounded."""
        footprints = np.asarray(footprints, dtype=object)
        if len(footprints) > chunk:
            parts = [cls.from_footprints(footprints[i:i + chunk], heights[i:i + chunk], chunk)
                     for i in range(0, len(footprints), chunk)]
            counts = np.concatenate([c.edge_count for c in parts])
            return cls(np.concatenate([c.bounds for c in parts]), np.concatenate([c.heights for c in parts]),
                       np.concatenate([c.edge_start for c in parts]), np.concatenate([c.edge_end for c in parts]),
                       np.cumsum(counts) - counts, counts)
        oriented = shapely.orient_polygons(footprints)
        parts, part_owner = shapely.get_parts(oriented, return_index=True)
        coords, ring_idx = shapely.get_coordinates(shapely.get_exterior_ring(parts), return_index=True)
        same = ring_idx[:-1] == ring_idx[1:]
        owner = part_owner[ring_idx[:-1][same]]
        order = np.argsort(owner, kind="stable")
        m = len(footprints)
        return cls(shapely.bounds(footprints), np.asarray(heights, dtype=float), coords[:-1][same][order],
                   coords[1:][same][order], np.searchsorted(owner[order], np.arange(m)),
                   np.bincount(owner, minlength=m))


def _ranges(first: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Concatenated ``arange(first[i], first[i] + count[i])`` for all i, vectorised."""
    total = int(count.sum())
    return np.repeat(first - np.cumsum(count) + count, count) + np.arange(total)


def horizon_profiles(points_xy: np.ndarray, points_z: np.ndarray, point_owner: np.ndarray,
                     casters: np.ndarray, caster_heights: np.ndarray, min_elevation_deg: float = 10.0,
                     max_reach_m: float = 400.0) -> np.ndarray:
    """Horizon elevation seen from roof points over their neighbours [deg], per azimuth bin.

    Parameters
    ----------
    points_xy : numpy.ndarray
        (n, 2) roof points in a metric CRS [m].
    points_z : numpy.ndarray
        (n,) roof height of each point [m].
    point_owner : numpy.ndarray
        (n,) index into ``casters`` of the point's own building (never
        shades itself), or -1.
    casters : numpy.ndarray
        Footprint polygons [m].
    caster_heights : numpy.ndarray
        Their heights [m]; NaN = unknown (casts no shadow).
    min_elevation_deg : float
        Obstacles seen lower than this are ignored [deg].
    max_reach_m : float
        Farthest caster considered [m] (the tile halo).

    Returns
    -------
    numpy.ndarray
        (n, 360 / AZIMUTH_STEP_DEG) horizon elevation [deg], float32; bin k
        covers azimuths [k, k + 1) x AZIMUTH_STEP_DEG clockwise from north,
        evaluated at its centre.
    """
    return _horizons(points_xy, points_z, point_owner, Casters.from_footprints(casters, caster_heights),
                     min_elevation_deg, max_reach_m)


def _horizons(points_xy: np.ndarray, points_z: np.ndarray, point_owner: np.ndarray, casters: Casters,
              min_elevation_deg: float, max_reach_m: float) -> np.ndarray:
    """:func:`horizon_profiles` on prepared :class:`Casters`."""
    n_az, _ = _sky_cells()
    n = len(points_xy)
    horizon = np.zeros((n, n_az), dtype=np.float32)
    caster_heights = casters.heights
    known = np.isfinite(caster_heights) & (caster_heights > 0)
    if n == 0 or not known.any():
        return horizon
    tan_min = math.tan(math.radians(min_elevation_deg))
    cast_idx = np.flatnonzero(known)
    heights = caster_heights[cast_idx]
    # receivers: the points grouped by building (a point without a building is its own group)
    group_key = np.where(point_owner >= 0, point_owner, -1 - np.arange(n))
    order = np.argsort(group_key, kind="stable")
    sorted_key = group_key[order]
    group_start = np.flatnonzero(np.r_[True, sorted_key[1:] != sorted_key[:-1]])
    group_size = np.diff(np.r_[group_start, n])
    gx, gy = points_xy[order, 0], points_xy[order, 1]
    g_box = np.column_stack([np.minimum.reduceat(gx, group_start), np.minimum.reduceat(gy, group_start),
                             np.maximum.reduceat(gx, group_start), np.maximum.reduceat(gy, group_start)])
    g_z = np.minimum.reduceat(points_z[order], group_start)
    g_owner = np.where(sorted_key[group_start] >= 0, sorted_key[group_start], -1)
    # candidate (caster, receiver) pairs: the receiver's points inside the caster's bounds grown by its reach
    reach = np.minimum((heights - g_z.min()) / tan_min, max_reach_m)
    bounds = casters.bounds[cast_idx]
    grown = shapely.box(bounds[:, 0] - reach, bounds[:, 1] - reach, bounds[:, 2] + reach, bounds[:, 3] + reach)
    tree = shapely.STRtree(shapely.box(g_box[:, 0], g_box[:, 1], g_box[:, 2], g_box[:, 3]))
    pair_caster, pair_group = tree.query(grown)
    caster = cast_idx[pair_caster]
    rise = caster_heights[caster] - g_z[pair_group]
    keep = (rise > 0) & (caster != g_owner[pair_group])
    # the box-to-box distance is at most the true distance, so this keeps every caster in reach
    b, r = bounds[pair_caster], g_box[pair_group]
    dx = np.maximum(np.maximum(b[:, 0] - r[:, 2], r[:, 0] - b[:, 2]), 0.0)
    dy = np.maximum(np.maximum(b[:, 1] - r[:, 3], r[:, 1] - b[:, 3]), 0.0)
    keep &= np.hypot(dx, dy) * tan_min < np.minimum(rise, max_reach_m * tan_min)
    caster, pair_group = caster[keep], pair_group[keep]
    if not len(caster):
        return horizon
    # expand to (caster, point)
    size = group_size[pair_group]
    caster = np.repeat(caster, size)
    pair_point = order[_ranges(group_start[pair_group], size)]
    rise = caster_heights[caster] - points_z[pair_point]

    # expand to (point, edge) with the caster's edges that face the point
    count = casters.edge_count[caster]
    pair_of = np.repeat(np.arange(len(caster)), count)
    edge = _ranges(casters.edge_first[caster], count)
    start = casters.edge_start[edge]
    rel = start - points_xy[pair_point[pair_of]]
    seg = casters.edge_end[edge] - start
    # counter-clockwise ring: the outside of an edge is on its right; the point must be there
    facing = (seg[:, 0] * rel[:, 1] - seg[:, 1] * rel[:, 0]) > 0
    pair_of, seg, rel = pair_of[facing], seg[facing], rel[facing]
    rel_end = rel + seg
    bearing_a = np.degrees(np.arctan2(rel[:, 0], rel[:, 1])) % 360.0
    bearing_b = np.degrees(np.arctan2(rel_end[:, 0], rel_end[:, 1])) % 360.0
    # a facing edge is seen turning clockwise from its start to its end (span < 180 deg)
    span = (bearing_b - bearing_a) % 360.0
    first_bin = np.ceil(bearing_a / AZIMUTH_STEP_DEG - 0.5).astype(np.int64)
    last_bin = np.floor((bearing_a + span) / AZIMUTH_STEP_DEG - 0.5).astype(np.int64)
    bins = np.maximum(last_bin - first_bin + 1, 0)
    triple = np.repeat(np.arange(len(bins)), bins)
    k = _ranges(first_bin, bins) % n_az
    ux, uy = _BIN_SIN[k], _BIN_COS[k]
    sx, sy = seg[triple, 0], seg[triple, 1]
    rx, ry = rel[triple, 0], rel[triple, 1]
    with np.errstate(divide="ignore", invalid="ignore"):
        distance = (rx * sy - ry * sx) / (ux * sy - uy * sx)
        pair = pair_of[triple]
        # compare in tan(elevation), monotonic in the elevation; the angle is taken once per cell below
        slope = rise[pair] / distance
    ok = (distance > 1e-6) & (slope >= tan_min)
    flat = pair_point[pair[ok]] * n_az + k[ok]
    tangent = np.zeros(n * n_az, dtype=np.float32)
    np.maximum.at(tangent, flat, slope[ok].astype(np.float32))
    hit = tangent > 0
    horizon.reshape(-1)[hit] = np.degrees(np.arctan(tangent[hit]))
    return horizon


class _TableStack:
    """Several :class:`ShadeTable` stacked, to look up every point's loss in one indexing operation."""

    def __init__(self, tables: list):
        self.cells = np.stack([t.cell_wh_m2 for t in tables]) if tables else np.zeros((0, 1, 1))
        self.below = np.stack([t.below_wh_m2 for t in tables]) if tables else np.zeros((0, 1, 1))
        self.poa = np.array([t.poa_wh_m2 for t in tables])

    def loss(self, horizon_deg: np.ndarray, table: np.ndarray) -> np.ndarray:
        """Loss of points with horizons (n, n_az) [deg] on planes ``table`` (n,) [-].

        Only the azimuths with an obstacle are looked up (an empty azimuth blocks nothing).
        """
        n_el = self.cells.shape[2]
        point, column = np.nonzero(horizon_deg)
        position = np.minimum(horizon_deg[point, column] / ELEVATION_STEP_DEG, n_el - 1e-6)
        cell = position.astype(np.intp)
        plane = table[point]
        blocked = self.below[plane, column, cell] + (position - cell) * self.cells[plane, column, cell]
        return np.bincount(point, weights=blocked, minlength=len(horizon_deg)) / self.poa[table]


def _point_losses(horizon: np.ndarray, first: np.ndarray, second: np.ndarray, weight: np.ndarray,
                  stack: _TableStack) -> np.ndarray:
    """Loss per point: weight x loss on the first plane + (1 - weight) x loss on the second."""
    loss = np.zeros(len(horizon))
    shaded = np.flatnonzero(horizon.max(axis=1) > 0) if len(horizon) else np.empty(0, dtype=int)
    if len(shaded):
        h = horizon[shaded]
        loss[shaded] = weight[shaded] * stack.loss(h, first[shaded])
        two = second[shaded] >= 0
        if two.any():
            loss[shaded[two]] += (1.0 - weight[shaded[two]]) * stack.loss(h[two], second[shaded][two])
    return loss


def shade_tile(receivers: np.ndarray, receiver_heights: np.ndarray, receiver_planes: np.ndarray,
               receiver_weights: np.ndarray, neighbours: np.ndarray, neighbour_heights: np.ndarray, tables: list,
               min_elevation_deg: float = 10.0, halo_m: float = 400.0, per_side: int = 2) -> np.ndarray:
    """Shading loss of the roofs of one tile, given the buildings of its halo.

    The unit of a partitioned (tiled, e.g. Dask) run: the result for a tile
    depends only on its own buildings and those within ``halo_m`` around
    them, so tiles can run anywhere in any order.

    Parameters
    ----------
    receivers : numpy.ndarray
        Footprint polygons of the tile's roofs [m, metric CRS].
    receiver_heights : numpy.ndarray
        Their roof heights [m]; must be finite and > 0.
    receiver_planes : numpy.ndarray
        (n, 2) int: index into ``tables`` of each roof's first and second
        plane (second -1 for one plane).
    receiver_weights : numpy.ndarray
        (n,) share of the roof's unshaded energy on its first plane [-].
    neighbours : numpy.ndarray
        Footprints of the other buildings within the halo [m].
    neighbour_heights : numpy.ndarray
        Their heights [m] (NaN: unknown, casts no shadow).
    tables : list of ShadeTable
    min_elevation_deg, halo_m : float
        See :func:`horizon_profiles`.
    per_side : int
        Sample grid per roof side (:func:`roof_sample_points`).

    Returns
    -------
    numpy.ndarray
        (n,) fraction of the roof's plane-of-array irradiation lost [-].
    """
    n = len(receivers)
    if n == 0:
        return np.empty(0)
    receivers = np.asarray(receivers, dtype=object)
    casters = Casters.from_footprints(np.concatenate([receivers, np.asarray(neighbours, dtype=object)]),
                                      np.concatenate([np.asarray(receiver_heights, dtype=float),
                                                      np.asarray(neighbour_heights, dtype=float)]))
    xy, owner = roof_sample_points(receivers, per_side)
    horizon = _horizons(xy, casters.heights[owner], owner, casters, min_elevation_deg, halo_m)
    planes = np.asarray(receiver_planes)
    loss = _point_losses(horizon, planes[owner, 0], planes[owner, 1], np.asarray(receiver_weights, float)[owner],
                         _TableStack(tables))
    return np.bincount(owner, weights=loss, minlength=n) / np.maximum(np.bincount(owner, minlength=n), 1)


def footprint_extent_m(footprints: np.ndarray, chunk: int = 50_000) -> np.ndarray:
    """Longest side of each footprint's oriented envelope [m] (computed in chunks of ``chunk``)."""
    if len(footprints) > chunk:
        return np.concatenate([footprint_extent_m(footprints[i:i + chunk], chunk)
                               for i in range(0, len(footprints), chunk)])
    envelope = shapely.oriented_envelope(footprints)
    coords, which = shapely.get_coordinates(shapely.get_exterior_ring(envelope), return_index=True)
    n = len(footprints)
    starts = np.searchsorted(which, np.arange(n))
    counts = np.bincount(which, minlength=n)
    out = np.zeros(n)
    ok = counts >= 4
    p0, p1, p2 = coords[starts[ok]], coords[starts[ok] + 1], coords[starts[ok] + 2]
    out[ok] = np.maximum(np.hypot(*(p1 - p0).T), np.hypot(*(p2 - p1).T))
    return out


def footprints_wider_than(footprints: np.ndarray, limit_m: float) -> tuple[np.ndarray, np.ndarray]:
    """The footprints whose oriented envelope is longer than ``limit_m`` [m], and those lengths.

    The envelope (:func:`footprint_extent_m`) is computed only where the bounding box's diagonal
    reaches the limit: the envelope's long side is at most the footprint's diameter, which is at
    most that diagonal, so the others cannot exceed it.

    Returns
    -------
    index : numpy.ndarray
        Positions of the wider footprints.
    extent : numpy.ndarray
        Their longest envelope side [m].
    """
    footprints = np.asarray(footprints, dtype=object)
    bounds = shapely.bounds(footprints)
    with np.errstate(invalid="ignore"):
        diagonal = np.hypot(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])
        maybe = np.flatnonzero(diagonal >= limit_m * (1.0 - 1e-9))
    extent = footprint_extent_m(footprints[maybe]) if len(maybe) else np.empty(0)
    wide = extent > limit_m
    return maybe[wide], extent[wide]


def building_shade_losses(footprints: np.ndarray, heights: np.ndarray, tilt: np.ndarray, azimuth: np.ndarray,
                          second_azimuth: np.ndarray, weather=None, min_elevation_deg: float = 10.0,
                          halo_m: float = 400.0, tile_m: float = 2000.0, plane_weights: np.ndarray | None = None,
                          per_side: int = 2, progress=None, receivers: int | None = None,
                          tables: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Shading loss of every roof of a city, tile by tile with a halo.

    Parameters
    ----------
    footprints : numpy.ndarray
        Polygons in a metric CRS [m].
    heights : numpy.ndarray
        Roof heights [m], NaN where unknown.
    tilt, azimuth : numpy.ndarray
        First plane of each roof [deg].
    second_azimuth : numpy.ndarray
        Azimuth of a second plane [deg] (same tilt), NaN for one plane.
    weather : Weather, optional
        Default: the built-in year.
    min_elevation_deg, halo_m : float
        See :func:`horizon_profiles`.
    tile_m : float
        Tile side [m]; raised to ``3 * halo_m`` when smaller, so that every
        caster within reach of a tile's roofs lies in its eight neighbouring
        tiles (the result then does not depend on the tiling).
    plane_weights : numpy.ndarray, optional
        Share of each roof's energy on its first plane (default 1).
    progress : callable, optional
        ``progress(done_tiles, total_tiles)``.
    receivers : int, optional
        Only the first ``receivers`` footprints are roofs to compute; the
        others (a partition's halo: neighbours from the adjacent tiles) only
        cast shadows, and their ``tilt``/``azimuth`` are not used. Default: all.
    tables : dict, optional
        ``(tilt, azimuth) -> ShadeTable`` made beforehand (a cluster ships
        them to its workers once); missing planes are made here.

    Returns
    -------
    loss : numpy.ndarray
        Fraction of POA lost [-], NaN where not computed (one per receiver).
    status : numpy.ndarray
        ``computed``, ``no_height`` or ``too_large`` per roof (one per receiver).
    """
    from app.resource.weather import default_weather

    weather = weather or default_weather()
    n = len(footprints)
    loss = np.full(n, np.nan)
    status = np.full(n, COMPUTED, dtype=object)
    heights = np.asarray(heights, dtype=float)
    known = np.isfinite(heights) & (heights > 0)
    status[~known] = NO_HEIGHT
    too_large = np.zeros(n, dtype=bool)
    too_large[footprints_wider_than(footprints, halo_m)[0]] = True
    too_large &= known
    status[too_large] = TOO_LARGE
    receiving = known & ~too_large
    receivers = n if receivers is None else int(receivers)
    receiving[receivers:] = False
    if not receiving.any():
        return loss[:receivers], status[:receivers]
    weights = np.ones(n) if plane_weights is None else np.asarray(plane_weights, dtype=float)
    second_azimuth = np.asarray(second_azimuth, dtype=float)
    keys = list(dict.fromkeys([(float(t), float(a)) for t, a in zip(tilt[receiving], azimuth[receiving])]
                              + [(float(t), float(a)) for t, a in zip(tilt[receiving], second_azimuth[receiving])
                                 if np.isfinite(a)]))
    tables = [(tables or {}).get(k) or shade_table(weather, *k) for k in keys]
    lookup = {k: i for i, k in enumerate(keys)}
    planes = np.full((n, 2), -1, dtype=np.int64)
    for i in np.flatnonzero(receiving):
        planes[i, 0] = lookup[(float(tilt[i]), float(azimuth[i]))]
        if np.isfinite(second_azimuth[i]):
            planes[i, 1] = lookup[(float(tilt[i]), float(second_azimuth[i]))]

    # tile by tile: each tile prepares its own roofs and the casters of its halo, so the working
    # memory is one tile's whatever the size of the city (only bounds and results are city-wide)
    # The 3 x 3 tiles around a tile must hold every caster in reach of its roofs. Tiles group buildings by the
    # centre of their bounds, and a footprint no wider than the halo lies within halo_m of that centre, so a
    # caster's centre is within halo (its roof) + halo (reach) + halo (the caster) of the roof's centre.
    tile_m = max(float(tile_m), 3.0 * float(halo_m))
    bounds = shapely.bounds(footprints)
    centre = 0.5 * (bounds[:, :2] + bounds[:, 2:])
    cell = np.floor((centre - centre.min(axis=0)) / tile_m).astype(np.int64)
    width = int(cell[:, 1].max()) + 3
    key = (cell[:, 0] + 1) * width + (cell[:, 1] + 1)
    casting = np.flatnonzero(known)
    by_key = casting[np.argsort(key[casting], kind="stable")]
    sorted_keys = key[by_key]
    # footprints wider than the halo may reach past the neighbouring tiles: checked for every tile
    wide = casting[too_large[casting]]
    stack = _TableStack(tables)
    receiving_idx = np.flatnonzero(receiving)
    order = receiving_idx[np.argsort(key[receiving_idx], kind="stable")]
    cuts = np.flatnonzero(np.diff(key[order])) + 1
    groups = np.split(order, cuts)
    neighbourhood = np.array([dx * width + dy for dx in (-1, 0, 1) for dy in (-1, 0, 1)])
    for done, members in enumerate(groups):
        wanted = key[members[0]] + neighbourhood
        lo, hi = np.searchsorted(sorted_keys, wanted), np.searchsorted(sorted_keys, wanted, side="right")
        candidates = np.concatenate([by_key[a:b] for a, b in zip(lo, hi)] + [wide])
        box = bounds[members]
        west, south = box[:, 0].min() - halo_m, box[:, 1].min() - halo_m
        east, north = box[:, 2].max() + halo_m, box[:, 3].max() + halo_m
        b = bounds[candidates]
        near = np.unique(candidates[(b[:, 0] <= east) & (b[:, 2] >= west) & (b[:, 1] <= north) & (b[:, 3] >= south)])
        casters = Casters.from_footprints(footprints[near], heights[near])
        xy, owner = roof_sample_points(footprints[members], per_side)
        local = np.searchsorted(near, members[owner])  # every receiver is one of its tile's casters
        horizon = _horizons(xy, casters.heights[local], local, casters, min_elevation_deg, halo_m)
        building = members[owner]
        point_loss = _point_losses(horizon, planes[building, 0], planes[building, 1], weights[building], stack)
        loss[members] = (np.bincount(owner, weights=point_loss, minlength=len(members))
                         / np.maximum(np.bincount(owner, minlength=len(members)), 1))
        if progress is not None:
            progress(done + 1, len(groups))
    return loss[:receivers], status[:receivers]
