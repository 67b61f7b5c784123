"""The siting analyses as algorithms (DESIGN.md rule 5).

``rooftop`` (roof potential, :mod:`app.siting.rooftop`), ``coverage``
(:mod:`app.siting.coverage`), ``site_analysis`` and ``windfarm``
(:mod:`app.siting.site_analysis`), ``island`` (:mod:`app.siting.island`) and
``progress`` (:mod:`app.siting.progress`). Each wraps the module's functions;
none changes the project (the panels turn results into undoable commands).
"""
from __future__ import annotations

import time
import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.core.algorithm import PROJECT, QT_TRANSLATE_NOOP, WEATHER, Algorithm, Parameter, register
from app.core.errors import InputError
from app.core.i18n import Listing, Message
from app.core.vocabulary import FIELDS, WIND_KINDS
from app.siting.rooftop import PARAMETER_BOUNDS as ROOF_PARAMETER_BOUNDS

#: OUT extension -> GDAL driver of the rooftop output.
OUTPUT_DRIVERS = {".gpkg": "GPKG", ".shp": "ESRI Shapefile", ".geojson": "GeoJSON", ".json": "GeoJSON"}

#: Shapefile (DBF) names of the potential columns longer than 10 characters.
SHAPEFILE_NAMES = {"specific_yield_kwh_per_kwp": "sy_kwh_kwp", "edge_usable_m2": "edge_m2",
                   "obstruction_factor": "obstr_fac", "face_fraction": "face_frac", "usable_share": "usable_shr",
                   "unshaded_kwh": "unshad_kwh", "height_used_m": "height_use", "height_source": "height_src",
                   "shade_status": "shade_stat", "uncertainty_pct": "uncert_pct"}

#: Rooftop assumptions a run may override (``--set NAME=VALUE``), with the bounds they are accepted in:
#: the coverage target, those of :func:`app.siting.rooftop.params`, and the import's footprint checks.
ROOFTOP_OVERRIDE_BOUNDS = {
    "coverage_target": (0.0, 100.0), **ROOF_PARAMETER_BOUNDS,
    "min_footprint_m2": (0.0, 10000.0), "max_footprint_m2": (1.0, 1.0e7),
}

#: The rooftop assumptions as one mapping parameter (``--set``; the rooftop panel's assumption form).
ROOFTOP_OVERRIDES = Parameter(
    "overrides", "mapping", flag="--set",
    title=QT_TRANSLATE_NOOP("Algorithm", "Rooftop assumptions"),
    help=QT_TRANSLATE_NOOP("Algorithm", "override a rooftop assumption, e.g. --set edge_setback_m=1.5 (repeatable)"),
    fields=tuple(Parameter(name, "float", default_from=f"rooftop.{name}", minimum=low, maximum=high,
                           decimals=3 if high <= 1 else 1)
                 for name, (low, high) in ROOFTOP_OVERRIDE_BOUNDS.items()))

BUILDINGS_FILE = Parameter(
    "buildings", "file",
    title=QT_TRANSLATE_NOOP("Algorithm", "Building inventory"),
    help=QT_TRANSLATE_NOOP("Algorithm", "building inventory (any GDAL vector, or XLSX/CSV with lon/lat + "
                                        "footprint area)"))
DECLARED_CRS = Parameter(
    "crs", "text", optional=True, advanced=True,
    title=QT_TRANSLATE_NOOP("Algorithm", "Coordinates of the input"),
    help=QT_TRANSLATE_NOOP("Algorithm", "declare the input's coordinates: gcj02, bd09, wgs84 or an EPSG code"))


def assumption_overrides(values: dict) -> dict:
    """``{"edge_setback_m": 1.5}`` -> ``{"rooftop.edge_setback_m": 1.5}`` (the engines' overrides)."""
    return {f"rooftop.{name}": value for name, value in (values or {}).items()}


