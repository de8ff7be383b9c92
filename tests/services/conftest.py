"""People and a resident to act on, created through the services in a test's own database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from tryghed_desktop.services import residents, users
from tryghed_desktop.services.actors import SYSTEM, Actor, Role, actor_for
from tryghed_desktop.store.db import Database

# Jonas has lived here since long before the fixed days the tests use (a move-out is not before it).
MOVED_IN = datetime(2015, 1, 1, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Ward:
    resident_id: int
    unit_id: int
    coordinator: Actor
    advisor: Actor
    staff: Actor


@pytest.fixture
def ward(database: Database) -> Ward:
    with database.session() as session:
        unit = residents.ensure_unit(session, "Bostedet Egebakken", "Hus Birk")
        for username, name, role in [
            ("mette", "Mette Kruse", Role.COORDINATOR),
            ("lene", "Lene Holm", Role.ADVISOR),
            ("ali", "Ali Hassan", Role.STAFF),
        ]:
            users.create_user(session, SYSTEM, username=username, full_name=name, roles={role})
        resident_id = residents.create_resident(
            session,
            SYSTEM,
            unit_id=unit.id,
            display_name="Jonas Madsen",
            card_name="Jonas",
            room="4",
            now=MOVED_IN,
        )
        return Ward(
            resident_id,
            unit.id,
            actor_for(session, "mette"),
            actor_for(session, "lene"),
            actor_for(session, "ali"),
        )
