"""Typed SQLAlchemy 2.0 mapping of facilities, residents, users, plan versions and audit events."""

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import PlanKind

# Named constraints keep Alembic batch migrations on SQLite and PostgreSQL in step.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC and gives them back aware, on SQLite (which drops zones) too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware one")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def _enum(enum_type: type[PlanKind] | type[VersionStatus], name: str) -> Enum:
    # Store the values ("risk_profile"), not the member names, and keep it a plain string column.
    return Enum(
        enum_type,
        name=name,
        native_enum=False,
        length=20,
        validate_strings=True,
        values_callable=lambda members: [member.value for member in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON}


class Facility(Base):
    __tablename__ = "facilities"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)

    units: Mapped[list["Unit"]] = relationship(back_populates="facility", order_by="Unit.name")


class Unit(Base):
    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("facility_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)

    facility: Mapped[Facility] = relationship(back_populates="units")
    residents: Mapped[list["Resident"]] = relationship(back_populates="unit")


class Resident(Base):
    __tablename__ = "residents"
    __table_args__ = (Index("ix_residents_unit_id_active", "unit_id", "active"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    display_name: Mapped[str] = mapped_column(String(200), index=True)
    card_name: Mapped[str] = mapped_column(String(100))
    room: Mapped[str] = mapped_column(String(50), default="")
    contact_persons: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    discharged_at: Mapped[datetime | None]
    # Two PCs changing the same resident's facts: the second save is a conflict, not an overwrite.
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    unit: Mapped[Unit] = relationship(back_populates="residents")
    documents: Mapped[list["PlanDocument"]] = relationship(back_populates="resident")

    __mapper_args__ = {"version_id_col": row_version}


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]

    roles: Mapped[list["UserRole"]] = relationship(
        back_populates="user", cascade="all, delete-orphan", order_by="UserRole.role"
    )

    @property
    def role_names(self) -> frozenset[str]:
        return frozenset(role.role for role in self.roles)


class UserRole(Base):
    __tablename__ = "user_roles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)

    user: Mapped[User] = relationship(back_populates="roles")


class PlanDocument(Base):
    """One plan of one kind for one resident; its content lives in versions."""

    __tablename__ = "plan_documents"
    __table_args__ = (UniqueConstraint("resident_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    kind: Mapped[PlanKind] = mapped_column(_enum(PlanKind, "plan_kind"))

    resident: Mapped[Resident] = relationship(back_populates="documents")
    versions: Mapped[list["PlanVersion"]] = relationship(
        back_populates="document", order_by="PlanVersion.number"
    )


class PlanVersion(Base):
    __tablename__ = "plan_versions"
    __table_args__ = (
        UniqueConstraint("document_id", "number"),
        Index("ix_plan_versions_document_id_status", "document_id", "status"),
        Index("ix_plan_versions_status_review_due", "status", "review_due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("plan_documents.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[VersionStatus] = mapped_column(_enum(VersionStatus, "version_status"), index=True)
    content: Mapped[dict[str, Any]]
    content_hash: Mapped[str] = mapped_column(String(64))
    # Optimistic concurrency: every write bumps it; a stale write is a conflict, never an overwrite.
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    submitted_at: Mapped[datetime | None]
    submitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    approved_at: Mapped[datetime | None]
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    approval_comment: Mapped[str] = mapped_column(Text, default="")
    approved_hash: Mapped[str | None] = mapped_column(String(64))
    review_due: Mapped[date | None] = mapped_column(Date)
    valid_from: Mapped[datetime | None]
    valid_to: Mapped[datetime | None]
    returned_at: Mapped[datetime | None]
    returned_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    return_comment: Mapped[str] = mapped_column(Text, default="")
    # The advisor's notes of the last return, per section: {section title as the review names it: note}.
    return_notes: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)

    document: Mapped[PlanDocument] = relationship(back_populates="versions")
    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])
    updated_by: Mapped[User | None] = relationship(foreign_keys=[updated_by_id])
    submitted_by: Mapped[User | None] = relationship(foreign_keys=[submitted_by_id])
    approved_by: Mapped[User | None] = relationship(foreign_keys=[approved_by_id])
    returned_by: Mapped[User | None] = relationship(foreign_keys=[returned_by_id])

    __mapper_args__ = {"version_id_col": row_version}


class AuditEvent(Base):
    """An append-only log entry; each one carries the hash of the previous, so edits are detectable."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_resident_id_at", "resident_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40), index=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))
    target: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Incident(Base):
    """A registered incident with its follow-up; deadlines are stored so 'overdue' is one indexed query."""

    __tablename__ = "incidents"
    __table_args__ = (
        Index("ix_incidents_resident_id_occurred_at", "resident_id", "occurred_at"),
        # "Severity 4 or more since the plan was approved" reads only the severe ones (review_signals).
        Index("ix_incidents_resident_id_severity_occurred_at", "resident_id", "severity", "occurred_at"),
        Index("ix_incidents_unit_id_occurred_at", "unit_id", "occurred_at"),
        Index("ix_incidents_unit_id_closed_at", "unit_id", "closed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))
    other_person: Mapped[str] = mapped_column(String(200), default="")
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]
    incident_type: Mapped[str] = mapped_column(String(20), index=True)
    form: Mapped[str] = mapped_column(String(20))
    outside_work_hours: Mapped[bool] = mapped_column(Boolean, default=False)
    severity: Mapped[int] = mapped_column(Integer, index=True)
    location: Mapped[str] = mapped_column(String(200))
    situation: Mapped[str] = mapped_column(Text, default="")
    slot_label: Mapped[str] = mapped_column(String(200), default="")
    signs_seen: Mapped[list[str]] = mapped_column(JSON, default=list)
    strategies: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    stage_reached: Mapped[str | None] = mapped_column(String(20))
    injury: Mapped[bool] = mapped_column(Boolean, default=False)
    absence_days: Mapped[int] = mapped_column(Integer, default=0)
    first_absence_day: Mapped[date | None] = mapped_column(Date)
    police_report: Mapped[bool] = mapped_column(Boolean, default=False)
    use_of_force: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    description: Mapped[str] = mapped_column(Text, default="")
    plan_version_id: Mapped[int | None] = mapped_column(ForeignKey("plan_versions.id"), index=True)
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    reporter_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    first_aid_due: Mapped[datetime]
    injury_report_due: Mapped[date | None] = mapped_column(Date)
    defusing_done_at: Mapped[datetime | None]
    debriefing_offered_on: Mapped[date | None] = mapped_column(Date)
    first_aid_contact_at: Mapped[datetime | None]
    injury_reported_on: Mapped[date | None] = mapped_column(Date)
    police_reported_on: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)

    changes: Mapped[list["IncidentChange"]] = relationship(
        back_populates="incident", order_by="IncidentChange.id", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": row_version}


class IncidentChange(Base):
    """One later change to an incident: who changed which fields from what to what, and when."""

    __tablename__ = "incident_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    actor: Mapped[str] = mapped_column(String(80))
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)

    incident: Mapped[Incident] = relationship(back_populates="changes")


class PlanAcknowledgement(Base):
    """A staff member confirmed having read one version of a plan (the introduction of new staff)."""

    __tablename__ = "plan_acknowledgements"
    __table_args__ = (UniqueConstraint("version_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("plan_versions.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class DraftAutosave(Base):
    """The latest unsaved editor content of a draft, so a crash or a killed PC loses nothing typed."""

    __tablename__ = "draft_autosaves"

    version_id: Mapped[int] = mapped_column(ForeignKey("plan_versions.id"), primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    actor: Mapped[str] = mapped_column(String(80))
    content: Mapped[dict[str, Any]]
    based_on_row_version: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(default=utcnow)


class AppSetting(Base):
    """Facility-wide settings that belong with the data (limits, retention), not to one PC."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class OriginalDocument(Base):
    """A text-heavy description imported to be simplified; kept in full with the resident."""

    __tablename__ = "original_documents"
    __table_args__ = (Index("ix_original_documents_resident_id_imported_at", "resident_id", "imported_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    kind: Mapped[PlanKind] = mapped_column(_enum(PlanKind, "plan_kind"))  # the plan it mainly feeds
    file_name: Mapped[str] = mapped_column(String(255))
    source_kind: Mapped[str] = mapped_column(String(20))  # docx, text, pasted, approved-version
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    imported_by: Mapped[str] = mapped_column(String(200))
    full_text: Mapped[str] = mapped_column(Text)
    # The draft it was imported for (a simplified approved version), else the first one placed into.
    version_id: Mapped[int | None] = mapped_column(ForeignKey("plan_versions.id"), index=True)

    pieces: Mapped[list["OriginalPiece"]] = relationship(
        back_populates="document", order_by="OriginalPiece.position", cascade="all, delete-orphan"
    )


class OriginalPiece(Base):
    """One sentence, list item or heading of an original and what became of it."""

    __tablename__ = "original_pieces"
    __table_args__ = (
        UniqueConstraint("document_id", "position"),
        Index("ix_original_pieces_document_id_status", "document_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("original_documents.id"))
    position: Mapped[int] = mapped_column(Integer)
    paragraph: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    is_heading: Mapped[bool] = mapped_column(Boolean, default=False)
    suggested_target: Mapped[str] = mapped_column(String(100), default="")
    suggestion_reason: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default="untouched")  # domain.simplify.PieceStatus
    target: Mapped[str] = mapped_column(String(100), default="")
    rewritten: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    version_id: Mapped[int | None] = mapped_column(ForeignKey("plan_versions.id"), index=True)
    updated_at: Mapped[datetime | None]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)

    document: Mapped[OriginalDocument] = relationship(back_populates="pieces")


class Measure(Base):
    """One measure of the facility's action plan (domain.action_plan): for a unit, or the whole
    facility when unit_id is None, and perhaps about one resident."""

    __tablename__ = "measures"
    __table_args__ = (Index("ix_measures_unit_id_status", "unit_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), index=True)
    track: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))  # domain.action_plan.MeasureStatus
    note: Mapped[str] = mapped_column(Text, default="")
    done_on: Mapped[date | None] = mapped_column(Date)  # the Danish day it was done or stopped
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(200))
    # Two PCs changing the same measure: the second save is a conflict, not an overwrite.
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}


# --- incident statistics summaries ----------------------------------------------------------------
# Counts of incidents per unit, resident, local (Europe/Copenhagen) calendar month and incident type,
# each table split by what one figure of the statistics needs. services.statistics keeps them in step
# with the incidents (record_incident_bucket / forget_incident_bucket, rebuild_incident_buckets) and
# reads whole months from them; the days of a period's partial first and last month come from the
# incidents themselves. Several rows with the same key are allowed (two PCs registering at once):
# every figure sums them. Each table's first index covers its GROUP BY in index order, so the
# statistics read a unit's rows without sorting.


class IncidentStatsBucket(Base):
    """Incidents per month, type, severity and daily-rhythm slot: counts by type, severity and slot,
    and the trend by month."""

    __tablename__ = "incident_stats_buckets"
    __table_args__ = (
        Index(
            "ix_incident_stats_buckets_unit_id_kind",
            "unit_id",
            "incident_type",
            "severity",
            "slot_label",
            "month",
            "resident_id",
            "count",
        ),
        Index("ix_incident_stats_buckets_unit_id_month", "unit_id", "month", "incident_type", "count"),
        Index("ix_incident_stats_buckets_resident_id_month", "resident_id", "month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))
    month: Mapped[date] = mapped_column(Date)  # the first day of the local calendar month
    incident_type: Mapped[str] = mapped_column(String(20))
    severity: Mapped[int] = mapped_column(Integer)
    slot_label: Mapped[str] = mapped_column(String(200))
    count: Mapped[int] = mapped_column(Integer)


class IncidentStatsHour(Base):
    """Incidents per month, type, local weekday (0 = Monday) and local hour."""

    __tablename__ = "incident_stats_hours"
    __table_args__ = (
        Index(
            "ix_incident_stats_hours_unit_id_weekday",
            "unit_id",
            "weekday",
            "hour",
            "month",
            "incident_type",
            "resident_id",
            "count",
        ),
        Index("ix_incident_stats_hours_resident_id_month", "resident_id", "month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))
    month: Mapped[date] = mapped_column(Date)
    incident_type: Mapped[str] = mapped_column(String(20))
    weekday: Mapped[int] = mapped_column(Integer)
    hour: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)


class IncidentStatsSign(Base):
    """Early signs seen, per month and type (an incident counts once for each sign in its list)."""

    __tablename__ = "incident_stats_signs"
    __table_args__ = (
        Index(
            "ix_incident_stats_signs_unit_id_sign",
            "unit_id",
            "resident_id",
            "sign",
            "month",
            "incident_type",
            "count",
        ),
        Index("ix_incident_stats_signs_resident_id_month", "resident_id", "month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))
    month: Mapped[date] = mapped_column(Date)
    incident_type: Mapped[str] = mapped_column(String(20))
    sign: Mapped[str | None] = mapped_column(Text)
    count: Mapped[int] = mapped_column(Integer)


class IncidentStatsStrategy(Base):
    """Strategies used and whether they helped (None: not known), per month and type."""

    __tablename__ = "incident_stats_strategies"
    __table_args__ = (
        Index(
            "ix_incident_stats_strategies_unit_id_text",
            "unit_id",
            "resident_id",
            "text",
            "helped",
            "month",
            "incident_type",
            "count",
        ),
        Index("ix_incident_stats_strategies_resident_id_month", "resident_id", "month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))
    month: Mapped[date] = mapped_column(Date)
    incident_type: Mapped[str] = mapped_column(String(20))
    text: Mapped[str | None] = mapped_column(Text)
    helped: Mapped[bool | None] = mapped_column(Boolean)
    count: Mapped[int] = mapped_column(Integer)
