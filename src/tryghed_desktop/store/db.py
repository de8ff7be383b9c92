"""Engine and session set-up for SQLite (WAL, foreign keys) and PostgreSQL; start-up migration."""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, false, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from tryghed_desktop.store.locations import (
    KEY_ENV,
    is_encrypted_file,
    is_encrypted_url,
    is_network_path,
    sqlite_path,
)
from tryghed_desktop.store.models import AuditEvent
from tryghed_desktop.store.schema import SCHEMA_HEAD

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class SchemaTooNewError(RuntimeError):
    """The database was migrated by a newer version of the app than this one."""


TOO_NEW = "Databasen er lavet af en nyere udgave af Tryghed Desktop. Opdatér programmet."
WRONG_KEY = "Forkert nøgle, eller filen er ikke en Tryghed-database."
NO_SQLCIPHER = (
    "Databasen er krypteret, men krypteringsmodulet (sqlcipher3) er ikke installeret. "
    "Installér Tryghed Desktop med tilvalget 'encryption'."
)


class WrongKeyError(RuntimeError):
    """An encrypted database could not be opened with the given passphrase (or is no database)."""

    def __init__(self, message: str = WRONG_KEY) -> None:
        super().__init__(message)
        self.message = message


class DatabaseUnavailableError(RuntimeError):
    """The database could not be opened: a server that does not answer, a file that is no database."""


class KeyRequiredError(WrongKeyError):
    """A plain SQLite URL names a file that is encrypted (or is no SQLite file at all)."""

    def __init__(self) -> None:
        super().__init__(
            "Databasen er krypteret, eller filen er ikke en Tryghed-database. "
            f"Angiv nøglen ({KEY_ENV}), eller lad programmet spørge om den."
        )


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Per connection, as SQLite forgets them: WAL for a reader beside a writer, enforced FKs.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class Database:
    """One database: its engine and a factory of short, one-transaction sessions."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.path = sqlite_path(url)
        self.encrypted = is_encrypted_url(url)
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.encrypted:
            _sqlcipher()  # the dialect imports it lazily; fail here, in Danish
        elif self.path is not None and is_encrypted_file(self.path):
            raise KeyRequiredError()
        # A server restart or a network break leaves dead connections in the pool; a ping when one is
        # taken replaces it, so the next user action works instead of failing (SQLite has no server).
        self.engine: Engine = create_engine(url, future=True, pool_pre_ping=self.path is None)
        if self.engine.dialect.name == "sqlite":
            # The pysqlcipher dialect sets the key in its own connect hook, which runs before this one.
            event.listen(self.engine, "connect", _set_sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if self.encrypted:
            self._check_key()

    def _check_key(self) -> None:
        # SQLCipher only notices a wrong key when a page is read: do it now, with a clear message.
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT count(*) FROM sqlite_master"))
        except DatabaseError as error:
            self.engine.dispose()
            raise WrongKeyError() from error

    @property
    def display_url(self) -> str:
        """The URL to show or log: any password or passphrase replaced by ***."""
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one user action: committed when the block ends, rolled back on error."""
        with self._sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()

    @property
    def network_share_warning(self) -> str | None:
        """A Danish warning when a SQLite file lies on a network share (several PCs need PostgreSQL)."""
        if self.path is None or not is_network_path(self.path):
            return None
        return (
            f"Databasen {self.path} ligger på et netværksdrev. SQLite kan miste data, når flere pc'er "
            "bruger den samme fil. Brug en PostgreSQL-database til flere pc'er (se README)."
        )

    # --- schema ---------------------------------------------------------------------------------

    def current_revision(self) -> str | None:
        """The Alembic revision stamped in the database, or None for an empty database."""
        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def is_current(self) -> bool:
        return self.current_revision() == SCHEMA_HEAD

    def migrate(self, backup_dir: Path | None = None) -> Path | None:
        """Bring the schema to the head; back up an existing SQLite file first (into `backups/` beside
        it unless told otherwise). Returns the backup."""
        revision = self.current_revision()
        if revision == SCHEMA_HEAD:
            return None
        from tryghed_desktop.store.backup import known_revisions  # only when there is work to do

        if revision is not None and revision not in known_revisions():
            # Before the backup copy: a database this app cannot open is left alone, no copy made.
            raise SchemaTooNewError(TOO_NEW)
        backup = None
        if revision is not None and self.path is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = self.backup_to(
                (backup_dir or self.path.parent / "backups") / f"før-opgradering-{stamp}.db"
            )
        from alembic import command  # imported only when there is work to do
        from alembic.util.exc import CommandError

        try:
            with self._schema_transaction() as connection:
                config = alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except CommandError as error:  # a revision this code does not know: a newer app wrote it
            raise SchemaTooNewError(TOO_NEW) from error
        return backup

    @contextmanager
    def _schema_transaction(self) -> Iterator[Connection]:
        """One transaction around a whole upgrade, DDL included: cut off halfway (an error, a power
        cut), it leaves the schema as it was, and the next start runs the upgrade again.

        PostgreSQL does this by itself. Python's sqlite3 begins a transaction only before INSERT,
        UPDATE or DELETE and runs CREATE, DROP and ALTER on their own, so on SQLite the driver is put
        in autocommit and the transaction begun here (IMMEDIATE: no other window writes meanwhile)."""
        if self.engine.dialect.name != "sqlite":
            with self.engine.begin() as connection:
                yield connection
            return
        with self.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT")
            # SQLAlchemy's begin() does nothing in the driver, but its commit and rollback end the
            # transaction begun here; and Alembic, seeing one open, commits nothing in between.
            with connection.begin():
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                yield connection

    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the SQLite file through SQLite's online backup API.

        An encrypted file is copied through SQLCipher with the same key, so the copy is encrypted
        too and opens with the same passphrase (the stdlib sqlite3 cannot read it)."""
        if self.path is None:
            raise ValueError("backup_to works on SQLite files only")
        target.parent.mkdir(parents=True, exist_ok=True)
        if self.encrypted:
            return self._encrypted_backup_to(target)
        source = sqlite3.connect(self.path)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
                make_self_contained(destination, sqlite3.DatabaseError)
            finally:
                destination.close()
        finally:
            source.close()
        return target

    def _encrypted_backup_to(self, target: Path) -> Path:
        sqlcipher3 = _sqlcipher()
        if target.exists():  # SQLCipher would try to open an existing file with this key
            raise FileExistsError(f"Sikkerhedskopien findes allerede: {target}")
        key = _sql_string(make_url(self.url).password or "")
        source = sqlcipher3.connect(str(self.path))
        try:
            source.execute(f"PRAGMA key = {key}")
            destination = sqlcipher3.connect(str(target))
            try:
                destination.execute(f"PRAGMA key = {key}")
                source.backup(destination)
                make_self_contained(destination, sqlcipher3.DatabaseError)
            finally:
                destination.close()
        except sqlcipher3.DatabaseError as error:
            target.unlink(missing_ok=True)
            raise WrongKeyError() from error
        finally:
            source.close()
        return target


def make_self_contained(copy: Any, damaged: type[Exception]) -> None:
    """A copy is one file: without WAL, opening it read-only (to check or restore it) leaves no -wal
    and -shm files beside it, as a copy in WAL mode did. A damaged copy stays as it came: the check
    after it refuses it."""
    with suppress(damaged):
        copy.execute("PRAGMA journal_mode=DELETE")


def _sqlcipher() -> Any:
    """The sqlcipher3 module (an optional extra: `tryghed-desktop[encryption]`)."""
    try:
        return importlib.import_module("sqlcipher3")
    except ImportError as error:
        raise WrongKeyError(NO_SQLCIPHER) from error


def _sql_string(value: str) -> str:
    """A SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + value.replace("'", "''") + "'"


