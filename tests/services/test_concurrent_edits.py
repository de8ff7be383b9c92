"""Two coordinators on two PCs edit the same draft: the second save is a conflict, never an overwrite.
The two editors are real OS processes against the same SQLite file or PostgreSQL database."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import PG_URL, _postgres_database
from tests.services.conftest import Ward
from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import PlanKind, RiskProfile
from tryghed_desktop.services import drafts, plans, residents, users
from tryghed_desktop.services.actors import SYSTEM, Role, actor_for
from tryghed_desktop.services.errors import ConflictError, LifecycleError
from tryghed_desktop.store.db import Database, open_database
from tryghed_desktop.store.models import AuditEvent

# One editor process: opens the draft through the services, then saves when told to on stdin.
EDITOR = """
import sys
from tryghed_desktop.domain.plans import PlanKind, RiskProfile
from tryghed_desktop.services import drafts
from tryghed_desktop.services.actors import actor_for
from tryghed_desktop.services.errors import ConflictError
from tryghed_desktop.store.db import Database

url, resident_id, username = sys.argv[1], int(sys.argv[2]), sys.argv[3]
database = Database(url)
with database.session() as session:
    actor = actor_for(session, username)
    view = drafts.open_draft(session, actor, resident_id, PlanKind.RISK_PROFILE)
print("OPENED", view.id, view.row_version, flush=True)
trigger = sys.stdin.readline().strip()
try:
    with database.session() as session:
        saved = drafts.save(session, actor, view.id, RiskProfile(triggers=[trigger]), view.row_version)
    print("SAVED", saved.row_version, flush=True)
except ConflictError as error:
    with database.session() as session:
        theirs = drafts.stored_version(session, view.id)
    print("CONFLICT", "|".join(theirs.content.triggers), "|", error.message, flush=True)
database.dispose()
"""


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database the test and its editor processes share (named apart from `database`, so the root
    conftest does not parametrize it a second time)."""
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("TRYGHED_TEST_PG_URL is not set: no PostgreSQL test cluster to run two PCs against")
        yield from _postgres_database(request.getfixturevalue("pg_admin"))
        return
    database = open_database(f"sqlite:///{tmp_path / 'shared.db'}")
    yield database
    database.dispose()


def _resident_with_coordinators(database: Database) -> int:
    with database.session() as session:
        unit = residents.ensure_unit(session, "Bostedet Egebakken", "Hus Birk")
        for username, name in [("mette", "Mette Kruse"), ("sofie", "Sofie Lund")]:
            users.create_user(session, SYSTEM, username=username, full_name=name, roles={Role.COORDINATOR})
        resident_id = residents.create_resident(
            session, SYSTEM, unit_id=unit.id, display_name="Jonas Madsen", card_name="Jonas", room="4"
        )
        drafts.open_draft(session, actor_for(session, "mette"), resident_id, PlanKind.RISK_PROFILE)
    return resident_id


