"""Plan progress panel: one row per target (status badge, bar, trend), and an entry form.

The panel shows :func:`app.siting.progress.compute_progress` for the window's
project and records new values through
:func:`app.siting.progress.add_progress_entries` (validated, undoable). It
keeps no state of its own: it re-reads the project whenever a table changes
or another project is opened.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QGridLayout, QGroupBox, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout,
                               QWidget)

from app.core.errors import InputError
from app.core.vocabulary import PROGRESS_STATUSES
from app.ui.binding import EventBindings
from app.siting.plan_targets import clause_text
from app.ui.i18n import message_text, translate, ui_language

PANEL_KEY = "progress"

#: Badge colours by status (colour-blind safe pairs from ColorBrewer RdYlBu/Greys).
STATUS_COLORS = {"met": "#1a9641", "on_track": "#2c7bb6", "behind": "#d7191c", "no_data": "#9e9e9e"}


def title() -> str:
    return translate("ProgressPanel", "Plan progress")


def status_text(status: str) -> str:
    """A target's standing in the UI's language (app.core.vocabulary)."""
    return PROGRESS_STATUSES.label(status, ui_language())


def _unit(unit: str) -> str:
    """A target's unit as the reader writes it (m² and 个/项 in Chinese)."""
    shown = {"count": translate("ProgressPanel", "count"), "m2": translate("ProgressPanel", "m²")}
    return shown.get(unit, unit)


def _title(row) -> str:
    """The target's title in the UI language (the plan's Chinese wording in Chinese)."""
    english = QLocale().language() != QLocale.Language.Chinese
    return row.title_en if english and row.title_en else row.title_zh


def _number(value: float) -> str:
    if abs(value) >= 10000:
        return f"{value:,.0f}"
    return f"{value:.4g}"


