"""Deletion after the retention period: everything about the resident goes, the incidents stay in the
statistics without them, the log still verifies, and nothing is deleted before its time or by anyone
but an administrator."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from tryghed_desktop.domain.incidents import IncidentReport, IncidentType, StrategyUse
from tryghed_desktop.domain.plans import DailyRhythm, PlanKind, RiskProfile, StageKind, TimeSlot
from tryghed_desktop.services import (
    acknowledgements,
    action_plan,
    audit,
    drafts,
    incidents,
    plans,
    resident_deletion,
    residents,
    simplify,
    statistics,
    users,
)
from tryghed_desktop.services.actors import SYSTEM, Role, actor_for
from tryghed_desktop.services.errors import LifecycleError, PermissionDeniedError, ValidationError
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import (
    AuditEvent,
    DraftAutosave,
    Incident,
    IncidentChange,
    IncidentStatsBucket,
    IncidentStatsSign,
    OriginalDocument,
    OriginalPiece,
    PlanAcknowledgement,
    PlanVersion,
    Resident,
)

from .conftest import Ward

LONG_AGO = datetime(2018, 5, 3, 10, 0, tzinfo=UTC)
MOVED_OUT = date(2019, 2, 28)


def _profile(sign: str) -> RiskProfile:
    profile = RiskProfile(triggers=["Et nej uden forklaring"])
    profile.stage(StageKind.YELLOW).signs.append(sign)
    return profile


@pytest.fixture
def moved_out(database: Database, ward: Ward) -> int:
    """Jonas, moved out in 2019, with two approved risk profiles read by staff, an approved daily
    rhythm, a draft with unsaved typing and a piece of an old plan placed in it, an incident in the
    rhythm's slot with signs, strategies and a corrected description, and old reads of his plans in
    the log; beside him Åse, who lives here, with an incident and reads of her own. Returns Åse's id."""
    with database.session() as session:
        users.create_user(session, SYSTEM, username="pia", full_name="Pia Mortensen", roles={Role.ADMIN})
        for number, sign in enumerate(("Går frem og tilbage", "Knytter hænderne")):
            when = LONG_AGO + timedelta(days=number)
            draft = plans.start_draft(
                session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, _profile(sign), now=when
            )
            plans.submit(session, ward.coordinator, draft.id, now=when)
            plans.approve(session, ward.advisor, draft.id, now=when)
        rhythm = DailyRhythm(slots=[TimeSlot(time(0), time(23, 59), "Hele dagen", "Kim bader")])
        draft = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.DAILY_RHYTHM, rhythm, now=LONG_AGO
        )
        plans.submit(session, ward.coordinator, draft.id, now=LONG_AGO)
        plans.approve(session, ward.advisor, draft.id, now=LONG_AGO)
        acknowledgements.acknowledge(session, ward.staff, ward.resident_id, now=LONG_AGO + timedelta(days=2))
        draft = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, now=LONG_AGO
        )
        drafts.autosave(
            session, ward.coordinator, draft.id, _profile("Ikke gemt"), draft.row_version, now=LONG_AGO
        )
        incident_id = incidents.register_incident(
            session,
            ward.staff,
            IncidentReport(
                occurred_at=LONG_AGO + timedelta(days=3),
                incident_type=IncidentType.VIOLENCE,
                severity=3,
                location="Køkkenet",
                resident_id=ward.resident_id,
                description="Jonas slog ud efter Ali",
                situation="Ventede på sin medicin",
                signs_seen=["Knytter hænderne"],
                strategies=[StrategyUse("Et nej uden forklaring", helped=False)],
            ),
            now=LONG_AGO + timedelta(days=3),
        )
        report = incidents.incident_report(session, incident_id)
        report.description = "Jonas slog ud efter Ali i køkkenet"  # a change the history keeps, old text too
        incidents.update_incident(session, ward.staff, incident_id, report, now=LONG_AGO + timedelta(days=4))
        document_id = simplify.import_original(
            session,
            ward.coordinator,
            ward.resident_id,
            file_name="gammel.txt",
            text="Jonas bliver vred, når han venter.",
            source=simplify.SOURCE_TEXT,
            now=LONG_AGO,
        )
        piece = simplify.document_view(session, ward.coordinator, document_id).pieces[0]
        simplify.place(session, ward.coordinator, piece.id, "risk_profile:triggers", "Ventetid", now=LONG_AGO)
        action_plan.add_measure(
            session,
            ward.coordinator,
            action_plan.MeasureInput(
                "Særlig introduktion til arbejdet med ham", resident_id=ward.resident_id
            ),
        )
        residents.discharge_resident(session, ward.coordinator, ward.resident_id, MOVED_OUT)
        other = residents.create_resident(
            session, SYSTEM, unit_id=ward.unit_id, display_name="Åse Nørgaard", card_name="Åse"
        )
        incidents.register_incident(
            session,
            ward.staff,
            IncidentReport(
                occurred_at=LONG_AGO,
                incident_type=IncidentType.THREAT,
                severity=2,
                location="Gangen",
                resident_id=other,
                description="Åse råbte",
            ),
            now=LONG_AGO,
        )
        # Reads of both residents, in turns, long ago: the access entries a purge removes.
        for day in range(5):
            for resident_id in (ward.resident_id, other):
                audit.record(
                    session,
                    ward.staff,
                    "resident.open",
                    resident_id=resident_id,
                    now=LONG_AGO + timedelta(days=day),
                )
    return other


