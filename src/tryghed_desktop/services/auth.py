"""Logging in (argon2, lock-out after repeated failures), changing one's password, the first administrator."""

from __future__ import annotations

from datetime import datetime, timedelta

import msgspec
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tryghed_desktop.services import audit, users
from tryghed_desktop.services.actors import SYSTEM, Actor, Role, actor_of
from tryghed_desktop.services.errors import Problem, ServiceError, ValidationError
from tryghed_desktop.store.models import AppSetting, User, utcnow

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=5)
WRONG_CREDENTIALS = "Forkert brugernavn eller adgangskode."
IDLE_KEY = "auth.idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10


class AuthenticationError(ServiceError):
    """The login was refused; the message says why (and until when, when locked out)."""


class LoginOutcome(msgspec.Struct, frozen=True):
    """The result of a login attempt. A refusal is a value, not an exception, so that the caller's
    session commits the failure count and the audit entry instead of rolling them back."""

    actor: Actor | None
    message: str = ""  # Danish, for the CLI; a window words the refusal from the facts below
    locked_until: datetime | None = None
    reason: str = ""  # "unknown user", "password", "locked", "locked now" or "deactivated"
    attempts_left: int | None = None  # after a wrong password, before the user is locked out

    def actor_or_raise(self) -> Actor:
        """The actor, or the refusal as an AuthenticationError (call it after the session ended)."""
        if self.actor is None:
            raise AuthenticationError(self.message)
        return self.actor


def _clock(moment: datetime) -> str:
    return moment.astimezone().strftime("%H.%M")


def _locked_message(until: datetime) -> str:
    return (
        f"For mange forkerte forsøg. Brugeren er låst til kl. {_clock(until)}. "
        "Prøv igen derefter, eller bed en administrator om at låse dig op."
    )


def login(session: Session, username: str, password: str, *, now: datetime | None = None) -> LoginOutcome:
    """Check a username and password. Every attempt is audited; after MAX_FAILED_LOGINS failures in
    a row the user is locked out for LOCKOUT; a success resets the count. Deactivated users are refused.
    """
    now = now or utcnow()
    name = username.strip().lower()
    user = session.scalars(select(User).where(User.username == name)).one_or_none()

    def refuse(
        message: str, reason: str, locked_until: datetime | None = None, left: int | None = None
    ) -> LoginOutcome:
        audit.record(session, SYSTEM, "login.failed", target=name[:200], detail={"reason": reason}, now=now)
        return LoginOutcome(None, message, locked_until, reason, left)

    if user is None:
        return refuse(WRONG_CREDENTIALS, "unknown user")
    if user.locked_until is not None and now < user.locked_until:
        return refuse(_locked_message(user.locked_until), "locked", user.locked_until)
    if not users.check_password(user, password):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.failed_logins = 0
            user.locked_until = now + LOCKOUT
            session.flush()
            return refuse(_locked_message(user.locked_until), "locked now", user.locked_until)
        session.flush()
        left = MAX_FAILED_LOGINS - user.failed_logins
        return refuse(
            f"{WRONG_CREDENTIALS} {left} forsøg tilbage, før brugeren låses i 5 minutter.",
            "password",
            left=left,
        )
    if not user.active:
        return refuse("Brugeren er deaktiveret. Kontakt en administrator.", "deactivated")
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    session.flush()
    actor = actor_of(user)
    audit.record(session, actor, "login", target=user.username, now=now)
    return LoginOutcome(actor)


def verify_password(session: Session, actor: Actor, password: str) -> bool:
    """Whether `password` is the acting user's own (re-entered to unlock or to sign an approval)."""
    if actor.user_id is None:
        return False
    user = session.get(User, actor.user_id)
    return user is not None and user.active and users.check_password(user, password)


def change_password(
    session: Session, actor: Actor, old_password: str, new_password: str, *, now: datetime | None = None
) -> None:
    """Change one's own password; the old one must be given."""
    if actor.user_id is None or not verify_password(session, actor, old_password):
        raise AuthenticationError("Den nuværende adgangskode er forkert.")
    if new_password == old_password:
        raise ValidationError(
            [Problem("adgangskode", "Den nye adgangskode skal være en anden end den gamle.")]
        )
    user = users.get_user(session, actor.user_id)
    user.password_hash = users.hash_password(new_password)
    session.flush()
    audit.record(session, actor, "user.password", target=user.username, now=now)


def needs_first_admin(session: Session) -> bool:
    """True for a database without any user: the first start asks for an administrator."""
    return session.scalar(select(func.count(User.id))) == 0


def create_first_admin(
    session: Session,
    *,
    username: str,
    full_name: str,
    password: str,
    title: str = "",
    now: datetime | None = None,
) -> Actor:
    """The first user, an administrator, on an empty database; refused once any user exists."""
    if not needs_first_admin(session):
        raise ServiceError("Der er allerede oprettet brugere. Log ind som administrator.")
    users.create_user(
        session,
        SYSTEM,
        username=username,
        full_name=full_name,
        title=title,
        roles={Role.ADMIN},
        password=password,
        now=now,
    )
    return actor_of(users.user_by_name(session, username))


def idle_lock_minutes(session: Session) -> int:
    """Minutes without input before the window locks (a facility setting; 10 unless changed)."""
    setting = session.get(AppSetting, IDLE_KEY)
    return int(setting.value) if setting is not None else DEFAULT_IDLE_MINUTES


def record_session_event(session: Session, actor: Actor, action: str, *, now: datetime | None = None) -> None:
    """Audit a lock, unlock or logout of the window (access entries, purged with the others)."""
    audit.record(session, actor, action, target=actor.username, now=now)
