from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from tests.ui.factories import Facility
from tryghed_desktop.domain.incidents import IncidentReport, IncidentType
from tryghed_desktop.services import incidents
from tryghed_desktop.services.actors import SYSTEM, Actor
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.follow_up_dialog import FollowUpDialog
from tryghed_desktop.ui.incident_dialog import IncidentDialog
from tryghed_desktop.ui.incident_model import Column, Role
from tryghed_desktop.ui.main_window import MainWindow


def _register(database: Database, resident_id: int, hours_ago: int) -> int:
    report = IncidentReport(
        occurred_at=datetime.now(UTC) - timedelta(hours=hours_ago),
        incident_type=IncidentType.THREAT,
        severity=2,
        location="Gangen",
        resident_id=resident_id,
    )
    with database.session() as session:
        return incidents.register_incident(session, SYSTEM, report)


def test_ctrl_h_opens_registration_for_the_open_resident(
    qtbot: QtBot, window: MainWindow, facility: Facility
) -> None:
    window.open_resident(facility.residents["jonas"])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(IncidentDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.resident_id() == facility.residents["jonas"]
    assert window.action_register.shortcut().toString() == "Ctrl+H"
    assert window.action_register in window.toolbar.actions()


def test_a_registration_shows_in_the_residents_tab_and_the_status_bar(
    qtbot: QtBot, window: MainWindow, facility: Facility
) -> None:
    window.open_resident(facility.residents["jonas"])
    dialog = window.register_incident()
    dialog.type_row.set_value(IncidentType.VIOLENCE)
    dialog.severity_row.set_value(1)
    dialog.location.setEditText("Køkkenet")
    with qtbot.waitSignal(dialog.registered):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Hændelsen er registreret" in window.statusBar().currentMessage()
    table = window.resident_page.incidents
    assert table.incident_model.rowCount() == 1
    assert "Køkkenet" in [table.incident_model.index(0, column).data() for column in range(8)]
    assert table.incident_model.index(0, Column.SEVERITY).data() == "1 · Ubehageligt"
    assert table.isColumnHidden(Column.WHO)  # the resident's own page: the same name in every row
    tabs = window.resident_page.tabs
    assert tabs.tabText(tabs.indexOf(window.resident_page.incidents_tab)) == "Hændelser (1)"
    # Enter on the incident opens its follow-up, as from the start page.
    table.setCurrentIndex(table.model().index(0, 0))
    with qtbot.waitSignal(window.resident_page.incident_activated) as activated:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    follow_up = window.findChild(FollowUpDialog)
    assert follow_up is not None and follow_up.isVisible()
    assert activated.args == [table.incident_model.index(0, 0).data(Role.INCIDENT_ID)]
    follow_up.close()


def test_start_page_lists_open_follow_ups_and_marks_overdue(
    qtbot: QtBot, database: Database, facility: Facility
) -> None:
    _register(database, facility.residents["jonas"], hours_ago=100)  # first aid was due 28 hours ago
    _register(database, facility.residents["mette"], hours_ago=2)
    window = MainWindow(database)
    qtbot.addWidget(window)
    start = window.resident_page.start_page
    assert start.follow_up_title.text() == "Opfølgning på hændelser: 2 åbne, heraf 1 med overskredet frist."
    model = start.follow_ups.incident_model
    texts = [model.index(row, Column.FOLLOW_UP).data() for row in range(model.rowCount())]
    assert texts[0].startswith("Overskredet: Psykisk førstehjælp")
    assert texts[1].startswith("Psykisk førstehjælp senest")


def test_follow_up_dialog_records_a_step_with_history(
    qtbot: QtBot, database: Database, window: MainWindow, facility: Facility
) -> None:
    incident_id = _register(database, facility.residents["jonas"], hours_ago=5)
    window.refresh()
    dialog = window.open_follow_up(incident_id)
    assert isinstance(dialog, FollowUpDialog)
    done, _editor = dialog.steps["first_aid_contact_at"]
    done.setChecked(True)
    assert not dialog.close_button.isEnabled()  # the ward PC acts as staff until login exists
    with qtbot.waitSignal(dialog.changed):
        dialog.save()
    with database.session() as session:
        (change,) = incidents.get_incident(session, incident_id).changes
        assert list(change.changes) == ["first_aid_contact_at"]
    model = window.resident_page.start_page.follow_ups.incident_model
    assert model.index(0, Column.FOLLOW_UP).data() == "Klar til at blive afsluttet"


def test_saving_the_follow_up_keeps_what_another_pc_and_the_police_step_hold(
    qtbot: QtBot, database: Database, window: MainWindow, facility: Facility
) -> None:
    incident_id = _register(database, facility.residents["jonas"], hours_ago=5)
    reported = datetime.now(UTC).date()
    with database.session() as session:
        incidents.update_follow_up(session, SYSTEM, incident_id, police_reported_on=reported)
    dialog = window.open_follow_up(incident_id)
    assert isinstance(dialog, FollowUpDialog)
    assert dialog.steps["police_reported_on"][0].isChecked()  # it was shown unticked, and saved as None
    defused = datetime.now(UTC).replace(microsecond=0)
    with database.session() as session:  # another PC ticks defusing while the dialog is open
        incidents.update_follow_up(session, SYSTEM, incident_id, defusing_done_at=defused)
    qtbot.mouseClick(dialog.steps["first_aid_contact_at"][0], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.changed):
        dialog.save()
    with database.session() as session:
        stored = incidents.get_incident(session, incident_id)
        assert stored.police_reported_on == reported and stored.defusing_done_at == defused
        assert stored.first_aid_contact_at is not None


def test_a_corrected_registration_shows_in_the_follow_up_history(
    qtbot: QtBot, database: Database, window: MainWindow, facility: Facility
) -> None:
    incident_id = _register(database, facility.residents["jonas"], hours_ago=5)
    window.refresh()
    dialog = window.open_follow_up(incident_id)
    assert isinstance(dialog, FollowUpDialog)
    assert dialog.history.text() == "Ingen ændringer endnu."
    assert dialog.edit_button.text() == "Ret registreringen…" and dialog.edit_button.isEnabled()
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    editor = dialog.findChild(IncidentDialog)
    assert editor is not None and editor.isVisible()
    assert editor.windowTitle() == "Ret hændelse"
    assert editor.resident_id() == facility.residents["jonas"]
    assert (editor.type_row.value(), editor.severity_row.value()) == (IncidentType.THREAT, 2)
    assert editor.location.currentText() == "Gangen"
    editor.severity_row.set_value(4)
    editor.location.setEditText("Køkkenet")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        (change,) = incidents.get_incident(session, incident_id).changes
        # The time was not touched, so it is not a change (the editor keeps only milliseconds).
        assert change.changes == {"severity": [2, 4], "location": ["Gangen", "Køkkenet"]}
    assert dialog.history.text().endswith(" afdelingspc: Alvor, Hvor")
    assert "alvor 4 · Køkkenet" in dialog.summary.text()
    table = window.resident_page.start_page.follow_ups.incident_model
    assert "Køkkenet" in [table.index(0, column).data() for column in range(table.columnCount())]


def test_a_closed_incident_offers_no_correction(
    qtbot: QtBot, database: Database, window: MainWindow, facility: Facility
) -> None:
    incident_id = _register(database, facility.residents["jonas"], hours_ago=5)
    with database.session() as session:
        incidents.close_incident(session, SYSTEM, incident_id)
    dialog = window.open_follow_up(incident_id)
    assert dialog is not None and not dialog.edit_button.isEnabled()
    assert dialog.edit_button.toolTip() == "Opfølgningen er afsluttet; hændelsen kan ikke ændres."


def test_the_follow_up_dialog_says_when_a_deadline_has_passed(
    qtbot: QtBot, database: Database, window: MainWindow, facility: Facility
) -> None:
    late = _register(database, facility.residents["jonas"], hours_ago=100)  # due 28 hours ago
    in_time = _register(database, facility.residents["mette"], hours_ago=2)
    window.refresh()
    dialog = window.open_follow_up(late)
    assert isinstance(dialog, FollowUpDialog)
    assert "– overskredet" in dialog.deadline_label.text()
    assert dialog.deadline_label.text().startswith("<b style=")
    dialog.reject()
    dialog = window.open_follow_up(in_time)
    assert isinstance(dialog, FollowUpDialog)
    assert dialog.deadline_label.text().startswith("Psykisk førstehjælp senest")
    assert "overskredet" not in dialog.deadline_label.text()


def test_closing_the_follow_up_asks_before_a_ticked_step_is_lost(
    qtbot: QtBot, database: Database, window: MainWindow, facility: Facility
) -> None:
    incident_id = _register(database, facility.residents["jonas"], hours_ago=5)
    dialog = window.open_follow_up(incident_id)
    assert isinstance(dialog, FollowUpDialog)
    done, _editor = dialog.steps["first_aid_contact_at"]
    done.setChecked(True)
    dialog.reject()  # Luk or Escape
    question = dialog.discard_question
    assert dialog.isVisible() and question.isVisible()
    back = next(b for b in question.buttons() if b.text() == "Tilbage")
    with qtbot.waitSignal(question.finished):
        back.click()
    assert dialog.isVisible() and done.isChecked()
    done.setChecked(False)  # as it was stored: nothing to lose
    dialog.reject()
    assert not dialog.isVisible()


def test_closing_with_first_aid_not_ticked_asks_first(
    qtbot: QtBot, database: Database, facility: Facility, coordinator: Actor
) -> None:
    incident_id = _register(database, facility.residents["jonas"], hours_ago=100)  # first aid overdue
    dialog = FollowUpDialog(database, coordinator, incident_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    question = dialog.close_question
    assert question.isVisible()
    assert question.text().startswith("Ikke krydset af: »Kontakt om psykisk førstehjælp«.")
    back = next(b for b in question.buttons() if b.text() == "Tilbage")
    with qtbot.waitSignal(question.finished):
        back.click()
    with database.session() as session:
        assert incidents.get_incident(session, incident_id).closed_at is None
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    anyway = next(b for b in dialog.close_question.buttons() if b.text() == "Afslut alligevel")
    with qtbot.waitSignal(dialog.changed):
        anyway.click()
    with database.session() as session:
        assert incidents.get_incident(session, incident_id).closed_at is not None


def test_a_closed_follow_up_and_an_advisor_see_the_steps_but_cannot_tick_them(
    qtbot: QtBot, database: Database, facility: Facility, coordinator: Actor, advisor: Actor
) -> None:
    closed = _register(database, facility.residents["jonas"], hours_ago=5)
    with database.session() as session:
        incidents.close_incident(session, SYSTEM, closed)
    open_one = _register(database, facility.residents["jonas"], hours_ago=5)
    for actor, incident_id, says in (
        (coordinator, closed, "Opfølgningen blev afsluttet "),
        (advisor, open_one, "Du kan se opfølgningen."),
    ):
        dialog = FollowUpDialog(database, actor, incident_id)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.state_label.isVisible() and dialog.state_label.text().startswith(says)
        assert not dialog.save_button.isEnabled()
        assert not any(done.isEnabled() for done, _editor in dialog.steps.values())


def test_a_step_not_done_shows_no_date_and_ticking_fills_in_the_time_of_ticking(
    qtbot: QtBot, database: Database, facility: Facility, coordinator: Actor
) -> None:
    incident_id = _register(database, facility.residents["jonas"], hours_ago=5)
    dialog = FollowUpDialog(database, coordinator, incident_id)
    qtbot.addWidget(dialog)
    done, editor = dialog.steps["first_aid_contact_at"]
    assert editor.text().strip() == ""  # not "26.11.2026" in grey for a step never done
    assert dialog.steps["debriefing_offered_on"][1].text().strip() == ""
    before = QDateTime.currentDateTime().addSecs(-60)
    done.setChecked(True)
    assert editor.dateTime() >= before and editor.text().strip() != ""
    typed = QDateTime.currentDateTime().addSecs(-600)
    editor.setDateTime(typed)
    done.setChecked(False)
    done.setChecked(True)
    assert editor.dateTime() == typed  # a time typed stays when the box is ticked again
