"""Rooftop PV coverage of new buildings toward the plan's 50 % target.

The plan (三.(5).3 优化建筑用能结构) asks that by 2025 "新建公共机构、新建厂房屋顶光伏
覆盖率力争达到50%". Coverage here follows CONTRACT.md (``lygsite coverage``):

- only ``is_new == 1`` buildings of category ``public_institution`` and
  ``factory`` count toward the target (other categories can be listed with
  ``target_pct`` None when asked);
- a building belongs to the county containing its footprint's representative
  point (:func:`shapely.point_on_surface`), not to a ``county`` attribute;
- roof area is the footprint area in EPSG:4549 [m2];
- PV counts only for ``pv_status`` ``installed`` or ``verified``. When such a
  building has no ``pv_area_m2``, it is estimated as ``pv_kwp /
  module_power_density`` (module area, flagged in ``pv_area_estimated``);
  with neither, its PV area is *unknown*: it counts as a building with PV
  (count basis) but its PV area is left out of ``pv_area_m2`` while its roof
  stays in ``roof_area_m2``, so coverage by area excludes what is not known
  and is a lower bound. Such buildings are counted in ``pv_area_unknown``
  (with their roofs in ``roof_area_pv_unknown_m2`` and their share of the
  buildings with PV in ``pv_area_unknown_share_pct``) so that every view can
  say so. A ``pv_area_m2`` above the roof area is capped at the roof area
  (flagged in ``pv_area_capped``).

``coverage_pct = 100 * pv_area_m2 / roof_area_m2`` (by area, default) or
``100 * buildings_with_pv / buildings`` (by count); both are in every row as
``coverage_area_pct`` and ``coverage_count_pct``. ``gap_m2`` is the PV area
still missing to reach the target, ``gap_buildings`` the buildings still to
equip (count basis); both are 0 when the target is met.
"""
from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from app.core.assumptions import get as get_assumption
from app.core.assumptions import value as assumption
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing
from app.core.vocabulary import OTHER_CATEGORIES, PV_COUNTED, PV_STATUSES, TARGET_CATEGORIES
from app.layers.boundaries import CITY_ADCODE, COUNTIES
from app.layers.crs import METRIC_CRS

REQUIRED_COLUMNS = ("category", "is_new", "pv_status")
#: Keys of a coverage row, in order (CONTRACT.md keys first).
ROW_KEYS = ("adcode", "county", "category", "buildings", "roof_area_m2", "pv_area_m2", "buildings_with_pv",
            "coverage_pct", "target_pct", "gap_m2", "gap_buildings", "coverage_area_pct", "coverage_count_pct",
            "county_en", "by", "pv_area_estimated", "pv_area_unknown", "pv_area_capped", "roof_area_pv_unknown_m2",
            "pv_area_unknown_share_pct")
OUTSIDE = ("", "（六县区以外）", "(outside the six counties)")


def target_pct(overrides: dict | None = None) -> float:
    """The coverage target [%] (``rooftop.coverage_target``, plan 三.(5).3)."""
    return float(assumption("rooftop.coverage_target", overrides))


def target_source(lang: str | None = None) -> str:
    """Where the target comes from: the plan's clause quoted in full, or cited briefly for readers in ``lang``."""
    target = get_assumption("rooftop.coverage_target")
    return target.source if lang is None else target.cite(lang)


def county_codes(geometries=None, points=None) -> np.ndarray:
    """Adcode of the county containing each footprint's representative point (``""`` outside) [EPSG:4490].

    Same answer as :func:`app.layers.boundaries.county_of_points` on
    :func:`shapely.point_on_surface`, with prepared polygons and
    :func:`shapely.contains_xy` (about 6x faster than a spatial join for
    100,000 buildings). ``points`` may be given instead when already computed.
    """
    from app.layers.boundaries import load_counties

    if points is None:
        points = shapely.point_on_surface(np.asarray(geometries, dtype=object))
    points = np.asarray(points, dtype=object)
    out = np.full(len(points), "", dtype=object)
    if len(points) == 0:
        return out
    x, y = shapely.get_x(points), shapely.get_y(points)
    for adcode, polygon in zip(*(load_counties()[c] for c in ("adcode", "geometry"))):
        shapely.prepare(polygon)
        out[(out == "") & shapely.contains_xy(polygon, x, y)] = adcode
    return out


