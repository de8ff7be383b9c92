"""The audit log: every read and write, append-only, each entry chained to the previous by a hash.

Retention: access entries (logins, reads, searches, prints, exports) are deleted after a configurable
period; plan history and user administration stay; all of a resident's entries go when the resident is
deleted after their own retention period (services.resident_deletion). Deleting entries from the middle
of a hash chain would break it, so `purge_access_entries` appends an "audit.purge" entry (and a deletion
a "resident.delete" entry) that lists each run of deleted entries as a gap: the hash the run started
from ("enters") and the hash of its last entry ("leaves"). `verify_chain` steps over a gap only when its
link matches exactly, so the chain still proves that no kept entry was edited, inserted or removed, and
that nothing else went missing. The purge entry itself is chained like any other: deleting or editing it
breaks the verification.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime, time
from typing import Any

import msgspec
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tryghed_desktop.domain.lifecycle import review_due_after
from tryghed_desktop.services.actors import (
    PERMISSIONS,
    SYSTEM,
    Action,
    Actor,
    require_current,
    require_roles_now,
)
from tryghed_desktop.services.errors import Problem, ValidationError
from tryghed_desktop.store.backup import RestoreResult
from tryghed_desktop.store.db import hold_writers_lock, open_database
from tryghed_desktop.store.models import AppSetting, AuditEvent, utcnow

GENESIS_HASH = "0" * 64


def _entry_hash(event: AuditEvent) -> str:
    payload = json.dumps(
        [
            event.prev_hash,
            event.at.isoformat(),
            event.actor,
            event.action,
            event.resident_id,
            event.target,
            event.detail,
        ],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    *,
    resident_id: int | None = None,
    target: str = "",
    detail: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> AuditEvent:
    """Append one audit entry in the caller's transaction.

    The writers' lock is taken before the newest entry is read: otherwise two PCs saving at the same
    moment both link to the same entry, and `verify` reports a chain broken by everyday use as
    tampering."""
    hold_writers_lock(session)
    prev_hash = session.scalars(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    # UTC before hashing: the store gives times back in UTC, and verify must hash the same text.
    at = (now or utcnow()).astimezone(UTC).replace(microsecond=0)
    event = AuditEvent(
        at=at,
        user_id=actor.user_id,
        actor=actor.username,
        action=action,
        resident_id=resident_id,
        target=target,
        detail=detail or {},
        prev_hash=prev_hash or GENESIS_HASH,
    )
    event.hash = _entry_hash(event)
    session.add(event)
    session.flush()
    return event


def record_restore(database_url: str, restored: RestoreResult, *, by: str) -> None:
    """Open the restored database (which migrates an older backup to the current schema) and note in
    its log that it was restored, from what and by whom (a username: the user may not exist in the
    backup, so the entry is the system's)."""
    database = open_database(database_url)
    try:
        with database.session() as session:
            record(
                session,
                SYSTEM,
                "database.restore",
                target=restored.restored_from.name,
                detail={
                    "kept_as": restored.previous_kept_as.name if restored.previous_kept_as else "",
                    "revision": restored.revision,
                    "by": by,
                },
            )
    finally:
        database.dispose()


# Reads and sessions: kept for the retention period only. Everything else (plan.*, user.*, incident
# registration and follow-up, acknowledgements, settings, purges) is history and stays.
ACCESS_ACTIONS = frozenset(
    {
        "login",
        "login.failed",
        "logout",
        "lock",
        "unlock",
        "resident.open",
        "incident.open",
        "incident.list",
        "search",
        "review.open",
        "print",
        "simplify.read",
        "simplify.report",
        "audit.export",
    }
)
RETENTION_KEY = "audit.access_retention_months"
DEFAULT_RETENTION_MONTHS = 6
PURGE_ACTION = "audit.purge"
RESIDENT_DELETE_ACTION = "resident.delete"
# Entries that remove others and list the gaps they leave (see the module docstring).
GAP_ACTIONS = frozenset({PURGE_ACTION, RESIDENT_DELETE_ACTION})


def retention_months(session: Session) -> int:
    """How many months access entries are kept (an AppSetting; 6 unless an administrator changed it)."""
    setting = session.get(AppSetting, RETENTION_KEY)
    return int(setting.value) if setting is not None else DEFAULT_RETENTION_MONTHS


def set_retention_months(session: Session, actor: Actor, months: int, *, now: datetime | None = None) -> None:
    """Change the retention period of access entries (administrators only; 1 to 120 months)."""
    require_roles_now(session, actor, PERMISSIONS[Action.AUDIT], "ændre, hvor længe loggen gemmes")
    if not 1 <= months <= 120:
        raise ValidationError([Problem("måneder", "Vælg mellem 1 og 120 måneder.")])
    store_setting(session, actor, RETENTION_KEY, months, detail={"months": months}, now=now)


def store_setting(
    session: Session,
    actor: Actor,
    key: str,
    value: Any,
    *,
    detail: dict[str, Any],
    now: datetime | None = None,
) -> None:
    """Store one facility-wide setting (the caller has checked who may, and the value) and log it."""
    now = now or utcnow()
    setting = session.get(AppSetting, key)
    if setting is None:
        session.add(AppSetting(key=key, value=value, updated_at=now))
    else:
        setting.value = value
        setting.updated_at = now
    session.flush()
    record(session, actor, "settings.change", target=key, detail=detail, now=now)


def _gaps(deleted: Sequence[AuditEvent]) -> list[dict[str, Any]]:
    """Runs of directly linked deleted entries, as {from, to, enters, leaves, count}."""
    gaps: list[dict[str, Any]] = []
    for event in deleted:
        if gaps and gaps[-1]["leaves"] == event.prev_hash:
            gaps[-1].update(to=event.id, leaves=event.hash, count=gaps[-1]["count"] + 1)
        else:
            gaps.append(
                {
                    "from": event.id,
                    "to": event.id,
                    "enters": event.prev_hash,
                    "leaves": event.hash,
                    "count": 1,
                }
            )
    return gaps


def purge_access_entries(session: Session, actor: Actor, *, now: datetime | None = None) -> int:
    """Delete access entries older than the retention period; returns how many. The gaps are recorded
    in an "audit.purge" entry so that `verify_chain` still passes (see the module docstring)."""
    require_current(session, actor, Action.AUDIT)
    now = now or utcnow()
    cutoff_day = review_due_after(now.date(), -retention_months(session))
    cutoff = datetime.combine(cutoff_day, time(0, 0), tzinfo=now.tzinfo)
    doomed = list(
        session.scalars(
            select(AuditEvent)
            .where(AuditEvent.action.in_(ACCESS_ACTIONS), AuditEvent.at < cutoff)
            .order_by(AuditEvent.id)
        )
    )
    if not doomed:
        return 0
    gaps = delete_entries(session, doomed)
    record(
        session,
        actor,
        PURGE_ACTION,
        target=f"før {cutoff_day.isoformat()}",
        detail={"deleted": len(doomed), "before": cutoff_day.isoformat(), "gaps": gaps},
        now=now,
    )
    return len(doomed)


def delete_entries(session: Session, doomed: Sequence[AuditEvent]) -> list[dict[str, Any]]:
    """Delete these entries (oldest first) and return the gaps they leave in the chain. The caller
    records the gaps in an entry of one of GAP_ACTIONS, in the same transaction."""
    gaps = _gaps(doomed)
    ids = [event.id for event in doomed]
    for start in range(0, len(ids), 500):
        session.execute(
            delete(AuditEvent).where(AuditEvent.id.in_(ids[start : start + 500])),
            execution_options={"synchronize_session": False},
        )
    for event in doomed:
        session.expunge(event)
    return gaps


class AuditRow(msgspec.Struct, frozen=True):
    id: int
    at: datetime
    actor: str
    action: str
    resident_id: int | None
    target: str
    detail: dict[str, Any]


def export_resident_audit(session: Session, actor: Actor, resident_id: int) -> list[AuditRow]:
    """One resident's log entries, oldest first, for a request for insight (administrators only)."""
    require_current(session, actor, Action.AUDIT)
    rows = resident_entries(session, resident_id)
    record(session, actor, "audit.export", resident_id=resident_id, detail={"entries": len(rows)})
    return rows


def resident_entries(session: Session, resident_id: int) -> list[AuditRow]:
    """One resident's log entries, oldest first, unchecked and unrecorded (see export_resident_audit)."""
    return [
        AuditRow(e.id, e.at, e.actor, e.action, e.resident_id, e.target, dict(e.detail))
        for e in session.scalars(
            select(AuditEvent).where(AuditEvent.resident_id == resident_id).order_by(AuditEvent.id)
        )
    ]


def verify_chain(session: Session) -> list[int]:
    """Ids of entries whose hash or link does not match: an edited, inserted or deleted entry.
    Runs deleted by a recorded purge are stepped over when their link matches exactly."""
    events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    gaps: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        if event.action in GAP_ACTIONS and event.hash == _entry_hash(event):
            for gap in event.detail.get("gaps", []):
                gaps.setdefault(gap["enters"], []).append(gap)
    broken: list[int] = []
    prev, last_id = GENESIS_HASH, 0
    for event in events:
        stepped = True
        while event.prev_hash != prev and stepped:
            stepped = False
            for gap in gaps.get(prev, []):
                if last_id < gap["from"] <= gap["to"] < event.id:
                    prev, last_id, stepped = gap["leaves"], gap["to"], True
                    break
        if event.prev_hash != prev or event.hash != _entry_hash(event):
            broken.append(event.id)
        prev, last_id = event.hash, event.id
    return broken
