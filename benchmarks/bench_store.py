"""Project store benchmark: open/save a project with 100,000 buildings,
as a GeoPackage (atomic save) and in the shared PostGIS store.

Run: ``.venv/bin/python benchmarks/bench_store.py [--buildings 100000]``; prints
one JSON line. The PostGIS part needs the server of ``.ci/postgres.sh``
(``.ci/pg_url`` + ``.ci/pg_password`` or LYGSITE_TEST_PG_URL + PGPASSWORD)
and is skipped (with the reason in the JSON) without it.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from machine_info import cpu_model  # noqa: E402  (benchmarks/ is the script's folder)

from app.sample.demo import build_demo_project  # noqa: E402
from app.sample import sample_data  # noqa: E402
from app.layers.edits import SetAttributes  # noqa: E402
from app.project import Project  # noqa: E402


def _timed(fn, repeat: int):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def build_project(n_buildings: int) -> Project:
    import pandas as pd

    project = build_demo_project()
    base = sample_data.build_sample_buildings(scale=4.0)
    copies = []
    for k in range(-(-n_buildings // len(base))):
        # Copies shifted by ~50 m steps with their own ids: the sample generator saturates near 30k.
        copy = base.copy()
        copy["geometry"] = copy.geometry.translate(xoff=0.0005 * k, yoff=0.0004 * k)
        copy["bld_id"] = copy["bld_id"].astype(str) + f"-{k}"
        copies.append(copy)
    buildings = pd.concat(copies, ignore_index=True).iloc[:n_buildings]
    project.vector("buildings").set_gdf(buildings)
    project.undo_stack.set_clean()
    return project


def bench_gpkg(project: Project, repeat: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.gpkg"
        save_s, _ = _timed(lambda: project.save(path), repeat)
        open_s, opened = _timed(lambda: Project.open(path), repeat)
        assert opened.vector("buildings").feature_count == project.vector("buildings").feature_count
        return {"gpkg_save_s": round(save_s, 2), "gpkg_open_s": round(open_s, 2),
                "gpkg_size_mb": round(path.stat().st_size / 1e6, 1)}


def _pg_settings():
    url = os.environ.get("LYGSITE_TEST_PG_URL")
    if not url and (REPO / ".ci" / "pg_url").exists():
        url = (REPO / ".ci" / "pg_url").read_text().strip()
    if not os.environ.get("PGPASSWORD") and (REPO / ".ci" / "pg_password").exists():
        os.environ["PGPASSWORD"] = (REPO / ".ci" / "pg_password").read_text().strip()
    return url


def bench_postgis(project: Project, repeat: int) -> dict:
    from app.project.postgis import open_postgis_project, save_project_to_postgis
    from app.project.store_errors import StoreError

    url = _pg_settings()
    if not url:
        return {"postgis": "skipped: no server (run .ci/postgres.sh)"}
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    store_url = f"{url}?schema={schema}"
    try:
        create_s, _ = _timed(lambda: save_project_to_postgis(project, store_url, editor="bench", replace=True), 1)
        open_s, opened = _timed(lambda: open_postgis_project(store_url, editor="bench"), repeat)
        layer = opened.vector("buildings")
        ids = list(layer.gdf.index[:100])
        opened.undo_stack.push(SetAttributes(layer, ids, {"pv_status": "verified", "auditor": "bench"}))
        save100_s, counts = _timed(lambda: opened.store.save(opened), 1)
        assert counts["buildings"]["updated"] == 100, counts
        noop_s, _ = _timed(lambda: opened.store.save(opened), repeat)
        return {"postgis_create_s": round(create_s, 2), "postgis_open_s": round(open_s, 2),
                "postgis_save_100_edits_s": round(save100_s, 2), "postgis_save_no_edits_s": round(noop_s, 2)}
    except StoreError as exc:
        return {"postgis": f"skipped: {exc}"}
    finally:
        import psycopg

        try:
            with psycopg.connect(url) as conn:
                conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        except psycopg.Error:  # no server (the run was skipped): nothing to drop
            pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--buildings", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    start = time.perf_counter()
    project = build_project(args.buildings)
    result = {"buildings": project.vector("buildings").feature_count,
              "build_s": round(time.perf_counter() - start, 2),
              "nproc": os.cpu_count(), "cpu": cpu_model(), "python": platform.python_version()}
    result.update(bench_gpkg(project, args.repeat))
    result.update(bench_postgis(project, args.repeat))
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
