"""approved plan versions may be deleted with their resident, a year or more after the move-out

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26

DESIGN §9: a resident's data is deleted when the facility's retention period after the move-out has
passed (services.resident_deletion). 0004 made approved and superseded versions undeletable; they
stay so while the resident lives here and for the first year after the move-out (the shortest period
the app lets an administrator choose). The service alone decides, by the facility's period and the
Danish calendar day, when a resident is due; the database only refuses what no period allows, with two
days to spare for the time of day, the time zone and 29 February.

SQLite: 0004's delete trigger is dropped and made again with that exception. PostgreSQL: 0004's one
trigger for updates and deletes becomes an update trigger (its function is untouched; its delete
branch is no longer reached) and a delete trigger of its own carries the exception. The SQL is this
migration's own copy; the downgrade writes 0004's back.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "Godkendte planversioner kan ikke ændres eller slettes"

SQLITE_DELETE_0004 = f"""
CREATE TRIGGER trg_plan_versions_approved_undeletable
BEFORE DELETE ON plan_versions
FOR EACH ROW WHEN OLD.status IN ('approved', 'superseded')
BEGIN
    SELECT RAISE(ABORT, '{MESSAGE}');
END
"""
# SQLite keeps UTC times as 'YYYY-MM-DD HH:MM:SS.ffffff', which compares as text with datetime().
SQLITE_DELETE = f"""
CREATE TRIGGER trg_plan_versions_approved_undeletable
BEFORE DELETE ON plan_versions
FOR EACH ROW WHEN OLD.status IN ('approved', 'superseded') AND NOT EXISTS (
    SELECT 1 FROM plan_documents d JOIN residents r ON r.id = d.resident_id
    WHERE d.id = OLD.document_id AND r.active = 0 AND r.discharged_at IS NOT NULL
    AND r.discharged_at < datetime('now', '-1 year', '+2 days')
)
BEGIN
    SELECT RAISE(ABORT, '{MESSAGE}');
END
"""
POSTGRES_DELETE_FUNCTION = f"""
CREATE FUNCTION plan_versions_approved_undeletable() RETURNS trigger AS $$
BEGIN
    IF OLD.status IN ('approved', 'superseded') AND NOT EXISTS (
        SELECT 1 FROM plan_documents d JOIN residents r ON r.id = d.resident_id
        WHERE d.id = OLD.document_id AND NOT r.active AND r.discharged_at IS NOT NULL
        AND r.discharged_at < now() - interval '1 year' + interval '2 days'
    ) THEN
        RAISE EXCEPTION '{MESSAGE}';
    END IF;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;
"""


def _postgres_trigger(events: str, name: str, function: str) -> str:
    return (
        f"CREATE TRIGGER {name} BEFORE {events} ON plan_versions FOR EACH ROW EXECUTE FUNCTION {function}()"
    )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS trg_plan_versions_approved_undeletable")
        op.execute(SQLITE_DELETE)
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_plan_versions_approved_immutable ON plan_versions")
        op.execute(
            _postgres_trigger(
                "UPDATE", "trg_plan_versions_approved_immutable", "plan_versions_approved_immutable"
            )
        )
        op.execute(POSTGRES_DELETE_FUNCTION)
        op.execute(
            _postgres_trigger(
                "DELETE", "trg_plan_versions_approved_undeletable", "plan_versions_approved_undeletable"
            )
        )
    else:
        raise NotImplementedError(f"no immutability triggers for {dialect}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS trg_plan_versions_approved_undeletable")
        op.execute(SQLITE_DELETE_0004)
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_plan_versions_approved_undeletable ON plan_versions")
        op.execute("DROP FUNCTION IF EXISTS plan_versions_approved_undeletable()")
        op.execute("DROP TRIGGER IF EXISTS trg_plan_versions_approved_immutable ON plan_versions")
        op.execute(
            _postgres_trigger(
                "UPDATE OR DELETE", "trg_plan_versions_approved_immutable", "plan_versions_approved_immutable"
            )
        )
    else:
        raise NotImplementedError(f"no immutability triggers for {dialect}")
