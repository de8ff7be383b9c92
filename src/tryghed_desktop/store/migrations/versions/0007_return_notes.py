"""return notes: the advisor's per-section notes on a returned plan version

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28

Plain ALTER TABLE both ways, never Alembic's batch copy of the table: a copy on SQLite would drop
the immutability triggers of 0004. (A server default given as a string, not a SQL expression,
keeps SQLite's ADD COLUMN in place; DROP COLUMN is native since SQLite 3.35.)
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("plan_versions", sa.Column("return_notes", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    op.drop_column("plan_versions", "return_notes")
