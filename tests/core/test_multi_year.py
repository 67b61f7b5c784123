"""Multi-year weather gives per-year figures, not sums over the series.

Before: a 2-year hourly CSV (17,544 h) gave ``lygsite pv`` an "annual" 23,059 kWh against 11,525 kWh for
one year, and monthly sums doubled; PVGIS hourly downloads routinely cover 2005-2020 (16 years).

The reference of every engine here is the same engine run on each year alone: a series made of the
default year twice (labelled 2021 and 2022, both without 29 February) must give the mean of the two
one-year runs. Where the engine sees nothing but the hours (wind chain, wind-farm climate, specific
yields), that is exact; the PV chain's sun positions are those of the labelled dates, so it is exact
against the two labelled years and within 0.01 % (annual) / 0.05 % (months) of the 2019-labelled default
year itself.
"""
import json

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose

from app.core.errors import InputError
from app.resource import importers
from app.resource.pv import pv_yield, specific_yield_kwh_per_kwp
from app.resource.weather import default_weather, validate_weather_frame, years_covered, years_label
from app.resource.wind import wind_farm_yield, wind_yield


def _year(label: int, frame: pd.DataFrame | None = None) -> pd.DataFrame:
    data = (frame if frame is not None else default_weather().data).copy()
    data.index = pd.date_range(f"{label}-01-01", periods=len(data), freq="h", tz="Asia/Shanghai")
    return data


def _weather(*labels, source="CSV: years.csv"):
    year = default_weather()
    return validate_weather_frame(pd.concat([_year(label) for label in labels]), source, year.latitude,
                                  year.longitude, year.altitude)


@pytest.fixture(scope="module")
def years():
    """The default year as 2021, as 2022, and as both."""
    return _weather(2021), _weather(2022), _weather(2021, 2022)


# ------------------------------------------------------------------ counting years


def test_years_are_counted_from_the_covered_span_with_leap_days():
    def hours(start, periods, tz="Asia/Shanghai"):
        return pd.date_range(start, periods=periods, freq="h", tz=tz)

    assert years_covered(default_weather().data.index) == 1.0
    assert years_covered(hours("2019-01-01", 8760 + 8784)) == 2.0  # 2019 and leap 2020: 17,544 h
    assert years_covered(hours("2005-01-01 08:00", 140256)) == 16.0  # PVGIS 2005-2020 read as UTC+8
    assert years_covered(hours("2019-07-01", 8760)) == 1.0  # 365 days across 29 Feb 2020: a typical year
    assert years_covered(hours("2019-01-01", 4380)) == 1.0  # a partial year is not scaled (issue 17)
    assert years_covered(pd.RangeIndex(8760)) == 1.0
    assert years_label(hours("2005-01-01", 140256)) == "mean of 16 years 2005-2020"
    assert years_label(hours("2005-01-01 08:00", 140256)) == "mean of 16 years 2005-2020"  # UTC stamps at UTC+8
    assert years_label(hours("2019-07-01", 17544)) == "mean of 2 years 2019-07-01 to 2021-06-30"
    assert years_label(default_weather().data.index) == ""


def test_a_series_of_whole_years_is_named_and_anything_else_over_a_year_refused(years):
    two = years[2]
    assert two.years == 2.0 and two.source == "CSV: years.csv (mean of 2 years 2021-2022)"
    assert any("divided by 2" in note for note in two.notes)
    year = default_weather()
    longer = pd.concat([_year(2021), _year(2022).iloc[:4000]])
    with pytest.raises(InputError, match=r"^CSV: odd\.csv: covers 1\.46 years \(12,760 h, 2021-01-01 00:00 to "
                                         r"2022-06-16 15:00\), not a whole number of years"):
        validate_weather_frame(longer, "CSV: odd.csv", year.latitude, year.longitude, year.altitude)
    with pytest.raises(InputError, match="not a whole number of years"):  # asking for a partial year does not help
        validate_weather_frame(longer, "CSV: odd.csv", year.latitude, year.longitude, year.altitude,
                               partial_year=True)


# ------------------------------------------------------------------ each engine


