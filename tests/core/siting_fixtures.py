"""Small synthetic projects for the siting tests, built in EPSG:4549 [m].

Shapes are drawn in metres around a point near Lianyungang so that areas
have hand-computable values; they are stored in EPSG:4490 like any layer.
"""
from __future__ import annotations

import geopandas as gpd
import shapely

from app.layers.crs import METRIC_CRS, STORAGE_CRS
from app.layers.model import VectorLayer
from app.project import Project

#: A point in the sea east of Lianyungang, EPSG:4549 [m] (about 119.6 E, 34.7 N).
X0, Y0 = 463_000.0, 3_840_000.0


def to_storage(geom):
    return gpd.GeoSeries([geom], crs=METRIC_CRS).to_crs(STORAGE_CRS).iloc[0]


def metric_box(x0, y0, x1, y1):
    return shapely.box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def make_project(land_m=None, sites=(), buildings_m=(), extra_layers=None) -> Project:
    """A project with a 'counties' layer (``land_m``), sites and buildings.

    sites : iterable of dict with 'site_id', 'kind', 'geometry_m' and optional
    'turbine_type', 'hub_height_m'.
    """
    project = Project(title="siting test")
    if land_m is not None:
        counties = gpd.GeoDataFrame({"adcode": ["320707"], "name_zh": ["赣榆区"], "name_en": ["Ganyu"]},
                                    geometry=[to_storage(land_m)], crs=STORAGE_CRS)
        project.layers.append(VectorLayer("counties", counties))
    rows, geoms = [], []
    for site in sites:
        rows.append({"site_id": site["site_id"], "name": site.get("name", site["site_id"]), "kind": site["kind"],
                     "turbine_type": site.get("turbine_type"), "hub_height_m": site.get("hub_height_m"),
                     "capacity_mw": 0.0, "status": "idea", "county_adcode": "320707"})
        geom = site.get("geometry")
        geoms.append(geom if geom is not None else to_storage(site["geometry_m"]))
    project.layers.insert(0, VectorLayer("candidate_sites", gpd.GeoDataFrame(
        rows or {"site_id": [], "kind": []}, geometry=gpd.GeoSeries(geoms, crs=STORAGE_CRS), crs=STORAGE_CRS)))
    if buildings_m:
        b = gpd.GeoDataFrame({"bld_id": [f"B{i}" for i in range(len(buildings_m))]},
                             geometry=gpd.GeoSeries(list(buildings_m), crs=METRIC_CRS).to_crs(STORAGE_CRS),
                             crs=STORAGE_CRS)
        project.layers.append(VectorLayer("buildings", b))
    for layer in extra_layers or ():
        project.layers.append(layer)
    return project
