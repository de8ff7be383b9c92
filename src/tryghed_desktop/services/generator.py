"""Realistic made-up incidents: a large facility for benchmarks (`generate`) and incidents for the demo
residents (`add_demo_incidents`). Deterministic for a seed; nothing here is real data."""

from __future__ import annotations

import bisect
import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Any
from zoneinfo import ZoneInfo

import msgspec
from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from tryghed_desktop.domain.incidents import (
    FIRST_AID_WITHIN,
    LOCAL_ZONE,
    IncidentForm,
    IncidentReport,
    IncidentType,
    StrategyUse,
    slot_at,
)
from tryghed_desktop.domain.lifecycle import VersionStatus, review_due_after
from tryghed_desktop.domain.plans import (
    DailyRhythm,
    Level,
    PlanKind,
    RiskProfile,
    StageKind,
    content_from_dict,
    content_hash,
    content_to_dict,
)
from tryghed_desktop.services.actors import SYSTEM, Actor, Role
from tryghed_desktop.services.demo import DemoSummary, plan_contents, populate_demo
from tryghed_desktop.services.demo_content import RESIDENTS
from tryghed_desktop.services.incidents import close_incident, register_incident, update_follow_up
from tryghed_desktop.services.statistics import IncidentBuckets, rebuild_incident_buckets
from tryghed_desktop.store.models import (
    Facility,
    Incident,
    PlanDocument,
    PlanVersion,
    Resident,
    Unit,
    User,
    UserRole,
)

GENERATED_FACILITY = "Bostedet Prøvehuset"
RESIDENTS_PER_UNIT = 8
YEARS = 10
CHUNK = 20_000
# How much more often incidents happen in a slot of each level (per hour of the slot).
LEVEL_WEIGHT = {Level.GREEN: 1.0, Level.YELLOW: 4.0, Level.RED: 9.0}
SEVERITY_WEIGHTS = (34, 31, 21, 10, 4)
TYPE_WEIGHTS = {
    IncidentType.THREAT: 40,
    IncidentType.VIOLENCE: 30,
    IncidentType.HARASSMENT: 20,
    IncidentType.OFFENSIVE: 10,
}
LOCATIONS = ("Gangen", "Fællesstuen", "Køkkenet", "Badeværelset", "Værelset", "Haven", "Kontoret")
REPORTERS = ("Mette L.", "Ali H.", "Camilla N.", "Søren B.", "Anne S.", "Jesper T.")
FIRST_NAMES = [
    "Jonas",
    "Maja",
    "Kim",
    "Lars",
    "Sofie",
    "Ahmad",
    "Birthe",
    "Erik",
    "Freja",
    "Hassan",
    "Ida",
    "Jens",
    "Karen",
    "Mads",
    "Nanna",
    "Ole",
    "Pernille",
    "Rasmus",
    "Signe",
    "Tobias",
    "Ulla",
    "Viggo",
    "Yasmin",
]
LAST_NAMES = ("Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Larsen", "Sørensen", "Rasmussen")


def _table(model: type[Any]) -> Table:
    # Core inserts: the ORM's bulk path groups rows by which values are None and runs far slower.
    table = model.__table__
    assert isinstance(table, Table)
    return table


class Profile(msgspec.Struct, frozen=True):
    """What incidents of one resident draw on: slots with weights, signs and strategies."""

    rhythm: DailyRhythm
    signs: tuple[str, ...]
    strategies: tuple[str, ...]
    minute_labels: tuple[str, ...]  # the slot label for each minute of the day
    minute_weights: tuple[float, ...]  # cumulative weights per minute of the day


