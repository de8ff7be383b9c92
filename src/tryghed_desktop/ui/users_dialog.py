"""Administrators' user list: add with roles and a first password, deactivate, activate (never delete)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.services import users as user_service
from tryghed_desktop.services.actors import ROLE_TITLES, Actor, Role
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.layouts import resize_within_screen
from tryghed_desktop.ui.password_dialog import ok_cancel, password_field, problem_label

COLUMNS = ("Brugernavn", "Navn", "Titel", "Roller", "Status")
COL_USERNAME, COL_NAME, COL_TITLE, COL_ROLES, COL_STATUS = range(len(COLUMNS))


class AddUserDialog(QDialog):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.setWindowTitle(self.tr("Tilføj bruger"))
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.title = QLineEdit()
        self.password = password_field()
        self.roles = {role: QCheckBox(self.tr(ROLE_TITLES[role])) for role in Role}
        roles = QHBoxLayout()
        for box in self.roles.values():
            roles.addWidget(box)
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(self.tr("Brugernavn"), self.username)
        form.addRow(self.tr("Fulde navn"), self.full_name)
        form.addRow(self.tr("Stilling"), self.title)
        form.addRow(self.tr("Roller"), roles)
        form.addRow(self.tr("Første adgangskode"), self.password)
        buttons = ok_cancel(self, self.tr("Tilføj"), self.create)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def create(self) -> bool:
        try:
            with self.database.session() as session:
                user_service.create_user(
                    session,
                    self.actor,
                    username=self.username.text(),
                    full_name=self.full_name.text(),
                    title=self.title.text(),
                    roles={role for role, box in self.roles.items() if box.isChecked()},
                    password=self.password.text(),
                )
        except ServiceError as error:
            self.problem.setText(error.message)
            self.problem.show()
            return False
        self.accept()
        return True


class UsersDialog(QDialog):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Brugere"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.problem = problem_label()
        add = QPushButton(self.tr("Tilføj…"))
        add.clicked.connect(self.add_user)
        self.deactivate_button = QPushButton(self.tr("Deaktivér"))
        self.deactivate_button.clicked.connect(lambda: self._set_active(False))
        self.activate_button = QPushButton(self.tr("Aktivér igen"))
        self.activate_button.clicked.connect(lambda: self._set_active(True))
        close = QPushButton(self.tr("Luk"))
        close.clicked.connect(self.accept)
        note = QLabel(self.tr("Brugere slettes aldrig: historikken skal kunne vise, hvem der gjorde hvad."))
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (add, self.deactivate_button, self.activate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        resize_within_screen(self, 820, 520)
        self.reload()

    def reload(self) -> None:
        with self.database.session() as session:
            self.rows = user_service.list_users(session)
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            values = (
                row.username,
                row.full_name,
                row.title,
                ", ".join(self.tr(ROLE_TITLES[role]) for role in sorted(row.roles)),
                self.tr("Aktiv") if row.active else self.tr("Deaktiveret"),
            )
            for column, value in enumerate(values):
                self.table.setItem(number, column, QTableWidgetItem(value))

    def selected_user_id(self) -> int | None:
        row = self.table.currentRow()
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def add_user(self) -> None:
        if AddUserDialog(self.database, self.actor, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _set_active(self, active: bool) -> None:
        user_id = self.selected_user_id()
        if user_id is None:
            return
        try:
            with self.database.session() as session:
                if active:
                    user_service.activate_user(session, self.actor, user_id)
                else:
                    user_service.deactivate_user(session, self.actor, user_id)
        except ServiceError as error:
            self.problem.setText(error.message)
            self.problem.show()
            return
        self.problem.hide()
        self.reload()
