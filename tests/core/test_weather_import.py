"""Weather: default year vs its normals, importer round trips, bad input."""
import json

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose

from app.core.errors import InputError
from app.resource import importers
from app.resource.weather import (Weather, default_weather, load_normals, monthly_ghi_normals_kwh_m2,
                                  validate_weather_frame)

from tests.shared_data import GANYU_EPW


# --------------------------------------------------------------------------- default year

def test_default_year_matches_documented_normals():
    w = default_weather()
    normals = load_normals()
    assert len(w.data) == 8760 and str(w.data.index.tz) == "Asia/Shanghai"
    # reference: app/resources/climate/lianyungang_normals.json; the generator rescales (GHI, wind) or
    # shifts (temperature) each month onto its normal, so they agree to rounding (~1e-16 measured): 1e-9
    assert_allclose(w.monthly_ghi_kwh_m2(), monthly_ghi_normals_kwh_m2(), rtol=1e-9)
    assert_allclose(w.annual_ghi_kwh_m2, monthly_ghi_normals_kwh_m2().sum(), rtol=1e-9)
    monthly = w.data.groupby(w.data.index.month)
    assert_allclose(monthly["temp_air"].mean(), normals["temp_air_c"], atol=1e-9)
    assert_allclose(monthly["wind_speed"].mean(), normals["wind_speed_10m"], rtol=1e-9)
    # closure: ghi = dni cos(z) + dhi where the sun is up; the generator closes it with the apparent
    # zenith at the station's altitude (the zenith pvlib's ModelChain transposes with), so it holds to
    # rounding (1e-8 W/m2 measured): atol 1e-6 W/m2
    import pvlib
    sp = pvlib.solarposition.get_solarposition(w.data.index, w.latitude, w.longitude, w.altitude)
    up = sp["apparent_zenith"] < 85
    closure = w.data["dni"] * np.cos(np.radians(sp["apparent_zenith"])) + w.data["dhi"]
    assert_allclose(closure[up], w.data["ghi"][up], atol=1e-6)
    assert (w.data[["ghi", "dni", "dhi"]] >= 0).all().all()
    assert w.data.notna().all().all()


def test_default_year_reproducible_and_seeded():
    a = default_weather(seed=0).data
    b = default_weather.__wrapped__(seed=0).data  # a fresh generation, not the cache
    pd.testing.assert_frame_equal(a, b)
    c = default_weather(seed=1).data
    assert not np.allclose(a["ghi"], c["ghi"])
    assert_allclose(a["ghi"].sum(), c["ghi"].sum(), rtol=1e-9)  # both rescaled onto the same normals


# --------------------------------------------------------------------------- round trips

@pytest.fixture(scope="module")
def sample():
    """A short-hand: the default year as the data to write in every format."""
    return default_weather().data.round(2)


def _check_roundtrip(weather, sample, tol_w=0.6):
    assert isinstance(weather, Weather)
    assert len(weather.data) == len(sample)
    assert_allclose(weather.data["ghi"].sum(), sample["ghi"].sum(), rtol=1e-3)
    assert_allclose(weather.data["temp_air"].mean(), sample["temp_air"].mean(), atol=0.06)


def test_roundtrip_plain_csv(tmp_path, sample):
    path = tmp_path / "w.csv"
    with path.open("w") as f:
        f.write("# latitude=34.6, longitude=119.2, altitude=5\n")
        sample.to_csv(f, index_label="time")
    w = importers.read_weather(path)
    assert w.source == "CSV: w.csv" and w.latitude == 34.6
    columns = ["ghi", "dni", "dhi", "temp_air", "wind_speed", "pressure", "wind_direction"]
    assert_allclose(w.data[columns].to_numpy(), sample[columns].to_numpy(), atol=1e-9)


def test_roundtrip_plain_csv_ghi_only_decomposes(tmp_path, sample):
    path = tmp_path / "ghi_only.csv"
    sample[["ghi", "temp_air", "wind_speed"]].to_csv(path, index_label="time")
    w = importers.read_weather(path)
    assert any("Erbs" in n for n in w.notes) and any("pressure" in n for n in w.notes)
    assert {"dni", "dhi", "pressure"} <= set(w.data.columns)


