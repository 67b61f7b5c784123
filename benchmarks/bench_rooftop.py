"""Benchmark of ``lygsite rooftop`` on 100,000 synthetic footprints: end to end, and where the time goes.

Run ``.venv/bin/python benchmarks/bench_rooftop.py [--buildings 100000] [--repeat 5] [--before PATH] [--quick]``;
prints one JSON line per mode.

1. Writes N buildings of the benchmarks' synthetic city (:func:`app.sample.sample_data.synthetic_city`:
   rectangles of 10-60 m sides, random rotation, 45 % pitched, heights 4-60 m, on street grids around each
   county's representative point) as a GeoPackage in a temporary folder.
2. For each mode (``--no-shading``, then with shading): runs ``lygsite rooftop --buildings IN --out OUT.gpkg
   --json [--no-shading]`` as a child process ``--repeat`` times and reports the median wall time (process
   start to exit: imports, reading, import checks, potential, writing) and the median CPU time of the child
   (user + system, from ``wait4``: the machine is shared, so CPU time is the figure other jobs do not
   inflate), and its peak resident memory.
3. Runs the same command once more under ``rooftop_phases.py``, which times each phase (imports, read,
   validate, clean, default year, pvlib chain runs, potential, shading, write); with ``--before PATH`` (a
   checkout of the code before a change, e.g. ``git worktree add /tmp/before main``) the phases of that
   checkout too, in the same environment.
4. Times the reference alternative: pvlib ``ModelChain.with_pvwatts`` once per building (the CONTRACT.md
   ``lygsite pv`` chain, via :func:`app.resource.pv.run_pv_chain`) on a sample of buildings, and
   extrapolates its per-building cost to N.

The user's cache (default year, specific yields, once the start-up work keeps them there) is whatever the
machine has: the first run of a series fills it, so the median is the warm figure; ``XDG_CACHE_HOME`` points
it elsewhere. ``--quick`` (``make benchmarks QUICK=1``): 5,000 buildings, one repeat, a smoke run.
"""
from __future__ import annotations

import argparse
import json
import os
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


def run_lygsite(source: Path, out: Path, options: list[str], code_root: Path = ROOT) -> dict:
    """One ``lygsite rooftop`` child: wall, CPU, peak memory and its JSON summary."""
    env = dict(os.environ, PYTHONPATH=str(code_root))
    command = [sys.executable, "-m", "app", "rooftop", "--buildings", str(source), "--out", str(out), "--json",
               *options]
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                             cwd=code_root)
    stdout = child.stdout.read()
    stderr = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"lygsite rooftop {' '.join(options)} failed: {stderr[-2000:]}")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss / 1024.0,
            "summary": json.loads(stdout), "stderr": stderr}


def phases(source: Path, out: Path, options: list[str], code_root: Path) -> dict:
    """Seconds per phase of one ``lygsite rooftop`` run of the checkout ``code_root`` (rooftop_phases.py)."""
    env = dict(os.environ, PYTHONPATH=str(code_root))
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("rooftop_phases.py")), str(source), str(out),
                           *options], capture_output=True, text=True, env=env, cwd=code_root)
    if done.returncode != 0:
        raise SystemExit(f"phases of {code_root} failed: {done.stderr[-2000:]}")
    return json.loads(done.stderr.strip().splitlines()[-1])


def main() -> None:
    import statistics

    parser = argparse.ArgumentParser()
    parser.add_argument("--buildings", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--modelchain-sample", type=int, default=20)
    parser.add_argument("--before", help="a checkout of the code before the change, to time its phases too")
    parser.add_argument("--quick", action="store_true", help="5,000 buildings, one repeat (smoke run)")
    args = parser.parse_args()
    if args.quick or os.environ.get("QUICK"):
        args.buildings, args.repeat, args.modelchain_sample = 5_000, 1, 3
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "synthetic.gpkg"
        out = Path(folder) / "potential.gpkg"
        start = time.perf_counter()
        buildings = synthetic_buildings(args.buildings)
        pyogrio.write_dataframe(buildings, source, layer="buildings")
        prepare_s = time.perf_counter() - start
        for mode, options in (("no shading", ["--no-shading", "--scheduler", "none"]),
                              ("shading", ["--scheduler", "none"])):
            runs = [run_lygsite(source, out, options) for _ in range(args.repeat)]
            summary = runs[-1]["summary"]
            figures = {
                "buildings": args.buildings, "mode": mode, "repeats": args.repeat,
                "lygsite_rooftop_wall_s_median": round(statistics.median(r["wall_s"] for r in runs), 2),
                "lygsite_rooftop_wall_s": [round(r["wall_s"], 2) for r in runs],
                "lygsite_rooftop_cpu_s_median": round(statistics.median(r["cpu_s"] for r in runs), 2),
                "lygsite_rooftop_cpu_s": [round(r["cpu_s"], 2) for r in runs],
                "peak_rss_mb": round(max(r["peak_rss_mb"] for r in runs), 0),
                "load_average_1min": round(os.getloadavg()[0], 2),
                "orientation_groups": summary.get("orientation_groups"),
                "potential_mwh": round(summary["potential_mwh"], 0),
                "skipped_rows": len(summary.get("skipped_rows", [])),
                "phases": phases(source, out, options, ROOT)["phases"],
            }
            if args.before:
                before_options = [o for o in options if o != "--scheduler" and o != "none"]
                figures["phases_before"] = phases(source, out, before_options, Path(args.before))["phases"]
            if mode == "no shading":
                per_building = per_building_modelchain_seconds(buildings, args.modelchain_sample)
                extrapolated = per_building * args.buildings
                figures.update({
                    "modelchain_per_building_s": round(per_building, 4),
                    "modelchain_extrapolated_s": round(extrapolated, 0),
                    "speedup_vs_modelchain": round(extrapolated / figures["lygsite_rooftop_wall_s_median"], 0),
                    "speedup_vs_modelchain_cpu": round(extrapolated / figures["lygsite_rooftop_cpu_s_median"], 0),
                })
            figures.update({"prepare_input_s": round(prepare_s, 2), "machine": machine_info()})
            print(json.dumps(figures), flush=True)


if __name__ == "__main__":
    main()
