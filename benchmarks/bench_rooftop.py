"""Benchmark of ``lygsite rooftop`` on 100,000 synthetic footprints.

Run ``.venv/bin/python benchmarks/bench_rooftop.py [--buildings 100000]``; prints one JSON line.

1. Writes N synthetic rectangles (10-60 m sides, random rotation, 45 % pitched,
   building schema) on street grids around each county's representative point,
   as a GeoPackage in a temporary folder.
2. Runs ``lygsite rooftop --buildings IN --out OUT.gpkg --json`` as a child
   process and measures wall time (process start, imports, reading, import
   checks, potential, writing) and the child's peak resident memory
   (``ru_maxrss`` of RUSAGE_CHILDREN).
3. Times the reference alternative: pvlib ``ModelChain.with_pvwatts`` once per
   building (the CONTRACT.md ``lygsite pv`` chain, via
   :func:`app.resource.pv.run_pv_chain`) on a sample of buildings, and
   extrapolates its per-building cost to N.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import geopandas as gpd
import pyogrio

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from machine_info import machine_info  # noqa: E402  (benchmarks/ is the script's folder)

from app.sample.sample_data import synthetic_city as synthetic_buildings  # noqa: E402  (the benchmarks' city)


def per_building_modelchain_seconds(buildings: gpd.GeoDataFrame, sample: int) -> float:
    """Mean seconds of one pvlib ModelChain run per building (PVWatts, 8760 h)."""
    from app.resource.pv import run_pv_chain
    from app.resource.weather import default_weather
    from app.siting.rooftop import roof_potential

    weather = default_weather()
    pot = roof_potential(buildings.iloc[:sample], specific_yield=lambda t, a: 1.0)
    reps = buildings.iloc[:sample].geometry.representative_point()
    run_pv_chain(weather, reps.y.iloc[0], reps.x.iloc[0], 1.0, 20.0, 180.0, "roof")  # warm-up
    start = time.perf_counter()
    for (_, row), point in zip(pot.iterrows(), reps):
        run_pv_chain(weather, point.y, point.x, max(row["pot_kwp"], 0.1), row["pv_tilt"], row["pv_azimuth"], "roof")
    return (time.perf_counter() - start) / sample


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--buildings", type=int, default=100_000)
    parser.add_argument("--modelchain-sample", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "synthetic.gpkg"
        out = Path(folder) / "potential.gpkg"
        start = time.perf_counter()
        buildings = synthetic_buildings(args.buildings)
        pyogrio.write_dataframe(buildings, source, layer="buildings")
        prepare_s = time.perf_counter() - start
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "app", "rooftop", "--buildings", str(source), "--out", str(out),
                               "--json"], capture_output=True, text=True, env=env, cwd=ROOT)
        wall_s = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"lygsite rooftop failed: {done.stderr}")
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        peak_mb = usage.ru_maxrss / 1024.0
        # CPU seconds of the child: the machine is shared, so wall time also shows other jobs' load
        cpu_s = usage.ru_utime + usage.ru_stime
        load = os.getloadavg()[0]
        summary = json.loads(done.stdout)
        per_building = per_building_modelchain_seconds(buildings, args.modelchain_sample)
    extrapolated = per_building * args.buildings
    print(json.dumps({
        "buildings": args.buildings,
        "lygsite_rooftop_wall_s": round(wall_s, 2),
        "lygsite_rooftop_internal_s": summary["seconds"],
        "lygsite_rooftop_cpu_s": round(cpu_s, 2),
        "load_average_1min": round(load, 2),
        "orientation_groups": summary.get("orientation_groups"),
        "peak_rss_mb": round(peak_mb, 0),
        "modelchain_per_building_s": round(per_building, 4),
        "modelchain_extrapolated_s": round(extrapolated, 0),
        "speedup_vs_modelchain": round(extrapolated / wall_s, 0),
        "speedup_vs_modelchain_cpu": round(extrapolated / cpu_s, 0),
        "potential_mwh": round(summary["potential_mwh"], 0),
        "skipped_rows": len(summary.get("skipped_rows", [])),
        "prepare_input_s": round(prepare_s, 2),
        "machine": machine_info(),
    }))


if __name__ == "__main__":
    main()
