"""The Qt shell: every PySide6 import of the project lives under this package."""
