from __future__ import annotations

import sqlite3
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from tryghed_desktop.store import backup as backup_module
from tryghed_desktop.store.backup import (
    BackupError,
    backup_database,
    backup_name,
    check_sqlite_file,
    pg_dump,
    restore_sqlite,
    rotate_backups,
)
from tryghed_desktop.store.db import Database

NOW = datetime(2026, 11, 25, 10, 0)


def _facilities(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM facilities ORDER BY name")]


def test_rotation_keeps_seven_days_and_four_weeks(tmp_path: Path) -> None:
    # Two backups a day for 40 days up to Wednesday 25.11: the newest of each of the last 7 days
    # (19.–25.11 at 20.00) and of each of the last 4 ISO weeks (weeks 48 and 47 are among those days;
    # weeks 46 and 45 add Sunday 15.11 and Sunday 8.11).
    for day in range(40):
        for hour in (8, 20):
            moment = NOW - timedelta(days=day) + timedelta(hours=hour - 10)
            (tmp_path / backup_name(moment)).write_bytes(b"x")
    (tmp_path / "noter.txt").write_text("rør mig ikke")
    deleted = rotate_backups(tmp_path)
    kept = sorted(path.name for path in tmp_path.glob("tryghed-*.db"))
    assert len(deleted) == 80 - len(kept)
    # Every backup of the last 24 hours stays: the morning's too, not only the day's newest.
    assert kept[-2:] == [backup_name(NOW - timedelta(hours=2)), backup_name(NOW + timedelta(hours=10))]
    assert kept[-8:-2] == [
        backup_name(NOW - timedelta(days=day) + timedelta(hours=10)) for day in range(6, 0, -1)
    ]
    assert kept[:2] == ["tryghed-20261108-200000.db", "tryghed-20261115-200000.db"]
    assert len(kept) == 10
    assert (tmp_path / "noter.txt").exists()


@pytest.mark.sqlite_only
def test_backup_then_restore_brings_the_data_back(database: Database, tmp_path: Path) -> None:
    assert database.path is not None
    with database.session() as session:
        session.execute(text("INSERT INTO facilities (name) VALUES ('Bostedet Egebakken')"))
    backup = backup_database(database, tmp_path / "backups", NOW)
    with database.session() as session:
        session.execute(text("INSERT INTO facilities (name) VALUES ('Efter backup')"))
    database.dispose()
    result = restore_sqlite(backup, database.path, NOW + timedelta(hours=1))
    # Copies are single files: checking and restoring them leave no -wal, -shm or half-restored file.
    beside = [*backup.parent.iterdir(), *database.path.parent.iterdir()]
    assert [p.name for p in beside if p.name.endswith(("-wal", "-shm")) or ".gendannes" in p.name] == []
    assert _facilities(database.path) == ["Bostedet Egebakken"]
    assert result.previous_kept_as is not None
    assert _facilities(result.previous_kept_as) == ["Bostedet Egebakken", "Efter backup"]
    assert result.revision == check_sqlite_file(backup)


@pytest.mark.sqlite_only
def test_an_app_still_open_on_the_database_writes_into_the_restored_one(
    database: Database, tmp_path: Path
) -> None:
    # Another PC (or the app itself) keeps the database open across a restore and saves afterwards:
    # that work must land in the restored database, not in a file swapped away beneath it.
    assert database.path is not None
    with database.session() as session:
        session.execute(text("INSERT INTO facilities (name) VALUES ('Bostedet Egebakken')"))
    backup = backup_database(database, tmp_path / "backups", NOW)
    with database.session() as session:
        session.execute(text("INSERT INTO facilities (name) VALUES ('Efter backup')"))
    restore_sqlite(backup, database.path, NOW + timedelta(hours=1))
    with database.session() as session:
        session.execute(text("INSERT INTO facilities (name) VALUES ('Efter gendannelse')"))
    database.dispose()
    assert _facilities(database.path) == ["Bostedet Egebakken", "Efter gendannelse"]


@pytest.mark.sqlite_only
def test_a_restore_while_another_pc_writes_is_refused(database: Database, tmp_path: Path) -> None:
    assert database.path is not None
    backup = backup_database(database, tmp_path / "backups", NOW)
    writer = sqlite3.connect(database.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another PC in the middle of saving
    writer.execute("INSERT INTO facilities (name) VALUES ('Midt i en gemning')")
    try:
        with pytest.raises(BackupError, match="i brug lige nu"):
            restore_sqlite(backup, database.path, NOW + timedelta(hours=1), busy_timeout=0.1)
    finally:
        writer.execute("COMMIT")
        writer.close()
    assert "Midt i en gemning" in _facilities(database.path)
    assert not list((database.path.parent / "backups").glob("før-gendannelse-*.db"))  # nothing replaced


def test_an_encrypted_database_is_backed_up_not_taken_for_a_damaged_one(tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3", reason="SQLCipher is the optional 'encryption' extra")
    from tryghed_desktop.store.db import open_database
    from tryghed_desktop.store.locations import encrypted_url, is_encrypted_file

    database = open_database(encrypted_url(tmp_path / "krypteret.db", "hemmelig nøgle"))
    try:
        made = backup_database(database, tmp_path / "backups", NOW)
    finally:
        database.dispose()
    assert made.exists() and is_encrypted_file(made)


def test_a_damaged_file_is_refused_and_nothing_replaced(tmp_path: Path) -> None:
    damaged = tmp_path / "skadet.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4096)
    target = tmp_path / "tryghed.db"
    target.write_bytes(b"the current database")
    with pytest.raises(BackupError, match=r"ikke en brugbar Tryghed-database|beskadiget"):
        restore_sqlite(damaged, target, NOW)
    assert target.read_bytes() == b"the current database"


@pytest.mark.sqlite_only
def test_a_backup_from_a_newer_app_is_refused(database: Database, tmp_path: Path) -> None:
    assert database.path is not None
    backup = backup_database(database, tmp_path, NOW)
    with sqlite3.connect(backup) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(BackupError, match="nyere"):
        check_sqlite_file(backup)


def test_postgresql_backup_uses_pg_dump(database: Database, tmp_path: Path, backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("pg_dump is for PostgreSQL databases")
    dump = backup_database(database, tmp_path, NOW)
    assert dump.suffix == ".dump" and dump.read_bytes()[:5] == b"PGDMP"


def test_pg_dump_gets_the_password_in_its_environment_not_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Any user of the PC can read a command line (ps); the environment is the process owner's.
    seen: dict[str, object] = {}

    def fake_run(command: list[str], **options: object) -> subprocess.CompletedProcess[str]:
        seen["command"], seen["env"] = command, options["env"]
        Path(command[command.index("--file") + 1]).write_bytes(b"PGDMP")
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(backup_module.shutil, "which", lambda _name: "/usr/bin/pg_dump")
    monkeypatch.setattr(backup_module.subprocess, "run", fake_run)
    target = tmp_path / "mit-navn.dump"
    made = pg_dump("postgresql+psycopg://tryg:Hemmelig42@server:5432/tryghed", target)
    assert made == target and target.exists()  # the name asked for
    assert not any("Hemmelig42" in part for part in seen["command"])  # type: ignore[attr-defined]
    assert seen["env"]["PGPASSWORD"] == "Hemmelig42"  # type: ignore[index]
    assert seen["command"][-1] == "postgresql://tryg@server:5432/tryghed"  # type: ignore[index]


@pytest.mark.sqlite_only
def test_restoring_the_database_onto_itself_is_refused_and_nothing_lost(
    database: Database, tmp_path: Path
) -> None:
    assert database.path is not None
    with database.session() as session:
        session.execute(text("INSERT INTO facilities (name) VALUES ('Bostedet Egebakken')"))
    database.dispose()
    same_file = tmp_path / "." / database.path.name  # another spelling of the same path
    with pytest.raises(BackupError, match="den database, der bruges nu"):
        restore_sqlite(same_file, database.path, NOW)
    assert _facilities(database.path) == ["Bostedet Egebakken"]
    assert not (database.path.parent / "backups").exists()