def test_pv_gives_per_year_annual_and_monthly_figures(years):
    one_a, one_b, two = (pv_yield(34.6, 119.2, 100.0, 30.0, 180.0, weather=w) for w in years)
    assert_allclose(two.annual_kwh, (one_a.annual_kwh + one_b.annual_kwh) / 2, rtol=1e-12)
    assert_allclose(two.monthly_kwh, (np.array(one_a.monthly_kwh) + one_b.monthly_kwh) / 2, rtol=1e-12)
    assert_allclose(sum(two.monthly_kwh), two.annual_kwh, rtol=1e-12)
    assert_allclose(two.specific_yield_kwh_per_kwp, two.annual_kwh / 100.0, rtol=1e-12)
    assert_allclose(two.capacity_factor, (one_a.capacity_factor + one_b.capacity_factor) / 2, rtol=1e-12)
    default = pv_yield(34.6, 119.2, 100.0, 30.0, 180.0)  # the same hours labelled 2019: sun positions differ
    assert_allclose(two.annual_kwh, default.annual_kwh, rtol=1e-4)
    assert_allclose(two.monthly_kwh, default.monthly_kwh, rtol=5e-4)
    assert "mean of 2 years 2021-2022" in two.weather_source


def test_rooftop_specific_yields_are_per_year(years):
    one_a, one_b, two = (specific_yield_kwh_per_kwp(w, 25.0, 180.0, "roof") for w in years)
    assert_allclose(two, (one_a + one_b) / 2, rtol=1e-12)
    assert_allclose(two, specific_yield_kwh_per_kwp(None, 25.0, 180.0, "roof"), rtol=1e-4)


def test_wind_chain_gives_per_year_figures(years):
    # the station's wind as it is (a file's weather runs as given): the hours alone decide, so exact
    one_a, one_b, two = (wind_yield("E-126/4200", 120.0, weather=w) for w in years)
    for result in (one_a, two):
        assert "onshore climate" not in result.weather_source  # only the built-in default year is mapped
    assert_allclose(two.annual_kwh, one_a.annual_kwh, rtol=1e-12)
    assert_allclose(two.monthly_kwh, one_a.monthly_kwh, rtol=1e-12)
    assert_allclose([two.full_load_hours, two.capacity_factor], [one_a.full_load_hours, one_a.capacity_factor],
                    rtol=1e-12)
    assert_allclose(two.mean_wind_speed_hub, one_b.mean_wind_speed_hub, rtol=1e-12)
    farm_one, farm_two = (wind_farm_yield("E-126/4200", 120.0, 6, w) for w in (years[0], years[2]))
    assert_allclose([farm_two.gross_mwh, farm_two.net_mwh], [farm_one.gross_mwh, farm_one.net_mwh], rtol=1e-12)


def test_wind_farm_climate_is_a_frequency_and_its_energy_a_year(years):
    """The joint direction-speed distribution sums to 1 whatever the length of the series, and PyWake's AEP
    weighs it with 8760 h: the same farm on one year and on two gives the same energy."""
    from app.resource.turbines import resolve_turbine
    from app.resource.wind import farm_yield
    from app.resource.wind_climate import climate_from_weather

    turbine = resolve_turbine("E-126/4200")
    positions = np.array([[0.0, 0.0], [700.0, 0.0], [0.0, 500.0]])
    one, two = (climate_from_weather(w, 120.0, "coast") for w in (years[0], years[2]))
    assert_allclose(two.frequency, one.frequency, rtol=1e-12)
    assert "mean of 2 years 2021-2022" in two.source
    farm_one, farm_two = (farm_yield(turbine, 120.0, positions, c) for c in (one, two))
    assert_allclose([farm_two.gross_mwh, farm_two.net_mwh, farm_two.net_full_load_hours],
                    [farm_one.gross_mwh, farm_one.net_mwh, farm_one.net_full_load_hours], rtol=1e-12)


def test_island_totals_are_per_year_and_the_hours_are_all_kept(years):
    from app.export.report_data import island as island_section
    from app.sample.demo import build_demo_project
    from app.siting.island import run_island

    demo = build_demo_project()
    runs = [run_island(demo, weather=w) for w in years]
    one_a, one_b, two = (run.to_dict() for run in runs)
    assert len(runs[2].balance.hourly) == 17520 and two["settings"]["years"] == 2.0
    mean = {k: (one_a[k] + one_b[k]) / 2 for k in one_a if isinstance(one_a[k], float)}
    # generation: exact but for the open-sea mapping, which ranks 17,520 hours instead of 8,760 (its
    # quantiles interleave): 0.05 %
    for key in ("pv_mwh", "ocean_mwh"):
        assert_allclose(two[key], mean[key], rtol=1e-6)
    for key in ("wind_mwh", "generation_mwh", "export_mwh"):
        assert_allclose(two[key], mean[key], rtol=5e-4)
    # storage starts full once in two years instead of once a year: the difference is at most that charge
    initial = demo_initial_storage_mwh(two)
    assert abs(two["electrolyzer_mwh"] - mean["electrolyzer_mwh"]) <= initial + 5e-4 * mean["generation_mwh"]
    assert abs(two["storage_throughput_mwh"] - mean["storage_throughput_mwh"]) <= initial
    assert_allclose(runs[2].balance.balance_residual_mwh, 0.0, atol=1e-6)  # the per-year balance still closes
    monthly = runs[2].balance.monthly_mwh(["generation_mw"])
    assert_allclose(monthly["generation_mw"].sum(), two["generation_mwh"], rtol=1e-12)
    assert_allclose(monthly["generation_mw"].to_numpy(),
                    runs[0].balance.monthly_mwh(["generation_mw"])["generation_mw"].to_numpy(), rtol=2e-3)
    section = island_section(demo)  # the report's monthly chart reads the same per-year months
    assert section.extra["monthly_mwh"].shape == (12, 6)


