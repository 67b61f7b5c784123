"""Rooftop potential on a Dask cluster (issue 16 item 5): tiles with a halo give the one-process result.

Reference: :func:`app.siting.rooftop.roof_potential` run in this process on all the buildings; the
partitioned run must equal it to the last bit (same machine, same code). The cluster tests start a real
``dask scheduler`` and ``dask worker`` processes on 127.0.0.1 and stop them afterwards.
"""
from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from app.layers.crs import METRIC_CRS, STORAGE_CRS
from app.sample.sample_data import synthetic_city
from app.siting.rooftop import roof_potential
from app.siting.rooftop_cluster import (Cluster, partitioned_roof_potential, plan_run, possible_planes,
                                        scheduler_address, spatial_tiles)
from tests.core.test_rooftop_fixture import HAIZHOU, county_anchor_m

ROOT = Path(__file__).resolve().parents[2]


def _border_city(tile_m: float = 300.0) -> tuple[gpd.GeoDataFrame, int, int]:
    """A block around a tile border: an 80 m tower south of the border, a 10 m roof 20 m north of it.

    Plus low buildings on a 40 m grid around them (heights 4-30 m) and an origin building whose centre
    anchors the tile grid. Returns the buildings and the positions of the tower and the roof.
    """
    anchor = county_anchor_m(HAIZHOU)
    rng = np.random.default_rng(16)
    boxes, heights, roofs = [], [], []
    boxes.append((0, 0, 10, 10)); heights.append(6.0); roofs.append("flat")  # centre (5, 5): the grid's origin
    # tile rows start every ~tile_m north of the origin's centre: the border lies near y = 5 + tile_m
    border = 5.0 + tile_m
    boxes.append((20, border - 40, 50, border - 15)); heights.append(80.0); roofs.append("flat")  # the tower
    boxes.append((15, border + 10, 55, border + 40)); heights.append(10.0); roofs.append("flat")  # the roof
    for gx in range(0, 10):
        for gy in range(0, 16):  # all north-east of the origin building
            x, y = 40.0 * gx + 80.0, 40.0 * gy + 20.0
            w, d = rng.uniform(8, 25, 2)
            boxes.append((x, y, x + w, y + d)); heights.append(float(rng.uniform(4, 30)))
            roofs.append("pitched" if rng.random() < 0.4 else "flat")
    geoms = [shapely.box(anchor.x + a, anchor.y + b, anchor.x + c, anchor.y + d) for a, b, c, d in boxes]
    n = len(geoms)
    frame = gpd.GeoDataFrame({
        "bld_id": [f"T{i}" for i in range(n)], "category": ["public_institution", "factory", "other"] * (n // 3)
        + ["other"] * (n % 3), "is_new": 1, "roof_type": roofs, "height_m": heights,
    }, geometry=geoms, crs=METRIC_CRS).to_crs(STORAGE_CRS)
    return frame, 1, 2


@pytest.fixture(scope="module")
def threads_cluster():
    """A local Dask cluster of two workers as threads of this process (the whole Dask path, quick to start)."""
    with Cluster("local", workers=2, processes=False) as cluster:
        yield cluster


def test_tall_neighbour_across_a_tile_border_shades_the_roof_exactly_as_in_one_process(threads_cluster):
    buildings, tower, roof = _border_city(300.0)
    tiles = spatial_tiles(shapely.bounds(buildings.geometry.to_numpy()), 300.0, 400.0)
    tile_of = {int(i): t for t in tiles for i in t.own}
    assert tile_of[tower] is not tile_of[roof]  # the fixture straddles a border
    assert tower in tile_of[roof].halo  # and the roof's partition carries the tower as a caster

    single = roof_potential(buildings)
    alone = roof_potential(buildings.iloc[tile_of[roof].own])  # the roof's tile without its halo
    roof_alone = alone["shade_loss"].to_numpy()[list(tile_of[roof].own).index(roof)]
    assert single["shade_loss"].iloc[roof] > 0.10  # an 80 m tower 25 m south: a large winter loss
    assert roof_alone < single["shade_loss"].iloc[roof] - 0.05  # without the halo the tower would be missed

    partitioned = partitioned_roof_potential(buildings, threads_cluster, tile_m=300.0)
    # the same numbers from the same code on the same machine: equal to the last bit
    pd.testing.assert_frame_equal(partitioned, single, check_exact=True)


def test_partitioned_equals_one_process_on_a_dense_city_without_and_with_shading(threads_cluster):
    buildings = synthetic_city(1500, seed=7)
    for shading in (True, False):
        single = roof_potential(buildings, shading=shading)
        done = []
        partitioned = partitioned_roof_potential(buildings, threads_cluster, shading=shading, tile_m=250.0,
                                                 progress=lambda d, t, seen=done: seen.append((d, t)))
        pd.testing.assert_frame_equal(partitioned, single, check_exact=True)
        assert done[0][0] == 0 and done[-1][0] == done[-1][1] > 10  # many tiles, reported to the end


def test_bad_rows_are_named_as_in_one_process(threads_cluster):
    buildings = synthetic_city(400, seed=8)
    buildings.loc[[7, 300], "roof_type"] = "dome"
    with pytest.raises(ValueError) as here:
        roof_potential(buildings)
    with pytest.raises(ValueError) as there:
        partitioned_roof_potential(buildings, threads_cluster, tile_m=250.0)
    assert str(there.value) == str(here.value) and "rows 8 ('dome'), 301 ('dome')" in str(here.value)


def test_every_building_within_reach_is_in_the_partition():
    """Brute force in metres: all buildings within the halo of a tile's own footprints are its own or halo."""
    buildings = synthetic_city(2000, seed=3)
    halo_m = 400.0
    tiles = spatial_tiles(shapely.bounds(buildings.geometry.to_numpy()), 600.0, halo_m)
    metric = buildings.geometry.to_crs(METRIC_CRS).to_numpy()
    tree = shapely.STRtree(metric)
    assert sorted(np.concatenate([t.own for t in tiles]).tolist()) == list(range(len(buildings)))
    for tile in tiles:
        _, near = tree.query(metric[tile.own], predicate="dwithin", distance=halo_m)
        assert set(near.tolist()) <= set(tile.own.tolist()) | set(tile.halo.tolist())


def test_every_plane_a_roof_can_get_is_prepared():
    buildings = synthetic_city(3000, seed=5)
    result = roof_potential(buildings, shading=False, specific_yield=lambda t, a, m: 1.0)
    planes = {(t, a) for t, a, _ in possible_planes()}
    got = set(zip(result["pv_tilt"], result["pv_azimuth"]))
    second = result[result["pv_faces"] == 2]
    got |= set(zip(second["pv_tilt"], (second["pv_azimuth"] + 180.0) % 360.0))
    assert got <= planes


def test_where_a_run_goes(monkeypatch):
    monkeypatch.delenv("DASK_SCHEDULER_ADDRESS", raising=False)
    assert plan_run(1000, True) == "none"
    assert plan_run(300_000, True) == "local"
    assert plan_run(300_000, False) == "none"  # without shading one process is quicker
    assert plan_run(10, True, "local") == "local"
    assert plan_run(10, True, "127.0.0.1:8786") == "tcp://127.0.0.1:8786"
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "tcp://10.0.0.5:8786")
    assert plan_run(10, False) == "tcp://10.0.0.5:8786"
    assert plan_run(10, False, "none") == "none"
    with pytest.raises(ValueError, match="expected tcp://HOST:PORT"):
        scheduler_address("http://example:8786")


