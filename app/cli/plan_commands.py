"""``lygsite progress`` and ``lygsite island`` (CONTRACT.md), generated from their algorithms."""
from __future__ import annotations

from app.cli.algorithms import add_algorithm_command
from app.core.algorithm import get


def print_progress(result, values) -> None:
    for row in result.targets:
        current = "—" if row.current is None else f"{row.current:g}"
        print(f"{row.status:9s} {row.title_zh}: {current} / {row.target:g} {row.unit} (by {row.deadline}; "
              f"{row.source_clause})")


def print_island(result, values) -> None:
    doc = result.to_dict()
    for message in doc["messages"]:
        print(f"note: {message}")
    for key in ("wind_mwh", "pv_mwh", "ocean_mwh", "export_mwh", "electrolyzer_mwh", "hydrogen_t",
                "storage_throughput_mwh", "storage_losses_mwh", "curtailed_mwh"):
        print(f"{key:24s} {doc[key]:14,.1f}")
    print(f"weather: {doc['weather_source']}")


def register(subparsers) -> None:
    add_algorithm_command(subparsers, get("progress"), text=print_progress)
    add_algorithm_command(subparsers, get("island"), text=print_island)
