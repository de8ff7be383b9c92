"""The login at start (large fields, Danish, the lock-out message), and the first start's choice."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.services import auth
from tryghed_desktop.services.actors import Actor
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.app_info import APPLICATION_DISPLAY_NAME
from tryghed_desktop.ui.password_dialog import ok_cancel, password_field, problem_label
from tryghed_desktop.ui.service_texts import service_text

STYLE = """
QDialog#loginDialog, QDialog#lockScreen { background: #f5f7fa; }
QFrame#loginCard { background: white; border: 1px solid #cbd2d9; border-radius: 10px; }
QLabel#loginTitle { font-size: 22pt; font-weight: bold; color: #1d4e89; }
QLabel#loginText { font-size: 12pt; color: #3e4c59; }
QLabel#loginHint { color: #52606d; background: #eef2f7; border-radius: 6px; padding: 8px; }
QLineEdit { min-height: 44px; font-size: 15pt; padding: 0 10px; border: 2px solid #9aa5b1;
    border-radius: 6px; background: white; }
QLineEdit:focus { border-color: #1d4e89; }
QPushButton#loginButton { min-height: 44px; font-size: 14pt; font-weight: bold; color: white;
    background: #1d4e89; border-radius: 6px; padding: 4px 24px; }
QLabel#problemLabel { color: #8e1b1b; background: #fde7e7; border: 1px solid #8e1b1b;
    border-radius: 6px; padding: 8px; font-weight: bold; }
