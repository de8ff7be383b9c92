"""Status hints for residents and plans: always a word plus a colour, never colour alone."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import Enum

import msgspec
from PySide6.QtCore import QCoreApplication

from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.services.plans import PlanState
from tryghed_desktop.services.residents import REVIEW_SOON_DAYS, ResidentRow
from tryghed_desktop.services.review_signals import ReviewSignal
from tryghed_desktop.ui.domain_labels import status_title

translate = QCoreApplication.translate


class Tone(Enum):
    """Colour families; each is (text colour, background) chosen for contrast ≥ 4.5:1."""

    DANGER = ("#8e1b1b", "#fde7e7")
    WARNING = ("#6d4c00", "#fff1c2")
    INFO = ("#0d47a1", "#e3efff")
    NEUTRAL = ("#37474f", "#eceff1")
    OK = ("#1b5e20", "#e4f4e5")

    @property
    def foreground(self) -> str:
        return self.value[0]

    @property
    def background(self) -> str:
        return self.value[1]


class Hint(msgspec.Struct, frozen=True):
    text: str
    tone: Tone
    tooltip: str = ""


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    return value.strftime("%d.%m.%Y")


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    return local.strftime("%d.%m.%Y %H:%M")


def resident_hints(row: ResidentRow, today: date) -> list[Hint]:
    """What needs attention for a resident in the list, most urgent first."""
    if row.moved_out is not None:  # nothing to do on the plans of somebody who no longer lives here
        return [
            Hint(translate("status", "Fraflyttet %1").replace("%1", format_date(row.moved_out)), Tone.NEUTRAL)
        ]
    hints: list[Hint] = []
    if row.returned:
        hints.append(Hint(status_title(VersionStatus.RETURNED), Tone.DANGER))
    if row.review_overdue(today):
        hints.append(Hint(translate("status", "Revision overskredet"), Tone.DANGER))
    if row.awaiting_approval:
        hints.append(Hint(status_title(VersionStatus.SUBMITTED), Tone.INFO))
    if row.drafts:
        hints.append(Hint(status_title(VersionStatus.DRAFT), Tone.NEUTRAL))
    if row.review_soon(today) and not row.review_overdue(today):
        hints.append(Hint(translate("status", "Revision snart"), Tone.WARNING))
    if row.approved_plans == 0 and not hints:
        hints.append(Hint(translate("status", "Ingen godkendt plan"), Tone.NEUTRAL))
    return hints


def review_hint(review_due: date | None, today: date) -> Hint | None:
    if review_due is None:
        return None
    if review_due < today:
        return Hint(
            translate("status", "Revision overskredet"),
            Tone.DANGER,
            translate("status", "Revisionen skulle have været senest %1.").replace(
                "%1", format_date(review_due)
            ),
        )
    tone = Tone.WARNING if review_due <= today + timedelta(days=REVIEW_SOON_DAYS) else Tone.NEUTRAL
    return Hint(translate("status", "Revision senest %1").replace("%1", format_date(review_due)), tone)


class PlanChips(msgspec.Struct, frozen=True):
    """A plan's chips in fixed slots, so the header can line them up in columns."""

    approval: Hint | None
    open: Hint | None
    review: Hint | None

    def hints(self) -> list[Hint]:
        return [hint for hint in (self.approval, self.open, self.review) if hint is not None]


def plan_chips(state: PlanState, today: date, *, lives_here: bool = True) -> PlanChips:
    """The chips for one plan on the resident page: its approval, its open version, its review (none
    for a resident who moved out: nobody revises those plans)."""
    current, open_version = state.current, state.open
    approval = None
    if current is not None:
        who = current.approved_by or translate("status", "ukendt")
        approval = Hint(
            translate("status", "Godkendt af %1, %2")
            .replace("%1", who)
            .replace("%2", format_date(current.approved_at)),
            Tone.OK,
        )
    elif open_version is None:
        approval = Hint(translate("status", "Ingen plan endnu"), Tone.NEUTRAL)
    else:
        approval = Hint(translate("status", "Ingen godkendt version"), Tone.NEUTRAL)
    open_hint = None
    if open_version is not None:
        tone = {
            VersionStatus.RETURNED: Tone.DANGER,
            VersionStatus.SUBMITTED: Tone.INFO,
        }.get(open_version.status, Tone.NEUTRAL)
        open_hint = Hint(status_title(open_version.status), tone)
    review = review_hint(current.review_due, today) if current is not None and lives_here else None
    return PlanChips(approval, open_hint, review)


def plan_hints(state: PlanState, today: date, *, lives_here: bool = True) -> list[Hint]:
    return plan_chips(state, today, lives_here=lives_here).hints()


def signal_reasons(signal: ReviewSignal) -> str:
    """Why a resident's risk profile should be revised, in the UI language (the start page and the
    statistics; the meeting pack prints the service's Danish sentences)."""
    translate = QCoreApplication.translate
    parts = []
    if signal.over_threshold:
        parts.append(
            translate(
                "OverviewPanel", "%n hændelse(r) siden planen blev godkendt %1", "", signal.incidents_since
            ).replace("%1", format_date(signal.approved_on))
        )
    parts += [
        translate("OverviewPanel", "Alvor %1 den %2")
        .replace("%1", str(severity))
        .replace("%2", format_date(day))
        for day, severity in signal.latest_severe
    ]
    if signal.more_severe:
        parts.append(
            translate("OverviewPanel", "og %1 til med alvor %2 eller mere")
            .replace("%1", str(signal.more_severe))
            .replace("%2", str(signal.severe_from))
        )
    return "; ".join(parts)
