from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from tryghed_desktop.domain.incidents import IncidentReport, IncidentType, StrategyUse
from tryghed_desktop.domain.plans import DailyRhythm, Level, PlanKind, RiskProfile, TimeSlot
from tryghed_desktop.services import incidents, plans
from tryghed_desktop.services.errors import PermissionDeniedError, ValidationError
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import Incident

from .conftest import Ward

NOW = datetime(2026, 3, 6, 15, 0, tzinfo=UTC)


def _approve(database: Database, ward: Ward, kind: PlanKind, content: object) -> int:
    with database.session() as session:
        draft = plans.start_draft(
            session, ward.coordinator, ward.resident_id, kind, content, now=NOW - timedelta(days=30)
        )  # type: ignore[arg-type]
        plans.submit(session, ward.coordinator, draft.id, now=NOW - timedelta(days=30))
        plans.approve(session, ward.advisor, draft.id, now=NOW - timedelta(days=29))
        return draft.number


def _report(ward: Ward, **changes: object) -> IncidentReport:
    report = IncidentReport(
        occurred_at=NOW - timedelta(minutes=20),
        incident_type=IncidentType.THREAT,
        severity=2,
        location="Fællesstuen",
        resident_id=ward.resident_id,
    )
    for name, value in changes.items():
        setattr(report, name, value)
    return report


def test_registration_stores_slot_plan_version_and_deadlines(database: Database, ward: Ward) -> None:
    local = datetime.combine(date(2026, 3, 6), time(14, 40)).astimezone()  # the slot is read in local time
    rhythm = DailyRhythm(slots=[TimeSlot(time(14), time(16), "Vagtskifte", level=Level.YELLOW)])
    _approve(database, ward, PlanKind.DAILY_RHYTHM, rhythm)
    number = _approve(database, ward, PlanKind.RISK_PROFILE, RiskProfile())
    report = _report(
        ward,
        occurred_at=local,
        signs_seen=["Går frem og tilbage"],
        strategies=[StrategyUse("Tilbyd en gåtur", helped=True)],
        absence_days=2,
    )
    with database.session() as session:
        incident_id = incidents.register_incident(
            session, ward.staff, report, now=local + timedelta(minutes=5)
        )
    with database.session() as session:
        (record,) = incidents.list_incidents(session, resident_id=ward.resident_id)
    assert record.id == incident_id
    assert record.slot_label == "Vagtskifte"
    assert record.plan_version_number == number
    assert record.first_aid_due == local + timedelta(hours=72)
    assert record.injury_report_due == date(2026, 3, 21)
    assert record.strategies == (StrategyUse("Tilbyd en gåtur", helped=True),)
    assert record.resident_card_name == "Jonas" and record.unit_name == "Hus Birk"


def test_bad_input_is_refused_with_every_problem_in_danish(database: Database, ward: Ward) -> None:
    report = _report(ward, occurred_at=NOW + timedelta(hours=2), severity=7, location=" ")
    report.ended_at = report.occurred_at - timedelta(minutes=1)
    with database.session() as session, pytest.raises(ValidationError) as caught:
        incidents.register_incident(session, ward.staff, report, now=NOW)
    fields = {problem.path for problem in caught.value.problems}
    assert fields == {"hvornår", "slut", "alvor", "hvor"}
    assert "fremtiden" in caught.value.message
    with database.session() as session:
        assert session.query(Incident).count() == 0


def test_an_unknown_resident_is_refused(database: Database, ward: Ward) -> None:
    with database.session() as session, pytest.raises(ValidationError, match="ingen borger med id 99"):
        incidents.register_incident(session, ward.staff, _report(ward, resident_id=99), now=NOW)


def test_an_unknown_person_needs_a_description_and_a_unit(database: Database, ward: Ward) -> None:
    with database.session() as session, pytest.raises(ValidationError) as caught:
        incidents.register_incident(session, ward.staff, _report(ward, resident_id=None), now=NOW)
    assert {problem.path for problem in caught.value.problems} == {"hvem", "afdeling"}
    with database.session() as session:
        report = _report(ward, resident_id=None, other_person="Ukendt pårørende", unit_id=ward.unit_id)
        incidents.register_incident(session, ward.staff, report, now=NOW)
        (record,) = incidents.list_incidents(session, unit_id=ward.unit_id)
    assert record.resident_id is None and record.other_person == "Ukendt pårørende"


def test_follow_up_changes_are_kept_with_who_and_when(database: Database, ward: Ward) -> None:
    with database.session() as session:
        incident_id = incidents.register_incident(session, ward.staff, _report(ward), now=NOW)
    later = NOW + timedelta(days=1)
    with database.session() as session:
        incidents.update_follow_up(
            session, ward.coordinator, incident_id, first_aid_contact_at=later, now=later
        )
    with database.session() as session:
        (change,) = incidents.get_incident(session, incident_id).changes
        assert change.actor == "mette" and change.at == later
        assert change.changes == {"first_aid_contact_at": [None, later.isoformat()]}


def test_open_follow_ups_and_overdue_deadlines(database: Database, ward: Ward) -> None:
    with database.session() as session:
        first = incidents.register_incident(session, ward.staff, _report(ward, absence_days=1), now=NOW)
        second = incidents.register_incident(session, ward.staff, _report(ward), now=NOW)
        incidents.update_follow_up(session, ward.coordinator, second, first_aid_contact_at=NOW)
    four_days_later = NOW + timedelta(days=4)
    with database.session() as session:
        records = {record.id: record for record in incidents.open_follow_ups(session, unit_id=ward.unit_id)}
    assert records[first].overdue(four_days_later) == ["Psykisk førstehjælp (72 timer)"]
    assert records[second].overdue(four_days_later) == []
    assert records[first].overdue(NOW + timedelta(days=16)) == [
        "Psykisk førstehjælp (72 timer)",
        "Arbejdsskade-anmeldelse (14 dage)",
    ]
    with database.session() as session:
        with pytest.raises(PermissionDeniedError):
            incidents.close_incident(session, ward.staff, first)
        incidents.close_incident(session, ward.coordinator, first)
    with database.session() as session:
        assert [record.id for record in incidents.open_follow_ups(session)] == [second]
