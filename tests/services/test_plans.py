from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select, text, update

from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import DailyRhythm, PlanKind, RiskProfile, StageKind, TimeSlot
from tryghed_desktop.services import audit, plans, residents
from tryghed_desktop.services.errors import (
    ConflictError,
    LifecycleError,
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import AuditEvent, PlanDocument

from .conftest import Ward

JAN = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
FEB = datetime(2026, 2, 17, 9, 0, tzinfo=UTC)


def _profile(sign: str) -> RiskProfile:
    profile = RiskProfile()
    profile.stage(StageKind.YELLOW).signs.append(sign)
    return profile


def _approved(database: Database, ward: Ward, sign: str, when: datetime) -> int:
    with database.session() as session:
        draft = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, _profile(sign), now=when
        )
        plans.submit(session, ward.coordinator, draft.id, now=when)
        plans.approve(session, ward.advisor, draft.id, comment="Fint og kort", now=when)
        return draft.id


def test_approval_makes_the_version_current_and_supersedes_the_previous(
    database: Database, ward: Ward
) -> None:
    first = _approved(database, ward, "Går frem og tilbage", JAN)
    second = _approved(database, ward, "Hætten op", FEB)
    with database.session() as session:
        state = plans.resident_plans(session, ward.staff, ward.resident_id).plans[PlanKind.RISK_PROFILE]
    assert state.current is not None and state.current.id == second
    assert state.current.approved_by == "Lene Holm"
    assert state.current.approval_comment == "Fint og kort"
    assert state.current.review_due == date(2026, 8, 17)  # six months after approval
    assert state.current.valid_from == FEB
    old = next(view for view in state.history if view.id == first)
    assert old.status is VersionStatus.SUPERSEDED and old.valid_to == FEB
    assert state.open is None


def test_one_session_sees_who_acted_and_an_approval_is_one_update(database: Database, ward: Ward) -> None:
    # As the demo does: every step in one session, and the version's people read in between. Setting only
    # the id column left an already loaded `approved_by` saying nobody; loading the superseded versions
    # after the status change flushed the approval in two UPDATEs.
    _approved(database, ward, "Går frem og tilbage", JAN)
    with database.session() as session:
        draft = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, _profile("Hætten op"), now=FEB
        )
        submitted = plans.submit(session, ward.coordinator, draft.id, now=FEB)
        assert submitted.submitted_by == "Mette Kruse"
        assert plans.version_view(plans.get_version(session, draft.id)).approved_by is None
        before = plans.get_version(session, draft.id).row_version
        approved = plans.approve(session, ward.advisor, draft.id, now=FEB)
        assert approved.approved_by == "Lene Holm"
        version = plans.get_version(session, draft.id)
        assert version.approved_by is not None and version.approved_by.id == ward.advisor.user_id
        assert version.row_version == before + 1


def test_a_new_draft_starts_from_the_current_version(database: Database, ward: Ward) -> None:
    _approved(database, ward, "Går frem og tilbage", JAN)
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
    assert draft.number == 2 and draft.status is VersionStatus.DRAFT
    assert isinstance(draft.content, RiskProfile)
    assert draft.content.stage(StageKind.YELLOW).signs == ["Går frem og tilbage"]


def test_only_one_open_draft_per_plan(database: Database, ward: Ward) -> None:
    with database.session() as session:
        plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
    with database.session() as session, pytest.raises(LifecycleError, match="allerede en kladde"):
        plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)


def test_an_approved_version_cannot_be_saved_over(database: Database, ward: Ward) -> None:
    version_id = _approved(database, ward, "Går frem og tilbage", JAN)
    with database.session() as session:
        row_version = plans.get_version(session, version_id).row_version
    with database.session() as session, pytest.raises(LifecycleError, match="låst"):
        plans.save_draft(
            session, ward.coordinator, version_id, _profile("x"), expected_row_version=row_version
        )


