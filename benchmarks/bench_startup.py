"""Start-up of the installed desktop app: window, first painted map, usable panels.

Starts the real program (the ``lygsite`` console script beside this Python,
no command: the desktop window on the demo project) as a new process, with
``LYGSITE_STARTUP_PROBE=quit`` so that it prints when its map is first painted
sharp and when every dock panel is usable, then closes itself
(:mod:`app.ui.startup_probe`). The clock starts before the process does, so
the figures include the interpreter start and every import.

Display: a private X server (Xvfb) when it is installed, the window drawn as
on a desktop through Qt's xcb platform; otherwise Qt's offscreen platform,
and the output says so.

Cold start here means a new process with the app's disk caches present (the
demo project and the default year, built by the very first start, which is
timed separately) and the operating system's file cache warm.

Run from the repository root::

    .venv/bin/python benchmarks/bench_startup.py            # 5 starts + `lygsite screenshot` x 3
    .venv/bin/python benchmarks/bench_startup.py --smoke    # CI: one first start, no time limits

Prints one line per figure and one JSON line (paste into benchmarks/README.md,
"Start-up").
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine_info import machine_info  # noqa: E402  (benchmarks/ is the script's folder)

PROBE_ENV = "LYGSITE_STARTUP_PROBE"
#: Most one start may take before it counts as hung [s].
START_TIMEOUT_S = 180


def lygsite_command() -> list[str]:
    """The installed console script of this Python's environment (``python -m app`` without one)."""
    script = Path(sys.executable).with_name("lygsite")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


