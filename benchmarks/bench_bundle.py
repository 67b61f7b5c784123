"""Desktop bundle benchmark: PyInstaller build time, bundle size, and how long
the bundled program takes to start and work.

Run: ``.venv/bin/python benchmarks/bench_bundle.py`` (needs the ``bundle``
extra: ``make bundle`` installs it); prints one JSON line. It builds
``dist/lygsite/`` from ``packaging/lygsite.spec`` with an empty work folder
(like CI), then runs the bundle from a temporary directory with a clean
environment: ``pv --json``, ``demo`` and a zh ``screenshot`` (offscreen).
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from machine_info import machine_info  # noqa: E402  (benchmarks/ is the script's folder)

PV_ARGS = ["pv", "--lat", "34.6", "--lon", "119.2", "--kwp", "10", "--tilt", "30", "--azimuth", "180", "--json"]


def _timed_run(cmd: list[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, check=True, capture_output=True)
    return round(time.perf_counter() - start, 2)


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        print("PyInstaller is not installed: run `make bundle` once (it installs the bundle extra)", file=sys.stderr)
        return 1
    dist = REPO / "dist"
    work = REPO / "build" / "pyinstaller"
    shutil.rmtree(work, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run([str(pyinstaller), "--noconfirm", "--clean", "--log-level", "ERROR", "--distpath", str(dist),
                    "--workpath", str(work), str(REPO / "packaging" / "lygsite.spec")], check=True, cwd=REPO)
    build_s = round(time.perf_counter() - start, 1)
    bundle = dist / "lygsite"
    size = _folder_bytes(bundle)
    files = sum(1 for p in bundle.rglob("*") if p.is_file())

    with tempfile.TemporaryDirectory() as tmp:
        run_dir = Path(tmp)
        env = {"PATH": "/usr/bin:/bin", "HOME": str(run_dir), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
        lygsite = str(bundle / "lygsite")
        pv_first = _timed_run([lygsite, *PV_ARGS], run_dir, env)
        pv_warm = _timed_run([lygsite, *PV_ARGS], run_dir, env)
        demo = _timed_run([lygsite, "demo", "--out", "P.gpkg"], run_dir, env)
        screenshot = _timed_run([lygsite, "screenshot", "--out", "s.png", "--lang", "zh"], run_dir, env)
        archive = run_dir / "lygsite.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(bundle, arcname="lygsite")
        compressed = archive.stat().st_size

    print(json.dumps({
        "machine": machine_info(),
        "build_s": build_s,
        "bundle_mb": round(size / 1e6, 1),
        "files": files,
        "tar_gz_mb": round(compressed / 1e6, 1),
        "pv_json_first_s": pv_first,
        "pv_json_warm_s": pv_warm,
        "demo_s": demo,
        "screenshot_zh_s": screenshot,
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
