"""Editing a plan: the one open draft, its crash-safe autosave and recovery, explicit save, and the
readability limits the editors warn at."""

from __future__ import annotations

from datetime import datetime

import msgspec
from sqlalchemy import select
from sqlalchemy.orm import Session

from tryghed_desktop.domain.lifecycle import EDITABLE_STATUSES, VersionStatus
from tryghed_desktop.domain.plans import (
    DailyRhythm,
    PlanContent,
    PlanKind,
    content_from_dict,
    content_to_dict,
)
from tryghed_desktop.domain.readability import ReadabilityLimits
from tryghed_desktop.services import audit, plans
from tryghed_desktop.services.actors import Action, Actor, require
from tryghed_desktop.services.errors import (
    ConflictError,
    LifecycleError,
    Problem,
    ValidationError,
)
from tryghed_desktop.services.plans import VersionView
from tryghed_desktop.services.residents import resident_detail
from tryghed_desktop.store.models import AppSetting, DraftAutosave, PlanDocument, PlanVersion, utcnow

LIMITS_KEY = "readability_limits"
AWAITING_APPROVAL = (
    "Planen afventer godkendelse hos den eksterne rådgiver og kan ikke redigeres nu. "
    "Når rådgiveren har godkendt eller returneret den, kan du redigere igen."
)
CONFLICT = "Planen er ændret et andet sted, siden du åbnede den."
CONFLICT_ACTION = "plan.conflict"


class Recovery(msgspec.Struct, frozen=True):
    """Editor content that was autosaved but never saved: offered back after a crash."""

    version_id: int
    content: PlanContent
    saved_at: datetime
    actor: str
    based_on_row_version: int


class EditorContext(msgspec.Struct, frozen=True):
    """What an editor shows beside the draft: whose plan, the approved version to compare with, and the
    daily rhythm the risk card prints with (the open draft's, else the approved one)."""

    resident_id: int
    card_name: str
    approved: PlanContent | None
    rhythm: DailyRhythm | None


def _require_editor(actor: Actor) -> None:
    require(actor, Action.EDIT)


def _document(session: Session, resident_id: int, kind: PlanKind) -> PlanDocument | None:
    return session.scalars(
        select(PlanDocument).where(PlanDocument.resident_id == resident_id, PlanDocument.kind == kind)
    ).one_or_none()


def editable_version(session: Session, resident_id: int, kind: PlanKind) -> PlanVersion | None:
    """The plan's open editable draft (draft or returned), if it has one; nothing is created."""
    document = _document(session, resident_id, kind)
    versions = list(document.versions) if document is not None else []
    editable = [version for version in versions if version.status in EDITABLE_STATUSES]
    return editable[-1] if editable else None


def open_draft(session: Session, actor: Actor, resident_id: int, kind: PlanKind) -> VersionView:
    """The plan's open editable draft (draft or returned), else a new draft from the current version."""
    _require_editor(actor)
    refuse_while_awaiting_approval(session, resident_id, kind)
    editable = editable_version(session, resident_id, kind)
    if editable is not None:
        return plans.version_view(editable)
    return plans.start_draft(session, actor, resident_id, kind)


def refuse_while_awaiting_approval(session: Session, resident_id: int, kind: PlanKind) -> None:
    """LifecycleError while a version of the plan is with the advisor: nothing is drafted meanwhile."""
    document = _document(session, resident_id, kind)
    if document is not None and any(
        version.status is VersionStatus.SUBMITTED for version in document.versions
    ):
        raise LifecycleError(AWAITING_APPROVAL)


def _content_of(
    session: Session, resident_id: int, kind: PlanKind, statuses: set[VersionStatus]
) -> PlanContent | None:
    document = _document(session, resident_id, kind)
    if document is None:
        return None
    found = [version for version in document.versions if version.status in statuses]
    return content_from_dict(kind, found[-1].content) if found else None


