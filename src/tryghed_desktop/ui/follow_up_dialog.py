"""Follow-up of one incident: defusing, debriefing, psychological first aid, injury report, closing."""

from __future__ import annotations

import html
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.domain.incidents import INCIDENT_FIELD_TITLES, INCIDENT_TYPE_TITLES, local_time
from tryghed_desktop.services import incidents as incident_service
from tryghed_desktop.services.actors import Action, Actor, Role, may
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.services.incidents import IncidentRecord
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import messages
from tryghed_desktop.ui.domain_labels import QT_TRANSLATE_NOOP, domain_tr, place_title
from tryghed_desktop.ui.incident_dialog import IncidentDialog, date_field, qt_datetime
from tryghed_desktop.ui.layouts import hbox, resize_within_screen
from tryghed_desktop.ui.service_texts import service_text
from tryghed_desktop.ui.status import format_date, format_datetime

# The follow-up steps, marked for lupdate and translated where they are shown.
STEP_TITLES = {
    "defusing_done_at": QT_TRANSLATE_NOOP("FollowUpDialog", "Defusing gennemført"),
    "debriefing_offered_on": QT_TRANSLATE_NOOP("FollowUpDialog", "Debriefing tilbudt"),
    "first_aid_contact_at": QT_TRANSLATE_NOOP("FollowUpDialog", "Kontakt om psykisk førstehjælp"),
    "injury_reported_on": QT_TRANSLATE_NOOP("FollowUpDialog", "Arbejdsskade anmeldt"),
    "police_reported_on": QT_TRANSLATE_NOOP("FollowUpDialog", "Politianmeldt"),
    "closed_at": QT_TRANSLATE_NOOP("FollowUpDialog", "Opfølgning afsluttet"),
}


def field_title(name: str) -> str:
    """A changed field in the UI language: a follow-up step, or a field of a corrected registration."""
    if name in STEP_TITLES:
        return QCoreApplication.translate("FollowUpDialog", STEP_TITLES[name])
    return domain_tr(INCIDENT_FIELD_TITLES.get(name, name))


# A step not done shows no date: its editor holds this and shows it as blank, until it is ticked.
NOT_DONE = QDate(2000, 1, 1)


def _blank_until_ticked(editor: QDateEdit | QDateTimeEdit) -> None:
    # Qt shows the special text only for the minimum itself, time of day included.
    editor.setMinimumDateTime(QDateTime(NOT_DONE, QTime(0, 0)))
    editor.setSpecialValueText(" ")
    editor.setDateTime(editor.minimumDateTime())


def _fill_in_now(editor: QDateEdit | QDateTimeEdit) -> None:
    """The time of ticking, when the step shows no date yet (a time typed before stays)."""
    if editor.dateTime() != editor.minimumDateTime():
        return
    if isinstance(editor, QDateEdit):
        editor.setDate(local_time(datetime.now(UTC)).date())  # the Danish day, as the service checks it
    else:
        editor.setDateTime(QDateTime.currentDateTime())


