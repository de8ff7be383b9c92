"""Plan versions: reading a resident's plans, and the draft → submitted → approved/returned lifecycle."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

import msgspec
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from tryghed_desktop.domain.incidents import local_time
from tryghed_desktop.domain.lifecycle import (
    EDITABLE_STATUSES,
    OPEN_STATUSES,
    STATUS_TITLES,
    VersionStatus,
    can_transition,
    review_due_after,
)
from tryghed_desktop.domain.plans import (
    PLAN_KIND_TITLES,
    DailyRhythm,
    PlanContent,
    PlanKind,
    content_from_dict,
    content_hash,
    content_to_dict,
    empty_content,
    kind_of,
)
from tryghed_desktop.domain.readability import plan_sections
from tryghed_desktop.domain.rhythm_coverage import rhythm_problems
from tryghed_desktop.services import audit
from tryghed_desktop.services.actors import Actor, Role, require_roles_now
from tryghed_desktop.services.errors import (
    ConflictError,
    LifecycleError,
    NotFoundError,
    PermissionDeniedError,
    Problem,
    ServiceError,
    ValidationError,
)
from tryghed_desktop.services.residents import ResidentDetail, get_resident, resident_detail
from tryghed_desktop.store.models import PlanDocument, PlanVersion, Resident, User, utcnow

DRAFT_STARTED_ELSEWHERE = (
    "Der er lige startet en kladde til planen på en anden pc. Åbn borgeren igen, og arbejd videre i den."
)


class VersionView(msgspec.Struct, frozen=True):
    """One plan version with its content as domain objects and the lifecycle facts in plain values."""

    id: int
    kind: PlanKind
    number: int
    status: VersionStatus
    content: PlanContent
    content_hash: str
    row_version: int
    created_at: datetime
    created_by: str | None
    updated_at: datetime
    updated_by: str | None
    submitted_at: datetime | None
    submitted_by: str | None
    approved_at: datetime | None
    approved_by: str | None
    approved_by_title: str | None
    approval_comment: str
    review_due: date | None
    valid_from: datetime | None
    valid_to: datetime | None
    returned_at: datetime | None
    returned_by: str | None
    return_comment: str
    # The advisor's notes of the last return per section, in the plan's section order.
    return_notes: dict[str, str]


class PlanState(msgspec.Struct, frozen=True):
    """A plan document as the resident page shows it: the version in force and the one being worked on."""

    kind: PlanKind
    current: VersionView | None
    open: VersionView | None
    history: tuple[VersionView, ...]


class ResidentPlans(msgspec.Struct, frozen=True):
    resident: ResidentDetail
    plans: dict[PlanKind, PlanState]


def _name(user: User | None) -> str | None:
    return user.full_name if user is not None else None


def version_view(version: PlanVersion) -> VersionView:
    """The plain view of a stored version."""
    kind = version.document.kind
    return VersionView(
        id=version.id,
        kind=kind,
        number=version.number,
        status=version.status,
        content=content_from_dict(kind, version.content),
        content_hash=version.content_hash,
        row_version=version.row_version,
        created_at=version.created_at,
        created_by=_name(version.created_by),
        updated_at=version.updated_at,
        updated_by=_name(version.updated_by),
        submitted_at=version.submitted_at,
        submitted_by=_name(version.submitted_by),
        approved_at=version.approved_at,
        approved_by=_name(version.approved_by),
        approved_by_title=version.approved_by.title if version.approved_by is not None else None,
        approval_comment=version.approval_comment,
        review_due=version.review_due,
        valid_from=version.valid_from,
        valid_to=version.valid_to,
        returned_at=version.returned_at,
        returned_by=_name(version.returned_by),
        return_comment=version.return_comment,
        return_notes=dict(version.return_notes or {}),
    )


def _plan_state(kind: PlanKind, document: PlanDocument | None) -> PlanState:
    if document is None:
        return PlanState(kind, None, None, ())
    views = tuple(version_view(version) for version in document.versions)
    current = next((view for view in views if view.status is VersionStatus.APPROVED), None)
    open_version = next((view for view in reversed(views) if view.status in OPEN_STATUSES), None)
    return PlanState(kind, current, open_version, views)


def resident_plans(session: Session, actor: Actor, resident_id: int) -> ResidentPlans:
    """Everything the resident page shows; recorded in the audit log as a read."""
    detail = resident_detail(session, resident_id)
    documents = {
        document.kind: document
        for document in session.scalars(select(PlanDocument).where(PlanDocument.resident_id == resident_id))
    }
    audit.record(session, actor, "resident.open", resident_id=resident_id, target=detail.card_name)
    return ResidentPlans(detail, {kind: _plan_state(kind, documents.get(kind)) for kind in PlanKind})


def _record(
    session: Session,
    actor: Actor,
    action: str,
    version: PlanVersion,
    now: datetime | None,
    *,
    detail: dict[str, object] | None = None,
) -> None:
    """The audit entry of a lifecycle step, naming the plan as 'kind:number'."""
    document = version.document
    audit.record(
        session,
        actor,
        action,
        resident_id=document.resident_id,
        target=f"{document.kind}:{version.number}",
        detail=detail,
        now=now,
    )


def get_version(session: Session, version_id: int) -> PlanVersion:
    version = session.get(PlanVersion, version_id)
    if version is None:
        raise NotFoundError(f"Der findes ingen planversion med id {version_id}.")
    return version


def _document(session: Session, resident_id: int, kind: PlanKind) -> PlanDocument:
    get_resident(session, resident_id)
    document = session.scalars(
        select(PlanDocument).where(PlanDocument.resident_id == resident_id, PlanDocument.kind == kind)
    ).one_or_none()
    if document is None:
        document = PlanDocument(resident_id=resident_id, kind=kind)
        session.add(document)
        _flush_new_draft(session)
    return document


def _flush_new_draft(session: Session) -> None:
    """Two PCs starting the same plan's draft at once: the second is told, not shown a crash (the
    database's unique version number, or plan per resident and kind, refuses it)."""
    try:
        session.flush()
    except IntegrityError as error:
        raise ConflictError(DRAFT_STARTED_ELSEWHERE) from error


