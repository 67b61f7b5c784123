"""``lygsite rooftop`` and ``lygsite coverage`` (CONTRACT.md)."""
from __future__ import annotations

import time
import warnings
from pathlib import Path

import pyogrio

from app.core.errors import InputError
from app.project.atomic import check_writable

#: Shapefile (DBF) names of the potential columns longer than 10 characters.
SHAPEFILE_NAMES = {"specific_yield_kwh_per_kwp": "sy_kwh_kwp", "edge_usable_m2": "edge_m2",
                   "obstruction_factor": "obstr_fac", "face_fraction": "face_frac", "usable_share": "usable_shr",
                   "unshaded_kwh": "unshad_kwh", "height_used_m": "height_use", "height_source": "height_src",
                   "shade_status": "shade_stat", "uncertainty_pct": "uncert_pct"}
#: OUT extension -> GDAL driver.
OUTPUT_DRIVERS = {".gpkg": "GPKG", ".shp": "ESRI Shapefile", ".geojson": "GeoJSON", ".json": "GeoJSON"}


def register(subparsers) -> None:
    p = subparsers.add_parser("rooftop", help="rooftop PV potential of every building in a file")
    p.add_argument("--buildings", required=True, help="building inventory (any GDAL vector, or XLSX/CSV with lon/lat + footprint area)")
    p.add_argument("--out", required=True, help="output file: .gpkg, .shp or .geojson")
    p.add_argument("--weather", help="weather file (EPW, TMY3, PVGIS, pvlib CSV); default: the project's weather "
                                     "(--project), else the built-in Lianyungang year")
    p.add_argument("--project", help="project whose weather to use (its buildings are not read)")
    p.add_argument("--crs", dest="declared_crs", help="declare the input's coordinates: gcj02, bd09, wgs84 or an EPSG code")
    p.add_argument("--encoding", help="force the attribute encoding (e.g. GBK)")
    p.add_argument("--layer", help="layer of a multi-layer input")
    p.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                   help="override a rooftop assumption, e.g. --set edge_setback_m=1.5 (repeatable)")
    p.add_argument("--no-shading", action="store_true",
                   help="skip the shading by neighbouring buildings (shade_loss left empty)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=run_rooftop)

    c = subparsers.add_parser("coverage", help="rooftop PV coverage of new public/factory buildings per county")
    source = c.add_mutually_exclusive_group()
    source.add_argument("--project", help="project GeoPackage (default: the demo project)")
    source.add_argument("--buildings", help="building inventory file instead of a project")
    c.add_argument("--by", choices=("area", "count"), default="area", help="coverage by roof area (default) or by count")
    c.add_argument("--all-categories", action="store_true",
                   help="also list commercial/residential/other new buildings (target_pct null)")
    c.add_argument("--crs", dest="declared_crs", help="declare the input's coordinates: gcj02, bd09, wgs84 or an EPSG code")
    c.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                   help="override a rooftop assumption, e.g. --set coverage_target=60")
    c.add_argument("--json", action="store_true", help="print the rows as JSON")
    c.set_defaults(func=run_coverage)


def parse_overrides(items) -> dict:
    """``["edge_setback_m=1.5"]`` -> ``{"rooftop.edge_setback_m": 1.5}``."""
    from app.core.assumptions import all_assumptions

    known = {k for k in all_assumptions() if k.startswith("rooftop.")}
    out = {}
    for item in items or []:
        name, sep, text = str(item).partition("=")
        key = name.strip() if name.strip().startswith("rooftop.") else f"rooftop.{name.strip()}"
        if not sep or key not in known:
            raise InputError(f"--set {item!r}: expected NAME=VALUE with NAME one of "
                             f"{', '.join(sorted(k.split('.', 1)[1] for k in known))}")
        try:
            out[key] = float(text)
        except ValueError:
            raise InputError(f"--set {item!r}: expected a number after '='") from None
    return out


def load_buildings_file(path, declared_crs=None, encoding=None, layer=None, overrides=None):
    """Import a building file with the default fix/skip actions; problems summarised on stderr."""
    from app.cli.output import progress
    from app.siting.building_import import import_buildings

    result = import_buildings(path, declared_crs=declared_crs, encoding=encoding, layer=layer,
                              remember=False, overrides=overrides)
    for note in result.report.assumptions if result.report else []:
        progress(f"note: {note}")
    if result.problems:
        fixed = sum(1 for p in result.problems if result.actions.get(p.key) == "fix")
        progress(f"import: {len(result.problems)} problem(s): {fixed} fixed, {len(result.skipped)} row(s) skipped")
        for p in result.problems[:5]:
            where = f"row {p.row}" if p.row is not None else "all rows"
            progress(f"  {where}, {p.field}: {p.message} -> {result.actions.get(p.key)}")
    if result.buildings.empty:
        raise InputError(f"{Path(path).name}: no usable building left after the import checks "
                         f"({len(result.skipped)} row(s) skipped); expected footprint polygons in Lianyungang")
    return result


