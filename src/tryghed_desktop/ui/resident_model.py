"""The resident list as an item model: named columns, custom roles and filter-as-you-type."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
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
    SUBTITLE = Qt.ItemDataRole.UserRole + 3
    HINTS = Qt.ItemDataRole.UserRole + 4
    ROW = Qt.ItemDataRole.UserRole + 5


class ResidentListModel(QAbstractTableModel):
    """One row per shown resident; the status is worked out once per reset, not on every paint.

    The model filters itself (filter-as-you-type over name and card name): a keystroke is one
    Python pass over pre-lowered texts and one reset. A QSortFilterProxyModel would call Python once
    per resident from C++ on every keystroke, which over 5,000 residents is most of a frame."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[ResidentRow] = []
        self._moved_out = 0
        self._all_hints: list[list[Hint]] = []
        self._search: list[str] = []
        self._shown: list[int] = []  # positions in _all, in list order
        self._needle = ""
        self._today = date.today()

    def set_rows(self, rows: list[ResidentRow], today: date | None = None) -> None:
        self.beginResetModel()
        self._today = today or date.today()
        self._all = list(rows)
        self._moved_out = sum(1 for row in self._all if row.moved_out is not None)  # once, not per keystroke
        self._all_hints = [resident_hints(row, self._today) for row in self._all]
        # Lower-cased once here, so a keystroke only compares strings.
        self._search = [f"{row.display_name}\n{row.card_name}".lower() for row in self._all]
        self._shown = self._matching(range(len(self._all)), self._needle)
        self.endResetModel()

    def set_filter(self, text: str) -> bool:
        """Show the residents whose name or card name contains `text` (any case); True if it changed."""
        needle = text.strip().lower()
        if needle == self._needle:
            return False
        # Typing on narrows what is shown, so only the shown rows need a look.
        narrower = bool(self._needle) and needle.startswith(self._needle)
        candidates = self._shown if narrower else range(len(self._all))
        self.beginResetModel()
        self._needle = needle
        self._shown = self._matching(candidates, needle)
        self.endResetModel()
        return True

    def _matching(self, candidates: Iterable[int], needle: str) -> list[int]:
        search = self._search
        return [number for number in candidates if needle in search[number]] if needle else list(candidates)

    def total_count(self) -> int:
        """Residents in the list before filtering."""
        return len(self._all)

    def moved_out_count(self) -> int:
        """Residents in the list who moved out (shown only when asked for)."""
        return self._moved_out

    def row_for_id(self, resident_id: int) -> int | None:
        """The shown row of a resident; None when filtered out or not in the list."""
        for number, position in enumerate(self._shown):
            if self._all[position].id == resident_id:
                return number
        return None

    def contains_id(self, resident_id: int) -> bool:
        """Whether the resident is in the list, shown or filtered out."""
        return any(row.id == resident_id for row in self._all)

    def resident(self, row: int) -> ResidentRow:
        return self._all[self._shown[row]]

    # --- QAbstractItemModel ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

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
        if not index.isValid() or not (0 <= index.row() < len(self._shown)):
            return None
        position = self._shown[index.row()]
        row = self._all[position]
        hints = self._all_hints[position]
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
                Role.SUBTITLE: b"subtitle",
                Role.HINTS: b"hints",
                Role.ROW: b"row",
            }
        )
        return names
