"""Names fixed in one place: the QSettings organisation/application and the GUI's acting user."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from tryghed_desktop.services.actors import Actor, Role

ORGANIZATION_NAME = "Tryghed"
APPLICATION_NAME = "TryghedDesktop"
APPLICATION_DISPLAY_NAME = "Tryghed Desktop"

# Until login arrives (a later issue) the ward PC acts as one local staff user.
LOCAL_ACTOR = Actor(username="afdelingspc", full_name="Afdelingens pc", roles=frozenset({Role.STAFF}))


def open_settings() -> QSettings:
    """The UI-state settings (geometry, last resident, language); never clinical data.

    INI format on every platform, so an administrator can read or delete it as a file.
    """
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION_NAME, APPLICATION_NAME
    )


def current_actor() -> Actor:
    """Who the GUI acts as; the one place a later login replaces."""
    return LOCAL_ACTOR
