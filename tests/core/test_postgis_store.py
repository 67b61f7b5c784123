"""The shared project store against a real PostgreSQL/PostGIS (.ci/postgres.sh).

Skips with the reason when no server is reachable; ``.ci/run`` starts one, so
in CI these run. Two sessions are two Project objects with their own
connections, as two planners on two PCs.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pyogrio
import pytest

from app.sample.demo import build_demo_project
from app.core.errors import ProjectFileError
from app.layers.edits import AddFeature, DeleteFeatures, SetAttributes, SetGeometry
from app.project import Project
from app.project.store_errors import ConflictError, StoreError

pytestmark = pytest.mark.postgis
REPO = Path(__file__).resolve().parents[2]


def _server_settings():
    url = os.environ.get("LYGSITE_TEST_PG_URL")
    if not url and (REPO / ".ci" / "pg_url").exists():
        url = (REPO / ".ci" / "pg_url").read_text().strip()
    password = os.environ.get("PGPASSWORD")
    if password is None and (REPO / ".ci" / "pg_password").exists():
        password = (REPO / ".ci" / "pg_password").read_text().strip()
    return url, password


@pytest.fixture(scope="module")
def server():
    url, password = _server_settings()
    if not url:
        pytest.skip("no PostgreSQL/PostGIS test server: run `bash .ci/postgres.sh` (as root) or set LYGSITE_TEST_PG_URL")
    import psycopg

    try:
        with psycopg.connect(url, password=password, connect_timeout=3) as conn:
            conn.execute("SELECT postgis_version()")
    except psycopg.Error as exc:
        pytest.skip(f"PostgreSQL/PostGIS test server at {url} not reachable: {str(exc).splitlines()[0]}")
    return url, password


@pytest.fixture
def store_url(server, monkeypatch):
    url, password = server
    monkeypatch.setenv("PGPASSWORD", password or "")
    schema = f"t_{uuid.uuid4().hex[:10]}"
    yield f"{url}?schema={schema}"
    import psycopg

    with psycopg.connect(url, password=password) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(scope="module")
def small_project_factory():
    base = build_demo_project()

    def make():
        project = build_demo_project.__wrapped__() if hasattr(build_demo_project, "__wrapped__") else None
        project = Project(title=base.title)
        project.meta.update(base.meta)
        from app.layers.model import VectorLayer

        for layer in base.layers.vector_layers():
            gdf = layer.gdf.iloc[:120].copy() if layer.name == "buildings" else layer.gdf.copy()
            project.layers.append(VectorLayer(layer.name, gdf, title=layer.title, style=layer.style,
                                              sample=layer.sample))
        project.undo_stack.set_clean()
        return project

    return make


def _stored(small_project_factory, url, editor="alice"):
    from app.project.postgis import save_project_to_postgis

    project = small_project_factory()
    save_project_to_postgis(project, url, editor=editor)
    return project


def _audit(project, user, fid, field, old, new):
    project.append_rows("audit_log", [{"time": "2026-11-24T12:00:00", "user": user, "layer": "buildings",
                                       "feature_id": str(fid), "field": field, "old": str(old), "new": str(new),
                                       "action": "edit"}])


def test_open_save_round_trip(small_project_factory, store_url):
    from app.project.postgis import open_postgis_project

    original = _stored(small_project_factory, store_url)
    opened = open_postgis_project(store_url, editor="bob")
    assert opened.layers.names() == original.layers.names()
    assert opened.path is None and opened.store is not None
    b0, b1 = original.vector("buildings").gdf, opened.vector("buildings").gdf
    assert list(b1.index) == list(b0.index)
    assert list(b1["bld_id"]) == list(b0["bld_id"])
    assert b1.geometry.geom_equals_exact(b0.geometry, tolerance=1e-12).all()
    assert opened.vector("counties").feature_count == 6
    assert opened.title == original.title
    assert opened.vector("buildings").style.category_field == "pv_status"
    # Saving without changes writes no feature.
    counts = opened.store.save(opened)
    assert all(c == {"inserted": 0, "updated": 0, "deleted": 0} for c in counts.values())


def test_edits_add_delete_and_new_field_are_saved(small_project_factory, store_url):
    from app.project.postgis import open_postgis_project

    _stored(small_project_factory, store_url)
    project = open_postgis_project(store_url, editor="alice")
    layer = project.vector("buildings")
    first, second, third = layer.gdf.index[:3]
    project.undo_stack.push(SetAttributes(layer, [first], {"pv_status": "verified", "pv_kwp": 88.5}))
    project.undo_stack.push(SetAttributes(layer, [second], {"survey_note": "屋顶已加固"}))
    moved = layer.gdf.geometry.loc[third].buffer(0.00001)
    project.undo_stack.push(SetGeometry(layer, third, moved))
    project.undo_stack.push(DeleteFeatures(layer, [layer.gdf.index[-1]]))
    project.undo_stack.push(AddFeature(layer, layer.gdf.geometry.iloc[5], {"bld_id": "NEW-1", "name": "新建厂房"}))
    assert project.is_modified
    assert project.save() is None and not project.is_modified
    again = open_postgis_project(store_url)
    gdf = again.vector("buildings").gdf
    assert gdf.loc[first, "pv_status"] == "verified" and gdf.loc[first, "pv_kwp"] == pytest.approx(88.5)
    assert gdf.loc[second, "survey_note"] == "屋顶已加固"
    assert gdf.geometry.loc[third].equals_exact(moved, 1e-12)
    assert len(gdf) == 120 and "NEW-1" in set(gdf["bld_id"])


def test_same_building_second_save_is_refused_with_conflict_message(small_project_factory, store_url):
    from app.project.postgis import open_postgis_project

    _stored(small_project_factory, store_url)
    alice = open_postgis_project(store_url, editor="alice")
    bob = open_postgis_project(store_url, editor="bob")
    fid = alice.vector("buildings").gdf.index[7]
    bld_id = alice.vector("buildings").gdf.loc[fid, "bld_id"]
    other = alice.vector("buildings").gdf.index[8]
    alice.undo_stack.push(SetAttributes(alice.vector("buildings"), [fid], {"auditor": "alice", "pv_kwp": 120.0}))
    alice.save()
    bob.undo_stack.push(SetAttributes(bob.vector("buildings"), [fid], {"auditor": "bob", "pv_kwp": 60.0}))
    bob.undo_stack.push(SetAttributes(bob.vector("buildings"), [other], {"auditor": "bob"}))
    with pytest.raises(ConflictError) as caught:
        bob.save()
    message = str(caught.value)
    assert message.startswith(f"save refused: '{bld_id}' (layer 'buildings', feature {fid}) was changed by alice at ")
    assert "(your version 1, now 2); nothing was saved. Reload the project" in message
    assert caught.value.changed_by == "alice" and caught.value.layer == "buildings"
    assert bob.is_modified  # bob's edits are still on screen, not lost
    # No lost update, and nothing of bob's refused save was written (not even the other building).
    check = open_postgis_project(store_url)
    assert check.vector("buildings").gdf.loc[fid, "auditor"] == "alice"
    assert check.vector("buildings").gdf.loc[fid, "pv_kwp"] == 120.0
    assert check.vector("buildings").gdf.loc[other, "auditor"] != "bob"


def test_different_buildings_both_saves_succeed_and_audit_keeps_both_users(small_project_factory, store_url):
    from app.project.postgis import open_postgis_project

    _stored(small_project_factory, store_url)
    alice = open_postgis_project(store_url, editor="alice")
    bob = open_postgis_project(store_url, editor="bob")
    fa, fb = alice.vector("buildings").gdf.index[[10, 11]]
    alice.undo_stack.push(SetAttributes(alice.vector("buildings"), [fa], {"pv_status": "verified", "auditor": "alice"}))
    _audit(alice, "alice", fa, "pv_status", "none", "verified")
    bob.undo_stack.push(SetAttributes(bob.vector("buildings"), [fb], {"pv_status": "planned", "auditor": "bob"}))
    _audit(bob, "bob", fb, "pv_status", "none", "planned")
    alice.save()
    bob.save()
    merged = open_postgis_project(store_url)
    gdf = merged.vector("buildings").gdf
    assert gdf.loc[fa, "pv_status"] == "verified" and gdf.loc[fb, "pv_status"] == "planned"
    log = merged.tables["audit_log"]
    assert set(log["user"]) == {"alice", "bob"}
    assert len(log) == 2
    # A second save of alice's session still sees her version: a later edit of hers goes through.
    alice.undo_stack.push(SetAttributes(alice.vector("buildings"), [fa], {"auditor": "alice (again)"}))
    assert alice.store.save(alice)["buildings"]["updated"] == 1


def test_edit_of_a_building_another_user_deleted_is_refused(small_project_factory, store_url):
    from app.project.postgis import open_postgis_project

    _stored(small_project_factory, store_url)
    alice = open_postgis_project(store_url, editor="alice")
    bob = open_postgis_project(store_url, editor="bob")
    fid = alice.vector("buildings").gdf.index[3]
    alice.undo_stack.push(DeleteFeatures(alice.vector("buildings"), [fid]))
    alice.append_rows("audit_log", [{"user": "alice", "layer": "buildings", "feature_id": str(fid), "action": "delete"}])
    alice.save()
    bob.undo_stack.push(SetAttributes(bob.vector("buildings"), [fid], {"auditor": "bob"}))
    with pytest.raises(ConflictError, match=rf"feature {fid}\) was deleted by alice"):
        bob.save()


def test_concurrent_adds_get_distinct_ids(small_project_factory, store_url):
    from app.project.postgis import open_postgis_project

    _stored(small_project_factory, store_url)
    alice = open_postgis_project(store_url, editor="alice")
    bob = open_postgis_project(store_url, editor="bob")
    for session, name in ((alice, "A-new"), (bob, "B-new")):
        layer = session.vector("buildings")
        session.undo_stack.push(AddFeature(layer, layer.gdf.geometry.iloc[0], {"bld_id": name}))
    alice.save()
    bob.save()
    gdf = open_postgis_project(store_url).vector("buildings").gdf
    assert {"A-new", "B-new"} <= set(gdf["bld_id"]) and gdf.index.is_unique and len(gdf) == 122


def test_credentials_never_stored_or_shown(small_project_factory, server, store_url, tmp_path, monkeypatch):
    from app.project.postgis import mask_url, open_postgis_project

    url, password = server
    assert password, "the CI server uses a password"
    with_password = store_url.replace("://lygsite@", f"://lygsite:{password}@") if "://lygsite@" in store_url else store_url
    monkeypatch.delenv("PGPASSWORD")
    _stored(small_project_factory, with_password)  # password given in the URL this time
    project = open_postgis_project(with_password, editor="alice")
    assert password not in mask_url(with_password) and "***" in mask_url(with_password)
    assert password not in repr(project.store) and password not in str(vars(project.store))
    assert all(password not in str(v) for v in project.meta.values())
    copy = project.save(tmp_path / "copy.gpkg")
    assert password.encode() not in copy.read_bytes()
    meta = pyogrio.read_dataframe(copy, layer="project_meta")
    assert not meta["value"].astype(str).str.contains("postgresql://").any()
    import psycopg

    with psycopg.connect(url, password=password) as conn:
        schema = store_url.split("schema=")[1]
        stored_meta = conn.execute(f'SELECT value FROM "{schema}".project_meta').fetchall()
    assert all(password not in v for (v,) in stored_meta)
    # A wrong password: the message names the masked URL and the ways to give one, never the secret.
    wrong = with_password.replace(password, "not-the-password-42")
    with pytest.raises(StoreError) as caught:
        open_postgis_project(wrong)
    message = str(caught.value)
    assert "not-the-password-42" not in message and password not in message
    assert "cannot connect to the shared project store postgresql://lygsite:***@127.0.0.1" in message
    assert "PGPASSWORD" in message and "keyring" in message


def test_password_from_keyring(small_project_factory, server, store_url, monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    from app.project.postgis import open_postgis_project

    url, password = server
    _stored(small_project_factory, store_url)  # PGPASSWORD set by the fixture
    asked = []

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            asked.append((service, username))
            return password if (service, username) == ("lyg-siting", "lygsite@127.0.0.1") else None

        def set_password(self, service, username, secret):
            raise NotImplementedError

        def delete_password(self, service, username):
            raise NotImplementedError

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        monkeypatch.delenv("PGPASSWORD")
        monkeypatch.setenv("PGPASSFILE", "/nonexistent")
        project = open_postgis_project(store_url)
    finally:
        keyring.set_keyring(previous)
    assert asked == [("lyg-siting", "lygsite@127.0.0.1")]
    assert project.vector("buildings").feature_count == 120


def test_missing_project_and_existing_schema_messages(small_project_factory, store_url):
    from app.project.postgis import open_postgis_project, save_project_to_postgis

    with pytest.raises(ProjectFileError, match=r"no LYG Siting project in schema 't_[0-9a-f]+' of postgresql://"):
        open_postgis_project(store_url)
    _stored(small_project_factory, store_url)
    with pytest.raises(StoreError, match="already holds a project; open it, or pass replace=True"):
        save_project_to_postgis(small_project_factory(), store_url)


def test_cli_route_opens_postgis_project(small_project_factory, store_url):
    from app.sample.demo import open_project_or_demo

    _stored(small_project_factory, store_url)
    assert open_project_or_demo(store_url).vector("buildings").feature_count == 120
