"""Benchmark of the rooftop potential with and without shading by neighbours, 100,000 and 1,000,000 buildings.

Run ``.venv/bin/python benchmarks/bench_rooftop_shading.py [--sizes 100000,1000000] [--main PATH] [--quick]``;
prints one JSON line per run.

1. Writes N synthetic footprints (``bench_rooftop.synthetic_buildings``: rectangles of 10-60 m
   sides, random rotation, 70 m plot pitch around each county's representative point, 45 % pitched,
   heights uniform 4-60 m, so every roof has taller neighbours within reach: a dense worst case) to a
   GeoPackage.
2. For each size and each of "no shading" / "shading", a fresh child process reads the file and runs
   :func:`app.siting.rooftop.roof_potential` on the default year (warm: the pvlib runs and shade
   tables of the orientation groups are made once on 1,000 buildings first, as a session that has
   opened the panel has them). The child reports the wall and CPU seconds of the call (the machine is
   shared: CPU time does not depend on the other jobs' load) and its peak resident memory
   (``ru_maxrss``), so the runs do not share memory.
3. With ``--main PATH`` (a checkout of main), the same child runs main's ``roof_potential`` on the
   same file: the no-shading path must not be slower than before.

Memory stays flat with N for the shading: it works tile by tile (``rooftop.shading_tile_m``, with
a ``rooftop.shading_halo_m`` halo), so the difference "shading minus no shading" in peak memory is
the working set of one tile, whatever the number of buildings.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pyogrio

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from machine_info import machine_info  # noqa: E402  (benchmarks/ is the script's folder)

from app.sample.sample_data import synthetic_city as synthetic_buildings  # noqa: E402


CHILD = textwrap.dedent("""
    import json, resource, sys, time
    import geopandas as gpd
    from app.siting.rooftop import roof_potential
    import pyogrio
    buildings = pyogrio.read_dataframe(sys.argv[1])
    shading = sys.argv[2] == "shading"
    kwargs = {{"shading": shading}} if {new_api} else {{}}
    roof_potential(buildings.iloc[:1000], **kwargs)  # warm: pvlib groups and shade tables
    before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    result = roof_potential(buildings, **kwargs)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    out = {{"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "peak_rss_mb": round(peak, 0), "potential_mwh": round(float(result["pot_kwh"].sum()) / 1000.0, 0)}}
    if "shade_loss" in result:
        out["mean_shade_loss"] = round(float(result["shade_loss"].mean()), 4) if shading else None
    print(json.dumps(out))
""")


def run_child(path: Path, mode: str, code_root: Path, new_api: bool = True) -> dict:
    env = dict(os.environ, PYTHONPATH=str(code_root))
    done = subprocess.run([sys.executable, "-c", CHILD.format(new_api=new_api), str(path), mode],
                          capture_output=True, text=True, env=env, cwd=code_root)
    if done.returncode != 0:
        raise SystemExit(f"child failed ({mode}, {code_root}): {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--main", help="a checkout of main, to time its roof_potential on the same file")
    parser.add_argument("--quick", action="store_true", help="5,000 buildings only (smoke run)")
    args = parser.parse_args()
    if args.quick or os.environ.get("QUICK"):
        args.sizes = "5000"
    with tempfile.TemporaryDirectory() as folder:
        for n in [int(s) for s in args.sizes.split(",")]:
            path = Path(folder) / f"city_{n}.gpkg"
            pyogrio.write_dataframe(synthetic_buildings(n), path, layer="buildings")
            for mode in ("no_shading", "shading"):
                figures = run_child(path, mode, ROOT)
                print(json.dumps({"buildings": n, "mode": mode, **figures, "load_average_1min":
                                  round(os.getloadavg()[0], 2), "machine": machine_info()}), flush=True)
            if args.main:
                figures = run_child(path, "no_shading", Path(args.main), new_api=False)
                print(json.dumps({"buildings": n, "mode": "main_before_issue_13", **figures,
                                  "load_average_1min": round(os.getloadavg()[0], 2)}), flush=True)


if __name__ == "__main__":
    main()
