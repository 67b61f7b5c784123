"""Wind chain against windpowerlib itself; farms, turbines of every origin, bad input, CLI."""
import json

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose

from app.core.errors import InputError
from app.resource import wind
from app.resource.importers import read_weather
from app.resource.weather import default_weather, validate_weather_frame
from tests.shared_data import WINDPOWERLIB_CSV as EXAMPLE_CSV


@pytest.fixture(scope="module")
def example_csv():
    if not EXAMPLE_CSV.is_file():
        pytest.skip(f"shared weather file absent: {EXAMPLE_CSV}")
    return EXAMPLE_CSV


def _windpowerlib_reference(path, turbine_type, hub_height):
    """windpowerlib's own example procedure: read the CSV, ModelChain defaults (the reference)."""
    from windpowerlib import ModelChain, WindTurbine

    frame = pd.read_csv(path, index_col=0, header=[0, 1])
    frame.index = pd.to_datetime(frame.index, utc=True)
    frame.columns = [frame.columns.get_level_values(0), frame.columns.get_level_values(1).astype(int)]
    chain = ModelChain(WindTurbine(hub_height=hub_height, turbine_type=turbine_type)).run_model(frame)
    return chain.power_output


@pytest.mark.parametrize("turbine_type,hub_height", [("E-126/4200", 135), ("V90/2000", 105)])
def test_wind_chain_matches_windpowerlib(example_csv, turbine_type, hub_height):
    ref = _windpowerlib_reference(example_csv, turbine_type, hub_height)
    result = wind.wind_yield(turbine_type, hub_height, read_weather(example_csv), keep_hourly=True)
    # same model, same data: agreement to floating-point noise (rtol 1e-9)
    assert_allclose(result.annual_kwh, ref.sum() / 1000, rtol=1e-9)
    assert_allclose(result.hourly_kw.to_numpy(), ref.to_numpy() / 1000, rtol=1e-9, atol=1e-9)
    assert_allclose(result.full_load_hours, result.annual_kwh / result.nominal_power_kw, rtol=1e-12)
    assert_allclose(result.capacity_factor, result.annual_kwh / (result.nominal_power_kw * 8760), rtol=1e-12)


def test_roughness_presets_and_default_weather():
    # the station's 10 m wind as it is: smoother surface -> lower shear -> lower hub speed
    land = wind.wind_yield("E-126/4200", 135, roughness="land", documented_climate=False)
    sea = wind.wind_yield("E-126/4200", 135, roughness="sea", documented_climate=False)
    assert land.roughness_length_m == 0.1 and sea.roughness_length_m == 0.0002
    assert sea.mean_wind_speed_hub < land.mean_wind_speed_hub
    assert land.weather_source == default_weather().source
    # the default year by default: its wind mapped onto the documented climate of the terrain, whose 100 m
    # mean the chain's log profile gives back exactly (mapped down and lifted with the same z0): 6.0 m/s
    # onshore, 7.2 m/s at sea, times the Weibull quantile-mean error of 8760 mid-point ranks (< 0.1 %)
    from app.resource.wind_climate import log_profile_ratio
    onshore = wind.wind_yield("E-126/4200", 135, roughness="land")
    offshore = wind.wind_yield("E-126/4200", 135, roughness="sea")
    assert "Lianyungang coastal-plain onshore climate" in onshore.weather_source
    assert "Haizhou Bay offshore climate" in offshore.weather_source
    assert_allclose(onshore.mean_wind_speed_hub, 6.0 * log_profile_ratio(135, 100, 0.1), rtol=1e-3)
    assert_allclose(offshore.mean_wind_speed_hub, 7.2 * log_profile_ratio(135, 100, 0.0002), rtol=1e-3)
    # any other weather (a file, an import) runs as given (the contract): the same hours under another name
    year = default_weather()
    as_file = validate_weather_frame(year.data, "CSV: year.csv", year.latitude, year.longitude, year.altitude)
    given = wind.wind_yield("E-126/4200", 135, weather=as_file, roughness="land")
    assert given.weather_source == "CSV: year.csv" and given.annual_kwh == land.annual_kwh


