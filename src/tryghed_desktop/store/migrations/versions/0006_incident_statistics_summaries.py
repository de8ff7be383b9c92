"""incident statistics summaries: counts per unit, resident, local month and type, one table a figure

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 12:02:21.857613

The tables are backfilled from the incidents here, in Python (zoneinfo gives the Danish month,
weekday and hour on SQLite and PostgreSQL alike), one unit at a time. This is a frozen copy of
services.statistics.IncidentBuckets: migrations must not import the services.
"""

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "incident_stats_buckets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("incident_type", sa.String(length=20), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("slot_label", sa.String(length=200), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_incident_stats_buckets_resident_id_residents")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_incident_stats_buckets_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_stats_buckets")),
    )
    with op.batch_alter_table("incident_stats_buckets", schema=None) as batch_op:
        batch_op.create_index(
            "ix_incident_stats_buckets_resident_id_month", ["resident_id", "month"], unique=False
        )
        batch_op.create_index(
            "ix_incident_stats_buckets_unit_id_kind",
            ["unit_id", "incident_type", "severity", "slot_label", "month", "resident_id", "count"],
            unique=False,
        )
        batch_op.create_index(
            "ix_incident_stats_buckets_unit_id_month",
            ["unit_id", "month", "incident_type", "count"],
            unique=False,
        )

    op.create_table(
        "incident_stats_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("incident_type", sa.String(length=20), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_incident_stats_hours_resident_id_residents")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_incident_stats_hours_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_stats_hours")),
    )
    with op.batch_alter_table("incident_stats_hours", schema=None) as batch_op:
        batch_op.create_index(
            "ix_incident_stats_hours_resident_id_month", ["resident_id", "month"], unique=False
        )
        batch_op.create_index(
            "ix_incident_stats_hours_unit_id_weekday",
            ["unit_id", "weekday", "hour", "month", "incident_type", "resident_id", "count"],
            unique=False,
        )

    op.create_table(
        "incident_stats_signs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("incident_type", sa.String(length=20), nullable=False),
        sa.Column("sign", sa.Text(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_incident_stats_signs_resident_id_residents")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_incident_stats_signs_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_stats_signs")),
    )
    with op.batch_alter_table("incident_stats_signs", schema=None) as batch_op:
        batch_op.create_index(
            "ix_incident_stats_signs_resident_id_month", ["resident_id", "month"], unique=False
        )
        batch_op.create_index(
            "ix_incident_stats_signs_unit_id_sign",
            ["unit_id", "resident_id", "sign", "month", "incident_type", "count"],
            unique=False,
        )

    op.create_table(
        "incident_stats_strategies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("incident_type", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("helped", sa.Boolean(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_incident_stats_strategies_resident_id_residents")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_incident_stats_strategies_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_stats_strategies")),
    )
    with op.batch_alter_table("incident_stats_strategies", schema=None) as batch_op:
        batch_op.create_index(
            "ix_incident_stats_strategies_resident_id_month", ["resident_id", "month"], unique=False
        )
        batch_op.create_index(
            "ix_incident_stats_strategies_unit_id_text",
            ["unit_id", "resident_id", "text", "helped", "month", "incident_type", "count"],
            unique=False,
        )

    _backfill()


ZONE = "Europe/Copenhagen"
CHUNK = 5_000
OWNER = ("unit_id", "resident_id", "month", "incident_type")


def _utc(value: datetime | str) -> datetime:
    if isinstance(value, str):  # SQLite: 'YYYY-MM-DD HH:MM:SS[.ffffff]'
        value = datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _backfill() -> None:
    connection = op.get_bind()
    incidents = sa.table(
        "incidents",
        sa.column("unit_id", sa.Integer()),
        sa.column("resident_id", sa.Integer()),
        sa.column("occurred_at", sa.DateTime(timezone=True)),
        sa.column("incident_type", sa.String()),
        sa.column("severity", sa.Integer()),
        sa.column("slot_label", sa.String()),
        sa.column("signs_seen", sa.JSON()),
        sa.column("strategies", sa.JSON()),
    )
    tables = {
        "incident_stats_buckets": (*OWNER, "severity", "slot_label"),
        "incident_stats_hours": (*OWNER, "weekday", "hour"),
        "incident_stats_signs": (*OWNER, "sign"),
        "incident_stats_strategies": (*OWNER, "text", "helped"),
    }
    zone = ZoneInfo(ZONE)
    units = connection.execute(sa.select(incidents.c.unit_id).distinct().order_by(incidents.c.unit_id))
    for unit_id in list(units.scalars()):
        counts: dict[str, Counter[tuple[Any, ...]]] = {name: Counter() for name in tables}
        rows = connection.execute(
            sa.select(incidents).where(incidents.c.unit_id == unit_id).execution_options(yield_per=CHUNK)
        )
        for unit, resident, occurred, kind, severity, slot, signs, strategies in rows:
            local = _utc(occurred).astimezone(zone)
            owner = (unit, resident, date(local.year, local.month, 1), kind)
            counts["incident_stats_buckets"][(*owner, severity, slot or "")] += 1
            counts["incident_stats_hours"][(*owner, local.weekday(), local.hour)] += 1
            for sign in signs or ():
                counts["incident_stats_signs"][(*owner, sign if sign is None else str(sign))] += 1
            for use in strategies or ():
                text = use.get("text") if isinstance(use, dict) else None
                helped = use.get("helped") if isinstance(use, dict) else None
                counts["incident_stats_strategies"][
                    (*owner, text, helped if isinstance(helped, bool) else None)
                ] += 1
        for name, columns in tables.items():
            table = sa.table(
                name,
                *(sa.column(c, sa.Date() if c == "month" else None) for c in columns),
                sa.column("count", sa.Integer()),
            )
            values = [{**dict(zip(columns, key, strict=True)), "count": n} for key, n in counts[name].items()]
            for start in range(0, len(values), CHUNK):
                connection.execute(sa.insert(table), values[start : start + CHUNK])


def downgrade() -> None:
    with op.batch_alter_table("incident_stats_strategies", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_stats_strategies_unit_id_text")
        batch_op.drop_index("ix_incident_stats_strategies_resident_id_month")

    op.drop_table("incident_stats_strategies")
    with op.batch_alter_table("incident_stats_signs", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_stats_signs_unit_id_sign")
        batch_op.drop_index("ix_incident_stats_signs_resident_id_month")

    op.drop_table("incident_stats_signs")
    with op.batch_alter_table("incident_stats_hours", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_stats_hours_unit_id_weekday")
        batch_op.drop_index("ix_incident_stats_hours_resident_id_month")

    op.drop_table("incident_stats_hours")
    with op.batch_alter_table("incident_stats_buckets", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_stats_buckets_unit_id_month")
        batch_op.drop_index("ix_incident_stats_buckets_unit_id_kind")
        batch_op.drop_index("ix_incident_stats_buckets_resident_id_month")

    op.drop_table("incident_stats_buckets")
