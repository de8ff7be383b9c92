"""Users and their roles; passwords stored as argon2 hashes only."""

from __future__ import annotations

import re
from datetime import datetime

import msgspec
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tryghed_desktop.services import audit
from tryghed_desktop.services.actors import Action, Actor, Role, require_current
from tryghed_desktop.services.errors import (
    NotFoundError,
    Problem,
    ServiceError,
    ValidationError,
)
from tryghed_desktop.store.db import hold_writers_lock
from tryghed_desktop.store.models import User, UserRole, utcnow

_hasher = PasswordHasher()
# Typed at the login on a shared PC and shown in the audit log: letters (æøå too), digits, . - _
USERNAME = re.compile(r"[a-zæøå0-9][a-zæøå0-9._-]{1,31}")
MIN_PASSWORD_LENGTH = 8


class UserRow(msgspec.Struct, frozen=True):
    id: int
    username: str
    full_name: str
    title: str
    roles: frozenset[Role]
    active: bool
    # Until when too many wrong passwords keep the user out (None: not locked out now).
    locked_until: datetime | None = None


def create_user(
    session: Session,
    actor: Actor,
    *,
    username: str,
    full_name: str,
    roles: set[Role],
    title: str = "",
    password: str | None = None,
    now: datetime | None = None,
) -> int:
    """Add a user (administrators only); returns the id."""
    require_current(session, actor, Action.MANAGE_USERS)
    username = username.strip().lower()
    problems = []
    if not username or " " in username:
        problems.append(Problem("brugernavn", "Skriv et brugernavn uden mellemrum."))
    elif not USERNAME.fullmatch(username):
        problems.append(
            Problem(
                "brugernavn",
                "Brugernavnet må have 2–32 tegn: bogstaver, tal, punktum, bindestreg eller understreg.",
            )
        )
    elif session.scalars(select(User.id).where(User.username == username)).first() is not None:
        problems.append(Problem("brugernavn", f"Brugernavnet '{username}' er allerede i brug."))
    if not full_name.strip():
        problems.append(Problem("navn", "Skriv brugerens fulde navn."))
    if not roles:
        problems.append(Problem("roller", "Vælg mindst én rolle."))
    if password is not None:
        problems += password_problems(password)
    if problems:
        raise ValidationError(problems)
    user = User(
        username=username,
        full_name=full_name.strip(),
        title=title.strip(),
        password_hash=_hasher.hash(password) if password is not None else None,
        active=True,
        roles=[UserRole(role=role.value) for role in sorted(roles)],
    )
    if now is not None:
        user.created_at = now
    session.add(user)
    session.flush()
    audit.record(session, actor, "user.create", target=username, now=now)
    return user.id


def list_users(session: Session, *, now: datetime | None = None) -> list[UserRow]:
    """All users, active and deactivated, by name; a lock-out shows until it ends."""
    now = now or utcnow()
    return [
        UserRow(
            id=user.id,
            username=user.username,
            full_name=user.full_name,
            title=user.title,
            roles=frozenset(Role(name) for name in user.role_names),
            active=user.active,
            locked_until=user.locked_until if user.locked_until and user.locked_until > now else None,
        )
        for user in session.scalars(select(User).order_by(User.full_name))
    ]


def unlock_user(session: Session, actor: Actor, user_id: int, *, now: datetime | None = None) -> None:
    """Lift a lock-out after too many wrong passwords (administrators only), the password unchanged:
    for the worker who remembers it again and should not wait out the minutes."""
    require_current(session, actor, Action.MANAGE_USERS)
    user = get_user(session, user_id)
    user.failed_logins = 0
    user.locked_until = None
    session.flush()
    audit.record(session, actor, "user.unlock", target=user.username, now=now)


def check_password(user: User, password: str) -> bool:
    """Whether `password` matches the user's stored hash (False when the user has none)."""
    if user.password_hash is None:
        return False
    try:
        return _hasher.verify(user.password_hash, password)
    except VerificationError:
        return False


