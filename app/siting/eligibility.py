"""Eligible area of a candidate site: the site minus what the rules exclude.

Computed in EPSG:4549 [m]. Excluded parts are attributed to the first rule
(in rule-set order) that excludes them, so the parts are disjoint and
``eligible_area + sum(excluded areas) = site area``; a planner sees each
excluded patch once, tagged with the rule id.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import shapely

from app.core import assumptions
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, Message
from app.layers.crs import METRIC_CRS, STORAGE_CRS
from app.siting.constraints import RuleSet, default_ruleset, rule_exclusion

#: Columns of the ``excluded_areas`` layer.
EXCLUDED_COLUMNS = ["site_id", "rule_id", "rule_title", "area_km2"]


@dataclass
class EligibilityResult:
    """Eligible area of one site.

    Attributes
    ----------
    site_id, site_kind : str
    site_m : shapely.Geometry
        The site in EPSG:4549 [m].
    eligible_m : shapely.Geometry
        Eligible part of the site in EPSG:4549 [m] (may be empty).
    site_area_km2, eligible_area_km2 : float
        [km2].
    excluded : geopandas.GeoDataFrame
        Excluded parts in EPSG:4490, columns :data:`EXCLUDED_COLUMNS`.
    notes : list of str
        Rules skipped (layer absent) and repairs made.
    reason : str
        Why nothing is eligible ("" when something is).
    """

    site_id: str
    site_kind: str
    site_m: object
    eligible_m: object
    site_area_km2: float
    eligible_area_km2: float
    excluded: gpd.GeoDataFrame
    notes: list = field(default_factory=list)
    reason: str = ""

    @property
    def eligible_share(self) -> float:
        """Eligible / site area [-]."""
        return self.eligible_area_km2 / self.site_area_km2 if self.site_area_km2 > 0 else 0.0

    def eligible_storage(self):
        """The eligible polygon in EPSG:4490 (for the map)."""
        return gpd.GeoSeries([self.eligible_m], crs=METRIC_CRS).to_crs(STORAGE_CRS).iloc[0]


def empty_excluded() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({c: [] for c in EXCLUDED_COLUMNS}, geometry=gpd.GeoSeries([], crs=STORAGE_CRS),
                            crs=STORAGE_CRS).astype({"area_km2": float})


def check_site_geometry(geometry, site_id: str = "site") -> None:
    """Raise :class:`InputError` when a site polygon cannot be analysed.

    Checks: a polygon at all, not empty, valid (no self-intersection; the
    message gives the place and offers :func:`repair_geometry`, i.e.
    ``shapely.make_valid``), and not smaller than
    ``siting.min_site_area_km2``.
    """
    if geometry is None or geometry.is_empty:
        raise InputError(QT_TRANSLATE_NOOP("Error", "site {site_id}: the geometry is empty; expected a polygon "
                                                    "drawn on the map"), code="site_geometry_empty_polygon",
                         site_id=site_id)
    if geometry.geom_type not in ("Polygon", "MultiPolygon"):
        raise InputError(QT_TRANSLATE_NOOP("Error", "site {site_id}: expected a polygon, got a {geom_type}"),
                         code="site_polygon", site_id=site_id, geom_type=geometry.geom_type)
    if not geometry.is_valid:
        why = shapely.is_valid_reason(geometry)
        raise InputError(QT_TRANSLATE_NOOP("Error", "site {site_id}: the polygon is not valid ({why}): its outline "
                                                    "crosses itself; expected a simple polygon. Redraw it, or "
                                                    "repair it with make_valid (splits it at the crossing)"),
                         code="site_polygon_valid_outline", site_id=site_id, why=why)
    area_km2 = gpd.GeoSeries([geometry], crs=STORAGE_CRS).to_crs(METRIC_CRS).area.iloc[0] / 1e6
    smallest = float(assumptions.value("siting.min_site_area_km2"))
    if area_km2 < smallest:
        raise InputError(QT_TRANSLATE_NOOP("Error", "site {site_id}: the polygon is too small ({area_km2:,.0f} "
                                                    "m2); expected at least {smallest} km2 ({smallest2:,.0f} m2); "
                                                    "was it drawn at the wrong zoom?"), code="site_polygon_too_small",
                         site_id=site_id, area_km2=area_km2 * 1e6, smallest=smallest, smallest2=smallest * 1e6)


def repair_geometry(geometry):
    """A valid polygonal version of ``geometry`` (``shapely.make_valid``, polygon parts kept).

    A bow-tie becomes a MultiPolygon of its two lobes; line or point slivers
    that make_valid produces at the crossing are dropped.
    """
    fixed = shapely.make_valid(geometry)
    if fixed.geom_type in ("Polygon", "MultiPolygon"):
        return fixed
    parts = [g for g in getattr(fixed, "geoms", [fixed]) if g.geom_type in ("Polygon", "MultiPolygon")]
    polys = []
    for part in parts:
        polys.extend(getattr(part, "geoms", [part]))
    if not polys:
        raise InputError(QT_TRANSLATE_NOOP("Error", "the polygon has no area left after repair; expected a polygon "
                                                    "with an area, redraw it"), code="polygon_area_left_after")
    return polys[0] if len(polys) == 1 else shapely.MultiPolygon(polys)


def sea_share(project, geometry) -> float | None:
    """Share of ``geometry``'s area at sea, 0-1 [-], from the project's ``sea_area`` layer (else its ``counties``).

    Computed in EPSG:4549. None when the project has neither layer or the
    geometry has no area.
    """
    if geometry is None or geometry.is_empty or project is None:
        return None
    polygon = geometry if geometry.is_valid else shapely.make_valid(geometry)
    sea, land = project.layers.get("sea_area"), project.layers.get("counties")
    reference, is_sea = (sea, True) if sea is not None and len(sea.gdf) else (land, False)
    if reference is None or not len(reference.gdf):
        return None
    metric = gpd.GeoSeries([polygon], crs=STORAGE_CRS).to_crs(METRIC_CRS).iloc[0]
    total = metric.area
    if total <= 0:
        return None
    area = reference.gdf.to_crs(METRIC_CRS).geometry.union_all()
    inside = metric.intersection(area).area / total
    return float(inside if is_sea else 1.0 - inside)


def default_site_kind(project, geometry) -> str:
    """The kind a newly drawn site starts with: offshore wind when most of it is at sea, onshore wind on land.

    Onshore wind rather than ground PV because the plan's land sites drawn on
    the map are mostly the coastal wind areas of Ganyu and Guanyun; the form
    lets the planner switch. Without sea and county layers: offshore wind.
    """
    share = sea_share(project, geometry)
    return "wind_offshore" if share is None or share >= 0.5 else "wind_onshore"


def site_eligibility(site_geometry, site_kind: str, project=None, ruleset: RuleSet | None = None,
                     site_id: str = "site", lang: str = "zh", progress=None) -> EligibilityResult:
    """Eligible part of a site after all rules of ``ruleset`` for its kind.

    Parameters
    ----------
    site_geometry : shapely.Geometry
        The site polygon in EPSG:4490 [deg].
    site_kind : str
        Candidate-site kind (``wind_onshore``...).
    project : app.project.Project, optional
        Gives the ``counties``, ``buildings`` and exclusion layers.
    ruleset : RuleSet, optional
        Default: :func:`app.siting.constraints.default_ruleset`.
    progress : callable, optional
        ``progress(fraction, text)``; returning False cancels
        (:class:`app.core.errors.CancelledError`).

    Returns
    -------
    EligibilityResult

    Raises
    ------
    InputError
        Invalid, empty or tiny site polygon (see :func:`check_site_geometry`).
    """
    from app.core.errors import CancelledError

    check_site_geometry(site_geometry, site_id)
    ruleset = ruleset or default_ruleset()
    site_m = gpd.GeoSeries([site_geometry], crs=STORAGE_CRS).to_crs(METRIC_CRS).iloc[0]
    remaining = site_m
    rows, parts, notes = [], [], []
    context: dict = {}
    rules = [r for r in ruleset.for_kind(site_kind) if r.kind != "turbine_spacing"]
    for i, rule in enumerate(rules):
        if progress is not None and progress(i / max(len(rules), 1), rule.word()) is False:
            raise CancelledError(QT_TRANSLATE_NOOP("Error", "eligibility cancelled"), code="eligibility_cancelled")
        if remaining.is_empty:
            break
        geoms, note = rule_exclusion(rule, project, site_m, context)
        if note:
            notes.append(note)
        geoms = geoms[~shapely.is_empty(geoms)] if len(geoms) else geoms
        if len(geoms) == 0:
            continue
        # Union only what touches what is left of the site (STRtree-filtered
        # already); clip first so the union works on small pieces.
        clipped = shapely.intersection(np.asarray(geoms, dtype=object), remaining)
        clipped = clipped[~shapely.is_empty(clipped)]
        if clipped.size == 0:
            continue
        excluded = _polygonal(shapely.union_all(clipped))
        if excluded.is_empty or excluded.area <= 0:
            continue
        remaining = _polygonal(remaining.difference(excluded))
        rows.append({"site_id": site_id, "rule_id": rule.id, "rule_title": rule.title(lang),
                     "area_km2": excluded.area / 1e6})
        parts.append(excluded)
    if parts:
        excluded_gdf = gpd.GeoDataFrame(rows, geometry=gpd.GeoSeries(parts, crs=METRIC_CRS).to_crs(STORAGE_CRS).values,
                                        crs=STORAGE_CRS)
    else:
        excluded_gdf = empty_excluded()
    eligible_area = remaining.area / 1e6 if not remaining.is_empty else 0.0
    reason = ""
    if eligible_area <= 0:
        by_id = {rule.id: rule for rule in rules}
        reason = Message(QT_TRANSLATE_NOOP("Note", "site {site} is entirely excluded by: {rules}"), site=site_id,
                         rules=Listing(Message(QT_TRANSLATE_NOOP("Note", "{rule} ({area:.2f} km2)"),
                                               rule=by_id[r["rule_id"]].word(), area=r["area_km2"]) for r in rows))
    return EligibilityResult(site_id, site_kind, site_m, remaining, site_m.area / 1e6, eligible_area,
                             excluded_gdf, notes, reason)


def _polygonal(geometry):
    """Keep only the polygon parts (intersections can leave lines and points)."""
    if geometry.is_empty or geometry.geom_type in ("Polygon", "MultiPolygon"):
        return geometry
    polys = []
    for part in getattr(geometry, "geoms", [geometry]):
        if part.geom_type == "Polygon":
            polys.append(part)
        elif part.geom_type == "MultiPolygon":
            polys.extend(part.geoms)
    if not polys:
        return shapely.Polygon()
    return polys[0] if len(polys) == 1 else shapely.MultiPolygon(polys)


__all__ = ["EligibilityResult", "site_eligibility", "check_site_geometry", "repair_geometry", "empty_excluded",
           "EXCLUDED_COLUMNS"]
