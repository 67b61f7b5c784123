"""Big maps: a million building footprints opened, drawn, panned and zoomed; QGIS on the same file.

The benchmark generates the file itself (never committed): 1,000,000
rectangular footprints (8-40 m) in 40 towns across the study area, categorised
by ``pv_status`` as the buildings layer is (benchmarks/bench_render.py
``synthetic_footprints``), written as a GeoPackage.

Ours (a child process, Qt's offscreen platform): the main window on the demo
project, then File > Add vector layer on the file, as a user does:

- open: from the call to the first map with the footprints drawn [s];
- full redraw: zoom to the full extent after another view, every layer drawn
  again (the footprints' per-feature arrays kept) [ms], and after a style
  change (arrays computed again) [ms]; the footprints layer alone through the
  renderer at full extent and in town views x4, x12, x50 [ms];
- frames while the user pans and zooms, render jobs running behind: the time
  between consecutive frames the window paints, and the longest the GUI
  thread did not answer [ms];
- memory: resident memory before and after opening, and the peak [MiB].

QGIS (``/usr/bin/python3`` with python3-qgis, when installed): the same file,
a categorised renderer with the same colours, QgsMapRendererSequentialJob at
1600x1000, the same views; skipped with a note when QGIS is not installed.

Run from the repository root::

    .venv/bin/python benchmarks/bench_bigmap.py [--features 1000000] [--shots DIR]

Prints one line per figure and one JSON line (benchmarks/README.md, "Big maps").
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from machine_info import machine_info  # noqa: E402  (benchmarks/ is the script's folder)

#: Canvas size of every view [px].
SIZE = (1600, 1000)
#: Town views: zoom factors over the full extent, centred on one footprint.
TOWN_ZOOMS = (4, 12, 50)
PV_STATUS_COLORS = {"none": "#bdbdbd", "planned": "#fdae61", "installed": "#2c7bb6", "verified": "#1a9641"}

QGIS_SCRIPT = r"""
import json, os, statistics, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from qgis.core import (Qgis, QgsApplication, QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsMapRendererSequentialJob,
                       QgsMapSettings, QgsRectangle, QgsRendererCategory, QgsVectorLayer, QgsVectorSimplifyMethod)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
path, colors, width, height, views, shots = (sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3]),
    int(sys.argv[4]), json.loads(sys.argv[5]), sys.argv[6])
app = QgsApplication([], False)
app.initQgis()
start = time.perf_counter()
layer = QgsVectorLayer(f"{path}|layername=footprints", "footprints", "ogr")
assert layer.isValid(), "QGIS could not open the file"
categories = [QgsRendererCategory(value, QgsFillSymbol.createSimple(
    {"color": color, "outline_color": "#555555", "outline_width": "0.1"}), value) for value, color in colors.items()]
layer.setRenderer(QgsCategorizedSymbolRenderer("pv_status", categories))
simplify = QgsVectorSimplifyMethod()  # the desktop's default: simplify on the fly below 1 px
simplify.setSimplifyHints(QgsVectorSimplifyMethod.GeometrySimplification)
simplify.setThreshold(1.0)
layer.setSimplifyMethod(simplify)

def render(extent, save=None):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(extent)
    settings.setDestinationCrs(layer.crs())
    settings.setBackgroundColor(QColor("#f7f6f2"))
    job = QgsMapRendererSequentialJob(settings)
    t = time.perf_counter()
    job.start()
    job.waitForFinished()
    elapsed = time.perf_counter() - t
    if save:
        job.renderedImage().save(save)
    return elapsed

first = render(QgsRectangle(*views["full"]))
out = {"version": Qgis.QGIS_VERSION, "open_first_map_s": time.perf_counter() - start}
for name, extent in views.items():
    rectangle = QgsRectangle(*extent)
    render(rectangle)
    out[f"{name}_ms"] = 1000 * statistics.median(render(rectangle) for _ in range(7))
    if shots and name in ("full", "town_x50"):
        render(rectangle, os.path.join(shots, f"qgis_{name}.png"))
