"""Rooftop PV panel: coverage dashboard, audit form, open-buildings list, assumptions, import.

- *Dashboard*: coverage of new public-institution and factory roofs per county
  (grouped bars, by area or by count) against the plan's 50 % line (三.(5).3),
  and the coverage table with the gaps in m2 and in buildings. Buildings with
  PV whose PV area is not known are counted and shown per county and
  category ("PV area unknown"), and the by-area figure says it leaves their
  PV out (:mod:`app.siting.coverage`).
- *Audit*: filters (county, category, new/old, status), the work list (by
  default the new public/factory buildings still without PV or with a PV
  area still unknown, largest potential first, computed with the project's
  weather), and the form for the selected building (selection comes
  from the map through the buildings layer's selection events, or from the
  list). Saving pushes a validated, logged :class:`SetAttributes` command on
  the project's undo stack (:func:`app.siting.audit.audit_command`).
- *Assumptions*: the rooftop assumptions as a form (the ``overrides`` of the
  ``rooftop`` algorithm, :mod:`app.siting.algorithms`, with their declared
  bounds and units); changes are stored as overrides in
  ``project.meta["rooftop_overrides"]`` and used by every number the panel
  shows; applying them reruns the ``rooftop`` algorithm off the GUI thread.
- *Import*: any vector file or XLSX/CSV list through the field-mapping dialog;
  into a layer that has buildings it asks Replace / Append / Update by
  ``bld_id`` with the counts of each (:class:`app.ui.project_dialogs.ImportModeDialog`),
  and applies the choice as one undoable step.

The map colours buildings by ``pv_status`` (the buildings layer's categorized
style). The panel keeps no data of its own: it re-reads the project on every
change of the buildings layer.
"""
from __future__ import annotations

import json
import math

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFileDialog, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QScrollArea, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from app.core import algorithm as algorithms
from app.core.errors import USER_ERRORS, InputError
from app.core.vocabulary import BUILDING_CATEGORIES, PV_COUNTED, PV_STATUSES, ROOF_TYPES, TARGET_CATEGORIES
from app.core.undo import Command
from app.layers.boundaries import CITY_ADCODE
from app.layers.display import value_text
from app.ui.algorithm_form import AlgorithmForm, run_algorithm
from app.ui.binding import EventBindings
from app.ui.i18n import message_text, translate, ui_language

PANEL_KEY = "rooftop"
BUILDINGS = "buildings"
META_OVERRIDES = "rooftop_overrides"
#: Fill colours of the shading-loss map style, by class (YlOrRd, light to dark; grey = not computed).
SHADE_CLASS_COLORS = {"0-5%": "#ffffb2", "5-15%": "#fecc5c", "15-30%": "#fd8d3c", "30-50%": "#f03b20",
                      ">=50%": "#bd0026", "n/a": "#bdbdbd"}
#: Assumptions shown in the form (numeric ones a planner may change).
EDITABLE_ASSUMPTIONS = ("coverage_target", "edge_setback_m", "module_power_density", "flat_tilt_deg",
                        "pitched_usable_fraction", "pitched_tilt_deg", "pitched_tilt_factory_deg",
                        "low_pitch_both_slopes_below_deg", "min_patch_m2", "azimuth_bin_deg") + tuple(
    f"obstruction_free_{c}_{r}" for c in BUILDING_CATEGORIES for r in ROOF_TYPES) + tuple(
    f"storey_height_{c}_m" for c in BUILDING_CATEGORIES) + (
    "shading_min_elevation_deg", "shading_halo_m")
LIST_LIMIT = 500


def title() -> str:
    return translate("RooftopPanel", "Rooftop PV")


def category_text(category: str) -> str:
    """A building category in the UI's language (app.core.vocabulary)."""
    return BUILDING_CATEGORIES.label(category, ui_language())


def county_text(adcode: str) -> str:
    """A county (by adcode) in the UI's language (app.layers.display)."""
    return value_text("buildings", "county", adcode, ui_language()) or str(adcode)


def status_text(status: str) -> str:
    """A PV status in the UI's language (app.core.vocabulary)."""
    return PV_STATUSES.label(status, ui_language())


def coverage_headers() -> list[str]:
    return [translate("RooftopPanel", "County"), translate("RooftopPanel", "Category"),
            translate("RooftopPanel", "Buildings"), translate("RooftopPanel", "Roof [m2]"),
            translate("RooftopPanel", "PV [m2]"), translate("RooftopPanel", "With PV"),
            translate("RooftopPanel", "PV area unknown"), translate("RooftopPanel", "Coverage [%]"),
            translate("RooftopPanel", "Gap [m2]"), translate("RooftopPanel", "Gap [buildings]")]


def building_headers() -> list[str]:
    return [translate("RooftopPanel", "Id"), translate("RooftopPanel", "Name"), translate("RooftopPanel", "Category"),
            translate("RooftopPanel", "County"), translate("RooftopPanel", "Status"),
            translate("RooftopPanel", "Roof [m2]"), translate("RooftopPanel", "Potential [MWh/yr]"),
            translate("RooftopPanel", "Shading loss [%]")]


def shade_text(loss, status) -> str:
    """Shading loss as the planner reads it: a percentage, or why there is none."""
    if status == "no_height":
        return translate("RooftopPanel", "not computed: no height")
    if status == "too_large":
        return translate("RooftopPanel", "not computed: footprint too large")
    if status == "not_computed" or loss is None or not math.isfinite(float(loss)):
        return translate("RooftopPanel", "not computed")
    return f"{100.0 * float(loss):.1f} %"


