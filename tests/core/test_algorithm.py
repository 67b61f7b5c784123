"""Analyses declared once (DESIGN.md rule 5): parameters, checks, feedback, cancel, registry, CLI.

- a declared parameter gives the command-line option (name, type, choices,
  default with its assumption, unit in the help);
- a bad value gives an InputError naming the parameter, the value and the
  expected form, with a stable ``code`` and ``params``;
- a cancelled run stops at its next report and changes nothing;
- every registered algorithm runs headless on the demo project;
- the JSON of the generated commands keeps every key of the commands before
  them (recorded from the hand-written commands) and of CONTRACT.md.
"""
from __future__ import annotations

import argparse
import json

import numpy as np
import pyogrio
import pytest
from numpy.testing import assert_allclose

from app.cli import main
from app.cli.algorithms import DEST_PREFIX, add_algorithm_command, parameters_from_args
from app.core import assumptions
from app.core.algorithm import (PROJECT, WEATHER, Algorithm, Feedback, Parameter, algorithms, as_feedback, get,
                                register)
from app.core.errors import CancelledError, InputError
from app.sample.demo import build_demo_project


class Toy(Algorithm):
    """An algorithm declaring one parameter of each kind (not registered)."""

    name = "toy"
    title = "Toy"
    parameters = (
        PROJECT,
        Parameter("hub_height", "float", title="Hub height", unit="m", minimum=10, maximum="wind.max_hub_height"),
        Parameter("count", "int", minimum=1, default=3),
        Parameter("dc_ac_ratio", "float", default_from="pv.dc_ac_ratio", minimum=0.5, maximum=3),
        Parameter("mount", "enum", default="roof", choices=(("roof", "Roof"), ("float", "Floating"))),
        Parameter("scaling", "bool", default=True, help="scale it"),
        Parameter("built_only", "bool", default=False),
        Parameter("as_of", "date", optional=True),
        Parameter("out", "path", optional=True, extensions=(".pdf", ".xlsx")),
        Parameter("spacing", "pair", unit="D", default_from=("siting.spacing_cross_wind_d",
                                                             "siting.spacing_down_wind_d"), minimum=1, maximum=20),
        Parameter("losses", "mapping", unit="%", fields=(
            Parameter("soiling", "float", default_from="pv.soiling_loss", minimum=0, maximum=100),
            Parameter("shading", "float", default_from="pv.shading_loss", minimum=0, maximum=100))),
        Parameter("buildings", "file", optional=True),
        WEATHER,
    )
    exclusive = (("project", "buildings"),)

    def process(self, values, feedback):
        return values


def _parser(algorithm, **kwargs):
    parser = argparse.ArgumentParser(prog="lygsite")
    add_algorithm_command(parser.add_subparsers(dest="command"), algorithm, **kwargs)
    return parser


def _option(parser, command, flag):
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[command]
    return next(a for a in sub._actions if flag in a.option_strings)


# ---------------------------------------------------------------------------
# declaration -> command-line option


def test_declared_parameters_give_the_command_line_options():
    parser = _parser(Toy())
    hub = _option(parser, "toy", "--hub-height")
    assert hub.required and hub.metavar == "NUMBER" and hub.dest == DEST_PREFIX + "hub_height"
    assert "a number in 10..200 [m]" in hub.help  # the maximum read from wind.max_hub_height
    ratio = _option(parser, "toy", "--dc-ac-ratio")
    assert not ratio.required and "(default 1.2; assumption pv.dc_ac_ratio)" in ratio.help
    mount = _option(parser, "toy", "--mount")
    assert mount.metavar == "{roof,float}" and "roof = Roof" in mount.help and "(default roof)" in mount.help
    # a bool defaulting to True is switched off; one defaulting to False on
    assert _option(parser, "toy", "--no-scaling").const is False
    assert _option(parser, "toy", "--built-only").const is True
    losses = _option(parser, "toy", "--losses")
    assert isinstance(losses, argparse._AppendAction) and "soiling (2 %%)" in losses.help
    assert _option(parser, "toy", "--spacing").metavar == "AxB"
    # project and buildings are mutually exclusive on the command line too
    with pytest.raises(SystemExit):
        parser.parse_args(["toy", "--hub-height", "90", "--project", "a.gpkg", "--buildings", "b.gpkg"])
    args = parser.parse_args(["toy", "--hub-height", "90", "--no-scaling", "--losses", "soiling=3",
                              "--losses", "shading=1", "--spacing", "5x8"])
    given = parameters_from_args(args, Toy())
    assert given == {"hub_height": "90", "scaling": False, "losses": ["soiling=3", "shading=1"], "spacing": "5x8"}
    values = Toy().check(given)
    assert values["hub_height"] == 90.0 and values["losses"] == {"soiling": 3.0, "shading": 1.0}
    assert values["spacing"] == (5.0, 8.0) and values["count"] == 3 and values["dc_ac_ratio"] == 1.2


