from __future__ import annotations

import dataclasses
import time as clock
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from tryghed_desktop.domain.incidents import (
    LOCAL_ZONE,
    IncidentForm,
    IncidentReport,
    IncidentType,
    StrategyUse,
    UseOfForceReference,
)
from tryghed_desktop.domain.plans import DailyRhythm, Level, PlanKind, RiskProfile, StageKind, TimeSlot
from tryghed_desktop.services import incidents, plans
from tryghed_desktop.services.errors import (
    ConflictError,
    LifecycleError,
    PermissionDeniedError,
    ValidationError,
)
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import AuditEvent, Incident, IncidentChange

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
    local = datetime.combine(date(2026, 3, 6), time(14, 40), tzinfo=ZoneInfo(LOCAL_ZONE))
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


def test_the_first_day_of_absence_comes_after_the_incident(database: Database, ward: Ward) -> None:
    # The injury report is due 14 days after it: an earlier day would put the deadline in the past.
    for day in (date(2026, 2, 20), NOW.date()):
        report = _report(ward, absence_days=2, first_absence_day=day)
        with database.session() as session, pytest.raises(ValidationError) as caught:
            incidents.register_incident(session, ward.staff, report, now=NOW)
        assert "Første fraværsdag skal ligge efter dagen for hændelsen." in caught.value.message
    with database.session() as session:
        report = _report(ward, absence_days=2, first_absence_day=date(2026, 3, 7))
        incident_id = incidents.register_incident(session, ward.staff, report, now=NOW)
        assert incidents.get_incident(session, incident_id).injury_report_due == date(2026, 3, 21)


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"occurred_at": datetime(26, 3, 6, 14, tzinfo=UTC)}, "før år 2000. Ret årstallet."),
        ({"location": "x" * 201}, "Stedet må højst fylde 200 tegn."),
        ({"resident_id": None, "other_person": "y" * 201}, "Personen må højst fylde 200 tegn."),
        ({"absence_days": 2, "first_absence_day": date(9999, 12, 30)}, "mere end et år efter hændelsen"),
    ],
    ids=["year-26", "long-place", "long-person", "absence-in-9999"],
)
def test_a_typo_in_the_year_or_a_text_too_long_for_its_column_is_refused(
    database: Database, ward: Ward, changes: dict[str, object], says: str
) -> None:
    report = _report(ward, unit_id=ward.unit_id, **changes)
    with database.session() as session, pytest.raises(ValidationError) as caught:
        incidents.register_incident(session, ward.staff, report, now=NOW)
    assert says in caught.value.message


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


def test_an_incident_registered_later_is_linked_to_the_plan_in_force_when_it_happened(
    database: Database, ward: Ward
) -> None:
    first = _approve(database, ward, PlanKind.RISK_PROFILE, RiskProfile())  # approved NOW - 29 days
    approved_again = NOW - timedelta(days=5)
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, now=NOW)
        plans.submit(session, ward.coordinator, draft.id, now=approved_again)
        plans.approve(session, ward.advisor, draft.id, now=approved_again)
    when = {"before any plan": NOW - timedelta(days=40), "under the first": NOW - timedelta(days=10)}
    with database.session() as session:
        ids = {
            name: incidents.register_incident(session, ward.staff, _report(ward, occurred_at=at), now=NOW)
            for name, at in {**when, "now": NOW - timedelta(minutes=20)}.items()
        }
    with database.session() as session:
        numbers = {r.id: r.plan_version_number for r in incidents.list_incidents(session)}
    assert numbers[ids["before any plan"]] is None
    assert numbers[ids["under the first"]] == first
    assert numbers[ids["now"]] == draft.number
    # Corrected to a time under the second version: the link follows the time.
    with database.session() as session:
        report = incidents.incident_report(session, ids["under the first"])
        report.occurred_at = NOW - timedelta(days=1)
        incidents.update_incident(session, ward.coordinator, ids["under the first"], report, now=NOW)
    with database.session() as session:
        (moved,) = [r for r in incidents.list_incidents(session) if r.id == ids["under the first"]]
    assert moved.plan_version_number == draft.number


