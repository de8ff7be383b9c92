from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from tryghed_desktop.store import backup
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import startup_checks
from tryghed_desktop.ui.startup_checks import AutomaticBackups, check_before_open


def test_backups_run_at_start_into_the_folder_beside_the_database(qtbot: object, database: Database) -> None:
    assert database.path is not None
    backups = AutomaticBackups(database)
    backups.start()
    made = list((database.path.parent / "backups").glob("tryghed-*.db"))
    assert len(made) == 1 and backup.quick_check(made[0]) is None
    assert backups.timer.isActive() and backups.timer.interval() == 4 * 60 * 60 * 1000


def test_a_damaged_file_is_replaced_by_the_latest_backup_when_the_user_agrees(
    qtbot: object, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert database.path is not None
    with database.session() as session:
        session.execute(text("INSERT INTO facilities (name) VALUES ('Bostedet Egebakken')"))
    backup.backup_database(database, database.path.parent / "backups", datetime(2026, 11, 25, 8, 0))
    database.dispose()
    damaged = database.path.read_bytes()
    database.path.write_bytes(damaged[:100] + b"\x00" * 5000 + damaged[5100:])
    (database.path.parent / f"{database.path.name}-wal").unlink(missing_ok=True)
    assert backup.quick_check(database.path) is not None
    asked: list[Path | None] = []
    monkeypatch.setattr(
        startup_checks, "ask_restore", lambda _p, _problem, latest: asked.append(latest) or True
    )
    # A backup taken of the damaged file is refused, not kept to be offered later.
    with pytest.raises(backup.BackupError, match="beskadiget"):
        backup.backup_database(database, database.path.parent / "backups", datetime(2026, 11, 25, 12, 0))
    # And a damaged copy that got there anyway (an older app version) is passed over.
    damaged_copy = database.path.parent / "backups" / "tryghed-20261125-130000.db"
    damaged_copy.write_bytes(database.path.read_bytes())
    assert check_before_open(database.url)
    assert asked and asked[0] is not None and asked[0].name == "tryghed-20261125-080000.db"
    assert backup.quick_check(database.path) is None
    assert list((database.path.parent / "backups").glob("før-gendannelse-*.db"))
    assert not (database.path.parent / "backups" / "tryghed-20261125-120000.db").exists()


def test_a_sound_file_opens_without_questions(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(startup_checks, "ask_restore", lambda *_args: pytest.fail("asked"))
    assert check_before_open(database.url)


def test_an_encrypted_file_is_never_taken_for_a_damaged_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("sqlcipher3", reason="SQLCipher is the optional 'encryption' extra")
    from tryghed_desktop.store.db import open_database
    from tryghed_desktop.store.locations import encrypted_url
    from tryghed_desktop.ui import app, passphrase_dialog

    path = tmp_path / "krypteret.db"
    open_database(encrypted_url(path, "hemmelig nøgle")).dispose()
    monkeypatch.setattr(startup_checks, "ask_restore", lambda *_args: pytest.fail("offered a restore"))
    monkeypatch.setenv("TRYGHED_DB_KEY", "hemmelig nøgle")
    database = app.open_for_user(f"sqlite:///{path}")
    assert database is not None and database.is_current()
    database.dispose()
    monkeypatch.delenv("TRYGHED_DB_KEY")
    asked: list[Path] = []
    monkeypatch.setattr(
        passphrase_dialog.PassphraseDialog, "ask", lambda _parent, file, _problem: asked.append(file) or None
    )
    assert app.open_for_user(f"sqlite:///{path}") is None  # the user gave up at the passphrase
    assert asked == [path]
