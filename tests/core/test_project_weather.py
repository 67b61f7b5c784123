"""One weather for the project (issue 11): stored in the project file, used and named by every analysis.

The Ganyu CSWD EPW comes from ../shared (skipped when absent). "Differs from
the default year" is checked against the same analysis run on the same
project with the built-in default year, and "uses it" against the engine run
directly on the file (the reference).
"""
from __future__ import annotations

import json
import shutil
import sqlite3

import pandas as pd
import pytest
from numpy.testing import assert_allclose

from app.cli import main
from app.core.errors import InputError
from app.project import Project
from app.project.weather import (WEATHER_TABLE, project_weather, resolve_weather, set_project_weather, weather_info,
                                 weather_source)
from app.resource.weather import default_weather
from app.sample.demo import build_demo_project
from tests.shared_data import GANYU_EPW

needs_epw = pytest.mark.skipif(not GANYU_EPW.exists(), reason="shared Ganyu EPW not available")
EPW_SOURCE = "EPW: CHN_Jiangsu.Ganyu.580400_CSWD.epw"


@pytest.fixture(scope="module")
def ganyu():
    from app.resource.importers import read_weather

    return read_weather(GANYU_EPW)


@pytest.fixture(scope="module")
def demo_default():
    return build_demo_project()


@pytest.fixture(scope="module")
def demo_ganyu():
    project = build_demo_project()
    if GANYU_EPW.exists():
        set_project_weather(project, GANYU_EPW, user="tester")
    return project


# ---------------------------------------------------------------------- storage


def test_a_new_project_uses_the_default_year():
    project = Project("t")
    info = weather_info(project)
    assert info.is_default and info.key == "default" and info.problem == ""
    assert info.source == default_weather().source == weather_source(project)
    assert project_weather(project) is default_weather()


@needs_epw
def test_the_weather_file_is_stored_inside_the_project_and_read_back_the_same(tmp_path, ganyu):
    copy = tmp_path / GANYU_EPW.name
    shutil.copy(GANYU_EPW, copy)
    project = Project("t")
    info = set_project_weather(project, copy, user="张三")
    assert (info.kind, info.source, info.file_name, info.format, info.hours) == ("imported", EPW_SOURCE,
                                                                                GANYU_EPW.name, "epw", 8760)
    assert info.imported_by == "张三" and project.meta["weather_source"] == EPW_SOURCE
    path = project.save(tmp_path / "p.gpkg")
    copy.unlink()  # the project file is self-contained
    again = Project.open(path)
    assert weather_info(again) == weather_info(project)
    weather = project_weather(again)
    assert weather.source == EPW_SOURCE
    pd.testing.assert_frame_equal(weather.data, ganyu.data)  # reference: the importer on the original file
    assert (weather.latitude, weather.longitude) == (ganyu.latitude, ganyu.longitude)
    table = pd.read_sql("select file_name, format, sha256, size_bytes from project_weather",
                        sqlite3.connect(path))  # an ordinary table of the GeoPackage
    assert table["size_bytes"].iloc[0] == GANYU_EPW.stat().st_size and len(table["sha256"].iloc[0]) == 64


@needs_epw
def test_weather_changes_are_undoable_and_heard(tmp_path):
    project = Project("t")
    heard = []
    project.events.weather.connect(lambda info: heard.append(info.kind))
    set_project_weather(project, GANYU_EPW)
    set_project_weather(project, None)
    assert heard == ["imported", "default"] and WEATHER_TABLE not in project.tables
    project.undo_stack.undo()
    assert weather_info(project).source == EPW_SOURCE and heard[-1] == "imported"
    project.undo_stack.undo()
    assert weather_info(project).is_default and "weather_source" not in project.meta


def test_a_bad_weather_file_leaves_the_weather_unchanged_with_the_importers_message(tmp_path):
    from app.resource.importers import read_weather

    bad = tmp_path / "hourly.csv"
    bad.write_text("time,ghi,temp_air\n2019-01-01 00:00,0,5\n2019-01-01 01:00,0,5\n", encoding="utf-8")
    with pytest.raises(InputError) as importer:
        read_weather(bad)
    project = Project("t")
    with pytest.raises(InputError) as ours:
        set_project_weather(project, bad)
    assert str(ours.value) == str(importer.value)
    assert weather_info(project).is_default and WEATHER_TABLE not in project.tables
    assert project.undo_stack.is_clean and "weather_source" not in project.meta
    with pytest.raises(InputError, match="not found"):
        set_project_weather(project, tmp_path / "missing.epw")


