"""Before and after the database opens: integrity, network shares, and the automatic backups."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from tryghed_desktop.store import backup
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.locations import sqlite_path
from tryghed_desktop.ui.service_texts import service_text

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
BACKUP_EVERY_MS = 4 * 60 * 60 * 1000  # every four hours while the app runs


def backup_folder(path: Path) -> Path:
    return path.parent / "backups"


def ask_restore(parent: QWidget | None, problem: str, latest: Path | None) -> bool:
    """Tell the user the file is damaged; True when they choose to restore the latest backup."""
    text = translate("startup", "Databasen er beskadiget (%1).").replace("%1", problem)
    if latest is None:
        QMessageBox.critical(
            parent, "Tryghed Desktop", text + "\n" + translate("startup", "Der er ingen backup.")
        )
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, "Tryghed Desktop", text, parent=parent)
    box.setInformativeText(
        translate("startup", "Seneste backup: %1. Vil du gendanne den? Den beskadigede fil gemmes.").replace(
            "%1", latest.name
        )
    )
    restore = box.addButton(translate("startup", "Gendan seneste backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is restore


def check_before_open(db_url: str, parent: QWidget | None = None) -> bool:
    """A quick integrity check of a SQLite file; offers the latest backup when it is damaged.
    False when the app cannot go on."""
    path = sqlite_path(db_url)
    if path is None:
        return True
    problem = backup.quick_check(path)
    if problem is None:
        return True
    log.error("Integritetsfejl i %s: %s", path, problem)
    latest = backup.latest_sound_backup(backup_folder(path))
    if not ask_restore(parent, problem, latest):
        return False
    assert latest is not None
    try:
        backup.restore_sqlite(latest, path, datetime.now())
    except (OSError, backup.BackupError) as error:
        log.exception("Gendannelse ved start mislykkedes")
        QMessageBox.critical(parent, "Tryghed Desktop", service_text(str(error)))
        return False
    return True


class AutomaticBackups(QObject):
    """A backup at start and every few hours (SQLite only), rotated to 7 daily and 4 weekly copies."""

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_EVERY_MS)
        self.timer.timeout.connect(self.run)

    def start(self) -> None:
        if self.database.path is None:
            return  # PostgreSQL is backed up on the server (see the README)
        self.run()
        self.timer.start()

    def run(self) -> Path | None:
        assert self.database.path is not None
        try:
            return backup.backup_database(self.database, backup_folder(self.database.path), datetime.now())
        except (OSError, backup.BackupError):
            log.exception("Automatisk backup mislykkedes")
            return None
