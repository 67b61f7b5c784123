"""The wind rose behind the yield: EPW directions against a hand count, the
default year against its documented table, bad direction columns."""
import csv
import math

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose

from app.core.errors import InputError
from app.resource.importers import read_weather
from app.resource.weather import default_weather
from app.resource.wind_climate import (climate_from_weather, direction_hours, direction_table,
                                       documented_annual_rose, site_wind_climate)
from tests.shared_data import GANYU_EPW


@pytest.fixture(scope="module")
def ganyu():
    if not GANYU_EPW.is_file():
        pytest.skip(f"shared weather file absent: {GANYU_EPW}")
    return read_weather(GANYU_EPW)


def _raw_epw_rows(path):
    """Month, EPW hour (1-24, hour ending), wind direction and speed, read from the file's text by hand."""
    with open(path, encoding="latin-1") as f:
        rows = list(csv.reader(f))[8:]
    return [(int(r[1]), int(r[3]), float(r[20]), float(r[21])) for r in rows]


def _sector(direction):
    return int(math.floor((direction % 360 + 11.25) / 22.5)) % 16


def test_epw_direction_distribution_equals_a_hand_count(ganyu):
    """CSWD Ganyu: the measured directions sit at the four synoptic hours (EPW hours
    3, 9, 15, 21 = the hours starting 02, 08, 14, 20 Beijing time); the rose is
    their monthly count (calms < 0.5 m/s left out) weighted by each month's hours."""
    mask, how = direction_hours(ganyu)
    assert how == "observation hours 02, 08, 14, 20"
    counts = np.zeros((12, 16))
    hours_in_month = np.zeros(12)
    for month, hour, direction, speed in _raw_epw_rows(GANYU_EPW):
        hours_in_month[month - 1] += 1
        if hour in (3, 9, 15, 21) and speed >= 0.5:
            counts[month - 1, _sector(direction)] += 1
    expected = (hours_in_month[:, None] * counts / counts.sum(axis=1, keepdims=True)).sum(axis=0) / 8760
    climate = climate_from_weather(ganyu, 100.0, 0.03)
    assert_allclose(climate.sector_frequency, expected, rtol=1e-12)
    assert "observation hours" in climate.source and climate.notes
    # the documented table's counts are this same hand count (its provenance says so)
    assert_allclose(np.asarray([direction_table()["counts"][m] for m in direction_table()["counts"]]), counts)


def test_physical_hourly_directions_are_counted_hour_by_hour(ganyu, tmp_path):
    """An EPW whose directions are a persistent hourly record: every hour counts
    (checked against a hand count of the file written here)."""
    rng = np.random.default_rng(1)
    walk = (200 + np.cumsum(rng.normal(0, 12, 8760))) % 360
    lines = open(GANYU_EPW, encoding="latin-1").read().splitlines()
    for i in range(8760):
        parts = lines[8 + i].split(",")
        parts[20] = f"{walk[i]:.0f}"
        lines[8 + i] = ",".join(parts)
    path = tmp_path / "walk.epw"
    path.write_text("\n".join(lines) + "\n", encoding="latin-1")
    weather = read_weather(path)
    assert "wind_direction" in weather.data and direction_hours(weather)[1] == "all"
    moving = [(d, s) for _, _, d, s in _raw_epw_rows(path) if s >= 0.5]
    counts = np.bincount([_sector(d) for d, _ in moving], minlength=16)
    climate = climate_from_weather(weather, 100.0, 0.03)
    assert_allclose(climate.sector_frequency, counts / counts.sum(), rtol=1e-12)


