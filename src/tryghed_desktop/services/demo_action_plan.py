"""The demo facility's action plan: seed 003's measures and their "Status pr." as they stand today,
each entered by the one who may and followed up on its own day (relative to the demo's `today`)."""

from __future__ import annotations

from typing import NamedTuple

from tryghed_desktop.domain.action_plan import TRACKS, MeasureStatus
from tryghed_desktop.services.demo_spec import KASTANJE, SKOVLYST

INTRODUCTION, STRUCTURE, LEARNING, STAFFING = TRACKS


class MeasureSpec(NamedTuple):
    title: str
    track: str
    owner: str
    by: str  # the demo user who enters and follows it up
    unit: str | None  # None: the whole facility
    about_text_heavy_resident: bool
    added_days_ago: int
    status: MeasureStatus
    changed_days_ago: int | None = None  # when it got its status; None: it has had it since it was added
    due_in_days: int | None = None  # negative: the deadline has passed
    note: str = ""


MEASURES: tuple[MeasureSpec, ...] = (
    MeasureSpec(
        "Introduktionsplan for nye medarbejdere: arbejdsmiljø, registrering og risiko",
        INTRODUCTION, "Pia Mortensen", "pia", None, False, 140, MeasureStatus.DONE, 80,
        note="Implementeret. Har fortsat særligt fokus.",
    ),
    MeasureSpec(
        "Særlig introduktion til arbejdet med Kim",
        INTRODUCTION, "Anne Sørensen", "anne", KASTANJE, True, 120, MeasureStatus.IN_PROGRESS, 90,
        due_in_days=-6, note="I gang og ved at blive fuldt implementeret.",
    ),
    MeasureSpec(
        "Ekstern faglig rådgiver tilknyttet",
        STRUCTURE, "Pia Mortensen", "pia", None, False, 150, MeasureStatus.DONE, 110,
        note="Tilknyttet og i brug.",
    ),
    MeasureSpec(
        "Kims risikoprofil og døgnrytme gennemgået og forenklet",
        STRUCTURE, "Anne Sørensen", "anne", KASTANJE, True, 120, MeasureStatus.IN_PROGRESS, 60,
        due_in_days=14, note="Forenklet. Venter på den eksterne rådgivers godkendelse.",
    ),
    MeasureSpec(
        "Aktivitetsbeskrivelser for Kastanje",
        STRUCTURE, "Anne Sørensen", "anne", KASTANJE, False, 60, MeasureStatus.IN_PROGRESS, 20,
        due_in_days=30, note="Under udarbejdelse.",
    ),
    MeasureSpec(
        "Enklere registrering af vold, trusler og chikane",
        LEARNING, "Pia Mortensen", "pia", None, False, 130, MeasureStatus.DONE, 70,
        note="Medarbejderne indarbejder rutinen; særligt fokus på personalemøderne.",
    ),
    MeasureSpec(
        "Fast punkt om hændelser på personalemødet",
        LEARNING, "Koordinatorerne", "anne", None, False, 130, MeasureStatus.DONE, 100,
        note="Fast punkt på hvert møde.",
    ),
    MeasureSpec(
        "Arbejdsmiljøgruppen gennemgår registreringerne",
        LEARNING, "Arbejdsmiljøgruppen", "pia", None, False, 130, MeasureStatus.DONE, 100,
        note="Fast punkt på hvert møde.",
    ),
    MeasureSpec(
        "Ledige stillinger besat",
        STAFFING, "Pia Mortensen", "pia", None, False, 45, MeasureStatus.IN_PROGRESS, 10,
        due_in_days=21, note="Rekruttering i gang. Samtaler i næste uge.",
    ),
    MeasureSpec(
        "Medarbejdere, der kender borgeren, på hver vagt",
        STAFFING, "Jesper Thomsen", "jesper", SKOVLYST, False, 40, MeasureStatus.DECIDED,
    ),
)  # fmt: skip
