"""The rooftop benchmarks run in their quick mode (``make benchmarks QUICK=1``): a smoke run, no time limits.

The figures themselves are in benchmarks/README.md with the machine they were taken on; here only that the
scripts run end to end and report what the README tables are made of.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _quick(script: str) -> list[dict]:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), "--quick"], capture_output=True,
                          text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


@pytest.mark.slow
def test_city_benchmark_reports_both_modes_and_their_phases():
    lines = _quick("bench_rooftop.py")
    assert [line["mode"] for line in lines] == ["no shading", "shading"]
    for line in lines:
        assert line["lygsite_rooftop_cpu_s_median"] > 0 and line["peak_rss_mb"] > 0
        assert {"imports", "read", "validate", "clean", "potential", "write"} <= set(line["phases"])
    assert "shading" in lines[1]["phases"] and lines[0]["speedup_vs_modelchain"] > 1


@pytest.mark.slow
def test_cluster_benchmark_runs_on_a_scheduler_and_workers_and_matches_one_process():
    lines = _quick("bench_rooftop_cluster.py")
    assert [line["mode"] for line in lines] == ["one process", "scheduler + 2 worker(s)"]
    cluster = lines[1]
    assert cluster["equal_to_one_process"] is True
    assert len(cluster["worker_peak_rss_mb"]) == 2 and cluster["scheduler_peak_rss_mb"] > 0
