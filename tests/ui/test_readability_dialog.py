"""'Grænser for læsbarhed': opened from Værktøjer by those who may, saved through the service, refusals
shown by the field they are about, and the next editor warning at the new limits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from tests.ui.factories import TODAY, Facility
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.domain.readability import ReadabilityLimits
from tryghed_desktop.services import audit, drafts, users
from tryghed_desktop.services.actors import SYSTEM, Actor, Role, actor_for
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.main_window import MainWindow
from tryghed_desktop.ui.readability_dialog import ReadabilityDialog
from tryghed_desktop.ui.retention_dialog import RetentionDialog


def _actor(database: Database, role: Role) -> Actor:
    with database.session() as session:
        username = f"kun-{role.value}"
        users.create_user(session, SYSTEM, username=username, full_name=f"Kun {role}", roles={role})
        return actor_for(session, username)


def _window(qtbot: QtBot, database: Database, actor: Actor) -> MainWindow:
    window = MainWindow(database, today=TODAY, actor=actor, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    return window


def _tools_menu(window: MainWindow) -> QMenu:
    menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "Værk&tøjer")
    assert isinstance(menu, QMenu)
    return menu


def _stored(database: Database) -> ReadabilityLimits:
    with database.session() as session:
        return drafts.readability_limits(session)


def _type(qtbot: QtBot, field: object, text: str) -> None:
    """Replace what a spin box shows by typing, as the user does."""
    field.setFocus()  # type: ignore[attr-defined]
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)  # type: ignore[arg-type]


def test_a_coordinator_changes_the_limits_and_the_next_editor_warns_at_them(
    qtbot: QtBot, database: Database, facility: Facility
) -> None:
    with database.session() as session:
        coordinator = actor_for(session, "koordinator")
    window = _window(qtbot, database, coordinator)
    action = window.window_actions.readability
    assert action in _tools_menu(window).actions() and action.isEnabled()
    action.trigger()
    dialog = window.findChild(ReadabilityDialog)
    assert dialog is not None and dialog.isVisible()
    assert (dialog.words.value(), dialog.lix.value()) == (12, 40.0)  # prefilled from the service
    _type(qtbot, dialog.words, "8")
    _type(qtbot, dialog.lix, "30")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [ReadabilityLimits(8, 30.0)]
    assert _stored(database) == ReadabilityLimits(8, 30.0)

    from tryghed_desktop.ui.editors import open_plan_editor

    editor = open_plan_editor(database, coordinator, facility.residents["karen"], PlanKind.DAILY_RHYTHM)
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.document.limits == ReadabilityLimits(8, 30.0)


def test_a_bad_value_is_explained_by_its_field_and_nothing_is_stored(
    qtbot: QtBot, database: Database, facility: Facility
) -> None:
    with database.session() as session:
        coordinator = actor_for(session, "koordinator")
    dialog = ReadabilityDialog(database, coordinator)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.words, "150")
    _type(qtbot, dialog.lix, "35")
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.words_problem.isVisible()
    assert dialog.words_problem.text() == "Antal ord pr. punkt skal være mellem 1 og 100."
    assert not dialog.lix_problem.isVisible() and not dialog.problem.isVisible()
    assert dialog.words.text() == "150 ord" and dialog.lix.value() == 35.0  # what was typed stays
    assert dialog.focusWidget() in (dialog.words, dialog.words.lineEdit())
    assert _stored(database) == ReadabilityLimits()

    dialog.restore_defaults()
    assert (dialog.words.value(), dialog.lix.value()) == (12, 40.0)
    assert not dialog.words_problem.isVisible()
    assert _stored(database) == ReadabilityLimits()  # only Gem stores


@pytest.mark.parametrize(
    ("role", "allowed"), [(Role.STAFF, False), (Role.ADVISOR, False), (Role.ADMIN, True)]
)
def test_only_coordinators_and_administrators_can_open_it(
    qtbot: QtBot, database: Database, facility: Facility, role: Role, allowed: bool
) -> None:
    window = _window(qtbot, database, _actor(database, role))
    action = window.window_actions.readability
    assert action in _tools_menu(window).actions() and action.isVisible()
    assert action.isEnabled() is allowed
    action.trigger()
    assert (window.findChild(ReadabilityDialog) is not None) is allowed
    if not allowed:
        assert window.window_actions.open_readability() is None


def test_the_service_refuses_staff_even_if_the_dialog_were_open(
    qtbot: QtBot, database: Database, facility: Facility
) -> None:
    dialog = ReadabilityDialog(database, _actor(database, Role.STAFF))
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.words, "8")
    assert not dialog.save()
    assert dialog.problem.text() == "Du har ikke ret til at ændre grænserne for læsbarhed."
    assert _stored(database) == ReadabilityLimits()


def test_the_dialog_speaks_english(qtbot: QtBot, database: Database, english: None) -> None:
    dialog = ReadabilityDialog(database, SYSTEM)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Readability limits"
    assert dialog.save_button.text() == "Save"
    assert dialog.defaults_button.text() == "Restore defaults"


def test_an_administrator_sets_how_long_the_log_keeps_who_opened_what(
    qtbot: QtBot, database: Database
) -> None:
    window = _window(qtbot, database, _actor(database, Role.ADMIN))
    action = next(a for a in _tools_menu(window).actions() if a.text() == "&Opbevaring af log…")
    assert action.isVisible()
    action.trigger()
    dialog = window.findChild(RetentionDialog)
    assert dialog is not None and dialog.months.value() == 6
    _type(qtbot, dialog.months, "0")
    assert not dialog.save() and "Vælg mellem 1 og 120 måneder." in dialog.problem.text()
    assert dialog.isVisible() and dialog.months.value() == 0  # kept as typed
    _type(qtbot, dialog.months, "1")
    assert dialog.months.suffix() == " måned"
    _type(qtbot, dialog.months, "18")
    assert dialog.months.suffix() == " måneder"
    assert dialog.save()
    with database.session() as session:
        assert audit.retention_months(session) == 18


def test_staff_are_not_offered_the_logs_retention(qtbot: QtBot, database: Database) -> None:
    window = _window(qtbot, database, _actor(database, Role.COORDINATOR))
    action = next(a for a in _tools_menu(window).actions() if a.text() == "&Opbevaring af log…")
    assert not action.isVisible()
