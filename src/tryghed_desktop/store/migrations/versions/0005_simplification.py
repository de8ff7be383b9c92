"""simplification: imported originals and their pieces (placed, kept, dropped or untouched)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 11:12:31.753525
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "original_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "risk_profile",
                "daily_rhythm",
                "safety_plan",
                "activities",
                name="plan_kind",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("source_kind", sa.String(length=20), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=True),
        sa.Column("imported_by", sa.String(length=200), nullable=False),
        sa.Column("full_text", sa.Text(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["imported_by_id"], ["users.id"], name=op.f("fk_original_documents_imported_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_original_documents_resident_id_residents")
        ),
        sa.ForeignKeyConstraint(
            ["version_id"], ["plan_versions.id"], name=op.f("fk_original_documents_version_id_plan_versions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_original_documents")),
    )
    with op.batch_alter_table("original_documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_original_documents_imported_by_id"), ["imported_by_id"], unique=False
        )
        batch_op.create_index(
            "ix_original_documents_resident_id_imported_at", ["resident_id", "imported_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_original_documents_version_id"), ["version_id"], unique=False)

    op.create_table(
        "original_pieces",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("paragraph", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("is_heading", sa.Boolean(), nullable=False),
        sa.Column("suggested_target", sa.String(length=100), nullable=False),
        sa.Column("suggestion_reason", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("target", sa.String(length=100), nullable=False),
        sa.Column("rewritten", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["original_documents.id"],
            name=op.f("fk_original_pieces_document_id_original_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_original_pieces_updated_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["version_id"], ["plan_versions.id"], name=op.f("fk_original_pieces_version_id_plan_versions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_original_pieces")),
        sa.UniqueConstraint("document_id", "position", name=op.f("uq_original_pieces_document_id_position")),
    )
    with op.batch_alter_table("original_pieces", schema=None) as batch_op:
        batch_op.create_index(
            "ix_original_pieces_document_id_status", ["document_id", "status"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_original_pieces_updated_by_id"), ["updated_by_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_original_pieces_version_id"), ["version_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("original_pieces", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_original_pieces_version_id"))
        batch_op.drop_index(batch_op.f("ix_original_pieces_updated_by_id"))
        batch_op.drop_index("ix_original_pieces_document_id_status")

    op.drop_table("original_pieces")
    with op.batch_alter_table("original_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_original_documents_version_id"))
        batch_op.drop_index("ix_original_documents_resident_id_imported_at")
        batch_op.drop_index(batch_op.f("ix_original_documents_imported_by_id"))

    op.drop_table("original_documents")
