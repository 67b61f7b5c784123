"""Error types of the core.

The core raises; the UI and the CLI each have one place that turns an error
into a readable message (DESIGN.md rule 6). Messages name the problem and the
expected form ("expected ..., got ...").

A message is an English template marked for translation plus its parameters
(:class:`app.core.i18n.Message`)::

    raise InputError(QT_TRANSLATE_NOOP("Error", "{field}: expected a number >= 0, got {value!r}"),
                     code="not_a_number", field=FIELDS.word(name), value=value)

``str(error)`` is the English text the command line prints; the UI and the
reports word ``error.message`` in their own language.
"""
from app.core.i18n import Message


class LygError(Exception):
    """Base class of the project's own, user-facing errors.

    Parameters
    ----------
    message : str
        The English message ("<what>: expected ..., got ..."): a template marked
        with ``QT_TRANSLATE_NOOP("Error", ...)`` whose fields are the keyword
        arguments, or a :class:`~app.core.i18n.Message`.
    code : str, optional
        A stable identifier of the kind of problem (``"below_minimum"``,
        ``"not_a_choice"``...), so that a UI can word it in its own language
        from ``params`` instead of showing the English text.
    params : dict, optional
        What the message is made of beyond its fields (``unit``, ``choices``...).
    **fields
        The template's fields (``parameter``, ``value``, ``minimum``...); also
        part of ``params``.

    Attributes
    ----------
    message : app.core.i18n.Message
        The message, to be worded in a language with ``message.text(lang)``.
    """

    def __init__(self, message: str = "", *, code: str | None = None, params: dict | None = None, **fields):
        if not isinstance(message, Message) or fields:
            message = Message(message, **fields)
        super().__init__(str(message))
        self.message = message
        self.code = code
        self.params = {**dict(params or {}), **fields}


class InputError(LygError, ValueError):
    """Bad user input: a file, a value or a parameter that cannot be used."""


class MissingCrsError(InputError):
    """A file without a coordinate reference system, read without one declared.

    A distinct type so that a dialog can ask the user for the CRS and read
    again, instead of matching message text.
    """


class ProjectFileError(LygError):
    """A project file is missing, corrupt or not a LYG Siting project."""


class OutputError(LygError, OSError):
    """A file could not be written; the previous file (if any) is unchanged.

    Raised by the one atomic writer (:mod:`app.project.atomic`). The message
    names the path, the reason and what to do.

    Attributes
    ----------
    path : str
        The file (or folder) that could not be written.
    reason : str
        ``"disk_full"``, ``"quota"``, ``"read_only"``, ``"missing_folder"``,
        ``"protected"`` (an input of the operation), ``"unreadable"`` (the
        written file did not read back) or ``"other"``.
    """

    def __init__(self, message: str, path: str = "", reason: str = "other", **fields):
        super().__init__(message, **fields)
        self.path = str(path)
        self.reason = reason


class CancelledError(LygError):
    """A long operation was cancelled by the user; nothing was changed."""


#: Errors a user can act on: the project's own (bad input, a broken project
#: file, a refused save), other bad values, and files or folders that cannot be
#: read or written. The UI shows them where the action was asked for; anything
#: else is a bug and reaches the application's last boundary (app.ui.main)
#: with its traceback.
USER_ERRORS = (LygError, ValueError, OSError)
