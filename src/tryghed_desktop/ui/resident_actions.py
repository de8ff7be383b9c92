"""The Borgere menu: a resident moves in, their facts change, they move out or come back, and (for
administrators) all that is kept about them is handed over on request.

Shown to coordinators and administrators (the services check again on every save)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from tryghed_desktop.services import residents as resident_service
from tryghed_desktop.services.actors import Action, Actor, may
from tryghed_desktop.services.residents import ResidentDetail
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import messages
from tryghed_desktop.ui.app_info import current_actor, open_settings
from tryghed_desktop.ui.window_actions import make_action

KEY_DATA_FOLDER = "data_package/folder"


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
        self.hand_over = make_action(self, self.tr("&Udlevér borgerens oplysninger…"), self.save_data_package)
        self.hand_over.setToolTip(
            self.tr("Alt, hvad der er gemt om borgeren, i én ZIP-fil: når borgeren beder om indsigt")
        )

    def all(self) -> tuple[QAction, ...]:
        """Moving in, out and back (the menu puts the hand-over apart, below them)."""
        return (self.add, self.edit, self.move_out, self.move_back)

    def update(self, actor: Actor, logged_in: bool) -> None:
        """Show what the acting user may do on the open resident (none, living here, or moved out)."""
        allowed = not logged_in or may(actor, Action.MANAGE_RESIDENTS)
        resident = self._resident()
        for action in self.all():
            action.setVisible(allowed)
        self.hand_over.setVisible(not logged_in or may(actor, Action.AUDIT))
        self.hand_over.setEnabled(resident is not None)
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

    # --- the resident's data on request ------------------------------------------------------------

    def _package_path(self, resident: ResidentDetail) -> Path | None:
        from PySide6.QtCore import QStandardPaths  # here: its type and enums cost start-up time

        from tryghed_desktop.services.data_request import suggested_file_name
        from tryghed_desktop.ui import print_dialog

        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(str(open_settings().value(KEY_DATA_FOLDER, documents or str(Path.home()))))
        suggested = folder / suggested_file_name(resident.card_name, datetime.now(UTC))
        title = self.tr("Gem oplysningerne om %1").replace("%1", resident.card_name)
        chosen = print_dialog.ask_save_path(self.window, title, suggested, self.tr("ZIP-fil (*.zip)"))
        if chosen is None:
            return None
        return chosen if chosen.suffix.lower() == ".zip" else chosen.with_name(chosen.name + ".zip")

    def save_data_package(self) -> QObject | None:
        """Ask where, then write the package off the UI thread and say what it holds."""
        resident = self._resident()
        if resident is None:
            return None
        target = self._package_path(resident)
        if target is None:
            return None
        from tryghed_desktop.services.data_request import write_data_package
        from tryghed_desktop.services.errors import ServiceError
        from tryghed_desktop.ui.tasks import Task, run_task

        actor, database = current_actor(), self.database
        progress = QProgressDialog(self.tr("Oplysningerne samles…"), "", 0, 0, self.window)
        progress.setWindowTitle(self.tr("Udlevér borgerens oplysninger"))
        progress.setCancelButton(None)  # type: ignore[arg-type]  # one file, a few seconds at most
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def work(_task: Task) -> object:
            with database.session() as session:
                return write_data_package(session, actor, resident.id, target)

        def done(package: Any) -> None:
            progress.deleteLater()
            open_settings().setValue(KEY_DATA_FOLDER, str(target.parent))
            self.show_package(package)

        def failed(error: BaseException) -> None:
            progress.deleteLater()
            if isinstance(error, ServiceError):
                messages.report_problem(error)
                return
            raise error

        return run_task(work, done, failed, parent=self)

    def show_package(self, package: Any) -> QMessageBox:
        text = (
            self.tr("Oplysningerne om %1 er gemt i\n%2")
            .replace("%1", package.card_name)
            .replace("%2", str(package.path))
        )
        held = " ".join(
            (
                self.tr("Pakken har %n planversion(er),", "", package.versions),
                self.tr("%n hændelse(r),", "", package.incidents),
                self.tr("%n tiltag i handleplanen,", "", package.measures),
                self.tr("%n logpost(er)", "", package.log_entries),
                self.tr("og %n gammel plan(er).", "", package.originals),
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Udlevér borgerens oplysninger"),
            f"{text}\n\n{held}\n\n"
            + self.tr(
                "Læs teksterne igennem, før du udleverer pakken: planer og hændelser kan nævne andre "
                "borgere eller pårørende. Giv den kun til borgeren eller den, borgeren har givet lov. "
                "Filen laes-mig.txt i pakken siger, hvad den indeholder."
            ),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.open()
        return box