def test_the_real_commands_keep_the_contract_options():
    from app.cli import build_parser

    parser = build_parser()
    expected = {
        "pv": ["--lat", "--lon", "--kwp", "--tilt", "--azimuth", "--mount", "--weather", "--dc-ac-ratio", "--losses",
               "--module", "--json"],
        "wind": ["--turbine", "--hub-height", "--weather", "--roughness", "--json"],
        "rooftop": ["--buildings", "--out", "--weather", "--crs", "--encoding", "--layer", "--set", "--no-shading",
                    "--scheduler", "--json"],
        "coverage": ["--project", "--buildings", "--by", "--all-categories", "--crs", "--set", "--json"],
        "windfarm": ["--site-id", "--project", "--rules", "--spacing", "--direction", "--wake-model", "--weather",
                     "--json"],
        "island": ["--project", "--hub", "--built-only", "--weather", "--no-offshore-wind-scaling", "--json"],
        "progress": ["--project", "--as-of", "--json"],
        "report": ["--project", "--out", "--lang", "--json"],
    }
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    for command, flags in expected.items():
        present = {s for a in sub[command]._actions for s in a.option_strings}
        assert set(flags) <= present, (command, set(flags) - present)
    assert _option(parser, "rooftop", "--out").required  # the command requires what the GUI never asks for
    assert _option(parser, "pv", "--kwp").required and not _option(parser, "pv", "--mount").required


# ---------------------------------------------------------------------------
# checks: coded messages


@pytest.mark.parametrize("given, code, message", [
    ({"hub_height": 5}, "below_minimum", "hub_height: expected a number in 10..200 [m], got 5"),
    ({"hub_height": 250}, "above_maximum", "hub_height: expected a number in 10..200 [m], got 250"),
    ({"hub_height": "tall"}, "not_a_number", "hub_height: expected a number in 10..200 [m], got 'tall'"),
    ({"hub_height": 90, "count": 2.5}, "not_an_integer", "count: expected a whole number >= 1, got 2.5"),
    ({"hub_height": 90, "mount": "wall"}, "not_a_choice", "mount: expected one of roof, float, got 'wall'"),
    ({"hub_height": 90, "scaling": "maybe"}, "not_a_boolean", "scaling: expected true or false, got 'maybe'"),
    ({"hub_height": 90, "as_of": "2025-13-01"}, "not_a_date", "as_of: expected a date YYYY-MM-DD, got '2025-13-01'"),
    ({"hub_height": 90, "spacing": "5x"}, "not_a_number", "spacing: expected two numbers AxB in 1..20 [D], got ''"),
    ({"hub_height": 90, "spacing": "5x8x2"}, "not_a_pair", "spacing: expected two numbers AxB in 1..20 [D], got '5x8x2'"),
    ({"hub_height": 90, "losses": "dirt=3"}, "unknown_name",
     "losses: expected NAME=VALUE pairs with NAME one of soiling, shading, got 'dirt=3'"),
    ({"hub_height": 90, "losses": "soiling=120"}, "above_maximum",
     "losses.soiling: expected a number in 0..100 [%], got 120"),
    ({"hub_height": 90, "out": "/tmp/report.docx"}, "bad_extension",
     "out: expected a file ending in .pdf or .xlsx, got 'report.docx'"),
    ({"hub_height": 90, "buildings": "/no/such/file.gpkg"}, "file_not_found",
     "buildings: file not found: /no/such/file.gpkg; expected an existing file"),
    ({}, "required", "hub_height: required; expected a number in 10..200 [m]"),
    ({"hub_height": 90, "height": 3}, "unknown_parameter", None),
    ({"hub_height": 90, "project": "a.gpkg", "buildings": "b.gpkg"}, "exclusive", None),
])
def test_bad_values_give_coded_messages(given, code, message):
    with pytest.raises(InputError) as caught:
        Toy().check(given)
    error = caught.value
    assert error.code == code
    if message is not None:
        assert str(error) == message
    name = error.params["parameter"]
    assert str(error).startswith(name) or code in ("exclusive", "unknown_parameter")
    if code in ("below_minimum", "above_maximum"):
        assert {"minimum", "maximum", "value", "unit"} <= set(error.params)
    if code == "not_a_choice":
        assert error.params["choices"] == ["roof", "float"] and error.params["value"] == "wall"


