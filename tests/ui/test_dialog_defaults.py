"""Enter in a form's field saves: the button named for the action is the default, never Annuller
(a default set before the dialog owned its buttons made Qt pick Annuller, and Enter threw the form away)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.factories import TODAY, Facility
from tryghed_desktop.services import residents
from tryghed_desktop.services.actors import SYSTEM
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.action_plan_view import MeasureDialog
from tryghed_desktop.ui.readability_dialog import ReadabilityDialog
from tryghed_desktop.ui.resident_dialogs import ResidentFactsDialog
from tryghed_desktop.ui.retention_dialog import RetentionDialog


def _units(database: Database) -> list[residents.UnitRow]:
    with database.session() as session:
        return residents.list_units(session)


DIALOGS: dict[str, tuple[Callable[[Database], QDialog], str]] = {
    "retention": (lambda db: RetentionDialog(db, SYSTEM), "Gem"),
    "readability": (lambda db: ReadabilityDialog(db, SYSTEM), "Gem"),
    "resident": (lambda db: ResidentFactsDialog(db, SYSTEM, _units(db)), "Opret"),
    "measure": (lambda db: MeasureDialog(db, SYSTEM, _units(db), TODAY), "Gem"),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_enter_in_a_field_presses_the_save_button(
    qtbot: QtBot, database: Database, facility: Facility, name: str
) -> None:
    make, save_text = DIALOGS[name]
    dialog = make(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    defaults = [button.text() for button in dialog.findChildren(QPushButton) if button.isDefault()]
    assert defaults == [save_text]
    rejected: list[int] = []
    dialog.rejected.connect(lambda: rejected.append(1))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert rejected == []  # saved, or refused with a message beside the field; never thrown away
