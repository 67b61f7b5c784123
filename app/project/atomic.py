"""Write a file under a temporary name beside it, then move it into place.

Every single-file output of the program (reports, printed maps) goes through
:func:`atomic_output`, so an error or a crash mid-write never leaves a
half-written file at the user's path, and an existing file stays intact until
the new one is complete. (Project saves add fsync and GeoPackage journal
handling in :mod:`app.project`; vector exports move whole folders of parts in
:mod:`app.export.vector`.)
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from app.core.errors import InputError


@contextmanager
def atomic_output(target: str | Path, label: str = "writing"):
    """Yield a temporary path in ``target``'s folder; on success it replaces ``target``.

    Raises
    ------
    InputError
        When the folder does not exist or cannot be written (naming the path).
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise InputError(f"cannot write {target}: the folder {target.parent} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-{label}-", suffix=target.suffix, dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    try:
        yield Path(tmp_name)
        os.replace(tmp_name, target)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
