"""Energy-island panel: run the hourly balance, annual summary, a week's chart, built share.

The balance is the ``island`` algorithm (:mod:`app.siting.algorithms`; its
options are the algorithm's form) run through ``window.run_task`` (off the GUI
thread); the panel shows the last result it received and holds nothing else.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea,
                               QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.core import algorithm as algorithms
from app.core.errors import InputError
from app.core.vocabulary import ISLAND_COMPONENT_KINDS
from app.core.fonts import matplotlib_font_family
from app.ui.algorithm_form import AlgorithmForm, run_algorithm
from app.ui.i18n import message_text, translate, ui_language

PANEL_KEY = "island"

#: Series colours (generation: wind blue, PV amber, ocean teal; uses: export, electrolyser, storage, curtailment).
SOURCE_COLORS = {"wind_mw": "#2c7bb6", "pv_mw": "#fdae61", "ocean_mw": "#1b9e77"}
#: Uses of the hour's energy; they add up to generation plus storage discharge
#: (charge is counted at the storage terminals, so its losses are inside it).
USE_COLORS = {"export_mw": "#4d4d4d", "electrolyzer_mw": "#7b3294", "storage_charge_mw": "#a6dba0",
              "curtailed_mw": "#d7191c"}
SUMMARY_KEYS = ("wind_mwh", "pv_mwh", "ocean_mwh", "export_mwh", "electrolyzer_mwh", "hydrogen_t",
                "storage_throughput_mwh", "storage_losses_mwh", "curtailed_mwh")


def title() -> str:
    return translate("IslandPanel", "Energy island")


def _labels() -> dict:
    return {
        "wind_mwh": translate("IslandPanel", "Offshore wind [MWh]"), "pv_mwh": translate("IslandPanel", "Offshore PV [MWh]"),
        "ocean_mwh": translate("IslandPanel", "Ocean energy [MWh]"), "export_mwh": translate("IslandPanel", "Exported by cable [MWh]"),
        "electrolyzer_mwh": translate("IslandPanel", "Into electrolyser [MWh]"), "hydrogen_t": translate("IslandPanel", "Hydrogen [t]"),
        "storage_throughput_mwh": translate("IslandPanel", "Storage discharge [MWh]"), "storage_losses_mwh": translate("IslandPanel", "Storage losses [MWh]"),
        "curtailed_mwh": translate("IslandPanel", "Curtailed [MWh]"),
        "wind_mw": translate("IslandPanel", "wind"), "pv_mw": translate("IslandPanel", "PV"), "ocean_mw": translate("IslandPanel", "ocean"), "export_mw": translate("IslandPanel", "export"),
        "electrolyzer_mw": translate("IslandPanel", "electrolyser"), "storage_charge_mw": translate("IslandPanel", "storage charge"),
        "storage_loss_mw": translate("IslandPanel", "storage losses"), "curtailed_mw": translate("IslandPanel", "curtailed"),
        **ISLAND_COMPONENT_KINDS.labels(ui_language()),
    }


class IslandPanel(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.window = window
        self.run_result = None  # the last IslandRun shown
        # Everything scrolls, so the dock stays usable in a short window.
        inner = QWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        outer.addWidget(self.scroll)
        layout = QVBoxLayout(inner)
        controls = QHBoxLayout()
        self.run_button = QPushButton()
        self.run_button.clicked.connect(self.run)
        self.algorithm = algorithms.get("island")
        self.options = AlgorithmForm.for_algorithm(self.algorithm, ("built_only", "offshore_wind_scaling"),
                                                   object_prefix="island_")
        self.built_only = self.options.widget("built_only")
        controls.addWidget(self.run_button)
        controls.addWidget(self.options)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        from app.ui.project_dialogs import ResultWeather

        self.stale_label = QLabel()
        self.stale_label.setObjectName("island_stale")
        layout.addWidget(self.stale_label)
        self.result_weather = ResultWeather(self, window, self.stale_label)

        self.summary_box = QGroupBox()
        self.summary_form = QFormLayout(self.summary_box)
        self.summary_values: dict[str, QLabel] = {}
        self.summary_names: dict[str, QLabel] = {}
        for key in SUMMARY_KEYS:
            name, value = QLabel(), QLabel("—")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.summary_names[key], self.summary_values[key] = name, value
            self.summary_form.addRow(name, value)
        layout.addWidget(self.summary_box)

        week_row = QHBoxLayout()
        self.week_label = QLabel()
        self.week_spin = QSpinBox()
        self.week_spin.setRange(1, 52)
        self.week_spin.setValue(27)
        self.week_spin.valueChanged.connect(self.draw_week)
        week_row.addWidget(self.week_label)
        week_row.addWidget(self.week_spin)
        week_row.addStretch(1)
        layout.addLayout(week_row)
        self.font_family = matplotlib_font_family()
        self.figure = Figure(figsize=(5, 3.6), dpi=100)
        self.chart = FigureCanvasQTAgg(self.figure)
        self.chart.setMinimumHeight(260)
        layout.addWidget(self.chart, 1)

        self.share_box = QGroupBox()
        share_layout = QVBoxLayout(self.share_box)
        self.share_table = QTableWidget(0, 4)
        self.share_table.verticalHeader().setVisible(False)
        self.share_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.share_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        share_layout.addWidget(self.share_table)
        self.share_table.setMinimumHeight(150)
        layout.addWidget(self.share_box)
        self.scroll.setWidget(inner)
        self.retranslate()
        if hasattr(window, "project_changed"):
            window.project_changed.connect(lambda project: self.clear())
        self.clear()

    def retranslate(self) -> None:
        labels = _labels()
        self.run_button.setText(self.tr("Run hourly balance"))
        self.summary_box.setTitle(self.tr("Annual balance"))
        for key, label in self.summary_names.items():
            label.setText(labels[key])
        self.week_label.setText(self.tr("Week of the year"))
        self.share_box.setTitle(self.tr("Planned vs built"))
        self.share_table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Planned [MW]"), self.tr("Built [MW]"),
                                                    self.tr("Built share")])

    def changeEvent(self, event):  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_result(self.run_result)
        super().changeEvent(event)

    # ------------------------------------------------------------------
    def clear(self) -> None:
        self.run_result = None
        self.result_weather.clear()
        self.status_label.setText(self.tr("Press “Run hourly balance” to balance the island over the project's "
                                          "weather."))
        for label in self.summary_values.values():
            label.setText("—")
        self.share_table.setRowCount(0)
        self.figure.clear()
        self.chart.draw_idle()
        self.show_design()

    def show_design(self) -> None:
        """Fill the planned-vs-built table from the layer alone (no balance needed)."""
        from app.siting.island import design_from_project

        project = getattr(self.window, "project", None)
        if project is None:
            return
        try:
            design = design_from_project(project)
        except InputError as exc:  # a project without an island: say so where the result would be
            self.status_label.setText(message_text(exc).splitlines()[0])
            return
        self._fill_share(design.built_share)

    def run(self) -> None:
        """Balance the window's project off the GUI thread (the ``island`` algorithm)."""
        from app.siting.island import design_from_project

        project = getattr(self.window, "project", None)
        if project is None:
            return
        parameters = {**self.options.values(), "project": project}
        include = "built" if parameters["built_only"] else "all"
        try:
            design_from_project(project, include=include)  # fast: a project without an island is told at once
        except InputError as exc:
            self.status_label.setText(message_text(exc).splitlines()[0])
            self.window.show_error(exc)
            return
        self.status_label.setText(translate("IslandPanel", "Running the hourly balance…"))
        self.run_button.setEnabled(False)

        def done(result):
            self.run_button.setEnabled(True)
            self.show_result(result)

        handle = run_algorithm(self.window, self.algorithm, parameters, done,
                               title=translate("IslandPanel", "Energy-island balance"))
        finished = getattr(handle, "finished", None)
        if finished is not None:  # re-enable also when the task failed or was cancelled
            # TaskHandle.finished carries no arguments; the outcome is on the handle
            finished.connect(lambda: self._task_finished(handle.error))

    def _task_finished(self, error) -> None:
        self.run_button.setEnabled(True)
        if error is not None:
            self.status_label.setText(message_text(error).splitlines()[0] if str(error) else type(error).__name__)

    # ------------------------------------------------------------------
    def show_result(self, run) -> None:
        if run is None:
            self.clear()
            return
        self.run_result = run
        self.result_weather.stamp(run.weather_source)
        doc = run.to_dict()
        for key, label in self.summary_values.items():
            label.setText(f"{doc[key]:,.1f}")
        lines = [self.tr("Weather: {source}").format(source=message_text(doc["weather_source"]))]
        if doc["status"] == "no_generation":
            lines.insert(0, self.tr("No generation: every figure is zero because nothing generates."))
        lines += doc["messages"]
        self.status_label.setText("\n".join(lines))
        self._fill_share(doc["built_share"])
        self.draw_week()

    def _fill_share(self, shares: dict) -> None:
        labels = _labels()
        self.share_table.setRowCount(len(shares))
        for i, (kind, share) in enumerate(shares.items()):
            pct = "—" if share["built_share"] is None else f"{share['built_share'] * 100:.0f} %"
            for j, text in enumerate((labels.get(kind, kind), f"{share['planned_mw']:,.0f}",
                                      f"{share['built_mw']:,.0f}", pct)):
                item = QTableWidgetItem(text)
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.share_table.setItem(i, j, item)

    def week_frame(self, week: int | None = None):
        """The hourly rows of week ``week`` (1..52) of the last result."""
        if self.run_result is None:
            return None
        week = self.week_spin.value() if week is None else week
        hourly = self.run_result.balance.hourly
        return hourly.iloc[(week - 1) * 168: week * 168]

    def draw_week(self) -> None:
        """Stacked generation by source above, its uses below, for the chosen week."""
        self.figure.clear()
        frame = self.week_frame()
        if frame is None or frame.empty:
            self.chart.draw_idle()
            return
        labels = _labels()
        font = {"family": self.font_family} if self.font_family else {}
        x = range(len(frame))
        top, bottom = self.figure.subplots(2, 1, sharex=True)
        top.stackplot(x, *[frame[c].to_numpy() for c in SOURCE_COLORS], colors=list(SOURCE_COLORS.values()),
                      labels=[labels[c] for c in SOURCE_COLORS])
        bottom.stackplot(x, *[frame[c].to_numpy() for c in USE_COLORS], colors=list(USE_COLORS.values()),
                         labels=[labels[c] for c in USE_COLORS])
        top.set_ylabel(self.tr("generation [MW]"), fontdict=font)
        bottom.set_ylabel(self.tr("use [MW]"), fontdict=font)
        start = frame.index[0]
        stamp = start.strftime("%m-%d") if hasattr(start, "strftime") else str(start)
        bottom.set_xlabel(self.tr("hour of week {week} (from {start})").format(week=self.week_spin.value(), start=stamp),
                          fontdict=font)
        legend_font = {"family": self.font_family, "size": 7} if self.font_family else {"size": 7}
        for axes in (top, bottom):
            axes.legend(loc="upper right", prop=legend_font, ncol=3, framealpha=0.8)
            axes.set_xlim(0, max(1, len(frame) - 1))
            axes.grid(alpha=0.3)
        self.figure.tight_layout()
        self.chart.draw_idle()


def create_panel(window) -> QWidget:
    return IslandPanel(window)
