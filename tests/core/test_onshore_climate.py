"""The documented onshore wind climate of the Lianyungang coastal plain, against its sources and the real world.

Before it, onshore wind sites lifted the CSWD Ganyu station's 10 m wind (2.46 m/s, sheltered) to hub height:
the demo onshore site CS-01 made 586 net full-load hours (capacity factor 0.07), against about 2,000 h that
Jiangsu's onshore wind farms make.
"""
import math

import numpy as np
import pytest
from numpy.testing import assert_allclose
from scipy.special import gamma

from app.core import assumptions
from app.resource.weather import default_weather
from app.resource.wind import compare_with_published, published_onshore_full_load_hours, wind_yield
from app.resource.wind_climate import log_profile_ratio, onshore_climate, onshore_climate_doc, site_wind_climate
from app.sample.demo import build_demo_project
from app.siting.site_analysis import analyse_site

from tests.shared_data import GANYU_EPW


def test_documented_climate_uses_the_onshore_roughness_of_the_assumptions():
    """The 100 m mean, k, profile and uncertainty are checked with the offshore climate's (test_offshore_climate);
    here: the profile's z0 is the coast preset the onshore sites use (one number, one place)."""
    doc = onshore_climate_doc()
    z0 = doc["height_profile"]["roughness_length_m"]
    assert z0 == assumptions.value(doc["height_profile"]["assumption"]) == assumptions.value("wind.roughness_coast")
    assert assumptions.value("siting.wind_roughness_onshore") == "coast"
    assert onshore_climate(135.0).to_json() == site_wind_climate(None, 135.0, False).to_json()


def test_cross_checks_are_what_their_sources_say_and_bracket_the_choice():
    """Each cross-check recomputed from the figure its source states, by hand (log law, Weibull power density)."""
    doc = onshore_climate_doc()
    checks = {c["what"].split(":")[0]: c["value_ms_at_100m"] for c in doc["cross_checks"]}
    up_10 = log_profile_ratio(100, 10, 0.03)
    # Yancheng coast, 4-5 m/s at 10 m near the shoreline; rounded to 0.1 m/s in the file
    assert_allclose(checks["Exposed coast at 10 m"], [4 * up_10, 5 * up_10], atol=0.05)
    # Rudong Dongling mast, 333 W/m2 at 60 m: v = (P / (0.5 rho Gamma(1+3/k) / Gamma(1+1/k)^3))^(1/3)
    speeds = [(333 / (0.5 * 1.225 * gamma(1 + 3 / k) / gamma(1 + 1 / k) ** 3)) ** (1 / 3) * log_profile_ratio(100, 60, 0.03)
              for k in (1.8, 2.2)]
    assert_allclose(checks["Measured mast on the exposed tidal-flat coast"], speeds, atol=0.05)
    # the station: the default year keeps its monthly 10 m means (2.46 m/s a year)
    station = default_weather().data["wind_speed"].mean() * up_10
    assert_allclose(checks["The sheltered land station"], [station, station], atol=0.05)
    low, high = doc["mean_speed_ms"]["range"]
    assert station < low <= doc["mean_speed_ms"]["value"] <= high <= max(speeds)


def test_weibull_k_from_the_station_by_the_justus_mikhail_relation():
    if not GANYU_EPW.is_file():
        pytest.skip(f"shared weather file absent: {GANYU_EPW}")
    from scipy.optimize import brentq

    from app.resource.importers import read_weather

    speed = read_weather(GANYU_EPW).data["wind_speed"].to_numpy()

    def k_of(v):  # method of moments: the coefficient of variation fixes k
        cv = v.std() / v.mean()
        return brentq(lambda k: math.sqrt(gamma(1 + 2 / k) / gamma(1 + 1 / k) ** 2 - 1) - cv, 0.5, 10)

    k10 = np.array([k_of(speed), k_of(speed[speed >= 0.5])])
    assert_allclose(k10, [1.45, 1.82], atol=0.01)  # as the file states
    k100 = k10 / (1 - 0.088 * math.log(100 / 10))  # Justus and Mikhail (1976)
    doc = onshore_climate_doc()["weibull_k"]
    assert_allclose(k100, doc["range"], atol=0.03)
    assert doc["range"][0] < doc["value"] < doc["range"][1]


@pytest.fixture(scope="module")
def demo():
    return build_demo_project()


