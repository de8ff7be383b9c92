"""The audit log: every read and write, append-only, each entry chained to the previous by a hash."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tryghed_desktop.services.actors import Actor
from tryghed_desktop.store.models import AuditEvent, utcnow

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
    """Append one audit entry in the caller's transaction."""
    prev_hash = session.scalars(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    at = (now or utcnow()).replace(microsecond=0)
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


def verify_chain(session: Session) -> list[int]:
    """Ids of entries whose hash or link does not match: an edited, inserted or deleted entry."""
    broken: list[int] = []
    prev = GENESIS_HASH
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        if event.prev_hash != prev or event.hash != _entry_hash(event):
            broken.append(event.id)
        prev = event.hash
    return broken
