"""Long operations off the GUI thread with a progress bar and a cancel button.

``window.run_task(title, function, on_done)`` runs ``function(feedback)`` in
a pool of worker threads, with an :class:`app.core.algorithm.Feedback`.
``feedback(fraction, text="")`` (``progress``) may be called from the worker at
any rate; once the user pressed Cancel it raises
:class:`app.core.errors.CancelledError`, so the function stops there.
``window.run_algorithm(algorithm, parameters, on_done)`` runs an algorithm
the same way. ``on_done(result)`` runs on the GUI thread; errors go to
``window.show_error`` (DESIGN.md rules 5 and 6). A cancelled task never calls
``on_done`` (even when its function finished before it saw the cancel), nor
does any task once the window is closing.
"""
from __future__ import annotations

import os
import traceback
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from app.core.algorithm import Feedback
from app.core.errors import USER_ERRORS, CancelledError, LygError
from app.ui.i18n import message_text


class _TaskSignals(QObject):
    # never emit None through Signal(object): PySide6 6.12 on Python 3.11 then
    # corrupts None's refcount; fractions use -1 for "unknown", outcomes a tuple
    progress = Signal(float, str)
    finished = Signal(object)  # (result, error, traceback text)


#: Worker threads of run_task (plain Python threads: results come back via queued Qt signals).
_EXECUTOR = ThreadPoolExecutor(max_workers=max(2, (os.cpu_count() or 2)), thread_name_prefix="lygsite-task")


class _TaskRunnable:
    def __init__(self, function, handle: "TaskHandle", signals: _TaskSignals):
        self.function = function
        self.handle = handle
        self.signals = signals

    def run(self):
        try:
            result = self.function(self.handle.feedback)
        # Boundary: a worker thread has no one to tell; every error (a bug included) is handed to the GUI
        # thread, which shows it through window.show_error.
        except BaseException as exc:  # noqa: BLE001
            self.signals.finished.emit((None, exc, traceback.format_exc()))
            return
        self.signals.finished.emit((result, None, ""))


class TaskHandle(QObject):
    """One running task: ``cancel()``, ``is_running``, and the ``finished()`` signal.

    After ``finished`` read ``result`` and ``error``; ``feedback`` holds the
    run's warnings and notes.

    Attributes
    ----------
    title : str
    result : object
        The function's return value once finished.
    error : BaseException or None
        What the function raised (``CancelledError`` when cancelled).
    """

    finished = Signal()

    def __init__(self, title: str, cancellable: bool, parent=None):
        super().__init__(parent)
        self.title = title
        self.cancellable = cancellable
        self.feedback = Feedback(on_progress=self._report)
        self.is_running = True
        self.result = None
        self.error: BaseException | None = None
        self.traceback_text = ""
        self._signals: _TaskSignals | None = None

    def cancel(self) -> None:
        """Ask the function to stop at its next ``progress`` call."""
        if self.cancellable:
            self.feedback.cancel()

    @property
    def cancelled(self) -> bool:
        return self.feedback.is_cancelled

    def _report(self, fraction=None, text: str = "") -> bool:
        # worker thread: only emit (queued to the GUI thread) and read the flag
        if self._signals is not None:
            # worded here: the signal carries plain text (QCoreApplication.translate is thread-safe)
            self._signals.progress.emit(-1.0 if fraction is None else float(fraction), message_text(text or ""))
        return not self.feedback.is_cancelled


class TaskProgressWidget(QWidget):
    """Title, progress bar and cancel button of one task, for the status bar."""

    def __init__(self, handle: TaskHandle, parent=None):
        super().__init__(parent)
        self.handle = handle
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.label = QLabel(handle.title)
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(180)
        self.bar.setRange(0, 0)  # busy until the first fraction arrives
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setEnabled(handle.cancellable)
        self.cancel_button.clicked.connect(self._on_cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)

    def _on_cancel(self):
        self.handle.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("{title}: cancelling…").format(title=self.handle.title))

    def set_progress(self, fraction, text: str) -> None:
        if fraction is None or fraction < 0:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(max(0.0, min(1.0, float(fraction))) * 1000))
        if text and not self.handle.cancelled:
            self.label.setText(f"{self.handle.title}: {text}")


def start_task(window, title: str, function, on_done=None, cancellable: bool = True) -> TaskHandle:
    """Run ``function(progress)`` in the global pool; see the module docstring."""
    handle = TaskHandle(title, cancellable, parent=window)
    signals = _TaskSignals(handle)  # lives in the GUI thread as long as the handle
    handle._signals = signals
    runnable = _TaskRunnable(function, handle, signals)
    widget = TaskProgressWidget(handle)
    window.statusBar().addWidget(widget)
    window._tasks.append(handle)

    def on_progress(fraction, text):
        widget.set_progress(fraction, text)

    def on_finished(outcome):
        result, error, tb_text = outcome
        handle.is_running = False
        handle.result, handle.error, handle.traceback_text = result, error, tb_text
        window.statusBar().removeWidget(widget)
        widget.deleteLater()
        if handle in window._tasks:
            window._tasks.remove(handle)
        if getattr(window, "is_closing", False):
            pass  # the window is gone: results have nowhere to go (and must not touch a shut-down canvas)
        elif isinstance(error, CancelledError) or handle.cancelled:
            # also when the work finished before it saw the cancel: the user asked for nothing to change
            window.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "{title}: cancelled, nothing was changed").format(title=title), 5000)
        elif error is not None:
            window.show_error(error, details=None if isinstance(error, LygError) else tb_text)
        elif on_done is not None:
            try:
                on_done(result)
            except USER_ERRORS as exc:  # e.g. data outside Lianyungang, found once the file is read
                window.show_error(exc)  # the traceback only for a library's error, not for a problem with the input
            finally:
                # also when on_done has a bug (it then reaches the application's boundary): whoever waits
                # on the task learns it ended
                handle.finished.emit()
            return
        handle.finished.emit()

    signals.progress.connect(on_progress)
    signals.finished.connect(on_finished)
    _EXECUTOR.submit(runnable.run)
    return handle
