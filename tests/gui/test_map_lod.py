"""Level of detail on the map: what a user sees stays right when features are drawn as pixels.

Zoomed out, a footprint smaller than a pixel is a dot of its category colour
and one a few pixels across a block of it; zoomed in, the exact outline. The
references are independent: the category colour from the style, and a plain
QPainter drawing of each polygon on its own.
"""
from __future__ import annotations

import numpy as np
import pytest
import shapely
import geopandas as gpd
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPolygonF

from app.layers.model import Style, VectorLayer
from app.ui.render import (BACKGROUND, LayerRenderer, MapView, geometries_paths, layer_arrays, render_map,
                           visible_feature_positions)
from tests.gui.map_fixtures import canvas_pixel, demo_project, demo_project_session, make_window  # noqa: F401

COLORS = {"none": "#bdbdbd", "planned": "#fdae61", "installed": "#2c7bb6", "verified": "#1a9641"}
#: Degrees of longitude per metre at 34.6 N (roughly; only sizes on screen depend on it).
DEG_PER_M = 1 / 91_500


def footprints(boxes, statuses) -> VectorLayer:
    gdf = gpd.GeoDataFrame({"bld_id": [f"B{i}" for i in range(len(boxes))], "pv_status": statuses},
                           geometry=list(boxes), crs="EPSG:4490")
    return VectorLayer("footprints", gdf, style=Style(fill="#bdbdbd", stroke="#555555", stroke_width=0.4,
                                                      category_field="pv_status", categories=dict(COLORS)))


def building(lon, lat, side_m=20.0, angle=0.0):
    half = side_m / 2 * DEG_PER_M
    square = shapely.box(lon - half, lat - half, lon + half, lat + half)
    return shapely.affinity.rotate(square, angle) if angle else square


def pixel(image: QImage, view: MapView, lon, lat) -> str:
    x, y = view.to_screen(lon, lat)
    return image.pixelColor(int(np.floor(x)), int(np.floor(y))).name()


@pytest.fixture
def town():
    """A lone 'verified' building far east of a crowd of 'none' ones (so the full extent is wide)."""
    rng = np.random.default_rng(3)
    lons, lats = rng.uniform(119.0, 119.1, 3000), rng.uniform(34.5, 34.6, 3000)
    boxes = [building(x, y, 15) for x, y in zip(lons, lats)]
    boxes.append(building(119.9, 34.55, 20))
    return footprints(boxes, ["none"] * 3000 + ["verified"])


def test_a_building_smaller_than_a_pixel_is_a_dot_of_its_category_colour(qapp, town):
    view = MapView.fit(town.bounds, 800, 500)
    lone = town.gdf.geometry.iloc[-1]
    assert (lone.bounds[2] - lone.bounds[0]) * view.kx < 1  # well under a pixel at full extent
    image, drawn = render_map([town], view, LayerRenderer())
    assert drawn == len(town.gdf)
    c = lone.centroid
    # the dot is the category colour, a shade darker so a single pixel reads on the paper
    assert pixel(image, view, c.x, c.y) == QColor(COLORS["verified"]).darker(125).name()
    # and only a dot: two pixels away is paper
    x, y = view.to_screen(c.x, c.y)
    assert image.pixelColor(int(x) + 3, int(y)).name() == QColor(BACKGROUND).name()


def test_where_dots_overlap_the_later_feature_wins(qapp):
    layer = footprints([building(119.2, 34.6, 5), building(119.2, 34.6, 5), building(119.5, 34.8, 5)],
                       ["installed", "planned", "none"])
    view = MapView.fit(layer.bounds, 400, 300)
    image, _ = render_map([layer], view, LayerRenderer())
    assert pixel(image, view, 119.2, 34.6) == QColor(COLORS["planned"]).darker(125).name()
    layer.set_gdf(layer.gdf.iloc[[1, 0, 2]])
    image, _ = render_map([layer], view, LayerRenderer())
    assert pixel(image, view, 119.2, 34.6) == QColor(COLORS["installed"]).darker(125).name()


