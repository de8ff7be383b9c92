"""Facilities, units and residents: listing for the main window and the CLI; moving in, changing
the facts, moving out and back."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta
from typing import Any

import msgspec
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from tryghed_desktop.domain.incidents import local_midnight, local_time
from tryghed_desktop.domain.lifecycle import OPEN_STATUSES, VersionStatus
from tryghed_desktop.services import audit
from tryghed_desktop.services.actors import Action, Actor, require
from tryghed_desktop.services.errors import (
    ConflictError,
    LifecycleError,
    NotFoundError,
    Problem,
    ValidationError,
)
from tryghed_desktop.store.models import (
    Facility,
    Incident,
    PlanDocument,
    PlanVersion,
    Resident,
    Unit,
    utcnow,
)

REVIEW_SOON_DAYS = 30
CONFLICT_MESSAGE = (
    "Borgerens oplysninger er ændret et andet sted, siden du åbnede dem. Intet er gemt. "
    "Åbn dem igen, og ret derfra."
)
MAX_SEARCH_LENGTH = 200


class UnitRow(msgspec.Struct, frozen=True):
    id: int
    facility_name: str
    name: str
    resident_count: int


class ResidentRow(msgspec.Struct, frozen=True):
    """A resident as the list shows it, with what needs attention across all plans."""

    id: int
    display_name: str
    card_name: str
    unit_id: int
    unit_name: str
    room: str
    active: bool
    approved_plans: int
    drafts: int
    awaiting_approval: int
    returned: int
    next_review_due: date | None
    moved_out: date | None = None  # the Danish day a resident who no longer lives here moved out

    def review_overdue(self, today: date) -> bool:
        return self.next_review_due is not None and self.next_review_due < today

    def review_soon(self, today: date) -> bool:
        return self.next_review_due is not None and today <= self.next_review_due <= today + timedelta(
            days=REVIEW_SOON_DAYS
        )


class ResidentDetail(msgspec.Struct, frozen=True):
    id: int
    display_name: str
    card_name: str
    unit_id: int
    unit_name: str
    facility_name: str
    room: str
    contact_persons: tuple[str, ...]
    active: bool
    discharged_at: datetime | None
    row_version: int = 1  # what a change may expect (update_resident)


def scope_name(session: Session, unit_id: int | None) -> str:
    """A unit's name, or "<facility> – alle afdelinger" for all of them (the headings of prints)."""
    if unit_id is None:
        facilities = sorted({name for name in session.scalars(select(Facility.name))})
        return f"{', '.join(facilities) or 'Bostedet'} – alle afdelinger"
    return get_unit(session, unit_id).name


def list_units(session: Session) -> list[UnitRow]:
    """Every unit with its facility and number of active residents, by facility and name."""
    count = (
        select(func.count(Resident.id))
        .where(Resident.unit_id == Unit.id, Resident.active)
        .correlate(Unit)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Unit.id, Facility.name, Unit.name, count)
        .join(Facility, Unit.facility_id == Facility.id)
        .order_by(Facility.name, Unit.name)
    )
    return [UnitRow(id, facility, name, resident_count) for id, facility, name, resident_count in rows]


