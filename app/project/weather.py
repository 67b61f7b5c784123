"""The project's weather: one year every analysis of the project uses, kept inside the project file.

A project uses either the built-in Lianyungang default year
(:func:`app.resource.weather.default_weather`) or a weather file the user
imported (EPW, TMY3, PVGIS TMY/hourly, windpowerlib CSV, pvlib-named CSV).
An imported file is stored whole in the non-spatial table
``project_weather`` of the GeoPackage (gzip, then base64 text, with its name,
format, SHA-256, size, who imported it and when), so the project file stays
self-contained and the weather can always be traced back to the exact file.
It is read again with the same importer (:func:`app.resource.importers.read_weather`)
when first needed, so stored and imported weather never differ.

Rules (DESIGN.md rule 9, CONTRACT.md ``lygsite weather``):

- :func:`resolve_weather`: an explicit weather (``--weather FILE``) wins,
  then the project's weather, then the default year.
- A file that fails the importer's checks is refused with the importer's
  message; the project's weather stays as it was.
- A stored weather that cannot be read (damaged table, a file the importer
  no longer accepts) leaves the project on the default year and says so
  once: in ``project.meta["open_warnings"]`` when the project is opened, and
  in :attr:`ProjectWeatherInfo.problem` for the status bar.

Qt-free.
"""
from __future__ import annotations

import base64
import gzip
import hashlib
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pandas as pd

from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.undo import Command

#: Non-spatial table of the project file holding the imported weather (one row, or none for the default year).
WEATHER_TABLE = "project_weather"
WEATHER_COLUMNS = ("file_name", "format", "source", "sha256", "size_bytes", "hours", "latitude", "longitude",
                   "imported", "imported_by", "origin", "encoding", "content")
#: How ``content`` is encoded.
CONTENT_ENCODING = "gzip+base64"
#: ``project_meta`` key naming the weather in use (the report's title page reads it).
META_SOURCE = "weather_source"
DEFAULT_KEY = "default"


@dataclass(frozen=True)
class ProjectWeatherInfo:
    """What the project's weather is, known without reading the hourly data.

    Attributes
    ----------
    kind : {"default", "imported"}
    source : str
        The ``weather_source`` every result names.
    key : str
        ``"default"`` or the SHA-256 of the stored file: results computed
        with another key are out of date.
    file_name, format : str
        Of the imported file (empty for the default year).
    imported, imported_by, origin : str
        When, by whom and from which path it was imported.
    hours : int
        Hours in the series (0 when unknown).
    problem : str
        Why a stored weather is not used (the default year is used instead); empty when fine.
    """

    kind: str
    source: str
    key: str
    file_name: str = ""
    format: str = ""
    imported: str = ""
    imported_by: str = ""
    origin: str = ""
    hours: int = 0
    problem: str = ""

    @property
    def is_default(self) -> bool:
        return self.kind == "default"

    def to_dict(self) -> dict:
        return {"kind": self.kind, "weather_source": self.source, "key": self.key, "file_name": self.file_name,
                "format": self.format, "imported": self.imported, "imported_by": self.imported_by,
                "origin": self.origin, "hours": self.hours, "problem": self.problem}


def _default_source() -> str:
    from app.resource.weather import default_weather_source

    return default_weather_source()


def _stored_row(project) -> dict | None:
    table = project.tables.get(WEATHER_TABLE)
    if table is None or len(table) == 0:
        return None
    return {k: table[k].iloc[0] if k in table.columns else None for k in WEATHER_COLUMNS}


