"""Where the app keeps its database, logs and backups on this PC (platformdirs), and how --db is read."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "TryghedDesktop"
DB_ENV = "TRYGHED_DB"
_dirs = PlatformDirs(APP_NAME, appauthor=False)


def data_dir() -> Path:
    return Path(_dirs.user_data_dir)


def log_dir() -> Path:
    return Path(_dirs.user_log_dir)


def default_db_path() -> Path:
    return data_dir() / "tryghed.db"


def resolve_db_url(db: str | None = None) -> str:
    """A database URL from `--db` (a path or URL), else TRYGHED_DB, else the default SQLite file."""
    chosen = db or os.environ.get(DB_ENV) or str(default_db_path())
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url in (prefix, f"{prefix}:memory:"):
        return None
    return Path(url[len(prefix) :])
