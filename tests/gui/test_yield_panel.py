"""Yield panel: site from the map selection, PV and wind runs against the core, field errors, weather import.

The reference numbers come from the core itself (:func:`app.resource.pv.pv_yield`,
:func:`app.resource.wind.wind_yield`) called with the same inputs the user sees
in the panel: the panel must show them, not compute its own.
"""
from __future__ import annotations

import os
import re
import types
import warnings

import pytest
from PySide6.QtCore import QPointF, Qt

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.sample.demo import build_demo_project  # noqa: E402
from app.core.errors import InputError  # noqa: E402
from app.ui.panels import yield_panel  # noqa: E402

from tests.shared_data import GANYU_EPW  # noqa: E402


class _Signal:
    def __init__(self):
        self.slots = []

    def connect(self, slot):
        self.slots.append(slot)

    def emit(self, *args):
        for slot in self.slots:
            slot(*args)


@pytest.fixture(scope="module")
def project():
    return build_demo_project()


@pytest.fixture
def window(project):
    errors, titles = [], []

    def run_task(title, fn, done, cancellable=True):
        titles.append(title)
        done(fn(lambda *a: True))

    win = types.SimpleNamespace(project=project, canvas=None, run_task=run_task, show_error=errors.append,
                                project_changed=_Signal())
    win.errors, win.titles = errors, titles
    yield win
    for layer in project.layers.vector_layers():
        layer.clear_selection()


@pytest.fixture
def panel(qtbot, window):
    widget = yield_panel.create_panel(window)
    qtbot.addWidget(widget)
    widget.resize(420, 1000)
    widget.show()
    return widget


def _number(text: str) -> float:
    """The first number of a label ("1,234 kWh (1.2 MWh)" -> 1234.0)."""
    return float(re.search(r"-?[\d,]+(?:\.\d+)?", text).group(0).replace(",", ""))


def test_title_and_registry():
    from app.ui.panels import PANEL_MODULES

    assert yield_panel.PANEL_KEY == "yield" and PANEL_MODULES["yield"] == yield_panel.__name__
    assert yield_panel.title() == "Yield"


def test_selecting_a_candidate_site_fills_lat_lon_and_system(panel, project):
    sites = project.vector("candidate_sites")
    fid = sites.gdf.index[sites.gdf["site_id"] == "CS-01"][0]
    sites.select([fid])
    point = sites.gdf.loc[fid].geometry.representative_point()
    assert panel.lat_edit.value() == pytest.approx(point.y, abs=1e-5)
    assert panel.lon_edit.value() == pytest.approx(point.x, abs=1e-5)
    assert "CS-01" in panel.site_label.text()
    # a wind site: the wind page with the site's turbine, hub height and land roughness
    row = sites.gdf.loc[fid]
    assert panel.system() == "wind"
    assert panel.turbine_combo.currentText() == row["turbine_type"]
    assert panel.hub_height_edit.value() == row["hub_height_m"]
    assert panel.roughness_combo.currentData() == "land"
    # an offshore PV site: PV page, floating mount, planned capacity in kWp
    pv_fid = sites.gdf.index[sites.gdf["kind"] == "pv_offshore"][0]
    sites.select([pv_fid])
    assert panel.system() == "pv" and panel.mount_combo.currentData() == "float"
    assert panel.kwp_edit.value() == pytest.approx(sites.gdf.loc[pv_fid, "capacity_mw"] * 1000.0)


def test_selecting_a_building_defaults_kwp_from_the_roof(panel, project):
    from app.siting.rooftop import roof_potential

    buildings = project.vector("buildings")
    fid = buildings.gdf.index[0]
    buildings.select([fid])
    expected = roof_potential(buildings.gdf.loc[[fid]], specific_yield=lambda t, a: 0.0).iloc[0]
    assert panel.system() == "pv" and panel.mount_combo.currentData() == "roof"
    assert panel.kwp_edit.value() == pytest.approx(expected["pot_kwp"], abs=0.05)
    assert panel.tilt_edit.value() == expected["pv_tilt"]
    assert "Building" in panel.site_label.text()


def test_pv_run_with_defaults_shows_the_core_numbers(qtbot, panel, window):
    from app.resource.pv import pv_yield
    from app.resource.weather import default_weather

    panel.lat_edit.setValue(34.6)
    panel.lon_edit.setValue(119.2)
    panel.set_system("pv")
    assert panel.annual_label.text() == "—"
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert window.errors == [] and window.titles == ["Yield: PV"]
    reference = pv_yield(34.6, 119.2, yield_panel.DEFAULT_KWP, yield_panel.DEFAULT_TILT,
                         yield_panel.DEFAULT_AZIMUTH, "open_rack", default_weather())
    assert _number(panel.annual_label.text()) == round(reference.annual_kwh)
    assert _number(panel.specific_label.text()) == round(reference.specific_yield_kwh_per_kwp)
    assert _number(panel.cf_label.text()) == pytest.approx(100 * reference.capacity_factor, abs=0.05)
    assert _number(panel.co2_label.text()) == pytest.approx(reference.avoided_co2_t, abs=0.05)
    # monthly chart (MWh once a month passes 10 MWh, as 100 kWp does), weather named under it
    chart = panel.chart.plotted
    assert chart["kind"] == "bar" and len(chart["categories"]) == 12
    assert max(reference.monthly_kwh) > 10_000
    assert chart["values"] == pytest.approx([v / 1000 for v in reference.monthly_kwh]) and "MWh" in chart["ylabel"]
    assert reference.weather_source in panel.chart_weather_label.text()
    assert panel.run_button.isEnabled()


def test_wind_run_shows_full_load_hours(qtbot, panel, window, project):
    from app.resource.weather import default_weather
    from app.resource.wind import wind_yield

    sites = project.vector("candidate_sites")
    sites.select([sites.gdf.index[sites.gdf["site_id"] == "CS-01"][0]])
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert window.errors == [] and window.titles == ["Yield: wind"]
    reference = wind_yield(panel.turbine_combo.currentText(), panel.hub_height_edit.value(),
                           default_weather(), "land")
    assert panel.specific_title.text() == "Full-load hours"
    assert _number(panel.specific_label.text()) == round(reference.full_load_hours)
    assert _number(panel.annual_label.text()) == round(reference.annual_kwh)
    assert panel.chart.plotted["values"] == pytest.approx([v / 1000 for v in reference.monthly_kwh])  # MWh
    assert "MWh" in panel.chart.plotted["ylabel"]


def test_fields_carry_the_declared_units_bounds_and_defaults(qtbot, panel, window):
    """The forms are the pv/wind algorithms' declarations: what the user cannot type, the spin box refuses."""
    from app.core.algorithm import get

    pv = get("pv")
    assert panel.kwp_edit.suffix() == " kWp" and panel.kwp_edit.minimum() > 0
    assert (panel.tilt_edit.minimum(), panel.tilt_edit.maximum()) == (0, 90) and panel.tilt_edit.suffix() == "°"
    assert panel.dc_ac_edit.value() == pv.parameter("dc_ac_ratio").default_value() == 1.2
    assert [panel.mount_combo.itemData(i) for i in range(panel.mount_combo.count())] == ["roof", "open_rack", "float"]
    assert panel.mount_combo.itemText(0) == "Roof (close mount)"
    soiling = panel.loss_edits["soiling"]
    assert soiling.value() == 2.0 and (soiling.minimum(), soiling.maximum()) == (0, 100)
    # typing a negative capacity: the spin box keeps the declared bound, the run uses a valid value
    panel.set_system("pv")
    panel.kwp_edit.clear()
    qtbot.keyClicks(panel.kwp_edit, "-5")
    panel.kwp_edit.interpretText()
    assert panel.kwp_edit.value() > 0
    assert panel.hub_height_edit.maximum() == 200 and panel.hub_height_edit.suffix() == " m"


def test_an_input_error_naming_a_parameter_shows_under_its_field(panel, window):
    from app.core.algorithm import get

    with pytest.raises(InputError) as caught:
        get("pv").run({"latitude": 34.6, "longitude": 119.2, "kwp": -5, "tilt": 30, "azimuth": 180})
    assert caught.value.code == "below_minimum" and caught.value.params["parameter"] == "kwp"
    panel._show_run_error(caught.value)
    assert str(caught.value) == "kwp: expected a number > 0 [kWp], got -5"  # the command line's words
    assert panel.field_error("kwp") == "Capacity: expected a number > 0 [kWp], got -5"  # the form's: the title
    assert panel.field_error("tilt") == "" and window.errors == []
    panel.pv_form.set_value("kwp", 20.0)  # editing the field clears its message
    assert panel.field_error("kwp") == ""
    with pytest.raises(InputError) as caught:
        get("pv").check({"latitude": 34.6, "longitude": 119.2, "kwp": 1, "tilt": 30, "azimuth": 180,
                         "losses": "soiling=120"})
    panel._show_run_error(caught.value)
    assert "Soiling loss" in panel.field_error("losses.soiling") and panel.losses_box.isVisibleTo(panel)


