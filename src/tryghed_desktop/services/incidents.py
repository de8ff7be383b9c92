"""Registering incidents in seconds, changing them with history, and following every one up."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from datetime import UTC, date, datetime, timedelta
from types import ModuleType
from typing import Any

import msgspec
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from tryghed_desktop.domain.incidents import (
    SEVERITIES,
    IncidentForm,
    IncidentReport,
    IncidentType,
    StrategyUse,
    UseOfForceReference,
    follow_up_deadlines,
    local_midnight,
    local_time,
    slot_at,
)
from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import DailyRhythm, PlanKind, RiskProfile, StageKind, content_from_dict
from tryghed_desktop.services import audit
from tryghed_desktop.services.actors import Action, Actor, Role, require, require_roles_now
from tryghed_desktop.services.errors import (
    ConflictError,
    LifecycleError,
    NotFoundError,
    Problem,
    ValidationError,
)
from tryghed_desktop.services.residents import discharged_on
from tryghed_desktop.store.models import (
    Incident,
    IncidentChange,
    PlanDocument,
    PlanVersion,
    Resident,
    Unit,
    utcnow,
)

# A clock on a ward PC may be a few minutes ahead of another; do not refuse an incident over that.
FUTURE_TOLERANCE = timedelta(minutes=5)
# A time before this is a mistyped year (the statistics and deadlines would count it); none is older.
EARLIEST_INCIDENT = datetime(2000, 1, 1, tzinfo=UTC)
# The first day of absence comes soon after the injury; a day years later is a typo, not a case.
LATEST_FIRST_ABSENCE = timedelta(days=366)
TEXT_MAX = 200  # place, other person and time slot: the columns' size (PostgreSQL enforces it)
CLOSED_MESSAGE = "Opfølgningen er afsluttet; hændelsen kan ikke ændres."
CONFLICT_MESSAGE = "Hændelsen er ændret et andet sted, siden du åbnede den. Luk og åbn den igen."
FOLLOW_UP_CONFLICT_MESSAGE = (
    "Et af trinene er ændret på en anden pc, siden du åbnede opfølgningen. Luk og åbn den igen for at "
    "se, hvad der står nu."
)


class IncidentRecord(msgspec.Struct, frozen=True):
    """An incident as lists, exports and the follow-up overview see it (the reporter is not in it)."""

    id: int
    unit_id: int
    unit_name: str
    resident_id: int | None
    resident_card_name: str | None
    other_person: str
    occurred_at: datetime
    ended_at: datetime | None
    incident_type: IncidentType
    form: IncidentForm
    outside_work_hours: bool
    severity: int
    location: str
    situation: str
    slot_label: str
    signs_seen: tuple[str, ...]
    strategies: tuple[StrategyUse, ...]
    stage_reached: StageKind | None
    injury: bool
    absence_days: int
    police_report: bool
    use_of_force: UseOfForceReference | None
    description: str
    plan_version_id: int | None
    plan_version_number: int | None
    first_aid_due: datetime
    injury_report_due: date | None
    defusing_done_at: datetime | None
    debriefing_offered_on: date | None
    first_aid_contact_at: datetime | None
    injury_reported_on: date | None
    police_reported_on: date | None
    closed_at: datetime | None
    row_version: int  # pass back to update_incident so a stale edit is refused, not saved over

    def late_steps(self, now: datetime) -> list[str]:
        """The follow-up steps past their deadline and not done, as their field names."""
        late = []
        if self.first_aid_contact_at is None and now > self.first_aid_due:
            late.append("first_aid_contact_at")
        if (
            self.injury_report_due is not None
            and self.injury_reported_on is None
            and local_time(now).date() > self.injury_report_due  # a Danish day, whatever zone `now` is in
        ):
            late.append("injury_reported_on")
        return late

    def overdue(self, now: datetime) -> list[str]:
        """The follow-up steps past their deadline, in Danish, for the overview."""
        return [LATE_STEP_TITLES[step] for step in self.late_steps(now)]


LATE_STEP_TITLES = {
    "first_aid_contact_at": "Psykisk førstehjælp (72 timer)",
    "injury_reported_on": "Arbejdsskade-anmeldelse (14 dage)",
}


def _who_problems(session: Session, report: IncidentReport) -> list[Problem]:
    """Who it was: a resident living here on that day, or somebody else on a named unit."""
    if report.resident_id is None:
        problems = []
        if not report.other_person.strip():
            problems.append(
                Problem("hvem", "Vælg borgeren, eller skriv hvem det var (fx 'ukendt pårørende').")
            )
        if report.unit_id is None or session.get(Unit, report.unit_id) is None:
            problems.append(Problem("afdeling", "Vælg den afdeling, hvor det skete."))
        return problems
    resident = session.get(Resident, report.resident_id)
    if resident is None:
        return [Problem("hvem", f"Der findes ingen borger med id {report.resident_id}.")]
    left = discharged_on(resident)
    if (
        left is not None
        and report.occurred_at.tzinfo is not None
        and local_time(report.occurred_at).date() > left
    ):
        return [Problem("hvem", f"{resident.card_name} er fraflyttet {left:%d.%m.%Y}, før hændelsen.")]
    return []


def _problems(session: Session, report: IncidentReport, now: datetime) -> list[Problem]:
    problems = []
    if report.occurred_at.tzinfo is None:
        problems.append(Problem("hvornår", "Tidspunktet mangler tidszone."))
    elif report.occurred_at > now + FUTURE_TOLERANCE:
        problems.append(Problem("hvornår", "Tidspunktet ligger i fremtiden. Ret dato eller klokkeslæt."))
    elif report.occurred_at < EARLIEST_INCIDENT:
        problems.append(Problem("hvornår", "Tidspunktet ligger før år 2000. Ret årstallet."))
    if report.ended_at is not None and report.ended_at < report.occurred_at:
        problems.append(Problem("slut", "Sluttidspunktet ligger før starttidspunktet."))
    if report.severity not in SEVERITIES:
        problems.append(Problem("alvor", "Vælg en alvorlighed fra 1 til 5."))
    if not report.location.strip():
        problems.append(Problem("hvor", "Skriv hvor det skete."))
    for field, title, text in (
        ("hvor", "Stedet", report.location),
        ("hvem", "Personen", report.other_person),
        ("døgnrytme", "Tidspunktet i døgnrytmen", report.slot_label),
    ):
        if len(text) > TEXT_MAX:
            problems.append(
                Problem(field, f"{title} må højst fylde {TEXT_MAX} tegn. Skriv resten i beskrivelsen.")
            )
    problems += _who_problems(session, report)
    if report.absence_days < 0:
        problems.append(Problem("fravær", "Antal fraværsdage kan ikke være negativt."))
    if (
        report.first_absence_day is not None
        and report.occurred_at.tzinfo is not None
        and report.first_absence_day <= local_time(report.occurred_at).date()
    ):
        # The deadline for the injury report is counted from it: a day before would put it in the past.
        problems.append(Problem("fravær", "Første fraværsdag skal ligge efter dagen for hændelsen."))
    elif (
        report.first_absence_day is not None
        and report.occurred_at.tzinfo is not None
        and report.first_absence_day > local_time(report.occurred_at).date() + LATEST_FIRST_ABSENCE
    ):
        problems.append(
            Problem("fravær", "Første fraværsdag ligger mere end et år efter hændelsen. Ret datoen.")
        )
    return problems


def _version_in_force(session: Session, resident_id: int, kind: PlanKind, at: datetime) -> PlanVersion | None:
    """The approved version that was in force at `at` (approved before it, not yet replaced), the
    current one included; None before the plan's first approval."""
    return session.scalars(
        select(PlanVersion)
        .join(PlanDocument, PlanVersion.document_id == PlanDocument.id)
        .where(
            PlanDocument.resident_id == resident_id,
            PlanDocument.kind == kind,
            PlanVersion.status.in_((VersionStatus.APPROVED, VersionStatus.SUPERSEDED)),
            PlanVersion.valid_from <= at,
            (PlanVersion.valid_to.is_(None)) | (PlanVersion.valid_to > at),
        )
        .order_by(PlanVersion.valid_from.desc())
    ).first()


