"""The resident list as an item model (named columns, custom roles) and its fast filter proxy."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from tryghed_desktop.services.residents import ResidentRow
from tryghed_desktop.ui.status import Hint, resident_hints

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    CARD_NAME = 1
    UNIT = 2
    ROOM = 3
    STATUS = 4


class Role(IntEnum):
    RESIDENT_ID = Qt.ItemDataRole.UserRole + 1
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 2
    SUBTITLE = Qt.ItemDataRole.UserRole + 3
    HINTS = Qt.ItemDataRole.UserRole + 4
    ROW = Qt.ItemDataRole.UserRole + 5


_SEARCH_TEXT = int(Role.SEARCH_TEXT)


class ResidentListModel(QAbstractTableModel):
    """One row per resident; the status is worked out once per reset, not on every paint."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ResidentRow] = []
        self._hints: list[list[Hint]] = []
        self._search: list[str] = []
        self._today = date.today()

    def set_rows(self, rows: list[ResidentRow], today: date | None = None) -> None:
        self.beginResetModel()
        self._today = today or date.today()
        self._rows = list(rows)
        self._hints = [resident_hints(row, self._today) for row in self._rows]
        # Lower-cased once here, so a keystroke only compares strings.
        self._search = [f"{row.display_name}\n{row.card_name}".lower() for row in self._rows]
        self.endResetModel()

    def row_for_id(self, resident_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == resident_id:
                return number
        return None

    def resident(self, row: int) -> ResidentRow:
        return self._rows[row]

    @property
    def search_texts(self) -> list[str]:
        """Name and card name of every row in lower case, as the filter matches them."""
        return self._search

    # --- QAbstractItemModel ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation is Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return self._header(Column(section))
        return None

    def _header(self, column: Column) -> str:
        return {
            Column.NAME: self.tr("Navn"),
            Column.CARD_NAME: self.tr("Kortnavn"),
            Column.UNIT: self.tr("Afdeling"),
            Column.ROOM: self.tr("Værelse"),
            Column.STATUS: self.tr("Status"),
        }[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _SEARCH_TEXT:  # first and cheap: the proxy asks this for every row on every key
            row_number = index.row()
            return self._search[row_number] if 0 <= row_number < len(self._search) else None
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        hints = self._hints[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, hints, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(hint.text for hint in hints) or None
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATUS and hints:
            return QColor(hints[0].tone.foreground)
        if role == Role.RESIDENT_ID:
            return row.id
        if role == Role.SUBTITLE:
            return self._subtitle(row)
        if role == Role.HINTS:
            return hints
        if role == Role.ROW:
            return row
        return None

    def _display(self, row: ResidentRow, hints: list[Hint], column: Column) -> str:
        if column is Column.NAME:
            return row.display_name
        if column is Column.CARD_NAME:
            return row.card_name
        if column is Column.UNIT:
            return row.unit_name
        if column is Column.ROOM:
            return row.room
        return " · ".join(hint.text for hint in hints)

    def _subtitle(self, row: ResidentRow) -> str:
        parts = [row.unit_name]
        if row.room:
            parts.append(self.tr("værelse %1").replace("%1", row.room))
        return " · ".join(parts)

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        names.update(
            {
                Role.RESIDENT_ID: b"residentId",
                Role.SEARCH_TEXT: b"searchText",
                Role.SUBTITLE: b"subtitle",
                Role.HINTS: b"hints",
                Role.ROW: b"row",
            }
        )
        return names


class ResidentFilterProxy(QSortFilterProxyModel):
    """Filter-as-you-type over name and card name, against the model's pre-lowered search texts.

    One Python call per row and no index objects: a C++ fixed-string filter asks the Python model
    for an index, a column count and the data of every row, which is three times the crossings."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._texts: list[str] = []

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        if isinstance(model, ResidentListModel):
            self._texts = model.search_texts
            model.modelReset.connect(lambda: setattr(self, "_texts", model.search_texts))

    def set_text(self, text: str) -> None:
        needle = text.strip().lower()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return not self._needle or self._needle in self._texts[source_row]
