"""a version counter on residents: two PCs changing the same resident's facts is a conflict

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26

Plain ALTER TABLE both ways, as in 0007: residents has no triggers, but Alembic's batch copy is not
needed for one column with a server default (SQLite adds it in place; DROP COLUMN is native since
SQLite 3.35).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("residents", sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    op.drop_column("residents", "row_version")
