"""The advisor's review: exact diffs on known pairs, sign-off with the password, the overviews."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from tests.services.conftest import Ward
from tests.ui.factories import risk_profile
from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services import plans, review, users
from tryghed_desktop.services.actors import SYSTEM
from tryghed_desktop.services.errors import LifecycleError, PermissionDeniedError
from tryghed_desktop.services.review import Change, ItemDiff, diff_items, diff_sections, word_parts
from tryghed_desktop.store.db import Database

JAN = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
FEB = datetime(2026, 2, 5, 10, 0, tzinfo=UTC)
PASSWORD = "lene-1234"


def test_word_parts_mark_the_changed_words_on_both_sides() -> None:
    assert word_parts("Tal roligt og langsomt", "Tal roligt, korte sætninger") == (
        (("Tal", False), ("roligt og langsomt", True)),
        (("Tal", False), ("roligt, korte sætninger", True)),
    )


def test_items_are_unchanged_removed_added_or_changed() -> None:
    before = ["Hils med navn", "Giv god tid", "Tal roligt og langsomt med korte pauser", "Overraskelser"]
    after = ["Hils med navn", "Tal roligt og langsomt, korte pauser", "Tilbyd en kop kaffe", "Overraskelser"]
    changes = [(item.change, item.before, item.after) for item in diff_items(before, after)]
    assert changes == [
        (Change.UNCHANGED, "Hils med navn", "Hils med navn"),
        (Change.REMOVED, "Giv god tid", None),
        (
            Change.CHANGED,
            "Tal roligt og langsomt med korte pauser",
            "Tal roligt og langsomt, korte pauser",
        ),
        (Change.ADDED, None, "Tilbyd en kop kaffe"),
        (Change.UNCHANGED, "Overraskelser", "Overraskelser"),
    ]
    changed = diff_items(before, after)[2]
    assert changed.before_parts == (("Tal roligt og", False), ("langsomt med", True), ("korte pauser", False))
    assert changed.after_parts == (("Tal roligt og", False), ("langsomt,", True), ("korte pauser", False))


def test_unlike_items_are_a_removal_and_an_addition_not_a_change() -> None:
    assert diff_items(["Kaster med ting"], ["Ringer til søsteren"]) == [
        ItemDiff(Change.REMOVED, "Kaster med ting", None),
        ItemDiff(Change.ADDED, None, "Ringer til søsteren"),
    ]


def test_sections_match_by_title_then_by_likeness_and_dropped_sections_follow() -> None:
    before = {"07.00–09.00 Morgen": ["Bad"], "Aften": ["Tv"], "Nat": ["Sover"]}
    after = {"07.30–09.00 Morgen": ["Bad"], "Nat": ["Sover", "Tilsyn kl. 2"]}
    sections = diff_sections(before, after)
    assert [(s.title, s.before_title) for s in sections] == [
        ("07.30–09.00 Morgen", "07.00–09.00 Morgen"),
        ("Nat", "Nat"),
        ("Aften", "Aften"),
    ]
    assert [s.changed for s in sections] == [True, True, True]
    assert sections[1].count(Change.ADDED) == 1
    assert sections[2].items == (ItemDiff(Change.REMOVED, "Tv", None),)
    assert sections[2].after.words == 0


def _submitted_revision(database: Database, ward: Ward) -> int:
    profile = risk_profile()
    yellow = profile.stages[1]
    revised_yellow = replace(
        yellow,
        signs=["Går frem og tilbage", "Taler højt"],  # "Taler højt og hurtigt" shortened
        we_avoid=["At diskutere"],  # "At stå tæt på" removed
        resident_can=[*yellow.resident_can, "Gå en tur"],
    )
    revised = replace(profile, stages=[profile.stages[0], revised_yellow, *profile.stages[2:]])
    with database.session() as session:
        users.reset_password(session, SYSTEM, ward.advisor.user_id or 0, PASSWORD)
        draft = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, profile, now=JAN
        )
        plans.submit(session, ward.coordinator, draft.id, now=JAN)
        plans.approve(session, ward.advisor, draft.id, now=JAN)
        draft = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, revised, now=FEB
        )
        plans.submit(session, ward.coordinator, draft.id, now=FEB)
    return draft.id


def test_review_of_a_revision_shows_exactly_what_changed(database: Database, ward: Ward) -> None:
    version_id = _submitted_revision(database, ward)
    with database.session() as session:
        result = review.review(session, ward.advisor, version_id)
    assert result.current is not None and result.current.number == 1
    assert result.submitted.number == 2
    changed = [s for s in result.sections if s.changed]
    assert [s.title for s in changed] == ["Gul – Tidlige tegn"]
    items = [(i.change, i.before, i.after) for i in changed[0].items if i.change is not Change.UNCHANGED]
    assert items == [
        (Change.CHANGED, "Taler højt og hurtigt", "Taler højt"),
        (Change.REMOVED, "At stå tæt på", None),
        (Change.ADDED, None, "Gå en tur"),
    ]
    assert (result.count(Change.ADDED), result.count(Change.REMOVED), result.count(Change.CHANGED)) == (
        1,
        1,
        1,
    )
    assert result.after.words == result.before.words - 2 - 4 + 3  # »og hurtigt«, »At stå tæt på«, »Gå en tur«


def test_approval_needs_the_advisors_password_and_records_the_signature(
    database: Database, ward: Ward
) -> None:
    version_id = _submitted_revision(database, ward)
    with database.session() as session, pytest.raises(PermissionDeniedError, match="Adgangskoden er forkert"):
        review.approve_with_password(session, ward.advisor, version_id, "forkert")
    with database.session() as session, pytest.raises(PermissionDeniedError):
        review.approve_with_password(session, ward.coordinator, version_id, PASSWORD)
    with database.session() as session:
        view = review.approve_with_password(
            session,
            ward.advisor,
            version_id,
            PASSWORD,
            review_due=date(2026, 8, 1),
            comment=" Fint. ",
            now=FEB,
        )
    assert view.status is VersionStatus.APPROVED
    assert (view.approved_by, view.approval_comment, view.review_due) == (
        "Lene Holm",
        "Fint.",
        date(2026, 8, 1),
    )
    with database.session() as session:
        state = plans.resident_plans(session, ward.staff, ward.resident_id).plans[PlanKind.RISK_PROFILE]
    first = state.history[0]
    assert first.status is VersionStatus.SUPERSEDED and first.valid_to == FEB
    assert state.current is not None and state.current.content_hash == view.content_hash


def test_only_a_submitted_version_is_reviewed(database: Database, ward: Ward) -> None:
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.DAILY_RHYTHM)
        with pytest.raises(LifecycleError):
            review.review(session, ward.advisor, draft.id)
        with pytest.raises(PermissionDeniedError):
            review.review(session, ward.staff, draft.id)


def test_overviews_awaiting_returned_and_reviews_due(database: Database, ward: Ward) -> None:
    version_id = _submitted_revision(database, ward)
    with database.session() as session:
        rhythm = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.DAILY_RHYTHM, now=FEB
        )
        plans.submit(session, ward.coordinator, rhythm.id, now=FEB)
        plans.return_version(session, ward.advisor, rhythm.id, "Nattens tilsyn mangler.", now=FEB)
    with database.session() as session:
        awaiting = review.awaiting_my_approval(session, ward.advisor)
        assert [(p.version_id, p.card_name, p.by) for p in awaiting] == [(version_id, "Jonas", "Mette Kruse")]
        assert review.awaiting_my_approval(session, ward.coordinator) == []
        returned = review.returned_to_me(session, ward.coordinator)
        assert [(p.kind, p.comment, p.by) for p in returned] == [
            (PlanKind.DAILY_RHYTHM, "Nattens tilsyn mangler.", "Lene Holm")
        ]
        assert review.returned_to_me(session, ward.advisor) == []
        # The January approval is due 5 July 2026: soon on 20 June, overdue on 10 July, absent in May.
        assert review.reviews_due(session, date(2026, 5, 1)) == {}
        soon = review.reviews_due(session, date(2026, 6, 20))["Hus Birk"]
        assert [(d.card_name, d.kind, d.review_due, d.overdue) for d in soon] == [
            ("Jonas", PlanKind.RISK_PROFILE, date(2026, 7, 5), False)
        ]
        assert review.reviews_due(session, date(2026, 7, 10))["Hus Birk"][0].overdue


def test_a_simplification_target_belongs_to_its_review_section() -> None:
    from datetime import time

    from tryghed_desktop.domain.plans import DailyRhythm, RiskProfile, SafetyPlan, TimeSlot
    from tryghed_desktop.domain.simplify import FieldRef

    profile, r = RiskProfile(), PlanKind.RISK_PROFILE
    assert review.section_of(profile, FieldRef(r, "stages.yellow.we_do")) == "Gul – Tidlige tegn"
    assert review.section_of(profile, FieldRef(r, "call")) == "Alarm og hvem vi ringer til"
    assert review.section_of(profile, FieldRef(r, "level_reason")) == "Samlet risiko"
    rhythm = DailyRhythm(
        slots=[TimeSlot(time(7), time(9), "Morgen"), TimeSlot(time(9), time(12), "Formiddag")]
    )
    slot = FieldRef(PlanKind.DAILY_RHYTHM, "slots.09:00.support")
    assert review.section_of(rhythm, slot) == "09.00–12.00 Formiddag"
    assert review.section_of(rhythm, FieldRef(PlanKind.DAILY_RHYTHM, "slots.22:00.activity")) is None
    safety = SafetyPlan()
    assert (
        review.section_of(safety, FieldRef(PlanKind.SAFETY_PLAN, "feel_safe.resident")) == "Det gør mig tryg"
    )