def test_a_building_a_few_pixels_across_is_a_block_of_its_bounds(qapp):
    layer = footprints([building(119.22, 34.64, 30), building(119.28, 34.66, 30)], ["planned", "none"])
    first = layer.gdf.geometry.iloc[0]
    view = MapView(119.25, 34.65, 2.5 / (30 * DEG_PER_M), 600, 400)  # 30 m = 2.5 px
    image, _ = render_map([layer], view, LayerRenderer())
    x0, y0, x1, y1 = first.bounds
    left, top = view.to_screen(x0, y1)
    right, bottom = view.to_screen(x1, y0)
    block = QColor(COLORS["planned"]).darker(125).name()
    covered = [(i, j) for i in range(int(left) - 2, int(right) + 3) for j in range(int(top) - 2, int(bottom) + 3)
               if image.pixelColor(i, j).name() == block]
    # exactly the pixels whose centres lie in the footprint's bounds
    expected = {(i, j) for i in range(int(np.ceil(left - 0.5)), int(np.ceil(right - 0.5)))
                for j in range(int(np.ceil(top - 0.5)), int(np.ceil(bottom - 0.5)))}
    assert set(covered) == expected and 2 <= len(expected) <= 16


def reference_drawing(layer: VectorLayer, view: MapView) -> QImage:
    """Each polygon drawn on its own with QPainter (fill, 0.4 px cosmetic outline, antialiased)."""
    image = QImage(view.width, view.height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(BACKGROUND))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(QColor("#555555"), 0.4)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    for geom, status in zip(layer.gdf.geometry, layer.gdf["pv_status"]):
        painter.setBrush(QBrush(QColor(COLORS[status])))
        x, y = view.to_screen(*np.asarray(geom.exterior.coords).T)
        painter.drawPolygon(QPolygonF([QPointF(a, b) for a, b in zip(x, y)]))
    painter.end()
    return image


