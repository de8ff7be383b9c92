"""The message bridge: expected problems (ServiceError) reach the user as one clear message.

Code anywhere in the UI calls `report_problem()`; the main window listens on the bridge and shows it,
so no model or helper needs a widget to talk to the user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.ui.service_texts import service_text

log = logging.getLogger(__name__)


class MessageBridge(QObject):
    problem = Signal(str, str)  # title, message
    info = Signal(str, str)


_bridge: MessageBridge | None = None


def bridge() -> MessageBridge:
    global _bridge  # noqa: PLW0603 - one bridge per process, created after the QApplication
    if _bridge is None:
        _bridge = MessageBridge()
    return _bridge


def report_problem(error: ServiceError | str, title: str | None = None) -> None:
    """Tell the user about an expected problem; a service's Danish message is shown in the UI language."""
    message = error.message if isinstance(error, ServiceError) else error
    log.info("Problem vist for brugeren: %s", message)
    # A service's message is Danish; a text of the UI's own comes already translated.
    bridge().problem.emit(title or "", service_text(message) if isinstance(error, ServiceError) else message)


@contextmanager
def user_action() -> Iterator[None]:
    """Wrap one user action: a ServiceError becomes a message, anything else goes to the excepthook."""
    try:
        yield
    except ServiceError as error:
        report_problem(error)


def show_problem_box(parent: QWidget | None, title: str, message: str) -> None:
    """The default listener: a warning box (tests replace the bridge's listener instead)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or parent_title(parent), message, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def parent_title(parent: QWidget | None) -> str:
    return parent.window().windowTitle() if parent is not None else "Tryghed Desktop"


def ask_safe_first(
    parent: QWidget,
    text: str,
    *,
    safe: str,
    risky: str,
    on_risky: Callable[[], None],
    on_safe: Callable[[], None] | None = None,
) -> QMessageBox:
    """Ask before something that cannot be taken back (unsaved work lost, a plan sent unchanged);
    Enter and Escape give the safe answer (a reflex must never do the risky thing).

    Not blocking (open(), not exec()): the answer calls `on_risky` or `on_safe`. The box stays the
    parent's child until the parent goes: with WA_DeleteOnClose, closing the parent right after
    crashed PySide6 in the event loop."""
    box = QMessageBox(
        QMessageBox.Icon.Question, parent_title(parent), text, QMessageBox.StandardButton.NoButton, parent
    )
    safe_button = box.addButton(safe, QMessageBox.ButtonRole.RejectRole)
    risky_button = box.addButton(risky, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(safe_button)
    box.setEscapeButton(safe_button)

    def answered(_result: int) -> None:
        if box.clickedButton() is risky_button:
            on_risky()
        elif on_safe is not None:
            on_safe()

    box.finished.connect(answered)
    box.open()
    return box


class AsksBeforeDiscarding:
    """Mixed into a QDialog (before it): Escape, Luk/Annuller and the window's X ask before unsaved
    work goes. The dialog says what is unsaved and how to ask; `discard()` closes without asking."""

    discard_question: QMessageBox | None = None

    def has_unsaved_work(self) -> bool:
        raise NotImplementedError

    def discard_texts(self) -> tuple[str, str, str]:
        """The question, the answer that keeps the work, the answer that lets it go."""
        raise NotImplementedError

    def discard(self) -> None:
        assert isinstance(self, QDialog)
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        if not self.has_unsaved_work():
            self.discard()
            return
        assert isinstance(self, QWidget)
        question, keep, discard = self.discard_texts()
        self.discard_question = ask_safe_first(
            self, question, safe=keep, risky=discard, on_risky=self.discard
        )
