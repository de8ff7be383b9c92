"""Staff confirm having read a resident's current plans; a new approval asks them again."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.services.conftest import Ward
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services import acknowledgements, plans, users
from tryghed_desktop.services.actors import SYSTEM, Role, actor_for
from tryghed_desktop.services.errors import LifecycleError
from tryghed_desktop.store.db import Database

JAN = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
FEB = datetime(2026, 2, 5, 10, 0, tzinfo=UTC)


def _approve(database: Database, ward: Ward, kind: PlanKind, when: datetime) -> None:
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, kind, now=when)
        plans.submit(session, ward.coordinator, draft.id, now=when)
        plans.approve(session, ward.advisor, draft.id, now=when)


def test_acknowledging_all_current_plans_and_who_has_not(database: Database, ward: Ward) -> None:
    with database.session() as session:
        users.create_user(session, SYSTEM, username="ny", full_name="Nina Ny", roles={Role.STAFF})
        with pytest.raises(LifecycleError, match="ingen godkendte planer"):
            acknowledgements.acknowledge(session, ward.staff, ward.resident_id)
    _approve(database, ward, PlanKind.RISK_PROFILE, JAN)
    _approve(database, ward, PlanKind.DAILY_RHYTHM, JAN)
    with database.session() as session:
        assert acknowledgements.unread_by(session, ward.coordinator, ward.resident_id) == [
            "Ali Hassan",
            "Nina Ny",
        ]
        assert acknowledgements.acknowledge(session, ward.staff, ward.resident_id, now=JAN) == 2
        assert acknowledgements.acknowledge(session, ward.staff, ward.resident_id, now=JAN) == 0
        status = acknowledgements.read_status(session, ward.staff, ward.resident_id)
        assert status.read and status.read_at == JAN
        assert acknowledgements.unread_by(session, ward.coordinator, ward.resident_id) == ["Nina Ny"]
    # A new current version must be read again.
    _approve(database, ward, PlanKind.RISK_PROFILE, FEB)
    with database.session() as session:
        assert not acknowledgements.read_status(session, ward.staff, ward.resident_id).read
        assert acknowledgements.unread_by(session, ward.coordinator, ward.resident_id) == [
            "Ali Hassan",
            "Nina Ny",
        ]
        assert acknowledgements.acknowledge(session, ward.staff, ward.resident_id, now=FEB) == 1
        nina = actor_for(session, "ny")
        assert not acknowledgements.read_status(session, nina, ward.resident_id).read
