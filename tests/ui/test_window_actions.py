from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.factories import TODAY, Facility
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services import audit
from tryghed_desktop.services.actors import actor_for
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import AuditEvent
from tryghed_desktop.ui import backup_dialog, tasks
from tryghed_desktop.ui.app_info import current_actor
from tryghed_desktop.ui.main_window import MainWindow
from tryghed_desktop.ui.print_dialog import CardPrintDialog, PdfPreviewDialog


@pytest.fixture
def synchronous_tasks() -> Iterator[None]:
    tasks.set_pool(tasks.SynchronousPool())
    yield
    tasks.set_pool(None)


@pytest.fixture
def coordinator_window(qtbot: QtBot, database: Database, facility: Facility) -> MainWindow:
    with database.session() as session:
        coordinator = actor_for(session, "koordinator")
    window = MainWindow(database, today=TODAY, actor=coordinator, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    return window


def test_ctrl_p_prints_the_open_resident(qtbot: QtBot, window: MainWindow, facility: Facility) -> None:
    assert not window.window_actions.print_card.isEnabled()  # nobody chosen yet
    window.open_resident(facility.residents["jonas"])
    assert window.window_actions.print_card.isEnabled()
    assert window.window_actions.print_card in window.toolbar.actions()
    window.window_actions.print_card.trigger()
    dialog = window.findChild(CardPrintDialog)
    assert dialog is not None and dialog.resident_id == facility.residents["jonas"] and dialog.pdf is not None


def test_the_editor_opens_on_the_tab_shown_and_only_once(
    qtbot: QtBot, coordinator_window: MainWindow, facility: Facility
) -> None:
    window = coordinator_window
    window.open_resident(facility.residents["karen"])
    window.resident_page.show_tab(PlanKind.DAILY_RHYTHM)
    first = window.window_actions.open_editor()
    assert first is not None and first.isVisible()
    assert "døgnrytme" in first.windowTitle().lower()
    assert window.window_actions.open_editor() is first


def test_unit_cards_come_as_one_pdf_with_the_left_out_named(
    qtbot: QtBot, window: MainWindow, facility: Facility, synchronous_tasks: None
) -> None:
    print_unit = window.window_actions.print_unit
    assert not print_unit.isEnabled() and "Vælg en afdeling" in print_unit.toolTip()  # says why it is grey
    window.list_pane.select_unit(facility.units["solsikken"])
    assert print_unit.isEnabled() and "Vælg en afdeling" not in print_unit.toolTip()
    window.window_actions.print_unit_cards()
    preview = next(d for d in window.findChildren(PdfPreviewDialog) if not isinstance(d, CardPrintDialog))
    assert preview.pdf is not None and preview.pdf.startswith(b"%PDF")
    assert "1 handlekort" in preview.message.text()
    assert "Ikke med:" in preview.message.text()


def test_statistics_and_registration_card_open(qtbot: QtBot, window: MainWindow) -> None:
    view = window.window_actions.open_statistics()
    assert view.isVisible() and window.window_actions.open_statistics() is view
    card = window.window_actions.open_registration_card()
    assert card.pdf is not None and card.pdf.startswith(b"%PDF")


def test_backup_now_then_restore_closes_the_app(
    qtbot: QtBot, window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = window.window_actions.open_backups()
    assert isinstance(dialog, backup_dialog.BackupDialog)
    assert dialog.listing.count() == 0 and "ingen backup endnu" in dialog.status.text()
    made = dialog.take_backup()
    assert made.exists() and dialog.listing.count() >= 1
    monkeypatch.setattr(backup_dialog, "confirm_restore", lambda _parent, _name: True)
    monkeypatch.setattr(backup_dialog, "announce", lambda *_args: None)
    quit_called: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quit_called.append(True))
    dialog.listing.setCurrentRow(0)
    assert dialog.restore_selected() and quit_called
    assert list(Path(made.parent).glob("før-gendannelse-*.db"))
    # The restored database's log says it was restored, from what and by whom.
    with database.session() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert last is not None and last.action == "database.restore" and last.target == made.name
        assert last.detail["by"] == current_actor().username
        assert audit.verify_chain(session) == []


def test_a_refused_restore_is_said_in_the_dialog_not_as_a_crash(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = window.window_actions.open_backups()
    assert isinstance(dialog, backup_dialog.BackupDialog)
    dialog.take_backup()
    monkeypatch.setattr(backup_dialog, "confirm_restore", lambda _parent, _name: True)

    def busy(*_args: object, **_options: object) -> None:
        raise backup_dialog.backup.BackupError("Databasen er i brug lige nu, så den kan ikke gendannes.")

    monkeypatch.setattr(backup_dialog.backup, "restore_sqlite", busy)
    dialog.listing.setCurrentRow(0)
    assert not dialog.restore_selected()
    assert dialog.status.text().startswith("Databasen er i brug lige nu")


def test_originals_dialog_says_when_there_are_none(
    qtbot: QtBot, window: MainWindow, facility: Facility
) -> None:
    window.open_resident(facility.residents["jonas"])
    dialog = window.window_actions.show_originals()
    assert dialog is not None and dialog.isVisible()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Der er ikke importeret nogen original for denne borger." in texts


def test_an_imported_original_is_shown_in_full(
    qtbot: QtBot, window: MainWindow, database: Database, facility: Facility
) -> None:
    from PySide6.QtWidgets import QTextBrowser

    from tryghed_desktop.services import simplify
    from tryghed_desktop.services.actors import SYSTEM

    text = "Jonas bliver urolig ved vagtskifte. Undgå at stille krav."
    with database.session() as session:
        simplify.import_original(
            session, SYSTEM, facility.residents["jonas"], file_name="plan.txt", text=text, source="text"
        )
    window.open_resident(facility.residents["jonas"])
    dialog = window.window_actions.show_originals()
    assert dialog is not None
    assert dialog.findChild(QTextBrowser).toPlainText() == text


def test_the_actions_speak_english_in_english(
    qtbot: QtBot, database: Database, facility: Facility, english: None
) -> None:
    window = MainWindow(database, today=TODAY)
    qtbot.addWidget(window)
    assert window.window_actions.print_card.text() == "&Print action card…"
    assert window.window_actions.readability.text() == "&Readability limits…"


def test_editing_is_not_offered_for_a_plan_with_the_advisor(
    qtbot: QtBot, coordinator_window: MainWindow, facility: Facility
) -> None:
    window = coordinator_window
    window.open_resident(facility.residents["mette"])  # her risk profile awaits approval
    window.resident_page.show_tab(PlanKind.RISK_PROFILE)
    assert not window.window_actions.edit.isEnabled()
    assert "afventer godkendelse" in window.window_actions.edit.toolTip()
    window.resident_page.show_tab(PlanKind.SAFETY_PLAN)
    assert window.window_actions.edit.isEnabled()


@pytest.mark.usefixtures("synchronous_tasks")
def test_text_placed_from_an_old_plan_reaches_an_open_editor_and_never_goes_under_its_save(
    qtbot: QtBot, coordinator_window: MainWindow, facility: Facility, monkeypatch: pytest.MonkeyPatch
) -> None:
    import copy

    from tryghed_desktop.domain.plans import RiskProfile
    from tryghed_desktop.domain.simplify import FieldRef
    from tryghed_desktop.ui import messages
    from tryghed_desktop.ui.editors.shell import PlanEditor
    from tryghed_desktop.ui.simplify.dialogs import PasteDialog, PlaceDialog
    from tryghed_desktop.ui.simplify.window import SimplifyWindow

    window = coordinator_window
    window.open_resident(facility.residents["jonas"])
    window.resident_page.show_tab(PlanKind.RISK_PROFILE)
    editor = window.window_actions.open_editor()
    simplify_window = window.window_actions.open_simplify()
    assert isinstance(editor, PlanEditor) and isinstance(simplify_window, SimplifyWindow)
    monkeypatch.setattr(
        PasteDialog, "ask", classmethod(lambda cls, parent: "Holder af at spille kort.\n\nGår gerne ture.")
    )
    simplify_window.import_pasted()
    strengths = FieldRef(PlanKind.RISK_PROFILE, "strengths")
    placed = iter(["Spiller kort", "Går ture"])
    monkeypatch.setattr(PlaceDialog, "ask", classmethod(lambda cls, *args: (strengths, next(placed))))
    problems: list[str] = []
    monkeypatch.setattr(messages, "show_problem_box", lambda _parent, _title, text: problems.append(text))

    # A clean editor shows the placed text at once and stays clean.
    assert simplify_window.place_piece(simplify_window.model.piece(0))
    content = editor.document.content
    assert isinstance(content, RiskProfile) and "Spiller kort" in content.strengths
    assert not editor.is_dirty

    # With unsaved text in the editor, placing is refused: its save would have to choose.
    changed = copy.deepcopy(content)
    changed.triggers.append("Larm om aftenen")
    editor.document.edit_replace(changed, "Ret")
    assert editor.is_dirty
    assert not simplify_window.place_piece(simplify_window.model.piece(1))
    assert problems and "har tekst i risikoprofil, der ikke er gemt" in problems[-1]
    editor.document.stack.setClean()  # (closing without the question)
