"""Print layout: the current map view to PNG or PDF with title, legend, scale bar and north arrow.

The map is drawn by the canvas's own renderer (:func:`app.ui.render.render_map`)
at the chosen DPI, so the print looks like the screen. A4/A3, portrait or
landscape. Files are written to a temporary name and moved into place.
"""
from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPainterPath, QPdfWriter, QPen
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit,
                               QPushButton, QSpinBox, QWidget)

from app.project.atomic import atomic_output, check_writable, failed_write, verify_pdf, verify_png
from app.core.errors import InputError
from app.layers.model import SAMPLE_NOTICE, VectorLayer
from app.layers.display import value_text
from app.ui.i18n import layer_display_title, translate, ui_language
from app.ui.render import MapView, render_map

#: Paper sizes [mm], portrait (width, height).
PAPER_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
ORIENTATIONS = ("landscape", "portrait")


def paper_pixels(paper: str, orientation: str, dpi: int) -> tuple[int, int]:
    """Page size in pixels at ``dpi``; InputError for an unknown paper or orientation."""
    if paper not in PAPER_MM:
        raise InputError(f"unknown paper size {paper!r}; expected one of {', '.join(PAPER_MM)}")
    if orientation not in ORIENTATIONS:
        raise InputError(f"unknown orientation {orientation!r}; expected one of {', '.join(ORIENTATIONS)}")
    if not 50 <= int(dpi) <= 600:
        raise InputError(f"DPI must be between 50 and 600, got {dpi}")
    w_mm, h_mm = PAPER_MM[paper]
    if orientation == "landscape":
        w_mm, h_mm = h_mm, w_mm
    return int(round(w_mm / 25.4 * dpi)), int(round(h_mm / 25.4 * dpi))


def _nice_length_m(max_m: float) -> float:
    """The largest 1/2/5 x 10^n metres not above ``max_m``."""
    if max_m <= 0:
        return 1.0
    exponent = math.floor(math.log10(max_m))
    for step in (5, 2, 1):
        value = step * 10 ** exponent
        if value <= max_m:
            return value
    return 10 ** exponent


def legend_entries(layers) -> list[tuple[str, str, str]]:
    """(label, fill, stroke) per visible, non-empty vector layer and per category of categorized layers."""
    entries = []
    for layer in layers:
        if not (isinstance(layer, VectorLayer) and layer.visible) or layer.gdf.empty:
            continue
        style = layer.style
        title = layer_display_title(layer)  # in the UI language; says sample data while the layer has sample features
        if style.category_field and style.categories:
            present = set(layer.gdf[style.category_field].astype(str)) if style.category_field in layer.gdf else set()
            for value, color in style.categories.items():
                if not present or value in present:
                    word = value_text(layer.name, style.category_field, value, ui_language()) or value
                    entries.append((f"{title}: {word}", color, style.stroke))
        else:
            entries.append((title, style.fill, style.stroke))
    return entries


def compose_print_image(project, extent, paper: str = "A4", orientation: str = "landscape", dpi: int = 150,
                        title: str = "") -> QImage:
    """The whole page as an image: title, map of ``extent``, legend, scale bar, north arrow.

    Parameters
    ----------
    project : Project
    extent : tuple
        (lon_min, lat_min, lon_max, lat_max) [deg] to show (the canvas's view).
    paper, orientation, dpi
        Page set-up; ``dpi`` in dots per inch.
    title : str
        Printed above the map (default: the project title).
    """
    width, height = paper_pixels(paper, orientation, dpi)
    mm = dpi / 25.4
    margin = int(10 * mm)
    title_h = int(14 * mm)
    legend_w = int(62 * mm)
    map_rect = QRectF(margin, margin + title_h, width - 2 * margin - legend_w - int(4 * mm),
                      height - 2 * margin - title_h)
    view = MapView.fit(extent, int(map_rect.width()), int(map_rect.height()), margin=0.0)
    map_image, _ = render_map(list(project.layers), view, with_selection=False)

    page = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    page.setDotsPerMeterX(int(dpi / 0.0254))
    page.setDotsPerMeterY(int(dpi / 0.0254))
    page.fill(QColor("white"))
    painter = QPainter(page)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        family = _font_family()
        # title
        font = QFont(family)
        font.setPixelSize(int(6 * mm))
        painter.setFont(font)
        painter.setPen(QColor("#1f3b5c"))
        painter.drawText(QRectF(margin, margin, width - 2 * margin, title_h), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, title or project.title)
        # map and frame
        painter.drawImage(map_rect.topLeft(), map_image)
        painter.setPen(QPen(QColor("#333333"), max(1, int(0.3 * mm))))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(map_rect)
        _draw_north_arrow(painter, map_rect, mm)
        _draw_scale_bar(painter, map_rect, view, mm, family)
        if project.is_sample:
            font.setPixelSize(int(3.2 * mm))
            painter.setFont(font)
            painter.setPen(QColor("#b2182b"))
            painter.drawText(QRectF(map_rect.right() - 70 * mm, map_rect.bottom() - 8 * mm, 68 * mm, 6 * mm),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, SAMPLE_NOTICE)
        # legend
        _draw_legend(painter, QRectF(map_rect.right() + 4 * mm, map_rect.top(), legend_w, map_rect.height()),
                     legend_entries(list(project.layers)), mm, family)
    finally:
        painter.end()
    return page


