"""The message bridge: expected problems (ServiceError) reach the user as one clear Danish message.

Code anywhere in the UI calls `report_problem()`; the main window listens on the bridge and shows it,
so no model or helper needs a widget to talk to the user.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from tryghed_desktop.services.errors import ServiceError

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
    """Tell the user about an expected problem; the service's Danish message is shown as it is."""
    message = error.message if isinstance(error, ServiceError) else error
    log.info("Problem vist for brugeren: %s", message)
    bridge().problem.emit(title or "", message)


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
