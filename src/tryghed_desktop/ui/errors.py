"""Logging to a rotating file, the crash dialog with copyable details, and the excepthook that opens it."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.store.db import is_unavailable

log = logging.getLogger("tryghed_desktop")
LOG_FILE_NAME = "tryghed-desktop.log"

# Dialogs opened by the hook are kept here so they are not garbage-collected while visible.
_open_dialogs: list[ExceptionDialog] = []


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Log to a rotating file in `folder` (and warnings to stderr); returns the log file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    if not any(getattr(handler, "_tryghed", False) for handler in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler._tryghed = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return path


class ExceptionDialog(QDialog):
    """Says that something went wrong, without blaming the user, and offers the details to copy."""

    def __init__(self, details: str, parent: QWidget | None = None, *, unavailable: bool = False) -> None:
        super().__init__(parent)
        self.setMinimumSize(640, 420)
        if unavailable:  # not a fault in the program: the same action will work in a moment
            self.setWindowTitle(self.tr("Databasen svarer ikke"))
            text = self.tr(
                "Databasen svarer ikke lige nu. Det, der allerede er gemt, er i behold.\n"
                "Prøv igen om lidt. Sker det igen, så kopiér detaljerne og send dem til administratoren."
            )
        else:
            self.setWindowTitle(self.tr("Der opstod en fejl"))
            text = self.tr(
                "Tryghed Desktop stødte på en uventet fejl. Det, der allerede er gemt, er i behold.\n"
                "Kopiér detaljerne og send dem til den, der hjælper med it."
            )
        intro = QLabel(text)
        intro.setObjectName("exceptionIntro")
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setObjectName("exceptionDetails")
        self.copy_button = QPushButton(self.tr("Kopiér detaljer"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Kopieret"))


def format_exception(
    exc_type: type[BaseException], exc_value: BaseException, exc_tb: TracebackType | None
) -> str:
    from tryghed_desktop import __version__

    text = "".join(traceback.format_exception(exc_type, exc_value, exc_tb))
    return f"Tryghed Desktop {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n\n{text}"


def handle_exception(
    exc_type: type[BaseException], exc_value: BaseException, exc_tb: TracebackType | None
) -> ExceptionDialog | None:
    """Log an unexpected exception and show it; returns the dialog (None without a QApplication)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc_value, exc_tb)
        return None
    log.critical("Uventet fejl", exc_info=(exc_type, exc_value, exc_tb))
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc_value, exc_tb)
        return None
    dialog = ExceptionDialog(
        format_exception(exc_type, exc_value, exc_tb),
        QApplication.activeWindow(),
        unavailable=is_unavailable(exc_value),
    )
    _open_dialogs.append(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.remove(dialog))
    # Non-blocking: the event loop keeps running, and the user decides when to close it.
    dialog.open()
    return dialog


def install_excepthook() -> None:
    """Never a silent crash: every uncaught exception is logged and shown with copyable details."""
    sys.excepthook = handle_exception
