"""Start-up: the map first, panels prepared off the GUI thread and built after it; the probe; the benchmark.

Speed itself is measured in benchmarks/bench_startup.py (never a wall-clock
limit here); these tests check the order of things a user sees and that the
benchmark runs (its CI smoke mode).
"""
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.gui.map_fixtures import demo_project, demo_project_session  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


def open_window(qtbot, project):
    """The main window as the app shows it: panels not built by hand."""
    from app.ui.i18n import LanguageManager
    from app.ui.main import create_application
    from app.ui.main_window import MainWindow

    language = LanguageManager(create_application())
    language.set_language("en")
    window = MainWindow(project, language_manager=language)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    return window


@pytest.fixture
def recorded_panels(monkeypatch):
    """Which thread ran each panel's prepare(), and when each panel was built (map drawn or not)."""
    from app.ui import main_window
    from app.ui.panels import rooftop_panel, yield_panel

    record = {"prepared_on": {}, "built": [], "map_was_drawn": []}
    for module in (yield_panel, rooftop_panel):
        original = module.prepare

        def prepare(project, original=original, name=module.__name__):
            record["prepared_on"][name] = threading.current_thread()
            return original(project)

        monkeypatch.setattr(module, "prepare", prepare)
    ensure_built = main_window.PanelDock.ensure_built

    def recording_ensure_built(dock):
        if not dock.built:
            record["built"].append(dock.key)
            record["map_was_drawn"].append(bool(dock.window_.canvas._cache))
        ensure_built(dock)

    monkeypatch.setattr(main_window.PanelDock, "ensure_built", recording_ensure_built)
    return record


def test_panels_are_prepared_off_the_gui_thread_after_the_first_map(qtbot, demo_project, recorded_panels):
    window = open_window(qtbot, demo_project)
    front = next(iter(window.panel_docks))  # the dock raised at start
    with qtbot.waitSignal(window.canvas.sharp_painted, timeout=30000):
        window.show()
    assert not window.panels_built()  # the map did not wait for any panel
    qtbot.waitUntil(window.panels_built, timeout=60000)
    try:
        gui_thread = threading.main_thread()
        assert set(recorded_panels["prepared_on"]) == {"app.ui.panels.yield_panel", "app.ui.panels.rooftop_panel"}
        assert all(t is not gui_thread for t in recorded_panels["prepared_on"].values())
        assert recorded_panels["built"][0] == front
        assert sorted(recorded_panels["built"]) == sorted(window.panel_docks)
        assert all(recorded_panels["map_was_drawn"])
        # each dock holds its real panel, with its title
        from PySide6.QtWidgets import QLabel

        for key, dock in window.panel_docks.items():
            assert not isinstance(dock.widget(), QLabel), key
            assert dock.windowTitle()
    finally:
        window.close()


def test_a_tab_shown_before_its_turn_is_built_at_once(qtbot, demo_project, recorded_panels, monkeypatch):
    from app.ui.panels import yield_panel

    release = threading.Event()
    prepare = yield_panel.prepare

    def slow_prepare(project):  # holds the preparing thread at the first panel
        release.wait(30)
        return prepare(project)

    monkeypatch.setattr(yield_panel, "prepare", slow_prepare)
    window = open_window(qtbot, demo_project)
    try:
        with qtbot.waitSignal(window.canvas.sharp_painted, timeout=30000):
            window.show()
        qtbot.waitUntil(lambda: window._panel_import_started, timeout=30000)
        island = window.panel_docks["island"]
        assert not island.built
        island.raise_()  # the user clicks the tab
        qtbot.waitUntil(lambda: island.built, timeout=10000)
        assert not window.panel_docks["yield"].built  # still waiting for its turn
    finally:
        release.set()
    qtbot.waitUntil(window.panels_built, timeout=60000)
    window.close()


def test_startup_probe_reports_window_map_and_panels(qtbot, capfd, monkeypatch, tmp_path):
    from app.ui import main, recovery_dialog
    from app.ui.startup_probe import STARTUP_PROBE_ENV

    monkeypatch.setenv(STARTUP_PROBE_ENV, "1")
    monkeypatch.setenv("LYGSITE_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setattr(recovery_dialog, "offer_recovery", lambda parent=None, extra_projects=(): None)
    window = main.start_gui(None, lang="en")
    qtbot.addWidget(window)
    seen = []

    def reported():
        seen.extend(capfd.readouterr().err.splitlines())
        return any(line.startswith("lygsite-startup peak_rss_mib ") for line in seen)

    try:
        qtbot.waitUntil(reported, timeout=60000)
    finally:
        window.close()
    events = {}
    for line in seen:
        if line.startswith("lygsite-startup "):
            _, event, value = line.split()
            events[event] = float(value)
    assert events["window"] <= events["map"] <= events["panels"]
    assert events["stall_ms"] >= 0 and events["peak_rss_mib"] > 50


def test_probe_is_off_without_its_variable(qtbot, demo_project, monkeypatch):
    from app.ui.startup_probe import STARTUP_PROBE_ENV, install_startup_probe

    monkeypatch.delenv(STARTUP_PROBE_ENV, raising=False)
    window = open_window(qtbot, demo_project)
    assert install_startup_probe(window) is None
    window.close()


def test_startup_benchmark_smoke_mode_runs(tmp_path):
    """The CI smoke run of benchmarks/bench_startup.py: a real first start and a screenshot, no time limit."""
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_startup.py"), "--smoke"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    first = result["first_start"]
    assert 0 < first["window_s"] <= first["map_s"] <= first["panels_s"]
    assert result["screenshot"]["wall_s"] > 0
    assert result["display"]


def test_the_rooftop_panel_takes_the_prepared_potential_only_while_the_buildings_are_unchanged(demo_project, monkeypatch):
    from app.layers.edits import SetAttributes
    from app.siting import rooftop
    from app.ui.panels import rooftop_panel

    from app.project.weather import project_weather

    layer = demo_project.vector("buildings")
    weather = project_weather(demo_project)
    overrides = rooftop_panel.project_overrides(demo_project)
    rooftop_panel.prepare(demo_project)
    prepared = rooftop_panel._PREPARED[id(layer)][3]
    assert rooftop_panel._take_prepared(layer, weather, overrides) is prepared
    assert rooftop_panel._take_prepared(layer, weather, overrides) is None  # taken once
    # reference: the potential computed directly
    assert prepared.equals(rooftop.roof_potential(layer.gdf, weather=weather, overrides=overrides))

    rooftop_panel.prepare(demo_project)
    fid = layer.gdf.index[0]
    demo_project.undo_stack.push(SetAttributes(layer, [fid], {"roof_type": "pitched"}))
    try:
        assert id(layer) not in rooftop_panel._PREPARED  # the buildings changed: computed again when built
        assert rooftop_panel._take_prepared(layer, weather, overrides) is None
    finally:
        demo_project.undo_stack.undo()