def _editor(database: Database, resident_id: int, username: str) -> tuple[subprocess.Popen[str], list[str]]:
    process = subprocess.Popen(
        [sys.executable, "-c", EDITOR, database.url, str(resident_id), username],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert process.stdout is not None
    line = process.stdout.readline().split()
    assert line[:1] == ["OPENED"], process.communicate(timeout=30)[1]
    return process, line


def _save(process: subprocess.Popen[str], trigger: str) -> str:
    out, err = process.communicate(trigger + "\n", timeout=60)
    assert process.returncode == 0, err
    return out.strip()


@pytest.mark.slow
def test_two_processes_the_second_save_is_a_conflict(shared_database: Database) -> None:
    resident_id = _resident_with_coordinators(shared_database)
    first, first_opened = _editor(shared_database, resident_id, "mette")
    second, second_opened = _editor(shared_database, resident_id, "sofie")
    assert first_opened[1:] == second_opened[1:]  # the same draft at the same row version

    assert _save(first, "Larm fra naboen").startswith("SAVED")
    outcome = _save(second, "Fremmede i huset")

    assert outcome.startswith("CONFLICT Larm fra naboen |"), outcome
    assert "ændret et andet sted" in outcome
    with shared_database.session() as session:
        stored = drafts.stored_version(session, int(first_opened[1]))
    assert isinstance(stored.content, RiskProfile) and stored.content.triggers == ["Larm fra naboen"]


# --- resolving a conflict (in one process; both backends through the `database` fixture) ----------------


def _conflict(database: Database, ward: Ward) -> tuple[int, int]:
    """A draft that another coordinator saved after mine was opened: (version id, my stale row version)."""
    with database.session() as session:
        mine = drafts.open_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
    with database.session() as session:
        drafts.save(session, ward.coordinator, mine.id, RiskProfile(triggers=["Deres"]), mine.row_version)
    return mine.id, mine.row_version


def test_keep_mine_replaces_their_draft_and_keeps_a_copy_in_the_log(database: Database, ward: Ward) -> None:
    version_id, stale = _conflict(database, ward)
    with database.session() as session, pytest.raises(ConflictError):
        drafts.save(session, ward.coordinator, version_id, RiskProfile(triggers=["Min"]), stale)
    with database.session() as session:
        theirs = drafts.stored_version(session, version_id)
        kept = drafts.keep_mine(
            session, ward.coordinator, version_id, RiskProfile(triggers=["Min"]), theirs.row_version
        )
    assert kept.id == version_id and kept.row_version == theirs.row_version + 1
    assert isinstance(kept.content, RiskProfile) and kept.content.triggers == ["Min"]
    with database.session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == drafts.CONFLICT_ACTION)).one()
        assert event.detail["choice"] == "mine"
        assert event.detail["replaced_content"]["triggers"] == ["Deres"]


def test_keep_mine_refuses_text_that_was_never_shown(database: Database, ward: Ward) -> None:
    version_id, stale = _conflict(database, ward)
    with database.session() as session, pytest.raises(ConflictError):
        drafts.keep_mine(session, ward.coordinator, version_id, RiskProfile(triggers=["Min"]), stale)


def test_keep_mine_after_approval_starts_a_new_draft_and_history_stays(
    database: Database, ward: Ward
) -> None:
    with database.session() as session:
        mine = drafts.open_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
    with database.session() as session:
        plans.submit(session, ward.coordinator, mine.id)
        plans.approve(session, ward.advisor, mine.id)
    with database.session() as session, pytest.raises(ConflictError):  # not only "locked": show both
        drafts.save(session, ward.coordinator, mine.id, RiskProfile(triggers=["Min"]), mine.row_version)
    with database.session() as session:
        theirs = drafts.stored_version(session, mine.id)
        kept = drafts.keep_mine(
            session, ward.coordinator, mine.id, RiskProfile(triggers=["Min"]), theirs.row_version
        )
    assert kept.id != mine.id and kept.status is VersionStatus.DRAFT
    with database.session() as session:
        assert drafts.stored_version(session, mine.id).status is VersionStatus.APPROVED


def test_keep_mine_refuses_a_submitted_plan(database: Database, ward: Ward) -> None:
    with database.session() as session:
        mine = drafts.open_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
    with database.session() as session:
        plans.submit(session, ward.coordinator, mine.id)
    with database.session() as session:
        theirs = drafts.stored_version(session, mine.id)
    with database.session() as session, pytest.raises(LifecycleError, match="godkendelse"):
        drafts.keep_mine(
            session, ward.coordinator, mine.id, RiskProfile(triggers=["Min"]), theirs.row_version
        )


def test_take_theirs_drops_my_autosave_and_changes_nothing_stored(database: Database, ward: Ward) -> None:
    version_id, stale = _conflict(database, ward)
    with database.session() as session:
        drafts.autosave(session, ward.coordinator, version_id, RiskProfile(triggers=["Min"]), stale)
    with database.session() as session:
        theirs = drafts.take_theirs(session, ward.coordinator, version_id)
    assert isinstance(theirs.content, RiskProfile) and theirs.content.triggers == ["Deres"]
    with database.session() as session:
        assert drafts.pending_recovery(session, version_id) is None
        assert drafts.stored_version(session, version_id).row_version == theirs.row_version
