"""Who is acting: a user with roles, or the system itself (set-up, demo, automation)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from tryghed_desktop.services.errors import NotFoundError
from tryghed_desktop.store.models import User


class Role(StrEnum):
    STAFF = "staff"
    COORDINATOR = "coordinator"
    ADVISOR = "advisor"
    ADMIN = "admin"


ROLE_TITLES: dict[Role, str] = {
    Role.STAFF: "Medarbejder",
    Role.COORDINATOR: "Koordinator",
    Role.ADVISOR: "Ekstern rådgiver",
    Role.ADMIN: "Administrator",
}


@dataclass(frozen=True)
class Actor:
    """The acting user as the services see it; `user_id` is None for the system."""

    username: str
    full_name: str
    roles: frozenset[Role]
    user_id: int | None = None

    def has(self, role: Role) -> bool:
        return role in self.roles


SYSTEM = Actor(username="system", full_name="Tryghed Desktop", roles=frozenset(Role))


def actor_for(session: Session, username: str) -> Actor:
    """The actor for an existing, active user."""
    user = session.scalars(select(User).where(User.username == username)).one_or_none()
    if user is None or not user.active:
        raise NotFoundError(f"Brugeren '{username}' findes ikke eller er deaktiveret.")
    return Actor(
        username=user.username,
        full_name=user.full_name,
        roles=frozenset(Role(name) for name in user.role_names),
        user_id=user.id,
    )
