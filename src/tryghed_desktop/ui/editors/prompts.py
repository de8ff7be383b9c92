"""The editor's questions to the user, each a classmethod-style `ask()` that tests replace."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class LeaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CONTINUE = "continue"


def local_stamp(moment: datetime) -> str:
    """'25.11.2026 10.40' in the PC's time zone."""
    return moment.astimezone().strftime("%d.%m.%Y %H.%M")


class LeavePrompt:
    @classmethod
    def ask(cls, parent: QWidget | None) -> LeaveChoice:
        """Gem, Kassér or Fortsæt redigering, for an editor closed with unsaved changes."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("EditorPrompts", "Ændringer er ikke gemt"))
        box.setText(
            QCoreApplication.translate(
                "EditorPrompts", "Du har ændringer, som ikke er gemt. Vil du gemme dem?"
            )
        )
        save = box.addButton(
            QCoreApplication.translate("EditorPrompts", "Gem"), QMessageBox.ButtonRole.AcceptRole
        )
        discard = box.addButton(
            QCoreApplication.translate("EditorPrompts", "Kassér"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            QCoreApplication.translate("EditorPrompts", "Fortsæt redigering"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(save)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return LeaveChoice.SAVE
        return LeaveChoice.DISCARD if clicked is discard else LeaveChoice.CONTINUE


class RecoveryPrompt:
    @classmethod
    def message(cls, saved_at: datetime) -> str:
        return QCoreApplication.translate(
            "EditorPrompts", "Der er ændringer, som ikke blev gemt (fra %1). Vil du hente dem tilbage?"
        ).replace("%1", local_stamp(saved_at))

    @classmethod
    def ask(cls, parent: QWidget | None, saved_at: datetime) -> bool:
        """Whether to bring back text that was autosaved but never saved (after a crash)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("EditorPrompts", "Hent ikke-gemte ændringer"))
        box.setText(cls.message(saved_at))
        restore = box.addButton(
            QCoreApplication.translate("EditorPrompts", "Hent dem tilbage"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("EditorPrompts", "Kassér dem"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore
