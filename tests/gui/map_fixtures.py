"""Shared fixtures of the map-window GUI tests (import them into a test module).

The demo project is built once per session (~1.5 s); each test gets it back
with the layer order, visibility, styles and selections it started with.
"""
from __future__ import annotations

import gc
import os
import weakref

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: MainWindows created during the session, while Python still holds them.
WINDOWS: weakref.WeakSet = weakref.WeakSet()


def free_widgets() -> None:
    """Run pending deferred deletions (``deleteLater``) and collect garbage."""
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is None:
        return
    for _ in range(3):  # a destructor may post more deletions (docks of a deleted window)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if len(WINDOWS):
        gc.collect()  # windows are referenced from cycles through their callbacks


@pytest.fixture(scope="session")
def demo_project_session():
    from app.sample.demo import build_demo_project

    return build_demo_project()


@pytest.fixture
def demo_project(demo_project_session):
    from app.layers.model import Style

    project = demo_project_session
    order = list(project.layers)
    state = {l.name: (l.visible, Style.from_dict(l.style.to_dict())) for l in order}
    yield project
    free_widgets()  # the test's windows go first: restoring the project must not redraw them
    for layer in list(project.layers):
        if layer.name not in state:
            project.layers.remove(layer.name)
    for index, layer in enumerate(order):
        if layer.name not in project.layers:
            project.layers.insert(index, layer)
        project.layers.move(layer.name, index)
        visible, style = state[layer.name]
        layer.visible = visible
        if layer.style.to_dict() != style.to_dict():
            layer.set_style(style)
        if hasattr(layer, "clear_selection"):
            layer.clear_selection()
    project.undo_stack.clear()


def make_window(qtbot, project, lang="en", size=(1200, 800), panels=False):
    """The main window on ``project``, shown and drawn.

    With ``panels`` every dock panel is built first (as a user sees the window);
    without, none is built after the first map as the app would (so none
    resizes the canvas under the test), and a panel is built when the test
    asks for it (``window.panel_docks[key].widget()``). Building the five
    panels takes longer than the rest of the window.
    """
    from app.ui.i18n import LanguageManager
    from app.ui.main import create_application
    from app.ui.main_window import MainWindow

    app = create_application()
    language = LanguageManager(app)
    language.set_language(lang)
    window = MainWindow(project, language_manager=language)
    qtbot.addWidget(window)
    window.resize(*size)
    if not panels:
        window.canvas.render_finished.disconnect(window._start_panel_import)
    window.show()
    qtbot.waitExposed(window)
    if panels:
        window.build_panels()
    window.canvas.zoom_full()
    assert window.canvas.wait_idle(15000)
    return window


@pytest.fixture
def window(qtbot, demo_project):
    win = make_window(qtbot, demo_project, "en")
    yield win
    win.language_manager.set_language("en")
    win.close()


def canvas_pixel(canvas, lon, lat):
    """The colour the user sees on the canvas at lon/lat."""
    assert canvas.wait_idle(15000)
    image = canvas.grab().toImage()
    point = canvas.to_screen(lon, lat)
    return image.pixelColor(int(round(point.x())), int(round(point.y())))