def test_exclusive_minimum_and_open_choices():
    pv, wind = get("pv"), get("wind")
    site = {"latitude": 34.6, "longitude": 119.2, "tilt": 30, "azimuth": 180}
    with pytest.raises(InputError, match=r"^kwp: expected a number > 0 \[kWp\], got 0$"):
        pv.check({**site, "kwp": 0})
    assert pv.check({**site, "kwp": 0.001})["kwp"] == 0.001
    # a roughness length in m passes to the engine's own check; the presets are suggestions
    assert wind.check({"turbine_type": "E-126/4200", "hub_height": 135, "roughness": "0.05"})["roughness"] == "0.05"


def test_default_from_reads_value_unit_title_and_source_from_the_assumption():
    ratio = get("pv").parameter("dc_ac_ratio")
    spec = assumptions.get("pv.dc_ac_ratio")
    assert (ratio.default_value(), ratio.title, ratio.source()) == (spec.value, spec.title_en, spec.source)
    setback = get("rooftop").parameter("overrides").fields[1]
    assert setback.name == "edge_setback_m" and setback.unit == "m" and setback.default_value() == 1.0
    assert get("site_analysis").parameter("spacing").default_value() == (
        assumptions.value("siting.spacing_cross_wind_d"), assumptions.value("siting.spacing_down_wind_d"))


# ---------------------------------------------------------------------------
# feedback and cancel


def test_feedback_reports_scales_and_collects_warnings():
    seen, notes = [], []
    feedback = Feedback(lambda f, t: seen.append((f, t)), lambda kind, text: notes.append((kind, text)))
    assert feedback(1.5, "over") is True and seen[-1] == (1.0, "over")  # clamped
    step = feedback.scaled(0.5, 0.75)
    step(0.5, "half of the second quarter")
    assert seen[-1] == (0.625, "half of the second quarter")
    step.push_warning("rotor larger than the site")
    assert feedback.warnings == ["rotor larger than the site"] and notes == [("warning", "rotor larger than the site")]
    assert as_feedback(feedback) is feedback and isinstance(as_feedback(None), Feedback)


def test_cancel_stops_at_the_next_report():
    feedback = Feedback()
    feedback(0.2, "working")
    feedback.cancel()
    with pytest.raises(CancelledError, match=r"^cancelled at 55%: next step; nothing was changed$") as caught:
        feedback.scaled(0.5, 1.0)(0.1, "next step")  # a step of the cancelled run stops too
    assert caught.value.code == "cancelled"


def _snapshot(project):
    return ({layer.name: layer.gdf.copy() for layer in project.layers.vector_layers()},
            {name: table.copy() for name, table in project.tables.items()}, dict(project.meta),
            project.layers.names(), len(project.undo_stack._done))


