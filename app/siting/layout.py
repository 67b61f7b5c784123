"""Turbine layout: a regular grid inside the eligible area.

The grid is aligned with the prevailing wind: rows run across the wind with
``spacing_cross_d`` rotor diameters between turbines, and rows are
``spacing_down_d`` diameters apart along the wind (the usual 5D x 8D style
layout, Manwell et al. 2009, 9.4). A turbine position is kept only when its
whole rotor disc lies inside the eligible polygon: the polygon is shrunk by
``siting.edge_margin_rotor_fraction`` x D first. The grid origin is shifted
through ``siting.layout_offset_steps`` fractions of a spacing per axis and
the offset giving most turbines kept, so that the count does not hinge on
where the grid happens to start.

All geometry in EPSG:4549 [m]; the rows for the ``turbines`` layer are
returned in EPSG:4490.

References
----------
.. [1] Manwell, J. F., McGowan, J. G. and Rogers, A. L. (2009). Wind Energy
   Explained: Theory, Design and Application, 2nd ed. Wiley. Section 9.4.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely import affinity

from app.core import assumptions
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Message
from app.layers.crs import METRIC_CRS, STORAGE_CRS

#: Columns of the project's ``turbines`` layer (app.sample.demo.empty_turbines).
TURBINE_COLUMNS = ["turbine_id", "site_id", "turbine_type", "hub_height_m", "rotor_m", "capacity_mw"]


@dataclass(frozen=True)
class TurbineSpec:
    """A turbine type's size for the layout.

    Attributes
    ----------
    turbine_type : str
    rotor_m : float
        Rotor diameter [m].
    capacity_mw : float
        Nominal power [MW].
    has_power_curve : bool
    """

    turbine_type: str
    rotor_m: float
    capacity_mw: float
    has_power_curve: bool


def turbine_spec(turbine_type: str, project=None) -> TurbineSpec:
    """Rotor diameter and nominal power of ``turbine_type``.

    Any type :func:`app.resource.turbines.resolve_turbine` knows (the
    project's own, reference, the user's, windpowerlib's); a windpowerlib
    type without a power curve still gets a spec (layout and capacity only).

    Raises
    ------
    InputError
        Unknown type (with close matches) or no rotor diameter in the library.
    """
    from app.resource.turbines import resolve_turbine
    from app.resource.wind import _turbine_row  # the yield engine owns the library lookup

    if not turbine_type or (isinstance(turbine_type, float) and np.isnan(turbine_type)):
        raise InputError(QT_TRANSLATE_NOOP("Error", "no turbine type: expected a type such as 'DTU-10MW-RWT' or "
                                                    "'E-126/4200' ('lygsite turbines' lists them)"),
                         code="turbine_type_type_such")
    try:
        turbine = resolve_turbine(str(turbine_type), project)
    except InputError:
        row = _turbine_row(str(turbine_type))  # unknown everywhere: raises with close matches
        if pd.isna(row["rotor_diameter_m"]):
            raise InputError(QT_TRANSLATE_NOOP("Error", "turbine {turbine_type!r} has no rotor diameter in "
                                                        "windpowerlib's library; expected a type with a known rotor"),
                             code="turbine_rotor_diameter_windpowerlib", turbine_type=turbine_type) from None
        return TurbineSpec(str(turbine_type), float(row["rotor_diameter_m"]), float(row["nominal_power_kw"]) / 1000.0,
                           bool(row["has_power_curve"]))
    return TurbineSpec(turbine.name, turbine.rotor_diameter_m, turbine.rated_kw / 1000.0, True)


@dataclass
class LayoutResult:
    """Turbine positions for one site.

    Attributes
    ----------
    positions_m : numpy.ndarray, shape (n, 2)
        Easting, northing [m] in EPSG:4549.
    spacing_m : tuple of float
        (across, along) the prevailing wind [m].
    wind_direction_deg : float
        Prevailing wind direction the grid follows [deg from north].
    reason : str
        Why there are no turbines ("" when there are).
    """

    positions_m: np.ndarray
    spacing_m: tuple
    wind_direction_deg: float
    rotor_m: float
    margin_m: float
    reason: str = ""
    notes: list = field(default_factory=list)

    @property
    def count(self) -> int:
        return int(len(self.positions_m))


def _axes(wind_direction_deg: float) -> tuple[np.ndarray, np.ndarray]:
    """Unit vectors (across, along) the wind for a direction [deg from north, clockwise]."""
    theta = np.radians(wind_direction_deg)
    along = np.array([np.sin(theta), np.cos(theta)])
    across = np.array([np.cos(theta), -np.sin(theta)])
    return across, along


def check_spacing(spacing_cross_d: float, spacing_down_d: float, min_spacing_d: float = 0.0) -> None:
    """Raise :class:`InputError` for spacings that are not numbers > 0 or below the rule minimum [D]."""
    for name, value in (("across-wind spacing", spacing_cross_d), ("along-wind spacing", spacing_down_d)):
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: expected a number of rotor diameters, got "
                                                        "{value!r}"), code="number_rotor_diameters", name=name,
                             value=value) from None
        if not np.isfinite(value) or value <= 0:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: expected a positive number of rotor diameters "
                                                        "(e.g. 5), got {value}"),
                             code="positive_number_rotor_diameters", name=name, value=value)
        if value < min_spacing_d:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{name} {value:g} D is below the minimum turbine distance "
                                                        "{min_spacing_d:g} D of the rule set "
                                                        "(turbine_min_spacing); expected at least that"),
                             code="below_minimum_turbine_distance", name=name, value=value,
                             min_spacing_d=min_spacing_d)


def grid_layout(eligible_m, rotor_m: float, spacing_cross_d: float, spacing_down_d: float,
                wind_direction_deg: float, margin_m: float | None = None,
                offset_steps: int | None = None) -> LayoutResult:
    """Turbine positions on a wind-aligned grid inside ``eligible_m``.

    Parameters
    ----------
    eligible_m : shapely.Geometry
        Eligible polygon in EPSG:4549 [m].
    rotor_m : float
        Rotor diameter D [m].
    spacing_cross_d, spacing_down_d : float
        Spacing across and along the prevailing wind [D].
    wind_direction_deg : float
        Prevailing wind direction [deg clockwise from north].
    margin_m : float, optional
        Distance of every turbine from the polygon edge [m]; default
        ``siting.edge_margin_rotor_fraction`` x D (half a rotor).
    offset_steps : int, optional
        Grid offsets tried per axis (default ``siting.layout_offset_steps``).

    Returns
    -------
    LayoutResult
        Zero positions with a ``reason`` when no turbine fits.
    """
    check_spacing(spacing_cross_d, spacing_down_d)
    if not np.isfinite(rotor_m) or rotor_m <= 0:
        raise InputError(QT_TRANSLATE_NOOP("Error", "rotor diameter: expected a positive length in m, got {rotor_m}"),
                         code="rotor_diameter_positive_length", rotor_m=rotor_m)
    if margin_m is None:
        margin_m = float(assumptions.value("siting.edge_margin_rotor_fraction")) * rotor_m
    steps = int(offset_steps or assumptions.value("siting.layout_offset_steps"))
    spacing = (float(spacing_cross_d) * rotor_m, float(spacing_down_d) * rotor_m)
    empty = np.zeros((0, 2))
    if eligible_m is None or eligible_m.is_empty:
        return LayoutResult(empty, spacing, wind_direction_deg, rotor_m, margin_m, reason=Message(QT_TRANSLATE_NOOP("Note", "no eligible area")))
    inner = eligible_m.buffer(-margin_m, quad_segs=8) if margin_m > 0 else eligible_m
    if inner.is_empty:
        return LayoutResult(empty, spacing, wind_direction_deg, rotor_m, margin_m, reason=(
            Message(QT_TRANSLATE_NOOP("Note", "the rotor ({rotor_m:g} m) is too large for the site: with "
                                              "{margin_m:g} m kept from the edge of the eligible area ({area:.3f} "
                                              "km2) no position is left"), rotor_m=rotor_m, margin_m=margin_m,
                    area=eligible_m.area / 1e6)))
    across, along = _axes(wind_direction_deg)
    # Rotate into the (across, along) frame: u = p.across, v = p.along.
    frame = affinity.affine_transform(inner, [across[0], across[1], along[0], along[1], 0.0, 0.0])
    umin, vmin, umax, vmax = frame.bounds
    # Grid points that fall exactly on the inner edge (a site that fits the
    # grid exactly) must count as inside despite rounding in the buffer and
    # the rotation: test against the inner polygon grown by 1 mm.
    frame_test = frame.buffer(1e-3, join_style="mitre")
    shapely.prepare(frame_test)
    best = np.zeros((0, 2))
    for fu in range(steps):
        for fv in range(steps):
            us = np.arange(umin + fu * spacing[0] / steps, umax + 1e-6, spacing[0])
            vs = np.arange(vmin + fv * spacing[1] / steps, vmax + 1e-6, spacing[1])
            if us.size == 0 or vs.size == 0:
                continue
            uu, vv = np.meshgrid(us, vs)
            inside = shapely.intersects_xy(frame_test, uu.ravel(), vv.ravel())
            if inside.sum() > len(best):
                best = np.column_stack([uu.ravel()[inside], vv.ravel()[inside]])
    notes = []
    if len(best) == 0:
        # The grid misses the inner area but one turbine still fits.
        point = frame.representative_point()
        best = np.array([[point.x, point.y]])
        notes.append(Message(QT_TRANSLATE_NOOP("Note", "the grid spacing is larger than the site: one turbine "
                                                       "placed at the centre of the eligible area")))
    # Back to easting/northing: the frame is orthonormal, so the inverse is the transpose.
    positions = best[:, :1] * across + best[:, 1:2] * along
    return LayoutResult(positions, spacing, float(wind_direction_deg), rotor_m, margin_m, notes=notes)


def turbine_rows(positions_m: np.ndarray, site_id: str, spec: TurbineSpec, hub_height_m: float) -> gpd.GeoDataFrame:
    """Rows for the ``turbines`` layer (EPSG:4490): ids ``<site_id>-T001``..."""
    points = gpd.GeoSeries(shapely.points(np.asarray(positions_m, dtype=float).reshape(-1, 2)), crs=METRIC_CRS)
    n = len(points)
    return gpd.GeoDataFrame({
        "turbine_id": [f"{site_id}-T{i + 1:03d}" for i in range(n)],
        "site_id": [site_id] * n,
        "turbine_type": [spec.turbine_type] * n,
        "hub_height_m": [float(hub_height_m)] * n,
        "rotor_m": [spec.rotor_m] * n,
        "capacity_mw": [spec.capacity_mw] * n,
    }, geometry=points.to_crs(STORAGE_CRS).values, crs=STORAGE_CRS)


def min_distance_m(positions_m: np.ndarray) -> float:
    """Smallest distance between two turbines [m] (inf for fewer than two)."""
    p = np.asarray(positions_m, dtype=float)
    if len(p) < 2:
        return float("inf")
    tree = shapely.STRtree(shapely.points(p))
    # nearest other point: query each point's 2 nearest (itself + neighbour)
    _, dist = tree.query_nearest(shapely.points(p), exclusive=True, return_distance=True)
    return float(dist.min())


__all__ = ["TurbineSpec", "turbine_spec", "LayoutResult", "grid_layout", "turbine_rows", "check_spacing",
           "min_distance_m", "TURBINE_COLUMNS"]
