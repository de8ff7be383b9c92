"""A SIGKILL storm against a writing process: nothing committed may be lost, nothing half-written kept."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tryghed_desktop.domain.incidents import IncidentReport, IncidentType
from tryghed_desktop.domain.plans import PlanKind, RiskProfile, StageKind, content_from_dict, content_hash
from tryghed_desktop.services import incidents, plans, residents
from tryghed_desktop.services.actors import SYSTEM
from tryghed_desktop.store.db import Database, open_database

KILLS = 200
pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (Linux/macOS)"),
]


def _write_until_killed(url: str, resident_id: int, version_id: int, pipe: int) -> None:
    """Child: commit an incident and a new draft content per transaction, reporting each commit."""
    database = open_database(url, migrate=False)
    number = 0
    while True:
        number += 1
        with database.session() as session:
            report = IncidentReport(
                occurred_at=datetime(2026, 3, 6, 14, 0, tzinfo=UTC),
                incident_type=IncidentType.THREAT,
                severity=2,
                location=f"Gangen {number}",
                resident_id=resident_id,
            )
            incident_id = incidents.register_incident(session, SYSTEM, report)
            version = plans.get_version(session, version_id)
            profile = RiskProfile()
            profile.stage(StageKind.YELLOW).signs = [f"Tegn nummer {number}"] * 20
            plans.save_draft(session, SYSTEM, version_id, profile, expected_row_version=version.row_version)
        os.write(pipe, f"{incident_id}\n".encode())


def _kill_after_commits(url: str, resident_id: int, version_id: int, commits: int) -> list[int]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child never returns into pytest
        os.close(read_end)
        try:
            _write_until_killed(url, resident_id, version_id, write_end)
        finally:
            os._exit(1)
    os.close(write_end)
    committed: list[int] = []
    buffer = b""
    with os.fdopen(read_end, "rb", buffering=0) as reader:
        while len(committed) < commits:
            chunk = reader.read(4096)
            if not chunk:
                break
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            committed += [int(line) for line in lines]
        os.kill(pid, signal.SIGKILL)  # mid-transaction, most of the time
        os.waitpid(pid, 0)
        committed += [int(line) for line in (buffer + reader.read()).split(b"\n") if line]
    return committed


def test_sigkill_storm_loses_no_committed_data(database: Database, tmp_path: Path) -> None:
    assert database.path is not None
    with database.session() as session:
        unit = residents.ensure_unit(session, "Bostedet Egebakken", "Hus Birk")
        resident_id = residents.create_resident(
            session, SYSTEM, unit_id=unit.id, display_name="Jonas Madsen", card_name="Jonas"
        )
        version_id = plans.start_draft(session, SYSTEM, resident_id, PlanKind.RISK_PROFILE).id
    database.dispose()
    url = database.url
    rng = random.Random(20261125)
    committed: list[int] = []
    sys.stdout.flush()
    for _ in range(KILLS):
        committed += _kill_after_commits(url, resident_id, version_id, commits=rng.randint(1, 4))

    with sqlite3.connect(database.path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in connection.execute("SELECT id FROM incidents")}
    assert set(committed) <= stored
    assert len(committed) >= KILLS
    checked = open_database(url)
    with checked.session() as session:
        version = plans.get_version(session, version_id)
        content = content_from_dict(PlanKind.RISK_PROFILE, version.content)
        assert content_hash(content) == version.content_hash  # no half-written version
        assert len(incidents.list_incidents(session)) == len(stored)
    checked.dispose()
