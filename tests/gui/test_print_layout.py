"""Print layout: page size at the chosen DPI, legend/scale bar/north arrow drawn, PNG and PDF written."""
from __future__ import annotations

import types

import pytest
from PySide6.QtGui import QImage
from pypdf import PdfReader

from app.sample.demo import build_demo_project
from app.core.errors import InputError
from app.ui.print_layout import (compose_print_image, export_print, legend_entries, paper_pixels,
                                 show_print_dialog)
from PySide6.QtWidgets import QDialogButtonBox

EXTENT = (118.9, 34.3, 119.9, 35.1)


@pytest.fixture(scope="module")
def project():
    return build_demo_project()


def test_paper_pixels():
    assert paper_pixels("A4", "landscape", 100) == (1169, 827)
    assert paper_pixels("A3", "portrait", 72) == (842, 1191)
    with pytest.raises(InputError, match="A4, A3"):
        paper_pixels("Letter", "portrait", 100)


def test_legend_lists_layers_and_categories(project):
    labels = [label for label, _, _ in legend_entries(list(project.layers))]  # the UI language: English here
    assert "Candidate sites (sample data): offshore wind" in labels  # a category as a word, not wind_offshore
    assert "Sea area" in labels and not any(label.startswith("Turbine layout") for label in labels)  # empty
    project.layers["sea_area"].visible = False
    try:
        assert "Sea area" not in [label for label, _, _ in legend_entries(list(project.layers))]
    finally:
        project.layers["sea_area"].visible = True


def test_page_has_map_legend_and_scale(qtbot, project):
    page = compose_print_image(project, EXTENT, "A4", "landscape", 80, title="连云港 测试")
    assert (page.width(), page.height()) == paper_pixels("A4", "landscape", 80)
    # the page is not blank: the map area has colours other than white
    colours = {page.pixelColor(x, y).name() for x in range(0, page.width(), 23) for y in range(0, page.height(), 23)}
    assert len(colours) > 5
    # north arrow: dark pixels near the top-right of the map frame
    mm = 80 / 25.4
    x = int(page.width() - 10 * mm - 62 * mm - 4 * mm - 10 * mm)
    y = int(10 * mm + 14 * mm + 8 * mm)
    assert page.pixelColor(x, y).lightness() < 100


def test_png_and_pdf_written(qtbot, project, tmp_path):
    png = export_print(project, tmp_path / "map.png", EXTENT, "A4", "portrait", 60)
    image = QImage(str(png))
    assert (image.width(), image.height()) == paper_pixels("A4", "portrait", 60)
    pdf = export_print(project, tmp_path / "map.pdf", EXTENT, "A3", "landscape", 60)
    box = PdfReader(pdf).pages[0].mediabox
    assert abs(float(box.width) - 420 / 25.4 * 72) < 2 and abs(float(box.height) - 297 / 25.4 * 72) < 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.pdf", "map.png"]


def test_dialog_prints_current_view(qtbot, project, tmp_path):
    errors = []
    view = types.SimpleNamespace(extent=EXTENT)
    window = types.SimpleNamespace(project=project, canvas=types.SimpleNamespace(view=view), show_error=errors.append)
    dialog = show_print_dialog(window)
    qtbot.addWidget(dialog)
    dialog.dpi_spin.setValue(72)
    dialog.path_edit.setText(str(tmp_path / "print.txt"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert errors and ".png or .pdf" in str(errors[-1])
    dialog.path_edit.setText(str(tmp_path / "print.png"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.written == tmp_path / "print.png" and (tmp_path / "print.png").exists()