def test_zoomed_in_the_outlines_are_exact(qapp):
    rng = np.random.default_rng(5)
    boxes = [building(119.2 + dx, 34.6 + dy, rng.uniform(12, 30), rng.uniform(0, 90))
             for dx, dy in rng.uniform([-0.0015, -0.0009], [0.0015, 0.0009], (60, 2))]
    boxes = [b for i, b in enumerate(boxes) if not any(b.intersects(o) for o in boxes[:i])]  # footprints do not overlap
    layer = footprints(boxes, rng.choice(list(COLORS), len(boxes)))
    view = MapView(119.2, 34.6, 60 / (20 * DEG_PER_M), 900, 700)  # a 20 m building is ~60 px; all in view
    ours, drawn = render_map([layer], view, LayerRenderer())
    reference = reference_drawing(layer, view)
    assert drawn == len(boxes)

    def pixels(image):
        ptr = image.convertToFormat(QImage.Format.Format_RGB32).constBits()
        return np.frombuffer(ptr, np.uint32, view.width * view.height).reshape(view.height, view.width)

    a, b = pixels(ours), pixels(reference)
    differ = a != b
    # identical but for antialiased edge pixels: under 0.5 % of the image, each on a footprint's edge
    assert differ.mean() < 0.005
    edges = shapely.union_all([shapely.boundary(g).buffer(2.5 / view.px_per_deg) for g in boxes])
    lon, lat = view.to_map(*(np.flatnonzero(differ.ravel())[:, None] % view.width + 0.5,
                             np.flatnonzero(differ.ravel())[:, None] // view.width + 0.5))
    assert shapely.contains_xy(edges, lon.ravel(), lat.ravel()).all()


def test_holes_stay_open_and_overlaps_fill_whatever_the_ring_orientation(qapp):
    outer = [(119.200, 34.600), (119.204, 34.600), (119.204, 34.603), (119.200, 34.603)]  # counter-clockwise
    hole = [(119.201, 34.601), (119.203, 34.601), (119.203, 34.602), (119.201, 34.602)]  # also counter-clockwise
    courtyard = shapely.Polygon(outer, [hole])
    overlapping = [shapely.box(119.206, 34.600, 119.209, 34.603), shapely.box(119.208, 34.600, 119.211, 34.603)]
    layer = footprints([courtyard, *overlapping], ["none", "none", "none"])
    view = MapView(119.2055, 34.6015, 60_000, 800, 400)
    image, _ = render_map([layer], view, LayerRenderer())
    fill = QColor(COLORS["none"]).name()
    assert pixel(image, view, 119.2005, 34.6015) == fill  # the building
    assert pixel(image, view, 119.2020, 34.6015) == QColor(BACKGROUND).name()  # its courtyard
    assert pixel(image, view, 119.2085, 34.6015) == fill  # where two buildings overlap: both, not a hole


def test_paths_are_cut_between_features_only():
    courtyard = shapely.Polygon([(0, 0), (4, 0), (4, 3), (0, 3)], [[(1, 1), (3, 1), (3, 2), (1, 2)]])
    parts = shapely.MultiPolygon([shapely.box(5, 0, 6, 1), shapely.box(7, 0, 8, 1)])
    geoms = np.array([courtyard, shapely.box(9, 0, 10, 1), parts, courtyard], dtype=object)
    view = MapView(5, 1.5, 10, 200, 100)
    paths = geometries_paths(geoms, view, rings_per_path=1)
    # one path per feature: the courtyard's hole and the multipolygon's parts stay with their feature
    assert [p.elementCount() for p in paths] == [10, 5, 10, 10]


def test_visible_features_by_bounds_equal_the_spatial_index(qapp):
    rng = np.random.default_rng(9)
    boxes = [building(x, y, 30) for x, y in rng.uniform([119.0, 34.4], [119.6, 34.9], (5000, 2))]
    layer = footprints(boxes, ["none"] * len(boxes))
    arrays = layer_arrays(layer)
    for zoom in (1, 3, 10, 40):
        view = MapView(119.3, 34.65, MapView.fit(layer.bounds, 800, 600).px_per_deg * zoom, 800, 600)
        assert np.array_equal(visible_feature_positions(layer, view, arrays), visible_feature_positions(layer, view))


def test_the_canvas_follows_edits_and_style_changes_of_dots(qtbot, demo_project, town):
    from app.layers.edits import SetAttributes

    demo_project.layers.insert(0, town)  # the fixture removes it again
    window = make_window(qtbot, demo_project, "en")
    try:
        window.canvas.zoom_full()
        assert window.canvas.wait_idle(15000)
        fid = town.gdf.index[-1]  # the lone building, under a pixel at the project's full extent
        lone = town.gdf.geometry.loc[fid]
        assert (lone.bounds[2] - lone.bounds[0]) * window.canvas.view.kx < 1
        lon, lat = lone.centroid.x, lone.centroid.y

        def dot(status_color):
            return QColor(status_color).darker(125).name()

        def shown():  # the pixel that holds the building's centre (a dot always covers it)
            canvas = window.canvas
            assert canvas.wait_idle(15000)
            point = canvas.to_screen(lon, lat)
            return canvas.grab().toImage().pixelColor(int(np.floor(point.x())), int(np.floor(point.y()))).name()

        assert shown() == dot(COLORS["verified"])
        # a window one pixel wider or taller keeps the drawn map on the pixel grid
        for grow in ((1, 0), (0, 1), (1, 1)):
            window.resize(window.width() + grow[0], window.height() + grow[1])
            assert shown() == dot(COLORS["verified"])
        demo_project.undo_stack.push(SetAttributes(town, [fid], {"pv_status": "planned"}))
        assert shown() == dot(COLORS["planned"])
        demo_project.undo_stack.undo()
        assert shown() == dot(COLORS["verified"])
        # a style change recolours the dots
        style = Style.from_dict(town.style.to_dict())
        style.categories = dict(style.categories, verified="#ff00ff")
        town.set_style(style)
        assert shown() == dot("#ff00ff")
        # selected, it shows in the selection colour on top
        town.select([fid])
        window.canvas.repaint()
        assert canvas_pixel(window.canvas, lon, lat).name() == QColor("#ffeb00").name()
    finally:
        window.close()


def test_many_footprints_filled_aliased_under_antialiased_outlines_look_the_same(qapp, monkeypatch):
    """A street view of thousands of footprints is filled aliased and outlined antialiased
    (SPLIT_FILL_STROKE_MIN_FEATURES). Reference: the same view drawn the plain way, each path
    filled and outlined antialiased in one call. Non-overlapping footprints must look the same:
    colours equal away from the outlines, and outline pixels off by at most a shade."""
    import app.ui.render as render

    side = 12.0  # [m]
    step = 30.0 * DEG_PER_M
    grid = [(119.2 + i * step, 34.6 + j * step) for i in range(60) for j in range(50)]
    statuses = [("none", "planned", "installed", "verified")[k % 4] for k in range(len(grid))]
    layer = footprints([building(x, y, side, angle=(k % 7) * 11.0) for k, (x, y) in enumerate(grid)], statuses)
    view = MapView.fit(layer.bounds, 900, 700)
    assert len(layer.gdf) > render.SPLIT_FILL_STROKE_MIN_FEATURES
    split, _ = render_map([layer], view, LayerRenderer())
    monkeypatch.setattr(render, "SPLIT_FILL_STROKE_MIN_FEATURES", 10**9)
    plain, _ = render_map([layer], view, LayerRenderer())

    def array(image):
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        return np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.width(), 4)[..., :3].astype(int)

    diff = np.abs(array(split) - array(plain)).max(axis=2)
    # the fill colours at the footprints' centres are exactly the category colours in both
    for (x, y), status in list(zip(grid, statuses))[::97]:
        assert pixel(split, view, x, y) == pixel(plain, view, x, y) == COLORS[status]
    # outlines are where the two may differ, and only slightly: under 2 % of pixels, none by more than 96 levels
    # elsewhere they differ only on the footprints' edges: pixels of the plain drawing that are
    # neither paper nor a fill colour (the antialiased rim), grown by one pixel
    reference = array(plain)
    flat = {tuple(QColor(c).getRgb()[:3]) for c in (BACKGROUND, *COLORS.values())}
    rim = np.ones(reference.shape[:2], bool)
    for rgb in flat:
        rim &= np.any(reference != np.array(rgb), axis=2)
    grown = rim.copy()
    for dy, dx in ((0, 1), (0, -1), (1, 0), (-1, 0), (1, 1), (1, -1), (-1, 1), (-1, -1)):
        grown |= np.roll(np.roll(rim, dy, axis=0), dx, axis=1)
    assert not (diff > 0)[~grown].any(), "fills or paper changed away from the outlines"


def test_one_ring_footprints_are_drawn_exactly_as_taken_apart_by_shapely(qapp, monkeypatch):
    """Footprints without holes come from the layer's flat vertices (OneRingPolygons), the rest through
    shapely. Reference: the same view with every feature taken apart by shapely (the flat vertices
    switched off). The images must be the same pixel for pixel, with clockwise and counter-clockwise
    rings overlapping (the winding rule unites them only if both are turned the same way)."""
    import app.ui.render as render

    rng = np.random.default_rng(11)
    boxes = [building(119.2 + dx, 34.6 + dy, rng.uniform(12, 30), rng.uniform(0, 90))
             for dx, dy in rng.uniform([-0.0009, -0.0008], [0.0009, 0.0008], (80, 2))]
    boxes = [shapely.Polygon(list(b.exterior.coords)[::-1]) if i % 2 else b for i, b in enumerate(boxes)]  # clockwise
    # beside the footprints (where a feature of the same colour overlaps one of these, the two are drawn
    # as two paths, not one, and their antialiased edges blend differently)
    courtyard = shapely.Polygon(shapely.box(119.1985, 34.5995, 119.1988, 34.5999).exterior,
                                [shapely.box(119.1986, 34.5996, 119.1987, 34.5998).exterior])
    parts = shapely.MultiPolygon([shapely.box(119.2012, 34.5995, 119.2013, 34.5997),
                                  shapely.box(119.2014, 34.5995, 119.2015, 34.5997)])
    assert not any(b.intersects(courtyard) or b.intersects(parts) for b in boxes)
    geoms = [*boxes, courtyard, parts]
    layer = footprints(geoms, rng.choice(list(COLORS), len(geoms)))
    arrays = layer_arrays(layer)
    assert (arrays.rings.first[:len(boxes)] >= 0).all() and (arrays.rings.first[len(boxes):] == -1).all()
    starts = arrays.rings.first[:len(boxes)]
    rings = [shapely.LinearRing(arrays.rings.coords[s:s + c]) for s, c in zip(starts, arrays.rings.count[:len(boxes)])]
    assert all(shapely.is_ccw(rings))
    assert all(shapely.equals(shapely.Polygon(r), b) for r, b in zip(rings, boxes))
    view = MapView(119.2, 34.6, 60 / (20 * DEG_PER_M), 900, 700)
    flat_drawn, drawn = render_map([layer], view, LayerRenderer())
    assert drawn == len(geoms)

    def no_flat_vertices(geometries, type_ids):
        none = np.full(len(geometries), -1, dtype=np.int64)
        return render.OneRingPolygons(np.empty((0, 2)), none, np.zeros(len(geometries), dtype=np.int64))

    monkeypatch.setattr(render, "one_ring_polygons", no_flat_vertices)
    reference, _ = render_map([layer], view, LayerRenderer())

    def array(image):
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        return np.frombuffer(image.constBits(), np.uint32, view.width * view.height).copy()

    differ = array(flat_drawn) != array(reference)
    assert not differ.any()
