"""Connect Qt widgets to the core's evented models without dangling callbacks.

Core models (layers, layer lists, the undo stack) outlive widgets: a window
can close while the project stays open (tests, re-opened windows). Callbacks
bound here are disconnected when their widget is deleted (its ``destroyed``
signal), so a core model never keeps a deleted widget's Python object, and
what it references, alive.
"""
from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import QObject


class EventBindings:
    """The core-event connections of one widget, grouped by a key (e.g. a layer)."""

    def __init__(self, owner: QObject):
        self._owner = owner
        self._pairs: dict[object, list] = {}
        owner.destroyed.connect(self.disconnect_all)

    def connect(self, emitter, callback: Callable, key: object = None) -> None:
        """Call ``callback(**kwargs)`` on ``emitter`` events while the owner lives."""
        owner = self._owner

        def guarded(**kwargs):
            if not shiboken6.isValid(owner):
                emitter.disconnect(guarded)
                return
            callback(**kwargs)

        emitter.connect(guarded)
        self._pairs.setdefault(key, []).append((emitter, guarded))

    def disconnect(self, key: object = None) -> None:
        """Drop the connections made with ``key``."""
        for emitter, guarded in self._pairs.pop(key, []):
            emitter.disconnect(guarded)

    def disconnect_all(self) -> None:
        for key in list(self._pairs):
            self.disconnect(key)