"""


class LoginDialog(QDialog):
    """Username and password; a refusal (with the lock-out time) is shown in the dialog itself."""

    def __init__(
        self,
        database: Database,
        *,
        username: str = "",
        hint: str = "",
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor: Actor | None = None
        self._now = now
        self.setObjectName("loginDialog")
        self.setWindowTitle(APPLICATION_DISPLAY_NAME)
        self.setStyleSheet(STYLE)
        self.title = QLabel(APPLICATION_DISPLAY_NAME)
        self.title.setObjectName("loginTitle")
        self.text = QLabel(self.tr("Log ind med dit eget brugernavn og din adgangskode."))
        self.text.setObjectName("loginText")
        self.text.setWordWrap(True)
        self.username = QLineEdit(username)
        self.username.setObjectName("usernameField")
        self.username.setAccessibleName(self.tr("Brugernavn"))
        self.username.setMinimumWidth(360)
        self.username.setMinimumHeight(46)
        self.password = password_field()
        self.password.setObjectName("passwordField")
        self.password.setAccessibleName(self.tr("Adgangskode"))
        self.problem = problem_label()
        self.login_button = QPushButton(self.tr("Log ind"))
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.try_login)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.addRow(self.tr("Brugernavn"), self.username)
        form.addRow(self.tr("Adgangskode"), self.password)
        self.main_layout = QVBoxLayout(self)
        self.setMinimumWidth(580)
        self.main_layout.setContentsMargins(32, 28, 32, 28)
        self.main_layout.setSpacing(14)
        self.main_layout.addWidget(self.title)
        self.main_layout.addWidget(self.text)
        self.main_layout.addLayout(form)
        self.main_layout.addWidget(self.problem)
        self.main_layout.addWidget(self.login_button, 0, Qt.AlignmentFlag.AlignRight)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setObjectName("loginHint")
            hint_label.setWordWrap(True)
            hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.main_layout.addWidget(hint_label)
        (self.password if username else self.username).setFocus()

    def try_login(self) -> bool:
        """Check the fields through the service; True (and the dialog accepted) on success."""
        try:
            with self.database.session() as session:
                outcome = auth.login(session, self.username.text(), self.password.text(), now=self._now)
        except ServiceError as error:
            outcome = auth.LoginOutcome(None, error.message)
        if outcome.actor is None or not self.accepts(outcome.actor):
            self.show_problem(
                self.refusal_text(outcome)
                if outcome.actor is None
                else self.tr("Det er ikke den bruger, der er logget ind.")
            )
            return False
        self.actor = outcome.actor
        self.accept()
        return True

    def refusal_text(self, outcome: auth.LoginOutcome) -> str:
        """Why the login was refused, in the UI language (the service's message is Danish)."""
        wrong = self.tr("Forkert brugernavn eller adgangskode.")
        if outcome.locked_until is not None:
            return self.tr(
                "For mange forkerte forsøg. Brugeren er låst til kl. %1. Prøv igen derefter, eller bed en "
                "administrator om at låse dig op."
            ).replace("%1", outcome.locked_until.astimezone().strftime("%H.%M"))
        if outcome.attempts_left is not None:
            return (
                wrong
                + " "
                + self.tr("%n forsøg tilbage, før brugeren låses i 5 minutter.", "", outcome.attempts_left)
            )
        if outcome.reason == "unknown user":
            return wrong
        if outcome.reason == "deactivated":
            return self.tr("Brugeren er deaktiveret. Kontakt en administrator.")
        return service_text(outcome.message)  # a database problem and the like, as the service words it

    def accepts(self, actor: Actor) -> bool:
        """Whether this dialog takes the logged-in user (the lock screen wants the same one)."""
        return True

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.adjustSize()  # grow to fit the message rather than squeeze the fields
        self.password.clear()
        self.password.setFocus()

    @classmethod
    def ask(cls, database: Database, *, hint: str = "", parent: QWidget | None = None) -> Actor | None:
        """The logged-in actor, or None when the user closed the dialog."""
        dialog = cls(database, hint=hint, parent=parent)
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None


DEMO = "demo"
CREATE_ADMIN = "admin"


class FirstStartDialog(QDialog):
    """An empty database: try the demo facility (the default), or create the administrator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(APPLICATION_DISPLAY_NAME)
        self.setStyleSheet(STYLE)
        self.choice = DEMO
        title = QLabel(self.tr("Velkommen til Tryghed Desktop"))
        title.setObjectName("loginTitle")
        text = QLabel(
            self.tr(
                "Databasen er tom. Prøv programmet med det opdigtede demo-bosted, eller tag det i brug "
                "ved at oprette den første administrator."
            )
        )
        text.setObjectName("loginText")
        text.setWordWrap(True)
        demo = QPushButton(self.tr("Prøv demo-bostedet"))
        demo.setObjectName("loginButton")
        demo.setDefault(True)
        demo.clicked.connect(lambda: self._choose(DEMO))
        admin = QPushButton(self.tr("Opret administrator…"))
        admin.setObjectName("createAdminButton")
        admin.clicked.connect(lambda: self._choose(CREATE_ADMIN))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(demo)
        layout.addWidget(admin)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        """DEMO, CREATE_ADMIN, or None when closed."""
        dialog = cls(parent)
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None


class CreateAdminDialog(QDialog):
    """The first administrator of a real facility; logged in at once."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor: Actor | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Opret administrator"))
        self.setStyleSheet(STYLE)
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = password_field()
        self.repeat = password_field()
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(self.tr("Brugernavn"), self.username)
        form.addRow(self.tr("Fulde navn"), self.full_name)
        form.addRow(self.tr("Adgangskode (mindst 8 tegn)"), self.password)
        form.addRow(self.tr("Gentag adgangskoden"), self.repeat)
        buttons = ok_cancel(self, self.tr("Opret og log ind"), self.create)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def create(self) -> None:
        if self.password.text() != self.repeat.text():
            self._problem(self.tr("De to adgangskoder er ikke ens."))
            return
        try:
            with self.database.session() as session:
                actor = auth.create_first_admin(
                    session,
                    username=self.username.text(),
                    full_name=self.full_name.text(),
                    password=self.password.text(),
                )
            with self.database.session() as session:
                auth.login(session, actor.username, self.password.text())
        except ServiceError as error:
            self._problem(service_text(error.message))
            return
        self.actor = actor
        self.accept()

    def _problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    @classmethod
    def ask(cls, database: Database, parent: QWidget | None = None) -> Actor | None:
        dialog = cls(database, parent)
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