def potential_chain(pot) -> dict:
    """The chain footprint -> usable -> kWp -> shading -> kWh of one building, as texts per step."""
    faces = int(pot.get("pv_faces", 1) or 1)
    if faces == 2:
        slopes = translate("RooftopPanel", "both slopes")
    else:
        slopes = translate("RooftopPanel", "one slope") if pot.get("face_fraction", 1) < 1 else ""
    usable = translate("RooftopPanel",
                       "{usable} m² = {edge} m² inside the setback × {free:.2f} free of structures{slopes} "
                       "({share:.0f} % of the roof)").format(
        usable=_fmt(pot["usable_m2"]), edge=_fmt(pot.get("edge_usable_m2")),
        free=float(pot.get("obstruction_factor", 1)),
        slopes=(" × " + slopes) if slopes else "", share=100.0 * float(pot.get("usable_share", 0.0)))
    if pot.get("pv_mount") == "open_rack":
        mount = translate("RooftopPanel", "open rack")
    else:
        mount = translate("RooftopPanel", "flush on the roof")
    capacity = translate("RooftopPanel", "{kwp} kWp ({module} m² of modules, {tilt:.0f}°, {mount})").format(
        kwp=_fmt(pot["pot_kwp"], 1), module=_fmt(pot.get("module_m2")), tilt=float(pot.get("pv_tilt", 0)), mount=mount)
    height = pot.get("height_used_m")
    shading = shade_text(pot.get("shade_loss"), pot.get("shade_status"))
    if height is not None and math.isfinite(float(height)):
        shading += " · " + translate("RooftopPanel", "roof height {h:.1f} m").format(h=float(height))
    energy = translate("RooftopPanel", "{mwh} MWh/yr ± {u:.0f} % (unshaded {unshaded})").format(
        mwh=_fmt(pot["pot_kwh"] / 1000.0, 1), u=float(pot.get("uncertainty_pct", 0.0)),
        unshaded=_fmt(pot.get("unshaded_kwh", pot["pot_kwh"]) / 1000.0, 1))
    return {"roof": f"{_fmt(pot['roof_m2'])} m²", "usable": usable, "capacity": capacity, "shading": shading,
            "potential": energy}


def filter_items() -> dict[str, list]:
    """(text, data) of the audit filters' fixed entries (the county list follows "all counties")."""
    return {
        "by": [(translate("RooftopPanel", "roof area"), "area"), (translate("RooftopPanel", "building count"), "count")],
        "county": [(translate("RooftopPanel", "all counties"), None)],
        "category": [(translate("RooftopPanel", "public + factory"), "target"),
                     (translate("RooftopPanel", "all categories"), None)]
        + [(category_text(c), c) for c in BUILDING_CATEGORIES],
        "new": [(translate("RooftopPanel", "new"), 1), (translate("RooftopPanel", "existing"), 0),
                (translate("RooftopPanel", "new and existing"), None)],
        "status": [(translate("RooftopPanel", "to do: without PV, or PV area unknown"), "to_do"),
                   (translate("RooftopPanel", "still without PV"), "without_pv"),
                   (translate("RooftopPanel", "PV area unknown"), "area_unknown"),
                   (translate("RooftopPanel", "any status"), None), (translate("RooftopPanel", "with PV"), "with_pv")]
        + [(status_text(s), s) for s in PV_STATUSES],
    }


def _fmt(value, decimals: int = 0) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    return f"{value:,.{decimals}f}"


class _Item(QTableWidgetItem):
    """A read-only cell that sorts by its number when it has one."""

    def __init__(self, text: str, number: float | None = None):
        super().__init__(text)
        self.number = number
        self.setFlags(self.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if number is not None:
            self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other):
        if isinstance(other, _Item) and self.number is not None and other.number is not None:
            return self.number < other.number
        # not super().__lt__: PySide dispatches it back to this override
        return self.text() < other.text()


def project_overrides(project) -> dict:
    """Rooftop assumption overrides stored in the project (``project_meta``)."""
    from app.siting.rooftop import project_overrides as stored

    return stored(project)


class ShadingStyleCommand(Command):
    """Add the shading columns to the buildings layer and draw it by shading class; undo restores both."""

    def __init__(self, layer, data, style, text: str):
        from app.layers.model import Style

        self.layer, self.new_data, self.new_style, self.text = layer, data, style, text
        self.old_data, self.old_style = layer.gdf, Style.from_dict(layer.style.to_dict())

    def redo(self) -> None:
        self.layer.set_gdf(self.new_data)
        self.layer.set_style(self.new_style)

    def undo(self) -> None:
        self.layer.set_gdf(self.old_data)
        self.layer.set_style(self.old_style)


class CoverageChart(QWidget):
    """Grouped bars of coverage per county with the target as a dashed line."""

    def __init__(self, parent=None):
        super().__init__(parent)
        from app.ui.charts import ChartWidget

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chart = ChartWidget(self, height_px=240)
        layout.addWidget(self.chart)
        self.plotted: dict = {}

    def show_rows(self, rows: list[dict], by: str) -> None:
        from app.export.charts import draw_coverage_chart

        self.chart._reset()
        target = next((r["target_pct"] for r in rows if r["target_pct"] is not None), None)
        if target is None:  # no target category in the rows: nothing this chart is about
            self.chart.show_message(translate("CoverageChart", "no buildings"))
            return
        unknown = sum(r.get("pv_area_unknown", 0) or 0 for r in rows if r["adcode"] == CITY_ADCODE)
        if by == "area":
            ylabel = (translate("CoverageChart", "Coverage by roof area [%], without {n} unknown PV area(s)")
                      .format(n=unknown) if unknown else translate("CoverageChart", "Coverage by roof area [%]"))
        else:
            ylabel = translate("CoverageChart", "Coverage by count [%]")
        self.plotted = draw_coverage_chart(self.chart.axes, rows, target, BUILDING_CATEGORIES.labels(ui_language()),
                                           title=translate("CoverageChart", "New public-institution and factory roofs with PV"),
                                           ylabel=ylabel, target_label=translate("CoverageChart", "target {t:.0f} %").format(t=target))
        self.chart.plotted = dict(self.plotted)
        self.chart.draw_idle()


#: Rows of the audit work list that stay visible however small the dock gets [-].
LIST_MIN_ROWS = 6