def _font_family() -> str:
    from app.ui.fonts import cjk_family

    return cjk_family()


def _draw_north_arrow(painter: QPainter, rect: QRectF, mm: float) -> None:
    x = rect.right() - 10 * mm
    y = rect.top() + 6 * mm
    path = QPainterPath()
    path.moveTo(x, y)
    path.lineTo(x - 3 * mm, y + 10 * mm)
    path.lineTo(x, y + 7.5 * mm)
    path.lineTo(x + 3 * mm, y + 10 * mm)
    path.closeSubpath()
    painter.save()
    painter.setBrush(QColor("#222222"))
    painter.setPen(QPen(QColor("#222222"), 1))
    painter.drawPath(path)
    font = painter.font()
    font.setPixelSize(int(4 * mm))
    painter.setFont(font)
    painter.drawText(QRectF(x - 5 * mm, y + 10.5 * mm, 10 * mm, 5 * mm), Qt.AlignmentFlag.AlignCenter,
                     translate("PrintLayout", "N"))
    painter.restore()


def _draw_scale_bar(painter: QPainter, rect: QRectF, view: MapView, mm: float, family: str) -> float:
    """Draw a scale bar about a fifth of the map wide; returns its length [m]."""
    length_m = _nice_length_m(view.metres_per_pixel * rect.width() / 5)
    length_px = length_m / view.metres_per_pixel
    x0 = rect.left() + 6 * mm
    y0 = rect.bottom() - 8 * mm
    painter.save()
    painter.setPen(QPen(QColor("#000000"), max(1, int(0.3 * mm))))
    painter.fillRect(QRectF(x0 - 2 * mm, y0 - 6 * mm, length_px + 14 * mm, 9 * mm), QColor(255, 255, 255, 200))
    half = length_px / 2
    painter.fillRect(QRectF(x0, y0, half, 1.5 * mm), QColor("#000000"))
    painter.drawRect(QRectF(x0 + half, y0, half, 1.5 * mm))
    font = QFont(family)
    font.setPixelSize(int(3 * mm))
    painter.setFont(font)
    label = f"{length_m / 1000:g} km" if length_m >= 1000 else f"{length_m:g} m"
    painter.drawText(QPointF(x0, y0 - 1 * mm), "0")
    painter.drawText(QPointF(x0 + length_px - 2 * mm, y0 - 1 * mm), label)
    painter.restore()
    return length_m