def test_bad_hub_height_shows_next_to_its_field(panel, window):
    panel.set_system("wind")
    panel.hub_height_edit.setValue(10)
    panel.run()
    assert panel.field_error("hub_height").startswith("hub height 10 m out of range")
    assert window.titles == [] and window.errors == []


def test_panel_names_the_projects_weather_and_opens_the_one_place_to_change_it(panel, window):
    assert "default year" in panel.weather_label.text()
    opened = []
    window.project_weather_dialog = lambda: opened.append(1)
    panel.change_weather()
    assert opened == [1]


@pytest.mark.skipif(not GANYU_EPW.exists(), reason="shared Ganyu EPW not available")
def test_projects_weather_is_used_named_and_a_change_marks_the_result_out_of_date(panel, window, project):
    from app.project.weather import set_project_weather
    from app.resource.importers import read_weather
    from app.resource.pv import pv_yield

    set_project_weather(project, GANYU_EPW)
    try:
        assert "EPW: CHN_Jiangsu.Ganyu.580400_CSWD.epw" in panel.weather_label.text()
        panel.lat_edit.setValue(34.83)
        panel.lon_edit.setValue(119.13)
        panel.set_system("pv")
        panel.run()
        reference = pv_yield(34.83, 119.13, yield_panel.DEFAULT_KWP, 30, 180, "open_rack", read_weather(GANYU_EPW))
        assert _number(panel.annual_label.text()) == round(reference.annual_kwh)
        assert "580400" in panel.chart_weather_label.text()
        assert not panel.stale_label.isVisibleTo(panel)
        project.undo_stack.undo()  # back to the default year
        assert "default year" in panel.weather_label.text()
        assert panel.stale_label.isVisibleTo(panel) and "Out of date" in panel.stale_label.text()
        panel.run()
        assert not panel.stale_label.isVisibleTo(panel)
    finally:
        project.undo_stack.clear()
        project.tables.pop("project_weather", None)


def test_chart_draws_chinese_without_missing_glyphs(qtbot):
    from app.ui.charts import ChartWidget, use_cjk_font

    chart = ChartWidget()
    qtbot.addWidget(chart)
    assert use_cjk_font() == "WenQuanYi Micro Hei"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        chart.bar(["1月", "2月"], [1.0, -2.0], title="逐月发电量", ylabel="电量 [MWh]", value_format="{:.0f}")
        chart.figure.canvas.draw()
        chart.lines([1, 2, 3], {"风电": [1, 2, 3], "光伏": [3, 2, 1]}, title="出力")
        chart.figure.canvas.draw()
    assert not [w for w in caught if "missing from" in str(w.message)]
    assert chart.plotted["kind"] == "lines" and list(chart.plotted["series"]) == ["风电", "光伏"]
    with pytest.raises(ValueError, match="one value per category"):
        chart.bar(["a"], [1.0, 2.0])


def test_chinese_translation_is_installed(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import LanguageManager

    manager = LanguageManager(QApplication.instance())
    try:
        manager.set_language("zh")
        assert yield_panel.title() == "发电量"
        panel = yield_panel.create_panel(window)
        qtbot.addWidget(panel)
        assert panel.run_button.text() == "计算" and panel.system_tabs.tabText(1) == "风电"
    finally:
        manager.set_language("en")
    assert panel.run_button.text() == "Run"  # retranslated on LanguageChange


def test_in_the_main_window_pick_point_and_threaded_run(qtbot, project):
    from tests.gui.map_fixtures import make_window

    from app.ui.map_tools import MapMouseEvent

    window = make_window(qtbot, project, size=(1300, 850))
    panel = window.panel_docks["yield"].widget()
    assert isinstance(panel, yield_panel.YieldPanel)
    qtbot.mouseClick(panel.pick_button, Qt.MouseButton.LeftButton)
    tool = window.canvas.map_tool
    assert isinstance(tool, yield_panel.PickPointTool)
    for handler in (tool.press, tool.release):
        handler(MapMouseEvent(119.3, 34.5, QPointF(10, 10), Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton,
                              Qt.KeyboardModifier.NoModifier))
    assert panel.lat_edit.value() == 34.5 and panel.lon_edit.value() == 119.3
    assert panel.site_label.text() == "Point picked on the map"
    assert not panel.pick_button.isChecked() and not isinstance(window.canvas.map_tool, yield_panel.PickPointTool)
    panel.set_system("pv")
    panel.kwp_edit.setValue(10)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_result is not None and panel.run_button.isEnabled(), timeout=20000)
    assert _number(panel.annual_label.text()) == round(panel.last_result.annual_kwh)
    assert window.last_error_box is None
