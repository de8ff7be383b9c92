"""The main window: resident list on the left, the resident page on the right, menus with shortcuts."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox, QSplitter, QToolBar, QWidget
from sqlalchemy.orm import Session

from tryghed_desktop import __version__
from tryghed_desktop.services import acknowledgements as ack_service
from tryghed_desktop.services import auth as auth_service
from tryghed_desktop.services import incidents as incident_service
from tryghed_desktop.services import plans as plan_service
from tryghed_desktop.services import residents as resident_service
from tryghed_desktop.services import review as review_service
from tryghed_desktop.services import review_signals
from tryghed_desktop.services.actors import Action, Actor, may
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import i18n, messages
from tryghed_desktop.ui.app_info import (
    APPLICATION_DISPLAY_NAME,
    LOCAL_ACTOR,
    current_actor,
    open_settings,
    set_current_actor,
)
from tryghed_desktop.ui.layouts import resize_within_screen
from tryghed_desktop.ui.lock_screen import SWITCH_USER, IdleWatcher, LockScreen
from tryghed_desktop.ui.login_dialog import LoginDialog
from tryghed_desktop.ui.resident_actions import ResidentActions
from tryghed_desktop.ui.resident_list import ResidentListPane
from tryghed_desktop.ui.resident_page import TAB_INCIDENTS, ResidentPage
from tryghed_desktop.ui.window_actions import WindowActions

if TYPE_CHECKING:  # dialogs load when first opened: start-up imports only what the window shows
    from tryghed_desktop.ui.follow_up_dialog import FollowUpDialog
    from tryghed_desktop.ui.incident_dialog import IncidentDialog
    from tryghed_desktop.ui.review_dialog import ReviewDialog

log = logging.getLogger(__name__)

KEY_GEOMETRY = "mainwindow/geometry"
KEY_SPLITTER = "mainwindow/splitter"
KEY_UNIT = "mainwindow/unit"
# The resident and tab open last are each user's own: on a shared ward PC the next one to log in starts
# on the start page, not on the previous user's resident (whom a new registration would then name).
KEY_RESIDENT = "mainwindow/resident/{username}"
KEY_TAB = "mainwindow/tab/{username}"


class MainWindow(QMainWindow):
    """`actor` is the logged-in user (None: a window without login, as in tests and the self-test);
    `idle_minutes` overrides the facility's idle-lock setting (0: never lock)."""

    def __init__(
        self,
        database: Database,
        *,
        today: date | None = None,
        actor: Actor | None = None,
        idle_minutes: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._today = today
        self.logged_in = actor is not None
        set_current_actor(actor)
        self.lock_screen: LockScreen | None = None
        self.idle: IdleWatcher | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(APPLICATION_DISPLAY_NAME)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        # The window's frame first, then the panes inside it: moving a finished widget tree into a
        # styled window restyles all of it again, which is felt at start-up on a slow PC.
        self.setCentralWidget(self.splitter)
        self.list_pane = ResidentListPane(self.splitter)
        self.resident_page = ResidentPage(self.splitter)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.list_pane.setMinimumWidth(300)
        self.splitter.setSizes([360, 1000])
        self._build_menus()
        self.list_pane.unit_changed.connect(self._on_unit_changed)
        self.list_pane.resident_activated.connect(self.open_resident)
        self.list_pane.searched.connect(self._record_search)
        self.resident_page.start_page.follow_ups.incident_activated.connect(self.open_follow_up)
        self.resident_page.incident_activated.connect(self.open_follow_up)
        overview = self.resident_page.start_page.overview
        overview.review_requested.connect(self.open_review)
        overview.resident_requested.connect(self.open_resident)
        overview.incidents_requested.connect(self.open_residents_incidents)
        overview.deletion_requested.connect(self.window_actions.open_deletion)
        self.resident_page.submit_requested.connect(self.submit_version)
        self.resident_page.review_requested.connect(self.open_review)
        self.resident_page.acknowledge_requested.connect(self.acknowledge)
        self.resident_page.tab_changed.connect(lambda: self._update_actions(current_actor()))
        messages.bridge().problem.connect(self._show_problem)
        self._apply_actor()
        self._restore_state()
        # Typing at once searches: in the unit box a first letter would change the unit (and keep it).
        self.list_pane.filter_field.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.logged_in:
            self._start_idle_lock(idle_minutes)

    def today(self) -> date:
        return self._today or date.today()

    # --- menus ----------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        menu_file = self.menuBar().addMenu(self.tr("&Filer"))
        self.action_quit = QAction(self.tr("&Afslut"), self)
        self.action_quit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if self.action_quit.shortcut().isEmpty():
            self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_quit.triggered.connect(self.close)
        self._build_session_actions(menu_file)
        menu_file.addSeparator()
        menu_file.addAction(self.action_quit)

        menu_view = self.menuBar().addMenu(self.tr("&Vis"))
        self.action_find = QAction(self.tr("&Find borger"), self)
        self.action_find.setShortcut(QKeySequence("Ctrl+F"))
        self.action_find.triggered.connect(self.focus_filter)
        self.action_refresh = QAction(self.tr("&Opdatér"), self)
        self.action_refresh.setShortcut(QKeySequence("F5"))
        self.action_refresh.triggered.connect(self.refresh)
        self.action_moved_out = QAction(self.tr("Vis &fraflyttede borgere"), self, checkable=True)
        self.action_moved_out.toggled.connect(
            lambda _checked: self.load_units(self.list_pane.selected_unit())
        )
        menu_view.addAction(self.action_find)
        menu_view.addAction(self.action_refresh)
        menu_view.addSeparator()
        menu_view.addAction(self.action_moved_out)

        menu_incidents = self.menuBar().addMenu(self.tr("&Hændelser"))
        self.action_register = QAction(self.tr("&Registrér hændelse…"), self)
        self.action_register.setShortcut(QKeySequence("Ctrl+H"))
        self.action_register.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_register.setToolTip(self.tr("Registrér vold, trussel eller chikane (Ctrl+H)"))
        self.action_register.triggered.connect(self.register_incident)
        menu_incidents.addAction(self.action_register)

        # The actions staff need at once stay visible as large buttons (DESIGN §11).
        self.toolbar = QToolBar(self.tr("Handlinger"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_action_menus()

        menu_language = self.menuBar().addMenu(self.tr("&Sprog"))
        group = QActionGroup(self)
        group.setExclusive(True)
        current = i18n.remembered_language()
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            group.addAction(action)
            menu_language.addAction(action)
            self.language_actions[code] = action

        menu_help = self.menuBar().addMenu(self.tr("H&jælp"))
        action_about = QAction(self.tr("&Om Tryghed Desktop"), self)
        action_about.triggered.connect(self.show_about)
        menu_help.addAction(action_about)

    def _build_action_menus(self) -> None:
        self.window_actions = WindowActions(
            self,
            self.database,
            resident=lambda: self.resident_page.resident,
            plan_kind=self.resident_page.current_plan_kind,
            plan_awaits_approval=self.resident_page.plan_awaits_approval,
            unit_id=self.list_pane.selected_unit,
            refresh=self.refresh,
            today=self.today,
        )
        self.window_actions.resident_deleted.connect(self._resident_deleted)
        self.toolbar.addAction(self.action_register)
        self.toolbar.addAction(self.window_actions.print_card)
        self.toolbar.addAction(self.window_actions.edit)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.resident_actions = ResidentActions(
            self,
            self.database,
            resident=lambda: self.resident_page.resident,
            unit_id=self.list_pane.selected_unit,
            changed=self._resident_changed,
            today=self.today,
        )
        self.menu_residents = self.menuBar().addMenu(self.tr("&Borgere"))
        for action in self.resident_actions.all():
            self.menu_residents.addAction(action)
        self.menu_residents.addSeparator()
        self.menu_residents.addAction(self.resident_actions.hand_over)
        menu_plans = self.menuBar().addMenu(self.tr("&Planer"))
        for action in (self.window_actions.edit, self.window_actions.simplify, self.window_actions.originals):
            menu_plans.addAction(action)
        menu_print = self.menuBar().addMenu(self.tr("&Udskriv"))
        menu_print.setToolTipsVisible(True)  # why "alle handlekort i afdelingen" is grey
        for action in (
            self.window_actions.print_card,
            self.window_actions.print_unit,
            self.window_actions.print_registration,
        ):
            menu_print.addAction(action)
        menu_tools = self.menuBar().addMenu(self.tr("Værk&tøjer"))
        menu_tools.addAction(self.window_actions.statistics)
        menu_tools.addAction(self.window_actions.action_plan)
        menu_tools.addAction(self.window_actions.readability)
        menu_tools.addAction(self.window_actions.retention)
        menu_tools.addAction(self.window_actions.deletion)
        menu_tools.addAction(self.window_actions.backups)

    def _build_session_actions(self, menu_file: QMenu) -> None:
        """Skift adgangskode, Lås (Ctrl+L), Log ud and, for administrators, Brugere."""
        self.action_password = QAction(self.tr("Skift &adgangskode…"), self)
        self.action_password.triggered.connect(self.change_password)
        self.action_lock = QAction(self.tr("&Lås"), self)
        self.action_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.action_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_lock.triggered.connect(self.lock)
        self.action_logout = QAction(self.tr("Log &ud"), self)
        self.action_logout.triggered.connect(self.logout)
        self.action_users = QAction(self.tr("&Brugere…"), self)
        self.action_users.triggered.connect(self.manage_users)
        for action in (self.action_password, self.action_lock, self.action_logout, self.action_users):
            menu_file.addAction(action)

    def focus_filter(self) -> None:
        self.list_pane.filter_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_pane.filter_field.selectAll()

    def choose_language(self, code: str) -> None:
        if code == i18n.remembered_language():
            return
        i18n.remember_language(code)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Sprog"),
            self.tr("Sproget skifter, næste gang du starter Tryghed Desktop."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om Tryghed Desktop"),
            self.tr(
                "Tryghed Desktop %1\nRisikoprofiler, døgnrytme og tryghedsplaner for borgere.\n\nDatabase: %2"
            )
            .replace("%1", __version__)
            .replace("%2", self.database.display_url),
        )

    # --- data -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload units, residents and the open resident from the database."""
        self.load_units(self.list_pane.selected_unit())
        if self.resident_page.resident_id is not None:
            self.open_resident(self.resident_page.resident_id, force=True)

    def load_units(self, selected_unit: int | None = None) -> None:
        with messages.user_action(), self.database.session() as session:
            units = resident_service.list_units(session)
            if selected_unit is not None and selected_unit not in {unit.id for unit in units}:
                selected_unit = None
            self.list_pane.set_units(units, selected_unit)
            rows = resident_service.list_residents(
                session, unit_id=selected_unit, include_discharged=self.action_moved_out.isChecked()
            )
            self.list_pane.set_residents(rows)
            follow_ups = incident_service.open_follow_ups(session, unit_id=selected_unit)
            self.resident_page.start_page.set_follow_ups(follow_ups)
            self._load_overview(session)
            if self.resident_page.resident_id is not None:
                self.list_pane.select_resident(self.resident_page.resident_id)

    def _on_unit_changed(self, unit_id: int | None) -> None:
        with messages.user_action(), self.database.session() as session:
            rows = resident_service.list_residents(
                session, unit_id=unit_id, include_discharged=self.action_moved_out.isChecked()
            )
            self.list_pane.set_residents(rows)
            follow_ups = incident_service.open_follow_ups(session, unit_id=unit_id)
            self.resident_page.start_page.set_follow_ups(follow_ups)
        if self.resident_page.resident_id is not None:
            self.list_pane.select_resident(self.resident_page.resident_id)
        self._update_actions(current_actor())
        open_settings().setValue(KEY_UNIT, unit_id if unit_id is not None else "")

    def _record_search(self, text: str, hits: int) -> None:
        with messages.user_action(), self.database.session() as session:
            resident_service.record_search(session, current_actor(), text, hits)

    def open_resident(self, resident_id: int, *, force: bool = False) -> bool:
        """Show a resident's page (a recorded read); False when it could not be opened."""
        if resident_id == self.resident_page.resident_id and not force:
            return True
        opened = False
        actor = current_actor()
        with messages.user_action(), self.database.session() as session:
            plans = plan_service.resident_plans(session, actor, resident_id)
            incidents = incident_service.list_incidents(session, resident_id=resident_id)
            read = ack_service.read_status(session, actor, resident_id)
            unread = (
                ack_service.unread_by(session, actor, resident_id)
                if may(actor, Action.SEE_READ_STATUS)
                else None
            )
            opened = True
        if not opened:
            return False
        self.resident_page.show_plans(plans, self.today())
        self.resident_page.set_read_status(
            can_acknowledge=self.logged_in and may(actor, Action.ACKNOWLEDGE),
            # Nobody needs to read the plans of a resident who moved out.
            has_current=read.current_versions > 0 and plans.resident.active,
            read_at=read.read_at,
            unread=unread if self.logged_in else None,
        )
        self.resident_page.show_incidents(incidents)
        self.list_pane.select_resident(resident_id)
        self._update_actions(actor)
        open_settings().setValue(_own(KEY_RESIDENT), resident_id)
        return True

    def open_residents_incidents(self, resident_id: int) -> None:
        """The resident on the Hændelser tab: the incidents behind a 'should be revised' signal."""
        if self.open_resident(resident_id):
            self.resident_page.show_tab(TAB_INCIDENTS)

    def _update_actions(self, actor: Actor) -> None:
        """What the menus offer this user on the open resident and the chosen unit."""
        self.window_actions.update(actor, self.logged_in)
        self.resident_actions.update(actor, self.logged_in)
        # A menu with nothing this user may do (an advisor's Hændelser and Borgere) is not shown empty.
        for entry in self.menuBar().actions():
            menu = entry.menu()
            if menu is not None:
                entry.setVisible(any(a.isVisible() and not a.isSeparator() for a in menu.actions()))

    def _resident_deleted(self, resident_id: int) -> None:
        """After a deletion: off the page if open, and off the list."""
        if self.resident_page.resident_id == resident_id:
            self.resident_page.clear()
        self.load_units(self.list_pane.selected_unit())  # and the start page's list of those due
        self._update_actions(current_actor())

    def _resident_changed(self, resident_id: int) -> None:
        """After Ny borger, Ret oplysninger, Fraflyt or Flyt ind igen: the list and the page as stored."""
        self.load_units(self.list_pane.selected_unit())
        self.open_resident(resident_id, force=True)

    def _load_overview(self, session: Session) -> None:
        actor = current_actor()
        overview = self.resident_page.start_page.overview
        if not self.logged_in:
            overview.set_overview(None, None, None, self.today())
            overview.set_signals(None)
            overview.set_deletable(None)
            return
        coordinator = may(actor, Action.EDIT)
        overview.set_overview(
            review_service.awaiting_my_approval(session, actor) if may(actor, Action.APPROVE) else None,
            review_service.returned_to_me(session, actor) if coordinator else None,
            review_service.reviews_due(session, self.today()) if coordinator else None,
            self.today(),
        )
        overview.set_signals(review_signals.plans_needing_review(session) if coordinator else None)
        if may(actor, Action.AUDIT):
            from tryghed_desktop.services.resident_deletion import due_for_deletion

            overview.set_deletable(due_for_deletion(session, actor, self.today()))
        else:
            overview.set_deletable(None)

    # --- approval and acknowledgements ----------------------------------------------------------

    def open_review(self, version_id: int) -> ReviewDialog | None:
        """The side-by-side review of a submitted version; non-modal, refreshed when decided."""
        from tryghed_desktop.ui.review_dialog import ReviewDialog

        dialog: ReviewDialog | None = None
        with messages.user_action():
            dialog = ReviewDialog(self.database, current_actor(), version_id, today=self.today(), parent=self)
        if dialog is None:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(self._review_decided)
        dialog.open()
        return dialog

    def _review_decided(self, _version_id: int, decision: str) -> None:
        self.statusBar().showMessage(
            self.tr("Planen er godkendt.") if decision == "approved" else self.tr("Planen er returneret."),
            30_000,
        )
        self.refresh()

    def submit_version(self, version_id: int) -> bool:
        """'Send til godkendelse' from the draft notice; a returned plan not saved since its return is
        sent only when the coordinator says so (the advisor would find nothing done)."""
        version = self._open_version(version_id)
        if (
            version is not None
            and version.returned_at is not None
            and version.updated_at <= version.returned_at
        ):
            self.unchanged_question = messages.ask_safe_first(
                self,
                self.tr(
                    "Planen er ikke ændret, siden rådgiveren returnerede den. Se rådgiverens bemærkninger "
                    "og ret planen først, eller send den uændret."
                ),
                safe=self.tr("Tilbage"),
                risky=self.tr("Send uændret"),
                on_risky=lambda: self._submit(version_id),
            )
            return False
        return self._submit(version_id)

    def _open_version(self, version_id: int) -> plan_service.VersionView | None:
        plans = self.resident_page.plans
        if plans is None:
            return None
        opened = (state.open for state in plans.plans.values() if state.open is not None)
        return next((version for version in opened if version.id == version_id), None)

    def _submit(self, version_id: int) -> bool:
        done = False
        with messages.user_action(), self.database.session() as session:
            plan_service.submit(session, current_actor(), version_id)
            done = True
        if done:
            self.statusBar().showMessage(self.tr("Planen er sendt til godkendelse."), 30_000)
            self.refresh()
        return done

    def acknowledge(self) -> bool:
        """'Jeg har læst planerne' for the open resident."""
        resident_id = self.resident_page.resident_id
        if resident_id is None:
            return False
        done = False
        with messages.user_action(), self.database.session() as session:
            ack_service.acknowledge(session, current_actor(), resident_id)
            done = True
        if done:
            self.open_resident(resident_id, force=True)
        return done

    # --- login, lock, users ---------------------------------------------------------------------

    def _apply_actor(self) -> None:
        actor = current_actor()
        for action in (self.action_password, self.action_lock, self.action_logout):
            action.setVisible(self.logged_in)
        self.action_users.setVisible(self.logged_in and may(actor, Action.MANAGE_USERS))
        # An advisor or administrator would fill in the whole form only to be refused on saving.
        may_register = not self.logged_in or may(actor, Action.REGISTER_INCIDENT)
        self.action_register.setVisible(may_register)
        self.action_register.setEnabled(may_register)  # its Ctrl+H too
        self.resident_page.start_page.set_acts_on_incidents(may_register)
        self.resident_page.set_plan_actions(
            can_submit=self.logged_in and may(actor, Action.SUBMIT),
            can_review=self.logged_in and may(actor, Action.APPROVE),
        )
        self._update_actions(actor)
        # An advisor has none of the big buttons: no empty strip above the page.
        self.toolbar.setVisible(any(action.isVisible() for action in self.toolbar.actions()))
        if self.logged_in:
            self.setWindowTitle(f"{APPLICATION_DISPLAY_NAME} – {actor.full_name}")
        else:
            self.setWindowTitle(APPLICATION_DISPLAY_NAME)

    def _start_idle_lock(self, idle_minutes: float | None) -> None:
        if idle_minutes is None:
            with self.database.session() as session:
                idle_minutes = auth_service.idle_lock_minutes(session)
        # Also without an idle lock (0 minutes): it is what makes Ctrl+L work while a dialog is open.
        self.idle = IdleWatcher(int(max(idle_minutes, 0) * 60_000), self)
        self.idle.idle.connect(self.lock)
        self.idle.lock_key.connect(self.lock)

    def lock(self) -> LockScreen | None:
        """Cover the screen until the same user's password is typed; nothing open is closed."""
        if not self.logged_in:
            return None
        if self.lock_screen is not None:
            return self.lock_screen
        actor = current_actor()
        if self.idle is not None:
            self.idle.pause()
        with self.database.session() as session:
            auth_service.record_session_event(session, actor, "lock")
        screen = LockScreen(self.database, actor, parent=self)
        screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        screen.cover(self)
        screen.unlocked.connect(self._unlocked)
        screen.finished.connect(self._lock_finished)
        self.lock_screen = screen
        screen.show()
        screen.password.setFocus()
        return screen

    def _unlocked(self) -> None:
        if self.idle is not None:
            self.idle.resume()

    def _lock_finished(self, result: int) -> None:
        self.lock_screen = None
        if result != SWITCH_USER:
            return
        if not self._unsaved_registrations():
            self.logout()
            return
        # The locked user's registration would go with the switch: the next user decides, knowingly.
        self.switch_question = messages.ask_safe_first(
            self,
            self.tr("%1 har en hændelse, der ikke er gemt. Skifter du bruger, går den tabt.").replace(
                "%1", current_actor().full_name
            ),
            safe=self.tr("Tilbage"),
            risky=self.tr("Skift bruger alligevel"),
            on_risky=self.logout,
            on_safe=self.lock,
        )

    def _unsaved_registrations(self) -> bool:
        from tryghed_desktop.ui.incident_dialog import IncidentDialog

        return any(
            dialog.isVisible() and dialog.has_unsaved_work() for dialog in self.findChildren(IncidentDialog)
        )

    def logout(self) -> Actor | None:
        """Close what is open, ask who logs in next; quit when nobody does. Returns the new user."""
        actor = current_actor()
        if self.idle is not None:
            self.idle.pause()
        with self.database.session() as session:
            auth_service.record_session_event(session, actor, "logout")
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)  # not reject(): nobody is asked about it now
        self.save_state()  # under the leaving user's name: their resident and tab next time
        set_current_actor(None)
        self.resident_page.clear()
        self.hide()
        new_actor = LoginDialog.ask(self.database)
        if new_actor is None:
            self.close()
            return None
        set_current_actor(new_actor)
        self._apply_actor()
        self.show()
        self.refresh()
        if self.idle is not None:
            self.idle.resume()
        return new_actor

    def change_password(self) -> bool:
        from tryghed_desktop.ui.password_dialog import ChangePasswordDialog

        answer = ChangePasswordDialog.ask(self)
        if answer is None:
            return False
        done = False
        with messages.user_action(), self.database.session() as session:
            auth_service.change_password(session, current_actor(), *answer)
            done = True
        if done:
            self.statusBar().showMessage(self.tr("Din adgangskode er skiftet."), 30_000)
        return done

    def manage_users(self) -> None:
        from tryghed_desktop.ui.users_dialog import UsersDialog

        dialog = UsersDialog(self.database, current_actor(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- incidents ------------------------------------------------------------------------------

    def register_incident(self) -> IncidentDialog:
        """Open 'Registrér hændelse' for the open resident (or none); non-modal so work is not lost."""
        from tryghed_desktop.ui.incident_dialog import IncidentDialog

        dialog = IncidentDialog(
            self.database, current_actor(), resident_id=self.resident_page.resident_id, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.registered.connect(self._incident_registered)
        dialog.open()
        return dialog

    def _incident_registered(self, _incident_id: int, confirmation: str) -> None:
        self.statusBar().showMessage(confirmation, 30_000)
        self.refresh()

    def open_follow_up(self, incident_id: int) -> FollowUpDialog | None:
        from tryghed_desktop.ui.follow_up_dialog import FollowUpDialog

        dialog: FollowUpDialog | None = None
        with messages.user_action():
            dialog = FollowUpDialog(self.database, current_actor(), incident_id, parent=self)
        if dialog is None:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.refresh)
        dialog.open()
        return dialog

    # --- settings -------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = open_settings()
        geometry = settings.value(KEY_GEOMETRY)
        self.first_start = not (isinstance(geometry, QByteArray) and not geometry.isEmpty())
        if not self.first_start:
            self.restoreGeometry(geometry)
        else:
            resize_within_screen(self, 1440, 900)
        splitter = settings.value(KEY_SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.load_units(_int_or_none(settings.value(KEY_UNIT)))
        resident_id = _int_or_none(settings.value(_own(KEY_RESIDENT)))
        if (
            resident_id is not None
            and self.list_pane.model.contains_id(resident_id)
            and self.open_resident(resident_id)
        ):
            tab = _int_or_none(settings.value(_own(KEY_TAB)))
            if tab is not None and 0 <= tab < self.resident_page.tabs.count():
                self.resident_page.tabs.setCurrentIndex(tab)

    def save_state(self) -> None:
        settings = open_settings()
        settings.setValue(KEY_GEOMETRY, self.saveGeometry())
        settings.setValue(KEY_SPLITTER, self.splitter.saveState())
        unit = self.list_pane.selected_unit()
        settings.setValue(KEY_UNIT, unit if unit is not None else "")
        if self.logged_in and current_actor() is LOCAL_ACTOR:
            settings.sync()  # closed from the login after a logout: nobody's resident to keep
            return
        if self.resident_page.resident_id is not None:
            settings.setValue(_own(KEY_RESIDENT), self.resident_page.resident_id)
        settings.setValue(_own(KEY_TAB), self.resident_page.current_tab_index())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.idle is not None:
            self.idle.stop()
        super().closeEvent(event)

    def _show_problem(self, title: str, message: str) -> None:
        if self.isVisible():
            messages.show_problem_box(self, title or self.tr("Det lykkedes ikke"), message)


def _own(key: str) -> str:
    return key.format(username=current_actor().username)


def _int_or_none(value: object) -> int | None:
    try:
        return int(str(value)) if value not in (None, "") else None
    except ValueError:
        return None
