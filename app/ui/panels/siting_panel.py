"""Siting dock panel: draw and edit sites, edit the rule set, analyse, compare.

- Draw / edit: map tools of :mod:`app.ui.edit_tools`; a finished polygon
  opens the site form (:mod:`app.ui.site_form`), which adds the site with an
  undoable command.
- Rules: the rule set as a table (enabled, value, unit, source), saved and
  loaded as JSON.
- Analyse the selected site with the ``site_analysis`` algorithm
  (:mod:`app.siting.algorithms`; its spacing and wind-direction fields are
  the algorithm's form) off the GUI thread (``window.run_task``); the result
  is written with one undoable command (turbines, excluded areas, the
  ``site_analysis`` table).
- Comparison: every candidate site with its last analysis, sortable; a row
  click selects the site and zooms the map to it.

The panel keeps no model state: rules live in the rule table, results in
the project (layers and the ``site_analysis`` table).
"""
from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QDoubleSpinBox, QFileDialog, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QPushButton, QSizePolicy, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from app.core import algorithm as algorithms
from app.core.errors import USER_ERRORS, InputError
from app.layers.display import value_text
from app.siting.constraints import Rule, RuleSet, default_ruleset
from app.siting.site_analysis import ANALYSIS_TABLE, CompoundCommand, analysis_command
from app.ui.algorithm_form import AlgorithmForm, run_algorithm
from app.ui.binding import EventBindings
from app.ui.edit_tools import DrawPolygonTool, MoveFeatureTool, VertexEditTool
from app.ui.i18n import message_text, translate, ui_language
from app.ui.site_form import kind_text, status_text

#: Units of rules as symbols.
UNIT_SYMBOLS = {"deg": "°", "m2": "m²", "km2": "km²"}

PANEL_KEY = "siting"

RULE_COLUMNS = ("enabled", "rule", "value", "unit", "applies_to", "source")
# the figures a planner compares first stay visible in a narrow dock; county and area follow
COMPARE_COLUMNS = ("site_id", "name", "kind", "net_full_load_hours", "wake_loss_pct", "capacity_mw", "turbines",
                   "net_mwh", "capacity_factor", "county", "eligible_area_km2", "status")


def title() -> str:
    return translate("SitingPanel", "Siting")


def create_panel(window) -> QWidget:
    return SitingPanel(window)


def rule_headers() -> list[str]:
    return [translate("SitingPanel", "On"), translate("SitingPanel", "Rule"), translate("SitingPanel", "Value"),
            translate("SitingPanel", "Unit"), translate("SitingPanel", "Applies to"), translate("SitingPanel", "Source")]


def compare_headers() -> list[str]:
    return [translate("SitingPanel", "Site"), translate("SitingPanel", "Name"), translate("SitingPanel", "Kind"), translate("SitingPanel", "Net full-load h"), translate("SitingPanel", "Wake loss %"), translate("SitingPanel", "Capacity MW"),
            translate("SitingPanel", "Turbines"), translate("SitingPanel", "Net MWh"), translate("SitingPanel", "Capacity factor"), translate("SitingPanel", "County"), translate("SitingPanel", "Eligible km²"), translate("SitingPanel", "Status")]


class _NumberItem(QTableWidgetItem):
    """A table cell that sorts by its number, not its text (NaN last)."""

    def __init__(self, value, fmt: str):
        number = float(value) if value is not None and not (isinstance(value, float) and math.isnan(value)) else None
        super().__init__("—" if number is None else format(number, fmt))
        self.number = number
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other):
        a = self.number if self.number is not None else math.inf
        b = getattr(other, "number", None)
        b = b if b is not None else math.inf
        return a < b