def test_a_late_registration_gets_the_slot_of_the_daily_rhythm_in_force_then(
    database: Database, ward: Ward
) -> None:
    old = DailyRhythm(slots=[TimeSlot(time(14), time(16), "Vagtskifte", level=Level.YELLOW)])
    _approve(database, ward, PlanKind.DAILY_RHYTHM, old)  # approved NOW - 29 days
    renamed = DailyRhythm(slots=[TimeSlot(time(14), time(16), "Eftermiddag", level=Level.YELLOW)])
    with database.session() as session:
        draft = plans.start_draft(
            session,
            ward.coordinator,
            ward.resident_id,
            PlanKind.DAILY_RHYTHM,
            renamed,
            now=NOW - timedelta(days=6),
        )
        plans.submit(session, ward.coordinator, draft.id, now=NOW - timedelta(days=5))
        plans.approve(session, ward.advisor, draft.id, now=NOW - timedelta(days=5))
    then = datetime.combine(NOW.date() - timedelta(days=10), time(14, 30), tzinfo=ZoneInfo(LOCAL_ZONE))
    with database.session() as session:
        assert incidents.propose_slot(session, ward.resident_id, then) == "Vagtskifte"
        assert incidents.propose_slot(session, ward.resident_id, then + timedelta(days=9)) == "Eftermiddag"


def test_two_pcs_ticking_different_steps_keep_both_and_the_same_step_is_a_conflict(
    database: Database, ward: Ward
) -> None:
    with database.session() as session:
        incident_id = incidents.register_incident(session, ward.staff, _report(ward), now=NOW)
        incidents.update_follow_up(session, ward.coordinator, incident_id, police_reported_on=NOW.date())
        (opened,) = incidents.list_incidents(session)  # both PCs open the follow-up now
    assert opened.police_reported_on == NOW.date()
    later = NOW + timedelta(hours=2)
    with database.session() as session:  # PC A ticks defusing
        incidents.update_follow_up(
            session, ward.staff, incident_id, seen={"defusing_done_at": None}, defusing_done_at=later
        )
    with database.session() as session:  # PC B, opened before, ticks first aid: A's step stays
        incidents.update_follow_up(
            session,
            ward.coordinator,
            incident_id,
            seen={"first_aid_contact_at": None},
            first_aid_contact_at=later,
        )
    # PC B also ticks defusing, at another time, having seen it unticked: refused, not saved over.
    with database.session() as session, pytest.raises(ConflictError, match="ændret på en anden pc"):
        incidents.update_follow_up(
            session,
            ward.coordinator,
            incident_id,
            seen={"defusing_done_at": None},
            defusing_done_at=later + timedelta(hours=1),
        )
    with database.session() as session:
        (record,) = incidents.list_incidents(session)
    assert (record.defusing_done_at, record.first_aid_contact_at) == (later, later)
    assert record.police_reported_on == NOW.date()


def test_an_injury_report_is_late_from_the_danish_day_after_its_deadline(
    database: Database, ward: Ward
) -> None:
    with database.session() as session:
        incidents.register_incident(session, ward.staff, _report(ward, absence_days=1), now=NOW)
        (record,) = incidents.list_incidents(session)
    assert record.injury_report_due is not None
    # 00:30 in Denmark the day after the deadline is still the deadline's day in UTC.
    next_day = datetime.combine(
        record.injury_report_due + timedelta(days=1), time(0, 30), ZoneInfo("Europe/Copenhagen")
    )
    for clock_zone in (UTC, ZoneInfo("Europe/Copenhagen")):
        assert "injury_reported_on" in record.late_steps(next_day.astimezone(clock_zone))
    on_the_day = next_day - timedelta(hours=1)
    assert "injury_reported_on" not in record.late_steps(on_the_day.astimezone(UTC))


