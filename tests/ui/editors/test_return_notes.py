"""Issue #6: the advisor returns a revision with notes that the coordinator sees next to the fields.

The advisor writes a note on a section of the review (keyboard only), returns the plan; the
coordinator opens the draft and finds the note in a framed box right above that section."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.editors.conftest import OpenEditor
from tests.ui.factories import Facility, return_then_rename_a_slot
from tryghed_desktop.domain.plans import PlanKind, StageKind
from tryghed_desktop.services import plans
from tryghed_desktop.services.actors import Actor, actor_for
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.editors.daily_rhythm import DailyRhythmEditor
from tryghed_desktop.ui.editors.return_notes import ReturnNoteBox
from tryghed_desktop.ui.editors.risk_profile import RiskProfileEditor
from tryghed_desktop.ui.main_window import MainWindow
from tryghed_desktop.ui.password_dialog import PasswordDialog
from tryghed_desktop.ui.review_dialog import ReviewDialog

OpenReview = Callable[[Actor, int], ReviewDialog]

YELLOW = "Gul – Tidlige tegn"
NOTE = "Skriv tegnene, så en ny vikar kan se dem."


def _open_version(database: Database, actor: Actor, resident_id: int, kind: PlanKind) -> int:
    with database.session() as session:
        version = plans.resident_plans(session, actor, resident_id).plans[kind].open
    assert version is not None
    return version.id


def _top_in(widget: QWidget, ancestor: QWidget) -> int:
    return widget.mapTo(ancestor, QPoint(0, 0)).y()


def test_the_advisors_note_on_a_section_is_shown_above_that_section_in_the_editor(
    qtbot: QtBot,
    database: Database,
    facility: Facility,
    advisor: Actor,
    open_editor: OpenEditor,
    *,
    open_review: OpenReview,
) -> None:
    version_id = _open_version(database, advisor, facility.residents["mette"], PlanKind.RISK_PROFILE)
    dialog = open_review(advisor, version_id)
    # Keyboard only: Tab moves from link to link in the side-by-side view; the second is Gul's.
    dialog.browser.setFocus()
    for _link in range(2):
        qtbot.keyClick(dialog.browser, Qt.Key.Key_Tab)
    with qtbot.waitSignal(dialog.browser.anchorClicked):
        qtbot.keyClick(dialog.browser, Qt.Key.Key_Return)
    assert dialog.note_panel.isVisible() and QApplication.focusWidget() is dialog.note_field
    assert dialog.note_title.text() == f"Bemærkning ved afsnittet »{YELLOW}«"
    qtbot.keyClicks(dialog.note_field, NOTE)
    qtbot.keyClick(dialog.note_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.note_panel.isVisible() and dialog.notes == {YELLOW: NOTE}
    shown = dialog.text()
    heading = shown.index(f"{YELLOW}  ")
    assert shown.index(f"✎ Bemærkning til koordinatoren: {NOTE}") > heading
    assert shown.index("Rød – Akut") > shown.index(NOTE)
    assert dialog.notes_summary.text() == f"»{YELLOW}«"
    # The notes alone are enough to return (the comment may stay empty).
    with qtbot.waitSignal(dialog.decided) as decided:
        qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    assert decided.args == [version_id, "returned"]

    editor = open_editor(PlanKind.RISK_PROFILE, "mette")
    profile = editor.kind_editor
    assert isinstance(profile, RiskProfileEditor)
    box = profile.return_notes[YELLOW]
    assert isinstance(box, ReturnNoteBox) and box.isVisible()
    assert box.text() == f"✎ Rådgiverens bemærkning til »{YELLOW}«\n{NOTE}"
    # Right above the yellow band: the band holding the yellow lists starts just under the box,
    # and nothing else lies between them.
    yellow_signs = profile.stage_lists[StageKind.YELLOW, "signs"]
    group = box.parentWidget()
    assert group is not None and group.isAncestorOf(yellow_signs)
    band = next(s.body for s in profile.editor_sections if s.body.isAncestorOf(yellow_signs))
    gap = _top_in(band, profile) - (_top_in(box, profile) + box.height())
    assert 0 <= gap <= 8
    green_signs = profile.stage_lists[StageKind.GREEN, "signs"]
    assert not group.isAncestorOf(green_signs)
    assert _top_in(green_signs, profile) < _top_in(box, profile)
    assert len({id(b) for b in profile.return_notes.values()}) == 1  # no box anywhere else
    notice = editor.return_notice.label.text()
    assert editor.return_notice.isVisible() and "Returneret" in notice and "Rasmus Rådgiver" in notice
    assert "står i rammer over de afsnit" in notice and "Rådgiverens kommentar" not in notice


def test_the_general_comment_stays_in_the_notice_and_a_renamed_sections_note_moves_there(
    database: Database,
    facility: Facility,
    advisor: Actor,
    coordinator: Actor,
    open_editor: OpenEditor,
) -> None:
    return_then_rename_a_slot(database, facility, coordinator, advisor, "Næsten færdig.")
    editor = open_editor(PlanKind.DAILY_RHYTHM, "karen")
    table_editor = editor.kind_editor
    assert isinstance(table_editor, DailyRhythmEditor)
    box = table_editor.return_notes["22.00–07.00 Nat"]
    assert box.parentWidget() is not None and box.parentWidget().isAncestorOf(table_editor.table)  # type: ignore[union-attr]
    assert "07.00–09.00 Morgen" not in table_editor.return_notes  # its slot is called something else now
    notice = editor.return_notice.label.text()
    assert "Rådgiverens kommentar: »Næsten færdig.«" in notice
    assert "ikke længere hedder sådan" in notice and "07.00–09.00 Morgen:</b> Hvem tager badet?" in notice


def test_an_editor_of_a_plain_draft_has_no_return_notes(open_editor: OpenEditor) -> None:
    editor = open_editor(PlanKind.RISK_PROFILE, "jonas")
    assert not editor.return_notice.isVisibleTo(editor)
    assert editor.kind_editor.return_notes == {}


def test_notes_are_not_lost_by_approving_and_esc_closes_only_the_note(
    qtbot: QtBot,
    database: Database,
    facility: Facility,
    advisor: Actor,
    monkeypatch: pytest.MonkeyPatch,
    *,
    open_review: OpenReview,
) -> None:
    version_id = _open_version(database, advisor, facility.residents["mette"], PlanKind.RISK_PROFILE)
    dialog = open_review(advisor, version_id)
    dialog.edit_note("Styrker")
    qtbot.keyClicks(dialog.note_field, "Flere, tak.")
    qtbot.keyClick(dialog.note_field, Qt.Key.Key_Escape)  # asks first: the note holds text not kept
    question = next(box for box in dialog.findChildren(QMessageBox) if box.isVisible())
    discard = next(button for button in question.buttons() if button.text() == "Kassér")
    with qtbot.waitSignal(question.finished):
        discard.click()
    assert dialog.isVisible() and not dialog.note_panel.isVisible() and dialog.notes == {}
    dialog.edit_note("Styrker")
    qtbot.keyClicks(dialog.note_field, "Flere, tak.")
    asked: list[str] = []
    monkeypatch.setattr(PasswordDialog, "ask", classmethod(lambda cls, *args: asked.append("ja") or "x"))
    assert not dialog.approve()  # the open note counts: approving would drop it
    assert asked == [] and "Returnér den, eller fjern bemærkningerne" in dialog.problem.text()
    assert dialog.notes == {"Styrker": "Flere, tak."}
    dialog.edit_note("Styrker")
    qtbot.mouseClick(dialog.note_remove, Qt.MouseButton.LeftButton)
    assert dialog.notes == {} and "✎ Bemærkning til koordinatoren" not in dialog.text()


def test_the_resident_page_shows_the_notes_in_the_notice_and_beside_the_sections(
    qtbot: QtBot, database: Database, facility: Facility, advisor: Actor
) -> None:
    mette = facility.residents["mette"]
    version_id = _open_version(database, advisor, mette, PlanKind.RISK_PROFILE)
    with database.session() as session:
        plans.return_version(session, advisor, version_id, "Se bemærkningerne.", {YELLOW: NOTE})
    window = MainWindow(database, actor=advisor, idle_minutes=0)
    qtbot.addWidget(window)
    window.open_resident(mette)
    tab = window.resident_page.plan_tabs[PlanKind.RISK_PROFILE]
    notice = tab.notice_label.text()
    assert "Rådgiverens kommentar: »Se bemærkningerne.«" in notice
    assert f"Rådgiverens bemærkninger ved afsnit:\n• {YELLOW}: {NOTE}" in notice
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)  # Vis kladden
    shown = tab.browser.toPlainText()
    note = shown.index(f"✎ Rådgiverens bemærkning til »{YELLOW}«: {NOTE}")
    assert shown.index("GRØN – Sådan har jeg det godt") < note < shown.index("GUL – Tidlige tegn")
    # Saved by the coordinator it is a draft again; what the advisor asked for stays in the notice.
    with database.session() as session:
        coordinator = actor_for(session, "koordinator")
        returned = plans.version_view(plans.get_version(session, version_id))
        plans.save_draft(
            session, coordinator, version_id, returned.content, expected_row_version=returned.row_version
        )
    window.open_resident(mette, force=True)
    notice = tab.notice_label.text()
    assert notice.startswith("Der er en kladde (version 1)") and "\nReturneret " in notice
    assert f"• {YELLOW}: {NOTE}" in notice and "»Se bemærkningerne.«" in notice
