from __future__ import annotations

import pytest

from tryghed_desktop.domain.plans import DailyRhythm, RiskProfile, StageKind
from tryghed_desktop.domain.readability import (
    ReadabilityLimits,
    combine,
    measure,
    plan_readability,
    split_sentences,
)

LONG_ITEM = "Det er vigtigt at være opmærksom på, at borgeren f.eks. bliver urolig kl. 7.30. Giv ham tid."


def test_a_short_item_counted_by_hand() -> None:
    # Går frem og tilbage på gangen: 6 words, 1 long ('tilbage', 7 letters), 1 sentence (no full stop).
    result = measure("Går frem og tilbage på gangen")
    assert (result.words, result.sentences, result.long_words) == (6, 1, 1)
    assert result.lix == pytest.approx(6 / 1 + 100 * 1 / 6)


def test_abbreviations_and_clock_times_counted_by_hand() -> None:
    # 17 words ('f.eks.', 'kl.' and '7.30.' are one word each); long: vigtigt, opmærksom, borgeren;
    # two sentences: the clock time before 'Giv' ends the first.
    result = measure(LONG_ITEM)
    assert (result.words, result.sentences, result.long_words) == (17, 2, 3)
    assert result.lix == pytest.approx(17 / 2 + 100 * 3 / 17)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Han vågner ca. kl. 7. Giv ham tid.", 2),
        ("Tilbyd bl.a. kaffe, jf. aftalen. Spørg evt. igen.", 2),
        ("Husk dvs. ro og mht. mad ingen krav.", 1),
        ("Tag tøj, sko osv. Derefter morgenmad.", 2),
        ("1. Bank på. 2. Sig hvem du er.", 2),
        ("Husk: tal roligt", 1),
        ("", 0),
    ],
)
def test_danish_sentence_splitting(text: str, sentences: int) -> None:
    assert len(split_sentences(text)) == sentences


def test_empty_text_has_no_lix() -> None:
    assert measure("  ").lix == 0.0
    assert combine([]).words == 0


def test_plan_flags_long_items_and_hard_sections() -> None:
    profile = RiskProfile()
    profile.stage(StageKind.YELLOW).signs += ["Går frem og tilbage", LONG_ITEM]
    profile.stage(StageKind.GREEN).we_do.append("Hils med navn")
    result = plan_readability(profile, ReadabilityLimits(max_item_words=12, max_section_lix=20))
    assert [(w.section, w.index, w.words) for w in result.long_items] == [("Gul – Tidlige tegn", 1, 17)]
    assert result.hard_sections == ["Gul – Tidlige tegn"]
    assert result.total.words == 4 + 17 + 3
    assert result.sections["Grøn – Sådan har jeg det godt"].words == 3


def test_rhythm_sections_are_its_slots() -> None:
    from datetime import time

    from tryghed_desktop.domain.plans import TimeSlot

    rhythm = DailyRhythm(
        slots=[TimeSlot(time(7), time(9), "Morgen", activity="Bad", support="Sig hvad du gør")]
    )
    assert list(plan_readability(rhythm).sections) == ["07.00–09.00 Morgen"]
