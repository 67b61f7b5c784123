"""Error types of the core.

The core raises; the UI and the CLI each have one place that turns an error
into a readable message (DESIGN.md rule 6). Messages name the problem and the
expected form ("expected ..., got ...").
"""


class LygError(Exception):
    """Base class of the project's own, user-facing errors."""


class InputError(LygError, ValueError):
    """Bad user input: a file, a value or a parameter that cannot be used."""


class ProjectFileError(LygError):
    """A project file is missing, corrupt or not a LYG Siting project."""


class CancelledError(LygError):
    """A long operation was cancelled by the user; nothing was changed."""
