"""Command-line commands generated from the algorithms' declared parameters (DESIGN.md rule 5).

:func:`add_algorithm_command` turns an :class:`~app.core.algorithm.Algorithm`
into a sub-command: one option per parameter (``--name``, or the parameter's
``flag``), with its type, choices, default, unit and source in the help;
``--json`` prints one document on stdout, progress and notes go to stderr.
Values reach the algorithm as strings and are checked there, so a bad value
gives the algorithm's one-line message (naming the parameter, the value and
the expected form) instead of argparse's usage text.
"""
from __future__ import annotations

import time

from app.cli.output import emit_json, progress
from app.core.algorithm import Algorithm, Feedback, Parameter

#: argparse destination of a parameter (kept apart from the top-level ``--project``/``--lang``).
DEST_PREFIX = "param__"

_METAVARS = {"float": "NUMBER", "int": "N", "date": "YYYY-MM-DD", "file": "FILE", "path": "FILE",
             "weather": "FILE", "project": "P", "site": "ID", "mapping": "NAME=VALUE", "pair": "AxB"}


def _format(value) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple):
        return "x".join(_format(v) for v in value)
    return str(value)


def option_help(parameter: Parameter) -> str:
    """The help text of a parameter's option: what it is, its unit, bounds and default."""
    unit = f" [{parameter.unit}]" if parameter.unit and parameter.unit != "-" else ""
    text = parameter.help or parameter.title
    if parameter.type in ("float", "int", "pair") and (parameter.minimum is not None or parameter.maximum is not None):
        text += f"; {parameter.expected()}"
    else:
        text += unit
    if parameter.type == "mapping":
        text += "; names (default): " + ", ".join(
            f"{f.name} ({_format(f.default_value())}{' ' + f.unit if f.unit and f.unit != '-' else ''})"
            for f in parameter.fields)
    elif parameter.type == "enum" and parameter.choices:
        text += "; " + ", ".join(f"{value} = {title}" for value, title, *_zh in parameter.choices)
    default = parameter.default_value()
    if default is None and parameter.default_text:
        text += f" (default: {parameter.default_text})"
    if parameter.type == "bool" and default is True:
        text += " (on by default; this option turns it off)"
    if parameter.type not in ("bool", "mapping") and default is not None:
        text += f" (default {_format(default)}"
        text += f"; assumption {', '.join(parameter.default_from) if isinstance(parameter.default_from, tuple) else parameter.default_from})" \
            if parameter.default_from else ")"
    return text.replace("%", "%%")


def add_option(parser, parameter: Parameter, required: bool = False) -> None:
    """Add the option of one parameter to an argparse parser (or group)."""
    dest = DEST_PREFIX + parameter.name
    help_text = option_help(parameter)
    if parameter.type == "bool":
        negative = parameter.cli_flag.startswith("--no-")
        parser.add_argument(parameter.cli_flag, dest=dest, action="store_const", const=not negative, default=None,
                            help=help_text)
        return
    metavar = "{" + ",".join(parameter.choice_values) + "}" if parameter.type == "enum" and not parameter.open_choices \
        else _METAVARS.get(parameter.type, parameter.name.upper())
    kwargs = {"action": "append"} if parameter.type == "mapping" else {}
    if required:
        kwargs["required"] = True
    parser.add_argument(parameter.cli_flag, dest=dest, metavar=metavar, default=None, help=help_text, **kwargs)


def parameters_from_args(args, algorithm: Algorithm) -> dict:
    """The parameters given on the command line (strings; the algorithm checks them)."""
    given = {}
    for parameter in algorithm.parameters:
        value = getattr(args, DEST_PREFIX + parameter.name, None)
        if value is not None:
            given[parameter.name] = value
    return given


def cli_feedback(command: str) -> Feedback:
    """A Feedback printing each new progress text and every note or warning on stderr.

    A step that reports its text again with a larger fraction (a long loop: the rooftop's
    tiles) gets a progress bar (:func:`app.cli.output.progress_bar`).
    """
    from app.cli.output import progress_bar

    last = {"text": None, "fraction": None, "bar": None}

    def on_progress(fraction, text):
        if text and text != last["text"]:
            last.update(text=text, fraction=fraction, bar=None)
            share = f" ({100 * fraction:.0f}%)" if fraction is not None and 0 < fraction < 1 else ""
            progress(f"{command}: {text}{share}")
        elif text and fraction is not None and last["fraction"] is not None and fraction > last["fraction"]:
            if last["bar"] is None:
                last["bar"] = progress_bar(f"{command}:")
            last["fraction"] = fraction
            last["bar"](fraction)

    def on_message(kind, text):
        progress(f"{'warning' if kind == 'warning' else 'note'}: {text}")

    return Feedback(on_progress, on_message)


def run_algorithm_command(args, algorithm: Algorithm, command: str, text=None, timed: bool = False) -> int:
    """Run ``algorithm`` on the options of ``args``; print JSON or ``text(result, values)``."""
    started = time.perf_counter()
    parameters = parameters_from_args(args, algorithm)
    values = algorithm.check(parameters)
    result = algorithm.run(parameters, cli_feedback(command))
    if getattr(args, "json", False) or text is None:
        document = algorithm.to_json(result)
        if timed and isinstance(document, dict):
            document["seconds"] = round(time.perf_counter() - started, 3)
        emit_json(document)
    else:
        text(result, values)
    return 0


def add_algorithm_command(subparsers, algorithm: Algorithm, command: str | None = None, *, require=(),
                          text=None, timed: bool = False, description: str | None = None):
    """A sub-command whose options are ``algorithm``'s parameters.

    Parameters
    ----------
    subparsers
        The ``add_subparsers()`` object of the ``lygsite`` parser.
    algorithm : Algorithm
    command : str, optional
        Command name (default: the algorithm's name).
    require : iterable of str
        Parameters the command requires although the algorithm does not (an
        output file the GUI never asks for).
    text : callable, optional
        ``text(result, values)`` prints the human-readable output (without
        ``--json``); without it the command always prints JSON.
    timed : bool
        Add ``seconds`` (wall time of the command) to a JSON object.

    Returns
    -------
    argparse.ArgumentParser
    """
    command = command or algorithm.name
    parser = subparsers.add_parser(command, help=algorithm.help, description=description or algorithm.help)
    groups = {}
    for names in algorithm.exclusive:
        group = parser.add_mutually_exclusive_group()
        groups.update({name: group for name in names})
    for parameter in algorithm.parameters:
        add_option(groups.get(parameter.name, parser), parameter,
                   required=parameter.required or parameter.name in require)
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.set_defaults(func=lambda args: run_algorithm_command(args, algorithm, command, text, timed))
    return parser
