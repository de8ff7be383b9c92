"""The draft being edited: plan content addressed by paths, changed only through undo commands."""

from __future__ import annotations

import copy
from dataclasses import fields, is_dataclass
from enum import Enum
from typing import Any

import msgspec
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from tryghed_desktop.domain.plans import PlanContent
from tryghed_desktop.domain.readability import ReadabilityLimits
from tryghed_desktop.ui.editors import commands

Path = tuple[str | int, ...]


class ChangeKind(Enum):
    SET = "set"
    INSERT = "insert"
    REMOVE = "remove"
    MOVE = "move"
    RESET = "reset"


class Change(msgspec.Struct, frozen=True):
    """What happened at a path: a value set, a list row inserted/removed/moved, or everything replaced."""

    kind: ChangeKind
    row: int = -1
    dest: int = -1


def resolve(root: object, path: Path) -> Any:
    """The value at `path` (attribute names and list indexes); LookupError when it is gone."""
    value: Any = root
    for step in path:
        if isinstance(step, int):
            value = value[step]
        elif hasattr(value, step):
            value = getattr(value, step)
        else:
            raise LookupError(path)
    return value


def find_text(root: object, text: str, path: Path = ()) -> Path | None:
    """The path of the first string equal to `text` (a readability warning names an item by its text)."""
    if isinstance(root, str):
        return path if root == text else None
    children: list[tuple[str | int, Any]] = []
    if isinstance(root, list):
        children = list(enumerate(root))
    elif is_dataclass(root):
        children = [(field.name, getattr(root, field.name)) for field in fields(root)]
    for key, child in children:
        found = find_text(child, text, (*path, key))
        if found is not None:
            return found
    return None


class DraftDocument(QObject):
    """Owns the content and its QUndoStack; the `_apply_*` methods are for commands only."""

    changed = Signal(object, object)  # path, Change
    absorbed = Signal()  # a keystroke joined the last undo step (the stack's index did not move)

    def __init__(
        self, content: PlanContent, limits: ReadabilityLimits, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.content = content
        self.limits = limits
        self.stack = QUndoStack(self)
        self._epoch = 0
        self._applying = False

    def get(self, path: Path) -> Any:
        return resolve(self.content, path)

    def seal(self) -> None:
        """End the current typing burst: the next keystroke starts a new undo step."""
        self._epoch += 1

    @property
    def epoch(self) -> int:
        return self._epoch

    def snapshot(self) -> PlanContent:
        return copy.deepcopy(self.content)

    # --- edits (each one undoable) ---------------------------------------------------------------

    def edit_set(self, path: Path, value: object, *, typing: bool = False) -> None:
        if self._applying or self.get(path) == value:
            return
        stack = self.stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        joinable = stack.index() == stack.count() and stack.cleanIndex() != stack.index()
        if (
            typing
            and joinable
            and isinstance(top, commands.SetValueCommand)
            and top.can_absorb(path, self._epoch)
        ):
            top.absorb(value)
            self.absorbed.emit()
            return
        stack.push(commands.SetValueCommand(self, path, value, typing=typing))

    def edit_insert(self, path: Path, row: int, value: object) -> None:
        if self._applying:  # a widget echoing a change that is being applied
            return
        self.stack.push(commands.InsertCommand(self, path, row, value))

    def edit_remove(self, path: Path, row: int) -> None:
        if self._applying:  # a widget echoing a change that is being applied
            return
        self.stack.push(commands.RemoveCommand(self, path, row))

    def edit_move(self, path: Path, row: int, dest: int) -> None:
        if self._applying:  # a widget echoing a change that is being applied
            return
        if row != dest:
            self.stack.push(commands.MoveCommand(self, path, row, dest))

    def edit_replace(self, content: PlanContent, text: str) -> None:
        if self._applying:  # a widget echoing a change that is being applied
            return
        self.stack.push(commands.ReplaceCommand(self, content, text))

    # --- raw changes, called by the commands ------------------------------------------------------

    def _emit(self, path: Path, change: Change) -> None:
        # Views react to a change by committing open editors; those echoes must not become commands.
        self._applying = True
        try:
            self.changed.emit(path, change)
        finally:
            self._applying = False

    def _apply_set(self, path: Path, value: object) -> None:
        parent, key = self.get(path[:-1]), path[-1]
        if isinstance(key, int):
            parent[key] = value
        else:
            setattr(parent, key, value)
        self._emit(path, Change(ChangeKind.SET))

    def _apply_insert(self, path: Path, row: int, value: object) -> None:
        self.get(path).insert(row, value)
        self._emit(path, Change(ChangeKind.INSERT, row))

    def _apply_remove(self, path: Path, row: int) -> object:
        value = self.get(path).pop(row)
        self._emit(path, Change(ChangeKind.REMOVE, row))
        return value

    def _apply_move(self, path: Path, row: int, dest: int) -> None:
        items = self.get(path)
        items.insert(dest, items.pop(row))
        self._emit(path, Change(ChangeKind.MOVE, row, dest))

    def _apply_replace(self, content: PlanContent) -> PlanContent:
        previous, self.content = self.content, content
        self._emit((), Change(ChangeKind.RESET))
        return previous
