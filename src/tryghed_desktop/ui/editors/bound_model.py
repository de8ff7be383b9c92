"""Item models over one list in the draft: they mirror its rows and follow the document's changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from tryghed_desktop.ui.editors.document import Change, ChangeKind, DraftDocument, Path

Index = QModelIndex | QPersistentModelIndex


class BoundListModel(QAbstractTableModel):
    """Rows are the list at `path`; edits go to the document as undo commands, and the model only
    changes when the document says so, with proper insert/remove/move signals for the views."""

    def __init__(self, document: DraftDocument, path: Path) -> None:
        super().__init__(document)
        self.document = document
        self._path = path
        self._rows: list[Any] = self._read()
        document.changed.connect(self._on_changed)

    @property
    def path(self) -> Path:
        return self._path

    def set_path(self, path: Path) -> None:
        """Follow another list (the steps of the activity now selected)."""
        self.beginResetModel()
        self._path = path
        self._rows = self._read()
        self.endResetModel()

    def row_value(self, row: int) -> Any:
        return self._rows[row]

    def _read(self) -> list[Any]:
        try:
            return list(self.document.get(self._path))
        except LookupError:  # the list's owner was removed; its view is empty until rebound
            return []

    def _on_changed(self, path: Path, change: Change) -> None:
        own, depth = self._path, len(self._path)
        if path == own and change.kind is ChangeKind.INSERT:
            self.beginInsertRows(QModelIndex(), change.row, change.row)
            self._rows = self._read()
            self.endInsertRows()
        elif path == own and change.kind is ChangeKind.REMOVE:
            self.beginRemoveRows(QModelIndex(), change.row, change.row)
            self._rows = self._read()
            self.endRemoveRows()
        elif path == own and change.kind is ChangeKind.MOVE:
            # Qt names the row *before which* the moved row lands, counted before the move.
            before = change.dest + 1 if change.dest > change.row else change.dest
            self.beginMoveRows(QModelIndex(), change.row, change.row, QModelIndex(), before)
            self._rows = self._read()
            self.endMoveRows()
        elif len(path) > depth and path[:depth] == own:
            row = path[depth]
            assert isinstance(row, int)
            self._rows = self._read()
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        elif own[: len(path)] == path:
            self.beginResetModel()
            self._rows = self._read()
            self.endResetModel()

    # --- Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        """Drag and drop in a list view arrives here; it becomes one undoable move."""
        if count != 1 or source_parent.isValid() or destination_parent.isValid():
            return False
        dest = destination_child if destination_child <= source_row else destination_child - 1
        dest = max(0, min(dest, len(self._rows) - 1))
        self.document.edit_move(self._path, source_row, dest)
        return True

    def move(self, row: int, delta: int) -> int | None:
        """Move a row up (-1) or down (+1); returns its new row, or None at the edge."""
        dest = row + delta
        if not (0 <= row < len(self._rows) and 0 <= dest < len(self._rows)):
            return None
        self.document.edit_move(self._path, row, dest)
        return dest
