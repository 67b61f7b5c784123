"""One offshore wind climate behind the energy island and the offshore sites."""
import math

import pytest
from numpy.testing import assert_allclose

from app.core import assumptions
from app.sample.demo import build_demo_project
from app.resource.weather import default_weather, load_normals
from app.resource.wind import offshore_wind_weather
from app.siting.site_analysis import analyse_site


def test_scaled_station_wind_reaches_the_documented_offshore_mean():
    weather, factor = offshore_wind_weather(default_weather())
    target = load_normals()["wind_resource"]["offshore_100m_m_s"]
    z0 = float(assumptions.value("wind.roughness_sea"))
    mean_100m = weather.data["wind_speed"].mean() * math.log(100 / z0) / math.log(10 / z0)
    # reference: the log profile with the documented open-sea z0 (exact by construction)
    assert_allclose(mean_100m, target, rtol=1e-9)
    assert factor > 1.5
    assert "scaled" not in default_weather().source and "offshore" in weather.source


@pytest.fixture(scope="module")
def demo():
    return build_demo_project()


def test_offshore_site_uses_the_open_sea_climate_onshore_does_not(demo):
    offshore = analyse_site(demo, "CS-02")
    onshore = analyse_site(demo, "CS-01")
    assert any("scaled" in note for note in offshore.notes)
    assert not any("scaled" in note for note in onshore.notes)
    # Offshore farms in the Yellow Sea report capacity factors of roughly 0.25-0.45
    # (CWEA annual statistics); a land station's 10 m wind alone gave 0.08.
    assert 0.25 < offshore.capacity_factor < 0.45
    assert offshore.capacity_factor > onshore.capacity_factor
