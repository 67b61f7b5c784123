"""The default year is traceable: its table is the cited station's statistics, it reproduces them,
and the climate uncertainty of a PV result spans the default and the station year."""
import json

import numpy as np
import pytest
from numpy.testing import assert_allclose

from app.resource.weather import (KT_QUANTILE_LEVELS, NORMALS_PATH, climate_uncertainty_pct, daily_clearness_index,
                                  default_weather, load_normals, monthly_statistics)
from tests.shared_data import GANYU_EPW


@pytest.fixture(scope="module")
def station():
    if not GANYU_EPW.is_file():
        pytest.skip("shared Ganyu EPW absent")
    from app.resource.importers import read_weather

    return read_weather(GANYU_EPW)


def test_table_is_the_cited_station_year(station):
    # reference: the CSWD Ganyu EPW (WMO 580400) named in the table's provenance; the table holds
    # its monthly statistics rounded as monthly_statistics rounds them
    table = load_normals()
    stats = monthly_statistics(station)
    days = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    assert_allclose(np.array(table["ghi_kwh_m2_day"]) * days, stats["ghi_kwh_m2"], atol=0.01)
    for key in ("diffuse_share", "kt_quantiles", "temp_air_c", "diurnal_range_k", "wind_speed_10m",
                "pressure_hpa"):
        assert_allclose(table[key], stats[key], atol=1e-9, err_msg=key)
    assert table["kt_lag1_autocorrelation"] == stats["kt_lag1_autocorrelation"]
    cswd = next(s for s in table["sources"] if s["id"] == "cswd_ganyu")
    assert cswd["annual_ghi_kwh_m2"] == pytest.approx(1318.0, abs=0.05)
    assert "580400" in table["provenance"]["diffuse_share"]


def test_every_source_has_a_citation_and_the_uncertainty_follows_from_their_spread():
    table = load_normals()
    annual = [s["annual_ghi_kwh_m2"] for s in table["sources"]]
    assert all(s["citation"] and s["used_for"] for s in table["sources"])
    default_annual = np.sum(np.array(table["ghi_kwh_m2_day"]) * [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    spread = max(abs(a / default_annual - 1) for a in annual) * 100
    # rounded up to the next 0.5 %
    assert climate_uncertainty_pct() == pytest.approx(np.ceil(spread * 2) / 2)
    # the wind direction comes from the one direction table the wind climate uses too
    assert "lianyungang_wind_direction.json" in json.loads(NORMALS_PATH.read_text(encoding="utf-8"))[
        "provenance"]["wind_direction_frequency"]


def test_default_year_monthly_ghi_and_diffuse_share_match_the_table():
    table = load_normals()
    stats = monthly_statistics(default_weather())
    days = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    # the generator rescales each month, so sums match to rounding (0.1 %)
    assert_allclose(stats["ghi_kwh_m2"], np.array(table["ghi_kwh_m2_day"]) * days, rtol=1e-3)
    assert_allclose(stats["diffuse_share"], table["diffuse_share"], atol=2e-3)
    assert_allclose(stats["temp_air_c"], table["temp_air_c"], atol=0.05)
    assert_allclose(stats["wind_speed_10m"], table["wind_speed_10m"], rtol=1e-3)
    # mean daily range: hourly sampling and the daily anomaly blur it by up to ~0.5 K
    assert_allclose(stats["diurnal_range_k"], table["diurnal_range_k"], atol=0.6)


def test_default_year_day_to_day_variability_matches_the_station():
    table = load_normals()
    kt = daily_clearness_index(default_weather())
    # each month's mean clearness index to 0.01 (the monthly sums are exact)
    month = kt.index.month
    assert_allclose(kt.groupby(month).mean(), table["kt_mean"], atol=0.01)
    # the pooled distribution of the daily index: every decile within 0.03 of the station's
    # (the station's pooled deciles come from its monthly quantile tables, re-pooled by sampling them)
    levels = np.asarray(KT_QUANTILE_LEVELS)
    rng = np.random.default_rng(1)
    pooled = np.concatenate([np.interp(rng.random(3000), levels, q) for q in table["kt_quantiles"]])
    assert_allclose(np.quantile(kt, levels[1:-1]), np.quantile(pooled, levels[1:-1]), atol=0.03)
    # per-month spread: the days take the station quantiles, so within 0.02
    assert_allclose(kt.groupby(month).std(), table["kt_std"], atol=0.02)
    # persistence: lag-1 autocorrelation of the anomaly within 0.1 (sampling error ~0.05 for 365 days)
    anomaly = kt - kt.groupby(month).transform("mean")
    assert abs(anomaly.autocorr(1) - table["kt_lag1_autocorrelation"]) < 0.1


def test_default_year_wind_direction_follows_the_table():
    from app.resource.wind_climate import direction_table

    table = direction_table()["monthly_frequency"]  # app/resources/climate/lianyungang_wind_direction.json
    w = default_weather()
    assert "wind_direction" in w.data and w.data["wind_direction"].between(0, 360).all()
    freq = np.array(monthly_statistics(w)["wind_direction_frequency"])
    # 16 sectors x 12 months from ~80 persistent 3-hour blocks a month (sampling error ~0.03 a cell):
    # each share within 0.12 of the table (4 sigma over 192 cells), the annual rose within 0.02
    assert np.abs(freq - table).max() < 0.12
    assert_allclose(freq.mean(axis=0), table.mean(axis=0), atol=0.02)
    # the monsoon survives: northerly sectors lead in January, southerly ones in July
    jan, jul = freq[0], freq[6]
    assert jan[[15, 0, 1, 2]].sum() > jan[[7, 8, 9, 10]].sum() and jul[[7, 8, 9, 10]].sum() > jul[[15, 0, 1, 2]].sum()


def test_uncertainty_range_contains_default_and_station_results(station):
    from app.resource.pv import pv_yield

    # the reference case: 30 deg tilt, due south, open rack, at the station
    default = pv_yield(34.83, 119.12, 1.0, 30, 180, mount="open_rack")
    measured = pv_yield(34.83, 119.12, 1.0, 30, 180, mount="open_rack", weather=station)
    assert default.uncertainty_pct == pytest.approx(climate_uncertainty_pct())
    low, high = default.annual_kwh_range
    assert low <= measured.annual_kwh <= high
    assert low <= default.annual_kwh <= high
    # and the station result's own range contains the default-year result
    low, high = measured.annual_kwh_range
    assert low <= default.annual_kwh <= high
    # the default year is no longer ~20 % above the station (issue 13): within 6 %
    assert default.specific_yield_kwh_per_kwp / measured.specific_yield_kwh_per_kwp - 1 < 0.06
