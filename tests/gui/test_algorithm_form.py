"""Forms generated from the algorithms' declarations (app.ui.algorithm_form), driven as a user would.

A declared parameter gives the right widget (spin box with unit suffix and
bounds, combo, check box, file picker, collapsible mapping), the form reads
back into the dict the algorithm checks, errors land under their field, the
titles are translated, and a run goes through the window's task runner with
progress and cancel.
"""
from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QMainWindow, QSpinBox, QToolButton

from app.core.algorithm import Algorithm, Parameter, algorithms, get
from app.core.errors import CancelledError, InputError
from app.ui.algorithm_form import AlgorithmForm, run_algorithm

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"


class Toy(Algorithm):
    name = "toy_form"
    title = "Toy"
    parameters = (
        Parameter("hub_height", "float", title="Hub height", unit="m", minimum=10, maximum="wind.max_hub_height",
                  decimals=1, help="height of the rotor centre above ground"),
        Parameter("count", "int", minimum=1, maximum=50, default=3),
        Parameter("dc_ac_ratio", "float", default_from="pv.dc_ac_ratio", minimum=0.5, maximum=3),
        Parameter("mount", "enum", default="open_rack",
                  choices=(("roof", "Roof (close mount)"), ("open_rack", "Open rack (ground)"))),
        Parameter("built_only", "bool", title="Built components only", default=False),
        Parameter("spacing", "pair", unit="D", default_from=("siting.spacing_cross_wind_d",
                                                             "siting.spacing_down_wind_d"), minimum=1, maximum=20),
        Parameter("losses", "mapping", title="Losses", unit="%", fields=(
            Parameter("soiling", "float", default_from="pv.soiling_loss", minimum=0, maximum=100),)),
        Parameter("rules", "file", optional=True, extensions=(".json",)),
        Parameter("kwp", "float", unit="kWp", minimum=0, exclusive_minimum=True, decimals=1, default=100.0),
    )

    def process(self, values, feedback):
        return values


def test_each_declared_type_gets_its_widget(qtbot):
    form = AlgorithmForm.for_algorithm(Toy(), object_prefix="toy_")
    qtbot.addWidget(form)
    hub = form.widget("hub_height")
    assert isinstance(hub, QDoubleSpinBox) and hub.objectName() == "toy_hub_height"
    assert (hub.minimum(), hub.maximum(), hub.suffix(), hub.decimals()) == (10, 200, " m", 1)
    assert hub.toolTip() == "height of the rotor centre above ground" and form.label("hub_height").text() == "Hub height"
    count = form.widget("count")
    assert isinstance(count, QSpinBox) and (count.minimum(), count.maximum(), count.value()) == (1, 50, 3)
    ratio = form.widget("dc_ac_ratio")
    assert ratio.value() == 1.2 and "PVWatts" in ratio.toolTip()  # default and source from pv.json
    assert form.label("dc_ac_ratio").text() == "DC/AC ratio"
    mount = form.widget("mount")
    assert isinstance(mount, QComboBox) and mount.currentData() == "open_rack"
    assert [mount.itemText(i) for i in range(mount.count())] == ["Roof (close mount)", "Open rack (ground)"]
    built = form.widget("built_only")
    assert isinstance(built, QCheckBox) and built.text() == "Built components only" and not built.isChecked()
    cross, down = form.widget("spacing").spins
    assert (cross.value(), down.value(), cross.suffix()) == (5.0, 8.0, " D")
    toggle = form.toggles["losses"]
    assert isinstance(toggle, QToolButton) and toggle.text() == "Losses [%]" and not form.boxes["losses"].isVisibleTo(form)
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert form.boxes["losses"].isVisibleTo(form) and form.widget("losses").widget("soiling").suffix() == " %"
    assert form.widget("rules").button.text() == "…"
    assert form.widget("kwp").minimum() == pytest.approx(0.1)  # > 0 at the shown decimals


