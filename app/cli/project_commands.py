"""The user's own project from the command line: ``new``, ``import``, ``weather`` (CONTRACT.md)."""
from __future__ import annotations

from pathlib import Path

from app.core.errors import InputError


def register(subparsers) -> None:
    n = subparsers.add_parser("new", help="a project of your own: the six counties and the sea, empty layers")
    n.add_argument("--out", required=True, help="the project file to create (.gpkg)")
    n.add_argument("--title", help="project title (default: the file name)")
    n.add_argument("--force", action="store_true", help="replace an existing file")
    n.add_argument("--json", action="store_true", help="print the result as JSON")
    n.set_defaults(func=run_new)

    i = subparsers.add_parser("import", help="bring a file of yours into a project layer (saved atomically)")
    i.add_argument("--project", required=True, help="project GeoPackage")
    i.add_argument("--layer", required=True, help="layer to import into: buildings or candidate_sites")
    i.add_argument("--file", required=True, help="the file (Shapefile, GeoPackage, GeoJSON, KML, XLSX/CSV ...)")
    i.add_argument("--mode", choices=("replace", "append", "update"),
                   help="into a layer with features: replace it, append, or update by bld_id/site_id "
                        "(keeps audit fields); required then")
    i.add_argument("--encoding", help="attribute encoding of the file, e.g. GBK (default: detected)")
    i.add_argument("--crs", dest="declared_crs", help="declare the file's coordinates: gcj02, bd09 or EPSG:n")
    i.add_argument("--json", action="store_true", help="print the result as JSON")
    i.set_defaults(func=run_import)

    w = subparsers.add_parser("weather", help="the project's weather, used by every analysis of the project")
    w.add_argument("--project", required=True, help="project GeoPackage")
    choice = w.add_mutually_exclusive_group()
    choice.add_argument("--set", dest="set_file", metavar="FILE",
                        help="store this weather file in the project (EPW, TMY3, PVGIS TMY/hourly, CSV)")
    choice.add_argument("--default", action="store_true", help="use the built-in Lianyungang default year")
    w.add_argument("--json", action="store_true", help="print the result as JSON")
    w.set_defaults(func=run_weather)


def _gpkg_path(text: str, option: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".gpkg":
        raise InputError(f"{option} {path}: expected a .gpkg file (the project is one GeoPackage)")
    return path


def run_new(args) -> int:
    from app.cli.output import emit_json, progress
    from app.project.new_project import build_new_project, raster_dir_beside

    out = _gpkg_path(args.out, "--out")
    if out.exists() and not args.force:
        raise InputError(f"--out {out} already exists; expected a new file name (or --force to replace it)")
    if not out.resolve().parent.is_dir():
        raise InputError(f"--out {out}: the folder {out.resolve().parent} does not exist")
    title = args.title if args.title is not None else out.stem
    progress("building the project (real county boundaries and sea, empty layers)...")
    project = build_new_project(title, raster_dir=raster_dir_beside(out))
    written = project.save(out)
    if args.json:
        emit_json({"out": str(written), "title": project.title, "sample": project.is_sample,
                   "layers": [layer.describe() for layer in project.layers]})
    else:
        print(f"project {project.title!r} written to {written}")
    return 0


def _open(path_text: str):
    from app.project import Project

    if str(path_text).startswith(("postgresql://", "postgres://")):
        from app.project.postgis import open_postgis_project

        return open_postgis_project(path_text)
    return Project.open(_gpkg_path(path_text, "--project"))


def run_import(args) -> int:
    from app.cli.output import emit_json, progress
    from app.siting.layer_import import import_into_project

    project = _open(args.project)
    progress(f"reading {args.file} for layer {args.layer}")
    report = import_into_project(project, args.layer, args.file, mode=args.mode, encoding=args.encoding,
                                 declared_crs=args.declared_crs)
    project.save()
    if args.json:
        emit_json(report)
    else:
        print(f"{report['layer']}: {report['mode']}: {report['added']} added, {report['updated']} updated, "
              f"{report['replaced']} replaced; {len(report['skipped_rows'])} row(s) skipped")
        for problem in report["problems"][:20]:
            where = f"row {problem['row']}" if problem["row"] is not None else "all rows"
            progress(f"  {where}, {problem['field']}: {problem['message']} -> {problem['action']}")
        if report["unmatched"]:
            progress(f"  {len(report['unmatched'])} feature(s) of the layer are not in the file (kept)")
    return 0


def run_weather(args) -> int:
    from app.cli.output import emit_json, progress
    from app.project.weather import project_weather, set_project_weather, weather_info

    project = _open(args.project)
    if args.set_file or args.default:
        if args.set_file:
            progress(f"reading {args.set_file}")
        info = set_project_weather(project, args.set_file if args.set_file else None)
        project.save()
    else:
        info = weather_info(project)
    weather = project_weather(project)
    doc = dict(info.to_dict(), project=str(project.path or args.project), hours=len(weather.data), years=weather.years,
               latitude=weather.latitude, longitude=weather.longitude,
               annual_ghi_kwh_m2=round(weather.annual_ghi_kwh_m2, 1) if weather.has_irradiance else None,
               mean_wind_speed_ms=round(float(weather.data["wind_speed"].mean()), 2))
    doc["problem"] = weather_info(project).problem
    if args.json:
        emit_json(doc)
    else:
        print(f"weather: {doc['weather_source']}")
        if doc["problem"]:
            print(f"note: {doc['problem']}")
    return 0
