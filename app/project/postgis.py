"""The project in a shared PostgreSQL/PostGIS database, for a bureau's team.

A project lives in one schema (``?schema=NAME`` in the URL, default
``lygsite``) of a PostGIS database:

- ``project_meta (key text primary key, value text)``: as in the GeoPackage,
  including the ``layers`` JSON (order, titles, styles).
- one table per vector layer: ``fid bigint primary key``, the attribute
  columns, ``geom geometry(Geometry, 4490)`` and the locking columns
  ``version integer`` (1 on insert, +1 on every saved change),
  ``modified_by text``, ``modified_at timestamptz``.
- ``audit_log``: append-only; each session inserts only the rows it added,
  so the rows of every user are kept.
- every other table (``plan_targets``...) replaced as a whole when changed.

Optimistic locking: a session remembers each feature's ``version`` and a
fingerprint of its row when it reads them. On save, only features this
session changed are written, each with ``UPDATE ... WHERE fid = %s AND
version = <read version>``; if another user saved that feature in between,
no row matches and the whole save is rolled back with a
:class:`~app.project.store_errors.ConflictError` naming the layer, the feature and
who changed it. Changes to different features of the same layer both succeed.

Credentials: from the URL's libpq variables (``PGPASSWORD``, ``PGPASSFILE`` /
``~/.pgpass``, ``PGUSER``...) or the system keyring entry
``keyring.get_password("lyg-siting", "user@host")``. A password is never
stored on the project, in ``project_meta``, in the saved GeoPackage, nor in
any message: URLs shown are masked (:func:`mask_url`).
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from app.core.user import current_user, login_name
from app.layers.crs import STORAGE_CRS
from app.layers.model import Style, VectorLayer
from app.project import AUDIT_LOG_COLUMNS, META_TABLE, Project
from app.project.store_errors import ConflictError, StoreError

KEYRING_SERVICE = "lyg-siting"
DEFAULT_SCHEMA = "lygsite"
SRID = 4490
#: Columns the store adds to every layer table; never shown as layer fields.
LOCK_COLUMNS = ("version", "modified_by", "modified_at")
#: Feature id column; the GeoDataFrame index.
FID = "fid"
GEOM = "geom"
#: URL query parameters read by the app, removed before libpq sees the URL.
APP_PARAMS = ("schema",)
#: Columns naming a feature for people, used in conflict messages.
LABEL_FIELDS = ("bld_id", "site_id", "turbine_id", "component_id", "name")


def is_postgis_url(text) -> bool:
    return str(text).startswith(("postgresql://", "postgres://"))


def mask_url(url: str) -> str:
    """The URL with any password replaced by ``***`` (safe to print or log)."""
    parts = urlsplit(str(url))
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        if ":" in userinfo:
            userinfo = userinfo.split(":", 1)[0] + ":***"
        netloc = f"{userinfo}@{host}"
    query = [(k, "***" if k.lower() == "password" else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query), parts.fragment))


@dataclass
class _Target:
    """Where a project lives, without any secret."""

    conninfo_url: str  # the URL libpq gets, password removed
    schema: str
    user: str
    host: str
    display: str  # masked, for messages and the window title
    url_password: str | None = field(default=None, repr=False)


def _parse_url(url: str) -> _Target:
    if not is_postgis_url(url):
        raise StoreError(f"expected a postgresql://user@host:port/database URL, got {mask_url(url)!r}")
    parts = urlsplit(url)
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    schema = params.pop("schema", DEFAULT_SCHEMA)
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", schema):
        raise StoreError(f"expected a schema name of lower-case letters, digits and _, got {schema!r}")
    url_password = params.pop("password", None) or parts.password
    netloc = parts.hostname or ""
    if parts.port:
        netloc = f"{netloc}:{parts.port}"
    # the database role: libpq also defaults to the login name
    user = parts.username or os.environ.get("PGUSER") or login_name() or ""
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    clean = urlunsplit((parts.scheme, netloc, parts.path, urlencode(params), ""))
    host = parts.hostname or os.environ.get("PGHOST") or "localhost"
    return _Target(clean, schema, user, host, mask_url(url), url_password)


def _keyring_password(user: str, host: str) -> str | None:
    import keyring
    import keyring.errors

    try:
        return keyring.get_password(KEYRING_SERVICE, f"{user}@{host}")
    except keyring.errors.KeyringError:  # no keyring backend here (or it is locked): libpq's own sources
        return None


def _connect(target: _Target):
    """A psycopg connection; the password comes from the URL, libpq's sources or the keyring."""
    import psycopg

    kwargs = {"connect_timeout": 10, "application_name": "lyg-siting"}
    password = target.url_password
    if password is None and not os.environ.get("PGPASSWORD"):
        password = _keyring_password(target.user, target.host)
    if password is not None:
        kwargs["password"] = password
    try:
        return psycopg.connect(target.conninfo_url, **kwargs)
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if password:
            reason = reason.replace(password, "***")
        hint = ""
        if "password" in reason.lower():
            hint = (f"; set PGPASSWORD, a ~/.pgpass entry, or the keyring entry "
                    f"('{KEYRING_SERVICE}', '{target.user}@{target.host}')")
        raise StoreError(f"cannot connect to the shared project store {target.display}: {reason}{hint}") from None


