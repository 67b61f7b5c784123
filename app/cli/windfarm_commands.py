"""``lygsite windfarm``: layout and yield of a drawn wind site (CONTRACT.md), generated from its algorithm."""
from __future__ import annotations

from app.cli.algorithms import add_algorithm_command
from app.core.algorithm import get


def print_windfarm(result, values) -> None:
    turbine = result.turbine_rows.iloc[0] if result.turbine_rows is not None and len(result.turbine_rows) else None
    print(f"{result.site_id} {result.name} ({result.kind})")
    print(f"  eligible area   {result.eligible_area_km2:.2f} km2 of {result.site_area_km2:.2f} km2")
    described = f" x {turbine.get('turbine_type')} at {turbine.get('hub_height_m')} m" if turbine is not None else ""
    print(f"  turbines        {result.turbines}{described}, "
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


def register(subparsers) -> None:
    add_algorithm_command(
        subparsers, get("windfarm"), text=print_windfarm,
        description="Eligible area after the rule set, a wind-aligned turbine grid and the annual energy with "
                    "wake losses by DTU's PyWake and the loss waterfall (wake, availability, electrical, other) "
                    "for one candidate wind site. Without --project: the demo project.")
