"""Moving in, changing a resident's facts, moving out and back: the services and what they refuse."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.services.conftest import Ward
from tests.ui.factories import risk_profile
from tryghed_desktop.domain.incidents import IncidentReport, IncidentType, local_midnight
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services import cards, incidents, plans, residents
from tryghed_desktop.services.errors import ConflictError, LifecycleError, ValidationError
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import AuditEvent

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # 10.00 in Denmark
BEFORE = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)  # plans written before any move-out the tests give


def _facts(ward: Ward, **changes: object) -> dict[str, object]:
    facts: dict[str, object] = {
        "unit_id": ward.unit_id,
        "display_name": "Jonas Madsen",
        "card_name": "Jonas",
        "room": "4",
        "contact_persons": [],
    }
    return facts | changes


def _actions(database: Database, resident_id: int) -> list[str]:
    with database.session() as session:
        return list(
            session.scalars(
                select(AuditEvent.action).where(AuditEvent.resident_id == resident_id).order_by(AuditEvent.id)
            )
        )


def test_a_coordinator_adds_a_resident_who_is_then_listed(database: Database, ward: Ward) -> None:
    with database.session() as session:
        new_id = residents.create_resident(
            session,
            ward.coordinator,
            unit_id=ward.unit_id,
            display_name="  Sofie Lund ",
            card_name="Sofie",
            room="7",
            contact_persons=["Mor: Hanne, 20 30 40 50", " ", ""],
        )
        listed = {row.id: row for row in residents.list_residents(session, unit_id=ward.unit_id)}
        detail = residents.resident_detail(session, new_id)
    assert listed[new_id].display_name == "Sofie Lund"
    assert detail.contact_persons == ("Mor: Hanne, 20 30 40 50",)
    assert _actions(database, new_id) == ["resident.create"]


def test_missing_and_too_long_facts_are_refused_in_danish(database: Database, ward: Ward) -> None:
    with database.session() as session, pytest.raises(ValidationError) as refused:
        residents.create_resident(
            session, ward.coordinator, unit_id=999, display_name=" ", card_name="x" * 101, room="y" * 51
        )
    assert {problem.path for problem in refused.value.problems} == {"navn", "kortnavn", "værelse", "afdeling"}
    assert "Borgeren er ikke oprettet endnu" in str(refused.value)


def test_changing_the_facts_stores_and_logs_only_what_changed(database: Database, ward: Ward) -> None:
    with database.session() as session:
        other = residents.ensure_unit(session, "Bostedet Egebakken", "Hus Eg")
        changed = residents.update_resident(
            session, ward.coordinator, ward.resident_id, **_facts(ward, unit_id=other.id, room="12")
        )
        unchanged = residents.update_resident(
            session, ward.coordinator, ward.resident_id, **_facts(ward, unit_id=other.id, room="12 ")
        )
        detail = residents.resident_detail(session, ward.resident_id)
    assert changed == ["afdeling", "værelse"]
    assert unchanged == []
    assert (detail.unit_name, detail.room) == ("Hus Eg", "12")
    assert _actions(database, ward.resident_id).count("resident.change") == 1


def test_a_resident_who_moved_out_leaves_the_list_and_comes_back_with_the_plans(
    database: Database, ward: Ward
) -> None:
    with database.session() as session:
        version = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, risk_profile(), now=BEFORE
        )
        residents.discharge_resident(session, ward.coordinator, ward.resident_id, date(2026, 11, 20), now=NOW)
        listed = [row.id for row in residents.list_residents(session)]
        all_rows = [row.id for row in residents.list_residents(session, include_discharged=True)]
        detail = residents.resident_detail(session, ward.resident_id)
    assert ward.resident_id not in listed
    assert ward.resident_id in all_rows
    assert residents.discharged_on(detail) == date(2026, 11, 20)
    assert detail.discharged_at == local_midnight(date(2026, 11, 20))
    with database.session() as session:
        residents.readmit_resident(session, ward.coordinator, ward.resident_id, now=NOW)
        detail = residents.resident_detail(session, ward.resident_id)
        assert plans.get_version(session, version.id).status == "draft"
    assert detail.active
    assert residents.discharged_on(detail) is None
    assert _actions(database, ward.resident_id)[-2:] == ["resident.discharge", "resident.readmit"]


def test_moving_out_in_the_future_or_twice_is_refused(database: Database, ward: Ward) -> None:
    with database.session() as session:
        with pytest.raises(ValidationError, match="efter i dag"):
            residents.discharge_resident(
                session, ward.coordinator, ward.resident_id, date(2026, 11, 26), now=NOW
            )
        residents.discharge_resident(session, ward.coordinator, ward.resident_id, date(2026, 11, 25), now=NOW)
        with pytest.raises(LifecycleError, match="allerede fraflyttet"):
            residents.discharge_resident(
                session, ward.coordinator, ward.resident_id, date(2026, 11, 25), now=NOW
            )
    with database.session() as session:
        residents.readmit_resident(session, ward.coordinator, ward.resident_id, now=NOW)
        with pytest.raises(LifecycleError, match="bor her allerede"):
            residents.readmit_resident(session, ward.coordinator, ward.resident_id, now=NOW)


def _report(ward: Ward, when: datetime) -> IncidentReport:
    return IncidentReport(
        occurred_at=when,
        incident_type=IncidentType.THREAT,
        severity=2,
        location="Fællesstuen",
        resident_id=ward.resident_id,
    )


def test_no_incident_is_registered_after_the_day_the_resident_moved_out(
    database: Database, ward: Ward
) -> None:
    with database.session() as session:
        residents.discharge_resident(session, ward.coordinator, ward.resident_id, date(2026, 11, 20), now=NOW)
        # 20.11 at 23.30 in Denmark is still the day of moving out; the next morning is not.
        incidents.register_incident(
            session, ward.staff, _report(ward, datetime(2026, 11, 20, 22, 30, tzinfo=UTC)), now=NOW
        )
        with pytest.raises(ValidationError, match=r"Jonas er fraflyttet 20\.11\.2026, før hændelsen"):
            incidents.register_incident(
                session, ward.staff, _report(ward, datetime(2026, 11, 21, 7, 0, tzinfo=UTC)), now=NOW
            )


def test_no_card_is_printed_for_a_resident_who_moved_out(database: Database, ward: Ward) -> None:
    with database.session() as session:
        version = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, risk_profile(), now=BEFORE
        )
        plans.submit(session, ward.coordinator, version.id, now=BEFORE)
        plans.approve(session, ward.advisor, version.id, now=BEFORE)
        assert cards.resident_card(session, ward.staff, ward.resident_id, "risk", now=NOW)
        residents.discharge_resident(
            session, ward.coordinator, ward.resident_id, NOW.date() - timedelta(days=1), now=NOW
        )
        with pytest.raises(LifecycleError, match="Der printes kun handlekort for borgere, der bor her"):
            cards.resident_card(session, ward.staff, ward.resident_id, "risk", now=NOW)


def test_moving_out_before_the_residents_last_incident_is_refused(database: Database, ward: Ward) -> None:
    # 22.11 at 00.30 in Denmark: still 21.11 in UTC, so the day is the Danish one.
    with database.session() as session:
        incidents.register_incident(
            session, ward.staff, _report(ward, datetime(2026, 11, 21, 23, 30, tzinfo=UTC)), now=NOW
        )
        with pytest.raises(ValidationError, match=r"Jonas har en hændelse 22\.11\.2026"):
            residents.discharge_resident(
                session, ward.coordinator, ward.resident_id, date(2026, 11, 21), now=NOW
            )
        residents.discharge_resident(session, ward.coordinator, ward.resident_id, date(2026, 11, 22), now=NOW)


def test_the_plans_of_a_resident_who_moved_out_are_left_as_they_are(database: Database, ward: Ward) -> None:
    with database.session() as session:
        submitted = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, risk_profile(), now=BEFORE
        )
        plans.submit(session, ward.coordinator, submitted.id, now=BEFORE)
        draft = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.SAFETY_PLAN, now=BEFORE
        )
        residents.discharge_resident(session, ward.coordinator, ward.resident_id, NOW.date(), now=NOW)
        refusal = "Jonas er fraflyttet. Planerne ændres ikke, før borgeren flytter ind igen."
        with pytest.raises(LifecycleError, match=refusal):
            plans.approve(session, ward.advisor, submitted.id)
        with pytest.raises(LifecycleError, match=refusal):
            plans.submit(session, ward.coordinator, draft.id)
        with pytest.raises(LifecycleError, match=refusal):
            plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.DAILY_RHYTHM)
        residents.readmit_resident(session, ward.coordinator, ward.resident_id, now=NOW)
        assert plans.approve(session, ward.advisor, submitted.id).status == "approved"


@pytest.mark.parametrize("card_name", ["Linje1\nLinje2", "\u200b", "\x1b[31mRØD", "a\tb"])
def test_line_breaks_and_invisible_characters_are_refused_in_a_name(
    database: Database, ward: Ward, card_name: str
) -> None:
    with database.session() as session, pytest.raises(ValidationError) as refused:
        residents.update_resident(
            session, ward.coordinator, ward.resident_id, **_facts(ward, card_name=card_name)
        )
    assert [(problem.path, problem.message) for problem in refused.value.problems] == [
        ("kortnavn", "Må ikke indeholde linjeskift, tabulatorer eller usynlige tegn.")
    ]


def test_a_change_made_on_another_pc_meanwhile_is_a_conflict_not_an_overwrite(
    database: Database, ward: Ward
) -> None:
    with database.session() as session:
        opened = residents.resident_detail(session, ward.resident_id)
    with database.session() as session:  # another PC moves Jonas to room 9
        residents.update_resident(
            session, ward.coordinator, ward.resident_id, **_facts(ward, room="9"), expected_row_version=1
        )
    with database.session() as session, pytest.raises(ConflictError, match="ændret et andet sted"):
        residents.update_resident(
            session,
            ward.coordinator,
            ward.resident_id,
            **_facts(ward, room="12"),
            expected_row_version=opened.row_version,
        )
    with database.session() as session:
        assert residents.resident_detail(session, ward.resident_id).room == "9"


def test_moving_out_before_the_resident_came_or_before_their_plans_were_changed_is_refused(
    database: Database, ward: Ward
) -> None:
    # A move-out dated years back would make a resident's fresh records due for deletion at once.
    with database.session() as session:
        plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, risk_profile(), now=BEFORE
        )
        for day, says in (
            (date(2014, 12, 31), r"Jonas blev oprettet 01\.01\.2015"),
            (date(2026, 11, 9), r"Planerne for Jonas blev sidst ændret 10\.11\.2026"),
        ):
            with pytest.raises(ValidationError, match=says):
                residents.discharge_resident(session, ward.coordinator, ward.resident_id, day, now=NOW)
        residents.discharge_resident(session, ward.coordinator, ward.resident_id, date(2026, 11, 10), now=NOW)
