"""Raster layers from GeoTIFF files (rasterio), for the map and the project."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from app.core.errors import InputError
from app.layers.model import RasterLayer


def read_raster_layer(path: str | Path, name: str | None = None, title: str | None = None) -> RasterLayer:
    """Open a single-band GeoTIFF as a :class:`RasterLayer` (band 1, nodata as NaN).

    Raises
    ------
    InputError
        When the file is not a raster GDAL reads, or has no CRS.
    """
    import rasterio

    path = Path(path)
    try:
        with rasterio.open(path) as src:
            if src.crs is None:
                raise InputError(f"{path.name} has no coordinate reference system; expected a georeferenced GeoTIFF")
            array = src.read(1, masked=True).astype(float).filled(np.nan)
            tags = src.tags()
            layer = RasterLayer(
                name or path.stem, array, src.transform, crs=src.crs.to_string(),
                title=title or tags.get("title") or path.stem, units=tags.get("units", ""),
                ramp=tags.get("ramp", "viridis"), source_path=str(path), tags=tags,
                sample=tags.get("indicative", "").lower() in ("1", "true", "yes"),
            )
    except rasterio.errors.RasterioIOError as exc:
        raise InputError(f"cannot read {path.name} as a raster: {exc}; expected a GeoTIFF") from exc
    return layer
