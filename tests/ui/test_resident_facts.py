"""The Borgere menu: a resident moves in, changes room, moves out and comes back, from the window."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.factories import TODAY, Facility
from tryghed_desktop.services import residents, users
from tryghed_desktop.services.actors import SYSTEM, Role, actor_for
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.main_window import MainWindow
from tryghed_desktop.ui.resident_dialogs import MoveOutDialog, ResidentFactsDialog


@pytest.fixture
def coordinator_window(qtbot: QtBot, database: Database, facility: Facility) -> MainWindow:
    with database.session() as session:
        coordinator = actor_for(session, "koordinator")
    window = MainWindow(database, today=TODAY, actor=coordinator, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    return window


def _listed(window: MainWindow) -> list[str]:
    model = window.list_pane.model
    return [model.resident(row).display_name for row in range(model.rowCount())]


def _press(qtbot: QtBot, buttons: QDialogButtonBox, text: str) -> None:
    button = next(b for b in buttons.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_new_resident_is_refused_without_a_card_name_and_then_created(
    qtbot: QtBot, coordinator_window: MainWindow, facility: Facility
) -> None:
    window = coordinator_window
    assert window.menu_residents.menuAction().isVisible()
    window.list_pane.select_unit(facility.units["kastanjen"])
    window.resident_actions.add.trigger()
    dialog = window.findChild(ResidentFactsDialog)
    assert dialog is not None and dialog.unit.currentData() == facility.units["kastanjen"]
    qtbot.keyClicks(dialog.display_name, "Sofie Lund")
    qtbot.keyClicks(dialog.room, "7")
    buttons = dialog.findChild(QDialogButtonBox)
    _press(qtbot, buttons, "Opret")
    assert dialog.isVisible()  # refused: what was typed stays, the problem is by its field
    assert dialog.problems["kortnavn"].isVisibleTo(dialog)
    assert "kortnavn" in dialog.problems["kortnavn"].text().lower()
    assert dialog.display_name.text() == "Sofie Lund"
    qtbot.keyClicks(dialog.card_name, "Sofie")
    with qtbot.waitSignal(dialog.saved) as saved:
        _press(qtbot, buttons, "Opret")
    assert not dialog.isVisible()
    assert "Sofie Lund" in _listed(window)
    assert window.resident_page.resident_id == saved.args[0]
    assert window.resident_page.header.card_name.text() == "Sofie"
    assert "Værelse 7" in window.resident_page.header.facts.text()


def test_a_room_change_is_shown_on_the_page(
    qtbot: QtBot, coordinator_window: MainWindow, facility: Facility
) -> None:
    window = coordinator_window
    assert not window.resident_actions.edit.isEnabled()  # nobody open yet
    window.open_resident(facility.residents["jonas"])
    window.resident_actions.edit.trigger()
    dialog = window.findChild(ResidentFactsDialog)
    assert dialog is not None and dialog.contacts.toPlainText() == "Kontaktperson Sofie (dag)"
    dialog.room.clear()
    qtbot.keyClicks(dialog.room, "21")
    with qtbot.waitSignal(dialog.saved):
        _press(qtbot, dialog.findChild(QDialogButtonBox), "Gem")
    assert "Værelse 21" in window.resident_page.header.facts.text()


def test_a_resident_moves_out_leaves_the_list_and_moves_back_in(
    qtbot: QtBot, coordinator_window: MainWindow, facility: Facility
) -> None:
    window = coordinator_window
    window.open_resident(facility.residents["jonas"])
    assert window.resident_actions.move_out.isEnabled() and not window.resident_actions.move_back.isEnabled()
    window.resident_actions.move_out.trigger()
    dialog = window.findChild(MoveOutDialog)
    assert dialog is not None
    assert dialog.day.maximumDate() == QDate(TODAY.year, TODAY.month, TODAY.day)
    moved_out = TODAY - timedelta(days=2)
    dialog.day.setDate(QDate(moved_out.year, moved_out.month, moved_out.day))
    with qtbot.waitSignal(dialog.saved):
        _press(qtbot, dialog.findChild(QDialogButtonBox), "Fraflyt")
    assert "Jonas Nielsen" not in _listed(window)
    header = window.resident_page.header
    assert (
        header.moved_out.isVisibleTo(window) and header.moved_out.text() == f"Fraflyttet {moved_out:%d.%m.%Y}"
    )
    assert not any(text.startswith("Revision") for text in header.chip_texts())  # nobody revises them now
    assert window.resident_actions.move_back.isEnabled() and not window.resident_actions.move_out.isEnabled()
    assert not window.window_actions.print_card.isEnabled()
    assert not window.window_actions.edit.isEnabled()
    assert "fraflyttet" in window.window_actions.print_card.toolTip()
    assert not window.resident_page.read_bar.isVisibleTo(window)

    window.action_moved_out.setChecked(True)  # Vis › Vis fraflyttede borgere
    assert "Jonas Nielsen" in _listed(window)
    assert window.list_pane.count_label.text() == "5 borgere (heraf 1 fraflyttede)"
    row = window.list_pane.model.row_for_id(facility.residents["jonas"])
    assert row is not None
    index = window.list_pane.model.index(row, 4)
    assert window.list_pane.model.data(index) == f"Fraflyttet {moved_out:%d.%m.%Y}"

    box = window.resident_actions.confirm_move_back()
    assert isinstance(box, QMessageBox) and "Jonas" in box.text()
    yes = next(b for b in box.buttons() if b.text() == "Flyt ind igen")
    assert isinstance(yes, QPushButton)
    with qtbot.waitSignal(box.finished):
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert window.resident_actions.move_out.isEnabled()
    assert "Jonas Nielsen" in _listed(window)
    assert window.window_actions.print_card.isEnabled()
    assert not window.resident_page.header.moved_out.isVisibleTo(window)
    assert window.window_actions.edit.isEnabled()


def test_staff_have_no_borgere_menu(qtbot: QtBot, database: Database, facility: Facility) -> None:
    with database.session() as session:
        users.create_user(session, SYSTEM, username="ali", full_name="Ali Hassan", roles={Role.STAFF})
        staff = actor_for(session, "ali")
    window = MainWindow(database, today=TODAY, actor=staff, idle_minutes=0)
    qtbot.addWidget(window)
    assert not window.menu_residents.menuAction().isVisible()
    assert window.action_moved_out.isVisible()  # everyone may look up who lived here


def test_an_advisor_sees_no_empty_menus(qtbot: QtBot, database: Database, facility: Facility) -> None:
    with database.session() as session:
        advisor = actor_for(session, "raadgiver")
    window = MainWindow(database, today=TODAY, actor=advisor, idle_minutes=0)
    qtbot.addWidget(window)
    window.open_resident(facility.residents["jonas"])
    for entry in window.menuBar().actions():
        menu = entry.menu()
        offered = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        assert entry.isVisible() == bool(offered), entry.text()
    hidden = {entry.text() for entry in window.menuBar().actions() if not entry.isVisible()}
    assert hidden == {"&Hændelser", "&Borgere"}  # an advisor registers no incidents, manages no residents


def test_a_new_resident_gets_no_unit_unless_one_is_chosen(
    qtbot: QtBot, coordinator_window: MainWindow, facility: Facility
) -> None:
    window = coordinator_window
    window.list_pane.select_unit(None)  # Alle afdelinger
    dialog = window.resident_actions.open_new()
    assert isinstance(dialog, ResidentFactsDialog) and dialog.unit.currentIndex() == -1
    qtbot.keyClicks(dialog.display_name, "Sofie Lund")
    qtbot.keyClicks(dialog.card_name, "Sofie")
    _press(qtbot, dialog.findChild(QDialogButtonBox), "Opret")
    assert dialog.isVisible() and dialog.problems["afdeling"].text() == "Vælg en afdeling."
    dialog.unit.setCurrentIndex(dialog.unit.findData(facility.units["solsikken"]))
    with qtbot.waitSignal(dialog.saved):
        _press(qtbot, dialog.findChild(QDialogButtonBox), "Opret")
    assert "Solsikken" in window.resident_page.header.facts.text()


def test_a_change_saved_on_another_pc_meanwhile_is_shown_and_what_was_typed_stays(
    qtbot: QtBot, database: Database, coordinator_window: MainWindow, facility: Facility
) -> None:
    window = coordinator_window
    window.open_resident(facility.residents["jonas"])
    dialog = window.resident_actions.open_edit()
    assert isinstance(dialog, ResidentFactsDialog)
    with database.session() as session:  # the other PC
        coordinator = actor_for(session, "koordinator")
        detail = residents.resident_detail(session, facility.residents["jonas"])
        residents.update_resident(
            session,
            coordinator,
            detail.id,
            unit_id=detail.unit_id,
            display_name=detail.display_name,
            card_name="J.N.",
            room=detail.room,
            contact_persons=detail.contact_persons,
        )
    dialog.room.setText("21")
    _press(qtbot, dialog.findChild(QDialogButtonBox), "Gem")
    assert dialog.isVisible() and "ændret et andet sted" in dialog.problem.text()
    assert dialog.room.text() == "21"
    with database.session() as session:
        assert residents.resident_detail(session, detail.id).room == detail.room


def test_moving_out_says_how_many_plans_wait(
    qtbot: QtBot, coordinator_window: MainWindow, facility: Facility
) -> None:
    window = coordinator_window
    window.open_resident(facility.residents["lars"])  # no plans at all
    quiet = window.resident_actions.open_move_out()
    assert isinstance(quiet, MoveOutDialog) and not quiet.waiting.isVisibleTo(quiet)
    quiet.reject()
    window.open_resident(facility.residents["jonas"])  # everything plus an open draft
    dialog = window.resident_actions.open_move_out()
    assert isinstance(dialog, MoveOutDialog) and dialog.waiting.isVisibleTo(dialog)
    assert dialog.waiting.text() == "1 plan under arbejde venter, til borgeren flytter ind igen."


def test_an_administrator_hands_over_a_residents_data_from_the_menu(
    qtbot: QtBot, database: Database, facility: Facility, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tryghed_desktop.ui import print_dialog

    with database.session() as session:
        users.create_user(session, SYSTEM, username="pia", full_name="Pia Mortensen", roles={Role.ADMIN})
        admin = actor_for(session, "pia")
        coordinator = actor_for(session, "koordinator")
    asked: list[Path] = []

    def choose(_parent: object, _title: str, suggested: Path, _pattern: str) -> Path:
        asked.append(suggested)
        return tmp_path / "jonas"  # typed without .zip

    monkeypatch.setattr(print_dialog, "ask_save_path", choose)
    window = MainWindow(database, today=TODAY, actor=coordinator, idle_minutes=0)
    qtbot.addWidget(window)
    window.open_resident(facility.residents["jonas"])
    assert not window.resident_actions.hand_over.isVisible()  # a coordinator does not hand over the log
    window.close()

    window = MainWindow(database, today=TODAY, actor=admin, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    assert window.resident_actions.hand_over.isVisible()
    window.open_resident(facility.residents["jonas"])
    window.resident_actions.hand_over.trigger()

    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)), timeout=10_000)
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert asked[0].name.startswith("oplysninger-Jonas-") and asked[0].suffix == ".zip"
    assert str(tmp_path / "jonas.zip") in box.text()
    assert "Pakken har" in box.text() and "tiltag i handleplanen" in box.text() and "logpost" in box.text()
    assert zipfile.is_zipfile(tmp_path / "jonas.zip")
    box.close()


def test_an_administrator_deletes_a_resident_past_the_period_after_a_warning(
    qtbot: QtBot, database: Database, facility: Facility
) -> None:
    from sqlalchemy import text

    from tryghed_desktop.ui.deletion_dialog import DeletionDialog

    jonas = facility.residents["jonas"]
    with database.session() as session:
        users.create_user(session, SYSTEM, username="pia", full_name="Pia Mortensen", roles={Role.ADMIN})
        admin = actor_for(session, "pia")
        residents.discharge_resident(session, SYSTEM, jonas, TODAY - timedelta(days=1))
    with database.engine.begin() as connection:  # he moved out long ago
        connection.execute(
            text("UPDATE residents SET discharged_at = :at WHERE id = :id"),
            {"at": datetime(2019, 3, 31, 22, tzinfo=UTC), "id": jonas},
        )
    window = MainWindow(database, today=TODAY, actor=admin, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    window.action_moved_out.setChecked(True)
    window.open_resident(jonas)
    assert "Jonas Nielsen" in _listed(window)  # moved-out residents are shown
    assert window.window_actions.deletion.isVisible()
    # The administrator's start page lists him; his row opens the deletion.
    overview = window.resident_page.start_page.overview
    assert overview.deletable_title.text() == "Fraflyttede borgere, hvis oplysninger skal slettes: 1"
    row = overview.deletable.item(0)
    assert row.text().startswith("✕ Jonas (Solsikken) · fraflyttet 01.04.2019")
    overview.deletable.itemActivated.emit(row)
    dialog = window.findChild(DeletionDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text().startswith("Jonas")

    # A period too short is refused beside the field, and nothing else changes.
    dialog.years.setValue(0)
    qtbot.mouseClick(dialog.save_years, Qt.MouseButton.LeftButton)
    assert dialog.problem.isVisibleTo(dialog) and "Vælg mellem 1 og 30 år" in dialog.problem.text()

    box = dialog.confirm_delete()
    assert box is not None and box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1  # cancelled: still there

    box = dialog.confirm_delete()
    assert box is not None
    delete = next(b for b in box.buttons() if b.text() == "Slet Jonas")
    with qtbot.waitSignal(dialog.deleted):
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert not dialog.table.isVisible() and "Ingen fraflyttede borgere" in dialog.empty.text()
    assert dialog.status.text().startswith("Jonas er slettet.")
    assert window.resident_page.resident_id is None  # the page he was on is closed
    assert "Jonas Nielsen" not in _listed(window)
    assert overview.deletable_title.text().endswith("skal slettes: ingen.")
    dialog.close()
