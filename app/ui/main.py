"""Start the desktop application: ``lygsite`` without a command."""
from __future__ import annotations

import sys
import time

#: Process start as seen by this module (first-map timing in benchmarks).
_IMPORT_TIME = time.perf_counter()


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
    from app.demo import open_project_or_demo
    from app.project import Project

    error = None
    if path:
        try:
            return open_project_or_demo(path), None
        except Exception as exc:  # reported in the window, then carry on with the demo
            error = exc
    try:
        return open_project_or_demo(None), error
    except Exception as exc:
        return Project(title="LYG Siting"), error or exc


def build_main_window(project=None, lang: str | None = None, size: tuple[int, int] | None = None):
    """Create the application, language, project and main window (not shown).

    Returns
    -------
    window : MainWindow
    error : Exception or None
        A project-opening problem to show once the window is up.
    """
    from app.ui.i18n import LanguageManager, system_language
    from app.ui.main_window import MainWindow

    app = create_application()
    language = LanguageManager(app)
    language.set_language(lang or system_language())
    if project is None or isinstance(project, (str, bytes)) or hasattr(project, "__fspath__"):
        project, error = load_project_for_gui(str(project) if project else None)
    else:
        error = None
    window = MainWindow(project, language_manager=language)
    if size is not None:
        window.resize(*size)
    return window, error


def run_gui(project: str | None = None, lang: str | None = None) -> int:
    """Open the main window on ``project`` (default: the demo) and run until closed.

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
    app = create_application()
    window, error = build_main_window(project, lang)
    window.show()
    if error is not None:
        window.show_error(error)
    return int(app.exec())
