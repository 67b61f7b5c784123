"""Analyses as algorithm objects: declared parameters, feedback and cancel (DESIGN.md rule 5).

An analysis is declared once, as an :class:`Algorithm` with a tuple of
:class:`Parameter` (QGIS processing: ``QgsProcessingAlgorithm`` with its
``QgsProcessingParameterDefinition`` list). From that one declaration:

- :meth:`Algorithm.check` turns a parameter dict (from the command line, a
  form or a script) into checked values, raising
  :class:`~app.core.errors.InputError` naming the parameter, the value and
  the expected form, with a stable ``code`` and ``params`` (a UI can word
  the message in its own language from them);
- the command line builds its options (:mod:`app.cli.algorithms`) and the
  panels their forms (:mod:`app.ui.algorithm_form`);
- :meth:`Algorithm.run` checks, opens the project and the weather the run
  uses (:mod:`app.project.inputs`), then calls :meth:`Algorithm.process`,
  which wraps the analysis functions (functions first, objects wrap them:
  DESIGN.md rule 2) and returns a result dataclass with ``to_dict()``.

A :class:`Feedback` carries progress (a fraction and a text), cancel and the
warnings of a run; it replaces the bare ``function(progress)`` convention:
it is itself callable as ``progress(fraction, text)`` (returns True, raises
:class:`~app.core.errors.CancelledError` once cancelled), so the analysis
functions that take a ``progress`` callable accept it as it is.

Qt-free: the CLI, the GUI (off its thread) and notebooks all run the same
objects::

    from app.core import algorithm
    result = algorithm.get("pv").run({"latitude": 34.6, "longitude": 119.2, "kwp": 10,
                                      "tilt": 30, "azimuth": 180})
    result.to_dict()["annual_kwh"]

Declaring a parameter (see :class:`Parameter` for every field)::

    Parameter("hub_height", "float", unit="m", minimum=10, maximum="wind.max_hub_height",
              title=QT_TRANSLATE_NOOP("Algorithm", "Hub height"),
              help=QT_TRANSLATE_NOOP("Algorithm", "height of the rotor centre above ground"))
    Parameter("dc_ac_ratio", "float", default_from="pv.dc_ac_ratio", minimum=0.5, maximum=3)

``default_from`` names an assumption (``app/resources/assumptions``): the
default value, its unit, its title (``title_en``/``title_zh``) and its source
come from there. Titles, help and choice titles are English and marked with
:func:`QT_TRANSLATE_NOOP` (context ``"Algorithm"``) so that ``pyside6-lupdate``
finds them for the translation source; the forms translate them.
"""
from __future__ import annotations

import datetime as _dt
import importlib
import math
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from app.core import assumptions
from app.core.errors import CancelledError, InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, Message, Word  # the algorithm modules import QT_TRANSLATE_NOOP from here

#: Parameter types. ``project`` and ``weather`` are resolved to objects by
#: :meth:`Algorithm.run` (see :mod:`app.project.inputs`); ``file`` takes a path
#: that must exist, or an object already read from one (a RuleSet, a
#: GeoDataFrame); ``path`` an output file; ``site`` a candidate-site id;
#: ``mapping`` NAME=VALUE pairs of declared ``fields``; ``pair`` two numbers
#: written ``AxB``.
PARAMETER_TYPES = ("float", "int", "bool", "enum", "text", "date", "file", "path", "project", "weather", "site",
                   "mapping", "pair")


#: The analysis modules that declare algorithms (imported by :func:`algorithms`).
PROVIDER_MODULES = ("app.resource.algorithms", "app.siting.algorithms", "app.export.algorithms")


def _error(parameter: "Parameter", code: str, expected: str, value, **params) -> InputError:
    shown = value if isinstance(value, (int, float)) and not isinstance(value, bool) else repr(value)
    if isinstance(shown, float):
        shown = f"{shown:g}"
    name = parameter.word()
    if code == "file_not_found":
        template = QT_TRANSLATE_NOOP("Error", "{parameter}: file not found: {value}; expected {expected}")
    else:
        template = QT_TRANSLATE_NOOP("Error", "{parameter}: expected {expected}, got {shown}")
    return InputError(Message(template, parameter=name, value=value, expected=expected, shown=shown), code=code,
                      params={"parameter": parameter.name, "shown": shown, "value": value, "expected": expected,
                              "unit": parameter.unit, **params})


