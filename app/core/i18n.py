"""Messages of the core in the user's language, without Qt (DESIGN.md rule 6).

The core says things to users: errors, undo step names, analysis notes and
warnings, weather descriptions, import problems, report text. It says them
as a :class:`Message`: an English template marked for translation plus its
parameters. A message *is* its English text (a ``str``), so the command line,
JSON output, logs and tests read it as before; a UI or a report words it in
its own language with :meth:`Message.text`::

    message = Message(QT_TRANSLATE_NOOP("Error", "{field}: {value:,.1f} m² is larger than the roof ({roof:,.1f} m²)"),
                      field=FIELDS.word("pv_area_m2"), value=99999.0, roof=1200.0)
    str(message)          # 'pv_area_m2: 99,999.0 m² is larger than the roof (1,200.0 m²)'  (command line)
    message.text("en")    # 'PV area: 99,999.0 m² is larger than the roof (1,200.0 m²)'
    message.text("zh")    # '光伏面积：99,999.0 m² 大于屋顶面积（1,200.0 m²）'

One source of translations: ``pyside6-lupdate`` collects the templates marked
with :func:`QT_TRANSLATE_NOOP` into ``resources/i18n/lygsite_zh_CN.ts`` with
every other string of the app; ``make translations`` compiles it into the
``.qm`` Qt loads and into ``app/resources/i18n/lygsite_zh_CN.json``, which
:func:`lookup` reads here without Qt (reports are written by the core, with
no Qt). The UI passes Qt's ``QCoreApplication.translate`` as the lookup; a
test checks that the JSON and the ``.qm`` say the same.

Parameters that are themselves words (a coded value, a field name, a list of
them, another message) are objects with a ``text(lang)`` method
(:class:`Word`, :class:`Listing`, :class:`Message`): their ``str`` is what the
command line shows (the code), ``text(lang)`` the label.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Callable, Iterable

from app.resources import resource_path

#: Languages of messages: ``"en"`` is the source language of every template.
LANGUAGES = ("zh", "en")
#: Qt locale name of each translated language (``lygsite_<locale>.json`` / ``.qm``).
QT_LOCALES = {"zh": "zh_CN"}
#: Folder of the compiled translations (shared with the Qt ``.qm``).
I18N_DIR = resource_path("i18n")

#: ``lookup(context, source) -> translation`` (returns ``source`` when it has none).
Lookup = Callable[[str, str], str]


class Template(str):
    """An English text marked for translation, remembering its context."""

    context: str = ""

    def __new__(cls, context: str, text: str):
        self = super().__new__(cls, text)
        self.context = context
        return self

    def __getnewargs__(self):
        return (self.context, str(self))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:  # noqa: N802 (Qt's name, which lupdate looks for)
    """Mark ``text`` for translation in ``context``; returns it (a :class:`Template`, equal to ``text``).

    Qt-free stand-in for ``PySide6.QtCore.QT_TRANSLATE_NOOP``: ``pyside6-lupdate``
    collects the texts of these calls (string literals only) into the
    translation source. Contexts of the core: ``"Error"`` (raised to users),
    ``"Note"`` (analysis notes, warnings, import problems), ``"Undo"`` (undo
    step names), ``"Weather"`` (weather descriptions), ``"Progress"`` (progress
    texts), ``"Report"`` (report text), ``"Assumption"`` (short assumption sources),
    ``"Field"`` (field titles), ``"Algorithm"`` (declared parameters).
    """
    return Template(context, text)


def catalogue_path(lang: str):
    """The compiled, Qt-free translation of ``lang`` (``None`` for English, the source language)."""
    locale = QT_LOCALES.get(lang)
    return None if locale is None else I18N_DIR / f"lygsite_{locale}.json"


@lru_cache(maxsize=None)
def catalogue(lang: str) -> dict[str, dict[str, str]]:
    """``{context: {source: translation}}`` of ``lang`` (empty for English)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    path = catalogue_path(lang)
    if path is None:
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def lookup(context: str, text: str, lang: str) -> str:
    """``text`` of ``context`` in ``lang``; the English source where there is no translation."""
    return catalogue(lang).get(context, {}).get(str(text), str(text))


def lookup_for(lang: str) -> Lookup:
    """A ``lookup(context, source)`` for ``lang``, read from the compiled catalogue."""
    return lambda context, text: lookup(context, text, lang)


def localise(value, lang: str | None, translate: Lookup | None = None):
    """A parameter as shown in ``lang`` (``None``: the command line's form, codes as they are)."""
    if lang is None:
        return value
    if isinstance(value, BaseException):
        value = getattr(value, "message", None) or str(value)
    text = getattr(value, "text", None)
    if callable(text) and isinstance(value, (Message, Word, Listing)):
        return value.text(lang, translate)
    return value


