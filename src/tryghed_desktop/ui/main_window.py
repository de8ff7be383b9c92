"""The main window: resident list on the left, the resident page on the right, menus with shortcuts."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QToolBar, QWidget

from tryghed_desktop import __version__
from tryghed_desktop.services import incidents as incident_service
from tryghed_desktop.services import plans as plan_service
from tryghed_desktop.services import residents as resident_service
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import i18n, messages
from tryghed_desktop.ui.app_info import APPLICATION_DISPLAY_NAME, current_actor, open_settings
from tryghed_desktop.ui.follow_up_dialog import FollowUpDialog
from tryghed_desktop.ui.incident_dialog import IncidentDialog
from tryghed_desktop.ui.resident_list import ResidentListPane
from tryghed_desktop.ui.resident_page import ResidentPage

log = logging.getLogger(__name__)

KEY_GEOMETRY = "mainwindow/geometry"
KEY_SPLITTER = "mainwindow/splitter"
KEY_UNIT = "mainwindow/unit"
KEY_RESIDENT = "mainwindow/resident"
KEY_TAB = "mainwindow/tab"


class MainWindow(QMainWindow):
    def __init__(
        self, database: Database, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._today = today
        self.setObjectName("mainWindow")
        self.setWindowTitle(APPLICATION_DISPLAY_NAME)
        self.list_pane = ResidentListPane()
        self.resident_page = ResidentPage()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(self.resident_page)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.list_pane.setMinimumWidth(300)
        self.splitter.setSizes([360, 1000])
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self.list_pane.unit_changed.connect(self._on_unit_changed)
        self.list_pane.resident_activated.connect(self.open_resident)
        self.resident_page.start_page.follow_ups.incident_activated.connect(self.open_follow_up)
        self.resident_page.incidents.incident_activated.connect(self.open_follow_up)
        messages.bridge().problem.connect(self._show_problem)
        self._restore_state()

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
        menu_file.addAction(self.action_quit)

        menu_view = self.menuBar().addMenu(self.tr("&Vis"))
        self.action_find = QAction(self.tr("&Find borger"), self)
        self.action_find.setShortcut(QKeySequence("Ctrl+F"))
        self.action_find.triggered.connect(self.focus_filter)
        self.action_refresh = QAction(self.tr("&Opdatér"), self)
        self.action_refresh.setShortcut(QKeySequence("F5"))
        self.action_refresh.triggered.connect(self.refresh)
        menu_view.addAction(self.action_find)
        menu_view.addAction(self.action_refresh)

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
        self.toolbar.addAction(self.action_register)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

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

        menu_help = self.menuBar().addMenu(self.tr("&Hjælp"))
        action_about = QAction(self.tr("&Om Tryghed Desktop"), self)
        action_about.triggered.connect(self.show_about)
        menu_help.addAction(action_about)

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
            .replace("%2", self.database.url),
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
            rows = resident_service.list_residents(session, unit_id=selected_unit)
            self.list_pane.set_residents(rows)
            follow_ups = incident_service.open_follow_ups(session, unit_id=selected_unit)
            self.resident_page.start_page.set_follow_ups(follow_ups)
            if self.resident_page.resident_id is not None:
                self.list_pane.select_resident(self.resident_page.resident_id)

    def _on_unit_changed(self, unit_id: int | None) -> None:
        with messages.user_action(), self.database.session() as session:
            self.list_pane.set_residents(resident_service.list_residents(session, unit_id=unit_id))
            follow_ups = incident_service.open_follow_ups(session, unit_id=unit_id)
            self.resident_page.start_page.set_follow_ups(follow_ups)
        if self.resident_page.resident_id is not None:
            self.list_pane.select_resident(self.resident_page.resident_id)
        open_settings().setValue(KEY_UNIT, unit_id if unit_id is not None else "")

    def open_resident(self, resident_id: int, *, force: bool = False) -> bool:
        """Show a resident's page (a recorded read); False when it could not be opened."""
        if resident_id == self.resident_page.resident_id and not force:
            return True
        opened = False
        with messages.user_action(), self.database.session() as session:
            plans = plan_service.resident_plans(session, current_actor(), resident_id)
            incidents = incident_service.list_incidents(session, resident_id=resident_id)
            opened = True
        if not opened:
            return False
        self.resident_page.show_plans(plans, self.today())
        self.resident_page.show_incidents(incidents)
        self.list_pane.select_resident(resident_id)
        open_settings().setValue(KEY_RESIDENT, resident_id)
        return True

    # --- incidents ------------------------------------------------------------------------------

    def register_incident(self) -> IncidentDialog:
        """Open 'Registrér hændelse' for the open resident (or none); non-modal so work is not lost."""
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
            screen = self.screen().availableGeometry()
            self.resize(min(1440, screen.width()), min(900, screen.height()))
        splitter = settings.value(KEY_SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.load_units(_int_or_none(settings.value(KEY_UNIT)))
        resident_id = _int_or_none(settings.value(KEY_RESIDENT))
        if resident_id is not None and self.list_pane.model.row_for_id(resident_id) is not None:
            self.open_resident(resident_id)
            tab = _int_or_none(settings.value(KEY_TAB))
            if tab is not None and 0 <= tab < self.resident_page.tabs.count():
                self.resident_page.tabs.setCurrentIndex(tab)

    def save_state(self) -> None:
        settings = open_settings()
        settings.setValue(KEY_GEOMETRY, self.saveGeometry())
        settings.setValue(KEY_SPLITTER, self.splitter.saveState())
        unit = self.list_pane.selected_unit()
        settings.setValue(KEY_UNIT, unit if unit is not None else "")
        if self.resident_page.resident_id is not None:
            settings.setValue(KEY_RESIDENT, self.resident_page.resident_id)
        settings.setValue(KEY_TAB, self.resident_page.tabs.currentIndex())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def _show_problem(self, title: str, message: str) -> None:
        if self.isVisible():
            messages.show_problem_box(self, title or self.tr("Det lykkedes ikke"), message)


def _int_or_none(value: object) -> int | None:
    try:
        return int(str(value)) if value not in (None, "") else None
    except ValueError:
        return None