def editor_context(session: Session, resident_id: int, kind: PlanKind) -> EditorContext:
    """The facts an editor shows around a draft of that kind (read-only, no audit entry)."""
    detail = resident_detail(session, resident_id)
    approved = _content_of(session, resident_id, kind, {VersionStatus.APPROVED})
    # The card prints with the rhythm being worked on, so the meter shows what the next card will be.
    rhythm = _content_of(
        session, resident_id, PlanKind.DAILY_RHYTHM, {*EDITABLE_STATUSES, VersionStatus.SUBMITTED}
    ) or _content_of(session, resident_id, PlanKind.DAILY_RHYTHM, {VersionStatus.APPROVED})
    return EditorContext(
        resident_id, detail.card_name, approved, rhythm if isinstance(rhythm, DailyRhythm) else None
    )


def _editable(session: Session, version_id: int) -> None:
    version = plans.get_version(session, version_id)
    if version.status not in EDITABLE_STATUSES:
        raise LifecycleError("Denne version er låst. Start en ny kladde for at ændre planen.")


def autosave(
    session: Session,
    actor: Actor,
    version_id: int,
    content: PlanContent,
    based_on_row_version: int,
    *,
    now: datetime | None = None,
) -> None:
    """Keep the editor's unsaved content beside the draft (one row per draft, overwritten each time).

    Not a new version and no audit entry: it is a safety copy, written every few seconds while typing.
    """
    _require_editor(actor)
    _editable(session, version_id)
    row = session.get(DraftAutosave, version_id)
    if row is None:
        row = DraftAutosave(version_id=version_id)
        session.add(row)
    row.user_id = actor.user_id
    row.actor = actor.full_name
    row.content = content_to_dict(content)
    row.based_on_row_version = based_on_row_version
    row.saved_at = now or utcnow()
    session.flush()


def pending_recovery(session: Session, version_id: int) -> Recovery | None:
    """The autosaved content of a draft, when it differs from what is stored in the draft itself."""
    row = session.get(DraftAutosave, version_id)
    if row is None:
        return None
    version = plans.get_version(session, version_id)
    if version.status not in EDITABLE_STATUSES or row.content == version.content:
        return None
    return Recovery(
        version_id=version_id,
        content=content_from_dict(version.document.kind, row.content),
        saved_at=row.saved_at,
        actor=row.actor,
        based_on_row_version=row.based_on_row_version,
    )


def discard_recovery(session: Session, version_id: int) -> None:
    """Forget the autosaved content of a draft (the user chose not to keep it, or saved)."""
    row = session.get(DraftAutosave, version_id)
    if row is not None:
        session.delete(row)
        session.flush()


def save(
    session: Session,
    actor: Actor,
    version_id: int,
    content: PlanContent,
    expected_row_version: int,
    *,
    now: datetime | None = None,
) -> VersionView:
    """Store the content in the draft and drop its autosave, in the caller's one transaction.

    A stale `expected_row_version` is a ConflictError even when the version was submitted or approved
    elsewhere meanwhile, so the editor can show both versions and let the user choose (`keep_mine`,
    `take_theirs`) instead of only saying the version is locked."""
    _require_editor(actor)
    if plans.get_version(session, version_id).row_version != expected_row_version:
        raise ConflictError(CONFLICT)
    view = plans.save_draft(
        session, actor, version_id, content, expected_row_version=expected_row_version, now=now
    )
    discard_recovery(session, version_id)
    return view


def stored_version(session: Session, version_id: int) -> VersionView:
    """The version as it is stored now, for the conflict dialog to show beside the editor's text."""
    return plans.version_view(plans.get_version(session, version_id))