def _unit_stats(database: Database, ward: Ward, *, summaries: bool) -> dict[str, object]:
    with database.session() as session:
        stats_filter = statistics.StatsFilter(ward.unit_id, None, date(2018, 1, 1), date(2018, 12, 31))
        return statistics.statistics_dict(
            statistics.unit_statistics(session, stats_filter, summaries=summaries)
        )


def test_everything_about_the_resident_goes_and_the_incident_stays_without_them(
    database: Database, ward: Ward, moved_out: int
) -> None:
    before = _unit_stats(database, ward, summaries=False)
    with database.session() as session:  # what the deletion must clear is there to clear
        his = session.scalars(select(Incident).where(Incident.resident_id == ward.resident_id)).one()
        assert his.plan_version_id is not None and his.slot_label == "Hele dagen" and his.strategies
        assert session.scalar(select(func.count()).select_from(DraftAutosave)) == 1
        assert session.scalar(
            select(func.count(OriginalPiece.id)).where(OriginalPiece.version_id.is_not(None))
        )
    with database.session() as session:
        deletion = resident_deletion.delete_resident(session, actor_for(session, "pia"), ward.resident_id)
    assert (deletion.card_name, deletion.versions, deletion.originals, deletion.incidents_kept) == (
        "Jonas",
        4,
        1,
        1,
    )
    assert deletion.log_entries > 5

    with database.session() as session:
        assert session.get(Resident, ward.resident_id) is None
        (measure,) = action_plan.list_measures(session)  # the facility's measure stays, about nobody
        assert (measure.title, measure.resident_id) == ("Særlig introduktion til arbejdet med ham", None)
        assert measure.row_version == 2  # a form opened on it before is refused as stale
        for model in (PlanVersion, PlanAcknowledgement, DraftAutosave, OriginalDocument, OriginalPiece):
            assert session.scalar(select(func.count()).select_from(model)) == 0, model
        assert session.scalar(select(func.count(PlanVersion.id))) == 0
        assert session.scalar(select(func.count(OriginalDocument.id))) == 0
        assert session.scalar(select(func.count(IncidentChange.id))) == 0
        assert (
            session.scalar(
                select(func.count(AuditEvent.id)).where(AuditEvent.resident_id == ward.resident_id)
            )
            == 0
        )
        kept = session.scalars(select(Incident).order_by(Incident.id)).all()
        jonas, aase = kept
        assert (jonas.resident_id, jonas.other_person, jonas.plan_version_id) == (
            None,
            "Borger (slettet)",
            None,
        )
        assert (jonas.description, jonas.situation, jonas.slot_label) == ("", "", "")
        assert (jonas.signs_seen, jonas.strategies) == ([], [])
        assert (jonas.incident_type, jonas.severity, jonas.location) == ("violence", 3, "Køkkenet")
        assert (aase.resident_id, aase.description) == (
            moved_out,
            "Åse råbte",
        )  # another resident's: untouched

        # The summaries the statistics read count it without him (else they fall back to the table).
        buckets = select(func.sum(IncidentStatsBucket.count))
        assert session.scalar(buckets) == 2
        assert session.scalar(buckets.where(IncidentStatsBucket.resident_id == ward.resident_id)) is None
        assert session.scalar(select(func.count(IncidentStatsSign.id))) == 0  # his signs were his words

        # One entry says a resident was deleted, by whom, without a name or a word of theirs.
        entry = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert (entry.action, entry.actor, entry.target) == (
            "resident.delete",
            "pia",
            f"borger {ward.resident_id}",
        )
        assert "Jonas" not in json.dumps(entry.detail, ensure_ascii=False)
        # The chain still proves that nothing else went missing.
        assert audit.verify_chain(session) == []

    # The unit's statistics count the incident as before, from the summaries and from the table alike.
    after = _unit_stats(database, ward, summaries=True)
    assert after["total"] == before["total"] == 2
    assert after == _unit_stats(database, ward, summaries=False)


