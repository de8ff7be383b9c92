from __future__ import annotations

from datetime import date, time

import pytest

from tryghed_desktop.domain.lifecycle import VersionStatus, can_transition, review_due_after
from tryghed_desktop.domain.plans import (
    STAGE_ORDER,
    Activities,
    Activity,
    Contact,
    DailyRhythm,
    Level,
    PlanKind,
    RiskProfile,
    RiskSituation,
    SafetyPlan,
    StageKind,
    TimeSlot,
    content_from_dict,
    content_hash,
    content_to_dict,
    empty_content,
    kind_of,
)


def _profile() -> RiskProfile:
    profile = RiskProfile(
        triggers=["Mange mennesker i fællesstuen", "Ændringer i dagens plan"],
        risk_situations=[RiskSituation(when="kl. 7-8", where="badeværelset", what="personlig pleje")],
        strengths=["Elsker musik fra 80'erne"],
        alarm=["Overfaldsalarm → kollega kommer"],
        call=[Contact(name="Vagthavende", phone="7012 3456")],
        staffing_rules=["Altid to medarbejdere ved personlig pleje"],
        level=Level.YELLOW,
        level_reason="Slår ud, når han bliver presset",
    )
    profile.stage(StageKind.YELLOW).signs.append("Går frem og tilbage på gangen")
    profile.stage(StageKind.RED).we_avoid.append("Ingen fysisk magt, medmindre der er fare")
    return profile


def test_every_profile_holds_the_four_stages_in_traffic_light_order() -> None:
    assert [stage.kind for stage in RiskProfile().stages] == list(STAGE_ORDER)
    assert STAGE_ORDER == (StageKind.GREEN, StageKind.YELLOW, StageKind.RED, StageKind.BLUE)


@pytest.mark.parametrize(
    "content",
    [
        _profile(),
        DailyRhythm(slots=[TimeSlot(time(22), time(7), "Nat", level=Level.YELLOW, staff_needed=1)]),
        SafetyPlan(agreed_signals=["Jeg siger 'pause'"], resident_agrees=False, reason_if_not="Vil ikke"),
        Activities(activities=[Activity(name="Bad", steps=["Sig hvad du gør"], risks=["Slår ud"])]),
    ],
)
def test_content_survives_the_canonical_dict_unchanged(content: object) -> None:
    kind = kind_of(content)  # type: ignore[arg-type]
    data = content_to_dict(content)  # type: ignore[arg-type]
    assert content_from_dict(kind, data) == content
    assert content_to_dict(content_from_dict(kind, data)) == data


def test_times_are_written_as_hours_and_minutes() -> None:
    data = content_to_dict(DailyRhythm(slots=[TimeSlot(time(7, 30), time(8), "Morgen")]))
    assert data["slots"][0]["start"] == "07:30"
    assert data["slots"][0]["end"] == "08:00"


def test_hash_changes_with_any_word_and_not_otherwise() -> None:
    first, second = _profile(), _profile()
    assert content_hash(first) == content_hash(second)
    second.stage(StageKind.YELLOW).signs[0] = "Går frem og tilbage"
    assert content_hash(first) != content_hash(second)


def test_empty_content_matches_its_kind() -> None:
    for kind in PlanKind:
        assert kind_of(empty_content(kind)) is kind


def test_approved_versions_only_become_superseded() -> None:
    assert can_transition(VersionStatus.DRAFT, VersionStatus.SUBMITTED)
    assert can_transition(VersionStatus.SUBMITTED, VersionStatus.APPROVED)
    assert can_transition(VersionStatus.SUBMITTED, VersionStatus.RETURNED)
    assert can_transition(VersionStatus.APPROVED, VersionStatus.SUPERSEDED)
    assert not can_transition(VersionStatus.APPROVED, VersionStatus.DRAFT)
    assert not can_transition(VersionStatus.DRAFT, VersionStatus.APPROVED)
    assert not can_transition(VersionStatus.SUPERSEDED, VersionStatus.APPROVED)


@pytest.mark.parametrize(
    ("approved", "due"),
    [
        (date(2026, 2, 17), date(2026, 8, 17)),
        (date(2026, 8, 31), date(2027, 2, 28)),
        (date(2027, 12, 1), date(2028, 6, 1)),
    ],
)
def test_review_is_due_six_calendar_months_after_approval(approved: date, due: date) -> None:
    assert review_due_after(approved) == due
