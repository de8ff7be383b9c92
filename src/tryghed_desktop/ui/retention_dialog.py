"""'Opbevaring af log': how many months the log keeps who read what (logins, searches, residents and
incidents opened, prints; audit.ACCESS_ACTIONS). Changes, approvals, registrations and exports of plans
are always kept. For administrators."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from tryghed_desktop.services import audit
from tryghed_desktop.services.actors import Actor
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.password_dialog import ok_cancel, problem_label
from tryghed_desktop.ui.service_texts import service_text

WIDEST = 999  # the field takes any number; the service alone decides what is allowed, and says why


class RetentionDialog(QDialog):
    """The months in force, changed through the service (which logs the change)."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Opbevaring af log"))
        self.setMinimumWidth(560)
        with database.session() as session:
            months = audit.retention_months(session)
        intro = QLabel(
            self.tr(
                "Loggen gemmer logins, og hvem der har søgt efter, åbnet og printet borgere og "
                "hændelser. Den slags poster slettes, når de er ældre end grænsen her; det sker, næste "
                "gang Tryghed Desktop startes. Ændringer, godkendelser, registreringer og eksport af "
                "planer gemmes altid."
            )
        )
        intro.setWordWrap(True)
        self.months = QSpinBox()
        self.months.setObjectName("retentionMonths")
        self.months.setRange(0, WIDEST)
        self.months.setMinimumWidth(160)
        self.months.valueChanged.connect(self._name_unit)
        self.months.setValue(months)
        self._name_unit(months)
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(self.tr("Gem adgangsposter i"), self.months)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(ok_cancel(self, self.tr("Gem"), self.save))

    def _name_unit(self, months: int) -> None:
        self.months.setSuffix(self.tr(" måned") if months == 1 else self.tr(" måneder"))

    def save(self) -> bool:
        """Store the months; a refusal shows under the field and keeps the dialog open as typed."""
        try:
            with self.database.session() as session:
                audit.set_retention_months(session, self.actor, self.months.value())
        except ServiceError as error:
            self.problem.setText(service_text(error.message))
            self.problem.show()
            # Taller to fit the message, as wide as before: the wrapped texts keep their room.
            self.resize(self.width(), self.heightForWidth(self.width()))
            return False
        self.accept()
        return True
