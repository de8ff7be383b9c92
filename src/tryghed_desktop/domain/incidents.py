"""Incidents of violence, threats and harassment: kinds, severity, and follow-up deadlines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

import msgspec

from tryghed_desktop.domain.plans import DailyRhythm, StageKind, TimeSlot

FIRST_AID_WITHIN = timedelta(hours=72)
INJURY_REPORT_WITHIN = timedelta(days=14)
# The wards are in Denmark: days and daily-rhythm slots follow Danish time, whatever the PC is set to.
LOCAL_ZONE = "Europe/Copenhagen"


def local_time(moment: datetime) -> datetime:
    """An aware moment as Danish local time (CET/CEST)."""
    return moment.astimezone(ZoneInfo(LOCAL_ZONE))


def wall_clock(moment: datetime) -> datetime:
    """An aware time as the PC's wall-clock time (what the paper should say), naive."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo is not None else moment


def local_midnight(day: date, zone: str = LOCAL_ZONE) -> datetime:
    """The start of a local calendar day as an aware UTC datetime."""
    return datetime.combine(day, time(0), tzinfo=ZoneInfo(zone)).astimezone(UTC)


class IncidentType(StrEnum):
    VIOLENCE = "violence"
    THREAT = "threat"
    HARASSMENT = "harassment"
    OFFENSIVE = "offensive"


INCIDENT_TYPE_TITLES: dict[IncidentType, str] = {
    IncidentType.VIOLENCE: "Vold",
    IncidentType.THREAT: "Trussel",
    IncidentType.HARASSMENT: "Chikane",
    IncidentType.OFFENSIVE: "Anden krænkende adfærd",
}


class IncidentForm(StrEnum):
    PHYSICAL = "physical"
    VERBAL = "verbal"
    DIGITAL = "digital"


INCIDENT_FORM_TITLES: dict[IncidentForm, str] = {
    IncidentForm.PHYSICAL: "Fysisk",
    IncidentForm.VERBAL: "Verbal",
    IncidentForm.DIGITAL: "Digital",
}

# The form an incident of a type usually takes: offered until the reporter picks the form themselves
# (a threat said as physical would skew what the statistics show).
USUAL_FORM: dict[IncidentType, IncidentForm] = {
    IncidentType.VIOLENCE: IncidentForm.PHYSICAL,
    IncidentType.THREAT: IncidentForm.VERBAL,
    IncidentType.HARASSMENT: IncidentForm.VERBAL,
    IncidentType.OFFENSIVE: IncidentForm.VERBAL,
}

# Written for this product in plain words; deliberately not the licensed BVC or SOAS-R wording.
SEVERITY_TITLES: dict[int, str] = {
    1: "Ubehageligt – ingen skade, faldt hurtigt til ro",
    2: "Mindre – skub, råb eller trussel; ingen synlig skade",
    3: "Moderat – slag, spark eller alvorlig trussel; let skade eller meget utryg",
    4: "Alvorlig – skade der skal behandles, eller fravær",
    5: "Meget alvorlig – svær skade, våben eller politiet kaldt akut",
}
SEVERITY_SHORT: dict[int, str] = {level: title.split(" – ")[0] for level, title in SEVERITY_TITLES.items()}
SEVERITIES = tuple(SEVERITY_TITLES)

# What the change history calls each stored field of an incident (follow-up steps are named by the UI).
INCIDENT_FIELD_TITLES: dict[str, str] = {
    "unit_id": "Afdeling",
    "resident_id": "Borger",
    "other_person": "Anden person",
    "occurred_at": "Tidspunkt",
    "ended_at": "Sluttidspunkt",
    "incident_type": "Type",
    "form": "Form",
    "outside_work_hours": "Uden for arbejdstid",
    "severity": "Alvor",
    "location": "Hvor",
    "situation": "Situation",
    "slot_label": "Døgnrytme",
    "signs_seen": "Tidlige tegn",
    "strategies": "Det prøvede vi",
    "stage_reached": "Højeste fase",
    "injury": "Skade",
    "absence_days": "Fraværsdage",
    "first_absence_day": "Første fraværsdag",
    "police_report": "Politianmeldelse",
    "use_of_force": "Magtanvendelse",
    "description": "Beskrivelse",
    "plan_version_id": "Planversion",
    "first_aid_due": "Frist for psykisk førstehjælp",
    "injury_report_due": "Frist for arbejdsskade-anmeldelse",
}


@dataclass
class StrategyUse:
    """A strategy from the resident's profile that was tried, and whether it helped (None: unsure)."""

    text: str
    helped: bool | None = None


@dataclass
class UseOfForceReference:
    """Only a pointer to the official use-of-force report; the official form is never rebuilt here."""

    form: str
    reported_on: date


@dataclass
class IncidentReport:
    """What a staff member registers. Only when, type, severity, who and where are required."""

    occurred_at: datetime
    incident_type: IncidentType
    severity: int
    location: str
    resident_id: int | None = None
    unit_id: int | None = None  # taken from the resident; needed only for an unknown or other person
    other_person: str = ""  # who it was, when resident_id is None
    form: IncidentForm = IncidentForm.PHYSICAL
    outside_work_hours: bool = False
    ended_at: datetime | None = None
    situation: str = ""
    slot_label: str = ""
    signs_seen: list[str] = field(default_factory=list)
    strategies: list[StrategyUse] = field(default_factory=list)
    stage_reached: StageKind | None = None
    injury: bool = False
    absence_days: int = 0
    first_absence_day: date | None = None
    police_report: bool = False
    use_of_force: UseOfForceReference | None = None
    description: str = ""


class FollowUpDeadlines(msgspec.Struct, frozen=True):
    first_aid_by: datetime
    injury_report_by: date | None


def follow_up_deadlines(report: IncidentReport) -> FollowUpDeadlines:
    """Psychological first aid within 72 hours; the injury report 14 days after the first day of absence
    when the absence goes beyond the day of the injury."""
    injury_report_by = None
    if report.absence_days > 0:
        first_day = report.first_absence_day or (local_time(report.occurred_at).date() + timedelta(days=1))
        injury_report_by = first_day + INJURY_REPORT_WITHIN
    return FollowUpDeadlines(report.occurred_at + FIRST_AID_WITHIN, injury_report_by)


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def slot_at(rhythm: DailyRhythm, moment: time) -> TimeSlot | None:
    """The daily-rhythm slot covering a time of day; slots may run past midnight (night: 22–07)."""
    point = _minutes(moment)
    for slot in rhythm.slots:
        start, end = _minutes(slot.start), _minutes(slot.end)
        inside = start <= point < end if start < end else (point >= start or point < end)
        if inside:
            return slot
    return None