def load_buildings_file(path, declared_crs=None, encoding=None, layer=None, overrides=None, feedback=None):
    """Import a building file with the default fix/skip actions; problems summarised in ``feedback``."""
    from app.siting.building_import import import_buildings

    say = feedback.push_info if feedback is not None else (lambda text: None)
    result = import_buildings(path, declared_crs=declared_crs, encoding=encoding, layer=layer,
                              remember=False, overrides=overrides)
    for note in result.report.assumptions if result.report else []:
        say(note)
    if result.problems:
        fixed = sum(1 for p in result.problems if result.actions.get(p.key) == "fix")
        say(Message(QT_TRANSLATE_NOOP("Note", "import: {problems} problem(s): {fixed} fixed, {skipped} row(s) skipped"),
                    problems=len(result.problems), fixed=fixed, skipped=len(result.skipped)))
        for p in result.problems[:5]:
            where = Message(QT_TRANSLATE_NOOP("Note", "row {row}"), row=p.row) if p.row is not None \
                else Message(QT_TRANSLATE_NOOP("Note", "all rows"))
            say(Message(QT_TRANSLATE_NOOP("Note", "  {where}, {field}: {message} -> {action}"), where=where,
                        field=FIELDS.word(p.field), message=p.message, action=result.actions.get(p.key)))
    if result.buildings.empty:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: no usable building left after the import checks "
                                                    "({n_skipped} row(s) skipped); expected footprint polygons in "
                                                    "Lianyungang"), code="usable_building_left_after",
                         name=Path(path).name, n_skipped=len(result.skipped))
    return result


def write_buildings(gdf, out, protected=()) -> None:
    """Write the buildings with their potential to ``out`` (.gpkg, .shp or .geojson) through the one atomic
    writer: a Shapefile's parts as one set, re-read before use; never over one of ``protected``."""
    import pyogrio

    from app.project.atomic import AtomicFileSet, atomic_output, verify_vector

    out = Path(out)
    driver = OUTPUT_DRIVERS.get(out.suffix.lower())
    if driver is None:
        raise InputError(QT_TRANSLATE_NOOP("Error", "out: expected a .gpkg, .shp or .geojson file, got {out_name}"),
                         code="out_gpkg_shp_geojson", out_name=out.name)
    frame = gdf.reset_index(drop=True)
    kwargs = {"encoding": "UTF-8"} if driver == "ESRI Shapefile" else {}
    if driver == "ESRI Shapefile":
        # DBF field names are at most 10 characters.
        frame = frame.rename(columns=SHAPEFILE_NAMES)

    def write(path: Path) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            # the layer is named after out, not after the temporary file it is written to
            # through Arrow: the columns go to GDAL whole (one transaction either way), 0.5 s instead of 0.8 s for
            # 100,000 buildings; the same fields, types and geometries read back in GPKG, Shapefile and GeoJSON
            pyogrio.write_dataframe(frame, path, layer=out.stem, driver=driver, promote_to_multi=True,
                                    use_arrow=True, **kwargs)

    if driver == "ESRI Shapefile":
        with AtomicFileSet(out.parent, out.stem, "writing", protected=protected, main=out.name) as files:
            write(files.dir / out.name)
            files.commit(verify=lambda folder: verify_vector(len(frame))(folder / out.name))
    else:
        with atomic_output(out, "writing", verify=verify_vector(len(frame)), protected=protected) as tmp:
            write(tmp)


def _buildings(values, overrides, feedback):
    """The buildings of a run (a file imported, or a GeoDataFrame as given) and the skipped rows."""
    buildings = values["buildings"]
    if not isinstance(buildings, str):
        return buildings, []
    feedback(0.05, Message(QT_TRANSLATE_NOOP("Progress", "reading {buildings}"), buildings=buildings))
    imported = load_buildings_file(buildings, values.get("crs"), values.get("encoding"), values.get("layer"),
                                   overrides, feedback)
    return imported.buildings, [s["row"] for s in imported.skipped]


# ---------------------------------------------------------------------------
# rooftop potential


