"""``lygsite pv``, ``lygsite wind`` and ``lygsite turbines`` (CONTRACT.md)."""
from __future__ import annotations

import time


def _weather(path):
    """The weather named on the command line, or the built-in default year."""
    from app.resource.importers import read_weather
    from app.resource.weather import default_weather

    return read_weather(path) if path else default_weather()


def run_pv(args) -> int:
    from app.cli.output import emit_json, progress
    from app.resource.pv import parse_losses, pv_yield

    started = time.perf_counter()
    progress("pv: loading weather")
    weather = _weather(args.weather)
    progress(f"pv: running the PVWatts chain on {weather.source}")
    result = pv_yield(args.lat, args.lon, args.kwp, args.tilt, args.azimuth, mount=args.mount,
                      weather=weather, dc_ac_ratio=args.dc_ac_ratio, losses=parse_losses(args.losses),
                      module=args.module)
    doc = result.to_dict()
    doc["seconds"] = round(time.perf_counter() - started, 3)
    if args.json:
        emit_json(doc)
        return 0
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    print(f"PV {result.kwp:g} kWp, {args.mount}, tilt {args.tilt:g} deg, azimuth {args.azimuth:g} deg "
          f"at {args.lat:.4f} N {args.lon:.4f} E")
    print(f"Weather: {result.weather_source}")
    print(f"Annual energy:      {result.annual_kwh:,.0f} kWh")
    print(f"Specific yield:     {result.specific_yield_kwh_per_kwp:,.0f} kWh/kWp")
    print(f"Capacity factor:    {100 * result.capacity_factor:.1f} %")
    print(f"Avoided CO2:        {result.avoided_co2_t:,.1f} t "
          f"(grid factor {result.grid_emission_factor_t_per_mwh} tCO2/MWh)")
    print(f"System losses:      {result.total_loss_pct:.2f} %")
    print("Monthly [kWh]:      " + "  ".join(f"{m} {v:,.0f}" for m, v in zip(months, result.monthly_kwh)))
    return 0


def run_wind(args) -> int:
    from app.cli.output import emit_json, progress
    from app.resource.wind import wind_yield

    started = time.perf_counter()
    weather = _weather(args.weather)
    progress(f"wind: running windpowerlib ModelChain on {weather.source}")
    result = wind_yield(args.turbine, args.hub_height, weather=weather, roughness=args.roughness)
    doc = result.to_dict()
    doc["seconds"] = round(time.perf_counter() - started, 3)
    if args.json:
        emit_json(doc)
        return 0
    print(f"Wind turbine {result.turbine_type} ({result.nominal_power_kw:g} kW) at hub height {result.hub_height_m:g} m")
    print(f"Weather: {result.weather_source}; roughness length {result.roughness_length_m:g} m")
    print(f"Annual energy:        {result.annual_kwh / 1000:,.1f} MWh")
    print(f"Full-load hours:      {result.full_load_hours:,.0f} h")
    print(f"Capacity factor:      {100 * result.capacity_factor:.1f} %")
    print(f"Mean wind speed hub:  {result.mean_wind_speed_hub:.2f} m/s")
    return 0


def run_turbines(args) -> int:
    from app.cli.output import emit_json
    from app.resource.wind import list_turbines

    if args.add:
        return run_turbines_add(args)
    project = None
    if args.project:
        from app.sample.demo import open_project_or_demo

        project = open_project_or_demo(args.project)
    rows = list_turbines(with_power_curve_only=args.with_power_curve, project=project)
    if args.json:
        emit_json(rows)
        return 0
    print(f"{'turbine_type':<22}{'manufacturer':<16}{'kW':>8}{'rotor m':>9}  power curve  thrust curve")
    for row in rows:
        rotor = f"{row['rotor_diameter_m']:g}" if row["rotor_diameter_m"] else "-"
        ct = "published" if row.get("has_ct_curve") else ("generic" if row["has_power_curve"] else "-")
        print(f"{row['turbine_type']:<22}{str(row['manufacturer'])[:15]:<16}{row['nominal_power_kw']:>8g}{rotor:>9}  "
              f"{'yes' if row['has_power_curve'] else 'no':<11}  {ct}")
    print(f"{len(rows)} types (the project's and your own, PyWake's reference turbines, windpowerlib's library)")
    return 0