def test_default_year_rose_matches_its_documented_table():
    weather = default_weather()
    climate = climate_from_weather(weather, 100.0, 0.03)
    # the default year draws an hourly direction from each month's row of the table: its rose is the table's,
    # weighted by the hours of each month, but for sampling (8,760 draws) and the calm hours left out [-]
    assert "wind_direction" in weather.data
    hours = np.bincount(weather.data.index.month - 1, minlength=12)
    expected = (hours[:, None] * direction_table()["monthly_frequency"]).sum(axis=0) / hours.sum()
    assert_allclose(climate.sector_frequency, expected, atol=0.02)
    table = np.asarray([direction_table()["frequency_pct"][m] for m in direction_table()["frequency_pct"]]) / 100
    assert_allclose(direction_table()["monthly_frequency"], table, atol=1e-4)  # the JSON's own percentages
    assert "directions from the weather" in climate.source  # the hourly directions the year carries
    # monsoon: northerly sectors lead in January, southerly ones in July
    jan, jul = direction_table()["monthly_frequency"][0], direction_table()["monthly_frequency"][6]
    assert jan[[15, 0, 1, 2]].sum() > jan[[7, 8, 9, 10]].sum() and jul[[7, 8, 9, 10]].sum() > jul[[15, 0, 1, 2]].sum()
    assert_allclose(documented_annual_rose().sum(), 1.0)


def _csv_weather(tmp_path, direction):
    index = pd.date_range("2019-01-01", periods=48, freq="h", tz="Asia/Shanghai")
    midday = (index.hour >= 10) & (index.hour <= 14)
    frame = pd.DataFrame({"temp_air": 10.0, "wind_speed": 5.0, "ghi": np.where(midday, 300.0, 0.0),
                          "wind_direction": direction}, index=index)
    path = tmp_path / "w.csv"
    frame.to_csv(path)
    return path


def test_direction_in_radians_or_outside_0_360_is_refused(tmp_path):
    radians = np.linspace(0, 2 * np.pi, 48)
    with pytest.raises(InputError, match="wind_direction.*radians"):
        read_weather(_csv_weather(tmp_path, radians))
    with pytest.raises(InputError, match="wind_direction runs -10..370.*0..360"):
        read_weather(_csv_weather(tmp_path, np.linspace(-10, 370, 48)))
    assert "wind_direction" in read_weather(_csv_weather(tmp_path, np.linspace(0, 350, 48)), partial_year=True).data


def test_imported_hub_height_series_replaces_the_offshore_climate(tmp_path):
    from tests.shared_data import WINDPOWERLIB_CSV

    if not WINDPOWERLIB_CSV.is_file():
        pytest.skip("shared windpowerlib CSV absent")
    measured = read_weather(WINDPOWERLIB_CSV)
    climate = site_wind_climate(measured, 100.0, offshore=True)
    assert "Haizhou Bay" not in climate.source and measured.source in climate.source
    assert "Haizhou Bay" in site_wind_climate(default_weather(), 100.0, offshore=True).source


def test_an_imported_geotiff_replaces_the_offshore_mean_the_indicative_one_does_not(tmp_path):
    """The demo's indicative wind_speed_100m raster leaves the documented climate; a
    user's GeoTIFF (no 'indicative' tag) gives the 100 m mean at the site."""
    import numpy as np

    from app.layers.rasterio_io import read_raster_layer
    from app.resource.raster import write_raster
    from app.sample.demo import build_demo_project

    project = build_demo_project(raster_dir=tmp_path / "indicative")
    lonlat = (119.53, 35.02)
    assert "Haizhou Bay" in site_wind_climate(None, 100.0, True, project=project, lonlat=lonlat).source
    path = write_raster(tmp_path / "gwa.tif", np.full((20, 20), 8.0), (119.0, 34.5, 120.5, 35.5), "EPSG:4490",
                        "GWA mean wind speed 100 m", "m/s", "user import", indicative=False)
    layer = read_raster_layer(path, name="wind_speed_100m")
    project.layers.remove("wind_speed_100m")
    project.layers.append(layer)
    climate = site_wind_climate(None, 100.0, True, project=project, lonlat=lonlat)
    assert "imported raster" in climate.source and abs(climate.mean_speed_ms - 8.0) < 0.05
