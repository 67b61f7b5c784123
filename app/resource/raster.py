"""Resource rasters (rasterio): load, sample at points, zonal statistics, indicative defaults.

A :class:`ResourceRaster` holds one band of a GeoTIFF (e.g. a Global Wind
Atlas mean wind speed or a Global Solar Atlas GHI download) with its
transform, CRS, nodata, units, title and whether it is only indicative.
:func:`build_indicative_rasters` writes the app's own indicative rasters for
the study area from the documented figures in
``app/resources/climate/lianyungang_normals.json``; imported rasters replace them.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP

#: Study area [deg] (lon_min, lat_min, lon_max, lat_max), EPSG:4490.
STUDY_BOUNDS = (118.5, 33.9, 120.2, 35.2)
#: Approximate coastline longitude across the study area [deg E] (indicative
#: gradient only: Haizhou Bay coast runs ~119.2 E in the north to ~119.9 E in the south).
_COAST_LON = ((35.2, 119.2), (34.6, 119.4), (33.9, 120.0))


@dataclass
class ResourceRaster:
    """One raster band with its georeferencing and labels.

    Attributes
    ----------
    array : numpy.ndarray
        2-D float array; nodata cells are NaN.
    transform : affine.Affine
    crs : rasterio.crs.CRS
    nodata : float or None
        Nodata value in the file.
    units : str
        e.g. ``"m/s"``, ``"kWh/m2"``.
    title : str
    indicative : bool
        True for the app's generated figures (label "indicative / 示意").
    source : str
    """

    array: np.ndarray
    transform: object
    crs: object
    nodata: float | None
    units: str
    title: str
    indicative: bool
    source: str

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) in the raster's CRS."""
        from rasterio.transform import array_bounds

        bottom, left, top, right = array_bounds(self.array.shape[0], self.array.shape[1], self.transform)
        return left, bottom, right, top

    def sample(self, xs, ys, crs="EPSG:4490") -> np.ndarray:
        """Values at points; see :func:`sample_points`."""
        return sample_points(self, xs, ys, crs)

    def zonal_stats(self, geometries, crs="EPSG:4490") -> list[dict]:
        """Statistics per polygon; see :func:`zonal_statistics`."""
        return zonal_statistics(self, geometries, crs)


def load_raster(path, band: int = 1, units: str | None = None, title: str | None = None) -> ResourceRaster:
    """Load one band of any GeoTIFF (or other GDAL raster) as a resource raster.

    Tags ``units``, ``title``, ``source`` and ``indicative`` are read when the
    file has them (the app's own rasters do).
    """
    import rasterio

    from app.layers.rasterio_io import open_raster

    path = Path(path)
    if not path.exists():
        raise InputError(QT_TRANSLATE_NOOP("Error", "raster not found: expected an existing GeoTIFF, got {file}"),
                         code="raster_found_existing_geotiff", file=path)
    try:
        with open_raster(path) as src:
            if src.crs is None:
                raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: no coordinate reference system: expected a "
                                                            "georeferenced raster"),
                                 code="coordinate_reference_system_georeferenced", name=path.name)
            if not 1 <= band <= src.count:
                raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: band {band}: expected 1..{count}"), code="band",
                                 name=path.name, band=band, count=src.count)
            array = src.read(band, masked=True).astype(float).filled(np.nan)
            tags = src.tags()
            return ResourceRaster(
                array=array, transform=src.transform, crs=src.crs, nodata=src.nodata,
                units=units or tags.get("units", src.units[band - 1] or ""),
                title=title or tags.get("title", path.stem),
                indicative=str(tags.get("indicative", "false")).lower() in ("true", "1", "yes"),
                source=tags.get("source", str(path.name)),
            )
    except rasterio.errors.RasterioIOError as exc:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: not a readable raster: {exc}"), code="readable_raster",
                         name=path.name, exc=exc) from None


def sample_points(raster: ResourceRaster, xs, ys, crs="EPSG:4490") -> np.ndarray:
    """Raster values at points (nearest cell); NaN outside or on nodata.

    Parameters
    ----------
    raster : ResourceRaster
    xs, ys : array-like
        Longitude/latitude [deg] for EPSG:4490 (or x/y in ``crs``).
    crs : str or CRS
        CRS of the points.
    """
    from pyproj import Transformer
    from rasterio.transform import rowcol

    xs = np.atleast_1d(np.asarray(xs, dtype=float))
    ys = np.atleast_1d(np.asarray(ys, dtype=float))
    if xs.shape != ys.shape:
        raise InputError(QT_TRANSLATE_NOOP("Error", "points: expected as many x as y values, got {size} and {size2}"),
                         code="points_many_values", size=xs.size, size2=ys.size)
    transformer = Transformer.from_crs(crs, raster.crs, always_xy=True)
    px, py = transformer.transform(xs, ys)
    rows, cols = rowcol(raster.transform, px, py)
    rows, cols = np.asarray(rows), np.asarray(cols)
    inside = (rows >= 0) & (rows < raster.array.shape[0]) & (cols >= 0) & (cols < raster.array.shape[1])
    out = np.full(xs.shape, np.nan)
    out[inside] = raster.array[rows[inside], cols[inside]]
    return out