def test_a_closed_follow_up_is_closed_once_and_then_left_alone(database: Database, ward: Ward) -> None:
    with database.session() as session:
        incident_id = incidents.register_incident(session, ward.staff, _report(ward), now=NOW)
        with pytest.raises(PermissionDeniedError):
            incidents.update_follow_up(session, ward.advisor, incident_id, first_aid_contact_at=NOW)
        incidents.close_incident(session, ward.coordinator, incident_id, now=NOW)
    with database.session() as session:
        with pytest.raises(LifecycleError, match="allerede afsluttet"):
            incidents.close_incident(session, ward.coordinator, incident_id, now=NOW + timedelta(days=1))
        with pytest.raises(LifecycleError, match="afsluttet"):
            incidents.update_follow_up(session, ward.staff, incident_id, first_aid_contact_at=NOW)
    with database.session() as session:
        assert incidents.get_incident(session, incident_id).closed_at == NOW


# --- changing a registered incident -----------------------------------------------------------------


def _register(database: Database, ward: Ward, **changes: object) -> int:
    with database.session() as session:
        return incidents.register_incident(session, ward.staff, _report(ward, **changes), now=NOW)


def test_a_change_is_kept_with_who_when_and_old_and_new_values(database: Database, ward: Ward) -> None:
    incident_id = _register(database, ward)
    later = NOW + timedelta(hours=2)
    with database.session() as session:
        report = incidents.incident_report(session, incident_id)
        report.severity = 4
        report.location = "Gangen "
        report.occurred_at = NOW - timedelta(hours=1)
        report.absence_days = 2
        report.injury = True
        changes = incidents.update_incident(
            session, ward.coordinator, incident_id, report, expected_row_version=1, now=later
        )
    first_aid_due = NOW - timedelta(hours=1) + timedelta(hours=72)
    assert changes == {
        "occurred_at": [(NOW - timedelta(minutes=20)).isoformat(), (NOW - timedelta(hours=1)).isoformat()],
        "severity": [2, 4],
        "location": ["Fællesstuen", "Gangen"],
        "injury": [False, True],
        "absence_days": [0, 2],
        "first_aid_due": [
            (NOW - timedelta(minutes=20) + timedelta(hours=72)).isoformat(),
            first_aid_due.isoformat(),
        ],
        "injury_report_due": [None, "2026-03-21"],
    }
    with database.session() as session:
        incident = incidents.get_incident(session, incident_id)
        (change,) = incident.changes
        assert (change.actor, change.at, change.changes) == ("mette", later, changes)
        assert incident.row_version == 2 and incident.updated_at == later
        (record,) = incidents.list_incidents(session, resident_id=ward.resident_id)
        assert (record.severity, record.location, record.row_version) == (4, "Gangen", 2)
        assert record.first_aid_due == first_aid_due and record.injury_report_due == date(2026, 3, 21)
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "incident.change")).one()
        assert event.target == str(incident_id) and event.resident_id == ward.resident_id
        _record, history = incidents.incident_detail(session, ward.staff, incident_id)
        assert history[0].fields == tuple(changes)  # the form's order: Tidspunkt, Alvor, Hvor, …


def test_an_unchanged_report_records_nothing(database: Database, ward: Ward) -> None:
    report = _report(
        ward,
        signs_seen=["Går frem og tilbage"],
        strategies=[StrategyUse("Tilbyd en gåtur", helped=False)],
        stage_reached=StageKind.RED,
        use_of_force=UseOfForceReference("Skema B", date(2026, 3, 6)),
        ended_at=NOW - timedelta(minutes=10),
        form=IncidentForm.VERBAL,
        description="Råbte",
    )
    with database.session() as session:
        incident_id = incidents.register_incident(session, ward.staff, report, now=NOW)
    with database.session() as session:
        loaded = incidents.incident_report(session, incident_id)
        assert loaded.occurred_at.utcoffset() == timedelta(hours=1)  # Danish time, for the form
        assert dataclasses.replace(loaded, unit_id=None, slot_label="") == report
        assert incidents.update_incident(session, ward.staff, incident_id, loaded, now=NOW) == {}
    with database.session() as session:
        assert incidents.get_incident(session, incident_id).changes == []
        assert incidents.get_incident(session, incident_id).row_version == 1