def _q(*names):
    from psycopg import sql

    return sql.Identifier(*names)


def _pg_type(series: pd.Series) -> str:
    kind = series.dtype.kind
    if kind == "b":
        return "boolean"
    if kind in "iu":
        return "bigint"
    if kind == "f":
        return "double precision"
    if kind == "M":
        return "timestamptz"
    return "text"


def _python_value(value):
    if value is None:
        return None
    if isinstance(value, float) and np.isnan(value):
        return None
    if isinstance(value, np.generic):
        value = value.item()
        if isinstance(value, float) and np.isnan(value):
            return None
    if value is pd.NaT or (not isinstance(value, (str, bytes)) and pd.api.types.is_scalar(value) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value


def _row_fingerprints(gdf: gpd.GeoDataFrame, columns: list[str]) -> pd.Series:
    """One uint64 per feature over ``columns`` and the geometry.

    Numbers are compared as float64 and everything else as text, so a column
    whose dtype changed (int -> float after an edit) does not mark every row
    as changed (which would raise needless conflicts with other users).
    """
    parts = {}
    for col in columns:
        values = gdf[col] if col in gdf.columns else pd.Series([None] * len(gdf), index=gdf.index)
        numeric = None
        if values.dtype.kind in "biuf":
            numeric = pd.to_numeric(values, errors="coerce")
        elif pd.api.types.infer_dtype(values, skipna=True) in ("integer", "floating", "mixed-integer-float",
                                                                  "decimal", "boolean", "empty"):
            # numbers (or nothing) held as objects after an added feature: still numbers, not text
            numeric = pd.to_numeric(values, errors="coerce")
        if numeric is not None:
            parts[col] = numeric.astype("float64")
        else:
            parts[col] = values.astype(str).where(values.notna(), "")
    parts["__geom__"] = pd.Series(shapely.to_wkb(gdf.geometry.values, hex=True), index=gdf.index).fillna("")
    frame = pd.DataFrame(parts, index=gdf.index)
    return pd.util.hash_pandas_object(frame, index=False)


@dataclass
class _LayerState:
    columns: list[str]
    versions: dict  # fid -> version read (or last saved)
    fingerprints: pd.Series  # fid -> row fingerprint at read / last save


class PostgisStore:
    """The link between an open :class:`Project` and its database schema.

    Attached to the project as ``project.store``; :meth:`Project.save`
    without a path calls :meth:`save`. Holds no password.

    Attributes
    ----------
    display_url : str
        The masked URL (for the window title and messages).
    editor : str
        Who this session saves as (``modified_by``, audit log).
    """

    def __init__(self, url: str, editor: str | None = None):
        self._target = _parse_url(url)
        self.display_url = self._target.display
        self.schema = self._target.schema
        self.editor = editor or current_user()
        self._layers: dict[str, _LayerState] = {}
        self._audit_rows_read = 0
        self._table_fingerprints: dict[str, int] = {}

    def __repr__(self) -> str:
        return f"PostgisStore({self.display_url!r}, schema={self.schema!r}, editor={self.editor!r})"

    def connect(self):
        return _connect(self._target)

    # -- reading --------------------------------------------------------
    def load(self) -> Project:
        """Read the whole project from the schema."""
        with self.connect() as conn, conn.cursor() as cur:
            cur.execute("SELECT to_regclass(%s)", (f"{self.schema}.{META_TABLE}",))
            if cur.fetchone()[0] is None:
                raise StoreError(f"no LYG Siting project in schema {self.schema!r} of {self.display_url}; "
                                 f"expected a schema written by save_project_to_postgis (or choose ?schema=...)")
            cur.execute(_sql("SELECT key, value FROM {}.{}", self.schema, META_TABLE))
            meta = dict(cur.fetchall())
            layers_meta = json.loads(meta.pop("layers", "[]"))
            tables = json.loads(meta.pop("tables", "[]"))
            project = Project(title=meta.get("title", self.schema))
            project.meta.update(meta)
            for entry in layers_meta:
                if entry.get("kind") == "raster":
                    continue  # rasters stay files on disk; the GeoPackage keeps only their path too
                gdf, state = self._read_layer(cur, entry["name"])
                self._layers[entry["name"]] = state
                project.layers.append(VectorLayer(
                    entry["name"], gdf, title=entry.get("title"),
                    style=Style.from_dict(entry["style"]) if "style" in entry else None,
                    visible=entry.get("visible", True), sample=entry.get("sample", False)))
            for name in tables:
                project.tables[name] = self._read_table(cur, name)
        self._audit_rows_read = len(project.tables.get("audit_log", ()))
        self._table_fingerprints = {n: _table_fingerprint(t) for n, t in project.tables.items()}
        project.meta["open_warnings"] = ""
        project.store = self
        project.undo_stack.set_clean()
        return project

    def _read_layer(self, cur, name: str):
        cur.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND table_name = %s "
                    "ORDER BY ordinal_position", (self.schema, name))
        columns = [c for (c,) in cur.fetchall() if c not in (FID, GEOM, *LOCK_COLUMNS)]
        from psycopg import sql

        cols = sql.SQL(", ").join([_q(c) for c in columns]) if columns else sql.SQL("")
        query = sql.SQL("SELECT {fid}, version, ST_AsBinary({geom}){sep}{cols} FROM {tbl} ORDER BY {fid}").format(
            fid=_q(FID), geom=_q(GEOM), sep=sql.SQL(", ") if columns else sql.SQL(""), cols=cols,
            tbl=_q(self.schema, name))
        cur.execute(query)
        rows = cur.fetchall()
        fids = [r[0] for r in rows]
        versions = [r[1] for r in rows]
        geoms = shapely.from_wkb([bytes(r[2]) if r[2] is not None else None for r in rows])
        data = {c: [r[3 + i] for r in rows] for i, c in enumerate(columns)}
        frame = pd.DataFrame(data, index=pd.Index(fids, dtype="int64"))
        for c in columns:
            if frame[c].dtype == object and frame[c].map(lambda v: isinstance(v, datetime)).any():
                frame[c] = pd.to_datetime(frame[c], utc=True)
        gdf = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, index=frame.index, crs=STORAGE_CRS),
                               crs=STORAGE_CRS)
        state = _LayerState(columns, dict(zip(fids, versions)), _row_fingerprints(gdf, columns))
        return gdf, state

    def _read_table(self, cur, name: str) -> pd.DataFrame:
        cur.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND table_name = %s "
                    "ORDER BY ordinal_position", (self.schema, name))
        columns = [c for (c,) in cur.fetchall() if c != "row_id"]
        from psycopg import sql

        order = sql.SQL(" ORDER BY row_id") if name == "audit_log" else sql.SQL(" ORDER BY _row")
        if name != "audit_log":
            columns = [c for c in columns if c != "_row"]
        cur.execute(sql.SQL("SELECT {} FROM {}").format(sql.SQL(", ").join(_q(c) for c in columns),
                                                        _q(self.schema, name)) + order)
        return pd.DataFrame(cur.fetchall(), columns=columns)

    # -- writing --------------------------------------------------------
    def save(self, project: Project) -> dict:
        """Write this session's changes; refuse the whole save on a conflict.

        Returns
        -------
        dict
            Counts per layer: ``{"buildings": {"inserted": n, "updated": n, "deleted": n}}``.

        Raises
        ------
        ConflictError
            A feature this session changed or deleted was saved by someone
            else after it was read. Nothing is written.
        StoreError
            The database cannot be reached.
        """
        counts = {}
        renumbered: dict[str, dict] = {}
        with self.connect() as conn:
            with conn.transaction(), conn.cursor() as cur:
                for layer in project.layers.vector_layers():
                    if layer.name in self._layers:
                        counts[layer.name], renumbered[layer.name] = self._save_layer_changes(cur, layer)
                    else:
                        self._create_layer(cur, layer)
                        counts[layer.name] = {"inserted": layer.feature_count, "updated": 0, "deleted": 0}
                self._save_tables(cur, project)
                self._write_meta(cur, project)
        # Committed: what is in the store is now this session's reference.
        for name, mapping in renumbered.items():
            if mapping:
                layer = project.vector(name)
                layer.set_gdf(layer.gdf.rename(index=mapping))
        self._refresh_states(project, counts)
        return counts

    def _refresh_states(self, project: Project, counts: dict) -> None:
        for layer in project.layers.vector_layers():
            state = self._layers.get(layer.name)
            columns = [c for c in layer.fields]
            if state is None:
                self._layers[layer.name] = _LayerState(columns, {fid: 1 for fid in layer.gdf.index},
                                                       _row_fingerprints(layer.gdf, columns))
                continue
            state.columns = list(dict.fromkeys(state.columns + columns))
            reused = getattr(state, "_prints_after_save", None)
            state.fingerprints = reused if reused is not None else _row_fingerprints(layer.gdf, state.columns)
            state._prints_after_save = None
            state.versions = {fid: state.versions.get(fid, 0) for fid in layer.gdf.index}
            for fid, version in getattr(state, "_saved_versions", {}).items():
                state.versions[fid] = version
            state._saved_versions = {}
        self._audit_rows_read = len(project.tables.get("audit_log", ()))
        self._table_fingerprints = {n: _table_fingerprint(t) for n, t in project.tables.items()}

    def _ensure_columns(self, cur, layer: VectorLayer, state: _LayerState) -> None:
        from psycopg import sql

        for col in layer.fields:
            if col not in state.columns:
                cur.execute(sql.SQL("ALTER TABLE {} ADD COLUMN IF NOT EXISTS {} {}").format(
                    _q(self.schema, layer.name), _q(col), sql.SQL(_pg_type(layer.gdf[col]))))

    def _save_layer_changes(self, cur, layer: VectorLayer):
        from psycopg import sql

        state = self._layers[layer.name]
        gdf = layer.gdf
        self._ensure_columns(cur, layer, state)
        read_columns = state.columns
        new_columns = [c for c in layer.fields if c not in read_columns]
        now_prints = _row_fingerprints(gdf, read_columns)
        old_prints = state.fingerprints
        common = gdf.index.intersection(old_prints.index)
        changed = list(common[(now_prints.loc[common].values != old_prints.loc[common].values)])
        if new_columns:
            touched = gdf.loc[common, new_columns].notna().any(axis=1)
            changed = sorted(set(changed) | set(common[touched.values]))
        inserted = [fid for fid in gdf.index if fid not in old_prints.index]
        deleted = [fid for fid in old_prints.index if fid not in gdf.index]
        table = _q(self.schema, layer.name)
        columns = list(layer.fields)
        now = datetime.now(timezone.utc)
        saved_versions = {}

        for fid in deleted:
            read_version = state.versions.get(fid, 0)
            cur.execute(sql.SQL("DELETE FROM {} WHERE {} = %s AND version = %s").format(table, _q(FID)),
                        (int(fid), read_version))
            if cur.rowcount == 0:
                self._raise_if_conflict(cur, layer, fid, read_version, deleting=True)
        if changed:
            assignments = sql.SQL(", ").join(
                [sql.SQL("{} = %s").format(_q(c)) for c in columns]
                + [sql.SQL("{} = ST_GeomFromWKB(%s, {})").format(_q(GEOM), sql.Literal(SRID)),
                   sql.SQL("version = version + 1, modified_by = %s, modified_at = %s")])
            update = sql.SQL("UPDATE {} SET {} WHERE {} = %s AND version = %s RETURNING version").format(
                table, assignments, _q(FID))
            geoms = gdf.geometry
            for fid in changed:
                row = gdf.loc[fid]
                read_version = state.versions.get(fid, 0)
                params = [_python_value(row[c]) for c in columns]
                geom = geoms.loc[fid]
                params += [None if geom is None else shapely.to_wkb(geom), self.editor, now, int(fid), read_version]
                cur.execute(update, params)
                result = cur.fetchone()
                if result is None:
                    self._raise_if_conflict(cur, layer, fid, read_version)
                else:
                    saved_versions[fid] = result[0]
        mapping = {}
        if inserted:
            cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"{self.schema}.{layer.name}",))
            cur.execute(sql.SQL("SELECT {fid} FROM {t} WHERE {fid} = ANY(%s)").format(fid=_q(FID), t=table),
                        ([int(f) for f in inserted],))
            taken = {r[0] for r in cur.fetchall()}
            if taken:
                # Another user added features with the same ids: ours get fresh ones.
                cur.execute(sql.SQL("SELECT coalesce(max({fid}), -1) FROM {t}").format(fid=_q(FID), t=table))
                next_fid = max(cur.fetchone()[0], int(gdf.index.max())) + 1
                for fid in inserted:
                    if fid in taken:
                        mapping[fid] = next_fid
                        next_fid += 1
            rows = gdf.loc[inserted]
            rows = rows.rename(index=mapping)
            self._copy_rows(cur, layer.name, rows, columns, now)
            for fid in rows.index:
                saved_versions[fid] = 1
        state._saved_versions = {mapping.get(k, k): v for k, v in saved_versions.items()}
        state._prints_after_save = None if (mapping or new_columns or deleted or inserted) else now_prints
        return {"inserted": len(inserted), "updated": len(changed), "deleted": len(deleted)}, mapping

    def _raise_if_conflict(self, cur, layer: VectorLayer, fid, read_version: int, deleting: bool = False) -> None:
        from psycopg import sql

        cur.execute(sql.SQL("SELECT version, modified_by, modified_at FROM {} WHERE {} = %s").format(
            _q(self.schema, layer.name), _q(FID)), (int(fid),))
        found = cur.fetchone()
        if found is None and deleting:
            return  # someone else deleted it too: the same outcome, no conflict
        label = ""
        source = layer.gdf if fid in layer.gdf.index else None
        for name in LABEL_FIELDS:
            if source is not None and name in source.columns and pd.notna(source.at[fid, name]):
                label = str(source.at[fid, name])
                break
        if found is None:
            raise ConflictError(layer.name, int(fid), _last_deleter(cur, self.schema, layer.name, fid),
                                your_version=read_version, current_version=0, label=label)
        version, who, when = found
        when_text = when.astimezone(timezone.utc).isoformat(timespec="seconds") if when else ""
        raise ConflictError(layer.name, int(fid), who or "", when_text, read_version, version, label)

    def _create_layer(self, cur, layer: VectorLayer) -> None:
        from psycopg import sql

        gdf = layer.gdf
        table = _q(self.schema, layer.name)
        column_defs = [sql.SQL("{} bigint PRIMARY KEY").format(_q(FID))]
        column_defs += [sql.SQL("{} {}").format(_q(c), sql.SQL(_pg_type(gdf[c]))) for c in layer.fields]
        column_defs += [sql.SQL("{} geometry(Geometry, {})").format(_q(GEOM), sql.Literal(SRID)),
                        sql.SQL("version integer NOT NULL DEFAULT 1"),
                        sql.SQL("modified_by text"), sql.SQL("modified_at timestamptz")]
        cur.execute(sql.SQL("CREATE TABLE {} ({})").format(table, sql.SQL(", ").join(column_defs)))
        cur.execute(sql.SQL("CREATE INDEX ON {} USING gist ({})").format(table, _q(GEOM)))
        self._copy_rows(cur, layer.name, gdf, list(layer.fields), datetime.now(timezone.utc))

    def _copy_rows(self, cur, name: str, rows: gpd.GeoDataFrame, columns: list[str], now) -> None:
        from psycopg import sql

        if rows.empty:
            return
        geoms = shapely.set_srid(np.asarray(rows.geometry.values, dtype=object), SRID)
        ewkb = shapely.to_wkb(geoms, hex=True, include_srid=True)
        names = [FID, *columns, GEOM, "version", "modified_by", "modified_at"]
        copy_sql = sql.SQL("COPY {} ({}) FROM STDIN").format(_q(self.schema, name),
                                                             sql.SQL(", ").join(_q(c) for c in names))
        values = [rows[c].astype(object).tolist() for c in columns]
        fids = [int(f) for f in rows.index]
        with cur.copy(copy_sql) as copy:
            for i, fid in enumerate(fids):
                copy.write_row([fid, *(_python_value(col[i]) for col in values), ewkb[i], 1, self.editor, now])

    def _save_tables(self, cur, project: Project) -> None:
        from psycopg import sql

        for name, table in project.tables.items():
            if table is None:
                continue
            if name == "audit_log":
                self._append_audit_rows(cur, table)
                continue
            if self._table_fingerprints.get(name) == _table_fingerprint(table) and _table_exists(cur, self.schema, name):
                continue
            ident = _q(self.schema, name)
            cur.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(ident))
            defs = [sql.SQL("_row integer")] + [sql.SQL("{} {}").format(_q(str(c)), sql.SQL(_pg_type(table[c])))
                                                for c in table.columns]
            cur.execute(sql.SQL("CREATE TABLE {} ({})").format(ident, sql.SQL(", ").join(defs)))
            if len(table):
                cols = ["_row", *map(str, table.columns)]
                with cur.copy(sql.SQL("COPY {} ({}) FROM STDIN").format(
                        ident, sql.SQL(", ").join(_q(c) for c in cols))) as copy:
                    for i, row in enumerate(table.astype(object).itertuples(index=False)):
                        copy.write_row([i, *(_python_value(v) for v in row)])

    def _append_audit_rows(self, cur, table: pd.DataFrame) -> None:
        from psycopg import sql

        ident = _q(self.schema, "audit_log")
        cols = list(AUDIT_LOG_COLUMNS)
        cur.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {} (row_id bigserial PRIMARY KEY, {})").format(
            ident, sql.SQL(", ").join(sql.SQL("{} text").format(_q(c)) for c in cols)))
        new_rows = table.iloc[self._audit_rows_read:]
        if new_rows.empty:
            return
        with cur.copy(sql.SQL("COPY {} ({}) FROM STDIN").format(ident, sql.SQL(", ").join(_q(c) for c in cols))) as copy:
            for _, row in new_rows.iterrows():
                copy.write_row([None if c not in row or pd.isna(row[c]) else str(row[c]) for c in cols])

    def _write_meta(self, cur, project: Project) -> None:
        from psycopg import sql

        meta = {k: v for k, v in project.meta.items() if k != "open_warnings"}
        meta["layers"] = json.dumps(project._layers_meta(), ensure_ascii=False)
        meta["tables"] = json.dumps([n for n, t in project.tables.items() if t is not None], ensure_ascii=False)
        meta["saved"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
        meta["saved_by"] = self.editor
        ident = _q(self.schema, META_TABLE)
        cur.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {} (key text PRIMARY KEY, value text)").format(ident))
        cur.execute(sql.SQL("DELETE FROM {}").format(ident))
        cur.executemany(sql.SQL("INSERT INTO {} (key, value) VALUES (%s, %s)").format(ident),
                        [(str(k), str(v)) for k, v in meta.items()])


def _sql(template: str, *identifiers):
    from psycopg import sql

    return sql.SQL(template).format(*[_q(*i) if isinstance(i, tuple) else _q(i) for i in identifiers])


def _table_exists(cur, schema: str, name: str) -> bool:
    cur.execute("SELECT to_regclass(%s)", (f"{schema}.{name}",))
    return cur.fetchone()[0] is not None


def _table_fingerprint(table: pd.DataFrame | None) -> int:
    if table is None:
        return 0
    return int(pd.util.hash_pandas_object(table.astype(str), index=False).sum() % (2 ** 63)) ^ hash(tuple(map(str, table.columns)))


def _last_deleter(cur, schema: str, layer: str, fid) -> str:
    """Who deleted a feature, from the audit log when it says so."""
    if not _table_exists(cur, schema, "audit_log"):
        return ""
    from psycopg import sql

    cur.execute(sql.SQL("SELECT {} FROM {} WHERE {} = %s AND {} = %s AND {} = 'delete' ORDER BY row_id DESC LIMIT 1").format(
        _q("user"), _q(schema, "audit_log"), _q("layer"), _q("feature_id"), _q("action")), (layer, str(fid)))
    found = cur.fetchone()
    return found[0] if found else ""


def open_postgis_project(url: str, editor: str | None = None) -> Project:
    """Open the project stored in the schema named by ``url``.

    Parameters
    ----------
    url : str
        ``postgresql://user@host:port/database?schema=NAME``; a password in
        the URL works but is discouraged (use PGPASSWORD, ~/.pgpass or the
        keyring). ``schema`` defaults to ``lygsite``.
    editor : str, optional
        Name saved in ``modified_by`` and shown to others in conflicts;
        default ``$LYGSITE_USER`` or the login name.

    Returns
    -------
    Project
        With ``project.store`` set; ``project.path`` is None (the file-based
        recovery and "Save as" treat it as not yet having a file).

    Raises
    ------
    StoreError
        The server cannot be reached, or the schema holds no project.
    """
    return PostgisStore(url, editor).load()


def save_project_to_postgis(project: Project, url: str, editor: str | None = None, replace: bool = False) -> PostgisStore:
    """Write ``project`` as a new project into the schema named by ``url``.

    Parameters
    ----------
    replace : bool
        Drop a project already in that schema (with every other user's
        edits); without it such a schema is refused.

    Returns
    -------
    PostgisStore
        Also set as ``project.store``, so later saves go to the database.
    """
    store = PostgisStore(url, editor)
    with store.connect() as conn:
        with conn.transaction(), conn.cursor() as cur:
            if _table_exists(cur, store.schema, META_TABLE) and not replace:
                raise StoreError(f"schema {store.schema!r} of {store.display_url} already holds a project; "
                                 f"open it, or pass replace=True to overwrite it")
            cur.execute(_sql("DROP SCHEMA IF EXISTS {} CASCADE", store.schema))
            cur.execute(_sql("CREATE SCHEMA {}", store.schema))
            for layer in project.layers.vector_layers():
                store._create_layer(cur, layer)
            store._save_tables(cur, project)
            store._write_meta(cur, project)
    store._refresh_states(project, {})
    project.store = store
    project.undo_stack.set_clean()
    return store
