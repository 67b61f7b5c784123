"""Analyses drawn as out of date: a site whose outline changed after its analysis keeps its turbines and
excluded areas on the map, hatched grey, with a note on the site until it is analysed again.

The judgement is the core's (:func:`app.siting.site_analysis.stale_site_ids`:
the outline's fingerprint stored with the analysis against the site's now);
this module only paints it over the map (``canvas.add_overlay``).
"""
from __future__ import annotations

import numpy as np
import shapely
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen

from app.siting.site_analysis import EXCLUDED_LAYER, stale_site_ids
from app.ui.i18n import translate
from app.ui.render import geometries_path

#: Colour of the out-of-date marks (the comparison table's out-of-date orange).
STALE_COLOR = "#b35806"


def stale_note() -> str:
    return translate("StaleOverlay", "out of date — re-run the analysis")


def draw_stale_analyses(painter, canvas) -> list[str]:
    """Hatch the results of stale analyses and mark their sites; returns the stale site ids."""
    project = canvas.project
    stale = stale_site_ids(project)
    if not stale:
        return []
    view = canvas.view
    painter.setRenderHint(painter.RenderHint.Antialiasing, True)
    grey = QColor(80, 80, 80, 200)
    excluded = project.layers.get(EXCLUDED_LAYER)
    if excluded is not None and excluded.visible and "site_id" in excluded.gdf.columns:
        geoms = excluded.gdf.geometry[excluded.gdf["site_id"].astype(str).isin(stale)].to_numpy()
        geoms = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))]
        if len(geoms):
            painter.setPen(QPen(grey, 1.0, Qt.PenStyle.DashLine))
            painter.setBrush(QBrush(grey, Qt.BrushStyle.BDiagPattern))
            painter.drawPath(geometries_path(geoms, view))
    turbines = project.layers.get("turbines")
    if turbines is not None and turbines.visible and "site_id" in turbines.gdf.columns:
        points = turbines.gdf.geometry[turbines.gdf["site_id"].astype(str).isin(stale)].to_numpy()
        coords = shapely.get_coordinates(points[~(shapely.is_missing(points) | shapely.is_empty(points))])
        if len(coords):
            x, y = view.to_screen(coords[:, 0], coords[:, 1])
            radius = turbines.style.point_size / 2 + 1
            painter.setPen(QPen(grey, 1.5))
            painter.setBrush(QColor(170, 170, 170, 220))
            for px, py in zip(x, y):
                centre = QPointF(float(px), float(py))
                painter.drawEllipse(centre, radius, radius)
                painter.drawLine(centre + QPointF(-radius, radius), centre + QPointF(radius, -radius))
    sites = project.layers.get("candidate_sites")
    if sites is not None and sites.visible and "site_id" in sites.gdf.columns:
        mask = sites.gdf["site_id"].astype(str).isin(stale).to_numpy()
        geoms = sites.gdf.geometry.to_numpy()[mask]
        geoms = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))]
        if len(geoms):
            orange = QColor(STALE_COLOR)
            painter.setPen(QPen(orange, 2.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(geometries_path(geoms, view))
            _draw_notes(painter, geoms, view, orange)
    return stale


def _draw_notes(painter, geoms: np.ndarray, view, color: QColor) -> None:
    from app.ui.fonts import cjk_family

    font = QFont(cjk_family())
    font.setPixelSize(12)
    font.setBold(True)
    text = "⚠ " + stale_note()
    half = QFontMetricsF(font).horizontalAdvance(text) / 2
    tops = shapely.bounds(geoms)
    x, y = view.to_screen((tops[:, 0] + tops[:, 2]) / 2, tops[:, 3])
    halo = QPen(QColor(255, 255, 255, 235), 4.0)
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for px, py in zip(x, y):
        path = QPainterPath()
        path.addText(QPointF(float(px) - half, float(py) - 8), font, text)
        painter.strokePath(path, halo)
        painter.fillPath(path, color)


__all__ = ["draw_stale_analyses", "stale_note", "STALE_COLOR"]
