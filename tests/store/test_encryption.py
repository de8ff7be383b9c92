"""Encryption at rest (SQLCipher through sqlcipher3): the file is unreadable without the key, the right
key opens it, a wrong key says so in Danish, and backups of an encrypted file stay encrypted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tryghed_desktop.services import residents
from tryghed_desktop.services.actors import SYSTEM
from tryghed_desktop.store.db import WRONG_KEY, Database, KeyRequiredError, WrongKeyError, open_database
from tryghed_desktop.store.locations import (
    KEY_ENV,
    encrypted_url,
    is_encrypted_file,
    sqlite_path,
    with_env_key,
)

pytest.importorskip(
    "sqlcipher3", reason="sqlcipher3 is not installed (pip install tryghed-desktop[encryption])"
)

NAME = "Jonas Madsen-Østergaard"
PASSPHRASE = "rød@kat/på:taget 'og' \"mere\""  # URL and SQL quoting both matter


def _resident(database: Database) -> int:
    with database.session() as session:
        unit = residents.ensure_unit(session, "Bostedet Egebakken", "Hus Birk")
        return residents.create_resident(
            session, SYSTEM, unit_id=unit.id, display_name=NAME, card_name="Jonas", room="4"
        )


def _names(database: Database) -> list[str]:
    with database.session() as session:
        return [row.display_name for row in residents.list_residents(session)]


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    """An encrypted, migrated database with one resident, closed again (its WAL checkpointed)."""
    path = tmp_path / "krypteret.db"
    database = open_database(encrypted_url(path, PASSPHRASE))
    _resident(database)
    database.dispose()
    return path


def _all_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(f"{path.name}*"))


def test_the_file_is_unreadable_without_the_key(encrypted: Path) -> None:
    assert NAME.encode() not in _all_bytes(encrypted)
    assert "Madsen".encode("utf-16-le") not in _all_bytes(encrypted)
    assert is_encrypted_file(encrypted)
    connection = sqlite3.connect(encrypted)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            connection.execute("SELECT * FROM residents").fetchall()
    finally:
        connection.close()


def test_the_right_key_opens_it_with_the_usual_pragmas(encrypted: Path) -> None:
    database = open_database(encrypted_url(encrypted, PASSPHRASE))
    try:
        assert database.encrypted and database.path == encrypted.resolve()
        assert _names(database) == [NAME]
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert PASSPHRASE not in database.display_url
    finally:
        database.dispose()


def test_a_wrong_key_gives_the_danish_message(encrypted: Path) -> None:
    with pytest.raises(WrongKeyError) as raised:
        Database(encrypted_url(encrypted, "forkert"))
    assert raised.value.message == WRONG_KEY == "Forkert nøgle, eller filen er ikke en Tryghed-database."


def test_a_plain_url_to_an_encrypted_file_asks_for_the_key(encrypted: Path) -> None:
    with pytest.raises(KeyRequiredError, match="krypteret"):
        Database(f"sqlite:///{encrypted}")


def test_a_plain_file_is_not_taken_for_an_encrypted_one(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    open_database(f"sqlite:///{path}").dispose()
    assert not is_encrypted_file(path)
    assert not is_encrypted_file(tmp_path / "findes-ikke.db")
    with pytest.raises(WrongKeyError):
        Database(encrypted_url(path, PASSPHRASE))


def test_backup_of_an_encrypted_file_is_encrypted_with_the_same_key(encrypted: Path, tmp_path: Path) -> None:
    database = Database(encrypted_url(encrypted, PASSPHRASE))
    try:
        copy = database.backup_to(tmp_path / "backups" / "kopi.db")
        with pytest.raises(FileExistsError):
            database.backup_to(copy)
    finally:
        database.dispose()
    assert NAME.encode() not in copy.read_bytes() and is_encrypted_file(copy)
    restored = Database(encrypted_url(copy, PASSPHRASE))
    try:
        assert _names(restored) == [NAME]
    finally:
        restored.dispose()


def test_urls_from_a_path_and_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "mappe med mellemrum" / "t.db"
    url = encrypted_url(path, PASSPHRASE)
    assert url.startswith("sqlite+pysqlcipher://:") and sqlite_path(url) == path.resolve()
    plain = f"sqlite:///{path}"
    monkeypatch.delenv(KEY_ENV, raising=False)
    assert with_env_key(plain) == plain
    monkeypatch.setenv(KEY_ENV, PASSPHRASE)
    assert with_env_key(plain) == url
    assert with_env_key("postgresql+psycopg://u@db/tryghed") == "postgresql+psycopg://u@db/tryghed"