@needs_epw
def test_an_unreadable_stored_weather_opens_with_the_default_year_and_says_so_once(tmp_path):
    project = Project("t")
    set_project_weather(project, GANYU_EPW)
    path = project.save(tmp_path / "p.gpkg")
    with sqlite3.connect(path) as con:
        con.execute("update project_weather set content = substr(content, 1, 5000)")
    again = Project.open(path)
    warnings = again.meta["open_warnings"].splitlines()
    assert len(warnings) == 1 and "weather could not be read" in warnings[0] and "default year" in warnings[0]
    info = weather_info(again)
    assert info.is_default and info.file_name == GANYU_EPW.name and "damaged" in info.problem
    assert project_weather(again) is default_weather()
    project_weather(again)
    assert again.meta["open_warnings"].splitlines() == warnings  # once
    # importing a file again repairs it
    set_project_weather(again, GANYU_EPW)
    assert weather_info(again).source == EPW_SOURCE and weather_info(again).problem == ""


@needs_epw
def test_explicit_weather_beats_the_projects_which_beats_the_default(ganyu):
    project = Project("t")
    assert resolve_weather(None, project) is default_weather()
    set_project_weather(project, GANYU_EPW)
    assert resolve_weather(None, project).source == EPW_SOURCE
    explicit = default_weather(seed=1)
    assert resolve_weather(explicit, project) is explicit
    assert resolve_weather(str(GANYU_EPW), None).source == EPW_SOURCE


# ---------------------------------------------------------------------- every analysis uses and names it


@needs_epw
def test_rooftop_potential_uses_the_projects_weather(demo_default, demo_ganyu, ganyu):
    from app.export.report_data import open_buildings
    from app.siting.rooftop import roof_potential

    default_section = open_buildings(demo_default, "en")
    ganyu_section = open_buildings(demo_ganyu, "en")
    assert ganyu_section.extra["weather_source"] == EPW_SOURCE
    assert default_section.extra["weather_source"] == default_weather().source
    first = ganyu_section.table.iloc[0]
    buildings = demo_ganyu.vector("buildings").gdf
    building = buildings[buildings["bld_id"] == first["bld_id"]]
    reference = roof_potential(building, weather=ganyu)
    assert reference.attrs["weather_source"] == EPW_SOURCE
    assert_allclose(first["pot_kwh"], round(reference["pot_kwh"].iloc[0]), atol=0.5)
    default_row = default_section.table.set_index("bld_id").loc[first["bld_id"]]
    assert abs(first["pot_kwh"] - default_row["pot_kwh"]) > 0.01 * default_row["pot_kwh"]


@needs_epw
def test_windfarm_uses_the_projects_weather_only_when_it_is_measured_aloft(demo_default, demo_ganyu, ganyu):
    """A project weather of 10 m station wind (the Ganyu EPW) does not set an onshore farm's hub-height wind:
    the documented onshore climate does, and the result names the weather it did not lift; a hub-height
    series (windpowerlib CSV with wind aloft) replaces the climate."""
    from app.siting.site_analysis import analyse_site
    from tests.shared_data import WINDPOWERLIB_CSV

    ours = analyse_site(demo_ganyu, "CS-01")
    default = analyse_site(demo_default, "CS-01")
    climate = "Lianyungang coastal-plain onshore climate"
    assert ours.weather_source.startswith(climate) and default.weather_source.startswith(climate)
    assert_allclose(ours.net_mwh, default.net_mwh, rtol=1e-12)
    assert any(EPW_SOURCE in note and "not from the 10 m wind" in note for note in ours.notes)
    assert ours.weather_given == EPW_SOURCE and ours.table_row()["weather_given"] == EPW_SOURCE
    if WINDPOWERLIB_CSV.is_file():
        from app.resource.importers import read_weather

        aloft = analyse_site(demo_default, "CS-01", weather=read_weather(WINDPOWERLIB_CSV))
        assert aloft.weather_source.startswith("windpowerlib CSV") and aloft.weather_given in aloft.weather_source
        assert abs(aloft.net_mwh - default.net_mwh) > 0.01 * default.net_mwh