def alembic_config() -> Any:
    """An Alembic Config for the packaged migrations, without needing alembic.ini."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


# The key of the PostgreSQL advisory lock behind hold_writers_lock.
_WRITERS_LOCK = 0x7472_7967  # "tryg"


def hold_writers_lock(session: Session) -> None:
    """Let one transaction at a time past this point, across PCs, until it ends: for a write that
    first reads what it builds on (the audit chain's newest entry, the other administrators).

    PostgreSQL: an advisory lock. SQLite takes its write lock at a transaction's first write: an
    empty one (no row, so no trigger fires) takes it here."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(_WRITERS_LOCK)))
    else:
        session.execute(delete(AuditEvent).where(false()))


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open a database and, unless told otherwise, migrate it to the current schema (which is when
    it is first reached: a failure then is a DatabaseUnavailableError, in Danish)."""
    database = Database(url)
    if migrate:
        try:
            database.migrate()
        except DatabaseError as error:
            database.dispose()
            if not isinstance(error, OperationalError) and type(error) is not DatabaseError:
                raise  # an integrity or programming error: a fault in a migration, not in the database
            raise DatabaseUnavailableError(_unavailable(database, error)) from error
    return database


# SQLite also calls a mistake in the SQL "operational"; these are the ones that pass.
SQLITE_BUSY_OR_GONE = ("database is locked", "database table is locked", "unable to open", "disk i/o error")


def is_unavailable(error: BaseException) -> bool:
    """Whether an error means the database did not answer (a server gone, a file locked too long),
    rather than a fault in the program: the user can try again in a moment."""
    if isinstance(error, DatabaseUnavailableError):
        return True
    if not isinstance(error, OperationalError):
        return False
    if isinstance(error.orig, sqlite3.Error):
        return str(error.orig).lower().startswith(SQLITE_BUSY_OR_GONE)
    return True  # a server's driver raises OperationalError for connections, not for SQL mistakes


def _unavailable(database: Database, error: DatabaseError) -> str:
    detail = (str(error.orig).strip().splitlines() or [type(error.orig).__name__])[0]
    # What to do first, for staff; the cause on its own line, for the administrator.
    if database.path is None:
        return (
            "Databaseserveren svarer ikke. Prøv igen om lidt, eller kontakt administratoren.\n"
            f"({database.display_url}: {detail})"
        )
    if isinstance(error, OperationalError):  # no access to the folder, locked for too long, …
        return f"Databasen kan ikke åbnes. Kontakt administratoren.\n({database.path}: {detail})"
    return f"Filen er ikke en Tryghed-database, eller den er beskadiget: {database.path}. Gendan en backup."
