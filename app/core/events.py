"""A tiny, Qt-free event emitter so that layers and the project are evented
models (napari's ``EventEmitter`` idea); the Qt shell connects widgets to them.
"""
from __future__ import annotations

from typing import Callable


class EventEmitter:
    """Callbacks connected to one kind of event, called with keyword arguments."""

    def __init__(self, name: str = ""):
        self.name = name
        self._callbacks: list[Callable] = []
        self._blocked = 0

    def connect(self, callback: Callable) -> Callable:
        if callback not in self._callbacks:
            self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable | None = None) -> None:
        if callback is None:
            self._callbacks.clear()
        elif callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, **kwargs) -> None:
        if self._blocked:
            return
        for callback in list(self._callbacks):
            callback(**kwargs)

    def blocked(self):
        emitter = self

        class _Block:
            def __enter__(self):
                emitter._blocked += 1

            def __exit__(self, *exc):
                emitter._blocked -= 1

        return _Block()


class EmitterGroup:
    """Named emitters, reached as attributes: ``layer.events.data.connect(cb)``."""

    def __init__(self, *names: str):
        for name in names:
            setattr(self, name, EventEmitter(name))