def _require(session: Session, actor: Actor, role: Role, doing: str) -> None:
    """The actor holds the role, also now: not deactivated or demoted on another PC meanwhile."""
    require_roles_now(session, actor, frozenset({role}), doing)


def _living_here(resident: Resident) -> None:
    """The plans of a resident who moved out stay as they were until the resident moves back in:
    nobody works on them, and the advisor's list no longer shows them."""
    if not resident.active:
        raise LifecycleError(
            f"{resident.card_name} er fraflyttet. Planerne ændres ikke, før borgeren flytter ind igen."
        )


def _check_rhythm(version: PlanVersion) -> None:
    """A daily rhythm goes to the advisor only when every slot has a name, none overlap and they
    follow the clock: the printed page and the incident form's slot rely on it."""
    if version.document.kind is not PlanKind.DAILY_RHYTHM:
        return
    rhythm = content_from_dict(PlanKind.DAILY_RHYTHM, version.content)
    assert isinstance(rhythm, DailyRhythm)
    problems = rhythm_problems(rhythm.slots)
    if problems:
        raise ValidationError(
            [Problem("Døgnrytme", problem) for problem in problems],
            "Døgnrytmen er ikke sendt til godkendelse. Ret dette i redigeringen:",
        )


def start_draft(
    session: Session,
    actor: Actor,
    resident_id: int,
    kind: PlanKind,
    content: PlanContent | None = None,
    *,
    now: datetime | None = None,
) -> VersionView:
    """A new draft: from `content`, else from the current approved version, else empty."""
    _require(session, actor, Role.COORDINATOR, "redigere planer")
    _living_here(get_resident(session, resident_id))
    now = now or utcnow()
    document = _document(session, resident_id, kind)
    versions = list(document.versions)
    if any(version.status in OPEN_STATUSES for version in versions):
        raise LifecycleError("Der findes allerede en kladde til denne plan. Arbejd videre i den.")
    if content is None:
        current = next((v for v in versions if v.status is VersionStatus.APPROVED), None)
        content = content_from_dict(kind, current.content) if current is not None else empty_content(kind)
    elif kind_of(content) is not kind:
        raise LifecycleError("Indholdet passer ikke til plantypen.")
    version = PlanVersion(
        document=document,
        number=max((v.number for v in versions), default=0) + 1,
        status=VersionStatus.DRAFT,
        content=content_to_dict(content),
        content_hash=content_hash(content),
        created_at=now,
        created_by_id=actor.user_id,
        updated_at=now,
        updated_by_id=actor.user_id,
    )
    session.add(version)
    _flush_new_draft(session)
    _record(session, actor, "plan.draft", version, now)
    return version_view(version)


