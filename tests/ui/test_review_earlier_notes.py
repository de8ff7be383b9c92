"""A resubmitted version shows the advisor what the last return asked for: the comment and when and by
whom at the top, each note under its section (marked as the earlier one), and renamed sections' notes
at the top so nothing is lost. Writing a new note still works, and returning again replaces them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.ui.factories import Facility, return_then_rename_a_slot
from tryghed_desktop.domain.plans import PlanKind, RiskProfile, StageKind
from tryghed_desktop.services import plans
from tryghed_desktop.services.actors import Actor
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import i18n
from tryghed_desktop.ui.review_dialog import ReviewDialog

OpenReview = Callable[[Actor, int], ReviewDialog]

YELLOW = "Gul – Tidlige tegn"
STRENGTHS = "Styrker"
COMMENT = "Godt på vej. Se mine bemærkninger."
NOTE = "Skriv også, hvad hun siger, når hun bliver urolig."
STRENGTHS_NOTE = "Tilføj, hvad hun selv er god til."
RETURNED_AT = datetime(2026, 5, 10, 10, 0, tzinfo=UTC)
RETURNED_ON = "10.05.2026"


@pytest.fixture
def resubmitted(database: Database, facility: Facility, advisor: Actor, coordinator: Actor) -> int:
    """Jonas's open risk-profile draft: submitted, returned with a comment and notes on the yellow band
    and on the strengths, reworked (only the yellow band) and submitted again."""
    with database.session() as session:
        jonas = plans.resident_plans(session, coordinator, facility.residents["jonas"])
        draft = jonas.plans[PlanKind.RISK_PROFILE].open
        assert draft is not None
        plans.submit(session, coordinator, draft.id)
        returned = plans.return_version(
            session,
            advisor,
            draft.id,
            COMMENT,
            {YELLOW: NOTE, STRENGTHS: STRENGTHS_NOTE},
            now=RETURNED_AT,
        )
        profile = returned.content
        assert isinstance(profile, RiskProfile)
        yellow = next(stage for stage in profile.stages if stage.kind is StageKind.YELLOW)
        yellow.signs.append("Siger »lad mig være« flere gange")
        plans.save_draft(session, coordinator, draft.id, profile, expected_row_version=returned.row_version)
        plans.submit(session, coordinator, draft.id)
        return draft.id


def _section(shown: str, title: str) -> str:
    """The plain text from a section's heading up to the next heading (LIX marks every heading)."""
    start = shown.index(f"{title}  ")
    following = shown.find("LIX ", shown.index("LIX ", start) + 1)
    end = shown.rfind("\n", start, following) if following != -1 else len(shown)
    return shown[start:end]