print(json.dumps(out))
"""


def footprints_file(folder: Path, count: int) -> tuple[Path, tuple[float, float], tuple, float]:
    """Write ``count`` synthetic footprints; (path, a town centre [deg], bounds [deg], seconds it took)."""
    import pyogrio

    from bench_render import synthetic_footprints

    start = time.perf_counter()
    gdf = synthetic_footprints(count)
    centre = gdf.geometry.iloc[0].centroid
    path = folder / "footprints.gpkg"  # the layer the app adds is named after the file
    pyogrio.write_dataframe(gdf, path, layer="footprints")
    return path, (float(centre.x), float(centre.y)), tuple(gdf.total_bounds), time.perf_counter() - start


def view_extents(bounds, centre) -> dict:
    """The extents [deg] of the views both programs draw: the full extent and the town views.

    The same lon/lat rectangles go to QGIS; QGIS draws degrees square (no
    cos(latitude) scaling), so it shows ~20 % more latitude than ours in the
    same 1600x1000 image, i.e. a little more to draw.
    """
    from app.ui.render import MapView

    full = MapView.fit(bounds, *SIZE)
    views = {"full": full.extent}
    for zoom in TOWN_ZOOMS:
        views[f"town_x{zoom}"] = MapView(centre[0], centre[1], full.px_per_deg * zoom, SIZE[0], SIZE[1],
                                         full.ref_lat).extent
    return {name: [float(v) for v in extent] for name, extent in views.items()}


def rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def child(path: Path, centre: tuple[float, float], shots: str) -> dict:
    """Ours, measured inside one process (run as a child so memory is its own)."""
    import resource

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.sample.demo import open_project_or_demo

    project = open_project_or_demo(None)
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QPointF, QTimer

    from app.layers.model import Style
    from app.ui.main import create_application
    from app.ui.main_window import MainWindow
    from app.ui.render import LayerRenderer, MapView

    app = create_application()
    window = MainWindow(project)
    window.resize(*SIZE)
    window.show()
    window.build_panels()
    canvas = window.canvas
    canvas.zoom_full()
    assert canvas.wait_idle(60000)
    out = {"canvas_px": [canvas.width(), canvas.height()], "rss_before_open_mib": rss_mib()}

    # open: File > Add vector layer, until the map shows the footprints
    start = time.perf_counter()
    window.add_vector_layer(path, declared_crs="EPSG:4490")
    deadline = time.monotonic() + 120
    while "footprints" not in project.layers and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.002)
    layer = project.layers["footprints"]
    canvas.zoom_to(layer.bounds)
    assert canvas.wait_idle(120000)
    out["open_s"] = time.perf_counter() - start
    out["rss_after_open_mib"] = rss_mib()
    out["features"] = int(layer.feature_count)
    if shots:
        canvas.grab().save(os.path.join(shots, "ours_full.png"))

    def timed_idle(action) -> float:
        t = time.perf_counter()
        action()
        assert canvas.wait_idle(120000)
        return (time.perf_counter() - t) * 1000

    # full redraw of every layer: zoom in, then back to the full extent (timed)
    redraws = []
    for _ in range(5):
        timed_idle(lambda: canvas.zoom_by(3.0))
        redraws.append(timed_idle(lambda: canvas.zoom_to(layer.bounds)))
    out["full_redraw_ms"] = statistics.median(redraws)
    recolour = []
    for step in range(3):
        colors = dict(PV_STATUS_COLORS, none=("#c0c0c0", "#bdbdbd")[step % 2])
        style = Style(fill="#bdbdbd", stroke="#555555", stroke_width=0.4, category_field="pv_status",
                      categories=colors)
        recolour.append(timed_idle(lambda style=style: layer.set_style(style)))
    out["style_redraw_ms"] = statistics.median(recolour)

    # the footprints alone through the canvas's renderer, at the benchmark's image size
    renderer = LayerRenderer()

    def draw(view):
        try:
            return renderer.render_layer_image(layer, view, 1.0, "v")
        except TypeError:  # a renderer from before data versions (PYTHONPATH=<older checkout>, for "before")
            return renderer.render_layer_image(layer, view, 1.0)

    full = MapView.fit(layer.bounds, *SIZE)
    draw(full)
    out["layer_full_ms"] = 1000 * statistics.median(_timed(lambda: draw(full)) for _ in range(7))
    for zoom in TOWN_ZOOMS:
        view = MapView(centre[0], centre[1], full.px_per_deg * zoom, SIZE[0], SIZE[1], full.ref_lat)
        out[f"layer_town_x{zoom}_features"] = int(draw(view)[1])
        out[f"layer_town_x{zoom}_ms"] = 1000 * statistics.median(_timed(lambda v=view: draw(v)) for _ in range(7))

    # frames: a scripted user pans and zooms at 50 frames/s while render jobs run behind
    canvas.zoom_to(layer.bounds)
    assert canvas.wait_idle(120000)
    centre_px = QPointF(canvas.width() / 2, canvas.height() / 2)
    steps = ([("pan", 6, 3)] * 30 + [("zoom", 1.19, 0)] * 12 + [("wait", 0, 0)] * 10 + [("pan", -5, 2)] * 40
             + [("zoom", 1 / 1.19, 0)] * 8 + [("wait", 0, 0)] * 10 + [("pan", 4, -4)] * 30)
    frame_times, paint_ms, worst = [], [], []
    state = {"i": 0, "drag": None, "last": None}
    clock = QElapsedTimer()
    clock.start()
    done = []

    def tick():
        i = state["i"]
        if i >= len(steps):
            timer.stop()
            if state["drag"] is not None:
                canvas.end_drag(state["drag"])
            done.append(True)
            return
        kind, a, b = steps[i]
        if kind == "pan":
            if state["drag"] is None:
                canvas.begin_drag(centre_px)
                state["drag"] = QPointF(centre_px)
            state["drag"] = state["drag"] + QPointF(a, b)
            canvas.drag_to(state["drag"])
        else:
            if state["drag"] is not None:
                canvas.end_drag(state["drag"])  # a render of the new view starts behind
                state["drag"] = None
            if kind == "zoom":
                canvas.zoom_by(a, centre_px)
        t = time.perf_counter()
        canvas.repaint()
        paint_ms.append((time.perf_counter() - t) * 1000)
        now = clock.nsecsElapsed() / 1e6
        if state["last"] is not None:
            frame_times.append(now - state["last"])
            worst.append((now - state["last"], i, kind))
        state["last"] = now
        state["i"] = i + 1

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    while not done:
        app.processEvents()
        time.sleep(0.001)
    canvas.wait_idle(120000)
    frame_times.sort()
    out["frames"] = len(frame_times)
    out["frame_interval_ms_median"] = statistics.median(frame_times)
    out["frame_interval_ms_p95"] = frame_times[int(0.95 * (len(frame_times) - 1))]
    out["frame_interval_ms_max"] = frame_times[-1]
    out["slowest_frames"] = [[round(t, 1), i, kind] for t, i, kind in sorted(worst, reverse=True)[:5]]
    out["paint_ms_median"] = statistics.median(paint_ms)
    out["paint_ms_max"] = max(paint_ms)

    if shots:
        canvas.zoom_to(layer.bounds)
        view = MapView(centre[0], centre[1], canvas.view.px_per_deg * 50, canvas.width(), canvas.height(),
                       canvas.view.ref_lat)
        canvas.set_view(view)
        canvas.schedule_render()
        assert canvas.wait_idle(60000)
        canvas.grab().save(os.path.join(shots, "ours_town_x50.png"))
    out["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    return out


def _timed(action) -> float:
    t = time.perf_counter()
    action()
    return time.perf_counter() - t


def qgis_figures(path: Path, views: dict, shots: str) -> dict:
    python = "/usr/bin/python3"
    probe = subprocess.run([python, "-c", "import qgis.core"], capture_output=True) if Path(python).exists() else None
    if probe is None or probe.returncode != 0:
        return {"skipped": "python3-qgis is not installed (apt-get install python3-qgis)"}
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    proc = subprocess.run([python, "-c", QGIS_SCRIPT, str(path), json.dumps(PV_STATUS_COLORS), str(SIZE[0]),
                           str(SIZE[1]), json.dumps(views), shots or ""],
                          capture_output=True, text=True, env=env, timeout=1800)
    if proc.returncode != 0:
        return {"skipped": f"QGIS run failed: {proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else '?'}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=int, default=1_000_000)
    parser.add_argument("--shots", help="folder for PNGs of the map zoomed out and in (ours and QGIS)")
    parser.add_argument("--child", nargs=3, metavar=("FILE", "LON", "LAT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        result = child(Path(args.child[0]), (float(args.child[1]), float(args.child[2])), args.shots or "")
        print(json.dumps(result))
        return 0

    load = os.getloadavg()
    result = {"machine": machine_info(), "load_avg_1_5_15": [round(v, 2) for v in load],
              "features": args.features, "size": list(SIZE), "qt_platform": "offscreen"}
    print(f"Machine: {result['machine']}; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    shots = str(Path(args.shots).resolve()) if args.shots else ""
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="lyg-bigmap-"))
    try:
        path, centre, bounds, made_s = footprints_file(folder, args.features)
        print(f"generated {args.features:,} footprints in {made_s:.1f} s ({path.stat().st_size / 2**20:.0f} MiB GeoPackage)")
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        proc = subprocess.run([sys.executable, __file__, "--child", str(path), str(centre[0]), str(centre[1])]
                              + (["--shots", shots] if shots else []), capture_output=True, text=True, cwd=ROOT,
                              env=env, timeout=3600)
        if proc.returncode != 0:
            print(proc.stderr[-3000:], file=sys.stderr)
            return 1
        ours = json.loads(proc.stdout.strip().splitlines()[-1])
        result["ours"] = ours
        qgis = qgis_figures(path, view_extents(bounds, centre), shots)
        result["qgis"] = qgis
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    print(f"open (Add vector layer -> footprints drawn): {ours['open_s']:.2f} s   (goal <= 10 s)")
    print(f"full redraw, every layer: {ours['full_redraw_ms']:.0f} ms; after a style change: "
          f"{ours['style_redraw_ms']:.0f} ms   (goal <= 1 s)")
    print(f"frames while panning/zooming: median {ours['frame_interval_ms_median']:.1f} ms, "
          f"95 % {ours['frame_interval_ms_p95']:.1f} ms, max {ours['frame_interval_ms_max']:.1f} ms at a 20 ms "
          f"timer; paint median {ours['paint_ms_median']:.1f} ms, max {ours['paint_ms_max']:.1f} ms   (goal <= 50 ms)")
    print(f"memory: {ours['rss_before_open_mib']:.0f} MiB before, {ours['rss_after_open_mib']:.0f} MiB after opening, "
          f"peak {ours['peak_rss_mib']:.0f} MiB")
    rows = [("full", "layer_full_ms", "full_ms")] + [(f"town x{z}", f"layer_town_x{z}_ms", f"town_x{z}_ms")
                                                     for z in TOWN_ZOOMS]
    ratios = {}
    for name, ours_key, qgis_key in rows:
        line = f"footprints layer, {name}: ours {ours[ours_key]:.0f} ms"
        if qgis_key in qgis:
            ratios[name] = ours[ours_key] / qgis[qgis_key]
            line += f", QGIS {qgis['version']} {qgis[qgis_key]:.0f} ms, ratio {ratios[name]:.3f}   (goal <= 0.5)"
        print(line)
    if "skipped" in qgis:
        print(f"QGIS: skipped ({qgis['skipped']})")
    result["ratio_to_qgis"] = ratios
    result["load_avg_after"] = [round(v, 2) for v in os.getloadavg()]
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
