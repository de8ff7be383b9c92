from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tryghed_desktop.domain.incidents import (
    IncidentForm,
    IncidentReport,
    IncidentType,
    StrategyUse,
    UseOfForceReference,
)
from tryghed_desktop.domain.plans import DailyRhythm, Level, PlanKind, RiskProfile, StageKind, TimeSlot
from tryghed_desktop.services import incidents, plans, residents, users
from tryghed_desktop.services.actors import SYSTEM, Actor, Role, actor_for
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.incident_dialog import IncidentDialog, qt_datetime

NOW = datetime(2026, 3, 6, 15, 10, tzinfo=UTC)


@pytest.fixture
def jonas(database: Database) -> tuple[int, Actor]:
    profile = RiskProfile()
    profile.stage(StageKind.YELLOW).signs += ["Går frem og tilbage", "Hætten op"]
    profile.stage(StageKind.YELLOW).we_do += ["Tilbyd en gåtur", "Tal roligt og kort"]
    profile.stage(StageKind.RED).signs += ["Råber og kaster med ting"]
    rhythm = DailyRhythm(slots=[TimeSlot(time(0), time(23, 59), "Hele dagen", level=Level.YELLOW)])
    with database.session() as session:
        unit = residents.ensure_unit(session, "Bostedet Egebakken", "Hus Birk")
        users.create_user(
            session, SYSTEM, username="mette", full_name="Mette Kruse", roles={Role.COORDINATOR}
        )
        users.create_user(session, SYSTEM, username="lene", full_name="Lene Holm", roles={Role.ADVISOR})
        users.create_user(session, SYSTEM, username="ali", full_name="Ali Hassan", roles={Role.STAFF})
        coordinator, advisor = actor_for(session, "mette"), actor_for(session, "lene")
        resident_id = residents.create_resident(
            session,
            SYSTEM,
            unit_id=unit.id,
            display_name="Jonas Madsen",
            card_name="Jonas",
            now=NOW - timedelta(days=400),
        )
        approved = NOW - timedelta(days=30)  # in force when the incidents below happen
        for kind, content in ((PlanKind.RISK_PROFILE, profile), (PlanKind.DAILY_RHYTHM, rhythm)):
            draft = plans.start_draft(session, coordinator, resident_id, kind, content, now=approved)
            plans.submit(session, coordinator, draft.id, now=approved)
            plans.approve(session, advisor, draft.id, now=approved)
        return resident_id, actor_for(session, "ali")