def test_the_advisor_sees_what_was_asked_for_last_time_and_can_return_again(
    qtbot: QtBot, database: Database, advisor: Actor, resubmitted: int, open_review: OpenReview
) -> None:
    dialog = open_review(advisor, resubmitted)
    top = dialog.earlier_return
    assert top.isVisible()
    assert f"Returneret før: {RETURNED_ON} af Rasmus Rådgiver." in top.text()
    assert f"Kommentar dengang: <i>»{COMMENT}«</i>" in top.text()
    assert "ikke længere hedder sådan" not in top.text()

    # Only the yellow band changed; the strengths stay in view for their earlier note.
    assert dialog.only_changed.isChecked()
    shown = dialog.text()
    earlier = f"↩ Bemærkning ved returnering {RETURNED_ON}:"
    assert f"{earlier} {NOTE}" in _section(shown, YELLOW)
    assert f"{earlier} {STRENGTHS_NOTE}" in _section(shown, STRENGTHS)
    assert "Udløsende faktorer" not in shown  # unchanged and without a note
    # Marked as the earlier note in the HTML itself: its own frame, italic text, not a new note.
    html = dialog.browser.toHtml()
    assert "dashed" in html and "✎ Bemærkning til koordinatoren" not in shown

    # A new note on the yellow band goes under the earlier one, in the solid frame of a new note.
    new_note = "Stadig for langt. Højst tre tegn."
    dialog.edit_note(YELLOW)
    assert dialog.note_field.toPlainText() == ""  # the earlier note is not the new one
    qtbot.keyClicks(dialog.note_field, new_note)
    qtbot.keyClick(dialog.note_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.notes == {YELLOW: new_note}
    yellow = _section(dialog.text(), YELLOW)
    assert yellow.index(f"{earlier} {NOTE}") < yellow.index(f"✎ Bemærkning til koordinatoren: {new_note}")

    with qtbot.waitSignal(dialog.decided) as decided:
        qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    assert decided.args == [resubmitted, "returned"]
    with database.session() as session:
        again = plans.version_view(plans.get_version(session, resubmitted))
    assert again.return_notes == {YELLOW: new_note}  # replaced, the strengths' note is done
    assert again.return_comment == ""


def test_a_note_on_a_renamed_section_is_listed_at_the_top(
    qtbot: QtBot,
    database: Database,
    facility: Facility,
    advisor: Actor,
    coordinator: Actor,
    *,
    open_review: OpenReview,
) -> None:
    draft_id = return_then_rename_a_slot(database, facility, coordinator, advisor, "", now=RETURNED_AT)
    with database.session() as session:
        plans.submit(session, coordinator, draft_id)
    dialog = open_review(advisor, draft_id)
    top = dialog.earlier_return.text()
    assert "Kommentar dengang" not in top  # there was none
    assert "Bemærkningerne fra dengang står ved afsnittene." in top
    assert "Bemærkninger ved afsnit, der ikke længere hedder sådan:" in top
    assert "<b>07.00–09.00 Morgen:</b> <i>Hvem tager badet?</i>" in top
    shown = dialog.text()
    assert "Hvem tager badet?" not in shown
    assert f"Bemærkning ved returnering {RETURNED_ON}: Hvornår er der tilsyn?" in _section(
        shown, "22.00–07.00 Nat"
    )


def test_a_version_never_returned_has_no_earlier_notes(
    qtbot: QtBot, database: Database, facility: Facility, advisor: Actor, open_review: OpenReview
) -> None:
    with database.session() as session:
        mette = plans.resident_plans(session, advisor, facility.residents["mette"])
        version = mette.plans[PlanKind.RISK_PROFILE].open
    assert version is not None
    dialog = open_review(advisor, version.id)
    assert not dialog.earlier_return.isVisibleTo(dialog)
    assert "Bemærkning ved returnering" not in dialog.text()


def test_the_earlier_notes_in_english(
    qtbot: QtBot, database: Database, advisor: Actor, resubmitted: int, open_review: OpenReview
) -> None:
    assert i18n.install_language("en") == "en"
    dialog = open_review(advisor, resubmitted)
    top = dialog.earlier_return.text()
    assert f"Returned before: {RETURNED_ON} by Rasmus Rådgiver." in top
    assert "The notes from then are shown at their sections." in top
    assert f"Comment then: <i>»{COMMENT}«</i>" in top
    assert f"↩ Note when returned on {RETURNED_ON}: {NOTE}" in dialog.text()


def test_closing_asks_before_a_written_comment_and_note_are_lost(
    qtbot: QtBot, open_review: OpenReview, advisor: Actor, resubmitted: int
) -> None:
    dialog = open_review(advisor, resubmitted)
    dialog.edit_note(YELLOW)
    dialog.note_field.setPlainText(NOTE)  # written, not yet kept with "Gem bemærkning"
    dialog.reject()  # Luk
    question = dialog.discard_question
    assert dialog.isVisible() and question.isVisible()
    keep = next(b for b in question.buttons() if b.text() == "Fortsæt gennemgangen")
    with qtbot.waitSignal(question.finished):
        keep.click()
    assert dialog.isVisible() and dialog.note_field.toPlainText() == NOTE
    assert not dialog.approve()  # notes are for a return: kept, and the summary says which
    assert dialog.notes == {YELLOW: NOTE}
    assert YELLOW in dialog.notes_summary.text()
    dialog.done(QDialog.DialogCode.Rejected)  # closed without the question, before the test ends


def test_on_a_low_screen_the_note_takes_the_comments_room_while_it_is_open(
    qtbot: QtBot, advisor: Actor, resubmitted: int, open_review: OpenReview
) -> None:
    dialog = open_review(advisor, resubmitted)
    decision = dialog.splitter.widget(1)
    dialog.resize(1000, 560)  # 1024×600 less the panel
    section = dialog.review.sections[0].title
    dialog.edit_note(section)
    assert dialog.note_panel.isVisible() and decision.isHidden()
    dialog.close_note()
    assert not decision.isHidden()
    dialog.resize(1100, 780)
    dialog.edit_note(section)
    assert not decision.isHidden()  # room enough for both
