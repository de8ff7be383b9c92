from __future__ import annotations

import gc
import io
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tryghed_desktop.printing.card_model import AWAITING_MARK, DRAFT_MARK
from tryghed_desktop.services import cards
from tryghed_desktop.services.actors import Actor, actor_for
from tryghed_desktop.services.cards import BatchCancelled, CardTooLongServiceError, NoApprovedVersionError
from tryghed_desktop.services.demo_content import TEXT_HEAVY_RESIDENT
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.services.residents import list_residents, list_units
from tryghed_desktop.store.db import Database, open_database
from tryghed_desktop.store.models import AuditEvent

demo = pytest.importorskip("tryghed_desktop.services.demo", reason="services/demo.py is not written yet")

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 9, 40, tzinfo=UTC)


def texts(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture(scope="module")
def demo_file(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo facility, populated once for this module (a few seconds); tests work on copies."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(migrated_template, path)
    database = open_database(f"sqlite:///{path}")
    with database.session() as session:
        demo.populate_demo(session, today=TODAY)
    database.dispose()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_file, path)
    database = open_database(f"sqlite:///{path}")
    yield database
    database.dispose()


def staff(database: Database) -> Actor:
    with database.session() as session:
        return actor_for(session, "mette")


def test_every_demo_residents_current_risk_card_is_one_page_with_its_facts(demo_db: Database) -> None:
    actor = staff(demo_db)
    with demo_db.session() as session:
        printed = 0
        for row in list_residents(session):
            if row.display_name == TEXT_HEAVY_RESIDENT:
                continue  # its approved plan is the long original; see the next test
            try:
                data = cards.resident_card(session, actor, row.id, "risk", now=NOW)
            except NoApprovedVersionError:
                continue
            [text] = texts(data)
            assert row.card_name in text
            assert row.display_name not in text or row.display_name == row.card_name  # privacy mode
            assert "Godkendt " in text and " af " in text
            assert "Printet 25.11.2026" in text
            assert "Revideres senest" in text
            assert DRAFT_MARK not in text
            printed += 1
        assert printed >= 10


def test_the_text_heavy_original_is_refused_naming_sections_and_its_simplified_draft_fits(
    demo_db: Database,
) -> None:
    actor = staff(demo_db)
    with demo_db.session() as session:
        kim = next(row for row in list_residents(session) if row.display_name == TEXT_HEAVY_RESIDENT)
        with pytest.raises(CardTooLongServiceError) as caught:
            cards.resident_card(session, actor, kim.id, "risk", now=NOW)
        draft = cards.resident_card(session, actor, kim.id, "risk", version="draft", now=NOW)

    assert caught.value.message.startswith("Kortet kan ikke være på én side. For langt: ")
    assert caught.value.sections
    assert isinstance(caught.value, ServiceError)
    [text] = texts(draft)
    assert AWAITING_MARK in text  # Kim's simplified version is with the advisor


def test_footer_names_the_approver_with_title_and_danish_dates(demo_db: Database) -> None:
    actor = staff(demo_db)
    with demo_db.session() as session:
        jonas = next(row for row in list_residents(session) if row.card_name == "Jonas")
        text = texts(cards.resident_card(session, actor, jonas.id, "risk", now=NOW))[0]

    assert "Lene Holm, ekstern faglig rådgiver" in text
    approved = (TODAY - timedelta(days=152)).strftime("%d.%m.%Y")  # the demo's story for Jonas
    assert f"Godkendt {approved} af Lene Holm" in text
    assert f"Gyldig fra {approved}" in text


def test_full_name_option_prints_the_display_name(demo_db: Database) -> None:
    actor = staff(demo_db)
    with demo_db.session() as session:
        jonas = next(row for row in list_residents(session) if row.card_name == "Jonas")
        text = texts(cards.resident_card(session, actor, jonas.id, "risk", full_name=True, now=NOW))[0]

    assert jonas.display_name in text


@pytest.mark.parametrize("kind", ["rhythm", "safety", "signs"])
def test_rhythm_safety_and_signs_pages_print_from_the_current_version(demo_db: Database, kind: str) -> None:
    actor = staff(demo_db)
    with demo_db.session() as session:
        jonas = next(row for row in list_residents(session) if row.card_name == "Jonas")
        [text] = texts(cards.resident_card(session, actor, jonas.id, kind, now=NOW))  # type: ignore[arg-type]

    assert "Jonas" in text
    assert {"rhythm": "Døgnrytme", "safety": "Med mine ord", "signs": "Tidlige tegn – tjekliste"}[
        kind
    ] in text


def test_a_draft_only_plan_is_refused_in_danish_and_prints_marked_on_request(demo_db: Database) -> None:
    actor = staff(demo_db)
    with demo_db.session() as session:
        mikkel = next(row for row in list_residents(session) if row.card_name == "Mikkel")
        with pytest.raises(NoApprovedVersionError) as caught:
            cards.resident_card(session, actor, mikkel.id, "risk", now=NOW)
        draft = cards.resident_card(session, actor, mikkel.id, "risk", version="draft", now=NOW)

    assert caught.value.message == ("Der er ingen godkendt risikoprofil for Mikkel.")
    assert isinstance(caught.value, ServiceError)
    [text] = texts(draft)
    assert AWAITING_MARK in text and DRAFT_MARK not in text  # Mikkel's plan is with the advisor
    assert "Afventer godkendelse – ikke godkendt" in text


def test_docx_of_the_risk_card(demo_db: Database) -> None:
    actor = staff(demo_db)
    with demo_db.session() as session:
        jonas = next(row for row in list_residents(session) if row.card_name == "Jonas")
        data = cards.resident_card(session, actor, jonas.id, "risk", "docx", now=NOW)
        with pytest.raises(ServiceError):
            cards.resident_card(session, actor, jonas.id, "safety", "docx", now=NOW)

    assert data.startswith(b"PK")


def test_printing_is_audited_with_kind_and_version(demo_db: Database) -> None:
    actor = staff(demo_db)
    with demo_db.session() as session:
        jonas = next(row for row in list_residents(session) if row.card_name == "Jonas")
        cards.resident_card(session, actor, jonas.id, "risk", now=NOW)
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()

    assert event.action == "print"
    assert event.actor == "mette"
    assert event.resident_id == jonas.id
    assert event.detail["kind"] == "risk"
    assert event.detail["version"] == 2
    assert event.detail["valid"] is True


def birk(database: Database) -> int:
    with database.session() as session:
        return next(unit.id for unit in list_units(session) if unit.name == "Hus Birk")


def test_unit_batch_has_a_page_per_printed_card_and_names_the_skipped(demo_db: Database) -> None:
    actor = staff(demo_db)
    calls: list[tuple[int, int]] = []
    with demo_db.session() as session:
        result = cards.unit_cards(session, actor, birk(demo_db), progress=lambda *a: calls.append(a), now=NOW)
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "print")).all()

    *pages, last = texts(result.pdf)
    assert len(pages) == len(result.printed) >= 3
    for name, text in zip(result.printed, pages, strict=True):
        assert name in text
        assert "Printet 25.11.2026" in text
    assert any(
        line.startswith("Mikkel:") and "ingen godkendt risikoprofil" in line for line in result.skipped
    )
    # On paper too: the one who changes the cards on the wall sees who is missing, and why.
    assert "Ikke med i denne udskrift" in last
    assert "Mikkel: ingen godkendt risikoprofil" in last
    assert "Mikkel" not in " ".join(result.printed)
    total = len(result.printed)
    assert calls == [(i, total) for i in range(total + 1)]
    assert len(events) == len(result.printed)
    assert all(event.detail["batch"] == "Hus Birk" for event in events)