def test_the_form_reads_back_into_the_checked_parameters(qtbot):
    toy = Toy()
    form = AlgorithmForm.for_algorithm(toy)
    qtbot.addWidget(form)
    form.show()
    assert toy.check(form.values()) == {**toy.defaults(), "hub_height": 10.0}  # a required number starts at its minimum
    form.widget("hub_height").clear()
    qtbot.keyClicks(form.widget("hub_height"), "135")
    form.widget("mount").setCurrentIndex(0)
    built = form.widget("built_only")
    qtbot.mouseClick(built, Qt.MouseButton.LeftButton, pos=QPoint(6, built.height() // 2))  # on the box
    form.widget("spacing").spins[1].setValue(9)
    form.widget("losses").widget("soiling").setValue(4)
    values = toy.check(form.values())
    assert (values["hub_height"], values["mount"], values["built_only"], values["spacing"]) == (135, "roof", True, (5, 9))
    assert values["losses"] == {"soiling": 4.0} and values["rules"] is None
    # typing past a bound: the spin box keeps the declared maximum
    form.widget("hub_height").clear()
    qtbot.keyClicks(form.widget("hub_height"), "999")
    assert form.widget("hub_height").value() <= 200
    form.reset()
    assert form.values()["mount"] == "open_rack" and form.values()["losses"] == {"soiling": 2.0}


def test_an_input_error_shows_under_the_field_it_names(qtbot):
    form = AlgorithmForm.for_algorithm(Toy())
    qtbot.addWidget(form)
    form.show()
    with pytest.raises(InputError) as caught:
        Toy().check({**form.values(), "losses": "soiling=150"})
    assert form.show_error(caught.value)
    # the UI names the field by its title (the command line by its option: losses.soiling)
    assert str(caught.value) == "losses.soiling: expected a number in 0..100 [%], got 150"
    assert form.error("losses.soiling") == "Soiling loss: expected a number in 0..100 [%], got 150"
    assert form.boxes["losses"].isVisible()  # opened to show it
    with pytest.raises(InputError) as caught:
        Toy().check({**form.values(), "count": 0})
    assert form.show_error(caught.value) and form.error("count").startswith("Count: expected")
    form.widget("count").setValue(4)  # editing clears the message
    assert form.error("count") == ""
    assert not form.show_error(InputError("unrelated", params={"parameter": "elsewhere"}))
    assert not form.show_error(ValueError("not ours"))


def test_every_registered_algorithm_builds_a_form_that_checks(qtbot):
    required = {"pv": {"kwp": 10.0}, "wind": {"turbine_type": "E-126/4200", "hub_height": 135.0},
                "rooftop": {"buildings": __file__}, "report": {"out": str(Path(__file__).with_suffix(".pdf"))}}
    for name, algorithm in algorithms().items():
        form = AlgorithmForm.for_algorithm(algorithm, advanced=True)
        qtbot.addWidget(form)
        values = {**form.values(), **required.get(name, {})}
        if any(p.type == "site" for p in algorithm.parameters):
            values["site_id"] = "CS-01"
        checked = algorithm.check(values)
        for parameter in algorithm.parameters:
            if parameter.name in form.parameters and parameter.default_value() is not None:
                assert checked[parameter.name] == pytest.approx(parameter.default_value()) \
                    if isinstance(parameter.default_value(), float) else checked[parameter.name] == parameter.default_value()


def test_titles_are_translated_through_qt(qtbot):
    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import LanguageManager

    form = AlgorithmForm.for_algorithm(get("pv"), ("kwp", "mount", "dc_ac_ratio", "losses"))
    island = AlgorithmForm.for_algorithm(get("island"), ("built_only",))
    qtbot.addWidget(form)
    qtbot.addWidget(island)
    manager = LanguageManager(QApplication.instance())
    try:
        manager.set_language("zh")
        assert form.label("kwp").text() == "装机容量"
        assert form.label("dc_ac_ratio").text() == "容配比"  # seeded from pv.json title_zh
        assert form.widget("mount").itemText(0) == "屋顶（贴近安装）"
        assert form.toggles["losses"].text() == "系统损失 [%]"
        assert island.widget("built_only").text() == "仅计已建组件"
    finally:
        manager.set_language("en")
    assert form.label("kwp").text() == "Capacity" and island.widget("built_only").text() == "Built components only"


def test_optional_parameters_offer_left_out_and_data_titles(qtbot):
    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import LanguageManager

    windfarm = get("windfarm")
    form = AlgorithmForm.for_algorithm(windfarm, ("direction", "wake_model"))
    qtbot.addWidget(form)
    direction, wake = form.widget("direction"), form.widget("wake_model")
    assert form.values() == {"direction": None, "wake_model": None}  # left out: the analysis decides
    assert direction.specialValueText() == "from the wind rose" and direction.value() == direction.minimum()
    assert wake.itemText(0) == "Default for the site kind (TurbOPark offshore, Jensen onshore)"
    turbopark = wake.findData("turbopark")
    assert wake.itemText(turbopark) == "TurbOPark (Ørsted)"  # the wake-model table's own title
    form.set_values({"direction": 45.0, "wake_model": "turbopark"})
    values = windfarm.check({**form.values(), "site_id": "CS-01"})
    assert (values["direction"], values["wake_model"]) == (45.0, "turbopark")
    form.set_values({"direction": None, "wake_model": None})
    assert form.values() == {"direction": None, "wake_model": None}
    manager = LanguageManager(QApplication.instance())
    try:
        manager.set_language("zh")
        assert wake.itemText(turbopark) == "TurbOPark 湍流优化模型" and direction.specialValueText() == "按风玫瑰"
        assert form.label("wake_model").text() == "尾流模型"
    finally:
        manager.set_language("en")


def declared_texts() -> set[str]:
    """Every text the forms translate in context "Algorithm" (titles from assumptions use their title_zh)."""
    from app.core import assumptions

    texts = {"All files"}

    def add(parameter) -> None:
        key = parameter.default_from[0] if isinstance(parameter.default_from, tuple) else parameter.default_from
        if not (key and assumptions.get(key).title_en == parameter.title):
            texts.add(parameter.title)
        qt_titles = (choice[1] for choice in parameter.choices if len(choice) == 2)  # triples carry their zh
        texts.update(text for text in (parameter.help, parameter.default_text, *qt_titles) if text)
        for field in parameter.fields:
            add(field)

    for algorithm in algorithms().values():
        texts.add(algorithm.title)
        for parameter in algorithm.parameters:
            add(parameter)
    return texts


def test_lupdate_finds_every_declared_text_and_each_is_translated(tmp_path):
    """Declared texts are marked QT_TRANSLATE_NOOP("Algorithm", ...): lupdate sees them, the .ts translates them."""
    import subprocess
    import sys

    root = TS_DIR.parents[1]
    sources = sorted(str(p) for p in (root / "app").rglob("algorithm*.py"))
    ts = tmp_path / "found.ts"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"), *sources, "-no-obsolete",
                    "-locations", "none", "-ts", str(ts)], check=True, capture_output=True)
    found = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(ts).getroot().iter("context")
             for m in c.iter("message") if c.findtext("name") == "Algorithm"}  # (the modules' messages are others)
    assert found == {("Algorithm", text) for text in declared_texts()}
    shipped = {m.findtext("source"): m.find("translation")
               for c in ET.parse(TS_DIR / "lygsite_zh_CN.ts").getroot().iter("context")
               if c.findtext("name") == "Algorithm" for m in c.iter("message")}
    assert set(shipped) == declared_texts()
    assert all(t.get("type") is None and t.text for t in shipped.values())


