"""The daily-rhythm and safety-plan pages: content read back, one page, the refusal, the marks, colours."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import time

import msgspec
import pytest
from reportlab.lib.colors import HexColor

from tryghed_desktop.domain.plans import (
    SAFETY_TOPICS,
    STAGE_INFO,
    Contact,
    DailyRhythm,
    Level,
    Perspective,
    SafetyPlan,
    StageKind,
    TimeSlot,
)
from tryghed_desktop.printing.card_model import DRAFT_MARK, CardFacts
from tryghed_desktop.printing.fit import CardTooLongError
from tryghed_desktop.printing.rhythm_page import render_rhythm_page
from tryghed_desktop.printing.safety_page import OWN_WORDS, STAFF_VIEW, render_safety_page
from tryghed_desktop.printing.style import PAPER, mark_colour

from .pdf_helpers import page_count, pdf_text, render_ppm, squash


def draft(facts: CardFacts) -> CardFacts:
    return msgspec.structs.replace(facts, is_valid=False, approved_by=None, approved_at=None, valid_from=None)


def full_rhythm(rhythm: DailyRhythm) -> DailyRhythm:
    for slot in rhythm.slots:
        slot.activity = f"Aktivitet i {slot.label.lower()}"
        slot.support = "Sig hvad du gør, før du gør det"
    return rhythm


def safety_plan() -> SafetyPlan:
    plan = SafetyPlan(
        agreed_signals=["Jonas viser det røde kort: han skal have ro nu"],
        contacts=[Contact("Mor, Birgitte", "2145 8832", "søndag")],
    )
    for key, title in SAFETY_TOPICS:
        plan.topic(key).resident = [f"Mine ord om {title.lower()}"]
        plan.topic(key).staff = [f"Vi ser: {title.lower()}"]
    return plan


def test_rhythm_page_shows_every_slot_with_level_in_words(rhythm: DailyRhythm, facts: CardFacts) -> None:
    rhythm = full_rhythm(rhythm)

    data = render_rhythm_page(rhythm, facts)
    text = pdf_text(data)

    assert page_count(data) == 1
    assert "Jonas" in text and "Hus Birk" in text
    for slot in rhythm.slots:
        assert slot.label in text
        assert squash(slot.activity) in text
        if slot.risk_note:
            assert squash(slot.risk_note) in text
    assert "07.00–08.00" in text and "15.00 " in text
    assert "Sådan støtter vi: Sig hvad du gør, før du gør det" in text
    assert "2 medarbejdere" in text
    for kind in (StageKind.GREEN, StageKind.YELLOW, StageKind.RED):
        assert f"{STAGE_INFO[kind].symbol} {STAGE_INFO[kind].colour_name.upper()}" in text  # b/w readable
    assert "Version 4 · Godkendt 12.11.2026 af Lene Holm" in text


def test_rhythm_page_colours_and_draft_mark(rhythm: DailyRhythm, facts: CardFacts) -> None:
    data = render_rhythm_page(rhythm, draft(facts))
    pixels = render_ppm(data)

    assert DRAFT_MARK in pdf_text(data)
    for kind in (StageKind.GREEN, StageKind.YELLOW, StageKind.RED):
        assert pixels.count_near(PAPER[kind].fill) > 100, kind


def test_too_long_rhythm_is_refused_naming_the_slot(facts: CardFacts) -> None:
    rhythm = DailyRhythm(
        [
            TimeSlot(time(h), time(h + 1), f"Time {h}", activity="Rolig aktivitet", level=Level.GREEN)
            for h in range(8, 20)
        ]
    )
    rhythm.slots[3].support = " ".join(["Vi støtter med få ord og god tid."] * 40)

    with pytest.raises(CardTooLongError) as caught:
        render_rhythm_page(rhythm, facts)

    assert str(caught.value).startswith("Kortet kan ikke være på én side. For langt: 11.00–12.00 Time 11")


def test_safety_page_puts_the_residents_words_first(facts: CardFacts) -> None:
    plan = safety_plan()

    data = render_safety_page(plan, facts)
    text = pdf_text(data)

    assert page_count(data) == 1
    assert text.index(OWN_WORDS) < text.index(STAFF_VIEW)
    for _key, title in SAFETY_TOPICS:
        assert title in text
        assert text.index(f"Mine ord om {title.lower()}") < text.index(f"Vi ser: {title.lower()}")
    assert "Jonas viser det røde kort: han skal have ro nu" in text
    assert "Mor, Birgitte: 2145 8832 · søndag" in text
    assert "Planen er lavet sammen med Jonas, og Jonas er enig i den." in text


def test_safety_page_says_when_the_resident_does_not_agree_and_why(facts: CardFacts) -> None:
    plan = dataclasses.replace(safety_plan(), resident_agrees=False, reason_if_not="Vil ikke have låst dør")

    text = pdf_text(render_safety_page(plan, draft(facts)))

    assert (
        "Jonas har været med til at lave planen, men er ikke enig i alt. Begrundelse: Vil ikke have låst dør"
        in text
    )
    assert DRAFT_MARK in text


def test_too_long_safety_plan_names_the_topic(facts: CardFacts) -> None:
    plan = safety_plan()
    plan.what_helps = Perspective(resident=[f"Det hjælper mig at gå en tur nummer {n}" for n in range(60)])

    with pytest.raises(CardTooLongError) as caught:
        render_safety_page(plan, facts)

    assert "Det hjælper mig" in caught.value.sections[0][0]


def test_pages_are_deterministic(rhythm: DailyRhythm, facts: CardFacts) -> None:
    assert render_rhythm_page(rhythm, facts) == render_rhythm_page(rhythm, facts)
    assert render_safety_page(safety_plan(), facts) == render_safety_page(safety_plan(), facts)


def bw_grey(rgb: str) -> float:
    """What a b/w printer makes of a colour: 0 black, 1 white."""
    red, green, blue = HexColor(rgb).rgb()
    return 0.299 * red + 0.587 * green + 0.114 * blue


def test_every_level_mark_stays_dark_enough_on_a_bw_printer() -> None:
    for level in Level:
        # the plain yellow (#f9a825) would be 0.69: a pale mark the eye misses
        assert bw_grey(mark_colour(level)) < 0.6, level


def test_the_stages_print_as_four_different_greys_with_readable_text() -> None:
    greys = sorted(bw_grey(PAPER[kind].fill) for kind in StageKind)
    # The screen colours of green, red and blue all print at about 0.35: one grey for three stages.
    assert all(lighter - darker > 0.15 for darker, lighter in itertools.pairwise(greys))
    for kind in StageKind:
        fill, ink = bw_grey(PAPER[kind].fill), bw_grey(PAPER[kind].ink)
        assert abs(fill - ink) > 0.35, kind
