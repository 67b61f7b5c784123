"""Start the desktop application: ``lygsite`` without a command."""
from __future__ import annotations

import os
import sys
import time

#: Process start as seen by this module (first-map timing in benchmarks).
_IMPORT_TIME = time.perf_counter()


def use_offscreen_platform() -> None:
    """Draw without a display: Qt's offscreen platform unless ``QT_QPA_PLATFORM`` names another.

    For the commands that only make images (``render``, ``screenshot``), so
    they work on a server or in CI with no display and nothing set by hand.
    Call before the application is created (Qt reads it then).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def check_display() -> None:
    """Raise a readable error when the desktop window has no display to open on.

    Without it Qt aborts the process with a core dump (Linux, no ``DISPLAY``
    or ``WAYLAND_DISPLAY``, no ``QT_QPA_PLATFORM``).
    """
    from app.core.errors import LygError

    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        raise LygError("no display to open the window on (DISPLAY is not set); run it on a desktop, or make "
                       "images without one with 'lygsite screenshot' or 'lygsite render'")


def create_application(argv: list[str] | None = None):
    """The QApplication (created once), with the bundled CJK font as app font."""
    from PySide6.QtWidgets import QApplication

    from app.ui.fonts import apply_app_font

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationName("LYG Siting")
        app.setOrganizationName("lyg-siting")
    apply_app_font(app)
    return app


def load_project_for_gui(path: str | None):
    """The project to show and an error to report (or None).

    A missing or corrupt file never stops the app: it falls back to the demo
    project (or an empty project when even that cannot be built).
    """
    from app.core.errors import USER_ERRORS
    from app.sample.demo import open_project_or_demo
    from app.project import Project

    error = None
    if path:
        try:
            return open_project_or_demo(path), None
        except USER_ERRORS as exc:  # reported in the window, then carry on with the demo
            error = exc
    try:
        return open_project_or_demo(None), error
    except USER_ERRORS as exc:  # e.g. no writable cache folder for the demo: an empty project
        return Project(title="LYG Siting"), error or exc


def build_main_window(project=None, lang: str | None = None, size: tuple[int, int] | None = None, settings=None):
    """Create the application, language, project and main window (not shown).

    Returns
    -------
    window : MainWindow
    error : Exception or None
        A project-opening problem to show once the window is up.
    """
    # The project first: geopandas, pandas and GDAL imported before PySide6 load
    # faster (PySide6 inspects the source of every module imported after it).
    if project is None or isinstance(project, (str, bytes)) or hasattr(project, "__fspath__"):
        project, error = load_project_for_gui(str(project) if project else None)
    else:
        error = None
    from app.ui.i18n import LanguageManager, system_language
    from app.ui.main_window import MainWindow

    app = create_application()
    language = LanguageManager(app)
    language.set_language(lang or system_language())
    window = MainWindow(project, language_manager=language, settings=settings)
    window.remember_recent = False  # start_gui turns it on for the desktop app
    if size is not None:
        window.resize(*size)
    return window, error


def start_gui(project: str | None = None, lang: str | None = None, recover: bool = True, settings=None):
    """Build and show the main window as the desktop app does (without running the event loop).

    Without ``project`` it reopens the last project (File → Recent projects);
    on the very first start, or when no recent project is left, the demo.
    After a crash, offers the autosaves (:func:`app.ui.recovery_dialog.offer_recovery`)
    and opens the one the user restores; then autosaves the open project
    (``io_limits.autosave_interval_s``) and asks Save / Discard / Cancel
    before closing with unsaved changes.

    Parameters
    ----------
    settings : QSettings, optional
        Where the recent projects are kept (default: the user's settings).

    Returns
    -------
    MainWindow
    """
    import app.project  # noqa: F401  (geopandas, pandas, GDAL before PySide6: see build_main_window)
    from app.ui.project_dialogs import RecentProjects
    from app.ui.startup_probe import install_startup_probe

    recent = RecentProjects(settings)
    if project is None:
        project = recent.last_existing()
    window, error = build_main_window(project, lang, settings=recent.settings)
    window.remember_recent = True
    if window.project.path is not None:
        recent.add(window.project.path)
    window.confirm_close = True
    probe = install_startup_probe(window)  # benchmarks/bench_startup.py only
    window.show()
    if probe is not None:
        probe.window_shown()
    if error is not None:
        window.show_error(error)
    recovery_path = None
    if recover:
        recovery_path = restore_after_crash(window, project)
    window.enable_autosave(recovery_path=recovery_path)
    return window


def install_error_boundary(window) -> None:
    """The desktop app's last boundary: an error no code expected, raised in a Qt slot, is shown.

    Actions catch the errors a user can act on (:data:`app.core.errors.USER_ERRORS`)
    and show them; worker threads hand theirs to the window (:mod:`app.ui.tasks`).
    Anything else is a bug: Qt would print it on stderr, where a planner never
    looks, and carry on. This hook keeps the stderr traceback and also puts the
    error in the window's error box (with the traceback under "Show details").
    Tests do not install it: pytest-qt fails a test on such an error.
    """
    import weakref

    import shiboken6

    previous = sys.excepthook
    window_ref = weakref.ref(window)  # the hook outlives the window; it must not keep it alive

    def hook(exc_type, exc, tb):
        previous(exc_type, exc, tb)
        window = window_ref()
        if issubclass(exc_type, Exception) and window is not None and shiboken6.isValid(window):
            window.show_error(exc)

    sys.excepthook = hook


def restore_after_crash(window, project_arg=None):
    """Offer the autosaves of crashed sessions; open the one restored. Returns its path or None."""
    from app.core.errors import USER_ERRORS
    from app.project import recovery
    from app.ui import recovery_dialog

    extra = [project_arg] if project_arg and not str(project_arg).startswith(("postgresql:", "postgres:")) else []
    try:
        chosen = recovery_dialog.offer_recovery(window, extra_projects=extra)
    except USER_ERRORS as exc:  # a broken state folder must not keep the app from starting
        print(f"lygsite: warning: could not look for autosaves: {exc}", file=sys.stderr)
        return None
    if chosen is None:
        return None
    try:
        restored = recovery.restore_path(chosen, extra)  # into the project being opened, never a path from the file
    except USER_ERRORS as exc:
        window.show_error(exc)
        return None
    window.set_project(restored, recovery_path=chosen)
    return chosen


def run_gui(project: str | None = None, lang: str | None = None) -> int:
    """Open the main window on ``project`` (default: the last project, the demo on the first start) and run.

    Parameters
    ----------
    project : str, optional
        GeoPackage project to open; a missing/corrupt one is reported in a
        message box and the demo project is shown instead.
    lang : {"zh", "en"}, optional
        UI language; default Chinese when the system locale is Chinese.

    Returns
    -------
    int
        The exit code of the Qt event loop.
    """
    check_display()
    # start_gui creates the application after reading the project (see build_main_window)
    _window = start_gui(project, lang)  # referenced until the event loop ends
    install_error_boundary(_window)
    return int(create_application().exec())