def _draw_legend(painter: QPainter, rect: QRectF, entries, mm: float, family: str) -> None:
    painter.save()
    font = QFont(family)
    font.setPixelSize(int(4 * mm))
    painter.setFont(font)
    painter.setPen(QColor("#000000"))
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), 7 * mm), Qt.AlignmentFlag.AlignLeft,
                     translate("PrintLayout", "Legend"))
    font.setPixelSize(int(3 * mm))
    painter.setFont(font)
    y = rect.top() + 9 * mm
    row = 5.5 * mm
    for label, fill, stroke in entries:
        if y + row > rect.bottom():
            break
        swatch = QRectF(rect.left(), y, 6 * mm, 4 * mm)
        painter.setPen(QPen(QColor(stroke if stroke and stroke != "none" else "#333333"), 1))
        painter.setBrush(QColor(fill) if fill and fill != "none" else Qt.BrushStyle.NoBrush)
        painter.drawRect(swatch)
        painter.setPen(QColor("#000000"))
        painter.drawText(QRectF(rect.left() + 8 * mm, y - 0.5 * mm, rect.width() - 8 * mm, row),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        y += row
    painter.restore()


def export_print(project, out, extent, paper: str = "A4", orientation: str = "landscape", dpi: int = 150,
                 title: str = "") -> Path:
    """Write the print layout to ``out`` (.png or .pdf) atomically; returns the path."""
    target = Path(out).expanduser().absolute()
    suffix = target.suffix.lower()
    if suffix not in (".png", ".pdf"):
        raise InputError(f"cannot print to {target.name!r}; expected a file ending in .png or .pdf")
    protected = project.input_files()
    target = check_writable(target, protected)  # before the page is drawn
    page = compose_print_image(project, extent, paper, orientation, dpi, title)
    verify = verify_png if suffix == ".png" else verify_pdf
    with atomic_output(target, "printing", verify=verify, protected=protected) as tmp_path:
        tmp_name = str(tmp_path)
        if suffix == ".png":
            if not page.save(tmp_name, "PNG"):
                raise failed_write(tmp_path, "Qt could not write the PNG image")
        else:
            writer = QPdfWriter(tmp_name)
            size = QPageSize(QPageSize.PageSizeId.A4 if paper == "A4" else QPageSize.PageSizeId.A3)
            layout = QPageLayout(size, QPageLayout.Orientation.Landscape if orientation == "landscape"
                                 else QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
            writer.setPageLayout(layout)
            writer.setResolution(int(dpi))
            writer.setTitle(title or project.title)
            painter = QPainter(writer)
            try:
                target_rect = QRectF(0, 0, writer.width(), writer.height())
                painter.drawImage(target_rect, page)
            finally:
                painter.end()
            del writer  # the PDF is complete once its writer is gone
    return target


def current_extent(window) -> tuple:
    """The extent the window's canvas shows, else the project's visible extent."""
    canvas = getattr(window, "canvas", None)
    view = getattr(canvas, "view", None)
    if callable(view):
        view = view()
    if view is not None and hasattr(view, "extent"):
        return tuple(view.extent)
    extent = getattr(canvas, "extent", None)
    if extent is not None:
        return tuple(extent() if callable(extent) else extent)
    return window.project.layers.full_extent(visible_only=True)


class PrintDialog(QDialog):
    """Title, paper, orientation, DPI and output file; Print writes the file."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent if parent is not None else (window if isinstance(window, QWidget) else None))
        self.window_ref = window
        self.setWindowTitle(self.tr("Print map"))
        form = QFormLayout(self)
        self.title_edit = QLineEdit(window.project.title)
        self.paper_combo = QComboBox()
        self.paper_combo.addItems(list(PAPER_MM))
        self.orientation_combo = QComboBox()
        for key, text in (("landscape", self.tr("Landscape")), ("portrait", self.tr("Portrait"))):
            self.orientation_combo.addItem(text, key)
        self.dpi_spin = QSpinBox()
        self.dpi_spin.setRange(72, 600)
        self.dpi_spin.setValue(150)
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Paper"), self.paper_combo)
        form.addRow(self.tr("Orientation"), self.orientation_combo)
        form.addRow(self.tr("DPI"), self.dpi_spin)
        form.addRow(self.tr("Output (.png or .pdf)"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.written: Path | None = None
        self.last_error: Exception | None = None

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print to"), "", "PNG (*.png);;PDF (*.pdf)")
        if path:
            self.path_edit.setText(path)

    def run(self) -> None:
        """Write the file; errors go to the window's one error path and keep the dialog open."""
        try:
            path = self.path_edit.text().strip()
            if not path:
                raise InputError(self.tr("choose an output file; expected a path ending in .png or .pdf"))
            self.written = export_print(self.window_ref.project, path, current_extent(self.window_ref),
                                        self.paper_combo.currentText(), self.orientation_combo.currentData(),
                                        self.dpi_spin.value(), self.title_edit.text())
        except (InputError, OSError, ValueError) as exc:
            self.last_error = exc
            show_error = getattr(self.window_ref, "show_error", None)
            if callable(show_error):
                show_error(exc)
            return
        self.accept()


def show_print_dialog(window) -> PrintDialog:
    """Open the print dialog for the window's current map view (window-modal, returns at once)."""
    dialog = PrintDialog(window)
    dialog.open()
    return dialog


__all__ = ["compose_print_image", "export_print", "legend_entries", "paper_pixels", "show_print_dialog",
           "PrintDialog", "current_extent"]
