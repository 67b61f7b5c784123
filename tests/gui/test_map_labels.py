"""Map labels follow the UI language where the data has both (county names)."""
from tests.gui.map_fixtures import demo_project, demo_project_session, make_window  # noqa: F401


def test_county_labels_switch_to_english_names(qtbot, demo_project):
    window = make_window(qtbot, demo_project, "zh")
    try:
        renderer = window.canvas._renderer
        counties = demo_project.vector("counties")
        assert renderer.label_field(counties) == "name_zh"
        window.language_manager.set_language("en")
        assert renderer.language == "en" and renderer.label_field(counties) == "name_en"
        # a field without an English twin stays as styled
        assert renderer.label_field(demo_project.vector("candidate_sites")) == "name"
        assert window.canvas.wait_idle(15000)
    finally:
        window.language_manager.set_language("en")
        window.close()
