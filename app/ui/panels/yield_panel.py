"""The yield panel: energy of a PV system or a wind turbine at a site.

The user selects a building or a candidate site on the map (any vector layer's
selection is heard), or picks a point with the panel's "Pick point" tool, or
types latitude/longitude; chooses PV (kWp, tilt, azimuth, mount, DC/AC ratio,
losses) or wind (turbine type, hub height, roughness); presses Run. The run
uses the project's weather (:mod:`app.project.weather`, set in the window's
Project weather dialog; the panel names it and opens that dialog), and the
result is marked out of date when that weather changes. The run goes off the
GUI thread through ``window.run_task`` and the panel shows annual energy,
specific yield or full-load hours, capacity factor, avoided CO2, and a monthly
bar chart with the weather named under it.

The fields are the forms of the ``pv`` and ``wind`` algorithms
(:mod:`app.resource.algorithms`, built by :mod:`app.ui.algorithm_form`), so
their titles, units, bounds and defaults are the ones declared there; every
number is computed by the algorithm; an :class:`~app.core.errors.InputError`
(from the declared checks or the core's own) is shown next to the field,
leaving what the user entered in place.

Translations: context ``YieldPanel`` of ``resources/i18n/lygsite_zh_CN.ts``
(``make translations``).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSignalBlocker, Qt
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QTabWidget, QToolButton, QVBoxLayout, QWidget)

from app.core import algorithm as algorithms
from app.core import assumptions
from app.core.errors import InputError
from app.ui.algorithm_form import AlgorithmForm
from app.ui.charts import ChartWidget
from app.ui.map_tools import MapTool
from app.ui.i18n import message_text

PANEL_KEY = "yield"

#: Parameters of the ``pv`` and ``wind`` algorithms the panel's forms show.
SITE_PARAMETERS = ("latitude", "longitude")
PV_PARAMETERS = ("kwp", "tilt", "azimuth", "mount", "dc_ac_ratio", "losses")
WIND_PARAMETERS = ("turbine_type", "hub_height", "roughness")
#: Candidate-site kind -> (system, mount or roughness preset).
SITE_KIND_DEFAULTS = {
    "wind_onshore": ("wind", "land"), "wind_offshore": ("wind", "sea"), "wind_fishery": ("wind", "sea"),
    "pv_ground": ("pv", "open_rack"), "pv_offshore": ("pv", "float"), "pv_rooftop_cluster": ("pv", "roof"),
}
#: Defaults of a typed or picked point: a 100 kWp south-facing system at 30 deg (CONTRACT.md example).
DEFAULT_LATITUDE = 34.60
DEFAULT_LONGITUDE = 119.20
DEFAULT_KWP = 100.0
DEFAULT_TILT = 30.0
DEFAULT_AZIMUTH = 180.0
DEFAULT_TURBINE = "E-126/4200"
DEFAULT_HUB_HEIGHT = 120.0


def title() -> str:
    """Dock title, translated."""
    return QCoreApplication.translate("YieldPanel", "Yield")


def create_panel(window) -> QWidget:
    """The dock's widget (see :mod:`app.ui.panels`)."""
    return YieldPanel(window)


def prepare(project) -> None:
    """Off the GUI thread before the panel is built (see :mod:`app.ui.panels`): the turbine list and the
    algorithms' modules (their forms are built from them)."""
    from app.resource.wind import list_turbines

    list_turbines(project=project)
    algorithms.algorithms()


def _format_number(value: float, decimals: int = 0) -> str:
    """Grouped digits with a plain ASCII comma in every language (1,234,567)."""
    return f"{value:,.{decimals}f}"


# ---------------------------------------------------------------------------
# map tool


