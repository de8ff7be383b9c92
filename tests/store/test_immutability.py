"""The database itself refuses to change or delete approved and superseded plan versions (migrations
0004 and 0008)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.services.conftest import Ward
from tests.ui.factories import risk_profile
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services import plans
from tryghed_desktop.store.db import Database

JAN = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
FEB = datetime(2026, 2, 5, 10, 0, tzinfo=UTC)


@pytest.fixture
def versions(database: Database, ward: Ward) -> tuple[int, int, int]:
    """(superseded, approved, draft) version ids of one risk profile."""
    ids = []
    with database.session() as session:
        for when in (JAN, FEB):
            draft = plans.start_draft(
                session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, now=when
            )
            plans.submit(session, ward.coordinator, draft.id, now=when)
            plans.approve(session, ward.advisor, draft.id, now=when)
            ids.append(draft.id)
        ids.append(plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE).id)
    return ids[0], ids[1], ids[2]


def _execute(database: Database, sql: str, **params: object) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(sql), params)


REFUSED_UPDATES = [
    "UPDATE plan_versions SET content = '{}' WHERE id = :id",
    "UPDATE plan_versions SET content_hash = 'x' WHERE id = :id",
    "UPDATE plan_versions SET approved_by_id = NULL WHERE id = :id",
    "UPDATE plan_versions SET approval_comment = 'ændret' WHERE id = :id",
    "UPDATE plan_versions SET review_due = '2030-01-01' WHERE id = :id",
    "UPDATE plan_versions SET status = 'draft' WHERE id = :id",
]


@pytest.mark.parametrize("sql", REFUSED_UPDATES)
@pytest.mark.parametrize("which", [0, 1], ids=["superseded", "approved"])
def test_raw_updates_of_an_approved_or_superseded_version_are_refused(
    database: Database, versions: tuple[int, int, int], sql: str, which: int
) -> None:
    with pytest.raises(DBAPIError, match="Godkendte planversioner kan ikke ændres"):
        _execute(database, sql, id=versions[which])


def test_deleting_an_approved_or_superseded_version_is_refused(
    database: Database, versions: tuple[int, int, int]
) -> None:
    for version_id in versions[:2]:
        with pytest.raises(DBAPIError, match="Godkendte planversioner"):
            _execute(database, "DELETE FROM plan_versions WHERE id = :id", id=version_id)


def test_a_superseded_versions_validity_is_fixed_once_set(
    database: Database, versions: tuple[int, int, int]
) -> None:
    with pytest.raises(DBAPIError, match="Godkendte planversioner"):
        _execute(database, "UPDATE plan_versions SET valid_to = NULL WHERE id = :id", id=versions[0])
    with pytest.raises(DBAPIError, match="Godkendte planversioner"):
        _execute(database, "UPDATE plan_versions SET status = 'approved' WHERE id = :id", id=versions[0])


def test_drafts_stay_editable_and_approval_still_supersedes(
    database: Database, versions: tuple[int, int, int]
) -> None:
    superseded, approved, draft = versions
    _execute(database, "UPDATE plan_versions SET content_hash = 'x' WHERE id = :id", id=draft)
    _execute(database, "DELETE FROM plan_versions WHERE id = :id", id=draft)
    # The lifecycle's own step is allowed: approved → superseded with its end of validity.
    _execute(
        database,
        "UPDATE plan_versions SET status = 'superseded', valid_to = :at, row_version = row_version + 1 "
        "WHERE id = :id",
        id=approved,
        at=datetime(2026, 3, 1, tzinfo=UTC).isoformat(),
    )
    with database.engine.connect() as connection:
        statuses = connection.execute(
            text("SELECT id, status FROM plan_versions WHERE id IN (:a, :b) ORDER BY id"),
            {"a": superseded, "b": approved},
        ).all()
    assert [status for _id, status in statuses] == ["superseded", "superseded"]


def _returned_then_approved(database: Database, ward: Ward, when: datetime) -> int:
    """A risk profile version returned with a comment and a note, resubmitted and approved."""
    with database.session() as session:
        draft = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, risk_profile(), now=when
        )
        plans.submit(session, ward.coordinator, draft.id, now=when)
        plans.return_version(session, ward.advisor, draft.id, "Kortere.", {"Styrker": "Flere."}, now=when)
        view = plans.get_version(session, draft.id)
        plans.save_draft(
            session,
            ward.coordinator,
            draft.id,
            risk_profile(),
            expected_row_version=view.row_version,
            now=when,
        )
        plans.submit(session, ward.coordinator, draft.id, now=when)
        approved = plans.approve(session, ward.advisor, draft.id, now=when)
    # Approval keeps the return: it is part of the approved version's history.
    assert (approved.returned_by, approved.return_comment, approved.return_notes) == (
        "Lene Holm",
        "Kortere.",
        {"Styrker": "Flere."},
    )
    return draft.id


@pytest.fixture
def returned_versions(database: Database, ward: Ward) -> tuple[int, int]:
    """(superseded, approved) ids of two versions that were each returned once before approval."""
    return _returned_then_approved(database, ward, JAN), _returned_then_approved(database, ward, FEB)


REFUSED_RETURN_UPDATES = [
    "UPDATE plan_versions SET return_comment = 'ændret' WHERE id = :id",
    "UPDATE plan_versions SET return_comment = '' WHERE id = :id",
    "UPDATE plan_versions SET return_notes = '{}' WHERE id = :id",
    """UPDATE plan_versions SET return_notes = '{"Styrker": "Andet."}' WHERE id = :id""",
    "UPDATE plan_versions SET returned_at = NULL WHERE id = :id",
    "UPDATE plan_versions SET returned_at = '2030-01-01 10:00:00+00:00' WHERE id = :id",
    "UPDATE plan_versions SET returned_by_id = NULL WHERE id = :id",
]


@pytest.mark.parametrize("sql", REFUSED_RETURN_UPDATES)
@pytest.mark.parametrize("which", [0, 1], ids=["superseded", "approved"])
def test_the_return_facts_of_an_approved_or_superseded_version_are_refused(
    database: Database, returned_versions: tuple[int, int], sql: str, which: int
) -> None:
    with pytest.raises(DBAPIError, match="Godkendte planversioner kan ikke ændres"):
        _execute(database, sql, id=returned_versions[which])


def test_unchanged_return_facts_may_be_written_again(
    database: Database, returned_versions: tuple[int, int]
) -> None:
    # The trigger compares values: an UPDATE that writes the same return facts is no change.
    _execute(
        database,
        "UPDATE plan_versions SET return_comment = return_comment, return_notes = return_notes, "
        "returned_at = returned_at, returned_by_id = returned_by_id WHERE id = :id",
        id=returned_versions[1],
    )


def test_a_returned_versions_return_facts_stay_editable(database: Database, ward: Ward) -> None:
    with database.session() as session:
        draft = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, risk_profile()
        )
        plans.submit(session, ward.coordinator, draft.id)
        plans.return_version(session, ward.advisor, draft.id, "Kortere.", {"Styrker": "Flere."})
    _execute(
        database,
        "UPDATE plan_versions SET return_comment = 'Kortere, tak.', "
        """return_notes = '{"Styrker": "Flere!"}', returned_at = :at, returned_by_id = NULL WHERE id = :id""",
        id=draft.id,
        at=FEB.isoformat(),
    )
    with database.session() as session:
        view = plans.version_view(plans.get_version(session, draft.id))
    assert (view.status.value, view.return_comment, view.return_notes, view.returned_by) == (
        "returned",
        "Kortere, tak.",
        {"Styrker": "Flere!"},
        None,
    )
