"""The user's cache (app.core.cache) and what is kept in it: the default year, specific yields.

Each test points XDG_CACHE_HOME at its own folder, so entries are made here
and read back here; the references are the same computations done afresh.
"""
import json
import os

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose

from app.core import cache
from app.resource import pv, weather


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / cache.CACHE_FOLDER


def test_version_key_changes_with_any_part_and_with_file_contents(tmp_path):
    source = tmp_path / "model.py"
    source.write_text("a = 1\n")
    first = cache.version_key(source, "seed 0", b"\x01")
    assert first == cache.version_key(source, "seed 0", b"\x01")
    assert first != cache.version_key(source, "seed 1", b"\x01")
    assert first != cache.version_key(source, "seed 0", b"\x02")
    source.write_text("a = 2\n")
    assert first != cache.version_key(source, "seed 0", b"\x01")
    # parts are separated: ("ab", "c") is not ("a", "bc")
    assert cache.version_key("ab", "c") != cache.version_key("a", "bc")


def test_cached_json_computes_once_then_reads_back(cache_home):
    calls = []

    def compute():
        calls.append(1)
        return {"value": 1.25, "list": [1, 2]}

    assert cache.cached_json("thing", "k1", compute) == {"value": 1.25, "list": [1, 2]}
    assert cache.cached_json("thing", "k1", compute) == {"value": 1.25, "list": [1, 2]}
    assert len(calls) == 1
    assert json.loads((cache_home / "thing-k1.json").read_text()) == {"value": 1.25, "list": [1, 2]}
    # no temporary left beside the entry
    assert sorted(p.name for p in cache_home.iterdir()) == ["thing-k1.json"]


def test_a_damaged_entry_is_computed_again(cache_home):
    cache_home.mkdir(parents=True)
    (cache_home / "thing-k1.json").write_text('{"trunc')
    assert cache.cached_json("thing", "k1", lambda: [3]) == [3]
    assert json.loads((cache_home / "thing-k1.json").read_text()) == [3]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_an_unwritable_cache_costs_time_not_the_result(tmp_path, monkeypatch):
    home = tmp_path / "ro"
    home.mkdir()
    home.chmod(0o500)
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    try:
        assert cache.cached_json("thing", "k1", lambda: [4]) == [4]
        assert cache.write_cache_file(home / "x" / "y.json", lambda tmp: tmp.write_text("1")) is None
    finally:
        home.chmod(0o700)


def test_an_unwritable_cache_file_is_not_an_error(tmp_path, monkeypatch):
    # the cache "folder" is a file: nothing can be written under it (also as root)
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert cache.cached_json("thing", "k1", lambda: [5]) == [5]


def test_default_year_read_back_is_bit_identical(cache_home):
    normals = weather.load_normals()
    station = normals["station"]
    args = (station["latitude"], station["longitude"], station["altitude_m"], normals)
    fresh = weather.generate_typical_year.__wrapped__(*args, seed=3)  # the generator itself, no cache
    made = weather.generate_typical_year(*args, seed=3)  # generated and kept
    kept = list(cache_home.glob("typical-year-*.npz"))
    assert len(kept) == 1
    read = weather.generate_typical_year(*args, seed=3)  # read back
    for frame in (made, read):
        pd.testing.assert_frame_equal(frame, fresh, check_exact=True, check_freq=True)
        assert str(frame.index.tz) == "Asia/Shanghai" and frame.index.freqstr == fresh.index.freqstr
    # the cached year validates to the same Weather (same content fingerprint) as the fresh one
    as_weather = [weather.validate_weather_frame(f, "t", station["latitude"], station["longitude"],
                                                 station["altitude_m"], typical_year=True) for f in (fresh, read)]
    assert as_weather[0].fingerprint == as_weather[1].fingerprint


def test_default_year_entry_follows_the_normals_and_the_seed(cache_home):
    normals = json.loads(json.dumps(weather.load_normals()))
    station = normals["station"]
    args = (station["latitude"], station["longitude"], station["altitude_m"])
    base = weather.generate_typical_year(*args, normals, seed=0)
    other_seed = weather.generate_typical_year(*args, normals, seed=1)
    normals["temp_air_c"] = [v + 1.0 for v in normals["temp_air_c"]]
    warmer = weather.generate_typical_year(*args, normals, seed=0)
    assert len(list(cache_home.glob("typical-year-*.npz"))) == 3
    assert not np.array_equal(base["ghi"].to_numpy(), other_seed["ghi"].to_numpy())
    # normals 1 K warmer: the year is 1 K warmer (monthly means are set to the normals), not the old entry
    assert_allclose(warmer["temp_air"].mean(), base["temp_air"].mean() + 1.0, rtol=1e-9)


