"""PV chain: reference reproduction, validation, CLI (no display, no Qt)."""
import json

import pytest
from numpy.testing import assert_allclose

from app.core.errors import InputError
from app.resource.pv import pv_yield, specific_yield_kwh_per_kwp, specific_yield_table
from app.resource.weather import default_weather
from tests.shared_data import GANYU_EPW, WINDPOWERLIB_CSV


@pytest.fixture(scope="module")
def ganyu_epw():
    if not GANYU_EPW.is_file():
        pytest.skip(f"shared weather file absent: {GANYU_EPW}")
    return GANYU_EPW


def _direct_pvlib_ac(path, lat, lon, kwp, tilt, azimuth, temp_model):
    """The CONTRACT.md reference chain written with pvlib alone (the reference)."""
    import pvlib
    from pvlib.location import Location
    from pvlib.modelchain import ModelChain
    from pvlib.pvsystem import PVSystem

    data, _ = pvlib.iotools.read_epw(path)
    system = PVSystem(
        surface_tilt=tilt, surface_azimuth=azimuth,
        module_parameters={"pdc0": kwp * 1000, "gamma_pdc": -0.0037},
        inverter_parameters={"pdc0": kwp * 1000 / 1.2, "eta_inv_nom": 0.96},
        temperature_model_parameters=pvlib.temperature.TEMPERATURE_MODEL_PARAMETERS["sapm"][temp_model],
    )
    chain = ModelChain.with_pvwatts(system, Location(lat, lon, tz="Asia/Shanghai"))
    chain.run_model(data[["ghi", "dni", "dhi", "temp_air", "wind_speed"]])
    return chain.results.ac.clip(lower=0)


@pytest.mark.parametrize("mount,temp_model", [("open_rack", "open_rack_glass_polymer"),
                                              ("roof", "close_mount_glass_glass"),
                                              ("float", "open_rack_glass_polymer")])
def test_pv_chain_matches_direct_pvlib_on_ganyu_epw(ganyu_epw, mount, temp_model):
    from app.resource.importers import read_weather

    ref = _direct_pvlib_ac(ganyu_epw, 34.83, 119.12, 50.0, 30.0, 180.0, temp_model)
    result = pv_yield(34.83, 119.12, 50.0, 30.0, 180.0, mount=mount, weather=read_weather(ganyu_epw))
    # The same pvlib chain on the same EPW: agreement is floating-point rounding (2e-16 measured), so
    # rtol 1e-12; CONTRACT.md's 0.5 % is the bar for a different implementation, not for this one.
    assert_allclose(result.annual_kwh, ref.sum() / 1000, rtol=1e-12)
    monthly_ref = (ref.groupby(ref.index.month).sum() / 1000).to_numpy()
    assert_allclose(result.monthly_kwh, monthly_ref, rtol=1e-12)
    assert result.weather_source == "EPW: CHN_Jiangsu.Ganyu.580400_CSWD.epw"


def test_solar_position_shared_between_runs_changes_nothing():
    """Runs on one weather share its solar positions; each equals pvlib run afresh with its own Location."""
    import pvlib
    from pvlib.location import Location
    from pvlib.modelchain import ModelChain
    from pvlib.pvsystem import PVSystem

    from app.resource.pv import run_pv_chain

    weather = default_weather()
    frame = weather.data[["ghi", "dni", "dhi", "temp_air", "wind_speed"]]
    for tilt, azimuth in ((20.0, 180.0), (25.0, 90.0), (25.0, 270.0), (5.0, 15.0)):
        ours = run_pv_chain(weather, weather.latitude, weather.longitude, 1.0, tilt, azimuth, "roof")
        system = PVSystem(surface_tilt=tilt, surface_azimuth=azimuth,
                          module_parameters={"pdc0": 1000.0, "gamma_pdc": -0.0037},
                          inverter_parameters={"pdc0": 1000.0 / 1.2, "eta_inv_nom": 0.96},
                          temperature_model_parameters=pvlib.temperature.TEMPERATURE_MODEL_PARAMETERS["sapm"][
                              "close_mount_glass_glass"])
        chain = ModelChain.with_pvwatts(system, Location(weather.latitude, weather.longitude, tz="Asia/Shanghai"))
        chain.run_model(frame)
        # the same calls on the same numbers: equal to the last bit
        assert (ours.to_numpy() == chain.results.ac.clip(lower=0).fillna(0).to_numpy()).all()
    shared = [key for key in weather._cache if isinstance(key, tuple) and key[0] == "chain_solar_position"
              and key[2:4] == (weather.latitude, weather.longitude)]
    assert len(shared) == 1  # one solar position for the four planes at this site


