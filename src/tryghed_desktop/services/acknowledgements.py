"""Read acknowledgements: staff confirm having read a resident's current plans; coordinators see who not."""

from __future__ import annotations

from datetime import datetime

import msgspec
from sqlalchemy import select
from sqlalchemy.orm import Session

from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.services import audit
from tryghed_desktop.services.actors import Action, Actor, Role, require
from tryghed_desktop.services.errors import LifecycleError
from tryghed_desktop.services.residents import get_resident
from tryghed_desktop.store.models import (
    PlanAcknowledgement,
    PlanDocument,
    PlanVersion,
    User,
    UserRole,
    utcnow,
)


class ReadStatus(msgspec.Struct, frozen=True):
    """Whether one user has read every current version of a resident's plans, and since when."""

    current_versions: int
    read_at: datetime | None  # the latest of the user's acknowledgements, when all are read

    @property
    def read(self) -> bool:
        return self.current_versions > 0 and self.read_at is not None


def _current_ids(session: Session, resident_id: int) -> list[int]:
    return list(
        session.scalars(
            select(PlanVersion.id)
            .join(PlanDocument, PlanVersion.document_id == PlanDocument.id)
            .where(PlanDocument.resident_id == resident_id, PlanVersion.status == VersionStatus.APPROVED)
            .order_by(PlanVersion.id)
        )
    )


def _read(session: Session, version_ids: list[int], user_id: int) -> dict[int, datetime]:
    return {
        version_id: at
        for version_id, at in session.execute(
            select(PlanAcknowledgement.version_id, PlanAcknowledgement.at).where(
                PlanAcknowledgement.user_id == user_id, PlanAcknowledgement.version_id.in_(version_ids)
            )
        )
    }


def acknowledge(session: Session, actor: Actor, resident_id: int, *, now: datetime | None = None) -> int:
    """Record that the actor has read all current versions of the resident's plans; returns how many
    versions were newly acknowledged (0 when all were already)."""
    require(actor, Action.ACKNOWLEDGE)
    if actor.user_id is None:
        raise LifecycleError("Kun en indlogget medarbejder kan bekræfte at have læst planerne.")
    resident = get_resident(session, resident_id)
    current = _current_ids(session, resident_id)
    if not current:
        raise LifecycleError(f"{resident.card_name} har endnu ingen godkendte planer at bekræfte.")
    now = now or utcnow()
    missing = [vid for vid in current if vid not in _read(session, current, actor.user_id)]
    for version_id in missing:
        session.add(PlanAcknowledgement(version_id=version_id, user_id=actor.user_id, at=now))
    session.flush()
    if missing:
        audit.record(
            session,
            actor,
            "plan.acknowledge",
            resident_id=resident_id,
            target=resident.card_name,
            detail={"versions": missing},
            now=now,
        )
    return len(missing)


def read_status(session: Session, actor: Actor, resident_id: int) -> ReadStatus:
    """Whether the actor has read the resident's current plans (what the button on the page shows)."""
    current = _current_ids(session, resident_id)
    if actor.user_id is None or not current:
        return ReadStatus(len(current), None)
    read = _read(session, current, actor.user_id)
    return ReadStatus(len(current), max(read.values()) if len(read) == len(current) else None)


def unread_by(session: Session, actor: Actor, resident_id: int) -> list[str]:
    """Names of active staff who have not read every current version of the resident's plans."""
    require(actor, Action.SEE_READ_STATUS)
    get_resident(session, resident_id)
    current = _current_ids(session, resident_id)
    if not current:
        return []
    staff = session.scalars(
        select(User)
        .join(UserRole, UserRole.user_id == User.id)
        .where(User.active, UserRole.role == Role.STAFF.value)
        .order_by(User.full_name)
    ).all()
    read: dict[int, int] = {}
    for (user_id,) in session.execute(
        select(PlanAcknowledgement.user_id).where(PlanAcknowledgement.version_id.in_(current))
    ):
        read[user_id] = read.get(user_id, 0) + 1
    return [user.full_name for user in staff if read.get(user.id, 0) < len(current)]
