"""Undo commands: each changes the draft document (never a widget), so undo, redo and 'unsaved' agree."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from tryghed_desktop.domain.plans import PlanContent

if TYPE_CHECKING:  # the document creates the commands, so only the types flow this way
    from tryghed_desktop.ui.editors.document import DraftDocument, Path


class SetValueCommand(QUndoCommand):
    """One value changed; keystrokes in the same field join one step until the field is left.

    Joining is done here rather than through QUndoCommand.mergeWith: Qt deletes merged commands
    itself, which crashes PySide wrappers still referenced from Python.
    """

    def __init__(self, document: DraftDocument, path: Path, value: object, *, typing: bool) -> None:
        super().__init__(
            QCoreApplication.translate("EditorCommands", "Ret tekst")
            if isinstance(value, str)
            else QCoreApplication.translate("EditorCommands", "Ret værdi")
        )
        self.document = document
        self.path = path
        self.old = copy.deepcopy(document.get(path))
        self.new = value
        self.typing = typing
        self.epoch = document.epoch

    def can_absorb(self, path: Path, epoch: int) -> bool:
        """Whether a further keystroke in the same field and typing burst belongs to this step."""
        return self.typing and path == self.path and epoch == self.epoch

    def absorb(self, value: object) -> None:
        self.new = value
        self.document._apply_set(self.path, copy.deepcopy(value))

    def redo(self) -> None:
        self.document._apply_set(self.path, copy.deepcopy(self.new))

    def undo(self) -> None:
        self.document._apply_set(self.path, copy.deepcopy(self.old))


class InsertCommand(QUndoCommand):
    def __init__(self, document: DraftDocument, path: Path, row: int, value: object) -> None:
        super().__init__(QCoreApplication.translate("EditorCommands", "Tilføj"))
        self.document, self.path, self.row, self.value = document, path, row, value

    def redo(self) -> None:
        self.document._apply_insert(self.path, self.row, copy.deepcopy(self.value))

    def undo(self) -> None:
        self.document._apply_remove(self.path, self.row)


class RemoveCommand(QUndoCommand):
    def __init__(self, document: DraftDocument, path: Path, row: int) -> None:
        super().__init__(QCoreApplication.translate("EditorCommands", "Slet"))
        self.document, self.path, self.row = document, path, row
        self.value = copy.deepcopy(document.get(path)[row])

    def redo(self) -> None:
        self.document._apply_remove(self.path, self.row)

    def undo(self) -> None:
        self.document._apply_insert(self.path, self.row, copy.deepcopy(self.value))


class MoveCommand(QUndoCommand):
    """Moves a row so that it ends at index `dest`."""

    def __init__(self, document: DraftDocument, path: Path, row: int, dest: int) -> None:
        super().__init__(QCoreApplication.translate("EditorCommands", "Flyt"))
        self.document, self.path, self.row, self.dest = document, path, row, dest

    def redo(self) -> None:
        self.document._apply_move(self.path, self.row, self.dest)

    def undo(self) -> None:
        self.document._apply_move(self.path, self.dest, self.row)


class ReplaceCommand(QUndoCommand):
    """The whole content at once (recovered text after a crash)."""

    def __init__(self, document: DraftDocument, content: PlanContent, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.other = copy.deepcopy(content)

    def redo(self) -> None:
        self.other = self.document._apply_replace(self.other)

    def undo(self) -> None:
        self.other = self.document._apply_replace(self.other)