def _write_output(gdf, out: Path, protected=()) -> None:
    """Write the result through the one atomic writer: a Shapefile's parts as one set, re-read before use."""
    from app.project.atomic import AtomicFileSet, atomic_output, verify_vector

    driver = OUTPUT_DRIVERS.get(out.suffix.lower())
    if driver is None:
        raise InputError(f"--out {out.name}: expected a .gpkg, .shp or .geojson file")
    frame = gdf.reset_index(drop=True)
    kwargs = {"encoding": "UTF-8"} if driver == "ESRI Shapefile" else {}
    if driver == "ESRI Shapefile":
        # DBF field names are at most 10 characters.
        frame = frame.rename(columns=SHAPEFILE_NAMES)

    def write(path: Path) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            # the layer is named after --out, not after the temporary file it is written to
            pyogrio.write_dataframe(frame, path, layer=out.stem, driver=driver, promote_to_multi=True, **kwargs)

    if driver == "ESRI Shapefile":
        with AtomicFileSet(out.parent, out.stem, "writing", protected=protected, main=out.name) as files:
            write(files.dir / out.name)
            files.commit(verify=lambda folder: verify_vector(len(frame))(folder / out.name))
    else:
        with atomic_output(out, "writing", verify=verify_vector(len(frame)), protected=protected) as tmp:
            write(tmp)


def run_rooftop(args) -> int:
    from app.cli.output import emit_json, progress
    from app.project.weather import resolve_weather
    from app.siting.rooftop import roof_potential, summarise_potential

    start = time.perf_counter()
    overrides = parse_overrides(args.set)
    project = None
    if args.project:
        from app.sample.demo import open_project_or_demo

        project = open_project_or_demo(args.project)
    weather = resolve_weather(args.weather, project)
    out = Path(args.out)
    if out.suffix.lower() not in OUTPUT_DRIVERS:
        raise InputError(f"--out {out.name}: expected a .gpkg, .shp or .geojson file")
    protected = [(args.buildings, "the buildings file read by this command")]
    if args.weather:
        protected.append((args.weather, "the weather file read by this command"))
    out = check_writable(out, protected)  # before the work, not after it
    progress(f"reading {args.buildings}")
    imported = load_buildings_file(args.buildings, args.declared_crs, args.encoding, args.layer, overrides)
    progress(f"roof potential of {len(imported.buildings):,} buildings"
             + ("" if args.no_shading else ", with shading by neighbouring buildings"))
    result = roof_potential(imported.buildings, weather=weather, overrides=overrides, shading=not args.no_shading)
    progress(f"writing {out}")
    _write_output(result, out, protected)
    summary = summarise_potential(result, time.perf_counter() - start).to_dict()
    summary["skipped_rows"] = [s["row"] for s in imported.skipped]
    summary["weather_source"] = weather.source
    if args.json:
        emit_json(summary)
    else:
        counts = summary["shade_status"]
        print(f"{summary['buildings']:,} buildings: roof {summary['roof_area_m2']:,.0f} m2, usable "
              f"{summary['usable_area_m2']:,.0f} m2, potential {summary['potential_kwp'] / 1000:,.1f} MWp, "
              f"{summary['potential_mwh']:,.0f} MWh/yr +/- {summary['uncertainty_pct']:g} % "
              f"(shading -{summary['shading_loss_mwh']:,.0f} MWh/yr on {counts.get('computed', 0):,} roofs; "
              f"no height: {counts.get('no_height', 0):,}) ({summary['seconds']:.1f} s) -> {out}")
    return 0


def run_coverage(args) -> int:
    from app.cli.output import emit_json, progress
    from app.siting.coverage import coverage_rows

    overrides = parse_overrides(args.set)
    if args.buildings:
        buildings = load_buildings_file(args.buildings, args.declared_crs, overrides=overrides).buildings
    else:
        from app.sample.demo import open_project_or_demo

        if not args.project:
            progress("no --project: using the demo project (sample data)")
        project = open_project_or_demo(args.project)
        if "buildings" not in project.layers:
            raise InputError(f"the project has no 'buildings' layer; layers: {', '.join(project.layers.names())}")
        buildings = project.vector("buildings").gdf
    rows = coverage_rows(buildings, by=args.by, overrides=overrides, all_categories=args.all_categories)
    if args.json:
        emit_json(rows)
        return 0
    header = (f"{'adcode':7} {'county':10} {'category':19} {'bldgs':>6} {'roof m2':>12} {'PV m2':>11} "
              f"{'with PV':>7} {'area ?':>6} {'cov %':>7} {'gap m2':>11} {'gap n':>5}")
    print(header)
    for r in rows:
        cov = "-" if r["coverage_pct"] is None else f"{r['coverage_pct']:.1f}"
        gap = "-" if r["gap_m2"] is None else f"{r['gap_m2']:,.0f}"
        gapn = "-" if r["gap_buildings"] is None else str(r["gap_buildings"])
        print(f"{r['adcode']:7} {r['county']:10} {r['category']:19} {r['buildings']:>6} {r['roof_area_m2']:>12,.0f} "
              f"{r['pv_area_m2']:>11,.0f} {r['buildings_with_pv']:>7} {r['pv_area_unknown']:>6} {cov:>7} {gap:>11} "
              f"{gapn:>5}")
    unknown = sum(r["pv_area_unknown"] for r in rows if r["adcode"] == "320700")
    if unknown and args.by == "area":
        print(f"note: coverage by area leaves out the PV of {unknown} building(s) with PV of unknown area "
              f"('area ?'; their roofs are counted): a lower bound")
    return 0
