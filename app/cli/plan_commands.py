"""``lygsite progress`` and ``lygsite island`` (CONTRACT.md)."""
from __future__ import annotations

from app.cli.output import emit_json, progress


def register(subparsers) -> None:
    p = subparsers.add_parser("progress", help="standing of the plan's targets (met / on track / behind / no data)")
    p.add_argument("--project", help="project GeoPackage (default: the demo project)")
    p.add_argument("--as-of", help="date given to values computed from the layers (YYYY-MM-DD; default today)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run_progress)

    p = subparsers.add_parser("island", help="hourly energy balance of the offshore energy island (海上能源岛)")
    p.add_argument("--project", help="project GeoPackage (default: the demo project)")
    p.add_argument("--hub", help="hub comp_id (default: the first hub)")
    p.add_argument("--built-only", action="store_true", help="balance only built components (default: the whole design)")
    p.add_argument("--weather", help="weather file (EPW, TMY3, PVGIS, CSV); default the built-in Lianyungang year")
    p.add_argument("--no-offshore-wind-scaling", action="store_true",
                   help="use the weather's 10 m wind as it is (default: scale station wind to the open sea)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run_island_command)


def _open(path):
    from app.sample.demo import open_project_or_demo

    return open_project_or_demo(path)


def run_progress(args) -> int:
    from app.siting.progress import compute_progress

    project = _open(args.project)
    rows = compute_progress(project, as_of=args.as_of)
    if args.json:
        emit_json([row.to_dict() for row in rows])
        return 0
    for row in rows:
        current = "—" if row.current is None else f"{row.current:g}"
        print(f"{row.status:9s} {row.title_zh}: {current} / {row.target:g} {row.unit} (by {row.deadline}; "
              f"{row.source_clause})")
    return 0


def run_island_command(args) -> int:
    from app.siting.island import run_island

    weather = None
    if args.weather:
        from app.resource import importers

        weather = importers.read_weather(args.weather)
    project = _open(args.project)
    progress("island: hourly balance over the weather year...")
    result = run_island(project, weather=weather, hub_id=args.hub, include="built" if args.built_only else "all",
                        scale_wind_to_offshore=not args.no_offshore_wind_scaling)
    doc = result.to_dict()
    if args.json:
        emit_json(doc)
        return 0
    for message in doc["messages"]:
        print(f"note: {message}")
    for key in ("wind_mwh", "pv_mwh", "ocean_mwh", "export_mwh", "electrolyzer_mwh", "hydrogen_t",
                "storage_throughput_mwh", "storage_losses_mwh", "curtailed_mwh"):
        print(f"{key:24s} {doc[key]:14,.1f}")
    print(f"weather: {doc['weather_source']}")
    return 0
