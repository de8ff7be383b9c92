"""Closing the loop: the residents whose risk profile incidents say should be reviewed. The
coordinator's start page, the statistics and the meeting pack show them; kept apart from the
statistics so that the start page does not load those."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import msgspec
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Subquery

from tryghed_desktop.domain.incidents import LOCAL_ZONE
from tryghed_desktop.domain.lifecycle import OPEN_STATUSES, VersionStatus
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.store.models import AppSetting, Incident, PlanDocument, PlanVersion, Resident

REVIEW_SETTING = "review_trigger_incidents"
DEFAULT_REVIEW_THRESHOLD = 3
DEFAULT_SEVERE = 4
MAX_SEVERE_REASONS = 3


class ReviewSignal(msgspec.Struct, frozen=True):
    """A resident whose current risk profile should be reviewed, and why: in Danish sentences (the
    meeting pack prints them) and as facts (a screen words them in its language)."""

    resident_id: int
    card_name: str
    unit_id: int
    approved_on: date
    incidents_since: int
    reasons: tuple[str, ...]
    worst_severity: int = 0  # of the severe incidents since approval; 0 when there was none
    # The risk profile's revision already in progress (draft, submitted or returned), else None.
    revision: VersionStatus | None = None
    # The reasons as facts, for a screen to word in its language: whether the count reached the
    # threshold, the latest severe incidents (Danish day, severity; oldest first) and how many more.
    over_threshold: bool = False
    latest_severe: tuple[tuple[date, int], ...] = ()
    more_severe: int = 0
    severe_from: int = DEFAULT_SEVERE


def review_threshold(session: Session) -> int:
    """How many incidents since approval call for a review (setting 'review_trigger_incidents')."""
    setting = session.get(AppSetting, REVIEW_SETTING)
    if setting is None or not isinstance(setting.value, int) or setting.value < 1:
        return DEFAULT_REVIEW_THRESHOLD
    return setting.value


def _day(moment: datetime, zone: str) -> str:
    return moment.astimezone(ZoneInfo(zone)).strftime("%d.%m.%Y")


def plans_needing_review(
    session: Session,
    unit_id: int | None = None,
    *,
    resident_id: int | None = None,
    threshold: int | None = None,
    severe: int = DEFAULT_SEVERE,
    zone: str = LOCAL_ZONE,
) -> list[ReviewSignal]:
    """Active residents with `threshold` or more incidents, or one of severity `severe` or more, since
    their current approved risk profile took effect (its valid_from). Residents without an approved
    profile have nothing to review against and are not listed."""
    threshold = threshold if threshold is not None else review_threshold(session)
    current = (
        select(PlanDocument.resident_id.label("resident_id"), PlanVersion.valid_from.label("valid_from"))
        .join(PlanVersion, PlanVersion.document_id == PlanDocument.id)
        .where(PlanDocument.kind == PlanKind.RISK_PROFILE, PlanVersion.status == VersionStatus.APPROVED)
        .subquery()
    )
    since = and_(Incident.resident_id == Resident.id, Incident.occurred_at >= current.c.valid_from)
    # Two questions per resident, each answered from an index alone: how many since the approval
    # (resident, time), and the worst of the severe ones (resident, severity, time). A GROUP BY over
    # the incidents since read each of them: 0.7 s on a large facility's ten years.
    count = select(func.count()).where(since).scalar_subquery()
    worst = select(func.max(Incident.severity)).where(since, Incident.severity >= severe).scalar_subquery()
    flagged = (
        select(
            Resident.id.label("id"),
            Resident.card_name.label("card_name"),
            Resident.unit_id.label("unit_id"),
            current.c.valid_from.label("valid_from"),
            count.label("count"),
            worst.label("worst"),
        )
        .join(current, current.c.resident_id == Resident.id)
        .where(Resident.active)
    )
    if unit_id is not None:
        flagged = flagged.where(Resident.unit_id == unit_id)
    if resident_id is not None:
        flagged = flagged.where(Resident.id == resident_id)
    found = flagged.subquery()
    query = (
        select(
            found.c.id, found.c.card_name, found.c.unit_id, found.c.valid_from, found.c.count, found.c.worst
        )
        .where((found.c.count >= threshold) | found.c.worst.is_not(None))
        .order_by(found.c.card_name, found.c.id)
    )
    rows = session.execute(query).all()
    in_progress = _revisions_in_progress(session, [row[0] for row in rows])
    latest_severe = _latest_severe(session, current, [row[0] for row in rows if row[5] is not None], severe)
    signals = []
    for rid, card_name, unit, stored_from, count, worst in rows:
        valid_from = _as_utc(stored_from)
        reasons = []
        if count >= threshold:
            word = "hændelse" if count == 1 else "hændelser"
            reasons.append(f"{count} {word} siden planen blev godkendt {_day(valid_from, zone)}")
        # The latest few severe ones are enough to see why; the rest are counted.
        moments, severe_count = latest_severe.get(rid, ([], 0))
        days = tuple(
            (moment.astimezone(ZoneInfo(zone)).date(), severity) for moment, severity in reversed(moments)
        )
        reasons += [f"Alvor {severity} den {day:%d.%m.%Y}" for day, severity in days]
        more = severe_count - len(moments)
        if more > 0:
            reasons.append(f"og {more} til med alvor {severe} eller mere")
        signals.append(
            ReviewSignal(
                rid,
                card_name,
                unit,
                valid_from.astimezone(ZoneInfo(zone)).date(),
                count,
                tuple(reasons),
                worst or 0,
                in_progress.get(rid),
                count >= threshold,
                days,
                max(more, 0),
                severe,
            )
        )
    return signals


def _latest_severe(
    session: Session, current: Subquery, resident_ids: list[int], severe: int
) -> dict[int, tuple[list[tuple[datetime, int]], int]]:
    """Per resident: the latest few severe incidents since the approval (newest first), and how many
    there are in all; one query for every resident (a query each cost 0.3 s for 200 residents)."""
    ranked = (
        select(
            Incident.resident_id.label("resident_id"),
            Incident.occurred_at.label("occurred_at"),
            Incident.severity.label("severity"),
            func.row_number()
            .over(
                partition_by=Incident.resident_id, order_by=(Incident.occurred_at.desc(), Incident.id.desc())
            )
            .label("number"),
            func.count().over(partition_by=Incident.resident_id).label("total"),
        )
        .join(current, current.c.resident_id == Incident.resident_id)
        .where(
            Incident.resident_id.in_(resident_ids),
            Incident.severity >= severe,
            Incident.occurred_at >= current.c.valid_from,
        )
        .subquery()
    )
    found: dict[int, tuple[list[tuple[datetime, int]], int]] = {}
    latest = select(ranked).where(ranked.c.number <= MAX_SEVERE_REASONS).order_by(ranked.c.number)
    for resident_id, moment, severity, _number, total in session.execute(latest):
        found.setdefault(resident_id, ([], total))[0].append((_as_utc(moment), severity))
    return found


def _as_utc(value: datetime | str) -> datetime:
    """A time read through a subquery: on SQLite it skips UTCDateTime's conversion (naive, or text)."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _revisions_in_progress(session: Session, resident_ids: list[int]) -> dict[int, VersionStatus]:
    """The status of each resident's risk profile version in progress, where there is one."""
    found = session.execute(
        select(PlanDocument.resident_id, PlanVersion.status)
        .join(PlanVersion, PlanVersion.document_id == PlanDocument.id)
        .where(
            PlanDocument.resident_id.in_(resident_ids),
            PlanDocument.kind == PlanKind.RISK_PROFILE,
            PlanVersion.status.in_(OPEN_STATUSES),
        )
    )
    return {resident_id: VersionStatus(status) for resident_id, status in found}
