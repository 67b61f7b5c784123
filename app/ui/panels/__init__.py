"""Dock panels of the main window, registered by module (like the CLI's commands).

Each panel module defines::

    PANEL_KEY = "rooftop"                      # also the `lygsite screenshot --panel` name
    def title() -> str: ...                    # translated title, via QCoreApplication.translate
    def create_panel(window) -> QWidget: ...   # the dock's widget
    def prepare(project) -> None: ...          # optional: run in a worker thread before
                                               # create_panel (heavy imports, cached read-only work)

``window`` is the main window (:class:`app.ui.main_window.MainWindow`) and gives panels:

- ``window.project``: the open :class:`app.project.Project` (layers, tables, undo_stack)
- ``window.project_changed``: a Qt Signal emitted after another project is opened
- ``window.canvas``: the map canvas (``zoom_to(bounds)``, ``refresh()``, ``set_map_tool(tool)``)
- ``window.run_task(title, function, on_done, cancellable=True)``: run ``function(feedback)``
  off the GUI thread with a progress bar and a cancel button; ``feedback(fraction, text)``
  (an :class:`app.core.algorithm.Feedback`) raises :class:`app.core.errors.CancelledError`
  once the user cancelled. ``on_done(result)`` runs on the GUI thread. Analyses run
  as algorithms: :func:`app.ui.algorithm_form.run_algorithm` (their parameter fields
  are an :class:`app.ui.algorithm_form.AlgorithmForm`).
- ``window.show_error(exc)``: the one path that turns an error into a readable message.

Panels hold no state of their own beyond widgets; they read and change the
project through its layers, tables and undo stack.
"""
from __future__ import annotations

#: panel key -> module. The main window imports them after the first map is
#: drawn (their imports are slow), so they are named here rather than imported.
PANEL_MODULES = {
    "yield": "app.ui.panels.yield_panel",
    "rooftop": "app.ui.panels.rooftop_panel",
    "siting": "app.ui.panels.siting_panel",
    "progress": "app.ui.panels.progress_panel",
    "island": "app.ui.panels.island_panel",
}