def test_a_deletion_between_purges_still_verifies(database: Database, ward: Ward, moved_out: int) -> None:
    """Gaps of a purge and of a deletion side by side in the chain: each is stepped over exactly."""
    with database.session() as session:
        pia = actor_for(session, "pia")
        # Åse's reads of days 0–1 go first (a short period), Jonas's with him, then Åse's of days 2–4.
        audit.set_retention_months(session, pia, 1)
        before_day_2 = LONG_AGO + timedelta(days=2)
        first = audit.purge_access_entries(session, SYSTEM, now=before_day_2 + timedelta(days=31))
        assert first > 0
        resident_deletion.delete_resident(session, pia, ward.resident_id)
        assert audit.purge_access_entries(session, SYSTEM) > 0
        assert audit.verify_chain(session) == []
        assert (
            session.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "resident.open")) == 0
        )


def test_nobody_without_a_name_deletes(database: Database, ward: Ward, moved_out: int) -> None:
    with database.session() as session, pytest.raises(PermissionDeniedError, match="logget ind med navn"):
        resident_deletion.delete_resident(session, SYSTEM, ward.resident_id)


def test_only_an_administrator_sees_who_is_due(database: Database, ward: Ward, moved_out: int) -> None:
    with database.session() as session, pytest.raises(PermissionDeniedError):
        resident_deletion.due_for_deletion(session, ward.coordinator, date(2030, 1, 1))


def test_nobody_is_deleted_before_their_time_or_while_living_here(
    database: Database, ward: Ward, moved_out: int
) -> None:
    with database.session() as session:
        pia = actor_for(session, "pia")
        with pytest.raises(LifecycleError, match="Åse bor her stadig"):
            resident_deletion.delete_resident(session, pia, moved_out)
        resident_deletion.set_retention_years(session, pia, 10)
        with pytest.raises(LifecycleError, match=r"gemmes i 10 år og kan slettes fra 28\.02\.2029"):
            resident_deletion.delete_resident(session, pia, ward.resident_id)
        assert resident_deletion.due_for_deletion(session, pia, date(2029, 2, 27)) == []
        (due,) = resident_deletion.due_for_deletion(session, pia, date(2029, 2, 28))
        assert (due.card_name, due.moved_out, due.due_since) == ("Jonas", MOVED_OUT, date(2029, 2, 28))


@pytest.mark.parametrize("username", ["mette", "ali", "lene"])
def test_only_an_administrator_deletes(database: Database, ward: Ward, moved_out: int, username: str) -> None:
    with database.session() as session, pytest.raises(PermissionDeniedError, match="slette borgere"):
        resident_deletion.delete_resident(session, actor_for(session, username), ward.resident_id)


def test_the_period_is_one_to_thirty_years_and_changing_it_is_logged(database: Database, ward: Ward) -> None:
    with database.session() as session:
        users.create_user(session, SYSTEM, username="pia", full_name="Pia Mortensen", roles={Role.ADMIN})
        pia = actor_for(session, "pia")
        assert resident_deletion.retention_years(session) == 5
        for years in (0, 31):
            with pytest.raises(ValidationError):
                resident_deletion.set_retention_years(session, pia, years)
        resident_deletion.set_retention_years(session, pia, 7)
        assert resident_deletion.retention_years(session) == 7
        entry = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert (entry.action, entry.detail) == ("settings.change", {"years": 7})
        with pytest.raises(PermissionDeniedError):
            resident_deletion.set_retention_years(session, ward.coordinator, 3)


def test_the_database_keeps_approved_plans_within_a_year_of_the_move_out(
    database: Database, ward: Ward
) -> None:
    """Migration 0011: raw SQL may delete an approved version only a year or more after the move-out."""
    with database.session() as session:
        draft = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, now=LONG_AGO
        )
        plans.submit(session, ward.coordinator, draft.id, now=LONG_AGO)
        plans.approve(session, ward.advisor, draft.id, now=LONG_AGO)
    recently = date.today() - timedelta(days=300)
    with database.session() as session:
        residents.discharge_resident(session, ward.coordinator, ward.resident_id, recently)

    def delete_raw() -> None:
        with database.engine.begin() as connection:
            connection.execute(text("DELETE FROM plan_versions WHERE id = :id"), {"id": draft.id})

    with pytest.raises(DBAPIError, match="Godkendte planversioner kan ikke ændres eller slettes"):
        delete_raw()
    with database.engine.begin() as connection:
        connection.execute(
            text("UPDATE residents SET discharged_at = :at WHERE id = :id"),
            {"at": datetime(2019, 1, 1, tzinfo=UTC), "id": ward.resident_id},
        )
    delete_raw()
    with database.session() as session:
        assert session.get(PlanVersion, draft.id) is None