def test_pv_result_fields_consistent():
    r = pv_yield(34.6, 119.2, 10.0, 30.0, 180.0)
    assert len(r.monthly_kwh) == 12
    assert_allclose(sum(r.monthly_kwh), r.annual_kwh, rtol=1e-9)
    assert_allclose(r.specific_yield_kwh_per_kwp, r.annual_kwh / 10.0, rtol=1e-12)
    assert_allclose(r.capacity_factor, r.annual_kwh / (10.0 * 8760), rtol=1e-12)
    assert_allclose(r.avoided_co2_t, r.annual_kwh / 1000 * r.grid_emission_factor_t_per_mwh, rtol=1e-12)
    # PVWatts default losses combine to 14.08 % (pvlib.pvsystem.pvwatts_losses)
    assert_allclose(r.total_loss_pct, 14.08, atol=0.01)
    # a south-facing 30 deg system in coastal Jiangsu: 1000-1500 kWh/kWp (plausibility band)
    assert 1000 < r.specific_yield_kwh_per_kwp < 1500
    assert "default typical year" in r.weather_source


def test_losses_and_dc_ac_ratio_change_the_yield():
    base = pv_yield(34.6, 119.2, 1.0, 30.0, 180.0)
    dirty = pv_yield(34.6, 119.2, 1.0, 30.0, 180.0, losses={"soiling": 10.0})
    # soiling 2 % -> 10 %: total losses rise, energy drops by ~8 %/(1-0.02) on DC before clipping
    assert dirty.annual_kwh < base.annual_kwh * 0.95
    clipped = pv_yield(34.6, 119.2, 1.0, 30.0, 180.0, dc_ac_ratio=2.0)
    assert clipped.annual_kwh < base.annual_kwh


def test_specific_yield_group_equals_full_run_and_is_cached():
    weather = default_weather()
    full = pv_yield(weather.latitude, weather.longitude, 123.0, 25.0, 170.0, mount="roof", weather=weather)
    group = specific_yield_kwh_per_kwp(weather, 25.0, 170.0, "roof")
    # linear in kWp: the 1 kWp group run equals the 123 kWp run per kWp
    assert_allclose(group, full.specific_yield_kwh_per_kwp, rtol=1e-9)
    table = specific_yield_table(weather, [(25, 170), (25, 170), (10, 180)], mount="roof")
    assert len(table) == 3 and table.iloc[0, 2] == table.iloc[1, 2]


def test_cec_module_option_runs():
    from app.resource.pv import _cec_table

    name = _cec_table().columns[0]
    r = pv_yield(34.6, 119.2, 5.0, 30.0, 180.0, module=name)
    assert 800 < r.specific_yield_kwh_per_kwp < 1600


@pytest.mark.parametrize("kwargs,message", [
    ({"kwp": -5}, "kwp: expected a DC capacity > 0"),
    ({"kwp": 0}, "kwp: expected a DC capacity > 0"),
    ({"tilt": 95}, "tilt: expected 0..90"),
    ({"azimuth": -10}, "azimuth: expected 0..360"),
    ({"mount": "pole"}, "mount: expected one of roof, open_rack, float"),
    ({"latitude": 134.6}, "latitude: expected -90..90"),
    ({"losses": {"dust": 3}}, "unknown loss 'dust'"),
    ({"module": "No Such Module"}, "unknown CEC module"),
])
def test_bad_pv_inputs_raise_input_error(kwargs, message):
    args = dict(latitude=34.6, longitude=119.2, kwp=10, tilt=30, azimuth=180)
    args.update(kwargs)
    with pytest.raises(InputError, match=message):
        pv_yield(**args)


def test_pv_on_wind_only_weather_is_refused(tmp_path):
    from app.resource.importers import read_weather

    src = WINDPOWERLIB_CSV
    if not src.is_file():
        pytest.skip("shared windpowerlib example weather absent")
    with pytest.raises(InputError, match="no irradiance"):
        pv_yield(34.6, 119.2, 10, 30, 180, weather=read_weather(src))


def test_cli_pv_json_keys(capsys):
    from app.cli import main

    code = main(["pv", "--lat", "34.6", "--lon", "119.2", "--kwp", "10", "--tilt", "30", "--azimuth", "180",
                 "--mount", "roof", "--json"])
    assert code == 0
    out = capsys.readouterr().out
    doc = json.loads(out)
    for key in ("annual_kwh", "specific_yield_kwh_per_kwp", "capacity_factor", "monthly_kwh", "weather_source",
                "uncertainty_pct"):
        assert key in doc
    assert len(doc["monthly_kwh"]) == 12
    # CONTRACT.md: the climate uncertainty of the annual figure, +/- %, with the range it spans
    assert doc["uncertainty_pct"] == 10.0
    assert doc["annual_kwh_high"] == pytest.approx(doc["annual_kwh"] * 1.1)


def test_cli_pv_bad_input_one_line_exit_2(capsys):
    from app.cli import main

    code = main(["pv", "--lat", "34.6", "--lon", "119.2", "--kwp", "-3", "--tilt", "30", "--azimuth", "180", "--json"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert captured.err == "lygsite: error: kwp: expected a number > 0 [kWp], got -3\n"


def test_cli_pv_with_epw_and_losses(ganyu_epw, capsys):
    from app.cli import main

    code = main(["pv", "--lat", "34.83", "--lon", "119.12", "--kwp", "1", "--tilt", "30", "--azimuth", "180",
                 "--weather", str(ganyu_epw), "--losses", "soiling=3", "--dc-ac-ratio", "1.3", "--json"])
    assert code == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["weather_source"].startswith("EPW: ")
    assert doc["settings"]["losses_pct"]["soiling"] == 3.0