def _write_epw(path, frame, year_override=None):
    lines = ["LOCATION,Test,JS,CHN,Test,000000,34.60,119.20,8.0,5.0",
             "DESIGN CONDITIONS,0", "TYPICAL/EXTREME PERIODS,0", "GROUND TEMPERATURES,0",
             "HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0", "COMMENTS 1,test", "COMMENTS 2,test",
             "DATA PERIODS,1,1,Data,Sunday, 1/ 1,12/31"]
    for ts, row in frame.iterrows():
        year = year_override or ts.year
        vals = [year, ts.month, ts.day, ts.hour + 1, 0, "?9?9?9?9E0?9?9?9?9?9?9?9?9?9?9?9?9?9?9?9*9*9?9?9?9",
                f"{row.temp_air:.1f}", "5.0", "70", f"{row.pressure:.0f}", "0", "0", "300",
                f"{row.ghi:.0f}", f"{row.dni:.0f}", f"{row.dhi:.0f}", "0", "0", "0", "0",
                "90", f"{row.wind_speed:.1f}", "5", "5", "20.0", "77777", "9", "999999999",
                "10", "0.1", "0", "88", "0.2", "0", "1"]
        lines.append(",".join(map(str, vals)))
    path.write_text("\n".join(lines) + "\n")


def test_roundtrip_epw(tmp_path, sample):
    path = tmp_path / "t.epw"
    _write_epw(path, sample)
    w = importers.read_weather(path)
    assert w.source == "EPW: t.epw" and (w.latitude, w.altitude) == (34.6, 5.0)
    _check_roundtrip(w, sample)


def test_roundtrip_tmy3(tmp_path, sample):
    path = tmp_path / "t_tmy3.csv"
    header = "999999,TEST,JS,8.0,34.6,119.2,5\n"
    cols = ["Date (MM/DD/YYYY)", "Time (HH:MM)", "GHI (W/m^2)", "DNI (W/m^2)", "DHI (W/m^2)",
            "Dry-bulb (C)", "Wspd (m/s)", "Pressure (mbar)", "Wdir (degrees)"]
    rows = []
    for ts, row in sample.iterrows():
        end = ts + pd.Timedelta("1h")  # TMY3 stamps the end of the hour, 24:00 for midnight
        date, hour = (ts, 24) if end.hour == 0 else (end, end.hour)
        rows.append(f"{date:%m/%d/%Y},{hour:02d}:00,{row.ghi},{row.dni},{row.dhi},{row.temp_air},"
                    f"{row.wind_speed},{row.pressure / 100:.2f},90")
    path.write_text(header + ",".join(cols) + "\n" + "\n".join(rows) + "\n")
    w = importers.read_weather(path)
    assert w.source.startswith("TMY3: ")
    _check_roundtrip(w, sample)
    # mbar -> Pa; the file holds mbar with 2 decimals: <= 0.5 Pa of ~1e5 Pa
    assert_allclose(w.data["pressure"].mean(), sample["pressure"].mean(), rtol=5e-6)


def _pvgis_tmy_utc(sample):
    utc = sample.copy()
    utc.index = pd.date_range("2016-01-01", periods=8760, freq="h", tz="UTC")
    return utc


def test_roundtrip_pvgis_tmy_json(tmp_path, sample):
    utc = _pvgis_tmy_utc(sample)
    doc = {"inputs": {"location": {"latitude": 34.6, "longitude": 119.2, "elevation": 5.0}},
           "meta": {"inputs": {}},
           "outputs": {"months_selected": [{"month": m, "year": 2016} for m in range(1, 13)],
                       "tmy_hourly": [{"time(UTC)": f"{ts:%Y%m%d:%H%M}", "T2m": r.temp_air, "RH": 70.0,
                                       "G(h)": r.ghi, "Gb(n)": r.dni, "Gd(h)": r.dhi, "IR(h)": 300.0,
                                       "WS10m": r.wind_speed, "WD10m": 90.0, "SP": r.pressure}
                                      for ts, r in utc.iterrows()]}}
    path = tmp_path / "tmy.json"
    path.write_text(json.dumps(doc))
    w = importers.read_weather(path)
    assert w.source == "PVGIS TMY (json): tmy.json" and len(w.data) == 8760
    # rolled from UTC to UTC+8: local 08:00 on 1 Jan holds the UTC 00:00 value
    assert_allclose(w.data["temp_air"].iloc[8], utc["temp_air"].iloc[0])
    _check_roundtrip(w, sample)