def test_specific_yields_kept_between_sessions_equal_a_fresh_chain_run(cache_home, monkeypatch):
    monkeypatch.setattr(pv, "_SPECIFIC_YIELD_CACHE", {})
    monkeypatch.setattr(pv, "_STORED_SPECIFIC_YIELDS", {})
    year = weather.default_weather()
    first = pv.specific_yield_kwh_per_kwp(year, 25.0, 170.0)
    kept = list(cache_home.glob("specific-yield-*.json"))
    assert len(kept) == 1 and len(json.loads(kept[0].read_text())) == 1
    # a new session: nothing in memory, the value comes from the file, no chain run
    monkeypatch.setattr(pv, "_SPECIFIC_YIELD_CACHE", {})
    monkeypatch.setattr(pv, "_STORED_SPECIFIC_YIELDS", {})
    monkeypatch.setattr(pv, "run_pv_chain", lambda *a, **k: pytest.fail("the kept yield was not used"))
    again = pv.specific_yield_kwh_per_kwp(year, 25.0, 170.0)
    assert again == first
    monkeypatch.undo()
    # reference: the chain run directly, 1 kWp, same group [kWh/kWp]
    reference = pv.run_pv_chain(year, year.latitude, year.longitude, 1.0, 25.0, 170.0, "roof", None, None).sum() / 1000
    assert_allclose(again, reference, rtol=1e-12)


def test_specific_yields_of_other_weather_are_kept_apart(cache_home, monkeypatch):
    monkeypatch.setattr(pv, "_SPECIFIC_YIELD_CACHE", {})
    monkeypatch.setattr(pv, "_STORED_SPECIFIC_YIELDS", {})
    year = weather.default_weather()
    dimmer = weather.Weather(year.data.assign(ghi=year.data["ghi"] * 0.8, dni=year.data["dni"] * 0.8,
                                              dhi=year.data["dhi"] * 0.8),
                             "dimmer", year.latitude, year.longitude, year.altitude)
    bright = pv.specific_yield_kwh_per_kwp(year, 30.0, 180.0)
    dim = pv.specific_yield_kwh_per_kwp(dimmer, 30.0, 180.0)
    assert len(list(cache_home.glob("specific-yield-*.json"))) == 2
    assert dim < bright * 0.85


def test_combined_loss_equals_pvlib():
    import pvlib

    defaults = pv.loss_parameters()
    # reference: pvlib's PVWatts loss combination; exact up to floating point
    assert_allclose(pv.combined_loss_pct(), pvlib.pvsystem.pvwatts_losses(**defaults), rtol=1e-12)
    assert_allclose(pv.combined_loss_pct(), 14.08, atol=0.005)  # the PVWatts v5 defaults (Dobos 2014)
    changed = {"soiling": 5.0, "shading": 0.0, "age": 7.5}
    assert_allclose(pv.combined_loss_pct(changed), pvlib.pvsystem.pvwatts_losses(**{**defaults, **changed}),
                    rtol=1e-12)
    assert pv.combined_loss_pct({name: 0.0 for name in defaults}) == 0.0


def test_shade_tables_kept_between_sessions_equal_a_fresh_build(cache_home, monkeypatch):
    from app.siting import shading

    monkeypatch.setattr(shading, "_TABLE_CACHE", {})
    year = weather.default_weather()
    built = shading.shade_table(year, 25.0, 160.0)
    assert len(list(cache_home.glob("shade-table-*.npz"))) == 1
    monkeypatch.setattr(shading, "_TABLE_CACHE", {})  # a new session
    monkeypatch.setattr(shading, "_build_shade_table", lambda *a: pytest.fail("the kept table was not used"))
    kept = shading.shade_table(year, 25.0, 160.0)
    monkeypatch.undo()
    # reference: the table built afresh
    fresh = shading._build_shade_table(year, 25.0, 160.0, 0.25)
    for table in (built, kept):
        assert np.array_equal(table.cell_wh_m2, fresh.cell_wh_m2) and np.array_equal(table.below_wh_m2, fresh.below_wh_m2)
        assert table.poa_wh_m2 == fresh.poa_wh_m2 and (table.tilt, table.azimuth) == (25.0, 160.0)
    assert kept.loss(np.full((1, kept.cell_wh_m2.shape[0]), 20.0))[0] == fresh.loss(np.full((1, fresh.cell_wh_m2.shape[0]), 20.0))[0]


def test_reference_turbines_kept_between_sessions_equal_pywake(cache_home, monkeypatch):
    from app.resource import turbines

    turbines.reference_turbines.cache_clear()
    first = turbines.reference_turbines()
    assert len(list(cache_home.glob("reference-turbines-*.json"))) == 1
    turbines.reference_turbines.cache_clear()
    monkeypatch.setattr(turbines, "_reference_turbines_from_pywake", lambda: pytest.fail("PyWake was read again"))
    kept = turbines.reference_turbines()
    monkeypatch.undo()
    turbines.reference_turbines.cache_clear()
    # reference: PyWake's example data read directly
    direct = turbines._reference_turbines_from_pywake()
    assert kept == direct == first
    for name, turbine in kept.items():
        assert isinstance(turbine.power_kw, tuple) and turbine.offshore == direct[name].offshore
