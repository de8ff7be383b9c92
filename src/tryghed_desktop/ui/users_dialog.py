"""Administrators' user list: add with roles and a first password, a new password for one who forgot
theirs, roles, deactivate, activate (never delete)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
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
from sqlalchemy.orm import Session

from tryghed_desktop.services import users as user_service
from tryghed_desktop.services.actors import Actor, Role
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.services.users import UserRow
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.domain_labels import role_title
from tryghed_desktop.ui.layouts import resize_within_screen
from tryghed_desktop.ui.password_dialog import ok_cancel, password_field, problem_label
from tryghed_desktop.ui.service_texts import service_text

COL_USERNAME, COL_NAME, COL_TITLE, COL_ROLES, COL_STATUS = range(5)


class _UserForm(QDialog):
    """A small form that changes users in one session; a refusal shows in red and keeps what was typed."""

    def __init__(self, database: Database, actor: Actor, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.setWindowTitle(title)
        self.problem = problem_label()

    def _lay_out(self, rows: list[tuple[str, QWidget | QHBoxLayout]], ok_text: str) -> None:
        form = QFormLayout()
        for label, field in rows:
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(ok_cancel(self, ok_text, self.save))

    def _change(self, session: Session) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        try:
            with self.database.session() as session:
                self._change(session)
        except ServiceError as error:
            self.problem.setText(service_text(error.message))
            self.problem.show()
            return False
        self.accept()
        return True


def _role_boxes(checked: frozenset[Role] = frozenset()) -> tuple[dict[Role, QCheckBox], QHBoxLayout]:
    """One box per role, in a row, the user's own roles ticked."""
    boxes = {role: QCheckBox(role_title(role)) for role in Role}
    row = QHBoxLayout()
    for role, box in boxes.items():
        box.setChecked(role in checked)
        row.addWidget(box)
    return boxes, row


class AddUserDialog(_UserForm):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            database, actor, QCoreApplication.translate("AddUserDialog", "Tilføj bruger"), parent
        )
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.title = QLineEdit()
        self.password = password_field()
        self.roles, roles = _role_boxes()
        self._lay_out(
            [
                (self.tr("Brugernavn"), self.username),
                (self.tr("Fulde navn"), self.full_name),
                (self.tr("Stilling"), self.title),
                (self.tr("Roller"), roles),
                (self.tr("Første adgangskode"), self.password),
            ],
            self.tr("Tilføj"),
        )

    def _change(self, session: Session) -> None:
        user_service.create_user(
            session,
            self.actor,
            username=self.username.text(),
            full_name=self.full_name.text(),
            title=self.title.text(),
            roles={role for role, box in self.roles.items() if box.isChecked()},
            password=self.password.text(),
        )


class NewPasswordDialog(_UserForm):
    """For a user who forgot their password: the administrator gives a new one (a lock-out is lifted)."""

    def __init__(
        self, database: Database, actor: Actor, user: UserRow, parent: QWidget | None = None
    ) -> None:
        title = QCoreApplication.translate("NewPasswordDialog", "Ny adgangskode til %1").replace(
            "%1", user.full_name
        )
        super().__init__(database, actor, title, parent)
        self.user = user
        self.password = password_field()
        self._lay_out([(self.tr("Ny adgangskode"), self.password)], self.tr("Gem"))

    def _change(self, session: Session) -> None:
        user_service.reset_password(session, self.actor, self.user.id, self.password.text())


class RolesDialog(_UserForm):
    def __init__(
        self, database: Database, actor: Actor, user: UserRow, parent: QWidget | None = None
    ) -> None:
        title = QCoreApplication.translate("RolesDialog", "Roller for %1").replace("%1", user.full_name)
        super().__init__(database, actor, title, parent)
        self.user = user
        self.roles, roles = _role_boxes(user.roles)
        self._lay_out([(self.tr("Roller"), roles)], self.tr("Gem"))

    def _change(self, session: Session) -> None:
        chosen = {role for role, box in self.roles.items() if box.isChecked()}
        user_service.set_roles(session, self.actor, self.user.id, chosen)


class UsersDialog(QDialog):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Brugere"))
        titles = [
            self.tr("Brugernavn"),
            self.tr("Navn"),
            self.tr("Stilling"),
            self.tr("Roller"),
            self.tr("Status"),
        ]
        self.table = QTableWidget(0, len(titles))
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels(titles)
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
        self.password_button = QPushButton(self.tr("Ny adgangskode…"))
        self.password_button.setToolTip(self.tr("Til en bruger, der har glemt sin adgangskode"))
        self.password_button.clicked.connect(lambda: self._open_form(NewPasswordDialog))
        self.roles_button = QPushButton(self.tr("Roller…"))
        self.roles_button.clicked.connect(lambda: self._open_form(RolesDialog))
        self.unlock_button = QPushButton(self.tr("Lås brugeren op"))
        self.unlock_button.setToolTip(
            self.tr("For en bruger, der har skrevet forkert adgangskode for mange gange")
        )
        self.unlock_button.clicked.connect(self._unlock)
        close = QPushButton(self.tr("Luk"))
        close.clicked.connect(self.accept)
        note = QLabel(self.tr("Brugere slettes aldrig: historikken skal kunne vise, hvem der gjorde hvad."))
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (
            add,
            self.password_button,
            self.roles_button,
            self.unlock_button,
            self.deactivate_button,
            self.activate_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        resize_within_screen(self, 920, 520)
        self.table.itemSelectionChanged.connect(self._update_buttons)
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
                ", ".join(role_title(role) for role in sorted(row.roles)),
                self._status(row),
            )
            for column, value in enumerate(values):
                self.table.setItem(number, column, QTableWidgetItem(value))
            if row.active and row.locked_until is not None:
                self.table.item(number, len(values) - 1).setToolTip(
                    self.tr("For mange forkerte adgangskoder. »Lås brugeren op« lukker ind igen.")
                )
        self._update_buttons()

    def _status(self, row: UserRow) -> str:
        if not row.active:
            return self.tr("Deaktiveret")
        if row.locked_until is not None:
            until = row.locked_until.astimezone().strftime("%H.%M")
            return self.tr("Låst til kl. %1").replace("%1", until)
        return self.tr("Aktiv")

    def selected_user(self) -> UserRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def selected_user_id(self) -> int | None:
        user = self.selected_user()
        return None if user is None else user.id

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for button in (self.password_button, self.roles_button):
            button.setEnabled(user is not None)
        self.deactivate_button.setEnabled(user is not None and user.active)
        self.activate_button.setEnabled(user is not None and not user.active)
        self.unlock_button.setEnabled(user is not None and user.locked_until is not None)

    def _open_form(self, form: type[NewPasswordDialog] | type[RolesDialog]) -> None:
        user = self.selected_user()
        if user is None:
            return
        if form(self.database, self.actor, user, self).exec() == QDialog.DialogCode.Accepted:
            self.problem.hide()
            self.reload()

    def add_user(self) -> None:
        if AddUserDialog(self.database, self.actor, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _set_active(self, active: bool) -> None:
        self._change_selected(user_service.activate_user if active else user_service.deactivate_user)

    def _unlock(self) -> None:
        self._change_selected(user_service.unlock_user)

    def _change_selected(self, change: Callable[[Session, Actor, int], None]) -> None:
        user_id = self.selected_user_id()
        if user_id is None:
            return
        try:
            with self.database.session() as session:
                change(session, self.actor, user_id)
        except ServiceError as error:
            self.problem.setText(service_text(error.message))
            self.problem.show()
            return
        self.problem.hide()
        self.reload()
