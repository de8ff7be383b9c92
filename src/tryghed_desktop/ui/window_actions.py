"""The main window's actions beyond reading: edit, simplify, print, statistics, backups, readability limits,
the log's retention.

Each opens its own window or dialog; heavy modules (QtPdf, editors, matplotlib) load on first use so
start-up stays fast on an old ward PC."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services.actors import Action, Actor, may
from tryghed_desktop.services.residents import ResidentDetail
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import messages
from tryghed_desktop.ui.app_info import current_actor
from tryghed_desktop.ui.layouts import resize_within_screen
from tryghed_desktop.ui.status import format_datetime

if TYPE_CHECKING:  # the editors load on first use
    from tryghed_desktop.ui.editors.shell import PlanEditor


def make_action(parent: QObject, text: str, handler: Callable[[], Any], shortcut: str = "") -> QAction:
    """An action that calls `handler`; a shortcut works in every window of the app."""
    action = QAction(text, parent)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(lambda _checked=False: handler())
    return action


class WindowActions(QObject):
    """Actions on the open resident and the chosen unit; the window supplies which those are."""

    resident_deleted = Signal(int)  # after Slet fraflyttede borgere deleted one

    def __init__(
        self,
        window: QWidget,
        database: Database,
        *,
        resident: Callable[[], ResidentDetail | None],
        plan_kind: Callable[[], PlanKind],
        plan_awaits_approval: Callable[[], bool],
        unit_id: Callable[[], int | None],
        refresh: Callable[[], None],
        today: Callable[[], date],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.database = database
        self._resident = resident
        self._plan_kind = plan_kind
        self._plan_awaits_approval = plan_awaits_approval
        self._unit_id = unit_id
        self._refresh = refresh
        self._today = today
        self.open_windows: dict[object, QWidget] = {}
        self.print_card = make_action(self, self.tr("&Udskriv handlekort…"), self.open_print, "Ctrl+P")
        self.print_unit = make_action(
            self, self.tr("Udskriv &alle handlekort i afdelingen…"), self.print_unit_cards
        )
        self.print_registration = make_action(
            self, self.tr("Udskriv kort om &registrering…"), self.open_registration_card
        )
        self.edit = make_action(self, self.tr("&Redigér plan…"), self.open_editor, "Ctrl+E")
        self.simplify = make_action(self, self.tr("&Forenkl tekst…"), self.open_simplify)
        self.originals = make_action(self, self.tr("Vis &originaler…"), self.show_originals)
        self.statistics = make_action(self, self.tr("&Statistik og mødepakke…"), self.open_statistics)
        self.action_plan = make_action(self, self.tr("&Handleplan…"), self.open_action_plan)
        self.backups = make_action(self, self.tr("&Backup og gendannelse…"), self.open_backups)
        self.readability = make_action(self, self.tr("&Grænser for læsbarhed…"), self.open_readability)
        self.retention = make_action(self, self.tr("&Opbevaring af log…"), self.open_retention)
        self.deletion = make_action(self, self.tr("Slet &fraflyttede borgere…"), self.open_deletion)

    def _resident_id(self) -> int | None:
        resident = self._resident()
        return resident.id if resident is not None else None

    def update(self, actor: Actor, logged_in: bool) -> None:
        """Show what the acting user may do; the services check again on every action."""
        resident = self._resident()
        has_resident = resident is not None
        self.originals.setEnabled(has_resident)
        # No card goes on the wall for somebody who moved out (the service refuses it too).
        self.print_card.setEnabled(has_resident and resident.active)
        self.print_card.setToolTip(
            self.tr("Udskriv den godkendte plan som handlekort (Ctrl+P)")
            if resident is None or resident.active
            else self.tr("%1 er fraflyttet: der printes ikke handlekort.").replace("%1", resident.card_name)
        )
        for action in (self.print_card, self.print_unit):
            action.setVisible(not logged_in or may(actor, Action.PRINT))
        for action in (self.edit, self.simplify):
            action.setVisible(not logged_in or may(actor, Action.EDIT))
            action.setEnabled(has_resident and resident.active)  # moved out: the plans stay as they are
        # A plan with the advisor cannot be edited: say so on the button instead of after the click.
        waiting = has_resident and self._plan_awaits_approval()
        self.edit.setEnabled(self.edit.isEnabled() and not waiting)
        self.edit.setToolTip(
            self.tr("Planen afventer godkendelse hos den eksterne rådgiver og kan ikke redigeres nu.")
            if waiting
            else self.tr("Redigér planen på den åbne fane som kladde (Ctrl+E)")
        )
        self.print_unit.setEnabled(self._unit_id() is not None)
        self.print_unit.setToolTip(
            "" if self._unit_id() is not None else self.tr("Vælg en afdeling i listen til venstre først.")
        )
        self.backups.setVisible(not logged_in or may(actor, Action.MANAGE_USERS))
        # Shown to everyone, so staff know the limits exist; only those who may change them can open it.
        self.readability.setEnabled(may(actor, Action.SET_READABILITY_LIMITS))
        self.retention.setVisible(logged_in and may(actor, Action.AUDIT))
        self.deletion.setVisible(logged_in and may(actor, Action.AUDIT))

    def _keep(self, key: object, widget: QWidget) -> None:
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        widget.destroyed.connect(lambda *_args, key=key: self.open_windows.pop(key, None))
        self.open_windows[key] = widget

    def _raise_existing(self, key: object) -> bool:
        existing = self.open_windows.get(key)
        if existing is None:
            return False
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return True

    # --- plans ----------------------------------------------------------------------------------

    def open_editor(self) -> QWidget | None:
        """The plan on the open tab (the risk profile from other tabs) in its editor, one per plan."""
        resident_id = self._resident_id()
        if resident_id is None:
            return None
        kind = self._plan_kind()
        key = ("editor", resident_id, kind)
        if self._raise_existing(key):
            return self.open_windows[key]
        from tryghed_desktop.ui.editors import open_plan_editor

        editor = open_plan_editor(self.database, current_actor(), resident_id, kind, parent=self.window)
        if editor is None:
            return None
        editor.saved.connect(lambda _version_id: self._refresh())
        self._keep(key, editor)
        return editor

    def open_simplify(self) -> QWidget | None:
        resident_id = self._resident_id()
        if resident_id is None:
            return None
        key = ("simplify", resident_id)
        if self._raise_existing(key):
            return self.open_windows[key]
        from tryghed_desktop.ui.simplify.window import SimplifyWindow

        window = SimplifyWindow(self.database, current_actor(), resident_id, parent=self.window)
        window.setWindowFlag(Qt.WindowType.Window)
        window.document_changed.connect(lambda _document_id: self._refresh())
        # The same drafts may be open in an editor: it must not save over text placed from here.
        window.unsaved_editor = lambda kind: self._editor_is_dirty(resident_id, kind)
        window.plans_changed.connect(lambda: self._editors_reload(resident_id))
        self._keep(key, window)
        window.show()
        return window

    def _editor(self, resident_id: int, kind: PlanKind) -> PlanEditor | None:
        from tryghed_desktop.ui.editors.shell import PlanEditor

        editor = self.open_windows.get(("editor", resident_id, kind))
        return editor if isinstance(editor, PlanEditor) else None

    def _editor_is_dirty(self, resident_id: int, kind: PlanKind) -> bool:
        editor = self._editor(resident_id, kind)
        return editor is not None and editor.is_dirty

    def _editors_reload(self, resident_id: int) -> None:
        for kind in PlanKind:
            editor = self._editor(resident_id, kind)
            if editor is not None:
                editor.stored_changed()

    def show_originals(self) -> QDialog | None:
        """The imported originals stay readable; a text is read (and logged) when it is chosen."""
        from tryghed_desktop.services import simplify

        resident_id = self._resident_id()
        if resident_id is None:
            return None
        with self.database.session() as session:
            documents = simplify.documents_for(session, resident_id)
        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Originaler"))
        resize_within_screen(dialog, 900, 700)
        listing = QListWidget()
        browser = QTextBrowser()
        for document in documents:
            item = QListWidgetItem(
                f"{document.file_name} · {format_datetime(document.imported_at)} · {document.imported_by}"
            )
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            listing.addItem(item)

        def show(item: QListWidgetItem | None) -> None:
            if item is None:
                return
            with messages.user_action(), self.database.session() as session:
                view = simplify.document_view(session, current_actor(), item.data(Qt.ItemDataRole.UserRole))
                browser.setPlainText(view.full_text)

        listing.currentItemChanged.connect(lambda item, _previous: show(item))
        layout = QVBoxLayout(dialog)
        if not documents:
            layout.addWidget(QLabel(self.tr("Der er ikke importeret nogen original for denne borger.")))
        layout.addWidget(listing, 1)
        layout.addWidget(browser, 3)
        if documents:
            listing.setCurrentRow(0)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- printing -------------------------------------------------------------------------------

    def open_print(self) -> QDialog | None:
        resident_id = self._resident_id()
        if resident_id is None:
            return None
        from tryghed_desktop.ui.print_dialog import CardPrintDialog

        dialog: QDialog | None = None
        with messages.user_action():
            dialog = CardPrintDialog(self.database, current_actor(), resident_id, parent=self.window)
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        return dialog

    def open_registration_card(self) -> QDialog:
        from tryghed_desktop.services import cards
        from tryghed_desktop.ui.print_dialog import PdfPreviewDialog

        dialog = PdfPreviewDialog(
            self.tr("Sådan registrerer du vold, trusler og chikane"), parent=self.window
        )
        dialog.file_stem = "registreringskort"
        dialog.set_pdf(cards.registration_card())
        preview_layout(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_unit_cards(self) -> QObject | None:
        """All current cards of the chosen unit in one PDF, made off the UI thread with progress."""
        unit_id = self._unit_id()
        if unit_id is None:
            return None
        from tryghed_desktop.printing.batch import BatchCancelled
        from tryghed_desktop.services import cards
        from tryghed_desktop.ui.tasks import Task, run_task

        actor = current_actor()
        progress = QProgressDialog(self.tr("Handlekortene laves…"), self.tr("Annuller"), 0, 0, self.window)
        progress.setWindowTitle(self.tr("Udskriv afdelingens handlekort"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def work(task: Task) -> object:
            with self.database.session() as session:
                return cards.unit_cards(
                    session, actor, unit_id, progress=task.report, cancelled=lambda: task.is_cancelled
                )

        def done(result: Any) -> None:
            progress.close()
            self.show_batch(result)

        def failed(error: BaseException) -> None:
            progress.close()
            if isinstance(error, BatchCancelled):
                return
            from tryghed_desktop.services.errors import ServiceError

            if isinstance(error, ServiceError):
                messages.report_problem(error)
                return
            raise error

        def advance(done_count: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done_count)

        task = run_task(work, done, failed, on_progress=advance, on_cancelled=progress.close, parent=self)
        progress.canceled.connect(task.cancel)
        progress.show()
        return task

    def show_batch(self, result: Any) -> QDialog:
        from tryghed_desktop.ui.print_dialog import PdfPreviewDialog

        dialog = PdfPreviewDialog(self.tr("Afdelingens handlekort"), parent=self.window)
        dialog.file_stem = "handlekort-afdeling"
        dialog.set_pdf(result.pdf)
        summary = self.tr("%n handlekort.", "", len(result.printed))
        if result.skipped:
            summary += " " + self.tr("Ikke med: %1 (står også på den sidste side).").replace(
                "%1", "; ".join(result.skipped)
            )
        dialog.message.setText(summary)
        dialog.message.setObjectName("infoLabel")
        dialog.message.show()
        preview_layout(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- tools ----------------------------------------------------------------------------------

    def open_statistics(self) -> QWidget:
        if self._raise_existing("statistics"):
            return self.open_windows["statistics"]
        from tryghed_desktop.ui.statistics_view import StatisticsView

        view = StatisticsView(self.database, current_actor(), today=self._today(), parent=self.window)
        view.setWindowFlag(Qt.WindowType.Window)
        view.setWindowTitle(self.tr("Statistik og mødepakke"))
        resize_within_screen(view, 1200, 800)
        self._keep("statistics", view)
        view.show()
        return view

    def open_action_plan(self) -> QWidget:
        if self._raise_existing("action_plan"):
            return self.open_windows["action_plan"]
        from tryghed_desktop.services.residents import list_units
        from tryghed_desktop.ui.action_plan_view import ActionPlanView

        with self.database.session() as session:
            units = list_units(session)
        view = ActionPlanView(self.database, current_actor(), units, self._today(), parent=self.window)
        view.setWindowFlag(Qt.WindowType.Window)
        view.setWindowTitle(self.tr("Handleplan"))
        resize_within_screen(view, 1280, 700)
        self._keep("action_plan", view)
        view.show()
        return view

    def open_backups(self) -> QDialog | None:
        from tryghed_desktop.ui.backup_dialog import BackupDialog

        if self.database.path is None:
            messages.report_problem(
                self.tr("Databasen er PostgreSQL: tag backup på databaseserveren med pg_dump (se README).")
            )
            return None
        dialog = BackupDialog(self.database, now=datetime.now, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_readability(self) -> QDialog | None:
        """'Grænser for læsbarhed' for those who may change them (the service checks again on save)."""
        actor = current_actor()
        if not may(actor, Action.SET_READABILITY_LIMITS):
            return None
        from tryghed_desktop.ui.readability_dialog import ReadabilityDialog

        dialog = ReadabilityDialog(self.database, actor, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_retention(self) -> QDialog | None:
        """'Opbevaring af log' for administrators (the service checks again on save)."""
        actor = current_actor()
        if not may(actor, Action.AUDIT):
            return None
        from tryghed_desktop.ui.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.database, actor, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_deletion(self) -> QDialog | None:
        """'Slet fraflyttede borgere' for administrators (the service checks again on every deletion)."""
        actor = current_actor()
        if not may(actor, Action.AUDIT):
            return None
        from tryghed_desktop.ui.deletion_dialog import DeletionDialog

        dialog = DeletionDialog(self.database, actor, self._today(), parent=self.window)
        dialog.deleted.connect(self.resident_deleted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def preview_layout(dialog: Any) -> None:
    """The message, the pages and the buttons of a PdfPreviewDialog, top to bottom."""
    from tryghed_desktop.ui.layouts import hbox

    layout = QVBoxLayout(dialog)
    layout.addWidget(dialog.message)
    layout.addWidget(dialog.view, 1)
    layout.addWidget(hbox(dialog.print_button, dialog.pdf_button, (QWidget(), 1), dialog.close_button))
