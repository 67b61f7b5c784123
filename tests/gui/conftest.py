"""GUI tests free what they build; a test that leaks a window or a widget fails.

After each test (as napari's viewer fixture does): pytest-qt has closed and
``deleteLater``-ed the widgets registered with ``qtbot.addWidget``;
:func:`free_widgets` runs those deferred deletions (Qt runs them only from an
event loop, which a test does not run) and collects garbage. The autouse
fixture :func:`no_leaked_widgets` then fails the test when a top-level widget
it created is still alive, or a :class:`~app.ui.main_window.MainWindow` it
created is still referenced from Python (e.g. by a callback left on a core
model: the session's demo project outlives every window), and deletes what
it found so the next test starts clean. Register every widget a test builds
with ``qtbot.addWidget`` (windows: :func:`tests.gui.map_fixtures.make_window`).
"""
from __future__ import annotations

import pytest

from tests.gui.map_fixtures import WINDOWS, free_widgets  # sets QT_QPA_PLATFORM before Qt loads

import shiboken6  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _track_main_windows():
    from app.ui.main_window import MainWindow

    original = MainWindow.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        WINDOWS.add(self)

    MainWindow.__init__ = init
    yield
    MainWindow.__init__ = original


def _address(widget) -> int:
    return shiboken6.getCppPointer(widget)[0]


def _describe(widget) -> str:
    if not shiboken6.isValid(widget):
        return f"{type(widget).__name__} (deleted in C++, still referenced from Python)"
    name = widget.objectName() or widget.windowTitle() or ""
    return f"{type(widget).__name__} {name!r}".strip()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.call_failed = report.failed
    return report


@pytest.fixture(autouse=True)
def no_leaked_widgets(request):
    """Fail the test that leaves a window or a top-level widget alive (see the module docstring)."""
    app = QApplication.instance()
    before = {_address(w) for w in app.topLevelWidgets()} if app is not None else set()
    windows_before = set(map(id, WINDOWS))
    yield
    app = QApplication.instance()
    if app is None:
        return
    # pytest keeps fixture values (e.g. the `window` fixture's) in item.funcargs until after teardown
    funcargs = request.node.funcargs
    for name in [name for name, value in funcargs.items() if isinstance(value, QWidget)]:
        del funcargs[name]
    free_widgets()
    leaked = [w for w in app.topLevelWidgets() if _address(w) not in before]
    windows = [w for w in WINDOWS if id(w) not in windows_before]
    found = [_describe(w) for w in leaked] + [_describe(w) for w in windows if w not in leaked]
    for widget in leaked + windows:  # so that the next test starts clean
        if shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()
    free_widgets()
    if found and not getattr(request.node, "call_failed", False):
        pytest.fail(f"{request.node.name} left {len(found)} widget(s) alive: {', '.join(found)}; register them "
                    "with qtbot.addWidget and disconnect callbacks on core models when a widget is deleted",
                    pytrace=False)
