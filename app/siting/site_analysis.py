"""Analysis of a candidate site: eligible area, layout, capacity and yield.

:func:`analyse_site` chains the steps a planner asks for when a site is
drawn: the rules (:mod:`app.siting.constraints`) give the eligible area
(:mod:`app.siting.eligibility`); wind sites get a wind-aligned turbine grid
(:mod:`app.siting.layout`) oriented along the prevailing axis of the
site's wind rose, and a yield from the yield engine
(:func:`app.resource.wind.farm_yield`): PyWake wakes on the site's wind
climate (the documented climate of the Lianyungang coastal plain onshore,
of Haizhou Bay offshore, unless the weather is a measured hub-height series)
and the loss waterfall gross -> wake -> availability ->
electrical -> other = net; PV sites get a
capacity from eligible area x ground-coverage ratio x module density and a
yield from :func:`app.resource.pv.pv_yield`.

Problems of one site (invalid or tiny polygon, everything excluded, rotor too
large, a turbine type without power curve) do not raise: the result has zero
turbines (or NaN energy) and a ``reason`` a planner can read. Bad parameters
of the run itself (unknown site id, spacing below the rule minimum) raise
:class:`~app.core.errors.InputError`.

:func:`analysis_command` turns a result into one undoable command that
writes the ``turbines`` rows of the site and its ``excluded_areas``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from app.core import assumptions
from app.core.errors import CancelledError, InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Message, Word
from app.layers.crs import METRIC_CRS, STORAGE_CRS
from app.layers.model import Style, VectorLayer
from app.layers.titles import LAYER_TITLES_ZH
from app.core.vocabulary import OFFSHORE_KINDS, PV_KINDS, SITE_KINDS, WIND_KINDS
from app.siting.constraints import RuleSet, default_ruleset
from app.siting.eligibility import (EligibilityResult, check_site_geometry, empty_excluded, repair_geometry,
                                    site_eligibility)
from app.siting.layout import TURBINE_COLUMNS, check_spacing, grid_layout, turbine_rows, turbine_spec
from app.core.undo import Command

#: Name of the layer holding excluded parts of analysed sites.
EXCLUDED_LAYER = "excluded_areas"
#: Project table with the last analysis of each site (the comparison table reads it).
ANALYSIS_TABLE = "site_analysis"
#: Columns of the comparison table (:meth:`SiteAnalysis.table_row`).
TABLE_COLUMNS = ["site_id", "name", "kind", "county", "eligible_area_km2", "capacity_mw", "turbines", "net_mwh",
                 "capacity_factor", "wake_loss_pct", "net_full_load_hours", "wake_model", "status", "reason"]


@dataclass
class SiteAnalysis:
    """Result of :func:`analyse_site` for one site.

    Attributes
    ----------
    site_id, name, kind, county, status : str
    site_area_km2, eligible_area_km2 : float
        [km2]
    turbines : int
        Turbines laid out (0 for PV sites).
    capacity_mw : float
        Installed capacity [MW] (turbines x nominal power, or PV DC [MWp]).
    gross_mwh, net_mwh : float
        Annual energy without / with wake losses [MWh]; NaN when it cannot be
        computed (``reason`` says why).
    wake_loss_pct : float
        ``100 * (1 - net / gross)`` [%].
    capacity_factor : float
        ``net_mwh / (capacity_mw * hours)`` [-].
    net_full_load_hours : float
        ``net_mwh / capacity_mw`` [h].
    losses_pct : dict
        Wind sites: ``{"wake", "availability", "electrical", "other"}`` [%],
        each of the energy left after the steps before it.
    waterfall : app.resource.wind.LossWaterfall or None
    wake_model : str
        Wind sites: the wake model and its parameters in words.
    wake_model_key : str
        Its key (``noj``, ``turbopark``, ...).
    turbine : dict
        Wind sites: type, rotor, hub height, rated power, power and Ct
        curves and their source (the ``turbine`` block of the JSON).
    turbines_lonlat : list
        ``[[lon, lat], ...]`` of the turbines (EPSG:4490).
    wind_climate : dict
        The joint direction-speed distribution at hub height the yield used
        (:meth:`app.resource.wind_climate.WindClimate.to_json`).
    uncertainty_pct : float or None
        Climate uncertainty of the net energy, +- [%], where the climate states one.
    published_check : dict
        Wind sites: where the net full-load hours stand against the published
        Jiangsu figures of the site's kind, onshore or offshore
        (:func:`app.resource.wind.compare_with_published`).
    spacing_m : tuple
        (across, along) the prevailing wind [m]; (0, 0) for PV sites.
    wind_direction_deg : float
        Layout axis [deg from north]: the prevailing axis of the wind rose
        unless given.
    reason : str
        Why the site has no turbines or no energy ("" when all went through).
    notes : list of str
        Rules skipped, repairs made, wake model and weather used.
    excluded : geopandas.GeoDataFrame
        Excluded parts with the rule that excluded them (EPSG:4490).
    turbine_rows : geopandas.GeoDataFrame
        Rows for the ``turbines`` layer (EPSG:4490).
    weather_source : str
        The weather (or documented climate) the energy was computed with.
    weather_given : str
        The ``source`` of the weather the run was given (the project's when
        not named): a result whose ``weather_source`` starts with it depends
        on it, and is out of date once the project's weather changes.
    site_digest : str
        :func:`geometry_digest` of the site polygon analysed: once the site's
        outline differs (a vertex moved), the analysis is out of date
        (:func:`stale_site_ids`).
    """

    site_id: str
    name: str = ""
    kind: str = ""
    county: str = ""
    status: str = ""
    site_area_km2: float = 0.0
    eligible_area_km2: float = 0.0
    turbines: int = 0
    capacity_mw: float = 0.0
    gross_mwh: float = 0.0
    net_mwh: float = 0.0
    wake_loss_pct: float = 0.0
    capacity_factor: float = 0.0
    net_full_load_hours: float = 0.0
    losses_pct: dict = field(default_factory=dict)
    waterfall: object = field(default=None, repr=False)
    wake_model: str = ""
    wake_model_key: str = ""
    turbine: dict = field(default_factory=dict, repr=False)
    turbines_lonlat: list = field(default_factory=list, repr=False)
    wind_climate: dict = field(default_factory=dict, repr=False)
    uncertainty_pct: float | None = None
    published_check: dict = field(default_factory=dict)
    spacing_m: tuple = (0.0, 0.0)
    wind_direction_deg: float = float("nan")
    reason: str = ""
    notes: list = field(default_factory=list)
    excluded: gpd.GeoDataFrame = field(default_factory=empty_excluded, repr=False)
    turbine_rows: gpd.GeoDataFrame = field(default=None, repr=False)
    weather_source: str = ""
    weather_given: str = ""
    site_digest: str = ""
    eligibility: EligibilityResult | None = field(default=None, repr=False)

    def windfarm_json(self) -> dict:
        """The ``lygsite windfarm --json`` document (CONTRACT.md), plus reason and notes."""
        waterfall = self.waterfall.to_dict() if self.waterfall is not None else None
        return {
            "site_id": self.site_id, "turbines": int(self.turbines), "capacity_mw": self.capacity_mw,
            "gross_mwh": self.gross_mwh, "net_mwh": self.net_mwh, "wake_loss_pct": self.wake_loss_pct,
            "eligible_area_km2": self.eligible_area_km2, "spacing_m": [float(v) for v in self.spacing_m],
            "wake_model": self.wake_model, "wake_model_key": self.wake_model_key,
            "losses_pct": dict(self.losses_pct), "net_full_load_hours": self.net_full_load_hours,
            "turbine": dict(self.turbine), "turbines_lonlat": [list(p) for p in self.turbines_lonlat],
            "wind_climate": dict(self.wind_climate), "waterfall": waterfall, "uncertainty_pct": self.uncertainty_pct,
            "published_check": dict(self.published_check),
            "capacity_factor": self.capacity_factor, "wind_direction_deg": self.wind_direction_deg,
            "site_area_km2": self.site_area_km2, "kind": self.kind, "reason": self.reason,
            "notes": list(self.notes), "weather_source": self.weather_source,
        }

    def to_dict(self) -> dict:
        """JSON-ready dict of the result (the ``windfarm`` document)."""
        return self.windfarm_json()

    def table_row(self) -> dict:
        """One row of the site comparison table."""
        return {"site_id": self.site_id, "name": self.name, "kind": self.kind, "county": self.county,
                "eligible_area_km2": self.eligible_area_km2, "capacity_mw": self.capacity_mw,
                "turbines": self.turbines, "net_mwh": self.net_mwh, "capacity_factor": self.capacity_factor,
                "wake_loss_pct": self.wake_loss_pct if self.turbines else float("nan"),
                "net_full_load_hours": self.net_full_load_hours, "wake_model": self.wake_model_key,
                "status": self.status, "reason": self.reason, "weather_source": self.weather_source,
                "weather_given": self.weather_given, "site_digest": self.site_digest}


def _text(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def geometry_digest(geometry) -> str:
    """A short fingerprint of a site polygon's outline (its normalised vertices to 1e-9 deg, ~0.1 mm).

    Equal for the same outline however it was stored and read back; any moved
    vertex changes it.
    """
    import hashlib

    if geometry is None or geometry.is_empty:
        return ""
    coords = np.round(shapely.get_coordinates(shapely.normalize(geometry)), 9)
    return hashlib.sha1(coords.tobytes() + geometry.geom_type.encode()).hexdigest()[:16]


def stale_site_ids(project) -> list[str]:
    """Sites whose last analysis (``site_analysis`` table) was made on another outline than the site has now.

    A site removed since its analysis counts as stale too (its turbines are
    still drawn). Analyses recorded without a digest (older projects) are
    not judged.
    """
    table = project.tables.get(ANALYSIS_TABLE) if project is not None else None
    if table is None or not len(table) or "site_digest" not in table.columns:
        return []
    layer = project.layers.get("candidate_sites")
    current = {}
    if layer is not None and "site_id" in layer.gdf.columns:
        current = {str(sid): geometry_digest(geom) for sid, geom in zip(layer.gdf["site_id"], layer.gdf.geometry)}
    stale = []
    for sid, digest in zip(table["site_id"].astype(str), table["site_digest"]):
        if isinstance(digest, str) and digest and current.get(sid) != digest:
            stale.append(sid)
    return stale


def site_row(project, site_id: str) -> pd.Series:
    """The ``candidate_sites`` row of ``site_id`` (with its geometry).

    Raises
    ------
    InputError
        No such site (the message lists the ids there are).
    """
    if project is None or "candidate_sites" not in project.layers:
        raise InputError(QT_TRANSLATE_NOOP("Error", "the project has no 'candidate_sites' layer; expected a "
                                                    "project with drawn candidate sites"),
                         code="project_candidate_sites_layer")
    gdf = project.layers["candidate_sites"].gdf
    hit = gdf[gdf["site_id"].astype(str) == str(site_id)]
    if hit.empty:
        known = ", ".join(gdf["site_id"].astype(str).tolist()) or "none"
        raise InputError(QT_TRANSLATE_NOOP("Error", "no candidate site {site_id!r}; expected one of: {known}"),
                         code="candidate_site", site_id=site_id, known=known)
    return hit.iloc[0]


def county_name(project, adcode) -> str:
    """The county's Chinese name for an adcode (the adcode itself when unknown).

    A :class:`~app.core.i18n.Word`: the Chinese name, with the English one for an English UI or report.
    """
    layer = project.layers.get("counties") if project is not None else None
    code = _text(adcode)
    if layer is None or not code:
        return code
    gdf = layer.gdf
    hit = gdf[gdf["adcode"].astype(str) == code]
    if hit.empty:
        return code
    name_zh = str(hit["name_zh"].iloc[0])
    name_en = str(hit["name_en"].iloc[0]) if "name_en" in hit.columns else name_zh
    return Word(name_zh, {"zh": name_zh, "en": name_en})


def analyse_site(project, site_id: str, ruleset: RuleSet | None = None, spacing_cross_d: float | None = None,
                 spacing_down_d: float | None = None, wind_direction_deg: float | None = None,
                 weather=None, with_yield: bool = True, repair: bool = False, geometry=None,
                 progress=None, lang: str = "zh", wake_model: str | None = None,
                 wake_parameters: dict | None = None) -> SiteAnalysis:
    """Eligible area, layout, capacity and annual energy of one candidate site.

    Parameters
    ----------
    project : app.project.Project
    site_id : str
        ``site_id`` in the ``candidate_sites`` layer.
    ruleset : RuleSet, optional
        Default: the shipped rule set.
    spacing_cross_d, spacing_down_d : float, optional
        Turbine spacing across / along the prevailing wind [rotor diameters];
        default ``siting.spacing_cross_wind_d`` / ``siting.spacing_down_wind_d``.
    wind_direction_deg : float, optional
        Layout axis [deg from north]; default the prevailing axis of the
        site's wind rose (energy-weighted).
    weather : app.resource.weather.Weather, optional
        Default: the project's weather (:func:`app.project.weather.project_weather`),
        the built-in Lianyungang year when it has none. Wind sites use the
        documented climate of their terrain (onshore: the Lianyungang coastal
        plain; offshore: Haizhou Bay) unless the weather is a measured
        hub-height series.
    with_yield : bool
        False: eligible area and layout only (fast).
    repair : bool
        Repair an invalid polygon with ``make_valid`` instead of stopping.
    geometry : shapely.Geometry, optional
        Use this geometry [EPSG:4490] instead of the layer's (a polygon being drawn).
    progress : callable, optional
        ``progress(fraction, text) -> bool``; False cancels.
    wake_model : str, optional
        A key of :data:`app.resource.wakes.WAKE_MODELS`; default the
        documented one for the site kind.
    wake_parameters : dict, optional
        ``k`` / ``ti`` of the wake model; default from the assumptions.

    Returns
    -------
    SiteAnalysis
    """
    if wake_model is not None:
        from app.resource.wakes import check_wake_model

        wake_model = check_wake_model(wake_model)  # a bad name is a bad run, not a site problem

    def step(fraction, text):
        if progress is not None and progress(fraction, text) is False:
            raise CancelledError(QT_TRANSLATE_NOOP("Error", "analysis of {site_id} cancelled"),
                                 code="analysis_cancelled", site_id=site_id)

    ruleset = ruleset or default_ruleset()
    if with_yield:
        from app.project.weather import resolve_weather

        weather = resolve_weather(weather, project)
    row = site_row(project, site_id)
    kind = _text(row.get("kind"))
    result = SiteAnalysis(site_id=str(site_id), name=_text(row.get("name")), kind=kind,
                          weather_given=weather.source if weather is not None else "",
                          county=county_name(project, row.get("county_adcode")), status=_text(row.get("status")))
    result.turbine_rows = turbine_rows(np.zeros((0, 2)), str(site_id), _NO_SPEC, 0.0)
    geom = geometry if geometry is not None else row.geometry
    result.site_digest = geometry_digest(geom)
    if repair and geom is not None and not geom.is_valid:
        geom = repair_geometry(geom)
        result.notes.append(Message(QT_TRANSLATE_NOOP("Note", "the polygon crossed itself and was repaired with "
                                                              "make_valid")))
    try:
        check_site_geometry(geom, str(site_id))
    except InputError as exc:
        result.reason = exc.message
        _no_energy(result)
        return result
    if kind not in WIND_KINDS + PV_KINDS:
        result.reason = Message(QT_TRANSLATE_NOOP("Note", "site {site} is of kind {kind}: rooftop clusters are analysed "
                                                          "in the rooftop panel; expected one of {kinds}"),
                                site=site_id, kind=SITE_KINDS.word(kind), kinds=SITE_KINDS.words(WIND_KINDS + PV_KINDS))
        _no_energy(result)
        return result

    step(0.0, Message(QT_TRANSLATE_NOOP("Progress", "eligible area")))
    elig = site_eligibility(geom, kind, project, ruleset, str(site_id), lang=lang,
                            progress=(lambda f, t: progress(0.4 * f, t)) if progress else None)
    result.eligibility = elig
    result.site_area_km2, result.eligible_area_km2 = elig.site_area_km2, elig.eligible_area_km2
    result.excluded = elig.excluded
    result.notes.extend(elig.notes)
    if elig.reason:
        result.reason = elig.reason
        _no_energy(result)
        return result

    if kind in PV_KINDS:
        return _analyse_pv(result, elig, weather, with_yield, step)
    return _analyse_wind(result, row, elig, ruleset, spacing_cross_d, spacing_down_d, wind_direction_deg,
                         weather, with_yield, step, project, wake_model, wake_parameters)


class _NoSpec:
    turbine_type, rotor_m, capacity_mw = "", 0.0, 0.0


_NO_SPEC = _NoSpec()


def _no_energy(result: SiteAnalysis) -> None:
    result.turbines = 0
    result.capacity_mw = 0.0
    result.gross_mwh = result.net_mwh = 0.0
    result.wake_loss_pct = result.capacity_factor = 0.0


def _weather(weather):
    if weather is not None:
        return weather
    from app.resource.weather import default_weather

    return default_weather()


def _site_lonlat(elig) -> tuple[float, float]:
    centre = gpd.GeoSeries([elig.eligible_m.representative_point()], crs=METRIC_CRS).to_crs(STORAGE_CRS).iloc[0]
    return float(centre.x), float(centre.y)


def _analyse_wind(result, row, elig, ruleset, spacing_cross_d, spacing_down_d, wind_direction_deg,
                  weather, with_yield, step, project=None, wake_model=None, wake_parameters=None) -> SiteAnalysis:
    from app.resource.turbines import default_offshore_turbine, resolve_turbine
    from app.resource.wind import compare_with_published, farm_yield
    from app.resource.wind_climate import site_wind_climate

    cross = float(spacing_cross_d if spacing_cross_d is not None else assumptions.value("siting.spacing_cross_wind_d"))
    down = float(spacing_down_d if spacing_down_d is not None else assumptions.value("siting.spacing_down_wind_d"))
    if wind_direction_deg is not None and not np.isfinite(float(wind_direction_deg)):
        raise InputError(QT_TRANSLATE_NOOP("Error", "wind direction: expected degrees from north (0..360), got "
                                                    "{wind_direction_deg!r}"), code="wind_direction_degrees_north",
                         wind_direction_deg=wind_direction_deg)
    check_spacing(cross, down, ruleset.min_turbine_spacing_d(result.kind))
    offshore = result.kind in OFFSHORE_KINDS
    type_name = _text(row.get("turbine_type"))
    if not type_name and offshore:
        type_name = default_offshore_turbine().name
        result.notes.append(Message(QT_TRANSLATE_NOOP("Note", "no turbine type given: the offshore default "
                                                              "{type_name} (published power and thrust curves, "
                                                              "wind.default_turbine_offshore)"), type_name=type_name))
    try:
        spec = turbine_spec(type_name, project)
    except InputError as exc:
        result.reason = Message(QT_TRANSLATE_NOOP("Note", "site {site}: {problem}"), site=result.site_id, problem=exc)
        _no_energy(result)
        return result
    turbine = resolve_turbine(spec.turbine_type, project) if spec.has_power_curve else None
    hub_text = _text(row.get("hub_height_m"))
    hub = float(hub_text) if hub_text else float("nan")
    if not np.isfinite(hub) and turbine is not None:
        hub = turbine.default_hub_height_m
        result.notes.append(Message(QT_TRANSLATE_NOOP("Note", "no hub height given: {hub:g} m, the type's listed "
                                                              "hub height"), hub=hub))
    result.spacing_m = (cross * spec.rotor_m, down * spec.rotor_m)
    hub_problem, climate = None, None
    if turbine is not None:
        try:
            turbine.check_hub_height(hub)
        except InputError as exc:  # hub height out of range or missing
            hub_problem = exc
        else:
            step(0.42, Message(QT_TRANSLATE_NOOP("Progress", "wind climate")))
            roughness = assumptions.value("siting.wind_roughness_offshore" if offshore
                                          else "siting.wind_roughness_onshore")
            climate = site_wind_climate(weather, hub, offshore, roughness, project,
                                        _site_lonlat(elig))
            result.notes.extend(climate.notes)
    if wind_direction_deg is not None:
        direction = float(wind_direction_deg)
    elif climate is not None:
        direction = climate.prevailing_axis_deg()
        result.notes.append(Message(QT_TRANSLATE_NOOP("Note", "layout rows follow the prevailing wind axis "
                                                              "{direction:.0f} deg of the site's energy rose"),
                                    direction=direction))
    else:
        direction = float(assumptions.value("siting.prevailing_wind_direction_deg"))
    result.wind_direction_deg = direction % 360.0
    step(0.45, Message(QT_TRANSLATE_NOOP("Progress", "turbine layout")))
    layout = grid_layout(elig.eligible_m, spec.rotor_m, cross, down, direction)
    result.notes.extend(layout.notes)
    if layout.count == 0:
        result.reason = Message(QT_TRANSLATE_NOOP("Note", "site {site}: {problem}"), site=result.site_id,
                                problem=layout.reason)
        _no_energy(result)
        return result
    result.turbines = layout.count
    result.capacity_mw = layout.count * spec.capacity_mw
    result.turbine_rows = turbine_rows(layout.positions_m, result.site_id, spec, hub)
    result.turbines_lonlat = [[float(p.x), float(p.y)] for p in result.turbine_rows.geometry]
    if turbine is None:
        result.reason = Message(QT_TRANSLATE_NOOP("Note", "turbine {turbine!r} has no power curve in windpowerlib's "
                                                          "library: layout and capacity shown, energy not computed; "
                                                          "expected a type with a power curve ('lygsite turbines' "
                                                          "lists them)"), turbine=spec.turbine_type)
        result.gross_mwh = result.net_mwh = result.wake_loss_pct = result.capacity_factor = float("nan")
        return result
    result.turbine = {**turbine.describe(), "hub_height_m": hub}
    if hub_problem is not None:
        result.reason = Message(QT_TRANSLATE_NOOP("Note", "site {site}: {problem}"), site=result.site_id,
                                problem=hub_problem)
        result.gross_mwh = result.net_mwh = result.wake_loss_pct = result.capacity_factor = float("nan")
        return result
    if not with_yield:
        result.gross_mwh = result.net_mwh = result.wake_loss_pct = result.capacity_factor = float("nan")
        return result
    step(0.55, Message(QT_TRANSLATE_NOOP("Progress", "wakes (PyWake) and yield")))
    farm = farm_yield(turbine, hub, layout.positions_m, climate, wake_model, wake_parameters, offshore)
    result.gross_mwh, result.net_mwh = farm.gross_mwh, farm.net_mwh
    result.wake_loss_pct = farm.wake_loss_pct
    result.losses_pct = dict(farm.waterfall.losses_pct)
    result.waterfall = farm.waterfall
    result.net_full_load_hours = farm.net_full_load_hours
    result.capacity_factor = farm.capacity_factor
    result.uncertainty_pct = farm.uncertainty_pct
    result.wake_model = farm.wake.description
    result.wake_model_key = farm.wake.wake_model
    result.wind_climate = climate.to_json(farm.wake.direction_step_deg)
    result.weather_source = farm.weather_source
    result.notes.append(Message(QT_TRANSLATE_NOOP("Note", "wake model: {description}"),
                                description=farm.wake.description))
    swept = np.pi * turbine.rotor_diameter_m ** 2 / 4.0
    result.published_check = compare_with_published(farm.net_full_load_hours, climate.mean_speed_ms,
                                                    farm.wake_loss_pct, turbine.rated_kw * 1000.0 / swept, offshore)
    if not result.published_check["inside"]:
        result.notes.append(result.published_check["note"])
    step(1.0, Message(QT_TRANSLATE_NOOP("Progress", "done")))
    return result

def pv_capacity_mw(eligible_area_km2: float, kind: str, overrides: dict | None = None) -> float:
    """DC capacity of a PV site [MWp]: eligible area x ground-coverage ratio x module density.

    ``siting.pv_ground_coverage_ratio`` (or ``pv_offshore_coverage_ratio``)
    [-] times ``siting.pv_module_density_kwp_m2`` [kWp/m2].
    """
    gcr_key = "siting.pv_offshore_coverage_ratio" if kind == "pv_offshore" else "siting.pv_ground_coverage_ratio"
    gcr = float(assumptions.value(gcr_key, overrides))
    density = float(assumptions.value("siting.pv_module_density_kwp_m2", overrides))
    return eligible_area_km2 * 1e6 * gcr * density / 1000.0


def _analyse_pv(result, elig, weather, with_yield, step) -> SiteAnalysis:
    from app.resource.pv import pv_yield

    result.capacity_mw = pv_capacity_mw(elig.eligible_area_km2, result.kind)
    if not with_yield:
        result.gross_mwh = result.net_mwh = result.capacity_factor = float("nan")
        return result
    step(0.6, Message(QT_TRANSLATE_NOOP("Progress", "PV yield")))
    centre = gpd.GeoSeries([elig.eligible_m.representative_point()], crs=METRIC_CRS).to_crs(STORAGE_CRS).iloc[0]
    pv = pv_yield(centre.y, centre.x, result.capacity_mw * 1000.0, float(assumptions.value("siting.pv_tilt_deg")),
                  float(assumptions.value("siting.pv_azimuth_deg")), mount=str(assumptions.value("siting.pv_mount")),
                  weather=_weather(weather))
    result.gross_mwh = result.net_mwh = pv.annual_kwh / 1000.0
    result.wake_loss_pct = 0.0
    result.capacity_factor = pv.capacity_factor
    result.net_full_load_hours = result.net_mwh / result.capacity_mw if result.capacity_mw > 0 else 0.0
    result.weather_source = pv.weather_source
    result.notes.append(Message(QT_TRANSLATE_NOOP("Note", "climate uncertainty of the annual energy: "
                                                          "+/-{uncertainty_pct:g} % "
                                                          "({annual_kwh_range:,.0f}-{annual_kwh_range2:,.0f} MWh)"),
                                uncertainty_pct=pv.uncertainty_pct, annual_kwh_range=pv.annual_kwh_range[0] / 1000,
                                annual_kwh_range2=pv.annual_kwh_range[1] / 1000))
    step(1.0, Message(QT_TRANSLATE_NOOP("Progress", "done")))
    return result


def compare_sites(project, ruleset: RuleSet | None = None, weather=None, with_yield: bool = True,
                  progress=None, lang: str = "zh", wake_model: str | None = None) -> tuple[pd.DataFrame, list]:
    """Analyse every candidate site; the comparison table and the results.

    Returns
    -------
    table : pandas.DataFrame
        One row per site: site_id, name, kind, county, eligible_area_km2
        [km2], capacity_mw [MW], turbines, net_mwh [MWh], capacity_factor
        [-], wake_loss_pct [%], net_full_load_hours [h], wake_model, status, reason.
    results : list of SiteAnalysis
    """
    if project is None or "candidate_sites" not in project.layers:
        raise InputError(QT_TRANSLATE_NOOP("Error", "the project has no 'candidate_sites' layer"),
                         code="project_candidate_sites_layer_2")
    ruleset = ruleset or default_ruleset()
    ids = project.layers["candidate_sites"].gdf["site_id"].astype(str).tolist()
    results = []
    for i, sid in enumerate(ids):
        if progress is not None and progress(i / max(len(ids), 1), sid) is False:
            raise CancelledError(QT_TRANSLATE_NOOP("Error", "site comparison cancelled"),
                                 code="site_comparison_cancelled")
        results.append(analyse_site(project, sid, ruleset, weather=weather, with_yield=with_yield, lang=lang,
                                    wake_model=wake_model))
    table = pd.DataFrame([r.table_row() for r in results], columns=TABLE_COLUMNS)
    return table, results


# ---------------------------------------------------------------------------
# writing results into the project (undoable)

def excluded_layer_style() -> Style:
    """Hatched-red look of excluded parts, one colour per rule."""
    return Style(fill="#e31a1c", stroke="#99000d", stroke_width=0.8, opacity=0.45, category_field="rule_id")


class ReplaceSiteFeatures(Command):
    """Replace the rows of one site in a layer (turbines, excluded areas)."""

    def __init__(self, layer: VectorLayer, site_id: str, rows: gpd.GeoDataFrame, text: str):
        self.layer, self.site_id, self.text = layer, str(site_id), text
        self.rows = rows
        self.before = layer.gdf.copy()

    def redo(self):
        gdf = self.before
        keep = gdf[gdf["site_id"].astype(str) != self.site_id] if "site_id" in gdf.columns else gdf
        start = int(gdf.index.max()) + 1 if len(gdf) else 0
        new = self.rows.copy()
        new.index = range(start, start + len(new))
        columns = list(dict.fromkeys([c for c in gdf.columns if c != gdf.geometry.name] +
                                     [c for c in new.columns if c != new.geometry.name]))
        parts = [p for p in (keep, new) if len(p)]
        if parts:
            merged = pd.concat(parts)
        else:
            merged = gdf.iloc[0:0]
        merged = gpd.GeoDataFrame(merged, geometry=merged.geometry.name, crs=STORAGE_CRS)
        for c in columns:
            if c not in merged.columns:
                merged[c] = None
        self.layer.set_gdf(merged)

    def undo(self):
        self.layer.set_gdf(self.before.copy())


class CompoundCommand(Command):
    """Several commands done and undone as one step (one Ctrl+Z)."""

    def __init__(self, commands: list, text: str):
        self.commands, self.text = list(commands), text

    def redo(self):
        for command in self.commands:
            command.redo()

    def undo(self):
        for command in reversed(self.commands):
            command.undo()


class _EnsureLayer(Command):
    """Add ``layer`` to the project when no layer of its name is there yet."""

    def __init__(self, layers, layer, index=0):
        self.layers, self.layer, self.index, self.added = layers, layer, index, False

    def redo(self):
        if self.layer.name not in self.layers:
            self.layers.insert(min(self.index, len(self.layers)), self.layer)
            self.added = True

    def undo(self):
        if self.added and self.layer.name in self.layers:
            self.layers.remove(self.layer.name)
            self.added = False


def analysis_command(project, analysis: SiteAnalysis) -> Command:
    """One undoable command writing a site's turbines and excluded parts.

    Creates the ``turbines`` and ``excluded_areas`` layers when absent; the
    rows of other sites are kept.
    """
    commands = []
    excluded_layer = project.layers.get(EXCLUDED_LAYER)
    if excluded_layer is None:
        excluded_layer = VectorLayer(EXCLUDED_LAYER, empty_excluded(), title=LAYER_TITLES_ZH[EXCLUDED_LAYER],
                                     style=excluded_layer_style())
        # drawn over the sites so that the excluded parts show on top of them
        index = project.layers.index("candidate_sites") if "candidate_sites" in project.layers else 0
        commands.append(_EnsureLayer(project.layers, excluded_layer, index))
    turbines = project.layers.get("turbines")
    if turbines is None:
        turbines = VectorLayer("turbines", gpd.GeoDataFrame({c: [] for c in TURBINE_COLUMNS},
                                                             geometry=gpd.GeoSeries([], crs=STORAGE_CRS)),
                               title="风机布置")
        commands.append(_EnsureLayer(project.layers, turbines, 0))
    # Layers are looked up by name when the command runs: with several analyses
    # pushed together, only the first creates each layer and all must write into it.
    commands.append(_Deferred(lambda: ReplaceSiteFeatures(project.layers[EXCLUDED_LAYER], analysis.site_id,
                                                          analysis.excluded, "excluded areas")))
    commands.append(_Deferred(lambda: ReplaceSiteFeatures(project.layers["turbines"], analysis.site_id,
                                                          analysis.turbine_rows, "turbine layout")))
    commands.append(_Deferred(lambda: _UpsertTableRow(project, ANALYSIS_TABLE, analysis.table_row())))
    return CompoundCommand(commands, Message(QT_TRANSLATE_NOOP("Undo", "analyse site {site}"), site=analysis.site_id))


class _UpsertTableRow(Command):
    """Put one row (keyed by ``site_id``) into a project table; undo restores the table."""

    def __init__(self, project, name: str, row: dict):
        self.project, self.name, self.row = project, name, dict(row)
        self.before = project.tables.get(name)

    def redo(self):
        old = self.before if self.before is not None else pd.DataFrame(columns=list(self.row))
        keep = old[old["site_id"].astype(str) != str(self.row["site_id"])] if "site_id" in old.columns else old
        new = pd.DataFrame([self.row])
        self.project.set_table(self.name, pd.concat([keep, new], ignore_index=True) if len(keep) else new)

    def undo(self):
        if self.before is None:
            self.project.tables.pop(self.name, None)
            self.project.events.tables.emit(name=self.name)
        else:
            self.project.set_table(self.name, self.before)


class _Deferred(Command):
    """Build the wrapped command on first redo (its 'before' snapshot must be
    taken after the commands ahead of it in a compound have run)."""

    def __init__(self, factory):
        self.factory, self.command = factory, None

    def redo(self):
        if self.command is None:
            self.command = self.factory()
        self.command.redo()

    def undo(self):
        self.command.undo()


__all__ = ["SiteAnalysis", "TABLE_COLUMNS", "analyse_site", "compare_sites", "geometry_digest", "stale_site_ids", "analysis_command", "pv_capacity_mw", "site_row",
           "county_name", "ReplaceSiteFeatures", "CompoundCommand", "EXCLUDED_LAYER", "ANALYSIS_TABLE", "excluded_layer_style"]
