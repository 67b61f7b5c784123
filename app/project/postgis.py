"""The project in a shared PostgreSQL/PostGIS database, for a bureau's team.

A project lives in one schema (``?schema=NAME`` in the URL, default
``lygsite``) of a PostGIS database. Everything in it is versioned, not only
the features (issue 17: a layer one editor added disappeared when the other
saved, and edits to targets and titles were overwritten):

- ``project_meta (key, value, version, modified_by, modified_at)``: one row
  per key (the title, settings); ``saved``/``saved_by`` are bookkeeping.
- ``project_layers (name, position, entry, version, ...)``: the layer list,
  one row per layer: its existence, its place in the list and its entry
  (title, style, visibility; a raster's file path). Adding or removing a
  layer inserts or deletes its row, so it is a versioned change too.
- one table per vector layer: ``fid bigint primary key``, the attribute
  columns, ``geom geometry(Geometry, 4490)`` and the locking columns
  ``version integer`` (1 on insert, +1 on every saved change),
  ``modified_by text``, ``modified_at timestamptz``.
- ``project_tables (name, key_column, version, ...)``: the non-layer tables
  (``plan_targets``, ``progress_entries``...); each is stored with one
  versioned row per row (``_key``: the ``id`` column when it identifies the
  rows, else the row's content; ``_version``, ``_modified_by``,
  ``_modified_at``), cells as text.
- ``audit_log``: append-only; each session inserts only the rows it added,
  so the rows of every user are kept.

Optimistic locking: a session remembers the version and a fingerprint of
every row it read. On save, only rows this session changed are written, each
with ``UPDATE ... WHERE key = %s AND version = <read version>`` (an insert
of a new key ``ON CONFLICT DO NOTHING``, a removal ``DELETE ... WHERE version
= <read version>``); when another user saved that row in between, nothing
matches. Every such conflict is collected and the whole save is rolled back
with a :class:`~app.project.store_errors.ConflictError` listing them in the
user's terms (the feature, the layer, the plan target, the title; who and
when). Changes to different rows (features, targets, layers) all succeed.

Credentials: from the URL's libpq variables (``PGPASSWORD``, ``PGPASSFILE`` /
``~/.pgpass``, ``PGUSER``...) or the system keyring entry
``keyring.get_password("lyg-siting", "user@host")``. A password is never
stored on the project, in ``project_meta``, in the saved GeoPackage, nor in
any message, even in part: URLs shown are masked (:func:`mask_url`, which
copes with passwords holding ``/``, ``#``, ``?`` or ``@``) and database
messages are scrubbed (:func:`scrub_secret`).
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from app.core.i18n import QT_TRANSLATE_NOOP
from app.layers.import_mapping import ImportMapping
from app.core.user import current_user, login_name
from app.layers.crs import STORAGE_CRS
from app.core.errors import InputError
from app.layers.model import MissingLayer, Style, VectorLayer
from app.project import AUDIT_LOG_COLUMNS, META_TABLE, Project
from app.project.store_errors import Conflict, ConflictError, StoreError, feature_conflict

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


def _split_userinfo(rest: str) -> tuple[str | None, str | None, str]:
    """(user, password, host part) of a URL's text after ``scheme://``.

    A password typed into a URL often holds characters a URL parser takes
    for the end of the authority (``/``, ``#``, ``?``, even ``@``); Python's
    ``urlsplit`` then puts part of it into the path or the fragment, where
    messages would show it (issue 17). Here the user name ends at the first
    ``:`` or ``@``; when it ends at ``:`` and an ``@`` follows, everything up
    to the *last* ``@`` is the password.
    """
    user_end = next((i for i, ch in enumerate(rest) if ch in ":@"), len(rest))
    if user_end < len(rest) and rest[user_end] == ":" and "@" in rest[user_end:]:
        at = rest.rfind("@")
        return rest[:user_end], rest[user_end + 1:at], rest[at + 1:]
    if user_end < len(rest) and rest[user_end] == "@":
        return rest[:user_end], None, rest[user_end + 1:]
    return None, None, rest


def has_password(url: str) -> bool:
    """Whether ``url`` carries a password (in its user info or as a ``password=`` parameter)."""
    _scheme, _sep, rest = str(url).partition("://")
    return _split_userinfo(rest)[1] is not None or re.search(r"[?&]password=", rest, re.I) is not None


def mask_url(url: str) -> str:
    """The URL with any password replaced by ``***`` (safe to print or log).

    Whatever the password holds (``/``, ``#``, ``?``, ``@``), no part of it
    is left: the user info is cut at the last ``@``, and a ``password=``
    parameter is hidden to the end of the URL.
    """
    scheme, sep, rest = str(url).partition("://")
    if not sep:
        return str(url)
    user, password, host = _split_userinfo(rest)
    if password is not None:
        rest = f"{user}:***@{host}"
    found = re.search(r"([?&]password=)", rest, re.I)
    if found:
        rest = rest[:found.end()] + "***"
    return f"{scheme}{sep}{rest}"


def scrub_secret(text: str, secret: str | None) -> str:
    """``text`` without ``secret`` nor any piece of it that a parser may have cut at ``/ # ? @ : & =``."""
    text = str(text)
    if not secret:
        return text
    pieces = {secret, *re.split(r"[/#?@:&=]", secret)}
    for piece in sorted(pieces, key=len, reverse=True):
        if len(piece) >= 3 or piece == secret:
            text = text.replace(piece, "***")
    return text


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
        raise StoreError(QT_TRANSLATE_NOOP("Error", "expected a postgresql://user@host:port/database URL, got "
                                                    "{mask_url!r}"), code="postgresql_user_host_port",
                         mask_url=mask_url(url))
    scheme, _sep, rest = str(url).partition("://")
    url_user, url_password, host_part = _split_userinfo(rest)
    parts = urlsplit(f"{scheme}://{host_part}")  # no user info left to confuse the parser
    try:
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        port = parts.port
    except ValueError:
        raise StoreError(QT_TRANSLATE_NOOP("Error", "expected a postgresql://user@host:port/database URL, got "
                                                    "{mask_url!r}"), code="postgresql_user_host_port",
                         mask_url=mask_url(url)) from None
    schema = params.pop("schema", DEFAULT_SCHEMA)
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", schema):
        raise StoreError(QT_TRANSLATE_NOOP("Error", "expected a schema name of lower-case letters, digits and _, "
                                                    "got {schema!r}"), code="schema_name_lower_case", schema=schema)
    query_password = params.pop("password", None)
    if query_password is not None and parts.fragment:  # a '#' in the password: the rest was taken for a fragment
        query_password = f"{query_password}#{parts.fragment}"
    password = unquote(url_password) if url_password is not None else query_password
    username = unquote(url_user) if url_user else None
    netloc = parts.hostname or ""
    if port:
        netloc = f"{netloc}:{port}"
    # the database role: libpq also defaults to the login name
    user = username or os.environ.get("PGUSER") or login_name() or ""
    if username:
        netloc = f"{quote(username, safe='')}@{netloc}"
    clean = urlunsplit((parts.scheme, netloc, parts.path, urlencode(params), ""))
    host = parts.hostname or os.environ.get("PGHOST") or "localhost"
    return _Target(clean, schema, user, host, mask_url(url), password)


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
        reason = scrub_secret(reason, password)
        hint = ""
        if "password" in reason.lower():
            hint = (f"; set PGPASSWORD, a ~/.pgpass entry, or the keyring entry "
                    f"('{KEYRING_SERVICE}', '{target.user}@{target.host}')")
        raise StoreError(QT_TRANSLATE_NOOP("Error", "cannot connect to the shared project store {display}: "
                                                    "{reason_value}{hint}"), code="cannot_connect_shared_project",
                         display=target.display, reason_value=reason, hint=hint) from None


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


@dataclass(frozen=True)
class _Keyed:
    """A store table whose rows are versioned one by one, like features (module docstring)."""

    table: str
    key: str
    version: str = "version"
    by: str = "modified_by"
    at: str = "modified_at"


#: ``project_meta``: one versioned row per key (the title, settings...).
META_ROWS = _Keyed(META_TABLE, "key")
#: The layers of the project: existence, order (``position``) and entry (title, style, raster path...).
LAYERS_TABLE = "project_layers"
LAYER_ROWS = _Keyed(LAYERS_TABLE, "name")
#: The non-layer tables of the project (``plan_targets``...) and the column that keys their rows.
TABLES_TABLE = "project_tables"
TABLE_ROWS = _Keyed(TABLES_TABLE, "name")
#: Columns the store adds to the rows of a non-layer table.
ROW_COLUMNS = ("_key", "_row", "_version", "_modified_by", "_modified_at")
#: ``project_meta`` keys written by every save, never compared: who saved last, and when.
BOOKKEEPING_KEYS = ("saved", "saved_by")
#: Keys never stored: per-open state, and what the layer and table lists hold.
UNSTORED_KEYS = ("open_warnings", "layers", "tables")


def _text(value) -> str | None:
    """A cell as the store keeps it in a non-layer table (text; nothing for a missing value)."""
    value = _python_value(value)
    return None if value is None else str(value)


def _row_print(values: dict) -> str:
    return json.dumps({k: _text(v) for k, v in values.items()}, sort_keys=True, ensure_ascii=False)


def _layer_entry(entry: dict) -> str:
    """A layer's entry as the store compares it: without what the data decide (geometry type) or the
    path relative to a GeoPackage's folder."""
    entry = {k: v for k, v in entry.items() if k not in ("geometry_type", "source_relpath")}
    return json.dumps(entry, sort_keys=True, ensure_ascii=False, default=str)


def _table_key_column(table: pd.DataFrame) -> str:
    """``id`` when it identifies the rows (plan targets), else "" (rows keyed by their content)."""
    if "id" in table.columns:
        ids = table["id"]
        if ids.notna().all() and (ids.astype(str).str.len() > 0).all() and ids.astype(str).is_unique:
            return "id"
    return ""


def _table_rows(table: pd.DataFrame, key_column: str) -> dict[str, dict]:
    """Row key -> {column: value} of a non-layer table; keyed by ``key_column`` or by content."""
    import hashlib

    rows, seen = {}, {}
    columns = [str(c) for c in table.columns]
    for record in table.astype(object).itertuples(index=False):
        values = dict(zip(columns, record))
        if key_column:
            key = str(values[key_column])
        else:
            digest = hashlib.sha1(_row_print(values).encode()).hexdigest()[:16]
            seen[digest] = seen.get(digest, 0) + 1
            key = f"#{digest}" + (f"-{seen[digest]}" if seen[digest] > 1 else "")
        rows[key] = values
    return rows


def _describe_meta(key: str, values: dict) -> str:
    return "the project title" if key == "title" else f"the project setting {key!r}"


def _describe_layer(key: str, values: dict) -> str:
    try:
        title = json.loads(values.get("entry") or "{}").get("title")
    except ValueError:
        title = None
    return f"layer {key!r}" + (f" ({title})" if title and title != key else "")


def _describe_table(key: str, values: dict) -> str:
    return f"table {key!r}"


def _describe_row(table: str):
    def describe(key: str, values: dict) -> str:
        label = next((values[c] for c in ("title_zh", "name", "title_en") if _text(values.get(c))), None)
        if table == "plan_targets":
            what = f"plan target {key!r}"
        elif key.startswith("#"):
            what = f"a row of table {table!r}"
        else:
            what = f"row {key!r} of table {table!r}"
        return what + (f" ({label})" if label else "")
    return describe


@dataclass
class _Pending:
    """What a save will make this session's reference once it is committed."""

    versions: dict = field(default_factory=dict)  # (table, key) -> version
    layer_results: dict = field(default_factory=dict)  # layer -> (mapping, saved versions, prints or None)
    counts: dict = field(default_factory=dict)


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
        #: (store table, row key) -> (version, print) as this session read or last saved them.
        self._rows: dict[tuple[str, str], tuple[int, str]] = {}
        self._layer_positions: dict[str, float] = {}
        self._table_keys: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"PostgisStore({self.display_url!r}, schema={self.schema!r}, editor={self.editor!r})"

    def connect(self):
        return _connect(self._target)

    def _database_error(self, exc) -> StoreError:
        """A psycopg error as a StoreError naming the masked URL (never a password)."""
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return StoreError(QT_TRANSLATE_NOOP("Error", "the shared project store {display_url} failed: {scrub_secret}"),
                          code="shared_project_store_failed", display_url=self.display_url,
                          scrub_secret=scrub_secret(reason, self._target.url_password))

    # -- reading --------------------------------------------------------
    def load(self) -> Project:
        """Read the whole project from the schema (one consistent snapshot)."""
        import psycopg

        try:
            with self.connect() as conn:
                conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
                with conn.transaction(), conn.cursor() as cur:
                    project = self._load(cur)
        except psycopg.Error as exc:
            raise self._database_error(exc) from None
        project.store = self
        project.undo_stack.set_clean()
        return project

    def _load(self, cur) -> Project:
        from app.project.project import raster_candidates

        if not _table_exists(cur, self.schema, META_TABLE):
            raise StoreError(QT_TRANSLATE_NOOP("Error", "no LYG Siting project in schema {schema!r} of "
                                                        "{display_url}; expected a schema written by "
                                                        "save_project_to_postgis (or choose ?schema=...)"),
                             code="lyg_siting_project_schema", schema=self.schema, display_url=self.display_url)
        if not _table_exists(cur, self.schema, LAYERS_TABLE):
            raise StoreError(QT_TRANSLATE_NOOP("Error", "schema {schema!r} of {display_url} was written by an "
                                                        "earlier LYG Siting without versioned layer and table "
                                                        "lists; save a GeoPackage copy with that version and put "
                                                        "it back with save_project_to_postgis(replace=True)"),
                             code="schema_was_written_earlier", schema=self.schema, display_url=self.display_url)
        self._rows = {}
        cur.execute(_sql("SELECT key, value FROM {}", (self.schema, META_TABLE)))
        meta = {k: v for k, v in cur.fetchall() if k not in UNSTORED_KEYS}
        project = Project(title=meta.get("title", self.schema))
        project.meta.update(meta)
        cur.execute(_sql("SELECT key, version FROM {}", (self.schema, META_TABLE)))
        for key, version in cur.fetchall():
            if key not in UNSTORED_KEYS + BOOKKEEPING_KEYS:
                self._rows[(META_TABLE, key)] = (version, _row_print({"value": meta.get(key)}))
        cur.execute(_sql("SELECT name, position, entry, version FROM {} ORDER BY position, name",
                         (self.schema, LAYERS_TABLE)))
        self._layers, self._layer_positions, versions = {}, {}, {}
        for name, position, text, version in cur.fetchall():
            versions[name] = version
            try:
                entry = json.loads(text or "{}")
            except ValueError:
                entry = {}
            entry = {**(entry if isinstance(entry, dict) else {}), "name": name}
            if entry.get("kind") == "raster":  # rasters stay files on disk, named by path
                layer = self._open_raster(entry, raster_candidates)
            elif not _table_exists(cur, self.schema, name):
                layer = MissingLayer(name, entry, "its table is missing from the shared store")
            else:
                gdf, state = self._read_layer(cur, name)
                self._layers[name] = state
                style = entry.get("style")
                layer = VectorLayer(name, gdf, title=entry.get("title") if isinstance(entry.get("title"), str) else None,
                                    style=Style.from_dict(style) if style is not None else None,
                                    visible=bool(entry.get("visible", True)), sample=bool(entry.get("sample", False)))
                layer.import_mapping = ImportMapping.from_dict(entry.get("import_mapping"))
            project.layers.append(layer)
            self._layer_positions[name] = float(position)
        # what this session would write for each layer, unchanged (a style completed on reading is no change)
        for name, values in self._layer_values(project).items():
            self._rows[(LAYERS_TABLE, name)] = (versions[name], _row_print(values))
        cur.execute(_sql("SELECT name, key_column, version FROM {}", (self.schema, TABLES_TABLE)))
        self._table_keys = {}
        for name, key_column, version in cur.fetchall():
            self._rows[(TABLES_TABLE, name)] = (version, _row_print({"key_column": key_column or ""}))
            self._table_keys[name] = key_column or ""
            project.tables[name] = self._read_table(cur, name)
        if _table_exists(cur, self.schema, "audit_log"):
            project.tables["audit_log"] = self._read_audit(cur)
        self._audit_rows_read = len(project.tables.get("audit_log", ()))
        problems = [f"layer {layer.name!r}: {p}" for layer in project.layers for p in layer.problems]
        project.meta["open_warnings"] = "\n".join(problems)
        return project

    @staticmethod
    def _open_raster(entry: dict, raster_candidates):
        from app.layers.rasterio_io import read_raster_layer

        source = next((c for c in raster_candidates(entry, Path.cwd()) if c.is_absolute() and c.exists()), None)
        if source is None:
            return MissingLayer(entry["name"], entry, f"its raster file is missing ({entry.get('source_path')}); "
                                                      f"locate the file or remove the layer")
        try:
            layer = read_raster_layer(source, name=entry["name"], title=entry.get("title"))
        except InputError as exc:
            return MissingLayer(entry["name"], entry, f"could not be opened: {exc}")
        layer.visible = bool(entry.get("visible", True))
        layer.sample = bool(entry.get("sample", layer.sample))
        return layer

    def _layer_values(self, project: Project, positions: dict | None = None) -> dict[str, dict]:
        """Layer name -> its row in ``project_layers`` as this session would write it."""
        positions = positions if positions is not None else self._layer_positions
        return {entry["name"]: {"position": float(positions.get(entry["name"], 0.0)), "entry": _layer_entry(entry)}
                for entry in project._layers_meta()}

    def _read_table(self, cur, name: str) -> pd.DataFrame:
        """A non-layer table (text in the store; numbers converted back where that loses nothing)."""
        from app.layers.vector_io import numbers_where_lossless

        cur.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND table_name = %s "
                    "ORDER BY ordinal_position", (self.schema, name))
        columns = [c for (c,) in cur.fetchall() if c not in ROW_COLUMNS]
        from psycopg import sql

        selected = [_q("_key"), _q("_version")] + [_q(c) for c in columns]
        cur.execute(sql.SQL("SELECT {} FROM {} ORDER BY _row, _key").format(sql.SQL(", ").join(selected),
                                                                           _q(self.schema, name)))
        rows = cur.fetchall()
        table = numbers_where_lossless(pd.DataFrame([r[2:] for r in rows], columns=columns, dtype=object))
        for (key, version, *_values), values in zip(rows, table.astype(object).itertuples(index=False)):
            self._rows[(name, key)] = (version, _row_print(dict(zip(columns, values))))
        return table

    def _read_audit(self, cur) -> pd.DataFrame:
        from psycopg import sql

        cols = list(AUDIT_LOG_COLUMNS)
        cur.execute(sql.SQL("SELECT {} FROM {} ORDER BY row_id").format(
            sql.SQL(", ").join(_q(c) for c in cols), _q(self.schema, "audit_log")))
        return pd.DataFrame(cur.fetchall(), columns=cols)

    # -- writing --------------------------------------------------------
    def save(self, project: Project) -> dict:
        """Write this session's changes; refuse the whole save when any would overwrite a colleague's.

        Every object is versioned: each ``project_meta`` key, each layer's
        entry (existence, position, title, style), each non-layer table and
        its rows, each feature. Only what this session changed is written,
        each with ``... WHERE version = <the version read>``; all conflicts
        are collected and the save is refused with the list.

        Returns
        -------
        dict
            Counts per layer: ``{"buildings": {"inserted": n, "updated": n, "deleted": n}}``.

        Raises
        ------
        ConflictError
            Listing every change of someone else that this save would have
            overwritten. Nothing is written.
        StoreError
            The database cannot be reached or failed.
        """
        import psycopg

        pending = _Pending()
        positions = self._positions([layer.name for layer in project.layers])
        try:
            with self.connect() as conn:
                with conn.transaction(), conn.cursor() as cur:
                    conflicts = self._save(cur, project, positions, pending)
                    if conflicts:
                        raise ConflictError(conflicts=_feature_first(conflicts))
        except psycopg.Error as exc:
            raise self._database_error(exc) from None
        # Committed: what is in the store is now this session's reference.
        for name, (mapping, _versions, _prints) in pending.layer_results.items():
            if mapping:
                layer = project.vector(name)
                layer.set_gdf(layer.gdf.rename(index=mapping))
        self._commit_states(project, pending, positions)
        return pending.counts

    def _save(self, cur, project: Project, positions: dict, pending: _Pending) -> list[Conflict]:
        conflicts: list[Conflict] = []
        self._ensure_registries(cur)
        cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"{self.schema}.registries",))
        # project_meta: one row per key
        meta = {k: {"value": _text(v)} for k, v in project.meta.items() if k not in UNSTORED_KEYS + BOOKKEEPING_KEYS}
        conflicts += self._sync(cur, META_ROWS, meta, _describe_meta, pending)
        # non-layer tables: the list, then the rows of each
        tables = {name: table for name, table in project.tables.items() if table is not None and name != "audit_log"}
        keys = {name: self._table_keys.get(name, _table_key_column(table)) for name, table in tables.items()}
        keys = {name: (key if key in tables[name].columns or not key else _table_key_column(tables[name]))
                for name, key in keys.items()}
        added, removed = [], []
        conflicts += self._sync(cur, TABLE_ROWS, {n: {"key_column": k} for n, k in keys.items()}, _describe_table,
                                pending, added=added, removed=removed)
        for name in removed:
            conflicts += self._drop_table(cur, name)
        for name, table in tables.items():
            if (TABLES_TABLE, name) not in pending.versions:
                continue  # its addition conflicted
            rows = _table_rows(table, keys[name])
            spec = _Keyed(name, "_key", "_version", "_modified_by", "_modified_at")
            if name not in added and not _table_exists(cur, self.schema, name):
                if any(self._rows.get((name, k), (0, None))[1] != _row_print(v) for k, v in rows.items()):
                    conflicts.append(Conflict(_describe_table(name, {}), "was removed", detail=" (you changed it)"))
                continue
            self._ensure_table(cur, name, table)
            conflicts += self._sync(cur, spec, rows, _describe_row(name), pending)
        # layers: the list (existence, order, title, style), then the features of each
        added, removed = [], []
        conflicts += self._sync(cur, LAYER_ROWS, self._layer_values(project, positions), _describe_layer, pending,
                                added=added, removed=removed)
        for name in removed:
            conflicts += self._drop_layer(cur, name)
        for layer in project.layers.vector_layers():
            if (LAYERS_TABLE, layer.name) not in pending.versions:
                continue  # its addition conflicted, or another user removed it
            if layer.name not in added and layer.name in self._layers and \
                    not _table_exists(cur, self.schema, layer.name):
                if self._has_feature_changes(layer):
                    conflicts.append(Conflict(_describe_layer(layer.name, {}), "was removed",
                                              detail=" (you changed its features)"))
                continue
            if layer.name in added or layer.name not in self._layers:
                if _table_exists(cur, self.schema, layer.name):
                    if layer.name in added and (LAYERS_TABLE, layer.name) not in self._rows:
                        self._layers[layer.name] = self._empty_state(cur, layer.name)  # the same layer, added twice
                    else:
                        raise StoreError(QT_TRANSLATE_NOOP("Error", "schema {schema!r} has a table {layer_name!r} "
                                                                    "that is not a layer of the project; rename "
                                                                    "your layer {layer_name!r} or remove that table"),
                                         code="schema_table_layer_project", schema=self.schema, layer_name=layer.name)
                else:
                    self._create_layer(cur, layer)
                    pending.counts[layer.name] = {"inserted": layer.feature_count, "updated": 0, "deleted": 0}
                    pending.layer_results[layer.name] = ({}, {fid: 1 for fid in layer.gdf.index}, None)
                    continue
            found, counts, result = self._save_layer_changes(cur, layer)
            conflicts += found
            pending.counts[layer.name] = counts
            pending.layer_results[layer.name] = result
        audit = project.tables.get("audit_log")
        if audit is not None:
            self._append_audit_rows(cur, audit)
        self._write_bookkeeping(cur)
        return conflicts

    def _positions(self, names: list[str]) -> dict[str, float]:
        """Position of each layer (ascending = top first): read layers keep theirs unless this session
        reordered them; added layers go between their neighbours."""
        known = [n for n in names if n in self._layer_positions]
        if known != sorted(known, key=lambda n: (self._layer_positions[n], n)):
            return {n: float(i) for i, n in enumerate(names)}
        out: dict[str, float] = {}
        for i, name in enumerate(names):
            if name in self._layer_positions:
                out[name] = self._layer_positions[name]
                continue
            before = out[names[i - 1]] if i else None
            after = next((self._layer_positions[m] for m in names[i + 1:] if m in self._layer_positions), None)
            if before is None and after is None:
                out[name] = float(i)
            elif before is None:
                out[name] = after - 1.0
            elif after is None:
                out[name] = before + 1.0
            else:
                out[name] = (before + after) / 2.0
        return out

    def _sync(self, cur, spec: _Keyed, rows: dict[str, dict], describe, pending: _Pending,
              added: list | None = None, removed: list | None = None) -> list[Conflict]:
        """Write the rows of ``spec.table`` this session added, changed or removed, each only if nobody
        else saved that row since it was read; returns the conflicts (nothing is raised here)."""
        from psycopg import sql

        conflicts = []
        table = _q(self.schema, spec.table)
        now = datetime.now(timezone.utc)
        read = {key: self._rows[(t, key)] for (t, key) in self._rows if t == spec.table}
        for key, values in rows.items():
            values = {k: float(v) if (spec.table, k) == (LAYERS_TABLE, "position") else _text(v)
                      for k, v in values.items()}
            printed = _row_print(values)
            columns = list(values)
            if key not in read:
                names = [spec.key, *columns, spec.version, spec.by, spec.at]
                cur.execute(sql.SQL("INSERT INTO {} ({}) VALUES ({}) ON CONFLICT ({}) DO NOTHING RETURNING {}").format(
                    table, sql.SQL(", ").join(_q(c) for c in names), sql.SQL(", ").join(sql.Placeholder() * len(names)),
                    _q(spec.key), _q(spec.version)), [key, *values.values(), 1, self.editor, now])
                got = cur.fetchone()
                existing = None if got else self._select_row(cur, spec, key, columns)
                if got or (existing and _row_print(existing[0]) == printed):
                    pending.versions[(spec.table, key)] = (got[0] if got else existing[1], printed)
                    if added is not None:
                        added.append(key)
                else:
                    conflicts.append(Conflict(describe(key, values), "was added", existing[2], _when(existing[3])))
            elif read[key][1] != printed:
                assignments = [sql.SQL("{} = %s").format(_q(c)) for c in columns]
                assignments.append(sql.SQL("{v} = {v} + 1, {b} = %s, {a} = %s").format(
                    v=_q(spec.version), b=_q(spec.by), a=_q(spec.at)))
                cur.execute(sql.SQL("UPDATE {} SET {} WHERE {} = %s AND {} = %s RETURNING {}").format(
                    table, sql.SQL(", ").join(assignments), _q(spec.key), _q(spec.version), _q(spec.version)),
                    [*values.values(), self.editor, now, key, read[key][0]])
                got = cur.fetchone()
                if got:
                    pending.versions[(spec.table, key)] = (got[0], printed)
                    continue
                existing = self._select_row(cur, spec, key, columns)
                if existing is None:
                    conflicts.append(Conflict(describe(key, values), "was removed" if spec.table in (
                        LAYERS_TABLE, TABLES_TABLE) else "was deleted", detail=" (you changed it)"))
                else:
                    conflicts.append(Conflict(describe(key, existing[0]), "was changed", existing[2],
                                              _when(existing[3]), f" (your version {read[key][0]}, now {existing[1]})"))
            else:
                pending.versions[(spec.table, key)] = read[key]
        for key in read:
            if key in rows:
                continue
            cur.execute(sql.SQL("DELETE FROM {} WHERE {} = %s AND {} = %s").format(table, _q(spec.key),
                                                                                  _q(spec.version)),
                        (key, read[key][0]))
            if cur.rowcount:
                if removed is not None:
                    removed.append(key)
                continue
            existing = self._select_row(cur, spec, key, [])
            if existing is not None:
                conflicts.append(Conflict(describe(key, existing[0]), "was changed", existing[2], _when(existing[3]),
                                          f" (you removed it; your version {read[key][0]}, now {existing[1]})"))
        return conflicts

    def _select_row(self, cur, spec: _Keyed, key: str, columns: list[str]):
        """(values, version, modified_by, modified_at) of a row in the store, or None."""
        from psycopg import sql

        cur.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND table_name = %s",
                    (self.schema, spec.table))
        present = {c for (c,) in cur.fetchall()}
        wanted = [c for c in (columns or sorted(present - {spec.key, spec.version, spec.by, spec.at, "_row"}))
                  if c in present]
        selected = [_q(spec.version), _q(spec.by), _q(spec.at)] + [_q(c) for c in wanted]
        cur.execute(sql.SQL("SELECT {} FROM {} WHERE {} = %s").format(sql.SQL(", ").join(selected),
                                                                     _q(self.schema, spec.table), _q(spec.key)), (key,))
        found = cur.fetchone()
        if found is None:
            return None
        values = dict(zip(wanted, found[3:]))
        return values, int(found[0]), found[1] or "", found[2]

    def _ensure_registries(self, cur) -> None:
        from psycopg import sql

        meta = _q(self.schema, META_TABLE)
        cur.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {} (key text PRIMARY KEY, value text, "
                            "version integer NOT NULL DEFAULT 1, modified_by text, modified_at timestamptz)").format(meta))
        cur.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {} (name text PRIMARY KEY, position double precision, entry text, "
                            "version integer NOT NULL DEFAULT 1, modified_by text, modified_at timestamptz)").format(
            _q(self.schema, LAYERS_TABLE)))
        cur.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {} (name text PRIMARY KEY, key_column text, "
                            "version integer NOT NULL DEFAULT 1, modified_by text, modified_at timestamptz)").format(
            _q(self.schema, TABLES_TABLE)))

    def _ensure_table(self, cur, name: str, table: pd.DataFrame) -> None:
        """The store table of a non-layer table, with a text column for each of the session's columns."""
        from psycopg import sql

        ident = _q(self.schema, name)
        cur.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {} (_key text PRIMARY KEY, _row bigserial, "
                            "_version integer NOT NULL DEFAULT 1, _modified_by text, _modified_at timestamptz)").format(ident))
        for column in table.columns:
            cur.execute(sql.SQL("ALTER TABLE {} ADD COLUMN IF NOT EXISTS {} text").format(ident, _q(str(column))))

    def _drop_table(self, cur, name: str) -> list[Conflict]:
        """Drop a non-layer table this session removed, unless a colleague changed its rows since."""
        changed = self._changed_rows(cur, name, "_key", "_version", {k: v[0] for (t, k), v in self._rows.items()
                                                                     if t == name})
        if changed:
            return [Conflict(f"table {name!r} (which you removed)", "had rows changed", changed)]
        cur.execute(_sql("DROP TABLE IF EXISTS {}", (self.schema, name)))
        return []

    def _drop_layer(self, cur, name: str) -> list[Conflict]:
        """Drop a layer's table this session removed, unless a colleague changed its features since."""
        state = self._layers.get(name)
        if state is None or not _table_exists(cur, self.schema, name):
            return []  # a raster or a missing layer: nothing in the store but its entry
        changed = self._changed_rows(cur, name, FID, "version", state.versions)
        if changed:
            return [Conflict(f"layer {name!r} (which you removed)", "had features changed", changed)]
        cur.execute(_sql("DROP TABLE IF EXISTS {}", (self.schema, name)))
        return []

    def _changed_rows(self, cur, table: str, key: str, version: str, read_versions: dict) -> str:
        """Who changed rows of ``table`` since they were read ("" when nobody; "another user" when unknown)."""
        from psycopg import sql

        if not _table_exists(cur, self.schema, table):
            return ""
        by = "_modified_by" if key == "_key" else "modified_by"
        cur.execute(sql.SQL("SELECT {}, {}, {} FROM {}").format(_q(key), _q(version), _q(by), _q(self.schema, table)))
        rows = cur.fetchall()
        now = {k: (v, who) for k, v, who in rows}
        changed = [who or "another user" for k, (v, who) in now.items() if read_versions.get(k) != v]
        if not changed and set(read_versions) - set(now):
            changed = ["another user"]
        return ", ".join(sorted(set(changed)))

    def _empty_state(self, cur, name: str) -> _LayerState:
        cur.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND table_name = %s "
                    "ORDER BY ordinal_position", (self.schema, name))
        columns = [c for (c,) in cur.fetchall() if c not in (FID, GEOM, *LOCK_COLUMNS)]
        return _LayerState(columns, {}, pd.Series(dtype="uint64"))

    def _write_bookkeeping(self, cur) -> None:
        from psycopg import sql

        stamp = datetime.now(timezone.utc)
        for key, value in (("saved", stamp.isoformat(timespec="seconds")), ("saved_by", self.editor)):
            cur.execute(sql.SQL("INSERT INTO {} (key, value, version, modified_by, modified_at) VALUES (%s, %s, 1, %s, %s) "
                                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, "
                                "modified_by = EXCLUDED.modified_by, modified_at = EXCLUDED.modified_at").format(
                _q(self.schema, META_TABLE)), (key, value, self.editor, stamp))

    def _commit_states(self, project: Project, pending: _Pending, positions: dict) -> None:
        """After a committed save: the rows and features written are this session's reference."""
        self._rows = dict(pending.versions)
        self._layer_positions = {name: positions[name] for name in positions}
        self._table_keys = {name: json.loads(printed).get("key_column") or "" for (table, name), (_v, printed)
                            in self._rows.items() if table == TABLES_TABLE}
        for layer in project.layers.vector_layers():
            mapping, saved_versions, prints = pending.layer_results.get(layer.name, ({}, {}, None))
            state = self._layers.get(layer.name)
            columns = list(layer.fields)
            if state is None:
                self._layers[layer.name] = _LayerState(columns, {fid: 1 for fid in layer.gdf.index},
                                                       _row_fingerprints(layer.gdf, columns))
                continue
            state.columns = list(dict.fromkeys(state.columns + columns))
            state.fingerprints = prints if prints is not None else _row_fingerprints(layer.gdf, state.columns)
            state.versions = {fid: state.versions.get(fid, 0) for fid in layer.gdf.index}
            state.versions.update(saved_versions)  # keyed by the ids as renumbered
        for name in [n for n in self._layers if n not in project.layers]:
            del self._layers[name]
        self._audit_rows_read = len(project.tables.get("audit_log", ()))

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

    # -- layer tables ----------------------------------------------------
    def _ensure_columns(self, cur, layer: VectorLayer, state: _LayerState) -> None:
        from psycopg import sql

        for col in layer.fields:
            if col not in state.columns:
                cur.execute(sql.SQL("ALTER TABLE {} ADD COLUMN IF NOT EXISTS {} {}").format(
                    _q(self.schema, layer.name), _q(col), sql.SQL(_pg_type(layer.gdf[col]))))

    def _save_layer_changes(self, cur, layer: VectorLayer):
        """Write the features this session changed; returns (conflicts, counts, (fid mapping, versions, prints))."""
        from psycopg import sql

        state = self._layers[layer.name]
        conflicts = []
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
                conflicts += self._feature_conflict(cur, layer, fid, read_version, deleting=True)
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
                    conflicts += self._feature_conflict(cur, layer, fid, read_version)
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
        saved_versions = {mapping.get(k, k): v for k, v in saved_versions.items()}
        prints = None if (mapping or new_columns or deleted or inserted) else now_prints
        counts = {"inserted": len(inserted), "updated": len(changed), "deleted": len(deleted)}
        return conflicts, counts, (mapping, saved_versions, prints)

    def _has_feature_changes(self, layer: VectorLayer) -> bool:
        state = self._layers[layer.name]
        if set(layer.gdf.index) != set(state.fingerprints.index):
            return True
        now = _row_fingerprints(layer.gdf, state.columns)
        return bool((now.loc[state.fingerprints.index].values != state.fingerprints.values).any())

    def _feature_conflict(self, cur, layer: VectorLayer, fid, read_version: int, deleting: bool = False) -> list:
        """The conflict of a feature whose versioned update or delete matched no row ([] when none)."""
        from psycopg import sql

        cur.execute(sql.SQL("SELECT version, modified_by, modified_at FROM {} WHERE {} = %s").format(
            _q(self.schema, layer.name), _q(FID)), (int(fid),))
        found = cur.fetchone()
        if found is None and deleting:
            return []  # someone else deleted it too: the same outcome, no conflict
        label = ""
        source = layer.gdf if fid in layer.gdf.index else None
        for name in LABEL_FIELDS:
            if source is not None and name in source.columns and pd.notna(source.at[fid, name]):
                label = str(source.at[fid, name])
                break
        if found is None:
            return [feature_conflict(layer.name, int(fid), _last_deleter(cur, self.schema, layer.name, fid),
                                     your_version=read_version, current_version=0, label=label)]
        version, who, when = found
        return [feature_conflict(layer.name, int(fid), who or "", _when(when), read_version, version, label)]


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