class Message(str):
    """A message to a user: an English template and its parameters; the ``str`` is the English text.

    Parameters
    ----------
    template : str
        English text with ``str.format`` fields (``{value:,.1f}``); a
        :class:`Template` (from :func:`QT_TRANSLATE_NOOP`) carries its context
        and is translated, a plain ``str`` is shown as it is in every language.
    **params
        The values of the fields. Words (:class:`Word`, :class:`Listing`,
        :class:`Message`, an error with a message) are shown in the language
        asked for; other values are formatted as they are.

    Without parameters the template is the text (braces need no escaping).
    """

    def __new__(cls, template: str = "", /, **params):
        english = _render(str(template), params, None, None)
        self = super().__new__(cls, english)
        self.template = str(template)
        self.context = getattr(template, "context", "") or ""
        self.params = params
        return self

    def __getnewargs__(self):  # pickles (a worker process's error) as its English text; the state restores the rest
        return (str(self),)

    def text(self, lang: str = "en", translate: Lookup | None = None) -> str:
        """The message in ``lang`` (``"zh"``/``"en"``): the translated template, parameters as words.

        ``translate(context, source)`` looks templates up (the UI passes Qt's
        ``QCoreApplication.translate``); by default the compiled catalogue.
        """
        if translate is None:
            translate = lookup_for(lang)
        template = self.template
        if self.context:
            translated = translate(self.context, template)
            if translated:
                template = translated
        return _render(template, self.params, lang, translate)


def _render(template: str, params: dict, lang: str | None, translate: Lookup | None) -> str:
    if not params:
        return template
    return template.format(**{key: localise(value, lang, translate) for key, value in params.items()})


class Word(str):
    """A coded value shown as a word: ``str`` is the code, :meth:`text` its label in a language.

    Parameters
    ----------
    code : str
        The value as stored (``installed``, ``pv_status``, ``hub_height``).
    labels : dict, optional
        ``{lang: label}``; a language without a label shows the code.
    title : str, optional
        An English title marked for translation (a :class:`Template`), used
        where ``labels`` has no label: translated in the language asked for.
    """

    def __new__(cls, code, labels: dict | None = None, title: str | None = None):
        self = super().__new__(cls, str(code))
        self.labels = dict(labels or {})
        self.title = title
        return self

    def __getnewargs__(self):
        return (str(self),)

    def text(self, lang: str = "en", translate: Lookup | None = None) -> str:
        label = self.labels.get(lang)
        if label:
            return label
        if self.title:
            return Message(self.title).text(lang, translate)
        return str(self)


#: How a list is joined in each language (Chinese lists take the enumeration comma).
LIST_SEPARATORS = {"zh": "、", "en": ", "}


#: The word before the last item of a list ("a, b or c"), per language.
CONJUNCTIONS = {"or": {"zh": "或", "en": " or "}, "and": {"zh": "和", "en": " and "}}


class Listing(str):
    """Several values shown as one list: ``str`` joins them with ``sep``; :meth:`text` with the language's comma.

    ``conjunction="or"`` writes "a, b or c" (and "a、b或c").
    """

    def __new__(cls, items: Iterable, sep: str = ", ", conjunction: str | None = None):
        items = list(items)
        self = super().__new__(cls, _join([str(i) for i in items], sep, CONJUNCTIONS[conjunction]["en"]
                                          if conjunction else None))
        self.items = items
        self.sep = sep
        self.conjunction = conjunction
        return self

    def __getnewargs__(self):
        return ([str(self)],)

    def text(self, lang: str = "en", translate: Lookup | None = None) -> str:
        sep = LIST_SEPARATORS.get(lang, self.sep) if self.sep == ", " else self.sep
        last = CONJUNCTIONS[self.conjunction].get(lang) if self.conjunction else None
        return _join([str(localise(item, lang, translate)) for item in self.items], sep, last)


def _join(items: list[str], sep: str, last: str | None) -> str:
    if last is None or len(items) < 2:
        return sep.join(items)
    return sep.join(items[:-1]) + last + items[-1]


def close_matches(names) -> "Message | str":
    """``"; close matches: a, b"`` for an unknown name, or ``""`` when there are none."""
    names = list(names)
    return Message(QT_TRANSLATE_NOOP("Error", "; close matches: {names}"), names=Listing(names)) if names else ""


def listing_or_none(items) -> "Listing | Message":
    """Items as a list parameter, or the word "none" when there are none."""
    items = [str(i) for i in items]
    return Listing(items) if items else Message(QT_TRANSLATE_NOOP("Error", "none"))


def message_text(message, lang: str, translate: Lookup | None = None) -> str:
    """Any message, error or note in ``lang``: a :class:`Message` translated, anything else as it is."""
    if isinstance(message, BaseException):
        message = getattr(message, "message", None) or str(message)
    if isinstance(message, (Message, Word, Listing)):
        return message.text(lang, translate)
    return str(message)


__all__ = ["LANGUAGES", "QT_TRANSLATE_NOOP", "Template", "Message", "Word", "Listing", "lookup", "lookup_for",
           "catalogue", "localise", "message_text", "close_matches", "listing_or_none", "LIST_SEPARATORS", "CONJUNCTIONS"]
