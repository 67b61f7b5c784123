"""The user's own project in the window: new project, properties, the project's weather, recent files, import mode.

- :class:`NewProjectDialog` (File → New project): a title and a file; the
  project (real counties and sea, empty layers, nothing sample) is built and
  saved there by :meth:`app.ui.main_window.MainWindow.create_new_project`.
- :class:`ProjectPropertiesDialog` (File → Project properties): the title
  reports and printed maps carry (an undoable change).
- :class:`ProjectWeatherDialog` (File → Project weather, or the weather
  button in the status bar): the one place where the project's weather is
  set; every analysis of the project uses it (:mod:`app.project.weather`).
- :class:`RecentProjects`: the last 10 projects, kept per user in QSettings.
- :class:`ImportModeDialog`: Replace / Append / Update with the counts each
  would give, asked before an import into a layer that has features.
- :class:`ResultWeather`: lets a panel mark its result out of date when the
  project's weather changes after the result was computed.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget)

from app.ui.binding import EventBindings
from app.ui.i18n import message_text, translate

#: Entries of File → Recent projects.
RECENT_LIMIT = 10
RECENT_KEY = "recent_projects"


def default_settings() -> QSettings:
    """The user's settings: ``~/.config/lyg-siting/LYG Siting.ini`` on Linux, or ``settings.ini`` in
    ``$LYGSITE_STATE_DIR`` when that is set (as for the autosave state, :func:`app.project.recovery.state_dir`)."""
    import os

    explicit = os.environ.get("LYGSITE_STATE_DIR")
    if explicit:
        return QSettings(str(Path(explicit) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "lyg-siting", "LYG Siting")


class RecentProjects:
    """The most recently opened or saved project files, newest first (at most :data:`RECENT_LIMIT`)."""

    def __init__(self, settings: QSettings | None = None):
        self.settings = settings if settings is not None else default_settings()

    def paths(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings returns a lone entry as a string
            value = [value]
        return [str(v) for v in (value or []) if str(v)]

    def _store(self, paths: list[str]) -> None:
        self.settings.setValue(RECENT_KEY, paths[:RECENT_LIMIT])
        self.settings.sync()

    def add(self, path) -> None:
        text = str(Path(path).expanduser().resolve())
        self._store([text] + [p for p in self.paths() if p != text])

    def remove(self, path) -> None:
        text = str(Path(path).expanduser().resolve())
        self._store([p for p in self.paths() if p != text])

    def last_existing(self) -> str | None:
        """The newest entry that is still a file (the project start-up reopens)."""
        return next((p for p in self.paths() if Path(p).is_file()), None)


class NewProjectDialog(QDialog):
    """Title and file of a new project; OK builds and saves it through the window."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("new_project_dialog")
        self.window_ref = window
        self.task = None
        self.setWindowTitle(self.tr("New project"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A project of your own: the six counties of Lianyungang and the sea, with empty "
                           "buildings and candidate-site layers for your data. Nothing in it is sample data."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("new_project_title")
        self.title_edit.setPlaceholderText(self.tr("e.g. 赣榆区新建公共建筑屋顶光伏核查 2025"))
        self.title_edit.setMinimumWidth(380)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("new_project_path")
        self.path_edit.setPlaceholderText(self.tr("project.gpkg"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Project file"), row)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("new_project_message")
        self.message.setStyleSheet("color: #d7191c")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the new project as"), "",
                                              self.tr("LYG Siting project (*.gpkg)"))
        if path:
            self.path_edit.setText(path if path.lower().endswith(".gpkg") else path + ".gpkg")

    def run(self) -> None:
        """Check the title and file, then build and save the project (off the GUI thread)."""
        from app.core.errors import InputError
        from app.project.new_project import check_title

        title, path = self.title_edit.text(), self.path_edit.text().strip()
        try:
            check_title(title)
            if not path:
                raise InputError(self.tr("choose where to save the project (a .gpkg file)"))
            target = Path(path if path.lower().endswith(".gpkg") else path + ".gpkg").expanduser()
            if not target.parent.is_dir():
                raise InputError(self.tr("the folder {folder} does not exist").format(folder=target.parent))
            if target.exists():
                raise InputError(self.tr("{file} already exists; choose a new file name").format(file=target.name))
        except InputError as exc:
            self.message.setText(message_text(exc))
            return
        self.task = self.window_ref.create_new_project(title, target)
        self.accept()


class ProjectPropertiesDialog(QDialog):
    """The project title (used by reports and printed maps) and where the project lives."""

    def __init__(self, window):
        from app.project.weather import weather_info

        super().__init__(window)
        self.setObjectName("project_properties_dialog")
        self.window_ref = window
        project = window.project
        self.setWindowTitle(self.tr("Project properties"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit(project.title)
        self.title_edit.setObjectName("project_title_edit")
        self.title_edit.setMinimumWidth(380)
        form.addRow(self.tr("Title"), self.title_edit)
        where = project.path or (getattr(project.store, "display_url", None) if project.store else None)
        form.addRow(self.tr("File"), QLabel(str(where) if where else self.tr("not saved yet")))
        form.addRow(self.tr("Created"), QLabel(project.meta.get("created", "—")))
        weather_row = QHBoxLayout()
        self.weather_label = QLabel(message_text(weather_info(project).source))
        self.weather_label.setWordWrap(True)
        change = QPushButton(self.tr("Change…"))
        change.clicked.connect(lambda: window.project_weather_dialog())
        weather_row.addWidget(self.weather_label, 1)
        weather_row.addWidget(change)
        form.addRow(self.tr("Weather"), weather_row)
        note = QLabel(self.tr("The title is printed on reports and map layouts."))
        note.setStyleSheet("color: #555555")
        layout.addLayout(form)
        layout.addWidget(note)
        self.message = QLabel()
        self.message.setStyleSheet("color: #d7191c")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def run(self) -> None:
        from app.core.errors import InputError
        from app.project.new_project import SetProjectTitle, check_title

        project = self.window_ref.project
        try:
            title = check_title(self.title_edit.text())
        except InputError as exc:
            self.message.setText(message_text(exc))
            return
        if title != project.title:
            project.undo_stack.push(SetProjectTitle(project, title))
        self.accept()


def weather_text(info) -> str:
    """What the status bar says about the project's weather."""
    if info.problem:
        return translate("ProjectDialogs", "Weather: default year (stored weather unreadable)")
    if info.is_default:
        return translate("ProjectDialogs", "Weather: default year")
    return translate("ProjectDialogs", "Weather: {name}").format(name=info.file_name or message_text(info.source))


def weather_details(info) -> str:
    """Several lines on the project's weather (dialog and tool tip)."""
    lines = [message_text(info.source)]
    if not info.is_default:
        lines.append(translate("ProjectDialogs", "{hours} hours; imported {when} by {who}").format(
            hours=f"{info.hours:,}", when=info.imported or "?", who=info.imported_by or "?"))
        if info.origin:
            lines.append(translate("ProjectDialogs", "from {path}").format(path=info.origin))
        lines.append(translate("ProjectDialogs", "Stored inside the project file."))
    if info.problem:
        lines.append(translate("ProjectDialogs", "The stored weather ({file}) could not be read: {problem}. The default "
                               "year is used until you import a weather file again.").format(
            file=info.file_name, problem=info.problem))
    lines.append(translate("ProjectDialogs", "Every analysis of this project uses this weather and names it in its "
                                             "result."))
    return "\n".join(lines)


class ProjectWeatherDialog(QDialog):
    """The one place to set the project's weather: import a file, or go back to the default year."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("project_weather_dialog")
        self.window_ref = window
        self.bindings = EventBindings(self)
        self.setWindowTitle(self.tr("Project weather"))
        layout = QVBoxLayout(self)
        self.current_label = QLabel()
        self.current_label.setObjectName("project_weather_current")
        self.current_label.setWordWrap(True)
        self.current_label.setMinimumWidth(440)
        layout.addWidget(self.current_label)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import weather file…"))
        self.import_button.setObjectName("project_weather_import")
        self.import_button.clicked.connect(self._import_dialog)
        self.default_button = QPushButton(self.tr("Use the default year"))
        self.default_button.setObjectName("project_weather_default")
        self.default_button.clicked.connect(window.use_default_weather)
        row.addWidget(self.import_button)
        row.addWidget(self.default_button)
        row.addStretch(1)
        layout.addLayout(row)
        formats = QLabel(self.tr("EPW, TMY3, PVGIS TMY or hourly (JSON/CSV), windpowerlib CSV, or a CSV with pvlib "
                             "column names (ghi, dni, dhi, temp_air, wind_speed). The file is checked first; a "
                             "file that fails the checks changes nothing."))
        formats.setWordWrap(True)
        formats.setStyleSheet("color: #555555")
        layout.addWidget(formats)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.bindings.connect(window.project.events.weather, lambda **_kw: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        from app.project.weather import weather_info

        info = weather_info(self.window_ref.project)
        self.current_label.setText(weather_details(info))
        self.default_button.setEnabled(not info.is_default or bool(info.problem))

    def _import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import weather file"), "",
            self.tr("Weather files (*.epw *.csv *.json *.tm3 *.tmy3);;All files (*)"))
        if path:
            self.window_ref.set_project_weather_file(path)


class ImportModeDialog(QDialog):
    """Replace / Append / Update by id, with what each would do; nothing changes until OK.

    Parameters
    ----------
    plans : dict
        Mode -> :class:`app.siting.layer_import.ImportPlan` (modes not possible are absent).
    layer_title : str
    file_name : str
    skipped : int
        Rows of the file left out by the checks.
    """

    def __init__(self, plans: dict, layer_title: str, file_name: str, skipped: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("import_mode_dialog")
        self.plans = plans
        self.setWindowTitle(self.tr("Import into {layer}").format(layer=layer_title))
        layout = QVBoxLayout(self)
        some = next(iter(plans.values()))
        existing = some.replaced if some.mode == "replace" else some.kept + some.updated
        head = QLabel(self.tr("{layer} already has {n} feature(s). How should {file} ({k} usable row(s)) come in?")
                      .format(layer=layer_title, n=f"{existing:,}", file=file_name,
                              k=f"{plans['replace'].added:,}" if "replace" in plans else "?"))
        head.setWordWrap(True)
        layout.addWidget(head)
        self.group = QButtonGroup(self)
        self.buttons_by_mode: dict[str, QRadioButton] = {}
        self.descriptions: dict[str, QLabel] = {}
        titles = {"update": self.tr("Update by {key}"), "append": self.tr("Append"), "replace": self.tr("Replace")}
        texts = {
            "replace": self.tr("The layer holds only the file's {added} feature(s); its {replaced} feature(s) are "
                               "removed (audits of removed buildings stay in the audit log)."),
            "append": self.tr("The file's {added} feature(s) are added to the {kept} there; {renumbered} id(s) "
                              "already in the layer are renumbered."),
            "update": self.tr("{updated} feature(s) matched and updated (audit fields and audit log kept), {added} new "
                          "added, {unmatched} in the layer but not in the file kept unchanged."),
        }
        for mode in ("update", "append", "replace"):
            plan = plans.get(mode)
            button = QRadioButton()
            button.setObjectName(f"import_mode_{mode}")
            description = QLabel()
            description.setWordWrap(True)
            description.setContentsMargins(22, 0, 0, 6)
            description.setStyleSheet("color: #444444")
            if plan is None:
                button.setText(titles[mode].format(key="id"))
                description.setText(self.tr("Not possible: the layer or the file has no id column."))
                button.setEnabled(False)
            else:
                counts = {k: f"{v:,}" for k, v in plan.counts().items()}
                button.setText(titles[mode].format(key=plan.key))
                description.setText(texts[mode].format(**counts))
            layout.addWidget(button)
            layout.addWidget(description)
            self.group.addButton(button)
            self.buttons_by_mode[mode] = button
            self.descriptions[mode] = description
        self.setMinimumWidth(520)
        default = "update" if "update" in plans else "append"
        self.buttons_by_mode[default].setChecked(True)
        if skipped:
            note = QLabel(self.tr("{k} row(s) of the file were left out by the checks.").format(k=skipped))
            note.setStyleSheet("color: #a65e00")
            layout.addWidget(note)
        undo = QLabel(self.tr("The import is one step: Edit → Undo brings the layer back."))
        undo.setStyleSheet("color: #555555")
        layout.addWidget(undo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def choose(self, mode: str) -> None:
        self.buttons_by_mode[mode].setChecked(True)

    def mode(self) -> str:
        return next(m for m, b in self.buttons_by_mode.items() if b.isChecked())

    def plan(self):
        return self.plans[self.mode()]


class ResultWeather:
    """Marks a panel's result out of date when the project's weather changes after it was computed.

    The panel calls :meth:`stamp` with the result's ``weather_source`` when it
    shows a result and :meth:`clear` when it has none; ``label`` then says,
    while the project's weather differs, which weather the result used.
    """

    def __init__(self, panel: QWidget, window, label: QLabel):
        self.window = window
        self.label = label
        self.label.setObjectName(label.objectName() or "stale_weather_label")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 2px 4px; }")
        self.label.hide()
        self.source: str | None = None
        self.key: str | None = None
        self.bindings = EventBindings(panel)
        self._bind()
        changed = getattr(window, "project_changed", None)
        if changed is not None and hasattr(changed, "connect"):
            changed.connect(lambda *_a: (self._bind(), self.clear()))

    def _bind(self) -> None:
        self.bindings.disconnect_all()
        project = getattr(self.window, "project", None)
        if project is not None and hasattr(project, "events") and hasattr(project.events, "weather"):
            self.bindings.connect(project.events.weather, lambda **_kw: self.refresh())

    def _current(self):
        from app.project.weather import weather_info

        return weather_info(getattr(self.window, "project", None))

    def stamp(self, source: str | None = None) -> None:
        """Remember the weather of the result now shown (its ``weather_source``; default the project's).

        A result that names the project's weather (also a derived one, "...; 10 m wind x1.25 to the offshore
        mean") goes out of date when that weather changes; one computed from something else (an offshore
        site's documented climate) does not follow the project's weather and never does.
        """
        info = self._current()
        source = source or info.source
        depends = source.startswith(info.source)
        self.source = source if depends else None
        self.key = info.key if depends else None
        self.refresh()

    def clear(self) -> None:
        self.source = self.key = None
        self.refresh()

    @property
    def is_stale(self) -> bool:
        if self.source is None:
            return False
        return self.key != self._current().key

    def refresh(self) -> None:
        if self.is_stale:
            text = translate("ProjectDialogs", "Out of date: computed with {old}; the project's weather is now {new}. "
                                               "Run again.")
            self.label.setText(text.format(old=self.source, new=self._current().source))
            self.label.show()
        else:
            self.label.hide()


__all__ = ["RecentProjects", "NewProjectDialog", "ProjectPropertiesDialog", "ProjectWeatherDialog",
           "ImportModeDialog", "ResultWeather", "weather_text", "weather_details", "default_settings"]
