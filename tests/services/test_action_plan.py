"""The action plan: measures written, changed, finished and listed; late ones known; a stale save refused."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from tryghed_desktop.domain.action_plan import MeasureStatus
from tryghed_desktop.services import action_plan, residents
from tryghed_desktop.services.action_plan import MeasureInput
from tryghed_desktop.services.errors import ConflictError, PermissionDeniedError, ValidationError
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import AuditEvent, Measure

from .conftest import Ward

NOW = datetime(2026, 3, 6, 23, 30, tzinfo=UTC)  # already the 7th in Denmark


def test_a_measure_is_written_changed_and_finished_on_the_danish_day(database: Database, ward: Ward) -> None:
    with database.session() as session:
        measure_id = action_plan.add_measure(
            session,
            ward.coordinator,
            MeasureInput(
                "  Fast punkt om hændelser   på personalemødet ", owner="Leder", due_on=date(2026, 4, 1)
            ),
            now=NOW,
        )
        view = action_plan.get_measure(session, measure_id)
        assert (view.title, view.status, view.done_on, view.unit_name) == (
            "Fast punkt om hændelser på personalemødet",
            MeasureStatus.DECIDED,
            None,
            None,
        )
        done = MeasureInput(**{**msgspec_fields(view.as_input()), "status": MeasureStatus.DONE})
        assert action_plan.update_measure(session, ward.coordinator, measure_id, done, now=NOW) == [
            "status",
            "done_on",
        ]
        assert action_plan.get_measure(session, measure_id).done_on == date(2026, 3, 7)
        # Saved again unchanged: nothing stored, nothing logged.
        assert action_plan.update_measure(session, ward.coordinator, measure_id, done, now=NOW) == []
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.action.like("measure.%"))).all()
        assert actions == ["measure.add", "measure.change"]
        reopened = MeasureInput(**{**msgspec_fields(done), "status": MeasureStatus.IN_PROGRESS})
        action_plan.update_measure(session, ward.coordinator, measure_id, reopened, now=NOW)
        assert action_plan.get_measure(session, measure_id).done_on is None


def msgspec_fields(data: MeasureInput) -> dict[str, object]:
    return {name: getattr(data, name) for name in MeasureInput.__struct_fields__}


def test_open_ones_come_first_by_deadline_and_late_ones_are_known(database: Database, ward: Ward) -> None:
    today = date(2026, 3, 10)
    with database.session() as session:
        for title, due, status, unit in (
            ("Færdig", date(2026, 1, 1), MeasureStatus.DONE, None),
            ("Uden frist", None, MeasureStatus.DECIDED, ward.unit_id),
            ("Sent", date(2026, 3, 1), MeasureStatus.IN_PROGRESS, None),
            ("Snart", date(2026, 3, 20), MeasureStatus.DECIDED, ward.unit_id),
        ):
            action_plan.add_measure(
                session, ward.coordinator, MeasureInput(title, due_on=due, status=status, unit_id=unit)
            )
        listed = action_plan.list_measures(session)
        assert [m.title for m in listed] == ["Sent", "Snart", "Uden frist", "Færdig"]
        assert [m.title for m in listed if m.overdue(today)] == ["Sent"]
        assert [m.title for m in action_plan.list_measures(session, open_only=True)] == [
            "Sent",
            "Snart",
            "Uden frist",
        ]
        assert listed[1].unit_name == "Hus Birk"


def test_a_measure_changed_on_another_pc_is_a_conflict(database: Database, ward: Ward) -> None:
    with database.session() as session:
        measure_id = action_plan.add_measure(session, ward.coordinator, MeasureInput("Plakat på kontoret"))
        seen = action_plan.get_measure(session, measure_id)
        action_plan.update_measure(session, ward.coordinator, measure_id, MeasureInput("Plakat i begge huse"))
        with pytest.raises(ConflictError, match="ændret på en anden pc"):
            action_plan.update_measure(
                session,
                ward.coordinator,
                measure_id,
                MeasureInput("Min tekst"),
                expected_row_version=seen.row_version,
            )


def test_a_measure_needs_words_and_a_real_unit(database: Database, ward: Ward) -> None:
    with database.session() as session, pytest.raises(ValidationError) as refused:
        action_plan.add_measure(session, ward.coordinator, MeasureInput("   ", unit_id=999, owner="x" * 201))
    fields = [problem.path for problem in refused.value.problems]
    assert fields == ["tiltag", "ansvarlig", "afdeling"]


def test_staff_and_advisors_read_but_do_not_write(database: Database, ward: Ward) -> None:
    with database.session() as session:
        for actor in (ward.staff, ward.advisor):
            with pytest.raises(PermissionDeniedError, match="ændre handleplanen"):
                action_plan.add_measure(session, actor, MeasureInput("Noget"))
        assert action_plan.list_measures(session) == []


def test_a_units_view_holds_its_own_and_the_facilitys_and_finished_ones_come_latest_first(
    database: Database, ward: Ward
) -> None:
    with database.session() as session:
        other = residents.ensure_unit(session, "Bostedet Egebakken", "Hus Kastanje").id
        for title, unit in (("Birk", ward.unit_id), ("Alle", None), ("Kastanje", other)):
            action_plan.add_measure(session, ward.coordinator, MeasureInput(title, unit_id=unit))
        assert sorted(m.title for m in action_plan.list_measures(session, unit_id=ward.unit_id)) == [
            "Alle",
            "Birk",
        ]
        for title, day in (("Tidligt færdig", datetime(2026, 1, 5, tzinfo=UTC)), ("Netop færdig", NOW)):
            action_plan.add_measure(
                session, ward.coordinator, MeasureInput(title, status=MeasureStatus.DONE), now=day
            )
        finished = [m.title for m in action_plan.list_measures(session) if m.done_on is not None]
        assert finished == ["Netop færdig", "Tidligt færdig"]


def test_a_note_longer_than_the_print_holds_is_refused(database: Database, ward: Ward) -> None:
    with database.session() as session, pytest.raises(ValidationError) as refused:
        action_plan.add_measure(session, ward.coordinator, MeasureInput("Noget", note="ord " * 600))
    assert [problem.path for problem in refused.value.problems] == ["bemærkning"]


def test_a_measure_stopped_after_it_was_done_is_dated_by_the_stop(database: Database, ward: Ward) -> None:
    with database.session() as session:
        measure_id = action_plan.add_measure(
            session,
            ward.coordinator,
            MeasureInput("Noget", status=MeasureStatus.DONE),
            now=datetime(2026, 1, 5, tzinfo=UTC),
        )
        action_plan.update_measure(
            session,
            ward.coordinator,
            measure_id,
            MeasureInput("Noget", status=MeasureStatus.STOPPED),
            now=NOW,
        )
        assert action_plan.get_measure(session, measure_id).done_on == date(2026, 3, 7)


def test_a_measure_finished_before_it_was_entered_keeps_its_day_but_not_a_day_to_come(
    database: Database, ward: Ward
) -> None:
    with database.session() as session:
        march = MeasureInput("Plakat", status=MeasureStatus.DONE, done_on=date(2026, 3, 1))
        measure_id = action_plan.add_measure(session, ward.coordinator, march, now=NOW)
        assert action_plan.get_measure(session, measure_id).done_on == date(2026, 3, 1)
        with pytest.raises(ValidationError) as refused:
            action_plan.add_measure(
                session,
                ward.coordinator,
                MeasureInput("x", status=MeasureStatus.DONE, done_on=date(2026, 3, 8)),
                now=NOW,
            )
        assert [problem.path for problem in refused.value.problems] == ["afsluttet"]


def test_a_track_of_ones_own_is_offered_and_typed_again_other_ways_it_is_the_same(
    database: Database, ward: Ward
) -> None:
    with database.session() as session:
        first = action_plan.add_measure(session, ward.coordinator, MeasureInput("Sparring", track="Trivsel"))
        again = action_plan.add_measure(session, ward.coordinator, MeasureInput("Kaffe", track="  trivsel "))
        seed = action_plan.add_measure(
            session, ward.coordinator, MeasureInput("Plakat", track="registrering og  læring")
        )
        assert action_plan.get_measure(session, again).track == "Trivsel"
        assert action_plan.get_measure(session, seed).track == "Registrering og læring"
        assert action_plan.track_names(session)[-2:] == ["Bemanding og stabilitet", "Trivsel"]
        renamed = MeasureInput("Sparring", track="TRIVSEL")  # the same track: nothing changes
        assert action_plan.update_measure(session, ward.coordinator, first, renamed) == []


def test_a_track_stored_in_two_spellings_is_offered_once(database: Database, ward: Ward) -> None:
    with database.session() as session:
        first = action_plan.add_measure(session, ward.coordinator, MeasureInput("Sparring", track="Trivsel"))
        second = action_plan.add_measure(session, ward.coordinator, MeasureInput("Kaffe"))
        stored = session.get(Measure, second)
        assert stored is not None and first < second
        stored.track = " trivsel"  # as saved before spellings were made one
        session.flush()
        assert action_plan.track_names(session)[4:] == ["Trivsel"]