def _is_new_flags(series: pd.Series) -> np.ndarray:
    numbers = pd.to_numeric(series, errors="coerce")
    bad = ~numbers.isin([0, 1])
    if bad.any():
        where = np.flatnonzero(bad.to_numpy())
        rows = ", ".join(f"{i + 1} ({series.iloc[i]!r})" for i in where[:10])
        raise InputError(QT_TRANSLATE_NOOP("Error", "is_new must be 0 or 1; {n_where} building(s) have other "
                                                    "values: rows {rows}"), code="new_must_building_other",
                         n_where=len(where), rows=rows)
    return numbers.to_numpy(dtype=int)


def pv_area_known(buildings: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per building: (PV area known, PV area estimable from ``pv_kwp``, ``pv_area_m2``, ``pv_kwp``).

    Returns
    -------
    has_area, estimable : numpy.ndarray of bool
    pv_area, pv_kwp : numpy.ndarray of float
        [m2], [kWp]; NaN where not given.
    """
    nan = pd.Series(np.nan, index=buildings.index)
    pv_area = pd.to_numeric(buildings.get("pv_area_m2", nan), errors="coerce").to_numpy(dtype=float)
    pv_kwp = pd.to_numeric(buildings.get("pv_kwp", nan), errors="coerce").to_numpy(dtype=float)
    has_area = np.isfinite(pv_area) & (pv_area >= 0)
    estimable = ~has_area & np.isfinite(pv_kwp) & (pv_kwp > 0)
    return has_area, estimable, pv_area, pv_kwp


def pv_area_unknown_mask(buildings: gpd.GeoDataFrame) -> np.ndarray:
    """True for buildings counted as with PV (installed/verified) whose PV area is neither given nor estimable."""
    has_area, estimable, _area, _kwp = pv_area_known(buildings)
    counted = np.isin(buildings["pv_status"].astype(object).to_numpy(), PV_COUNTED)
    return counted & ~has_area & ~estimable


def building_facts(buildings: gpd.GeoDataFrame, overrides: dict | None = None) -> pd.DataFrame:
    """Per building: adcode, category, is_new, roof_area_m2, counted pv_area_m2, has_pv and flags.

    Raises
    ------
    InputError
        Missing columns, is_new not 0/1, unknown pv_status, non-polygon footprints.
    """
    missing = [c for c in REQUIRED_COLUMNS if c not in buildings.columns]
    if missing:
        raise InputError(QT_TRANSLATE_NOOP("Error", "the buildings lack column(s) {missing}; expected the building "
                                                    "schema (bld_id, category, is_new, pv_status, pv_area_m2, "
                                                    "pv_kwp ...)"), code="buildings_lack_column_building",
                         missing=Listing(missing))
    if buildings.crs is None:
        raise InputError(QT_TRANSLATE_NOOP("Error", "the buildings have no CRS; expected EPSG:4490 footprints"),
                         code="buildings_crs_epsg_footprints")
    status = buildings["pv_status"].astype(object).to_numpy()
    bad = ~np.isin(status, PV_STATUSES)
    if bad.any():
        rows = ", ".join(f"{i + 1} ({status[i]!r})" for i in np.flatnonzero(bad)[:10])
        raise InputError(QT_TRANSLATE_NOOP("Error", "pv_status must be one of {pv_statuses}; {bad} building(s) "
                                                    "have other values: rows {rows}"), code="pv_status_must_building",
                         pv_statuses=Listing(PV_STATUSES), bad=int(bad.sum()), rows=rows)
    geoms = buildings.geometry.to_numpy()
    not_polygon = ~np.isin(shapely.get_type_id(geoms), (3, 6)) | shapely.is_empty(geoms)
    if not_polygon.any():
        rows = ", ".join(str(i + 1) for i in np.flatnonzero(not_polygon)[:10])
        raise InputError(QT_TRANSLATE_NOOP("Error", "{not_polygon} building(s) have no footprint polygon (rows "
                                                    "{rows}); expected Polygon footprints"),
                         code="building_footprint_polygon_rows", not_polygon=int(not_polygon.sum()), rows=rows)
    is_new = _is_new_flags(buildings["is_new"])
    roof = buildings.geometry.to_crs(METRIC_CRS).area.to_numpy()
    adcode = county_codes(buildings.geometry.to_numpy())
    counted = np.isin(status, PV_COUNTED)
    has_area, estimable, pv_area, pv_kwp = pv_area_known(buildings)
    density = float(assumption("rooftop.module_power_density", overrides))
    estimated = counted & estimable
    unknown = counted & ~has_area & ~estimable
    area = np.where(has_area, pv_area, np.where(estimated, pv_kwp / density, 0.0))
    capped = counted & (area > roof)
    area = np.where(counted, np.minimum(area, roof), 0.0)
    return pd.DataFrame({
        "adcode": adcode, "category": buildings["category"].astype(object).to_numpy(), "is_new": is_new,
        "roof_area_m2": roof, "pv_area_m2": area, "has_pv": counted,
        "pv_area_estimated": estimated, "pv_area_unknown": unknown, "pv_area_capped": capped,
    }, index=buildings.index)


def _row(adcode, county, county_en, category, group: pd.DataFrame, target, by) -> dict:
    n = int(len(group))
    roof = float(group["roof_area_m2"].sum())
    pv = float(group["pv_area_m2"].sum())
    with_pv = int(group["has_pv"].sum())
    unknown = group["pv_area_unknown"].to_numpy(dtype=bool)
    area_pct = 100.0 * pv / roof if roof > 0 else None
    count_pct = 100.0 * with_pv / n if n > 0 else None
    row = {
        "adcode": adcode, "county": county, "category": category, "buildings": n,
        "roof_area_m2": round(roof, 1), "pv_area_m2": round(pv, 1), "buildings_with_pv": with_pv,
        "coverage_pct": area_pct if by == "area" else count_pct,
        "target_pct": target,
        "gap_m2": None, "gap_buildings": None,
        "coverage_area_pct": area_pct, "coverage_count_pct": count_pct,
        "county_en": county_en, "by": by,
        "pv_area_estimated": int(group["pv_area_estimated"].sum()),
        "pv_area_unknown": int(unknown.sum()),
        "pv_area_capped": int(group["pv_area_capped"].sum()),
        "roof_area_pv_unknown_m2": round(float(group["roof_area_m2"].to_numpy()[unknown].sum()), 1),
        "pv_area_unknown_share_pct": round(100.0 * int(unknown.sum()) / with_pv, 3) if with_pv else None,
    }
    if target is not None:
        row["gap_m2"] = round(max(0.0, target / 100.0 * roof - pv), 1)
        # a tiny tolerance so that exactly 50 % of 10 buildings needs 5, not 6
        row["gap_buildings"] = max(0, math.ceil(target / 100.0 * n - 1e-9) - with_pv)
    for key in ("coverage_pct", "coverage_area_pct", "coverage_count_pct"):
        if row[key] is not None:
            row[key] = round(row[key], 3)
    return row


def coverage_rows(buildings: gpd.GeoDataFrame, by: str = "area", overrides: dict | None = None,
                  all_categories: bool = False, city_total: bool = True) -> list[dict]:
    """Coverage of new buildings per county and category (CONTRACT.md ``lygsite coverage``).

    Parameters
    ----------
    buildings : GeoDataFrame
        Building schema footprints (EPSG:4490).
    by : {"area", "count"}
        What ``coverage_pct`` measures.
    overrides : dict, optional
        Assumption overrides (``rooftop.coverage_target``, ``rooftop.module_power_density``).
    all_categories : bool
        Also list commercial/residential/other new buildings (``target_pct`` None).
    city_total : bool
        Append one city row (adcode 320700) per category.

    Returns
    -------
    list of dict
        One row per county (the six, in code order; plus one for buildings
        outside them when there are any) and category, then the city rows.
        Keys :data:`ROW_KEYS`; ``coverage_pct`` None when there is nothing to
        divide by.
    """
    if by not in ("area", "count"):
        raise InputError(QT_TRANSLATE_NOOP("Error", "--by: expected 'area' or 'count', got {by!r}"),
                         code="area_count", by=by)
    target = target_pct(overrides)
    facts = building_facts(buildings, overrides)
    new = facts[facts["is_new"] == 1]
    categories = TARGET_CATEGORIES + (OTHER_CATEGORIES if all_categories else ())
    places = [(c.adcode, c.name_zh, c.name_en) for c in COUNTIES]
    if (new["adcode"] == "").any():
        places.append(OUTSIDE)
    rows = []
    for adcode, name_zh, name_en in places:
        in_county = new[new["adcode"] == adcode]
        for category in categories:
            group = in_county[in_county["category"] == category]
            rows.append(_row(adcode, name_zh, name_en, category, group,
                             target if category in TARGET_CATEGORIES else None, by))
    if city_total:
        for category in categories:
            group = new[new["category"] == category]
            rows.append(_row(CITY_ADCODE, "连云港市", "Lianyungang", category, group,
                             target if category in TARGET_CATEGORIES else None, by))
    return rows


def coverage_table(buildings: gpd.GeoDataFrame, **kwargs) -> pd.DataFrame:
    """:func:`coverage_rows` as a DataFrame (columns :data:`ROW_KEYS`)."""
    return pd.DataFrame(coverage_rows(buildings, **kwargs), columns=list(ROW_KEYS))


def area_unknown_buildings(buildings: gpd.GeoDataFrame, overrides: dict | None = None) -> pd.DataFrame:
    """New public-institution and factory buildings with PV whose PV area is not known (the work list's second part).

    Returns
    -------
    DataFrame
        Index = feature id; ``bld_id``, ``name``, ``category``, ``county``
        (adcode), ``pv_status``, ``pv_kwp``, ``roof_m2``; largest roof first.
    """
    facts = building_facts(buildings, overrides)
    mask = facts["pv_area_unknown"] & (facts["is_new"] == 1) & facts["category"].isin(TARGET_CATEGORIES)
    subset = buildings[mask.to_numpy()]
    out = pd.DataFrame({
        "bld_id": subset.get("bld_id", pd.Series(subset.index.astype(str), index=subset.index)),
        "name": subset.get("name", pd.Series("", index=subset.index)),
        "category": subset["category"], "county": facts.loc[subset.index, "adcode"],
        "pv_status": subset["pv_status"],
        "pv_kwp": pd.to_numeric(subset.get("pv_kwp", pd.Series(np.nan, index=subset.index)), errors="coerce"),
        "roof_m2": facts.loc[subset.index, "roof_area_m2"],
    }, index=subset.index)
    return out.sort_values("roof_m2", ascending=False, kind="stable")


def open_target_buildings(buildings: gpd.GeoDataFrame, potential: pd.DataFrame | None = None,
                          weather=None) -> pd.DataFrame:
    """New public-institution and factory buildings still without counted PV, by potential.

    Parameters
    ----------
    buildings : GeoDataFrame
    potential : DataFrame, optional
        A :func:`app.siting.rooftop.roof_potential` result on the same index
        (``pot_kwp``, ``pot_kwh``, ``usable_m2``); computed when None.
    weather : app.resource.weather.Weather, optional
        The weather of the potential when it is computed here (the project's
        weather; default the built-in year).

    Returns
    -------
    DataFrame
        The open buildings (index = feature id), largest ``pot_kwh`` first,
        with ``bld_id``, ``name``, ``category``, ``county``, ``pv_status``,
        ``roof_m2``, ``usable_m2``, ``pot_kwp``, ``pot_kwh``, ``shade_loss``
        (fraction of sunlight lost to neighbours, NaN where no height is
        known), ``uncertainty_pct`` (climate, +/- %).
    """
    status = buildings["pv_status"].astype(object)
    is_new = pd.to_numeric(buildings["is_new"], errors="coerce")
    mask = (is_new == 1) & buildings["category"].isin(TARGET_CATEGORIES) & ~status.isin(PV_COUNTED)
    subset = buildings[mask]
    if potential is None:
        from app.siting.rooftop import roof_potential

        # every building, not only the open ones: the neighbours shade them
        potential = roof_potential(buildings, weather=weather)
    pot = potential.loc[subset.index]
    out = pd.DataFrame({
        "bld_id": subset.get("bld_id", pd.Series(subset.index.astype(str), index=subset.index)),
        "name": subset.get("name", pd.Series("", index=subset.index)),
        "category": subset["category"],
        "county": county_codes(subset.geometry.to_numpy()),
        "pv_status": status[mask],
        "roof_m2": pot["roof_m2"], "usable_m2": pot["usable_m2"], "pot_kwp": pot["pot_kwp"], "pot_kwh": pot["pot_kwh"],
        "shade_loss": pot["shade_loss"] if "shade_loss" in pot else np.nan,
        "uncertainty_pct": pot["uncertainty_pct"] if "uncertainty_pct" in pot else np.nan,
    }, index=subset.index)
    return out.sort_values("pot_kwh", ascending=False, kind="stable")


__all__ = ["ROW_KEYS", "REQUIRED_COLUMNS", "county_codes", "target_pct", "target_source", "building_facts",
           "coverage_rows", "coverage_table", "open_target_buildings", "area_unknown_buildings", "pv_area_known",
           "pv_area_unknown_mask"]
