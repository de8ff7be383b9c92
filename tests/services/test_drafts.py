from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from sqlalchemy import func, select

from tests.services.conftest import Ward
from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import DailyRhythm, PlanKind, RiskProfile, StageKind, TimeSlot
from tryghed_desktop.domain.readability import ReadabilityLimits
from tryghed_desktop.services import drafts, plans
from tryghed_desktop.services.errors import (
    ConflictError,
    LifecycleError,
    PermissionDeniedError,
    ValidationError,
)
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import AuditEvent, DraftAutosave, PlanVersion

NOW = datetime(2026, 11, 25, 9, 40, tzinfo=UTC)


def _approved_profile(database: Database, ward: Ward) -> int:
    profile = RiskProfile(triggers=["Larm"])
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, profile)
        plans.submit(session, ward.coordinator, draft.id)
        plans.approve(session, ward.advisor, draft.id)
        return draft.id


def test_open_draft_starts_from_the_approved_version_and_reuses_it(database: Database, ward: Ward) -> None:
    approved_id = _approved_profile(database, ward)
    with database.session() as session:
        first = drafts.open_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
        again = drafts.open_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
    assert first.id != approved_id and first.status is VersionStatus.DRAFT
    assert isinstance(first.content, RiskProfile) and first.content.triggers == ["Larm"]
    assert again.id == first.id


def test_open_draft_without_any_version_starts_empty(database: Database, ward: Ward) -> None:
    with database.session() as session:
        view = drafts.open_draft(session, ward.coordinator, ward.resident_id, PlanKind.DAILY_RHYTHM)
    assert view.content == DailyRhythm() and view.number == 1


def test_open_draft_refuses_a_submitted_plan_and_staff(database: Database, ward: Ward) -> None:
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.SAFETY_PLAN)
        plans.submit(session, ward.coordinator, draft.id)
    with database.session() as session, pytest.raises(LifecycleError, match="afventer godkendelse"):
        drafts.open_draft(session, ward.coordinator, ward.resident_id, PlanKind.SAFETY_PLAN)
    with database.session() as session, pytest.raises(PermissionDeniedError):
        drafts.open_draft(session, ward.staff, ward.resident_id, PlanKind.ACTIVITIES)


def test_open_draft_continues_a_returned_version(database: Database, ward: Ward) -> None:
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.SAFETY_PLAN)
        plans.submit(session, ward.coordinator, draft.id)
        plans.return_version(session, ward.advisor, draft.id, "Brug hans egne ord.")
    with database.session() as session:
        view = drafts.open_draft(session, ward.coordinator, ward.resident_id, PlanKind.SAFETY_PLAN)
    assert (view.id, view.status) == (draft.id, VersionStatus.RETURNED)


def test_autosave_is_one_row_without_new_versions_or_audit(database: Database, ward: Ward) -> None:
    with database.session() as session:
        view = drafts.open_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
        versions = session.scalar(select(func.count(PlanVersion.id)))
        events = session.scalar(select(func.count(AuditEvent.id)))
    content = RiskProfile(triggers=["Skrevet før nedbruddet"])
    for text in ("Skr", "Skrevet før nedbruddet"):
        content.triggers = [text]
        with database.session() as session:
            drafts.autosave(session, ward.coordinator, view.id, content, view.row_version, now=NOW)
    with database.session() as session:
        assert session.scalar(select(func.count(PlanVersion.id))) == versions
        assert session.scalar(select(func.count(AuditEvent.id))) == events
        assert session.scalar(select(func.count(DraftAutosave.version_id))) == 1
        recovery = drafts.pending_recovery(session, view.id)
    assert recovery is not None
    assert isinstance(recovery.content, RiskProfile)
    assert recovery.content.triggers == ["Skrevet før nedbruddet"]
    assert recovery.saved_at == NOW and recovery.actor == "Mette Kruse"
    assert recovery.based_on_row_version == view.row_version


def test_no_recovery_when_the_autosave_equals_the_draft(database: Database, ward: Ward) -> None:
    with database.session() as session:
        view = drafts.open_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
        drafts.autosave(session, ward.coordinator, view.id, view.content, view.row_version)
        assert drafts.pending_recovery(session, view.id) is None


def test_discard_recovery(database: Database, ward: Ward) -> None:
    with database.session() as session:
        view = drafts.open_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
        drafts.autosave(session, ward.coordinator, view.id, RiskProfile(strengths=["x"]), view.row_version)
        drafts.discard_recovery(session, view.id)
        drafts.discard_recovery(session, view.id)  # twice is harmless
        assert drafts.pending_recovery(session, view.id) is None


def test_save_stores_content_drops_autosave_and_detects_conflicts(database: Database, ward: Ward) -> None:
    with database.session() as session:
        view = drafts.open_draft(session, ward.coordinator, ward.resident_id, PlanKind.DAILY_RHYTHM)
    rhythm = DailyRhythm([TimeSlot(time(0), time(0), "Hele døgnet")])
    with database.session() as session:
        drafts.autosave(session, ward.coordinator, view.id, rhythm, view.row_version)
        saved = drafts.save(session, ward.coordinator, view.id, rhythm, view.row_version)
    assert saved.row_version == view.row_version + 1 and saved.content == rhythm
    with database.session() as session:
        assert session.get(DraftAutosave, view.id) is None
    with database.session() as session, pytest.raises(ConflictError):
        drafts.save(session, ward.coordinator, view.id, DailyRhythm(), view.row_version)
    with database.session() as session, pytest.raises(PermissionDeniedError):
        drafts.save(session, ward.staff, view.id, DailyRhythm(), saved.row_version)


def test_autosave_refuses_a_locked_version_and_staff(database: Database, ward: Ward) -> None:
    approved_id = _approved_profile(database, ward)
    with database.session() as session, pytest.raises(LifecycleError):
        drafts.autosave(session, ward.coordinator, approved_id, RiskProfile(), 1)
    with database.session() as session, pytest.raises(PermissionDeniedError):
        drafts.autosave(session, ward.staff, approved_id, RiskProfile(), 1)


def test_editor_context_names_the_resident_and_the_approved_content(database: Database, ward: Ward) -> None:
    _approved_profile(database, ward)
    with database.session() as session:
        context = drafts.editor_context(session, ward.resident_id, PlanKind.RISK_PROFILE)
    assert context.card_name == "Jonas"
    assert isinstance(context.approved, RiskProfile) and context.approved.triggers == ["Larm"]
    assert context.approved.stage(StageKind.RED).signs == []
    assert context.rhythm is None


def test_readability_limits_default_change_and_validate(database: Database, ward: Ward) -> None:
    with database.session() as session:
        assert drafts.readability_limits(session) == ReadabilityLimits()
        drafts.set_readability_limits(session, ward.coordinator, ReadabilityLimits(10, 35.0))
    with database.session() as session:
        assert drafts.readability_limits(session) == ReadabilityLimits(10, 35.0)
        drafts.set_readability_limits(session, ward.coordinator, ReadabilityLimits(8, 30.0))
        assert drafts.readability_limits(session) == ReadabilityLimits(8, 30.0)
    with database.session() as session, pytest.raises(PermissionDeniedError):
        drafts.set_readability_limits(session, ward.staff, ReadabilityLimits())
    with database.session() as session, pytest.raises(ValidationError, match="mellem 1 og 100"):
        drafts.set_readability_limits(session, ward.coordinator, ReadabilityLimits(0, 40.0))
