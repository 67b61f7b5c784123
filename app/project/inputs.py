"""What an analysis reads from the open project: the project itself and its weather.

The two shared parameters of every algorithm (:data:`app.core.algorithm.PROJECT`,
:data:`app.core.algorithm.WEATHER`) are resolved here, once for the CLI, the
GUI and scripts:

- project: an open :class:`~app.project.project.Project` as it is, a path or
  ``postgresql://`` URL opened, nothing: the demo project (sample data, said so);
- weather: an explicit file (or :class:`~app.resource.weather.Weather`) >
  the project's weather > the built-in default year
  (:func:`app.project.weather.resolve_weather`). Every result names the
  weather it used in ``weather_source``.
"""
from __future__ import annotations

from app.core.i18n import QT_TRANSLATE_NOOP, Message


def resolve_project(project, feedback=None, demo: bool = True):
    """The project of a run: ``project`` itself when open, else opened; nothing: the demo (or None)."""
    if project is not None and not isinstance(project, str) and hasattr(project, "layers"):
        return project
    if not project and not demo:
        return None
    from app.sample.demo import open_project_or_demo

    if not project and feedback is not None:
        feedback.push_info(Message(QT_TRANSLATE_NOOP("Note", "no --project: using the demo project (sample data)")))
    return open_project_or_demo(str(project) if project else None)


def resolve_weather(weather, project=None, feedback=None):
    """The weather of a run: explicit > the project's > the built-in default year.

    Parameters
    ----------
    weather : str, pathlib.Path, Weather or None
        A weather file (read with :func:`app.resource.importers.read_weather`)
        or an already read :class:`~app.resource.weather.Weather`.
    project : Project, optional
    feedback : app.core.algorithm.Feedback, optional
        Told which weather was chosen.

    Returns
    -------
    app.resource.weather.Weather
    """
    from app.project.weather import resolve_weather as project_or_given

    chosen = project_or_given(weather or None, project)
    if feedback is not None:
        feedback.push_info(Message(QT_TRANSLATE_NOOP("Note", "weather: {source}"), source=chosen.source))
    return chosen
