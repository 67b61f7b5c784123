"""A stand-in for the main window's panel API (app/ui/panels/__init__.py), for panel tests.

``run_task`` runs the work inline and hands the result on; errors are
collected in ``window.errors`` instead of message boxes.
"""
import types


def fake_window(project):
    errors = []
    return types.SimpleNamespace(project=project, canvas=None, show_error=errors.append, errors=errors,
                                 run_task=lambda title, fn, done, cancellable=True: done(fn(lambda *a: True)))
