"""The demo facility "Bostedet Egebakken": fictional users, residents and plan histories for a first start.

Demo users, all with the password ``demo1234``:

==========  ==========================  ================  =====================================
username    role                        name              title
==========  ==========================  ================  =====================================
pia         administrator               Pia Mortensen     forstander
anne        koordinator (+ medarbejder) Anne Sørensen     koordinator, Birk og Kastanje
jesper      koordinator (+ medarbejder) Jesper Thomsen    koordinator, Skovlyst
mette       medarbejder                 Mette Larsen      pædagog
ali         medarbejder                 Ali Hassan        social- og sundhedsassistent
camilla     medarbejder                 Camilla Nygaard   pædagog
soeren      medarbejder                 Søren Bech        pædagogisk assistent
lene        ekstern rådgiver            Lene Holm         ekstern faglig rådgiver (Birk, Kastanje)
karsten     ekstern rådgiver            Karsten Juul      ekstern faglig rådgiver, psykolog (Skovlyst)
==========  ==========================  ================  =====================================

Every plan version is made through the lifecycle services (coordinator drafts and submits, advisor
approves or returns), backdated relative to `today`, so approval facts and the audit log are real.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from itertools import cycle
from typing import TypeVar

import msgspec
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tryghed_desktop.domain.action_plan import MeasureStatus
from tryghed_desktop.domain.incidents import local_time
from tryghed_desktop.domain.plans import (
    Activities,
    Activity,
    Contact,
    DailyRhythm,
    Perspective,
    PlanContent,
    PlanKind,
    RiskProfile,
    RiskSituation,
    SafetyPlan,
    Stage,
    StageKind,
    TimeSlot,
)
from tryghed_desktop.services.action_plan import MeasureInput, add_measure, update_measure
from tryghed_desktop.services.actors import SYSTEM, Actor, actor_for
from tryghed_desktop.services.demo_action_plan import MEASURES, MeasureSpec
from tryghed_desktop.services.demo_content import (
    APPROVAL_COMMENTS,
    DEMO_FACILITY,
    DEMO_PASSWORD,
    DEMO_UNITS,
    DEMO_USERS,
    RESIDENTS,
    TEXT_HEAVY_RESIDENT,
    UNIT_TEAMS,
)
from tryghed_desktop.services.demo_simplify import simplify_approved
from tryghed_desktop.services.demo_spec import (
    ActivitySpec,
    Call,
    Pair,
    ResidentSpec,
    RiskSpec,
    SafetySpec,
    Slot,
    StageSpec,
)
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.services.plans import (
    VersionView,
    approve,
    return_version,
    save_draft,
    start_draft,
    submit,
)
from tryghed_desktop.services.residents import create_resident, discharge_resident, ensure_unit
from tryghed_desktop.services.users import create_user
from tryghed_desktop.store.models import PlanVersion, Resident, User

__all__ = [
    "DEMO_PASSWORD",
    "TEXT_HEAVY_RESIDENT",
    "DemoSummary",
    "is_empty",
    "plan_contents",
    "populate_demo",
]

T = TypeVar("T")


class DemoSummary(msgspec.Struct, frozen=True):
    """What `populate_demo` created."""

    units: int
    residents: int
    users: int
    versions: int


# --- content: compact specs → domain objects -----------------------------------------------------


def _stage(kind: StageKind, spec: StageSpec) -> Stage:
    return Stage(kind, list(spec["signs"]), list(spec["do"]), list(spec["avoid"]), list(spec["own"]))


def _contacts(calls: tuple[Call, ...]) -> list[Contact]:
    return [Contact(name, phone, note) for name, phone, note in calls]


def _risk_profile(spec: RiskSpec) -> RiskProfile:
    return RiskProfile(
        stages=[
            _stage(StageKind.GREEN, spec["green"]),
            _stage(StageKind.YELLOW, spec["yellow"]),
            _stage(StageKind.RED, spec["red"]),
            _stage(StageKind.BLUE, spec["blue"]),
        ],
        triggers=list(spec["triggers"]),
        risk_situations=[RiskSituation(when, where, what) for when, where, what in spec["situations"]],
        strengths=list(spec["strengths"]),
        alarm=list(spec["alarm"]),
        call=_contacts(spec["call"]),
        staffing_rules=list(spec["staffing"]),
        level=spec["level"],
        level_reason=spec["reason"],
    )


def _daily_rhythm(slots: tuple[Slot, ...]) -> DailyRhythm:
    return DailyRhythm(
        [TimeSlot(time.fromisoformat(slot[0]), time.fromisoformat(slot[1]), *slot[2:]) for slot in slots]
    )


def _perspective(pair: Pair) -> Perspective:
    return Perspective(resident=list(pair[0]), staff=list(pair[1]))


def _safety_plan(spec: SafetySpec) -> SafetyPlan:
    return SafetyPlan(
        feel_safe=_perspective(spec["feel_safe"]),
        feel_unsafe=_perspective(spec["feel_unsafe"]),
        warning_signs=_perspective(spec["warning_signs"]),
        what_helps=_perspective(spec["what_helps"]),
        want_you_to_do=_perspective(spec["want_you_to_do"]),
        agreed_signals=list(spec["signals"]),
        contacts=_contacts(spec["contacts"]),
        resident_participated=spec["participated"],
        resident_agrees=spec["agrees"],
        reason_if_not=spec["reason_if_not"],
    )


def _activities(specs: tuple[ActivitySpec, ...]) -> Activities:
    return Activities(
        [
            Activity(name, purpose, list(steps), list(risks), staff)
            for name, purpose, steps, risks, staff in specs
        ]
    )


def _current_and_old(spec: ResidentSpec, kind: PlanKind) -> tuple[PlanContent, PlanContent | None]:
    if kind is PlanKind.RISK_PROFILE:
        old_risk = spec.get("old_risk")
        return _risk_profile(spec["risk"]), _risk_profile(old_risk) if old_risk is not None else None
    if kind is PlanKind.DAILY_RHYTHM:
        old_rhythm = spec.get("old_rhythm")
        return _daily_rhythm(spec["rhythm"]), _daily_rhythm(old_rhythm) if old_rhythm is not None else None
    if kind is PlanKind.SAFETY_PLAN:
        return _safety_plan(spec["safety"]), None
    return _activities(spec["activities"]), None


def _drop_last(items: list[T]) -> None:
    if len(items) > 1:
        items.pop()


def _earlier(content: PlanContent) -> PlanContent:
    """The same plan before its last revision, which added a few lessons learnt."""
    older = copy.deepcopy(content)
    if isinstance(older, RiskProfile):
        _drop_last(older.triggers)
        _drop_last(older.stage(StageKind.YELLOW).we_do)
        _drop_last(older.stage(StageKind.RED).we_do)
    elif isinstance(older, DailyRhythm):
        for slot in older.slots:
            slot.staff_needed = min(slot.staff_needed, 1)
        noted = [slot for slot in older.slots if slot.risk_note]
        if noted:
            noted[-1].risk_note = ""
    elif isinstance(older, SafetyPlan):
        _drop_last(older.agreed_signals)
        _drop_last(older.what_helps.staff)
    else:
        _drop_last(older.activities)
    return older


def plan_contents(spec: ResidentSpec, kind: PlanKind) -> list[PlanContent]:
    """The content of each version in the resident's story for that kind, oldest first."""
    current, old = _current_and_old(spec, kind)
    contents = [current]
    older = old if old is not None else _earlier(current)
    while len(contents) < len(spec["story"][kind]):
        contents.insert(0, older)
        older = _earlier(older)
    return contents


