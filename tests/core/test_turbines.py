"""Turbines with thrust curves: reference, windpowerlib + generic Ct, user datasheets (library, project file)."""
import json

import numpy as np
import pytest
from numpy.testing import assert_allclose

from app.cli import main
from app.core.errors import InputError
from app.resource.turbines import (PROJECT_TABLE, add_user_turbine, project_turbines, read_turbine_csv,
                                   reference_turbines, resolve_turbine, user_library, user_library_path)

#: A made-up 6.45 MW / 180 m datasheet in the shape Chinese makers publish (示例, not a real curve).
SPEEDS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 20, 25]
POWER = [60, 280, 640, 1150, 1850, 2750, 3800, 4950, 5900, 6400, 6450, 6450, 6450, 6450, 6450]
CT = [0.95, 0.88, 0.84, 0.82, 0.81, 0.80, 0.78, 0.74, 0.62, 0.47, 0.36, 0.29, 0.23, 0.10, 0.05]


@pytest.fixture(autouse=True)
def user_data(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def write_csv(path, speeds=SPEEDS, power=POWER, ct=CT, header="wind_speed_ms,power_kw,ct"):
    rows = [header] + [",".join(str(v) for v in values) for values in zip(speeds, power, ct)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_reference_turbines_carry_published_thrust_curves():
    dtu = reference_turbines()["DTU-10MW-RWT"]
    # Bak et al. (2013) Table 3.5: Ct 0.923 at 4 m/s, 0.814 at 8-11 m/s, 0.059 at 25 m/s
    assert_allclose([dtu.ct[0], dtu.ct[4], dtu.ct[-1]], [0.923, 0.814, 0.059])
    assert dtu.rated_kw == 10000 and dtu.rotor_diameter_m == 178.3 and dtu.has_published_ct
    for turbine in reference_turbines().values():
        assert max(turbine.ct) > 0.75 and turbine.source and turbine.ct_source


def test_windpowerlib_types_get_the_documented_generic_ct():
    v164 = resolve_turbine("V164/9500")
    ct, speed = np.asarray(v164.ct), np.asarray(v164.wind_speed_ms)
    below = speed <= v164.rated_speed_ms
    assert_allclose(ct[below], 0.8)  # wind.ct_generic_partial_load, not the 0.43-0.57 of an actuator-disc inversion
    above = speed > v164.rated_speed_ms
    assert_allclose(ct[above], 0.8 * (v164.rated_speed_ms / speed[above]) ** 3.2, rtol=1e-12)
    assert "Sørensen and Larsen" in v164.ct_source and not v164.has_published_ct


def test_user_turbine_from_a_datasheet_round_trips_through_the_project_file(tmp_path):
    from app.project.project import Project
    from app.sample.demo import build_demo_project

    turbine = read_turbine_csv(write_csv(tmp_path / "myse.csv"), "MySE 6.45-180 (示例)", 180, [110, 120],
                               maker="明阳智能")
    assert turbine.rated_kw == 6450 and turbine.hub_heights_m == (110.0, 120.0) and turbine.has_published_ct
    project = build_demo_project()
    add_user_turbine(turbine, project)
    assert resolve_turbine("MySE 6.45-180 (示例)") == turbine  # in the user library
    path = project.save(tmp_path / "p.gpkg")
    user_library_path().unlink()  # the project must not need the library
    reopened = Project.open(path)
    stored = project_turbines(reopened)["MySE 6.45-180 (示例)"]
    assert stored.maker == "明阳智能"
    for field in ("wind_speed_ms", "power_kw", "ct", "rotor_diameter_m", "rated_kw", "hub_heights_m", "source"):
        assert getattr(stored, field) == getattr(turbine, field), field
    # and a site of the reopened project runs with it
    from app.siting.site_analysis import analyse_site

    sites = reopened.layers["candidate_sites"].gdf
    sites.loc[sites["site_id"] == "CS-05", ["turbine_type", "hub_height_m"]] = ["MySE 6.45-180 (示例)", 120.0]
    result = analyse_site(reopened, "CS-05")
    assert result.turbine["type"] == "MySE 6.45-180 (示例)" and result.net_mwh > 0 and result.reason == ""


def test_datasheet_without_ct_uses_the_generic_model(tmp_path):
    path = tmp_path / "noct.csv"
    path.write_text("wind_speed_ms,power_kw\n" + "\n".join(f"{v},{p}" for v, p in zip(SPEEDS, POWER)), encoding="utf-8")
    turbine = read_turbine_csv(path, "GW 6.45 (示例)", 180, 120, maker="金风科技")
    assert not turbine.has_published_ct and turbine.ct[5] == 0.8


@pytest.mark.parametrize("change, message", [
    ({"speeds": [3, 4, 5, 6, 5, 8, 9, 10, 11, 12, 13, 14, 15, 20, 25]}, "wind_speed_ms.*strictly increasing"),
    ({"power": [60, 280, -640] + POWER[3:]}, "power_kw: -640.*>= 0 kW"),
    ({"ct": [0.95, 1.35] + CT[2:]}, "column ct: 1.35.*0..1.2"),
    ({"header": "speed,power_kw,ct"}, "missing column.*wind_speed_ms"),
    ({"power": [p * 1000 for p in POWER]}, "Betz limit.*kW \\(not W\\)"),
])
def test_bad_datasheets_are_refused_and_nothing_is_written(tmp_path, change, message):
    path = write_csv(tmp_path / "bad.csv", **change)
    with pytest.raises(InputError, match=message):
        read_turbine_csv(path, "Bad (示例)", 180, 120)
    assert not user_library_path().exists()


def test_hub_height_outside_the_rotor_range_is_refused(tmp_path):
    with pytest.raises(InputError, match="hub height 80 m out of range.*105..200 m"):
        read_turbine_csv(write_csv(tmp_path / "t.csv"), "Low (示例)", 180, 80)


def test_name_of_a_library_type_is_refused(tmp_path):
    turbine = read_turbine_csv(write_csv(tmp_path / "t.csv"), "DTU-10MW-RWT", 180, 120)
    with pytest.raises(InputError, match="already a reference turbine"):
        add_user_turbine(turbine)
    assert user_library() == {}


def test_cli_turbines_add(tmp_path, capsys):
    from app.project.project import Project
    from app.sample.demo import build_demo_project

    csv = write_csv(tmp_path / "t.csv")
    project_path = build_demo_project().save(tmp_path / "p.gpkg")
    assert main(["turbines", "--add", str(csv), "--name", "EN-6.45 (示例)", "--rotor-diameter", "180",
                 "--hub-height", "120", "--maker", "远景能源", "--project", str(project_path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["turbine_type"] == "EN-6.45 (示例)" and doc["has_ct_curve"] and doc["manufacturer"] == "远景能源"
    assert "EN-6.45 (示例)" in user_library()
    assert PROJECT_TABLE in Project.open(project_path).tables
    assert main(["turbines", "--json"]) == 0
    assert any(r["turbine_type"] == "EN-6.45 (示例)" for r in json.loads(capsys.readouterr().out))
    # a bad curve: one line on stderr, exit 2, nothing added
    bad = write_csv(tmp_path / "bad.csv", ct=[1.5] * len(SPEEDS))
    assert main(["turbines", "--add", str(bad), "--name", "X (示例)", "--rotor-diameter", "180",
                 "--hub-height", "120"]) == 2
    err = capsys.readouterr().err
    assert "ct" in err and len(err.strip().splitlines()) == 1 and "X (示例)" not in user_library()
