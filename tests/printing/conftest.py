"""Sample content for the card tests: "Jonas" in "Hus Birk", as in the design sketch."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from tryghed_desktop.domain.plans import (
    Contact,
    DailyRhythm,
    Level,
    RiskProfile,
    Stage,
    StageKind,
    TimeSlot,
)
from tryghed_desktop.printing.card_model import CardFacts


def jonas_profile() -> RiskProfile:
    return RiskProfile(
        stages=[
            Stage(
                StageKind.GREEN,
                signs=["Snakker og laver sjov", "Hjælper gerne i køkkenet"],
                we_do=["Hold dagens plan – sig hvem der er på vagt", "Tilbyd gåtur ved stranden"],
                we_avoid=[],
                resident_can=["Høre 80'er-musik på værelset"],
            ),
            Stage(
                StageKind.YELLOW,
                signs=["Går frem og tilbage på gangen", "Spørger igen og igen, hvem der kommer"],
                we_do=["Kendt medarbejder, rolig stemme", "Tilbyd gåtur eller musik"],
                we_avoid=["Stil ikke krav eller flere valg", "Rør ikke uden at sige det først"],
                resident_can=["Sige »pause« og gå ind på værelset"],
            ),
            Stage(
                StageKind.RED,
                signs=["Råber, kaster med ting", "Går tæt på med hævede arme"],
                we_do=["Træk dig – hold fri udgang bag dig", "Aktivér alarm, tilkald kollega"],
                we_avoid=["Ingen fysisk magt, medmindre fare"],
                resident_can=[],
            ),
            Stage(
                StageKind.BLUE,
                signs=["Trænger til ro på værelset"],
                we_do=["Te og dyne – tal ikke om det i dag", "Registrér hændelsen samme dag"],
                we_avoid=[],
                resident_can=["Sige undskyld på sin egen måde"],
            ),
        ],
        triggers=["Mange mennesker på gangen"],
        strengths=["Humor"],
        alarm=["Overfaldsalarm → kollega kommer"],
        call=[
            Contact("Vagthavende", "7012 3456"),
            Contact("Akut fare", "112"),
        ],
        staffing_rules=["Altid 2 medarbejdere ved bad", "Kun kendte medarbejdere om aftenen"],
        level=Level.YELLOW,
        level_reason="Uro ved skift",
    )


def jonas_rhythm() -> DailyRhythm:
    return DailyRhythm(
        slots=[
            TimeSlot(
                time(7, 0),
                time(8, 0),
                "Bad",
                risk_note="sig hvad du gør, før du gør det",
                level=Level.RED,
                staff_needed=2,
            ),
            TimeSlot(time(9, 0), time(11, 30), "Værksted", level=Level.GREEN),
            TimeSlot(
                time(15, 0),
                time(15, 0),
                "Vagtskifte",
                risk_note="aftenvagten hilser på, før dagvagten går",
                level=Level.YELLOW,
            ),
            TimeSlot(
                time(22, 0),
                time(7, 0),
                "Nat",
                risk_note="nattevagt går kun ind, hvis Jonas kalder",
                level=Level.YELLOW,
            ),
        ]
    )


def approved_facts() -> CardFacts:
    return CardFacts(
        card_name="Jonas",
        unit_name="Hus Birk",
        printed_at=datetime(2026, 11, 25, 10, 40),
        version_number=4,
        is_valid=True,
        approved_by="Lene Holm, ekstern faglig rådgiver",
        approved_at=date(2026, 11, 12),
        valid_from=date(2026, 11, 12),
        review_due=date(2027, 5, 12),
    )


@pytest.fixture
def profile() -> RiskProfile:
    return jonas_profile()


@pytest.fixture
def rhythm() -> DailyRhythm:
    return jonas_rhythm()


@pytest.fixture
def facts() -> CardFacts:
    return approved_facts()
