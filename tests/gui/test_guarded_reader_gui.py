"""The window's entry points for a user's vector file go through the one guarded reader.

File → Add vector layer and the rooftop panel's building import refuse a KML
entity bomb with the same message as the core readers
(tests/core/test_guarded_reader.py), shown through the window's one error path.
"""
from __future__ import annotations

import pytest

from app.core.errors import InputError
from tests.core.test_guarded_reader import BOMB_MESSAGE, bomb  # noqa: F401 (a fixture)
from tests.gui.map_fixtures import demo_project, demo_project_session, window  # noqa: F401
from tests.gui.panel_fakes import fake_window


def test_add_vector_layer_refuses_the_bomb_in_the_error_box(window, qtbot, bomb):
    layers_before = window.project.layers.names()
    handle = window.add_vector_layer(bomb, ask=lambda name: pytest.fail("no CRS question for a refused file"))
    qtbot.waitUntil(lambda: not handle.is_running, timeout=10000)
    assert str(handle.error) == BOMB_MESSAGE
    assert window.last_error_box is not None and window.last_error_box.text() == BOMB_MESSAGE
    assert window.project.layers.names() == layers_before


def test_rooftop_import_refuses_the_bomb_through_the_window(qtbot, bomb):
    from app.project import Project
    from app.ui.panels import rooftop_panel

    window = fake_window(Project("t"))
    widget = rooftop_panel.create_panel(window)
    qtbot.addWidget(widget)
    with pytest.raises(InputError) as caught:  # the fake window runs the read inline: the error comes straight out
        widget.import_file(str(bomb), dialog_factory=lambda: pytest.fail("no mapping dialog for a refused file"))
    assert str(caught.value) == BOMB_MESSAGE
    assert "buildings" not in window.project.layers
