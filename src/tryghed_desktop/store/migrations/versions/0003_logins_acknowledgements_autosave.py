"""logins, acknowledgements, autosave, settings

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "app_settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_settings")),
    )
    op.create_table(
        "draft_autosaves",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("based_on_row_version", sa.Integer(), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_draft_autosaves_user_id_users")),
        sa.ForeignKeyConstraint(
            ["version_id"], ["plan_versions.id"], name=op.f("fk_draft_autosaves_version_id_plan_versions")
        ),
        sa.PrimaryKeyConstraint("version_id", name=op.f("pk_draft_autosaves")),
    )
    with op.batch_alter_table("draft_autosaves", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_autosaves_user_id"), ["user_id"], unique=False)

    op.create_table(
        "plan_acknowledgements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_plan_acknowledgements_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["plan_versions.id"],
            name=op.f("fk_plan_acknowledgements_version_id_plan_versions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_acknowledgements")),
        sa.UniqueConstraint(
            "version_id", "user_id", name=op.f("uq_plan_acknowledgements_version_id_user_id")
        ),
    )
    with op.batch_alter_table("plan_acknowledgements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_acknowledgements_user_id"), ["user_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_acknowledgements_version_id"), ["version_id"], unique=False)

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("last_login_at")
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_logins")

    with op.batch_alter_table("plan_acknowledgements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_acknowledgements_version_id"))
        batch_op.drop_index(batch_op.f("ix_plan_acknowledgements_user_id"))

    op.drop_table("plan_acknowledgements")
    with op.batch_alter_table("draft_autosaves", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_autosaves_user_id"))

    op.drop_table("draft_autosaves")
    op.drop_table("app_settings")
