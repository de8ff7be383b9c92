"""plan_rows: every text a plan holds comes out, so a resident's copy of their data leaves nothing out."""

from __future__ import annotations

from datetime import time
from typing import Any

import pytest

from tryghed_desktop.domain.plan_text import plan_rows
from tryghed_desktop.domain.plans import (
    Activities,
    Activity,
    Contact,
    DailyRhythm,
    Level,
    Perspective,
    PlanContent,
    RiskProfile,
    RiskSituation,
    SafetyPlan,
    Stage,
    StageKind,
    TimeSlot,
    content_to_dict,
)


def _texts(value: Any) -> set[str]:
    """Every non-empty string inside the stored form of a plan."""
    if isinstance(value, str):
        return {value} if value.strip() else set()
    if isinstance(value, dict):
        return set().union(*(_texts(item) for item in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_texts(item) for item in value)) if value else set()
    return set()


RISK = RiskProfile(
    stages=[
        Stage(kind, [f"tegn {kind}"], [f"gør {kind}"], [f"undgå {kind}"], [f"selv {kind}"])
        for kind in StageKind
    ],
    triggers=["udløser"],
    risk_situations=[RiskSituation("om aftenen", "i køkkenet", "råber")],
    strengths=["styrke"],
    alarm=["alarm"],
    call=[Contact("leder", "70 20 30 40", "døgnet rundt")],
    staffing_rules=["to på"],
    level=Level.RED,
    level_reason="begrundelse",
)
RHYTHM = DailyRhythm(
    slots=[TimeSlot(time(7), time(9), "Morgen", "bad", "rolig stemme", "smerter", Level.YELLOW, 2)]
)
SAFETY = SafetyPlan(
    feel_safe=Perspective(["min tryghed"], ["personalets tryghed"]),
    feel_unsafe=Perspective(["utryg"], ["ser utryg ud"]),
    warning_signs=Perspective(["faresignal"], ["ser faresignal"]),
    what_helps=Perspective(["hjælper"], ["ser hjælp"]),
    want_you_to_do=Perspective(["gør sådan"], ["vi gør"]),
    agreed_signals=["tommel op"],
    contacts=[Contact("mor", "20 30 40 50")],
    resident_agrees=False,
    reason_if_not="vil ikke skrive under",
)
ACTIVITIES = Activities(activities=[Activity("Indkøb", "øve penge", ["liste"], ["kø"], 2)])


@pytest.mark.parametrize(
    "content", [RISK, RHYTHM, SAFETY, ACTIVITIES], ids=["risk", "rhythm", "safety", "activities"]
)
def test_every_text_of_the_plan_is_in_a_row(content: PlanContent) -> None:
    shown = " ".join(" ".join(row) for row in plan_rows(content))
    codes = {kind.value for kind in StageKind} | {level.value for level in Level}  # shown in words
    assert [text for text in _texts(content_to_dict(content)) - codes if text not in shown] == []


def test_levels_and_answers_are_in_words() -> None:
    rows = plan_rows(RISK) + plan_rows(RHYTHM) + plan_rows(SAFETY)
    assert ("Samlet risiko", "Niveau", "Høj") in rows
    assert ("07:00–09:00 Morgen", "Risiko", "Middel") in rows
    assert ("Deltagelse og enighed", "Borgeren er enig i planen", "Nej") in rows


def test_empty_fields_give_no_rows() -> None:
    assert plan_rows(Activities()) == []
    assert [row.field for row in plan_rows(RiskProfile())] == ["Niveau"]
