from __future__ import annotations

from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from tests.ui.factories import Facility
from tryghed_desktop.services.actors import SYSTEM
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import print_dialog
from tryghed_desktop.ui.print_dialog import CardPrintDialog

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def _dialog(qtbot: QtBot, database: Database, resident_id: int) -> CardPrintDialog:
    dialog = CardPrintDialog(database, SYSTEM, resident_id, now=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_preview_shows_the_approved_card(qtbot: QtBot, database: Database, facility: Facility) -> None:
    dialog = _dialog(qtbot, database, facility.residents["jonas"])
    qtbot.waitUntil(lambda: dialog.document.status() is QPdfDocument.Status.Ready)
    assert dialog.document.pageCount() == 1
    assert dialog.pdf is not None and "Jonas" in _text(dialog.pdf)
    assert "KLADDE" not in _text(dialog.pdf)
    assert not dialog.message.isVisible()


def test_no_approved_plan_offers_the_draft_with_its_mark(
    qtbot: QtBot, database: Database, facility: Facility
) -> None:
    dialog = _dialog(qtbot, database, facility.residents["mette"])
    assert dialog.pdf is None and not dialog.print_button.isEnabled()
    assert "Der er ingen godkendt risikoprofil for Mette" in dialog.message.text()
    assert dialog.draft_button.isVisible()
    dialog.draft_button.click()
    assert dialog.pdf is not None
    assert "AFVENTER GODKENDELSE – IKKE GODKENDT" in _text(dialog.pdf)  # Mette's plan is with the advisor


def test_no_plan_at_all_offers_no_draft(qtbot: QtBot, database: Database, facility: Facility) -> None:
    dialog = _dialog(qtbot, database, facility.residents["lars"])
    assert "Der er ingen godkendt risikoprofil for Lars" in dialog.message.text()
    assert not dialog.draft_button.isVisible()  # it would only say that there is no draft either


def test_save_as_pdf_and_word(
    qtbot: QtBot, database: Database, facility: Facility, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, database, facility.residents["jonas"])
    monkeypatch.setattr(
        print_dialog, "ask_save_path", lambda _p, _t, suggested, _f: tmp_path / suggested.name
    )
    saved_pdf = dialog.save_pdf()
    saved_docx = dialog.save_docx()
    assert saved_pdf is not None and saved_pdf.read_bytes() == dialog.pdf
    assert saved_docx is not None and saved_docx.read_bytes()[:2] == b"PK"
    dialog.kind.setCurrentIndex(dialog.kind.findData("rhythm"))
    assert not dialog.docx_button.isEnabled()  # Word is offered for the action card only
    assert dialog.pdf is not None and "Jonas" in _text(dialog.pdf)


def test_the_early_signs_checklist_prints_from_the_approved_profile(
    qtbot: QtBot, database: Database, facility: Facility
) -> None:
    dialog = _dialog(qtbot, database, facility.residents["jonas"])
    assert dialog.kind.itemText(dialog.kind.findData("signs")) == "Tidlige tegn – tjekliste"
    dialog.kind.setCurrentIndex(dialog.kind.findData("signs"))
    assert dialog.pdf is not None
    text = _text(dialog.pdf)
    assert "Tidlige tegn – tjekliste" in text and "Man" in text and "Søn" in text
    assert not dialog.docx_button.isEnabled()


def test_printing_sends_the_page_to_the_chosen_printer(
    qtbot: QtBot, database: Database, facility: Facility, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "printed.pdf"

    def choose_pdf_printer(_parent: object, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(print_dialog, "ask_printer", choose_pdf_printer)
    dialog = _dialog(qtbot, database, facility.residents["jonas"])
    assert dialog.print_card()
    assert len(PdfReader(target).pages) == 1


def test_the_preview_and_its_buttons_fit_on_a_small_screen(
    qtbot: QtBot, database: Database, facility: Facility
) -> None:
    dialog = _dialog(qtbot, database, facility.residents["jonas"])
    qtbot.waitExposed(dialog)
    free = dialog.screen().availableGeometry()  # 800×800 offscreen; a card's page would like 980 px
    assert free.contains(dialog.geometry())
    button = dialog.print_button
    assert free.contains(button.mapToGlobal(button.rect().bottomRight()))


def test_staff_are_told_whom_to_ask_when_the_plan_is_too_long(qtbot: QtBot, database: Database) -> None:
    from tryghed_desktop.services import demo, residents
    from tryghed_desktop.services.actors import actor_for
    from tryghed_desktop.services.demo_content import TEXT_HEAVY_RESIDENT

    with database.session() as session:
        demo.populate_demo(session)
        kim = next(r.id for r in residents.list_residents(session) if r.display_name == TEXT_HEAVY_RESIDENT)
        staff, coordinator = actor_for(session, "ali"), actor_for(session, "anne")
    for actor, expected in (
        (
            staff,
            "fordi planen er for lang. Bed koordinatoren om at forkorte den.",
        ),
        (coordinator, "Gør punkterne kortere eller færre."),  # the sections to shorten are named
    ):
        dialog = CardPrintDialog(database, actor, kim, now=NOW)
        qtbot.addWidget(dialog)
        assert dialog.pdf is None and expected in dialog.message.text()