@needs_epw
def test_island_uses_the_projects_weather(demo_default, demo_ganyu, ganyu):
    from app.siting.island import run_island

    ours, default = run_island(demo_ganyu), run_island(demo_default)
    reference = run_island(demo_default, weather=ganyu)
    assert ours.weather_source.startswith(EPW_SOURCE) and default.weather_source.startswith("LYG default")
    assert_allclose(ours.to_dict()["wind_mwh"], reference.to_dict()["wind_mwh"], rtol=1e-12)
    assert abs(ours.to_dict()["pv_mwh"] - default.to_dict()["pv_mwh"]) > 0.01 * default.to_dict()["pv_mwh"]


@needs_epw
def test_report_names_the_projects_weather_and_title(demo_ganyu, tmp_path):
    from app.export.report_data import title_info
    from tests.core.test_report_pdf import _pdf_text

    assert title_info(demo_ganyu)["weather"] == EPW_SOURCE
    from app.export.report_pdf import write_pdf_report

    text = _pdf_text(write_pdf_report(demo_ganyu, tmp_path / "r.pdf", lang="en"))
    assert "CHN_Jiangsu.Ganyu.580400_CSWD.epw" in text.replace("\n", "")
    assert demo_ganyu.title.split(" ")[0] in text


# ---------------------------------------------------------------------- the command line


@needs_epw
def test_cli_commands_given_a_project_use_its_weather_unless_weather_overrides(tmp_path, capsys):
    from tests.core.test_rooftop_fixture import fixture_buildings

    project = build_demo_project()
    path = project.save(tmp_path / "demo.gpkg")
    assert main(["weather", "--project", str(path), "--set", str(GANYU_EPW), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["weather_source"] == EPW_SOURCE and doc["hours"] == 8760 and doc["annual_ghi_kwh_m2"] > 1000
    assert weather_info(Project.open(path)).source == EPW_SOURCE  # saved in the file

    assert main(["windfarm", "--site-id", "CS-01", "--project", str(path), "--json"]) == 0
    notes = json.loads(capsys.readouterr().out)["notes"]  # 10 m station wind: named, not lifted to hub height
    assert any(EPW_SOURCE in note for note in notes)
    assert main(["island", "--project", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["weather_source"].startswith(EPW_SOURCE)

    buildings = tmp_path / "b.gpkg"
    fixture_buildings().to_file(buildings)
    assert main(["rooftop", "--buildings", str(buildings), "--out", str(tmp_path / "o.gpkg"),
                 "--project", str(path), "--json"]) == 0
    with_project = json.loads(capsys.readouterr().out)
    assert main(["rooftop", "--buildings", str(buildings), "--out", str(tmp_path / "o2.gpkg"), "--json"]) == 0
    default = json.loads(capsys.readouterr().out)
    assert with_project["weather_source"] == EPW_SOURCE and default["weather_source"] == default_weather().source
    assert abs(with_project["potential_mwh"] - default["potential_mwh"]) > 0.01 * default["potential_mwh"]

    weather_csv = tmp_path / "other.epw"
    shutil.copy(GANYU_EPW, weather_csv)
    assert main(["windfarm", "--site-id", "CS-01", "--project", str(path), "--weather", str(weather_csv),
                 "--json"]) == 0
    assert any("EPW: other.epw" in note for note in json.loads(capsys.readouterr().out)["notes"])  # --weather wins

    assert main(["weather", "--project", str(path), "--default", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "default"
    bad = tmp_path / "bad.epw"
    bad.write_text("not a weather file\n", encoding="utf-8")
    assert main(["weather", "--project", str(path), "--set", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and err[-1].startswith("lygsite: error: bad.epw")  # progress line, then one error line
    assert weather_info(Project.open(path)).is_default
