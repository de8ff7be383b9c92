"""'Slet fraflyttede borgere': how many years a resident's data is kept after the move-out, who is past
it, and deleting them one by one after a plain warning (services.resident_deletion). For
administrators; the service checks again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.services import resident_deletion
from tryghed_desktop.services.actors import Actor
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.services.resident_deletion import DueResident
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.password_dialog import problem_label
from tryghed_desktop.ui.service_texts import service_text

WIDEST = 999  # the field takes any number; the service alone decides what is allowed, and says why


class DeletionDialog(QDialog):
    """The period, the residents past it, and Slet borgeren… for the chosen one."""

    deleted = Signal(int)  # the resident's id, after the deletion is stored

    def __init__(self, database: Database, actor: Actor, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.today = today
        self.due: list[DueResident] = []
        self.setObjectName("deletionDialog")
        self.setWindowTitle(self.tr("Slet fraflyttede borgere"))
        self.setMinimumWidth(640)
        intro = QLabel(
            self.tr(
                "Når en borger er flyttet, gemmes planer, hændelser og log i en periode. Derefter skal "
                "oplysningerne slettes. Hændelserne bliver i statistikken uden navn og tekst. Det, der "
                "er slettet, kan ikke hentes tilbage."
            )
        )
        intro.setWordWrap(True)
        self.years = QSpinBox()
        self.years.setObjectName("retentionYears")
        self.years.setRange(0, WIDEST)
        self.years.setMinimumWidth(120)
        self.years.valueChanged.connect(self._name_unit)
        self.save_years = QPushButton(self.tr("Gem"))
        self.save_years.setAutoDefault(False)  # Enter in the list must neither save nor delete
        self.save_years.clicked.connect(self.store_years)
        period = QHBoxLayout()
        period.addWidget(self.years)
        period.addWidget(self.save_years)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Gem oplysninger efter fraflytning i"), period)
        self.problem = problem_label()
        self.status = QLabel()
        self.status.setObjectName("infoLabel")
        self.status.setWordWrap(True)
        self.table = self._due_table()
        self.table.itemSelectionChanged.connect(self._update_button)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.delete_button = buttons.addButton(
            self.tr("Slet borgeren…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.delete_button.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.delete_button.clicked.connect(self.confirm_delete)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.load()

    def _due_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Borger"), self.tr("Afdeling"), self.tr("Fraflyttet"), self.tr("Kan slettes fra")]
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _name_unit(self, years: int) -> None:
        self.years.setSuffix(self.tr(" år", "one") if years == 1 else self.tr(" år", "many"))

    def load(self) -> None:
        """The period in force and who is past it, as stored now."""
        with self.database.session() as session:
            years = resident_deletion.retention_years(session)
            self.due = resident_deletion.due_for_deletion(session, self.actor, self.today)
        self.years.setValue(years)
        self.table.setRowCount(len(self.due))
        for row, resident in enumerate(self.due):
            cells = (
                f"{resident.display_name} ({resident.card_name})",
                resident.unit_name,
                f"{resident.moved_out:%d.%m.%Y}",
                f"{resident.due_since:%d.%m.%Y}",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(self.due))
        self.empty.setVisible(not self.due)
        self.empty.setText(
            self.tr("Ingen fraflyttede borgere er flyttet for mere end %n år siden.", "", years)
        )
        if self.due:
            self.table.selectRow(0)
        self._update_button()

    def _update_button(self) -> None:
        self.delete_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> DueResident | None:
        rows = self.table.selectionModel().selectedRows()
        return self.due[rows[0].row()] if rows and self.due else None

    def _refuse(self, error: ServiceError) -> None:
        self.problem.setText(service_text(error.message))
        self.problem.show()

    def store_years(self) -> bool:
        """Store the period; a refusal shows under the field and keeps what was typed."""
        self.problem.hide()
        try:
            with self.database.session() as session:
                resident_deletion.set_retention_years(session, self.actor, self.years.value())
        except ServiceError as error:
            self._refuse(error)
            return False
        self.status.setText(self.tr("Perioden er gemt."))
        self.load()
        return True

    def confirm_delete(self) -> QMessageBox | None:
        resident = self.chosen()
        if resident is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Slet %1").replace("%1", resident.card_name),
            self.tr(
                "Slet %1 for altid? Planer, gamle planer og log om %1 slettes og kan ikke hentes "
                "tilbage. Hændelserne bliver i statistikken uden navn og tekst.\n\nBackups taget før i "
                "dag har stadig oplysningerne, til de bliver slettet."
            ).replace("%1", resident.card_name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(
            self.tr("Slet %1").replace("%1", resident.card_name), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter on a reflex deletes nothing

        def answered() -> None:
            if box.clickedButton() is delete:
                self.delete(resident)

        box.finished.connect(lambda _result: answered())
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        return box

    def delete(self, resident: DueResident) -> bool:
        self.problem.hide()
        try:
            with self.database.session() as session:
                result = resident_deletion.delete_resident(session, self.actor, resident.id)
        except ServiceError as error:
            self._refuse(error)
            self.load()
            return False
        self.status.setText(
            self.tr(
                "%1 er slettet. %n hændelse(r) er i statistikken uden navn og tekst.",
                "",
                result.incidents_kept,
            ).replace("%1", result.card_name)
        )
        self.deleted.emit(resident.id)
        self.load()
        return True
