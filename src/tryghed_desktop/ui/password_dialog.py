"""Asking for a password again (to sign an approval) and changing one's own password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.ui.app_info import APPLICATION_DISPLAY_NAME

STYLE = """
QLineEdit { min-height: 40px; font-size: 14pt; padding: 0 8px; }
QLabel#dialogText { font-size: 12pt; }
QLabel#problemLabel { color: #8e1b1b; background: #fde7e7; border: 1px solid #8e1b1b;
    border-radius: 6px; padding: 8px; font-weight: bold; }
"""


def problem_label() -> QLabel:
    """The red, word-wrapped line a dialog shows a refusal in (hidden until needed)."""
    label = QLabel()
    label.setObjectName("problemLabel")
    label.setWordWrap(True)
    label.hide()
    return label


def ok_cancel(dialog: QDialog, ok_text: str, on_ok: Callable[[], object]) -> QDialogButtonBox:
    """Cancel and a default button named for what it does: Enter in a field saves.

    The box belongs to the dialog from the start: a default set before the dialog is its parent is
    not the dialog's, which then makes its first button (Annuller) the default when shown, so Enter
    in a field threw away what was typed."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole).setDefault(True)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(320)
    field.setMinimumHeight(46)
    return field


class PasswordDialog(QDialog):
    """'Skriv din adgangskode igen' — the approval's signature."""

    def __init__(self, text: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(APPLICATION_DISPLAY_NAME)
        self.setStyleSheet(STYLE)
        label = QLabel(text)
        label.setObjectName("dialogText")
        label.setWordWrap(True)
        self.password = password_field()
        self.password.setObjectName("passwordField")
        self.password.setAccessibleName(self.tr("Adgangskode"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.password)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, text: str, ok_text: str) -> str | None:
        """The password typed, or None when cancelled."""
        dialog = cls(text, ok_text, parent)
        return dialog.password.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ChangePasswordDialog(QDialog):
    """Old password once, the new one twice; the service checks the old one and the length."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Skift adgangskode"))
        self.setStyleSheet(STYLE)
        self.old = password_field()
        self.new = password_field()
        self.repeat = password_field()
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(self.tr("Nuværende adgangskode"), self.old)
        form.addRow(self.tr("Ny adgangskode (mindst 8 tegn)"), self.new)
        form.addRow(self.tr("Gentag den nye"), self.repeat)
        buttons = ok_cancel(self, self.tr("Skift adgangskode"), self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.new.text() != self.repeat.text():
            self.problem.setText(self.tr("De to nye adgangskoder er ikke ens."))
            self.problem.show()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, str] | None:
        """(old, new), or None when cancelled."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.old.text(), dialog.new.text()