# --- playing the stories through the lifecycle services -----------------------------------------


class _Timeline:
    """Actions run in time order, so that the audit log reads as a real history would."""

    def __init__(self) -> None:
        self._events: list[tuple[datetime, int, Callable[[], object]]] = []

    def at(self, when: datetime, action: Callable[[], object]) -> None:
        self._events.append((when, len(self._events), action))

    def run(self) -> None:
        for _when, _order, action in sorted(self._events, key=lambda event: event[:2]):
            action()


@dataclass
class _ResidentRun:
    spec: ResidentSpec
    unit_id: int
    coordinator: Actor
    advisor: Actor
    id: int = 0


@dataclass
class _PlanRun:
    """One plan document of one resident as it moves through its versions."""

    session: Session
    resident: _ResidentRun
    kind: PlanKind
    version: VersionView | None = field(default=None)

    def _current(self) -> VersionView:
        assert self.version is not None, "a demo step ran before its draft existed"
        return self.version

    def write(self, content: PlanContent, started: datetime) -> None:
        self.version = start_draft(
            self.session, self.resident.coordinator, self.resident.id, self.kind, content, now=started
        )

    def simplify(self, content: PlanContent, started: datetime, choices: dict[str, str]) -> None:
        self.version = simplify_approved(
            self.session,
            self.resident.coordinator,
            self.resident.id,
            self.kind,
            content,
            choices=choices,
            now=started,
        )

    def save(self, when: datetime) -> None:
        draft = self._current()
        self.version = save_draft(
            self.session,
            self.resident.coordinator,
            draft.id,
            draft.content,
            expected_row_version=draft.row_version,
            now=when,
        )

    def submit(self, when: datetime) -> None:
        self.version = submit(self.session, self.resident.coordinator, self._current().id, now=when)

    def approve(self, when: datetime, comment: str) -> None:
        self.version = approve(
            self.session, self.resident.advisor, self._current().id, comment=comment, now=when
        )

    def give_back(self, when: datetime, comment: str) -> None:
        self.version = return_version(
            self.session, self.resident.advisor, self._current().id, comment, now=when
        )