# ----------------------------------------------------------------------------- real processes on 127.0.0.1


def _dask_command(*args) -> list[str]:
    return [sys.executable, "-m", "dask", *args]


@contextlib.contextmanager
def dask_processes(folder: Path, workers: int, nanny: bool = True):
    """A ``dask scheduler`` and ``workers`` ``dask worker`` processes on 127.0.0.1, stopped afterwards.

    Yields ``(address, worker_processes)``.
    """
    from distributed import Client

    scheduler_file = folder / "scheduler.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT), DASK_DISTRIBUTED__WORKER__DAEMON="False")
    logs = open(folder / "dask.log", "w")
    started = [subprocess.Popen(_dask_command("scheduler", "--host", "127.0.0.1", "--port", "0",
                                              "--no-dashboard", "--scheduler-file", str(scheduler_file)),
                                stdout=logs, stderr=subprocess.STDOUT, env=env)]
    try:
        for _ in range(600):
            if scheduler_file.exists() and scheduler_file.stat().st_size:
                break
            time.sleep(0.1)
        address = json.loads(scheduler_file.read_text())["address"]
        worker_processes = []
        for _ in range(workers):
            process = subprocess.Popen(_dask_command("worker", address, "--host", "127.0.0.1", "--nthreads", "1",
                                                     "--no-dashboard", "--nanny" if nanny else "--no-nanny"),
                                       stdout=logs, stderr=subprocess.STDOUT, env=env)
            started.append(process)
            worker_processes.append(process)
        with Client(address, timeout=30) as client:
            client.wait_for_workers(workers, timeout=120)
        yield address, worker_processes
    finally:
        for process in reversed(started):
            if process.poll() is None:
                process.terminate()
        for process in reversed(started):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        logs.close()


def _cli(*args, env=None, timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=str(ROOT), **(env or {})), timeout=timeout)


