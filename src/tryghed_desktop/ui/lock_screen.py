"""Idle lock: an application event filter restarts a timer on every input; on timeout a lock screen
covers the window until the same user's password is given (open dialogs and typed text stay)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QWidget

from tryghed_desktop.services.actors import Actor
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.login_dialog import LoginDialog

SWITCH_USER = 2  # the lock screen's result when the user chose "Skift bruger"
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` when no key, mouse or touch input reached the application for `timeout_ms` (never
    with 0), and `lock_key` on Ctrl+L in any window: a dialog such as the incident form blocks the
    main window's own shortcuts, and somebody called away mid-form must still be able to lock."""

    idle = Signal()
    lock_key = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if timeout_ms > 0:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        if (
            kind == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_L  # type: ignore[attr-defined]
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier  # type: ignore[attr-defined]
        ):
            self.lock_key.emit()
            return True
        return False

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        if self.timer.interval() > 0:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


LOCK_COLUMN_WIDTH = 580  # the login dialog's own width


class LockScreen(LoginDialog):
    """The login for the locked user only, covering the screen; "Skift bruger" logs out instead."""

    switch_user = Signal()
    unlocked = Signal()

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, username=actor.username, parent=parent)
        self.locked_actor = actor
        self.covered: QWidget | None = None  # the window this screen covers, once shown
        self.setObjectName("lockScreen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.title.setText(self.tr("Skærmen er låst"))
        self.text.setText(
            self.tr("%1 er logget ind. Skriv adgangskoden for at fortsætte, hvor du slap.").replace(
                "%1", actor.full_name
            )
        )
        self.username.setReadOnly(True)
        self.login_button.setText(self.tr("Lås op"))
        self.switch_button = QPushButton(self.tr("Skift bruger"))
        self.switch_button.setObjectName("switchUserButton")
        self.switch_button.clicked.connect(self._switch)
        row = QHBoxLayout()
        row.addWidget(self.switch_button)
        row.addStretch(1)
        self.main_layout.addLayout(row)
        self.accepted.connect(self.unlocked)
        self.password.setFocus()

    def accepts(self, actor: Actor) -> bool:
        return actor.user_id == self.locked_actor.user_id

    def _switch(self) -> None:
        self.done(SWITCH_USER)
        self.switch_user.emit()

    def show_problem(self, message: str) -> None:
        super().show_problem(message)
        # The login fits itself to the message; the lock must go on covering the resident's plans.
        if self.covered is not None:
            self.cover(self.covered)

    def cover(self, widget: QWidget) -> None:
        """Cover the screen the window is on, so nothing of the resident's plans shows behind it."""
        self.covered = widget
        screen = widget.screen()
        covered = screen.availableGeometry() if screen is not None else widget.frameGeometry()
        self.setGeometry(covered)
        # The login's own column in the middle of the screen, not its fields stretched across it.
        height = self.main_layout.sizeHint().height()
        side = max(32, (covered.width() - LOCK_COLUMN_WIDTH) // 2)
        top = max(28, (covered.height() - height) // 2)
        self.main_layout.setContentsMargins(side, top, side, top)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window manager must not unlock: only the password or "Skift bruger" do.
        event.ignore()

    def reject(self) -> None:
        """Escape does not unlock either."""