@dataclass
class RooftopResult:
    """Result of the ``rooftop`` algorithm.

    Attributes
    ----------
    summary : app.siting.rooftop.PotentialSummary
        City totals (the contract's JSON keys).
    buildings : geopandas.GeoDataFrame
        The buildings with ``roof_m2, usable_m2, pot_kwp, pot_kwh``... added.
    skipped_rows : list of int
        Input rows the import skipped.
    weather_source : str
    out : str or None
        The file written, when one was asked for.
    """

    summary: object
    buildings: object = field(repr=False)
    skipped_rows: list = field(default_factory=list)
    weather_source: str = ""
    out: str | None = None

    def to_dict(self) -> dict:
        doc = self.summary.to_dict()
        doc["skipped_rows"] = list(self.skipped_rows)
        doc["weather_source"] = self.weather_source
        return doc


@register
class RooftopPotential(Algorithm):
    """Roof, usable area, capacity and energy of every building (:func:`app.siting.rooftop.roof_potential`)."""

    name = "rooftop"
    title = QT_TRANSLATE_NOOP("Algorithm", "Rooftop PV potential")
    group = "siting"
    help = "rooftop PV potential of every building in a file"
    demo_when_no_project = False  # the project only lends its weather
    parameters = (
        BUILDINGS_FILE,
        replace(PROJECT, help=QT_TRANSLATE_NOOP("Algorithm", "project whose weather to use (its buildings are not "
                                                             "read)")),
        Parameter("out", "path", optional=True, extensions=tuple(OUTPUT_DRIVERS),
                  title=QT_TRANSLATE_NOOP("Algorithm", "Output file"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "output file: .gpkg, .shp or .geojson (never the input file)")),
        WEATHER,
        DECLARED_CRS,
        Parameter("encoding", "text", optional=True, advanced=True,
                  title=QT_TRANSLATE_NOOP("Algorithm", "Attribute encoding"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "force the attribute encoding (e.g. GBK)")),
        Parameter("layer", "text", optional=True, advanced=True,
                  title=QT_TRANSLATE_NOOP("Algorithm", "Input layer"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "layer of a multi-layer input")),
        ROOFTOP_OVERRIDES,
        Parameter("shading", "bool", default=True,
                  title=QT_TRANSLATE_NOOP("Algorithm", "Shading by neighbouring buildings"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "shading of each roof by its neighbours, where heights are "
                                                      "known (off: shade_loss left empty)")),
        Parameter("scheduler", "text", optional=True, advanced=True,
                  title=QT_TRANSLATE_NOOP("Algorithm", "Dask scheduler"),
                  default_text=QT_TRANSLATE_NOOP("Algorithm", "DASK_SCHEDULER_ADDRESS, else a local cluster for "
                                                              "250,000 buildings or more with shading"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "run on the Dask cluster whose scheduler is at ADDRESS "
                                                      "(tcp://HOST:PORT); 'local' starts one on this computer, "
                                                      "'none' runs in this process")),
    )

    def resolve(self, values, feedback):
        # the files this run reads, named before the weather file becomes a Weather: OUT must be none of them
        read = [(values[name], f"the {name} file read by this command") for name in ("buildings", "weather")
                if isinstance(values[name], (str, Path))]
        return {**super().resolve(values, feedback), "read_files": read}

    def process(self, values, feedback):
        from app.siting.rooftop import summarise_potential
        from app.siting.rooftop_cluster import IN_PROCESS, LOCAL, Cluster, scheduler_address

        from app.project.atomic import check_writable

        started = time.perf_counter()
        out = values["out"]
        protected = values["read_files"]
        if out:
            out = str(check_writable(out, protected))  # before the work, not after it
        address = scheduler_address(values["scheduler"])
        if address in (None, LOCAL, IN_PROCESS):
            result, skipped = self._potential(values, feedback, None)
        else:
            feedback(0.01, Message(QT_TRANSLATE_NOOP("Progress", "connecting to the Dask scheduler at {address}"),
                                      address=address))
            with Cluster(address) as cluster:  # before the input is read: a scheduler that does not answer says so now
                feedback.push_info(Message(QT_TRANSLATE_NOOP("Progress", "Dask cluster at {address}: {workers} worker(s)"),
                                            address=address, workers=cluster.worker_count()))
                result, skipped = self._potential(values, feedback, cluster)
        if out:
            feedback(0.9, Message(QT_TRANSLATE_NOOP("Progress", "writing {out}"), out=out))
            write_buildings(result, out, protected)
        summary = summarise_potential(result, time.perf_counter() - started)
        return RooftopResult(summary, result, skipped, values["weather"].source, out)

    @staticmethod
    def _potential(values, feedback, cluster):
        """Read the buildings and compute their potential here, on a local cluster or on ``cluster``."""
        import os

        from app.siting.rooftop_cluster import (IN_PROCESS, LOCAL, LOCAL_CLUSTER_MIN_BUILDINGS, plan_run,
                                                roof_potential_anywhere)

        overrides = assumption_overrides(values["overrides"])
        buildings, skipped = _buildings(values, overrides, feedback)
        shading, scheduler = values["shading"], values["scheduler"]
        where = cluster.address if cluster is not None else plan_run(len(buildings), shading, scheduler)
        if where == IN_PROCESS:
            place = ""
        elif where == LOCAL:
            place = Message(QT_TRANSLATE_NOOP("Progress", ", on a local Dask cluster of {workers} worker processes"),
                            workers=os.cpu_count())
            if not scheduler:
                place = Message(QT_TRANSLATE_NOOP("Progress", "{place} ({count:,} buildings or more with shading)"),
                                place=place, count=LOCAL_CLUSTER_MIN_BUILDINGS)
        else:
            place = Message(QT_TRANSLATE_NOOP("Progress", ", on the Dask cluster at {address}"), address=where)
        step = QT_TRANSLATE_NOOP("Progress", "roof potential of {count:,} buildings, with shading by neighbouring "
                                             "buildings{place}") if shading \
            else QT_TRANSLATE_NOOP("Progress", "roof potential of {count:,} buildings{place}")
        text = Message(step, count=len(buildings), place=place)
        feedback(0.3, text)
        result = roof_potential_anywhere(buildings, weather=values["weather"], overrides=overrides, shading=shading,
                                         scheduler=scheduler, cluster=cluster,
                                         progress=lambda done, total: feedback(0.3 + 0.6 * done / max(total, 1), text))
        return result, skipped


