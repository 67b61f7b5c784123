"""Where the time of one ``lygsite rooftop`` goes: run the real command with each phase timed (CPU and wall).

Used by ``bench_rooftop.py --phases`` as a child process, with ``PYTHONPATH`` set to the checkout to measure
(so the code before a change can be measured the same way). Usage::

    python benchmarks/rooftop_phases.py IN.gpkg OUT.gpkg [rooftop options...]

Prints one JSON line: seconds per phase, exclusive (a phase nested in another is not counted twice):
``imports`` (interpreter start, imports and everything not in another phase), ``read`` (the guarded reader),
``validate`` and ``clean`` (the import checks), ``default_year`` (making or loading the built-in weather year),
``pvlib`` (the yield engine's chain runs), ``potential`` (the geometry and arithmetic of the potential),
``shading``, ``write`` (the output through the atomic writer).
"""
from __future__ import annotations

import json
import resource
import sys
import time

started_wall = time.perf_counter()


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


totals: dict[str, list[float]] = {}
stack: list[list] = []


def timed(name: str, function):
    def wrapper(*args, **kwargs):
        frame = [cpu(), time.perf_counter(), 0.0, 0.0]  # start cpu, start wall, nested cpu, nested wall
        stack.append(frame)
        try:
            return function(*args, **kwargs)
        finally:
            stack.pop()
            spent_cpu, spent_wall = cpu() - frame[0], time.perf_counter() - frame[1]
            total = totals.setdefault(name, [0.0, 0.0])
            total[0] += spent_cpu - frame[2]
            total[1] += spent_wall - frame[3]
            if stack:
                stack[-1][2] += spent_cpu
                stack[-1][3] += spent_wall

    return wrapper


def main() -> int:
    from app.cli import main as cli_main
    from app.cli import rooftop_commands
    from app.resource import pv, weather
    from app.siting import building_import, rooftop, shading

    building_import.read_vector = timed("read", building_import.read_vector)
    building_import.validate_buildings = timed("validate", building_import.validate_buildings)
    building_import.clean_buildings = timed("clean", building_import.clean_buildings)
    weather.default_weather = timed("default_year", weather.default_weather)
    pv.run_pv_chain = timed("pvlib", pv.run_pv_chain)
    rooftop.roof_potential = timed("potential", rooftop.roof_potential)
    shading.building_shade_losses = timed("shading", shading.building_shade_losses)
    if hasattr(rooftop_commands, "_write_output"):  # the hand-written command of older checkouts
        rooftop_commands._write_output = timed("write", rooftop_commands._write_output)
    else:  # the command generated from the rooftop algorithm
        from app.siting import algorithms

        algorithms.write_buildings = timed("write", algorithms.write_buildings)
    source, out, *options = sys.argv[1:]
    code = cli_main(["rooftop", "--buildings", source, "--out", out, "--json", *options])
    total_cpu, total_wall = cpu(), time.perf_counter() - started_wall
    phases = {name: {"cpu_s": round(c, 3), "wall_s": round(w, 3)} for name, (c, w) in totals.items()}
    phases["imports"] = {"cpu_s": round(total_cpu - sum(c for c, _ in totals.values()), 3),
                         "wall_s": round(total_wall - sum(w for _, w in totals.values()), 3)}
    print(json.dumps({"exit": code, "total_cpu_s": round(total_cpu, 3), "phases": phases}), file=sys.stderr)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
