"""Deletion after the retention period (DESIGN §9): when a resident moved out longer ago than the
facility keeps their data, an administrator deletes them, and with them everything about them.

What goes: the resident, every version of every plan (with who read it and unsaved drafts), the old
plans imported for simplification, and the resident's entries in the log. What stays: the incidents,
without the resident and without their words (what happened, signs, strategies, the daily-rhythm
slot, the history of changes), because the work-environment statistics and the employer's record of
injuries count them; the time, type, severity, place, injury and follow-up stay. The log keeps one
entry that a resident (by id only) was deleted, by whom, and which runs of the chain it removed, so
that `audit.verify_chain` still proves nothing else went missing.

Never automatic: an administrator sees who is due and deletes them one by one.
"""

from __future__ import annotations

from datetime import date, datetime

import msgspec
from sqlalchemy import delete, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from tryghed_desktop.domain.incidents import local_time
from tryghed_desktop.domain.lifecycle import review_due_after
from tryghed_desktop.services import audit
from tryghed_desktop.services.actors import PERMISSIONS, Action, Actor, require_roles_now
from tryghed_desktop.services.errors import LifecycleError, PermissionDeniedError, Problem, ValidationError
from tryghed_desktop.services.residents import get_resident
from tryghed_desktop.store.db import hold_writers_lock
from tryghed_desktop.store.models import (
    AppSetting,
    AuditEvent,
    DraftAutosave,
    Incident,
    IncidentChange,
    IncidentStatsBucket,
    IncidentStatsHour,
    IncidentStatsSign,
    IncidentStatsStrategy,
    Measure,
    OriginalDocument,
    OriginalPiece,
    PlanAcknowledgement,
    PlanDocument,
    PlanVersion,
    Resident,
    Unit,
    utcnow,
)

RETENTION_KEY = "residents.retention_years"
DEFAULT_RETENTION_YEARS = 5
# The database refuses to delete approved plans earlier (migration 0011): keep the two in step.
FEWEST_YEARS, MOST_YEARS = 1, 30
DELETED_PERSON = "Borger (slettet)"
ADMINISTRATORS = PERMISSIONS[Action.AUDIT]  # who keeps the log keeps what it may hold


class DueResident(msgspec.Struct, frozen=True):
    id: int
    display_name: str
    card_name: str
    unit_name: str
    moved_out: date
    due_since: date


class Deletion(msgspec.Struct, frozen=True):
    """What a deletion removed and kept, for the message that says it is done."""

    card_name: str
    versions: int
    originals: int
    log_entries: int
    incidents_kept: int


def retention_years(session: Session) -> int:
    """How many years after the move-out a resident's data is kept (5 unless an administrator chose)."""
    setting = session.get(AppSetting, RETENTION_KEY)
    return int(setting.value) if setting is not None else DEFAULT_RETENTION_YEARS


def set_retention_years(session: Session, actor: Actor, years: int, *, now: datetime | None = None) -> None:
    """Change the period (administrators only; 1 to 30 years); the change is logged."""
    require_roles_now(session, actor, ADMINISTRATORS, "ændre, hvor længe fraflyttede borgere gemmes")
    if not FEWEST_YEARS <= years <= MOST_YEARS:
        raise ValidationError([Problem("år", f"Vælg mellem {FEWEST_YEARS} og {MOST_YEARS} år.")])
    audit.store_setting(session, actor, RETENTION_KEY, years, detail={"years": years}, now=now)


def _due_on(moved_out: date, years: int) -> date:
    return review_due_after(moved_out, 12 * years)


def due_for_deletion(session: Session, actor: Actor, today: date) -> list[DueResident]:
    """Residents who moved out longer ago than the period, longest ago first (for administrators)."""
    require_roles_now(session, actor, ADMINISTRATORS, "se, hvem der skal slettes")
    years = retention_years(session)
    rows = session.execute(
        select(Resident.id, Resident.display_name, Resident.card_name, Unit.name, Resident.discharged_at)
        .join(Unit, Resident.unit_id == Unit.id)
        .where(Resident.active.is_(False), Resident.discharged_at.is_not(None))
        .order_by(Resident.discharged_at, Resident.id)
    )
    due = []
    for resident_id, display_name, card_name, unit_name, discharged_at in rows:
        assert discharged_at is not None  # the query's own condition
        moved_out = local_time(discharged_at).date()
        due_since = _due_on(moved_out, years)
        if due_since <= today:
            due.append(DueResident(resident_id, display_name, card_name, unit_name, moved_out, due_since))
    return due