class SitingPanel(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window = window
        self.setObjectName("siting_panel")
        self._bindings = EventBindings(self)
        self._rules_meta: list[Rule] = []
        self._analysed = False  # the result label still shows the prompt

        # drawing and editing ------------------------------------------------
        self.draw_button = QPushButton(self.tr("Draw site"))
        self.vertex_button = QPushButton(self.tr("Edit vertices"))
        self.move_button = QPushButton(self.tr("Move / delete"))
        for button in (self.draw_button, self.vertex_button, self.move_button):
            button.setCheckable(True)
        self.draw_button.clicked.connect(self.start_drawing)
        self.vertex_button.clicked.connect(self.start_vertex_edit)
        self.move_button.clicked.connect(self.start_move)
        tools = QHBoxLayout()
        for button in (self.draw_button, self.vertex_button, self.move_button):
            tools.addWidget(button)

        # rules ----------------------------------------------------------------
        self.rule_table = QTableWidget(0, len(RULE_COLUMNS))
        self.rule_table.setHorizontalHeaderLabels(rule_headers())
        self.rule_table.verticalHeader().setVisible(False)
        self.rule_table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.rule_table.setMinimumHeight(120)  # leaves the comparison table room for its rows
        load_rules = QPushButton(translate("SitingPanel", "Load rules…"))
        save_rules = QPushButton(translate("SitingPanel", "Save rules…"))
        reset_rules = QPushButton(translate("SitingPanel", "Default rules"))
        load_rules.clicked.connect(self.load_rules_dialog)
        save_rules.clicked.connect(self.save_rules_dialog)
        reset_rules.clicked.connect(lambda: self.set_ruleset(default_ruleset()))
        rule_buttons = QHBoxLayout()
        for b in (load_rules, save_rules, reset_rules):
            rule_buttons.addWidget(b)
        self.rule_buttons = (load_rules, save_rules, reset_rules)
        rules_box = QGroupBox(self.tr("Constraint rules"))
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.addWidget(self.rule_table)
        rules_layout.addLayout(rule_buttons)

        # layout parameters and analysis ---------------------------------------
        self.algorithm = algorithms.get("site_analysis")
        self.params_form = AlgorithmForm.for_algorithm(self.algorithm, ("spacing", "direction", "wake_model"),
                                                       object_prefix="siting_")
        self.spacing_cross, self.spacing_down = self.params_form.widget("spacing").spins
        self.direction = self.params_form.widget("direction")
        self.wake_model = self.params_form.widget("wake_model")
        self.add_turbine_button = QPushButton(translate("SitingPanel", "Add turbine…"))
        self.add_turbine_button.setToolTip(translate("SitingPanel", "A turbine from a maker's datasheet (CSV of wind speed, power, Ct)"))
        self.add_turbine_button.clicked.connect(self.add_turbine_dialog)
        self.rose_label, self.waterfall_label = QLabel(), QLabel()
        for chart in (self.rose_label, self.waterfall_label):
            chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
            chart.setVisible(False)
        self.analyse_button = QPushButton(translate("SitingPanel", "Analyse selected site"))
        self.analyse_all_button = QPushButton(translate("SitingPanel", "Analyse all sites"))
        self.analyse_button.clicked.connect(self.analyse_selected)
        self.analyse_all_button.clicked.connect(self.analyse_all)
        self.result_label = QLabel(self.tr("Select a site on the map, then analyse it."))
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        analyse_box = QGroupBox(self.tr("Layout and yield"))
        analyse_layout = QVBoxLayout(analyse_box)
        analyse_layout.addWidget(self.params_form)
        row = QHBoxLayout()
        row.addWidget(self.analyse_button)
        row.addWidget(self.analyse_all_button)
        row.addWidget(self.add_turbine_button)
        analyse_layout.addLayout(row)
        analyse_layout.addWidget(self.result_label)
        charts = QHBoxLayout()
        charts.addWidget(self.rose_label)
        charts.addWidget(self.waterfall_label, 1)
        analyse_layout.addLayout(charts)
        from app.ui.project_dialogs import ResultWeather

        self.stale_label = QLabel()
        self.stale_label.setObjectName("siting_stale")
        analyse_layout.addWidget(self.stale_label)
        # analyses of sites whose outline changed since (the map hatches them: app.ui.stale_overlay)
        self.outline_stale_label = QLabel()
        self.outline_stale_label.setObjectName("siting_outline_stale")
        self.outline_stale_label.setWordWrap(True)
        self.outline_stale_label.setStyleSheet("color: #b35806; font-weight: bold")
        self.outline_stale_label.setVisible(False)
        analyse_layout.addWidget(self.outline_stale_label)
        self.result_weather = ResultWeather(self, window, self.stale_label)

        # comparison -------------------------------------------------------------
        self.compare_table = QTableWidget(0, len(COMPARE_COLUMNS))
        self.compare_table.setHorizontalHeaderLabels(compare_headers())
        self.compare_table.setSortingEnabled(True)
        self.compare_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_table.verticalHeader().setVisible(False)
        self.compare_table.setMinimumHeight(150)
        self.compare_table.cellClicked.connect(self._compare_clicked)
        self.compare_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        compare_box = QGroupBox(self.tr("Site comparison"))
        self.boxes = (rules_box, analyse_box, compare_box)
        QVBoxLayout(compare_box).addWidget(self.compare_table)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(rules_box)
        layout.addWidget(analyse_box)
        layout.addWidget(compare_box, 1)

        # The dock shares its width with the map: let buttons and spin boxes
        # shrink (their text elides) instead of forcing a wide dock.
        for widget in self.findChildren(QPushButton) + self.findChildren(QDoubleSpinBox):
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            widget.setMinimumWidth(40)
        self.set_ruleset(default_ruleset())
        window.project_changed.connect(lambda *_: self._bind_project())
        self._bind_project()

    # language ---------------------------------------------------------------
    def changeEvent(self, event):  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every fixed text again in the current language (on QEvent.LanguageChange)."""
        for button, text in ((self.draw_button, translate("SitingPanel", "Draw site")), (self.vertex_button, translate("SitingPanel", "Edit vertices")),
                             (self.move_button, translate("SitingPanel", "Move / delete")), (self.rule_buttons[0], translate("SitingPanel", "Load rules…")),
                             (self.rule_buttons[1], translate("SitingPanel", "Save rules…")), (self.rule_buttons[2], translate("SitingPanel", "Default rules")),
                             (self.analyse_button, translate("SitingPanel", "Analyse selected site")),
                             (self.analyse_all_button, translate("SitingPanel", "Analyse all sites")),
                             (self.add_turbine_button, translate("SitingPanel", "Add turbine…"))):
            button.setText(text)
        for box, text in zip(self.boxes, (self.tr("Constraint rules"), self.tr("Layout and yield"), self.tr("Site comparison"))):
            box.setTitle(text)
        self.rule_table.setHorizontalHeaderLabels(rule_headers())
        self.compare_table.setHorizontalHeaderLabels(compare_headers())
        for i, rule in enumerate(self._rules_meta):
            item = self.rule_table.item(i, 4)
            if item is not None:
                item.setText(", ".join(kind_text(k) for k in rule.applies_to))
        if not self._analysed:
            self.result_label.setText(self.tr("Select a site on the map, then analyse it."))
        self.refresh_comparison()

    # project binding ------------------------------------------------------
    @property
    def project(self):
        return self.window.project

    def _bind_project(self) -> None:
        self._bindings.disconnect_all()
        self._bindings.connect(self.project.events.tables, lambda **kw: self.refresh_comparison()
                               if kw.get("name") == ANALYSIS_TABLE else None)
        self._bindings.connect(self.project.layers.events.changed, lambda **kw: self.refresh_comparison())
        self._bindings.connect(self.project.events.weather, lambda **kw: self.refresh_comparison())
        sites = self.project.layers.get("candidate_sites")
        if sites is not None:
            self._bindings.connect(sites.events.data, lambda **kw: self.refresh_comparison(), key="sites")
        self.refresh_comparison()

    # rules ----------------------------------------------------------------
    def set_ruleset(self, ruleset: RuleSet) -> None:
        """Show ``ruleset`` in the rule table."""
        self._rules_meta = list(ruleset.rules)
        self._ruleset_name = ruleset.name
        table = self.rule_table
        table.setRowCount(len(ruleset.rules))
        for i, rule in enumerate(ruleset.rules):
            on = QTableWidgetItem()
            on.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            on.setCheckState(Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
            lang = ui_language()
            name = QTableWidgetItem(rule.title(lang))
            value = QTableWidgetItem(f"{rule.value:g}")
            cells = [on, name, value, QTableWidgetItem(UNIT_SYMBOLS.get(rule.unit, rule.unit)),
                     QTableWidgetItem(", ".join(kind_text(k) for k in rule.applies_to)),
                     QTableWidgetItem(rule.short_source(lang))]
            # the full reference (English) where the UI speaks English; the citation otherwise
            cells[5].setToolTip(rule.source if lang == "en" else rule.short_source(lang))
            for j, cell in enumerate(cells):
                if j not in (0, 2):
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(i, j, cell)
        table.resizeColumnsToContents()

    def ruleset(self) -> RuleSet:
        """The rule set as edited in the table.

        Raises
        ------
        InputError
            A value that is not a number (names the rule).
        """
        rules = []
        for i, base in enumerate(self._rules_meta):
            data = base.to_dict()
            data["enabled"] = self.rule_table.item(i, 0).checkState() == Qt.CheckState.Checked
            text = self.rule_table.item(i, 2).text().strip()
            try:
                data["value"] = float(text)
            except ValueError:
                raise InputError(self.tr("rule {rule}: value {value} is not a number; expected a number in {unit}").format(
                    rule=base.title("zh"), value=repr(text), unit=base.unit)) from None
            rules.append(Rule.from_dict(data))
        return RuleSet(self._ruleset_name, rules)

    def load_rules_dialog(self) -> None:
        from app.siting.constraints import RULESETS_DIR

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load rule set"), str(RULESETS_DIR), "JSON (*.json)")
        if path:
            try:
                self.set_ruleset(RuleSet.load(path))
            except USER_ERRORS as exc:
                self.window.show_error(exc)

    def save_rules_dialog(self) -> None:
        from app.siting.constraints import RULESETS_DIR

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save rule set"), str(RULESETS_DIR / "my_rules.json"), "JSON (*.json)")
        if path:
            try:
                self.ruleset().save(path)
            except USER_ERRORS as exc:
                self.window.show_error(exc)

    # tools ------------------------------------------------------------------
    def _uncheck_others(self, keep) -> None:
        for button in (self.draw_button, self.vertex_button, self.move_button):
            if button is not keep:
                button.setChecked(False)

    def _set_tool(self, button, tool) -> None:
        self._uncheck_others(button)
        canvas = self.window.canvas
        if not button.isChecked():
            canvas.set_map_tool(None)
            return
        canvas.set_map_tool(tool)
        canvas.setFocus()

    def start_drawing(self) -> None:
        from app.ui.site_form import open_site_form

        self.draw_button.setChecked(True)
        self._set_tool(self.draw_button, DrawPolygonTool(lambda polygon: open_site_form(self.window, polygon)))

    def _sites_layer(self):
        return self.project.layers.get("candidate_sites")

    def start_vertex_edit(self) -> None:
        self.vertex_button.setChecked(True)
        self._set_tool(self.vertex_button, VertexEditTool(self._sites_layer, lambda: self.project.undo_stack))

    def start_move(self) -> None:
        self.move_button.setChecked(True)
        self._set_tool(self.move_button, MoveFeatureTool(self._sites_layer, lambda: self.project.undo_stack))

    # analysis -----------------------------------------------------------------
    def selected_site_id(self) -> str:
        layer = self._sites_layer()
        if layer is None or not layer.selection:
            raise InputError(self.tr("No site selected: select a candidate site on the map or in the comparison table."))
        fid = sorted(layer.selection)[0]
        return str(layer.gdf.loc[fid, "site_id"])

    def _parameters(self, site_id: str) -> dict:
        """The ``site_analysis`` parameters of ``site_id``: the rule table, the form, the window's project.

        Raises InputError (shown under the form's field it names) before anything runs.
        """
        params = {**self.params_form.values(), "rules": self.ruleset(), "project": self.project, "site_id": site_id}
        self.params_form.clear_errors()
        try:
            self.algorithm.check(params)
        except InputError as exc:
            self.params_form.show_error(exc)
            raise
        return params

    def add_turbine_dialog(self):
        """Add a turbine from a maker's datasheet CSV into the user library and the project (undoable)."""
        from app.ui.panels.turbine_dialog import TurbineDialog

        dialog = TurbineDialog(self)
        if dialog.exec():
            try:
                dialog.apply(self.project)
            except Exception as exc:  # noqa: BLE001 - the one path that shows a readable message
                self.window.show_error(exc)
                return None
            return dialog.turbine
        return None

    def analyse_selected(self):
        try:
            site_id = self.selected_site_id()
            params = self._parameters(site_id)
        except ValueError as exc:  # InputError, or a rule the table cannot hold
            self.window.show_error(exc)
            return None
        return run_algorithm(self.window, self.algorithm, params, self._apply_results,
                             title=self.tr("Analysing site {id}").format(id=site_id))

    def analyse_all(self):
        layer = self._sites_layer()
        ids = [] if layer is None else layer.gdf["site_id"].astype(str).tolist()
        try:
            params = self._parameters(ids[0] if ids else "")
        except ValueError as exc:  # InputError, or a rule the table cannot hold
            self.window.show_error(exc)
            return None
        site_analysis = self.algorithm

        def work(feedback):
            count = max(len(ids), 1)
            return [site_analysis.run({**params, "site_id": sid}, feedback.scaled(i / count, (i + 1) / count))
                    for i, sid in enumerate(ids)]

        return self.window.run_task(self.tr("Analysing all sites"), work, self._apply_results)

    def _apply_results(self, results) -> None:
        results = results if isinstance(results, list) else [results]
        commands = [analysis_command(self.project, r) for r in results]
        if len(commands) == 1:
            self.project.undo_stack.push(commands[0])
        elif commands:
            self.project.undo_stack.push(CompoundCommand(commands, self.tr("analyse all sites")))
        self._analysed = True
        self.result_weather.stamp(results[-1].weather_source or None)
        self.result_label.setText(self.describe(results[-1]) if len(results) == 1 else
                                  translate("SitingPanel", "{n} sites analysed.").format(n=len(results)))
        self.show_charts(results[-1] if len(results) == 1 else None)
        self.window.canvas.refresh()

    @staticmethod
    def describe(result) -> str:
        """The result text a planner reads under the buttons."""
        lines = [translate("SitingPanel", "{id} {name}: eligible {elig:.2f} of {area:.2f} km²").format(
            id=result.site_id, name=result.name, elig=result.eligible_area_km2, area=result.site_area_km2)]
        if result.turbines:
            lines.append(translate("SitingPanel", "{n} turbines, {mw:.1f} MW, spacing {a:.0f} × {b:.0f} m").format(
                n=result.turbines, mw=result.capacity_mw, a=result.spacing_m[0], b=result.spacing_m[1]))
        elif result.capacity_mw:
            lines.append(translate("SitingPanel", "PV {mw:.1f} MWp").format(mw=result.capacity_mw))
        if result.net_mwh == result.net_mwh and result.net_mwh:  # not NaN
            lines.append(translate("SitingPanel", "net {net:,.0f} MWh/yr (wake loss {w:.1f} %), capacity factor {cf:.1%}").format(
                net=result.net_mwh, w=result.wake_loss_pct, cf=result.capacity_factor))
        if getattr(result, "losses_pct", None):
            lines.append(translate("SitingPanel", "{h:,.0f} net full-load hours; losses: wake {wake:.1f} %, availability {a:.1f} %, "
                            "electrical {e:.1f} %, other {o:.1f} %").format(
                h=result.net_full_load_hours, wake=result.losses_pct["wake"], a=result.losses_pct["availability"],
                e=result.losses_pct["electrical"], o=result.losses_pct["other"]))
            # the model and its parameters (the direction and speed steps are in the report)
            model = getattr(result.wake_model, "params", {}).get("model", result.wake_model)
            lines.append(translate("SitingPanel", "wake model: {model}").format(model=message_text(model)))
            if result.uncertainty_pct:
                lines.append(translate("SitingPanel", "climate uncertainty ±{u:.0f} %").format(u=result.uncertainty_pct))
            if result.published_check:
                lines.append(message_text(result.published_check["note"]))
        if result.excluded is not None and len(result.excluded):
            # the rules by their titles in the UI language (the table stores the analysis language's)
            parts = ", ".join(f"{value_text('excluded_areas', 'rule_id', r.rule_id, ui_language()) or r.rule_title} "
                              f"{r.area_km2:.2f} km²" for r in result.excluded.itertuples())
            lines.append(translate("SitingPanel", "excluded: {parts}").format(parts=parts))
        if result.reason:
            lines.append(translate("SitingPanel", "⚠ {reason}").format(reason=message_text(result.reason)))
        return "\n".join(lines)

    # comparison ----------------------------------------------------------------
    def comparison_frame(self) -> pd.DataFrame:
        """Every candidate site with the last analysis of it (NaN where not analysed)."""
        layer = self._sites_layer()
        if layer is None:
            return pd.DataFrame(columns=list(COMPARE_COLUMNS))
        sites = pd.DataFrame(layer.gdf.drop(columns=layer.gdf.geometry.name))
        sites["site_id"] = sites["site_id"].astype(str)
        from app.siting.site_analysis import county_name

        sites["county"] = [county_name(self.project, a) for a in sites.get("county_adcode", [""] * len(sites))]
        done = self.project.tables.get(ANALYSIS_TABLE)
        numeric = ["eligible_area_km2", "capacity_mw", "turbines", "net_mwh", "capacity_factor", "wake_loss_pct",
                   "net_full_load_hours"]
        sites["weather_source"] = sites["weather_given"] = ""
        if done is not None and len(done):
            done = done.assign(site_id=done["site_id"].astype(str)).set_index("site_id")
            for c in numeric:
                sites[c] = sites["site_id"].map(done[c]) if c in done else float("nan")
            for column in ("weather_source", "weather_given"):
                if column in done:
                    sites[column] = sites["site_id"].map(done[column]).fillna("")
        else:
            for c in numeric:
                sites[c] = float("nan")
        return sites.reindex(columns=list(COMPARE_COLUMNS) + ["weather_source", "weather_given"])

    def refresh_comparison(self) -> None:
        from PySide6.QtGui import QColor

        from app.project.weather import weather_source

        from app.siting.site_analysis import stale_site_ids

        frame = self.comparison_frame()
        current = weather_source(self.project)
        outline_stale = set(stale_site_ids(self.project))
        self.outline_stale_label.setVisible(bool(outline_stale))
        self.outline_stale_label.setText(self.tr("⚠ Out of date — re-run the analysis of {sites}: the outline "
                                                 "changed after it was analysed (hatched on the map).").format(
            sites=", ".join(sorted(outline_stale))))
        table = self.compare_table
        table.setSortingEnabled(False)
        table.setRowCount(len(frame))
        formats = {"eligible_area_km2": ".2f", "capacity_mw": ".1f", "turbines": ".0f", "net_mwh": ",.0f",
                   "capacity_factor": ".3f", "wake_loss_pct": ".1f", "net_full_load_hours": ",.0f"}
        for i, row in enumerate(frame.itertuples(index=False)):
            for j, column in enumerate(COMPARE_COLUMNS):
                value = getattr(row, column)
                if column in ("kind", "status") and isinstance(value, str):  # keys -> their names
                    value = kind_text(value) if column == "kind" else status_text(value)
                item = _NumberItem(value, formats[column]) if column in formats else QTableWidgetItem(
                    "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value))
                used, given = str(row.weather_source or ""), str(row.weather_given or "")
                # out of date: computed from a weather the project gave then and no longer has (a wind
                # site's documented climate does not follow the project's weather)
                if column in ("net_mwh", "capacity_factor") and given and used.startswith(given) and given != current:
                    # computed with another weather than the project's: out of date until analysed again
                    item.setForeground(QColor("#b35806"))
                    item.setToolTip(self.tr("Out of date: computed with {old}; the project's weather is now {new}")
                                    .format(old=used, new=current))
                if str(row.site_id) in outline_stale and column not in ("site_id", "name", "kind", "status"):
                    item.setForeground(QColor("#b35806"))
                    item.setToolTip(self.tr("Out of date: the site's outline changed after this analysis; "
                                            "analyse it again"))
                table.setItem(i, j, item)
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()
        table.setColumnWidth(1, min(table.columnWidth(1), 110))  # long Chinese names would hide the figures

    def _compare_clicked(self, row: int, _column: int) -> None:
        item = self.compare_table.item(row, 0)
        layer = self._sites_layer()
        if item is None or layer is None:
            return
        ids = layer.gdf.index[layer.gdf["site_id"].astype(str) == item.text()].tolist()
        layer.select(ids)
        if ids:
            x0, y0, x1, y1 = layer.gdf.loc[ids].total_bounds
            pad = max(x1 - x0, y1 - y0) * 0.3
            self.window.canvas.zoom_to((x0 - pad, y0 - pad, x1 + pad, y1 + pad))

    # charts -------------------------------------------------------------------
    def show_charts(self, result) -> None:
        """The site's wind rose and loss waterfall (the report's charts) under the result text."""
        from app.export.charts import loss_waterfall_png, wind_rose_png

        climate = getattr(result, "wind_climate", None) or {}
        waterfall = getattr(result, "waterfall", None)
        visible = bool(climate.get("rose_frequency")) and waterfall is not None
        self.rose_label.setVisible(visible)
        self.waterfall_label.setVisible(visible)
        if not visible:
            return
        compass = (translate("SitingPanel", "N"), translate("SitingPanel", "E"), translate("SitingPanel", "S"), translate("SitingPanel", "W"))
        rose = wind_rose_png(climate["rose_sectors_deg"], climate["rose_frequency"], translate("SitingPanel", "Wind rose at hub height"),
                             width_in=2.0, compass=compass, energy=climate.get("rose_energy") or None,
                             energy_label=translate("SitingPanel", "energy"), frequency_label=translate("SitingPanel", "frequency"))
        labels = {"gross": translate("SitingPanel", "Gross"), "wake": translate("SitingPanel", "Wake"), "availability": translate("SitingPanel", "Availability"),
                  "electrical": translate("SitingPanel", "Electrical"), "other": translate("SitingPanel", "Other"), "net": translate("SitingPanel", "Net")}
        fall = loss_waterfall_png(waterfall.steps(), labels, translate("SitingPanel", "Losses (GWh/yr)"), width_in=3.4, height_in=1.9)
        for label, png in ((self.rose_label, rose), (self.waterfall_label, fall)):
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            # the dock shares its height with the rules and the comparison table: charts 125 px high
            label.setPixmap(pixmap.scaledToHeight(125, Qt.TransformationMode.SmoothTransformation))
