"""Asking the administrator for the database passphrase when the SQLite file is encrypted (SQLCipher),
and opening the database with it; a wrong key is said plainly and asked again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from tryghed_desktop.store.db import Database, WrongKeyError, open_database
from tryghed_desktop.store.locations import encrypted_url
from tryghed_desktop.ui.editors.widgets import PROBLEM_COLOUR
from tryghed_desktop.ui.service_texts import service_text

MAX_TRIES = 3


class PassphraseDialog(QDialog):
    def __init__(self, path: Path, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Krypteret database"))
        intro = QLabel(
            self.tr("Databasen %1 er krypteret. Skriv nøglen for at åbne den.").replace("%1", str(path))
        )
        intro.setWordWrap(True)
        self.problem = QLabel(problem)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR}; font-weight: bold;")
        self.problem.setVisible(bool(problem))
        self.field = QLineEdit()
        self.field.setObjectName("passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Nøgle"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.problem, self.field, buttons):
            layout.addWidget(widget)

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, problem: str = "") -> str | None:
        """The passphrase typed, or None when the user cancelled."""
        dialog = cls(path, problem, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.field.text()


def open_encrypted(
    path: Path,
    parent: QWidget | None = None,
    *,
    ask: Callable[[QWidget | None, Path, str], str | None] | None = None,
    migrate: bool = True,
) -> Database | None:
    """Ask for the passphrase and open the encrypted file with it; None when the user gives up.

    A wrong key is shown in the dialog ("Forkert nøgle, …") and asked again, at most MAX_TRIES times."""
    asker = ask or PassphraseDialog.ask
    problem = ""
    for _attempt in range(MAX_TRIES):
        passphrase = asker(parent, path, problem)
        if not passphrase:
            return None
        try:
            return open_database(encrypted_url(path, passphrase), migrate=migrate)
        except WrongKeyError as error:
            problem = service_text(error.message)
    return None
