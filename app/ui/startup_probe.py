"""Start-up timings of the desktop app, for ``benchmarks/bench_startup.py``.

Off unless the environment variable :data:`STARTUP_PROBE_ENV` is set (only the
benchmark sets it). Then the app prints, on stderr, one line per event::

    lygsite-startup window <unix time [s]>     the main window was shown
    lygsite-startup map <unix time [s]>        first paint with every visible layer drawn sharp
    lygsite-startup panels <unix time [s]>     every dock panel built, no start-up task running
    lygsite-startup stall_ms <ms>              longest the event loop did not answer between
                                               the first map and usable panels (map responsiveness)
    lygsite-startup peak_rss_mib <MiB>         peak resident memory so far

The benchmark takes its own clock before starting the process, so the times
include the interpreter start and every import. With the value ``quit`` the
window closes itself (as a user closing it would: autosave ends cleanly)
once the panels are usable.
"""
from __future__ import annotations

import os
import resource
import sys
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: The environment variable that turns the probe on (``1``) or on-and-quit (``quit``).
STARTUP_PROBE_ENV = "LYGSITE_STARTUP_PROBE"
#: How often the event loop is asked to answer while panels load [ms].
_TICK_MS = 10


def report(event: str, value: float) -> None:
    """One ``lygsite-startup EVENT VALUE`` line on stderr."""
    print(f"lygsite-startup {event} {value:.6f}", file=sys.stderr, flush=True)


def peak_rss_mib() -> float:
    """Peak resident memory of this process [MiB] (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class StartupProbe(QObject):
    """Watches one main window from its creation until its panels are usable."""

    def __init__(self, window, quit_when_ready: bool = False):
        super().__init__(window)
        self.window = window
        self.quit_when_ready = quit_when_ready
        self.map_time: float | None = None
        self.longest_stall_ms = 0.0
        self._last_tick = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(_TICK_MS)
        self._timer.timeout.connect(self._tick)
        window.canvas.sharp_painted.connect(self._on_map)

    def window_shown(self) -> None:
        report("window", time.time())

    def _on_map(self) -> None:
        if self.map_time is not None:
            return
        self.map_time = time.time()
        report("map", self.map_time)
        self._last_tick = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        # a tick arriving late means the GUI thread was busy that long: the map did not answer
        self.longest_stall_ms = max(self.longest_stall_ms, (now - self._last_tick) * 1000 - _TICK_MS)
        self._last_tick = now
        window = self.window
        if not window.panels_built() or any(handle.is_running for handle in window._tasks):
            return
        self._timer.stop()
        report("panels", time.time())
        report("stall_ms", max(self.longest_stall_ms, 0.0))
        report("peak_rss_mib", peak_rss_mib())
        if self.quit_when_ready:
            window.close()
            QCoreApplication.quit()


def install_startup_probe(window) -> StartupProbe | None:
    """A :class:`StartupProbe` on ``window`` when :data:`STARTUP_PROBE_ENV` is set, else None."""
    value = os.environ.get(STARTUP_PROBE_ENV, "").strip().lower()
    if not value or value == "0":
        return None
    return StartupProbe(window, quit_when_ready=value == "quit")