def test_turbine_library_listing():
    rows = wind.list_turbines()
    assert len(rows) >= 67
    with_curve = [r for r in rows if r["has_power_curve"]]
    assert len(with_curve) >= 60
    e126 = next(r for r in rows if r["turbine_type"] == "E-126/4200")
    assert e126["nominal_power_kw"] == 4200 and e126["rotor_diameter_m"] == 127


def test_unknown_turbine_lists_close_matches():
    with pytest.raises(InputError, match=r"unknown turbine type 'E-126/420'.*close matches: .*E-126/4200"):
        wind.wind_yield("E-126/420", 135)


def test_hub_height_out_of_range():
    with pytest.raises(InputError, match=r"hub height 40 m out of range for E-126/4200: expected 78\.\.200 m"):
        wind.wind_yield("E-126/4200", 40)
    with pytest.raises(InputError, match="hub height 350 m out of range"):
        wind.wind_yield("E-126/4200", 350)


def test_turbine_without_power_curve():
    nocurve = next(r["turbine_type"] for r in wind.list_turbines() if not r["has_power_curve"])
    with pytest.raises(InputError, match="has no power curve"):
        wind.wind_yield(nocurve, 120)


def test_farm_dena_mean_against_windpowerlib(example_csv):
    from windpowerlib import TurbineClusterModelChain, WindFarm, WindTurbine

    frame = pd.read_csv(example_csv, index_col=0, header=[0, 1])
    frame.index = pd.to_datetime(frame.index, utc=True)
    frame.columns = [frame.columns.get_level_values(0), frame.columns.get_level_values(1).astype(int)]
    farm = WindFarm(pd.DataFrame({"wind_turbine": [WindTurbine(hub_height=135, turbine_type="E-126/4200")],
                                  "number_of_turbines": [6]}))
    ref_net = TurbineClusterModelChain(farm, wake_losses_model="dena_mean").run_model(frame).power_output.sum() / 1e6
    result = wind.wind_farm_yield("E-126/4200", 135, 6, read_weather(example_csv))
    assert_allclose(result.net_mwh, ref_net, rtol=1e-9)
    assert result.capacity_mw == pytest.approx(25.2)
    assert 0 < result.wake_loss_pct < 30 and result.gross_mwh > result.net_mwh


def test_a_reference_turbine_runs_the_hourly_chain_from_its_curve():
    """The DTU 10 MW RWT (not in windpowerlib's library) through windpowerlib's
    ModelChain: the hourly power is its published curve at the hub speed."""
    from app.resource.turbines import reference_turbines

    result = wind.wind_yield("DTU-10MW-RWT", 119, keep_hourly=True, documented_climate=False)
    turbine = reference_turbines()["DTU-10MW-RWT"]
    from app.resource.wind_climate import hub_speed_from_weather

    speed = hub_speed_from_weather(default_weather(), 119).to_numpy()
    expected = np.interp(speed, turbine.wind_speed_ms, turbine.power_kw, left=0.0, right=0.0)
    assert_allclose(result.hourly_kw.to_numpy(), expected, rtol=1e-9, atol=1e-9)
    assert result.nominal_power_kw == 10000.0


def test_cli_turbines_json(capsys):
    from app.cli import main

    assert main(["turbines", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    for key in ("turbine_type", "nominal_power_kw", "has_power_curve", "rotor_diameter_m"):
        assert key in rows[0]
    dtu = next(r for r in rows if r["turbine_type"] == "DTU-10MW-RWT")
    assert dtu["has_ct_curve"] and dtu["origin"] == "reference" and "Bak" in dtu["source"]


def test_cli_wind_json(example_csv, capsys):
    from app.cli import main

    assert main(["wind", "--turbine", "E-126/4200", "--hub-height", "135", "--weather", str(example_csv),
                 "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    for key in ("annual_kwh", "full_load_hours", "capacity_factor", "mean_wind_speed_hub"):
        assert key in doc


def test_cli_wind_unknown_turbine_exit_2(capsys):
    from app.cli import main

    assert main(["wind", "--turbine", "NoSuch/1", "--hub-height", "100", "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "unknown turbine type 'NoSuch/1'" in captured.err