def test_a_cancelled_run_stops_and_changes_nothing():
    """Cancel from the progress callback (as the GUI's Cancel button does) mid-way through a site analysis."""
    project = build_demo_project()
    before = _snapshot(project)
    reports = []

    def progress(fraction, text):
        reports.append(fraction)
        return len(reports) < 3  # the user presses Cancel at the third report

    with pytest.raises(CancelledError):
        get("windfarm").run({"project": project, "site_id": "CS-02"}, progress)
    assert len(reports) == 3  # nothing ran past the report that saw the cancel
    layers, tables, meta, names, undo_depth = before
    assert project.layers.names() == names and project.meta == meta
    assert all(project.vector(name).gdf.equals(gdf) for name, gdf in layers.items())
    assert all(project.tables[name].equals(table) for name, table in tables.items())
    assert len(project.undo_stack._done) == undo_depth


def test_run_transactional_restores_what_a_cancelled_algorithm_task_changed():
    from app.core.tasks import run_transactional

    project = build_demo_project()
    before = _snapshot(project)
    feedback = Feedback()

    def task(feedback):
        result = get("site_analysis").run({"project": project, "site_id": "CS-01"}, feedback.scaled(0, 0.5))
        from app.siting.site_analysis import analysis_command

        project.undo_stack.push(analysis_command(project, result))  # the turbines are written...
        feedback.cancel()  # ... and then the user cancels
        feedback(0.9, "after writing")

    with pytest.raises(CancelledError):
        run_transactional(project, task, feedback, layers=None, tables=["site_analysis"])
    layers, tables, meta, names, undo_depth = before
    assert project.layers.names() == names and len(project.undo_stack._done) == undo_depth
    assert all(project.vector(name).gdf.equals(gdf) for name, gdf in layers.items())


# ---------------------------------------------------------------------------
# every registered algorithm, headless, on the demo project

#: Quick parameters of every registered algorithm (the demo project, default weather).
QUICK = {
    "pv": {"latitude": 34.6, "longitude": 119.2, "kwp": 10, "tilt": 30, "azimuth": 180},
    "wind": {"turbine_type": "E-126/4200", "hub_height": 135},
    "rooftop": {"buildings": "demo:buildings:20"},
    "coverage": {"project": "demo"},
    "site_analysis": {"project": "demo", "site_id": "CS-06"},
    "windfarm": {"project": "demo", "site_id": "CS-01"},
    "island": {"project": "demo"},
    "progress": {"project": "demo", "as_of": "2025-06-30"},
    "report": {"project": "demo", "out": "report.xlsx", "lang": "en"},
}


@pytest.fixture(scope="module")
def demo():
    return build_demo_project()


def test_the_registry_holds_every_analysis():
    assert set(algorithms()) == set(QUICK)
    for name, algorithm in algorithms().items():
        assert get(name) is algorithm and algorithm.title and algorithm.group in ("resource", "siting", "export")
        assert all(isinstance(p, Parameter) for p in algorithm.parameters)
    with pytest.raises(KeyError, match="unknown algorithm 'nope'; known: coverage, island"):
        get("nope")


@pytest.mark.parametrize("name", sorted(QUICK))
def test_every_algorithm_runs_headless_on_the_demo(name, demo, tmp_path):
    parameters = dict(QUICK[name])
    if parameters.get("project") == "demo":
        parameters["project"] = demo
    if parameters.get("buildings", "").startswith("demo:"):
        parameters["buildings"] = demo.vector("buildings").gdf.iloc[:20]
    if "out" in parameters:
        parameters["out"] = str(tmp_path / parameters["out"])
    fractions = []
    result = get(name).run(parameters, lambda f, t: fractions.append(f))
    assert fractions[-1] == 1.0 and all(f is None or 0 <= f <= 1 for f in fractions)
    document = get(name).to_json(result)
    json.dumps(result.to_dict(), default=str)
    json.dumps(document, default=str)
    if any(p.type == "weather" for p in get(name).parameters):
        assert "weather_source" in result.to_dict() and result.to_dict()["weather_source"]


