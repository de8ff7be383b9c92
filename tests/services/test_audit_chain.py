"""Two PCs writing at the same moment: the audit chain stays one, and an administrator stays."""

from __future__ import annotations

import threading

from sqlalchemy import event

from tests.services.conftest import Ward
from tryghed_desktop.services import audit, users
from tryghed_desktop.services.actors import SYSTEM, Role, actor_for
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.store.db import Database


def test_two_pcs_saving_at_once_keep_one_chain(database: Database, ward: Ward) -> None:
    started, head_read = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def other_pc() -> None:
        started.set()
        try:
            with database.session() as session:
                # Set when the other PC has read the chain's head and is about to append to it.
                event.listen(session, "before_flush", lambda *_args: head_read.set())
                audit.record(session, ward.staff, "incident.register", target="pc 2")
        except BaseException as error:  # handed to the test thread
            failures.append(error)

    with database.session() as session:
        audit.record(session, ward.coordinator, "plan.save", target="pc 1")
        second = threading.Thread(target=other_pc)
        second.start()
        assert started.wait(timeout=30)
        # Without the lock the other PC reads the head now, before this entry is committed, and both
        # entries link to the same one. With it, it waits for this transaction: a second is its
        # chance to show it does not (the one wait that cannot be on a signal: of what did not happen).
        head_read.wait(timeout=1.0)
        head_seen_early = head_read.is_set()
    second.join(timeout=30)

    assert not failures and not second.is_alive()
    assert not head_seen_early
    with database.session() as session:
        assert audit.verify_chain(session) == []


def test_two_administrators_taking_each_others_role_at_once_leave_one(database: Database) -> None:
    with database.session() as session:
        users.create_user(session, SYSTEM, username="pia", full_name="Pia", roles={Role.ADMIN})
        users.create_user(session, SYSTEM, username="anne", full_name="Anne", roles={Role.ADMIN})
        pia, anne = actor_for(session, "pia"), actor_for(session, "anne")
    started, counted = threading.Event(), threading.Event()
    outcome: list[BaseException | None] = []

    def anne_on_another_pc() -> None:
        started.set()
        try:
            with database.session() as session:
                event.listen(session, "before_flush", lambda *_args: counted.set())
                users.deactivate_user(session, anne, pia.user_id)  # type: ignore[arg-type]
            outcome.append(None)
        except BaseException as error:  # handed to the test thread
            outcome.append(error)

    with database.session() as session:
        users.deactivate_user(session, pia, anne.user_id)  # type: ignore[arg-type]
        other = threading.Thread(target=anne_on_another_pc)
        other.start()
        assert started.wait(timeout=30)
        counted.wait(timeout=1.0)  # without the lock, Anne counts Pia as the other administrator now
    other.join(timeout=30)

    # Refused as the last administrator, or, had her thread started late, as deactivated already.
    assert isinstance(outcome[0], ServiceError)
    assert "eneste aktive administrator" in str(outcome[0]) or "ikke længere ret" in str(outcome[0])
    with database.session() as session:
        assert users.user_by_name(session, "pia").active
        assert not users.user_by_name(session, "anne").active
