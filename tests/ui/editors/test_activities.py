from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.editors.conftest import OpenEditor
from tests.ui.editors.test_risk_profile import commit
from tryghed_desktop.domain.plans import Activities, PlanKind
from tryghed_desktop.services import plans
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.editors.activities import ActivitiesEditor


def test_add_name_steps_and_remove_an_activity(
    qtbot: QtBot, open_editor: OpenEditor, database: Database, qtmodeltester: ModelTester
) -> None:
    editor = open_editor(PlanKind.ACTIVITIES)
    activities = editor.kind_editor
    assert isinstance(activities, ActivitiesEditor)
    qtmodeltester.check(activities.table.model)
    assert activities.steps.title.text() == "Trin – Bad"
    table = activities.table
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Insert)
    assert table.problem.text() == "Række 2: Skriv et navn på aktiviteten."
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "Medicin")
    commit(qtbot, table.view)
    assert activities.steps.title.text() == "Trin – Medicin" and not table.problem.isVisible()

    activities.steps.view.setFocus()
    for step in ("Hent bakken", "Giv medicinen"):
        qtbot.keyClick(activities.steps.view, Qt.Key.Key_Insert)
        qtbot.keyClicks(QApplication.focusWidget(), step)
        commit(qtbot, activities.steps.view)
    assert editor.save()
    with database.session() as session:
        stored = plans.version_view(plans.get_version(session, editor.version.id)).content
    assert isinstance(stored, Activities)
    assert [(a.name, a.steps) for a in stored.activities][1] == ("Medicin", ["Hent bakken", "Giv medicinen"])

    table.view.setFocus()
    table.select(0)
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert activities.steps.title.text() == "Trin – Medicin"
    editor.stack.undo()
    assert [a.name for a in activities.table.model._rows] == ["Bad", "Medicin"]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True and False are immortal from Python 3.12")
def test_typing_in_a_table_cell_cannot_use_up_true(qtbot: QtBot, open_editor: OpenEditor) -> None:
    """PySide6 6.12.0 takes references from True as keys reach a cell's editor (about four a key):
    without the guard in tryghed_desktop.ui, a coordinator typing a few pages into the activities
    table aborted the app ("Fatal Python error: bool_dealloc")."""
    editor = open_editor(PlanKind.ACTIVITIES)
    table = editor.kind_editor.table
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    typed = "Tag bakken med ind. " * 10
    before = sys.getrefcount(True)
    qtbot.keyClicks(QApplication.focusWidget(), typed)
    taken = max(before - sys.getrefcount(True), 1)
    commit(qtbot, table.view)
    assert table.model._rows[0].name == typed
    # Room for a billion more keys than these 200 (each name typed here a thousand times a day for
    # thirteen years); without the guard True has some thousand references in all.
    assert sys.getrefcount(True) > taken * 5_000_000
