"""Map measurements (app.layers.measure) against the ellipsoid and hand-computed cases.

Reference: pyproj's ``Geod`` on the CGCS2000 ellipsoid (Karney's geodesic
algorithms, exact to nanometres), run directly. The Gauss-Kruger projection
EPSG:4549 has scale 1 on its central meridian (120 E) and
1 + (dlon * cos(lat))^2 / 2 away from it, so along 120 E it agrees to
millimetres and at Ganyu (119.1 E) to within 1.3e-4 in length.
"""
from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose
from pyproj import Geod

from app.layers.measure import (AREA_UNITS, SQUARE_METRES_PER_MU, auto_area_unit, auto_length_unit, convert_area,
                                convert_length, line_length, polygon_area, polygon_perimeter, segment_lengths)

#: CGCS2000 ellipsoid (GRS80 axes; the flattening differs from GRS80 in the 11th digit).
GEOD = Geod(a=6378137.0, f=1 / 298.257222101)


def test_along_the_central_meridian_the_length_is_the_geodesic():
    line = [(120.0, 34.0), (120.0, 34.5), (120.0, 35.0)]
    _, _, expected = GEOD.inv([120.0, 120.0], [34.0, 34.5], [120.0, 120.0], [34.5, 35.0])
    assert_allclose(segment_lengths(line), expected, atol=0.005)  # mm: scale factor 1 on the CM
    assert_allclose(line_length(line), sum(expected), atol=0.01)


def test_near_ganyu_within_the_projection_scale_error():
    # a 3-segment survey line across Ganyu (~0.9 deg west of the CM)
    line = [(119.05, 34.80), (119.12, 34.86), (119.20, 34.83), (119.26, 34.90)]
    lons, lats = zip(*line)
    _, _, expected = GEOD.inv(lons[:-1], lats[:-1], lons[1:], lats[1:])
    # GK point scale at each segment's middle, 1 + (dlon cos(lat))^2 / 2 (~1.00008 here)
    mid_lon, mid_lat = (np.array(lons[:-1]) + lons[1:]) / 2, (np.array(lats[:-1]) + lats[1:]) / 2
    scale = 1 + (np.radians(120.0 - mid_lon) * np.cos(np.radians(mid_lat))) ** 2 / 2
    assert_allclose(segment_lengths(line), np.asarray(expected) * scale, rtol=2e-5)
    assert_allclose(segment_lengths(line), expected, rtol=1.3e-4)


def test_area_of_a_site_polygon_against_the_ellipsoid():
    ring = [(119.30, 34.70), (119.36, 34.70), (119.37, 34.74), (119.31, 34.75)]
    lons, lats = zip(*ring)
    expected, perimeter = GEOD.polygon_area_perimeter(lons, lats)
    assert_allclose(polygon_area(ring), abs(expected), rtol=3e-4)  # area scale ~ (1 + 6e-5)^2 here
    assert_allclose(polygon_perimeter(ring), perimeter, rtol=1.5e-4)
    assert polygon_area(list(reversed(ring))) == pytest.approx(polygon_area(ring))  # orientation does not matter


def test_hand_computed_square_in_projected_metres():
    from pyproj import Transformer

    # a 1 km x 1 km square laid out in EPSG:4549 and taken back to lon/lat: 1 km2 = 1,500 mu exactly
    back = Transformer.from_crs("EPSG:4549", "EPSG:4490", always_xy=True)
    x0, y0 = 450_000.0, 3_850_000.0  # EPSG:4549: false easting 500 km on 120 E
    ring = [back.transform(x, y) for x, y in ((x0, y0), (x0 + 1000, y0), (x0 + 1000, y0 + 1000), (x0, y0 + 1000))]
    assert_allclose(polygon_area(ring), 1e6, rtol=1e-9)
    assert_allclose(convert_area(polygon_area(ring), "mu"), 1500.0, rtol=1e-9)
    assert_allclose(convert_area(polygon_area(ring), "ha"), 100.0, rtol=1e-9)
    assert_allclose(polygon_perimeter(ring), 4000.0, rtol=1e-9)


def test_units():
    assert SQUARE_METRES_PER_MU == pytest.approx(666.6667, abs=1e-4)
    assert AREA_UNITS["ha"] / AREA_UNITS["mu"] == pytest.approx(15.0)
    assert convert_length(2500.0, "km") == 2.5
    assert convert_area(2.5e6, "km2") == 2.5
    assert (auto_length_unit(999.0), auto_length_unit(1000.0)) == ("m", "km")
    assert (auto_area_unit(9e5), auto_area_unit(1.2e6)) == ("m2", "km2")


def test_degenerate_input():
    assert line_length([(119.0, 34.0)]) == 0.0 and len(segment_lengths([])) == 0
    assert polygon_area([(119.0, 34.0), (119.1, 34.0)]) == 0.0
    # a figure-eight counts both lobes (shoelace would cancel them to ~0)
    bow = [(119.0, 34.0), (119.01, 34.01), (119.01, 34.0), (119.0, 34.01)]
    assert polygon_area(bow) > 0.4 * polygon_area([(119.0, 34.0), (119.01, 34.0), (119.01, 34.01), (119.0, 34.01)])
