"""incidents

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("other_person", sa.String(length=200), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("incident_type", sa.String(length=20), nullable=False),
        sa.Column("form", sa.String(length=20), nullable=False),
        sa.Column("outside_work_hours", sa.Boolean(), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("slot_label", sa.String(length=200), nullable=False),
        sa.Column("signs_seen", sa.JSON(), nullable=False),
        sa.Column("strategies", sa.JSON(), nullable=False),
        sa.Column("stage_reached", sa.String(length=20), nullable=True),
        sa.Column("injury", sa.Boolean(), nullable=False),
        sa.Column("absence_days", sa.Integer(), nullable=False),
        sa.Column("first_absence_day", sa.Date(), nullable=True),
        sa.Column("police_report", sa.Boolean(), nullable=False),
        sa.Column("use_of_force", sa.JSON(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("plan_version_id", sa.Integer(), nullable=True),
        sa.Column("reporter_id", sa.Integer(), nullable=True),
        sa.Column("reporter_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("first_aid_due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("injury_report_due", sa.Date(), nullable=True),
        sa.Column("defusing_done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("debriefing_offered_on", sa.Date(), nullable=True),
        sa.Column("first_aid_contact_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("injury_reported_on", sa.Date(), nullable=True),
        sa.Column("police_reported_on", sa.Date(), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["closed_by_id"], ["users.id"], name=op.f("fk_incidents_closed_by_id_users")),
        sa.ForeignKeyConstraint(
            ["plan_version_id"], ["plan_versions.id"], name=op.f("fk_incidents_plan_version_id_plan_versions")
        ),
        sa.ForeignKeyConstraint(["reporter_id"], ["users.id"], name=op.f("fk_incidents_reporter_id_users")),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_incidents_resident_id_residents")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_incidents_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incidents_closed_by_id"), ["closed_by_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_incidents_incident_type"), ["incident_type"], unique=False)
        batch_op.create_index(batch_op.f("ix_incidents_occurred_at"), ["occurred_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_incidents_plan_version_id"), ["plan_version_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_incidents_reporter_id"), ["reporter_id"], unique=False)
        batch_op.create_index(
            "ix_incidents_resident_id_occurred_at", ["resident_id", "occurred_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_incidents_severity"), ["severity"], unique=False)
        batch_op.create_index("ix_incidents_unit_id_closed_at", ["unit_id", "closed_at"], unique=False)
        batch_op.create_index("ix_incidents_unit_id_occurred_at", ["unit_id", "occurred_at"], unique=False)

    op.create_table(
        "incident_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_incident_changes_incident_id_incidents")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_incident_changes_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_changes")),
    )
    with op.batch_alter_table("incident_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_changes_incident_id"), ["incident_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_incident_changes_user_id"), ["user_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("incident_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_changes_user_id"))
        batch_op.drop_index(batch_op.f("ix_incident_changes_incident_id"))

    op.drop_table("incident_changes")
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index("ix_incidents_unit_id_occurred_at")
        batch_op.drop_index("ix_incidents_unit_id_closed_at")
        batch_op.drop_index(batch_op.f("ix_incidents_severity"))
        batch_op.drop_index("ix_incidents_resident_id_occurred_at")
        batch_op.drop_index(batch_op.f("ix_incidents_reporter_id"))
        batch_op.drop_index(batch_op.f("ix_incidents_plan_version_id"))
        batch_op.drop_index(batch_op.f("ix_incidents_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_incidents_incident_type"))
        batch_op.drop_index(batch_op.f("ix_incidents_closed_by_id"))

    op.drop_table("incidents")
