"""Sample data (示例数据) for the demo project: buildings, candidate sites, island.

Everything here is **generated**, reproducibly from a seed, to exercise the
program; none of it is survey data and every layer built here is flagged
``sample=True`` so the UI, exports and reports label it 示例数据 / sample data.
Cluster centres are the approximate locations of real towns and industrial
parks so that the demo looks like Lianyungang; the footprints are invented.
The script ``gisdata/build_sample_data.py`` writes these layers to a file.
"""
from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely import affinity

from app.core.vocabulary import BUILDING_CATEGORIES, PV_COUNTED, PV_STATUSES, TARGET_CATEGORIES
from app.layers.boundaries import load_counties, load_sea
from app.layers.crs import METRIC_CRS, STORAGE_CRS

SAMPLE_LABEL_ZH = "示例数据"
SAMPLE_LABEL_EN = "sample data"
DEFAULT_SEED = 20251124


@dataclass(frozen=True)
class Cluster:
    """A town or industrial park around which sample footprints are placed."""

    key: str
    name_zh: str
    adcode: str
    lon: float  # approximate centre, CGCS2000 [deg]
    lat: float
    kind: str  # "town" or "industrial"
    buildings: int
    radius_m: float


#: Approximate centres of real towns and parks (for a recognisable demo only).
CLUSTERS = (
    Cluster("xinpu", "海州新浦城区", "320706", 119.185, 34.595, "town", 620, 3200),
    Cluster("etdz", "连云港经济技术开发区", "320706", 119.265, 34.560, "industrial", 380, 3000),
    Cluster("xugou", "连云墟沟", "320703", 119.390, 34.735, "town", 300, 2200),
    Cluster("xuwei", "徐圩新区", "320703", 119.530, 34.560, "industrial", 330, 3500),
    Cluster("qingkou", "赣榆青口镇", "320707", 119.130, 34.840, "town", 380, 2600),
    Cluster("zhewang", "赣榆柘汪临港产业区", "320707", 119.200, 35.060, "industrial", 200, 2200),
    Cluster("niushan", "东海牛山街道", "320722", 118.770, 34.540, "town", 330, 2500),
    Cluster("donghai_park", "东海经济开发区", "320722", 118.810, 34.510, "industrial", 170, 2000),
    Cluster("yishan", "灌云伊山镇", "320723", 119.245, 34.290, "town", 280, 2300),
    Cluster("guanyun_port", "灌云临港产业区", "320723", 119.700, 34.440, "industrial", 170, 2400),
    Cluster("xinan", "灌南新安镇", "320724", 119.350, 34.090, "town", 250, 2200),
    Cluster("duigou", "灌南堆沟化工园", "320724", 119.640, 34.370, "industrial", 170, 2400),
)

#: Category mix by cluster kind [share].
CATEGORY_MIX = {
    "town": (0.14, 0.06, 0.18, 0.57, 0.05),
    "industrial": (0.06, 0.78, 0.06, 0.04, 0.06),
}
#: Footprint size ranges per category, (width, length) in metres [m].
FOOTPRINT_M = {
    "public_institution": ((25, 60), (40, 110)),
    "factory": ((35, 110), (60, 200)),
    "commercial": ((25, 70), (40, 120)),
    "residential": ((12, 16), (35, 80)),
    "other": ((10, 30), (15, 40)),
}
NAME_STEM = {
    "public_institution": ("示例学校", "示例医院", "示例机关办公楼", "示例社区中心", "示例图书馆"),
    "factory": ("示例厂房", "示例仓库", "示例车间"),
    "commercial": ("示例商场", "示例酒店", "示例写字楼"),
    "residential": ("示例住宅楼",),
    "other": ("示例附属用房",),
}
AUDITORS = ("张工", "李工", "王工", "陈工")


def _category_weights(kind: str) -> np.ndarray:
    w = np.array(CATEGORY_MIX[kind], dtype=float)
    return w / w.sum()


