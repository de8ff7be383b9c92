"""One resident's data and log on request: the ZIP holds everything, readable and importable, and only
an administrator may make it."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tryghed_desktop.domain.incidents import IncidentReport, IncidentType
from tryghed_desktop.domain.plans import Contact, PlanKind, RiskProfile, StageKind
from tryghed_desktop.services import (
    action_plan,
    audit,
    data_request,
    drafts,
    incidents,
    interchange,
    plans,
    residents,
    simplify,
    users,
)
from tryghed_desktop.services.actors import SYSTEM, Role, actor_for
from tryghed_desktop.services.errors import PermissionDeniedError, ServiceError
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import AuditEvent

from .conftest import Ward

NOW = datetime(2026, 3, 6, 13, 0, tzinfo=UTC)


def _profile() -> RiskProfile:
    profile = RiskProfile(
        triggers=["Et nej uden forklaring"],
        call=[Contact("Vagthavende leder", "70 20 30 40", "døgnet rundt")],
        level_reason="To slag sidste år",
    )
    profile.stage(StageKind.YELLOW).signs.append("Går frem og tilbage")
    return profile


@pytest.fixture
def filled(database: Database, ward: Ward) -> Database:
    """Jonas with a draft risk profile and unsaved typing in it, an incident corrected once, a new room,
    an imported old plan, a measure of the action plan about him (and one about nobody) and an
    administrator."""
    with database.session() as session:
        users.create_user(session, SYSTEM, username="pia", full_name="Pia Mortensen", roles={Role.ADMIN})
        draft = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, _profile(), now=NOW
        )
        unsaved = _profile()
        unsaved.strengths.append("Holder af at spille kort")
        drafts.autosave(session, ward.coordinator, draft.id, unsaved, draft.row_version, now=NOW)
        incident_id = incidents.register_incident(
            session,
            ward.staff,
            IncidentReport(
                occurred_at=NOW - timedelta(hours=2),
                incident_type=IncidentType.THREAT,
                severity=2,
                location="Fællesstuen",
                resident_id=ward.resident_id,
                # Word's vertical tab (which a workbook cannot hold) and a text that looks like a formula
                description="Råbte ved medicinudleveringen\x0b=2+2 stod på tavlen",
            ),
            now=NOW,
        )
        report = incidents.incident_report(session, incident_id)
        report.situation = "Ventede på sin medicin"
        incidents.update_incident(session, ward.staff, incident_id, report, now=NOW)
        incidents.update_follow_up(
            session, ward.staff, incident_id, defusing_done_at=NOW - timedelta(hours=1), now=NOW
        )
        residents.update_resident(
            session,
            ward.coordinator,
            ward.resident_id,
            unit_id=ward.unit_id,
            display_name="Jonas Madsen",
            card_name="Jonas",
            room="9",
            now=NOW,
        )
        simplify.import_original(
            session,
            ward.coordinator,
            ward.resident_id,
            file_name="gammel risikovurdering.docx",
            text="Jonas kan blive vred, når han skal vente. Ring til lederen.",
            source=simplify.SOURCE_TEXT,
            now=NOW,
        )
        for title, about in (("Fast voksen ved medicinen", ward.resident_id), ("Alarmøvelse", None)):
            action_plan.add_measure(
                session,
                ward.coordinator,
                action_plan.MeasureInput(title, owner="Mette", resident_id=about, unit_id=ward.unit_id),
                now=NOW,
            )
    return database


def _write(database: Database, ward: Ward, target: Path) -> data_request.DataPackage:
    with database.session() as session:
        return data_request.write_data_package(
            session, actor_for(session, "pia"), ward.resident_id, target, now=NOW + timedelta(hours=1)
        )


def test_the_package_holds_plans_incidents_log_and_originals(
    filled: Database, ward: Ward, tmp_path: Path
) -> None:
    target = tmp_path / "jonas.zip"
    package = _write(filled, ward, target)

    assert (package.versions, package.incidents, package.originals, package.measures) == (1, 1, 1, 1)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        readme = archive.read("laes-mig.txt").decode("utf-8")
        book = load_workbook(io.BytesIO(archive.read("oplysninger.xlsx")))
        exported = json.loads(archive.read("planer.json"))
        original = archive.read("originaler/01-gammel-risikovurdering.txt").decode("utf-8")
    assert names == [
        "laes-mig.txt",
        "oplysninger.xlsx",
        "planer.json",
        "originaler/01-gammel-risikovurdering.txt",
    ]
    assert "Oplysninger om Jonas Madsen (Jonas)" in readme
    assert "Pia Mortensen (pia)" in readme
    assert "1 version af planerne" in readme and "1 hændelse, 1 tiltag i bostedets handleplan" in readme
    assert book.sheetnames == [
        "Borger",
        "Planer",
        "Hændelser",
        "Ændringer af hændelser",
        "Handleplan",
        "Log",
    ]

    plans_sheet = list(book["Planer"].iter_rows(min_row=2, values_only=True))
    plan_texts = {row[-1] for row in plans_sheet}
    # Every field, not only what the card shows: the number to call and the reason for the level.
    assert "Vagthavende leder – 70 20 30 40 – døgnet rundt" in plan_texts
    assert {"To slag sidste år", "Går frem og tilbage", "Et nej uden forklaring"} <= plan_texts
    # The typing the editor kept but nobody saved is there too, and says so.
    unsaved = {row[-1] for row in plans_sheet if row[2] == "Ikke gemt (automatisk kopi)"}
    assert "Holder af at spille kort" in unsaved and "Holder af at spille kort" not in plan_texts - unsaved

    (incident,) = book["Hændelser"].iter_rows(min_row=2, values_only=True)
    # Kept as text: Word's line break a space, "=2+2" not made a formula.
    assert "Råbte ved medicinudleveringen =2+2 stod på tavlen" in incident
    changes = [row[1:] for row in book["Ændringer af hændelser"].iter_rows(min_row=2, values_only=True)]
    assert changes == [
        ("Ali Hassan (ali)", 1, "Situation", None, "Ventede på sin medicin"),
        # A follow-up step by its name and on the Danish clock, not 'defusing_done_at' and UTC.
        ("Ali Hassan (ali)", 1, "Defusing gennemført", None, "06.03.2026 13:00"),
    ]

    # Only the measure about Jonas, not the facility's others.
    (measure,) = book["Handleplan"].iter_rows(min_row=2, values_only=True)
    assert measure[1:5] == ("Fast voksen ved medicinen", "Mette", None, "Besluttet")

    log = [row[1:] for row in book["Log"].iter_rows(min_row=2, values_only=True)]
    assert ("Mette Kruse (mette)", "Begyndte på en ny version af en plan", "Risikoprofil, version 1") in log
    assert ("Ali Hassan (ali)", "Registrerede en hændelse", "Hændelse 1") in log
    assert ("Mette Kruse (mette)", "Rettede borgerens oplysninger", "Jonas: værelse") in log

    # The JSON is the interchange format: another Tryghed Desktop can import it as it is.
    assert interchange.validate_document(exported) == []
    assert original == "Jonas kan blive vred, når han skal vente. Ring til lederen.\n"


def test_making_a_package_is_logged_with_what_it_held(filled: Database, ward: Ward, tmp_path: Path) -> None:
    _write(filled, ward, tmp_path / "jonas.zip")
    with filled.session() as session:
        entry = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert (entry.action, entry.actor, entry.resident_id) == (
            "resident.data_package",
            "pia",
            ward.resident_id,
        )
        assert entry.detail["incidents"] == 1 and entry.detail["originals"] == 1
        assert audit.verify_chain(session) == []


@pytest.mark.parametrize("username", ["mette", "ali", "lene"])
def test_only_an_administrator_may_make_it(
    filled: Database, ward: Ward, tmp_path: Path, username: str
) -> None:
    target = tmp_path / "jonas.zip"
    with (
        filled.session() as session,
        pytest.raises(PermissionDeniedError, match="udlevere en borgers oplysninger"),
    ):
        data_request.write_data_package(session, actor_for(session, username), ward.resident_id, target)
    assert not target.exists()


def test_nobody_without_a_name_hands_data_over(filled: Database, ward: Ward, tmp_path: Path) -> None:
    with filled.session() as session, pytest.raises(PermissionDeniedError, match="logget ind med navn"):
        data_request.write_data_package(session, SYSTEM, ward.resident_id, tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


def test_a_failed_write_leaves_no_file_and_no_log_entry(
    filled: Database, ward: Ward, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "udlevering"
    folder.mkdir()

    def gone(_source: object, target: object) -> None:  # the folder vanished after the partial file
        raise FileNotFoundError(2, "No such file or directory", str(target))

    monkeypatch.setattr(data_request.os, "replace", gone)
    with pytest.raises(ServiceError, match=r"Pakken er ikke gemt: .*jonas\.zip findes ikke"):
        _write(filled, ward, folder / "jonas.zip")
    assert list(folder.iterdir()) == []  # neither jonas.zip nor jonas.zip.delvis
    with filled.session() as session:  # the entry written before the file went back with it
        assert session.scalar(select(AuditEvent).where(AuditEvent.action == "resident.data_package")) is None


def test_a_folder_gets_the_suggested_name(filled: Database, ward: Ward, tmp_path: Path) -> None:
    package = _write(filled, ward, tmp_path)
    assert package.path == tmp_path / "oplysninger-Jonas-2026-03-06.zip" and package.path.exists()


def test_an_existing_file_is_replaced_whole(filled: Database, ward: Ward, tmp_path: Path) -> None:
    folder = tmp_path / "udlevering"
    folder.mkdir()
    target = folder / "jonas.zip"
    target.write_bytes(b"an older package")
    _write(filled, ward, target)
    assert zipfile.is_zipfile(target)
    assert [path.name for path in folder.iterdir()] == ["jonas.zip"]


def test_every_read_the_log_keeps_has_words_for_the_resident() -> None:
    assert audit.ACCESS_ACTIONS - {"login", "login.failed", "logout", "lock", "unlock", "search"} <= set(
        data_request.ACTION_TITLES
    )
    assert data_request.ACTION_TITLES.keys() >= {"plan.approve", "incident.register", "print"}


def test_suggested_file_name_keeps_letters_of_the_card_name() -> None:
    moment = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)  # already the 26th in Denmark
    assert data_request.suggested_file_name("H.V.", moment) == "oplysninger-H-V-2026-11-26.zip"
    assert data_request.suggested_file_name("Søren Ø", moment) == "oplysninger-Søren-Ø-2026-11-26.zip"
    assert data_request.suggested_file_name("..", moment) == "oplysninger-borger-2026-11-26.zip"
