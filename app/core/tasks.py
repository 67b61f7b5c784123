"""Long operations: progress and cancel through a Feedback, and "cancel leaves nothing changed".

Convention (DESIGN.md rule 5; the GUI's ``window.run_task`` follows it): a long
operation is a function ``function(feedback)`` taking an
:class:`~app.core.algorithm.Feedback`; it reports now and then with
``feedback(fraction, text)`` (``fraction`` in [0, 1], or None when unknown).
Once the run is cancelled (``feedback.cancel()``, or the caller's
``progress_cb(fraction, text)`` returned False) that call raises
:class:`~app.core.errors.CancelledError`, so the operation stops at its next
report without any check of its own. Algorithms
(:meth:`app.core.algorithm.Algorithm.run`) take the same feedback.

:func:`run_transactional` adds the promise of issue 8: a cancelled (or
failed) operation leaves the project as it was. It snapshots the layers and
tables the task may change and puts them back on any exception.

Qt-free; the GUI calls these from its worker thread.
"""
from __future__ import annotations

import contextlib
from typing import Callable, Iterable, TypeVar

from app.core.algorithm import Feedback, as_feedback
from app.core.i18n import QT_TRANSLATE_NOOP, Message
from app.layers.model import VectorLayer, copy_gdf

#: ``progress_cb(fraction [0-1] or None, text) -> bool``; False means "the user cancelled".
ProgressCallback = Callable[[float, str], "bool | None"]
T = TypeVar("T")


def run_cancellable(function: Callable[[Feedback], T], feedback: Feedback | ProgressCallback | None = None) -> T:
    """Run ``function(feedback)`` with the cancel convention; return its result.

    Parameters
    ----------
    function : callable
        ``function(feedback) -> result``.
    feedback : Feedback or callable, optional
        A :class:`~app.core.algorithm.Feedback`, or a ``progress_cb(fraction,
        text) -> bool`` wrapped into one (``None`` from it counts as "carry on",
        so plain loggers can be passed).

    Raises
    ------
    CancelledError
        When the run was cancelled at one of the function's reports.
    """
    feedback = as_feedback(feedback)
    feedback.set_progress(0.0, "")
    result = function(feedback)
    feedback.set_progress(1.0, Message(QT_TRANSLATE_NOOP("Progress", "done")))
    return result


@contextlib.contextmanager
def project_transaction(project, layers: Iterable[str] | None = None, tables: Iterable[str] = ()):
    """Snapshot what a task may change; put it back if the block raises.

    Parameters
    ----------
    project : Project
        The open project.
    layers : iterable of str, optional
        Vector layers the task may change; None: every vector layer. The
        layer list itself (layers added or removed) is always restored.
    tables : iterable of str
        Non-spatial tables the task may change (e.g. ``"audit_log"``).

    Notes
    -----
    Layer data are copied (:func:`copy_gdf`), so a snapshot of a
    100,000-building layer costs its memory once for the task's duration.
    Commands the task pushed on the undo stack are undone first.
    """
    names = [l.name for l in project.layers.vector_layers()] if layers is None else list(layers)
    layer_order = list(project.layers)
    data = {n: copy_gdf(project.layers[n].gdf) for n in names if isinstance(project.layers.get(n), VectorLayer)}
    table_copies = {n: (project.tables[n].copy(deep=True) if n in project.tables else None) for n in tables}
    meta = dict(project.meta)
    undo_depth = len(project.undo_stack._done)
    try:
        yield
    except BaseException:
        while len(project.undo_stack._done) > undo_depth and project.undo_stack.can_undo:
            project.undo_stack.undo()
        for layer in list(project.layers):
            if layer not in layer_order:
                project.layers.remove(layer.name)
        for index, layer in enumerate(layer_order):
            if layer.name not in project.layers:
                project.layers.insert(min(index, len(project.layers)), layer)
        for name, gdf in data.items():
            layer = project.layers.get(name)
            if isinstance(layer, VectorLayer):
                layer.set_gdf(gdf)
        for name, table in table_copies.items():
            if table is None:
                project.tables.pop(name, None)
            else:
                project.set_table(name, table)
        project.meta.clear()
        project.meta.update(meta)
        raise


def run_transactional(project, function: Callable[[Feedback], T],
                      feedback: Feedback | ProgressCallback | None = None,
                      layers: Iterable[str] | None = None, tables: Iterable[str] = ()) -> T:
    """:func:`run_cancellable` inside :func:`project_transaction`.

    A cancelled or failed operation re-raises its error with the project's
    layers, tables and meta exactly as before the call.
    """
    with project_transaction(project, layers, tables):
        return run_cancellable(function, feedback)
