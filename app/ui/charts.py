"""Small matplotlib charts for dock panels: bars and lines, Chinese-safe.

:class:`ChartWidget` is a ``FigureCanvasQTAgg`` holding one axes. Panels call
:meth:`ChartWidget.bar` or :meth:`ChartWidget.lines` with already translated
labels; the widget keeps what it drew in :attr:`ChartWidget.plotted` so tests
can check what the user sees without reading pixels.

The bundled CJK font (:mod:`app.ui.fonts`) is registered with matplotlib once
per process (:func:`use_cjk_font`) so Chinese month names, titles and axis
labels never render as empty boxes.
"""
from __future__ import annotations

from collections.abc import Sequence

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.fonts import matplotlib_font_family

#: Bar and line colours (ColorBrewer "Set2"-like, readable on white and in print).
PALETTE = ("#2b8cbe", "#e6550d", "#31a354", "#756bb1", "#636363", "#de2d26")

def use_cjk_font() -> str | None:
    """Register the bundled CJK font with matplotlib (see :func:`app.core.fonts.matplotlib_font_family`)."""
    return matplotlib_font_family()


class ChartWidget(FigureCanvasQTAgg):
    """A one-axes matplotlib chart for a dock panel.

    Parameters
    ----------
    parent : QWidget, optional
    height_px : int
        Minimum height of the widget [px].

    Attributes
    ----------
    plotted : dict
        What is on screen: ``{"kind": "bar"|"lines"|"message"|"empty", ...}``
        with the categories/x, values/series, title and axis labels.
    """

    def __init__(self, parent: QWidget | None = None, height_px: int = 220):
        use_cjk_font()
        self.figure = Figure(figsize=(4.0, 2.4), dpi=100, layout="constrained")
        super().__init__(self.figure)
        if parent is not None:
            self.setParent(parent)
        self.setMinimumHeight(height_px)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.axes = self.figure.add_subplot(111)
        self.plotted: dict = {}
        self.clear()

    # -- drawing ---------------------------------------------------------
    def _reset(self) -> None:
        self.axes.clear()
        self.axes.set_axis_on()
        for side in ("top", "right"):
            self.axes.spines[side].set_visible(False)
        self.axes.tick_params(labelsize=8)

    def clear(self) -> None:
        """An empty chart (no axes drawn)."""
        self._reset()
        self.axes.set_axis_off()
        self.plotted = {"kind": "empty"}
        self.draw_idle()

    def show_message(self, text: str) -> None:
        """A centred note instead of a chart (e.g. "no result yet")."""
        self._reset()
        self.axes.set_axis_off()
        self.axes.text(0.5, 0.5, text, ha="center", va="center", fontsize=9, color="#636363",
                       transform=self.axes.transAxes, wrap=True)
        self.plotted = {"kind": "message", "text": text}
        self.draw_idle()

    def bar(self, categories: Sequence[str], values: Sequence[float], title: str = "", ylabel: str = "",
            color: str = PALETTE[0], value_format: str | None = None) -> None:
        """A bar chart of ``values`` over ``categories``.

        Parameters
        ----------
        categories : sequence of str
            Bar labels (translated).
        values : sequence of float
        title, ylabel : str
            Translated; the unit belongs in ``ylabel`` (e.g. "Energy [MWh]").
        color : str
            Matplotlib colour of the bars.
        value_format : str, optional
            ``str.format`` pattern to write each value above its bar, e.g. ``"{:.0f}"``.
        """
        categories = [str(c) for c in categories]
        values = [float(v) for v in values]
        if len(categories) != len(values):
            raise ValueError(f"bar chart: expected one value per category, got {len(values)} values "
                             f"for {len(categories)} categories")
        self._reset()
        positions = range(len(values))
        bars = self.axes.bar(positions, values, color=color, width=0.7)
        self.axes.set_xticks(list(positions), categories)
        if value_format:
            self.axes.bar_label(bars, labels=[value_format.format(v) for v in values], fontsize=7, padding=1)
        self._labels(title, "", ylabel)
        self.plotted = {"kind": "bar", "categories": categories, "values": values, "title": title,
                        "ylabel": ylabel}
        self.draw_idle()

    def lines(self, x: Sequence, series: dict[str, Sequence[float]], title: str = "", xlabel: str = "",
              ylabel: str = "") -> None:
        """One line per entry of ``series`` (label -> values over ``x``), with a legend when > 1."""
        x = list(x)
        self._reset()
        for index, (label, values) in enumerate(series.items()):
            values = [float(v) for v in values]
            if len(values) != len(x):
                raise ValueError(f"line chart: series {label!r} has {len(values)} values, expected {len(x)}")
            self.axes.plot(x, values, label=label, color=PALETTE[index % len(PALETTE)], linewidth=1.4)
        if len(series) > 1:
            self.axes.legend(fontsize=8, frameon=False)
        self._labels(title, xlabel, ylabel)
        self.plotted = {"kind": "lines", "x": x, "series": {k: [float(v) for v in vals] for k, vals in series.items()},
                        "title": title, "xlabel": xlabel, "ylabel": ylabel}
        self.draw_idle()

    def _labels(self, title: str, xlabel: str, ylabel: str) -> None:
        if title:
            self.axes.set_title(title, fontsize=9)
        if xlabel:
            self.axes.set_xlabel(xlabel, fontsize=8)
        if ylabel:
            self.axes.set_ylabel(ylabel, fontsize=8)
        self.axes.grid(axis="y", color="#dddddd", linewidth=0.6)
        self.axes.set_axisbelow(True)