# ---------------------------------------------------------------------------
# coverage


@dataclass
class CoverageResult:
    """Coverage rows per county and category (``lygsite coverage``)."""

    rows: list
    by: str = "area"

    def to_dict(self) -> dict:
        return {"by": self.by, "rows": list(self.rows)}


@register
class Coverage(Algorithm):
    """Rooftop PV coverage of new buildings toward the plan's target (:func:`app.siting.coverage.coverage_rows`)."""

    name = "coverage"
    title = QT_TRANSLATE_NOOP("Algorithm", "Rooftop PV coverage")
    group = "siting"
    help = "rooftop PV coverage of new public/factory buildings per county"
    parameters = (
        PROJECT,
        Parameter("buildings", "file", optional=True,
                  title=QT_TRANSLATE_NOOP("Algorithm", "Building inventory"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "building inventory file instead of a project")),
        Parameter("by", "enum", default="area",
                  choices=(("area", QT_TRANSLATE_NOOP("Algorithm", "Roof area")),
                           ("count", QT_TRANSLATE_NOOP("Algorithm", "Building count"))),
                  title=QT_TRANSLATE_NOOP("Algorithm", "Coverage by"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "coverage by roof area (default) or by count")),
        Parameter("all_categories", "bool", default=False,
                  title=QT_TRANSLATE_NOOP("Algorithm", "All categories"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "also list commercial/residential/other new buildings "
                                                      "(target_pct null)")),
        DECLARED_CRS,
        ROOFTOP_OVERRIDES,
    )
    exclusive = (("project", "buildings"),)

    def resolve(self, values, feedback):
        if values["buildings"] is not None:
            return values  # the file stands instead of a project
        return super().resolve(values, feedback)

    def process(self, values, feedback):
        from app.siting.coverage import coverage_rows

        overrides = assumption_overrides(values["overrides"])
        if values["buildings"] is not None:
            buildings, _skipped = _buildings(values, overrides, feedback)
        else:
            project = values["project"]
            if "buildings" not in project.layers:
                raise InputError(QT_TRANSLATE_NOOP("Error", "the project has no 'buildings' layer; layers: {names}"),
                                 code="project_buildings_layer_layers", names=Listing(project.layers.names()))
            buildings = project.vector("buildings").gdf
        feedback(0.5, Message(QT_TRANSLATE_NOOP("Progress", "coverage per county and category")))
        rows = coverage_rows(buildings, by=values["by"], overrides=overrides,
                             all_categories=values["all_categories"])
        return CoverageResult(rows, values["by"])

    def to_json(self, result):
        return result.rows