def test_weather_resolution_explicit_then_project_then_default(tmp_path):
    """Every result names its weather: an explicit one, else the project's stored one, else the default year."""
    from app.project.weather import set_project_weather
    from app.resource.weather import default_weather

    base = {"turbine_type": "E-126/4200", "hub_height": 135}
    # the default year first, then the documented climate its 10 m wind was mapped onto (app.resource.wind.chain_weather)
    assert get("wind").run(base).weather_source.startswith(default_weather().source + "; 10 m wind mapped")
    project = build_demo_project()
    site = {"project": project, "site_id": "CS-06"}  # a ground-PV site: a quick yield
    assert get("site_analysis").run(site).weather_source == default_weather().source
    stored = tmp_path / "station.csv"
    with stored.open("w") as f:
        f.write("# latitude=34.6, longitude=119.2, altitude=5\n")
        default_weather(seed=1).data.round(2).to_csv(f, index_label="time")
    set_project_weather(project, stored)
    assert get("site_analysis").run(site).weather_source == "CSV: station.csv"  # the project's own
    explicit = default_weather(seed=2)
    assert get("site_analysis").run({**site, "weather": explicit}).weather_source == explicit.source
    # rooftop: the project only lends its weather (no project: the default year, not the demo's)
    buildings = project.vector("buildings").gdf.iloc[:5]
    assert get("rooftop").run({"buildings": buildings, "project": project}).weather_source == "CSV: station.csv"
    assert get("rooftop").run({"buildings": buildings}).weather_source == default_weather().source


def test_pv_physics_arguments_reproduce_pvlib_with_other_values():
    """gamma_pdc, eta_inv_nom and the DC/AC ratio are arguments: pvlib run directly with the same values."""
    import pvlib
    from pvlib.location import Location
    from pvlib.modelchain import ModelChain
    from pvlib.pvsystem import PVSystem

    from app.resource import pv
    from app.resource.weather import default_weather

    weather = default_weather()
    system = PVSystem(surface_tilt=25, surface_azimuth=170,
                      module_parameters={"pdc0": 5000.0, "gamma_pdc": -0.0045},
                      inverter_parameters={"pdc0": 5000.0 / 1.4, "eta_inv_nom": 0.975},
                      temperature_model_parameters=pvlib.temperature.TEMPERATURE_MODEL_PARAMETERS["sapm"][
                          "open_rack_glass_polymer"])
    chain = ModelChain.with_pvwatts(system, Location(34.6, 119.2, tz="Asia/Shanghai"))
    chain.run_model(weather.data[["ghi", "dni", "dhi", "temp_air", "wind_speed"]])
    reference_kwh = float(chain.results.ac.clip(lower=0).fillna(0).sum()) / 1000
    result = pv.pv_yield(34.6, 119.2, 5.0, 25, 170, weather=weather, dc_ac_ratio=1.4, gamma_pdc=-0.0045,
                         eta_inv_nom=0.975)
    assert_allclose(result.annual_kwh, reference_kwh, rtol=1e-12)  # same chain: agreement is exact
    # through the algorithm the same values are parameters
    via = get("pv").run({"latitude": 34.6, "longitude": 119.2, "kwp": 5, "tilt": 25, "azimuth": 170,
                         "dc_ac_ratio": 1.4, "gamma_pdc": -0.0045, "eta_inv_nom": 0.975, "weather": weather})
    assert via.annual_kwh == result.annual_kwh


def test_pv_reference_defaults_are_the_shipped_assumptions():
    """The functions default to PVWatts v5's values; pv.json ships the same (CONTRACT.md reference chain)."""
    from app.resource import pv

    assert assumptions.value("pv.gamma_pdc") == pv.GAMMA_PDC == -0.0037
    assert assumptions.value("pv.eta_inv_nom") == pv.ETA_INV_NOM == 0.96
    assert assumptions.value("pv.dc_ac_ratio") == pv.DC_AC_RATIO == 1.2
    assert pv.reference_losses() == {name: assumptions.value(key) for name, key in pv.LOSS_KEYS.items()}
    import inspect

    import pvlib

    defaults = inspect.signature(pvlib.pvsystem.pvwatts_losses).parameters
    assert pv.PVWATTS_LOSSES == {name: float(defaults[name].default) for name in pv.LOSS_KEYS}  # pvlib's own


