"""The Borgere menu: a resident moves in, their facts change, they move out or come back.

Shown to coordinators and administrators (the services check again on every save)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from tryghed_desktop.services import residents as resident_service
from tryghed_desktop.services.actors import Action, Actor, may
from tryghed_desktop.services.residents import ResidentDetail
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import messages
from tryghed_desktop.ui.app_info import current_actor
from tryghed_desktop.ui.window_actions import make_action


class ResidentActions(QObject):
    """Ny borger, Ret oplysninger, Fraflyt and Flyt ind igen, on the open resident and the chosen unit."""

    def __init__(
        self,
        window: QWidget,
        database: Database,
        *,
        resident: Callable[[], ResidentDetail | None],
        unit_id: Callable[[], int | None],
        changed: Callable[[int], None],
        today: Callable[[], date],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.database = database
        self._resident = resident
        self._unit_id = unit_id
        self._changed = changed
        self._today = today
        self.add = make_action(self, self.tr("&Ny borger…"), self.open_new)
        self.edit = make_action(self, self.tr("&Ret oplysninger…"), self.open_edit)
        self.move_out = make_action(self, self.tr("&Fraflyt…"), self.open_move_out)
        self.move_back = make_action(self, self.tr("Flyt &ind igen…"), self.confirm_move_back)

    def all(self) -> tuple[QAction, ...]:
        return (self.add, self.edit, self.move_out, self.move_back)

    def update(self, actor: Actor, logged_in: bool) -> None:
        """Show what the acting user may do on the open resident (none, living here, or moved out)."""
        allowed = not logged_in or may(actor, Action.MANAGE_RESIDENTS)
        resident = self._resident()
        for action in self.all():
            action.setVisible(allowed)
        self.edit.setEnabled(resident is not None)
        self.move_out.setEnabled(resident is not None and resident.active)
        self.move_back.setEnabled(resident is not None and not resident.active)

    def _units(self) -> list[resident_service.UnitRow]:
        with self.database.session() as session:
            return resident_service.list_units(session)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.saved.connect(self._changed)
        dialog.open()
        return dialog

    def open_new(self) -> QDialog:
        from tryghed_desktop.ui.resident_dialogs import ResidentFactsDialog

        dialog = ResidentFactsDialog(
            self.database, current_actor(), self._units(), unit_id=self._unit_id(), parent=self.window
        )
        return self._open(dialog)

    def open_edit(self) -> QDialog | None:
        from tryghed_desktop.ui.resident_dialogs import ResidentFactsDialog

        resident = self._resident()
        if resident is None:
            return None
        dialog = ResidentFactsDialog(
            self.database, current_actor(), self._units(), resident=resident, parent=self.window
        )
        return self._open(dialog)

    def open_move_out(self) -> QDialog | None:
        from tryghed_desktop.ui.resident_dialogs import MoveOutDialog

        resident = self._resident()
        if resident is None or not resident.active:
            return None
        with self.database.session() as session:
            in_progress = resident_service.plans_in_progress(session, resident.id)
        dialog = MoveOutDialog(
            self.database,
            current_actor(),
            resident,
            self._today(),
            plans_in_progress=in_progress,
            parent=self.window,
        )
        dialog.outdated.connect(self._changed)
        return self._open(dialog)

    def confirm_move_back(self) -> QMessageBox | None:
        resident = self._resident()
        if resident is None or resident.active:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Flyt ind igen"),
            self.tr("Flytter %1 ind igen? Planerne er, som de var ved fraflytningen.").replace(
                "%1", resident.card_name
            ),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        yes = box.addButton(self.tr("Flyt ind igen"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(yes)

        def answered() -> None:
            if box.clickedButton() is not yes:
                return
            done = False
            with messages.user_action(), self.database.session() as session:
                resident_service.readmit_resident(session, current_actor(), resident.id)
                done = True
            if done:  # after the commit, so that the window reads what was stored
                self._changed(resident.id)

        box.finished.connect(lambda _result: answered())
        box.open()
        return box
