from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from tryghed_desktop.domain.incidents import (
    IncidentReport,
    IncidentType,
    follow_up_deadlines,
    local_midnight,
    local_time,
    slot_at,
)
from tryghed_desktop.domain.plans import DailyRhythm, TimeSlot

WHEN = datetime(2026, 3, 6, 14, 30, tzinfo=UTC)  # a Friday afternoon


def _report(**changes: object) -> IncidentReport:
    report = IncidentReport(
        occurred_at=WHEN, incident_type=IncidentType.VIOLENCE, severity=3, location="Gangen"
    )
    for name, value in changes.items():
        setattr(report, name, value)
    return report


def test_first_aid_is_due_72_hours_after_the_incident() -> None:
    assert follow_up_deadlines(_report()).first_aid_by == datetime(2026, 3, 9, 14, 30, tzinfo=UTC)


def test_no_injury_report_deadline_without_absence() -> None:
    assert follow_up_deadlines(_report(injury=True, absence_days=0)).injury_report_by is None


def test_injury_report_is_due_14_days_after_the_first_day_of_absence() -> None:
    # Absent from the day after: Saturday 7 March is day one, so the report is due Saturday 21 March.
    assert follow_up_deadlines(_report(absence_days=2)).injury_report_by == date(2026, 3, 21)
    explicit = _report(absence_days=1, first_absence_day=date(2026, 3, 9))
    assert follow_up_deadlines(explicit).injury_report_by == date(2026, 3, 23)


def test_the_day_of_the_injury_is_the_danish_day() -> None:
    # 23.30 UTC on 5 March is 00.30 on Friday 6 March in Denmark: day one of absence is Saturday 7 March.
    late = _report(occurred_at=datetime(2026, 3, 5, 23, 30, tzinfo=UTC), absence_days=1)
    assert follow_up_deadlines(late).injury_report_by == date(2026, 3, 21)


@pytest.mark.parametrize(
    ("moment", "local"),
    [
        (datetime(2026, 3, 29, 0, 59, tzinfo=UTC), time(1, 59)),  # the last minute of winter time
        (datetime(2026, 3, 29, 1, 0, tzinfo=UTC), time(3, 0)),  # clocks jump from 02.00 to 03.00
        (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), time(2, 30)),  # 02.30 summer time …
        (datetime(2026, 10, 25, 1, 30, tzinfo=UTC), time(2, 30)),  # … and 02.30 again, winter time
    ],
)
def test_local_time_is_danish_across_dst(moment: datetime, local: time) -> None:
    assert local_time(moment).time() == local
    assert local_midnight(date(2026, 3, 29)) == datetime(2026, 3, 28, 23, 0, tzinfo=UTC)
    assert local_midnight(date(2026, 3, 30)) == datetime(2026, 3, 29, 22, 0, tzinfo=UTC)


RHYTHM = DailyRhythm(
    slots=[
        TimeSlot(time(7), time(9), "Morgen og bad"),
        TimeSlot(time(9), time(15), "Dagtilbud"),
        TimeSlot(time(15), time(22), "Eftermiddag og aften"),
        TimeSlot(time(22), time(7), "Nat"),
    ]
)


@pytest.mark.parametrize(
    ("moment", "label"),
    [
        (time(7, 0), "Morgen og bad"),
        (time(8, 59), "Morgen og bad"),
        (time(9, 0), "Dagtilbud"),
        (time(21, 59), "Eftermiddag og aften"),
        (time(22, 0), "Nat"),
        (time(0, 30), "Nat"),
        (time(6, 59), "Nat"),
    ],
)
def test_the_slot_is_found_from_the_time_of_day_across_midnight(moment: time, label: str) -> None:
    slot = slot_at(RHYTHM, moment)
    assert slot is not None and slot.label == label


def test_no_slot_in_a_gap() -> None:
    assert slot_at(DailyRhythm(slots=[TimeSlot(time(7), time(9), "Morgen")]), time(12)) is None