class Display:
    """A private Xvfb server for the children, or the offscreen platform when Xvfb is missing."""

    def __init__(self, allow_x: bool = True):
        self.process = None
        self.name = None
        self.note = "Xvfb not installed" if allow_x else "--offscreen"
        xvfb = shutil.which("Xvfb") if allow_x else None
        if xvfb is None:
            return
        for number in range(91, 120):
            if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
                continue
            proc = subprocess.Popen([xvfb, f":{number}", "-screen", "0", "1920x1200x24", "-nolisten", "tcp"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 10
            started = False
            while time.monotonic() < deadline and proc.poll() is None and not started:
                started = Path(f"/tmp/.X11-unix/X{number}").exists()
                time.sleep(0.05)
            if started:
                self.process, self.name = proc, f":{number}"
                if self._xcb_works():
                    return
                self.note = "Qt's xcb platform could not start on Xvfb (missing xcb libraries?)"
                self.process, self.name = None, None
            proc.kill()
            proc.wait()
            if started:
                return

    def _xcb_works(self) -> bool:
        """Whether Qt opens its xcb platform on the server (it aborts without its xcb libraries)."""
        env = dict(os.environ, DISPLAY=self.name, QT_QPA_PLATFORM="xcb")
        check = subprocess.run([sys.executable, "-c", "from PySide6.QtGui import QGuiApplication; QGuiApplication([])"],
                               env=env, capture_output=True, timeout=60)
        return check.returncode == 0

    @property
    def kind(self) -> str:
        return f"Xvfb {self.name} (xcb platform, 1920x1200x24)" if self.process else f"offscreen ({self.note})"

    def environment(self, base: dict) -> dict:
        env = dict(base)
        env.pop("QT_QPA_PLATFORM", None)
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        if self.process is not None:
            env["DISPLAY"] = self.name
            env["QT_QPA_PLATFORM"] = "xcb"
        else:
            env["QT_QPA_PLATFORM"] = "offscreen"
        return env

    def close(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)


def user_dirs(root: Path) -> dict:
    """Fresh per-user folders: no recent projects, no autosaves; the cache kept across starts."""
    env = {}
    for key in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        folder = root / key.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[key] = str(folder)
    return env


def run_child(args: list[str], env: dict, cwd: Path) -> tuple[float, str, float, float]:
    """Run ``args``: wall time [s], stderr, peak resident memory [MiB] (as the probe saw it), start time."""
    start = time.time()
    proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _, err = proc.communicate(timeout=START_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        raise RuntimeError(f"{' '.join(args)} did not finish in {START_TIMEOUT_S} s:\n{err[-2000:]}") from None
    wall = time.time() - start
    peak = _peak_from_stderr(err)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited with {proc.returncode}:\n{err[-2000:]}")
    return wall, err, peak, start


def _peak_from_stderr(err: str) -> float:
    for line in err.splitlines():
        if line.startswith("lygsite-startup peak_rss_mib "):
            return float(line.split()[2])
    return float("nan")


def one_start(display: Display, dirs: dict, cwd: Path) -> dict:
    """Start the desktop app once; seconds from launch to window, map and usable panels."""
    env = display.environment({**os.environ, **dirs, PROBE_ENV: "quit"})
    wall, err, peak, start = run_child(lygsite_command() + ["--lang", "zh"], env, cwd)
    events = {}
    for line in err.splitlines():
        if line.startswith("lygsite-startup "):
            _, event, value = line.split()
            events[event] = float(value)
    missing = [e for e in ("window", "map", "panels") if e not in events]
    if missing:
        raise RuntimeError(f"the app did not report {', '.join(missing)}:\n{err[-3000:]}")
    return {"window_s": events["window"] - start, "map_s": events["map"] - start,
            "panels_s": events["panels"] - start, "stall_ms": events.get("stall_ms", float("nan")),
            "peak_rss_mib": peak, "exit_s": wall}


def screenshot_run(dirs: dict, cwd: Path, out: Path) -> dict:
    """``lygsite screenshot`` end to end (offscreen, as the command runs), peak memory by wait4."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(dirs)
    start = time.time()
    proc = subprocess.Popen(lygsite_command() + ["screenshot", "--out", str(out), "--lang", "zh"], env=env, cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.time() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0 or not out.exists():
        raise RuntimeError(f"lygsite screenshot failed:\n{err[-2000:]}")
    return {"wall_s": wall, "peak_rss_mib": usage.ru_maxrss / 1024}


def summary(runs: list[dict], key: str) -> str:
    values = [r[key] for r in runs]
    return f"median {statistics.median(values):.2f} (runs: {', '.join(f'{v:.2f}' for v in values)})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="one first start and one screenshot (CI), no limits")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--offscreen", action="store_true", help="do not use Xvfb even when installed")
    args = parser.parse_args(argv)

    display = Display(allow_x=not args.offscreen)
    load = os.getloadavg()
    result = {"machine": machine_info(), "load_avg_1_5_15": [round(v, 2) for v in load], "display": display.kind}
    print(f"Machine: {result['machine']}; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"Display: {display.kind}")
    try:
        with tempfile.TemporaryDirectory(prefix="lyg-startup-") as tmp:
            tmp = Path(tmp)
            dirs = user_dirs(tmp / "user")
            first = one_start(display, dirs, tmp)  # builds the demo and default-year caches
            result["first_start"] = first
            print(f"first ever start (no caches): map {first['map_s']:.2f} s, panels {first['panels_s']:.2f} s")
            if args.smoke:
                shot = screenshot_run(dirs, tmp, tmp / "smoke.png")
                result["screenshot"] = shot
                print(f"lygsite screenshot: {shot['wall_s']:.2f} s, peak {shot['peak_rss_mib']:.0f} MiB")
            else:
                runs = [one_start(display, dirs, tmp) for _ in range(max(1, args.runs))]
                result["starts"] = runs
                for key in ("window_s", "map_s", "panels_s"):
                    result[f"median_{key}"] = round(statistics.median(r[key] for r in runs), 3)
                result["median_stall_ms"] = round(statistics.median(r["stall_ms"] for r in runs), 1)
                result["max_stall_ms"] = round(max(r["stall_ms"] for r in runs), 1)
                result["median_peak_rss_mib"] = round(statistics.median(r["peak_rss_mib"] for r in runs), 1)
                print(f"window shown [s]:      {summary(runs, 'window_s')}")
                print(f"map painted [s]:       {summary(runs, 'map_s')}   (goal <= 2 s)")
                print(f"panels usable [s]:     {summary(runs, 'panels_s')}   (goal <= 3 s)")
                print(f"longest GUI stall while panels load [ms]: {summary(runs, 'stall_ms')}")
                print(f"peak memory [MiB]:     {summary(runs, 'peak_rss_mib')}")
                shots = [screenshot_run(dirs, tmp, tmp / f"shot{i}.png") for i in range(3)]
                result["screenshot"] = {"median_wall_s": round(statistics.median(s["wall_s"] for s in shots), 3),
                                        "median_peak_rss_mib": round(statistics.median(s["peak_rss_mib"] for s in shots), 1),
                                        "runs": shots}
                print(f"lygsite screenshot end to end [s]: {summary(shots, 'wall_s')}; "
                      f"peak {statistics.median(s['peak_rss_mib'] for s in shots):.0f} MiB")
    finally:
        display.close()
    result["load_avg_after"] = [round(v, 2) for v in os.getloadavg()]
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
