"""``lygsite export`` and ``lygsite report`` (CONTRACT.md)."""
from __future__ import annotations

from pathlib import Path

from app.cli.algorithms import add_algorithm_command
from app.core.algorithm import get
from app.core.errors import InputError


def register(subparsers) -> None:
    p = subparsers.add_parser("export", help="export a vector layer (or all layers to one GeoPackage)")
    p.add_argument("--project", help="project GeoPackage (default: the demo project)")
    p.add_argument("--layer", help="layer name, e.g. buildings (not needed with --all-layers)")
    p.add_argument("--format", dest="fmt", choices=["shp", "gpkg", "geojson", "kml", "csv"],
                   help="output format (default: from the --out suffix)")
    p.add_argument("--out", required=True, help="output file")
    p.add_argument("--crs", default="EPSG:4490", help="EPSG:4490 (default), EPSG:4549, EPSG:4326 or GCJ-02")
    p.add_argument("--encoding", default="UTF-8", help="Shapefile attribute encoding: UTF-8 (default) or GBK")
    p.add_argument("--zip", action="store_true", help="Shapefile: write one .zip with all parts")
    p.add_argument("--selection-ids", help="comma-separated feature ids to export (default: all features)")
    p.add_argument("--all-layers", action="store_true", help="GeoPackage: every vector layer in one file")
    p.add_argument("--truncate", action="store_true", help="Shapefile: cut text over 254 bytes instead of refusing")
    p.add_argument("--split-types", action="store_true", help="Shapefile: one file per geometry type")
    p.add_argument("--csv-geometry", default="wkt", choices=["wkt", "lonlat"], help="CSV: WKT column or lon/lat")
    p.add_argument("--values", default="codes", choices=["codes", "labels", "as-imported"],
                   help="attribute values: the schema's codes (default); labels: field titles and coded values as "
                        "words in --lang (类别 = 厂房 / category = factory); as-imported: the field names and values "
                        "of the user's own file for the fields that came from it")
    p.add_argument("--lang", dest="label_lang", default=None, choices=["zh", "en"],
                   help="language of --values labels (default: zh)")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(func=run_export)

    add_algorithm_command(subparsers, get("report"), text=lambda result, values: print(result.path))


def run_export(args) -> int:
    from app.cli.output import emit_json, progress
    from app.sample.demo import open_project_or_demo
    from app.export import vector

    project = open_project_or_demo(args.project)
    label_lang = args.label_lang or getattr(args, "lang", None) or "zh"
    ids = None
    if args.selection_ids:
        ids = [s.strip() for s in args.selection_ids.split(",") if s.strip()]
    fmt = args.fmt
    if args.all_layers:
        if fmt not in (None, "gpkg") or (fmt is None and Path(args.out).suffix.lower() != ".gpkg"):
            raise InputError("--all-layers writes one GeoPackage; expected --format gpkg and an --out ending in .gpkg")
        layers = project.layers.vector_layers()
        progress(f"exporting {len(layers)} layers to {args.out}")
        result = vector.export_geopackage(layers, args.out, crs=args.crs,
                                          selection_ids={args.layer: ids} if (args.layer and ids) else None,
                                          protected=project.input_files(), values=args.values, lang=label_lang)
    else:
        if not args.layer:
            raise InputError("expected --layer NAME (or --all-layers for a GeoPackage); layers: "
                             + ", ".join(layer.name for layer in project.layers.vector_layers()))
        try:
            layer = project.vector(args.layer)
        except KeyError as exc:
            raise InputError(str(exc).strip("'\"")) from None
        progress(f"exporting {layer.name} to {args.out}")
        result = vector.export_layer(layer, args.out, fmt, crs=args.crs, encoding=args.encoding,
                                     zip_output=args.zip, ids=ids, truncate_long_text=args.truncate,
                                     split_geometry_types=args.split_types, csv_geometry=args.csv_geometry,
                                     protected=project.input_files(), values=args.values, lang=label_lang)
    if args.json:
        emit_json(result.to_dict())
    else:
        for note in result.notes:
            progress(f"note: {note}")
        print(result.paths[0])
    return 0