def run_turbines_add(args) -> int:
    """``lygsite turbines --add FILE --name N --rotor-diameter D --hub-height H``: a datasheet into the
    user library (and the project with ``--project``, saved atomically)."""
    from app.cli.output import emit_json
    from app.core.errors import InputError
    from app.resource.turbines import add_user_turbine, parse_hub_heights, read_turbine_csv

    missing = [flag for flag, value in (("--name", args.name), ("--rotor-diameter", args.rotor_diameter),
                                        ("--hub-height", args.hub_height)) if value is None]
    if missing:
        raise InputError(f"turbines --add: missing {', '.join(missing)}: expected --add FILE --name NAME "
                         "--rotor-diameter D --hub-height H [--maker M]")
    turbine = read_turbine_csv(args.add, args.name, args.rotor_diameter, parse_hub_heights(args.hub_height),
                               maker=args.maker or "", rated_kw=args.rated_kw, offshore=args.offshore)
    project = None
    if args.project:
        from app.project.project import Project

        project = Project.open(args.project)
    library = add_user_turbine(turbine, project, replace_existing=args.replace)
    if project is not None:
        project.save(args.project)
    if args.json:
        emit_json({**turbine.listing(), "library": str(library), "project": args.project or None})
    else:
        print(f"added {turbine.name} ({turbine.maker or 'maker not given'}): {turbine.rated_kw:g} kW, rotor "
              f"{turbine.rotor_diameter_m:g} m, hub {', '.join(f'{h:g}' for h in turbine.hub_heights_m)} m, "
              f"thrust curve: {turbine.ct_source}")
        print(f"  library: {library}" + (f"; project: {args.project}" if args.project else ""))
    return 0


def register(subparsers) -> None:
    """Add ``pv``, ``wind`` and ``turbines`` to the lygsite command line."""
    p = subparsers.add_parser("pv", help="PV yield of a system (pvlib PVWatts chain)")
    p.add_argument("--lat", type=float, required=True, help="latitude [deg]")
    p.add_argument("--lon", type=float, required=True, help="longitude [deg]")
    p.add_argument("--kwp", type=float, required=True, help="DC capacity [kWp]")
    p.add_argument("--tilt", type=float, required=True, help="tilt from horizontal [deg]")
    p.add_argument("--azimuth", type=float, required=True, help="azimuth clockwise from north [deg], 180 = south")
    p.add_argument("--mount", choices=["roof", "open_rack", "float"], default="open_rack")
    p.add_argument("--weather", help="EPW, TMY3, PVGIS TMY/hourly (json/csv) or pvlib-named CSV; default: built-in year")
    p.add_argument("--dc-ac-ratio", type=float, default=None, help="DC/AC ratio [-] (default 1.2)")
    p.add_argument("--losses", default=None, help="loss overrides [%%], e.g. soiling=3,shading=0")
    p.add_argument("--module", default=None, help="CEC module name from pvlib's bundled database (advanced)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run_pv)

    w = subparsers.add_parser("wind", help="yield of one wind turbine (windpowerlib ModelChain)")
    w.add_argument("--turbine", required=True, help="turbine type (see 'lygsite turbines')")
    w.add_argument("--hub-height", type=float, required=True, help="hub height [m]")
    w.add_argument("--weather", help="windpowerlib CSV, EPW or other weather; default: built-in year")
    w.add_argument("--roughness", default=None, help="roughness length [m] or land|coast|sea")
    w.add_argument("--json", action="store_true")
    w.set_defaults(func=run_wind)

    t = subparsers.add_parser("turbines", help="list turbine types, or add your own from a datasheet CSV",
                              description="Lists every turbine type (the project's and your own, PyWake's reference "
                                          "turbines with published thrust curves, windpowerlib's library). With "
                                          "--add: a manufacturer's datasheet CSV (columns wind_speed_ms, power_kw "
                                          "and optionally ct) becomes a type in your library and, with --project, "
                                          "in the project file.")
    t.add_argument("--with-power-curve", action="store_true", help="only types with a power curve")
    t.add_argument("--add", metavar="FILE", help="datasheet CSV: wind_speed_ms [m/s], power_kw [kW][, ct]")
    t.add_argument("--name", help="type name of the new turbine, e.g. 'MySE 6.45-180'")
    t.add_argument("--rotor-diameter", type=float, help="rotor diameter [m]")
    t.add_argument("--hub-height", help="hub height(s) [m], several separated by commas")
    t.add_argument("--maker", help="manufacturer, e.g. 明阳智能")
    t.add_argument("--rated-kw", type=float, help="rated power [kW] (default: the curve's maximum)")
    t.add_argument("--offshore", action="store_true", help="mark the type as an offshore model")
    t.add_argument("--replace", action="store_true", help="replace your own type of the same name")
    t.add_argument("--project", help="project GeoPackage: also store the type in it (saved atomically)")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=run_turbines)
