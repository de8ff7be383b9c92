"""Login with argon2, lock-out after five failures, deactivated users, own password, first administrator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.services.conftest import Ward
from tryghed_desktop.domain.plans import PlanKind, RiskProfile
from tryghed_desktop.services import auth, plans, users
from tryghed_desktop.services.actors import SYSTEM, Role, actor_for
from tryghed_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import AuditEvent

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
PASSWORD = "hemmelig-1"


@pytest.fixture
def with_passwords(database: Database, ward: Ward) -> Ward:
    with database.session() as session:
        for username in ("mette", "lene", "ali"):
            users.reset_password(session, SYSTEM, users.user_by_name(session, username).id, PASSWORD)
    return ward


def _login(database: Database, username: str, password: str, now: datetime = NOW) -> auth.LoginOutcome:
    with database.session() as session:
        return auth.login(session, username, password, now=now)


def _actions(database: Database) -> list[tuple[str, str]]:
    with database.session() as session:
        return [(e.action, e.target) for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_login_gives_the_actor_with_roles_and_is_audited(database: Database, with_passwords: Ward) -> None:
    outcome = _login(database, " Mette ", PASSWORD)
    assert outcome.actor == with_passwords.coordinator
    assert _actions(database)[-1] == ("login", "mette")


def test_a_wrong_password_is_refused_counted_and_audited(database: Database, with_passwords: Ward) -> None:
    outcome = _login(database, "mette", "forkert")
    assert outcome.actor is None
    assert outcome.message.startswith("Forkert brugernavn eller adgangskode. 4 forsøg tilbage")
    assert _actions(database)[-1] == ("login.failed", "mette")
    with pytest.raises(auth.AuthenticationError, match="Forkert"):
        outcome.actor_or_raise()


def test_an_unknown_user_gets_the_same_message(database: Database, with_passwords: Ward) -> None:
    assert _login(database, "ingen", PASSWORD).message == auth.WRONG_CREDENTIALS


def test_five_failures_lock_the_user_for_five_minutes(database: Database, with_passwords: Ward) -> None:
    for attempt in range(5):
        outcome = _login(database, "mette", "forkert", NOW + timedelta(seconds=attempt))
    assert outcome.locked_until == NOW + timedelta(seconds=4, minutes=5)
    clock = outcome.locked_until.astimezone().strftime("%H.%M")
    assert f"låst til kl. {clock}" in outcome.message
    # Even the right password is refused while locked …
    refused = _login(database, "mette", PASSWORD, NOW + timedelta(minutes=4))
    assert refused.actor is None and "låst" in refused.message
    # … and works again once the five minutes have passed.
    assert _login(database, "mette", PASSWORD, NOW + timedelta(minutes=6)).actor is not None


def test_an_administrator_sees_a_lock_out_and_lifts_it(database: Database, with_passwords: Ward) -> None:
    for attempt in range(5):
        _login(database, "mette", "forkert", NOW + timedelta(seconds=attempt))
    with database.session() as session:
        rows = {row.username: row for row in users.list_users(session, now=NOW + timedelta(minutes=1))}
        assert rows["mette"].locked_until == NOW + timedelta(seconds=4, minutes=5)
        assert rows["lene"].locked_until is None
        with pytest.raises(PermissionDeniedError):
            users.unlock_user(session, with_passwords.staff, rows["mette"].id)
        users.unlock_user(session, SYSTEM, rows["mette"].id)
    # The same password works at once, without waiting out the five minutes.
    assert _login(database, "mette", PASSWORD, NOW + timedelta(minutes=1)).actor is not None
    assert ("user.unlock", "mette") in _actions(database)


def test_a_success_resets_the_failure_count(database: Database, with_passwords: Ward) -> None:
    for _ in range(4):
        _login(database, "mette", "forkert")
    assert _login(database, "mette", PASSWORD).actor is not None
    for _ in range(4):
        outcome = _login(database, "mette", "forkert")
    assert outcome.locked_until is None


def test_a_deactivated_user_cannot_log_in(database: Database, with_passwords: Ward) -> None:
    with database.session() as session:
        users.deactivate_user(session, SYSTEM, users.user_by_name(session, "ali").id)
    outcome = _login(database, "ali", PASSWORD)
    assert outcome.actor is None
    assert "deaktiveret" in outcome.message


def test_change_own_password_needs_the_old_one(database: Database, with_passwords: Ward) -> None:
    staff = with_passwords.staff
    with database.session() as session, pytest.raises(auth.AuthenticationError, match="nuværende"):
        auth.change_password(session, staff, "forkert", "ny-adgangskode")
    with database.session() as session, pytest.raises(ValidationError, match="mindst 8"):
        auth.change_password(session, staff, PASSWORD, "kort")
    with database.session() as session:
        auth.change_password(session, staff, PASSWORD, "ny-adgangskode")
    assert _login(database, "ali", PASSWORD).actor is None
    assert _login(database, "ali", "ny-adgangskode").actor == staff


def test_the_first_administrator_only_on_an_empty_database(database: Database) -> None:
    with database.session() as session:
        assert auth.needs_first_admin(session)
        admin = auth.create_first_admin(
            session, username="Pia", full_name="Pia Mortensen", password="forstander1"
        )
    assert admin.roles == frozenset({Role.ADMIN})
    assert _login(database, "pia", "forstander1").actor == admin
    with database.session() as session:
        assert not auth.needs_first_admin(session)
        with pytest.raises(ServiceError, match="allerede oprettet"):
            auth.create_first_admin(session, username="x", full_name="X", password="xxxxxxxx")


def test_administrators_deactivate_others_but_never_delete_or_deactivate_themselves(
    database: Database, with_passwords: Ward
) -> None:
    with database.session() as session:
        admin_id = users.create_user(
            session, SYSTEM, username="pia", full_name="Pia", roles={Role.ADMIN}, password=PASSWORD
        )
    admin = _login(database, "pia", PASSWORD).actor_or_raise()
    with database.session() as session, pytest.raises(ServiceError, match="dig selv"):
        users.deactivate_user(session, admin, admin_id)
    with database.session() as session, pytest.raises(PermissionDeniedError):
        users.deactivate_user(session, with_passwords.coordinator, admin_id)
    with database.session() as session:
        ali = users.user_by_name(session, "ali").id
        users.deactivate_user(session, admin, ali)
    with database.session() as session:
        rows = {row.username: row for row in users.list_users(session)}
    assert not rows["ali"].active  # still listed: history keeps the name
    assert ("user.deactivate", "ali") in _actions(database)
    with database.session() as session:
        users.activate_user(session, admin, ali)
        users.set_roles(session, admin, ali, {Role.STAFF, Role.COORDINATOR})
        with pytest.raises(ServiceError, match="egen administratorrolle"):
            users.set_roles(session, admin, admin_id, {Role.STAFF})
    assert _login(database, "ali", PASSWORD).actor_or_raise().roles == {Role.STAFF, Role.COORDINATOR}


def test_the_last_active_administrator_stays_one(database: Database, with_passwords: Ward) -> None:
    with database.session() as session:
        pia = users.create_user(
            session, SYSTEM, username="pia", full_name="Pia Mortensen", roles={Role.ADMIN}
        )
        kim = users.create_user(session, SYSTEM, username="kim", full_name="Kim Berg", roles={Role.ADMIN})
        users.deactivate_user(session, SYSTEM, kim)  # Pia is still there
        for take_away in (
            lambda: users.deactivate_user(session, SYSTEM, pia),
            lambda: users.set_roles(session, SYSTEM, pia, {Role.STAFF}),
        ):
            with pytest.raises(ServiceError, match="Pia Mortensen er den eneste aktive administrator"):
                take_away()
        users.activate_user(session, SYSTEM, kim)
        users.set_roles(session, SYSTEM, pia, {Role.STAFF})  # Kim is an administrator again
    with database.session() as session:
        admins = {row.username for row in users.list_users(session) if Role.ADMIN in row.roles and row.active}
    assert admins == {"kim"}


def test_a_user_deactivated_or_demoted_on_another_pc_loses_the_rights_at_once(
    database: Database, ward: Ward
) -> None:
    with database.session() as session:
        users.create_user(session, SYSTEM, username="pia", full_name="Pia", roles={Role.ADMIN})
        users.create_user(session, SYSTEM, username="karl", full_name="Karl", roles={Role.ADMIN})
        pia, karl = actor_for(session, "pia"), actor_for(session, "karl")
    # Karl deactivates Pia while her window is still open on another PC, and demotes the advisor.
    with database.session() as session:
        users.deactivate_user(session, karl, pia.user_id)  # type: ignore[arg-type]
        users.set_roles(session, karl, ward.advisor.user_id, {Role.STAFF})  # type: ignore[arg-type]
    with database.session() as session:
        with pytest.raises(PermissionDeniedError, match="ikke længere ret til at administrere brugere"):
            users.create_user(session, pia, username="bagdor", full_name="Bagdør", roles={Role.ADMIN})
        with pytest.raises(PermissionDeniedError, match="ikke længere ret"):
            users.reset_password(session, pia, karl.user_id, "ny-kode-123")  # type: ignore[arg-type]
    with database.session() as session:
        draft = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, RiskProfile()
        )
        plans.submit(session, ward.coordinator, draft.id)
        with pytest.raises(PermissionDeniedError, match="ikke længere ret til at godkende planer"):
            plans.approve(session, ward.advisor, draft.id)
    with database.session() as session, pytest.raises(NotFoundError):
        users.user_by_name(session, "bagdor")


def test_usernames_are_short_and_plain(database: Database) -> None:
    with database.session() as session:
        for bad in ("ali!", "../x", "ali;drop", "a", "x" * 33):
            with pytest.raises(ValidationError, match="2–32 tegn"):
                users.create_user(session, SYSTEM, username=bad, full_name="X", roles={Role.STAFF})
        users.create_user(session, SYSTEM, username="søren.b-2", full_name="Søren", roles={Role.STAFF})