class FollowUpDialog(messages.AsksBeforeDiscarding, QDialog):
    """Ticks a step done with its date; saving records only what changed, with who and when."""

    changed = Signal()

    def __init__(
        self, database: Database, actor: Actor, incident_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.incident_id = incident_id
        self.setWindowTitle(self.tr("Opfølgning på hændelse"))
        resize_within_screen(self, 640, 520)
        with database.session() as session:
            record, changes = incident_service.incident_detail(session, actor, incident_id)
        self.record = record
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("followUpSummary")
        form = self._build_steps(record)
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("deadlines")
        self.history = QLabel()
        self.history.setObjectName("changeHistory")
        self.history.setWordWrap(True)
        self._show(record, changes)
        buttons = self._build_buttons(record)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.state_label)
        layout.addWidget(self.deadline_label)
        layout.addWidget(self.problem_label)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Historik")))
        layout.addWidget(self.history)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _build_buttons(self, record: IncidentRecord) -> QDialogButtonBox:
        """Gem, Ret registreringen…, Afslut opfølgning and Luk, each enabled for who may use it."""
        actor = self.actor
        # A closed follow-up is history; an advisor may read it but not tick what staff did.
        self.editable = record.closed_at is None and may(actor, Action.REGISTER_INCIDENT)
        for done, editor in self.steps.values():
            done.setEnabled(self.editable)
            editor.setEnabled(self.editable and done.isChecked())
        self.state_label = QLabel(self._state_text(record))
        self.state_label.setObjectName("followUpState")
        self.state_label.setWordWrap(True)
        self.state_label.setVisible(not self.editable)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Gem"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setEnabled(self.editable)
        self.edit_button = buttons.addButton(
            self.tr("Ret registreringen…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.edit_button.setObjectName("editRegistrationButton")
        self.edit_button.setEnabled(self.editable)
        if record.closed_at is not None:
            self.edit_button.setToolTip(self.tr("Opfølgningen er afsluttet; hændelsen kan ikke ændres."))
        self.close_button = buttons.addButton(
            self.tr("Afslut opfølgning"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button.setEnabled(record.closed_at is None and actor.has(Role.COORDINATOR))
        if not actor.has(Role.COORDINATOR):
            self.close_button.setToolTip(self.tr("Kun en koordinator kan afslutte opfølgningen."))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Luk"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.edit_button.clicked.connect(self.edit_registration)
        self.close_button.clicked.connect(self.close_follow_up)
        return buttons

    def _state_text(self, record: IncidentRecord) -> str:
        if record.closed_at is not None:
            return self.tr("Opfølgningen blev afsluttet %1. Den kan ikke ændres.").replace(
                "%1", format_datetime(record.closed_at)
            )
        return self.tr("Du kan se opfølgningen. Personale og koordinatorer krydser trinene af.")

    def _deadline(self, text: str, overdue: bool) -> str:
        """A deadline as rich text: one that has passed with its step not done stands out in red."""
        if not overdue:
            return html.escape(text)
        late = self.tr("%1 – overskredet").replace("%1", text)
        return f'<b style="color:#8e1b1b">{html.escape(late)}</b>'

    def _build_steps(self, record: IncidentRecord) -> QFormLayout:
        form = QFormLayout()
        self.steps: dict[str, tuple[QCheckBox, QDateEdit | QDateTimeEdit]] = {}
        for name in incident_service.FOLLOW_UP_FIELDS:
            current = getattr(record, name, None)
            editor: QDateEdit | QDateTimeEdit
            if name.endswith("_at"):
                editor = QDateTimeEdit(qt_datetime(current) if current else QDateTime.currentDateTime())
                editor.setDisplayFormat("dd.MM.yyyy HH:mm")
                editor.setCalendarPopup(True)
            else:
                editor = date_field(QDate(current) if current else QDate.currentDate())
            done = QCheckBox(self.tr("Gjort"))
            done.setChecked(current is not None)
            editor.setEnabled(current is not None)
            done.toggled.connect(editor.setEnabled)
            if current is None:
                # No date shown for a step not done; ticked an hour after the dialog was opened, the
                # step was done then, not at opening.
                _blank_until_ticked(editor)
                done.toggled.connect(lambda ticked, editor=editor: ticked and _fill_in_now(editor))
            form.addRow(field_title(name), hbox(done, (editor, 1)))
            self.steps[name] = (done, editor)
        return form

    def _show(self, record: IncidentRecord, changes: list[incident_service.ChangeView]) -> None:
        """Summary, deadlines and history as stored now (again after a corrected registration)."""
        self.summary.setText(self._summary(record))
        late = [] if record.closed_at else record.late_steps(datetime.now(UTC))
        deadlines = [
            self._deadline(
                self.tr("Psykisk førstehjælp senest %1").replace("%1", format_datetime(record.first_aid_due)),
                "first_aid_contact_at" in late,
            )
        ]
        if record.injury_report_due is not None:
            text = self.tr("Arbejdsskade anmeldes senest %1").replace(
                "%1", format_date(record.injury_report_due)
            )
            deadlines.append(self._deadline(text, "injury_reported_on" in late))
        self.deadline_label.setText(" · ".join(deadlines))
        self.history.setText(
            "\n".join(
                f"{format_datetime(change.at)} {change.actor}: "
                + ", ".join(field_title(field) for field in change.fields)
                for change in changes
            )
            or self.tr("Ingen ændringer endnu.")
        )

    def edit_registration(self) -> IncidentDialog:
        """'Ret registreringen…': the registration form, prefilled; saving adds a line to the history."""
        dialog = IncidentDialog(self.database, self.actor, incident_id=self.incident_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.updated.connect(self._registration_updated)
        dialog.open()
        return dialog

    def _registration_updated(self, _incident_id: int, _summary: str) -> None:
        with self.database.session() as session:
            record, changes = incident_service.incident_detail(session, self.actor, self.incident_id)
        self.record = record
        self._show(record, changes)
        self.changed.emit()

    def _summary(self, record: IncidentRecord) -> str:
        who = record.resident_card_name or record.other_person
        return (
            f"{format_datetime(record.occurred_at)} · {who} · {record.unit_name} · "
            f"{domain_tr(INCIDENT_TYPE_TITLES[record.incident_type])} · "
            + self.tr("alvor %1").replace("%1", str(record.severity))
            + f" · {place_title(record.location)}"
        )

    def values(self) -> dict[str, Any]:
        """The follow-up fields as the form holds them (None where not done)."""
        result: dict[str, date | datetime | None] = {}
        for name, (done, editor) in self.steps.items():
            if not done.isChecked():
                result[name] = None
            elif isinstance(editor, QDateTimeEdit) and not isinstance(editor, QDateEdit):
                result[name] = editor.dateTime().toPython().astimezone()  # type: ignore[union-attr]
            else:
                result[name] = editor.date().toPython()  # type: ignore[assignment]
        return result

    def changed_values(self) -> dict[str, Any]:
        """Only the steps changed here: a step ticked on another PC meanwhile is not saved over."""
        return {name: value for name, value in self.values().items() if value != getattr(self.record, name)}

    def _run(self, action: str) -> bool:
        changed = self.changed_values()
        seen = {name: getattr(self.record, name) for name in changed}
        try:
            with self.database.session() as session:  # saving and closing are one change, or none
                if changed:
                    incident_service.update_follow_up(
                        session, self.actor, self.incident_id, seen=seen, **changed
                    )
                if action == "close":
                    incident_service.close_incident(session, self.actor, self.incident_id)
        except ServiceError as error:
            self.problem_label.setText(service_text(error.message))
            self.problem_label.show()
            return False
        self.changed.emit()
        return True

    def has_unsaved_work(self) -> bool:
        """A step ticked or unticked since the dialog opened (what was stored stays either way)."""
        return any(
            done.isChecked() != (getattr(self.record, name, None) is not None)
            for name, (done, _editor) in self.steps.items()
        )

    def discard_texts(self) -> tuple[str, str, str]:
        return (
            self.tr("Det, du har krydset af, er ikke gemt. Vil du lukke uden at gemme?"),
            self.tr("Tilbage"),
            self.tr("Luk uden at gemme"),
        )

    def save(self) -> None:
        if self._run("save"):
            self.accept()

    def missing_steps(self) -> list[str]:
        """The steps with a deadline that are not ticked (as the form holds them now)."""
        needed = ["first_aid_contact_at"]
        if self.record.injury_report_due is not None:
            needed.append("injury_reported_on")
        return [name for name in needed if not self.steps[name][0].isChecked()]

    def close_follow_up(self) -> None:
        """Close it; with a step that has a deadline not ticked, ask first: closed, it cannot be changed."""
        missing = self.missing_steps()
        if not missing:
            self._close()
            return
        self.close_question = messages.ask_safe_first(
            self,
            self.tr("Ikke krydset af: %1. En afsluttet opfølgning kan ikke ændres bagefter.").replace(
                "%1", ", ".join(f"»{field_title(name)}«" for name in missing)
            ),
            safe=self.tr("Tilbage"),
            risky=self.tr("Afslut alligevel"),
            on_risky=self._close,
        )

    def _close(self) -> None:
        if self._run("close"):
            self.accept()