def zonal_statistics(raster: ResourceRaster, geometries, crs="EPSG:4490") -> list[dict]:
    """Mean/min/max/count of the cells whose centres fall in each polygon.

    Parameters
    ----------
    raster : ResourceRaster
    geometries : iterable of shapely geometries (or a GeoSeries)
    crs : str or CRS
        CRS of the geometries (ignored for a GeoSeries with a CRS).

    Returns
    -------
    list of dict
        ``{"mean", "min", "max", "count"}`` per geometry; NaN stats and count 0
        where no valid cell falls inside.
    """
    import geopandas as gpd
    from rasterio.features import geometry_mask

    series = geometries if isinstance(geometries, gpd.GeoSeries) else gpd.GeoSeries(list(geometries), crs=crs)
    if series.crs is None:
        series = series.set_crs(crs)
    series = series.to_crs(raster.crs)
    stats = []
    for geom in series:
        if geom is None or geom.is_empty:
            stats.append({"mean": float("nan"), "min": float("nan"), "max": float("nan"), "count": 0})
            continue
        mask = geometry_mask([geom.__geo_interface__], out_shape=raster.array.shape,
                             transform=raster.transform, invert=True)
        values = raster.array[mask]
        values = values[np.isfinite(values)]
        if values.size == 0:
            stats.append({"mean": float("nan"), "min": float("nan"), "max": float("nan"), "count": 0})
        else:
            stats.append({"mean": float(values.mean()), "min": float(values.min()),
                          "max": float(values.max()), "count": int(values.size)})
    return stats


def write_raster(path, array: np.ndarray, bounds, crs: str, title: str, units: str, source: str,
                 indicative: bool, nodata: float = -9999.0) -> Path:
    """Write a single-band float32 GeoTIFF with title/units/source/indicative tags."""
    import rasterio
    from rasterio.transform import from_bounds

    from app.project.atomic import atomic_output

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    height, width = array.shape
    transform = from_bounds(*bounds, width, height)
    data = np.where(np.isfinite(array), array, nodata).astype("float32")

    def verify(written: Path) -> None:
        with rasterio.open(written) as check:
            check.read(1)

    with atomic_output(path, "writing", verify=verify) as tmp:
        with rasterio.open(tmp, "w", driver="GTiff", width=width, height=height, count=1, dtype="float32",
                           crs=crs, transform=transform, nodata=nodata, compress="deflate") as dst:
            dst.write(data, 1)
            dst.update_tags(title=title, units=units, source=source, indicative=str(bool(indicative)).lower())
            dst.set_band_unit(1, units)
            dst.set_band_description(1, title)
    return path


def _offshore_distance_deg(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Signed east-west distance from the indicative coastline [deg] (> 0 at sea)."""
    lats = np.array([p[0] for p in _COAST_LON])[::-1]
    lons = np.array([p[1] for p in _COAST_LON])[::-1]
    return lon - np.interp(lat, lats, lons)


def build_indicative_rasters(out_dir, resolution_deg: float = 0.01) -> dict[str, Path]:
    """Write indicative mean wind speed at 100 m and annual GHI over the study area.

    Both are smooth gradients between the documented figures in
    ``app/resources/climate/lianyungang_normals.json`` (``wind_resource``,
    ``solar_resource``), tagged ``indicative=true`` and titled
    "indicative / 示意". EPSG:4490, extent :data:`STUDY_BOUNDS`.

    Returns
    -------
    dict
        ``{"wind_speed_100m": path, "ghi_annual": path}``.
    """
    from app.resource.weather import load_normals

    normals = load_normals()
    wind_doc, solar_doc = normals["wind_resource"], normals["solar_resource"]
    west, south, east, north = STUDY_BOUNDS
    width = int(round((east - west) / resolution_deg))
    height = int(round((north - south) / resolution_deg))
    lon = west + (np.arange(width) + 0.5) * resolution_deg
    lat = north - (np.arange(height) + 0.5) * resolution_deg
    lon2, lat2 = np.meshgrid(lon, lat)
    off = _offshore_distance_deg(lon2, lat2)
    # inland -> coast over 0.3 deg, coast -> offshore over 0.3 deg (~30 km)
    inland, coast, sea = wind_doc["inland_100m_m_s"], wind_doc["coast_100m_m_s"], wind_doc["offshore_100m_m_s"]
    wind = np.where(off < 0, coast + (inland - coast) * np.clip(-off / 0.3, 0, 1),
                    coast + (sea - coast) * np.clip(off / 0.3, 0, 1))
    ghi_in, ghi_sea = solar_doc["annual_ghi_inland_kwh_m2"], solar_doc["annual_ghi_offshore_kwh_m2"]
    ghi = ghi_in + (ghi_sea - ghi_in) * np.clip((off + 0.6) / 0.9, 0, 1)
    out_dir = Path(out_dir)
    paths = {
        "wind_speed_100m": write_raster(out_dir / "wind_speed_100m_indicative.tif", wind, STUDY_BOUNDS,
                                        "EPSG:4490", "Mean wind speed at 100 m (indicative / 示意)", "m/s",
                                        wind_doc["source"], True),
        "ghi_annual": write_raster(out_dir / "ghi_annual_indicative.tif", ghi, STUDY_BOUNDS, "EPSG:4490",
                                   "Annual global horizontal irradiation (indicative / 示意)", "kWh/m2",
                                   solar_doc["source"], True),
    }
    return paths