# ---------------------------------------------------------------------------
# the generated commands keep their JSON


#: Top-level keys of each command's --json before the commands were generated
#: (recorded from the hand-written commands of main at e7b4353: PyWake wind farms, roof shading; report's
#: title and weather_source from 356b441).
KEYS_BEFORE = {
    "pv": {"annual_kwh", "annual_kwh_high", "annual_kwh_low", "avoided_co2_t", "capacity_factor",
           "grid_emission_factor_t_per_mwh", "kwp", "monthly_kwh", "seconds", "settings",
           "specific_yield_kwh_per_kwp", "total_loss_pct", "uncertainty_pct", "weather_source"},
    "wind": {"annual_kwh", "capacity_factor", "full_load_hours", "hub_height_m", "mean_wind_speed_hub",
             "monthly_kwh", "nominal_power_kw", "roughness_length_m", "seconds", "turbine_type", "weather_source"},
    "rooftop": {"buildings", "orientation_groups", "potential_kwp", "potential_mwh", "potential_mwh_high",
                "potential_mwh_low", "roof_area_m2", "seconds", "shade_status", "shading_loss_mwh", "skipped_rows",
                "uncertainty_pct", "unshaded_mwh", "usable_area_m2", "weather_source"},
    "coverage": {"adcode", "buildings", "buildings_with_pv", "by", "category", "county", "county_en",
                 "coverage_area_pct", "coverage_count_pct", "coverage_pct", "gap_buildings", "gap_m2",
                 "pv_area_capped", "pv_area_estimated", "pv_area_m2", "pv_area_unknown", "roof_area_m2",
                 "target_pct"},
    "windfarm": {"capacity_factor", "capacity_mw", "eligible_area_km2", "gross_mwh", "kind", "losses_pct",
                 "net_full_load_hours", "net_mwh", "notes", "published_check", "reason", "site_area_km2", "site_id",
                 "spacing_m", "turbine", "turbines", "turbines_lonlat", "uncertainty_pct", "wake_loss_pct",
                 "wake_model", "wake_model_key", "waterfall", "weather_source", "wind_climate", "wind_direction_deg"},
    "island": {"built_share", "capacity_mw", "curtailed_mwh", "electrolyzer_mwh", "export_mwh", "generation_mwh",
               "hub_id", "hub_name", "hydrogen_t", "included_status", "messages", "ocean_mwh", "pv_mwh", "settings",
               "status", "storage_charged_mwh", "storage_delta_mwh", "storage_energy_mwh", "storage_losses_mwh",
               "storage_throughput_mwh", "weather_source", "wind_mwh"},
    "progress": {"as_of", "baseline", "computed_from", "current", "deadline", "details", "direction", "id",
                 "message", "metric", "progress", "source_clause", "source_quote", "status", "target", "title_en",
                 "title_zh", "trend", "unit"},
    "report": {"path", "lang", "sample", "title", "weather_source"},
}
#: CONTRACT.md's keys of the same documents (those the code did not have before are left to their issues).
CONTRACT_KEYS = {
    "pv": {"annual_kwh", "specific_yield_kwh_per_kwp", "capacity_factor", "monthly_kwh", "weather_source",
           "uncertainty_pct"},
    "wind": {"annual_kwh", "full_load_hours", "capacity_factor", "mean_wind_speed_hub"},
    "rooftop": {"buildings", "roof_area_m2", "usable_area_m2", "potential_kwp", "potential_mwh", "seconds"},
    "coverage": {"adcode", "county", "category", "buildings", "roof_area_m2", "pv_area_m2", "buildings_with_pv",
                 "pv_area_unknown", "coverage_pct", "target_pct", "gap_m2"},
    "windfarm": {"turbines", "capacity_mw", "gross_mwh", "net_mwh", "wake_loss_pct", "eligible_area_km2",
                 "spacing_m", "wake_model", "losses_pct", "net_full_load_hours", "turbine", "turbines_lonlat",
                 "wind_climate", "weather_source"},
    "island": {"wind_mwh", "pv_mwh", "ocean_mwh", "export_mwh", "electrolyzer_mwh", "hydrogen_t",
               "storage_throughput_mwh", "curtailed_mwh"},
    "progress": {"id", "title_zh", "metric", "unit", "baseline", "current", "target", "deadline", "status",
                 "source_clause"},
    "report": set(),
}


