"""Raster layers from GeoTIFF files (rasterio), for the map and the project."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import numpy as np

from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.layers.model import RasterLayer


@contextmanager
def open_raster(path: str | Path, whole: bool = True):
    """Open a raster file for reading after the input guards; yields the rasterio dataset.

    A path that is not a regular file (a FIFO would block the open) is
    refused first, then a file above ``io_limits.max_raster_file_mb``; with
    ``whole`` (the caller reads the whole band) a raster above
    ``io_limits.max_raster_pixels`` is refused from its header, before any
    pixel is read (:mod:`app.layers.input_guards`).

    Raises
    ------
    InputError
        Refused, or not a raster GDAL reads.
    """
    import rasterio

    from app.layers.input_guards import check_file_size, check_raster_pixels, check_regular_file

    path = Path(path)
    check_regular_file(path)
    check_file_size(path, "io_limits.max_raster_file_mb")
    try:
        src = rasterio.open(path)
    except rasterio.errors.RasterioIOError as exc:
        raise InputError(QT_TRANSLATE_NOOP("Error", "cannot read {name} as a raster: {exc}; expected a GeoTIFF"),
                         code="cannot_read_raster_geotiff", name=path.name, exc=exc) from exc
    with src:
        if whole:
            check_raster_pixels(src.width, src.height, path.name)
        yield src


def read_raster_layer(path: str | Path, name: str | None = None, title: str | None = None) -> RasterLayer:
    """Open a single-band GeoTIFF as a :class:`RasterLayer` (band 1, nodata as NaN).

    Raises
    ------
    InputError
        When the file is not a raster GDAL reads, has no CRS, or is refused
        by the input guards (:func:`open_raster`).
    """
    import rasterio

    path = Path(path)
    try:
        with open_raster(path) as src:
            if src.crs is None:
                raise InputError(QT_TRANSLATE_NOOP("Error", "{name} has no coordinate reference system; expected a "
                                                            "georeferenced GeoTIFF"),
                                 code="coordinate_reference_system_georeferenced", name=path.name)
            array = src.read(1, masked=True).astype(float).filled(np.nan)
            tags = src.tags()
            layer = RasterLayer(
                name or path.stem, array, src.transform, crs=src.crs.to_string(),
                title=title or tags.get("title") or path.stem, units=tags.get("units", ""),
                ramp=tags.get("ramp", "viridis"), source_path=str(path), tags=tags,
                sample=tags.get("indicative", "").lower() in ("1", "true", "yes"),
            )
    except rasterio.errors.RasterioIOError as exc:
        raise InputError(QT_TRANSLATE_NOOP("Error", "cannot read {name} as a raster: {exc}; expected a GeoTIFF"),
                         code="cannot_read_raster_geotiff", name=path.name, exc=exc) from exc
    return layer