def list_residents(
    session: Session,
    *,
    unit_id: int | None = None,
    text: str | None = None,
    include_discharged: bool = False,
) -> list[ResidentRow]:
    """Residents by name with their plan statuses; filtered by unit and a name fragment."""
    query = select(Resident, Unit.name).join(Unit, Resident.unit_id == Unit.id)
    if unit_id is not None:
        query = query.where(Resident.unit_id == unit_id)
    if not include_discharged:
        query = query.where(Resident.active)
    if text and text.strip():
        needle = text.strip().lower()
        if len(needle) > MAX_SEARCH_LENGTH:
            return []  # no name is that long, and SQLite refuses very long LIKE patterns
        # The user's % and _ are letters, not wildcards.
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        query = query.where(
            func.lower(Resident.display_name).like(pattern, escape="\\")
            | func.lower(Resident.card_name).like(pattern, escape="\\")
        )
    residents = session.execute(query.order_by(Resident.display_name, Resident.id)).all()
    ids = [resident.id for resident, _unit in residents]
    status_rows = session.execute(
        select(PlanDocument.resident_id, PlanVersion.status, PlanVersion.review_due)
        .join(PlanVersion, PlanVersion.document_id == PlanDocument.id)
        .where(PlanDocument.resident_id.in_(ids), PlanVersion.status != VersionStatus.SUPERSEDED)
    ).all()
    counts: dict[int, dict[VersionStatus, int]] = {rid: {} for rid in ids}
    next_review: dict[int, date] = {}
    for resident_id, status, review_due in status_rows:
        counts[resident_id][status] = counts[resident_id].get(status, 0) + 1
        if status is VersionStatus.APPROVED and review_due is not None:
            known = next_review.get(resident_id)
            next_review[resident_id] = review_due if known is None else min(known, review_due)
    return [
        ResidentRow(
            id=resident.id,
            display_name=resident.display_name,
            card_name=resident.card_name,
            unit_id=resident.unit_id,
            unit_name=unit_name,
            room=resident.room,
            active=resident.active,
            approved_plans=counts[resident.id].get(VersionStatus.APPROVED, 0),
            drafts=counts[resident.id].get(VersionStatus.DRAFT, 0),
            awaiting_approval=counts[resident.id].get(VersionStatus.SUBMITTED, 0),
            returned=counts[resident.id].get(VersionStatus.RETURNED, 0),
            next_review_due=next_review.get(resident.id),
            moved_out=discharged_on(resident),
        )
        for resident, unit_name in residents
    ]


def get_unit(session: Session, unit_id: int) -> Unit:
    """The unit row, or a Danish NotFoundError."""
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFoundError(f"Der findes ingen afdeling med id {unit_id}.")
    return unit


def get_resident(session: Session, resident_id: int) -> Resident:
    """The resident row, or a Danish NotFoundError."""
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFoundError(f"Der findes ingen borger med id {resident_id}.")
    return resident


def resident_detail(session: Session, resident_id: int) -> ResidentDetail:
    """The resident's own facts (not the plans)."""
    resident = get_resident(session, resident_id)
    return ResidentDetail(
        id=resident.id,
        display_name=resident.display_name,
        card_name=resident.card_name,
        unit_id=resident.unit_id,
        unit_name=resident.unit.name,
        facility_name=resident.unit.facility.name,
        room=resident.room,
        contact_persons=tuple(resident.contact_persons),
        active=resident.active,
        discharged_at=resident.discharged_at,
        row_version=resident.row_version,
    )


def ensure_unit(session: Session, facility_name: str, unit_name: str) -> Unit:
    """The unit of that name in that facility, created (with the facility) when missing."""
    facility = session.scalars(select(Facility).where(Facility.name == facility_name)).one_or_none()
    if facility is None:
        facility = Facility(name=facility_name)
        session.add(facility)
        session.flush()
    unit = session.scalars(
        select(Unit).where(Unit.facility_id == facility.id, Unit.name == unit_name)
    ).one_or_none()
    if unit is None:
        unit = Unit(facility_id=facility.id, name=unit_name)
        session.add(unit)
        session.flush()
    return unit


# The longest text each field holds (the columns' lengths): PostgreSQL would refuse more, SQLite keep it.
FIELD_LIMITS = {"navn": 200, "kortnavn": 100, "værelse": 50}
MAX_CONTACT_LENGTH = 200


def _facts(
    unit_id: int | None,
    display_name: str,
    card_name: str,
    room: str,
    contact_persons: list[str] | tuple[str, ...] | None,
) -> dict[str, Any]:
    """The facts as they are stored: trimmed, empty contact lines left out."""
    return {
        "unit_id": unit_id,
        "display_name": display_name.strip(),
        "card_name": card_name.strip(),
        "room": room.strip(),
        "contact_persons": [contact.strip() for contact in contact_persons or () if contact.strip()],
    }


