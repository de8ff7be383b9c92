"""Typed content of the four plan kinds (DESIGN §4), with a canonical dict form for JSON and hashing."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import time
from enum import StrEnum
from typing import Any

import msgspec


class PlanKind(StrEnum):
    RISK_PROFILE = "risk_profile"
    DAILY_RHYTHM = "daily_rhythm"
    SAFETY_PLAN = "safety_plan"
    ACTIVITIES = "activities"


PLAN_KIND_TITLES: dict[PlanKind, str] = {
    PlanKind.RISK_PROFILE: "Risikoprofil",
    PlanKind.DAILY_RHYTHM: "Døgnrytme",
    PlanKind.SAFETY_PLAN: "Tryghedsplan",
    PlanKind.ACTIVITIES: "Aktiviteter",
}


class Level(StrEnum):
    """Traffic-light level used for the overall risk and for daily-rhythm slots."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


LEVEL_TITLES: dict[Level, str] = {Level.GREEN: "Lav", Level.YELLOW: "Middel", Level.RED: "Høj"}


class StageKind(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    BLUE = "blue"


class StageInfo(msgspec.Struct, frozen=True):
    """How a stage is named and marked, so that a b/w print and a colour-blind reader still see it."""

    colour_name: str
    meaning: str
    symbol: str
    rgb: str


STAGE_INFO: dict[StageKind, StageInfo] = {
    StageKind.GREEN: StageInfo("Grøn", "Sådan har jeg det godt", "●", "#2e7d32"),
    StageKind.YELLOW: StageInfo("Gul", "Tidlige tegn", "▲", "#f9a825"),
    StageKind.RED: StageInfo("Rød", "Akut", "■", "#c62828"),
    StageKind.BLUE: StageInfo("Blå", "Efter en hændelse", "◆", "#1565c0"),
}

STAGE_ORDER: tuple[StageKind, ...] = tuple(StageKind)


@dataclass
class Stage:
    kind: StageKind
    signs: list[str] = field(default_factory=list)
    we_do: list[str] = field(default_factory=list)
    we_avoid: list[str] = field(default_factory=list)
    resident_can: list[str] = field(default_factory=list)


@dataclass
class Contact:
    """Somebody to call: a name or a role, and a phone number (may be empty for an internal alarm)."""

    name: str
    phone: str = ""
    note: str = ""


@dataclass
class RiskSituation:
    when: str
    where: str
    what: str = ""


@dataclass
class RiskProfile:
    stages: list[Stage] = field(default_factory=lambda: [Stage(kind) for kind in STAGE_ORDER])
    triggers: list[str] = field(default_factory=list)
    risk_situations: list[RiskSituation] = field(default_factory=list)
    strengths: list[str] = field(default_factory=list)
    alarm: list[str] = field(default_factory=list)
    call: list[Contact] = field(default_factory=list)
    staffing_rules: list[str] = field(default_factory=list)
    level: Level = Level.GREEN
    level_reason: str = ""

    def stage(self, kind: StageKind) -> Stage:
        """The stage of that kind (every profile holds all four, in traffic-light order)."""
        for stage in self.stages:
            if stage.kind is kind:
                return stage
        raise KeyError(kind)


@dataclass
class TimeSlot:
    start: time
    end: time
    label: str
    activity: str = ""
    support: str = ""
    risk_note: str = ""
    level: Level = Level.GREEN
    staff_needed: int = 1


@dataclass
class DailyRhythm:
    slots: list[TimeSlot] = field(default_factory=list)


@dataclass
class Perspective:
    """The LA2 'indefra/udefra' pair: the resident's own words beside the staff's view."""

    resident: list[str] = field(default_factory=list)
    staff: list[str] = field(default_factory=list)


SAFETY_TOPICS: tuple[tuple[str, str], ...] = (
    ("feel_safe", "Det gør mig tryg"),
    ("feel_unsafe", "Det gør mig utryg"),
    ("warning_signs", "Mine faresignaler"),
    ("what_helps", "Det hjælper mig"),
    ("want_you_to_do", "Det vil jeg gerne have, at I gør"),
)


@dataclass
class SafetyPlan:
    feel_safe: Perspective = field(default_factory=Perspective)
    feel_unsafe: Perspective = field(default_factory=Perspective)
    warning_signs: Perspective = field(default_factory=Perspective)
    what_helps: Perspective = field(default_factory=Perspective)
    want_you_to_do: Perspective = field(default_factory=Perspective)
    agreed_signals: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    resident_participated: bool = True
    resident_agrees: bool = True
    reason_if_not: str = ""

    def topic(self, key: str) -> Perspective:
        """One of the SAFETY_TOPICS perspectives by its key."""
        value = getattr(self, key)
        assert isinstance(value, Perspective)
        return value


@dataclass
class Activity:
    name: str
    purpose: str = ""
    steps: list[str] = field(default_factory=list)
    risks: list[str] = field(default_factory=list)
    staff_needed: int = 1


@dataclass
class Activities:
    activities: list[Activity] = field(default_factory=list)


PlanContent = RiskProfile | DailyRhythm | SafetyPlan | Activities

CONTENT_TYPES: dict[PlanKind, type[RiskProfile | DailyRhythm | SafetyPlan | Activities]] = {
    PlanKind.RISK_PROFILE: RiskProfile,
    PlanKind.DAILY_RHYTHM: DailyRhythm,
    PlanKind.SAFETY_PLAN: SafetyPlan,
    PlanKind.ACTIVITIES: Activities,
}


def kind_of(content: PlanContent) -> PlanKind:
    """The plan kind a content object belongs to."""
    for kind, content_type in CONTENT_TYPES.items():
        if isinstance(content, content_type):
            return kind
    raise TypeError(f"not plan content: {type(content).__name__}")


def empty_content(kind: PlanKind) -> PlanContent:
    """A fresh, empty content object of that kind."""
    return CONTENT_TYPES[kind]()


# --- canonical dict form -------------------------------------------------------------------------
# Hand-written rather than a serialisation library: the format is the versioned JSON interchange
# contract (resources/schema), so every field's spelling is decided here on purpose.


def _time_text(value: time) -> str:
    return value.strftime("%H:%M")


def _parse_time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def content_to_dict(content: PlanContent) -> dict[str, Any]:
    """The canonical JSON-ready dict of a content object (enums as values, times as 'HH:MM')."""
    raw = asdict(content)
    if isinstance(content, DailyRhythm):
        for slot in raw["slots"]:
            slot["start"] = _time_text(slot["start"])
            slot["end"] = _time_text(slot["end"])
    return json.loads(json.dumps(raw, default=str))  # type: ignore[no-any-return]


def _contacts(items: list[dict[str, Any]]) -> list[Contact]:
    return [Contact(**item) for item in items]


def _perspective(data: dict[str, Any]) -> Perspective:
    return Perspective(resident=list(data["resident"]), staff=list(data["staff"]))


def content_from_dict(kind: PlanKind, data: dict[str, Any]) -> PlanContent:
    """Build a content object of that kind from its canonical dict (validated beforehand)."""
    if kind is PlanKind.RISK_PROFILE:
        return RiskProfile(
            stages=[
                Stage(
                    kind=StageKind(stage["kind"]),
                    signs=list(stage["signs"]),
                    we_do=list(stage["we_do"]),
                    we_avoid=list(stage["we_avoid"]),
                    resident_can=list(stage["resident_can"]),
                )
                for stage in data["stages"]
            ],
            triggers=list(data["triggers"]),
            risk_situations=[RiskSituation(**item) for item in data["risk_situations"]],
            strengths=list(data["strengths"]),
            alarm=list(data["alarm"]),
            call=_contacts(data["call"]),
            staffing_rules=list(data["staffing_rules"]),
            level=Level(data["level"]),
            level_reason=data["level_reason"],
        )
    if kind is PlanKind.DAILY_RHYTHM:
        return DailyRhythm(
            slots=[
                TimeSlot(
                    start=_parse_time(slot["start"]),
                    end=_parse_time(slot["end"]),
                    label=slot["label"],
                    activity=slot["activity"],
                    support=slot["support"],
                    risk_note=slot["risk_note"],
                    level=Level(slot["level"]),
                    staff_needed=int(slot["staff_needed"]),
                )
                for slot in data["slots"]
            ]
        )
    if kind is PlanKind.SAFETY_PLAN:
        return SafetyPlan(
            **{key: _perspective(data[key]) for key, _title in SAFETY_TOPICS},
            agreed_signals=list(data["agreed_signals"]),
            contacts=_contacts(data["contacts"]),
            resident_participated=bool(data["resident_participated"]),
            resident_agrees=bool(data["resident_agrees"]),
            reason_if_not=data["reason_if_not"],
        )
    return Activities(activities=[Activity(**item) for item in data["activities"]])


def content_hash(content: PlanContent) -> str:
    """SHA-256 of the canonical JSON: what an approval signs."""
    canonical = json.dumps(
        content_to_dict(content), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
