"""the facility's action plan: measures with owner, deadline and status

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26

A new table only (domain.action_plan, services.action_plan); nothing existing changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "measures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("track", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_measures_resident_id_residents")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_measures_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measures")),
    )
    op.create_index("ix_measures_resident_id", "measures", ["resident_id"])
    op.create_index("ix_measures_unit_id_status", "measures", ["unit_id", "status"])


def downgrade() -> None:
    op.drop_index("ix_measures_unit_id_status", table_name="measures")
    op.drop_index("ix_measures_resident_id", table_name="measures")
    op.drop_table("measures")