def save_draft(
    session: Session,
    actor: Actor,
    version_id: int,
    content: PlanContent,
    *,
    expected_row_version: int,
    now: datetime | None = None,
) -> VersionView:
    """Store new content in a draft; a stale `expected_row_version` is a conflict, never an overwrite."""
    _require(session, actor, Role.COORDINATOR, "redigere planer")
    version = get_version(session, version_id)
    user = _user(session, actor)
    if version.status not in EDITABLE_STATUSES:
        raise LifecycleError("Denne version er låst. Start en ny kladde for at ændre planen.")
    if version.row_version != expected_row_version or kind_of(content) is not version.document.kind:
        raise ConflictError("Planen er ændret et andet sted, siden du åbnede den.")
    version.content = content_to_dict(content)
    version.content_hash = content_hash(content)
    version.updated_at = now or utcnow()
    version.updated_by = user
    version.status = VersionStatus.DRAFT
    try:
        session.flush()
    except StaleDataError as error:
        raise ConflictError("Planen er ændret et andet sted, siden du åbnede den.") from error
    _record(session, actor, "plan.save", version, now)
    return version_view(version)


def _user(session: Session, actor: Actor) -> User | None:
    """The actor's user row, to set a version's people as objects: setting only the id column would
    leave an already loaded relationship (a view read earlier in this session) saying the old person.
    Called before a version changes: loading the user may flush, and an approval is one UPDATE."""
    return session.get(User, actor.user_id) if actor.user_id is not None else None


# What a transition does, in the words of a refusal: "… og kan ikke <verb> nu".
_TRANSITION_VERBS = {
    VersionStatus.DRAFT: "redigeres",
    VersionStatus.SUBMITTED: "sendes til godkendelse",
    VersionStatus.APPROVED: "godkendes",
    VersionStatus.RETURNED: "returneres",
    VersionStatus.SUPERSEDED: "afløses",
}


def _transition(version: PlanVersion, target: VersionStatus) -> None:
    if not can_transition(version.status, target):
        status, verb = STATUS_TITLES[version.status], _TRANSITION_VERBS[target]
        raise LifecycleError(f"Versionen har status »{status}« og kan ikke {verb} nu.")
    version.status = target


def submit(session: Session, actor: Actor, version_id: int, *, now: datetime | None = None) -> VersionView:
    """Send a draft to the external advisor for approval."""
    _require(session, actor, Role.COORDINATOR, "indsende planer til godkendelse")
    # Imported after start-up: simplification builds on this module (it saves drafts through it).
    from tryghed_desktop.services.simplify import check_submittable

    check_submittable(session, version_id)
    now = now or utcnow()
    version = get_version(session, version_id)
    _living_here(version.document.resident)
    _check_rhythm(version)
    user = _user(session, actor)
    _transition(version, VersionStatus.SUBMITTED)
    version.submitted_at = now
    version.submitted_by = user
    session.flush()
    _record(session, actor, "plan.submit", version, now)
    return version_view(version)


def _authored_by(version: PlanVersion, actor: Actor) -> bool:
    return actor.user_id is not None and actor.user_id in {
        version.created_by_id,
        version.updated_by_id,
        version.submitted_by_id,
    }