def test_a_stale_save_is_a_conflict_not_an_overwrite(database: Database, ward: Ward) -> None:
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
    with database.session() as session:
        plans.save_draft(
            session, ward.coordinator, draft.id, _profile("Først"), expected_row_version=draft.row_version
        )
    with database.session() as session, pytest.raises(ConflictError):
        plans.save_draft(
            session, ward.coordinator, draft.id, _profile("Sidst"), expected_row_version=draft.row_version
        )
    with database.session() as session:
        kept = plans.version_view(plans.get_version(session, draft.id)).content
    assert isinstance(kept, RiskProfile) and kept.stage(StageKind.YELLOW).signs == ["Først"]


def test_returned_version_carries_the_comment_and_can_be_resubmitted(database: Database, ward: Ward) -> None:
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
        plans.submit(session, ward.coordinator, draft.id)
        returned = plans.return_version(session, ward.advisor, draft.id, "Skriv hvem der ringer")
        assert returned.status is VersionStatus.RETURNED
        assert returned.return_comment == "Skriv hvem der ringer"
        assert plans.submit(session, ward.coordinator, draft.id).status is VersionStatus.SUBMITTED


def test_returning_needs_a_comment(database: Database, ward: Ward) -> None:
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
        plans.submit(session, ward.coordinator, draft.id)
        with pytest.raises(LifecycleError, match="kommentar"):
            plans.return_version(session, ward.advisor, draft.id, "  ")


def test_a_draft_cannot_be_approved_before_it_is_submitted(database: Database, ward: Ward) -> None:
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
        with pytest.raises(LifecycleError, match="har status »Kladde« og kan ikke godkendes nu"):
            plans.approve(session, ward.advisor, draft.id)


def test_staff_cannot_edit_and_coordinators_cannot_approve(database: Database, ward: Ward) -> None:
    with database.session() as session:
        with pytest.raises(PermissionDeniedError):
            plans.start_draft(session, ward.staff, ward.resident_id, PlanKind.RISK_PROFILE)
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
        plans.submit(session, ward.coordinator, draft.id)
        with pytest.raises(PermissionDeniedError):
            plans.approve(session, ward.coordinator, draft.id)


def test_nobody_approves_a_version_they_wrote(database: Database, ward: Ward) -> None:
    from tryghed_desktop.services import users
    from tryghed_desktop.services.actors import SYSTEM, Role, actor_for

    with database.session() as session:  # a coordinator who is also an advisor, in the database too
        users.set_roles(session, SYSTEM, ward.coordinator.user_id, {Role.COORDINATOR, Role.ADVISOR})  # type: ignore[arg-type]
        both = actor_for(session, ward.coordinator.username)
    with database.session() as session:
        draft = plans.start_draft(session, both, ward.resident_id, PlanKind.RISK_PROFILE)
        plans.submit(session, both, draft.id)
        with pytest.raises(PermissionDeniedError, match="selv"):
            plans.approve(session, both, draft.id)


def test_resident_list_counts_statuses_and_next_review(database: Database, ward: Ward) -> None:
    _approved(database, ward, "Går frem og tilbage", JAN)
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.DAILY_RHYTHM)
        plans.submit(session, ward.coordinator, draft.id)
        plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.SAFETY_PLAN)
    with database.session() as session:
        (row,) = residents.list_residents(session, text="jon")
        assert residents.list_residents(session, text="xyz") == []
    assert (row.approved_plans, row.awaiting_approval, row.drafts, row.returned) == (1, 1, 1, 0)
    assert row.next_review_due == date(2026, 7, 10)
    assert row.review_overdue(date(2026, 11, 25)) and not row.review_soon(date(2026, 11, 25))


