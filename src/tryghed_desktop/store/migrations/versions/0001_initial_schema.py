"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "facilities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facilities")),
        sa.UniqueConstraint("name", name=op.f("uq_facilities_name")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("facility_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facilities.id"], name=op.f("fk_units_facility_id_facilities")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
        sa.UniqueConstraint("facility_id", "name", name=op.f("uq_units_facility_id_name")),
    )
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_units_facility_id"), ["facility_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_units_name"), ["name"], unique=False)

    op.create_table(
        "user_roles",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_user_roles_user_id_users")),
        sa.PrimaryKeyConstraint("user_id", "role", name=op.f("pk_user_roles")),
    )
    op.create_table(
        "residents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("card_name", sa.String(length=100), nullable=False),
        sa.Column("room", sa.String(length=50), nullable=False),
        sa.Column("contact_persons", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("discharged_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_residents_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_residents")),
    )
    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_residents_active"), ["active"], unique=False)
        batch_op.create_index(batch_op.f("ix_residents_display_name"), ["display_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_residents_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index("ix_residents_unit_id_active", ["unit_id", "active"], unique=False)

    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_audit_events_resident_id_residents")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_audit_events_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_events_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_events_resident_id_at", ["resident_id", "at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_user_id"), ["user_id"], unique=False)

    op.create_table(
        "plan_documents",
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
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_plan_documents_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_documents")),
        sa.UniqueConstraint("resident_id", "kind", name=op.f("uq_plan_documents_resident_id_kind")),
    )
    with op.batch_alter_table("plan_documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_documents_resident_id"), ["resident_id"], unique=False)

    op.create_table(
        "plan_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "submitted",
                "approved",
                "returned",
                "superseded",
                name="version_status",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("submitted_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("approval_comment", sa.Text(), nullable=False),
        sa.Column("approved_hash", sa.String(length=64), nullable=True),
        sa.Column("review_due", sa.Date(), nullable=True),
        sa.Column("valid_from", sa.DateTime(timezone=True), nullable=True),
        sa.Column("valid_to", sa.DateTime(timezone=True), nullable=True),
        sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("returned_by_id", sa.Integer(), nullable=True),
        sa.Column("return_comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["users.id"], name=op.f("fk_plan_versions_approved_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_plan_versions_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["plan_documents.id"], name=op.f("fk_plan_versions_document_id_plan_documents")
        ),
        sa.ForeignKeyConstraint(
            ["returned_by_id"], ["users.id"], name=op.f("fk_plan_versions_returned_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["submitted_by_id"], ["users.id"], name=op.f("fk_plan_versions_submitted_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_plan_versions_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_versions")),
        sa.UniqueConstraint("document_id", "number", name=op.f("uq_plan_versions_document_id_number")),
    )
    with op.batch_alter_table("plan_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_versions_approved_by_id"), ["approved_by_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_versions_created_by_id"), ["created_by_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_versions_document_id"), ["document_id"], unique=False)
        batch_op.create_index("ix_plan_versions_document_id_status", ["document_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_versions_returned_by_id"), ["returned_by_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_versions_status"), ["status"], unique=False)
        batch_op.create_index("ix_plan_versions_status_review_due", ["status", "review_due"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plan_versions_submitted_by_id"), ["submitted_by_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_plan_versions_updated_by_id"), ["updated_by_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("plan_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_versions_updated_by_id"))
        batch_op.drop_index(batch_op.f("ix_plan_versions_submitted_by_id"))
        batch_op.drop_index("ix_plan_versions_status_review_due")
        batch_op.drop_index(batch_op.f("ix_plan_versions_status"))
        batch_op.drop_index(batch_op.f("ix_plan_versions_returned_by_id"))
        batch_op.drop_index("ix_plan_versions_document_id_status")
        batch_op.drop_index(batch_op.f("ix_plan_versions_document_id"))
        batch_op.drop_index(batch_op.f("ix_plan_versions_created_by_id"))
        batch_op.drop_index(batch_op.f("ix_plan_versions_approved_by_id"))

    op.drop_table("plan_versions")
    with op.batch_alter_table("plan_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_documents_resident_id"))

    op.drop_table("plan_documents")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_user_id"))
        batch_op.drop_index("ix_audit_events_resident_id_at")
        batch_op.drop_index(batch_op.f("ix_audit_events_at"))
        batch_op.drop_index(batch_op.f("ix_audit_events_action"))

    op.drop_table("audit_events")
    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.drop_index("ix_residents_unit_id_active")
        batch_op.drop_index(batch_op.f("ix_residents_unit_id"))
        batch_op.drop_index(batch_op.f("ix_residents_display_name"))
        batch_op.drop_index(batch_op.f("ix_residents_active"))

    op.drop_table("residents")
    op.drop_table("user_roles")
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_units_name"))
        batch_op.drop_index(batch_op.f("ix_units_facility_id"))

    op.drop_table("units")
    op.drop_table("users")
    op.drop_table("facilities")