# ---------------------------------------------------------------------------
# site analysis and wind farms


def _wake_models() -> tuple:
    """The PyWake wake models as choices (value, title_en, title_zh) from :data:`app.resource.wakes.WAKE_MODELS`."""
    from app.resource.wakes import WAKE_MODELS

    return tuple((key, model.title_en, model.title_zh) for key, model in WAKE_MODELS.items())


def _site_parameters():
    return (
        PROJECT,
        Parameter("site_id", "site",
                  title=QT_TRANSLATE_NOOP("Algorithm", "Site"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "site_id in the candidate_sites layer (e.g. CS-02)")),
        Parameter("rules", "file", optional=True, extensions=(".json",), advanced=True,
                  title=QT_TRANSLATE_NOOP("Algorithm", "Rule set"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "rule-set JSON (default: app/resources/rulesets/default.json)")),
        Parameter("spacing", "pair", unit="D", minimum=1.0, maximum=20.0, decimals=1,
                  default_from=("siting.spacing_cross_wind_d", "siting.spacing_down_wind_d"),
                  title=QT_TRANSLATE_NOOP("Algorithm", "Turbine spacing"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "spacing across x along the wind in rotor diameters, e.g. 5x8")),
        Parameter("direction", "float", unit="deg", minimum=0.0, maximum=360.0, decimals=1, optional=True,
                  default_text=QT_TRANSLATE_NOOP("Algorithm", "from the wind rose"),
                  title=QT_TRANSLATE_NOOP("Algorithm", "Layout axis"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "direction of the layout axis, clockwise from north (left out: "
                                                      "the prevailing axis of the site's wind rose)")),
        Parameter("wake_model", "enum", optional=True, choices=_wake_models(),
                  default_text=QT_TRANSLATE_NOOP("Algorithm", "Default for the site kind (TurbOPark offshore, "
                                                              "Jensen onshore)"),
                  title=QT_TRANSLATE_NOOP("Algorithm", "Wake model"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "PyWake wake model (left out: the assumptions "
                                                      "wind.wake_model_offshore and wind.wake_model_onshore)")),
        WEATHER,
    )


