"""The early-signs checklist: the resident's own yellow and red signs with a box per day and shift."""

from __future__ import annotations

import msgspec
import pytest

from tryghed_desktop.domain.plans import RiskProfile, StageKind
from tryghed_desktop.printing.card_model import CardFacts
from tryghed_desktop.printing.signs_checklist import (
    DAYS,
    INSTRUCTION,
    INSTRUCTION_WITHOUT_REMINDERS,
    NoSignsError,
    render_signs_checklist,
    signs_of,
)

from .pdf_helpers import page_count, pdf_text, squash


def _profile() -> RiskProfile:
    profile = RiskProfile()
    profile.stage(StageKind.GREEN).signs = ["Fortæller om fodbold"]  # not an early sign
    profile.stage(StageKind.YELLOW).signs = ["Går frem og tilbage", "Hætten op"]
    profile.stage(StageKind.YELLOW).we_do = ["Tilbyd en gåtur"]
    profile.stage(StageKind.RED).signs = ["Råber og kaster med ting", "Hætten op "]
    profile.stage(StageKind.RED).we_do = ["Træd to armslængder tilbage"]
    return profile


def test_the_yellow_then_the_red_signs_each_once() -> None:
    assert signs_of(_profile()) == [
        (StageKind.YELLOW, "Går frem og tilbage"),
        (StageKind.YELLOW, "Hætten op"),
        (StageKind.RED, "Råber og kaster med ting"),
    ]


def test_the_checklist_has_the_signs_a_box_per_day_and_shift_and_what_we_do(facts: CardFacts) -> None:
    data = render_signs_checklist(_profile(), facts)
    assert page_count(data) == 1
    text = squash(pdf_text(data))
    for expected in ("Går frem og tilbage", "Hætten op", "Råber og kaster med ting", *DAYS):
        assert expected in text
    assert "Fortæller om fodbold" not in text
    assert squash(INSTRUCTION) in text
    assert "Tilbyd en gåtur" in text and "Træd to armslængder tilbage" in text
    assert text.count("D A N") == len(DAYS)
    assert facts.card_name in text and "Godkendt" in text  # the footer of every card


def test_a_draft_checklist_carries_the_mark(facts: CardFacts) -> None:
    draft = msgspec.structs.replace(facts, is_valid=False, approved_by=None, approved_at=None)
    assert "KLADDE – IKKE GODKENDT" in pdf_text(render_signs_checklist(_profile(), draft))


def test_a_profile_without_early_signs_has_no_checklist(facts: CardFacts) -> None:
    with pytest.raises(NoSignsError, match="ingen tidlige tegn"):
        render_signs_checklist(RiskProfile(), facts)


def test_long_signs_take_the_reminders_room_and_the_alarm_stays(facts: CardFacts) -> None:
    profile = _profile()
    long = "Går frem og tilbage på gangen og taler højt med sig selv om det, der skete i går aftes"
    profile.stage(StageKind.YELLOW).signs = [f"{long} ({number})" for number in range(6)]
    profile.alarm = ["Tryk på overfaldsalarmen"]
    text = squash(pdf_text(render_signs_checklist(profile, facts)))
    assert f"{long} (5)" in text and "ALARM · RING" in text and "Tryk på overfaldsalarmen" in text
    assert "Det gør vi" not in text and squash(INSTRUCTION_WITHOUT_REMINDERS) in text


def test_signs_that_need_the_whole_page_take_the_alarms_room_too(facts: CardFacts) -> None:
    profile = _profile()
    long = "Går frem og tilbage på gangen og taler højt med sig selv om det, der skete i går aftes"
    profile.stage(StageKind.YELLOW).signs = [f"{long} ({number})" for number in range(7)]
    profile.alarm = ["Tryk på overfaldsalarmen", "Ring til vagthavende på 2961 4400", "Få andre beboere væk"]
    text = squash(pdf_text(render_signs_checklist(profile, facts)))
    assert f"{long} (6)" in text and "ALARM · RING" not in text
