"""A database that cannot be opened is refused in Danish, without a traceback and without the password."""

from __future__ import annotations

from pathlib import Path

import pytest

from tryghed_desktop.store.db import DatabaseUnavailableError, open_database


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
