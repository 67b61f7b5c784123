"""Resource rasters: indicative defaults round trip, sampling, zonal statistics."""
import numpy as np
import pytest
from numpy.testing import assert_allclose

from app.core.errors import InputError
from app.resource.raster import build_indicative_rasters, load_raster, write_raster


def test_indicative_rasters_written_tagged_and_plausible(tmp_path):
    paths = build_indicative_rasters(tmp_path)
    wind = load_raster(paths["wind_speed_100m"])
    ghi = load_raster(paths["ghi_annual"])
    assert wind.indicative and ghi.indicative
    assert "示意" in wind.title and wind.units == "m/s" and ghi.units == "kWh/m2"
    assert wind.crs.to_epsg() == 4490
    # documented figures (app/resources/climate): 5.5 inland .. 7.5 offshore; GHI 1400..1500. The rasters
    # reach them exactly (float32, which holds these values exactly): the tolerances are float32 steps
    assert_allclose([np.nanmin(wind.array), np.nanmax(wind.array)], [5.5, 7.5], atol=1e-6)
    assert_allclose([np.nanmin(ghi.array), np.nanmax(ghi.array)], [1400, 1500], atol=1e-3)
    inland, offshore = wind.sample([118.7, 120.1], [34.5, 34.5])
    assert inland == pytest.approx(5.5, abs=1e-6) and offshore == pytest.approx(7.5, abs=1e-6)


def test_sample_in_projected_crs_and_outside(tmp_path):
    from pyproj import Transformer

    path = write_raster(tmp_path / "r.tif", np.arange(100, dtype=float).reshape(10, 10), (119, 34, 120, 35),
                        "EPSG:4490", "test", "m/s", "test", False)
    r = load_raster(path)
    x, y = Transformer.from_crs("EPSG:4490", "EPSG:4549", always_xy=True).transform(119.05, 34.95)
    assert r.sample([x], [y], crs="EPSG:4549")[0] == 0.0  # top-left cell
    assert np.isnan(r.sample([10.0], [10.0])[0])


def test_zonal_statistics(tmp_path):
    from shapely.geometry import box

    path = write_raster(tmp_path / "r.tif", np.arange(100, dtype=float).reshape(10, 10), (119, 34, 120, 35),
                        "EPSG:4490", "test", "m/s", "test", False)
    r = load_raster(path)
    stats = r.zonal_stats([box(119.0, 34.8, 119.2, 35.0), box(100, 10, 101, 11)])
    # cells rows 0-1, cols 0-1 -> values 0, 1, 10, 11 (hand reference)
    assert stats[0] == {"mean": 5.5, "min": 0.0, "max": 11.0, "count": 4}
    assert stats[1]["count"] == 0


def test_missing_raster_raises():
    with pytest.raises(InputError, match="raster not found"):
        load_raster("/no/such.tif")