@pytest.fixture(scope="module")
def files(tmp_path_factory, demo):
    folder = tmp_path_factory.mktemp("cli")
    pyogrio.write_dataframe(demo.vector("buildings").gdf.iloc[:30], folder / "b.gpkg")
    demo.save(folder / "demo.gpkg")
    return folder


@pytest.mark.parametrize("command", sorted(KEYS_BEFORE))
def test_generated_commands_keep_their_json_keys(command, files, capsys):
    argv = {
        "pv": ["pv", "--lat", "34.6", "--lon", "119.2", "--kwp", "10", "--tilt", "30", "--azimuth", "180"],
        "wind": ["wind", "--turbine", "E-126/4200", "--hub-height", "135"],
        "rooftop": ["rooftop", "--buildings", str(files / "b.gpkg"), "--out", str(files / f"out_{command}.gpkg")],
        "coverage": ["coverage", "--project", str(files / "demo.gpkg")],
        "windfarm": ["windfarm", "--site-id", "CS-01", "--project", str(files / "demo.gpkg")],
        "island": ["island", "--project", str(files / "demo.gpkg")],
        "progress": ["progress", "--project", str(files / "demo.gpkg"), "--as-of", "2025-06-30"],
        "report": ["report", "--project", str(files / "demo.gpkg"), "--out", str(files / "report.xlsx")],
    }[command]
    assert main(argv + ["--json"]) == 0
    captured = capsys.readouterr()
    document = json.loads(captured.out)  # one document, nothing else on stdout
    keys = set(document[0] if isinstance(document, list) else document)
    assert KEYS_BEFORE[command] <= keys, KEYS_BEFORE[command] - keys
    assert CONTRACT_KEYS[command] <= keys
    if command in ("pv", "wind", "rooftop", "windfarm", "island", "report"):
        assert "weather_source" in keys and document["weather_source"]
    assert captured.err  # progress and notes go to stderr


def test_a_bad_value_on_the_command_line_is_one_line(capsys):
    assert main(["wind", "--turbine", "E-126/4200", "--hub-height", "500", "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "lygsite: error: hub_height: expected a number in 10..200 [m], got 500\n"
    assert main(["pv", "--lat", "34.6", "--lon", "119.2", "--kwp", "1", "--tilt", "30", "--azimuth", "180",
                 "--mount", "wall"]) == 2
    assert capsys.readouterr().err == "lygsite: error: mount: expected one of roof, open_rack, float, got 'wall'\n"


def test_optional_parameters_left_out_reach_the_analysis_as_none(capsys):
    """``--direction`` and ``--wake-model`` left out: the site's wind rose and the kind's model decide."""
    windfarm = get("windfarm")
    values = windfarm.check({"site_id": "CS-01"})
    assert values["direction"] is None and values["wake_model"] is None
    assert windfarm.check({"site_id": "CS-01", "wake_model": "TurbOPark"})["wake_model"] == "turbopark"
    assert "(default: from the wind rose)" in _option(_parser(windfarm), "windfarm", "--direction").help
    with pytest.raises(InputError, match=r"^wake_model: expected one of noj, turbopark, bastankhah, niayifar, none"):
        windfarm.check({"site_id": "CS-01", "wake_model": "park"})
    assert main(["windfarm", "--site-id", "CS-01", "--wake-model", "none", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["wake_model_key"] == "none" and document["losses_pct"]["wake"] == 0


def test_register_needs_a_name():
    with pytest.raises(ValueError, match="has no name"):
        @register
        class Nameless(Algorithm):
            pass


def test_parameter_rejects_an_unknown_type():
    with pytest.raises(ValueError, match="unknown type 'colour'"):
        Parameter("shade", "colour")
    assert np.isfinite(Parameter("x", "float", minimum=0).bound("minimum"))