@register
class SiteAnalysisAlgorithm(Algorithm):
    """Eligible area, layout, capacity and energy of a candidate site (:func:`app.siting.site_analysis.analyse_site`)."""

    name = "site_analysis"
    title = QT_TRANSLATE_NOOP("Algorithm", "Site analysis")
    group = "siting"
    help = "eligible area after the rule set, turbine layout or PV capacity, and annual energy of a site"
    parameters = _site_parameters()
    #: Site kinds this algorithm accepts (None: every kind analyse_site knows).
    kinds: tuple | None = None

    def process(self, values, feedback):
        from app.siting.constraints import RuleSet
        from app.siting.site_analysis import analyse_site, site_row

        project, site_id = values["project"], values["site_id"]
        row = site_row(project, site_id)
        if self.kinds is not None and str(row.get("kind")) not in self.kinds:
            raise InputError(QT_TRANSLATE_NOOP("Error", "site {site_id} is a {kind} site; {name} expects a wind "
                                                        "site ({kinds})"), code="wrong_site_kind",
                             params={"parameter": "site_id", "value": site_id, "kind": str(row.get("kind")),
                                     "choices": list(self.kinds)},
                             site_id=site_id, kind=row.get('kind'), name=self.name, kinds=Listing(self.kinds))
        rules = values["rules"]
        ruleset = RuleSet.load(rules) if isinstance(rules, str) else rules
        cross, down = values["spacing"]
        return analyse_site(project, site_id, ruleset, cross, down, values["direction"],
                            weather=values["weather"], progress=feedback, wake_model=values["wake_model"])


@register
class WindFarm(SiteAnalysisAlgorithm):
    """``site_analysis`` of a drawn wind site: layout and yield with wake losses (``lygsite windfarm``)."""

    name = "windfarm"
    title = QT_TRANSLATE_NOOP("Algorithm", "Wind farm layout and yield")
    help = "turbine layout, capacity and energy with wake losses of a wind site"
    kinds = WIND_KINDS

    def to_json(self, result):
        return result.windfarm_json()


# ---------------------------------------------------------------------------
# energy island and plan progress


@register
class Island(Algorithm):
    """Hourly balance of the offshore energy island (:func:`app.siting.island.run_island`)."""

    name = "island"
    title = QT_TRANSLATE_NOOP("Algorithm", "Energy-island balance")
    group = "siting"
    help = "hourly energy balance of the offshore energy island (海上能源岛)"
    parameters = (
        PROJECT,
        Parameter("hub_id", "text", flag="--hub", optional=True,
                  title=QT_TRANSLATE_NOOP("Algorithm", "Hub"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "hub comp_id (default: the first hub)")),
        Parameter("built_only", "bool", default=False,
                  title=QT_TRANSLATE_NOOP("Algorithm", "Built components only"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "balance only built components (default: the whole design)")),
        WEATHER,
        Parameter("offshore_wind_scaling", "bool", default=True, advanced=True,
                  title=QT_TRANSLATE_NOOP("Algorithm", "Scale station wind to the open sea"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "scale the weather's 10 m station wind to the open sea (off: use "
                                                      "it as it is)")),
    )

    def process(self, values, feedback):
        from app.siting.island import run_island

        feedback(0.0, Message(QT_TRANSLATE_NOOP("Progress", "hourly balance over the weather year")))
        return run_island(values["project"], weather=values["weather"], hub_id=values["hub_id"] or None,
                          include="built" if values["built_only"] else "all", progress=feedback,
                          scale_wind_to_offshore=values["offshore_wind_scaling"])


@dataclass
class ProgressResult:
    """The standing of every plan target (``lygsite progress``)."""

    targets: list

    def to_dict(self) -> dict:
        return {"targets": [row.to_dict() for row in self.targets]}


@register
class PlanProgress(Algorithm):
    """Standing of the plan's targets (:func:`app.siting.progress.compute_progress`)."""

    name = "progress"
    title = QT_TRANSLATE_NOOP("Algorithm", "Plan progress")
    group = "siting"
    help = "standing of the plan's targets (met / on track / behind / no data)"
    parameters = (
        PROJECT,
        Parameter("as_of", "date", optional=True,
                  title=QT_TRANSLATE_NOOP("Algorithm", "As of"),
                  help=QT_TRANSLATE_NOOP("Algorithm", "date given to values computed from the layers (YYYY-MM-DD; "
                                                      "default today)")),
    )

    def process(self, values, feedback):
        from app.siting.progress import compute_progress

        feedback(0.1, Message(QT_TRANSLATE_NOOP("Progress", "standing of the plan's targets")))
        return ProgressResult(compute_progress(values["project"], as_of=values["as_of"]))

    def to_json(self, result):
        return result.to_dict()["targets"]
