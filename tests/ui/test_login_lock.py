"""Login dialog with lock-out, idle lock over open work, switching user, users dialog, first start."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from tests.ui.factories import TODAY, Facility
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services import auth, users
from tryghed_desktop.services.actors import SYSTEM, Actor, Role, actor_for
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import app as ui_app
from tryghed_desktop.ui import i18n, login_dialog
from tryghed_desktop.ui.app_info import current_actor
from tryghed_desktop.ui.lock_screen import LOCK_COLUMN_WIDTH, SWITCH_USER, LockScreen
from tryghed_desktop.ui.login_dialog import LoginDialog
from tryghed_desktop.ui.main_window import MainWindow
from tryghed_desktop.ui.users_dialog import AddUserDialog, NewPasswordDialog, RolesDialog, UsersDialog

PASSWORD = "kirsten-1"
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def kirsten(database: Database, facility: Facility) -> Actor:
    with database.session() as session:
        for name in ("koordinator", "raadgiver"):
            users.reset_password(session, SYSTEM, users.user_by_name(session, name).id, PASSWORD)
        return actor_for(session, "koordinator")


def test_five_wrong_passwords_show_until_when_the_user_is_locked(
    qtbot: QtBot, database: Database, kirsten: Actor
) -> None:
    dialog = LoginDialog(database, username="koordinator", now=NOW)
    qtbot.addWidget(dialog)
    for _ in range(5):
        dialog.password.setText("forkert")
        assert not dialog.try_login()
    clock = NOW.replace(minute=5).astimezone().strftime("%H.%M")
    assert f"låst til kl. {clock}" in dialog.problem.text()
    assert dialog.password.text() == ""  # cleared, the user name stays
    assert dialog.username.text() == "koordinator"


def test_a_refused_login_is_worded_in_the_users_language(
    qtbot: QtBot, database: Database, kirsten: Actor
) -> None:
    dialog = LoginDialog(database, username="koordinator", now=NOW)
    qtbot.addWidget(dialog)
    dialog.password.setText("forkert")
    assert not dialog.try_login()
    assert dialog.problem.text() == (
        "Forkert brugernavn eller adgangskode. 4 forsøg tilbage, før brugeren låses i 5 minutter."
    )
    assert i18n.install_language("en") == "en"
    english = LoginDialog(database, username="koordinator", now=NOW)
    qtbot.addWidget(english)
    english.password.setText("forkert")
    assert not english.try_login()
    assert (
        english.problem.text()
        == "Wrong username or password. 3 attempts left before the user is locked for 5 minutes."
    )
    english.username.setText("ingen-saadan")
    english.password.setText("forkert")
    assert not english.try_login()
    assert english.problem.text() == "Wrong username or password."


def test_idle_lock_covers_the_window_and_keeps_open_work(
    qtbot: QtBot, database: Database, kirsten: Actor
) -> None:
    window = MainWindow(database, today=TODAY, actor=kirsten, idle_minutes=0.002)  # 120 ms
    qtbot.addWidget(window)
    window.show()
    incident = window.register_incident()
    field = incident.findChild(QLineEdit)
    assert field is not None
    field.setText("Skrevet før låsen")
    assert window.idle is not None
    with qtbot.waitSignal(window.idle.idle, timeout=5000):
        pass
    screen = window.lock_screen
    assert isinstance(screen, LockScreen) and screen.isVisible()
    assert screen.username.text() == "koordinator" and screen.username.isReadOnly()
    screen.reject()  # Escape does not unlock
    assert screen.isVisible()
    covered = screen.geometry()
    assert covered.size() == window.screen().availableGeometry().size()  # the whole screen, plans hidden
    screen.password.setText("forkert")
    assert not screen.try_login()
    assert screen.problem.isVisible() and screen.size() == covered.size()  # still hides the plans
    screen.password.setText(PASSWORD)
    with qtbot.waitSignal(screen.unlocked):
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert window.lock_screen is None
    assert incident.isVisible() and field.text() == "Skrevet før låsen"
    assert window.idle.timer.isActive()


def test_the_lock_screen_takes_only_the_same_user(qtbot: QtBot, database: Database, kirsten: Actor) -> None:
    window = MainWindow(database, today=TODAY, actor=kirsten, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    window.action_lock.trigger()
    screen = window.lock_screen
    assert screen is not None
    assert screen.login_button.text() == "Lås op"
    assert screen.username.width() < LOCK_COLUMN_WIDTH  # a column in the middle, not stretched across
    screen.username.setReadOnly(False)
    screen.username.setText("raadgiver")
    screen.password.setText(PASSWORD)
    assert not screen.try_login()
    assert "ikke den bruger" in screen.problem.text()


def test_switch_user_logs_out_and_in_as_another(
    qtbot: QtBot, database: Database, kirsten: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.session() as session:
        rasmus = actor_for(session, "raadgiver")
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, *args, **kwargs: rasmus))
    window = MainWindow(database, today=TODAY, actor=kirsten, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    incident = window.register_incident()
    screen = window.lock()
    assert screen is not None
    qtbot.mouseClick(screen.switch_button, Qt.MouseButton.LeftButton)
    assert current_actor() == rasmus
    assert not incident.isVisible()
    assert window.isVisible() and "Rasmus Rådgiver" in window.windowTitle()
    assert window.resident_page.start_page.overview.awaiting.count() == 1  # Mette's risk profile


def _users_dialog_of_an_administrator(qtbot: QtBot, database: Database) -> tuple[Actor, UsersDialog]:
    with database.session() as session:
        users.create_user(
            session, SYSTEM, username="pia", full_name="Pia", roles={Role.ADMIN}, password=PASSWORD
        )
        pia = actor_for(session, "pia")
    dialog = UsersDialog(database, pia)
    qtbot.addWidget(dialog)
    return pia, dialog


def test_administrator_adds_and_deactivates_users(
    qtbot: QtBot, database: Database, facility: Facility
) -> None:
    pia, dialog = _users_dialog_of_an_administrator(qtbot, database)
    add = AddUserDialog(database, pia, dialog)
    add.username.setText("nina")
    add.full_name.setText("Nina Ny")
    add.password.setText("kort")
    add.roles[Role.STAFF].setChecked(True)
    assert not add.save()
    assert "mindst 8 tegn" in add.problem.text()
    add.password.setText("lang-nok-1")
    assert add.save()
    dialog.reload()
    row = next(i for i, user in enumerate(dialog.rows) if user.username == "nina")
    dialog.table.selectRow(row)
    dialog.deactivate_button.click()
    assert dialog.table.item(row, 4).text() == "Deaktiveret"
    own = next(i for i, user in enumerate(dialog.rows) if user.username == "pia")
    dialog.table.selectRow(own)
    dialog.deactivate_button.click()
    assert "dig selv" in dialog.problem.text()


def test_administrator_sees_a_locked_out_user_and_lets_them_in(
    qtbot: QtBot, database: Database, facility: Facility
) -> None:
    _pia, dialog = _users_dialog_of_an_administrator(qtbot, database)
    with database.session() as session:
        users.create_user(
            session, SYSTEM, username="nina", full_name="Nina", roles={Role.STAFF}, password=PASSWORD
        )
    for _ in range(5):
        with database.session() as session:
            auth.login(session, "nina", "forkert")
    dialog.reload()
    row = next(i for i, user in enumerate(dialog.rows) if user.username == "nina")
    assert dialog.table.item(row, 4).text().startswith("Låst til kl. ")
    dialog.table.selectRow(row)
    assert dialog.unlock_button.isEnabled()
    dialog.unlock_button.click()
    assert dialog.table.item(row, 4).text() == "Aktiv" and not dialog.unlock_button.isEnabled()
    with database.session() as session:
        assert auth.login(session, "nina", PASSWORD).actor is not None


def test_first_start_offers_the_demo_or_a_first_administrator(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = Actor("pia", "Pia", frozenset({Role.ADMIN}), 1)
    monkeypatch.setattr(
        login_dialog.FirstStartDialog, "ask", classmethod(lambda cls: login_dialog.CREATE_ADMIN)
    )
    monkeypatch.setattr(login_dialog.CreateAdminDialog, "ask", classmethod(lambda cls, db: admin))
    assert ui_app.first_start_or_login(database) is admin

    dialog = login_dialog.CreateAdminDialog(database)
    qtbot.addWidget(dialog)
    dialog.username.setText("pia")
    dialog.full_name.setText("Pia Mortensen")
    dialog.password.setText("forstander1")
    dialog.repeat.setText("forstander1")
    dialog.create()
    assert dialog.actor is not None and dialog.actor.roles == {Role.ADMIN}


def test_first_start_with_the_demo_then_login_with_the_demo_hint(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    hints: list[str] = []
    monkeypatch.setattr(login_dialog.FirstStartDialog, "ask", classmethod(lambda cls: login_dialog.DEMO))
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, db, hint="": hints.append(hint)))
    ui_app.first_start_or_login(database)
    assert "demo1234" in hints[0]


def test_only_those_who_may_register_an_incident_are_offered_it(
    qtbot: QtBot, database: Database, facility: Facility, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.session() as session:
        advisor, coordinator = actor_for(session, "raadgiver"), actor_for(session, "koordinator")
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, *args, **kwargs: coordinator))
    window = MainWindow(database, today=TODAY, actor=advisor, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    start = window.resident_page.start_page
    assert "Ctrl+H" not in start.hint.text() and not start.follow_up_title.isVisible()
    assert not window.toolbar.isVisible()  # an advisor has none of its buttons
    toolbar_button = window.toolbar.widgetForAction(window.action_register)
    assert not window.action_register.isEnabled() and not toolbar_button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.findChildren(QDialog) == []  # Ctrl+H opens nothing either
    window.logout()  # and the coordinator logs in
    assert window.action_register.isEnabled() and toolbar_button.isVisible()
    assert "Ctrl+H" in start.hint.text() and start.follow_up_title.isVisible()
    assert window.toolbar.isVisible()


def test_administrator_gives_a_forgotten_password_and_changes_roles(
    qtbot: QtBot, database: Database, facility: Facility
) -> None:
    pia, dialog = _users_dialog_of_an_administrator(qtbot, database)
    assert not dialog.password_button.isEnabled()  # nobody chosen yet
    row = next(i for i, user in enumerate(dialog.rows) if user.username == "koordinator")
    dialog.table.selectRow(row)
    assert dialog.password_button.isEnabled() and dialog.roles_button.isEnabled()
    assert dialog.deactivate_button.isEnabled() and not dialog.activate_button.isEnabled()
    chosen = dialog.selected_user()
    assert chosen is not None

    new_password = NewPasswordDialog(database, pia, chosen, dialog)
    assert new_password.windowTitle() == "Ny adgangskode til Kirsten Koordinator"
    new_password.password.setText("kort")
    assert not new_password.save()
    assert "mindst 8 tegn" in new_password.problem.text() and new_password.password.text() == "kort"
    new_password.password.setText("ny-kode-123")
    assert new_password.save()
    login = LoginDialog(database, username="koordinator", now=NOW)
    qtbot.addWidget(login)
    login.password.setText("ny-kode-123")
    assert login.try_login()

    roles = RolesDialog(database, pia, chosen, dialog)
    assert roles.roles[Role.COORDINATOR].isChecked() and not roles.roles[Role.STAFF].isChecked()
    roles.roles[Role.STAFF].setChecked(True)
    assert roles.save()
    dialog.reload()
    assert dialog.rows[row].roles == {Role.COORDINATOR, Role.STAFF}


def test_ctrl_l_locks_also_while_the_incident_form_is_open(
    qtbot: QtBot, database: Database, kirsten: Actor
) -> None:
    window = MainWindow(database, today=TODAY, actor=kirsten, idle_minutes=0)  # no idle lock
    qtbot.addWidget(window)
    window.show()
    incident = window.register_incident()  # window-modal: the main window's shortcuts are blocked
    qtbot.waitUntil(incident.isActiveWindow)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is incident
    qtbot.keyClick(focused, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.lock_screen, LockScreen) and window.lock_screen.isVisible()
    assert incident.isVisible()  # covered, not closed


def test_switching_user_warns_that_an_unsaved_registration_goes(
    qtbot: QtBot, database: Database, kirsten: Actor
) -> None:
    window = MainWindow(database, today=TODAY, actor=kirsten, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    incident = window.register_incident()
    incident.location.setEditText("Gangen")
    screen = window.lock()
    assert screen is not None
    with qtbot.waitSignal(screen.finished):
        screen.done(SWITCH_USER)  # "Skift bruger"
    question = window.switch_question
    assert question.isVisible() and "Kirsten Koordinator har en hændelse, der ikke er gemt" in question.text()
    back = next(b for b in question.buttons() if b.text() == "Tilbage")
    with qtbot.waitSignal(question.finished):
        back.click()
    assert isinstance(window.lock_screen, LockScreen)  # locked again, nothing lost
    assert incident.isVisible() and incident.location.currentText() == "Gangen"
    incident.discard()  # before the test ends: closing it would ask


def test_the_next_user_on_a_shared_pc_starts_on_the_start_page_not_on_the_last_users_resident(
    qtbot: QtBot, database: Database, facility: Facility, kirsten: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.session() as session:
        rasmus = actor_for(session, "raadgiver")
    jonas = facility.residents["jonas"]
    window = MainWindow(database, today=TODAY, actor=kirsten, idle_minutes=0)
    qtbot.addWidget(window)
    window.open_resident(jonas)
    window.resident_page.show_tab(PlanKind.SAFETY_PLAN)
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, *args, **kwargs: None))
    window.logout()  # she logs out, nobody logs in: the app closes; the next user starts it

    window = MainWindow(database, today=TODAY, actor=rasmus, idle_minutes=0)
    qtbot.addWidget(window)
    assert window.resident_page.resident_id is None
    incident = window.register_incident()
    assert incident.resident_id() is None  # "Hvem" is asked first, not taken from somebody else's work
    incident.done(QDialog.DialogCode.Rejected)
    window.close()

    window = MainWindow(database, today=TODAY, actor=kirsten, idle_minutes=0)
    qtbot.addWidget(window)
    assert window.resident_page.resident_id == jonas  # her own resident is back, on her tab
    assert window.resident_page.current_plan_kind() is PlanKind.SAFETY_PLAN