class RooftopPanel(QWidget):
    """The dock widget of the rooftop audit (see the module docstring)."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.bindings = EventBindings(self)
        self._layer = None
        self._potential = None  # roof_potential of the listed buildings (a cache of derived numbers)
        self._counties = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import buildings…"))
        self.import_button.clicked.connect(self.import_dialog)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.import_button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_dashboard()
        self._build_audit()
        self._build_assumptions()
        if hasattr(window, "project_changed"):
            window.project_changed.connect(lambda *a: self.bind_project())
        self.bind_project()

    # ------------------------------------------------------------------ layout
    def _build_dashboard(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        row = QHBoxLayout()
        self.by_label = QLabel(self.tr("Coverage by"))
        row.addWidget(self.by_label)
        self.by_combo = QComboBox()
        self.by_combo.setObjectName("by_combo")
        for text, data in filter_items()["by"]:
            self.by_combo.addItem(text, data)
        self.by_combo.currentIndexChanged.connect(lambda *_: self.refresh_dashboard())
        row.addWidget(self.by_combo)
        row.addStretch(1)
        v.addLayout(row)
        self.chart = CoverageChart()
        v.addWidget(self.chart, 3)
        self.coverage_table = QTableWidget(0, 10)
        self.coverage_table.setObjectName("coverage_table")
        self.coverage_table.setHorizontalHeaderLabels(coverage_headers())
        self.coverage_table.verticalHeader().setVisible(False)
        self.coverage_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        v.addWidget(self.coverage_table, 2)
        unknown_row = QHBoxLayout()
        self.unknown_label = QLabel()
        self.unknown_label.setObjectName("unknown_area_label")
        self.unknown_label.setWordWrap(True)
        self.unknown_label.setStyleSheet("color: #8c510a")
        self.unknown_button = QPushButton(self.tr("List them"))
        self.unknown_button.setObjectName("list_unknown_area")
        self.unknown_button.clicked.connect(self.list_area_unknown)
        unknown_row.addWidget(self.unknown_label, 1)
        unknown_row.addWidget(self.unknown_button)
        v.addLayout(unknown_row)
        self.target_note = QLabel()
        self.target_note.setWordWrap(True)
        self.target_note.setStyleSheet("color: #555555; font-size: 8pt")
        v.addWidget(self.target_note)
        self.tabs.addTab(page, self.tr("Dashboard"))

    def _build_audit(self) -> None:
        from app.layers.boundaries import COUNTIES

        page = QWidget()
        v = QVBoxLayout(page)
        filters = QGridLayout()
        self.county_filter = QComboBox()
        self.county_filter.setObjectName("county_filter")
        for text, data in filter_items()["county"]:
            self.county_filter.addItem(text, data)
        for c in COUNTIES:
            self.county_filter.addItem(county_text(c.adcode), c.adcode)
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("category_filter")
        for text, data in filter_items()["category"]:
            self.category_filter.addItem(text, data)
        self.new_filter = QComboBox()
        self.new_filter.setObjectName("new_filter")
        for text, data in filter_items()["new"]:
            self.new_filter.addItem(text, data)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        for text, data in filter_items()["status"]:
            self.status_filter.addItem(text, data)
        self.filter_labels = []
        for i, (label, combo) in enumerate(((self.tr("County"), self.county_filter), (self.tr("Category"), self.category_filter),
                                            (self.tr("New/old"), self.new_filter), (self.tr("Status"), self.status_filter))):
            self.filter_labels.append(QLabel(label))
            filters.addWidget(self.filter_labels[-1], i // 2, (i % 2) * 2)
            filters.addWidget(combo, i // 2, (i % 2) * 2 + 1)
            combo.currentIndexChanged.connect(lambda *_: self.refresh_list())
        v.addLayout(filters)
        self.list_label = QLabel()
        self.list_label.setWordWrap(True)
        v.addWidget(self.list_label)
        self.building_table = QTableWidget(0, 8)
        self.building_table.setObjectName("building_table")
        self.building_table.setHorizontalHeaderLabels(building_headers())
        self.building_table.verticalHeader().setVisible(False)
        self.building_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.building_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.building_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 170)
        self.building_table.itemSelectionChanged.connect(self._list_selection_changed)
        # the work list keeps room for LIST_MIN_ROWS rows whatever else shares the dock's height
        rows = self.building_table.verticalHeader().defaultSectionSize() * LIST_MIN_ROWS
        self.building_table.setMinimumHeight(rows + header.sizeHint().height() + 4)
        v.addWidget(self.building_table, 2)
        style_row = QHBoxLayout()
        self.shading_style_button = QPushButton(self.tr("Map style: shading loss"))
        self.shading_style_button.setObjectName("shading_style")
        self.shading_style_button.setToolTip(self.tr("Colour the buildings by the share of sunlight their neighbours "
                                                 "take (grey: no height known, no shading computed)"))
        self.shading_style_button.clicked.connect(self.show_shading_style)
        style_row.addWidget(self.shading_style_button)
        style_row.addStretch(1)
        v.addLayout(style_row)

        box = QGroupBox(self.tr("Audit of the selected building"))
        self.audit_box = box
        form = QFormLayout(box)
        self.audit_form = form
        self.info_labels = {k: QLabel("—") for k in ("building", "roof", "usable", "capacity", "shading", "potential",
                                                      "status")}
        for key, text in self._info_rows():
            self.info_labels[key].setObjectName(f"info_{key}")
            self.info_labels[key].setWordWrap(True)
            form.addRow(text, self.info_labels[key])
        self.status_edit = QComboBox()
        self.status_edit.setObjectName("status_edit")
        for status in PV_STATUSES:
            self.status_edit.addItem(status_text(status), status)
        self.area_edit = QLineEdit()
        self.area_edit.setObjectName("area_edit")
        self.area_edit.setPlaceholderText(self.tr("PV-covered roof area [m2], empty = unknown"))
        self.kwp_edit = QLineEdit()
        self.kwp_edit.setObjectName("kwp_edit")
        self.kwp_edit.setPlaceholderText(self.tr("installed capacity [kWp], empty = unknown"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.auditor_edit = QLineEdit()
        self.auditor_edit.setObjectName("auditor_edit")
        from app.core.user import current_user

        self.auditor_edit.setText(current_user())
        for text, widget in ((self.tr("PV status"), self.status_edit), (self.tr("PV area [m2]"), self.area_edit),
                             (self.tr("PV capacity [kWp]"), self.kwp_edit), (self.tr("Audit date"), self.date_edit),
                             (self.tr("Auditor"), self.auditor_edit)):
            form.addRow(text, widget)
        self.save_button = QPushButton(self.tr("Save audit"))
        self.save_button.setObjectName("save_audit")
        self.save_button.clicked.connect(self.save_audit)
        self.form_message = QLabel()
        self.form_message.setObjectName("form_message")
        self.form_message.setWordWrap(True)
        form.addRow(self.save_button)
        form.addRow(self.form_message)
        v.addWidget(box)
        self.tabs.addTab(page, self.tr("Audit"))

    @staticmethod
    def _info_rows() -> tuple:
        return (("building", translate("RooftopPanel", "Building")), ("roof", translate("RooftopPanel", "Roof area")),
                ("usable", translate("RooftopPanel", "Usable area")), ("capacity", translate("RooftopPanel", "Capacity")),
                ("shading", translate("RooftopPanel", "Shading loss")), ("potential", translate("RooftopPanel", "Potential")),
                ("status", translate("RooftopPanel", "Current status")))

    def _build_assumptions(self) -> None:
        self.rooftop_algorithm = algorithms.get("rooftop")
        fields = {f.name: f for f in self.rooftop_algorithm.parameter("overrides").fields}
        page = QWidget()
        v = QVBoxLayout(page)
        form = AlgorithmForm([fields[name] for name in EDITABLE_ASSUMPTIONS], object_prefix="assumption_")
        self.assumption_edits = {name: form.widget(name) for name in EDITABLE_ASSUMPTIONS}
        v.addWidget(form)
        row = QHBoxLayout()
        self.apply_assumptions_button = QPushButton(self.tr("Apply"))
        self.apply_assumptions_button.setObjectName("apply_assumptions")
        self.apply_assumptions_button.clicked.connect(self.apply_assumptions)
        self.reset_assumptions_button = QPushButton(self.tr("Reset to sources"))
        self.reset_assumptions_button.clicked.connect(self.reset_assumptions)
        row.addWidget(self.apply_assumptions_button)
        row.addWidget(self.reset_assumptions_button)
        row.addStretch(1)
        v.addLayout(row)
        self.assumption_form = form
        note = QLabel(self.tr("Hover a value for its source. Changes are saved with the project."))
        self.assumption_note = note
        note.setWordWrap(True)
        v.addWidget(note)
        v.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, self.tr("Assumptions"))

    # ------------------------------------------------------------------ language
    def changeEvent(self, event):  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text again in the current language (on QEvent.LanguageChange), then refresh."""
        def relabel(combo, entries):
            for index, (text, _data) in enumerate(entries):
                combo.setItemText(index, text)

        items = filter_items()
        self.import_button.setText(self.tr("Import buildings…"))
        self.unknown_button.setText(self.tr("List them"))
        for index, text in enumerate((self.tr("Dashboard"), self.tr("Audit"), self.tr("Assumptions"))):
            self.tabs.setTabText(index, text)
        self.by_label.setText(self.tr("Coverage by"))
        for combo, key in ((self.by_combo, "by"), (self.county_filter, "county"), (self.category_filter, "category"),
                           (self.new_filter, "new"), (self.status_filter, "status")):
            relabel(combo, items[key])
        for index in range(len(items["county"]), self.county_filter.count()):  # the counties after "all counties"
            self.county_filter.setItemText(index, county_text(self.county_filter.itemData(index)))
        self.coverage_table.setHorizontalHeaderLabels(coverage_headers())
        self.building_table.setHorizontalHeaderLabels(building_headers())
        for label, text in zip(self.filter_labels,
                               (self.tr("County"), self.tr("Category"), self.tr("New/old"), self.tr("Status"))):
            label.setText(text)
        self.audit_box.setTitle(self.tr("Audit of the selected building"))
        for key, text in self._info_rows() + (
                          (self.status_edit, self.tr("PV status")), (self.area_edit, self.tr("PV area [m2]")),
                          (self.kwp_edit, self.tr("PV capacity [kWp]")), (self.date_edit, self.tr("Audit date")),
                          (self.auditor_edit, self.tr("Auditor"))):
            label = self.audit_form.labelForField(self.info_labels[key] if isinstance(key, str) else key)
            if label is not None:
                label.setText(text)
        relabel(self.status_edit, [(status_text(s), s) for s in PV_STATUSES])
        self.area_edit.setPlaceholderText(translate("RooftopPanel", "PV-covered roof area [m2], empty = unknown"))
        self.kwp_edit.setPlaceholderText(translate("RooftopPanel", "installed capacity [kWp], empty = unknown"))
        self.save_button.setText(translate("RooftopPanel", "Save audit"))
        self.shading_style_button.setText(translate("RooftopPanel", "Map style: shading loss"))
        self.shading_style_button.setToolTip(translate("RooftopPanel", "Colour the buildings by the share of sunlight "
                                                       "their neighbours take (grey: no height known, no shading "
                                                       "computed)"))
        self.apply_assumptions_button.setText(self.tr("Apply"))
        self.reset_assumptions_button.setText(self.tr("Reset to sources"))
        self.assumption_note.setText(self.tr("Hover a value for its source. Changes are saved with the project."))
        self.form_message.setText("")
        self.refresh()

    # ------------------------------------------------------------------ binding
    @property
    def project(self):
        return getattr(self.window, "project", None)

    def layer(self):
        project = self.project
        if project is None or BUILDINGS not in project.layers:
            return None
        return project.vector(BUILDINGS)

    def overrides(self) -> dict:
        return project_overrides(self.project)

    def bind_project(self) -> None:
        self.bindings.disconnect_all()
        self._layer = self.layer()
        self._potential = None
        self._counties = None
        if self._layer is not None:
            self.bindings.connect(self._layer.events.data, self._on_data)
            self.bindings.connect(self._layer.events.selection, self._on_map_selection)
        project = self.project
        if project is not None:
            self.bindings.connect(project.layers.events.changed, self._on_layers_changed)
            self.bindings.connect(project.events.weather, self._on_weather)
        self._load_assumption_form()
        self.refresh()

    def _on_layers_changed(self, **kwargs) -> None:
        if self.layer() is not self._layer:
            self.bind_project()

    def _on_data(self, **kwargs) -> None:
        ids = kwargs.get("ids")
        if ids is None:  # whole layer replaced: geometry may have changed
            self._potential = None
            self._counties = None
        self.refresh()

    def _on_weather(self, **kwargs) -> None:
        """The project's weather changed: the potentials are computed again with it."""
        self._potential = None
        self.refresh()

    def _on_map_selection(self, selection=None, **kwargs) -> None:
        self.show_building(min(selection) if selection else None)

    # ------------------------------------------------------------------ refresh
    def refresh(self) -> None:
        self.refresh_dashboard()
        self.refresh_list()
        layer = self._layer
        self.show_building(min(layer.selection) if layer is not None and layer.selection else self._shown_id())

    def _shown_id(self):
        return getattr(self, "_current_id", None)

    def refresh_dashboard(self) -> None:
        from app.siting.coverage import coverage_rows, target_source

        layer = self._layer
        if layer is None:
            self.summary_label.setText(self.tr("The project has no buildings layer: import a building inventory."))
            self.coverage_table.setRowCount(0)
            self.chart.chart.show_message(self.tr("no buildings"))
            return
        by = self.by_combo.currentData()
        try:
            rows = coverage_rows(layer.gdf, by=by, overrides=self.overrides())
        except InputError as exc:  # bad data in the layer is shown, the panel stays usable
            self.summary_label.setText(translate("RooftopPanel", "Coverage cannot be computed: {e}").format(e=message_text(exc).splitlines()[0]))
            self.coverage_table.setRowCount(0)
            self.chart.chart.show_message(message_text(exc).splitlines()[0])
            return
        self.coverage_rows = rows
        self.chart.show_rows(rows, by)
        self.coverage_table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = [
                _Item(r["county"] if ui_language() == "zh" else r["county_en"]), _Item(category_text(r["category"])),
                _Item(_fmt(r["buildings"]), r["buildings"]), _Item(_fmt(r["roof_area_m2"]), r["roof_area_m2"]),
                _Item(_fmt(r["pv_area_m2"]), r["pv_area_m2"]), _Item(_fmt(r["buildings_with_pv"]), r["buildings_with_pv"]),
                _Item(self._unknown_text(r), r["pv_area_unknown"]),
                _Item(_fmt(r["coverage_pct"], 1), r["coverage_pct"]), _Item(_fmt(r["gap_m2"]), r["gap_m2"]),
                _Item(_fmt(r["gap_buildings"]), r["gap_buildings"]),
            ]
            for column, item in enumerate(cells):
                if r["adcode"] == "320700":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.coverage_table.setItem(i, column, item)
        city = [r for r in rows if r["adcode"] == "320700"]
        parts = [f"{category_text(r['category'])} {_fmt(r['coverage_pct'], 1)} %" for r in city]
        sample = self.tr(" (sample data)") if getattr(self.project, "is_sample", False) else ""
        self.summary_label.setText(self.tr("City coverage of new roofs: {parts}; target {t:.0f} % by 2025{s}.").format(
            parts=", ".join(parts), t=rows[0]["target_pct"] if rows else 50.0, s=sample))
        self.target_note.setText(self.tr("Target: {source}").format(source=target_source(ui_language())))
        self._show_unknown(city, by)

    @staticmethod
    def _unknown_text(row) -> str:
        n = row.get("pv_area_unknown") or 0
        if not n:
            return "0"
        share = row.get("pv_area_unknown_share_pct")
        return f"{n} ({share:.0f} %)" if share is not None else str(n)

    def _show_unknown(self, city_rows, by) -> None:
        """Say what the coverage does not know: PV areas unknown, and areas estimated from kWp."""
        unknown = sum(r["pv_area_unknown"] for r in city_rows)
        with_pv = sum(r["buildings_with_pv"] for r in city_rows)
        estimated = sum(r["pv_area_estimated"] for r in city_rows)
        parts = []
        if unknown:
            what = (self.tr("coverage by area leaves their PV out (their roofs are counted), so it is a lower bound")
                    if by == "area" else self.tr("they count as buildings with PV"))
            parts.append(self.tr("{n} of {m} new public/factory buildings with PV have no PV area ({share:.0f} %): "
                             "{what}.").format(n=unknown, m=with_pv, share=100.0 * unknown / with_pv, what=what))
        if estimated:
            parts.append(self.tr("{k} PV area(s) estimated from kWp (module power density).").format(k=estimated))
        self.unknown_label.setText(" ".join(parts))
        self.unknown_label.setVisible(bool(parts))
        self.unknown_button.setVisible(bool(unknown))

    def list_area_unknown(self) -> None:
        """Show the buildings with PV of unknown area in the audit list (new public/factory, all counties)."""
        for combo, data in ((self.county_filter, None), (self.category_filter, "target"), (self.new_filter, 1),
                            (self.status_filter, "area_unknown")):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(data)))
            combo.blockSignals(False)
        self.refresh_list()
        self.tabs.setCurrentIndex(1)

    def _weather(self):
        from app.project.weather import project_weather

        return project_weather(self.project)

    def _rooftop_parameters(self) -> dict:
        """The ``rooftop`` algorithm's parameters: the buildings layer, the project's overrides and weather."""
        return {"buildings": self._layer.gdf, "overrides": self.overrides(), "weather": self._weather()}

    def _potential_for(self, gdf):
        """Roof potential of the buildings ``gdf`` with the project's weather (the ``rooftop`` algorithm, cached
        per layer data and weather; the one :func:`prepare` computed off the GUI thread when it still holds)."""
        if self._potential is None:
            self._potential = _take_prepared(self._layer, self._weather(), self.overrides())
        if self._potential is None or len(gdf.index.difference(self._potential.index)):
            from app.siting.rooftop_cluster import IN_PROCESS, plan_run

            where = plan_run(len(self._layer.gdf), True)
            if where == IN_PROCESS:
                self._potential = self.rooftop_algorithm.run(self._rooftop_parameters()).buildings
            else:
                self.compute_potential_elsewhere()
                if self._potential is None or len(gdf.index.difference(self._potential.index)):  # not back yet
                    raise PotentialPending(self.tr("the potential of {n} buildings is being computed on {where}; "
                                                   "the list follows when it is done").format(
                        n=f"{len(self._layer.gdf):,}", where=self._place_text(where)))
        return self._potential.loc[gdf.index]

    def _place_text(self, where: str) -> str:
        from app.siting.rooftop_cluster import IN_PROCESS, LOCAL

        if where == IN_PROCESS:
            return self.tr("this computer")
        return self.tr("a local Dask cluster") if where == LOCAL else self.tr("the Dask cluster at {a}").format(a=where)

    def compute_potential_elsewhere(self, scheduler: str | None = None) -> None:
        """Compute the layer's potential as a task (on a cluster, or ``scheduler="none"``: here, off the GUI thread).

        A scheduler that does not answer is asked about: run on this computer instead, or not at all.
        """
        from app.siting.rooftop_cluster import SchedulerUnreachableError, plan_run

        task = getattr(self, "potential_task", None)
        if task is not None and task.is_running:
            return
        layer, parameters = self._layer, {**self._rooftop_parameters(), "scheduler": scheduler}
        data = parameters["buildings"]
        where = plan_run(len(data), True, scheduler)

        def work(progress):
            try:
                return self.rooftop_algorithm.run(parameters, progress).buildings
            except SchedulerUnreachableError as exc:  # asked about on the GUI thread, not shown as a failure
                return exc

        def done(result):
            if isinstance(result, SchedulerUnreachableError):
                self.ask_run_here(result)
            elif layer is self._layer and data is layer.gdf:  # the layer has not changed meanwhile
                self._potential = result
                self.refresh()

        self.potential_task = self.window.run_task(
            self.tr("Roof potential of {n} buildings on {where}").format(
                n=f"{len(data):,}", where=self._place_text(where)),
            work, done, True)

    def ask_run_here(self, error) -> QMessageBox:
        """The scheduler named does not answer: offer to compute on this computer (non-blocking)."""
        from app.siting.rooftop_cluster import IN_PROCESS

        box = QMessageBox(self)
        box.setObjectName("scheduler_unreachable")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Dask cluster not reachable"))
        box.setText(self.tr("No Dask scheduler answers at {address}. Compute the roof potential on this computer "
                            "instead?").format(address=error.address))
        box.setDetailedText(str(error))
        here = box.addButton(self.tr("Run on this computer"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        here.clicked.connect(lambda: self.compute_potential_elsewhere(IN_PROCESS))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.cluster_question = box
        return box

    def _county_codes(self):
        from app.layers.boundaries import county_of_points

        gdf = self._layer.gdf
        if self._counties is None or len(self._counties) != len(gdf) or not self._counties.index.equals(gdf.index):
            import pandas as pd

            reps = gdf.geometry.representative_point()
            self._counties = pd.Series(county_of_points(reps.x.to_numpy(), reps.y.to_numpy()), index=gdf.index)
        return self._counties

    def refresh_list(self) -> None:
        import pandas as pd

        from app.siting.audit import filter_mask
        from app.siting.coverage import pv_area_unknown_mask

        table = self.building_table
        layer = self._layer
        table.blockSignals(True)
        table.setSortingEnabled(False)
        table.setRowCount(0)
        if layer is None or layer.gdf.empty:
            table.blockSignals(False)
            self.list_label.setText(self.tr("No buildings."))
            return
        gdf = layer.gdf
        category = self.category_filter.currentData()
        counties = self._county_codes()
        status = self.status_filter.currentData()
        try:
            mask = filter_mask(gdf, county=self.county_filter.currentData(),
                               category=None if category in (None, "target") else category,
                               is_new=self.new_filter.currentData(),
                               status=None if status == "to_do" else status, counties=counties.to_numpy())
            unknown = pd.Series(pv_area_unknown_mask(gdf), index=gdf.index)
            if status == "to_do":
                mask &= ~gdf["pv_status"].isin(PV_COUNTED) | unknown
            if category == "target":
                mask &= gdf["category"].isin(TARGET_CATEGORIES)
            subset = gdf[mask]
            potential = self._potential_for(subset)
        except InputError as exc:
            table.blockSignals(False)
            self.list_label.setText(self.tr("The list cannot be shown: {e}").format(e=message_text(exc).splitlines()[0]))
            return
        order = potential["pot_kwh"].sort_values(ascending=False, kind="stable").index
        area_unknown_text = self.tr("{status}, PV area unknown")
        shown = list(order[:LIST_LIMIT])
        table.setRowCount(len(shown))
        for i, fid in enumerate(shown):
            row = gdf.loc[fid]
            pot = potential.loc[fid]
            cells = [_Item(str(row.get("bld_id", fid))), _Item(str(row.get("name", ""))),
                     _Item(category_text(row["category"])), _Item(county_text(counties.loc[fid]) if counties.loc[fid] else "—"),
                     _Item(area_unknown_text.format(status=status_text(row["pv_status"])) if unknown.loc[fid]
                           else status_text(row["pv_status"])), _Item(_fmt(pot["roof_m2"]), float(pot["roof_m2"])),
                     _Item(_fmt(pot["pot_kwh"] / 1000.0, 1), float(pot["pot_kwh"] / 1000.0)),
                     _Item(shade_text(pot.get("shade_loss"), pot.get("shade_status")),
                           float(pot["shade_loss"]) if math.isfinite(float(pot["shade_loss"])) else None)]
            cells[0].setData(Qt.ItemDataRole.UserRole, fid)
            for column, item in enumerate(cells):
                table.setItem(i, column, item)
        table.setSortingEnabled(True)
        table.sortItems(6, Qt.SortOrder.DescendingOrder)  # largest potential first, as the plan list asks
        table.blockSignals(False)
        total = potential["pot_kwh"].sum() / 1000.0
        uncertainty = float(potential["uncertainty_pct"].iloc[0]) if len(potential) else 0.0
        self.list_label.setText(self.tr("{n} building(s), potential {mwh} MWh/yr ± {u:.0f} %{more}; weather: "
                                        "{weather}").format(
            n=f"{len(subset):,}", mwh=_fmt(total), u=uncertainty,
            more=self.tr(" (first {k} shown)").format(k=LIST_LIMIT) if len(subset) > LIST_LIMIT else "",
            weather=message_text(self._potential.attrs.get("weather_source", "?"))))
        self.listed_ids = list(order)

    # ------------------------------------------------------------------ audit form
    def _list_selection_changed(self) -> None:
        rows = self.building_table.selectionModel().selectedRows()
        if not rows or self._layer is None:
            return
        fid = self.building_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        self._layer.select([fid])  # the map shows it; our selection handler fills the form
        canvas = getattr(self.window, "canvas", None)
        if canvas is not None:
            canvas.zoom_to_selection(self._layer)

    def show_building(self, fid) -> None:
        """Fill the audit form with building ``fid`` (None: clear it)."""
        layer = self._layer
        self._current_id = fid if layer is not None and fid in layer.gdf.index else None
        enabled = self._current_id is not None
        for widget in (self.status_edit, self.area_edit, self.kwp_edit, self.date_edit, self.auditor_edit,
                       self.save_button):
            widget.setEnabled(enabled)
        if not enabled:
            for label in self.info_labels.values():
                label.setText("—")
            return
        row = layer.gdf.loc[fid]
        try:
            pot = self._potential_for(layer.gdf.loc[[fid]]).loc[fid]
        except PotentialPending:  # the layer's run is on a cluster: this roof and its halo, here (the same numbers)
            from app.siting.rooftop import building_potential

            pot = building_potential(layer.gdf, fid, weather=self._weather(), overrides=self.overrides())
        self.info_labels["building"].setText(f"{row.get('bld_id', fid)} {row.get('name', '')} · "
                                             f"{category_text(row['category'])} · "
                                             f"{self.tr('new') if int(row.get('is_new', 0) or 0) == 1 else self.tr('existing')}")
        for key, text in potential_chain(pot).items():
            self.info_labels[key].setText(text)
        self.info_labels["status"].setText(status_text(row["pv_status"]))
        self.status_edit.setCurrentIndex(max(0, self.status_edit.findData(row["pv_status"])))
        self.area_edit.setText(self._number_text(row.get("pv_area_m2")))
        self.kwp_edit.setText(self._number_text(row.get("pv_kwp")))
        self.form_message.setText("")

    @staticmethod
    def _number_text(value) -> str:
        try:
            number = float(value)
        except (TypeError, ValueError):
            return ""
        return "" if not math.isfinite(number) else f"{number:g}"

    def save_audit(self) -> None:
        """Validate the form and push the audit command on the project's undo stack."""
        from app.siting.audit import audit_command

        fid = self._shown_id()
        if fid is None or self.project is None:
            return
        values = {"pv_status": self.status_edit.currentData(), "pv_area_m2": self.area_edit.text().strip() or None,
                  "pv_kwp": self.kwp_edit.text().strip() or None,
                  "audit_date": self.date_edit.date().toString("yyyy-MM-dd"), "auditor": self.auditor_edit.text()}
        try:
            command = audit_command(self.project, [fid], values, user=self.auditor_edit.text().strip() or None)
            self.project.undo_stack.push(command)
        except InputError as exc:
            self.form_message.setStyleSheet("color: #d7191c")
            self.form_message.setText(message_text(exc).splitlines()[0])
            return
        self.form_message.setStyleSheet("color: #1a9641")
        self.form_message.setText(self.tr("Saved: {what} (Undo with Ctrl+Z)").format(what=message_text(command.text)))

    # ------------------------------------------------------------------ map style
    def show_shading_style(self) -> None:
        """Write ``shade_loss``/``shade_class`` into the buildings layer and colour it by class (undoable)."""
        from app.layers.model import Style
        from app.siting.rooftop import shade_classes

        layer = self._layer
        if layer is None or layer.gdf.empty:
            return
        try:
            potential = self._potential_for(layer.gdf)
        except USER_ERRORS as exc:  # bad data in the layer is shown, the panel stays usable
            self.window.show_error(exc)
            return
        data = layer.gdf.copy()
        data["shade_loss"] = potential["shade_loss"].to_numpy()
        data["shade_class"] = shade_classes(potential["shade_loss"].to_numpy(), potential["shade_status"].to_numpy())
        style = Style.from_dict(layer.style.to_dict())
        style.category_field = "shade_class"
        style.categories = dict(SHADE_CLASS_COLORS)
        command = ShadingStyleCommand(layer, data, style, self.tr("map style: shading loss"))
        if self.project is not None:
            self.project.undo_stack.push(command)
        else:
            command.redo()

    # ------------------------------------------------------------------ assumptions
    def _load_assumption_form(self) -> None:
        from app.core.assumptions import value

        overrides = self.overrides()
        self.assumption_form.set_values({name: float(value(f"rooftop.{name}", overrides))
                                         for name in self.assumption_edits})

    def apply_assumptions(self) -> None:
        """Store the form's values as project overrides and recompute everything shown."""
        from app.core.assumptions import value
        from app.siting.rooftop import params

        project = self.project
        if project is None:
            return
        overrides = {}
        for name, v in self.assumption_form.values().items():
            v = round(v, 6)
            if not math.isclose(v, float(value(f"rooftop.{name}")), rel_tol=1e-9, abs_tol=1e-9):
                overrides[f"rooftop.{name}"] = v
        try:
            params(overrides)
        except InputError as exc:
            self.window.show_error(exc)
            return
        project.meta[META_OVERRIDES] = json.dumps(overrides)
        self._potential = None
        if self._layer is None:
            self.refresh()
            return
        parameters = self._rooftop_parameters()

        def done(result):
            self._potential = result.buildings
            self.refresh()

        run_algorithm(self.window, self.rooftop_algorithm, parameters, done)

    def reset_assumptions(self) -> None:
        if self.project is not None:
            self.project.meta.pop(META_OVERRIDES, None)
        self._load_assumption_form()
        self._potential = None
        self.refresh()

    # ------------------------------------------------------------------ import
    def import_dialog(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import buildings"), "",
                                                  self.tr("Building inventories (*.shp *.gpkg *.geojson *.json *.kml *.kmz "
                                                      "*.xlsx *.xls *.csv);;All files (*)"))
        if not path:
            return
        self.import_file(path)

    def import_file(self, path: str, dialog_factory=None) -> None:
        """Read ``path``, ask for the mapping (dialog), check every row, then bring it into the buildings layer.

        Into a layer that has buildings, :meth:`ask_import_mode` asks Replace /
        Append / Update with the counts of each before anything changes.
        """
        from app.layers.vector_io import read_vector
        from app.siting.building_import import (SCHEMA_FIELDS, clean_buildings, remember_mapping, remembered_mapping,
                                                suggest_mapping, validate_buildings)
        from app.siting.layer_import import LayerFile
        from app.ui.field_mapping_dialog import FieldMappingDialog

        def read(progress):
            return read_vector(path)

        def done(result):
            raw, report = result
            columns = [c for c in raw.columns if c != raw.geometry.name]
            mapping = remembered_mapping(columns) or suggest_mapping(columns)

            def check(chosen_mapping, declared):
                data = raw if declared is None else read_vector(path, declared_crs=declared)[0]
                return validate_buildings(data, chosen_mapping, self.overrides())

            factory = dialog_factory or (lambda: FieldMappingDialog(columns, mapping, sample=raw.head(5),
                                                                    check=check, parent=self))
            dialog = factory()
            dialog.run_check()
            if not dialog.exec():
                return
            choices = dialog.choices()
            try:
                data = raw if choices["declared_crs"] is None else read_vector(path, declared_crs=choices["declared_crs"])[0]
                problems = validate_buildings(data, choices["mapping"], self.overrides())
                buildings, actions, skipped = clean_buildings(data, choices["mapping"], problems, choices["decisions"])
                remember_mapping(columns, choices["mapping"], source=path)
            except USER_ERRORS as exc:
                self.window.show_error(exc)
                return
            mapped = [f for f in SCHEMA_FIELDS if choices["mapping"].get(f) is not None]
            extra = [c for c in buildings.columns if c not in SCHEMA_FIELDS and c != buildings.geometry.name]
            self._apply_import(LayerFile(BUILDINGS, buildings, mapped + extra, skipped, path=str(path)))

        self.window.run_task(self.tr("Reading {name}").format(name=path), read, done, True)

    def _apply_import(self, layer_file) -> None:
        from app.layers.edits import AddLayer
        from app.layers.model import VectorLayer
        from app.layers.standard import default_style, empty_layer_frame
        from app.layers.titles import LAYER_TITLES_ZH

        project = self.project
        if BUILDINGS not in project.layers:
            layer = VectorLayer(BUILDINGS, empty_layer_frame(BUILDINGS), title=LAYER_TITLES_ZH[BUILDINGS],
                                style=default_style(BUILDINGS))
            project.undo_stack.push(AddLayer(project.layers, layer))
        layer = project.vector(BUILDINGS)
        if layer.gdf.empty:
            from app.siting.layer_import import plan_import

            self._commit_import(layer, plan_import(layer.gdf, layer_file, "replace"), layer_file)
        else:
            self.ask_import_mode(layer, layer_file)

    def ask_import_mode(self, layer, layer_file):
        """Ask Replace / Append / Update with the counts of each; OK applies it (window-modal, returns the dialog)."""
        from pathlib import Path

        from app.siting.layer_import import plan_all_modes
        from app.ui.i18n import layer_display_title
        from app.ui.project_dialogs import ImportModeDialog

        plans = plan_all_modes(layer.gdf, layer_file)
        dialog = ImportModeDialog(plans, layer_display_title(layer), Path(layer_file.path).name,
                                  skipped=len(layer_file.skipped), parent=self)
        dialog.accepted.connect(lambda: self._commit_import(layer, dialog.plan(), layer_file))
        dialog.rejected.connect(lambda: self.summary_label.setText(self.tr("Import cancelled: nothing changed.")))
        self.mode_dialog = dialog
        dialog.open()
        return dialog

    def _commit_import(self, layer, plan, layer_file) -> None:
        from app.siting.layer_import import ImportIntoLayer

        project = self.project
        command = ImportIntoLayer(project, layer, plan, source=layer_file.path, import_mapping=layer_file.import_mapping)
        command.text = self.tr("import buildings from {path} ({mode})").format(path=layer_file.path, mode=plan.mode)
        project.undo_stack.push(command)
        counts = plan.counts()
        message = self.tr("{n} building(s) imported ({mode}): {added} added, {updated} updated, "
                          "{replaced} replaced").format(n=counts["added"] + counts["updated"], mode=plan.mode, **counts)
        if plan.unmatched:
            message += self.tr("; {u} building(s) of the layer not in the file were kept").format(u=len(plan.unmatched))
        if plan.renumbered:
            message += self.tr("; {r} id(s) renumbered").format(r=len(plan.renumbered))
        skipped = layer_file.skipped
        if skipped:
            message += self.tr("; {k} row(s) skipped: {rows}").format(
                k=len(skipped), rows=", ".join(str(s["row"]) for s in skipped[:20]))
        self.summary_label.setText(message)
        self.import_message = message


class PotentialPending(InputError):
    """The layer's potential is being computed on a Dask cluster (a task with a progress bar)."""


def create_panel(window) -> QWidget:
    """The dock's widget (see :mod:`app.ui.panels`)."""
    return RooftopPanel(window)


def run_for_screenshot(panel) -> None:
    """What ``lygsite screenshot --panel rooftop`` shows: the shading-loss map style and the audit
    entry of the most shaded open building, zoomed to its neighbourhood."""
    layer = panel.layer()
    if layer is None or layer.gdf.empty:
        return
    panel.show_shading_style()
    panel.tabs.setCurrentIndex(1)
    try:
        potential = panel._potential_for(layer.gdf)
    except PotentialPending:  # on a Dask cluster: the list says so, and the shot shows it
        return
    listed = [fid for fid in getattr(panel, "listed_ids", []) if fid in potential.index]
    candidates = potential.loc[listed] if listed else potential
    shaded = candidates["shade_loss"].dropna()
    fid = shaded.idxmax() if len(shaded) else candidates.index[0]
    layer.select([fid])
    canvas = getattr(panel.window, "canvas", None)
    if canvas is not None:
        minx, miny, maxx, maxy = layer.gdf.geometry.loc[fid].bounds
        canvas.zoom_to((minx - 0.004, miny - 0.003, maxx + 0.004, maxy + 0.003))


def prepare(project) -> None:
    """Off the GUI thread before the panel is built (see :mod:`app.ui.panels`).

    Loads the county boundaries and the chart library, and computes the roof
    potential of the project's buildings with the project's weather (the
    ``rooftop`` algorithm), which the panel then takes instead of computing it
    on the GUI thread (unless the buildings changed meanwhile).
    """
    from app.core.errors import InputError
    from app.layers.boundaries import load_counties
    from app.project.weather import project_weather
    from app.ui.charts import ChartWidget  # noqa: F401  (matplotlib, for the coverage chart)

    load_counties()
    layer = project.layers.get(BUILDINGS) if project is not None else None
    if layer is None or getattr(layer, "gdf", None) is None or layer.gdf.empty:
        return
    from app.siting.rooftop_cluster import IN_PROCESS, plan_run

    if plan_run(len(layer.gdf), True) != IN_PROCESS:
        return  # a Dask cluster's run: the panel starts it as a task with a progress bar
    overrides = project_overrides(project)
    changed = []

    def forget(**kwargs):
        changed.append(True)
        _PREPARED.pop(id(layer), None)

    layer.events.data.connect(forget)
    try:
        weather = project_weather(project)
        potential = algorithms.get("rooftop").run({"buildings": layer.gdf, "weather": weather,
                                                   "overrides": overrides}).buildings
    except (InputError, ValueError, KeyError):
        layer.events.data.disconnect(forget)
        return  # bad building data or weather: the panel shows the problem when it is built
    if changed:
        layer.events.data.disconnect(forget)
    else:
        _PREPARED[id(layer)] = (layer.gdf, weather.fingerprint, overrides, potential, forget)


#: Roof potential computed by :func:`prepare`: layer id -> (gdf, weather fingerprint, overrides, potential,
#: its data-event callback). An entry goes when the layer's data changes; the panel takes it once.
_PREPARED: dict = {}


def _take_prepared(layer, weather, overrides: dict):
    """The potential :func:`prepare` computed for ``layer`` as it is now with ``weather``, or None."""
    entry = _PREPARED.pop(id(layer), None)
    if entry is None:
        return None
    gdf, fingerprint, prepared_overrides, potential, forget = entry
    layer.events.data.disconnect(forget)
    same = gdf is layer.gdf and fingerprint == weather.fingerprint and prepared_overrides == overrides
    return potential if same else None
