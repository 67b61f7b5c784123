"""Measure line and measure area (View → Measure), as QGIS's measure tool and dialog.

:class:`MeasureTool` only captures (DESIGN.md rule 4): left clicks add
vertices, the cursor shows the segment being drawn, a right click, a
double-click or Esc ends the measurement (a new click starts the next one),
Backspace takes back the last vertex. It hands the vertices to
:class:`MeasureDialog`, which shows the lengths or the area computed by
:mod:`app.layers.measure` in CGCS2000 / 3-degree GK CM 120E (EPSG:4549):
segment lengths and the running total for a line; area (with mu, 亩) and
perimeter for a polygon.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
                               QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from app.layers.measure import (auto_area_unit, auto_length_unit, convert_area, convert_length, line_length,
                                polygon_area, polygon_perimeter, segment_lengths)
from app.ui.i18n import Retranslating, translate
from app.ui.map_tools import MapTool

#: Colour of the measuring band (QGIS draws it red).
BAND_COLOR = "#e31a1c"


def unit_names() -> dict[str, str]:
    """Unit key -> the unit as shown in the UI language."""
    return {"m": translate("MeasureDialog", "m"), "km": translate("MeasureDialog", "km"),
            "m2": translate("MeasureDialog", "m²"), "km2": translate("MeasureDialog", "km²"),
            "ha": translate("MeasureDialog", "ha"), "mu": translate("MeasureDialog", "mu (亩)")}


def format_length(metres: float, unit: str | None = None) -> str:
    """``1,234.56 m`` or ``12.346 km`` (``unit`` None: km from 1 km on)."""
    unit = unit or auto_length_unit(metres)
    value = convert_length(metres, unit)
    return f"{value:,.3f} {unit_names()[unit]}" if unit == "km" else f"{value:,.2f} {unit_names()[unit]}"


def format_area(square_metres: float, unit: str | None = None) -> str:
    """``12,345.6 m²``, ``1.235 km²``, ``12.35 ha`` or ``18.52 mu (亩)``."""
    unit = unit or auto_area_unit(square_metres)
    value = convert_area(square_metres, unit)
    digits = {"m2": 1, "km2": 3, "ha": 2, "mu": 2}[unit]
    return f"{value:,.{digits}f} {unit_names()[unit]}"


class MeasureTool(MapTool):
    """Click vertices of a line (``mode="line"``) or polygon (``mode="area"``) to measure it.

    ``on_changed(vertices, finished)`` is called with the (lon, lat)
    vertices [deg] after every change; while drawing, the last vertex is
    the cursor.
    """

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, mode: str, on_changed):
        super().__init__()
        if mode not in ("line", "area"):
            raise ValueError(f"unknown measure mode {mode!r}; expected 'line' or 'area'")
        self.mode = mode
        self.on_changed = on_changed
        #: Clicked vertices (lon, lat) [deg].
        self.points: list[tuple[float, float]] = []
        self.hover: tuple[float, float] | None = None
        #: True once the measurement was ended (right click, double-click, Esc).
        self.finished = False

    @property
    def vertices(self) -> list[tuple[float, float]]:
        """The measured vertices: the clicked ones and, while drawing, the cursor."""
        return list(self.points) + ([self.hover] if self.hover is not None and not self.finished else [])

    def _changed(self) -> None:
        self.rubber_band = self.vertices or None
        self.rubber_band_closed = self.mode == "area"
        if self.canvas is not None:
            self.canvas.update()
        self.on_changed(self.vertices, self.finished)

    def restart(self) -> None:
        """Forget the measurement (the dialog's New)."""
        self.points, self.hover, self.finished = [], None, False
        self._changed()

    def press(self, event):
        if event.button == Qt.MouseButton.LeftButton:
            if self.finished:
                self.points, self.finished = [], False
            point = (event.lon, event.lat)
            # the second press of a double-click repeats the last vertex
            if not self.points or self.points[-1] != point:
                self.points.append(point)
            self._changed()

    def move(self, event):
        if self.points and not self.finished:
            self.hover = (event.lon, event.lat)
            self._changed()

    def release(self, event):
        if event.button == Qt.MouseButton.RightButton:
            self.finish()

    def double_click(self, event):
        # platforms differ on whether a press precedes the double-click: the point is the last vertex either way
        if event.button == Qt.MouseButton.LeftButton and not self.finished:
            point = (event.lon, event.lat)
            if not self.points or self.points[-1] != point:
                self.points.append(point)
            self.finish()

    def finish(self) -> None:
        if self.points and not self.finished:
            self.finished, self.hover = True, None
            self._changed()

    def key(self, event) -> bool:
        if event.key() == Qt.Key.Key_Escape and self.points and not self.finished:
            self.finish()
            return True
        if event.key() == Qt.Key.Key_Backspace and self.points and not self.finished:
            self.points.pop()
            self._changed()
            return True
        return False

    def deactivate(self):
        self.points, self.hover, self.finished = [], None, False
        super().deactivate()

    def paint(self, painter: QPainter, canvas) -> None:
        vertices = self.vertices
        if not vertices:
            return
        xs, ys = canvas.view.to_screen([p[0] for p in vertices], [p[1] for p in vertices])
        polygon = QPolygonF([QPointF(float(x), float(y)) for x, y in zip(xs, ys)])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(BAND_COLOR), 2))
        if self.mode == "area" and len(polygon) > 2:
            fill = QColor(BAND_COLOR)
            fill.setAlpha(45)
            painter.setBrush(fill)
            painter.drawPolygon(polygon)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(polygon)
        painter.setBrush(QColor("#ffffff"))
        for point in polygon:
            painter.drawEllipse(point, 3, 3)
        # the running figure beside the last vertex, as QGIS shows it in the dialog only: here too, for the eye
        text = format_length(line_length(vertices)) if self.mode == "line" else format_area(polygon_area(vertices))
        font = QFont(canvas.font())
        font.setPixelSize(12)
        font.setBold(True)
        painter.setFont(font)
        anchor = polygon[len(polygon) - 1] + QPointF(10, -8)
        painter.setPen(QPen(QColor(255, 255, 255, 230), 4))
        painter.drawText(anchor, text)
        painter.setPen(QColor("#7a0000"))
        painter.drawText(anchor, text)