def password_problems(password: str) -> list[Problem]:
    """What is wrong with a new password (nothing: an empty list)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return [Problem("adgangskode", f"Adgangskoden skal have mindst {MIN_PASSWORD_LENGTH} tegn.")]
    return []


def hash_password(password: str) -> str:
    """An argon2 hash of a password that passed `password_problems`."""
    problems = password_problems(password)
    if problems:
        raise ValidationError(problems, "Adgangskoden kan ikke bruges.")
    return _hasher.hash(password)


def get_user(session: Session, user_id: int) -> User:
    """The user row, or a Danish NotFoundError."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(f"Der findes ingen bruger med id {user_id}.")
    return user


def user_by_name(session: Session, username: str) -> User:
    """The user row (active or not) with that username, or a Danish NotFoundError."""
    user = session.scalars(select(User).where(User.username == username.strip().lower())).one_or_none()
    if user is None:
        raise NotFoundError(f"Brugeren '{username}' findes ikke.")
    return user


def deactivate_user(session: Session, actor: Actor, user_id: int, *, now: datetime | None = None) -> None:
    """Stop a user from logging in (administrators only). Users are never deleted: the history
    (approvals, the audit log) keeps their names."""
    require_current(session, actor, Action.MANAGE_USERS)
    user = get_user(session, user_id)
    if actor.user_id == user.id:
        raise ServiceError("Du kan ikke deaktivere dig selv. Bed en anden administrator om det.")
    if not user.active:
        return
    if Role.ADMIN.value in user.role_names:
        _keep_an_administrator(session, user)
    user.active = False
    session.flush()
    audit.record(session, actor, "user.deactivate", target=user.username, now=now)


def activate_user(session: Session, actor: Actor, user_id: int, *, now: datetime | None = None) -> None:
    """Let a deactivated user log in again (administrators only)."""
    require_current(session, actor, Action.MANAGE_USERS)
    user = get_user(session, user_id)
    if user.active:
        return
    user.active = True
    user.failed_logins = 0
    user.locked_until = None
    session.flush()
    audit.record(session, actor, "user.activate", target=user.username, now=now)


def _keep_an_administrator(session: Session, leaving: User) -> None:
    """Refuse a change that would leave no active administrator: nobody could then manage users.

    Two administrators taking each other's role on two PCs at once must not both pass: the writers'
    lock lets the second count only after the first has saved."""
    hold_writers_lock(session)
    others = session.scalar(
        select(func.count(User.id))
        .join(User.roles)
        .where(User.active, UserRole.role == Role.ADMIN.value, User.id != leaving.id)
    )
    if not others:
        raise ServiceError(
            f"{leaving.full_name} er den eneste aktive administrator. Giv en anden bruger rollen først."
        )


def set_roles(
    session: Session, actor: Actor, user_id: int, roles: set[Role], *, now: datetime | None = None
) -> None:
    """Give a user exactly these roles (administrators only; you cannot take your own admin role)."""
    require_current(session, actor, Action.MANAGE_USERS)
    user = get_user(session, user_id)
    if not roles:
        raise ValidationError([Problem("roller", "Vælg mindst én rolle.")])
    if actor.user_id == user.id and Role.ADMIN not in roles:
        raise ServiceError("Du kan ikke fjerne din egen administratorrolle.")
    if user.role_names == {role.value for role in roles}:
        return
    if user.active and Role.ADMIN.value in user.role_names and Role.ADMIN not in roles:
        _keep_an_administrator(session, user)
    user.roles = [UserRole(role=role.value) for role in sorted(roles)]
    session.flush()
    audit.record(session, actor, "user.roles", target=user.username, detail={"roles": sorted(roles)}, now=now)


def reset_password(
    session: Session, actor: Actor, user_id: int, password: str, *, now: datetime | None = None
) -> None:
    """Give a user a new password (administrators only, for a forgotten one); also lifts a lock-out."""
    require_current(session, actor, Action.MANAGE_USERS)
    user = get_user(session, user_id)
    user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    session.flush()
    audit.record(session, actor, "user.password_reset", target=user.username, now=now)