def _open(qtbot: QtBot, database: Database, actor: Actor, resident_id: int | None) -> IncidentDialog:
    dialog = IncidentDialog(database, actor, resident_id=resident_id, now=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    first = dialog.type_row if resident_id is not None else dialog.resident_combo
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    return dialog


def _focused() -> object:
    return QApplication.focusWidget()


def test_a_minor_incident_takes_four_keyboard_steps(
    qtbot: QtBot, database: Database, jonas: tuple[int, Actor]
) -> None:
    resident_id, staff = jonas
    dialog = _open(qtbot, database, staff, resident_id)
    steps: list[Callable[[], None]] = [
        lambda: qtbot.keyClick(_focused(), "t"),  # Trussel; focus moves on to Alvor
        lambda: qtbot.keyClick(_focused(), "2"),  # Alvor 2; focus moves on to Hvor
        lambda: qtbot.keyClicks(_focused(), "Gangen"),
        lambda: qtbot.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
    ]
    with qtbot.waitSignal(dialog.registered) as registered:
        for step in steps:
            step()
    assert len(steps) == 4
    incident_id, confirmation = registered.args
    assert "Psykisk førstehjælp senest 09.03.2026" in confirmation
    with database.session() as session:
        (record,) = incidents.list_incidents(session, resident_id=resident_id)
    assert record.id == incident_id
    assert (record.incident_type, record.severity, record.location) == (IncidentType.THREAT, 2, "Gangen")
    assert record.form is IncidentForm.VERBAL  # a threat's usual form, offered when Trussel was picked
    assert record.slot_label == "Hele dagen"
    assert record.plan_version_number == 1


def test_a_time_under_an_earlier_profile_offers_that_profiles_signs(
    qtbot: QtBot, database: Database, jonas: tuple[int, Actor]
) -> None:
    resident_id, staff = jonas
    with database.session() as session:  # a revision approved ten days before NOW
        coordinator, advisor = actor_for(session, "mette"), actor_for(session, "lene")
        revised = RiskProfile()
        revised.stage(StageKind.YELLOW).signs += ["Hætten op", "Trækker sig fra fællesskabet"]
        approved = NOW - timedelta(days=10)
        draft = plans.start_draft(
            session, coordinator, resident_id, PlanKind.RISK_PROFILE, revised, now=approved
        )
        plans.submit(session, coordinator, draft.id, now=approved)
        plans.approve(session, advisor, draft.id, now=approved)
    dialog = _open(qtbot, database, staff, resident_id)
    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    assert [box.full_text for box in dialog.sign_boxes] == ["Hætten op", "Trækker sig fra fællesskabet"]
    dialog.sign_boxes[0].setChecked(True)
    assert dialog.signs_box.title() == "Tidlige tegn vi så (fra risikoprofilen, version 2, som gjaldt da)"
    # It happened three weeks ago, under the first profile: its signs, "Hætten op" still ticked.
    dialog.when.setDateTime(qt_datetime(NOW - timedelta(days=21)))
    assert dialog.signs_box.title() == "Tidlige tegn vi så (fra risikoprofilen, version 1, som gjaldt da)"
    assert [box.full_text for box in dialog.sign_boxes] == [
        "Går frem og tilbage",
        "Hætten op",
        "Råber og kaster med ting",
    ]
    assert [box.full_text for box in dialog.sign_boxes if box.isChecked()] == ["Hætten op"]
    # Stepped through the revised profile's period and back: what was ticked under each is kept.
    dialog.sign_boxes[0].setChecked(True)  # "Går frem og tilbage", which the revision does not have
    dialog.when.setDateTime(qt_datetime(NOW - timedelta(days=5)))
    assert [box.full_text for box in dialog.sign_boxes if box.isChecked()] == ["Hætten op"]
    dialog.when.setDateTime(qt_datetime(NOW - timedelta(days=21)))
    assert [box.full_text for box in dialog.sign_boxes if box.isChecked()] == [
        "Går frem og tilbage",
        "Hætten op",
    ]
    dialog.sign_boxes[0].setChecked(False)
    dialog.type_row.set_value(IncidentType.THREAT)
    dialog.severity_row.set_value(2)
    dialog.location.setEditText("Gangen")
    with qtbot.waitSignal(dialog.registered):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        (record,) = incidents.list_incidents(session, resident_id=resident_id)
    assert (record.plan_version_number, record.signs_seen) == (1, ("Hætten op",))


def test_signs_and_strategies_come_from_the_residents_profile(
    qtbot: QtBot, database: Database, jonas: tuple[int, Actor]
) -> None:
    resident_id, staff = jonas
    dialog = _open(qtbot, database, staff, resident_id)
    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    assert [box.full_text for box in dialog.sign_boxes] == [
        "Går frem og tilbage",
        "Hætten op",
        "Råber og kaster med ting",
    ]
    assert [tried.full_text for tried, _helped in dialog.strategy_rows] == [
        "Tilbyd en gåtur",
        "Tal roligt og kort",
    ]
    dialog.sign_boxes[1].setChecked(True)
    tried, helped = dialog.strategy_rows[0]
    tried.setChecked(True)
    helped.setCurrentIndex(helped.findData(False))
    dialog.type_row.set_value(IncidentType.VIOLENCE)
    dialog.severity_row.set_value(3)
    dialog.location.setEditText("Badeværelset")
    dialog.absence_days.setValue(2)
    with qtbot.waitSignal(dialog.registered):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        (record,) = incidents.list_incidents(session, resident_id=resident_id)
    assert record.signs_seen == ("Hætten op",)
    assert [(s.text, s.helped) for s in record.strategies] == [("Tilbyd en gåtur", False)]
    assert record.absence_days == 2 and record.injury_report_due is not None


def test_a_refusal_keeps_everything_typed(qtbot: QtBot, database: Database, jonas: tuple[int, Actor]) -> None:
    resident_id, staff = jonas
    dialog = _open(qtbot, database, staff, resident_id)
    dialog.when.setDateTime(dialog.when.dateTime().addDays(2))  # in the future
    dialog.type_row.set_value(IncidentType.HARASSMENT)
    dialog.location.setEditText("Køkkenet")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Alvor: vælg 1–5" in dialog.problem_label.text()
    dialog.severity_row.set_value(1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Hvornår: Tidspunktet ligger i fremtiden" in dialog.problem_label.text()
    assert dialog.type_row.value() is IncidentType.HARASSMENT
    assert dialog.location.currentText() == "Køkkenet"
    with database.session() as session:
        assert incidents.list_incidents(session) == []
    dialog.when.setDateTime(dialog.when.dateTime().addDays(-2).addSecs(-3600))
    with qtbot.waitSignal(dialog.registered):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_an_unknown_person_needs_who_and_which_unit(
    qtbot: QtBot, database: Database, jonas: tuple[int, Actor]
) -> None:
    _resident_id, staff = jonas
    dialog = _open(qtbot, database, staff, None)
    dialog.resident_combo.setCurrentIndex(dialog.resident_combo.count() - 1)
    assert dialog.other_person.isVisible() and dialog.unit_combo.isVisible()
    dialog.type_row.set_value(IncidentType.THREAT)
    dialog.severity_row.set_value(2)
    dialog.location.setEditText("Indgangen")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Vælg borgeren, eller skriv hvem det var" in dialog.problem_label.text()
    dialog.other_person.setText("Ukendt pårørende")
    with qtbot.waitSignal(dialog.registered):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        (record,) = incidents.list_incidents(session)
    assert record.other_person == "Ukendt pårørende" and record.resident_id is None
    assert record.occurred_at == NOW


def _registered(database: Database, resident_id: int, **changes: object) -> int:
    report = IncidentReport(
        occurred_at=NOW - timedelta(hours=1),
        incident_type=IncidentType.VIOLENCE,
        severity=3,
        location="Badeværelset",
        resident_id=resident_id,
        signs_seen=["Hætten op", "Et tegn fra en ældre profil"],
        strategies=[StrategyUse("Tilbyd en gåtur", helped=False)],
        use_of_force=UseOfForceReference("Skema B", date(2026, 3, 6)),
        absence_days=2,
        injury=True,
    )
    for name, value in changes.items():
        setattr(report, name, value)
    with database.session() as session:
        return incidents.register_incident(session, SYSTEM, report, now=NOW)


def test_edit_mode_is_prefilled_with_everything_stored(
    qtbot: QtBot, database: Database, jonas: tuple[int, Actor]
) -> None:
    resident_id, staff = jonas
    incident_id = _registered(database, resident_id)
    dialog = IncidentDialog(database, staff, incident_id=incident_id, now=NOW)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ret hændelse" and dialog.more_button.isChecked()
    assert dialog.when.dateTime().toPython().astimezone() == NOW - timedelta(hours=1)
    assert [box.full_text for box in dialog.sign_boxes if box.isChecked()] == [
        "Hætten op",
        "Et tegn fra en ældre profil",
    ]
    ((tried, helped),) = [row for row in dialog.strategy_rows if row[0].isChecked()]
    assert tried.text() == "Tilbyd en gåtur" and helped.currentData() is False
    assert dialog.use_of_force.isChecked() and dialog.use_of_force_form.text() == "Skema B"
    assert dialog.absence_days.value() == 2 and dialog.injury.isChecked()
    with qtbot.waitSignal(dialog.updated) as updated:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert updated.args == [incident_id, "Intet er ændret."]


def test_a_stale_edit_is_refused_and_keeps_what_was_typed(
    qtbot: QtBot, database: Database, jonas: tuple[int, Actor]
) -> None:
    resident_id, staff = jonas
    incident_id = _registered(database, resident_id)
    dialog = IncidentDialog(database, staff, incident_id=incident_id, now=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.severity_row.set_value(1)
    dialog.location.setEditText(" ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Ændringen er ikke gemt endnu" in dialog.problem_label.text()
    assert "Hvor: skriv hvor det skete." in dialog.problem_label.text()
    with database.session() as session:  # somebody else saves in the meantime
        report = incidents.incident_report(session, incident_id)
        incidents.update_incident(session, SYSTEM, incident_id, replace(report, severity=5), now=NOW)
    dialog.location.setEditText("Gangen")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "ændret et andet sted" in dialog.problem_label.text()
    assert dialog.location.currentText() == "Gangen" and dialog.severity_row.value() == 1
    with database.session() as session:
        incident = incidents.get_incident(session, incident_id)
        assert (incident.severity, incident.location) == (5, "Badeværelset")


def test_a_long_sign_is_cut_to_the_width_there_is_and_stored_whole(qtbot: QtBot) -> None:
    from tryghed_desktop.ui.incident_dialog import ProfileChoice

    long = (
        "Som tidlige tegn på, at han er ved at blive presset, ses bl.a., at han hæver stemmen og "
        "gentager de samme spørgsmål igen og igen"
    )
    box = ProfileChoice(long)
    qtbot.addWidget(box)
    box.resize(300, box.sizeHint().height())
    box.show()
    qtbot.waitExposed(box)
    assert box.text().endswith("…") and long.startswith(box.text()[:-1])
    assert box.toolTip() == long and box.accessibleName() == long and box.full_text == long
    box.resize(2000, box.height())  # room enough: the whole text, no tooltip
    qtbot.waitUntil(lambda: box.text() == long)
    assert box.toolTip() == ""


def test_the_form_follows_the_type_until_the_reporter_picks_it(
    qtbot: QtBot, database: Database, jonas: tuple[int, Actor]
) -> None:
    resident_id, staff = jonas
    dialog = _open(qtbot, database, staff, resident_id)
    qtbot.keyClick(dialog.type_row, "t")
    assert dialog.form_row.value() is IncidentForm.VERBAL
    qtbot.keyClick(dialog.type_row, "v")
    assert dialog.form_row.value() is IncidentForm.PHYSICAL
    qtbot.keyClick(dialog.form_row, "d")  # the reporter's own choice stays
    qtbot.keyClick(dialog.type_row, "c")
    assert dialog.form_row.value() is IncidentForm.DIGITAL


def test_with_nobody_open_nobody_is_chosen_and_the_reporter_must_pick(
    qtbot: QtBot, database: Database, jonas: tuple[int, Actor]
) -> None:
    _resident_id, staff = jonas
    dialog = _open(qtbot, database, staff, None)  # the cursor starts in Hvem
    assert dialog.resident_combo.currentIndex() == -1
    assert not dialog.other_person.isVisibleTo(dialog)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    problems = dialog.problem_label.text()
    for field in ("Hvem: vælg borgeren", "Type: vælg", "Alvor: vælg", "Hvor: skriv"):  # all at once
        assert field in problems
    assert _focused() is dialog.resident_combo  # straight back to the first to fix
    qtbot.keyClicks(_focused(), "J")  # type-ahead: Jonas
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.type_row  # then the one-key rows, the time after them
    with database.session() as session:
        assert incidents.list_incidents(session) == []


def test_escape_asks_before_a_started_registration_is_thrown_away(
    qtbot: QtBot, database: Database, jonas: tuple[int, Actor]
) -> None:
    resident_id, staff = jonas
    dialog = _open(qtbot, database, staff, resident_id)
    qtbot.keyClick(_focused(), "v")
    qtbot.keyClick(_focused(), "4")
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    question = dialog.discard_question
    assert dialog.isVisible() and question.isVisible()
    keep = next(b for b in question.buttons() if b.text() == "Fortsæt registreringen")
    with qtbot.waitSignal(question.finished):
        keep.click()
    assert dialog.isVisible() and dialog.severity_row.value() == 4
    dialog.reject()  # Annuller
    discard = next(b for b in dialog.discard_question.buttons() if b.text() == "Kassér")
    with qtbot.waitSignal(dialog.finished):
        discard.click()
    assert not dialog.isVisible()


@pytest.mark.parametrize(
    "start",
    [
        lambda d: d.injury.setChecked(True),
        lambda d: d.absence_days.setValue(3),
        lambda d: d.police.setChecked(True),
        lambda d: d.use_of_force.setChecked(True),
        lambda d: d.sign_boxes[0].setChecked(True),
        lambda d: d.strategy_rows[0][0].setChecked(True),
        lambda d: d.when.setDateTime(d.when.dateTime().addDays(-1)),
    ],
    ids=["injury", "absence", "police", "use-of-force", "sign", "strategy", "time"],
)
def test_escape_asks_also_when_only_more_or_the_time_was_filled_in(
    qtbot: QtBot, database: Database, jonas: tuple[int, Actor], start: Callable[[IncidentDialog], None]
) -> None:
    resident_id, staff = jonas
    dialog = _open(qtbot, database, staff, resident_id)
    assert not dialog.has_unsaved_work()
    start(dialog)
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.discard_question.isVisible()


def test_a_registration_on_the_next_shift_dates_absence_and_use_of_force_from_the_incident(
    qtbot: QtBot, database: Database, jonas: tuple[int, Actor]
) -> None:
    resident_id, staff = jonas
    dialog = _open(qtbot, database, staff, resident_id)
    dialog.when.setDateTime(qt_datetime(NOW - timedelta(days=3)))
    dialog.absence_days.setValue(5)
    dialog.use_of_force.setChecked(True)
    report = dialog.report()
    assert report.first_absence_day == (NOW - timedelta(days=2)).date()
    assert (
        report.use_of_force is not None
        and report.use_of_force.reported_on == (NOW - timedelta(days=3)).date()
    )
    # A day the reporter set stays when the time is moved again.
    dialog.first_absence_day.setDate((NOW - timedelta(days=1)).date())
    dialog.when.setDateTime(qt_datetime(NOW - timedelta(days=4)))
    assert dialog.report().first_absence_day == (NOW - timedelta(days=1)).date()


def test_a_listed_place_is_stored_as_the_list_writes_it(
    qtbot: QtBot, database: Database, jonas: tuple[int, Actor]
) -> None:
    resident_id, staff = jonas
    dialog = _open(qtbot, database, staff, resident_id)
    dialog.location.setEditText("  køkkenet ")  # as completion leaves a typed "k"
    assert dialog.report().location == "Køkkenet"
    dialog.location.setEditText("Haven bag huset")
    assert dialog.report().location == "Haven bag huset"


def test_a_resident_who_moved_out_is_still_chosen_for_an_incident_before_that_day(
    qtbot: QtBot, database: Database, jonas: tuple[int, Actor]
) -> None:
    resident_id, staff = jonas
    with database.session() as session:
        residents.discharge_resident(session, SYSTEM, resident_id, NOW.date(), now=NOW)
    dialog = _open(qtbot, database, staff, resident_id)
    assert dialog.resident_id() == resident_id
    assert dialog.resident_combo.currentText() == "Jonas Madsen (Hus Birk) – fraflyttet"
    assert dialog.resident_combo.findData(resident_id) == 0  # not also among those who live here


@pytest.mark.usefixtures("english")
def test_in_english_the_keys_are_english_initials_and_a_listed_place_is_stored_in_danish(
    qtbot: QtBot, database: Database, jonas: tuple[int, Actor]
) -> None:
    resident_id, staff = jonas
    dialog = _open(qtbot, database, staff, resident_id)
    qtbot.keyClick(_focused(), "h")  # Harassment, not the Danish initial C of Chikane
    assert dialog.type_row.value() is IncidentType.HARASSMENT
    assert dialog.location.itemText(4) == "Kitchen"
    dialog.location.setEditText("kitchen")
    assert dialog.report().location == "Køkkenet"  # the statistics count one place in any language