def approve(
    session: Session,
    actor: Actor,
    version_id: int,
    *,
    review_due: date | None = None,
    comment: str = "",
    now: datetime | None = None,
) -> VersionView:
    """Approve a submitted version: it becomes current and the previous current is superseded."""
    _require(session, actor, Role.ADVISOR, "godkende planer")
    now = now or utcnow()
    version = get_version(session, version_id)
    _living_here(version.document.resident)
    if _authored_by(version, actor):
        raise PermissionDeniedError("Du kan ikke godkende en version, du selv har skrevet eller indsendt.")
    if review_due is not None and review_due <= local_time(now).date():
        # An approved version cannot be changed: a past date would mark it overdue for good.
        raise ServiceError("Næste revision skal ligge efter i dag.")
    # Read before anything changes: loading would flush a change made first, and an approval is
    # one UPDATE (an approved row is immutable).
    user = _user(session, actor)
    superseded = [
        v for v in version.document.versions if v is not version and v.status is VersionStatus.APPROVED
    ]
    _transition(version, VersionStatus.APPROVED)
    for previous in superseded:
        previous.status = VersionStatus.SUPERSEDED
        previous.valid_to = now
    version.approved_at = now
    version.approved_by = user
    version.approval_comment = comment.strip()
    version.approved_hash = version.content_hash
    version.valid_from = now
    version.review_due = review_due or review_due_after(local_time(now).date())  # the Danish day
    session.flush()
    _record(session, actor, "plan.approve", version, now)
    return version_view(version)


def note_sections(version: PlanVersion) -> list[str]:
    """The sections an advisor may write a return note on, as the review names them: those of this
    version, then those only the current approved version has (a removed time slot, say)."""
    kind = version.document.kind
    sections = list(plan_sections(content_from_dict(kind, version.content)))
    for other in version.document.versions:
        if other is not version and other.status is VersionStatus.APPROVED:
            approved = plan_sections(content_from_dict(kind, other.content))
            sections += [title for title in approved if title not in sections]
    return sections


def _normalised(title: str) -> str:
    # Typed on a command line: any dash for the en dash, ':' for '.' in times, case and spacing free.
    for typed, shown in (("—", "-"), ("–", "-"), (":", ".")):
        title = title.replace(typed, shown)
    return " ".join(title.casefold().split())


def _section_title(given: str, sections: list[str], kind: PlanKind) -> str:
    """The section title `given` means: the title itself, its spelling without dashes and case, or
    the one title it begins; otherwise a Danish refusal that lists the sections there are."""
    if given in sections:
        return given
    wanted = _normalised(given)
    for candidates in (
        [title for title in sections if _normalised(title) == wanted],
        [title for title in sections if wanted and _normalised(title).startswith(wanted)],
    ):
        if len(candidates) == 1:
            return candidates[0]
    plan = PLAN_KIND_TITLES[kind].lower()
    names = ", ".join(f"»{title}«" for title in sections) or "(ingen)"
    raise ServiceError(
        f"Der er intet afsnit, der hedder »{given.strip()}«, i denne {plan}. Skriv et af: {names}."
    )


def _return_notes(version: PlanVersion, notes: Mapping[str, str]) -> dict[str, str]:
    """The notes with real section titles, in the plan's section order; empty notes are dropped and
    two notes on one section are joined."""
    sections = note_sections(version)
    kind = version.document.kind
    found: dict[str, list[str]] = {}
    for given, note in notes.items():
        if note.strip():
            found.setdefault(_section_title(given, sections, kind), []).append(note.strip())
    return {title: "\n".join(found[title]) for title in sections if title in found}


def return_version(
    session: Session,
    actor: Actor,
    version_id: int,
    comment: str,
    notes: Mapping[str, str] | None = None,
    *,
    now: datetime | None = None,
) -> VersionView:
    """Send a submitted version back to the coordinator with a comment and/or notes per section
    (keyed by the section titles the review shows; see `note_sections`)."""
    _require(session, actor, Role.ADVISOR, "returnere planer")
    if not comment.strip() and not any(note.strip() for note in (notes or {}).values()):
        raise LifecycleError(
            "Skriv en kommentar eller en bemærkning ved et afsnit, "
            "så koordinatoren ved, hvad der skal rettes."
        )
    now = now or utcnow()
    version = get_version(session, version_id)
    cleaned = _return_notes(version, notes or {})
    user = _user(session, actor)
    _transition(version, VersionStatus.RETURNED)
    version.returned_at = now
    version.returned_by = user
    version.return_comment = comment.strip()
    version.return_notes = cleaned
    session.flush()
    detail: dict[str, object] = {"comment": version.return_comment, "notes": cleaned}
    _record(session, actor, "plan.return", version, now, detail=detail)
    return version_view(version)
