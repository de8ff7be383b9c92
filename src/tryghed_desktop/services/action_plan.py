"""The facility's action plan (domain.action_plan): measures added and followed up by coordinators and
administrators, read by everyone, printed as a status and taken into the meeting pack."""

from __future__ import annotations

from datetime import date, datetime

import msgspec
from sqlalchemy import case, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from tryghed_desktop.domain.action_plan import (
    NOTE_MAX,
    OPEN_MEASURE_STATUSES,
    OWNER_MAX,
    TITLE_MAX,
    TRACK_MAX,
    TRACKS,
    MeasureStatus,
    is_overdue,
)
from tryghed_desktop.domain.incidents import local_time
from tryghed_desktop.services import audit
from tryghed_desktop.services.actors import Action, Actor, require_current
from tryghed_desktop.services.errors import ConflictError, NotFoundError, Problem, ValidationError
from tryghed_desktop.store.models import Measure, Resident, Unit, utcnow

CHANGED_ELSEWHERE = (
    "Tiltaget er ændret på en anden pc, siden du åbnede det. Luk og åbn det igen for at se, hvad der står nu."
)


class MeasureInput(msgspec.Struct, frozen=True):
    """What a coordinator writes about a measure."""

    title: str
    owner: str = ""
    due_on: date | None = None
    status: MeasureStatus = MeasureStatus.DECIDED
    note: str = ""
    track: str = ""
    unit_id: int | None = None  # None: the whole facility
    resident_id: int | None = None
    # The day it was done or stopped (a finished status only); None: the day it is marked so.
    done_on: date | None = None


class MeasureView(msgspec.Struct, frozen=True):
    id: int
    title: str
    owner: str
    due_on: date | None
    status: MeasureStatus
    note: str
    track: str
    unit_id: int | None
    unit_name: str | None
    resident_id: int | None
    resident_card_name: str | None
    done_on: date | None
    updated_at: datetime
    updated_by: str
    row_version: int
    created_at: datetime

    def overdue(self, today: date) -> bool:
        return is_overdue(self.status, self.due_on, today)

    def as_input(self) -> MeasureInput:
        return MeasureInput(
            self.title,
            self.owner,
            self.due_on,
            self.status,
            self.note,
            self.track,
            self.unit_id,
            self.resident_id,
            self.done_on,
        )


def _problems(session: Session, data: MeasureInput, today: date) -> list[Problem]:
    problems = []
    if not data.title.strip():
        problems.append(Problem("tiltag", "Skriv, hvad tiltaget er."))
    elif len(data.title) > TITLE_MAX:
        problems.append(
            Problem("tiltag", f"Tiltaget må højst være {TITLE_MAX} tegn. Skriv resten som bemærkning.")
        )
    if len(data.owner) > OWNER_MAX:
        problems.append(Problem("ansvarlig", f"Den ansvarlige må højst fylde {OWNER_MAX} tegn."))
    if len(data.note) > NOTE_MAX:
        problems.append(
            Problem("bemærkning", f"Bemærkningen må højst være {NOTE_MAX} tegn. Skriv det vigtigste.")
        )
    if len(data.track) > TRACK_MAX:
        problems.append(Problem("spor", f"Sporet må højst fylde {TRACK_MAX} tegn."))
    if data.unit_id is not None and session.get(Unit, data.unit_id) is None:
        problems.append(Problem("afdeling", f"Der findes ingen afdeling med id {data.unit_id}."))
    if data.resident_id is not None and session.get(Resident, data.resident_id) is None:
        problems.append(Problem("borger", f"Der findes ingen borger med id {data.resident_id}."))
    if data.done_on is not None and data.done_on > today:
        problems.append(
            Problem("afsluttet", "Datoen for, hvornår tiltaget blev afsluttet, kan ikke ligge efter i dag.")
        )
    return problems


def _key(track: str) -> str:
    return " ".join(track.split()).casefold()


def track_names(session: Session) -> list[str]:
    """Seed 003's tracks, then the facility's own tracks in use (one spelling each: the earliest
    stored), so that a form offers them all."""
    known = {_key(track) for track in TRACKS}
    own: dict[str, str] = {}
    for track in session.scalars(select(Measure.track).where(Measure.track != "").order_by(Measure.id)):
        if _key(track) not in known:
            own.setdefault(_key(track), track)
    return [*TRACKS, *sorted(own.values(), key=str.casefold)]


def _known_spelling(session: Session, track: str) -> str:
    """A track typed with other capitals or spaces than one in use is that track, not a new one."""
    for known in track_names(session):
        if _key(known) == _key(track):
            return known
    return " ".join(track.split())


def _apply(measure: Measure, data: MeasureInput, actor: Actor, now: datetime) -> None:
    status = MeasureStatus(data.status)
    if status in OPEN_MEASURE_STATUSES:
        measure.done_on = None
    elif data.done_on is not None:  # finished on a day the user gave (entered afterwards)
        measure.done_on = data.done_on
    elif status.value != measure.status:  # finished today, not whenever it is edited later
        measure.done_on = local_time(now).date()
    measure.title = " ".join(data.title.split())
    measure.owner = data.owner.strip()
    measure.due_on = data.due_on
    measure.status = status.value
    measure.note = data.note.strip()
    measure.track = data.track.strip()
    measure.unit_id = data.unit_id
    measure.resident_id = data.resident_id
    measure.updated_at = now
    measure.updated_by = actor.full_name


