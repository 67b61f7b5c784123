"""One vocabulary (app.core.vocabulary) and one current-user helper (app.core.user), used everywhere."""
from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pytest

from app.core import vocabulary as v
from app.core.user import UNKNOWN_USER, current_user, login_name

ROOT = Path(__file__).resolve().parents[2]


def test_codes_match_the_contract_and_labels_exist_in_both_languages():
    # CONTRACT.md schemas (building, candidate site, island component)
    assert tuple(v.BUILDING_CATEGORIES) == ("public_institution", "factory", "commercial", "residential", "other")
    assert tuple(v.PV_STATUSES) == ("none", "planned", "installed", "verified")
    assert tuple(v.SITE_KINDS) == ("wind_onshore", "wind_offshore", "pv_ground", "pv_offshore", "wind_fishery",
                                   "pv_rooftop_cluster")
    assert tuple(v.SITE_STATUSES) == ("idea", "screened", "approved", "built")
    assert set(v.TARGET_CATEGORIES) | set(v.OTHER_CATEGORIES) == set(v.BUILDING_CATEGORIES)
    assert set(v.PV_COUNTED) < set(v.PV_STATUSES) and "planned" not in v.PV_COUNTED
    for subset in (v.WIND_KINDS, v.PV_KINDS, v.OFFSHORE_KINDS):
        assert set(subset) < set(v.SITE_KINDS)
    assert set(v.ISLAND_GENERATION_KINDS) < set(v.ISLAND_COMPONENT_KINDS)
    vocabularies = [value for value in vars(v).values() if isinstance(value, v.Vocabulary) and value is not v.FIELDS]
    assert len(vocabularies) == 8
    for words in vocabularies:
        for lang in v.LANGUAGES:
            labels = words.labels(lang)
            assert list(labels) == list(words) and all(labels.values())
            assert len(set(labels.values())) == len(labels), f"two {words.name}s share a label in {lang}"
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in label) for label in words.labels("zh").values())


def test_every_schema_field_has_a_title_in_both_languages():
    from app.layers.standard import SCHEMAS

    fields = {field for schema in SCHEMAS.values() for field in schema}
    assert fields - set(v.FIELDS) == set()
    for field in v.FIELDS:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in v.FIELDS.label(field, "zh")), field
        assert v.FIELDS.label(field, "en").isascii()
    assert v.field_title("pv_area_m2", "zh", unit=True) == "光伏面积 (m²)"
    assert v.field_title("pv_status", "en") == "PV status"
    assert v.field_title("类别", "zh") == "类别"  # a field of the user's own keeps its name


def test_a_vocabulary_is_a_tuple_of_codes_with_labels():
    assert "verified" in v.PV_STATUSES and "maybe" not in v.PV_STATUSES
    assert ", ".join(v.PV_STATUSES) == "none, planned, installed, verified"
    assert np.isin(np.array(["installed", "maybe"], dtype=object), v.PV_STATUSES).tolist() == [True, False]
    assert v.PV_STATUSES.label("verified", "zh") == "已核验" and v.PV_STATUSES.label("verified", "en") == "verified"
    assert v.SITE_KINDS.label("wind_fishery", "zh") == "风渔融合"
    assert v.PV_STATUSES.label("maybe", "zh") == "maybe"  # unknown codes are shown as they are
    assert v.ROOF_TYPES.expected() == "one of flat, pitched"
    with pytest.raises(ValueError, match="expected one of zh, en"):
        v.PV_STATUSES.label("none", "fr")


def _string_tuples(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List)) and node.elts and all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            yield node.lineno, tuple(e.value for e in node.elts)


def test_no_module_spells_out_a_vocabulary_again():
    """The codes live in app/core/vocabulary.py only (issue 15: PV_STATUSES three times, TARGET_CATEGORIES twice)."""
    sets = {"PV statuses": set(v.PV_STATUSES), "PV counted": set(v.PV_COUNTED),
            "categories": set(v.BUILDING_CATEGORIES), "target categories": set(v.TARGET_CATEGORIES),
            "site kinds": set(v.SITE_KINDS), "wind kinds": set(v.WIND_KINDS), "site statuses": set(v.SITE_STATUSES),
            "island kinds": set(v.ISLAND_COMPONENT_KINDS), "roof types": set(v.ROOF_TYPES)}
    found = []
    for path in (ROOT / "app").rglob("*.py"):
        if path.name == "vocabulary.py":
            continue
        for line, values in _string_tuples(path):
            for name, codes in sets.items():
                if len(values) >= 2 and set(values) == codes:
                    found.append(f"{path.relative_to(ROOT)}:{line} spells out the {name}")
    assert not found, found


def test_the_building_import_reads_back_the_apps_own_labels():
    from app.siting.building_import import normalise_value

    for code in v.PV_STATUSES:
        assert normalise_value("pv_status", v.PV_STATUSES.label(code, "zh")) == code
    for code in v.BUILDING_CATEGORIES:
        assert normalise_value("category", v.BUILDING_CATEGORIES.label(code, "zh")) == code
        assert normalise_value("category", v.BUILDING_CATEGORIES.label(code, "en")) == code
    assert normalise_value("roof_type", "坡屋顶") == "pitched"


# ----------------------------------------------------------------------------- current user


def test_current_user_follows_the_documented_order(monkeypatch):
    monkeypatch.setenv("LYGSITE_USER", "  王工  ")
    assert current_user() == "王工"  # 1. LYGSITE_USER
    monkeypatch.setenv("LYGSITE_USER", "   ")
    monkeypatch.setenv("LOGNAME", "planner")
    assert login_name() == "planner" and current_user() == "planner"  # 2. the login name


def test_current_user_without_any_login_name_is_unknown(monkeypatch):
    import getpass

    def no_passwd_entry():
        raise KeyError("getpwuid(): uid not found: 12345")  # a container running under a uid without a name

    monkeypatch.delenv("LYGSITE_USER", raising=False)
    monkeypatch.setattr(getpass, "getuser", no_passwd_entry)
    assert login_name() is None
    assert current_user() == UNKNOWN_USER == "unknown"  # 3.


def test_audit_rows_progress_entries_and_the_store_record_the_same_user(monkeypatch):
    """The three former helpers (audit, progress, PostGIS editor) now all ask app.core.user."""
    from app.layers.model import VectorLayer
    from app.project import Project
    from app.project.postgis import PostgisStore
    from app.siting.audit import audit_command
    from app.siting.progress import add_progress_entries
    from tests.core.test_rooftop_fixture import fixture_buildings

    monkeypatch.setenv("LYGSITE_USER", "审核员甲")
    project = Project("t")
    project.layers.append(VectorLayer("buildings", fixture_buildings()))
    fid = project.vector("buildings").gdf.index[1]
    project.undo_stack.push(audit_command(project, [fid], {"pv_status": "installed"}))
    assert set(project.tables["audit_log"]["user"]) == {"审核员甲"}
    assert project.vector("buildings").gdf.loc[fid, "auditor"] == "审核员甲"
    entries = add_progress_entries(project, [{"target_id": "new_roof_pv_coverage", "date": "2024-06-30",
                                              "value": 12.0, "source": "统计公报"}])
    assert set(entries["entered_by"]) == {"审核员甲"}
    assert PostgisStore("postgresql://nobody@localhost:1/none?schema=lygsite").editor == "审核员甲"