def test_lists_and_the_other_person_change_json_safe(database: Database, ward: Ward) -> None:
    incident_id = _register(database, ward)
    with database.session() as session:
        report = incidents.incident_report(session, incident_id)
        report.resident_id, report.other_person = None, "Ukendt pårørende"
        report.strategies = [StrategyUse("Tilbyd en gåtur", helped=True)]
        report.use_of_force = UseOfForceReference("Skema B", date(2026, 3, 6))
        report.stage_reached = StageKind.YELLOW
        changes = incidents.update_incident(session, ward.staff, incident_id, report, now=NOW)
    assert changes["resident_id"] == [ward.resident_id, None]
    assert changes["other_person"] == ["", "Ukendt pårørende"]
    assert changes["strategies"] == [[], [{"text": "Tilbyd en gåtur", "helped": True}]]
    assert changes["use_of_force"] == [None, {"form": "Skema B", "reported_on": "2026-03-06"}]
    assert changes["stage_reached"] == [None, "yellow"]
    with database.session() as session:
        (record,) = incidents.list_incidents(session, unit_id=ward.unit_id)
    assert record.resident_id is None and record.other_person == "Ukendt pårørende"


def test_a_change_is_validated_like_a_registration(database: Database, ward: Ward) -> None:
    incident_id = _register(database, ward)
    with database.session() as session, pytest.raises(ValidationError) as caught:
        report = incidents.incident_report(session, incident_id)
        report.severity, report.location = 9, " "
        report.occurred_at = NOW + timedelta(hours=1)
        incidents.update_incident(session, ward.staff, incident_id, report, now=NOW)
    assert {problem.path for problem in caught.value.problems} == {"hvornår", "alvor", "hvor"}
    assert "Vælg en alvorlighed fra 1 til 5." in caught.value.message
    with database.session() as session:
        assert session.scalars(select(IncidentChange)).all() == []
        assert incidents.get_incident(session, incident_id).severity == 2


def test_only_staff_and_coordinators_may_change(database: Database, ward: Ward) -> None:
    incident_id = _register(database, ward)
    with database.session() as session, pytest.raises(PermissionDeniedError, match="registrere hændelser"):
        report = incidents.incident_report(session, incident_id)
        incidents.update_incident(session, ward.advisor, incident_id, dataclasses.replace(report, severity=3))


def test_a_closed_incident_cannot_be_changed(database: Database, ward: Ward) -> None:
    incident_id = _register(database, ward)
    with database.session() as session:
        incidents.close_incident(session, ward.coordinator, incident_id, now=NOW)
    with database.session() as session, pytest.raises(LifecycleError) as caught:
        report = dataclasses.replace(incidents.incident_report(session, incident_id), severity=5)
        incidents.update_incident(session, ward.coordinator, incident_id, report, now=NOW)
    assert caught.value.message == "Opfølgningen er afsluttet; hændelsen kan ikke ændres."
    with database.session() as session:
        assert incidents.get_incident(session, incident_id).severity == 2


def test_a_stale_edit_is_refused_not_saved_over(database: Database, ward: Ward) -> None:
    incident_id = _register(database, ward)
    with database.session() as session:
        (record,) = incidents.list_incidents(session)
        mine = dataclasses.replace(incidents.incident_report(session, incident_id), severity=3)
        theirs = dataclasses.replace(incidents.incident_report(session, incident_id), location="Køkkenet")
    with database.session() as session:
        incidents.update_incident(
            session, ward.coordinator, incident_id, theirs, expected_row_version=record.row_version, now=NOW
        )
    with database.session() as session, pytest.raises(ConflictError, match="ændret et andet sted"):
        incidents.update_incident(
            session, ward.staff, incident_id, mine, expected_row_version=record.row_version, now=NOW
        )
    with database.session() as session:
        incident = incidents.get_incident(session, incident_id)
        assert (incident.severity, incident.location, len(incident.changes)) == (2, "Køkkenet", 1)


