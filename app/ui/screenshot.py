"""``lygsite screenshot``: the real main window rendered offscreen to a PNG."""
from __future__ import annotations

from pathlib import Path


def take_screenshot(out_path, project=None, panel: str = "map", size: tuple[int, int] = (1600, 1000),
                    lang: str = "zh", timeout_ms: int = 20000) -> Path:
    """Build the main window as a user sees it and save it as a PNG.

    Parameters
    ----------
    out_path : path
        PNG to write (folders must exist).
    project : str or Project, optional
        Project file (default: the demo project).
    panel : str
        Dock panel to bring to the front (``map`` shows the map with the layer tree).
    size : (int, int)
        Window size [px].
    lang : {"zh", "en"}

    Returns
    -------
    pathlib.Path
        The written file.
    """
    from PySide6.QtCore import QCoreApplication

    from app.errors import InputError
    from app.ui.main import build_main_window

    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise InputError(f"cannot write {out_path}: the folder {out_path.parent} does not exist")
    window, error = build_main_window(project, lang, size)
    if error is not None:
        raise error
    window.resize(*size)
    window.show()
    if panel and panel != "map":
        window.raise_panel(panel)
    for _ in range(5):
        QCoreApplication.processEvents()
    window.canvas.zoom_full()
    window.canvas.wait_idle(timeout_ms)
    window.build_panels()  # a user looking at the window sees the panels, built after the first map
    if panel and panel != "map":
        window.raise_panel(panel)
    window.canvas.wait_idle(timeout_ms)
    QCoreApplication.processEvents()
    image = window.grab().toImage()
    if image.width() != size[0] or image.height() != size[1]:
        image = image.scaled(size[0], size[1])
    if not image.save(str(out_path), "PNG"):
        raise InputError(f"cannot write {out_path} (expected a writable .png path)")
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()
    return out_path
