"""The main window driven like a user: typing, choosing a unit, opening a resident with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget
from pytestqt.qtbot import QtBot

from tests.ui.factories import TODAY, Facility
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import i18n, messages
from tryghed_desktop.ui.main_window import MainWindow
from tryghed_desktop.ui.resident_model import Role
from tryghed_desktop.ui.resident_page import TAB_OVERVIEW


def shown_names(window: MainWindow) -> list[str]:
    model = window.list_pane.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_typing_filters_the_list_and_esc_clears(qtbot: QtBot, window: MainWindow) -> None:
    field = window.list_pane.filter_field
    assert len(shown_names(window)) == 5
    qtbot.keyClicks(field, "n")
    assert "Ali Demir" not in shown_names(window)
    assert len(shown_names(window)) == 4
    qtbot.keyClicks(field, "s")
    assert shown_names(window) == ["Karen Jensen", "Mette Hansen"]
    assert window.list_pane.count_label.text() == "2 af 5 borgere"
    qtbot.keyClicks(field, "xyz")
    assert shown_names(window) == []
    assert window.list_pane.count_label.text() == "Ingen borgere passer til »nsxyz«."
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    assert len(shown_names(window)) == 5


def test_typing_keeps_the_highlighted_resident_while_shown(qtbot: QtBot, window: MainWindow) -> None:
    view = window.list_pane.list_view
    field = window.list_pane.filter_field
    view.setCurrentIndex(view.model().index(shown_names(window).index("Mette Hansen"), 0))
    qtbot.keyClicks(field, "e")
    assert view.currentIndex().data() == "Mette Hansen"
    qtbot.keyClicks(field, "r")  # "er": Lars Petersen stays, Mette Hansen goes
    assert "Mette Hansen" not in shown_names(window)
    assert view.currentIndex().data() == shown_names(window)[0]


def test_ctrl_f_focuses_the_filter(qtbot: QtBot, window: MainWindow) -> None:
    assert window.action_find.shortcut().toString() == "Ctrl+F"
    window.list_pane.list_view.setFocus()
    window.action_find.trigger()
    assert window.list_pane.filter_field.hasFocus()


def test_choosing_a_unit_shows_its_residents(qtbot: QtBot, window: MainWindow, facility: Facility) -> None:
    box = window.list_pane.unit_box
    assert box.itemText(0) == "Alle afdelinger (5)"
    assert box.findText("Kastanjen (3)") > 0
    box.setCurrentIndex(box.findData(facility.units["kastanjen"]))
    assert shown_names(window) == ["Ali Demir", "Karen Jensen", "Lars Petersen"]
    box.setCurrentIndex(0)
    assert len(shown_names(window)) == 5


def test_enter_opens_the_resident_with_plans_statuses_and_stages(
    qtbot: QtBot, window: MainWindow, facility: Facility
) -> None:
    view = window.list_pane.list_view
    # Start-up shows the start page only: the resident's tabs are built when one is opened.
    assert window.resident_page.findChild(QTabWidget, "residentTabs") is None
    row = shown_names(window).index("Jonas Nielsen")
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    page = window.resident_page
    assert page.findChild(QTabWidget, "residentTabs") is page.tabs
    assert page.currentWidget() is page.content
    assert page.resident_id == facility.residents["jonas"]
    assert page.header.card_name.text() == "Jonas"
    assert "Solsikken" in page.header.facts.text()
    chips = page.header.chip_texts()
    assert chips.count("Godkendt af Rasmus Rådgiver, 05.05.2026") == 4
    assert "Kladde" in chips
    assert "Revision senest 01.03.2027" in chips
    risk = page.plan_tabs[PlanKind.RISK_PROFILE].text()
    for text in (
        "GRØN – Sådan har jeg det godt",
        "GUL – Tidlige tegn",
        "RØD – Akut",
        "BLÅ – Efter en hændelse",
        "Sådan ser det ud",
        "Det gør vi",
        "Det undgår vi",
        "Det kan jeg selv",
        "Går frem og tilbage",
        "Altid to medarbejdere ved personlig pleje",
        "70 20 30 40",
        "Samlet risiko: Middel",
    ):
        assert text in risk, text
    assert "Der er en kladde (version 2)" in risk
    rhythm = page.plan_tabs[PlanKind.DAILY_RHYTHM].text()
    assert "07:00–09:00" in rhythm and "Høj" in rhythm
    safety = page.plan_tabs[PlanKind.SAFETY_PLAN].text()
    assert "Med mine ord" in safety and "Personalets blik" in safety and "Jeg får ondt i maven" in safety
    assert "Glat gulv" in page.plan_tabs[PlanKind.ACTIVITIES].text()
    overview = page.overview.toPlainText()
    assert "Kontaktperson Sofie (dag)" in overview and "01.03.2027" in overview
    assert page.history_model.rowCount() == 5


def test_enter_in_the_filter_opens_the_first_match(
    qtbot: QtBot, window: MainWindow, facility: Facility
) -> None:
    qtbot.keyClicks(window.list_pane.filter_field, "mette")
    qtbot.keyClick(window.list_pane.filter_field, Qt.Key.Key_Return)
    page = window.resident_page
    assert page.resident_id == facility.residents["mette"]
    assert "Afventer godkendelse" in page.header.chip_texts()
    risk = page.plan_tabs[PlanKind.RISK_PROFILE].text()
    assert "Version 1 afventer godkendelse" in risk
    assert "Der er endnu ingen godkendt risikoprofil for Mette." in risk


def test_empty_states(window: MainWindow, facility: Facility) -> None:
    assert window.resident_page.currentWidget() is window.resident_page.start_page
    window.open_resident(facility.residents["lars"])
    page = window.resident_page
    assert (
        "Der er endnu ingen godkendt risikoprofil for Lars." in page.plan_tabs[PlanKind.RISK_PROFILE].text()
    )
    assert "Der er endnu ingen godkendt døgnrytme for Lars." in page.plan_tabs[PlanKind.DAILY_RHYTHM].text()
    assert "ingen godkendte aktivitetsbeskrivelser for Lars" in page.plan_tabs[PlanKind.ACTIVITIES].text()
    assert not page.plan_tabs[PlanKind.RISK_PROFILE].notice.isVisibleTo(page)
    assert page.header.chip_texts().count("Ingen plan endnu") == 4
    # On a plan's tab the header keeps only that plan's row: the plan itself gets the room.
    page.show_tab(PlanKind.DAILY_RHYTHM)
    shown = [
        label.text() for label in page.header.findChildren(QLabel, "planTitle") if label.isVisibleTo(page)
    ]
    assert shown == ["Døgnrytme"]
    page.show_tab(TAB_OVERVIEW)
    assert (
        len([label for label in page.header.findChildren(QLabel, "planTitle") if label.isVisibleTo(page)])
        == 4
    )
    overview = page.overview.toPlainText()
    assert "Ingen kontaktpersoner registreret." in overview
    assert overview.count("Ingen plan endnu") == 4  # each plan says it once, not twice
    assert "Ingen godkendt version" not in overview


def test_returned_notice_shows_the_comment_and_the_draft(
    qtbot: QtBot, window: MainWindow, facility: Facility
) -> None:
    window.open_resident(facility.residents["ali"])
    tab = window.resident_page.plan_tabs[PlanKind.RISK_PROFILE]
    assert tab.notice.isVisibleTo(tab)
    notice = tab.notice_label.text()
    assert "Version 1 er returneret" in notice and "Rasmus Rådgiver" in notice
    assert "Gør de gule tegn mere konkrete." in notice
    assert "KLADDE" not in tab.browser.toPlainText()
    assert tab.toggle_button.text() == "Vis kladden"
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert "KLADDE – IKKE GODKENDT" in tab.browser.toPlainText()
    assert "Går frem og tilbage" in tab.browser.toPlainText()
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert "KLADDE" not in tab.browser.toPlainText()


def test_draft_notice_and_vis_kladden_over_the_current(
    qtbot: QtBot, window: MainWindow, facility: Facility
) -> None:
    window.open_resident(facility.residents["jonas"])
    tab = window.resident_page.plan_tabs[PlanKind.RISK_PROFILE]
    assert "Version 1 · godkendt 05.05.2026 af Rasmus Rådgiver" in tab.browser.toPlainText()
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert "KLADDE – IKKE GODKENDT" in tab.browser.toPlainText()
    assert "Version 2" in tab.browser.toPlainText()
    assert tab.toggle_button.text() == "Vis den godkendte"


def test_overdue_review_is_written_in_words(window: MainWindow, facility: Facility) -> None:
    window.open_resident(facility.residents["karen"])
    assert "Revision overskredet" in window.resident_page.header.chip_texts()


def test_settings_remembered_across_two_windows(
    qtbot: QtBot, database: Database, facility: Facility, window: MainWindow
) -> None:
    box = window.list_pane.unit_box
    box.setCurrentIndex(box.findData(facility.units["kastanjen"]))
    window.open_resident(facility.residents["karen"])
    window.resident_page.show_tab(PlanKind.SAFETY_PLAN)
    QApplication.sendPostedEvents()  # the header now holds the plan's row only: a narrower minimum
    window.resize(window.minimumSizeHint().width() + 10, 500)  # fits the 800×600 offscreen screen
    expected_size = window.size()
    window.splitter.setSizes([420, 480])
    expected_splitter = window.splitter.sizes()
    window.close()

    second = MainWindow(database, today=TODAY)
    qtbot.addWidget(second)
    assert second.list_pane.selected_unit() == facility.units["kastanjen"]
    assert second.resident_page.resident_id == facility.residents["karen"]
    assert second.size() == expected_size
    assert second.resident_page.tabs.currentWidget() is second.resident_page.plan_tabs[PlanKind.SAFETY_PLAN]
    second.show()
    qtbot.waitExposed(second)
    assert second.splitter.sizes() == expected_splitter
    current = second.list_pane.list_view.currentIndex()
    assert current.data(Role.RESIDENT_ID) == facility.residents["karen"]


def test_problem_reaches_the_user_through_the_bridge(
    qtbot: QtBot, window: MainWindow, monkeypatch: object
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_problem_box", lambda _parent, _title, text: shown.append(text))  # type: ignore[attr-defined]
    with qtbot.waitSignal(messages.bridge().problem):
        assert window.open_resident(999_999) is False
    assert shown == ["Der findes ingen borger med id 999999."]


def test_language_menu_remembers_the_choice(qtbot: QtBot, window: MainWindow) -> None:
    assert window.language_actions["da"].isChecked()
    window.language_actions["en"].trigger()
    assert i18n.remembered_language() == "en"


def test_enter_in_the_filter_is_logged_as_a_search(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    from sqlalchemy import select

    from tryghed_desktop.store.models import AuditEvent

    qtbot.keyClicks(window.list_pane.filter_field, "jon")
    qtbot.keyClick(window.list_pane.filter_field, Qt.Key.Key_Return)
    with database.session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "search")).one()
        assert (event.target, event.detail) == ("jon", {"hits": 1})


def test_the_window_opens_ready_to_search_and_points_to_the_other_units(
    qtbot: QtBot, window: MainWindow, facility: Facility
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is window.list_pane.filter_field  # not the unit box
    window.list_pane.select_unit(facility.units["solsikken"])
    qtbot.keyClicks(window.list_pane.filter_field, "karen")  # Karen lives in Kastanjen
    assert window.list_pane.count_label.text() == (
        "Ingen her passer til »karen«. Vælg »Alle afdelinger« for at søge i alle."
    )
