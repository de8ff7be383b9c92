"""'Ny borger', 'Ret oplysninger' and 'Fraflyt': a coordinator's or administrator's forms for a
resident's own facts. A refusal is shown by its field, in red, and what was typed stays."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.services import residents as resident_service
from tryghed_desktop.services.actors import Actor
from tryghed_desktop.services.errors import LifecycleError, ServiceError, ValidationError
from tryghed_desktop.services.residents import FIELD_LIMITS, ResidentDetail, UnitRow
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.password_dialog import ok_cancel, problem_label
from tryghed_desktop.ui.service_texts import service_text


class ResidentFactsDialog(QDialog):
    """A new resident moving in (no `resident`), or the facts of one who lives here changed."""

    saved = Signal(int)  # the resident's id

    def __init__(
        self,
        database: Database,
        actor: Actor,
        units: list[UnitRow],
        *,
        resident: ResidentDetail | None = None,
        unit_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("residentFactsDialog")
        self.database = database
        self.actor = actor
        self.resident = resident
        if resident is None:
            self.setWindowTitle(self.tr("Ny borger"))
        else:
            self.setWindowTitle(self.tr("Oplysninger om %1").replace("%1", resident.card_name))
        self.display_name = QLineEdit(resident.display_name if resident else "")
        self.display_name.setMaxLength(FIELD_LIMITS["navn"])
        self.card_name = QLineEdit(resident.card_name if resident else "")
        self.card_name.setMaxLength(FIELD_LIMITS["kortnavn"])
        self.unit = QComboBox()
        several_facilities = len({unit.facility_name for unit in units}) > 1
        for unit in units:
            label = f"{unit.name} ({unit.facility_name})" if several_facilities else unit.name
            self.unit.addItem(label, unit.id)
        # Only the unit chosen in the list, or the resident's own: a first unit picked for the user
        # would put a quick "Opret" in the wrong house.
        self.unit.setPlaceholderText(self.tr("Vælg afdeling…"))
        chosen = resident.unit_id if resident else unit_id
        self.unit.setCurrentIndex(self.unit.findData(chosen) if chosen is not None else -1)
        self.room = QLineEdit(resident.room if resident else "")
        self.room.setMaxLength(FIELD_LIMITS["værelse"])
        self.contacts = QPlainTextEdit("\n".join(resident.contact_persons) if resident else "")
        self.contacts.setTabChangesFocus(True)
        self.contacts.setPlaceholderText(self.tr("Én pr. linje, fx: Mor: Hanne, 20 30 40 50"))
        self.contacts.setFixedHeight(self.contacts.fontMetrics().lineSpacing() * 4 + 16)
        card_hint = QLabel(self.tr("Står på handlekortet på væggen: fornavn eller initialer."))
        card_hint.setObjectName("hintLabel")
        card_hint.setWordWrap(True)
        self.problems: dict[str, QLabel] = {
            key: problem_label() for key in ("navn", "kortnavn", "afdeling", "værelse", "kontaktpersoner")
        }
        self.problem = problem_label()  # anything not tied to one field
        form = QFormLayout()
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("&Navn"), self.display_name, "navn"),
            (self.tr("&Kortnavn"), self.card_name, "kortnavn"),
            (self.tr("&Afdeling"), self.unit, "afdeling"),
            (self.tr("&Værelse"), self.room, "værelse"),
            (self.tr("K&ontaktpersoner"), self.contacts, "kontaktpersoner"),
        ]
        for title, field, key in rows:
            label = QLabel(title)
            label.setBuddy(field)
            form.addRow(label, field)
            if key == "kortnavn":
                form.addRow("", card_hint)
            form.addRow("", self.problems[key])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        ok_text = self.tr("Opret") if resident is None else self.tr("Gem")
        layout.addWidget(ok_cancel(self, ok_text, self.save))
        self.setMinimumWidth(520)

    def _clear_problems(self) -> None:
        for label in (*self.problems.values(), self.problem):
            label.clear()
            label.hide()

    def save(self) -> bool:
        """Store the facts; on a refusal the dialog stays open with what was typed."""
        self._clear_problems()
        facts = {
            "unit_id": self.unit.currentData(),
            "display_name": self.display_name.text(),
            "card_name": self.card_name.text(),
            "room": self.room.text(),
            "contact_persons": self.contacts.toPlainText().splitlines(),
        }
        try:
            with self.database.session() as session:
                if self.resident is None:
                    resident_id = resident_service.create_resident(session, self.actor, **facts)
                else:
                    resident_id = self.resident.id
                    resident_service.update_resident(
                        session,
                        self.actor,
                        resident_id,
                        **facts,
                        expected_row_version=self.resident.row_version,
                    )
        except ValidationError as error:
            for found in error.problems:
                label = self.problems.get(found.path, self.problem)
                label.setText("\n".join(filter(None, (label.text(), service_text(found.message)))))
                label.show()
            self.adjustSize()
            return False
        except ServiceError as error:
            self.problem.setText(service_text(error.message))
            self.problem.show()
            return False
        self.saved.emit(resident_id)
        self.accept()
        return True


class MoveOutDialog(QDialog):
    """'Fraflyt': the day the resident moved out, today or before; the plans and incidents stay."""

    saved = Signal(int)  # the resident's id
    outdated = Signal(int)  # somebody else changed the resident meanwhile: the window shows it again

    def __init__(
        self,
        database: Database,
        actor: Actor,
        resident: ResidentDetail,
        today: date,
        *,
        plans_in_progress: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveOutDialog")
        self.database = database
        self.actor = actor
        self.resident = resident
        self.setWindowTitle(self.tr("Fraflyt %1").replace("%1", resident.card_name))
        explanation = QLabel(
            self.tr(
                "%1 forsvinder fra listen, og der kan ikke printes handlekort. Planer, hændelser og "
                "historik gemmes. Tag de gamle handlekort ned fra væggen."
            ).replace("%1", resident.card_name)
        )
        explanation.setWordWrap(True)
        # Their drafts and submitted versions wait: no advisor sees them until the resident is back.
        self.waiting = QLabel(
            self.tr("%n plan(er) under arbejde venter, til borgeren flytter ind igen.", "", plans_in_progress)
        )
        self.waiting.setObjectName("hintLabel")
        self.waiting.setWordWrap(True)
        self.waiting.setVisible(plans_in_progress > 0)
        self.day = QDateEdit()
        self.day.setObjectName("moveOutDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.problem = problem_label()
        form = QFormLayout()
        label = QLabel(self.tr("&Fraflyttet den"))
        label.setBuddy(self.day)
        form.addRow(label, self.day)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.waiting)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(ok_cancel(self, self.tr("Fraflyt"), self.save))
        self.setMinimumWidth(460)

    def chosen_day(self) -> date:
        self.day.interpretText()
        return self.day.date().toPython()

    def save(self) -> bool:
        self.problem.hide()
        try:
            with self.database.session() as session:
                resident_service.discharge_resident(session, self.actor, self.resident.id, self.chosen_day())
        except ServiceError as error:
            self.problem.setText(service_text(error.message))
            self.problem.show()
            self.adjustSize()
            if isinstance(error, LifecycleError):  # moved out on another PC already
                self.outdated.emit(self.resident.id)
            return False
        self.saved.emit(self.resident.id)
        self.accept()
        return True
