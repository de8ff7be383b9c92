"""Audit log retention: old access entries are purged, the hash chain still verifies, tampering shows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, select, text, update

from tests.services.conftest import Ward
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services import audit, plans
from tryghed_desktop.services.actors import SYSTEM
from tryghed_desktop.services.errors import PermissionDeniedError, ValidationError
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import AuditEvent

OLD = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def _history(database: Database, ward: Ward) -> None:
    """Reads and changes interleaved, old and recent, so purged runs sit between kept entries."""
    with database.session() as session:
        for day in range(3):
            audit.record(session, ward.staff, "resident.open", resident_id=ward.resident_id, now=OLD)
            audit.record(session, ward.staff, "login", now=OLD + timedelta(days=day))
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, now=OLD)
        audit.record(session, ward.staff, "resident.open", resident_id=ward.resident_id, now=OLD)
        plans.submit(session, ward.coordinator, draft.id, now=OLD)
        audit.record(session, ward.staff, "search", target="jon", now=OLD)
        plans.approve(session, ward.advisor, draft.id, now=NOW - timedelta(days=2))
        audit.record(session, ward.staff, "resident.open", resident_id=ward.resident_id, now=NOW)


def _rows(database: Database) -> list[tuple[str, datetime]]:
    with database.session() as session:
        return [(e.action, e.at) for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def _drop_append_only_trigger(database: Database) -> None:
    # What a tamperer with the database file does first; the hash chain must still catch the edit.
    with database.engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.execute(text("DROP TRIGGER trg_audit_events_append_only"))
        else:
            connection.execute(text("ALTER TABLE audit_events DISABLE TRIGGER trg_audit_events_append_only"))


def test_purge_deletes_old_access_entries_keeps_history_and_the_chain_verifies(
    database: Database, ward: Ward
) -> None:
    _history(database, ward)
    with database.session() as session:
        deleted = audit.purge_access_entries(session, SYSTEM, now=NOW)
    assert deleted == 8  # January's logins, opens and the search
    actions = [action for action, at in _rows(database)]
    assert {"plan.draft", "plan.submit", "plan.approve", "user.create"} <= set(actions)
    old_access = [
        a for a, at in _rows(database) if a in audit.ACCESS_ACTIONS and at < NOW - timedelta(days=200)
    ]
    assert old_access == []
    assert actions[-1] == "audit.purge"
    with database.session() as session:
        assert audit.verify_chain(session) == []
        # A second purge has nothing left to do and the chain still holds.
        assert audit.purge_access_entries(session, SYSTEM, now=NOW + timedelta(days=1)) == 0
        audit.record(session, ward.staff, "login", now=NOW)
    with database.session() as session:
        assert audit.verify_chain(session) == []


def test_after_a_purge_an_edited_a_deleted_and_a_forged_purge_are_detected(
    database: Database, ward: Ward
) -> None:
    _history(database, ward)
    with database.session() as session:
        audit.purge_access_entries(session, SYSTEM, now=NOW)
    _drop_append_only_trigger(database)
    with database.session() as session:
        submit_id = session.scalar(select(AuditEvent.id).where(AuditEvent.action == "plan.submit"))
        session.execute(update(AuditEvent).where(AuditEvent.id == submit_id).values(actor="ukendt"))
    with database.session() as session:
        assert audit.verify_chain(session) == [submit_id]
        session.execute(delete(AuditEvent).where(AuditEvent.id == submit_id))
    with database.session() as session:
        assert len(audit.verify_chain(session)) == 1  # the entry after the hole no longer links
    with database.session() as session:
        session.execute(delete(AuditEvent).where(AuditEvent.action == "audit.purge"))
    with database.session() as session:
        assert len(audit.verify_chain(session)) >= 2  # without the purge record the gaps are holes


def test_the_database_refuses_to_update_audit_entries(database: Database, ward: Ward) -> None:
    with database.engine.begin() as connection, pytest.raises(Exception, match="Revisionsloggen"):
        connection.execute(text("UPDATE audit_events SET actor = 'x'"))


def test_retention_is_a_setting_for_administrators(database: Database, ward: Ward) -> None:
    _history(database, ward)
    with database.session() as session:
        assert audit.retention_months(session) == 6
        with pytest.raises(PermissionDeniedError):
            audit.set_retention_months(session, ward.coordinator, 12)
        with pytest.raises(ValidationError):
            audit.set_retention_months(session, SYSTEM, 0)
        audit.set_retention_months(session, SYSTEM, 12)
    with database.session() as session:
        assert audit.retention_months(session) == 12
        assert audit.purge_access_entries(session, SYSTEM, now=NOW) == 0  # January is within 12 months


def test_one_residents_entries_are_exported_by_an_administrator(database: Database, ward: Ward) -> None:
    _history(database, ward)
    with database.session() as session, pytest.raises(PermissionDeniedError):
        audit.export_resident_audit(session, ward.coordinator, ward.resident_id)
    with database.session() as session:
        rows = audit.export_resident_audit(session, SYSTEM, ward.resident_id)
    assert {row.resident_id for row in rows} == {ward.resident_id}
    assert [row.action for row in rows][:2] == ["resident.create", "resident.open"]
    assert _rows(database)[-1][0] == "audit.export"
