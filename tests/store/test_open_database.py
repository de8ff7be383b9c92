"""A database that cannot be opened is refused in Danish, without a traceback and without the password;
a connection the server dropped is replaced before the next user action."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError, OperationalError

from tryghed_desktop.store.db import Database, DatabaseUnavailableError, is_unavailable, open_database


def test_a_file_that_is_no_database_is_called_damaged(tmp_path: Path) -> None:
    damaged = tmp_path / "tryghed.db"
    damaged.write_bytes(b"not sqlite")  # shorter than a header: not taken for an encrypted file
    with pytest.raises(DatabaseUnavailableError) as raised:
        open_database(f"sqlite:///{damaged}")
    assert str(raised.value) == (
        f"Filen er ikke en Tryghed-database, eller den er beskadiget: {damaged}. Gendan en backup."
    )
    assert damaged.read_bytes() == b"not sqlite"


def test_a_server_that_does_not_answer_is_named_without_its_password() -> None:
    # Port 1 on this machine refuses at once: nothing listens there.
    with pytest.raises(DatabaseUnavailableError) as raised:
        open_database("postgresql+psycopg://tryghed:hemmelig@127.0.0.1:1/tryghed")
    message = str(raised.value)
    assert message.startswith(
        "Databaseserveren svarer ikke. Prøv igen om lidt, eller kontakt administratoren.\n"
        "(postgresql+psycopg://tryghed:***@127.0.0.1:1/tryghed: "
    )
    assert "hemmelig" not in message
    assert is_unavailable(raised.value)


def test_a_connection_the_server_dropped_is_replaced_before_the_next_action(
    database: Database, backend: str
) -> None:
    if backend != "postgresql":
        pytest.skip("only a database server drops connections (a restart, a network break)")
    with database.session() as session:
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
    server = create_engine(database.url)
    with server.connect() as connection:  # the server restarts: the pooled connection is gone
        connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    server.dispose()
    with database.session() as session:  # the next user action gets a fresh one, without an error
        assert session.execute(text("SELECT pg_backend_pid()")).scalar_one() != pid


@pytest.mark.parametrize(
    ("cause", "unavailable"),
    [
        (sqlite3.OperationalError("database is locked"), True),
        (sqlite3.OperationalError("unable to open database file"), True),
        (sqlite3.OperationalError("no such table: residents"), False),  # a fault in the program
    ],
)
def test_a_busy_or_missing_file_is_told_apart_from_a_mistake_in_the_sql(
    cause: sqlite3.Error, unavailable: bool
) -> None:
    assert is_unavailable(OperationalError("SELECT 1", {}, cause)) is unavailable
    assert is_unavailable(IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE"))) is False
