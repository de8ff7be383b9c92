"""GUI start-up: QApplication, logging, language, database (migrated), demo on first start, window."""

from __future__ import annotations

import logging
import sys
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tryghed_desktop import startup, startup_gc
from tryghed_desktop.services.actors import Actor
from tryghed_desktop.store.db import (
    Database,
    DatabaseUnavailableError,
    SchemaTooNewError,
    WrongKeyError,
    open_database,
)
from tryghed_desktop.store.locations import log_dir
from tryghed_desktop.ui import errors, i18n, startup_checks
from tryghed_desktop.ui.app_info import APPLICATION_DISPLAY_NAME, APPLICATION_NAME, ORGANIZATION_NAME
from tryghed_desktop.ui.service_texts import service_text
from tryghed_desktop.ui.theme import apply_theme

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists, as in tests), named and themed."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APPLICATION_DISPLAY_NAME)
    apply_theme(app)
    return app


def populate_if_empty(database: Database, today: date | None = None) -> bool:
    """First start: fill an empty database with the demo facility. True when it did."""
    from tryghed_desktop.services import demo, generator

    with database.session() as session:
        if not demo.is_empty(session):
            return False
        generator.populate_demo_facility(session, today=today)
    log.info("Tom database: demo-bostedet er oprettet.")
    return True


def is_demo(database: Database) -> bool:
    """Whether the database holds the demo facility (the login then names the demo users)."""
    from tryghed_desktop.services.demo_content import DEMO_FACILITY
    from tryghed_desktop.services.residents import list_units

    with database.session() as session:
        return any(unit.facility_name == DEMO_FACILITY for unit in list_units(session))


def demo_hint() -> str:
    return QCoreApplication.translate(
        "app",
        "Demo: log ind som lene (ekstern rådgiver), anne (koordinator), ali (medarbejder) eller "
        "pia (administrator). Adgangskoden er demo1234.",
    )


def purge_old_access_entries(database: Database) -> None:
    """Retention: delete access entries older than the facility's period (at every start)."""
    from tryghed_desktop.services.actors import SYSTEM
    from tryghed_desktop.services.audit import purge_access_entries

    with database.session() as session:
        deleted = purge_access_entries(session, SYSTEM)
    if deleted:
        log.info("Revisionslog: %d gamle adgangsposter er slettet.", deleted)


def first_start_or_login(database: Database) -> Actor | None:
    """An empty database offers the demo (default) or a first administrator; then the login.
    None when the user closed the dialogs."""
    from tryghed_desktop.services import auth
    from tryghed_desktop.ui.login_dialog import (
        CREATE_ADMIN,
        CreateAdminDialog,
        FirstStartDialog,
        LoginDialog,
    )

    with database.session() as session:
        empty = auth.needs_first_admin(session)
    if empty:
        choice = FirstStartDialog.ask()
        if choice is None:
            return None
        if choice == CREATE_ADMIN:
            return CreateAdminDialog.ask(database)
        populate_if_empty(database)
    purge_old_access_entries(database)
    return LoginDialog.ask(database, hint=demo_hint() if is_demo(database) else "")


def open_for_user(db_url: str) -> Database | None:
    """Open the database as the user needs it: the key for an encrypted file (TRYGHED_DB_KEY or asked
    for), else a quick integrity check first. None when the app cannot go on."""
    from tryghed_desktop.store.locations import is_encrypted_file, is_encrypted_url, sqlite_path, with_env_key

    url = with_env_key(db_url)
    path = sqlite_path(url)
    if is_encrypted_url(url):
        return open_database(url)  # sqlite3's own check cannot read it; a wrong key is refused in Danish
    if path is not None and is_encrypted_file(path):
        from tryghed_desktop.ui.passphrase_dialog import open_encrypted

        return open_encrypted(path)
    if not startup_checks.check_before_open(url):
        return None
    return open_database(url)


def run(db_url: str, language: str | None) -> int:
    """Start the GUI on `db_url` and run the event loop; returns the exit code."""
    log_file = errors.setup_logging(log_dir())
    app = create_application()
    errors.install_excepthook()
    used = i18n.install_language(language or i18n.remembered_language())
    log.info("Tryghed Desktop starter (sprog %s, log %s)", used, log_file)
    try:
        database = open_for_user(db_url)
        if database is None:
            return 1
        startup_gc.resume()  # paused by __main__ (startup.before_qt); the user is asked for something now
        if database.network_share_warning:
            QMessageBox.warning(None, APPLICATION_DISPLAY_NAME, database.network_share_warning)
        actor = first_start_or_login(database)
    except (SchemaTooNewError, WrongKeyError, DatabaseUnavailableError) as error:
        log.error("Databasen kan ikke åbnes: %s", error)
        QMessageBox.critical(None, APPLICATION_DISPLAY_NAME, service_text(str(error)))
        return 1
    except Exception:
        log.exception("Databasen kunne ikke åbnes: %s", db_url)
        dialog = errors.ExceptionDialog(errors.format_exception(*sys.exc_info()))  # type: ignore[arg-type]
        dialog.setWindowTitle(app.translate("app", "Databasen kunne ikke åbnes"))
        dialog.exec()
        return 1

    if actor is None:
        database.dispose()
        return 0
    startup_gc.pause()
    from tryghed_desktop.ui.main_window import MainWindow

    window = MainWindow(database, actor=actor)
    backups = startup_checks.AutomaticBackups(database, window)
    backups.start()
    if window.first_start:
        window.showMaximized()
    else:
        window.show()
    startup_gc.resume()
    QTimer.singleShot(0, startup.load_deferred)  # after the first paint, before any worker thread
    try:
        return app.exec()
    finally:
        database.dispose()
