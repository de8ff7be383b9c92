"""Two PCs saving at the same moment keep one audit chain: the second links to the first."""

from __future__ import annotations

import threading

from sqlalchemy import event

from tests.services.conftest import Ward
from tryghed_desktop.services import audit
from tryghed_desktop.store.db import Database


def test_two_pcs_saving_at_once_keep_one_chain(database: Database, ward: Ward) -> None:
    head_read = threading.Event()
    failures: list[BaseException] = []

    def other_pc() -> None:
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
        # Without the lock the other PC reads the head now, before this entry is committed, and both
        # entries link to the same one. With it, it waits for this transaction: give it the chance.
        head_read.wait(timeout=1.0)
        head_seen_early = head_read.is_set()
    second.join(timeout=30)

    assert not failures and not second.is_alive()
    assert not head_seen_early
    with database.session() as session:
        assert audit.verify_chain(session) == []
