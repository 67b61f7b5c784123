"""Indicative resource rasters in the demo: drawn with their ramp, with a legend."""
from __future__ import annotations

import pytest

from tests.gui.map_fixtures import canvas_pixel, make_window


@pytest.fixture(scope="module")
def raster_project(tmp_path_factory):
    from app.sample.demo import build_demo_project

    return build_demo_project(raster_dir=tmp_path_factory.mktemp("rasters"))


def test_demo_rasters_are_hidden_indicative_and_round_trip(raster_project, tmp_path):
    from app.project import Project

    wind = raster_project.layers["wind_speed_100m"]
    assert not wind.visible and "示意" in wind.title
    low, high = wind.value_range
    assert 5.0 < low < high < 8.5  # inland ~5.5 m/s rising to ~7.5 m/s offshore (documented figures)
    again = Project.open(raster_project.save(tmp_path / "p.gpkg"))
    assert again.layers["ghi_annual"].ramp == "YlOrRd" and not again.layers["ghi_annual"].visible
    # indicative (示意, in the title) is not sample data, also after reopening
    assert not again.layers["ghi_annual"].sample


def test_visible_raster_is_drawn_with_its_ramp_and_a_legend(qtbot, raster_project):
    from PySide6.QtGui import QColor

    from app.ui.render import ramp_colors

    window = make_window(qtbot, raster_project, "en")
    try:
        canvas = window.canvas
        for name in ("buildings", "counties", "sea_area", "candidate_sites", "island_components"):
            raster_project.layers[name].visible = False
        wind = raster_project.layers["wind_speed_100m"]
        wind.visible = True
        # far offshore the value is at the top of the ramp
        seen = canvas_pixel(canvas, 120.15, 34.3)
        top = ramp_colors(wind.ramp, 2)[-1]
        # raster opacity blends the ramp colour with the white background
        alpha = wind.opacity
        expected = [round(alpha * c + (1 - alpha) * 255) for c in (top.red(), top.green(), top.blue())]
        assert [seen.red(), seen.green(), seen.blue()] == pytest.approx(expected, abs=12)
        image = canvas.grab().toImage()
        # the legend bar sits above the scale bar, bottom left: sample its two ends
        y = canvas.height() - 52 - 40 + 19
        left, right = image.pixelColor(18, y), image.pixelColor(16 + 176, y)
        low, high = ramp_colors(wind.ramp, 64)[0], ramp_colors(wind.ramp, 64)[-1]
        assert abs(left.red() - low.red()) < 20 and abs(right.blue() - high.blue()) < 20
        assert left != right and left != QColor("#ffffff")
    finally:
        for layer in raster_project.layers:
            layer.visible = layer.kind != "raster"
        window.close()


def test_imported_raster_replaces_the_indicative_one_undoably(qtbot, raster_project, tmp_path):
    import numpy as np
    import rasterio
    from rasterio.transform import from_bounds

    tif = tmp_path / "gwa_wind_100m.tif"
    profile = dict(driver="GTiff", width=40, height=30, count=1, dtype="float32", crs="EPSG:4490",
                   transform=from_bounds(118.4, 33.8, 120.3, 35.3, 40, 30))
    with rasterio.open(tif, "w", **profile) as dst:
        dst.write(np.full((30, 40), 8.25, dtype="float32"), 1)
    window = make_window(qtbot, raster_project, "en")
    try:
        layers = raster_project.layers
        index, indicative = layers.index("wind_speed_100m"), layers["wind_speed_100m"]
        handle = window.add_raster_layer(tif, role="wind_speed_100m")
        qtbot.waitUntil(lambda: not handle.is_running, timeout=10000)
        replaced = layers["wind_speed_100m"]
        assert replaced is not indicative and replaced.source_path == str(tif)
        assert layers.index("wind_speed_100m") == index and replaced.visible
        assert replaced.value_range == (8.25, 8.25)
        raster_project.undo_stack.undo()
        assert layers["wind_speed_100m"] is indicative
        # an extra layer keeps the indicative one
        handle = window.add_raster_layer(tif, role="")
        qtbot.waitUntil(lambda: not handle.is_running, timeout=10000)
        assert layers["wind_speed_100m"] is indicative and "gwa_wind_100m" in layers
        raster_project.undo_stack.undo()
    finally:
        for layer in raster_project.layers:
            layer.visible = layer.kind != "raster"
        window.close()
