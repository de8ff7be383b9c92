"""A plan's whole content as rows of plain text (section, field, text), for readers outside the app:
the resident's copy of their data. Unlike `readability.plan_sections`, which measures only what staff
read on the card, every field is here (contacts with their numbers, levels, participation), so that
nothing the plan holds is left out of the copy."""

from __future__ import annotations

from typing import NamedTuple

from tryghed_desktop.domain.plans import (
    LEVEL_TITLES,
    SAFETY_TOPICS,
    Activities,
    Contact,
    DailyRhythm,
    PlanContent,
    RiskProfile,
    SafetyPlan,
)
from tryghed_desktop.domain.simplify import (
    AGREED_SIGNALS,
    RISK_FIELDS,
    SAFETY_SIDES,
    SLOT_FIELDS,
    STAGE_COLUMNS,
    stage_title,
)

# The field names the editors, the simplify workspace and the log use (domain.simplify's tables).
_RISK = dict(RISK_FIELDS)
_SLOT = dict(SLOT_FIELDS)
_SIDE = dict(SAFETY_SIDES)


class PlanRow(NamedTuple):
    section: str
    field: str
    text: str


def _contact(contact: Contact) -> str:
    return " – ".join(part for part in (contact.name, contact.phone, contact.note) if part)


def _risk_profile(profile: RiskProfile) -> list[PlanRow]:
    rows = [PlanRow("Samlet risiko", "Niveau", LEVEL_TITLES[profile.level])]
    rows += [PlanRow("Samlet risiko", "Begrundelse", profile.level_reason)]
    rows += [PlanRow("Alarm og hvem vi ringer til", _RISK["alarm"], item) for item in profile.alarm]
    rows += [PlanRow("Alarm og hvem vi ringer til", _RISK["call"], _contact(c)) for c in profile.call]
    for stage in profile.stages:
        for key, field in STAGE_COLUMNS:
            rows += [PlanRow(stage_title(stage.kind), field, item) for item in getattr(stage, key)]
    rows += [PlanRow(_RISK["triggers"], "", item) for item in profile.triggers]
    for situation in profile.risk_situations:
        rows += [
            PlanRow(_RISK["risk_situations"], field, text)
            for field, text in (
                ("Hvornår", situation.when),
                ("Hvor", situation.where),
                ("Hvad sker der", situation.what),
            )
        ]
    rows += [PlanRow(_RISK["staffing_rules"], "", item) for item in profile.staffing_rules]
    rows += [PlanRow(_RISK["strengths"], "", item) for item in profile.strengths]
    return rows


def _daily_rhythm(rhythm: DailyRhythm) -> list[PlanRow]:
    rows = []
    for slot in rhythm.slots:
        section = f"{slot.start:%H:%M}–{slot.end:%H:%M} {slot.label}".strip()
        rows += [PlanRow(section, field, getattr(slot, key)) for key, field in SLOT_FIELDS]
        rows += [
            PlanRow(section, "Risiko", LEVEL_TITLES[slot.level]),
            PlanRow(section, "Personale", str(slot.staff_needed)),
        ]
    return rows


def _safety_plan(plan: SafetyPlan) -> list[PlanRow]:
    rows = []
    for key, title in SAFETY_TOPICS:
        perspective = plan.topic(key)
        rows += [PlanRow(title, _SIDE["resident"], item) for item in perspective.resident]
        rows += [PlanRow(title, _SIDE["staff"], item) for item in perspective.staff]
    rows += [PlanRow(AGREED_SIGNALS, "", item) for item in plan.agreed_signals]
    rows += [PlanRow("Mine kontaktpersoner", "", _contact(c)) for c in plan.contacts]
    rows += [
        PlanRow(
            "Deltagelse og enighed",
            "Borgeren har deltaget i planen",
            "Ja" if plan.resident_participated else "Nej",
        ),
        PlanRow(
            "Deltagelse og enighed", "Borgeren er enig i planen", "Ja" if plan.resident_agrees else "Nej"
        ),
        PlanRow("Deltagelse og enighed", "Begrundelse, hvis ikke", plan.reason_if_not),
    ]
    return rows


def _activities(activities: Activities) -> list[PlanRow]:
    rows = []
    for activity in activities.activities:
        section = activity.name or "Aktivitet"
        rows.append(PlanRow(section, "Formål", activity.purpose))
        rows += [PlanRow(section, "Trin", step) for step in activity.steps]
        rows += [PlanRow(section, "Risici", risk) for risk in activity.risks]
        rows.append(PlanRow(section, "Personale", str(activity.staff_needed)))
    return rows


def plan_rows(content: PlanContent) -> list[PlanRow]:
    """Every field of the plan in reading order, empty texts left out."""
    if isinstance(content, RiskProfile):
        rows = _risk_profile(content)
    elif isinstance(content, DailyRhythm):
        rows = _daily_rhythm(content)
    elif isinstance(content, SafetyPlan):
        rows = _safety_plan(content)
    else:
        rows = _activities(content)
    return [row for row in rows if row.text.strip()]