def _unit_suffix(unit: str) -> str:
    return f" [{unit}]" if unit and unit != "-" else ""


@dataclass(frozen=True, eq=False)
class Parameter:
    """One declared input of an algorithm.

    Attributes
    ----------
    name : str
        Key in the parameter dict and argument name (``hub_height``); the
        command-line option is ``--hub-height`` unless ``flag`` says otherwise.
    type : str
        One of :data:`PARAMETER_TYPES`.
    title : str
        Short English title; the UI shows its translation (context
        ``"Algorithm"``). Default: the assumption's ``title_en``.
    unit : str
        Unit of the value (``"m"``, ``"kWp"``, ``"deg"``, ``"%"``); shown as a
        spin-box suffix and in brackets in the help. Default: the assumption's.
    default : object
        Value used when none is given (None: no default).
    default_from : str or tuple of str, optional
        Assumption key(s) giving the default (a tuple for a ``pair``); the
        value, unit, title and source then live in one place.
    minimum, maximum : float or str, optional
        Inclusive bounds; a str is an assumption key holding the bound.
    exclusive_minimum : bool
        The value must be strictly above ``minimum`` (a capacity > 0).
    choices : tuple
        ``enum`` values, each a str, a ``(value, title)`` pair (the title
        translated by Qt) or a ``(value, title_en, title_zh)`` triple (the
        titles of a data table, e.g. the wake models).
    open_choices : bool
        ``enum`` whose choices are suggestions: other values pass through to
        the analysis's own checks (a roughness length in m besides the presets).
    optional : bool
        May be left out (None) although there is no default.
    default_text : str
        What an optional parameter left out means ("from the wind rose");
        forms show it as the empty choice, the help as the default.
    help : str
        One English sentence for the command-line help and the tooltip.
    flag : str, optional
        Command-line option when it differs from ``--<name>`` (``--lat``).
    extensions : tuple of str
        Accepted suffixes of a ``file``/``path`` (``(".pdf", ".xlsx")``).
    fields : tuple of Parameter
        The named numbers of a ``mapping`` (each with its own default and bounds).
    decimals : int, optional
        Decimals a form shows (default: 2, or 0 for whole numbers).
    advanced : bool
        Shown in forms only on request.
    suggestions : callable, optional
        ``() -> list of str``: values a form offers in an editable list
        (turbine types); not a check.
    """

    name: str
    type: str
    title: str = ""
    unit: str = ""
    default: Any = None
    default_from: str | tuple | None = None
    minimum: float | str | None = None
    maximum: float | str | None = None
    exclusive_minimum: bool = False
    choices: tuple = ()
    open_choices: bool = False
    optional: bool = False
    default_text: str = ""
    help: str = ""
    flag: str | None = None
    extensions: tuple = ()
    fields: tuple = ()
    decimals: int | None = None
    advanced: bool = False
    suggestions: Callable[[], list] | None = field(default=None, repr=False)

    def __post_init__(self):
        if self.type not in PARAMETER_TYPES:
            raise ValueError(f"parameter {self.name!r}: unknown type {self.type!r}; expected one of "
                             f"{', '.join(PARAMETER_TYPES)}")
        spec = assumptions.get(self.default_from) if isinstance(self.default_from, str) else None
        if isinstance(self.default_from, tuple) and self.default_from:
            spec = assumptions.get(self.default_from[0])
        if spec is not None:
            if not self.title:
                object.__setattr__(self, "title", spec.title_en or self.name)
            if not self.unit and spec.unit != "-":
                object.__setattr__(self, "unit", spec.unit)
        if not self.title:
            object.__setattr__(self, "title", self.name.replace("_", " ").capitalize())
        object.__setattr__(self, "choices", tuple((c, c) if isinstance(c, str) else tuple(c) for c in self.choices))
        if self.default_text and not self.optional:
            raise ValueError(f"parameter {self.name!r}: default_text is for optional parameters")
        object.__setattr__(self, "extensions", tuple(e.lower() for e in self.extensions))

    # -- declaration, as read by the CLI and the forms ---------------------------
    @property
    def choice_values(self) -> tuple:
        return tuple(choice[0] for choice in self.choices)

    @property
    def cli_flag(self) -> str:
        """The command-line option: ``--name``, or ``--no-name`` for a bool that defaults to True."""
        if self.flag:
            return self.flag
        stem = self.name.replace("_", "-")
        return f"--no-{stem}" if self.type == "bool" and self.default_value() is True else f"--{stem}"

    @property
    def required(self) -> bool:
        """True when a run must be given a value (no default, not optional)."""
        if self.optional or self.type in ("bool", "mapping", "project", "weather"):
            return False
        return self.default is None and self.default_from is None

    def bound(self, which: str) -> float | None:
        """``minimum`` or ``maximum`` as a number (assumption keys read)."""
        value = getattr(self, which)
        if value is None:
            return None
        return float(assumptions.value(value)) if isinstance(value, str) else float(value)

    def default_value(self):
        """The default: the assumption value(s) for ``default_from``, else ``default``."""
        if self.type == "mapping":
            return {f.name: f.default_value() for f in self.fields}
        if isinstance(self.default_from, tuple):
            return tuple(assumptions.value(key) for key in self.default_from)
        if self.default_from:
            return assumptions.value(self.default_from)
        return self.default

    def source(self, lang: str | None = None) -> str:
        """Where the default comes from, or ''.

        Without ``lang`` the assumptions' full technical references (the
        command line's help, English); with ``lang`` their short citations for
        readers in that language (:meth:`app.core.assumptions.Assumption.cite`),
        '' for an assumption that has none.
        """
        keys = self.default_from if isinstance(self.default_from, tuple) else (self.default_from,)
        found = [assumptions.get(k) for k in keys if k]
        texts = [a.source if lang is None else a.cite(lang) for a in found]
        return "; ".join(t for t in texts if t)

    def word(self) -> Word:
        """The parameter in messages: its name on the command line, its (translated) title in a UI."""
        return Word(self.name, title=self.title)

    def expected(self) -> Message:
        """The expected form in words, e.g. ``a number in 0..90 [deg]`` (a translatable message)."""
        unit = _unit_suffix(self.unit)
        if self.type in ("float", "int", "pair"):
            noun = Message({"float": QT_TRANSLATE_NOOP("Error", "a number"),
                            "int": QT_TRANSLATE_NOOP("Error", "a whole number"),
                            "pair": QT_TRANSLATE_NOOP("Error", "two numbers AxB")}[self.type])
            low, high = self.bound("minimum"), self.bound("maximum")
            if low is not None and high is not None and not self.exclusive_minimum:
                return Message(QT_TRANSLATE_NOOP("Error", "{noun} in {low:g}..{high:g}{unit}"), noun=noun, low=low,
                               high=high, unit=unit)
            if low is not None and high is not None:
                return Message(QT_TRANSLATE_NOOP("Error", "{noun} > {low:g} and <= {high:g}{unit}"), noun=noun,
                               low=low, high=high, unit=unit)
            if low is not None:
                template = QT_TRANSLATE_NOOP("Error", "{noun} > {low:g}{unit}") if self.exclusive_minimum \
                    else QT_TRANSLATE_NOOP("Error", "{noun} >= {low:g}{unit}")
                return Message(template, noun=noun, low=low, unit=unit)
            if high is not None:
                return Message(QT_TRANSLATE_NOOP("Error", "{noun} <= {high:g}{unit}"), noun=noun, high=high, unit=unit)
            return Message(QT_TRANSLATE_NOOP("Error", "{noun}{unit}"), noun=noun, unit=unit)
        if self.type == "bool":
            return Message(QT_TRANSLATE_NOOP("Error", "true or false"))
        if self.type == "enum":
            choices = Listing(Word(choice[0], title=choice[1]) if len(choice) == 2 and choice[1] != choice[0]
                              else Word(choice[0], labels={"en": choice[1], "zh": choice[2]}) if len(choice) == 3
                              else choice[0] for choice in self.choices)
            if self.open_choices:
                return Message(QT_TRANSLATE_NOOP("Error", "one of {choices} (or a value of its own)"), choices=choices)
            return Message(QT_TRANSLATE_NOOP("Error", "one of {choices}"), choices=choices)
        if self.type == "date":
            return Message(QT_TRANSLATE_NOOP("Error", "a date YYYY-MM-DD"))
        if self.type in ("file", "path"):
            if self.extensions:
                template = QT_TRANSLATE_NOOP("Error", "an existing file ending in {listed}") if self.type == "file" \
                    else QT_TRANSLATE_NOOP("Error", "a file ending in {listed}")
                return Message(template, listed=Listing(self.extensions, conjunction="or"))
            return Message(QT_TRANSLATE_NOOP("Error", "an existing file") if self.type == "file"
                           else QT_TRANSLATE_NOOP("Error", "a file"))
        if self.type == "mapping":
            return Message(QT_TRANSLATE_NOOP("Error", "NAME=VALUE pairs with NAME one of {names}"),
                           names=Listing(f.name for f in self.fields))
        if self.type == "site":
            return Message(QT_TRANSLATE_NOOP("Error", "a site_id of the candidate_sites layer"))
        if self.type == "text":
            return Message(QT_TRANSLATE_NOOP("Error", "a text"))
        return Message(QT_TRANSLATE_NOOP("Error", "a {type}"), type=self.type)

    # -- checking ----------------------------------------------------------------
    def check(self, value):
        """The value converted to its type and checked; InputError (with code) otherwise.

        Strings are parsed (the command line passes strings), so ``"30"``
        gives 30.0 for a float and ``"soiling=3"`` a dict for a mapping.
        """
        checker = getattr(self, f"_check_{self.type}", None)
        return checker(value) if checker is not None else value

    def _number(self, value, integer: bool = False, label=None):
        label = label or self
        try:
            number = float(value.strip() if isinstance(value, str) else value)
        except (TypeError, ValueError, AttributeError):
            raise _error(label, "not_a_number", label.expected(), value) from None
        if isinstance(value, bool) or not math.isfinite(number):
            raise _error(label, "not_a_number", label.expected(), value)
        if integer:
            if number != int(number):
                raise _error(label, "not_an_integer", label.expected(), value)
            number = int(number)
        low, high = label.bound("minimum"), label.bound("maximum")
        if low is not None and (number < low or (label.exclusive_minimum and number <= low)):
            raise _error(label, "below_minimum", label.expected(), number, minimum=low, maximum=high,
                         exclusive_minimum=label.exclusive_minimum)
        if high is not None and number > high:
            raise _error(label, "above_maximum", label.expected(), number, minimum=low, maximum=high)
        return number

    def _check_float(self, value):
        return self._number(value)

    def _check_int(self, value):
        return self._number(value, integer=True)

    def _check_bool(self, value):
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise _error(self, "not_a_boolean", self.expected(), value)

    def _check_enum(self, value):
        text = str(value).strip()
        by_lower = {choice.lower(): choice for choice in self.choice_values}
        if text.lower() in by_lower:
            return by_lower[text.lower()]
        if self.open_choices:
            return text
        raise _error(self, "not_a_choice", self.expected(), value, choices=list(self.choice_values))

    def _check_text(self, value):
        return str(value).strip()

    _check_site = _check_text

    def _check_date(self, value):
        if isinstance(value, _dt.date):
            return value.isoformat()[:10]
        try:
            return _dt.date.fromisoformat(str(value).strip()).isoformat()
        except ValueError:
            raise _error(self, "not_a_date", self.expected(), value) from None

    def _suffix_ok(self, path: Path) -> bool:
        return not self.extensions or path.suffix.lower() in self.extensions

    def _check_file(self, value):
        if not isinstance(value, (str, Path)):
            return value  # already read (a RuleSet, a GeoDataFrame, a Weather...)
        path = Path(value).expanduser()
        if not path.exists() and "://" not in str(value):
            raise _error(self, "file_not_found", self.expected(), str(value))
        if not self._suffix_ok(path):
            raise _error(self, "bad_extension", self.expected(), str(value), extensions=list(self.extensions))
        return str(value)

    def _check_path(self, value):
        path = Path(value).expanduser()
        if not self._suffix_ok(path):
            raise _error(self, "bad_extension", self.expected(), path.name, extensions=list(self.extensions))
        if not path.parent.is_dir():
            raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: the folder {parent} does not exist; expected a "
                                                        "file in an existing folder"), code="folder_not_found",
                             params={"parameter": self.name, "value": str(value), "folder": str(path.parent)},
                             name=self.name, parent=path.parent)
        return str(path)

    def _check_weather(self, value):
        if isinstance(value, (str, Path)) and not Path(value).expanduser().exists():
            raise _error(self, "file_not_found", "an existing weather file", str(value))
        return value if not isinstance(value, Path) else str(value)  # the reader sniffs the format

    def _check_project(self, value):
        if isinstance(value, (str, Path)) and "://" not in str(value):
            return self._check_file(value)
        return value

    def _check_pair(self, value):
        if isinstance(value, str):
            parts = value.strip().lower().replace("*", "x").replace("×", "x").split("x")
            parts = [p.strip().rstrip("d").strip() for p in parts]
        else:
            try:
                parts = list(value)
            except TypeError:
                parts = [value]
        if len(parts) != 2:
            raise _error(self, "not_a_pair", self.expected(), value)
        return tuple(self._number(p) for p in parts)

    def _check_mapping(self, value):
        by_name = {f.name: f for f in self.fields}
        if isinstance(value, str):
            items = [value]
        elif isinstance(value, dict):
            items = list(value.items())
        else:
            items = list(value)  # the command line's repeated --set NAME=VALUE
        given = {}
        for item in items:
            pairs = [item] if isinstance(item, tuple) else [p for p in str(item).split(",") if p.strip()]
            for pair in pairs:
                if isinstance(pair, tuple):
                    name, text = pair
                else:
                    name, sep, text = pair.partition("=")
                    if not sep:
                        raise _error(self, "not_a_mapping", self.expected(), pair, names=list(by_name))
                key = str(name).strip()
                key = key if key in by_name else key.rsplit(".", 1)[-1]  # "rooftop.edge_setback_m" too
                if key not in by_name:
                    raise _error(self, "unknown_name", self.expected(), f"{name}={text}", names=list(by_name))
                given[key] = by_name[key]._number(text, label=_Labelled(by_name[key], f"{self.name}.{key}"))
        return {**self.default_value(), **given}