def test_each_site_kind_gets_its_climate(demo):
    onshore = analyse_site(demo, "CS-01")
    fishery = analyse_site(demo, "CS-05")  # 风渔融合: turbines over aquaculture at sea
    assert onshore.weather_source.startswith("Lianyungang coastal-plain onshore climate")
    assert "Haizhou Bay offshore climate" in fishery.weather_source
    assert onshore.uncertainty_pct and onshore.uncertainty_pct > 5
    # the climate's own figures carried to the hub: 6.0 m/s x ln(120/0.03)/ln(100/0.03), rebinned (< 0.5 %)
    assert_allclose(onshore.wind_climate["mean_speed_ms"], 6.0 * log_profile_ratio(120, 100, 0.03), rtol=5e-3)
    from app.siting.island import run_island

    assert "Haizhou Bay offshore climate" in run_island(demo).weather_source  # the island is at sea


def test_hub_height_series_and_geotiff_replace_the_onshore_climate(tmp_path):
    from app.layers.rasterio_io import read_raster_layer
    from app.resource.raster import write_raster
    from app.resource.weather import validate_weather_frame

    project = build_demo_project(raster_dir=tmp_path / "indicative")
    lonlat = (119.10, 34.85)
    assert site_wind_climate(None, 100.0, False, project=project, lonlat=lonlat).source.startswith(
        "Lianyungang coastal-plain onshore climate")  # the indicative raster is no measurement
    path = write_raster(tmp_path / "gwa.tif", np.full((20, 20), 5.2), (118.5, 34.0, 120.0, 35.5), "EPSG:4490",
                        "GWA mean wind speed 100 m", "m/s", "user import", indicative=False)
    project.layers.remove("wind_speed_100m")
    project.layers.append(read_raster_layer(path, name="wind_speed_100m"))
    climate = site_wind_climate(None, 100.0, False, project=project, lonlat=lonlat)
    assert "imported raster" in climate.source and abs(climate.mean_speed_ms - 5.2) < 0.05
    # a series measured aloft (windpowerlib-style profile) replaces the climate altogether
    year = default_weather()
    import pandas as pd

    profile = pd.DataFrame({("wind_speed", 100): year.data["wind_speed"] * 2.0, ("temperature", 2): 288.0,
                            ("pressure", 0): 101325.0, ("roughness_length", 0): 0.03})
    profile.columns = pd.MultiIndex.from_tuples(profile.columns, names=["variable_name", "height"])
    aloft = validate_weather_frame(year.data[["temp_air", "wind_speed", "pressure"]], "mast.csv", year.latitude,
                                   year.longitude, require_irradiance=False, wind_profile=profile)
    measured = site_wind_climate(aloft, 100.0, False, project=project, lonlat=lonlat)
    assert measured.source.startswith("mast.csv")
    assert_allclose(measured.mean_speed_ms, 2.0 * year.data["wind_speed"].mean(), rtol=0.03)  # 1 m/s bins


def test_demo_onshore_site_against_published_jiangsu_full_load_hours(demo):
    """CS-01 (13 x E-126/4200 at 120 m in Ganyu) inside the published Jiangsu onshore range
    (1,857-2,333 h), or a visible note saying by how much and why; never again the 586 h of the
    station's 10 m wind lifted to hub height."""
    from tests.core.test_offshore_climate import check_against_published

    result = analyse_site(demo, "CS-01")
    low, _high = check_against_published(result, published_onshore_full_load_hours())
    assert result.net_full_load_hours > 0.8 * low


def test_published_onshore_figures_are_consistent():
    doc = published_onshore_full_load_hours()
    lows, highs = [], []
    for figure in doc["figures"] + doc["context_not_in_range"]:
        assert figure["source"]
        if "energy_gwh" in figure:
            assert_allclose(figure["hours"], figure["energy_gwh"] * 1000 / figure["capacity_mw"], atol=1.0)
    for figure in doc["figures"]:
        span = figure.get("hours_range", [figure.get("hours")] * 2)
        lows.append(span[0])
        highs.append(span[1])
    assert doc["range_hours"] == [min(lows), max(highs)]  # the range_rule
    assert compare_with_published(2000, offshore=False)["inside"]
    assert not compare_with_published(586, offshore=False)["inside"]
    assert "onshore" in compare_with_published(586, offshore=False)["note"]


def test_single_turbine_on_the_default_year_agrees_with_the_farm_gross(demo):
    """Two routes to one turbine's free-stream energy on the onshore climate: windpowerlib's hourly
    ModelChain on the default year mapped onto the climate, and PyWake's gross AEP over the climate's
    Weibull distribution. They differ in the hourly-vs-binned integration and in the profile above
    100 m (z0 0.1 'land' in the chain, 0.03 in the climate: 0.4 % in speed): 3 %."""
    site = analyse_site(demo, "CS-01")
    single = wind_yield(site.turbine["type"], site.turbine["hub_height_m"])
    assert "Lianyungang coastal-plain onshore climate" in single.weather_source
    assert_allclose(single.annual_kwh / 1000.0, site.gross_mwh / site.turbines, rtol=0.03)
