"""The action plan's window: a coordinator writes a measure (a refusal keeps what was typed), the late one
is marked, staff read without buttons to write, and the status opens as a PDF to print."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.printing.pdf_helpers import pdf_text
from tests.ui.factories import TODAY, Facility
from tryghed_desktop.domain.action_plan import MeasureStatus
from tryghed_desktop.services import action_plan, residents, users
from tryghed_desktop.services.actors import SYSTEM, Actor, Role, actor_for
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.action_plan_view import ActionPlanView, Column, MeasureDialog
from tryghed_desktop.ui.print_dialog import PdfPreviewDialog


def _view(qtbot: QtBot, database: Database, actor: Actor) -> ActionPlanView:
    with database.session() as session:
        units = residents.list_units(session)
    view = ActionPlanView(database, actor, units, TODAY)
    qtbot.addWidget(view)
    view.show()
    return view


def _save(qtbot: QtBot, dialog: MeasureDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    save = next(b for b in buttons.buttons() if b.text() == "Gem")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_a_coordinator_writes_a_measure_and_a_late_one_is_marked(
    qtbot: QtBot, database: Database, facility: Facility, coordinator: Actor
) -> None:
    view = _view(qtbot, database, coordinator)
    assert view.model.rowCount() == 0 and view.add_button.isVisible()
    dialog = view.open_new()
    qtbot.keyClicks(dialog.owner, "Leder")
    assert dialog.no_due.isChecked() and not dialog.due.isEnabled()
    assert dialog.done_on.isHidden()  # the day it was finished: only for a finished measure
    dialog.status.setCurrentIndex(dialog.status.findData(MeasureStatus.DONE))
    assert not dialog.done_on.isHidden() and dialog.chosen().done_on == TODAY
    dialog.status.setCurrentIndex(dialog.status.findData(MeasureStatus.DECIDED))
    assert dialog.done_on.isHidden() and dialog.chosen().done_on is None
    dialog.no_due.setChecked(False)
    dialog.due.setDate(QDate(2020, 1, 1))  # long past: late at once
    _save(qtbot, dialog)
    assert dialog.isVisible() and "Skriv, hvad tiltaget er." in dialog.problem.text()
    assert dialog.owner.text() == "Leder"  # what was typed stays
    qtbot.keyClicks(dialog.title, "Fast punkt om hændelser på personalemødet")
    with qtbot.waitSignal(dialog.saved):
        _save(qtbot, dialog)
    assert view.model.rowCount() == 1
    status = view.model.index(0, Column.STATUS).data()
    assert status == "⚠ Besluttet – OVERSKREDET"
    assert view.model.index(0, Column.UNIT).data() == "Hele bostedet"
    assert view.summary.text() == "1 tiltag vist · 1 med overskredet frist"
    with database.session() as session:
        (stored,) = action_plan.list_measures(session)
    assert (stored.owner, stored.due_on) == ("Leder", date(2020, 1, 1))


def test_staff_read_the_plan_and_print_its_status(
    qtbot: QtBot, database: Database, facility: Facility, coordinator: Actor
) -> None:
    with database.session() as session:
        action_plan.add_measure(session, coordinator, action_plan.MeasureInput("Plakat om registrering"))
        users.create_user(session, SYSTEM, username="ali", full_name="Ali Hassan", roles={Role.STAFF})
        staff = actor_for(session, "ali")
    view = _view(qtbot, database, staff)
    assert view.model.rowCount() == 1
    assert not view.add_button.isVisible() and not view.edit_button.isVisible()
    shown = view.open_measure(0)  # to read all of it, not to change it
    assert shown.title.isReadOnly() and not shown.status.isEnabled() and not shown.has_unsaved_work()
    shown.close()
    preview = view.print_status()
    assert isinstance(preview, PdfPreviewDialog) and preview.pdf is not None
    assert "Plakat om registrering" in pdf_text(preview.pdf)
    preview.close()


def test_a_track_of_ones_own_is_kept_and_a_refusal_keeps_the_form(
    qtbot: QtBot, database: Database, facility: Facility, coordinator: Actor
) -> None:
    view = _view(qtbot, database, coordinator)
    dialog = view.open_new()
    qtbot.keyClicks(dialog.title, "Kollegial sparring efter hændelser")
    qtbot.keyClicks(dialog.track.lineEdit(), "Trivsel")
    qtbot.keyClick(dialog.track.lineEdit(), Qt.Key.Key_Return)  # once added as an item without data
    if dialog.isVisible():
        with qtbot.waitSignal(dialog.saved):
            _save(qtbot, dialog)
    assert view.model.index(0, Column.TRACK).data() == "Trivsel"
    offered = view.open_new()  # the next measure picks it from the list instead of typing it again
    assert offered.track.findText("Trivsel") > offered.track.findText("Bemanding og stabilitet") > 0
    offered.close()

    dialog = view.open_measure(0)
    with database.session() as session:  # an administrator takes the coordinator's role meanwhile
        assert coordinator.user_id is not None
        users.set_roles(session, SYSTEM, coordinator.user_id, {Role.STAFF})
    dialog.owner.setText("Leder")
    _save(qtbot, dialog)
    assert dialog.isVisible() and "ikke længere ret" in dialog.problem.text()
    assert dialog.owner.text() == "Leder"


def test_closing_with_unsaved_text_asks_and_a_conflict_names_who_and_keeps_the_text(
    qtbot: QtBot, database: Database, facility: Facility, coordinator: Actor
) -> None:
    with database.session() as session:
        measure_id = action_plan.add_measure(session, coordinator, action_plan.MeasureInput("Plakat"))
    view = _view(qtbot, database, coordinator)
    dialog = view.open_measure(0)
    qtbot.keyClicks(dialog.note, "Hængt op i Birk")
    dialog.reject()  # Escape or Annuller
    assert dialog.isVisible() and dialog.discard_question is not None
    dialog.discard_question.close()
    with database.session() as session:  # another PC saves meanwhile
        seen = action_plan.get_measure(session, measure_id)
        action_plan.update_measure(
            session, coordinator, measure_id, action_plan.MeasureInput("Plakat i begge huse")
        )
    _save(qtbot, dialog)
    assert dialog.isVisible() and "har ændret tiltaget imens" in dialog.problem.text()
    assert dialog.note.toPlainText() == "Hængt op i Birk"
    with qtbot.waitSignal(dialog.saved):  # Gem again: this form's text over theirs, knowingly
        _save(qtbot, dialog)
    with database.session() as session:
        stored = action_plan.get_measure(session, measure_id)
    assert (stored.title, stored.note, stored.row_version) == (
        "Plakat",
        "Hængt op i Birk",
        seen.row_version + 2,
    )


@pytest.mark.usefixtures("english")
def test_a_listed_track_typed_in_english_with_other_capitals_is_that_track(
    qtbot: QtBot, database: Database, facility: Facility, coordinator: Actor
) -> None:
    view = _view(qtbot, database, coordinator)
    dialog = view.open_new()
    dialog.track.setEditText("registration  and learning")
    assert dialog.chosen().track == "Registrering og læring"
    dialog.discard()
