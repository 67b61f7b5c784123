"""The shared store versions every object, not only features (issue 17, item 3), on a real PostGIS.

Two editors are two Project objects with their own connections, as two planners on two PCs. Layers
added, removed and restyled, plan targets edited, the title changed: a save that would overwrite a
colleague's change is refused with the list of conflicts in the user's terms, and changes to different
objects both land, also when the two saves run at the same moment (two threads). Skips with the
reason when no server is reachable (``.ci/run`` starts one).
"""
from __future__ import annotations

import threading

import geopandas as gpd
import pytest
import shapely

from app.layers.edits import AddLayer, SetAttributes
from app.layers.model import Style, VectorLayer
from app.project.store_errors import ConflictError, StoreError
from tests.core.test_postgis_store import server, small_project_factory, store_url  # noqa: F401 (fixtures)

pytestmark = pytest.mark.postgis


def _stored(small_project_factory, url):  # noqa: F811
    from app.project.postgis import save_project_to_postgis
    from app.siting.plan_targets import project_targets

    project = small_project_factory()
    project_targets(project)  # the shipped targets, kept in the project
    save_project_to_postgis(project, url, editor="alice")
    return project


def _open(url, editor):
    from app.project.postgis import open_postgis_project

    return open_postgis_project(url, editor=editor)


def _zone_layer(name: str, title: str, lon: float) -> VectorLayer:
    gdf = gpd.GeoDataFrame({"zone_id": [f"{name}-1"], "note": ["草案"]},
                           geometry=[shapely.box(lon, 34.5, lon + 0.05, 34.55)], crs=4490)
    return VectorLayer(name, gdf, title=title, style=Style(fill="#1f78b4"))


def _set_target(project, target_id: str, value: float) -> None:
    table = project.tables["plan_targets"].copy()
    table.loc[table["id"] == target_id, "target"] = value
    project.set_table("plan_targets", table)


def _target(project, target_id: str) -> float:
    table = project.tables["plan_targets"]
    return float(table.loc[table["id"] == target_id, "target"].iloc[0])


def test_two_editors_add_layers_and_edit_different_targets_both_land(small_project_factory, store_url):  # noqa: F811
    original = _stored(small_project_factory, store_url)
    first, second = list(original.tables["plan_targets"]["id"][:2])
    alice, bob = _open(store_url, "alice"), _open(store_url, "bob")
    alice.undo_stack.push(AddLayer(alice.layers, _zone_layer("wind_zones", "风电规划区", 119.3)))
    bob.undo_stack.push(AddLayer(bob.layers, _zone_layer("pv_zones", "光伏规划区", 119.5)))
    _set_target(alice, first, 61.0)
    _set_target(bob, second, 72.0)
    alice.save()
    bob.save()  # used to rewrite the layer list and the targets whole: alice's layer and target were lost
    merged = _open(store_url, "carol")
    assert {"wind_zones", "pv_zones"} <= set(merged.layers.names())
    assert merged.vector("wind_zones").title == "风电规划区" and merged.vector("pv_zones").feature_count == 1
    assert merged.vector("wind_zones").gdf["note"].tolist() == ["草案"]
    assert _target(merged, first) == 61.0 and _target(merged, second) == 72.0
    # the layers keep the order their editors gave them, the standard layers theirs
    names = merged.layers.names()
    assert names.index("pv_zones") < names.index("counties") and names.index("wind_zones") < names.index("counties")
    # and both sessions go on saving without a conflict with themselves
    _set_target(alice, first, 62.0)
    alice.save()
    assert _target(_open(store_url, "carol"), first) == 62.0


def test_the_same_target_title_and_layer_are_refused_with_every_conflict(small_project_factory,  # noqa: F811
                                                                         store_url):  # noqa: F811
    original = _stored(small_project_factory, store_url)
    target_id, title_zh = original.tables["plan_targets"][["id", "title_zh"]].iloc[0]
    alice, bob = _open(store_url, "alice"), _open(store_url, "bob")
    _set_target(alice, target_id, 55.0)
    alice.meta["title"] = "赣榆区屋顶光伏核查（alice）"
    alice.undo_stack.push(AddLayer(alice.layers, _zone_layer("wind_zones", "风电规划区", 119.3)))
    alice.vector("counties").set_style(Style(fill="#ffffff", stroke="#000000"))
    alice.save()
    _set_target(bob, target_id, 45.0)
    bob.meta["title"] = "赣榆区屋顶光伏核查（bob）"
    bob.undo_stack.push(AddLayer(bob.layers, _zone_layer("wind_zones", "风电区（另一版）", 119.6)))
    bob.vector("counties").set_style(Style(fill="#eeeeee"))
    with pytest.raises(ConflictError) as caught:
        bob.save()
    message = str(caught.value)
    assert message.startswith("save refused: 4 changes by others since you opened the project would be "
                              "overwritten: 1) ")
    assert "the project title was changed by alice at " in message
    assert f"plan target '{target_id}' ({title_zh}) was changed by alice at " in message
    assert "layer 'wind_zones' (风电区（另一版）) was added by alice at " in message
    assert "layer 'counties' (县区边界) was changed by alice at " in message
    assert message.endswith("nothing was saved. Reload the project to see their changes, then redo yours.")
    assert len(caught.value.conflicts) == 4 and {c.who for c in caught.value.conflicts} == {"alice"}
    assert bob.is_modified  # bob's edits stay on screen
    check = _open(store_url, "carol")  # nothing of bob's refused save was written
    assert check.title == "赣榆区屋顶光伏核查（alice）" and _target(check, target_id) == 55.0
    assert check.vector("wind_zones").title == "风电规划区" and check.vector("counties").style.fill == "#ffffff"