class _Labelled:
    """A field of a mapping, named ``mapping.field`` in its messages."""

    def __init__(self, parameter: Parameter, name: str):
        self._parameter, self.name = parameter, name

    def __getattr__(self, attribute):
        return getattr(self._parameter, attribute)

    def word(self) -> Word:
        return Word(self.name, title=self._parameter.title)


# ---------------------------------------------------------------------------
# feedback


class Feedback:
    """Progress, cancel and messages of one run (QGIS ``QgsProcessingFeedback``).

    Parameters
    ----------
    on_progress : callable, optional
        ``on_progress(fraction or None, text) -> bool | None``; called at each
        report (``None``: progress unknown). Returning False cancels the run.
    on_message : callable, optional
        ``on_message(kind, text)`` with kind ``"info"`` or ``"warning"``.

    Notes
    -----
    Calling the feedback (``feedback(0.5, "half way")``) is :meth:`set_progress`:
    it returns True, and raises :class:`CancelledError` once the run was
    cancelled, so a long function stops at its next report without any check
    of its own. :meth:`cancel` may be called from another thread.
    """

    def __init__(self, on_progress=None, on_message=None):
        self._on_progress = on_progress
        self._on_message = on_message
        self._cancel = threading.Event()
        self.fraction: float | None = 0.0
        self.text = ""
        #: Warnings of the run, in order (the CLI prints them, the GUI shows them).
        self.warnings: list[str] = []
        #: Informational notes of the run.
        self.messages: list[str] = []

    def cancel(self) -> None:
        """Ask the run to stop at its next report."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        """Raise CancelledError if the run was cancelled."""
        if self.is_cancelled:
            text = Message(QT_TRANSLATE_NOOP("Error", ": {step}"), step=self.text) if self.text else ""
            if self.fraction is not None:
                raise CancelledError(QT_TRANSLATE_NOOP("Error", "cancelled at {fraction:.0%}{text}; nothing was changed"),
                                     code="cancelled", fraction=self.fraction, text=text)
            raise CancelledError(QT_TRANSLATE_NOOP("Error", "cancelled{text}; nothing was changed"), code="cancelled",
                                 text=text)

    def set_progress(self, fraction: float | None = None, text: str = "") -> bool:
        """Report progress (fraction in [0, 1], or None when unknown) and a text.

        Returns
        -------
        bool
            True (so ``if not progress(...)`` callers carry on).

        Raises
        ------
        CancelledError
            When the run was cancelled (here or by ``on_progress`` returning False).
        """
        if fraction is not None:
            fraction = min(1.0, max(0.0, float(fraction)))
        self.fraction = fraction
        self.text = text if isinstance(text, str) else str(text or "")
        if self._on_progress is not None and self._on_progress(fraction, self.text) is False:
            self.cancel()
        self.check_cancelled()
        return True

    __call__ = set_progress

    def push_warning(self, text: str) -> None:
        """A warning the user should read with the result."""
        self.warnings.append(text if isinstance(text, str) else str(text))
        if self._on_message is not None:
            self._on_message("warning", text)

    def push_info(self, text: str) -> None:
        """A note on how the run went (which project, which weather)."""
        self.messages.append(text if isinstance(text, str) else str(text))
        if self._on_message is not None:
            self._on_message("info", text)

    def scaled(self, start: float, end: float) -> "Feedback":
        """A feedback for one step: its 0..1 maps to ``start..end`` of this one."""
        return _StepFeedback(self, start, end)


class _StepFeedback(Feedback):
    def __init__(self, parent: Feedback, start: float, end: float):
        super().__init__()
        self._parent, self._start, self._end = parent, float(start), float(end)
        self._cancel = parent._cancel
        self.warnings, self.messages = parent.warnings, parent.messages

    def set_progress(self, fraction: float | None = None, text: str = "") -> bool:
        if fraction is not None:
            fraction = self._start + (self._end - self._start) * min(1.0, max(0.0, float(fraction)))
        return self._parent.set_progress(fraction, text)

    __call__ = set_progress

    def push_warning(self, text: str) -> None:
        self._parent.push_warning(text)

    def push_info(self, text: str) -> None:
        self._parent.push_info(text)


def as_feedback(feedback) -> Feedback:
    """A Feedback from a Feedback, a ``progress_cb(fraction, text) -> bool`` callable, or None."""
    if isinstance(feedback, Feedback):
        return feedback
    return Feedback(on_progress=feedback)


# ---------------------------------------------------------------------------
# shared parameters: declared once, used by every analysis of a project

#: The project an analysis reads (a path, a postgresql:// URL or an open Project).
PROJECT = Parameter(
    "project", "project", optional=True,
    title=QT_TRANSLATE_NOOP("Algorithm", "Project"),
    help=QT_TRANSLATE_NOOP("Algorithm", "project GeoPackage or postgresql://... URL (default: the demo project)"))
#: The weather a yield uses: explicit file > the project's weather > the built-in default year.
WEATHER = Parameter(
    "weather", "weather", optional=True, extensions=(".epw", ".csv", ".json", ".tm3", ".tmy3", ".txt"),
    title=QT_TRANSLATE_NOOP("Algorithm", "Weather file"),
    help=QT_TRANSLATE_NOOP("Algorithm", "EPW, TMY3, PVGIS TMY/hourly (json/csv), windpowerlib or pvlib-named CSV; "
                                        "default: the project's weather, else the built-in Lianyungang default year"))


# ---------------------------------------------------------------------------
# the algorithm


class Algorithm:
    """An analysis with declared parameters (QGIS ``QgsProcessingAlgorithm``).

    Subclasses set :attr:`name`, :attr:`title`, :attr:`group`,
    :attr:`parameters` and implement :meth:`process`; they register with
    :func:`register`.

    Attributes
    ----------
    name : str
        Registry key (and usually the command-line command).
    title : str
        English title; the UI translates it (context ``"Algorithm"``).
    group : str
        ``"resource"``, ``"siting"`` or ``"export"``.
    help : str
        One paragraph for the command-line help.
    parameters : tuple of Parameter
    exclusive : tuple of tuple of str
        Groups of parameters of which at most one may be given.
    demo_when_no_project : bool
        A ``project`` left out opens the demo project (False: no project).
    """

    name: str = ""
    title: str = ""
    group: str = ""
    help: str = ""
    parameters: tuple = ()
    exclusive: tuple = ()
    demo_when_no_project: bool = True

    def parameter(self, name: str) -> Parameter:
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        raise KeyError(f"{self.name}: no parameter {name!r}; parameters: "
                       f"{', '.join(p.name for p in self.parameters)}")

    def defaults(self) -> dict:
        """Every parameter's default (assumption values read)."""
        return {p.name: p.default_value() for p in self.parameters}

    def check(self, parameters: dict | None) -> dict:
        """Checked values for every declared parameter, defaults filled in.

        Raises
        ------
        InputError
            An unknown parameter, a missing required one, a value of the wrong
            type or out of bounds (``code`` and ``params`` say which).
        """
        parameters = dict(parameters or {})
        names = [p.name for p in self.parameters]
        unknown = sorted(set(parameters) - set(names))
        if unknown:
            raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: unknown parameter {unknown!r}; expected one of "
                                                        "{names}"), code="unknown_parameter",
                             params={"parameter": unknown[0], "algorithm": self.name,
                                                               "expected": names},
                             name=self.name, unknown=unknown[0], names=Listing(names))
        given = {n for n, v in parameters.items() if not _missing(v)}
        for group in self.exclusive:
            both = [n for n in group if n in given]
            if len(both) > 1:
                raise InputError(QT_TRANSLATE_NOOP("Error", "{both} and {both2} were both given; expected one of "
                                                            "{group}"), code="exclusive",
                                 params={"parameter": both[1], "parameters": list(group)}, both=both[0],
                                 both2=both[1], group=Listing(group))
        values = {}
        for p in self.parameters:
            raw = parameters.get(p.name)
            if _missing(raw):
                if p.required:
                    raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: required; expected {expected}"),
                                     code="required",
                                     params={"parameter": p.name, "expected": p.expected(), "unit": p.unit},
                                     name=p.name, expected=p.expected())
                values[p.name] = None if p.type in ("project", "weather") else p.default_value()
            else:
                values[p.name] = p.check(raw)
        return values

    def run(self, parameters: dict | None = None, feedback=None):
        """Check, resolve the project and weather, process; returns the result.

        Parameters
        ----------
        parameters : dict
            Parameter name -> value (strings are parsed).
        feedback : Feedback or callable, optional
            See :class:`Feedback`; a ``progress_cb(fraction, text) -> bool`` works too.

        Raises
        ------
        InputError
            Bad parameters (before anything is read or changed).
        CancelledError
            The run was cancelled; the result is dropped.
        """
        feedback = as_feedback(feedback)
        values = self.check(parameters)
        values = self.resolve(values, feedback)
        result = self.process(values, feedback)
        feedback.set_progress(1.0, "")
        return result

    def resolve(self, values: dict, feedback: Feedback) -> dict:
        """Open the project and the weather of the run (:mod:`app.project.inputs`)."""
        from app.project import inputs

        project = None
        for p in self.parameters:
            if p.type == "project":
                project = values[p.name] = inputs.resolve_project(values[p.name], feedback,
                                                                  demo=self.demo_when_no_project)
        for p in self.parameters:
            if p.type == "weather":
                values[p.name] = inputs.resolve_weather(values[p.name], project, feedback)
        return values

    def process(self, values: dict, feedback: Feedback):
        """Run the analysis on checked values; subclasses implement it."""
        raise NotImplementedError(f"{type(self).__name__}.process")

    def to_json(self, result):
        """The ``--json`` document of a result (default ``result.to_dict()``)."""
        return result.to_dict()


def _missing(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or \
        (isinstance(value, (list, tuple)) and len(value) == 0)


# ---------------------------------------------------------------------------
# registry

_REGISTRY: dict[str, Algorithm] = {}
_LOADED = False


def register(cls):
    """Class decorator: add an instance of the algorithm to the registry."""
    instance = cls()
    if not instance.name:
        raise ValueError(f"{cls.__name__} has no name")
    _REGISTRY[instance.name] = instance
    return cls


def algorithms() -> dict[str, Algorithm]:
    """Every registered algorithm by name (the provider modules are imported once)."""
    global _LOADED
    if not _LOADED:
        for module in PROVIDER_MODULES:
            importlib.import_module(module)
        _LOADED = True
    return dict(_REGISTRY)


def get(name: str) -> Algorithm:
    """The registered algorithm ``name``; KeyError lists the known ones."""
    table = algorithms()
    try:
        return table[name]
    except KeyError:
        raise KeyError(f"unknown algorithm {name!r}; known: {', '.join(sorted(table))}") from None