def _facts_problems(session: Session, facts: dict[str, Any]) -> list[Problem]:
    problems = []
    if not facts["display_name"]:
        problems.append(Problem("navn", "Skriv borgerens navn."))
    if not facts["card_name"]:
        problems.append(Problem("kortnavn", "Skriv et kortnavn (fornavn eller initialer)."))
    texts = {"navn": facts["display_name"], "kortnavn": facts["card_name"], "værelse": facts["room"]}
    for field, text in texts.items():
        if len(text) > FIELD_LIMITS[field]:
            problems.append(Problem(field, f"Højst {FIELD_LIMITS[field]} tegn."))
    contacts = (("kontaktpersoner", contact) for contact in facts["contact_persons"])
    for field, text in (*texts.items(), *contacts):
        # A line break splits lists and logs; an invisible character makes a card name unreadable.
        if any(unicodedata.category(character) in ("Cc", "Cf") for character in text):
            problems.append(Problem(field, "Må ikke indeholde linjeskift, tabulatorer eller usynlige tegn."))
    if any(len(contact) > MAX_CONTACT_LENGTH for contact in facts["contact_persons"]):
        problems.append(Problem("kontaktpersoner", f"Højst {MAX_CONTACT_LENGTH} tegn pr. kontaktperson."))
    if facts["unit_id"] is None:
        problems.append(Problem("afdeling", "Vælg en afdeling."))
    elif session.get(Unit, facts["unit_id"]) is None:
        problems.append(Problem("afdeling", f"Der findes ingen afdeling med id {facts['unit_id']}."))
    return problems


def create_resident(
    session: Session,
    actor: Actor,
    *,
    unit_id: int | None,
    display_name: str,
    card_name: str,
    room: str = "",
    contact_persons: list[str] | tuple[str, ...] | None = None,
    now: datetime | None = None,
) -> int:
    """Add a resident to a unit (moving in); returns the new id."""
    require(actor, Action.MANAGE_RESIDENTS)
    facts = _facts(unit_id, display_name, card_name, room, contact_persons)
    problems = _facts_problems(session, facts)
    if problems:
        raise ValidationError(problems, "Borgeren er ikke oprettet endnu. Ret dette:")
    resident = Resident(**facts, active=True)
    if now is not None:
        resident.created_at = now
    session.add(resident)
    session.flush()
    audit.record(
        session, actor, "resident.create", resident_id=resident.id, target=resident.card_name, now=now
    )
    return resident.id


FACT_TITLES = {
    "unit_id": "afdeling",
    "display_name": "navn",
    "card_name": "kortnavn",
    "room": "værelse",
    "contact_persons": "kontaktpersoner",
}


def update_resident(
    session: Session,
    actor: Actor,
    resident_id: int,
    *,
    unit_id: int | None,
    display_name: str,
    card_name: str,
    room: str = "",
    contact_persons: list[str] | tuple[str, ...] | None = None,
    expected_row_version: int | None = None,
    now: datetime | None = None,
) -> list[str]:
    """Change a resident's own facts (moving to another unit or room, a new card name); returns the
    Danish names of the fields that changed (none: nothing is written). The plans are not touched.
    Refused when somebody changed the resident since `expected_row_version`."""
    require(actor, Action.MANAGE_RESIDENTS)
    resident = get_resident(session, resident_id)
    if expected_row_version is not None and resident.row_version != expected_row_version:
        raise ConflictError(CONFLICT_MESSAGE)
    facts = _facts(unit_id, display_name, card_name, room, contact_persons)
    problems = _facts_problems(session, facts)
    if problems:
        raise ValidationError(problems, "Ændringen er ikke gemt endnu. Ret dette:")
    changed = [name for name, value in facts.items() if getattr(resident, name) != value]
    if not changed:
        return []
    for name in changed:
        setattr(resident, name, facts[name])
    try:
        session.flush()
    except StaleDataError as error:  # saved on another PC between the check above and this write
        raise ConflictError(CONFLICT_MESSAGE) from error
    fields = [FACT_TITLES[name] for name in changed]
    audit.record(
        session,
        actor,
        "resident.change",
        resident_id=resident.id,
        target=resident.card_name,
        detail={"fields": fields},
        now=now,
    )
    return fields


