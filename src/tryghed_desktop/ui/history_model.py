"""All versions of a resident's plans as an item model for the Historik tab."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services.plans import PlanState, VersionView
from tryghed_desktop.ui.domain_labels import plan_title, status_title
from tryghed_desktop.ui.status import format_date, format_datetime
from tryghed_desktop.ui.table_model import Index, RowTableModel


class Column(IntEnum):
    PLAN = 0
    NUMBER = 1
    STATUS = 2
    CREATED = 3
    SUBMITTED = 4
    DECIDED = 5
    DECIDED_BY = 6
    REVIEW_DUE = 7


class Role(IntEnum):
    VERSION_ID = Qt.ItemDataRole.UserRole + 1
    VERSION = Qt.ItemDataRole.UserRole + 2


class VersionHistoryModel(RowTableModel):
    """Newest first within each plan, plans in their usual order."""

    COLUMNS = Column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[VersionView] = []

    def set_rows(self, states: list[PlanState]) -> None:
        order = list(PlanKind)
        self.beginResetModel()
        self._rows = sorted(
            (version for state in states for version in state.history),
            key=lambda version: (order.index(version.kind), -version.number),
        )
        self.endResetModel()

    def column_titles(self) -> dict[Any, str]:
        return {
            Column.PLAN: self.tr("Plan"),
            Column.NUMBER: self.tr("Version"),
            Column.STATUS: self.tr("Status"),
            Column.CREATED: self.tr("Oprettet"),
            Column.SUBMITTED: self.tr("Indsendt"),
            Column.DECIDED: self.tr("Godkendt/returneret"),
            Column.DECIDED_BY: self.tr("Af"),
            Column.REVIEW_DUE: self.tr("Revision senest"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        version = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(version, Column(index.column()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(version, Column(index.column()))
        if role == Role.VERSION_ID:
            return version.id
        if role == Role.VERSION:
            return version
        return None

    def _tooltip(self, version: VersionView, column: Column) -> str | None:
        if column is Column.CREATED and version.created_by:
            return (
                self.tr("Oprettet %1 af %2")
                .replace("%1", format_datetime(version.created_at))
                .replace("%2", version.created_by)
            )
        if column is Column.SUBMITTED and version.submitted_by:
            return (
                self.tr("Indsendt %1 af %2")
                .replace("%1", format_datetime(version.submitted_at))
                .replace("%2", version.submitted_by)
            )
        if column in (Column.DECIDED, Column.DECIDED_BY):
            # A return may carry only notes by the sections: they are the decision's words then.
            notes = [f"»{section}«: {note}" for section, note in version.return_notes.items()]
            return (
                "\n".join(filter(None, [version.return_comment or version.approval_comment, *notes])) or None
            )
        return None

    def _display(self, version: VersionView, column: Column) -> str:
        if column is Column.PLAN:
            return plan_title(version.kind)
        if column is Column.NUMBER:
            return str(version.number)
        if column is Column.STATUS:
            return status_title(version.status)
        if column is Column.CREATED:
            return format_date(version.created_at)
        if column is Column.SUBMITTED:
            return format_date(version.submitted_at)
        if column is Column.DECIDED:
            if version.approved_at is not None:
                return format_date(version.approved_at)
            return format_date(version.returned_at)
        if column is Column.DECIDED_BY:
            if version.approved_at is not None:
                return version.approved_by or ""
            return version.returned_by or ""
        if version.status in (VersionStatus.APPROVED, VersionStatus.SUPERSEDED):
            return format_date(version.review_due)
        return ""
