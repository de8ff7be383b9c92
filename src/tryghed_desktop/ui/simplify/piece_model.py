"""The original's pieces as a list model: number, text, status and suggestion, with custom roles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from tryghed_desktop.domain.simplify import STATUS_MARKS, STATUS_TITLES, PieceStatus, field_title, reason_text
from tryghed_desktop.services.simplify import PieceView
from tryghed_desktop.ui.domain_labels import domain_tr

PIECE_MIME = "application/x-tryghed-piece"
PieceRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
SuggestionTextRole = Qt.ItemDataRole.UserRole + 3

STATUS_COLOURS: dict[PieceStatus, str] = {
    PieceStatus.UNTOUCHED: "#1a1a1a",
    PieceStatus.PLACED: "#2e7d32",
    PieceStatus.KEPT: "#455a64",
    PieceStatus.DROPPED: "#8d6e63",
}

_Index = QModelIndex | QPersistentModelIndex


def suggestion_text(piece: PieceView) -> str:
    """'Forslag: Gul – Tidlige tegn · Sådan ser det ud (indeholder »bliver urolig«)'."""
    if piece.suggestion is None:
        if piece.suggestion_reason:
            # Only a heading is suggested without a field: 'Forslag: overskrift – behold i fuld beskrivelse'.
            return QCoreApplication.translate("PieceListModel", "Forslag: %1").replace(
                "%1", reason_text(piece.suggestion_reason, domain_tr)
            )
        return QCoreApplication.translate("PieceListModel", "Intet forslag – vælg selv")
    return (
        QCoreApplication.translate("PieceListModel", "Forslag: %1 (%2)")
        .replace("%1", field_title(piece.suggestion, domain_tr))
        .replace("%2", reason_text(piece.suggestion_reason, domain_tr))
    )


def status_line(piece: PieceView) -> str:
    """What became of the piece, in one line."""
    mark = STATUS_MARKS[piece.status]
    if piece.status is PieceStatus.PLACED and piece.target is not None:
        placed = QCoreApplication.translate("PieceListModel", "Placeret i %1: »%2«").replace(
            "%1", field_title(piece.target, domain_tr)
        )
        return f"{mark} {placed.replace('%2', piece.rewritten)}"
    if piece.status is PieceStatus.DROPPED:
        dropped = QCoreApplication.translate("PieceListModel", "Udeladt: %1")
        return f"{mark} {dropped.replace('%1', piece.reason)}"
    if piece.status is PieceStatus.KEPT:
        return f"{mark} {domain_tr(STATUS_TITLES[piece.status])}"
    return f"{mark} {suggestion_text(piece)}"


class PieceListModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._pieces: list[PieceView] = []

    def set_pieces(self, pieces: list[PieceView]) -> None:
        self.beginResetModel()
        self._pieces = list(pieces)
        self.endResetModel()

    def update_piece(self, piece: PieceView) -> None:
        """Replace one piece (after a service call) and tell the views."""
        for row, known in enumerate(self._pieces):
            if known.id == piece.id:
                self._pieces[row] = piece
                index = self.index(row)
                self.dataChanged.emit(index, index)
                return

    def piece(self, row: int) -> PieceView:
        return self._pieces[row]

    def row_of(self, piece_id: int) -> int:
        return next(row for row, piece in enumerate(self._pieces) if piece.id == piece_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._pieces)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pieces):
            return None
        piece = self._pieces[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{piece.index + 1}. {piece.text}\n      {status_line(piece)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{piece.text}\n\n{suggestion_text(piece)}"
        if role == Qt.ItemDataRole.FontRole and piece.is_heading:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(STATUS_COLOURS[piece.status]))
        if role == PieceRole:
            return piece.id
        if role == StatusRole:
            return piece.status.value
        if role == SuggestionTextRole:
            return suggestion_text(piece)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self._pieces[index.row()].status is PieceStatus.UNTOUCHED:
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def mimeTypes(self) -> list[str]:
        return [PIECE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = [str(self._pieces[index.row()].id) for index in indexes if index.isValid()]
        mime.setData(PIECE_MIME, ",".join(ids).encode())
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction
