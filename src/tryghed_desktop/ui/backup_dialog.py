"""The administrator's backups: take one now, see the rotated copies, restore one (the app then closes)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.services import audit
from tryghed_desktop.store import backup
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.app_info import current_actor
from tryghed_desktop.ui.layouts import hbox, resize_within_screen
from tryghed_desktop.ui.service_texts import service_text
from tryghed_desktop.ui.startup_checks import backup_folder


def confirm_restore(parent: QWidget, name: str) -> bool:
    """Ask before replacing the database (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        parent.tr("Gendan backup"),
        parent.tr(
            "Databasen erstattes med %1. Den nuværende gemmes først. Tryghed Desktop lukker bagefter "
            "og skal startes igen. Fortsæt?"
        ).replace("%1", name),
    )
    return answer == QMessageBox.StandardButton.Yes


def announce(parent: QWidget, title: str, text: str) -> None:
    """A plain information box (tests replace this)."""
    QMessageBox.information(parent, title, text)


class BackupDialog(QDialog):
    def __init__(
        self, database: Database, *, now: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        assert database.path is not None
        self.database = database
        self._now = now
        self.folder = backup_folder(database.path)
        self.setWindowTitle(self.tr("Backup og gendannelse"))
        resize_within_screen(self, 640, 480)
        where = QLabel(
            self.tr(
                "Backupper ligger i %1 (alle fra det sidste døgn, én pr. dag i 7 dage, én pr. uge i 4 uger)."
            ).replace("%1", str(self.folder))
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.listing = QListWidget()
        self.status = QLabel()
        self.status.setWordWrap(True)
        backup_button = QPushButton(self.tr("Tag backup nu"))
        self.restore_button = QPushButton(self.tr("Gendan valgt…"))
        close_button = QPushButton(self.tr("Luk"))
        backup_button.clicked.connect(self.take_backup)
        self.restore_button.clicked.connect(self.restore_selected)
        close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.listing, 1)
        layout.addWidget(self.status)
        layout.addWidget(hbox(backup_button, self.restore_button, (QWidget(), 1), close_button))
        self.listing.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.reload()

    def reload(self) -> None:
        self.listing.clear()
        for path in sorted(self.folder.glob("*.db"), reverse=True):
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.listing.addItem(item)
        self.restore_button.setEnabled(False)
        if self.listing.count() == 0:
            self.status.setText(self.tr("Der er ingen backup endnu. Tryk »Tag backup nu«."))

    def take_backup(self) -> Path:
        made = backup.backup_database(self.database, self.folder, self._now())
        self.status.setText(self.tr("Backup gemt: %1").replace("%1", made.name))
        self.reload()
        return made

    def restore_selected(self) -> bool:
        item = self.listing.currentItem()
        if item is None:
            return False
        chosen = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        try:
            backup.check_sqlite_file(chosen)
        except backup.BackupError as error:
            self.status.setText(service_text(str(error)))
            return False
        if not confirm_restore(self, chosen.name):
            return False
        assert self.database.path is not None
        self.database.dispose()
        try:
            result = backup.restore_sqlite(chosen, self.database.path, self._now())
        except (backup.BackupError, OSError) as error:  # e.g. another PC is saving right now
            self.status.setText(service_text(str(error)))
            return False
        audit.record_restore(self.database.url, result, by=current_actor().username)
        kept = result.previous_kept_as.name if result.previous_kept_as else "-"
        announce(
            self,
            self.tr("Gendannet"),
            self.tr(
                "Databasen er gendannet fra %1. Den tidligere er gemt som %2. Start Tryghed Desktop igen."
            )
            .replace("%1", chosen.name)
            .replace("%2", kept),
        )
        QApplication.quit()
        return True
