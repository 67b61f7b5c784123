"""Undoable edits of vector layers: the commands map tools and forms push.

Each command keeps exactly what it needs to undo itself (old values, the
removed rows), so undo after save and reopen is not needed and memory stays
small with 100,000-feature layers.
"""
from __future__ import annotations

import geopandas as gpd
import pandas as pd

from app.layers.model import RasterLayer, Style, VectorLayer
from app.core.undo import Command


class SetAttributes(Command):
    """Set ``{field: value}`` on the features ``ids`` of ``layer``.

    ``on_change(layer, ids, field, old_values, new_value, undo)`` is called
    after each do/undo (the rooftop audit writes its log from there).
    """

    def __init__(self, layer: VectorLayer, ids, values: dict, text: str | None = None, on_change=None):
        self.layer = layer
        self.ids = list(ids)
        self.values = dict(values)
        self.text = text or f"set {', '.join(values)}"
        self.on_change = on_change
        gdf = layer.gdf
        self.old = {f: (gdf.loc[self.ids, f].tolist() if f in gdf.columns else [None] * len(self.ids))
                    for f in self.values}

    def redo(self):
        gdf = self.layer.gdf
        for fieldname, value in self.values.items():
            if fieldname not in gdf.columns:
                gdf[fieldname] = pd.Series([None] * len(gdf), index=gdf.index, dtype=object)
            if gdf[fieldname].dtype.kind in "iub" and not isinstance(value, (int, bool)):
                gdf[fieldname] = gdf[fieldname].astype(object if isinstance(value, str) else float)
            gdf.loc[self.ids, fieldname] = value
            if self.on_change:
                self.on_change(self.layer, self.ids, fieldname, self.old[fieldname], value, False)
        self.layer.data_changed(self.ids)

    def undo(self):
        gdf = self.layer.gdf
        for fieldname, olds in self.old.items():
            for fid, old in zip(self.ids, olds):
                gdf.loc[fid, fieldname] = old
            if self.on_change:
                self.on_change(self.layer, self.ids, fieldname, [self.values[fieldname]] * len(self.ids), olds, True)
        self.layer.data_changed(self.ids)


class AddFeature(Command):
    """Append one feature (``attributes`` dict and a shapely ``geometry``)."""

    def __init__(self, layer: VectorLayer, geometry, attributes: dict | None = None, text: str = "add feature"):
        self.layer = layer
        self.geometry = geometry
        self.attributes = dict(attributes or {})
        self.text = text
        index = layer.gdf.index
        self.fid = int(index.max()) + 1 if len(index) else 0

    def redo(self):
        gdf = self.layer.gdf
        row = {c: self.attributes.get(c) for c in gdf.columns if c != gdf.geometry.name}
        row.update({k: v for k, v in self.attributes.items() if k not in row})
        new = gpd.GeoDataFrame([row], geometry=[self.geometry], crs=gdf.crs, index=[self.fid])
        new = new.rename_geometry(gdf.geometry.name) if gdf.geometry.name != "geometry" else new
        self.layer.set_gdf(pd.concat([gdf, new]) if len(gdf) else new)

    def undo(self):
        self.layer.set_gdf(self.layer.gdf.drop(index=[self.fid]))


class DeleteFeatures(Command):
    """Remove features ``ids`` (kept for undo, restored in their old order)."""

    def __init__(self, layer: VectorLayer, ids, text: str = "delete features"):
        self.layer = layer
        self.ids = list(ids)
        self.text = text
        self.removed = layer.gdf.loc[self.ids].copy()
        self.order = list(layer.gdf.index)

    def redo(self):
        self.layer.set_gdf(self.layer.gdf.drop(index=self.ids))

    def undo(self):
        restored = pd.concat([self.layer.gdf, self.removed])
        order = [i for i in self.order if i in restored.index] + [i for i in restored.index if i not in self.order]
        self.layer.set_gdf(restored.loc[order])


class SetGeometry(Command):
    """Replace the geometry of feature ``fid`` (vertex edits, moves)."""

    def __init__(self, layer: VectorLayer, fid, geometry, text: str = "edit geometry"):
        self.layer = layer
        self.fid = fid
        self.new = geometry
        self.old = layer.gdf.geometry.loc[fid]
        self.text = text

    def _set(self, geom):
        gdf = self.layer.gdf
        gdf.loc[self.fid, gdf.geometry.name] = geom
        self.layer.set_gdf(gdf)

    def redo(self):
        self._set(self.new)

    def undo(self):
        self._set(self.old)


class AddLayer(Command):
    """Add a layer to a layer list (undo removes it)."""

    def __init__(self, layers, layer, index: int = 0, text: str | None = None):
        self.layers, self.layer, self.index = layers, layer, index
        self.text = text or f"add layer {layer.title}"

    def redo(self):
        self.layers.insert(self.index, self.layer)

    def undo(self):
        self.layers.remove(self.layer.name)


class ReplaceLayer(Command):
    """Put ``layer`` in place of the layer of the same name (same position); undo brings the old one back."""

    def __init__(self, layers, layer, text: str | None = None):
        self.layers, self.new = layers, layer
        self.old = layers[layer.name]
        self.index = layers.index(layer.name)
        self.text = text or f"replace layer {layer.title}"

    def _put(self, layer):
        self.layers.remove(layer.name)
        self.layers.insert(self.index, layer)

    def redo(self):
        self._put(self.new)

    def undo(self):
        self._put(self.old)


class SetLayerProperties(Command):
    """Change a layer's title and its style (vector) or opacity (raster) in one undoable step.

    Parameters
    ----------
    layer : Layer
    title : str, optional
        The new title (None: unchanged).
    style : Style, optional
        The new style of a vector layer, filter and labels included (None: unchanged).
    opacity : float, optional
        The new opacity of a raster layer, 0-1 [-] (None: unchanged).
    """

    def __init__(self, layer, title: str | None = None, style: Style | None = None, opacity: float | None = None,
                 text: str | None = None):
        self.layer = layer
        vector = isinstance(layer, VectorLayer)
        self.old = (layer.title, Style.from_dict(layer.style.to_dict()) if vector else None,
                    layer.opacity if isinstance(layer, RasterLayer) else None)
        self.new = (layer.title if title is None else title,
                    Style.from_dict(style.to_dict()) if vector and style is not None else self.old[1],
                    opacity if isinstance(layer, RasterLayer) and opacity is not None else self.old[2])
        self.text = text or f"properties of {layer.title}"

    @property
    def changes_anything(self) -> bool:
        old_style = self.old[1].to_dict() if self.old[1] is not None else None
        new_style = self.new[1].to_dict() if self.new[1] is not None else None
        return self.old[0] != self.new[0] or old_style != new_style or self.old[2] != self.new[2]

    def _apply(self, state) -> None:
        title, style, opacity = state
        layer = self.layer
        if style is not None and style.to_dict() != layer.style.to_dict():
            layer.set_style(Style.from_dict(style.to_dict()))
        if opacity is not None and opacity != layer.opacity:
            layer.opacity = opacity
            layer.style.opacity = opacity
            layer.events.style.emit(layer=layer)
        if title != layer.title:
            layer.set_title(title)

    def redo(self):
        self._apply(self.new)

    def undo(self):
        self._apply(self.old)
