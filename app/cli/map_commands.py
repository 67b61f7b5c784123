"""Map commands of the CLI: ``demo``, ``counties``, ``layers``, ``screenshot``, ``render``."""
from __future__ import annotations

from pathlib import Path

from app.core.errors import InputError


def _parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise InputError(f"bad --size {text!r}; expected WIDTHxHEIGHT in pixels, e.g. 1600x1000") from None
    if not (100 <= w <= 10000 and 100 <= h <= 10000):
        raise InputError(f"bad --size {text!r}; expected each side between 100 and 10000 pixels")
    return w, h


def cmd_demo(args) -> int:
    from app.cli.output import emit_json, progress
    from app.project.new_project import raster_dir_beside
    from app.sample.demo import build_demo_project

    out = Path(args.out)
    if out.suffix.lower() != ".gpkg":
        raise InputError(f"--out {out} must end in .gpkg (the project is one GeoPackage)")
    progress("building the demo project (real county boundaries, sample buildings/sites/island)...")
    # the indicative rasters are GeoTIFFs beside the project, referenced by path
    project = build_demo_project(raster_dir=raster_dir_beside(out))
    project.save(out)
    if args.json:
        emit_json({"out": str(out.resolve()), "layers": [l.describe() for l in project.layers]})
    else:
        print(f"demo project written to {out}")
    return 0


def cmd_counties(args) -> int:
    from app.cli.output import emit_json
    from app.sample.demo import open_project_or_demo
    from app.layers.boundaries import load_counties

    if args.project:
        project = open_project_or_demo(args.project)
        gdf = project.vector("counties").gdf
    else:
        gdf = load_counties()
    from app.layers.crs import METRIC_CRS

    areas = gdf.to_crs(METRIC_CRS).area.to_numpy() / 1e6
    rows = [{"adcode": str(r.adcode), "name_zh": r.name_zh, "name_en": r.name_en,
             "area_km2": round(float(a), 3), "coastal": bool(r.coastal)}
            for r, a in zip(gdf.itertuples(), areas)]
    if args.json:
        emit_json(rows)
    else:
        for r in rows:
            print(f"{r['adcode']}  {r['name_zh']}\t{r['name_en']:<8} {r['area_km2']:>9.1f} km²  {'coastal' if r['coastal'] else 'inland'}")
    return 0


def cmd_layers(args) -> int:
    from app.cli.output import emit_json, say, warn
    from app.sample.demo import open_project_or_demo

    project = open_project_or_demo(args.project)
    rows = [layer.describe() for layer in project.layers]
    # what went wrong on opening (a missing raster, no CRS, a damaged layer list): on stderr, --json or not
    warn(project.meta.get("open_warnings", ""))
    if args.json:
        emit_json(rows)
    else:
        for r in rows:
            count = "missing" if r.get("missing") else r["feature_count"]
            say(f"{r['name']:<20} {r['kind']:<7} {str(r['geometry_type']):<14} {count:>8}  {r['title']}")
    return 0


def cmd_screenshot(args) -> int:
    from app.ui.screenshot import take_screenshot  # Qt only here

    w, h = _parse_size(args.size)
    path = take_screenshot(Path(args.out), project=args.project, panel=args.panel, size=(w, h), lang=args.lang)
    print(f"screenshot written to {path}")
    return 0


def cmd_render(args) -> int:
    from app.cli.output import emit_json
    from app.ui.render_bench import render_benchmark  # Qt only here

    if not (args.project or args.file):
        raise InputError("render needs --project P or --file F.gpkg")
    w, h = _parse_size(args.size)
    layers = [s for s in (args.layers or "").split(",") if s]
    result = render_benchmark(args.project or args.file, Path(args.out), layers=layers or None,
                              size=(w, h), repeat=args.repeat)
    emit_json(result) if args.json else print(result)
    return 0


def register(sub) -> None:
    p = sub.add_parser("demo", help="write the demo project (one GeoPackage)")
    p.add_argument("--out", required=True, help="output .gpkg")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("counties", help="the six counties/districts with areas (EPSG:4549)")
    p.add_argument("--project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_counties)

    p = sub.add_parser("layers", help="layers of a project")
    p.add_argument("--project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_layers)

    p = sub.add_parser("screenshot", help="render the real main window offscreen to a PNG")
    p.add_argument("--out", required=True)
    p.add_argument("--project")
    p.add_argument("--panel", choices=["map", "rooftop", "siting", "island", "progress", "yield"], default="map")
    p.add_argument("--size", default="1600x1000")
    p.add_argument("--lang", choices=["zh", "en"], default="zh")
    p.set_defaults(func=cmd_screenshot)

    p = sub.add_parser("render", help="draw layers with the map renderer and time it")
    p.add_argument("--project")
    p.add_argument("--file")
    p.add_argument("--out", required=True)
    p.add_argument("--layers")
    p.add_argument("--size", default="1600x1000")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_render)