def add_measure(session: Session, actor: Actor, data: MeasureInput, *, now: datetime | None = None) -> int:
    """Store a new measure; returns its id."""
    require_current(session, actor, Action.ACTION_PLAN)
    problems = _problems(session, data, local_time(now or utcnow()).date())
    if problems:
        raise ValidationError(problems, "Tiltaget er ikke gemt endnu. Ret dette:")
    now = now or utcnow()
    measure = Measure(created_at=now, created_by=actor.full_name, status=MeasureStatus.DECIDED.value)
    _apply(measure, msgspec.structs.replace(data, track=_known_spelling(session, data.track)), actor, now)
    session.add(measure)
    session.flush()
    audit.record(
        session,
        actor,
        "measure.add",
        resident_id=data.resident_id,
        target=measure.title,
        detail={"id": measure.id},
        now=now,
    )
    return measure.id


def update_measure(
    session: Session,
    actor: Actor,
    measure_id: int,
    data: MeasureInput,
    *,
    expected_row_version: int | None = None,
    now: datetime | None = None,
) -> list[str]:
    """Change a measure to what `data` says; refused when somebody saved it since it was opened.
    Returns the names of the fields that changed."""
    require_current(session, actor, Action.ACTION_PLAN)
    measure = session.get(Measure, measure_id)
    if measure is None:
        raise NotFoundError(f"Der findes intet tiltag med id {measure_id}.")
    if expected_row_version is not None and measure.row_version != expected_row_version:
        raise ConflictError(CHANGED_ELSEWHERE)
    problems = _problems(session, data, local_time(now or utcnow()).date())
    if problems:
        raise ValidationError(problems, "Tiltaget er ikke gemt endnu. Ret dette:")
    data = msgspec.structs.replace(data, track=_known_spelling(session, data.track))
    before = _view(measure, {}, {}).as_input()
    now = now or utcnow()
    _apply(measure, data, actor, now)
    after = _view(measure, {}, {}).as_input()
    changed = [
        name for name in MeasureInput.__struct_fields__ if getattr(before, name) != getattr(after, name)
    ]
    if not changed:
        session.expire(measure)  # nothing to save: no new version, no log entry
        return []
    try:
        session.flush()
    except StaleDataError as error:  # saved on another PC between the check above and this write
        raise ConflictError(CHANGED_ELSEWHERE) from error
    audit.record(
        session,
        actor,
        "measure.change",
        resident_id=measure.resident_id,
        target=measure.title,
        detail={"id": measure.id, "fields": changed, "status": measure.status},
        now=now,
    )
    return changed


def _view(measure: Measure, units: dict[int, str], card_names: dict[int, str]) -> MeasureView:
    return MeasureView(
        id=measure.id,
        title=measure.title,
        owner=measure.owner,
        due_on=measure.due_on,
        status=MeasureStatus(measure.status),
        note=measure.note,
        track=measure.track,
        unit_id=measure.unit_id,
        unit_name=units.get(measure.unit_id) if measure.unit_id is not None else None,
        resident_id=measure.resident_id,
        resident_card_name=card_names.get(measure.resident_id) if measure.resident_id is not None else None,
        done_on=measure.done_on,
        updated_at=measure.updated_at,
        updated_by=measure.updated_by,
        row_version=measure.row_version,
        created_at=measure.created_at,
    )


def list_measures(
    session: Session,
    *,
    unit_id: int | None = None,
    open_only: bool = False,
    resident_id: int | None = None,
) -> list[MeasureView]:
    """The measures of a unit and the facility-wide ones (all of them without a unit), or those about
    one resident: open ones first, by deadline (none last), then the finished ones, newest first."""
    query = select(Measure)
    if unit_id is not None:
        query = query.where(or_(Measure.unit_id == unit_id, Measure.unit_id.is_(None)))
    if resident_id is not None:
        query = query.where(Measure.resident_id == resident_id)
    finished = Measure.status.in_([MeasureStatus.DONE.value, MeasureStatus.STOPPED.value])
    if open_only:
        query = query.where(~finished)
    query = query.order_by(
        case((finished, 1), else_=0),
        case((finished, Measure.done_on)).desc(),  # the finished ones: the latest first
        Measure.due_on.is_(None),
        Measure.due_on,
        Measure.id,
    )
    return _views(session, list(session.scalars(query)))


def get_measure(session: Session, measure_id: int) -> MeasureView:
    measure = session.get(Measure, measure_id)
    if measure is None:
        raise NotFoundError(f"Der findes intet tiltag med id {measure_id}.")
    return _views(session, [measure])[0]


def _views(session: Session, measures: list[Measure]) -> list[MeasureView]:
    units = {key: name for key, name in session.execute(select(Unit.id, Unit.name))}
    ids = {m.resident_id for m in measures if m.resident_id is not None}
    card_names = {
        key: name
        for key, name in session.execute(select(Resident.id, Resident.card_name).where(Resident.id.in_(ids)))
    }
    return [_view(measure, units, card_names) for measure in measures]
