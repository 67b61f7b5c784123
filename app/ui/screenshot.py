"""``lygsite screenshot``: the real main window rendered offscreen to a PNG.

A panel is shown with a result, as a user sees it after pressing its button:
a panel module may define ``run_for_screenshot(widget)`` (start its run,
return at once or when done); otherwise :data:`SCREENSHOT_RUNS` presses the
panel's own button (island balance, PV yield, siting analysis of the first
wind site). The screenshot waits for the window's tasks and the map, and is
taken even when a run fails (a warning goes to stderr).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path


def _run_island(window, widget) -> None:
    widget.run_button.click()


def _run_yield(window, widget) -> None:
    if hasattr(widget, "set_system"):
        widget.set_system("pv")
    widget.run_button.click()


def _run_siting(window, widget):
    """Analyse every site (the panel's own button); then analyse and show a wind site with excluded areas."""
    layer = window.project.layers.get("candidate_sites")
    if layer is None or layer.gdf.empty:
        raise LookupError("no candidate_sites layer to analyse")
    widget.analyse_all()

    def show_a_wind_site():
        from app.siting.site_analysis import ANALYSIS_TABLE

        sites = layer.gdf
        wind = sites[sites["kind"].astype(str).str.startswith("wind")]
        done = window.project.tables.get(ANALYSIS_TABLE)
        preferred = wind.iloc[0:0]
        if done is not None and len(done) and not wind.empty:
            eligible = dict(zip(done["site_id"].astype(str), done["eligible_area_km2"]))
            area_km2 = wind.to_crs("EPSG:4549").area / 1e6
            has_exclusions = [eligible.get(str(sid), area) < area * 0.999
                              for sid, area in zip(wind["site_id"], area_km2)]
            preferred = wind[has_exclusions]
        chosen = preferred if not preferred.empty else (wind if not wind.empty else sites)
        fid = chosen.index[0]
        layer.select([fid])
        x0, y0, x1, y1 = sites.geometry.loc[fid].bounds
        pad = max(x1 - x0, y1 - y0) * 0.35
        window.canvas.zoom_to((x0 - pad, y0 - pad, x1 + pad, y1 + pad))
        # this site alone once more: its excluded areas are drawn (see the report on "analyse all")
        widget.analyse_selected()
        return layer.clear_selection  # the selection fill would hide the excluded areas

    return show_a_wind_site


#: panel key -> function(window, panel widget) starting the run a screenshot shows; it may return a
#: next step, called once the window's tasks are done (and so on while steps return steps).
SCREENSHOT_RUNS = {"island": _run_island, "yield": _run_yield, "siting": _run_siting}


def run_panel_for_screenshot(window, panel: str, timeout_ms: int = 60000) -> bool:
    """Start ``panel``'s run and wait for the window's tasks; False (and a warning) when it failed."""
    from PySide6.QtCore import QCoreApplication

    dock = window.panel_docks.get(panel)
    if dock is None:
        return False
    widget = dock.widget()
    module = getattr(dock, "module", None)
    hook = getattr(module, "run_for_screenshot", None)
    if callable(hook):
        after = hook(widget)
    elif panel in SCREENSHOT_RUNS:
        after = SCREENSHOT_RUNS[panel](window, widget)
    else:
        return True
    deadline = time.monotonic() + timeout_ms / 1000
    while True:  # wait for the tasks; then the next step, if any, and wait again
        while time.monotonic() < deadline:
            QCoreApplication.processEvents()
            if not any(handle.is_running for handle in window._tasks):
                break
            time.sleep(0.01)
        else:
            print(f"lygsite: warning: screenshot: the {panel} panel run did not finish in "
                  f"{timeout_ms / 1000:.0f} s", file=sys.stderr)
            return False
        box = window.last_error_box
        if box is not None and box.isVisible():
            print(f"lygsite: warning: screenshot: the {panel} panel run reported: {box.text()}", file=sys.stderr)
            return False
        if not callable(after):
            return True
        after = after()


def take_screenshot(out_path, project=None, panel: str = "map", size: tuple[int, int] = (1600, 1000),
                    lang: str = "zh", timeout_ms: int = 20000, run_panel: bool = True) -> Path:
    """Build the main window as a user sees it and save it as a PNG.

    Parameters
    ----------
    out_path : path
        PNG to write (folders must exist).
    project : str or Project, optional
        Project file (default: the demo project).
    panel : str
        Dock panel to bring to the front (``map`` shows the map with the layer tree).
    size : (int, int)
        Window size [px].
    lang : {"zh", "en"}
    run_panel : bool
        Show the panel with a result (:func:`run_panel_for_screenshot`), not empty.

    Returns
    -------
    pathlib.Path
        The written file.
    """
    from app.ui.main import build_main_window, use_offscreen_platform

    use_offscreen_platform()  # the command must work without a display (CONTRACT.md)
    from PySide6.QtCore import QCoreApplication

    from app.project.atomic import check_writable
    from app.ui.render import save_png

    out_path = check_writable(out_path)  # before the window is built
    window, error = build_main_window(project, lang, size)
    if error is not None:
        raise error
    window.resize(*size)
    window.show()
    if panel and panel != "map":
        window.raise_panel(panel)
    for _ in range(5):
        QCoreApplication.processEvents()
    window.canvas.zoom_full()
    window.canvas.wait_idle(timeout_ms)
    window.build_panels()  # a user looking at the window sees the panels, built after the first map
    if panel and panel != "map":
        window.raise_panel(panel)
        if run_panel:
            run_panel_for_screenshot(window, panel)
        window.raise_panel(panel)
    window.canvas.wait_idle(timeout_ms)
    for _ in range(3):  # charts redraw on the next events (draw_idle)
        QCoreApplication.processEvents()
    window.canvas.wait_idle(timeout_ms)
    image = window.grab().toImage()
    if image.width() != size[0] or image.height() != size[1]:
        image = image.scaled(size[0], size[1])
    out_path = save_png(image, out_path)
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()
    return out_path
