"""The issue's "done when": an advisor logs in, sees exactly what changed in Kim's simplified plan,
approves it with the password, and the next printed card carries the advisor's name and date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox, QTabWidget
from pytestqt.qtbot import QtBot

from tests.printing.pdf_helpers import pdf_text
from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services import cards, demo, generator, plans, residents, review_signals
from tryghed_desktop.services import review as review_service
from tryghed_desktop.services.actors import Actor, actor_for
from tryghed_desktop.services.demo_content import DEMO_PASSWORD, TEXT_HEAVY_RESIDENT
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import i18n, original_trail
from tryghed_desktop.ui.login_dialog import LoginDialog
from tryghed_desktop.ui.main_window import MainWindow
from tryghed_desktop.ui.original_trail import content_coverage
from tryghed_desktop.ui.password_dialog import PasswordDialog
from tryghed_desktop.ui.review_dialog import ReviewDialog

TODAY = date(2026, 11, 20)


@pytest.fixture
def demo_db(database: Database) -> Database:
    with database.session() as session:
        demo.populate_demo(session, today=TODAY)
    return database


def _kim(database: Database) -> int:
    with database.session() as session:
        return next(r.id for r in residents.list_residents(session) if r.display_name == TEXT_HEAVY_RESIDENT)


def log_in(qtbot: QtBot, database: Database, username: str, password: str = DEMO_PASSWORD) -> Actor:
    """Through the real dialog: type the name and password, press Enter."""
    dialog = LoginDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None
    return dialog.actor


def test_advisor_reviews_and_approves_kims_simplified_plan(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    lene = log_in(qtbot, demo_db, "lene")
    window = MainWindow(demo_db, today=TODAY, actor=lene, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    overview = window.resident_page.start_page.overview
    assert overview.awaiting.isVisibleTo(window) and not overview.returned_title.isVisibleTo(window)
    rows = [overview.awaiting.item(i) for i in range(overview.awaiting.count())]
    kim_risk = next(item for item in rows if item.text().startswith("Kim") and "Risikoprofil" in item.text())
    overview.awaiting.itemActivated.emit(kim_risk)
    dialog = window.findChild(ReviewDialog)
    assert dialog is not None and dialog.isVisible()
    review = dialog.review
    assert review.current is not None and review.submitted.status is VersionStatus.SUBMITTED
    assert review.after.words < review.before.words / 2  # the point of the simplification
    shown = dialog.text()
    assert "− Fjernet:" in shown and "+ Tilføjet:" in shown
    assert f"Godkendt version {review.current.number}" in shown
    assert f"Indsendt version {review.submitted.number}" in shown
    assert "Læsbarhed:" in dialog.readability.text()

    # A wrong password leaves everything as typed.
    dialog.comment.setPlainText("Godkendt. Meget lettere at handle efter.")
    monkeypatch.setattr(PasswordDialog, "ask", classmethod(lambda cls, *args: "forkert"))
    assert not dialog.approve()
    assert "Adgangskoden er forkert" in dialog.problem.text()
    assert dialog.comment.toPlainText() == "Godkendt. Meget lettere at handle efter."

    monkeypatch.setattr(PasswordDialog, "ask", classmethod(lambda cls, *args: DEMO_PASSWORD))
    with qtbot.waitSignal(dialog.decided) as decided:
        qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert decided.args == [review.submitted.id, "approved"]

    kim = _kim(demo_db)
    with demo_db.session() as session:  # the simplified daily rhythm too: the card shows its risk times
        rhythm = plans.resident_plans(session, lene, kim).plans[PlanKind.DAILY_RHYTHM].open
        assert rhythm is not None
        review_service.approve_with_password(session, lene, rhythm.id, DEMO_PASSWORD)
    window.open_resident(kim)
    assert any(text.startswith("Godkendt af Lene Holm") for text in window.resident_page.header.chip_texts())
    with demo_db.session() as session:
        state = plans.resident_plans(session, lene, kim).plans[PlanKind.RISK_PROFILE]
        assert state.current is not None and state.current.id == review.submitted.id
        assert state.current.approval_comment == "Godkendt. Meget lettere at handle efter."
        card = cards.resident_card(session, actor_for(session, "ali"), kim, "risk")
    text = pdf_text(card)
    approved_on = state.current.approved_at
    assert approved_on is not None
    assert f"Godkendt {approved_on.astimezone().strftime('%d.%m.%Y')} af Lene Holm" in text


def test_returning_needs_a_comment_and_the_coordinator_sees_it(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.session() as session:
        lene = actor_for(session, "lene")
    window = MainWindow(demo_db, today=TODAY, actor=lene, idle_minutes=0)
    qtbot.addWidget(window)
    kim = _kim(demo_db)
    with demo_db.session() as session:
        rhythm = plans.resident_plans(session, lene, kim).plans[PlanKind.DAILY_RHYTHM].open
    assert rhythm is not None
    dialog = window.open_review(rhythm.id)
    assert dialog is not None
    assert not dialog.return_version()
    assert "Skriv en kommentar" in dialog.problem.text()
    dialog.comment.setPlainText("Natten mangler, hvem der går ind.")
    with qtbot.waitSignal(dialog.decided):
        qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)

    with demo_db.session() as session:
        anne = actor_for(session, "anne")
    coordinator = MainWindow(demo_db, today=TODAY, actor=anne, idle_minutes=0)
    qtbot.addWidget(coordinator)
    overview = coordinator.resident_page.start_page.overview
    texts = [overview.returned.item(i).text() for i in range(overview.returned.count())]
    assert any("Natten mangler, hvem der går ind." in text for text in texts)
    assert overview.due_title.isVisibleTo(coordinator)
    coordinator.open_resident(kim)
    tab = coordinator.resident_page.plan_tabs[PlanKind.DAILY_RHYTHM]
    assert "Rådgiverens kommentar: »Natten mangler, hvem der går ind.«" in tab.notice_label.text()
    assert not tab.submit_button.isHidden()
    with qtbot.waitSignal(coordinator.resident_page.submit_requested) as sent:
        qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    assert sent.args == [rhythm.id]
    # Nothing saved since the return: asked first, "Tilbage" the default.
    question = coordinator.unchanged_question
    assert question.isVisible() and "ikke ændret, siden rådgiveren returnerede den" in question.text()
    assert not tab.submit_button.isHidden()
    send = next(button for button in question.buttons() if button.text() == "Send uændret")
    with qtbot.waitSignal(question.finished):
        send.click()
    tab = coordinator.resident_page.plan_tabs[PlanKind.DAILY_RHYTHM]
    assert tab.submit_button.isHidden()  # submitted: waiting for the advisor again
    assert coordinator.statusBar().currentMessage() == "Planen er sendt til godkendelse."
    # Who has not read Kim's current plans yet (the introduction of new staff).
    assert coordinator.resident_page.unread_label.text().startswith("Ikke læst af: ")


def test_staff_confirm_having_read_the_plans(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.session() as session:
        ali = actor_for(session, "ali")
    window = MainWindow(demo_db, today=TODAY, actor=ali, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    kim = _kim(demo_db)
    window.open_resident(kim)
    page = window.resident_page
    assert page.read_button.isVisible() and page.read_button.isEnabled()
    assert not page.unread_label.isVisible()  # staff do not see who else has read
    qtbot.mouseClick(page.read_button, Qt.MouseButton.LeftButton)
    assert not page.read_button.isEnabled()
    assert page.read_label.text().startswith("Du har læst de gældende planer")
    assert not window.resident_page.start_page.overview.awaiting_title.isVisibleTo(window)
    assert not window.action_users.isVisible()


def _kims_page_as(qtbot: QtBot, database: Database, username: str) -> MainWindow:
    window = MainWindow(database, today=TODAY, actor=log_in(qtbot, database, username), idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    assert window.open_resident(_kim(database))
    return window


def test_advisor_opens_the_review_from_the_residents_plan(qtbot: QtBot, demo_db: Database) -> None:
    window = _kims_page_as(qtbot, demo_db, "lene")
    window.resident_page.show_tab(PlanKind.RISK_PROFILE)
    tab = window.resident_page.plan_tabs[PlanKind.RISK_PROFILE]
    assert tab.review_button.isVisibleTo(window) and not tab.submit_button.isVisibleTo(window)
    assert tab.toggle_button.text() == "Vis den indsendte"  # submitted, not a draft
    qtbot.mouseClick(tab.review_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ReviewDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.review.submitted.status is VersionStatus.SUBMITTED


def test_staff_get_no_review_button(qtbot: QtBot, demo_db: Database) -> None:
    window = _kims_page_as(qtbot, demo_db, "ali")
    assert not window.resident_page.plan_tabs[PlanKind.RISK_PROFILE].review_button.isVisibleTo(window)


def test_the_advisor_sees_what_became_of_each_piece_of_the_old_plan(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _kims_page_as(qtbot, demo_db, "lene")
    window.resident_page.show_tab(PlanKind.RISK_PROFILE)
    qtbot.mouseClick(
        window.resident_page.plan_tabs[PlanKind.RISK_PROFILE].review_button, Qt.MouseButton.LeftButton
    )
    dialog = window.findChild(ReviewDialog)
    assert dialog is not None and dialog.trail is not None
    assert "Forenklet fra »Risikoprofil, godkendt version 2«" in dialog.readability.text()
    assert dialog.tabs.tabText(1).startswith("Fra den gamle plan (")
    dialog.tabs.setCurrentWidget(dialog.trail)
    shown = dialog.trail.text()
    assert "Ved skade eller politi" in shown and "✖ Udeladt: Står allerede et andet sted i planen" in shown
    assert "■ Beholdt i fuld beskrivelse" in shown and "✔ Placeret i Grøn" in shown

    # Only what is not in the short plan: the placed pieces go, the kept and left-out ones stay.
    dialog.trail.only_outside_plan.click()
    narrowed = dialog.trail.text()
    assert "✔ Placeret" not in narrowed and "Ved skade eller politi" in narrowed
    assert "Kim har en god relation til sin datter" in narrowed

    # A piece left out of the short plan: a note on its section, from the row itself.
    distance = next(
        p for p in dialog.review.originals[0].pieces if p.text.startswith("Medarbejderen skal desuden")
    )
    assert "✎ Bemærkning ved »Gul – Tidlige tegn«" in narrowed
    dialog.trail.browser.anchorClicked.emit(QUrl(f"{original_trail.NOTE_SCHEME}:{distance.id}"))
    assert dialog.tabs.currentIndex() == 0 and dialog.note_panel.isVisible()
    assert dialog.note_title.text() == "Bemærkning ved afsnittet »Gul – Tidlige tegn«"
    assert dialog.browser.verticalScrollBar().value() > 0  # scrolled down to the yellow stage
    qtbot.keyClicks(dialog.note_field, "Afstand og fri udgang mangler.")
    # Annuller (or Escape, a reflex) asks before the written note goes; the safe answer keeps it open.
    qtbot.mouseClick(dialog.note_cancel, Qt.MouseButton.LeftButton)
    question = next((box for box in dialog.findChildren(QMessageBox) if box.isVisible()), None)
    assert question is not None and dialog.note_panel.isVisible()
    with qtbot.waitSignal(question.finished):
        qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert (
        dialog.note_panel.isVisible() and dialog.note_field.toPlainText() == "Afstand og fri udgang mangler."
    )
    dialog.save_note()
    assert dialog.notes == {"Gul – Tidlige tegn": "Afstand og fri udgang mangler."}

    # The original's simplification report, from the link beside its name.
    target = tmp_path / "rapport.pdf"
    monkeypatch.setattr(original_trail, "ask_report_path", lambda parent, suggested: str(target))
    dialog.trail.browser.anchorClicked.emit(QUrl(f"{original_trail.REPORT_SCHEME}:0"))
    report = pdf_text(target.read_bytes())
    assert "Forenkling af risikoprofil – Kim" in report and "Ved skade eller politi" in report
    # The report counts the pieces as the review does.
    pieces = content_coverage(dialog.review.originals[0]).total
    assert f"Alle {pieces} stykker tekst i originalen er behandlet." in report
    assert f"{pieces} stykker tekst" in dialog.readability.text()


def test_a_plan_not_simplified_has_no_old_plan_tab(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.session() as session:
        lene = actor_for(session, "lene")
        per = next(p for p in review_service.awaiting_my_approval(session, lene) if p.card_name == "Per")
    window = MainWindow(demo_db, today=TODAY, actor=lene, idle_minutes=0)
    qtbot.addWidget(window)
    dialog = window.open_review(per.version_id)
    assert dialog is not None and dialog.trail is None
    assert dialog.findChild(QTabWidget) is None and "Forenklet fra" not in dialog.readability.text()


def test_the_coordinator_start_page_lists_plans_that_incidents_say_need_review(
    qtbot: QtBot, database: Database
) -> None:
    demo_db = database
    with demo_db.session() as session:  # the demo facility as a first start makes it: with incidents
        generator.populate_demo_facility(session, today=TODAY)
    with demo_db.session() as session:
        expected = review_signals.plans_needing_review(session)
        anne, ali = actor_for(session, "anne"), actor_for(session, "ali")
    assert expected  # the demo has residents whose incidents call for a review
    window = MainWindow(demo_db, today=TODAY, actor=anne, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    overview = window.resident_page.start_page.overview
    assert overview.signals.isVisibleTo(window)
    assert overview.signals_title.text().endswith(f": {len(expected)}")
    rows = [overview.signals.item(row).text() for row in range(overview.signals.count())]
    # Nobody started on them yet and the most severe first; a revision in progress last, and says so.
    waiting = [s for s in expected if s.revision is None]
    started = [s for s in expected if s.revision is not None]
    assert waiting and started  # the demo has both (Kim's revision awaits the advisor)
    worst = max(waiting, key=lambda s: (s.worst_severity, s.incidents_since))
    assert rows[0].startswith(f"⚑ {worst.card_name} · ") and worst.reasons[0] in rows[0]
    kim = next(row for row in rows if row.startswith("◷ Kim · "))
    assert kim.endswith("Revision i gang: afventer godkendelse") and rows.index(kim) >= len(waiting)
    overview.signals.itemActivated.emit(overview.signals.item(0))
    # The resident opens on the incidents behind the signal.
    assert window.resident_page.resident_id == worst.resident_id
    assert window.resident_page.tabs.currentWidget() is window.resident_page.incidents_tab
    # The count the row gave is the one the tab shows above the incidents.
    since = window.resident_page.incidents_since.text()
    assert since.startswith("Siden risikoprofilen blev godkendt ")
    assert f": {worst.incidents_since} hændelse" in since

    staff = MainWindow(demo_db, today=TODAY, actor=ali, idle_minutes=0)
    qtbot.addWidget(staff)
    staff.show()
    assert not staff.resident_page.start_page.overview.signals_title.isVisibleTo(staff)


def test_the_review_names_the_sections_in_the_users_language(qtbot: QtBot, demo_db: Database) -> None:
    assert i18n.install_language("en") == "en"
    with demo_db.session() as session:
        lene = actor_for(session, "lene")
        kim = next(
            p.version_id
            for p in review_service.awaiting_my_approval(session, lene)
            if p.card_name == "Kim" and p.kind is PlanKind.RISK_PROFILE
        )
    dialog = ReviewDialog(demo_db, lene, kim)
    qtbot.addWidget(dialog)
    dialog.only_changed.setChecked(False)
    shown = dialog.text()
    assert "Green – This is me feeling well" in shown and "Alarm and who we call" in shown
    assert "Grøn – Sådan har jeg det godt" not in shown
