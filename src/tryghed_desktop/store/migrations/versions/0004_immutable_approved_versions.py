"""approved plan versions and audit entries are immutable in the database itself

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27

An approved version may only become superseded (with its valid_to set once); a superseded version
never changes again; neither may be deleted. Audit entries are never updated (a purge deletes old
access entries, so DELETE stays allowed there; the hash chain detects a deletion nobody recorded).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "Godkendte planversioner kan ikke ændres eller slettes"
AUDIT_MESSAGE = "Revisionsloggen kan ikke ændres"

# Never changed once approved. The approval facts are written once (the ORM may flush the status
# before them, within the approving transaction); valid_to once, when the version is superseded.
FROZEN = ("document_id", "number", "content", "content_hash", "created_at", "created_by_id")
WRITE_ONCE = (
    "submitted_at",
    "submitted_by_id",
    "approved_by_id",
    "approval_comment",
    "approved_hash",
    "review_due",
    "valid_from",
)


def _changed(distinct: str, cast: str = "") -> str:
    frozen = " OR ".join(f"NEW.{c}{cast} {distinct} OLD.{c}{cast}" for c in FROZEN)
    once = " OR ".join(f"NEW.{c}{cast} {distinct} OLD.{c}{cast}" for c in WRITE_ONCE)
    return (
        f"{frozen}\n    OR (OLD.approved_at IS NOT NULL AND ({once} OR NEW.approved_at {distinct} OLD.approved_at))"
        f"\n    OR (NEW.approved_hash IS NOT NULL AND NEW.approved_hash {distinct} NEW.content_hash)"
    )


SQLITE_UPDATE = f"""
CREATE TRIGGER trg_plan_versions_approved_immutable
BEFORE UPDATE ON plan_versions
FOR EACH ROW WHEN OLD.status IN ('approved', 'superseded') AND (
    {_changed("IS NOT")}
    OR (OLD.status = 'approved' AND NEW.status NOT IN ('approved', 'superseded'))
    OR (OLD.status = 'superseded' AND NEW.status IS NOT 'superseded')
    OR (OLD.valid_to IS NOT NULL AND NEW.valid_to IS NOT OLD.valid_to)
)
BEGIN
    SELECT RAISE(ABORT, '{MESSAGE}');
END
"""
SQLITE_DELETE = f"""
CREATE TRIGGER trg_plan_versions_approved_undeletable
BEFORE DELETE ON plan_versions
FOR EACH ROW WHEN OLD.status IN ('approved', 'superseded')
BEGIN
    SELECT RAISE(ABORT, '{MESSAGE}');
END
"""
SQLITE_AUDIT = f"""
CREATE TRIGGER trg_audit_events_append_only
BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, '{AUDIT_MESSAGE}');
END
"""

# PostgreSQL compares JSON as text (json has no equality operator).
POSTGRES_FUNCTIONS = f"""
CREATE FUNCTION plan_versions_approved_immutable() RETURNS trigger AS $$
BEGIN
    IF OLD.status IN ('approved', 'superseded') THEN
        IF TG_OP = 'DELETE' THEN
            RAISE EXCEPTION '{MESSAGE}';
        END IF;
        IF {_changed("IS DISTINCT FROM", "::text")}
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

CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '{AUDIT_MESSAGE}';
END;
$$ LANGUAGE plpgsql;
"""
POSTGRES_TRIGGERS = (
    "CREATE TRIGGER trg_plan_versions_approved_immutable BEFORE UPDATE OR DELETE ON plan_versions "
    "FOR EACH ROW EXECUTE FUNCTION plan_versions_approved_immutable()",
    "CREATE TRIGGER trg_audit_events_append_only BEFORE UPDATE ON audit_events "
    "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()",
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in (SQLITE_UPDATE, SQLITE_DELETE, SQLITE_AUDIT):
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute(POSTGRES_FUNCTIONS)
        for statement in POSTGRES_TRIGGERS:
            op.execute(statement)
    else:
        raise NotImplementedError(f"no immutability triggers for {dialect}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in (
            "trg_plan_versions_approved_immutable",
            "trg_plan_versions_approved_undeletable",
            "trg_audit_events_append_only",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_plan_versions_approved_immutable ON plan_versions")
        op.execute("DROP TRIGGER IF EXISTS trg_audit_events_append_only ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS plan_versions_approved_immutable()")
        op.execute("DROP FUNCTION IF EXISTS audit_events_append_only()")