def keep_mine(
    session: Session,
    actor: Actor,
    version_id: int,
    content: PlanContent,
    theirs_row_version: int,
    *,
    now: datetime | None = None,
) -> VersionView:
    """Resolve a save conflict by keeping the editor's content; returns the version now being edited.

    - Still a draft (or returned): mine is saved over theirs. Drafts are not history, so their text is
      kept in the `plan.conflict` audit entry (plan entries are never purged) and nothing is lost.
    - Approved (or superseded) meanwhile: that version stays in history and mine becomes a new draft
      after it (a different version id).
    - Submitted meanwhile: refused, the plan awaits approval; the editor keeps mine on screen.

    `theirs_row_version` is the row version the user saw in the dialog: a third save since then is a
    new ConflictError, never an overwrite of text nobody was shown.
    """
    _require_editor(actor)
    now = now or utcnow()
    version = plans.get_version(session, version_id)
    if version.row_version != theirs_row_version:
        raise ConflictError(CONFLICT)
    theirs = plans.version_view(version)
    resident_id = version.document.resident_id
    target = f"{theirs.kind}:{theirs.number}"
    detail: dict[str, object] = {
        "choice": "mine",
        "status": theirs.status.value,
        "replaced_row_version": theirs.row_version,
        "replaced_by": theirs.updated_by or "",
    }
    if theirs.status in EDITABLE_STATUSES:
        detail["replaced_content"] = content_to_dict(theirs.content)
        audit.record(
            session, actor, CONFLICT_ACTION, resident_id=resident_id, target=target, detail=detail, now=now
        )
        return save(session, actor, version_id, content, theirs_row_version, now=now)
    if theirs.status is VersionStatus.SUBMITTED:
        raise LifecycleError(
            "Planen er sendt til godkendelse, mens du skrev. Din tekst er stadig i vinduet: "
            "kopiér den, eller vent til planen er godkendt eller sendt retur."
        )
    discard_recovery(session, version_id)
    audit.record(
        session, actor, CONFLICT_ACTION, resident_id=resident_id, target=target, detail=detail, now=now
    )
    return plans.start_draft(session, actor, resident_id, theirs.kind, content, now=now)


def take_theirs(
    session: Session, actor: Actor, version_id: int, *, now: datetime | None = None
) -> VersionView:
    """Resolve a save conflict by taking the stored version; the editor keeps mine in its undo history.

    The autosaved copy of mine is dropped, so the next opening does not offer it back as lost text."""
    _require_editor(actor)
    theirs = stored_version(session, version_id)
    discard_recovery(session, version_id)
    audit.record(
        session,
        actor,
        CONFLICT_ACTION,
        resident_id=plans.get_version(session, version_id).document.resident_id,
        target=f"{theirs.kind}:{theirs.number}",
        detail={"choice": "theirs", "row_version": theirs.row_version},
        now=now,
    )
    return theirs


def readability_limits(session: Session) -> ReadabilityLimits:
    """The facility's warning limits for item length and section LIX (defaults when never set)."""
    setting = session.get(AppSetting, LIMITS_KEY)
    if setting is None or not isinstance(setting.value, dict):
        return ReadabilityLimits()
    default = ReadabilityLimits()
    return ReadabilityLimits(
        max_item_words=int(setting.value.get("max_item_words", default.max_item_words)),
        max_section_lix=float(setting.value.get("max_section_lix", default.max_section_lix)),
    )


def set_readability_limits(
    session: Session, actor: Actor, limits: ReadabilityLimits, *, now: datetime | None = None
) -> None:
    """Change the warning limits for everyone (coordinators and administrators)."""
    require(actor, Action.SET_READABILITY_LIMITS)
    problems: list[Problem] = []
    if not 1 <= limits.max_item_words <= 100:
        problems.append(Problem("max_item_words", "Antal ord pr. punkt skal være mellem 1 og 100."))
    if not 10 <= limits.max_section_lix <= 80:
        problems.append(Problem("max_section_lix", "LIX-grænsen skal være mellem 10 og 80."))
    if problems:
        raise ValidationError(problems)
    value = {"max_item_words": limits.max_item_words, "max_section_lix": limits.max_section_lix}
    audit.store_setting(session, actor, LIMITS_KEY, value, detail=value, now=now)
