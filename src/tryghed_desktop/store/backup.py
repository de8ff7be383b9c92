"""Backups: SQLite's online backup API with daily/weekly rotation, checked restore, pg_dump for PostgreSQL."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import time
from datetime import datetime, timedelta
from pathlib import Path

import msgspec
from sqlalchemy.engine import make_url

from tryghed_desktop.store.db import Database, alembic_config, make_self_contained

BACKUP_NAME = re.compile(r"^tryghed-(\d{8})-(\d{6})\.db$")
KEEP_DAILY = 7
KEEP_WEEKLY = 4
RECENT = timedelta(hours=24)  # every backup this young is kept


class BackupError(RuntimeError):
    """A backup or restore that cannot be done; the message is Danish and says what to do."""


def backup_name(now: datetime) -> str:
    return f"tryghed-{now:%Y%m%d-%H%M%S}.db"


def backup_database(database: Database, folder: Path, now: datetime, *, rotate: bool = True) -> Path:
    """A consistent copy of the database into `folder` (SQLite: backup API; PostgreSQL: pg_dump)."""
    if database.path is None:
        return pg_dump(database.url, folder / f"tryghed-{now:%Y%m%d-%H%M%S}.dump")
    target = database.backup_to(folder / backup_name(now))
    # An encrypted copy cannot be read here without the key: SQLCipher made it, page by page.
    problem = None if database.encrypted else quick_check(target)
    if problem is not None:
        # A copy of a damaged database is no backup: kept, it would be offered for a restore.
        target.unlink()
        raise BackupError(
            f"Databasen er beskadiget ({problem}), så backuppen er ikke gemt. "
            "Gendan den seneste gode backup (Værktøjer → Backup og gendannelse)."
        )
    if rotate:
        rotate_backups(folder)
    return target


def pg_dump(url: str, target: Path) -> Path:
    """A PostgreSQL database dumped to `target` (pg_restore's custom format)."""
    executable = shutil.which("pg_dump")
    if executable is None:
        raise BackupError(
            "pg_dump er ikke installeret på denne pc. Installér PostgreSQL-klienten, "
            "eller tag backup på databaseserveren (se README)."
        )
    parsed = make_url(url).set(drivername="postgresql")
    target.parent.mkdir(parents=True, exist_ok=True)
    # The password goes in the environment: on the command line, any user of the PC sees it (ps).
    environment = dict(os.environ)
    if parsed.password is not None:
        environment["PGPASSWORD"] = str(parsed.password)
    result = subprocess.run(
        [
            executable,
            "--format=custom",
            "--file",
            str(target),
            parsed._replace(password=None).render_as_string(hide_password=False),  # set() keeps a None
        ],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )
    if result.returncode != 0:
        raise BackupError(f"pg_dump mislykkedes: {result.stderr.strip()}")
    return target


def rotate_backups(folder: Path) -> list[Path]:
    """Keep every backup of the last 24 hours, the newest of each of the last 7 days and of each of
    the last 4 weeks; delete the rest. Those of the last day all stay: the app backs up at every
    start and every 4 hours, and the morning's copy, from before a mistake, must not go at noon.

    Only files this module named are touched. Returns the deleted files."""
    dated = []
    for path in folder.glob("tryghed-*.db"):
        match = BACKUP_NAME.match(path.name)
        if match:
            dated.append((datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S"), path))
    dated.sort(reverse=True)
    keep: set[Path] = {path for moment, path in dated if dated[0][0] - moment < RECENT}
    days: list[object] = []
    weeks: list[object] = []
    for moment, path in dated:
        day, week = moment.date(), moment.isocalendar()[:2]
        if day not in days and len(days) < KEEP_DAILY:
            days.append(day)
            keep.add(path)
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.append(week)
            keep.add(path)
    deleted = [path for _moment, path in dated if path not in keep]
    for path in deleted:
        path.unlink()
    return deleted


def known_revisions() -> set[str]:
    """Every schema revision this version of the app can open (it migrates older ones)."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_sqlite_file(path: Path) -> str:
    """The schema revision of a SQLite file that passes integrity_check; BackupError otherwise."""
    if not path.is_file():
        raise BackupError(f"Filen findes ikke: {path}")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        # SQLite's own words ("file is not a database") stay in the chain, not in the Danish message.
        raise BackupError(f"{path.name} er ikke en brugbar Tryghed-database. Vælg en backup.") from error
    if verdict != "ok":
        raise BackupError(f"Filen er beskadiget ({verdict}).")
    if revision is None or revision[0] not in known_revisions():
        raise BackupError(
            "Filen er fra en anden (nyere) udgave af Tryghed Desktop og kan ikke gendannes her."
        )
    return str(revision[0])


class RestoreResult(msgspec.Struct, frozen=True):
    restored_from: Path
    previous_kept_as: Path | None
    revision: str


def restore_sqlite(
    backup: Path, target: Path, now: datetime, *, keep_dir: Path | None = None, busy_timeout: float = 5.0
) -> RestoreResult:
    """Replace the database at `target` with a checked backup; the replaced database is kept first.

    The backup is copied in beside the target first, so a copy that fails leaves the target as it
    was. Then its pages are written into the target through SQLite's own backup, under SQLite's locks:
    an app open on the database elsewhere sees the restored data and writes into it. Swapping the
    file instead would leave that app writing into a deleted file, its work lost without a word. Only a
    target too damaged for SQLite to write to is replaced as a file."""
    if target.exists() and backup.exists() and backup.samefile(target):
        raise BackupError(f"Filen er den database, der bruges nu: {target}. Vælg en backup.")
    revision = check_sqlite_file(backup)
    kept = None
    if target.exists():
        kept = (keep_dir or target.parent / "backups") / f"før-gendannelse-{now:%Y%m%d-%H%M%S}.db"
        kept.parent.mkdir(parents=True, exist_ok=True)
        # A damaged file may not survive SQLite's own copy: then keep its bytes as they are.
        try:
            _sqlite_copy(target, kept)
        except sqlite3.DatabaseError:
            kept.unlink(missing_ok=True)
            shutil.copyfile(target, kept)
    incoming = target.with_name(target.name + ".gendannes")
    incoming.unlink(missing_ok=True)
    try:
        _sqlite_copy(backup, incoming)
    except (OSError, sqlite3.Error):
        incoming.unlink(missing_ok=True)
        raise
    if target.exists():
        try:
            _sqlite_copy(incoming, target, timeout=busy_timeout, live_target=True)
        except sqlite3.OperationalError as error:  # busy or locked: another PC is writing right now
            incoming.unlink(missing_ok=True)
            if kept is not None:
                kept.unlink(missing_ok=True)  # nothing was replaced: no copy to keep on every retry
            raise BackupError(
                "Databasen er i brug lige nu, så den kan ikke gendannes. Prøv igen om lidt."
            ) from error
        except sqlite3.DatabaseError:
            pass  # the target is damaged: replace the file itself below
        else:
            incoming.unlink()
            return RestoreResult(backup, kept, revision)
    for leftover in (target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        leftover.unlink(missing_ok=True)  # pages of the replaced file must not be replayed into the backup
    os.replace(incoming, target)
    return RestoreResult(backup, kept, revision)


def _sqlite_copy(
    source_path: Path, target_path: Path, *, timeout: float = 5.0, live_target: bool = False
) -> None:
    """SQLite's online backup of one file into another; OperationalError if the target stays busy
    (another connection writing) for `timeout` seconds. A copy that is not the live database is made
    one self-contained file."""
    deadline = time.monotonic() + timeout

    def give_up_when_busy(status: int, _remaining: int, _total: int) -> None:
        # Python's backup() retries a busy step for ever; this stops it.
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target_path, timeout=timeout)
        try:
            source.backup(destination, progress=give_up_when_busy)
            if not live_target:
                make_self_contained(destination, sqlite3.DatabaseError)
        finally:
            destination.close()
    finally:
        source.close()


def quick_check(path: Path) -> str | None:
    """None when SQLite's quick_check finds the file sound (or it does not exist yet); else the problem."""
    if not path.exists():
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            verdict = str(connection.execute("PRAGMA quick_check").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    return None if verdict == "ok" else verdict


def latest_sound_backup(folder: Path) -> Path | None:
    """The newest backup this module made in `folder` that SQLite's quick check finds sound, if any:
    offered when the database is damaged, so it must not be damaged itself."""
    found = sorted(path for path in folder.glob("tryghed-*.db") if BACKUP_NAME.match(path.name))
    return next((path for path in reversed(found) if quick_check(path) is None), None)
