"""Toolbar and menu icons: Tabler Icons (MIT), shipped in ``app/resources/icons`` with their licence.

The SVGs are drawn in ``currentColor``; :func:`icon` renders them with Qt's
SVG module in the palette's text colour (and a greyed one for disabled
actions), at the sizes toolbars and menus ask for, so they follow a dark or
light desktop theme. ``ICONS`` names which file each action shows.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.resources import resource_path

#: The folder of the icon set (with LICENSE and README.md).
ICON_DIR = resource_path("icons")
#: Action key -> SVG file (without .svg) of the Tabler icon set.
ICONS = {
    "new": "file-plus", "open": "folder-open", "save": "device-floppy", "undo": "arrow-back-up",
    "redo": "arrow-forward-up", "export": "file-export", "report": "file-report", "print": "printer",
    "add_vector": "vector", "add_raster": "grid-dots", "pan": "hand-move", "identify": "info-circle",
    "select": "pointer", "select_expression": "filter-code", "deselect": "pointer-off", "zoom_full": "zoom-scan",
    "zoom_in": "zoom-in", "zoom_out": "zoom-out", "zoom_layer": "zoom-check", "zoom_selection": "zoom-in-area",
    "attribute_table": "table", "measure_line": "ruler-2", "measure_area": "polygon",
    "properties": "adjustments-horizontal", "filter": "filter", "remove": "trash",
}
#: Sizes rendered into each icon [px].
SIZES = (16, 20, 24, 32, 48)


def svg_path(key: str):
    """The SVG file of action ``key`` (a key of :data:`ICONS`, or a file stem of the set)."""
    return ICON_DIR / f"{ICONS.get(key, key)}.svg"


@lru_cache(maxsize=None)
def _svg_bytes(key: str) -> bytes:
    return svg_path(key).read_bytes()


def render(key: str, size: int, color: str) -> QPixmap:
    """Icon ``key`` as a ``size`` x ``size`` pixmap drawn in ``color`` (``#rrggbb``)."""
    data = _svg_bytes(key).replace(b"currentColor", color.encode("ascii"))
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise ValueError(f"icon {svg_path(key).name} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def icon(key: str) -> QIcon:
    """The icon of action ``key`` in the palette's colours (normal and disabled)."""
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    return _icon(key, normal, disabled)


@lru_cache(maxsize=None)
def _icon(key: str, normal: str, disabled: str) -> QIcon:
    result = QIcon()
    for size in SIZES:
        result.addPixmap(render(key, size, normal), QIcon.Mode.Normal)
        result.addPixmap(render(key, size, disabled), QIcon.Mode.Disabled)
    return result


def toolbar_icon_size() -> QSize:
    return QSize(20, 20)


__all__ = ["ICONS", "ICON_DIR", "icon", "render", "svg_path"]