def _moment(today: date, days_ago: int, hour: int, minute: int) -> datetime:
    return datetime.combine(today - timedelta(days=days_ago), time(hour, minute), tzinfo=UTC)


def _schedule_plan(
    timeline: _Timeline, plan: _PlanRun, *, today: date, minute: int, comments: Iterator[str]
) -> datetime:
    """Put one plan's versions on the timeline; returns when its first draft was started."""
    first_start: datetime | None = None
    previous_end: datetime | None = None
    spec = plan.resident.spec
    for (status, days_ago, comment), content in zip(
        spec["story"][plan.kind], plan_contents(spec, plan.kind), strict=True
    ):
        end = _moment(today, days_ago, 10 if status in ("approved", "returned") else 13, minute)
        # Drafts take a couple of days; a version that went to the advisor took about two weeks.
        started = _moment(today, days_ago + (2 if status == "draft" else 12), 8, minute)
        if previous_end is not None and started <= previous_end:
            raise ValueError(f"demo story for {spec['name']} ({plan.kind}) is out of order")
        first_start = first_start or started
        choices = spec.get("simplified", {}).get(plan.kind)
        if choices is not None and status == "submitted":
            timeline.at(started, partial(plan.simplify, content, started, choices))
        else:
            timeline.at(started, partial(plan.write, content, started))
        if status == "draft":
            # Still being worked on: last saved on the step's day.
            timeline.at(end, partial(plan.save, end))
        else:
            sent = end if status == "submitted" else _moment(today, days_ago + 3, 14, minute)
            timeline.at(sent, partial(plan.submit, sent))
        if status == "approved":
            timeline.at(end, partial(plan.approve, end, comment or next(comments)))
        elif status == "returned":
            timeline.at(end, partial(plan.give_back, end, comment))
        previous_end = end
    assert first_start is not None, "every plan kind has at least one version"
    return first_start


def _create(session: Session, run: _ResidentRun, when: datetime) -> None:
    spec = run.spec
    run.id = create_resident(
        session,
        run.coordinator,
        unit_id=run.unit_id,
        display_name=spec["name"],
        card_name=spec["card"],
        room=spec["room"],
        contact_persons=list(spec["contacts"]),
        now=when,
    )


def _discharge(session: Session, run: _ResidentRun, when: datetime) -> None:
    discharge_resident(session, run.coordinator, run.id, local_time(when).date(), now=when)


def _schedule_resident(
    timeline: _Timeline,
    session: Session,
    run: _ResidentRun,
    *,
    today: date,
    minute: int,
    comments: Iterator[str],
) -> None:
    """Put a resident's arrival, every plan's versions and any discharge on the timeline."""
    starts = [
        _schedule_plan(timeline, _PlanRun(session, run, kind), today=today, minute=minute, comments=comments)
        for kind in PlanKind
    ]
    arrived = min(starts) - timedelta(days=10)
    timeline.at(arrived, partial(_create, session, run, arrived))
    discharged = run.spec.get("discharged_days_ago")
    if discharged is not None:
        left = _moment(today, discharged, 12, minute)
        timeline.at(left, partial(_discharge, session, run, left))


