"""Users and their roles; passwords stored as argon2 hashes only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from tryghed_desktop.services import audit
from tryghed_desktop.services.actors import Actor, Role
from tryghed_desktop.services.errors import PermissionDeniedError, Problem, ValidationError
from tryghed_desktop.store.models import User, UserRole

_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    title: str
    roles: frozenset[Role]
    active: bool


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
    if not actor.has(Role.ADMIN):
        raise PermissionDeniedError("Kun en administrator kan oprette brugere.")
    username = username.strip().lower()
    problems = []
    if not username or " " in username:
        problems.append(Problem("brugernavn", "Skriv et brugernavn uden mellemrum."))
    elif session.scalars(select(User.id).where(User.username == username)).first() is not None:
        problems.append(Problem("brugernavn", f"Brugernavnet '{username}' er allerede i brug."))
    if not full_name.strip():
        problems.append(Problem("navn", "Skriv brugerens fulde navn."))
    if not roles:
        problems.append(Problem("roller", "Vælg mindst én rolle."))
    if password is not None and len(password) < MIN_PASSWORD_LENGTH:
        problems.append(Problem("adgangskode", f"Adgangskoden skal have mindst {MIN_PASSWORD_LENGTH} tegn."))
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


def list_users(session: Session) -> list[UserRow]:
    """All users, active and deactivated, by name."""
    return [
        UserRow(
            id=user.id,
            username=user.username,
            full_name=user.full_name,
            title=user.title,
            roles=frozenset(Role(name) for name in user.role_names),
            active=user.active,
        )
        for user in session.scalars(select(User).order_by(User.full_name))
    ]


def check_password(user: User, password: str) -> bool:
    """Whether `password` matches the user's stored hash (False when the user has none)."""
    if user.password_hash is None:
        return False
    try:
        return _hasher.verify(user.password_hash, password)
    except VerificationError:
        return False
