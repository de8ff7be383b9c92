"""Closing the loop: the residents whose risk profile incidents say should be reviewed. The
coordinator's start page, the statistics and the meeting pack show them; kept apart from the
statistics so that the start page does not load those."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import msgspec
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from tryghed_desktop.domain.incidents import LOCAL_ZONE
from tryghed_desktop.domain.lifecycle import OPEN_STATUSES, VersionStatus
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.store.models import AppSetting, Incident, PlanDocument, PlanVersion, Resident

REVIEW_SETTING = "review_trigger_incidents"
DEFAULT_REVIEW_THRESHOLD = 3
DEFAULT_SEVERE = 4
MAX_SEVERE_REASONS = 3


class ReviewSignal(msgspec.Struct, frozen=True):
    """A resident whose current risk profile should be reviewed, and why (Danish sentences)."""

    resident_id: int
    card_name: str
    unit_id: int
    approved_on: date
    incidents_since: int
    reasons: tuple[str, ...]
    worst_severity: int = 0
    # The risk profile's revision already in progress (draft, submitted or returned), else None.
    revision: VersionStatus | None = None


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
    query = (
        select(
            Resident.id,
            Resident.card_name,
            Resident.unit_id,
            current.c.valid_from,
            func.count(Incident.id),
            func.max(Incident.severity),
        )
        .join(current, current.c.resident_id == Resident.id)
        .join(
            Incident,
            and_(Incident.resident_id == Resident.id, Incident.occurred_at >= current.c.valid_from),
        )
        .where(Resident.active)
        .group_by(Resident.id, Resident.card_name, Resident.unit_id, current.c.valid_from)
        .having((func.count(Incident.id) >= threshold) | (func.max(Incident.severity) >= severe))
        .order_by(Resident.card_name, Resident.id)
    )
    if unit_id is not None:
        query = query.where(Resident.unit_id == unit_id)
    if resident_id is not None:
        query = query.where(Resident.id == resident_id)
    rows = session.execute(query).all()
    in_progress = _revisions_in_progress(session, [row[0] for row in rows])
    signals = []
    for rid, card_name, unit, stored_from, count, worst in rows:
        # Read through a subquery, the value skips UTCDateTime's conversion on SQLite.
        valid_from = stored_from if stored_from.tzinfo else stored_from.replace(tzinfo=UTC)
        reasons = []
        if count >= threshold:
            word = "hændelse" if count == 1 else "hændelser"
            reasons.append(f"{count} {word} siden planen blev godkendt {_day(valid_from, zone)}")
        if worst >= severe:
            severe_rows = session.execute(
                select(Incident.occurred_at, Incident.severity)
                .where(
                    Incident.resident_id == rid,
                    Incident.occurred_at >= valid_from,
                    Incident.severity >= severe,
                )
                .order_by(Incident.occurred_at.desc())
            ).all()
            # The latest few are enough to see why; the rest are counted.
            for moment, severity in reversed(severe_rows[:MAX_SEVERE_REASONS]):
                reasons.append(f"Alvor {severity} den {_day(moment, zone)}")
            if len(severe_rows) > MAX_SEVERE_REASONS:
                reasons.append(
                    f"og {len(severe_rows) - MAX_SEVERE_REASONS} flere med alvor {severe} eller mere"
                )
        signals.append(
            ReviewSignal(
                rid,
                card_name,
                unit,
                valid_from.astimezone(ZoneInfo(zone)).date(),
                count,
                tuple(reasons),
                worst,
                in_progress.get(rid),
            )
        )
    return signals


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
