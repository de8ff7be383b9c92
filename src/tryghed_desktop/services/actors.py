"""Who is acting: a user with roles, or the system itself (set-up, demo, automation)."""

from __future__ import annotations

from enum import StrEnum

import msgspec
from sqlalchemy import select
from sqlalchemy.orm import Session

from tryghed_desktop.services.errors import NotFoundError, PermissionDeniedError
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


class Actor(msgspec.Struct, frozen=True):
    """The acting user as the services see it; `user_id` is None for the system."""

    username: str
    full_name: str
    roles: frozenset[Role]
    user_id: int | None = None

    def has(self, role: Role) -> bool:
        return role in self.roles


class Action(StrEnum):
    """What a user can do; who may is decided once, in PERMISSIONS."""

    READ = "read"
    PRINT = "print"
    REGISTER_INCIDENT = "register_incident"
    ACKNOWLEDGE = "acknowledge"
    EDIT = "edit"
    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"
    SEE_READ_STATUS = "see_read_status"
    EXPORT = "export"
    IMPORT = "import"
    MANAGE_USERS = "manage_users"
    MANAGE_RESIDENTS = "manage_residents"
    AUDIT = "audit"
    SET_READABILITY_LIMITS = "set_readability_limits"
    ACTION_PLAN = "action_plan"


# The permission matrix of the issue: staff read, print, register incidents and acknowledge;
# coordinators edit and submit; advisors approve or return; administrators manage users and the log.
# The readability limits the editors warn at are the facility's: coordinators and administrators;
# so is the facility's action plan.
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.READ: frozenset(Role),
    Action.PRINT: frozenset({Role.STAFF, Role.COORDINATOR}),
    Action.REGISTER_INCIDENT: frozenset({Role.STAFF, Role.COORDINATOR}),
    Action.ACKNOWLEDGE: frozenset({Role.STAFF}),
    Action.EDIT: frozenset({Role.COORDINATOR}),
    Action.SUBMIT: frozenset({Role.COORDINATOR}),
    Action.APPROVE: frozenset({Role.ADVISOR}),
    Action.RETURN: frozenset({Role.ADVISOR}),
    Action.SEE_READ_STATUS: frozenset({Role.COORDINATOR, Role.ADMIN}),
    Action.EXPORT: frozenset({Role.COORDINATOR, Role.ADMIN}),
    Action.IMPORT: frozenset({Role.COORDINATOR, Role.ADMIN}),
    Action.MANAGE_USERS: frozenset({Role.ADMIN}),
    Action.MANAGE_RESIDENTS: frozenset({Role.COORDINATOR, Role.ADMIN}),
    Action.AUDIT: frozenset({Role.ADMIN}),
    Action.SET_READABILITY_LIMITS: frozenset({Role.COORDINATOR, Role.ADMIN}),
    Action.ACTION_PLAN: frozenset({Role.COORDINATOR, Role.ADMIN}),
}

ACTION_WORDS: dict[Action, str] = {
    Action.READ: "læse borgernes planer",
    Action.PRINT: "udskrive handlekort",
    Action.REGISTER_INCIDENT: "registrere hændelser",
    Action.ACKNOWLEDGE: "bekræfte at have læst planer",
    Action.EDIT: "redigere planer",
    Action.SUBMIT: "indsende planer til godkendelse",
    Action.APPROVE: "godkende planer",
    Action.RETURN: "returnere planer",
    Action.SEE_READ_STATUS: "se, hvem der har læst planerne",
    Action.EXPORT: "eksportere",
    Action.IMPORT: "indlæse",
    Action.MANAGE_USERS: "administrere brugere",
    Action.MANAGE_RESIDENTS: "oprette, rette eller fraflytte borgere",
    Action.AUDIT: "se og eksportere revisionsloggen",
    Action.SET_READABILITY_LIMITS: "ændre grænserne for læsbarhed",
    Action.ACTION_PLAN: "ændre handleplanen",
}


def may(actor: Actor, action: Action) -> bool:
    """Whether the actor holds a role that allows the action (the UI uses it to hide buttons)."""
    return not actor.roles.isdisjoint(PERMISSIONS[action])


def require(actor: Actor, action: Action) -> None:
    """Refuse with a Danish PermissionDeniedError unless the actor may do the action."""
    if not may(actor, action):
        raise PermissionDeniedError(f"Du har ikke ret til at {ACTION_WORDS[action]}.")


def current_roles(session: Session, actor: Actor) -> frozenset[Role]:
    """The actor's roles as the database holds them now, none once deactivated: on a shared database
    an administrator on another PC may have changed them since this user logged in."""
    if actor.user_id is None:
        return actor.roles  # the system itself (CLI automation)
    user = session.get(User, actor.user_id)
    if user is None or not user.active:
        return frozenset()
    return frozenset(Role(name) for name in user.role_names)


def require_current(session: Session, actor: Actor, action: Action) -> None:
    """`require`, by the roles the user holds now: for managing users, approving, exporting and the
    audit log, a deactivated or demoted user must not go on until they log out."""
    require_roles_now(session, actor, PERMISSIONS[action], ACTION_WORDS[action])


def require_roles_now(session: Session, actor: Actor, allowed: frozenset[Role], doing: str) -> None:
    """Refuse (Danish) unless the actor holds one of the roles, at login and still in the database."""
    if actor.roles.isdisjoint(allowed):
        raise PermissionDeniedError(f"Du har ikke ret til at {doing}.")
    if current_roles(session, actor).isdisjoint(allowed):
        raise PermissionDeniedError(
            f"Du har ikke længere ret til at {doing}: en administrator har ændret din bruger. "
            "Log ud og ind igen."
        )


def actor_of(user: User) -> Actor:
    """The actor for a loaded user row."""
    return Actor(
        username=user.username,
        full_name=user.full_name,
        roles=frozenset(Role(name) for name in user.role_names),
        user_id=user.id,
    )


SYSTEM = Actor(username="system", full_name="Tryghed Desktop", roles=frozenset(Role))


def actor_for(session: Session, username: str) -> Actor:
    """The actor for an existing, active user."""
    user = session.scalars(select(User).where(User.username == username)).one_or_none()
    if user is None or not user.active:
        raise NotFoundError(f"Brugeren '{username}' findes ikke eller er deaktiveret.")
    return actor_of(user)