def _schedule_measure(
    timeline: _Timeline,
    session: Session,
    spec: MeasureSpec,
    *,
    actor: Actor,
    unit_id: int | None,
    about: _ResidentRun | None,
    today: date,
) -> None:
    """Enter a measure of the action plan as decided, then give it its status on its own day."""
    added = _moment(today, spec.added_days_ago, 9, 15)
    measure_id: list[int] = []

    def data(status: MeasureStatus) -> MeasureInput:
        due = today + timedelta(days=spec.due_in_days) if spec.due_in_days is not None else None
        resident_id = about.id if about is not None else None
        return MeasureInput(spec.title, spec.owner, due, status, spec.note, spec.track, unit_id, resident_id)

    def add() -> None:
        measure_id.append(add_measure(session, actor, data(MeasureStatus.DECIDED), now=added))

    timeline.at(added, add)
    if spec.changed_days_ago is not None:
        changed = _moment(today, spec.changed_days_ago, 9, 15)

        def follow_up() -> None:
            update_measure(session, actor, measure_id[0], data(spec.status), now=changed)

        timeline.at(changed, follow_up)


def _create_users(session: Session, today: date) -> dict[str, Actor]:
    when = _moment(today, 900, 8, 0)
    shared_hash: str | None = None
    for user in DEMO_USERS:
        user_id = create_user(
            session,
            SYSTEM,
            username=user.username,
            full_name=user.full_name,
            roles=set(user.roles),
            title=user.title,
            password=DEMO_PASSWORD if shared_hash is None else None,
            now=when,
        )
        stored = session.get(User, user_id)
        assert stored is not None
        # One argon2 hash (50–300 ms) serves all: the password is the same and printed in the README.
        if shared_hash is None:
            shared_hash = stored.password_hash
        else:
            stored.password_hash = shared_hash
    return {user.username: actor_for(session, user.username) for user in DEMO_USERS}


def is_empty(session: Session) -> bool:
    """Whether the database holds neither residents nor users: the only state the demo may fill."""
    has_resident = session.scalars(select(Resident.id).limit(1)).first() is not None
    has_user = session.scalars(select(User.id).limit(1)).first() is not None
    return not (has_resident or has_user)


def populate_demo(session: Session, *, today: date | None = None) -> DemoSummary:
    """Fill an empty database with the fictional facility, its users and plan histories up to `today`."""
    if not is_empty(session):
        raise ServiceError(
            "Databasen er ikke tom. Demo-bostedet kan kun oprettes i en ny database uden borgere og brugere."
        )
    today = today or date.today()
    actors = _create_users(session, today)
    units = {name: ensure_unit(session, DEMO_FACILITY, name).id for name in DEMO_UNITS}
    timeline = _Timeline()
    comments = cycle(APPROVAL_COMMENTS)
    runs: dict[str, _ResidentRun] = {}
    for index, spec in enumerate(RESIDENTS):
        coordinator, advisor = UNIT_TEAMS[spec["unit"]]
        run = runs[spec["name"]] = _ResidentRun(
            spec, units[spec["unit"]], actors[coordinator], actors[advisor]
        )
        # Spread the clock minutes a little so that residents' histories do not tick in lockstep.
        _schedule_resident(timeline, session, run, today=today, minute=(index * 7) % 50, comments=comments)
    for measure in MEASURES:
        _schedule_measure(
            timeline,
            session,
            measure,
            actor=actors[measure.by],
            unit_id=units[measure.unit] if measure.unit is not None else None,
            about=runs[TEXT_HEAVY_RESIDENT] if measure.about_text_heavy_resident else None,
            today=today,
        )
    timeline.run()
    versions = session.scalar(select(func.count(PlanVersion.id))) or 0
    return DemoSummary(units=len(units), residents=len(RESIDENTS), users=len(DEMO_USERS), versions=versions)