def _rhythm_in_force(session: Session, resident_id: int, at: datetime) -> DailyRhythm | None:
    version = _version_in_force(session, resident_id, PlanKind.DAILY_RHYTHM, at)
    if version is None:
        return None
    rhythm = content_from_dict(PlanKind.DAILY_RHYTHM, version.content)
    assert isinstance(rhythm, DailyRhythm)
    return rhythm


def propose_slot(session: Session, resident_id: int, moment: datetime) -> str:
    """The label of the slot at that Danish time of day in the daily rhythm in force then ('' when
    none): a late registration gets the slot staff were working to when it happened."""
    rhythm = _rhythm_in_force(session, resident_id, moment)
    slot = slot_at(rhythm, local_time(moment).time()) if rhythm is not None else None
    return slot.label if slot is not None else ""


def slot_labels(session: Session, resident_id: int) -> list[str]:
    """The time slots of the resident's approved daily rhythm, in order (none without one)."""
    rhythm = _rhythm_in_force(session, resident_id, utcnow())
    return [slot.label for slot in rhythm.slots] if rhythm is not None else []


def _strategies(items: list[StrategyUse]) -> list[dict[str, Any]]:
    return [asdict(item) for item in items]


def _stored_values(session: Session, report: IncidentReport) -> dict[str, Any]:
    """The incident's columns as a (validated) report gives them, deadlines and plan version included."""
    unit_id = report.unit_id
    plan_version_id = None
    slot_label = report.slot_label
    if report.resident_id is not None:
        resident = session.get(Resident, report.resident_id)
        assert resident is not None
        unit_id = resident.unit_id
        # The risk profile staff worked from when it happened, also for an incident registered later:
        # the learning asks whether that plan helped.
        profile = _version_in_force(session, resident.id, PlanKind.RISK_PROFILE, report.occurred_at)
        plan_version_id = profile.id if profile is not None else None
        slot_label = slot_label or propose_slot(session, resident.id, report.occurred_at)
    assert unit_id is not None
    deadlines = follow_up_deadlines(report)
    return {
        "unit_id": unit_id,
        "resident_id": report.resident_id,
        "other_person": report.other_person.strip() if report.resident_id is None else "",
        "occurred_at": report.occurred_at,
        "ended_at": report.ended_at,
        "incident_type": report.incident_type.value,
        "form": report.form.value,
        "outside_work_hours": report.outside_work_hours,
        "severity": report.severity,
        "location": report.location.strip(),
        "situation": report.situation.strip(),
        "slot_label": slot_label,
        "signs_seen": list(report.signs_seen),
        "strategies": _strategies(report.strategies),
        "stage_reached": report.stage_reached.value if report.stage_reached is not None else None,
        "injury": report.injury,
        "absence_days": report.absence_days,
        "first_absence_day": report.first_absence_day,
        "police_report": report.police_report,
        "use_of_force": (
            {"form": report.use_of_force.form, "reported_on": report.use_of_force.reported_on.isoformat()}
            if report.use_of_force is not None
            else None
        ),
        "description": report.description.strip(),
        "plan_version_id": plan_version_id,
        "first_aid_due": deadlines.first_aid_by,
        "injury_report_due": deadlines.injury_report_by,
    }


