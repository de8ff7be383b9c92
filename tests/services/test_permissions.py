"""The permission matrix: every role × every action, allowed and refused, enforced by the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from tests.services.conftest import Ward
from tests.ui.factories import risk_profile
from tryghed_desktop.domain.incidents import IncidentReport, IncidentType
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.domain.readability import ReadabilityLimits
from tryghed_desktop.services import (
    acknowledgements,
    action_plan,
    audit,
    cards,
    drafts,
    incidents,
    interchange,
    plans,
    residents,
    users,
)
from tryghed_desktop.services.action_plan import MeasureInput
from tryghed_desktop.services.actors import PERMISSIONS, SYSTEM, Action, Actor, Role, actor_for
from tryghed_desktop.services.errors import PermissionDeniedError
from tryghed_desktop.store.db import Database

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@dataclass
class World:
    resident_id: int
    unit_id: int
    submitted_id: int  # daily rhythm, written and submitted by the ward's coordinator
    export: dict[str, object]


@pytest.fixture
def world(database: Database, ward: Ward) -> World:
    with database.session() as session:
        for role in Role:
            users.create_user(
                session, SYSTEM, username=f"kun-{role.value}", full_name=f"Kun {role}", roles={role}
            )
        draft = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, risk_profile()
        )
        plans.submit(session, ward.coordinator, draft.id)
        plans.approve(session, ward.advisor, draft.id)
        rhythm = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.DAILY_RHYTHM)
        plans.submit(session, ward.coordinator, rhythm.id)
        export = interchange.export_resident(session, SYSTEM, ward.resident_id)
    return World(ward.resident_id, ward.unit_id, rhythm.id, export)


def _submit(session: Session, actor: Actor, world: World) -> None:
    draft = plans.start_draft(session, SYSTEM, world.resident_id, PlanKind.SAFETY_PLAN)
    plans.submit(session, actor, draft.id)


def _report(world: World) -> IncidentReport:
    return IncidentReport(
        occurred_at=NOW - timedelta(minutes=5),
        incident_type=IncidentType.THREAT,
        severity=2,
        location="Fællesstuen",
        resident_id=world.resident_id,
    )


OPERATIONS: dict[Action, Callable[[Session, Actor, World], object]] = {
    Action.READ: lambda s, a, w: plans.resident_plans(s, a, w.resident_id),
    Action.PRINT: lambda s, a, w: cards.resident_card(s, a, w.resident_id, "risk"),
    Action.REGISTER_INCIDENT: lambda s, a, w: incidents.register_incident(s, a, _report(w), now=NOW),
    Action.ACKNOWLEDGE: lambda s, a, w: acknowledgements.acknowledge(s, a, w.resident_id),
    Action.EDIT: lambda s, a, w: plans.start_draft(s, a, w.resident_id, PlanKind.SAFETY_PLAN),
    Action.SUBMIT: _submit,
    Action.APPROVE: lambda s, a, w: plans.approve(s, a, w.submitted_id),
    Action.RETURN: lambda s, a, w: plans.return_version(s, a, w.submitted_id, "Mere konkret."),
    Action.SEE_READ_STATUS: lambda s, a, w: acknowledgements.unread_by(s, a, w.resident_id),
    Action.EXPORT: lambda s, a, w: interchange.export_resident(s, a, w.resident_id),
    Action.IMPORT: lambda s, a, w: interchange.import_resident(s, a, w.export),
    Action.MANAGE_USERS: lambda s, a, w: users.create_user(
        s, a, username="ny", full_name="Ny Medarbejder", roles={Role.STAFF}
    ),
    Action.MANAGE_RESIDENTS: lambda s, a, w: residents.update_resident(
        s, a, w.resident_id, unit_id=w.unit_id, display_name="Jonas Madsen", card_name="JM"
    ),
    Action.AUDIT: lambda s, a, w: audit.export_resident_audit(s, a, w.resident_id),
    Action.SET_READABILITY_LIMITS: lambda s, a, w: drafts.set_readability_limits(
        s, a, ReadabilityLimits(10, 35.0)
    ),
    Action.ACTION_PLAN: lambda s, a, w: action_plan.add_measure(s, a, MeasureInput("Fast punkt på mødet")),
}


CASES = [pytest.param(action, role, id=f"{action.value}-{role.value}") for action in Action for role in Role]


def test_every_action_has_an_operation() -> None:
    assert set(OPERATIONS) == set(Action)


@pytest.mark.parametrize(("action", "role"), CASES)
def test_permission_matrix(database: Database, world: World, action: Action, role: Role) -> None:
    with database.session() as session:
        actor = actor_for(session, f"kun-{role.value}")
        if role in PERMISSIONS[action]:
            OPERATIONS[action](session, actor, world)
        else:
            with pytest.raises(PermissionDeniedError):
                OPERATIONS[action](session, actor, world)


def test_nobody_approves_a_version_they_edited(database: Database, ward: Ward) -> None:
    with database.session() as session:
        both = users.create_user(
            session,
            SYSTEM,
            username="begge",
            full_name="Begge Roller",
            roles={Role.COORDINATOR, Role.ADVISOR},
        )
        actor = actor_for(session, "begge")
        assert actor.user_id == both
        draft = plans.start_draft(session, actor, ward.resident_id, PlanKind.RISK_PROFILE)
        plans.submit(session, ward.coordinator, draft.id)
        with pytest.raises(PermissionDeniedError, match="selv har skrevet"):
            plans.approve(session, actor, draft.id)
