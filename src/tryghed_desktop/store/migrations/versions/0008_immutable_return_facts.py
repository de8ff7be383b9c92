"""an approved or superseded version's return facts are immutable too (0004's triggers, extended)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28

A version returned, then resubmitted and approved keeps when, by whom and why it was returned (the
comment and 0007's notes by section) as part of its approved history; approval itself leaves them
as they are. Only the update check changes: SQLite drops and creates its trigger again, PostgreSQL
replaces the trigger's function; the delete and audit triggers stay as 0004 made them. Plain SQL,
never Alembic's batch copy of the table (on SQLite a copy would drop the triggers). The SQL is this
migration's own copy, so it cannot change when later code does; the downgrade writes 0004's SQL
back character for character.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "Godkendte planversioner kan ikke ændres eller slettes"

# As in 0004: never changed once approved; the approval facts written once; valid_to once.
FROZEN_0004 = ("document_id", "number", "content", "content_hash", "created_at", "created_by_id")
# A return always comes before the approval, which does not touch these: frozen outright.
RETURN_FACTS = ("returned_at", "returned_by_id", "return_comment", "return_notes")
FROZEN = FROZEN_0004 + RETURN_FACTS
WRITE_ONCE = (
    "submitted_at",
    "submitted_by_id",
    "approved_by_id",
    "approval_comment",
    "approved_hash",
    "review_due",
    "valid_from",
)
TRIGGER = "trg_plan_versions_approved_immutable"


def _changed(frozen: Sequence[str], distinct: str, cast: str = "") -> str:
    never = " OR ".join(f"NEW.{c}{cast} {distinct} OLD.{c}{cast}" for c in frozen)
    once = " OR ".join(f"NEW.{c}{cast} {distinct} OLD.{c}{cast}" for c in WRITE_ONCE)
    return (
        f"{never}\n    OR (OLD.approved_at IS NOT NULL AND ({once} OR NEW.approved_at {distinct} OLD.approved_at))"
        f"\n    OR (NEW.approved_hash IS NOT NULL AND NEW.approved_hash {distinct} NEW.content_hash)"
    )


def _sqlite_update(frozen: Sequence[str]) -> str:
    return f"""
CREATE TRIGGER {TRIGGER}
BEFORE UPDATE ON plan_versions
FOR EACH ROW WHEN OLD.status IN ('approved', 'superseded') AND (
    {_changed(frozen, "IS NOT")}
    OR (OLD.status = 'approved' AND NEW.status NOT IN ('approved', 'superseded'))
    OR (OLD.status = 'superseded' AND NEW.status IS NOT 'superseded')
    OR (OLD.valid_to IS NOT NULL AND NEW.valid_to IS NOT OLD.valid_to)
)
BEGIN
    SELECT RAISE(ABORT, '{MESSAGE}');
END
"""


# PostgreSQL compares JSON as text (json has no equality operator). Replacing the function keeps
# the trigger that calls it (BEFORE UPDATE OR DELETE), so deletion stays refused as before.
def _postgres_function(frozen: Sequence[str]) -> str:
    return f"""
CREATE OR REPLACE FUNCTION plan_versions_approved_immutable() RETURNS trigger AS $$
BEGIN
    IF OLD.status IN ('approved', 'superseded') THEN
        IF TG_OP = 'DELETE' THEN
            RAISE EXCEPTION '{MESSAGE}';
        END IF;
        IF {_changed(frozen, "IS DISTINCT FROM", "::text")}
            OR (OLD.status = 'approved' AND NEW.status NOT IN ('approved', 'superseded'))
            OR (OLD.status = 'superseded' AND NEW.status <> 'superseded')
            OR (OLD.valid_to IS NOT NULL AND NEW.valid_to IS DISTINCT FROM OLD.valid_to) THEN
            RAISE EXCEPTION '{MESSAGE}';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
"""


def _install(frozen: Sequence[str]) -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # IF EXISTS: apps before 2026-11-26 ran this outside a transaction (pysqlite begins none
        # before DDL), so a run stopped between the two statements left no trigger to drop.
        op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER}")
        op.execute(_sqlite_update(frozen))
    elif dialect == "postgresql":
        op.execute(_postgres_function(frozen))
    else:
        raise NotImplementedError(f"no immutability triggers for {dialect}")


def upgrade() -> None:
    _install(FROZEN)


def downgrade() -> None:
    _install(FROZEN_0004)