def test_cli_on_a_two_worker_cluster_writes_the_one_process_result(tmp_path):
    source = tmp_path / "city.gpkg"
    pyogrio.write_dataframe(synthetic_city(3000, seed=11), source, layer="buildings")
    here = _cli("rooftop", "--buildings", str(source), "--out", str(tmp_path / "here.gpkg"), "--json",
                "--scheduler", "none")
    assert here.returncode == 0, here.stderr
    with dask_processes(tmp_path, workers=2) as (address, _):
        there = _cli("rooftop", "--buildings", str(source), "--out", str(tmp_path / "there.gpkg"), "--json",
                     "--scheduler", address)
    assert there.returncode == 0, there.stderr
    assert f"on the Dask cluster at {address}" in there.stderr and "2 worker(s)" in there.stderr
    assert "rooftop: [####" in there.stderr  # the progress bar
    a, b = pyogrio.read_dataframe(tmp_path / "here.gpkg"), pyogrio.read_dataframe(tmp_path / "there.gpkg")
    pd.testing.assert_frame_equal(a, b, check_exact=True)
    summary_here, summary_there = json.loads(here.stdout), json.loads(there.stdout)
    for key in ("buildings", "roof_area_m2", "usable_area_m2", "potential_kwp", "potential_mwh", "shade_status"):
        assert summary_here[key] == summary_there[key]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("how", ["option", "environment"])
def test_a_scheduler_that_does_not_answer_is_named_in_one_line(tmp_path, how):
    source = tmp_path / "city.gpkg"
    pyogrio.write_dataframe(synthetic_city(200, seed=1), source, layer="buildings")
    address = f"tcp://127.0.0.1:{_free_port()}"  # nothing listens there
    options = ["--scheduler", address] if how == "option" else []
    env = {"DASK_SCHEDULER_ADDRESS": address} if how == "environment" else {}
    done = _cli("rooftop", "--buildings", str(source), "--out", str(tmp_path / "out.gpkg"), *options, env=env,
                timeout=60)
    assert done.returncode == 2
    errors = [line for line in done.stderr.splitlines() if line.startswith("lygsite: error:")]
    assert len(errors) == 1 and "Traceback" not in done.stderr
    assert f"no Dask scheduler answers at {address} (waited 6 s" in errors[0]
    assert "--scheduler none" in errors[0] and "DASK_SCHEDULER_ADDRESS" in errors[0]  # how to run here
    assert "reading" not in done.stderr  # said before the input was read
    assert not (tmp_path / "out.gpkg").exists()


def test_a_killed_worker_s_tiles_run_again_on_the_other(tmp_path):
    buildings = synthetic_city(2500, seed=9)
    single = roof_potential(buildings)
    with dask_processes(tmp_path, workers=2, nanny=False) as (address, workers):
        with Cluster(address) as cluster:
            killed = []

            def kill_one(done, total):
                if done >= 1 and not killed:  # mid-run: a tile is back, the others are queued or running
                    os.kill(workers[0].pid, signal.SIGKILL)
                    workers[0].wait()
                    killed.append((done, total))

            result = partitioned_roof_potential(buildings, cluster, tile_m=200.0, progress=kill_one)
            assert killed and killed[0][0] < killed[0][1]  # killed before the last tile was back
            assert cluster.worker_count() == 1
    pd.testing.assert_frame_equal(result, single, check_exact=True)


def test_no_worker_left_fails_naming_the_tiles_and_writes_nothing(tmp_path):
    source = tmp_path / "city.gpkg"
    pyogrio.write_dataframe(synthetic_city(2500, seed=2), source, layer="buildings")
    out = tmp_path / "out.gpkg"
    with dask_processes(tmp_path, workers=1, nanny=False) as (address, workers):
        command = [sys.executable, "-m", "app", "rooftop", "--buildings", str(source), "--out", str(out),
                   "--scheduler", address]
        env = dict(os.environ, PYTHONPATH=str(ROOT), DASK_LYG_SITING__NO_WORKER_TIMEOUT="3")
        run = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
        lines = []
        for line in run.stderr:
            lines.append(line)
            if "on the Dask cluster at" in line:  # the run has started: its only worker dies
                os.kill(workers[0].pid, signal.SIGKILL)
                workers[0].wait()
                break
        _, rest = run.communicate(timeout=300)
        lines += rest.splitlines()
    assert run.returncode == 2, "".join(lines)
    error = next(line for line in lines if line.startswith("lygsite: error:"))
    assert f"the Dask cluster at {address} has had no worker for 3 s" in error
    assert "tile(s) unfinished: tile " in error and "buildings)" in error and "nothing was written" in error
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".gpkg") == ["city.gpkg"]