class PickPointTool(MapTool):
    """Click the map to choose the site of a yield run (captures a point only)."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, on_picked):
        super().__init__()
        #: ``on_picked(lon, lat)`` [deg], CGCS2000
        self.on_picked = on_picked
        self._press_pos = None

    def press(self, event):
        if event.button == Qt.MouseButton.LeftButton:
            self._press_pos = event.pos

    def release(self, event):
        if event.button != Qt.MouseButton.LeftButton or self._press_pos is None:
            return
        moved = (event.pos - self._press_pos).manhattanLength()
        self._press_pos = None
        if moved < 4:  # a click, not a drag
            self.on_picked(float(event.lon), float(event.lat))


# ---------------------------------------------------------------------------
# the panel


@dataclass
class _Failed:
    """An error carried from the worker to the GUI thread as a result."""

    error: BaseException


class YieldPanel(QWidget):
    """Yield of a PV system or a wind turbine at a selected, picked or typed site.

    Parameters
    ----------
    window
        The main window API (see :mod:`app.ui.panels`).

    Attributes
    ----------
    last_result : PVResult or WindResult or None
        The result on screen.
    """

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("yield_panel")
        self._window = window
        self.last_result = None
        self._last_run: tuple | None = None  # (system, parameters) of last_result
        self._site_description: tuple | None = None  # (kind, text) to retranslate
        self._result_note = ""
        self._bound_layers: list = []
        self._task = None
        self._pick_tool = PickPointTool(self.set_point)

        from app.ui.binding import EventBindings

        self._bindings = EventBindings(self)
        self._build()
        self.retranslate_ui()
        self._bind_project(getattr(window, "project", None))
        changed = getattr(window, "project_changed", None)
        if changed is not None and hasattr(changed, "connect"):
            changed.connect(self._bind_project)
        canvas = getattr(window, "canvas", None)
        if canvas is not None and hasattr(canvas, "tool_changed"):
            canvas.tool_changed.connect(self._on_tool_changed)

    # -- construction ----------------------------------------------------
    def _build(self) -> None:
        self.pv_algorithm, self.wind_algorithm = algorithms.get("pv"), algorithms.get("wind")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        # site
        self.site_group = QGroupBox()
        site_form = QFormLayout(self.site_group)
        self.site_label = QLabel()
        self.site_label.setObjectName("yield_site")
        self.site_label.setWordWrap(True)
        site_form.addRow(self.site_label)
        self.site_form = AlgorithmForm.for_algorithm(self.pv_algorithm, SITE_PARAMETERS, object_prefix="yield_")
        self.site_form.set_values({"latitude": DEFAULT_LATITUDE, "longitude": DEFAULT_LONGITUDE})
        self.lat_edit, self.lon_edit = self.site_form.widget("latitude"), self.site_form.widget("longitude")
        site_form.addRow(self.site_form)
        self.pick_button = QToolButton()
        self.pick_button.setObjectName("yield_pick_point")
        self.pick_button.setCheckable(True)
        self.pick_button.toggled.connect(self._on_pick_toggled)
        self.pick_button.setEnabled(getattr(self._window, "canvas", None) is not None)
        site_form.addRow(self.pick_button)
        layout.addWidget(self.site_group)

        # system
        self.system_tabs = QTabWidget()
        self.system_tabs.setObjectName("yield_system")
        self.system_tabs.addTab(self._build_pv_page(), "")
        self.system_tabs.addTab(self._build_wind_page(), "")
        layout.addWidget(self.system_tabs)

        # weather
        self.weather_group = QGroupBox()
        weather_layout = QVBoxLayout(self.weather_group)
        self.weather_label = QLabel()
        self.weather_label.setObjectName("yield_weather")
        self.weather_label.setWordWrap(True)
        weather_layout.addWidget(self.weather_label)
        buttons = QHBoxLayout()
        self.change_weather_button = QPushButton()
        self.change_weather_button.setObjectName("yield_change_weather")
        self.change_weather_button.clicked.connect(self.change_weather)
        self.change_weather_button.setEnabled(hasattr(self._window, "project_weather_dialog"))
        buttons.addWidget(self.change_weather_button)
        buttons.addStretch(1)
        weather_layout.addLayout(buttons)
        layout.addWidget(self.weather_group)

        self.run_button = QPushButton()
        self.run_button.setObjectName("yield_run")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        layout.addWidget(self.run_button)

        # results
        self.result_group = QGroupBox()
        result_layout = QVBoxLayout(self.result_group)
        self.result_for_label = QLabel()
        self.result_for_label.setWordWrap(True)
        self.result_for_label.setStyleSheet("color: #636363;")
        result_layout.addWidget(self.result_for_label)
        from app.ui.project_dialogs import ResultWeather

        self.stale_label = QLabel()
        self.stale_label.setObjectName("yield_stale")
        result_layout.addWidget(self.stale_label)
        self.result_weather = ResultWeather(self, self._window, self.stale_label)
        numbers = QFormLayout()
        self.annual_title, self.annual_label = QLabel(), QLabel("—")
        self.specific_title, self.specific_label = QLabel(), QLabel("—")
        self.cf_title, self.cf_label = QLabel(), QLabel("—")
        self.co2_title, self.co2_label = QLabel(), QLabel("—")
        self.extra_title, self.extra_label = QLabel(), QLabel("—")
        for name, (label_title, value) in {"annual": (self.annual_title, self.annual_label),
                                           "specific": (self.specific_title, self.specific_label),
                                           "capacity_factor": (self.cf_title, self.cf_label),
                                           "co2": (self.co2_title, self.co2_label),
                                           "extra": (self.extra_title, self.extra_label)}.items():
            value.setObjectName(f"yield_result_{name}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            numbers.addRow(label_title, value)
        result_layout.addLayout(numbers)
        self.chart = ChartWidget(height_px=200)
        self.chart.setObjectName("yield_chart")
        result_layout.addWidget(self.chart)
        self.chart_weather_label = QLabel()
        self.chart_weather_label.setObjectName("yield_chart_weather")
        self.chart_weather_label.setWordWrap(True)
        self.chart_weather_label.setStyleSheet("color: #636363; font-size: 9pt;")
        result_layout.addWidget(self.chart_weather_label)
        layout.addWidget(self.result_group)
        layout.addStretch(1)

    def _build_pv_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.pv_form = AlgorithmForm.for_algorithm(self.pv_algorithm, PV_PARAMETERS, object_prefix="yield_")
        self.pv_form.set_values({"kwp": DEFAULT_KWP, "tilt": DEFAULT_TILT, "azimuth": DEFAULT_AZIMUTH})
        self.kwp_edit, self.tilt_edit = self.pv_form.widget("kwp"), self.pv_form.widget("tilt")
        self.azimuth_edit, self.mount_combo = self.pv_form.widget("azimuth"), self.pv_form.widget("mount")
        self.dc_ac_edit = self.pv_form.widget("dc_ac_ratio")
        self.losses_button, self.losses_box = self.pv_form.toggles["losses"], self.pv_form.boxes["losses"]
        losses_form = self.pv_form.widget("losses")
        self.loss_edits = {name: losses_form.widget(name) for name in losses_form.parameters}
        self.total_loss_label = QLabel()
        self.total_loss_label.setObjectName("yield_total_loss")
        self.losses_box.layout().addWidget(self.total_loss_label)
        losses_form.edited.connect(lambda _name: self._update_total_loss())
        layout.addWidget(self.pv_form)
        layout.addStretch(1)
        return page

    def _build_wind_page(self) -> QWidget:
        from app.resource.wind import list_turbines

        page = QWidget()
        layout = QVBoxLayout(page)
        self.wind_form = AlgorithmForm.for_algorithm(self.wind_algorithm, WIND_PARAMETERS, object_prefix="yield_")
        self._turbines = {t["turbine_type"]: t for t in list_turbines() if t["has_power_curve"]}
        self.turbine_combo = self.wind_form.widget("turbine_type")
        self.hub_height_edit = self.wind_form.widget("hub_height")
        self.roughness_combo = self.wind_form.widget("roughness")
        self.wind_form.set_values({"turbine_type": DEFAULT_TURBINE if DEFAULT_TURBINE in self._turbines else None,
                                   "hub_height": DEFAULT_HUB_HEIGHT})
        self.turbine_combo.currentTextChanged.connect(self._on_turbine_changed)
        self.turbine_info = QLabel()
        self.turbine_info.setWordWrap(True)
        self.turbine_info.setStyleSheet("color: #636363;")
        self.wind_note = QLabel()
        self.wind_note.setWordWrap(True)
        self.wind_note.setStyleSheet("color: #636363;")
        layout.addWidget(self.wind_form)
        layout.addWidget(self.turbine_info)
        layout.addWidget(self.wind_note)
        layout.addStretch(1)
        return page

    # -- language --------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.site_group.setTitle(self.tr("Site"))
        self.pick_button.setText(self.tr("Pick point on map"))
        self.pick_button.setToolTip(self.tr("Click the map to choose the site; or select a building or a "
                                            "candidate site"))
        self.system_tabs.setTabText(0, self.tr("PV"))
        self.system_tabs.setTabText(1, self.tr("Wind"))
        self._update_total_loss()
        self.turbine_combo.lineEdit().setPlaceholderText(self.tr("Type to search…"))
        rough_texts = {"land": self.tr("Land (z0 {z0:g} m)"), "coast": self.tr("Coast (z0 {z0:g} m)"),
                       "sea": self.tr("Sea (z0 {z0:g} m)")}
        for key, text in rough_texts.items():  # the presets with their lengths from wind.json
            index = self.roughness_combo.findData(key)
            if index >= 0:
                self.roughness_combo.setItemText(index, text.format(z0=float(assumptions.value(f"wind.roughness_{key}"))))
        self._on_turbine_changed(self.turbine_combo.currentText())
        self.wind_note.setText(self.tr("Wind speeds come from the weather (10 m, scaled to hub height with the "
                                       "roughness); on the built-in default year, from the documented climate "
                                       "(the Lianyungang coastal plain, or Haizhou Bay for sea roughness). The "
                                       "site's coordinates do not change them."))
        self.weather_group.setTitle(self.tr("Weather"))
        self.change_weather_button.setText(self.tr("Change the project's weather…"))
        self._show_weather()
        self.result_weather.refresh()
        self.run_button.setText(self.tr("Run"))
        self.result_group.setTitle(self.tr("Result"))
        self.cf_title.setText(self.tr("Capacity factor"))
        self.co2_title.setText(self.tr("Avoided CO2"))
        self._show_site()
        self._show_result()

    # -- site ------------------------------------------------------------
    def _bind_project(self, project=None) -> None:
        """Listen to the selection of every vector layer of ``project``."""
        from app.layers.model import VectorLayer

        self._bindings.disconnect_all()
        if project is None:
            return
        weather_events = getattr(getattr(project, "events", None), "weather", None)
        if weather_events is not None:
            self._bindings.connect(weather_events, lambda **_kw: self._show_weather(), key="weather")
        self._show_weather()
        layers = getattr(project, "layers", None)
        if layers is None:
            return
        events = getattr(layers, "events", None)
        if events is not None:
            for name in ("inserted", "removed"):
                emitter = getattr(events, name, None)
                if emitter is not None:
                    self._bindings.connect(emitter, lambda **_kw: self._bind_project(self._project()), key="list")
        for layer in layers:
            if isinstance(layer, VectorLayer):
                self._bindings.connect(layer.events.selection, self._on_selection, key=layer.name)

    def _project(self):
        return getattr(self._window, "project", None)

    def _on_selection(self, layer=None, selection=None, **_kw) -> None:
        if layer is None or not selection:
            return
        self.use_feature(layer, sorted(selection, key=str)[0], count=len(selection))

    def use_feature(self, layer, feature_id, count: int = 1) -> None:
        """Take the site (and, for buildings and candidate sites, the system) from a feature."""
        row = layer.gdf.loc[feature_id]
        geometry = row.geometry
        if geometry is None or geometry.is_empty:
            return
        point = geometry.representative_point()
        self._set_lat_lon(point.y, point.x)
        name = str(row.get("name", "") or "")
        kind = "feature"
        if layer.name == "buildings":
            kind = "building"
            ident = str(row.get("bld_id", feature_id))
            self._use_building(layer, feature_id)
        elif layer.name == "candidate_sites":
            kind = "candidate_site"
            ident = str(row.get("site_id", feature_id))
            self._use_candidate_site(row)
        else:
            ident = str(feature_id)
        self._site_description = (kind, layer.name, ident, name, count)
        self._show_site()

    def _use_building(self, layer, feature_id) -> None:
        """Default a rooftop system from the roof: capacity, tilt and azimuth by the rooftop module."""
        self.system_tabs.setCurrentIndex(0)
        self.pv_form.set_value("mount", "roof")
        try:
            from app.siting.rooftop import roof_potential

            # capacity and orientation only: the yield itself is the panel's run
            potential = roof_potential(layer.gdf.loc[[feature_id]], specific_yield=lambda tilt, azimuth: 0.0)
        except (ImportError, InputError, ValueError, KeyError):
            return  # the user types kWp
        first = potential.iloc[0]
        kwp = float(first["pot_kwp"])
        if math.isfinite(kwp) and kwp > 0:
            self.pv_form.set_value("kwp", round(kwp, 1))
        self.pv_form.set_values({"tilt": float(first["pv_tilt"]), "azimuth": float(first["pv_azimuth"])})

    def _use_candidate_site(self, row) -> None:
        system, option = SITE_KIND_DEFAULTS.get(str(row.get("kind", "")), (None, None))
        if system == "pv":
            self.system_tabs.setCurrentIndex(0)
            self.pv_form.set_value("mount", option)
            capacity_mw = row.get("capacity_mw")
            if capacity_mw is not None and _finite(capacity_mw) and float(capacity_mw) > 0:
                self.pv_form.set_value("kwp", float(capacity_mw) * 1000.0)
        elif system == "wind":
            self.system_tabs.setCurrentIndex(1)
            self.wind_form.set_value("roughness", option)
            turbine = row.get("turbine_type")
            if isinstance(turbine, str) and turbine in self._turbines:
                self.wind_form.set_value("turbine_type", turbine)
                self._on_turbine_changed(turbine)
            hub = row.get("hub_height_m")
            if hub is not None and _finite(hub):
                self.wind_form.set_value("hub_height", float(hub))

    def _set_lat_lon(self, lat: float, lon: float) -> None:
        self.site_form.set_values({"latitude": lat, "longitude": lon})

    def set_point(self, lon: float, lat: float) -> None:
        """Use a point clicked on the map (or given by a caller) as the site."""
        self._set_lat_lon(lat, lon)
        self._site_description = ("point",)
        self._show_site()
        if self.pick_button.isChecked():
            self.pick_button.setChecked(False)

    def _show_site(self) -> None:
        desc = self._site_description
        if desc is None:
            text = self.tr("Select a building or a candidate site on the map, pick a point, or type coordinates.")
        elif desc[0] == "point":
            text = self.tr("Point picked on the map")
        else:
            kind, layer_name, ident, name, count = desc
            label = {"building": self.tr("Building"), "candidate_site": self.tr("Candidate site")}.get(
                kind, self.tr("Feature of layer {layer}").format(layer=layer_name))
            text = f"{label}: {ident}" + (f" {name}" if name else "")
            if count > 1:
                text += " " + self.tr("(first of {count} selected)").format(count=count)
        self.site_label.setText(text)

    def _on_pick_toggled(self, checked: bool) -> None:
        canvas = getattr(self._window, "canvas", None)
        if canvas is None:
            return
        if checked:
            canvas.set_map_tool(self._pick_tool)
        elif getattr(canvas, "map_tool", None) is self._pick_tool:
            canvas.set_map_tool(None)

    def _on_tool_changed(self, tool) -> None:
        if tool is not self._pick_tool and self.pick_button.isChecked():
            with QSignalBlocker(self.pick_button):
                self.pick_button.setChecked(False)

    # -- system ----------------------------------------------------------
    def _update_total_loss(self) -> None:
        from app.resource.pv import combined_loss_pct  # not pvlib: the panel is built while the app starts

        total = combined_loss_pct(self.pv_form.value("losses"))
        self.total_loss_label.setText(self.tr("Combined system losses: {pct} %").format(pct=f"{total:.2f}"))

    def _on_turbine_changed(self, name: str) -> None:
        info = self._turbines.get(name)
        if info is None:
            self.turbine_info.setText("")
            return
        parts = [self.tr("{manufacturer}, {power} kW").format(manufacturer=info["manufacturer"],
                                                               power=f"{info['nominal_power_kw']:g}")]
        if info.get("rotor_diameter_m"):
            parts.append(self.tr("rotor {diameter} m").format(diameter=f"{info['rotor_diameter_m']:g}"))
        if info.get("hub_heights_m"):
            parts.append(self.tr("listed hub heights {heights} m").format(
                heights=", ".join(f"{h:g}" for h in info["hub_heights_m"])))
        self.turbine_info.setText("; ".join(parts))

    def system(self) -> str:
        """``"pv"`` or ``"wind"``: the tab in front."""
        return "pv" if self.system_tabs.currentIndex() == 0 else "wind"

    def set_system(self, system: str) -> None:
        self.system_tabs.setCurrentIndex(0 if system == "pv" else 1)

    # -- validation ------------------------------------------------------
    def _forms(self):
        return (self.site_form, self.pv_form, self.wind_form)

    def field_error(self, name: str) -> str:
        """The error shown under field ``name`` ('' when none); ``losses.soiling`` reaches a loss."""
        for form in self._forms():
            if name.partition(".")[0] in form.parameters:
                return form.error(name)
        raise KeyError(name)

    def _clear_errors(self) -> None:
        for form in self._forms():
            form.clear_errors()

    def _show_field_error(self, exc: InputError) -> bool:
        """Show an InputError under its field: the parameter it names, or the one its text starts with."""
        if any(form.show_error(exc) for form in self._forms()):
            return True
        message = message_text(exc)
        for prefix, form, name in (("latitude", self.site_form, "latitude"),
                                   ("longitude", self.site_form, "longitude"),
                                   ("hub height", self.wind_form, "hub_height"),
                                   ("roughness", self.wind_form, "roughness"),
                                   ("unknown turbine type", self.wind_form, "turbine_type"),
                                   ("turbine ", self.wind_form, "turbine_type")):
            if message.startswith(prefix):
                form.set_error(name, message)
                return True
        return False

    def pv_parameters(self) -> dict | None:
        """The ``pv`` algorithm's parameters from the forms, or None after showing errors."""
        parameters = {**self.site_form.values(), **self.pv_form.values()}
        try:
            self.pv_algorithm.check(parameters)
        except InputError as exc:
            if self._show_field_error(exc):
                return None
            raise
        return parameters

    def wind_parameters(self) -> dict | None:
        """The ``wind`` algorithm's parameters from the form, or None after showing errors."""
        from app.resource.wind import make_turbine

        parameters = self.wind_form.values()
        try:
            values = self.wind_algorithm.check(parameters)
            make_turbine(values["turbine_type"], values["hub_height"])  # type, power curve and hub range
        except InputError as exc:
            if self._show_field_error(exc):
                return None
            raise
        return parameters

    # -- weather ---------------------------------------------------------
    def change_weather(self) -> None:
        """The project's weather is set in one place: the window's Project weather dialog."""
        dialog = getattr(self._window, "project_weather_dialog", None)
        if dialog is not None:
            dialog()

    def _show_weather(self) -> None:
        from app.project.weather import weather_info

        info = weather_info(self._project())
        if info.is_default:
            text = self.tr("The project's weather: the built-in Lianyungang default year (generated from station "
                           "normals)")
        else:
            text = self.tr("The project's weather: {source} ({hours} h)").format(source=message_text(info.source),
                                                                                 hours=f"{info.hours:,}")
        if info.problem:
            text += "\n" + self.tr("The stored weather could not be read; the default year is used.")
        self.weather_label.setText(text)

    # -- run -------------------------------------------------------------
    def run(self) -> None:
        """Check the inputs, then run the ``pv`` or ``wind`` algorithm off the GUI thread."""
        self._clear_errors()
        system = self.system()
        params = self.pv_parameters() if system == "pv" else self.wind_parameters()
        if params is None:
            return
        project = self._project()
        shown = {**self.site_form.values(), **params}  # the site is shown with a wind result too
        algorithm = self.pv_algorithm if system == "pv" else self.wind_algorithm

        def compute(feedback):
            from app.project.weather import project_weather

            try:
                # the project's weather (else the default year), read off the GUI thread
                result = algorithm.run({**params, "weather": project_weather(project)}, feedback)
            except InputError as exc:  # back to the GUI thread: next to a field, or a message
                return _Failed(exc)
            return system, shown, result

        title_text = self.tr("Yield: PV") if system == "pv" else self.tr("Yield: wind")
        self.run_button.setEnabled(False)
        try:
            self._task = self._window.run_task(title_text, compute, self._on_run_done, cancellable=True)
        finally:
            task = self._task
            if task is not None and getattr(task, "is_running", False) and hasattr(task, "finished"):
                task.finished.connect(lambda *_a: self.run_button.setEnabled(True))
            else:
                self.run_button.setEnabled(True)

    def _on_run_done(self, outcome) -> None:
        self.run_button.setEnabled(True)
        if isinstance(outcome, _Failed):
            self._show_run_error(outcome.error)
            return
        system, params, result = outcome
        self.last_result = result
        self._last_run = (system, params)
        self.result_weather.stamp(result.weather_source)
        self._show_result()

    def _show_run_error(self, exc: BaseException) -> None:
        if isinstance(exc, InputError) and self._show_field_error(exc):
            return
        self._window.show_error(exc)

    def _show_result(self) -> None:
        result = self.last_result
        specific_text = self.tr("Specific yield")
        extra_text = self.tr("System losses")
        if result is None:
            for label in (self.annual_label, self.specific_label, self.cf_label, self.co2_label, self.extra_label):
                label.setText("—")
            self.annual_title.setText(self.tr("Annual energy"))
            self.specific_title.setText(specific_text)
            self.extra_title.setText(extra_text)
            self.result_for_label.setText(self.tr("Press Run to compute the yield."))
            self.chart_weather_label.setText("")
            self.chart.show_message(self.tr("No result yet"))
            return
        system, params = self._last_run
        factor = float(assumptions.value("emissions.grid_emission_factor"))  # tCO2/MWh
        annual_kwh = float(result.annual_kwh)
        if system == "pv":
            self.result_for_label.setText(self.tr(
                "PV {kwp} kWp, tilt {tilt}°, azimuth {azimuth}°, {mount}, DC/AC {ratio} at {lat}°N {lon}°E").format(
                kwp=f"{params['kwp']:g}", tilt=f"{params['tilt']:g}", azimuth=f"{params['azimuth']:g}",
                mount=self.mount_combo.itemText(self.mount_combo.findData(params["mount"])),
                ratio=f"{params['dc_ac_ratio']:g}", lat=f"{params['latitude']:.4f}",
                lon=f"{params['longitude']:.4f}"))
            self.annual_title.setText(self.tr("Annual energy"))
            self.specific_title.setText(specific_text)
            self.specific_label.setText(self.tr("{value} kWh/kWp ({hours} full-load hours)").format(
                value=_format_number(result.specific_yield_kwh_per_kwp),
                hours=_format_number(result.specific_yield_kwh_per_kwp)))
            co2_t = float(result.avoided_co2_t)
            self.extra_title.setText(extra_text)
            self.extra_label.setText(f"{result.total_loss_pct:.2f} %")
        else:
            self.result_for_label.setText(self.tr(
                "Wind: one {turbine} at {hub} m hub height, roughness {z0} m").format(
                turbine=result.turbine_type, hub=f"{result.hub_height_m:g}",
                z0=f"{result.roughness_length_m:g}" if result.roughness_length_m is not None else "?"))
            self.annual_title.setText(self.tr("Annual energy (one turbine)"))
            self.specific_title.setText(self.tr("Full-load hours"))
            self.specific_label.setText(self.tr("{hours} h").format(hours=_format_number(result.full_load_hours)))
            co2_t = annual_kwh / 1000.0 * factor
            self.extra_title.setText(self.tr("Mean wind speed at hub"))
            self.extra_label.setText(self.tr("{speed} m/s").format(speed=f"{result.mean_wind_speed_hub:.2f}"))
        self.annual_label.setText(self.tr("{kwh} kWh ({mwh} MWh)").format(
            kwh=_format_number(annual_kwh), mwh=_format_number(annual_kwh / 1000.0, 1)))
        uncertainty = float(getattr(result, "uncertainty_pct", 0.0) or 0.0)
        if uncertainty:
            self.annual_label.setText(self.annual_label.text() + " " + self.tr(
                "± {pct} % climate uncertainty ({low}-{high} MWh)").format(
                pct=f"{uncertainty:g}", low=_format_number(annual_kwh * (1 - uncertainty / 100) / 1000.0, 1),
                high=_format_number(annual_kwh * (1 + uncertainty / 100) / 1000.0, 1)))
        self.cf_label.setText(f"{100.0 * float(result.capacity_factor):.1f} %")
        self.co2_label.setText(self.tr("{tonnes} t/yr (grid factor {factor} tCO2/MWh)").format(
            tonnes=_format_number(co2_t, 1), factor=f"{factor:g}"))
        monthly = [float(v) for v in result.monthly_kwh]
        use_mwh = max(monthly, default=0.0) >= 10_000.0
        values = [v / 1000.0 for v in monthly] if use_mwh else monthly
        locale = QLocale()
        months = [locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
        self.chart.bar(months, values, title=self.tr("Monthly energy"),
                       ylabel=self.tr("Energy [MWh]") if use_mwh else self.tr("Energy [kWh]"))
        self.chart_weather_label.setText(self.tr("Weather: {source}").format(source=message_text(result.weather_source)))


def _finite(value) -> bool:
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False
