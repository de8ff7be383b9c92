"""Names fixed in one place: the QSettings organisation/application and the GUI's acting user."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from tryghed_desktop.services.actors import Actor, Role

ORGANIZATION_NAME = "Tryghed"
APPLICATION_NAME = "TryghedDesktop"
APPLICATION_DISPLAY_NAME = "Tryghed Desktop"

# Who acts when nobody has logged in: only a window built without login (tests, the self-test).
LOCAL_ACTOR = Actor(username="afdelingspc", full_name="Afdelingens pc", roles=frozenset({Role.STAFF}))

_logged_in: Actor | None = None


def open_settings() -> QSettings:
    """The UI-state settings (geometry, last resident, language); never clinical data.

    INI format on every platform, so an administrator can read or delete it as a file.
    """
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION_NAME, APPLICATION_NAME
    )


def current_actor() -> Actor:
    """Who the GUI acts as: the logged-in user (LOCAL_ACTOR in a window built without login)."""
    return _logged_in or LOCAL_ACTOR


def set_current_actor(actor: Actor | None) -> None:
    """Set at login, cleared at logout; every service call from the window acts as this user."""
    global _logged_in  # noqa: PLW0603 - one logged-in user per process, as there is one window
    _logged_in = actor
