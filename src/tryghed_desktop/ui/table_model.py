"""The common part of the read-only table models: rows under named columns with translated titles."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    """Subclasses name their columns in COLUMNS, give titles in column_titles() and cells in data()."""

    COLUMNS: ClassVar[type[IntEnum]]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._titles: list[str] | None = None

    def column_titles(self) -> dict[Any, str]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if self._titles is None:  # a header view asks for each title many times while laying out
            titles = self.column_titles()
            self._titles = [titles[self.COLUMNS(number)] for number in range(len(self.COLUMNS))]
        return self._titles[section] if 0 <= section < len(self._titles) else None
