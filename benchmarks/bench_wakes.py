"""Wake-yield benchmarks: 100 turbines x a full wind rose with every PyWake model,
and the direction convergence that sets ``wind.direction_step_deg``.

Run ``.venv/bin/python benchmarks/bench_wakes.py``; prints one JSON line
(medians of ``REPEAT`` runs after one warm-up, wall and CPU seconds). Figures
go to benchmarks/README.md, section "Wakes".
"""
from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from machine_info import machine_info  # noqa: E402  (benchmarks/ is the script's folder)

import numpy as np  # noqa: E402

from app.resource.turbines import reference_turbines  # noqa: E402
from app.resource.wakes import WAKE_MODELS, farm_wake_yield  # noqa: E402
from app.resource.wind_climate import offshore_climate  # noqa: E402

REPEAT = 3


def timed(function, repeat=REPEAT):
    function()  # warm-up (imports, caches)
    wall, cpu = [], []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        result = function()
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu), result


def grid(columns, rows, rotor_m, rotate_deg=0.0):
    """Turbines at 5 D across x 8 D along, rotated [m]."""
    xs, ys = np.meshgrid(np.arange(columns) * 5 * rotor_m, np.arange(rows) * 8 * rotor_m)
    t = np.radians(rotate_deg)
    x, y = xs.ravel(), ys.ravel()
    return np.c_[x * np.cos(t) - y * np.sin(t), x * np.sin(t) + y * np.cos(t)] + [500_000.0, 3_850_000.0]


def main():
    turbine = reference_turbines()["DTU-10MW-RWT"]
    climate = offshore_climate(119.0)
    hundred = grid(10, 10, turbine.rotor_diameter_m, rotate_deg=17.0)
    models = {}
    for name in WAKE_MODELS:
        wall, cpu, result = timed(lambda name=name: farm_wake_yield(turbine, 119.0, hundred, climate, name, offshore=True))
        models[name] = {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3), "wake_loss_pct": round(result.wake_loss_pct, 2),
                        "directions": result.directions, "speed_bins": int((climate.speed_centres_ms >= turbine.cut_in_ms).sum())}
    convergence = {}
    for layout_name, layout in (("30 turbines, grid axes on N/E", grid(6, 5, turbine.rotor_diameter_m)),
                                ("30 turbines, rotated 17 deg", grid(6, 5, turbine.rotor_diameter_m, 17.0))):
        for name in ("noj", "turbopark"):
            losses = {f"{step:g}": round(farm_wake_yield(turbine, 119.0, layout, climate, name, offshore=True,
                                                          direction_step_deg=step).wake_loss_pct, 2)
                      for step in (1.0, 3.0, 5.0)}
            convergence[f"{layout_name}, {name}"] = losses
    doc = {"machine": {**machine_info(), "load_average_1_5_15": os.getloadavg()},
           "hundred_turbines_full_rose": {"turbine": turbine.name, "layout": "10 x 10 at 5D x 8D, rotated 17 deg",
                                          "climate": climate.source, "models": models},
           "direction_step_convergence_wake_loss_pct": convergence}
    print(json.dumps(doc, ensure_ascii=False))


if __name__ == "__main__":
    main()