def test_an_unknown_incident_is_not_found(database: Database, ward: Ward) -> None:
    with (
        database.session() as session,
        pytest.raises(incidents.NotFoundError, match="ingen hændelse med id 7"),
    ):
        incidents.update_incident(session, ward.staff, 7, _report(ward), now=NOW)


# --- Danish time, whatever the PC is set to -----------------------------------------------------------


@pytest.fixture
def pc_in_new_zealand(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The PC's own zone far from Denmark, so anything that reads it gives a visibly wrong answer."""
    monkeypatch.setenv("TZ", "Pacific/Auckland")
    clock.tzset()
    yield
    monkeypatch.undo()
    clock.tzset()


@pytest.mark.usefixtures("pc_in_new_zealand")
@pytest.mark.parametrize(
    ("moment", "label"),
    [
        (datetime(2026, 3, 28, 5, 30, tzinfo=UTC), "Nat"),  # 06.30 CET, the day before summer time
        (datetime(2026, 3, 29, 5, 30, tzinfo=UTC), "Morgen"),  # 07.30 CEST, the first summer-time morning
        (datetime(2026, 10, 24, 5, 30, tzinfo=UTC), "Morgen"),  # 07.30 CEST, the last summer-time morning
        (datetime(2026, 10, 25, 5, 30, tzinfo=UTC), "Nat"),  # 06.30 CET, back on winter time
    ],
)
def test_the_slot_follows_danish_time_across_dst(
    database: Database, ward: Ward, moment: datetime, label: str
) -> None:
    rhythm = DailyRhythm(
        slots=[TimeSlot(time(22), time(7), "Nat"), TimeSlot(time(7), time(9), "Morgen", level=Level.RED)]
    )
    _approve(database, ward, PlanKind.DAILY_RHYTHM, rhythm)
    assert moment.astimezone().utcoffset() not in (timedelta(hours=1), timedelta(hours=2))
    with database.session() as session:
        assert incidents.propose_slot(session, ward.resident_id, moment) == label


@pytest.mark.usefixtures("pc_in_new_zealand")
def test_since_starts_at_danish_midnight(database: Database, ward: Ward) -> None:
    before = datetime(2026, 3, 28, 22, 30, tzinfo=UTC)  # 23.30 on 28 March in Denmark
    after = datetime(2026, 3, 28, 23, 30, tzinfo=UTC)  # 00.30 on 29 March, the night summer time starts
    with database.session() as session:
        for moment in (before, after):
            incidents.register_incident(session, ward.staff, _report(ward, occurred_at=moment), now=after)
    with database.session() as session:
        found = incidents.list_incidents(session, since=date(2026, 3, 29))
    assert [record.occurred_at for record in found] == [after]


def test_a_step_cannot_be_done_before_the_incident_or_in_the_future(database: Database, ward: Ward) -> None:
    with database.session() as session:
        incident_id = incidents.register_incident(session, ward.staff, _report(ward), now=NOW)
    happened = NOW - timedelta(minutes=20)
    with database.session() as session:
        with pytest.raises(ValidationError) as before:
            incidents.update_follow_up(
                session, ward.staff, incident_id, defusing_done_at=happened - timedelta(days=1), now=NOW
            )
        with pytest.raises(ValidationError) as ahead:
            incidents.update_follow_up(
                session, ward.staff, incident_id, first_aid_contact_at=NOW + timedelta(days=30), now=NOW
            )
        with pytest.raises(ValidationError):
            incidents.update_follow_up(
                session,
                ward.staff,
                incident_id,
                debriefing_offered_on=NOW.date() + timedelta(days=2),
                now=NOW,
            )
    assert "Defusing gennemført: Datoen ligger før hændelsen." in before.value.message
    assert "Kontakt om psykisk førstehjælp: Datoen ligger i fremtiden." in ahead.value.message
    with database.session() as session:
        incidents.update_follow_up(session, ward.staff, incident_id, defusing_done_at=happened, now=NOW)
        assert incidents.get_incident(session, incident_id).first_aid_contact_at is None
