"""``lygsite render``: time the map renderer the canvas uses, at full extent."""
from __future__ import annotations

import statistics
import time


def render_benchmark(project_or_file, out_png, layers: list[str] | None = None, size: tuple[int, int] = (1600, 1000),
                     repeat: int = 5) -> dict:
    """Draw layers at full extent ``repeat`` times after one warm-up; save the last image.

    Parameters
    ----------
    project_or_file : str or path
        Project GeoPackage (or any GeoPackage: its layers are drawn).
    out_png : path
    layers : list of str, optional
        Layer names; default all visible layers.
    size : (int, int)
        Image size [px].
    repeat : int
        Timed renders after the warm-up.

    Returns
    -------
    dict
        ``{"median_ms", "features_drawn", "size": [w, h]}`` (CONTRACT.md).
    """
    from app.core.errors import InputError
    from app.ui.main import create_application, use_offscreen_platform

    project = open_any_geopackage(project_or_file)  # before Qt: see app.ui.main.build_main_window
    use_offscreen_platform()  # the command must work without a display
    create_application()
    from app.ui.render import LayerRenderer, MapView, render_map, save_png

    chosen = list(project.layers)
    if layers:
        missing = [n for n in layers if n not in project.layers]
        if missing:
            raise InputError(f"no layer named {', '.join(missing)}; layers: {', '.join(project.layers.names())}")
        chosen = [project.layers[n] for n in layers]
        for layer in chosen:
            layer.visible = True
    else:
        chosen = [l for l in chosen if l.visible]
    extent = _extent(chosen) or project.layers.full_extent()
    view = MapView.fit(extent, size[0], size[1])
    renderer = LayerRenderer()
    render_map(chosen, view, renderer)  # warm-up: spatial indexes, label anchors, fonts
    timings = []
    image, drawn = None, 0
    for _ in range(max(1, int(repeat))):
        start = time.perf_counter()
        image, drawn = render_map(chosen, view, renderer)
        timings.append((time.perf_counter() - start) * 1000)
    save_png(image, out_png, protected=project.input_files())
    return {"median_ms": round(statistics.median(timings), 2), "features_drawn": int(drawn),
            "size": [int(size[0]), int(size[1])]}


def _extent(layers):
    import numpy as np

    boxes = [l.bounds for l in layers if all(np.isfinite(l.bounds))]
    if not boxes:
        return None
    arr = np.array(boxes)
    return (arr[:, 0].min(), arr[:, 1].min(), arr[:, 2].max(), arr[:, 3].max())


def open_any_geopackage(path):
    """A project file, or a plain GeoPackage whose vector layers become a project."""
    from pathlib import Path as _Path

    from app.core.errors import InputError, ProjectFileError
    from app.layers.model import VectorLayer
    from app.layers.vector_io import list_layers, read_vector
    from app.project import Project

    path = _Path(path)
    try:
        return Project.open(path)
    except ProjectFileError:
        if not path.exists():
            raise
    project = Project(title=path.stem, path=path)
    for name in list_layers(path, spatial_only=True):  # through the guarded reader, like every user file
        project.layers.append(VectorLayer(name, read_vector(path, layer=name)[0]))
    if not len(project.layers):
        raise InputError(f"{path.name} has no vector layers to draw")
    return project