class MeasureDialog(Retranslating, QDialog):
    """The measure results (non-modal, beside the map): segments and total, or area and perimeter."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("measure_dialog")
        self.window_ref = window
        self.mode = "line"
        self.vertices: list = []
        self.finished = False
        self.segments = QTableWidget(0, 1)
        self.segments.setObjectName("measure_segments")
        self.segments.verticalHeader().setVisible(True)
        self.segments.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.segments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.total_caption = QLabel()
        self.total = QLabel()
        self.total.setObjectName("measure_total")
        big = QFont(self.total.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.total.setFont(big)
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.extra = QLabel()
        self.extra.setObjectName("measure_extra")
        self.extra.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("measure_unit")
        self.unit_combo.currentIndexChanged.connect(lambda *_: self._show())
        self.unit_caption = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555")
        self.new_button = QPushButton()
        self.new_button.setObjectName("measure_new")
        self.new_button.clicked.connect(self.restart)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.total_caption, self.total)
        form.addRow("", self.extra)
        form.addRow(self.unit_caption, self.unit_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.segments, 1)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(340, 380)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Measure line") if self.mode == "line" else self.tr("Measure area"))
        self.segments.setHorizontalHeaderLabels([self.tr("Segment")])
        self.total_caption.setText(self.tr("Total") if self.mode == "line" else self.tr("Area"))
        self.unit_caption.setText(self.tr("Units"))
        self.new_button.setText(self.tr("New"))
        self.note.setText(self.tr("Computed in CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549), as every area "
                                  "and distance of the project. 1 mu (亩) = 666.67 m²."))
        self.hint.setText(self.tr("Click to add points; right-click, double-click or Esc ends; Backspace removes "
                                  "the last point."))
        self._fill_units()
        self._show()

    def _fill_units(self) -> None:
        keys = ["m", "km"] if self.mode == "line" else ["m2", "km2", "ha", "mu"]
        current = self.unit_combo.currentData()
        names = unit_names()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("automatic"), None)
        for key in keys:
            self.unit_combo.addItem(names[key], key)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(current)))
        self.unit_combo.blockSignals(False)

    # results ---------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.unit_combo.setCurrentIndex(0)
        self.segments.setVisible(mode == "line")
        self.vertices, self.finished = [], False
        self.retranslate_ui()
        # an area has no segment list: the dialog shrinks to its figures, its bottom edge kept in place
        bottom = self.geometry().bottom()
        self.layout().activate()
        height = 380 if mode == "line" else self.sizeHint().height()
        self.setGeometry(self.x(), bottom - height + 1, self.width(), height)

    def update_measure(self, vertices, finished: bool) -> None:
        """The tool's vertices changed (``finished``: the measurement was ended)."""
        self.vertices, self.finished = list(vertices), finished
        self._show()

    @property
    def length_m(self) -> float:
        """Length of the measured line [m]."""
        return line_length(self.vertices)

    @property
    def area_m2(self) -> float:
        """Area of the measured polygon [m2]."""
        return polygon_area(self.vertices)

    def _show(self) -> None:
        unit = self.unit_combo.currentData()
        if self.mode == "line":
            lengths = segment_lengths(self.vertices)
            self.segments.setRowCount(len(lengths))
            for row, length in enumerate(lengths):
                item = QTableWidgetItem(format_length(float(length), unit))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.segments.setItem(row, 0, item)
            if len(lengths):
                self.segments.scrollToBottom()
            self.total.setText(format_length(self.length_m, unit))
            self.extra.setText("")
        else:
            area = self.area_m2
            self.total.setText(format_area(area, unit))
            mu = format_area(area, "mu") if unit != "mu" else format_area(area, "ha")
            self.extra.setText(self.tr("= {other}; perimeter {perimeter}").format(
                other=mu, perimeter=format_length(polygon_perimeter(self.vertices) if len(self.vertices) > 1 else 0.0)))

    def restart(self) -> None:
        tool = self.window_ref.canvas.map_tool
        if isinstance(tool, MeasureTool):
            tool.restart()
        else:
            self.update_measure([], False)

    def reject(self) -> None:
        # closing the results ends the tool, as in QGIS
        if isinstance(self.window_ref.canvas.map_tool, MeasureTool):
            self.window_ref.canvas.set_map_tool(None)
        super().reject()


__all__ = ["MeasureTool", "MeasureDialog", "format_length", "format_area", "unit_names"]