def delete_resident(
    session: Session, actor: Actor, resident_id: int, *, now: datetime | None = None
) -> Deletion:
    """Delete a resident who is due (see the module docstring for what goes and what stays)."""
    require_roles_now(session, actor, ADMINISTRATORS, "slette borgere")
    if actor.user_id is None:
        raise PermissionDeniedError("En borger slettes kun af en administrator, der er logget ind med navn.")
    # Before anything is read: no other PC adds an entry about the resident while it is deleted.
    hold_writers_lock(session)
    now = now or utcnow()
    resident = get_resident(session, resident_id)
    if resident.active or resident.discharged_at is None:
        raise LifecycleError(f"{resident.card_name} bor her stadig. Kun fraflyttede borgere kan slettes.")
    moved_out = local_time(resident.discharged_at).date()
    years = retention_years(session)
    due_since = _due_on(moved_out, years)
    if due_since > local_time(now).date():
        raise LifecycleError(
            f"{resident.card_name} flyttede ud {moved_out:%d.%m.%Y}. Oplysningerne gemmes i {years} år "
            f"og kan slettes fra {due_since:%d.%m.%Y}."
        )
    card_name = resident.card_name
    kept = _anonymise_incidents(session, resident_id)
    # A measure of the action plan about the resident stays the facility's, no longer about anyone.
    # A new row_version: a form opened on the measure before is refused as stale, not saved with him.
    session.execute(
        update(Measure)
        .where(Measure.resident_id == resident_id)
        .values(resident_id=None, row_version=Measure.row_version + 1)
    )
    originals = _delete_originals(session, resident_id)
    try:
        versions = _delete_plans(session, resident_id)
    except DBAPIError as error:  # migration 0011's guard: the service and the database disagree on a date
        raise LifecycleError(
            f"Databasen nægter at slette {card_name}s godkendte planer endnu. Prøv igen om et par dage."
        ) from error
    doomed = list(
        session.scalars(
            select(AuditEvent).where(AuditEvent.resident_id == resident_id).order_by(AuditEvent.id)
        )
    )
    gaps = audit.delete_entries(session, doomed)
    session.expunge(resident)
    session.execute(delete(Resident).where(Resident.id == resident_id))
    audit.record(
        session,
        actor,
        audit.RESIDENT_DELETE_ACTION,
        target=f"borger {resident_id}",  # no name: the entry outlives the person's data
        detail={
            "moved_out": moved_out.isoformat(),
            "retention_years": years,
            "versions": versions,
            "originals": originals,
            "incidents_kept": kept,
            "deleted": len(doomed),
            "gaps": gaps,
        },
        now=now,
    )
    return Deletion(card_name, versions, originals, len(doomed), kept)


def _anonymise_incidents(session: Session, resident_id: int) -> int:
    # Here, not at the top: the administrator's start page lists who is due without loading it.
    from tryghed_desktop.services.statistics import IncidentBuckets

    incidents = list(session.scalars(select(Incident).where(Incident.resident_id == resident_id)))
    # The summaries keyed by the resident are theirs alone: drop them and count the incidents again
    # as they are kept (no resident, no signs, strategies or slot).
    for model in (IncidentStatsBucket, IncidentStatsHour, IncidentStatsSign, IncidentStatsStrategy):
        session.execute(delete(model).where(model.resident_id == resident_id))
    ids = [incident.id for incident in incidents]
    if ids:
        session.execute(delete(IncidentChange).where(IncidentChange.incident_id.in_(ids)))
    buckets = IncidentBuckets()
    for incident in incidents:
        incident.resident_id = None
        incident.other_person = DELETED_PERSON
        incident.situation = ""
        incident.description = ""
        incident.slot_label = ""
        incident.signs_seen = []
        incident.strategies = []
        incident.plan_version_id = None
        buckets.add_incident(incident)
    session.flush()
    buckets.insert(session)
    return len(incidents)


def _delete_originals(session: Session, resident_id: int) -> int:
    ids = list(
        session.scalars(select(OriginalDocument.id).where(OriginalDocument.resident_id == resident_id))
    )
    session.execute(delete(OriginalPiece).where(OriginalPiece.document_id.in_(ids)))
    session.execute(delete(OriginalDocument).where(OriginalDocument.id.in_(ids)))
    return len(ids)


def _delete_plans(session: Session, resident_id: int) -> int:
    documents = select(PlanDocument.id).where(PlanDocument.resident_id == resident_id)
    ids = list(session.scalars(select(PlanVersion.id).where(PlanVersion.document_id.in_(documents))))
    session.execute(delete(PlanAcknowledgement).where(PlanAcknowledgement.version_id.in_(ids)))
    session.execute(delete(DraftAutosave).where(DraftAutosave.version_id.in_(ids)))
    session.execute(delete(PlanVersion).where(PlanVersion.id.in_(ids)))
    session.execute(delete(PlanDocument).where(PlanDocument.resident_id == resident_id))
    return len(ids)
