"""The project's standard layers: their fields (CONTRACT.md), empty frames and default styles.

A new project (:func:`app.project.new_project.build_new_project`) and the
demo (:mod:`app.sample.demo`) start from the same definitions, so a layer of
the user's own has the same schema as the sample one. Qt-free.
"""
from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd

from app.layers.crs import STORAGE_CRS
from app.layers.model import Style

#: Building schema (CONTRACT.md, "Building schema"), field -> pandas dtype.
BUILDING_FIELDS = {
    "bld_id": "object", "name": "object", "category": "object", "is_new": "int64", "roof_type": "object",
    "height_m": "float64", "pv_status": "object", "pv_area_m2": "float64", "pv_kwp": "float64",
    "audit_date": "object", "auditor": "object",
}
#: Candidate site schema (CONTRACT.md, "Candidate site schema"), field -> pandas dtype.
SITE_FIELDS = {
    "site_id": "object", "name": "object", "kind": "object", "turbine_type": "object", "hub_height_m": "float64",
    "capacity_mw": "float64", "status": "object", "county_adcode": "object",
}
#: Columns of the ``turbines`` layer a wind-farm layout writes.
TURBINE_FIELDS = {
    "turbine_id": "object", "site_id": "object", "turbine_type": "object", "hub_height_m": "float64",
    "rotor_m": "float64", "capacity_mw": "float64",
}
#: Columns of the ``island_components`` layer (app.siting.island reads them).
ISLAND_FIELDS = {
    "comp_id": "object", "name": "object", "kind": "object", "site_id": "object", "capacity_mw": "float64",
    "energy_mwh": "float64", "status": "object", "hub_id": "object",
}
SCHEMAS = {"buildings": BUILDING_FIELDS, "candidate_sites": SITE_FIELDS, "turbines": TURBINE_FIELDS,
           "island_components": ISLAND_FIELDS}
#: The field that identifies a feature of a standard layer (imports update by it).
KEY_FIELDS = {"buildings": "bld_id", "candidate_sites": "site_id", "turbines": "turbine_id",
              "island_components": "comp_id"}

#: pv_status colours, shared by the map and the rooftop dashboard.
PV_STATUS_COLORS = {"none": "#bdbdbd", "planned": "#fdae61", "installed": "#2c7bb6", "verified": "#1a9641"}
SITE_KIND_COLORS = {
    "wind_onshore": "#1b9e77", "wind_offshore": "#7570b3", "pv_ground": "#e6ab02",
    "pv_offshore": "#d95f02", "wind_fishery": "#66a61e", "pv_rooftop_cluster": "#e7298a",
}


def empty_layer_frame(name: str) -> gpd.GeoDataFrame:
    """An empty GeoDataFrame with the schema of standard layer ``name`` (EPSG:4490).

    Raises
    ------
    KeyError
        ``name`` is not one of :data:`SCHEMAS`.
    """
    if name not in SCHEMAS:
        raise KeyError(f"no schema for layer {name!r}; expected one of {', '.join(SCHEMAS)}")
    columns = {field: pd.Series(dtype=dtype) for field, dtype in SCHEMAS[name].items()}
    return gpd.GeoDataFrame(columns, geometry=gpd.GeoSeries([], crs=STORAGE_CRS), crs=STORAGE_CRS)


def default_style(name: str) -> Style:
    """The style a standard layer starts with."""
    if name == "counties":
        return Style(fill="#f3efe2", stroke="#6b5d4f", stroke_width=1.2, label_field="name_zh")
    if name == "sea_area":
        return Style(fill="#cfe3f3", stroke="#9cc3e0", stroke_width=0.6)
    if name == "buildings":
        return Style(fill="#bdbdbd", stroke="#555555", stroke_width=0.4, category_field="pv_status",
                     categories=dict(PV_STATUS_COLORS))
    if name == "candidate_sites":
        return Style(fill="#66a61e", stroke="#1f4e1f", stroke_width=1.6, opacity=0.55,
                     label_field="name", category_field="kind", categories=dict(SITE_KIND_COLORS))
    if name == "turbines":
        return Style(fill="#ffffff", stroke="#222222", stroke_width=1.0, point_size=6)
    if name == "island_components":
        return Style(fill="#d7301f", stroke="#7f0000", stroke_width=2.0, point_size=9, label_field="name")
    return Style()


#: Colour ramps (matplotlib names) of the indicative resource rasters.
RASTER_RAMPS = {"wind_speed_100m": "YlGnBu", "ghi_annual": "YlOrRd"}


def add_indicative_rasters(project, raster_dir: Path) -> None:
    """Write the indicative resource rasters into ``raster_dir`` and add them to ``project``, hidden.

    They are smooth gradients between documented figures (``app.resource.raster``),
    labelled indicative (示意), not sample data; an imported GeoTIFF of the same
    name replaces them.
    """
    from app.layers.rasterio_io import read_raster_layer
    from app.layers.titles import LAYER_TITLES_ZH
    from app.resource.raster import build_indicative_rasters

    raster_dir = Path(raster_dir)
    raster_dir.mkdir(parents=True, exist_ok=True)
    for name, path in build_indicative_rasters(raster_dir).items():
        layer = read_raster_layer(path, name=name, title=LAYER_TITLES_ZH.get(name))
        layer.ramp = RASTER_RAMPS.get(name, layer.ramp)
        layer.sample = False  # indicative (示意) is in the title; it is derived from documented figures
        layer.visible = False  # under the vector layers they would hide the sea and counties
        project.layers.append(layer)


__all__ = ["RASTER_RAMPS", "add_indicative_rasters", "BUILDING_FIELDS", "SITE_FIELDS", "TURBINE_FIELDS", "ISLAND_FIELDS", "SCHEMAS", "KEY_FIELDS",
           "PV_STATUS_COLORS", "SITE_KIND_COLORS", "empty_layer_frame", "default_style"]
