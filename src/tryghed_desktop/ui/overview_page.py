"""The start page's role-based overviews: awaiting my approval (advisor), returned to me, reviews
due within 30 days or overdue per unit, and plans that incidents say need review (coordinator)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget

from tryghed_desktop.services.review import PendingVersion, ReviewDue
from tryghed_desktop.services.review_signals import ReviewSignal
from tryghed_desktop.ui.domain_labels import plan_title, status_title
from tryghed_desktop.ui.status import format_date, signal_reasons

if TYPE_CHECKING:  # the module itself is loaded only when an administrator logs in
    from tryghed_desktop.services.resident_deletion import DueResident

LIST_MIN_HEIGHT = 110  # about three rows: the page scrolls on a low screen instead
ROLE_VERSION = Qt.ItemDataRole.UserRole + 1
ROLE_RESIDENT = Qt.ItemDataRole.UserRole + 2
ROLE_INCIDENTS = Qt.ItemDataRole.UserRole + 3  # opens the resident's incidents, the evidence
ROLE_DELETION = Qt.ItemDataRole.UserRole + 4  # opens Slet fraflyttede borgere

STYLE = """
QListWidget { border: 1px solid #cbd2d9; border-radius: 4px; font-size: 12pt; }
QListWidget::item { padding: 8px 6px; border-bottom: 1px solid #eef2f7; }
QListWidget#awaitingList::item:selected, QListWidget#returnedList::item:selected,
QListWidget#reviewsDueList::item:selected, QListWidget#signalsList::item:selected {
    background: #1d4e89; color: white; }
"""


def _list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
    widget.setMaximumHeight(260)
    widget.setMinimumHeight(LIST_MIN_HEIGHT)
    # A long comment wraps to the list's width (rows are re-measured when it resizes) instead of
    # hiding behind a horizontal scroll bar.
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    return widget


class OverviewPanel(QWidget):
    """Three lists, each shown only to the role it is for; activating a row opens it."""

    review_requested = Signal(int)  # version id
    resident_requested = Signal(int)  # resident id
    incidents_requested = Signal(int)  # resident id: the page on its Hændelser tab
    deletion_requested = Signal()  # an administrator chose a resident who is due for deletion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPanel")
        self.setStyleSheet(STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.awaiting_title = QLabel()
        self.awaiting_title.setObjectName("sectionTitle")
        self.awaiting = _list("awaitingList")
        self.returned_title = QLabel()
        self.returned_title.setObjectName("sectionTitle")
        self.returned = _list("returnedList")
        self.due_title = QLabel()
        self.due_title.setObjectName("sectionTitle")
        self.due = _list("reviewsDueList")
        self.signals_title = QLabel()
        self.signals_title.setObjectName("sectionTitle")
        self.signals = _list("signalsList")
        self.deletable_title = QLabel()
        self.deletable_title.setObjectName("sectionTitle")
        self.deletable = _list("deletableList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, widget in (
            (self.awaiting_title, self.awaiting),
            (self.returned_title, self.returned),
            (self.signals_title, self.signals),
            (self.due_title, self.due),
            (self.deletable_title, self.deletable),
        ):
            layout.addWidget(title)
            layout.addWidget(widget)
            widget.itemActivated.connect(self._activated)
        self.set_overview(None, None, None, date.today())
        self.set_signals(None)
        self.set_deletable(None)

    def set_overview(
        self,
        awaiting: list[PendingVersion] | None,
        returned: list[PendingVersion] | None,
        due: dict[str, list[ReviewDue]] | None,
        today: date,
    ) -> None:
        """None hides a list (not the actor's role); an empty list says 'nothing'."""
        self._fill_pending(
            self.awaiting_title,
            self.awaiting,
            awaiting,
            self.tr("Afventer min godkendelse: %1"),
            self.tr("Afventer min godkendelse: intet."),
        )
        self._fill_pending(
            self.returned_title,
            self.returned,
            returned,
            self.tr("Returneret til mig: %1"),
            self.tr("Returneret til mig: intet."),
        )
        self.due.clear()
        self.due_title.setVisible(due is not None)
        self.due.setVisible(bool(due))
        if due is None:
            return
        count = sum(len(rows) for rows in due.values())
        self.due_title.setText(
            self.tr("Revision inden 30 dage eller overskredet: %1").replace("%1", str(count))
            if count
            else self.tr("Revision inden 30 dage eller overskredet: intet.")
        )
        for unit, rows in due.items():
            header = QListWidgetItem(unit)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.due.addItem(header)
            for row in rows:
                state = self.tr("OVERSKREDET") if row.overdue else self.tr("snart")
                item = QListWidgetItem(
                    f"{'⚠ ' if row.overdue else '◷ '}{row.card_name} · {plan_title(row.kind)} · "
                    + self.tr("revision %1 (%2)")
                    .replace("%1", format_date(row.review_due))
                    .replace("%2", state)
                )
                item.setData(ROLE_RESIDENT, row.resident_id)
                self.due.addItem(item)

    def set_signals(self, signals: list[ReviewSignal] | None) -> None:
        """The residents whose risk profile incidents say should be reviewed (None hides the list)."""
        self.signals.clear()
        self.signals_title.setVisible(signals is not None)
        self.signals.setVisible(bool(signals))
        if signals is None:
            return
        self.signals_title.setText(
            self.tr("Hændelser tyder på, at risikoprofilen bør revideres: %1").replace(
                "%1", str(len(signals))
            )
            if signals
            else self.tr("Hændelser tyder på, at risikoprofilen bør revideres: ingen.")
        )
        # Those nobody has started on first, the most severe first; a revision in progress says so.
        waiting = sorted(
            signals,
            key=lambda s: (s.revision is not None, -s.worst_severity, -s.incidents_since, s.card_name),
        )
        for signal in waiting:
            mark = "⚑" if signal.revision is None else "◷"
            text = f"{mark} {signal.card_name} · {signal_reasons(signal)}"
            if signal.revision is not None:
                text += "\n" + self.tr("Revision i gang: %1").replace(
                    "%1", status_title(signal.revision).lower()
                )
            item = QListWidgetItem(text)
            item.setData(ROLE_RESIDENT, signal.resident_id)
            item.setData(ROLE_INCIDENTS, True)
            self.signals.addItem(item)

    def set_deletable(self, due: list[DueResident] | None) -> None:
        """For administrators: who moved out longer ago than the data is kept (None hides the list)."""
        self.deletable.clear()
        self.deletable_title.setVisible(due is not None)
        self.deletable.setVisible(bool(due))
        if due is None:
            return
        self.deletable_title.setText(
            self.tr("Fraflyttede borgere, hvis oplysninger skal slettes: %1").replace("%1", str(len(due)))
            if due
            else self.tr("Fraflyttede borgere, hvis oplysninger skal slettes: ingen.")
        )
        for resident in due:
            item = QListWidgetItem(
                f"✕ {resident.card_name} ({resident.unit_name}) · "
                + self.tr("fraflyttet %1").replace("%1", format_date(resident.moved_out))
            )
            item.setData(ROLE_DELETION, True)
            self.deletable.addItem(item)

    def _fill_pending(
        self,
        title: QLabel,
        widget: QListWidget,
        rows: list[PendingVersion] | None,
        some: str,
        none: str,
    ) -> None:
        widget.clear()
        title.setVisible(rows is not None)
        widget.setVisible(bool(rows))
        if rows is None:
            return
        title.setText(some.replace("%1", str(len(rows))) if rows else none)
        for row in rows:
            text = f"{row.card_name} ({row.unit_name}) · {plan_title(row.kind)} · " + self.tr(
                "version %1, %2 af %3"
            ).replace("%1", str(row.number)).replace("%2", format_date(row.at)).replace("%3", row.by or "?")
            if row.comment:
                text += "\n" + self.tr("Kommentar: »%1«").replace("%1", row.comment)
            if row.notes:  # beside a comment the notes would go unseen until the editor is opened
                text += " " + self.tr("og %n bemærkning(er) ved afsnit", "", row.notes)
            item = QListWidgetItem(text)
            item.setData(ROLE_VERSION, row.version_id)
            item.setData(ROLE_RESIDENT, row.resident_id)
            widget.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        if item.data(ROLE_DELETION):
            self.deletion_requested.emit()
        elif item.listWidget() is self.awaiting:
            self.review_requested.emit(int(item.data(ROLE_VERSION)))
        elif item.data(ROLE_INCIDENTS):
            self.incidents_requested.emit(int(item.data(ROLE_RESIDENT)))
        elif item.data(ROLE_RESIDENT) is not None:
            self.resident_requested.emit(int(item.data(ROLE_RESIDENT)))
