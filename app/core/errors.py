"""Error types of the core.

The core raises; the UI and the CLI each have one place that turns an error
into a readable message (DESIGN.md rule 6). Messages name the problem and the
expected form ("expected ..., got ...").
"""


class LygError(Exception):
    """Base class of the project's own, user-facing errors.

    Parameters
    ----------
    message : str
        The English message ("<what>: expected ..., got ...").
    code : str, optional
        A stable identifier of the kind of problem (``"below_minimum"``,
        ``"not_a_choice"``...), so that a UI can word it in its own language
        from ``params`` instead of showing the English text.
    params : dict, optional
        What the message is made of: ``parameter``, ``value``, ``minimum``,
        ``maximum``, ``unit``, ``choices``, ``expected``...
    """

    def __init__(self, message: str = "", *, code: str | None = None, params: dict | None = None):
        super().__init__(message)
        self.code = code
        self.params = dict(params or {})


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

    def __init__(self, message: str, path: str = "", reason: str = "other"):
        super().__init__(message)
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
