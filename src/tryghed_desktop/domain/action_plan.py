"""The facility's action plan (handleplan, DESIGN §3; seed 003): measures with an owner, a deadline and
a status, so the staff meeting and the work-environment group can see what is done, what is under
way and what is late — the "Status pr. dato" the Working Environment Authority asks for."""

from __future__ import annotations

from datetime import date
from enum import StrEnum


class MeasureStatus(StrEnum):
    DECIDED = "decided"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    STOPPED = "stopped"


MEASURE_STATUS_TITLES: dict[MeasureStatus, str] = {
    MeasureStatus.DECIDED: "Besluttet",
    MeasureStatus.IN_PROGRESS: "I gang",
    MeasureStatus.DONE: "Implementeret",
    MeasureStatus.STOPPED: "Stoppet",
}
OPEN_MEASURE_STATUSES = frozenset({MeasureStatus.DECIDED, MeasureStatus.IN_PROGRESS})

# Seed 003's four tracks; a measure may name its own.
TRACKS: tuple[str, ...] = (
    "Kompetence og introduktion",
    "Faglig retning og struktur",
    "Registrering og læring",
    "Bemanding og stabilitet",
)

TITLE_MAX = 300
OWNER_MAX = 200
TRACK_MAX = 100
NOTE_MAX = 2000  # a few paragraphs: the status and the pack print it in one table row


def is_overdue(status: MeasureStatus, due_on: date | None, today: date) -> bool:
    """An open measure whose deadline has passed."""
    return status in OPEN_MEASURE_STATUSES and due_on is not None and due_on < today
