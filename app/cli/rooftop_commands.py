"""``lygsite rooftop`` and ``lygsite coverage`` (CONTRACT.md), generated from their algorithms."""
from __future__ import annotations

from app.cli.algorithms import add_algorithm_command
from app.core.algorithm import get


def print_rooftop(result, values) -> None:
    summary = result.to_dict()
    counts = summary["shade_status"]
    print(f"{summary['buildings']:,} buildings: roof {summary['roof_area_m2']:,.0f} m2, usable "
          f"{summary['usable_area_m2']:,.0f} m2, potential {summary['potential_kwp'] / 1000:,.1f} MWp, "
          f"{summary['potential_mwh']:,.0f} MWh/yr +/- {summary['uncertainty_pct']:g} % "
          f"(shading -{summary['shading_loss_mwh']:,.0f} MWh/yr on {counts.get('computed', 0):,} roofs; "
          f"no height: {counts.get('no_height', 0):,}) ({summary['seconds']:.1f} s) -> {result.out}")


def print_coverage(result, values) -> None:
    header = (f"{'adcode':7} {'county':10} {'category':19} {'bldgs':>6} {'roof m2':>12} {'PV m2':>11} "
              f"{'with PV':>7} {'area ?':>6} {'cov %':>7} {'gap m2':>11} {'gap n':>5}")
    print(header)
    for r in result.rows:
        cov = "-" if r["coverage_pct"] is None else f"{r['coverage_pct']:.1f}"
        gap = "-" if r["gap_m2"] is None else f"{r['gap_m2']:,.0f}"
        gapn = "-" if r["gap_buildings"] is None else str(r["gap_buildings"])
        print(f"{r['adcode']:7} {r['county']:10} {r['category']:19} {r['buildings']:>6} {r['roof_area_m2']:>12,.0f} "
              f"{r['pv_area_m2']:>11,.0f} {r['buildings_with_pv']:>7} {r['pv_area_unknown']:>6} {cov:>7} {gap:>11} "
              f"{gapn:>5}")
    unknown = sum(r["pv_area_unknown"] for r in result.rows if r["adcode"] == "320700")
    if unknown and values["by"] == "area":
        print(f"note: coverage by area leaves out the PV of {unknown} building(s) with PV of unknown area "
              f"('area ?'; their roofs are counted): a lower bound")


def register(subparsers) -> None:
    add_algorithm_command(subparsers, get("rooftop"), require=("out",), text=print_rooftop)
    add_algorithm_command(subparsers, get("coverage"), text=print_coverage)
