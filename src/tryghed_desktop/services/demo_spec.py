"""Typed shapes of the demo facility's content: compact literals that `demo.py` turns into plans."""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

from tryghed_desktop.domain.plans import Level, PlanKind

FACILITY = "Bostedet Egebakken"
BIRK = "Hus Birk"
KASTANJE = "Hus Kastanje"
SKOVLYST = "Skovlyst – socialpsykiatri"

G, Y, R = Level.GREEN, Level.YELLOW, Level.RED
RISK, RHYTHM, SAFETY, ACTIVITIES = (
    PlanKind.RISK_PROFILE,
    PlanKind.DAILY_RHYTHM,
    PlanKind.SAFETY_PLAN,
    PlanKind.ACTIVITIES,
)

Lines = tuple[str, ...]
Call = tuple[str, str, str]  # name or role, phone, note
Situation = tuple[str, str, str]  # when, where, what
# start, end, label, activity, how we support, risk note, slot level, staff needed
Slot = tuple[str, str, str, str, str, str, Level, int]
Pair = tuple[Lines, Lines]  # the resident's own words, the staff's view
ActivitySpec = tuple[str, str, Lines, Lines, int]  # name, purpose, steps, risks, staff needed


# Numbers every resident's card shares (the units' own duty phones sit with their residents).
LEDER: Call = ("Vagthavende leder", "2961 4400", "Ved skade eller politi")
NOED: Call = ("Politi og ambulance", "112", "")


class StageSpec(TypedDict):
    signs: Lines
    do: Lines
    avoid: Lines
    own: Lines  # what the resident can do him/herself


class RiskSpec(TypedDict):
    level: Level
    reason: str
    green: StageSpec
    yellow: StageSpec
    red: StageSpec
    blue: StageSpec
    triggers: Lines
    situations: tuple[Situation, ...]
    strengths: Lines
    alarm: Lines
    call: tuple[Call, ...]
    staffing: Lines


class SafetySpec(TypedDict):
    feel_safe: Pair
    feel_unsafe: Pair
    warning_signs: Pair
    what_helps: Pair
    want_you_to_do: Pair
    signals: Lines
    contacts: tuple[Call, ...]
    participated: bool
    agrees: bool
    reason_if_not: str


StepStatus = Literal["approved", "submitted", "returned", "draft"]
# One version of a plan: how far it got, how many days before `today` that happened, and the
# advisor's comment (approval or return).
Step = tuple[StepStatus, int, str]


def approved(days_ago: int, comment: str = "") -> Step:
    return ("approved", days_ago, comment)


def submitted(days_ago: int) -> Step:
    return ("submitted", days_ago, "")


def returned(days_ago: int, comment: str) -> Step:
    return ("returned", days_ago, comment)


def draft(days_ago: int) -> Step:
    return ("draft", days_ago, "")


class ResidentSpec(TypedDict):
    name: str
    card: str
    unit: str
    room: str
    contacts: Lines
    risk: RiskSpec
    rhythm: tuple[Slot, ...]
    safety: SafetySpec
    activities: tuple[ActivitySpec, ...]
    # Each plan kind's versions, oldest first. The last version holds the content above; the one
    # before it holds `old_*` when given, else a slightly shorter earlier edition.
    story: dict[PlanKind, tuple[Step, ...]]
    old_risk: NotRequired[RiskSpec]
    # Plan kinds whose submitted version was made with "Forenkl tekst" from the approved one: the
    # pieces not placed (by how each begins) with the reason for leaving each out, "" to keep it.
    simplified: NotRequired[dict[PlanKind, dict[str, str]]]
    old_rhythm: NotRequired[tuple[Slot, ...]]
    discharged_days_ago: NotRequired[int]