def test_removing_a_layer_is_a_versioned_change(small_project_factory, store_url):  # noqa: F811
    _stored(small_project_factory, store_url)
    alice = _open(store_url, "alice")
    alice.undo_stack.push(AddLayer(alice.layers, _zone_layer("wind_zones", "风电规划区", 119.3)))
    alice.save()
    alice, bob = _open(store_url, "alice"), _open(store_url, "bob")
    zones = bob.vector("wind_zones")
    bob.undo_stack.push(SetAttributes(zones, [zones.gdf.index[0]], {"note": "已批复"}))
    bob.save()
    alice.layers.remove("wind_zones")  # she removes the layer bob has just edited
    with pytest.raises(ConflictError, match=r"layer 'wind_zones' \(风电规划区\) was changed by bob .*you removed it"
                                            r"|layer 'wind_zones' \(which you removed\) had features changed by bob"):
        alice.save()
    assert _open(store_url, "carol").vector("wind_zones").gdf["note"].tolist() == ["已批复"]
    # removed once nobody else touched it: gone, table and all
    alice = _open(store_url, "alice")
    alice.layers.remove("wind_zones")
    alice.save()
    assert "wind_zones" not in _open(store_url, "carol").layers
    # an edit to the features of a layer someone removed meanwhile is refused, not written into nothing
    bob.undo_stack.push(SetAttributes(zones, [zones.gdf.index[0]], {"note": "再次修改"}))
    with pytest.raises(ConflictError, match=r"layer 'wind_zones' was removed by another user after you opened the "
                                            r"project \(you changed its features\)"):
        bob.save()


def test_two_saves_at_the_same_moment(small_project_factory, store_url):  # noqa: F811
    """Two threads save at once: different objects both land; the same target, exactly one wins."""
    original = _stored(small_project_factory, store_url)
    first, second = list(original.tables["plan_targets"]["id"][:2])
    sessions = [_open(store_url, "alice"), _open(store_url, "bob")]
    sessions[0].undo_stack.push(AddLayer(sessions[0].layers, _zone_layer("wind_zones", "风电规划区", 119.3)))
    sessions[1].undo_stack.push(AddLayer(sessions[1].layers, _zone_layer("pv_zones", "光伏规划区", 119.5)))
    for session, value in zip(sessions, (50.0, 60.0)):
        _set_target(session, first, value)  # the same target: one of the two must be refused
    _set_target(sessions[1], second, 70.0)
    barrier = threading.Barrier(2)
    outcome = {}

    def save(session):
        barrier.wait()
        try:
            session.save()
            outcome[session.store.editor] = "saved"
        except ConflictError as exc:
            outcome[session.store.editor] = exc

    threads = [threading.Thread(target=save, args=(s,)) for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(type(v).__name__ for v in outcome.values()) == ["ConflictError", "str"], outcome
    winner = next(name for name, v in outcome.items() if v == "saved")
    loser = next(v for v in outcome.values() if v != "saved")
    assert f"plan target '{first}'" in str(loser) and f"was changed by {winner}" in str(loser)
    check = _open(store_url, "carol")
    assert _target(check, first) == (50.0 if winner == "alice" else 60.0)
    added = {"alice": "wind_zones", "bob": "pv_zones"}
    assert added[winner] in check.layers and added[{"alice": "bob", "bob": "alice"}[winner]] not in check.layers


def test_a_password_with_url_characters_never_shows(server, store_url, monkeypatch):  # noqa: F811
    """Issue 17: part of a password holding '/', '#' or '?' was printed in errors (and passed the GUI's guard)."""
    from app.project.postgis import has_password, mask_url, open_postgis_project

    url, _password = server
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    secret = "Se/cr#et?pa@ss:wd"
    hostile = store_url.replace("://lygsite@", f"://lygsite:{secret}@")
    assert has_password(hostile)
    masked = mask_url(hostile)
    pieces = ["Se", "cr", "et", "pa", "ss", "wd", "Se/cr", "et?pa", "ss:wd"]
    assert masked.startswith("postgresql://lygsite:***@127.0.0.1") and not any(p in masked for p in pieces[6:])
    with pytest.raises(StoreError) as caught:
        open_postgis_project(hostile)
    message = str(caught.value)
    assert "cannot connect to the shared project store postgresql://lygsite:***@127.0.0.1" in message
    assert not any(piece in message for piece in ("cr#et", "et?pa", "pa@ss", "ss:wd", "Se/cr", secret)), message
    # the same password as a parameter, with a '#' the URL parser takes for a fragment
    in_query = f"{store_url}&password={secret}"
    assert has_password(in_query) and secret.split("#")[1] not in mask_url(in_query)
    with pytest.raises(StoreError) as caught:
        open_postgis_project(in_query)
    assert not any(piece in str(caught.value) for piece in ("cr#et", "et?pa", "pa@ss", "ss:wd", "Se/cr", secret))


def test_a_save_without_changes_changes_no_version(small_project_factory, server, store_url):  # noqa: F811
    """Opening is no change: a session that only reads never makes a colleague's save conflict."""
    import psycopg

    _stored(small_project_factory, store_url)
    reader = _open(store_url, "reader")
    reader.save()
    url, password = server
    schema = store_url.split("schema=")[1]
    with psycopg.connect(url, password=password) as conn:
        versions = [conn.execute(f'SELECT max(version) FROM "{schema}".{table}').fetchone()[0]
                    for table in ("project_meta", "project_layers", "project_tables")]
        versions.append(conn.execute(f'SELECT max(_version) FROM "{schema}".plan_targets').fetchone()[0])
    assert versions == [1, 1, 1, 1]
