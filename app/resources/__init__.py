"""Everything the program reads at run time: assumptions, climate figures,
plan targets, rule sets, report text, translations (DESIGN.md).

Read through :func:`resource_path`, which works from a source checkout, an
installed wheel and a PyInstaller bundle alike (importlib.resources).
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The file-system path of a shipped resource, e.g. ``resource_path("climate", "x.json")``.

    The package is always installed as plain files (wheel, editable install or
    PyInstaller's collected data), so the traversable is a real path.
    """
    return Path(str(files(__name__).joinpath(*parts)))