def test_roundtrip_pvgis_tmy_csv(tmp_path, sample):
    utc = _pvgis_tmy_utc(sample)
    lines = ["Latitude (decimal degrees): 34.600", "Longitude (decimal degrees): 119.200",
             "Elevation (m): 5.0", "month,year"] + [f"{m},2016" for m in range(1, 13)]
    lines.append("time(UTC),T2m,RH,G(h),Gb(n),Gd(h),IR(h),WS10m,WD10m,SP")
    lines += [f"{ts:%Y%m%d:%H%M},{r.temp_air},70,{r.ghi},{r.dni},{r.dhi},300,{r.wind_speed},90,{r.pressure}"
              for ts, r in utc.iterrows()]
    lines += ["", "T2m: 2-m air temperature (degree Celsius)"]
    path = tmp_path / "tmy.csv"
    path.write_text("\r\n".join(lines) + "\r\n")
    w = importers.read_weather(path)
    assert w.source == "PVGIS TMY (csv): tmy.csv"
    _check_roundtrip(w, sample)


def test_roundtrip_pvgis_hourly_json(tmp_path, sample):
    utc = sample.iloc[:48].copy()
    utc.index = pd.date_range("2020-06-01 00:10", periods=48, freq="h", tz="UTC")
    doc = {"inputs": {"location": {"latitude": 34.6, "longitude": 119.2, "elevation": 5.0},
                      "mounting_system": {"fixed": {"slope": {"value": 0}, "azimuth": {"value": 0}}}},
           "meta": {"inputs": {}},
           "outputs": {"hourly": [{"time": f"{ts:%Y%m%d:%H%M}", "G(i)": r.ghi, "H_sun": 10.0, "T2m": r.temp_air,
                                   "WS10m": r.wind_speed, "Int": 0} for ts, r in utc.iterrows()]}}
    path = tmp_path / "hourly.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(InputError, match=r"^PVGIS hourly \(json\): hourly\.json: covers only 48 h \(2020-06-01 08:00 to "
                                         r"2020-06-03 07:00\), not a full year"):
        importers.read_weather(path)
    w = importers.read_weather(path, partial_year=True)  # accepted only when asked for, and labelled
    assert w.source == "PVGIS hourly (json): hourly.json (partial year: 48 h, 2020-06-01 08:00 to 2020-06-03 07:00)"
    assert len(w.data) == 48 and any("partial year: 48 h" in note and "not scaled" in note for note in w.notes)
    assert str(w.data.index.tz) == "Asia/Shanghai" and w.data.index[0].minute == 0
    assert_allclose(w.data["ghi"].to_numpy(), utc["ghi"].to_numpy())


def test_roundtrip_windpowerlib_csv(tmp_path, sample):
    frame = pd.DataFrame({("pressure", 0): sample["pressure"], ("temperature", 2): sample["temp_air"] + 273.15,
                          ("wind_speed", 10): sample["wind_speed"], ("roughness_length", 0): 0.1,
                          ("wind_speed", 80): sample["wind_speed"] * 1.4})
    frame.columns = pd.MultiIndex.from_tuples(frame.columns, names=["variable_name", "height"])
    path = tmp_path / "wpl.csv"
    frame.to_csv(path)
    w = importers.read_weather(path)
    assert w.source == "windpowerlib CSV: wpl.csv" and not w.has_irradiance
    assert_allclose(w.data["temp_air"].to_numpy(), sample["temp_air"].to_numpy(), atol=1e-9)
    assert ("wind_speed", 80) in w.wind_profile.columns


def test_shared_epw_reads_if_present():
    path = GANYU_EPW
    if not path.is_file():
        pytest.skip("shared Ganyu EPW absent")
    w = importers.read_weather(path)
    # reference: sum of the EPW's GHI column (8760 hourly values) = 1317.989 kWh/m2
    assert_allclose(w.annual_ghi_kwh_m2, 1317.989, rtol=1e-6)