def build_sample_buildings(seed: int = DEFAULT_SEED, scale: float = 1.0) -> gpd.GeoDataFrame:
    """Sample building footprints with the CONTRACT.md building schema.

    Parameters
    ----------
    seed : int
        Random seed; the same seed gives the same layer.
    scale : float
        Multiplies the number of buildings per cluster (1.0 gives ~3,550).

    Returns
    -------
    GeoDataFrame in EPSG:4490 with bld_id, name, category, is_new, roof_type,
    height_m, pv_status, pv_area_m2, pv_kwp, audit_date, auditor, county.
    """
    rng = np.random.default_rng(seed)
    counties = load_counties().set_index("adcode")
    counties_m = counties.to_crs(METRIC_CRS)
    sea_m = load_sea().to_crs(METRIC_CRS).geometry.iloc[0]
    rows, geoms = [], []
    serial_in_county: dict[str, int] = {}
    for cluster in CLUSTERS:
        county_m = counties_m.geometry.loc[cluster.adcode]
        land_m = shapely.prepared.prep(county_m.difference(sea_m.buffer(150)))
        centre = gpd.GeoSeries([shapely.Point(cluster.lon, cluster.lat)], crs=STORAGE_CRS).to_crs(METRIC_CRS).iloc[0]
        n_target = int(round(cluster.buildings * scale))
        # Plots on a street grid rotated per cluster; one footprint per plot, so none overlap.
        grid_angle = rng.uniform(-25, 25)
        plot = 130.0 if cluster.kind == "industrial" else 70.0
        half = int(cluster.radius_m // plot)
        cells = [(i, j) for i in range(-half, half + 1) for j in range(-half, half + 1) if (i * i + j * j) * plot * plot <= cluster.radius_m ** 2]
        order = rng.permutation(len(cells))
        placed = 0
        weights = _category_weights(cluster.kind)
        for k in order:
            if placed >= n_target:
                break
            i, j = cells[k]
            dx, dy = i * plot, j * plot
            theta = np.deg2rad(grid_angle)
            cx = centre.x + dx * np.cos(theta) - dy * np.sin(theta)
            cy = centre.y + dx * np.sin(theta) + dy * np.cos(theta)
            category = BUILDING_CATEGORIES[rng.choice(len(BUILDING_CATEGORIES), p=weights)]
            (wmin, wmax), (lmin, lmax) = FOOTPRINT_M[category]
            width = min(rng.uniform(wmin, wmax), plot * 0.85)
            length = min(rng.uniform(lmin, lmax), plot * 0.9)
            rect = shapely.box(cx - length / 2, cy - width / 2, cx + length / 2, cy + width / 2)
            rect = affinity.rotate(rect, grid_angle + rng.choice([0.0, 90.0]), origin="centroid")
            if not land_m.contains(rect):
                continue
            placed += 1
            serial = serial_in_county[cluster.adcode] = serial_in_county.get(cluster.adcode, 0) + 1
            is_new = int(rng.random() < (0.45 if cluster.kind == "industrial" else 0.30))
            if category == "factory":
                roof_type = "flat" if rng.random() < 0.45 else "pitched"  # many steel-sheet pitched roofs
            elif category == "residential":
                roof_type = "flat" if rng.random() < 0.6 else "pitched"
            else:
                roof_type = "flat" if rng.random() < 0.85 else "pitched"
            target_group = is_new and category in TARGET_CATEGORIES
            p = (0.42, 0.16, 0.30, 0.12) if target_group else (0.80, 0.06, 0.10, 0.04)
            pv_status = PV_STATUSES[rng.choice(len(PV_STATUSES), p=p)]
            roof_area = rect.area
            pv_area = np.nan
            pv_kwp = np.nan
            audit_date, auditor = "", ""
            if pv_status in PV_COUNTED:
                pv_area = round(roof_area * rng.uniform(0.30, 0.75), 1)
                pv_kwp = round(pv_area * rng.uniform(0.17, 0.21), 1)
            if pv_status != "none" or rng.random() < 0.2:
                day = pd.Timestamp("2024-03-01") + pd.Timedelta(days=int(rng.integers(0, 600)))
                audit_date, auditor = day.strftime("%Y-%m-%d"), AUDITORS[rng.integers(len(AUDITORS))]
            stems = NAME_STEM[category]
            floors = {"residential": rng.integers(6, 28), "factory": rng.integers(1, 3)}.get(category, rng.integers(2, 12))
            rows.append({
                "bld_id": f"S{cluster.adcode}-{serial:04d}",
                "name": f"{cluster.name_zh}{stems[rng.integers(len(stems))]}{placed}号",
                "category": category,
                "is_new": is_new,
                "roof_type": roof_type,
                "height_m": round(float(floors) * (3.2 if category == "residential" else 4.5), 1),
                "pv_status": pv_status,
                "pv_area_m2": pv_area,
                "pv_kwp": pv_kwp,
                "audit_date": audit_date,
                "auditor": auditor,
                "county": cluster.adcode,
                "cluster": cluster.name_zh,
            })
            geoms.append(rect)
    gdf = gpd.GeoDataFrame(rows, geometry=geoms, crs=METRIC_CRS).to_crs(STORAGE_CRS)
    return gdf


def _site_polygon(lon, lat, width_km, height_km, angle_deg=0.0):
    centre = gpd.GeoSeries([shapely.Point(lon, lat)], crs=STORAGE_CRS).to_crs(METRIC_CRS).iloc[0]
    w, h = width_km * 500.0, height_km * 500.0
    rect = shapely.box(centre.x - w, centre.y - h, centre.x + w, centre.y + h)
    return affinity.rotate(rect, angle_deg, origin="centroid")


#: Candidate sites (kind, name, centre lon/lat, size km, angle, turbine, hub height, MW, status).
SITES = (
    ("CS-01", "赣榆沿海陆上风电（示例）", "wind_onshore", 119.150, 34.930, 4.0, 2.5, 70, "E-126/4200", 120.0, 50, "screened"),
    ("CS-02", "赣榆海州湾海上风电（示例）", "wind_offshore", 119.530, 35.020, 9.0, 6.0, 20, "V164/9500", 125.0, 300, "approved"),
    ("CS-03", "灌云近海海上风电（示例）", "wind_offshore", 119.880, 34.620, 10.0, 7.0, 35, "DTU-10MW-RWT", 119.0, 400, "idea"),
    ("CS-04", "连云港海上光伏（示例）", "pv_offshore", 119.620, 34.800, 4.0, 3.0, 0, "", 0.0, 200, "screened"),
    ("CS-05", "赣榆风渔融合示范（示例）", "wind_fishery", 119.420, 34.960, 5.0, 4.0, 15, "V126/3450", 110.0, 100, "idea"),
    ("CS-06", "灌云滩涂地面光伏（示例）", "pv_ground", 119.610, 34.470, 3.0, 2.0, 10, "", 0.0, 80, "built"),
)


def build_sample_sites() -> gpd.GeoDataFrame:
    """Candidate sites with the CONTRACT.md site schema; clipped to land or sea as their kind needs."""
    counties = load_counties()
    sea = load_sea().geometry.iloc[0]
    counties_m = counties.to_crs(METRIC_CRS)
    land = shapely.union_all(counties.geometry.values)
    rows, geoms = [], []
    for sid, name, kind, lon, lat, wkm, hkm, angle, turbine, hub, mw, status in SITES:
        poly_m = _site_polygon(lon, lat, wkm, hkm, angle)
        poly = gpd.GeoSeries([poly_m], crs=METRIC_CRS).to_crs(STORAGE_CRS).iloc[0]
        poly = poly.intersection(sea) if kind in ("wind_offshore", "pv_offshore", "wind_fishery") else poly.intersection(land)
        if poly.geom_type == "MultiPolygon":
            poly = max(poly.geoms, key=lambda g: g.area)
        if poly.is_empty:
            raise ValueError(f"sample site {sid} falls outside {'sea' if kind in ('wind_offshore', 'pv_offshore', 'wind_fishery') else 'land'}")
        # Offshore sites belong to the nearest coastal county.
        point_m = gpd.GeoSeries([poly.representative_point()], crs=STORAGE_CRS).to_crs(METRIC_CRS).iloc[0]
        distance = counties_m.distance(point_m)
        hits = counties[distance == distance.min()]
        rows.append({"site_id": sid, "name": name, "kind": kind, "turbine_type": turbine or None,
                     "hub_height_m": hub or None, "capacity_mw": float(mw), "status": status,
                     "county_adcode": hits["adcode"].iloc[0]})
        geoms.append(poly)
    return gpd.GeoDataFrame(rows, geometry=geoms, crs=STORAGE_CRS)


def build_sample_island(sites: gpd.GeoDataFrame | None = None) -> gpd.GeoDataFrame:
    """Components of a sample offshore energy island (海上能源岛) around a hub at sea."""
    sites = build_sample_sites() if sites is None else sites
    hub = shapely.Point(119.760, 34.760)
    landing = shapely.Point(119.555, 34.600)  # cable landfall near 徐圩 (sample)
    by_id = sites.set_index("site_id")
    comps = [
        ("IC-HUB", "海上能源岛枢纽（示例）", "hub", None, 0.0, 0.0, "planned", hub),
        ("IC-W1", "海州湾海上风电（示例）", "wind_offshore", "CS-02", 300.0, 0.0, "planned", by_id.geometry["CS-02"].centroid),
        ("IC-W2", "灌云近海海上风电（示例）", "wind_offshore", "CS-03", 400.0, 0.0, "planned", by_id.geometry["CS-03"].centroid),
        ("IC-PV", "海上光伏（示例）", "pv_offshore", "CS-04", 200.0, 0.0, "planned", by_id.geometry["CS-04"].centroid),
        ("IC-OE", "潮流能试验机组（示例）", "ocean_energy", None, 5.0, 0.0, "planned", shapely.Point(119.800, 34.720)),
        ("IC-H2", "电解水制氢（示例）", "electrolyzer", None, 100.0, 0.0, "planned", shapely.Point(119.765, 34.765)),
        ("IC-ST", "储能电站（示例）", "storage", None, 50.0, 200.0, "planned", shapely.Point(119.755, 34.755)),
        ("IC-CB", "送出海缆（示例）", "export_cable", None, 600.0, 0.0, "planned", shapely.LineString([hub, landing])),
    ]
    rows = [{"comp_id": c[0], "name": c[1], "kind": c[2], "site_id": c[3], "capacity_mw": c[4],
             "energy_mwh": c[5], "status": c[6], "hub_id": "IC-HUB"} for c in comps]
    return gpd.GeoDataFrame(rows, geometry=[c[7] for c in comps], crs=STORAGE_CRS)


def synthetic_city(n: int, seed: int = 4) -> gpd.GeoDataFrame:
    """``n`` generated building footprints for benchmarks and scale tests (EPSG:4490, building schema).

    Street grids of 70 m plots around each county's representative point; rectangles of 10-60 m
    sides rotated 0-90 deg about their centre, 45 % pitched, heights uniform 4-60 m (so nearly every
    roof has a taller neighbour within the shading halo: a dense worst case). Vectorised, so a
    million take seconds. Generated, not survey data: names are 合成建筑<i> (synthetic building).
    """
    rng = np.random.default_rng(seed)
    counties = load_counties().to_crs(METRIC_CRS)
    per_county = int(np.ceil(n / len(counties)))
    side = int(np.ceil(np.sqrt(per_county)))
    pitch = 70.0  # m between plot centres
    xs, ys = [], []
    for geom in counties.geometry:
        centre = geom.representative_point()
        i, j = np.meshgrid(np.arange(side), np.arange(side))
        xs.append(centre.x + (i.ravel()[:per_county] - side / 2) * pitch)
        ys.append(centre.y + (j.ravel()[:per_county] - side / 2) * pitch)
    x, y = np.concatenate(xs)[:n], np.concatenate(ys)[:n]
    w, d = rng.uniform(10, 60, n), rng.uniform(10, 60, n)
    angle = np.radians(rng.uniform(0, 90, n))
    corners = np.array([[-0.5, -0.5], [0.5, -0.5], [0.5, 0.5], [-0.5, 0.5], [-0.5, -0.5]])
    local_x, local_y = corners[None, :, 0] * w[:, None], corners[None, :, 1] * d[:, None]
    cos, sin = np.cos(angle)[:, None], np.sin(angle)[:, None]
    rings = np.stack([x[:, None] + local_x * cos - local_y * sin, y[:, None] + local_x * sin + local_y * cos], axis=2)
    categories = np.array(list(BUILDING_CATEGORIES))
    ids = np.arange(n).astype(str)
    frame = gpd.GeoDataFrame({
        "bld_id": np.char.add("SYN", np.char.zfill(ids, 6)),
        "name": np.char.add("合成建筑", ids),
        "category": categories[rng.integers(0, len(categories), n)],
        "is_new": rng.integers(0, 2, n),
        "roof_type": np.where(rng.random(n) < 0.45, "pitched", "flat"),
        "height_m": rng.uniform(4, 60, n).round(1),
        "pv_status": np.array(list(PV_STATUSES))[rng.integers(0, len(PV_STATUSES), n)],
        "pv_area_m2": np.nan, "pv_kwp": np.nan, "audit_date": "", "auditor": "",
    }, geometry=shapely.polygons(rings), crs=METRIC_CRS)
    return frame.to_crs(STORAGE_CRS)
