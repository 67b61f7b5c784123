"""Report figures: maps and charts drawn with matplotlib's Agg backend to PNG bytes.

Figures are built on :class:`matplotlib.figure.Figure` with a
``FigureCanvasAgg`` (never ``pyplot``), so reports need no display and no
global matplotlib state. Chinese labels use the bundled CJK font.
"""
from __future__ import annotations

import io

import matplotlib
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from app.core.vocabulary import TARGET_CATEGORIES
from app.export.fonts import matplotlib_font_family
from app.layers.boundaries import CITY_ADCODE
from app.layers.model import VectorLayer
from app.layers.titles import display_title

#: Bar colours of the coverage chart: public institutions blue, factories orange (ColorBrewer-like, print safe).
CATEGORY_COLORS = {"public_institution": "#2b8cbe", "factory": "#e6550d"}
#: Colour of the plan's target line.
TARGET_COLOR = "#d7191c"


def _font_rc():
    """rc settings for Chinese text; CJK font first, DejaVu for symbols WenQuanYi lacks."""
    family = matplotlib_font_family()
    rc = {"axes.unicode_minus": False}
    if family:
        rc["font.family"] = [family, "DejaVu Sans"]
    return matplotlib.rc_context(rc)


def _figure(width_in: float, height_in: float) -> Figure:
    fig = Figure(figsize=(width_in, height_in), dpi=150, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=150)
    return buffer.getvalue()


def _plot_layer(ax, layer: VectorLayer, zorder: int, linewidth_scale: float = 0.6,
                value_titles: dict | None = None, lang: str = "zh") -> list:
    """Draw one layer with its own style; returns legend handles for it."""
    gdf = layer.gdf
    if gdf.empty:
        return []
    style = layer.style
    handles = []
    geom_types = set(gdf.geometry.geom_type.str.replace("Multi", "", regex=False))
    if style.category_field and style.category_field in gdf.columns:
        values = gdf[style.category_field].astype(str)
        groups = [(value, gdf[values == value], style.color_for(value)) for value in sorted(values.unique())]
    else:
        groups = [(None, gdf, style.fill)]
    for value, part, color in groups:
        face = "none" if color == "none" else color
        polys = part[part.geometry.geom_type.isin(["Polygon", "MultiPolygon"])]
        lines = part[part.geometry.geom_type.isin(["LineString", "MultiLineString"])]
        points = part[part.geometry.geom_type.isin(["Point", "MultiPoint"])]
        if not polys.empty:
            polys.plot(ax=ax, facecolor=face, edgecolor=style.stroke, linewidth=style.stroke_width * linewidth_scale,
                       alpha=style.opacity, zorder=zorder)
        if not lines.empty:
            lines.plot(ax=ax, color=style.stroke if value is None else color,
                       linewidth=max(style.stroke_width, 1.0) * linewidth_scale * 1.5, zorder=zorder + 1)
        if not points.empty:
            points.plot(ax=ax, color=face, edgecolor=style.stroke, markersize=style.point_size * 3,
                        linewidth=0.5, zorder=zorder + 2)
        title = display_title(layer, lang)
        label = title if value is None else f"{title}: {(value_titles or {}).get(value, value)}"
        if geom_types == {"Point"}:
            handles.append(Line2D([], [], marker="o", linestyle="", markerfacecolor=face,
                                  markeredgecolor=style.stroke, label=label))
        elif geom_types == {"LineString"}:
            handles.append(Line2D([], [], color=color, label=label))
        else:
            handles.append(Patch(facecolor=face, edgecolor=style.stroke, alpha=style.opacity, label=label))
    return handles


def _label_layer(ax, layer: VectorLayer, fontsize: float, lang: str = "zh") -> None:
    field = layer.style.label_field
    if lang == "en" and field == "name_zh" and "name_en" in layer.gdf.columns:
        field = "name_en"
    if not field or field not in layer.gdf.columns:
        return
    for geom, text in zip(layer.gdf.geometry, layer.gdf[field]):
        if geom is None or geom.is_empty or text is None:
            continue
        point = geom.representative_point()
        ax.annotate(str(text), (point.x, point.y), ha="center", va="center", fontsize=fontsize, zorder=50,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7})


