"""``lygsite pv``, ``lygsite wind`` and ``lygsite turbines`` (CONTRACT.md)."""
from __future__ import annotations

from app.cli.algorithms import add_algorithm_command
from app.core.algorithm import get


def print_pv(result, values) -> None:
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    print(f"PV {result.kwp:g} kWp, {values['mount']}, tilt {values['tilt']:g} deg, azimuth {values['azimuth']:g} deg "
          f"at {values['latitude']:.4f} N {values['longitude']:.4f} E")
    print(f"Weather: {result.weather_source}")
    print(f"Annual energy:      {result.annual_kwh:,.0f} kWh")
    print(f"Specific yield:     {result.specific_yield_kwh_per_kwp:,.0f} kWh/kWp")
    print(f"Capacity factor:    {100 * result.capacity_factor:.1f} %")
    print(f"Avoided CO2:        {result.avoided_co2_t:,.1f} t "
          f"(grid factor {result.grid_emission_factor_t_per_mwh} tCO2/MWh)")
    print(f"System losses:      {result.total_loss_pct:.2f} %")
    print("Monthly [kWh]:      " + "  ".join(f"{m} {v:,.0f}" for m, v in zip(months, result.monthly_kwh)))


def print_wind(result, values) -> None:
    print(f"Wind turbine {result.turbine_type} ({result.nominal_power_kw:g} kW) at hub height {result.hub_height_m:g} m")
    print(f"Weather: {result.weather_source}; roughness length {result.roughness_length_m:g} m")
    print(f"Annual energy:        {result.annual_kwh / 1000:,.1f} MWh")
    print(f"Full-load hours:      {result.full_load_hours:,.0f} h")
    print(f"Capacity factor:      {100 * result.capacity_factor:.1f} %")
    print(f"Mean wind speed hub:  {result.mean_wind_speed_hub:.2f} m/s")


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
    add_algorithm_command(subparsers, get("pv"), text=print_pv, timed=True)
    add_algorithm_command(subparsers, get("wind"), text=print_wind, timed=True)

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
