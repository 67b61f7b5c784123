"""The user's cache folder: derived data kept between sessions, keyed by what made it.

Everything here can be rebuilt from the program and its resources (the demo
project, the default weather year, colour-ramp samples); a cache entry's name
carries a digest of the code and data that produced it (a version key), so a
new version of either never reads an old entry, and a damaged or deleted
entry is simply built again.

Folder: ``$XDG_CACHE_HOME/lyg-siting``, else ``~/.cache/lyg-siting``.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

#: Folder name under the user's cache folder.
CACHE_FOLDER = "lyg-siting"


def cache_dir() -> Path:
    """The cache folder (not created here)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / CACHE_FOLDER


def version_key(*parts) -> str:
    """A short digest of ``parts``: strings, bytes, or paths/modules whose file contents count.

    Parameters
    ----------
    *parts
        ``str`` and ``bytes`` are hashed as given; a :class:`pathlib.Path` by its
        file's bytes; a module by its source file's bytes.

    Returns
    -------
    str
        12 hex digits.
    """
    digest = hashlib.sha1()
    for part in parts:
        if hasattr(part, "__file__"):
            part = Path(part.__file__)
        if isinstance(part, Path):
            digest.update(part.read_bytes())
        elif isinstance(part, bytes):
            digest.update(part)
        else:
            digest.update(str(part).encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:12]


def package_versions(*names: str) -> str:
    """``name=version`` of installed distributions, for a version key (no import of the packages)."""
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for name in names:
        try:
            out.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            out.append(f"{name}=?")
    return ",".join(out)


def write_cache_file(path: Path, write) -> Path | None:
    """Write a cache entry through the atomic writer; None when it cannot be written.

    ``write(temporary_path)`` writes the file. A cache that cannot be written
    only costs time, so an unwritable folder (read-only home, full disk) is
    not an error: the caller keeps its result in memory. The entry appears
    whole or not at all.
    """
    from app.core.errors import LygError
    from app.project.atomic import atomic_output  # the one atomic writer (DESIGN.md rule 11); only on a miss

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(path, "caching") as tmp:
            write(Path(tmp))
    except (LygError, OSError):
        return None
    return path


def cached_json(name: str, key: str, compute):
    """The JSON value ``compute()`` returns, kept in the cache as ``NAME-KEY.json``.

    ``key`` must change whenever the value would (see :func:`version_key`).
    A missing or unreadable entry is computed and written again.
    """
    path = cache_dir() / f"{name}-{key}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    value = compute()
    write_cache_file(path, lambda tmp: tmp.write_text(json.dumps(value), encoding="utf-8"))
    return value
