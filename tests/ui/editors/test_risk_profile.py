from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.editors.conftest import OpenEditor
from tests.ui.factories import Facility
from tryghed_desktop.domain.plans import PlanKind, RiskProfile, StageKind
from tryghed_desktop.services import plans, users
from tryghed_desktop.services.actors import SYSTEM, Role, actor_for
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import messages
from tryghed_desktop.ui.editors import open_plan_editor
from tryghed_desktop.ui.editors.item_list import TOO_LONG_ROLE, ItemList
from tryghed_desktop.ui.editors.prompts import LeaveChoice, LeavePrompt
from tryghed_desktop.ui.editors.risk_profile import RiskProfileEditor


def _yellow_signs(editor: object) -> ItemList:
    kind_editor = editor.kind_editor  # type: ignore[attr-defined]
    assert isinstance(kind_editor, RiskProfileEditor)
    return kind_editor.stage_lists[StageKind.YELLOW, "signs"]


def commit(qtbot: QtBot, view: QAbstractItemView) -> None:
    """Return in an item editor commits through a queued call in Qt 6: wait for the editor to close."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def _texts(item_list: ItemList) -> list[str]:
    return [item_list.model.index(row, 0).data() for row in range(item_list.model.rowCount())]


def _stored(database: Database, version_id: int) -> RiskProfile:
    with database.session() as session:
        content = plans.version_view(plans.get_version(session, version_id)).content
    assert isinstance(content, RiskProfile)
    return content


def test_keyboard_add_edit_reorder_remove_undo_redo_and_save(
    qtbot: QtBot, open_editor: OpenEditor, database: Database
) -> None:
    editor = open_editor(PlanKind.RISK_PROFILE)
    assert editor.windowTitle() == "Redigér risikoprofil – Jonas[*]"
    assert not editor.isWindowModified()
    signs = _yellow_signs(editor)
    assert _texts(signs) == ["Går frem og tilbage", "Taler højt og hurtigt"]
    view = signs.view
    view.setFocus()
    view.setCurrentIndex(signs.model.index(1, 0))

    qtbot.keyClick(view, Qt.Key.Key_Insert)  # a new item below, opened for typing
    qtbot.keyClicks(QApplication.focusWidget(), "Knytter hænderne")
    commit(qtbot, view)
    assert _texts(signs) == ["Går frem og tilbage", "Taler højt og hurtigt", "Knytter hænderne"]
    assert editor.isWindowModified()

    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _texts(signs)[0] == "Knytter hænderne" and view.currentIndex().row() == 0

    view.setCurrentIndex(signs.model.index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    field = QApplication.focusWidget()
    field.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(field, "Taler højt")
    commit(qtbot, view)
    assert _texts(signs) == ["Knytter hænderne", "Går frem og tilbage", "Taler højt"]

    view.setCurrentIndex(signs.model.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _texts(signs) == ["Knytter hænderne", "Taler højt"]

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the delete
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the rewording (one step)
    assert _texts(signs) == ["Knytter hænderne", "Går frem og tilbage", "Taler højt og hurtigt"]
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _texts(signs)[2] == "Taler højt"

    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.stack.isClean() and not editor.isWindowModified()
    stored = _stored(database, editor.version.id)
    assert stored.stage(StageKind.YELLOW).signs == ["Knytter hænderne", "Går frem og tilbage", "Taler højt"]


def test_undo_all_the_way_back_is_clean_again(qtbot: QtBot, open_editor: OpenEditor) -> None:
    editor = open_editor(PlanKind.RISK_PROFILE)
    reason = editor.kind_editor.level_reason.edit  # type: ignore[attr-defined]
    reason.setFocus()
    qtbot.keyClicks(reason, " ekstra")
    assert editor.isWindowModified() and editor.stack.count() == 1  # one step for the whole burst
    qtbot.keyClick(reason, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert reason.text() == "Flere episoder med trusler det seneste halve år"
    assert not editor.isWindowModified()


def test_item_models_pass_the_model_tester(qtmodeltester: ModelTester, open_editor: OpenEditor) -> None:
    editor = open_editor(PlanKind.RISK_PROFILE)
    signs = _yellow_signs(editor)
    qtmodeltester.check(signs.model)
    qtmodeltester.check(editor.kind_editor.call.model)  # type: ignore[attr-defined]
    signs.add_item()
    signs.move_current(-1)
    editor.stack.undo()
    editor.stack.undo()


def test_phone_and_empty_item_are_explained_at_the_field_and_kept(
    qtbot: QtBot, open_editor: OpenEditor
) -> None:
    editor = open_editor(PlanKind.RISK_PROFILE)
    call = editor.kind_editor.call  # type: ignore[attr-defined]
    call.view.setFocus()
    call.select(0, call.model.column_of("phone"))
    qtbot.keyClick(call.view, Qt.Key.Key_F2)
    field = QApplication.focusWidget()
    field.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(field, "70 20")
    commit(qtbot, call.view)
    assert call.problem.isVisible()
    assert call.problem.text() == "Række 1: Et telefonnummer skal have 8 cifre, fx 70 20 30 40."
    assert call.model.row_value(0).phone == "70 20"  # kept as typed

    signs = _yellow_signs(editor)
    signs.view.setCurrentIndex(signs.model.index(0, 0))
    qtbot.keyClick(signs.view, Qt.Key.Key_F2)
    field = QApplication.focusWidget()
    field.selectAll()  # type: ignore[union-attr]
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    commit(qtbot, signs.view)
    assert signs.problem.isVisible()
    assert signs.problem.text() == "Punkt 1 er tomt. Skriv noget, eller slet det med Delete."


def test_readability_panel_flags_long_items_and_jumps_to_them(qtbot: QtBot, open_editor: OpenEditor) -> None:
    editor = open_editor(PlanKind.RISK_PROFILE)
    signs = _yellow_signs(editor)
    long_text = "Går frem og tilbage i gangen og siger at han ikke gider tale med nogen i dag"
    editor.document.edit_set(("stages", 1, "signs", 0), long_text)
    qtbot.waitUntil(lambda: "et punkt har 17 ord" in editor.panel.warnings.item(0).text())
    assert editor.panel.warnings.item(0).text().startswith("⚠ Gul – Tidlige tegn:")
    assert signs.model.index(0, 0).data(TOO_LONG_ROLE) is True
    assert "Mod godkendt: +13 ord" in editor.panel.totals.text()  # 17 words instead of 4
    signs.view.setCurrentIndex(signs.model.index(1, 0))
    editor.panel.warnings.setFocus()
    editor.panel.warnings.setCurrentRow(0)
    qtbot.keyClick(editor.panel.warnings, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is signs.view and signs.view.currentIndex().row() == 0
    assert 0 < editor.panel.card_meter.value() <= 150


def test_card_meter_says_whether_the_card_shrinks_or_cannot_print(
    qtbot: QtBot, open_editor: OpenEditor
) -> None:
    editor = open_editor(PlanKind.RISK_PROFILE)
    panel = editor.panel
    qtbot.waitUntil(lambda: panel.card_text.text() == "Kortet kan læses på en armslængdes afstand.")
    for row in range(4):
        editor.document.edit_insert(("stages", 1, "we_do"), row, f"Tal roligt og i korte sætninger {row}")
    qtbot.waitUntil(lambda: panel.card_text.text().startswith("Kortet er på én side, men med mindre skrift"))
    assert panel.card_meter.value() > 100

    for row in range(30):
        editor.document.edit_insert(("stages", 1, "signs"), row, f"Tegn {row}: går rundt og taler højt")
    refusal = "Kortet kan ikke være på én side. For langt: Gul"
    qtbot.waitUntil(lambda: panel.card_text.text().startswith(refusal))
    assert panel.card_meter.value() == 150


def test_leaving_with_unsaved_changes_asks(
    qtbot: QtBot, open_editor: OpenEditor, monkeypatch: pytest.MonkeyPatch, database: Database
) -> None:
    editor = open_editor(PlanKind.RISK_PROFILE)
    editor.document.edit_set(("triggers", 0), "Ændringer uden varsel")
    answers = [LeaveChoice.CONTINUE, LeaveChoice.SAVE]
    monkeypatch.setattr(LeavePrompt, "ask", classmethod(lambda cls, parent: answers.pop(0)))
    editor.close()
    assert editor.isVisible() and editor.isWindowModified()
    editor.close()
    assert not editor.isVisible() and not answers
    assert _stored(database, editor.version.id).triggers[0] == "Ændringer uden varsel"


def test_closing_a_clean_editor_does_not_ask(open_editor: OpenEditor, _answered_prompts: list[str]) -> None:
    editor = open_editor(PlanKind.RISK_PROFILE)
    editor.close()
    assert not editor.isVisible() and "leave" not in _answered_prompts


def test_staff_and_awaiting_approval_are_refused_in_danish(
    qtbot: QtBot, database: Database, facility: Facility
) -> None:
    shown: list[str] = []
    messages.bridge().problem.connect(lambda _title, message: shown.append(message))
    with database.session() as session:
        users.create_user(session, SYSTEM, username="ida", full_name="Ida Ansat", roles={Role.STAFF})
        staff = actor_for(session, "ida")
        coordinator = actor_for(session, "koordinator")
    assert open_plan_editor(database, staff, facility.residents["jonas"], PlanKind.RISK_PROFILE) is None
    assert open_plan_editor(database, coordinator, facility.residents["mette"], PlanKind.RISK_PROFILE) is None
    assert shown == [
        "Du har ikke ret til at redigere planer.",
        "Planen afventer godkendelse hos den eksterne rådgiver og kan ikke redigeres nu. "
        "Når rådgiveren har godkendt eller returneret den, kan du redigere igen.",
    ]


def test_a_stage_fits_beside_the_readability_panel_on_a_1024_pixel_screen(
    qtbot: QtBot, open_editor: OpenEditor
) -> None:
    editor = open_editor(PlanKind.RISK_PROFILE)
    editor.resize(1000, 550)  # what a 1024×600 screen leaves for the window
    editor.show()
    qtbot.waitExposed(editor)
    # No part of the plan hides to the right: the page scrolls only downwards.
    assert editor.kind_editor.minimumSizeHint().width() <= editor.scroll.viewport().width()