def test_audit_chain_detects_an_edited_and_a_deleted_entry(database: Database, ward: Ward) -> None:
    _approved(database, ward, "Går frem og tilbage", JAN)
    with database.session() as session:
        assert audit.verify_chain(session) == []
        actions = [event.action for event in session.query(AuditEvent).order_by(AuditEvent.id)]
    assert actions[-3:] == ["plan.draft", "plan.submit", "plan.approve"]
    with database.session() as session:
        # The database refuses updates (migration 0004); a tamperer with the file drops the trigger first.
        on_table = " ON audit_events" if session.get_bind().dialect.name == "postgresql" else ""
        session.execute(text(f"DROP TRIGGER trg_audit_events_append_only{on_table}"))
        session.execute(update(AuditEvent).where(AuditEvent.action == "plan.submit").values(actor="ukendt"))
    with database.session() as session:
        edited = audit.verify_chain(session)
    assert len(edited) == 1
    with database.session() as session:
        session.execute(update(AuditEvent).where(AuditEvent.action == "plan.submit").values(actor="mette"))
        session.query(AuditEvent).filter(AuditEvent.action == "plan.submit").delete()
    with database.session() as session:
        assert len(audit.verify_chain(session)) == 1  # the entry after the gap no longer links


def test_the_next_review_cannot_be_today_or_earlier(database: Database, ward: Ward) -> None:
    # 25.11 at 23.30 UTC is already the 26th in Denmark: the 26th is "today" there.
    now = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, now=now)
        plans.submit(session, ward.coordinator, draft.id, now=now)
        for past in (date(2020, 1, 1), date(2026, 11, 26)):
            with pytest.raises(ServiceError, match=r"^Næste revision skal ligge efter i dag\.$"):
                plans.approve(session, ward.advisor, draft.id, review_due=past, now=now)
        approved = plans.approve(session, ward.advisor, draft.id, review_due=date(2026, 11, 27), now=now)
    assert approved.review_due == date(2026, 11, 27)


def test_two_pcs_starting_the_same_draft_at_once_get_a_message_not_a_crash(
    database: Database, ward: Ward
) -> None:
    kind = PlanKind.SAFETY_PLAN
    with database.session() as session:  # the plan exists, with an approved version
        first = plans.start_draft(session, ward.coordinator, ward.resident_id, kind)
        plans.submit(session, ward.coordinator, first.id)
        plans.approve(session, ward.advisor, first.id)
    with database.session() as other_pc:
        document = other_pc.scalars(
            select(PlanDocument).where(PlanDocument.resident_id == ward.resident_id)
        ).one()
        assert len(document.versions) == 1  # this PC has read the versions: no draft yet
        with database.session() as session:  # meanwhile the first PC starts the draft
            plans.start_draft(session, ward.coordinator, ward.resident_id, kind)
        with pytest.raises(ConflictError, match="lige startet en kladde til planen på en anden pc"):
            plans.start_draft(other_pc, ward.coordinator, ward.resident_id, kind)
    with database.session() as session:
        state = plans.resident_plans(session, ward.coordinator, ward.resident_id).plans[kind]
        assert state.open is not None and state.open.number == 2


def test_the_default_next_review_counts_from_the_danish_day(database: Database, ward: Ward) -> None:
    now = datetime(2026, 3, 31, 23, 30, tzinfo=UTC)  # already 1 April in Denmark
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, now=now)
        plans.submit(session, ward.coordinator, draft.id, now=now)
        approved = plans.approve(session, ward.advisor, draft.id, now=now)
    assert approved.review_due == date(2026, 10, 1)


def test_a_daily_rhythm_out_of_order_or_without_names_is_not_submitted(
    database: Database, ward: Ward
) -> None:
    broken = DailyRhythm(
        slots=[
            TimeSlot(time(7), time(15), "Dag"),
            TimeSlot(time(22), time(7), ""),
            TimeSlot(time(15), time(22), "Aften"),
        ]
    )
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.DAILY_RHYTHM, broken)
        with pytest.raises(ValidationError, match="Døgnrytmen er ikke sendt til godkendelse") as refused:
            plans.submit(session, ward.coordinator, draft.id)
        assert plans.get_version(session, draft.id).status == "draft"
    assert [problem.message for problem in refused.value.problems] == [
        "Række 2: skriv en betegnelse, fx »Morgen«.",
        "»Aften« (15.00) står efter tidsrummet kl. 22.00: sæt tidsrummene i tidsorden.",
    ]
