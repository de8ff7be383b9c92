"""What a printed card says about itself (name, version, approval), independent of the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path


@dataclass(frozen=True)
class CardFacts:
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


def danish_date(value: date) -> str:
    """A date as Danes write it on paper: 12.11.2026."""
    return value.strftime("%d.%m.%Y")


def danish_datetime(value: datetime) -> str:
    """A timestamp as 25.11.2026 10.40 (Danish uses a dot between hours and minutes)."""
    return value.strftime("%d.%m.%Y %H.%M")
