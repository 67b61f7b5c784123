"""Who is working: the one name written into audit rows, progress entries and shared-store edits.

Before this module there were three helpers with three fallbacks (the
rooftop audit and the progress entries wrote ``"unknown"``, the PostGIS
dialog an empty name, the shared store raised when the system had no login
name). Every place that records a person now asks :func:`current_user`.

Qt-free.
"""
from __future__ import annotations

import getpass
import os

#: Environment variable naming the person explicitly (a shared desktop
#: account, a service that runs for someone, a container without users).
USER_VARIABLE = "LYGSITE_USER"
#: What is recorded when nothing names the person.
UNKNOWN_USER = "unknown"


def login_name() -> str | None:
    """The operating system's login name, or None when the system has none for this process.

    :func:`getpass.getuser` reads ``LOGNAME``, ``USER``, ``LNAME`` and
    ``USERNAME``, then the password database; in a container running under a
    uid without a passwd entry that last step raises KeyError (OSError from
    Python 3.13), and on Windows without those variables the ``pwd`` module is
    missing (ImportError).
    """
    try:
        name = getpass.getuser()
    except (KeyError, OSError, ImportError):
        return None
    return name.strip() or None


def current_user() -> str:
    """The name to record for the person working now.

    Fallback order:

    1. ``LYGSITE_USER`` (:data:`USER_VARIABLE`), when set and not blank;
    2. the operating system's login name (:func:`login_name`);
    3. ``"unknown"`` (:data:`UNKNOWN_USER`).

    Returns
    -------
    str
        Never empty.
    """
    chosen = os.environ.get(USER_VARIABLE, "").strip()
    return chosen or login_name() or UNKNOWN_USER


__all__ = ["current_user", "login_name", "USER_VARIABLE", "UNKNOWN_USER"]
