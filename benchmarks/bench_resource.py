"""Resource engine speed: default-year generation, PV runs/s, wind runs/s.

Run: ``.venv/bin/python benchmarks/bench_resource.py`` (prints one JSON line).
Figures, not timed tests; record them in benchmarks/README.md.
"""
import json
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from machine_info import cpu_model  # noqa: E402  (benchmarks/ is the script's folder)


def _rate(fn, repeat: int) -> float:
    fn()  # warm-up (imports, caches)
    started = time.perf_counter()
    for _ in range(repeat):
        fn()
    return repeat / (time.perf_counter() - started)


def main() -> None:
    from app.resource import weather as weather_mod
    from app.resource.pv import pv_yield, specific_yield_kwh_per_kwp
    from app.resource.wind import wind_yield

    gen_times = []
    for seed in range(3):
        started = time.perf_counter()
        weather_mod.default_weather.__wrapped__(seed=seed)
        gen_times.append(time.perf_counter() - started)
    weather = weather_mod.default_weather()
    pv_rate = _rate(lambda: pv_yield(34.6, 119.2, 10.0, 30.0, 180.0, weather=weather), 20)
    wind_rate = _rate(lambda: wind_yield("E-126/4200", 135.0, weather=weather), 20)
    orientations = [(t, a) for t in range(0, 40, 5) for a in range(90, 271, 30)]
    started = time.perf_counter()
    for t, a in orientations:
        specific_yield_kwh_per_kwp(weather, t, a, "roof")
    groups_s = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(100_000):
        specific_yield_kwh_per_kwp(weather, 30, 180, "roof")
    cached_s = time.perf_counter() - started
    print(json.dumps({
        "default_year_generation_first_s": round(gen_times[0], 3),  # includes loading Linke turbidity
        "default_year_generation_s": round(min(gen_times), 3),
        "pv_runs_per_s": round(pv_rate, 1),
        "wind_runs_per_s": round(wind_rate, 1),
        "specific_yield_groups": len(orientations),
        "specific_yield_groups_s": round(groups_s, 2),
        "specific_yield_cached_100k_lookups_s": round(cached_s, 2),
        "nproc": os.cpu_count(),
        "cpu": cpu_model(),
        "python": platform.python_version(),
    }))


if __name__ == "__main__":
    main()
