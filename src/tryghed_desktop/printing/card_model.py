"""What a printed card says about itself (name, version, approval), independent of the database."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import msgspec


class CardFacts(msgspec.Struct, frozen=True):
    """Header and footer facts of one action card.

    `printed_at` is passed in rather than read from the clock so that a render is deterministic.
    `photo` stays None unless the unit has chosen to show a photo (privacy mode is the default).
    """

    card_name: str
    unit_name: str
    printed_at: datetime
    version_number: int | None = None
    is_valid: bool = False  # True only for the current approved version
    approved_by: str | None = None  # e.g. "Lene Holm, ekstern faglig rådgiver"
    approved_at: date | None = None
    valid_from: date | None = None
    review_due: date | None = None
    photo: Path | None = None
    awaiting_approval: bool = False  # a draft sent to the advisor: marked as such, not as a draft


def danish_date(value: date) -> str:
    """A date as Danes write it on paper: 12.11.2026."""
    return value.strftime("%d.%m.%Y")


def danish_datetime(value: datetime) -> str:
    """A timestamp as 25.11.2026 10.40 (Danish uses a dot between hours and minutes)."""
    return value.strftime("%d.%m.%Y %H.%M")


DRAFT_MARK = "KLADDE – IKKE GODKENDT"
AWAITING_MARK = "AFVENTER GODKENDELSE – IKKE GODKENDT"
INVALID_MARK = "IKKE GYLDIG VERSION"


def footer_lines(facts: CardFacts) -> tuple[str, str]:
    """The card's two footer lines: version and approval facts, then print time and how to use it."""
    printed = f"Printet {danish_datetime(facts.printed_at)}"  # "udskrevet" also means discharged
    version = f"Version {facts.version_number}" if facts.version_number is not None else None
    if facts.is_valid:
        parts = [version or "Godkendt version"]
        if facts.approved_at is not None:
            approved = f"Godkendt {danish_date(facts.approved_at)}"
            parts.append(f"{approved} af {facts.approved_by}" if facts.approved_by else approved)
        if facts.valid_from is not None:
            parts.append(f"Gyldig fra {danish_date(facts.valid_from)}")
        if facts.review_due is not None:
            due = f"Revideres senest {danish_date(facts.review_due)}"
            if _review_overdue(facts):
                due += " (overskredet)"
            parts.append(due)
        return " · ".join(parts), f"{printed} · Kun gyldig som godkendt version — tjek dato i Tryghed Desktop"
    prefix = [version] if version else []
    if facts.approved_at is not None:
        # An approved version that is no longer (or not yet) the current one.
        first = " · ".join([*prefix, f"Godkendt {danish_date(facts.approved_at)}", "Ikke gyldig"])
        return first, f"{printed} · Brug kun den gældende version fra Tryghed Desktop"
    state = "Afventer godkendelse – ikke godkendt" if facts.awaiting_approval else "Kladde – ikke godkendt"
    first = " · ".join([*prefix, state])
    return first, f"{printed} · Må ikke bruges som handlekort, før den er godkendt"


def review_warning(facts: CardFacts) -> str | None:
    """The bar across the top of a valid card whose review date has passed (None otherwise): the card
    still applies, but staff should know it is due and tell the coordinator."""
    if not facts.is_valid or facts.review_due is None or not _review_overdue(facts):
        return None
    return f"REVISION OVERSKREDET SIDEN {danish_date(facts.review_due)} – SIG DET TIL KOORDINATOREN"


def _review_overdue(facts: CardFacts) -> bool:
    return facts.review_due is not None and facts.review_due < facts.printed_at.date()


def card_mark(facts: CardFacts) -> str | None:
    """The large mark across a card that must not be used as it is; None for the current version."""
    if facts.is_valid:
        return None
    if facts.approved_at is not None:
        return INVALID_MARK
    return AWAITING_MARK if facts.awaiting_approval else DRAFT_MARK