def _decorate_map(ax, bounds, lat_mid: float, lang: str = "zh") -> None:
    ax.set_xlim(bounds[0], bounds[2])
    ax.set_ylim(bounds[1], bounds[3])
    # degrees: stretch latitude so the map is not squashed at 34.5 N
    ax.set_aspect(1.0 / np.cos(np.radians(lat_mid)))
    ax.tick_params(labelsize=6)
    ax.set_xlabel("经度（°E，CGCS2000）" if lang == "zh" else "Longitude (°E, CGCS2000)", fontsize=7)
    ax.set_ylabel("纬度（°N）" if lang == "zh" else "Latitude (°N)", fontsize=7)
    # north arrow
    ax.annotate("N", xy=(0.96, 0.95), xytext=(0.96, 0.84), xycoords="axes fraction", ha="center", va="center",
                fontsize=10, arrowprops={"arrowstyle": "-|>", "color": "black", "lw": 1.2},
                zorder=60)
    # scale bar of 20 km at the map's latitude
    km_per_deg = 111.32 * np.cos(np.radians(lat_mid))
    length_km = 20.0 if (bounds[2] - bounds[0]) * km_per_deg > 60 else 5.0
    x0 = bounds[0] + 0.05 * (bounds[2] - bounds[0])
    y0 = bounds[1] + 0.05 * (bounds[3] - bounds[1])
    x1 = x0 + length_km / km_per_deg
    ax.plot([x0, x1], [y0, y0], color="black", linewidth=2.5, zorder=60, solid_capstyle="butt")
    ax.text((x0 + x1) / 2, y0 + 0.012 * (bounds[3] - bounds[1]), f"{length_km:g} km", ha="center", va="bottom",
            fontsize=7, zorder=60)


def map_png(project, layer_names: list[str], bounds=None, label_layers: tuple = (), title: str = "",
            width_in: float = 7.0, height_in: float = 6.0, sample_notice: str | None = None,
            value_titles: dict | None = None, lang: str = "zh") -> bytes:
    """A map of the named layers (bottom layer last in the list) as PNG bytes.

    Parameters
    ----------
    project : Project
    layer_names : list of str
        Layers to draw, top first (the order of the layer tree); missing ones are skipped.
    bounds : tuple, optional
        (lon_min, lat_min, lon_max, lat_max) [deg]; default: the drawn layers' extent.
    label_layers : tuple of str
        Layers whose ``style.label_field`` is drawn as labels.
    value_titles : dict, optional
        Category value -> legend text (translations of ``pv_status``, ``kind``...).
    lang : {"zh", "en"}
        Language of the legend, the axes and the county labels.
    """
    with _font_rc():
        layers = [project.layers[n] for n in layer_names if n in project.layers and isinstance(project.layers[n], VectorLayer)]
        fig = _figure(width_in, height_in)
        ax = fig.add_subplot(1, 1, 1)
        ax.set_facecolor("#eef5fb")
        handles = []
        for z, layer in enumerate(reversed(layers)):
            handles += _plot_layer(ax, layer, zorder=2 + 3 * z, value_titles=value_titles, lang=lang)
        for layer in layers:
            if layer.name in label_layers:
                _label_layer(ax, layer, fontsize=6.5, lang=lang)
        if bounds is None:
            boxes = np.array([l.bounds for l in layers if not l.gdf.empty])
            bounds = (boxes[:, 0].min(), boxes[:, 1].min(), boxes[:, 2].max(), boxes[:, 3].max())
        pad_x, pad_y = 0.04 * (bounds[2] - bounds[0]), 0.04 * (bounds[3] - bounds[1])
        bounds = (bounds[0] - pad_x, bounds[1] - pad_y, bounds[2] + pad_x, bounds[3] + pad_y)
        _decorate_map(ax, bounds, (bounds[1] + bounds[3]) / 2, lang)
        if handles:
            ax.legend(handles=handles[:14], loc="upper left", fontsize=6, framealpha=0.85)
        if title:
            ax.set_title(title, fontsize=10)
        if sample_notice:
            ax.text(0.99, 0.01, sample_notice, transform=ax.transAxes, ha="right", va="bottom", fontsize=7,
                    color="#b2182b", zorder=60, bbox={"fc": "white", "ec": "#b2182b", "alpha": 0.85})
        return _png(fig)