def _text(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def _problem(project) -> str:
    return getattr(project, "_weather_problem", "") or ""


def weather_info(project) -> ProjectWeatherInfo:
    """The project's weather as a :class:`ProjectWeatherInfo` (cheap: reads no hourly data)."""
    row = _stored_row(project) if project is not None else None
    problem = _problem(project) if project is not None else ""
    if row is None or problem:
        info = ProjectWeatherInfo("default", _default_source(), DEFAULT_KEY, problem=problem)
        if row is not None:  # keep naming the file that could not be used
            info = ProjectWeatherInfo("default", info.source, DEFAULT_KEY, file_name=_text(row["file_name"]),
                                      format=_text(row["format"]), problem=problem)
        return info
    try:
        hours = int(float(row["hours"]))
    except (TypeError, ValueError):
        hours = 0
    return ProjectWeatherInfo("imported", _text(row["source"]), _text(row["sha256"]),
                              file_name=_text(row["file_name"]), format=_text(row["format"]),
                              imported=_text(row["imported"]), imported_by=_text(row["imported_by"]),
                              origin=_text(row["origin"]), hours=hours)


def weather_source(project) -> str:
    """The ``weather_source`` of the project's weather."""
    return weather_info(project).source


def weather_key(project) -> str:
    """``"default"`` or the stored file's SHA-256; compare with a result's key to tell it is out of date."""
    return weather_info(project).key


def _decode(row: dict) -> bytes:
    """The stored file's bytes; InputError when the table is damaged."""
    encoding = _text(row.get("encoding")) or CONTENT_ENCODING
    if encoding != CONTENT_ENCODING:
        raise InputError(QT_TRANSLATE_NOOP("Error", "stored weather: unknown encoding {encoding!r}; expected "
                                                    "{content_encoding}"), code="stored_weather_unknown_encoding",
                         encoding=encoding, content_encoding=CONTENT_ENCODING)
    try:
        content = gzip.decompress(base64.b64decode(_text(row.get("content")), validate=True))
    except (ValueError, OSError, EOFError) as exc:
        raise InputError(QT_TRANSLATE_NOOP("Error", "stored weather {text!r} is damaged ({exc})"),
                         code="stored_weather_damaged", text=_text(row.get('file_name')), exc=exc) from exc
    digest = hashlib.sha256(content).hexdigest()
    if digest != _text(row.get("sha256")):
        raise InputError(QT_TRANSLATE_NOOP("Error", "stored weather {text!r} is damaged: its checksum does not "
                                                    "match (expected {text2}…, got {digest}…)"),
                         code="stored_weather_damaged_checksum", text=_text(row.get('file_name')),
                         text2=_text(row.get('sha256'))[:12], digest=digest[:12])
    return content


def _read_bytes(content: bytes, file_name: str, fmt: str | None):
    """Read stored bytes with the importer, under the file's own name (so ``source`` is the same)."""
    from app.resource.importers import read_weather

    name = Path(file_name).name or "weather.csv"
    with tempfile.TemporaryDirectory(prefix="lygsite-weather-") as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        return read_weather(path, fmt or None)


def stored_weather(project):
    """The weather imported into the project (a :class:`~app.resource.weather.Weather`), or None.

    None when the project uses the default year, or when its stored weather
    cannot be read (then :attr:`ProjectWeatherInfo.problem` and
    ``project.meta["open_warnings"]`` say why). Read from the project file
    once and kept on the project.
    """
    if project is None:
        return None
    row = _stored_row(project)
    if row is None or _problem(project):
        return None
    key = _text(row["sha256"])
    cached = getattr(project, "_weather_cache", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    try:
        weather = _read_bytes(_decode(row), _text(row["file_name"]), _text(row["format"]))
    except InputError as exc:
        _record_problem(project, exc)
        return None
    project._weather_cache = (key, weather)
    return weather


def project_weather(project):
    """The weather every analysis of ``project`` uses: its stored weather, else the built-in default year."""
    from app.resource.weather import default_weather

    return stored_weather(project) or default_weather()


def _record_problem(project, exc: Exception) -> None:
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    project._weather_problem = first
    message = f"the project's weather could not be read ({first}); using the built-in default year"
    warnings = [w for w in _text(project.meta.get("open_warnings")).splitlines() if w]
    if message not in warnings:
        project.meta["open_warnings"] = "\n".join([message] + warnings)
    project.meta[META_SOURCE] = _default_source()


def check_stored_weather(project) -> str:
    """Check the stored weather's integrity when a project is opened; returns the problem ('' when fine).

    Only the bytes and their checksum are checked here (fast); the hourly data
    is read when an analysis first asks for it.
    """
    project._weather_problem = ""
    row = _stored_row(project)
    if row is None:
        return ""
    try:
        _decode(row)
    except InputError as exc:
        _record_problem(project, exc)
        return project._weather_problem
    return ""


def pack_weather_file(path, user: str | None = None):
    """Read ``path`` with the importer and pack it for the project file.

    Returns
    -------
    (Weather, pandas.DataFrame)
        The weather, and the one-row ``project_weather`` table.

    Raises
    ------
    InputError
        The importer's message when the file fails its checks.
    """
    from app.resource.importers import read_weather, sniff_format

    path = Path(path)
    fmt = sniff_format(path)
    weather = read_weather(path, fmt)
    content = path.read_bytes()
    if user is None:
        from app.siting.audit import current_user

        user = current_user()
    row = {
        "file_name": path.name, "format": fmt, "source": weather.source,
        "sha256": hashlib.sha256(content).hexdigest(), "size_bytes": len(content), "hours": len(weather.data),
        "latitude": float(weather.latitude), "longitude": float(weather.longitude),
        "imported": datetime.now().astimezone().isoformat(timespec="seconds"), "imported_by": user or "",
        "origin": str(path.resolve()), "encoding": CONTENT_ENCODING,
        "content": base64.b64encode(gzip.compress(content, mtime=0)).decode("ascii"),
    }
    return weather, pd.DataFrame([row], columns=list(WEATHER_COLUMNS))


class SetProjectWeather(Command):
    """Change the project's weather (undoable): a packed file, or ``None`` for the default year."""

    def __init__(self, project, table: pd.DataFrame | None, weather=None, text: str = "set the project's weather"):
        self.project = project
        self.new_table = table
        self.new_weather = weather
        self.old_table = project.tables.get(WEATHER_TABLE)
        self.old_cache = getattr(project, "_weather_cache", None)
        self.old_problem = _problem(project)
        self.old_source = project.meta.get(META_SOURCE)
        self.text = text

    def _apply(self, table, cache, problem):
        project = self.project
        if table is None:
            project.tables.pop(WEATHER_TABLE, None)
            project.events.tables.emit(name=WEATHER_TABLE)
        else:
            project.set_table(WEATHER_TABLE, table)
        project._weather_cache = cache
        project._weather_problem = problem
        project.meta[META_SOURCE] = weather_source(project)
        project.events.weather.emit(info=weather_info(project))

    def redo(self):
        cache = None
        if self.new_table is not None and self.new_weather is not None:
            cache = (str(self.new_table["sha256"].iloc[0]), self.new_weather)
        self._apply(self.new_table, cache, "")

    def undo(self):
        self._apply(self.old_table, self.old_cache, self.old_problem)
        if self.old_source is None:
            self.project.meta.pop(META_SOURCE, None)


def set_weather_command(project, path=None, user: str | None = None) -> SetProjectWeather:
    """A command setting the project's weather to the file ``path`` (None: the default year), not yet pushed.

    Raises
    ------
    InputError
        The importer's message when ``path`` fails its checks (the project is unchanged).
    """
    if path is None:
        return SetProjectWeather(project, None, None, text="use the default weather year")
    weather, table = pack_weather_file(path, user)
    return SetProjectWeather(project, table, weather, text=f"set the project's weather to {Path(path).name}")


def set_project_weather(project, path=None, user: str | None = None) -> ProjectWeatherInfo:
    """Set the project's weather (pushed on the undo stack) and return what it is now."""
    project.undo_stack.push(set_weather_command(project, path, user))
    return weather_info(project)


def resolve_weather(weather=None, project=None):
    """The weather an analysis uses: ``weather`` when given (a Weather or a file path), else the project's, else the default year."""
    if weather is not None:
        if isinstance(weather, (str, Path)):
            from app.resource.importers import read_weather

            return read_weather(weather)
        return weather
    return project_weather(project)


__all__ = ["WEATHER_TABLE", "ProjectWeatherInfo", "weather_info", "weather_source", "weather_key", "project_weather",
           "stored_weather",
           "check_stored_weather", "pack_weather_file", "SetProjectWeather", "set_weather_command",
           "set_project_weather", "resolve_weather"]
