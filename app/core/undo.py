"""The project's undo stack (Qt-free; the UI shows it, glue's ``Command`` idea).

Every change a user makes to a layer is a :class:`Command` pushed on the
project's :class:`UndoStack`; map tools only capture geometry (DESIGN.md rule 4).
"""
from __future__ import annotations

from app.core.events import EmitterGroup


class Command:
    """An undoable change. Subclasses implement :meth:`redo` and :meth:`undo`."""

    #: Short text for the Edit menu ("Undo <text>").
    text = "edit"

    def redo(self) -> None:  # also the first "do"
        raise NotImplementedError

    def undo(self) -> None:
        raise NotImplementedError


class UndoStack:
    """Linear undo/redo history with a clean mark (saved state)."""

    def __init__(self, limit: int = 500):
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean_index = 0
        self.limit = limit
        self.events = EmitterGroup("changed")

    def push(self, command: Command) -> None:
        """Do ``command`` and record it. Errors in ``redo`` leave the stack as it was."""
        command.redo()
        self._done.append(command)
        self._undone.clear()
        if len(self._done) > self.limit:
            self._done.pop(0)
            self._clean_index -= 1
        self.events.changed.emit()

    def undo(self) -> Command | None:
        if not self._done:
            return None
        command = self._done.pop()
        command.undo()
        self._undone.append(command)
        self.events.changed.emit()
        return command

    def redo(self) -> Command | None:
        if not self._undone:
            return None
        command = self._undone.pop()
        command.redo()
        self._done.append(command)
        self.events.changed.emit()
        return command

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""

    @property
    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    @property
    def is_clean(self) -> bool:
        return len(self._done) == self._clean_index

    def set_clean(self) -> None:
        self._clean_index = len(self._done)
        self.events.changed.emit()

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._clean_index = 0
        self.events.changed.emit()
