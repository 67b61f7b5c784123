"""Benchmark of ``lygsite rooftop`` with shading on a Dask cluster of separate processes on 127.0.0.1.

Run ``.venv/bin/python benchmarks/bench_rooftop_cluster.py [--buildings 1000000] [--workers 1,2] [--quick]``;
prints one JSON line per run.

1. Writes N buildings of the benchmarks' synthetic city (:func:`app.sample.sample_data.synthetic_city`:
   rectangles of 10-60 m on 70 m plots around each county's representative point, heights 4-60 m) to a
   GeoPackage in a temporary folder (not kept).
2. For each worker count W: starts ``dask scheduler`` and W ``dask worker`` processes (one thread each,
   no nanny) on 127.0.0.1, then runs ``lygsite rooftop --buildings IN --out OUT.gpkg --scheduler ADDRESS
   --json`` as a child process; records its wall and CPU time, the peak resident memory of the command
   (``ru_maxrss`` from ``wait4``), of the scheduler and of each worker (``VmHWM`` of /proc/PID/status,
   read before they are stopped) with their CPU seconds, and the seconds between the first and the last
   step of the progress bar (the tiles, the part the workers share).
3. The same command in one process (``--scheduler none``) as the reference: the outputs must be equal.

The machine is shared with other jobs: the 1-minute load average is recorded with each run.
``--quick`` (``make benchmarks QUICK=1``): 3,000 buildings, two workers, for a smoke run.
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

import pyogrio

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from machine_info import machine_info  # noqa: E402  (benchmarks/ is the script's folder)

from app.sample.sample_data import synthetic_city  # noqa: E402


def peak_rss_mb(pid: int) -> float | None:
    """Peak resident memory of a running process [MB] (Linux VmHWM)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024.0, 0)
    except OSError:
        return None
    return None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a running process so far [s] (/proc/PID/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return round((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), 1)


def dask_command(*args) -> list[str]:
    return [sys.executable, "-m", "dask", *args]


def run_lygsite(source: Path, out: Path, scheduler: str) -> dict:
    """``lygsite rooftop`` with shading as a child: wall, CPU, peak memory, tile phase, summary."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "app", "rooftop", "--buildings", str(source), "--out", str(out), "--json",
               "--scheduler", scheduler]
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    tile_times, lines = [], []
    for line in child.stderr:
        lines.append(line)
        if line.startswith("rooftop: ["):
            tile_times.append((time.perf_counter(), line))
    stdout = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"lygsite rooftop failed ({scheduler}): {''.join(lines)[-2000:]}")
    summary = json.loads(stdout)
    return {"wall_s": round(wall, 1), "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
            "command_peak_rss_mb": round(usage.ru_maxrss / 1024.0, 0),
            "tile_phase_s": round(tile_times[-1][0] - tile_times[0][0], 1) if len(tile_times) > 1 else None,
            "potential_mwh": round(summary["potential_mwh"], 1),
            "shade_status": summary["shade_status"]}


def run_on_cluster(source: Path, folder: Path, workers: int) -> dict:
    """Start a scheduler and ``workers`` workers as processes, run lygsite on them, stop them."""
    from distributed import Client

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    scheduler_file = folder / f"scheduler-{workers}.json"
    log = open(folder / f"dask-{workers}.log", "w")
    scheduler = subprocess.Popen(dask_command("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                                              "--scheduler-file", str(scheduler_file)),
                                 stdout=log, stderr=subprocess.STDOUT, env=env)
    processes = [scheduler]
    try:
        while not (scheduler_file.exists() and scheduler_file.stat().st_size):
            time.sleep(0.1)
        address = json.loads(scheduler_file.read_text())["address"]
        worker_processes = [subprocess.Popen(dask_command("worker", address, "--host", "127.0.0.1", "--nthreads", "1",
                                                          "--no-nanny", "--no-dashboard"),
                                             stdout=log, stderr=subprocess.STDOUT, env=env) for _ in range(workers)]
        processes += worker_processes
        with Client(address, timeout=60) as client:
            client.wait_for_workers(workers, timeout=120)
        figures = run_lygsite(source, folder / f"cluster-{workers}.gpkg", address)
        figures["scheduler_peak_rss_mb"] = peak_rss_mb(scheduler.pid)
        figures["scheduler_cpu_s"] = cpu_seconds(scheduler.pid)
        figures["worker_peak_rss_mb"] = [peak_rss_mb(p.pid) for p in worker_processes]
        figures["worker_cpu_s"] = [cpu_seconds(p.pid) for p in worker_processes]
        return figures
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in reversed(processes):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()


def same_output(a: Path, b: Path) -> bool:
    import pandas as pd

    left, right = pyogrio.read_dataframe(a), pyogrio.read_dataframe(b)
    try:
        pd.testing.assert_frame_equal(left, right, check_exact=True)
    except AssertionError:
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--buildings", type=int, default=1_000_000)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--quick", action="store_true", help="3,000 buildings, two workers (smoke run)")
    parser.add_argument("--no-single", action="store_true", help="skip the one-process reference run")
    args = parser.parse_args()
    if args.quick or os.environ.get("QUICK"):
        args.buildings, args.workers = 3_000, "2"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "city.gpkg"
        pyogrio.write_dataframe(synthetic_city(args.buildings), source, layer="buildings")
        single = None
        if not args.no_single:
            single = run_lygsite(source, folder / "single.gpkg", "none")
            print(json.dumps({"buildings": args.buildings, "mode": "one process", **single,
                              "load_average_1min": round(os.getloadavg()[0], 2), "machine": machine_info()}),
                  flush=True)
        for workers in [int(w) for w in args.workers.split(",")]:
            figures = run_on_cluster(source, folder, workers)
            if single is not None:
                figures["equal_to_one_process"] = same_output(folder / "single.gpkg", folder / f"cluster-{workers}.gpkg")
                figures["speedup_vs_one_process"] = round(single["wall_s"] / figures["wall_s"], 2)
            print(json.dumps({"buildings": args.buildings, "mode": f"scheduler + {workers} worker(s)", **figures,
                              "load_average_1min": round(os.getloadavg()[0], 2), "machine": machine_info()}),
                  flush=True)


if __name__ == "__main__":
    main()