def _profile(risk: RiskProfile, rhythm: DailyRhythm) -> Profile:
    signs = [*risk.stage(StageKind.YELLOW).signs, *risk.stage(StageKind.RED).signs]
    strategies = [*risk.stage(StageKind.YELLOW).we_do, *risk.stage(StageKind.RED).we_do]
    labels, weights = [], []
    for minute in range(24 * 60):
        slot = slot_at(rhythm, time(minute // 60, minute % 60))
        labels.append(slot.label if slot is not None else "")
        weights.append(LEVEL_WEIGHT[slot.level] if slot is not None else 0.5)
    return Profile(
        rhythm,
        tuple(dict.fromkeys(signs)),
        tuple(dict.fromkeys(strategies)),
        tuple(labels),
        tuple(accumulate(weights)),
    )


def _template_profiles() -> list[tuple[RiskProfile, DailyRhythm]]:
    templates = []
    for spec in RESIDENTS:
        risk = plan_contents(spec, PlanKind.RISK_PROFILE)[-1]
        rhythm = plan_contents(spec, PlanKind.DAILY_RHYTHM)[-1]
        assert isinstance(risk, RiskProfile) and isinstance(rhythm, DailyRhythm)
        templates.append((risk, rhythm))
    return templates


class _Draw:
    """The random choices of one incident, from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.types = list(TYPE_WEIGHTS)
        self.type_cum = list(accumulate(TYPE_WEIGHTS.values()))
        self.severity_cum = list(accumulate(SEVERITY_WEIGHTS))
        self.zone = ZoneInfo(LOCAL_ZONE)
        # Each (resident, strategy) has its own chance of helping, so some strategies clearly fail.
        self.success: dict[tuple[int, str], float] = {}

    def minute(self, profile: Profile) -> int:
        point = self.rng.random() * profile.minute_weights[-1]
        return min(bisect.bisect_right(profile.minute_weights, point), 24 * 60 - 1)

    def moment(self, day: date, minute: int) -> datetime:
        local = datetime.combine(day, time(minute // 60, minute % 60), tzinfo=self.zone)
        return local.astimezone(UTC)

    def kind(self) -> IncidentType:
        return self.types[bisect.bisect_right(self.type_cum, self.rng.random() * self.type_cum[-1])]

    def severity(self) -> int:
        return bisect.bisect_right(self.severity_cum, self.rng.random() * self.severity_cum[-1]) + 1

    def signs(self, profile: Profile) -> list[str]:
        if not profile.signs:
            return []
        return self.rng.sample(profile.signs, min(len(profile.signs), self.rng.choice((0, 1, 1, 2, 2, 3))))

    def strategies(self, key: int, profile: Profile) -> list[StrategyUse]:
        if not profile.strategies:
            return []
        chosen = self.rng.sample(profile.strategies, min(len(profile.strategies), self.rng.choice((1, 1, 2))))
        uses = []
        for text in chosen:
            chance = self.success.setdefault((key, text), self.rng.choice((0.1, 0.2, 0.6, 0.75, 0.9)))
            roll = self.rng.random()
            helped = None if roll < 0.1 else self.rng.random() < chance
            uses.append(StrategyUse(text, helped))
        return uses


# --- a large facility, bulk inserted --------------------------------------------------------------


class GeneratedSummary(msgspec.Struct, frozen=True):
    units: int
    residents: int
    incidents: int


def _insert_plans(
    session: Session,
    resident_ids: Sequence[int],
    contents: Sequence[tuple[RiskProfile, DailyRhythm]],
    approved: Sequence[datetime],
) -> dict[int, int]:
    """One approved risk profile and daily rhythm per resident; returns resident → profile version."""
    documents = [
        {"resident_id": rid, "kind": kind}
        for rid in resident_ids
        for kind in (PlanKind.RISK_PROFILE, PlanKind.DAILY_RHYTHM)
    ]
    session.execute(insert(_table(PlanDocument)), documents)
    document_ids = {
        (rid, kind): did
        for did, rid, kind in session.execute(
            select(PlanDocument.id, PlanDocument.resident_id, PlanDocument.kind).where(
                PlanDocument.resident_id.in_(resident_ids)
            )
        )
    }
    versions = []
    for rid, (risk, rhythm), when in zip(resident_ids, contents, approved, strict=True):
        for kind, content in ((PlanKind.RISK_PROFILE, risk), (PlanKind.DAILY_RHYTHM, rhythm)):
            digest = content_hash(content)
            versions.append(
                {
                    "document_id": document_ids[(rid, kind)],
                    "number": 1,
                    "status": VersionStatus.APPROVED,
                    "content": content_to_dict(content),
                    "content_hash": digest,
                    "approved_hash": digest,
                    "row_version": 1,
                    "created_at": when - timedelta(days=14),
                    "updated_at": when - timedelta(days=14),
                    "submitted_at": when - timedelta(days=3),
                    "approved_at": when,
                    "approval_comment": "Godkendt.",
                    "valid_from": when,
                    "review_due": review_due_after(when.date()),
                }
            )
    session.execute(insert(_table(PlanVersion)), versions)
    return {
        rid: vid
        for vid, rid in session.execute(
            select(PlanVersion.id, PlanDocument.resident_id)
            .join(PlanDocument, PlanVersion.document_id == PlanDocument.id)
            .where(PlanDocument.kind == PlanKind.RISK_PROFILE, PlanDocument.resident_id.in_(resident_ids))
        )
    }


def _incident_row(  # noqa: PLR0917 - one row's facts, called from one place
    draw: _Draw,
    occurred: datetime,
    unit_id: int,
    resident_id: int,
    profile: Profile,
    minute: int,
    version_id: int | None,
    now: datetime,
) -> dict[str, Any]:
    rng = draw.rng
    severity = draw.severity()
    kind = draw.kind()
    absence = rng.choice((1, 2, 5)) if severity >= 4 and rng.random() < 0.5 else 0
    old = occurred < now - timedelta(days=30)
    return {
        "unit_id": unit_id,
        "resident_id": resident_id,
        "other_person": "",
        "occurred_at": occurred,
        "incident_type": kind.value,
        "form": (IncidentForm.PHYSICAL if kind is IncidentType.VIOLENCE else IncidentForm.VERBAL).value,
        "outside_work_hours": False,
        "severity": severity,
        "location": LOCATIONS[rng.randrange(len(LOCATIONS))],
        "situation": "",
        "slot_label": profile.minute_labels[minute],
        "signs_seen": draw.signs(profile),
        "strategies": [
            {"text": use.text, "helped": use.helped} for use in draw.strategies(resident_id, profile)
        ],
        "injury": severity >= 4,
        "absence_days": absence,
        "police_report": severity == 5 and rng.random() < 0.3,
        "description": "",
        "plan_version_id": version_id,
        "reporter_name": REPORTERS[rng.randrange(len(REPORTERS))],
        "created_at": occurred + timedelta(hours=1),
        "updated_at": occurred + timedelta(hours=1),
        "row_version": 1,
        "first_aid_due": occurred + FIRST_AID_WITHIN,
        "injury_report_due": occurred.date() + timedelta(days=15) if absence else None,
        "first_aid_contact_at": occurred + timedelta(hours=20) if old else None,
        "closed_at": occurred + timedelta(days=10) if old else None,
    }


def generate(
    session: Session,
    *,
    residents: int,
    incidents: int,
    seed: int,
    today: date,
    progress: Any = None,
) -> GeneratedSummary:
    """A facility with `residents` residents (8 a unit, each with an approved risk profile and daily
    rhythm taken from the demo's) and `incidents` incidents over the ten years before `today`, bulk
    inserted with Core executemany in chunks. Incidents fall mostly in each resident's yellow and red
    slots and use the resident's own early signs and strategies. `progress(done, total)` is optional."""
    if residents < 1 or incidents < 0:
        raise ValueError("at least one resident and no negative number of incidents")
    rng = random.Random(seed)
    now = datetime.combine(today, time(12), tzinfo=UTC)
    facility_id = session.execute(
        insert(Facility).values(name=GENERATED_FACILITY).returning(Facility.id)
    ).scalar_one()
    unit_count = (residents + RESIDENTS_PER_UNIT - 1) // RESIDENTS_PER_UNIT
    session.execute(
        insert(_table(Unit)),
        [{"facility_id": facility_id, "name": f"Hus {n + 1}"} for n in range(unit_count)],
    )
    unit_ids = list(session.scalars(select(Unit.id).where(Unit.facility_id == facility_id).order_by(Unit.id)))
    rows = []
    for n in range(residents):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        rows.append(
            {
                "unit_id": unit_ids[n // RESIDENTS_PER_UNIT],
                "display_name": f"{first} {last} ({n + 1})",
                "card_name": f"{first} {last[0]}.",
                "room": str(n % RESIDENTS_PER_UNIT + 1),
                "contact_persons": [],
                "active": True,
                "created_at": now - timedelta(days=YEARS * 366),
            }
        )
    session.execute(insert(_table(Resident)), rows)
    resident_rows = session.execute(
        select(Resident.id, Resident.unit_id).where(Resident.unit_id.in_(unit_ids)).order_by(Resident.id)
    ).all()
    resident_ids = [rid for rid, _ in resident_rows]
    templates = _template_profiles()
    template_profiles = [_profile(risk, rhythm) for risk, rhythm in templates]
    contents = [templates[n % len(templates)] for n in range(residents)]
    approved = [now - timedelta(days=rng.randrange(20, 400)) for _ in range(residents)]
    versions = _insert_plans(session, resident_ids, contents, approved)
    profiles = [template_profiles[n % len(templates)] for n in range(residents)]

    # Some residents have many more incidents than others; incidents grow a little over the years.
    weights = list(accumulate(rng.paretovariate(1.5) for _ in range(residents)))
    days = YEARS * 365
    day_weights = list(accumulate(1.0 + 0.8 * d / days for d in range(days)))
    start_day = today - timedelta(days=days)
    draw = _Draw(seed)
    # Draw the days first and sort, so rows go in in time order like real registrations do.
    chosen_days = sorted(
        bisect.bisect_right(day_weights, draw.rng.random() * day_weights[-1]) for _ in range(incidents)
    )
    batch: list[dict[str, Any]] = []
    buckets = IncidentBuckets()  # the statistics summaries, counted as the rows are drawn
    done = 0
    for offset in chosen_days:
        index = bisect.bisect_right(weights, draw.rng.random() * weights[-1])
        rid, unit_id = resident_rows[index]
        profile = profiles[index]
        minute = draw.minute(profile)
        occurred = draw.moment(start_day + timedelta(days=min(offset, days - 1)), minute)
        row = _incident_row(draw, occurred, unit_id, rid, profile, minute, versions[rid], now)
        batch.append(row)
        buckets.add(
            unit_id,
            rid,
            occurred,
            row["incident_type"],
            row["severity"],
            row["slot_label"],
            row["signs_seen"],
            row["strategies"],
        )
        if len(batch) == CHUNK:
            session.execute(insert(_table(Incident)), batch)
            done += len(batch)
            batch = []
            if progress is not None:
                progress(done, incidents)
    if batch:
        session.execute(insert(_table(Incident)), batch)
    buckets.insert(session)
    return GeneratedSummary(unit_count, residents, incidents)


# --- incidents for the demo facility, through the registration services ---------------------------


def _actors(session: Session, role: Role) -> list[Actor]:
    users = session.execute(
        select(User.id, User.username, User.full_name)
        .join(UserRole, UserRole.user_id == User.id)
        .where(UserRole.role == role.value, User.active)
        .order_by(User.id)
    ).all()
    actors = []
    for user_id, username, full_name in users:
        roles = frozenset(
            Role(r) for r in session.scalars(select(UserRole.role).where(UserRole.user_id == user_id))
        )
        actors.append(Actor(username, full_name, roles, user_id))
    return actors or [SYSTEM]


def add_demo_incidents(session: Session, count: int, seed: int, today: date) -> int:
    """Register `count` incidents for the demo's active residents over the 15 months before `today`,
    through the registration and follow-up services (deadlines, audit). Incidents fall mostly in each
    resident's yellow and red slots and use the resident's own signs and strategies; older ones are
    followed up and closed, the last weeks' stay open. Returns how many were added."""
    current = (
        select(PlanDocument.resident_id, PlanDocument.kind, PlanVersion.content, PlanVersion.valid_from)
        .join(PlanVersion, PlanVersion.document_id == PlanDocument.id)
        .join(Resident, Resident.id == PlanDocument.resident_id)
        .where(
            Resident.active,
            PlanVersion.status == VersionStatus.APPROVED,
            PlanDocument.kind.in_([PlanKind.RISK_PROFILE, PlanKind.DAILY_RHYTHM]),
        )
        .order_by(PlanDocument.resident_id, PlanDocument.kind)
    )
    plans: dict[int, dict[PlanKind, Any]] = {}
    for rid, kind, content, _valid_from in session.execute(current):
        plans.setdefault(rid, {})[kind] = content_from_dict(kind, content)
    eligible = sorted(rid for rid, kinds in plans.items() if len(kinds) == 2)
    if not eligible or count <= 0:
        return 0
    profiles = {
        rid: _profile(plans[rid][PlanKind.RISK_PROFILE], plans[rid][PlanKind.DAILY_RHYTHM])
        for rid in eligible
    }
    draw = _Draw(seed)
    rng = draw.rng
    weights = list(accumulate(rng.paretovariate(1.2) for _ in eligible))
    staff = _actors(session, Role.STAFF)
    coordinators = _actors(session, Role.COORDINATOR)
    now = datetime.combine(today, time(12), tzinfo=UTC)
    span = 456  # about 15 months
    moments = []
    for number in range(count):
        rid = eligible[bisect.bisect_right(weights, rng.random() * weights[-1])]
        minute = draw.minute(profiles[rid])
        # Every tenth in the last three weeks, so the follow-up list has open ones to show.
        days_ago = rng.randrange(1, 21) if number % 10 == 0 else rng.randrange(1, span)
        moments.append((draw.moment(today - timedelta(days=days_ago), minute), rid, minute))
    added = 0
    for occurred, rid, minute in sorted(moments):
        if occurred > now:
            continue
        profile = profiles[rid]
        severity = draw.severity()
        kind = draw.kind()
        report = IncidentReport(
            occurred_at=occurred,
            incident_type=kind,
            severity=severity,
            location=rng.choice(LOCATIONS),
            resident_id=rid,
            form=IncidentForm.PHYSICAL if kind is IncidentType.VIOLENCE else IncidentForm.VERBAL,
            slot_label=profile.minute_labels[minute],
            signs_seen=draw.signs(profile),
            strategies=draw.strategies(rid, profile),
            injury=severity >= 4,
            absence_days=1 if severity >= 4 and rng.random() < 0.5 else 0,
        )
        registered = min(occurred + timedelta(hours=2), now)
        incident_id = register_incident(session, rng.choice(staff), report, now=registered)
        added += 1
        if occurred < now - timedelta(days=21):
            done = occurred + timedelta(hours=rng.randrange(20, 60))
            update_follow_up(
                session,
                rng.choice(staff),
                incident_id,
                now=done,
                defusing_done_at=occurred + timedelta(minutes=45),
                first_aid_contact_at=done,
            )
            close_incident(session, rng.choice(coordinators), incident_id, now=done + timedelta(days=7))
    # Recomputed rather than counted per registration: right whether or not register_incident keeps
    # the summaries itself, and cheap for a demo's few hundred incidents.
    rebuild_incident_buckets(session)
    return added


def incident_count(session: Session) -> int:
    """How many incidents the database holds."""
    return session.scalar(select(func.count(Incident.id))) or 0


DEMO_INCIDENTS = 160  # about a year of registrations: enough for the statistics and the start page


def populate_demo_facility(session: Session, *, today: date | None = None) -> tuple[DemoSummary, int]:
    """The demo facility with a year of realistic incidents: what a new user sees first."""
    today = today or date.today()
    summary = populate_demo(session, today=today)
    return summary, add_demo_incidents(session, DEMO_INCIDENTS, seed=1, today=today)
