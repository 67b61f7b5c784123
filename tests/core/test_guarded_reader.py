"""One guarded vector reader: every path that reads a user's vector file refuses a bad one the same way.

Issue 15: File → Add vector layer used ``gpd.read_file`` and the constraint rules
``pyogrio.read_dataframe``, both past the size/DBF/entity-bomb guards of
app/layers/input_guards.py. Now each entry point goes through
:func:`app.layers.vector_io.read_vector`; this module checks the core ones
(the GUI ones are in tests/gui/test_guarded_reader_gui.py) with the same bad
files and the same message, and that GDAL never sees them.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
import shapely

from app.cli import main
from app.core.errors import InputError
from tests.core.test_bad_input_catalogue import BILLION_LAUGHS

ROOT = Path(__file__).resolve().parents[2]
BOMB_MESSAGE = ("sites.kml was refused before reading: it declares <!DOCTYPE ...> (a DTD or entities). KML/GML "
                "never need them and they can expand to gigabytes (an 'XML entity bomb'); expected plain KML as "
                "written by Google Earth, QGIS or ogr2ogr")


@pytest.fixture
def bomb(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "sites.kml"
    path.write_text(BILLION_LAUGHS)

    def gdal_must_not_parse(*args, **kwargs):
        raise AssertionError("GDAL was asked to parse the entity bomb")

    for name in ("list_layers", "read_info", "read_dataframe"):
        monkeypatch.setattr(f"pyogrio.{name}", gdal_must_not_parse)
    return path


@pytest.fixture
def shp_without_dbf(tmp_path) -> Path:
    import geopandas as gpd

    path = tmp_path / "zones" / "zones.shp"
    path.parent.mkdir()
    gpd.GeoDataFrame({"id": [1]}, geometry=[shapely.box(119.1, 34.5, 119.2, 34.6)], crs="EPSG:4490").to_file(path)
    path.with_suffix(".dbf").unlink()
    return path


def _message(exc: BaseException) -> str:
    return str(exc)


def test_read_vector(bomb):
    from app.layers.vector_io import read_vector

    with pytest.raises(InputError) as caught:
        read_vector(bomb)
    assert _message(caught.value) == BOMB_MESSAGE


def test_building_import(bomb, tmp_path):
    from app.siting.building_import import import_buildings

    with pytest.raises(InputError) as caught:
        import_buildings(bomb, store_path=tmp_path / "m.json")
    assert _message(caught.value) == BOMB_MESSAGE


def test_constraint_exclusion_layer(bomb):
    from app.siting.constraints import read_exclusion_file

    with pytest.raises(InputError) as caught:
        read_exclusion_file(bomb)
    assert _message(caught.value) == BOMB_MESSAGE


def test_constraint_exclusion_layer_without_its_dbf(shp_without_dbf):
    """The Shapefile-parts guard reaches the constraint rules too (GDAL would drop the attributes silently)."""
    from app.layers.vector_io import read_vector
    from app.siting.constraints import read_exclusion_file

    with pytest.raises(InputError) as direct:
        read_vector(shp_without_dbf)
    with pytest.raises(InputError) as caught:
        read_exclusion_file(shp_without_dbf)
    assert _message(caught.value) == _message(direct.value)
    assert "zones.shp has no zones.dbf beside it" in _message(caught.value)


def test_rooftop_command_line(bomb, tmp_path, capsys):
    code = main(["rooftop", "--buildings", str(bomb), "--out", str(tmp_path / "out.gpkg")])
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("lygsite: error:")]
    assert code == 2 and errors == [f"lygsite: error: {BOMB_MESSAGE}"]


def test_coverage_command_line(bomb, capsys):
    code = main(["coverage", "--buildings", str(bomb)])
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("lygsite: error:")]
    assert code == 2 and errors == [f"lygsite: error: {BOMB_MESSAGE}"]


def test_no_other_module_reads_a_user_vector_file_past_the_guards():
    """Only the guarded reader calls GDAL's readers (besides the project's own GeoPackage store and the
    atomic writer re-reading what it wrote)."""
    allowed = {"app/layers/vector_io.py", "app/project/project.py", "app/project/recovery.py",
               "app/project/atomic.py"}
    readers = {"read_file", "read_dataframe", "read_info", "list_layers"}
    found = []
    for path in (ROOT / "app").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in readers
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in ("gpd", "pyogrio",
                                                                                          "geopandas")):
                found.append(f"{rel}:{node.lineno} {node.func.value.id}.{node.func.attr}")
    assert not found, found
