"""``lygsite windfarm``: layout and yield of a drawn wind site (CONTRACT.md)."""
from __future__ import annotations

from app.core.errors import InputError
from app.core.vocabulary import WIND_KINDS


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "windfarm", help="turbine layout, capacity and energy with wake losses of a wind site",
        description="Eligible area after the rule set, a wind-aligned turbine grid and the annual energy with "
                    "wake losses by DTU's PyWake and the loss waterfall (wake, availability, electrical, other) "
                    "for one candidate wind site. Without --project: the demo project.")
    p.add_argument("--site-id", required=True, help="site_id in the candidate_sites layer (e.g. CS-02)")
    p.add_argument("--project", help="project GeoPackage (default: the demo project)")
    p.add_argument("--rules", help="rule-set JSON (default: app/resources/rulesets/default.json)")
    p.add_argument("--spacing", help="spacing across x along the wind in rotor diameters, e.g. 5x8")
    p.add_argument("--direction", type=float, help="layout axis [deg from north]; default: the prevailing axis of "
                                                   "the site's wind rose")
    p.add_argument("--wake-model", metavar="NAME",
                   help="wake model: noj, turbopark, bastankhah, niayifar or none; default: turbopark offshore, "
                        "noj onshore (wind.wake_model_offshore / _onshore)")
    p.add_argument("--weather", help="weather file (EPW, windpowerlib CSV); default: the built-in year")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run)


def _parse_spacing(text: str | None):
    if not text:
        return None, None
    parts = text.lower().replace("d", "").replace("*", "x").split("x")
    try:
        cross, down = (float(v) for v in parts)
    except ValueError:
        raise InputError(f"--spacing: expected across x along in rotor diameters such as 5x8, got {text!r}") from None
    return cross, down


def run(args) -> int:
    from app.cli.output import emit_json, progress
    from app.sample.demo import open_project_or_demo
    from app.siting.constraints import RuleSet
    from app.siting.site_analysis import analyse_site, site_row

    cross, down = _parse_spacing(args.spacing)
    project = open_project_or_demo(args.project)
    row = site_row(project, args.site_id)
    if str(row.get("kind")) not in WIND_KINDS:
        raise InputError(f"site {args.site_id} is a {row.get('kind')} site; windfarm expects a wind site "
                         f"({', '.join(WIND_KINDS)})")
    ruleset = RuleSet.load(args.rules) if args.rules else None
    weather = None
    if args.weather:
        from app.resource.importers import read_weather

        weather = read_weather(args.weather)
    wake_model = None
    if args.wake_model:
        from app.resource.wakes import check_wake_model

        wake_model = check_wake_model(args.wake_model)
    result = analyse_site(project, args.site_id, ruleset, cross, down, args.direction, weather=weather,
                          progress=lambda f, t: progress(f"{args.site_id}: {t} ({100 * f:.0f}%)") or True,
                          wake_model=wake_model)
    doc = result.windfarm_json()
    if args.json:
        emit_json(doc)
    else:
        print(f"{result.site_id} {result.name} ({result.kind})")
        print(f"  eligible area   {result.eligible_area_km2:.2f} km2 of {result.site_area_km2:.2f} km2")
        print(f"  turbines        {result.turbines} x {row.get('turbine_type')} at {row.get('hub_height_m')} m, "
              f"spacing {result.spacing_m[0]:.0f} m x {result.spacing_m[1]:.0f} m, wind from {result.wind_direction_deg:.0f} deg")
        print(f"  capacity        {result.capacity_mw:.1f} MW")
        print(f"  energy          gross {result.gross_mwh:,.0f} MWh, net {result.net_mwh:,.0f} MWh, "
              f"{result.net_full_load_hours:,.0f} full-load hours")
        if result.losses_pct:
            print("  losses          " + ", ".join(f"{k} {v:.1f} %" for k, v in result.losses_pct.items()))
            print(f"  wake model      {result.wake_model}")
        if result.reason:
            print(f"  reason          {result.reason}")
        for note in result.notes:
            print(f"  note            {note}")
    return 0
