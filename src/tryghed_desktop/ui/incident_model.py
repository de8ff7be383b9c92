"""Incidents as an item model: the start page's open follow-ups and the resident's Hændelser tab."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from tryghed_desktop.domain.incidents import INCIDENT_TYPE_TITLES, SEVERITY_SHORT
from tryghed_desktop.services.incidents import IncidentRecord
from tryghed_desktop.ui.domain_labels import domain_tr, place_title
from tryghed_desktop.ui.status import format_date, format_datetime
from tryghed_desktop.ui.table_model import Index, RowTableModel

OVERDUE_BRUSH = QBrush(QColor("#fde7e7"))


class Column(IntEnum):
    # The follow-up comes early: on the start page it is what the reader is looking for.
    WHEN = 0
    WHO = 1
    FOLLOW_UP = 2
    TYPE = 3
    SEVERITY = 4
    WHERE = 5
    SLOT = 6
    UNIT = 7


class Role(IntEnum):
    INCIDENT_ID = Qt.ItemDataRole.UserRole + 1
    RECORD = Qt.ItemDataRole.UserRole + 2
    OVERDUE = Qt.ItemDataRole.UserRole + 3


class IncidentTableModel(RowTableModel):
    """One row per incident; the follow-up column says what is due next or what is overdue."""

    COLUMNS = Column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[IncidentRecord] = []
        # Cells and overdue flags are worked out once per reset: a view asks data() for every cell
        # and role on each paint and column resize, which on a slow ward PC is felt at start-up.
        self._cells: list[tuple[str, ...]] = []
        self._overdue: list[bool] = []
        self._now = datetime.now().astimezone()

    def set_rows(self, rows: list[IncidentRecord], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now or datetime.now().astimezone()
        self._cells = [tuple(self._display(record, column) for column in Column) for record in self._rows]
        self._overdue = [
            record.closed_at is None and bool(record.overdue(self._now)) for record in self._rows
        ]
        self.endResetModel()

    def record(self, row: int) -> IncidentRecord:
        return self._rows[row]

    def column_titles(self) -> dict[Any, str]:
        return {
            Column.WHEN: self.tr("Hvornår"),
            Column.WHO: self.tr("Hvem"),
            Column.UNIT: self.tr("Afdeling"),
            Column.TYPE: self.tr("Type"),
            Column.SEVERITY: self.tr("Alvor"),
            Column.WHERE: self.tr("Hvor"),
            Column.SLOT: self.tr("Døgnrytme"),
            Column.FOLLOW_UP: self.tr("Opfølgning"),
        }

    def follow_up_text(self, record: IncidentRecord) -> str:
        """What the follow-up needs now, in plain Danish."""
        if record.closed_at is not None:
            return self.tr("Afsluttet %1").replace("%1", format_date(record.closed_at))
        late = record.overdue(self._now)
        if late:
            return self.tr("Overskredet: %1").replace("%1", ", ".join(domain_tr(step) for step in late))
        if record.first_aid_contact_at is None:
            return self.tr("Psykisk førstehjælp senest %1").replace(
                "%1", format_datetime(record.first_aid_due)
            )
        if record.injury_report_due is not None and record.injury_reported_on is None:
            return self.tr("Arbejdsskade anmeldes senest %1").replace(
                "%1", format_date(record.injury_report_due)
            )
        return self.tr("Klar til at blive afsluttet")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[row][index.column()]
        if role == Role.INCIDENT_ID:
            return self._rows[row].id
        if role == Role.RECORD:
            return self._rows[row]
        if role == Role.OVERDUE:
            return self._overdue[row]
        if role == Qt.ItemDataRole.BackgroundRole and self._overdue[row]:
            return OVERDUE_BRUSH
        return None

    def _display(self, record: IncidentRecord, column: Column) -> str:
        if column is Column.WHEN:
            return format_datetime(record.occurred_at)
        if column is Column.WHO:
            return record.resident_card_name or record.other_person
        if column is Column.UNIT:
            return record.unit_name
        if column is Column.TYPE:
            return domain_tr(INCIDENT_TYPE_TITLES[record.incident_type])
        if column is Column.SEVERITY:  # as the registration names it: "2 · Mindre"
            return f"{record.severity} · {domain_tr(SEVERITY_SHORT[record.severity])}"
        if column is Column.WHERE:
            return place_title(record.location)
        if column is Column.SLOT:
            return record.slot_label
        return self.follow_up_text(record)
