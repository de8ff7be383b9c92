"""Shared fixtures. Qt is told to draw offscreen before anything can import it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tryghed_desktop.store.db import Database, open_database


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Never touch the real user's database, settings or logs from a test.
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("TRYGHED_DB", raising=False)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A URL for a fresh, empty SQLite file of this test's own."""
    return f"sqlite:///{tmp_path / 'tryghed.db'}"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database migrated once per run; tests copy it instead of migrating again (~0.5 s each)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture
def database(migrated_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database of this test's own."""
    path = tmp_path / "tryghed.db"
    shutil.copyfile(migrated_template, path)
    database = open_database(f"sqlite:///{path}")
    yield database
    database.dispose()