def discharge_resident(
    session: Session, actor: Actor, resident_id: int, day: date, *, now: datetime | None = None
) -> None:
    """Mark that the resident moved out on that (Danish) day: gone from the lists, no cards printed,
    no incidents after that day. Plans, incidents and the log stay (DESIGN §9: deleted only after
    the retention period)."""
    require(actor, Action.MANAGE_RESIDENTS)
    now = now or utcnow()
    resident = get_resident(session, resident_id)
    if not resident.active:
        raise LifecycleError(f"{resident.card_name} er allerede fraflyttet.")
    latest = session.scalar(select(func.max(Incident.occurred_at)).where(Incident.resident_id == resident.id))
    # The retention period runs from the move-out: a day before the resident's own records would let
    # them be deleted years too early.
    planned = session.scalar(
        select(func.max(PlanVersion.updated_at))
        .join(PlanDocument)
        .where(PlanDocument.resident_id == resident.id)
    )
    problem = None
    if day > local_time(now).date():
        problem = "Datoen for fraflytning kan ikke ligge efter i dag."
    elif day < local_time(resident.created_at).date():
        problem = (
            f"{resident.card_name} blev oprettet {local_time(resident.created_at):%d.%m.%Y}. "
            "Fraflytningen kan ikke ligge før den."
        )
    elif latest is not None and day < local_time(latest).date():
        # Its incidents could no longer be corrected: none may come after the day of moving out.
        problem = (
            f"{resident.card_name} har en hændelse {local_time(latest):%d.%m.%Y}. "
            "Fraflytningen kan ikke ligge før den."
        )
    elif planned is not None and day < local_time(planned).date():
        problem = (
            f"Planerne for {resident.card_name} blev sidst ændret {local_time(planned):%d.%m.%Y}. "
            "Fraflytningen kan ikke ligge før den."
        )
    if problem is not None:
        raise ValidationError([Problem("dato", problem)], "Fraflytningen er ikke gemt. Ret dette:")
    resident.active = False
    resident.discharged_at = local_midnight(day)
    audit.record(
        session,
        actor,
        "resident.discharge",
        resident_id=resident.id,
        target=resident.card_name,
        detail={"day": day.isoformat()},
        now=now,
    )


def readmit_resident(
    session: Session, actor: Actor, resident_id: int, *, now: datetime | None = None
) -> None:
    """A resident who moved out comes back: in the lists again, with the plans as they were."""
    require(actor, Action.MANAGE_RESIDENTS)
    resident = get_resident(session, resident_id)
    if resident.active:
        raise LifecycleError(f"{resident.card_name} bor her allerede.")
    resident.active = True
    resident.discharged_at = None
    audit.record(
        session, actor, "resident.readmit", resident_id=resident.id, target=resident.card_name, now=now
    )


def plans_in_progress(session: Session, resident_id: int) -> int:
    """How many of the resident's plans have a draft, a submitted or a returned version: moving out
    leaves them as they are (see plans._living_here)."""
    count = session.scalar(
        select(func.count(PlanVersion.id))
        .join(PlanDocument, PlanVersion.document_id == PlanDocument.id)
        .where(PlanDocument.resident_id == resident_id, PlanVersion.status.in_(OPEN_STATUSES))
    )
    return count or 0


def discharged_on(resident: Resident | ResidentDetail) -> date | None:
    """The Danish day the resident moved out, or None."""
    if resident.active or resident.discharged_at is None:
        return None
    return local_time(resident.discharged_at).date()


def record_search(session: Session, actor: Actor, text: str, hits: int) -> None:
    """Log a search for residents (the filter is typed on the PC; Enter makes it a search)."""
    audit.record(session, actor, "search", target=text.strip()[:MAX_SEARCH_LENGTH], detail={"hits": hits})
