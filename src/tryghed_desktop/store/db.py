"""Engine and session set-up for SQLite (WAL, foreign keys) and PostgreSQL; start-up migration."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from tryghed_desktop.store.locations import is_network_path, sqlite_path
from tryghed_desktop.store.schema import SCHEMA_HEAD

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class SchemaTooNewError(RuntimeError):
    """The database was migrated by a newer version of the app than this one."""


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
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _set_sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

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
        backup = None
        if revision is not None and self.path is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = self.backup_to(
                (backup_dir or self.path.parent / "backups") / f"før-opgradering-{stamp}.db"
            )
        from alembic import command  # imported only when there is work to do
        from alembic.util.exc import CommandError

        try:
            with self.engine.begin() as connection:
                config = alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except CommandError as error:  # a revision this code does not know: a newer app wrote it
            raise SchemaTooNewError(
                "Databasen er lavet af en nyere udgave af Tryghed Desktop. Opdatér programmet."
            ) from error
        return backup

    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the SQLite file through SQLite's online backup API."""
        if self.path is None:
            raise ValueError("backup_to works on SQLite files only")
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(self.path)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        return target


def alembic_config() -> Any:
    """An Alembic Config for the packaged migrations, without needing alembic.ini."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open a database and, unless told otherwise, migrate it to the current schema."""
    database = Database(url)
    if migrate:
        database.migrate()
    return database