def draw_coverage_chart(axes, rows, target_pct: float, category_labels: dict, *, county_field: str = "county",
                        title: str = "", ylabel: str = "%", target_label: str | None = None) -> dict:
    """Grouped bars of rooftop PV coverage per county and target category, with the plan's target as a line.

    The one drawing of this figure: the rooftop panel draws it on its
    chart widget's axes, the PDF report on a figure of its own.

    Parameters
    ----------
    axes : matplotlib.axes.Axes
        Cleared by the caller (fonts are the caller's too).
    rows : iterable of dict
        Coverage rows (:func:`app.siting.coverage.coverage_rows`, CONTRACT.md keys ``adcode``,
        ``county``/``county_en``, ``category``, ``coverage_pct``); the city total (adcode
        320700) and the categories outside the plan's target are left out.
    target_pct : float
        The coverage target [%] (``rooftop.coverage_target``, plan 三.(5).3; see
        :func:`app.siting.coverage.target_pct`).
    category_labels : dict
        Category code -> legend text (:data:`app.core.vocabulary.BUILDING_CATEGORIES`).
    county_field : str
        Row key of the county names on the x axis (``county`` in Chinese, ``county_en``).
    title, ylabel : str
    target_label : str, optional
        Text of the target line (default ``"50 %"`` for a 50 % target).

    Returns
    -------
    dict
        What was drawn: ``{"kind": "coverage_bars", "counties": [...], "series": {category: [pct or
        None per county]}, "target": target_pct, "ylabel": ylabel}``.
    """
    rows = [r for r in rows if r["adcode"] != CITY_ADCODE and r["category"] in TARGET_CATEGORIES]
    names = list(dict.fromkeys(r[county_field] for r in rows))
    by_place = {(r[county_field], r["category"]): r["coverage_pct"] for r in rows}
    width = 0.8 / len(TARGET_CATEGORIES)
    series = {}
    for k, category in enumerate(TARGET_CATEGORIES):
        values = [by_place.get((name, category)) for name in names]
        values = [None if v is None or not np.isfinite(v) else float(v) for v in values]
        series[category] = values
        xs = [i + (k - (len(TARGET_CATEGORIES) - 1) / 2) * width for i in range(len(names))]
        bars = axes.bar(xs, [v or 0.0 for v in values], width=width, color=CATEGORY_COLORS[category],
                        label=category_labels.get(category, category))
        axes.bar_label(bars, labels=["—" if v is None else f"{v:.0f}" for v in values], fontsize=7, padding=1)
    axes.axhline(target_pct, color=TARGET_COLOR, linestyle="--", linewidth=1.2)
    axes.text(len(names) - 0.5, target_pct, target_label or f"{target_pct:.0f} %", color=TARGET_COLOR,
              fontsize=8, ha="right", va="bottom")
    axes.set_xticks(range(len(names)), names, fontsize=8)
    axes.set_ylim(0, max(100.0, target_pct + 10))
    axes.set_ylabel(ylabel, fontsize=8)
    if title:
        axes.set_title(title, fontsize=9)
    axes.legend(fontsize=7, frameon=False, loc="upper left")
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    return {"kind": "coverage_bars", "counties": names, "series": series, "target": float(target_pct),
            "ylabel": ylabel}


def coverage_chart_png(rows, target_pct: float, category_labels: dict, *, county_field: str = "county",
                       title: str = "", target_label: str | None = None, width_in: float = 7.0,
                       height_in: float = 3.6) -> bytes:
    """:func:`draw_coverage_chart` as PNG bytes (the report's figure)."""
    with _font_rc():
        fig = _figure(width_in, height_in)
        draw_coverage_chart(fig.add_subplot(1, 1, 1), rows, target_pct, category_labels, county_field=county_field,
                            title=title, target_label=target_label)
        return _png(fig)


def island_chart_png(monthly_mwh: pd.DataFrame, title: str, labels: dict, month_label: str,
                     width_in: float = 7.0, height_in: float = 3.2) -> bytes:
    """Monthly generation by source (stacked bars) and its use (lines) [MWh]."""
    with _font_rc():
        fig = _figure(width_in, height_in)
        ax = fig.add_subplot(1, 1, 1)
        months = np.asarray(monthly_mwh.index, dtype=int)
        bottom = np.zeros(len(months))
        for column, color in (("wind_mw", "#2c7bb6"), ("pv_mw", "#fdae61"), ("ocean_mw", "#1a9641")):
            if column in monthly_mwh.columns:
                values = monthly_mwh[column].to_numpy(dtype=float) / 1000.0
                ax.bar(months, values, bottom=bottom, color=color, label=labels.get(column, column), width=0.7)
                bottom += values
        for column, style in (("export_mw", "-"), ("electrolyzer_mw", "--"), ("curtailed_mw", ":")):
            if column in monthly_mwh.columns:
                ax.plot(months, monthly_mwh[column].to_numpy(dtype=float) / 1000.0, style, color="black",
                        marker="o", markersize=2.5, linewidth=1, label=labels.get(column, column))
        ax.set_xticks(months)
        ax.set_xlabel(month_label, fontsize=8)
        ax.set_ylabel("GWh", fontsize=8)
        ax.legend(fontsize=6.5, ncol=3, loc="upper center", bbox_to_anchor=(0.5, -0.22))
        ax.set_title(title, fontsize=9)
        ax.grid(axis="y", alpha=0.3)
        return _png(fig)


