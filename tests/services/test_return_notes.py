"""The advisor's notes per section on a returned version: stored by section title, checked against
the plan's sections, carried by the version view, the audit log and the coordinator's overview."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from sqlalchemy import select

from tests.services.conftest import Ward
from tests.ui.factories import activities, daily_rhythm, risk_profile, safety_plan
from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import (
    Activities,
    Activity,
    DailyRhythm,
    PlanContent,
    PlanKind,
    TimeSlot,
    empty_content,
)
from tryghed_desktop.domain.readability import plan_sections
from tryghed_desktop.services import plans, review
from tryghed_desktop.services.errors import LifecycleError, ServiceError
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import AuditEvent

MAR = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
YELLOW = "Gul – Tidlige tegn"


def _submitted(database: Database, ward: Ward, kind: PlanKind, content: PlanContent) -> int:
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, kind, content)
        plans.submit(session, ward.coordinator, draft.id)
        return draft.id


def _approved(database: Database, ward: Ward, kind: PlanKind, content: PlanContent) -> int:
    version_id = _submitted(database, ward, kind, content)
    with database.session() as session:
        plans.approve(session, ward.advisor, version_id)
    return version_id


def test_notes_are_stored_per_section_and_the_view_carries_them(database: Database, ward: Ward) -> None:
    version_id = _submitted(database, ward, PlanKind.RISK_PROFILE, risk_profile())
    with database.session() as session:
        returned = plans.return_version(
            session,
            ward.advisor,
            version_id,
            "Godt på vej.",
            # Given out of order and with an empty one: stored in the plan's order, the empty dropped.
            {
                "Udløsende faktorer": " Hvad sker der ved larm? ",
                YELLOW: "Gør tegnene konkrete.",
                "Styrker": " ",
            },
            now=MAR,
        )
    assert returned.status is VersionStatus.RETURNED
    assert returned.return_comment == "Godt på vej."
    assert returned.return_notes == {
        YELLOW: "Gør tegnene konkrete.",
        "Udløsende faktorer": "Hvad sker der ved larm?",
    }
    with database.session() as session:
        again = plans.version_view(plans.get_version(session, version_id))
        assert list(again.return_notes) == [YELLOW, "Udløsende faktorer"]
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "plan.return")).one()
    assert event.detail == {
        "comment": "Godt på vej.",
        "notes": {YELLOW: "Gør tegnene konkrete.", "Udløsende faktorer": "Hvad sker der ved larm?"},
    }


def test_a_note_on_a_section_the_plan_does_not_have_is_refused_in_danish(
    database: Database, ward: Ward
) -> None:
    version_id = _submitted(database, ward, PlanKind.RISK_PROFILE, risk_profile())
    with database.session() as session, pytest.raises(ServiceError) as refused:
        plans.return_version(session, ward.advisor, version_id, "", {"Morgen": "Hvem er på?"})
    message = refused.value.message
    assert message.startswith("Der er intet afsnit, der hedder »Morgen«, i denne risikoprofil. Skriv et af: ")
    assert "»Grøn – Sådan har jeg det godt«" in message and "»Samlet risiko«" in message
    with database.session() as session:  # nothing changed: still waiting for the advisor
        assert plans.get_version(session, version_id).status is VersionStatus.SUBMITTED


def test_notes_alone_are_enough_but_something_must_be_written(database: Database, ward: Ward) -> None:
    version_id = _submitted(database, ward, PlanKind.RISK_PROFILE, risk_profile())
    with database.session() as session, pytest.raises(LifecycleError, match="Skriv en kommentar eller"):
        plans.return_version(session, ward.advisor, version_id, " ", {YELLOW: "  "})
    with database.session() as session:
        returned = plans.return_version(session, ward.advisor, version_id, "", {YELLOW: "Mere konkret."})
    assert returned.return_comment == "" and returned.return_notes == {YELLOW: "Mere konkret."}
    with database.session() as session:
        [pending] = review.returned_to_me(session, ward.coordinator)
    assert pending.comment == f"{YELLOW}: Mere konkret."  # the start page has something to show


def test_beside_a_comment_the_notes_are_counted_for_the_start_page(database: Database, ward: Ward) -> None:
    version_id = _submitted(database, ward, PlanKind.RISK_PROFILE, risk_profile())
    with database.session() as session:
        plans.return_version(session, ward.advisor, version_id, "Fin, men se gul.", {YELLOW: "Mere konkret."})
        [pending] = review.returned_to_me(session, ward.coordinator)
    assert (pending.comment, pending.notes) == ("Fin, men se gul.", 1)


def test_section_names_may_be_typed_loosely(database: Database, ward: Ward) -> None:
    version_id = _submitted(database, ward, PlanKind.DAILY_RHYTHM, daily_rhythm())
    with database.session() as session:
        sections = plans.note_sections(plans.get_version(session, version_id))
        returned = plans.return_version(
            session,
            ward.advisor,
            version_id,
            "",
            # A hyphen for the en dash, colons in the times, any case; a unique beginning is enough.
            {
                "07:00-09:00 morgen": "Hvem hjælper?",
                sections[-1][:5]: "Tilsyn?",
                "07.00–09.00 Morgen": "Og bad?",
            },
        )
    assert returned.return_notes == {sections[0]: "Hvem hjælper?\nOg bad?", sections[-1]: "Tilsyn?"}


def test_an_ambiguous_beginning_is_refused(database: Database, ward: Ward) -> None:
    content = Activities([Activity("Bad"), Activity("Badminton")])
    version_id = _submitted(database, ward, PlanKind.ACTIVITIES, content)
    with database.session() as session, pytest.raises(ServiceError, match=r"»Ba«.*»Bad«, »Badminton«"):
        plans.return_version(session, ward.advisor, version_id, "", {"Ba": "Hvilken?"})


def test_a_section_only_the_approved_version_has_may_get_a_note(database: Database, ward: Ward) -> None:
    night = TimeSlot(time(22, 0), time(7, 0), "Nat", "Sover")
    day = TimeSlot(time(7, 0), time(22, 0), "Dag", "Værksted")
    _approved(database, ward, PlanKind.DAILY_RHYTHM, DailyRhythm([day, night]))
    version_id = _submitted(database, ward, PlanKind.DAILY_RHYTHM, DailyRhythm([day]))
    with database.session() as session:
        assert plans.note_sections(plans.get_version(session, version_id)) == [
            "07.00–22.00 Dag",
            "22.00–07.00 Nat",
        ]
        returned = plans.return_version(
            session, ward.advisor, version_id, "", {"22.00–07.00 Nat": "Behold natten."}
        )
    assert returned.return_notes == {"22.00–07.00 Nat": "Behold natten."}


def test_a_second_return_replaces_the_notes(database: Database, ward: Ward) -> None:
    version_id = _submitted(database, ward, PlanKind.RISK_PROFILE, risk_profile())
    with database.session() as session:
        plans.return_version(session, ward.advisor, version_id, "", {YELLOW: "Første runde."})
        plans.submit(session, ward.coordinator, version_id)
        again = plans.return_version(session, ward.advisor, version_id, "Næsten.", {"Styrker": "Flere."})
    assert again.return_notes == {"Styrker": "Flere."}


def test_the_notes_stay_while_the_coordinator_works_on_the_returned_version(
    database: Database, ward: Ward
) -> None:
    version_id = _submitted(database, ward, PlanKind.RISK_PROFILE, risk_profile())
    with database.session() as session:
        returned = plans.return_version(session, ward.advisor, version_id, "", {YELLOW: "Konkret."})
        saved = plans.save_draft(
            session, ward.coordinator, version_id, risk_profile(), expected_row_version=returned.row_version
        )
    assert saved.status is VersionStatus.DRAFT and saved.return_notes == {YELLOW: "Konkret."}


@pytest.mark.parametrize(
    "content",
    [
        risk_profile(),
        empty_content(PlanKind.RISK_PROFILE),
        daily_rhythm(),
        safety_plan(),
        activities(),
        Activities([Activity(""), Activity("Bad"), Activity("Bad")]),
    ],
    ids=["risk", "empty-risk", "rhythm", "safety", "activities", "unnamed-and-twice"],
)
def test_section_paths_name_exactly_the_review_sections(content: PlanContent) -> None:
    paths = review.section_paths(content)
    assert list(paths) == list(plan_sections(content))
    assert all(paths.values())
