"""Shared fixtures. Qt is told to draw offscreen before anything can import it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tryghed_desktop.store.db import Database, open_database

# Set by scripts/quickstart.sh (a throwaway cluster): store and service tests then run on both backends.
PG_URL = os.environ.get("TRYGHED_TEST_PG_URL")
BOTH_BACKENDS = ("tests/store/", "tests/services/")
PG_TEMPLATE = "tryghed_template"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    path = metafunc.definition.nodeid.replace("\\", "/")
    if (
        PG_URL
        and "database" in metafunc.fixturenames
        and path.startswith(BOTH_BACKENDS)
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    ):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


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
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[str]:
    """The test cluster's admin URL, with a migrated template database that each test copies."""
    assert PG_URL is not None
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {PG_TEMPLATE} WITH (FORCE)"))
        connection.execute(text(f"CREATE DATABASE {PG_TEMPLATE}"))
    open_database(make_url(PG_URL).set(database=PG_TEMPLATE).render_as_string(hide_password=False)).dispose()
    yield PG_URL
    admin.dispose()


def _postgres_database(admin_url: str) -> Iterator[Database]:
    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {PG_TEMPLATE}"))
    database = open_database(make_url(admin_url).set(database=name).render_as_string(hide_password=False))
    try:
        yield database
    finally:
        database.dispose()
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


@pytest.fixture
def database(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database of this test's own: SQLite, or PostgreSQL when parametrized so."""
    if backend == "postgresql":
        yield from _postgres_database(request.getfixturevalue("pg_admin"))
        return
    path = tmp_path / "tryghed.db"
    shutil.copyfile(request.getfixturevalue("migrated_template"), path)
    database = open_database(f"sqlite:///{path}")
    yield database
    database.dispose()


@pytest.fixture
def collector() -> Iterator[None]:
    """Whatever a test does to the garbage collector, the next test finds it as it was."""
    was_enabled = gc.isenabled()
    yield
    if was_enabled:
        gc.enable()
    else:
        gc.disable()