# --------------------------------------------------------------------------- bad input

def _frame(n=8760, start="2019-01-01", freq="h", tz="Asia/Shanghai"):
    base = default_weather().data
    idx = pd.date_range(start, periods=n, freq=freq, tz=tz)
    return pd.DataFrame(base.iloc[np.arange(n) % 8760].to_numpy(), index=idx, columns=base.columns)


def _validate(frame, **kw):
    return validate_weather_frame(frame, "test.csv", 34.6, 119.2, **kw)


def test_missing_hours_raise():
    frame = _frame().drop(_frame().index[100:103])
    with pytest.raises(InputError, match=r"missing hours: 3 h missing in 1 gap\(s\)"):
        _validate(frame)


def test_ghi_in_kwh_raises():
    frame = _frame()
    frame[["ghi", "dni", "dhi"]] /= 1000.0
    with pytest.raises(InputError, match="look like kWh/m2"):
        _validate(frame)


def test_ghi_in_daily_wh_raises():
    frame = _frame()
    frame["ghi"] *= 10
    with pytest.raises(InputError, match="expected hourly mean irradiance in W/m2"):
        _validate(frame)


def test_fahrenheit_raises():
    frame = _frame()
    frame["temp_air"] = frame["temp_air"] * 1.8 + 32
    with pytest.raises(InputError, match="look like degF"):
        _validate(frame)


def test_kelvin_raises():
    frame = _frame()
    frame["temp_air"] += 273.15
    with pytest.raises(InputError, match="look like kelvin"):
        _validate(frame)


def test_pressure_in_hpa_raises():
    frame = _frame()
    frame["pressure"] /= 100
    with pytest.raises(InputError, match="look like hPa"):
        _validate(frame)


def test_leap_day_in_typical_year_raises():
    frame = _frame(start="2020-01-01")  # 8760 h from 1 Jan of a leap year
    with pytest.raises(InputError, match="leap day 29 Feb"):
        _validate(frame, typical_year=True)
    with pytest.raises(InputError, match="leap day 29 Feb found in 8760 h starting 1 Jan 2020"):
        _validate(frame)


def test_full_leap_year_is_accepted():
    w = _validate(_frame(n=8784, start="2020-01-01"))
    assert len(w.data) == 8784


def test_half_hour_step_raises():
    with pytest.raises(InputError, match="non-hourly step of 0 days 00:30:00: expected hourly values"):
        _validate(_frame(n=1000, freq="30min"))


def test_naive_timestamps_raise():
    with pytest.raises(InputError, match="time zone missing"):
        _validate(_frame(tz=None))


def test_nan_raises():
    frame = _frame()
    frame.iloc[500, frame.columns.get_loc("temp_air")] = np.nan
    with pytest.raises(InputError, match="column 'temp_air' has 1 missing"):
        _validate(frame)


def test_missing_column_raises(tmp_path):
    path = tmp_path / "bad.csv"
    _frame()[["ghi", "wind_speed"]].to_csv(path, index_label="time")
    with pytest.raises(InputError, match=r"missing column\(s\) temp_air"):
        importers.read_weather(path)


def test_epw_with_leap_day_raises(tmp_path):
    path = tmp_path / "leap.epw"
    _write_epw(path, _frame(start="2020-01-01").round(1))
    with pytest.raises(InputError, match="leap day 29 Feb"):
        importers.read_weather(path)


def test_missing_file_raises():
    with pytest.raises(InputError, match="weather file not found"):
        importers.read_weather("/no/such/weather.epw")


def test_cli_bad_weather_exit_2(tmp_path, capsys):
    from app.cli import main

    path = tmp_path / "kwh.csv"
    frame = _frame()
    frame[["ghi", "dni", "dhi"]] /= 1000
    frame.to_csv(path, index_label="time")
    code = main(["pv", "--lat", "34.6", "--lon", "119.2", "--kwp", "1", "--tilt", "30", "--azimuth", "180",
                 "--weather", str(path), "--json"])
    err = capsys.readouterr().err
    assert code == 2 and "kWh/m2" in err and len(err.strip().splitlines()) >= 1