def _summaries() -> ModuleType:
    # Imported on first write, not at start-up: the statistics module is large and the window
    # only needs it when something is registered or counted.
    from tryghed_desktop.services import statistics

    return statistics


def register_incident(
    session: Session, actor: Actor, report: IncidentReport, *, now: datetime | None = None
) -> int:
    """Store a new incident with the plan version in force and its follow-up deadlines; returns its id."""
    require(actor, Action.REGISTER_INCIDENT)
    now = now or utcnow()
    problems = _problems(session, report, now)
    if problems:
        raise ValidationError(problems, "Hændelsen er ikke gemt endnu. Ret dette:")
    incident = Incident(
        **_stored_values(session, report),
        reporter_id=actor.user_id,
        reporter_name=actor.full_name,
        created_at=now,
        updated_at=now,
    )
    session.add(incident)
    session.flush()
    _summaries().record_incident_bucket(session, incident)  # the monthly summaries the statistics read
    audit.record(
        session, actor, "incident.register", resident_id=report.resident_id, target=str(incident.id), now=now
    )
    return incident.id


def _json_safe(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def update_incident(
    session: Session,
    actor: Actor,
    incident_id: int,
    report: IncidentReport,
    *,
    expected_row_version: int | None = None,
    now: datetime | None = None,
) -> dict[str, list[Any]]:
    """Change a registered incident to what `report` says; only what differs is stored, and kept in the
    history as {field: [old, new]}. Deadlines follow the new times. Refused once the follow-up is closed
    or when somebody saved since `expected_row_version`. Returns the changes ({} when none)."""
    require(actor, Action.REGISTER_INCIDENT)
    now = now or utcnow()
    incident = get_incident(session, incident_id)
    if incident.closed_at is not None:
        raise LifecycleError(CLOSED_MESSAGE)
    if expected_row_version is not None and incident.row_version != expected_row_version:
        raise ConflictError(CONFLICT_MESSAGE)
    problems = _problems(session, report, now)
    if problems:
        raise ValidationError(problems, "Ændringen er ikke gemt endnu. Ret dette:")
    values = _stored_values(session, report)
    if report.resident_id == incident.resident_id and report.occurred_at == incident.occurred_at:
        # The plan in force when it happened stays as recorded; only a corrected time or person moves it.
        values["plan_version_id"] = incident.plan_version_id
    changes = {
        name: [_json_safe(getattr(incident, name)), _json_safe(value)]
        for name, value in values.items()
        if getattr(incident, name) != value
    }
    if not changes:
        return changes
    _summaries().forget_incident_bucket(session, incident)  # counted as it was; again below as it is
    for name in changes:
        setattr(incident, name, values[name])
    incident.updated_at = now
    incident.changes.append(
        IncidentChange(at=now, user_id=actor.user_id, actor=actor.username, changes=changes)
    )
    try:
        session.flush()
    except StaleDataError as error:
        raise ConflictError(CONFLICT_MESSAGE) from error
    _summaries().record_incident_bucket(session, incident)
    audit.record(
        session,
        actor,
        "incident.change",
        resident_id=incident.resident_id,
        target=str(incident.id),
        detail={"fields": sorted(changes)},
        now=now,
    )
    return changes


def incident_report(session: Session, incident_id: int) -> IncidentReport:
    """A stored incident in the registration form's shape (times in Danish local time), to be changed."""
    incident = get_incident(session, incident_id)
    use_of_force = incident.use_of_force
    return IncidentReport(
        occurred_at=local_time(incident.occurred_at),
        incident_type=IncidentType(incident.incident_type),
        severity=incident.severity,
        location=incident.location,
        resident_id=incident.resident_id,
        unit_id=incident.unit_id,
        other_person=incident.other_person,
        form=IncidentForm(incident.form),
        outside_work_hours=incident.outside_work_hours,
        ended_at=local_time(incident.ended_at) if incident.ended_at is not None else None,
        situation=incident.situation,
        slot_label=incident.slot_label,
        signs_seen=list(incident.signs_seen),
        strategies=[StrategyUse(**item) for item in incident.strategies],
        stage_reached=StageKind(incident.stage_reached) if incident.stage_reached else None,
        injury=incident.injury,
        absence_days=incident.absence_days,
        first_absence_day=incident.first_absence_day,
        police_report=incident.police_report,
        use_of_force=(
            UseOfForceReference(use_of_force["form"], date.fromisoformat(use_of_force["reported_on"]))
            if use_of_force
            else None
        ),
        description=incident.description,
    )


def _record(
    incident: Incident,
    card_names: dict[int, str],
    unit_names: dict[int, str],
    version_numbers: dict[int, int],
) -> IncidentRecord:
    return IncidentRecord(
        id=incident.id,
        unit_id=incident.unit_id,
        unit_name=unit_names[incident.unit_id],
        resident_id=incident.resident_id,
        resident_card_name=card_names.get(incident.resident_id) if incident.resident_id is not None else None,
        other_person=incident.other_person,
        occurred_at=incident.occurred_at,
        ended_at=incident.ended_at,
        incident_type=IncidentType(incident.incident_type),
        form=IncidentForm(incident.form),
        outside_work_hours=incident.outside_work_hours,
        severity=incident.severity,
        location=incident.location,
        situation=incident.situation,
        slot_label=incident.slot_label,
        signs_seen=tuple(incident.signs_seen),
        strategies=tuple(StrategyUse(**item) for item in incident.strategies),
        stage_reached=StageKind(incident.stage_reached) if incident.stage_reached else None,
        injury=incident.injury,
        absence_days=incident.absence_days,
        police_report=incident.police_report,
        use_of_force=(
            UseOfForceReference(
                incident.use_of_force["form"], date.fromisoformat(incident.use_of_force["reported_on"])
            )
            if incident.use_of_force
            else None
        ),
        description=incident.description,
        plan_version_id=incident.plan_version_id,
        plan_version_number=version_numbers.get(incident.plan_version_id)
        if incident.plan_version_id
        else None,
        first_aid_due=incident.first_aid_due,
        injury_report_due=incident.injury_report_due,
        defusing_done_at=incident.defusing_done_at,
        debriefing_offered_on=incident.debriefing_offered_on,
        first_aid_contact_at=incident.first_aid_contact_at,
        injury_reported_on=incident.injury_reported_on,
        police_reported_on=incident.police_reported_on,
        closed_at=incident.closed_at,
        row_version=incident.row_version,
    )


def _records(session: Session, incidents: list[Incident]) -> list[IncidentRecord]:
    resident_ids = {i.resident_id for i in incidents if i.resident_id is not None}
    version_ids = {i.plan_version_id for i in incidents if i.plan_version_id is not None}
    card_names = {
        key: value
        for key, value in session.execute(
            select(Resident.id, Resident.card_name).where(Resident.id.in_(resident_ids))
        )
    }
    unit_names = {key: value for key, value in session.execute(select(Unit.id, Unit.name))}
    numbers = {
        key: value
        for key, value in session.execute(
            select(PlanVersion.id, PlanVersion.number).where(PlanVersion.id.in_(version_ids))
        )
    }
    return [_record(incident, card_names, unit_names, numbers) for incident in incidents]


def list_incidents(
    session: Session,
    *,
    resident_id: int | None = None,
    unit_id: int | None = None,
    since: date | None = None,
    open_only: bool = False,
) -> list[IncidentRecord]:
    """Incidents newest first, filtered by resident, unit, start date and open follow-up."""
    query = select(Incident)
    if resident_id is not None:
        query = query.where(Incident.resident_id == resident_id)
    if unit_id is not None:
        query = query.where(Incident.unit_id == unit_id)
    if since is not None:
        query = query.where(Incident.occurred_at >= local_midnight(since))
    if open_only:
        query = query.where(Incident.closed_at.is_(None))
    return _records(
        session, list(session.scalars(query.order_by(Incident.occurred_at.desc(), Incident.id.desc())))
    )


def read_incidents(
    session: Session,
    actor: Actor,
    *,
    resident_id: int | None = None,
    unit_id: int | None = None,
    since: date | None = None,
) -> list[IncidentRecord]:
    """The incidents as `list_incidents` gives them, read by a person outside the window (the CLI):
    logged, as opening one in the window is, since the list holds every description."""
    require(actor, Action.READ)
    records = list_incidents(session, resident_id=resident_id, unit_id=unit_id, since=since)
    audit.record(
        session,
        actor,
        "incident.list",
        resident_id=resident_id,
        detail={"unit": unit_id, "since": since.isoformat() if since else None, "count": len(records)},
    )
    return records


def get_incident(session: Session, incident_id: int) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFoundError(f"Der findes ingen hændelse med id {incident_id}.")
    return incident


FOLLOW_UP_FIELDS = (
    "defusing_done_at",
    "debriefing_offered_on",
    "first_aid_contact_at",
    "injury_reported_on",
    "police_reported_on",
)


FOLLOW_UP_STEP_TITLES = {
    "defusing_done_at": "Defusing gennemført",
    "debriefing_offered_on": "Debriefing tilbudt",
    "first_aid_contact_at": "Kontakt om psykisk førstehjælp",
    "injury_reported_on": "Arbejdsskade anmeldt",
    "police_reported_on": "Politianmeldt",
}


def _step_problems(incident: Incident, values: Mapping[str, Any], now: datetime) -> list[Problem]:
    """A step is done after the incident happened and not later than now (Danish days for a date):
    a deadline must not look met by a date typed a month ahead, or before the incident."""
    happened = incident.occurred_at
    problems = []
    for name, value in values.items():
        if value is None:
            continue
        title = FOLLOW_UP_STEP_TITLES[name]
        if isinstance(value, datetime):
            early, late = value < happened - FUTURE_TOLERANCE, value > now + FUTURE_TOLERANCE
        else:
            early, late = value < local_time(happened).date(), value > local_time(now).date()
        if early:
            problems.append(Problem(title, "Datoen ligger før hændelsen. Ret den."))
        elif late:
            problems.append(Problem(title, "Datoen ligger i fremtiden. Skriv, hvornår det blev gjort."))
    return problems


def update_follow_up(
    session: Session,
    actor: Actor,
    incident_id: int,
    *,
    seen: Mapping[str, Any] | None = None,
    now: datetime | None = None,
    **values: Any,
) -> IncidentRecord:
    """Record follow-up steps (e.g. first_aid_contact_at=...); every change is kept in the history.

    Only the steps given change. `seen` is what the user saw of those steps when they opened them: a
    step changed on another PC since is refused as a conflict, not saved over. Refused once closed."""
    require(actor, Action.REGISTER_INCIDENT)
    unknown = set(values) - set(FOLLOW_UP_FIELDS)
    if unknown:
        raise ValueError(f"unknown follow-up fields: {sorted(unknown)}")
    now = now or utcnow()
    incident = get_incident(session, incident_id)
    if incident.closed_at is not None:
        raise LifecycleError(CLOSED_MESSAGE)
    if seen is not None and any(getattr(incident, name) != seen.get(name) for name in values):
        raise ConflictError(FOLLOW_UP_CONFLICT_MESSAGE)
    problems = _step_problems(incident, values, now)
    if problems:
        raise ValidationError(problems, "Opfølgningen er ikke gemt. Ret dette:")
    changes = {}
    for name, value in values.items():
        old = getattr(incident, name)
        if old != value:
            changes[name] = [
                None if old is None else old.isoformat(),
                None if value is None else value.isoformat(),
            ]
            setattr(incident, name, value)
    if changes:
        incident.updated_at = now
        incident.changes.append(
            IncidentChange(at=now, user_id=actor.user_id, actor=actor.username, changes=changes)
        )
        try:
            session.flush()
        except StaleDataError as error:  # saved on another PC between our read and our write
            raise ConflictError(FOLLOW_UP_CONFLICT_MESSAGE) from error
        audit.record(
            session,
            actor,
            "incident.follow_up",
            resident_id=incident.resident_id,
            target=str(incident.id),
            detail={"fields": sorted(changes)},
            now=now,
        )
    return _records(session, [incident])[0]


def close_incident(session: Session, actor: Actor, incident_id: int, *, now: datetime | None = None) -> None:
    """A coordinator closes the follow-up of an incident (once: who closed it and when stay)."""
    require_roles_now(session, actor, frozenset({Role.COORDINATOR}), "afslutte opfølgningen")
    now = now or utcnow()
    incident = get_incident(session, incident_id)
    if incident.closed_at is not None:
        raise LifecycleError("Opfølgningen er allerede afsluttet.")
    incident.closed_at = now
    incident.closed_by_id = actor.user_id
    incident.changes.append(
        IncidentChange(
            at=now,
            user_id=actor.user_id,
            actor=actor.username,
            changes={"closed_at": [None, now.isoformat()]},
        )
    )
    session.flush()
    audit.record(
        session, actor, "incident.close", resident_id=incident.resident_id, target=str(incident.id), now=now
    )


def open_follow_ups(session: Session, *, unit_id: int | None = None) -> list[IncidentRecord]:
    """Incidents whose follow-up is not closed yet, oldest first: what the start page lists."""
    query = select(Incident).where(Incident.closed_at.is_(None))
    if unit_id is not None:
        query = query.where(Incident.unit_id == unit_id)
    return _records(session, list(session.scalars(query.order_by(Incident.occurred_at))))


class RegistrationChoices(msgspec.Struct, frozen=True):
    """What the registration form offers to tick for one resident, from the risk profile in force."""

    signs: tuple[str, ...]
    strategies: tuple[str, ...]
    plan_version_number: int | None


def registration_choices(session: Session, resident_id: int, at: datetime) -> RegistrationChoices:
    """Early signs (yellow and red 'how it looks') and strategies ('what we do') from the risk profile
    in force at `at`, the one the incident will be linked to."""
    version = _version_in_force(session, resident_id, PlanKind.RISK_PROFILE, at)
    if version is None:
        return RegistrationChoices((), (), None)
    profile = content_from_dict(PlanKind.RISK_PROFILE, version.content)
    assert isinstance(profile, RiskProfile)
    signs: list[str] = []
    strategies: list[str] = []
    for kind in (StageKind.YELLOW, StageKind.RED):
        stage = profile.stage(kind)
        signs += [item for item in stage.signs if item not in signs]
        strategies += [item for item in stage.we_do if item not in strategies]
    return RegistrationChoices(tuple(signs), tuple(strategies), version.number)


class ChangeView(msgspec.Struct, frozen=True):
    at: datetime
    actor: str
    fields: tuple[str, ...]


def incident_detail(
    session: Session, actor: Actor, incident_id: int
) -> tuple[IncidentRecord, list[ChangeView]]:
    """One incident with its change history (a recorded read)."""
    incident = get_incident(session, incident_id)
    audit.record(session, actor, "incident.open", resident_id=incident.resident_id, target=str(incident.id))
    # Fields in the order they were stored: the form's order, so the history reads like the form.
    changes = [ChangeView(change.at, change.actor, tuple(change.changes)) for change in incident.changes]
    return _records(session, [incident])[0], changes
