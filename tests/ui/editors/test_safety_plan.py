from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from tests.ui.editors.conftest import OpenEditor
from tests.ui.editors.test_risk_profile import commit
from tryghed_desktop.domain.plans import PlanKind, SafetyPlan
from tryghed_desktop.services import plans
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.editors.safety_plan import SafetyPlanEditor


def test_reason_is_required_when_the_resident_did_not_agree(
    qtbot: QtBot, open_editor: OpenEditor, database: Database
) -> None:
    editor = open_editor(PlanKind.SAFETY_PLAN)
    safety = editor.kind_editor
    assert isinstance(safety, SafetyPlanEditor)
    assert not safety.reason.problem.isVisible()
    safety.agrees.box.setFocus()
    qtbot.keyClick(safety.agrees.box, Qt.Key.Key_Space)
    assert safety.reason.problem.isVisible()
    assert safety.reason.problem.text() == "Skriv hvorfor borgeren ikke deltog eller ikke er enig."
    safety.reason.edit.setFocus()
    qtbot.keyClicks(safety.reason.edit, "Vil ikke have faste tider")
    assert not safety.reason.problem.isVisible()
    qtbot.keyClick(safety.reason.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert safety.reason.edit.text() == "" and safety.reason.problem.isVisible()
    qtbot.keyClick(safety.reason.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert safety.agrees.box.isChecked() and not safety.reason.problem.isVisible()


def test_own_words_beside_staff_view(qtbot: QtBot, open_editor: OpenEditor, database: Database) -> None:
    editor = open_editor(PlanKind.SAFETY_PLAN)
    safety = editor.kind_editor
    assert isinstance(safety, SafetyPlanEditor)
    own, staff = safety.topic_lists["feel_unsafe"]
    assert (own.title.text(), staff.title.text()) == ("Med mine ord", "Personalets blik")
    own.view.setFocus()
    qtbot.keyClick(own.view, Qt.Key.Key_Insert)
    qtbot.keyClicks(QApplication.focusWidget(), "Når der er mange i køkkenet")
    commit(qtbot, own.view)
    assert own.view.state() != QAbstractItemView.State.EditingState
    assert editor.save()
    with database.session() as session:
        stored = plans.version_view(plans.get_version(session, editor.version.id)).content
    assert isinstance(stored, SafetyPlan)
    assert stored.feel_unsafe.resident == ["Når der er mange i køkkenet"] and stored.feel_unsafe.staff == []