__all__ = ["map_png", "draw_coverage_chart", "coverage_chart_png", "island_chart_png", "CATEGORY_COLORS",
           "wind_rose_png", "loss_waterfall_png"]


def wind_rose_png(sector_centres_deg, frequency, title: str = "", width_in: float = 2.6,
                  compass: tuple = ("N", "E", "S", "W"), energy=None, energy_label: str = "",
                  frequency_label: str = "") -> bytes:
    """A small polar wind rose (the wind blows from the bars' direction), PNG bytes.

    Parameters
    ----------
    sector_centres_deg : sequence of float
        Sector centres [deg clockwise from north].
    frequency : sequence of float
        Frequency of each sector [-] (drawn in %).
    compass : tuple of 4 str
        Labels of N, E, S, W (e.g. 北 东 南 西).
    energy : sequence of float, optional
        Share of the wind energy per sector [-], drawn as an outline.
    """
    centres = np.radians(np.asarray(sector_centres_deg, dtype=float))
    freq = 100.0 * np.asarray(frequency, dtype=float)
    width = 2 * np.pi / max(len(centres), 1)
    with _font_rc():
        fig = _figure(width_in, width_in)
        ax = fig.add_subplot(projection="polar")
        ax.set_theta_zero_location("N")
        ax.set_theta_direction(-1)
        ax.bar(centres, freq, width=width * 0.9, color="#4a90c2", edgecolor="#2b5d80", linewidth=0.5,
               label=frequency_label or None)
        if energy is not None:
            e = 100.0 * np.asarray(energy, dtype=float)
            closed = np.r_[centres, centres[:1]]
            ax.plot(closed, np.r_[e, e[:1]], color="#d9534f", linewidth=1.0, label=energy_label or None)
        ax.set_xticks(np.radians([0, 90, 180, 270]), list(compass), fontsize=7)
        ax.tick_params(axis="y", labelsize=5)
        ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:.0f}%"))
        if title:
            ax.set_title(title, fontsize=8)
        if frequency_label or energy_label:
            ax.legend(loc="upper left", bbox_to_anchor=(-0.22, 1.16), fontsize=5, frameon=False)
        return _png(fig)


def loss_waterfall_png(steps, labels: dict, title: str = "", unit: str = "GWh", width_in: float = 3.6,
                       height_in: float = 2.0) -> bytes:
    """Gross -> losses -> net as a waterfall bar chart, PNG bytes.

    Parameters
    ----------
    steps : list of (key, MWh)
        From :meth:`app.resource.wind.LossWaterfall.steps`: gross, the
        losses as negative numbers, net.
    labels : dict
        Display text per key (gross, wake, availability, electrical, other, net).
    """
    keys = [k for k, _ in steps]
    values = np.asarray([v for _, v in steps], dtype=float) / 1000.0  # MWh -> GWh
    bottoms, heights, colours = [], [], []
    level = 0.0
    for i, value in enumerate(values):
        if i == 0 or i == len(keys) - 1:
            bottoms.append(0.0)
            heights.append(value)
            colours.append("#2b7bba" if i == 0 else "#2ca02c")
            level = value
        else:
            bottoms.append(level + value)
            heights.append(-value)
            colours.append("#d9534f")
            level += value
    with _font_rc():
        fig = _figure(width_in, height_in)
        ax = fig.add_subplot()
        positions = np.arange(len(keys))
        ax.bar(positions, heights, bottom=bottoms, color=colours, width=0.65)
        for x, (key, value, bottom, height) in enumerate(zip(keys, values, bottoms, heights)):
            text = f"{value:,.0f}" if key in ("gross", "net") else f"{value:,.1f}"
            ax.text(x, bottom + height, text, ha="center", va="bottom", fontsize=5.5)
        ax.set_xticks(positions, [labels.get(k, k) for k in keys], fontsize=6)
        ax.tick_params(axis="y", labelsize=6)
        ax.set_ylabel(unit, fontsize=6)
        ax.set_ylim(0, max(values[0], 1e-9) * 1.12)
        ax.spines[["top", "right"]].set_visible(False)
        if title:
            ax.set_title(title, fontsize=8)
        return _png(fig)
