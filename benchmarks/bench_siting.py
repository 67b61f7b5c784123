"""Siting benchmarks: layout + wake yield of a 100-turbine offshore site;
eligibility of a site against 10,000 exclusion polygons.

Run ``.venv/bin/python benchmarks/bench_siting.py``; prints one JSON line
(medians of ``REPEAT`` runs after one warm-up). Figures go to
benchmarks/README.md, section "Siting".
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

import geopandas as gpd  # noqa: E402
import numpy as np  # noqa: E402
import shapely  # noqa: E402

from app.sample.demo import build_demo_project  # noqa: E402
from app.layers.crs import METRIC_CRS, STORAGE_CRS  # noqa: E402
from app.layers.edits import AddFeature  # noqa: E402
from app.layers.model import VectorLayer  # noqa: E402
from app.resource.weather import default_weather  # noqa: E402
from app.siting.constraints import Rule, default_ruleset  # noqa: E402
from app.siting.eligibility import site_eligibility  # noqa: E402
from app.siting.layout import grid_layout, turbine_spec  # noqa: E402
from app.siting.site_analysis import analyse_site  # noqa: E402

REPEAT = 5
#: Centre of the benchmark offshore site, EPSG:4549 [m] (~120.05 E, 34.85 N, > 10 km offshore).
CENTRE = gpd.GeoSeries([shapely.Point(120.05, 34.85)], crs=STORAGE_CRS).to_crs(METRIC_CRS).iloc[0]


def timed(function, repeat=REPEAT):
    function()  # warm-up (imports, caches)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def hundred_turbine_site(project):
    """A sea rectangle that takes a 10 x 10 grid of V164/9500 at 5D x 8D, wind from the east."""
    d = 164.0
    along, across = 9 * 8 * d + d + 20, 9 * 5 * d + d + 20  # 9 gaps + half a rotor each side (+ slack < 1 spacing)
    site_m = shapely.box(CENTRE.x - along / 2, CENTRE.y - across / 2, CENTRE.x + along / 2, CENTRE.y + across / 2)
    site = gpd.GeoSeries([site_m], crs=METRIC_CRS).to_crs(STORAGE_CRS).iloc[0]
    layer = project.layers["candidate_sites"]
    AddFeature(layer, site, {"site_id": "BENCH-100", "name": "benchmark", "kind": "wind_offshore",
                             "turbine_type": "V164/9500", "hub_height_m": 125.0, "capacity_mw": 950.0,
                             "status": "idea", "county_adcode": "320703"}).redo()
    return site


def exclusion_layer(n=10_000, seed=1):
    """``n`` random discs (radius 30-150 m) over a 100 km x 100 km box around the site."""
    rng = np.random.default_rng(seed)
    xs = CENTRE.x + rng.uniform(-50_000, 50_000, n)
    ys = CENTRE.y + rng.uniform(-50_000, 50_000, n)
    radii = rng.uniform(30, 150, n)
    discs = shapely.buffer(shapely.points(xs, ys), radii, quad_segs=4)
    gdf = gpd.GeoDataFrame({"zone": np.arange(n)}, geometry=gpd.GeoSeries(discs, crs=METRIC_CRS).to_crs(STORAGE_CRS))
    return VectorLayer("protected_areas", gdf)


def main():
    project = build_demo_project()
    weather = default_weather()
    site = hundred_turbine_site(project)
    rules = default_ruleset()
    spec = turbine_spec("V164/9500")

    t_elig, elig = timed(lambda: site_eligibility(site, "wind_offshore", project, rules, "BENCH-100"))
    t_layout, layout = timed(lambda: grid_layout(elig.eligible_m, spec.rotor_m, 5, 8, 90.0))
    from app.resource.turbines import resolve_turbine
    from app.resource.wind import farm_yield
    from app.resource.wind_climate import offshore_climate

    climate = offshore_climate(125.0)
    t_wake, farm = timed(lambda: farm_yield(resolve_turbine("V164/9500"), 125.0, layout.positions_m, climate,
                                            offshore=True))
    t_total, full = timed(lambda: analyse_site(project, "BENCH-100", rules, 5, 8, 90.0, weather=weather), repeat=3)
    load = os.getloadavg()

    project.layers.append(exclusion_layer())
    rules_10k = default_ruleset()
    rules_10k.rules.append(Rule("bench_zones_200m", "layer_exclusion", 200.0, "m", "benchmark",
                                applies_to=("wind_offshore",), layer="protected_areas"))
    # the shipped 'protected_areas' rule (buffer 0) and the benchmark rule (buffer 200 m) both read the 10k layer
    t_10k, elig_10k = timed(lambda: site_eligibility(site, "wind_offshore", project, rules_10k, "BENCH-100"))

    doc = {
        "machine": {**machine_info(), "shapely": shapely.__version__, "load_average_1_5_15": load},
        "offshore_100": {"turbines": layout.count, "eligibility_s": round(t_elig, 4), "layout_s": round(t_layout, 4),
                         "wake_yield_s": round(t_wake, 3), "analyse_site_s": round(t_total, 3),
                         "capacity_mw": full.capacity_mw, "gross_mwh": round(full.gross_mwh),
                         "net_mwh": round(full.net_mwh), "wake_loss_pct": round(full.wake_loss_pct, 2),
                         "wake_model": full.wake_model, "net_full_load_hours": round(full.net_full_load_hours)},
        "eligibility_10k": {"exclusion_polygons": 10_000, "seconds": round(t_10k, 3),
                            "excluded_parts": elig_10k.excluded[["rule_id", "area_km2"]].round(3).to_dict("records"),
                            "eligible_area_km2": round(elig_10k.eligible_area_km2, 3),
                            "site_area_km2": round(elig_10k.site_area_km2, 3)},
    }
    print(json.dumps(doc, ensure_ascii=False))


if __name__ == "__main__":
    main()