# ---------------------------------------------------------------------------
# running through the window's task runner


class _Window(QMainWindow):
    def __init__(self):
        super().__init__()
        self._tasks, self.errors = [], []

    def run_task(self, title, function, on_done=None, cancellable=True):
        from app.ui.tasks import start_task

        return start_task(self, title, function, on_done, cancellable)

    def show_error(self, exc, details=None):
        self.errors.append(exc)


class _Gate(Algorithm):
    """Reports, then waits for the test before its next report (so Cancel lands mid-run)."""

    name = "gate"
    title = "Gate"
    parameters = (Parameter("steps", "int", minimum=1, default=3),)

    def __init__(self):
        self.started, self.release, self.reports = threading.Event(), threading.Event(), []

    def process(self, values, feedback):
        for step in range(values["steps"]):
            feedback(step / values["steps"], f"step {step}")
            self.reports.append(step)
            self.started.set()
            self.release.wait(10)
        return "finished"


def test_run_algorithm_goes_off_the_gui_thread_and_cancel_drops_the_result(qtbot):
    window = _Window()
    qtbot.addWidget(window)
    done = []
    gate = _Gate()
    handle = run_algorithm(window, gate, {"steps": 3}, done.append)
    assert gate.started.wait(10) and handle.is_running
    handle.cancel()
    gate.release.set()
    qtbot.waitUntil(lambda: not handle.is_running, timeout=10000)
    assert isinstance(handle.error, CancelledError) and done == [] and window.errors == []
    assert gate.reports == [0]  # stopped at the report after the cancel
    assert "cancelled" in window.statusBar().currentMessage()
    # without a cancel the result arrives on the GUI thread
    gate = _Gate()
    gate.release.set()
    handle = run_algorithm(window, gate, {"steps": 2}, done.append)
    qtbot.waitUntil(lambda: not handle.is_running, timeout=10000)
    assert done == ["finished"] and handle.error is None


def test_bad_parameters_reach_the_window_s_error_path(qtbot):
    window = _Window()
    qtbot.addWidget(window)
    handle = run_algorithm(window, _Gate(), {"steps": 0})
    qtbot.waitUntil(lambda: not handle.is_running, timeout=10000)
    assert len(window.errors) == 1 and window.errors[0].code == "below_minimum"
