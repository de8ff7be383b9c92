"""Many cards in one PDF: a page each with its own footer and mark, progress, cancel, too-long cards."""

from __future__ import annotations

import copy
import io

import msgspec
import pytest
from pypdf import PdfReader

from tryghed_desktop.domain.plans import DailyRhythm, RiskProfile, SafetyPlan
from tryghed_desktop.printing.batch import BatchCancelled, RhythmCard, RiskCard, SafetyCard, render_batch
from tryghed_desktop.printing.card_model import DRAFT_MARK, CardFacts
from tryghed_desktop.printing.fit import CardTooLongError

from .pdf_helpers import page_count
from .test_risk_card import too_long


def pages_text(data: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages]


def test_each_card_keeps_its_own_page_footer_and_mark(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    draft = msgspec.structs.replace(facts, card_name="Freja", is_valid=False, approved_at=None)
    cards = [
        RiskCard(profile, rhythm, facts),
        RiskCard(profile, rhythm, draft),
        RhythmCard(rhythm, facts),
        SafetyCard(SafetyPlan(agreed_signals=["Rødt kort"]), facts),
    ]
    seen: list[tuple[int, int]] = []

    data = render_batch(cards, progress=lambda done, total: seen.append((done, total)))
    pages = pages_text(data)

    assert len(pages) == 4
    assert "Jonas" in pages[0] and DRAFT_MARK not in pages[0] and "Version 4 · Godkendt" in pages[0]
    assert "Freja" in pages[1] and DRAFT_MARK in pages[1]
    assert "Døgnrytme" in pages[2]
    assert "Rødt kort" in pages[3]
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]


def test_cancel_stops_between_cards(profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts) -> None:
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked == 3

    with pytest.raises(BatchCancelled):
        render_batch([RiskCard(profile, rhythm, facts)] * 5, cancelled=cancelled)
    assert asked == 3


def test_too_long_card_is_reported_and_left_out(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    long_card = RiskCard(too_long(copy.deepcopy(profile)), rhythm, facts)
    good = RiskCard(profile, rhythm, facts)
    reported: list[str] = []

    with pytest.raises(CardTooLongError):
        render_batch([good, long_card])
    data = render_batch([good, long_card, good], too_long=lambda card, error: reported.append(str(error)))

    assert page_count(data) == 2
    assert len(reported) == 1


def test_identical_batches_give_identical_bytes(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    cards = [RiskCard(profile, rhythm, facts), RhythmCard(rhythm, facts)]

    assert render_batch(cards) == render_batch(cards)
