"""The commands that draw work without a display and without anything set by hand.

Each command runs as the installed program in a child process whose
environment has no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM (a server, a CI
runner, a remote shell).
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def lygsite(*args, cwd, timeout=300):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@pytest.fixture(scope="module")
def small_gpkg(tmp_path_factory):
    import geopandas as gpd
    import shapely

    folder = tmp_path_factory.mktemp("headless")
    boxes = [shapely.box(119.1 + i * 0.01, 34.5, 119.105 + i * 0.01, 34.505) for i in range(20)]
    path = folder / "footprints.gpkg"
    gpd.GeoDataFrame({"bld_id": [f"B{i}" for i in range(20)]}, geometry=boxes, crs="EPSG:4490").to_file(path)
    return path


def test_render_without_a_display(small_gpkg, tmp_path):
    out = tmp_path / "render.png"
    proc = lygsite("render", "--file", str(small_gpkg), "--out", str(out), "--size", "400x300", "--repeat", "1",
                   "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["features_drawn"] == 20 and result["size"] == [400, 300]
    assert png_size(out) == (400, 300)


def test_screenshot_without_a_display(tmp_path):
    out = tmp_path / "shot.png"
    proc = lygsite("screenshot", "--out", str(out), "--size", "800x500", "--lang", "en", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert png_size(out) == (800, 500)


def test_report_without_a_display(tmp_path):
    out = tmp_path / "report.pdf"
    proc = lygsite("report", "--out", str(out), "--lang", "en", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes()[:5] == b"%PDF-"


def test_the_window_without_a_display_says_so(tmp_path):
    proc = lygsite("--lang", "en", cwd=tmp_path, timeout=120)
    # one readable line and exit 2, not Qt's abort (a negative return code: killed by SIGABRT)
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert lines[-1].startswith("lygsite: error: no display") and "lygsite screenshot" in lines[-1]
    assert "Traceback" not in proc.stderr
