"""Map rendering figures: first map, 100k-footprint redraw, pan frame time.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_render.py

Prints a Markdown table (paste into benchmarks/README.md, "Map rendering").
Not a timed test: the figures depend on the machine, which is printed too.
"""
from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from machine_info import cpu_model  # noqa: E402  (benchmarks/ is the script's folder)

#: Child process of the first-map timing: prints wall-clock time of the first sharp paint.
FIRST_MAP_CHILD = r"""
import time, sys
from app.ui.main import build_main_window, create_application
app = create_application()
window, error = build_main_window(None, "zh", (1600, 1000))
canvas = window.canvas
def painted():
    if canvas.is_idle() and canvas.paint_count > 0:
        print(f"{time.time():.6f} {canvas.features_drawn}", flush=True)
        app.quit()
canvas.render_finished.connect(lambda: (canvas.repaint(), painted()))
window.show()
app.exec()
"""


def machine() -> str:
    return (f"{os.cpu_count()} CPUs (nproc), {cpu_model()}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")


def first_map_seconds(runs: int = 3) -> list[float]:
    """Process start -> first completed canvas paint with every layer sharp [s]."""
    from app.sample.demo import demo_project_path

    demo_project_path()  # the demo cache exists after the first ever start
    out = []
    for _ in range(runs):
        start = time.time()
        proc = subprocess.run([sys.executable, "-c", FIRST_MAP_CHILD], capture_output=True, text=True, cwd=ROOT,
                              env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=120)
        stamp = float(proc.stdout.split()[0])
        out.append(stamp - start)
    return out


def synthetic_footprints(n: int = 100_000, seed: int = 7):
    """``n`` rectangular footprints (8-40 m) in 40 town clusters across the study area."""
    import geopandas as gpd
    import numpy as np
    import shapely

    rng = np.random.default_rng(seed)
    centres = np.column_stack([rng.uniform(118.6, 119.8, 40), rng.uniform(34.1, 35.0, 40)])
    which = rng.integers(0, 40, n)
    radius = rng.uniform(0, 0.06, n)
    angle = rng.uniform(0, 2 * np.pi, n)
    cx = centres[which, 0] + radius * np.cos(angle)
    cy = centres[which, 1] + radius * np.sin(angle) * 0.8
    half_w = rng.uniform(4, 20, n) / 91_500  # metres -> degrees of longitude at 34.6 N
    half_h = rng.uniform(4, 20, n) / 110_940
    geoms = shapely.box(cx - half_w, cy - half_h, cx + half_w, cy + half_h)
    status = rng.choice(["none", "planned", "installed", "verified"], n, p=[0.6, 0.15, 0.2, 0.05])
    return gpd.GeoDataFrame({"bld_id": [f"SYN{i:06d}" for i in range(n)], "pv_status": status},
                            geometry=geoms, crs="EPSG:4490")


def redraw_ms(layer, view, repeat: int = 7) -> tuple[float, int]:
    from app.ui.render import LayerRenderer, render_map

    renderer = LayerRenderer()
    render_map([layer], view, renderer)  # warm-up (spatial index)
    times, drawn = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        _, drawn = render_map([layer], view, renderer)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), drawn


def pan_frame_ms(layer) -> tuple[float, float]:
    """Median and max time of one canvas frame while dragging (cached images shifted) [ms]."""
    from PySide6.QtCore import QPointF

    from app.sample.demo import open_project_or_demo
    from app.ui.main_window import MainWindow

    project = open_project_or_demo(None)
    project.layers.insert(0, layer)
    window = MainWindow(project)
    window.resize(1600, 1000)
    window.show()
    canvas = window.canvas
    canvas.zoom_full()
    canvas.wait_idle(60000)
    canvas.begin_drag(QPointF(800, 500))
    frames = []
    for step in range(1, 61):
        canvas.drag_to(QPointF(800 + 4 * step, 500 + 2 * step))
        start = time.perf_counter()
        canvas.repaint()
        frames.append((time.perf_counter() - start) * 1000)
    canvas.end_drag(QPointF(1040, 620))
    canvas.wait_idle(60000)
    window.close()
    return statistics.median(frames), max(frames)


def main() -> None:
    from app.layers.model import VectorLayer
    from app.sample.demo import PV_STATUS_COLORS
    from app.layers.model import Style
    from app.ui.main import create_application
    from app.ui.render import MapView

    create_application()
    print(f"Machine: {machine()}")
    first = first_map_seconds()
    print(f"first map (process start -> first sharp paint, demo project, 1600x1000): "
          f"median {statistics.median(first):.2f} s (runs: {', '.join(f'{t:.2f}' for t in first)})")
    gdf = synthetic_footprints()
    layer = VectorLayer("synthetic_buildings", gdf, title="100k footprints",
                        style=Style(fill="#bdbdbd", stroke="#555555", stroke_width=0.4,
                                    category_field="pv_status", categories=dict(PV_STATUS_COLORS)))
    full = MapView.fit(layer.bounds, 1600, 1000)
    ms, drawn = redraw_ms(layer, full)
    print(f"100k footprints, full extent 1600x1000: median {ms:.0f} ms, {drawn} drawn")
    # a town: centred on one footprint, ~10 km across
    first = gdf.geometry.iloc[0].centroid
    town = MapView(first.x, first.y, full.px_per_deg * 12, 1600, 1000, full.ref_lat)
    ms_town, drawn_town = redraw_ms(layer, town)
    print(f"100k footprints, town view (x12) 1600x1000: median {ms_town:.0f} ms, {drawn_town} drawn")
    median_frame, worst_frame = pan_frame_ms(layer)
    print(f"pan frame with demo + 100k layer: median {median_frame:.1f} ms, worst {worst_frame:.1f} ms")


if __name__ == "__main__":
    main()