class Sparkline(QWidget):
    """A small line of a target's recorded values over time, with the target as a dashed line."""

    def __init__(self, trend, target: float, color: str, parent=None):
        super().__init__(parent)
        self.trend = list(trend)
        self.target = target
        self.color = QColor(color)
        self.setMinimumSize(QSize(90, 26))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolTip("\n".join(f"{d}: {_number(v)}" for d, v in self.trend) or self.tr("no recorded values"))

    def sizeHint(self) -> QSize:
        return QSize(90, 26)

    def points(self) -> list[QPointF]:
        """Widget coordinates of the trend points (dates spaced by time)."""
        if not self.trend:
            return []
        from pandas import Timestamp

        times = [Timestamp(d).value for d, _ in self.trend]
        values = [v for _, v in self.trend] + [self.target]
        t0, t1 = min(times), max(times)
        v0, v1 = min(values), max(values)
        w, h, m = self.width(), self.height(), 3.0
        def x(t):
            return m + (w - 2 * m) * (0.5 if t1 == t0 else (t - t0) / (t1 - t0))
        def y(v):
            return h - m - (h - 2 * m) * (0.5 if v1 == v0 else (v - v0) / (v1 - v0))
        self._target_y = y(self.target)
        return [QPointF(x(t), y(v)) for t, (_, v) in zip(times, self.trend)]

    def paintEvent(self, event):  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pts = self.points()
        if not pts:
            painter.setPen(QColor("#9e9e9e"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "—")
            return
        painter.setPen(QPen(QColor("#757575"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(0, self._target_y), QPointF(self.width(), self._target_y))
        painter.setPen(QPen(self.color, 1.6))
        path = QPainterPath(pts[0])
        for p in pts[1:]:
            path.lineTo(p)
        painter.drawPath(path)
        painter.setBrush(self.color)
        for p in pts:
            painter.drawEllipse(p, 2.2, 2.2)


class ProgressPanel(QWidget):
    """The dock widget: targets table and the add-entry form."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self._project = None
        self._bindings = EventBindings(self)
        self.rows: dict[str, dict] = {}
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        layout.addWidget(self.header)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.table = QWidget()
        self.grid = QGridLayout(self.table)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.scroll.setWidget(self.table)
        layout.addWidget(self.scroll, 1)

        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        self.target_combo = QComboBox()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.value_edit = QLineEdit()
        self.source_edit = QLineEdit()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_entry)
        self.form_message = QLabel()
        self.form_message.setWordWrap(True)
        self.form_labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.form_labels, (self.target_combo, self.date_edit, self.value_edit, self.source_edit)):
            form.addRow(label, widget)
        form.addRow(self.add_button)
        form.addRow(self.form_message)
        layout.addWidget(self.form_box)
        self.retranslate()
        if hasattr(window, "project_changed"):
            window.project_changed.connect(lambda project: self.refresh())
        self.refresh()

    # ------------------------------------------------------------------
    def retranslate(self) -> None:
        self.form_box.setTitle(self.tr("Record a value"))
        for label, text in zip(self.form_labels, (self.tr("Target"), self.tr("Date"), self.tr("Value"), self.tr("Source"))):
            label.setText(text)
        self.value_edit.setPlaceholderText(self.tr("number in the target's unit"))
        self.source_edit.setPlaceholderText(self.tr("e.g. statistical bulletin, department"))
        self.add_button.setText(self.tr("Add entry"))

    def changeEvent(self, event):  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def _watch(self, project) -> None:
        if project is self._project:
            return
        self._bindings.disconnect_all()
        self._project = project
        if project is not None:
            self._bindings.connect(project.events.tables, self._on_tables)

    def _on_tables(self, name=None, **kwargs) -> None:
        if name in ("progress_entries", "plan_targets", "capacity_baseline"):
            self.refresh()

    # ------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute every target's standing and rebuild the rows."""
        from app.siting.progress import compute_progress

        project = getattr(self.window, "project", None)
        self._watch(project)
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows.clear()
        if project is None:
            self.header.setText(self.tr("No project is open."))
            return
        try:
            rows = compute_progress(project)
        except InputError as exc:  # a broken table must still leave a usable panel
            self.header.setText(translate("ProgressPanel", "Progress could not be computed: {error}").format(error=message_text(exc).splitlines()[0]))
            return
        counts = {s: sum(r.status == s for r in rows) for s in STATUS_COLORS}
        self.header.setText(self.tr("{met} met, {on_track} on track, {behind} behind, {no_data} without data "
                                "(as of {today}).").format(today=date.today().isoformat(), **counts))
        # Two grid lines per target (title, then figures) so the row fits a narrow dock.
        for i, row in enumerate(rows):
            self._add_row(i, row)
        self.grid.setRowStretch(2 * len(rows), 1)
        self.grid.setColumnStretch(2, 1)
        current = self.target_combo.currentData()
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        for row in rows:
            self.target_combo.addItem(f"{_title(row)} [{_unit(row.unit)}]", row.id)
        if current is not None:
            index = self.target_combo.findData(current)
            if index >= 0:
                self.target_combo.setCurrentIndex(index)
        self.target_combo.blockSignals(False)

    def _add_row(self, i: int, row) -> None:
        lang = ui_language()
        cited = clause_text(row.source_clause, lang)
        lines = [_title(row), self.tr("Plan clause {clause}").format(clause=cited)]
        if lang == "zh":  # the plan's own words (a Chinese document)
            lines.append(f"「{row.source_quote}」")
        tooltip = "\n".join(lines + [message_text(row.message)])
        title_label = QLabel(f"<b>{_title(row)}</b> <span style='color:#757575'>({cited})</span>")
        title_label.setToolTip(tooltip)
        title_label.setWordWrap(True)
        current = "—" if row.current is None else _number(row.current)
        value_label = QLabel(f"{current} / {_number(row.target)} {_unit(row.unit)}")
        value_label.setToolTip(tooltip)
        badge = QLabel(status_text(row.status))
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setStyleSheet(f"QLabel {{ background: {STATUS_COLORS[row.status]}; color: white; "
                            "border-radius: 6px; padding: 1px 6px; }")
        badge.setToolTip(message_text(row.message))
        bar = QProgressBar()
        bar.setRange(0, 1000)
        bar.setValue(0 if row.progress is None else int(round(row.progress * 1000)))
        bar.setFormat("—" if row.progress is None else f"{row.progress * 100:.0f} %")
        bar.setMinimumWidth(60)
        bar.setStyleSheet(f"QProgressBar::chunk {{ background: {STATUS_COLORS[row.status]}; }}")
        spark = Sparkline(row.trend, row.target, STATUS_COLORS[row.status])
        self.grid.addWidget(title_label, 2 * i, 0, 1, 4)
        for column, widget in enumerate((value_label, badge, bar, spark)):
            self.grid.addWidget(widget, 2 * i + 1, column)
        self.rows[row.id] = {"row": row, "title": title_label, "value": value_label, "badge": badge, "bar": bar,
                             "sparkline": spark}

    # ------------------------------------------------------------------
    def add_entry(self) -> bool:
        """Validate and record the form's entry; says what is wrong in the form when it cannot."""
        from app.siting.progress import add_progress_entries

        project = getattr(self.window, "project", None)
        if project is None:
            return False
        target_id = self.target_combo.currentData()
        text = self.value_edit.text().strip().replace(",", "")
        entry = {"target_id": target_id, "date": self.date_edit.date().toString("yyyy-MM-dd"),
                 "value": text if text else None, "source": self.source_edit.text()}
        try:
            add_progress_entries(project, [entry])
        except InputError as exc:
            self.form_message.setStyleSheet("color: #d7191c;")
            self.form_message.setText(message_text(exc))
            return False
        self.form_message.setStyleSheet("color: #1a9641;")
        self.form_message.setText(self.tr("Recorded {value} for {target} on {date}.").format(
            value=text, target=self.target_combo.currentText(), date=entry["date"]))
        self.value_edit.clear()  # the table event has already refreshed the rows
        return True


def create_panel(window) -> QWidget:
    return ProgressPanel(window)
