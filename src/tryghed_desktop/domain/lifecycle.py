"""The version lifecycle of a plan (DESIGN §4): draft → submitted → approved | returned → superseded."""

from __future__ import annotations

import calendar
from datetime import date
from enum import StrEnum


class VersionStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"
    SUPERSEDED = "superseded"


STATUS_TITLES: dict[VersionStatus, str] = {
    VersionStatus.DRAFT: "Kladde",
    VersionStatus.SUBMITTED: "Afventer godkendelse",
    VersionStatus.APPROVED: "Godkendt",
    VersionStatus.RETURNED: "Returneret",
    VersionStatus.SUPERSEDED: "Afløst",
}

# A returned version goes back to being edited; an approved one only ever becomes superseded.
ALLOWED_TRANSITIONS: dict[VersionStatus, frozenset[VersionStatus]] = {
    VersionStatus.DRAFT: frozenset({VersionStatus.SUBMITTED}),
    VersionStatus.SUBMITTED: frozenset({VersionStatus.APPROVED, VersionStatus.RETURNED}),
    VersionStatus.RETURNED: frozenset({VersionStatus.DRAFT, VersionStatus.SUBMITTED}),
    VersionStatus.APPROVED: frozenset({VersionStatus.SUPERSEDED}),
    VersionStatus.SUPERSEDED: frozenset(),
}

EDITABLE_STATUSES = frozenset({VersionStatus.DRAFT, VersionStatus.RETURNED})
OPEN_STATUSES = frozenset({VersionStatus.DRAFT, VersionStatus.SUBMITTED, VersionStatus.RETURNED})


def can_transition(current: VersionStatus, target: VersionStatus) -> bool:
    """Whether the lifecycle allows moving a version from `current` to `target`."""
    return target in ALLOWED_TRANSITIONS[current]


DEFAULT_REVIEW_MONTHS = 6


def review_due_after(approved_on: date, months: int = DEFAULT_REVIEW_MONTHS) -> date:
    """The default review date: the same day `months` calendar months later (clamped to month end)."""
    month_index = approved_on.month - 1 + months
    year, month = approved_on.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(approved_on.day, calendar.monthrange(year, month)[1]))