def _sql(template: str, *identifiers):
    from psycopg import sql

    return sql.SQL(template).format(*[_q(*i) if isinstance(i, tuple) else _q(i) for i in identifiers])


def _table_exists(cur, schema: str, name: str) -> bool:
    cur.execute("SELECT to_regclass(%s)", (f'"{schema}"."{name}"',))
    return cur.fetchone()[0] is not None


def _when(stamp) -> str:
    return stamp.astimezone(timezone.utc).isoformat(timespec="seconds") if stamp else ""


def _feature_first(conflicts: list[Conflict]) -> list[Conflict]:
    """Conflicts with those of features first (a ConflictError's attributes describe the first)."""
    return sorted(conflicts, key=lambda c: 0 if "feature" in c.what and "(which you removed)" not in c.what else 1)


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
    import psycopg

    store = PostgisStore(url, editor)
    pending = _Pending()
    positions = store._positions([layer.name for layer in project.layers])
    try:
        with store.connect() as conn:
            with conn.transaction(), conn.cursor() as cur:
                if _table_exists(cur, store.schema, META_TABLE) and not replace:
                    raise StoreError(QT_TRANSLATE_NOOP("Error", "schema {schema!r} of {display_url} already holds "
                                                                "a project; open it, or pass replace=True to "
                                                                "overwrite it"), code="schema_already_holds_project",
                                     schema=store.schema, display_url=store.display_url)
                cur.execute(_sql("DROP SCHEMA IF EXISTS {} CASCADE", store.schema))
                cur.execute(_sql("CREATE SCHEMA {}", store.schema))
                conflicts = store._save(cur, project, positions, pending)  # nothing read yet: everything is added
                if conflicts:
                    raise ConflictError(conflicts=conflicts)
    except psycopg.Error as exc:
        raise store._database_error(exc) from None
    store._commit_states(project, pending, positions)
    project.store = store
    project.undo_stack.set_clean()
    return store