def test_unit_batch_can_be_cancelled(demo_db: Database) -> None:
    actor = staff(demo_db)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with demo_db.session() as session:
        with pytest.raises(BatchCancelled):
            cards.unit_cards(session, actor, birk(demo_db), cancelled=cancelled, now=NOW)
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "print")).all()

    assert len(asked) == 3
    assert events == []


def test_registration_card() -> None:
    [text] = texts(cards.registration_card(datetime(2026, 11, 25, 9, 40, tzinfo=UTC)))

    assert "Sådan registrerer du vold, trusler og chikane" in text


@pytest.mark.usefixtures("collector")
@pytest.mark.parametrize("enabled_before", [True, False])
@pytest.mark.parametrize("ending", ["done", "cancelled", "error"])
def test_unit_batch_runs_with_the_collector_paused_and_leaves_it_as_it_was(
    demo_db: Database, ending: str, enabled_before: bool
) -> None:
    actor = staff(demo_db)
    unit_id = birk(demo_db)
    during: list[bool] = []

    def progress(done: int, _total: int) -> None:
        during.append(gc.isenabled())
        if ending == "error" and done == 1:
            raise RuntimeError("the progress dialog broke")

    def cancelled() -> bool:
        during.append(gc.isenabled())
        return ending == "cancelled" and len(during) > 3

    if enabled_before:
        gc.enable()
    else:
        gc.disable()
    with demo_db.session() as session:
        if ending == "done":
            cards.unit_cards(session, actor, unit_id, progress=progress, cancelled=cancelled, now=NOW)
        else:
            expected = BatchCancelled if ending == "cancelled" else RuntimeError
            with pytest.raises(expected):
                cards.unit_cards(session, actor, unit_id, progress=progress, cancelled=cancelled, now=NOW)
        assert gc.isenabled() is enabled_before

    assert len(during) >= 3
    assert not any(during)