def demo_initial_storage_mwh(doc) -> float:
    settings = doc["settings"]
    return settings["storage_energy_mwh"] * settings["storage_initial_soc_fraction"]


# ------------------------------------------------------------------ through the importers


def _leap_year_like(year_label: int) -> pd.DataFrame:
    """The default year's hours relabelled to a leap year: 29 February repeats 28 February."""
    data = default_weather().data
    days = [data[data.index.day_of_year == d] for d in range(1, 366)]
    frame = pd.concat(days[:59] + [days[58]] + days[59:])
    frame.index = pd.date_range(f"{year_label}-01-01", periods=8784, freq="h", tz="Asia/Shanghai")
    return frame


def test_two_year_pvlib_csv_17544_hours(tmp_path):
    """The case of the report: 2019 and leap 2020 in pvlib names, 17,544 h, no longer twice a year's energy."""
    frame = pd.concat([_year(2019), _leap_year_like(2020)])
    assert len(frame) == 17544
    path = tmp_path / "two_years.csv"
    frame.round(3).to_csv(path)
    weather = importers.read_weather(path)
    assert weather.years == 2.0 and weather.source == "CSV: two_years.csv (mean of 2 years 2019-2020)"
    two = pv_yield(34.6, 119.2, 10.0, 30.0, 180.0, weather=weather)
    one = pv_yield(34.6, 119.2, 10.0, 30.0, 180.0)
    # 2020 has one day more (a February day): within 0.5 % of one year's energy, not 100 % above it
    assert_allclose(two.annual_kwh, one.annual_kwh, rtol=5e-3)
    assert_allclose(two.monthly_kwh[2:], one.monthly_kwh[2:], rtol=2e-3)


def test_pvgis_hourly_multi_year_through_the_importer(tmp_path):
    """A PVGIS-hourly-like JSON of several years (UTC stamps at HH:10, floored and moved to UTC+8; DNI and DHI
    by Erbs from G(i)): named 'mean of N years', per-year figures equal to the mean of its years read one by one."""
    import pvlib

    frames = [_year(2017), _year(2018), _year(2019)]

    def write(name, parts):
        utc = pd.concat(parts)
        utc.index = utc.index.tz_convert("UTC") + pd.Timedelta("10min")  # PVGIS stamps: UTC, HH:10
        doc = {"inputs": {"location": {"latitude": 34.6, "longitude": 119.2, "elevation": 5.0},
                          "mounting_system": {"fixed": {"slope": {"value": 0}, "azimuth": {"value": 0}}}},
               "meta": {"inputs": {}},
               "outputs": {"hourly": [{"time": f"{ts:%Y%m%d:%H%M}", "G(i)": round(r.ghi, 2), "H_sun": 10.0,
                                       "T2m": round(r.temp_air, 2), "WS10m": round(r.wind_speed, 2), "Int": 0}
                                      for ts, r in utc.iterrows()]}}
        path = tmp_path / name
        path.write_text(json.dumps(doc))
        return path

    assert pvlib.__version__  # the importer reads the file with pvlib.iotools.read_pvgis_hourly
    many = importers.read_weather(write("hourly_2017_2019.json", frames))
    assert many.years == 3.0 and len(many.data) == 26280
    assert many.source == "PVGIS hourly (json): hourly_2017_2019.json (mean of 3 years 2017-2019)"
    singles = [importers.read_weather(write(f"hourly_{f.index[0].year}.json", [f])) for f in frames]
    results = [pv_yield(34.6, 119.2, 10.0, 30.0, 180.0, weather=w) for w in [many] + singles]
    assert_allclose(results[0].annual_kwh, np.mean([r.annual_kwh for r in results[1:]]), rtol=1e-12)
    assert_allclose(results[0].monthly_kwh, np.mean([r.monthly_kwh for r in results[1:]], axis=0), rtol=1e-12)
    assert_allclose(results[0].annual_kwh, pv_yield(34.6, 119.2, 10.0, 30.0, 180.0).annual_kwh, rtol=0.02)
