"""The advisor's review: what a submitted version changes against the current one, sign-off with the
password, and the start-page overviews (awaiting my approval, returned to me, reviews due per unit)."""

from __future__ import annotations

import difflib
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

import msgspec
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import (
    SAFETY_TOPICS,
    STAGE_INFO,
    Activities,
    DailyRhythm,
    PlanContent,
    PlanKind,
    RiskProfile,
    SafetyPlan,
)
from tryghed_desktop.domain.readability import Readability, measure, plan_sections
from tryghed_desktop.services import audit, plans
from tryghed_desktop.services.actors import Action, Actor, may, require_current
from tryghed_desktop.services.auth import verify_password
from tryghed_desktop.services.errors import LifecycleError, PermissionDeniedError
from tryghed_desktop.services.plans import VersionView, version_view
from tryghed_desktop.services.residents import REVIEW_SOON_DAYS, ResidentDetail, resident_detail
from tryghed_desktop.store.models import PlanDocument, PlanVersion, Resident, Unit

if TYPE_CHECKING:
    from tryghed_desktop.domain.simplify import FieldRef
    from tryghed_desktop.services.simplify import DocumentView

# Two items count as the same item changed when this much of their text is alike; else removed + added.
CHANGED_RATIO = 0.5
SECTION_RATIO = 0.6


class Change(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


Parts = tuple[tuple[str, bool], ...]
"""A text as runs of words; True marks a run that differs from the other side."""


class ItemDiff(msgspec.Struct, frozen=True):
    change: Change
    before: str | None
    after: str | None
    before_parts: Parts = ()
    after_parts: Parts = ()


class SectionDiff(msgspec.Struct, frozen=True):
    title: str
    before_title: str | None
    items: tuple[ItemDiff, ...]
    before: Readability
    after: Readability

    def count(self, change: Change) -> int:
        return sum(1 for item in self.items if item.change is change)

    @property
    def changed(self) -> bool:
        return self.before_title != self.title or any(i.change is not Change.UNCHANGED for i in self.items)


class Review(msgspec.Struct, frozen=True):
    """A submitted version against the current approved one (None for a first version)."""

    resident: ResidentDetail
    kind: PlanKind
    submitted: VersionView
    current: VersionView | None
    sections: tuple[SectionDiff, ...]
    before: Readability
    after: Readability
    # The old text-heavy plans this version was simplified from, each piece with what became of it.
    originals: tuple[DocumentView, ...] = ()

    def count(self, change: Change) -> int:
        return sum(section.count(change) for section in self.sections)


def word_parts(before: str, after: str) -> tuple[Parts, Parts]:
    """Both texts as word runs with the differing runs marked (difflib on words)."""
    old, new = before.split(), after.split()
    left: list[tuple[str, bool]] = []
    right: list[tuple[str, bool]] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if i2 > i1:
            left.append((" ".join(old[i1:i2]), tag != "equal"))
        if j2 > j1:
            right.append((" ".join(new[j1:j2]), tag != "equal"))
    return tuple(left), tuple(right)


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.lower(), b.lower(), autojunk=False).ratio()


def _pairs(old: list[str], new: list[str], threshold: float) -> list[tuple[int, int]]:
    """Order-keeping pairs of similar entries: each old one takes its most similar later new one."""
    pairs: list[tuple[int, int]] = []
    last = -1
    for i, text in enumerate(old):
        scored = [(_ratio(text, new[j]), j) for j in range(last + 1, len(new))]
        best = max(scored, default=(0.0, -1), key=lambda pair: (pair[0], -pair[1]))
        if best[0] >= threshold:
            pairs.append((i, best[1]))
            last = best[1]
    return pairs


def diff_items(before: list[str], after: list[str]) -> list[ItemDiff]:
    """Items of one section compared: unchanged, removed, added, and changed (paired by likeness)."""
    result: list[ItemDiff] = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            result += [ItemDiff(Change.UNCHANGED, text, text) for text in before[i1:i2]]
            continue
        old, new = before[i1:i2], after[j1:j2]
        i = j = 0
        for pi, pj in [*_pairs(old, new, CHANGED_RATIO), (len(old), len(new))]:
            result += [ItemDiff(Change.REMOVED, text, None) for text in old[i:pi]]
            result += [ItemDiff(Change.ADDED, None, text) for text in new[j:pj]]
            if pi < len(old):
                left, right = word_parts(old[pi], new[pj])
                result.append(ItemDiff(Change.CHANGED, old[pi], new[pj], left, right))
            i, j = pi + 1, pj + 1
    return result


def _measure(items: list[str]) -> Readability:
    total = Readability()
    for item in items:
        total += measure(item)
    return total


def diff_sections(before: dict[str, list[str]], after: dict[str, list[str]]) -> list[SectionDiff]:
    """Sections matched by title (or, for a renamed one such as a moved time slot, by likeness), in
    the order of the submitted version; sections only in the approved one follow as removed."""
    old_titles, new_titles = list(before), list(after)
    matched = {title: title for title in new_titles if title in before}
    unmatched_old = [t for t in old_titles if t not in after]
    unmatched_new = [t for t in new_titles if t not in before]
    for i, j in _pairs(unmatched_old, unmatched_new, SECTION_RATIO):
        matched[unmatched_new[j]] = unmatched_old[i]
    sections = []
    for title in new_titles:
        old_title = matched.get(title)
        old_items = before.get(old_title, []) if old_title is not None else []
        sections.append(
            SectionDiff(
                title,
                old_title,
                tuple(diff_items(old_items, after[title])),
                _measure(old_items),
                _measure(after[title]),
            )
        )
    used = set(matched.values())
    for title in old_titles:
        if title not in used:
            items = tuple(ItemDiff(Change.REMOVED, text, None) for text in before[title])
            sections.append(SectionDiff(title, title, items, _measure(before[title]), Readability()))
    return sections


ContentPath = tuple[str | int, ...]


def section_paths(content: PlanContent) -> dict[str, tuple[ContentPath, ...]]:
    """Where each section of the review (titled as `plan_sections` titles it, so as the advisor's
    return notes are keyed) lives in the content: the editors show a note beside those fields."""
    sections: dict[str, tuple[ContentPath, ...]] = {}

    def add(title: str, *paths: ContentPath) -> None:
        sections[title] = sections.get(title, ()) + paths

    if isinstance(content, RiskProfile):
        for number, stage in enumerate(content.stages):
            add(
                f"{STAGE_INFO[stage.kind].colour_name} – {STAGE_INFO[stage.kind].meaning}", ("stages", number)
            )
        add("Udløsende faktorer", ("triggers",))
        add("Risikosituationer", ("risk_situations",))
        add("Styrker", ("strengths",))
        add("Alarm og hvem vi ringer til", ("alarm",), ("call",))
        add("Bemanding", ("staffing_rules",))
        add("Samlet risiko", ("level",), ("level_reason",))
    elif isinstance(content, DailyRhythm):
        for number, slot in enumerate(content.slots):
            add(f"{slot.start:%H.%M}–{slot.end:%H.%M} {slot.label}", ("slots", number))
    elif isinstance(content, SafetyPlan):
        for key, title in SAFETY_TOPICS:
            add(title, (key,))
        add("Aftalte tegn og ord", ("agreed_signals",))
    elif isinstance(content, Activities):
        for number, activity in enumerate(content.activities):
            add(activity.name or "Aktivitet", ("activities", number))
    return sections


def section_of(content: PlanContent, ref: FieldRef) -> str | None:
    """The review section a simplification target belongs to (as `section_paths` titles it), for a
    note about a piece of the old plan; None for a target of another plan or one it no longer has."""
    parts = ref.path.split(".")
    for title, paths in section_paths(content).items():
        for path in paths:
            if path[0] != parts[0]:
                continue
            if len(path) == 1:  # a field of its own: triggers, alarm, a safety-plan topic...
                return title
            item = getattr(content, str(path[0]))[int(path[1])]
            if parts[0] == "stages" and len(parts) > 1 and item.kind.value == parts[1]:
                return title
            if parts[0] == "slots" and len(parts) > 1 and item.start.strftime("%H:%M") == parts[1]:
                return title
    return None


def review(session: Session, actor: Actor, version_id: int) -> Review:
    """What the submitted version changes against the current approved version of the same plan."""
    if not (may(actor, Action.APPROVE) or may(actor, Action.EDIT)):
        raise PermissionDeniedError("Du har ikke ret til at gennemgå planer til godkendelse.")
    version = plans.get_version(session, version_id)
    if version.status is not VersionStatus.SUBMITTED:
        raise LifecycleError("Kun en indsendt version kan gennemgås til godkendelse.")
    current = next((v for v in version.document.versions if v.status is VersionStatus.APPROVED), None)
    submitted = version_view(version)
    current_view = version_view(current) if current is not None else None
    before = plan_sections(current_view.content) if current_view is not None else {}
    after = plan_sections(submitted.content)
    sections = diff_sections(before, after)
    resident_id = version.document.resident_id
    audit.record(
        session,
        actor,
        "review.open",
        resident_id=resident_id,
        target=f"{version.document.kind}:{version.number}",
    )
    # Imported here: start-up imports this module and needs nothing of the simplify service.
    from tryghed_desktop.services.simplify import originals_of_version

    return Review(
        resident=resident_detail(session, resident_id),
        kind=version.document.kind,
        submitted=submitted,
        current=current_view,
        sections=tuple(sections),
        before=_measure([item for items in before.values() for item in items]),
        after=_measure([item for items in after.values() for item in items]),
        originals=originals_of_version(session, version_id),
    )


def approve_with_password(
    session: Session,
    actor: Actor,
    version_id: int,
    password: str,
    *,
    review_due: date | None = None,
    comment: str = "",
    now: datetime | None = None,
) -> VersionView:
    """Approve after the advisor re-entered the password: the signature of the approval."""
    require_current(session, actor, Action.APPROVE)
    if not verify_password(session, actor, password):
        raise PermissionDeniedError("Adgangskoden er forkert. Planen er ikke godkendt.")
    return plans.approve(session, actor, version_id, review_due=review_due, comment=comment, now=now)


# --- overviews ------------------------------------------------------------------------------------


class PendingVersion(msgspec.Struct, frozen=True):
    """One version waiting for somebody: the advisor (submitted) or the coordinator (returned)."""

    version_id: int
    resident_id: int
    card_name: str
    display_name: str
    unit_name: str
    kind: PlanKind
    number: int
    status: VersionStatus
    at: datetime | None
    by: str | None
    comment: str
    notes: int = 0  # the advisor's notes by section on a returned version (the editor shows them)


class ReviewDue(msgspec.Struct, frozen=True):
    resident_id: int
    card_name: str
    unit_name: str
    kind: PlanKind
    review_due: date
    overdue: bool


def _return_summary(view: VersionView) -> str:
    """The advisor's comment, or when there is only notes per section, those notes in one line (with a
    comment, the notes are counted beside it: `PendingVersion.notes`)."""
    if view.return_comment:
        return view.return_comment
    return " · ".join(f"{title}: {note}" for title, note in view.return_notes.items())


def _pending(session: Session, status: VersionStatus, *conditions: object) -> list[PendingVersion]:
    query = (
        select(PlanVersion, Resident, Unit.name)
        .join(PlanDocument, PlanVersion.document_id == PlanDocument.id)
        .join(Resident, PlanDocument.resident_id == Resident.id)
        .join(Unit, Resident.unit_id == Unit.id)
        .where(PlanVersion.status == status, Resident.active, *conditions)  # type: ignore[arg-type]
        .order_by(PlanVersion.submitted_at, PlanVersion.id)
    )
    rows = []
    for version, resident, unit_name in session.execute(query):
        view = version_view(version)
        returned = status is VersionStatus.RETURNED
        rows.append(
            PendingVersion(
                version_id=view.id,
                resident_id=resident.id,
                card_name=resident.card_name,
                display_name=resident.display_name,
                unit_name=unit_name,
                kind=view.kind,
                number=view.number,
                status=view.status,
                at=view.returned_at if returned else view.submitted_at,
                by=view.returned_by if returned else view.submitted_by,
                comment=_return_summary(view) if returned else "",
                notes=len(view.return_notes) if returned and view.return_comment else 0,
            )
        )
    return rows


def awaiting_my_approval(session: Session, actor: Actor) -> list[PendingVersion]:
    """Submitted versions the advisor may approve (not the ones the advisor wrote), oldest first."""
    if not may(actor, Action.APPROVE):
        return []
    rows = _pending(session, VersionStatus.SUBMITTED)
    if actor.user_id is None:
        return rows
    authored = {
        version_id
        for (version_id,) in session.execute(
            select(PlanVersion.id).where(
                PlanVersion.status == VersionStatus.SUBMITTED,
                or_(
                    PlanVersion.created_by_id == actor.user_id,
                    PlanVersion.updated_by_id == actor.user_id,
                    PlanVersion.submitted_by_id == actor.user_id,
                ),
            )
        )
    }
    return [row for row in rows if row.version_id not in authored]


def returned_to_me(session: Session, actor: Actor) -> list[PendingVersion]:
    """Returned versions the coordinator wrote or submitted, with the advisor's comment."""
    if not may(actor, Action.EDIT) or actor.user_id is None:
        return []
    mine = or_(
        PlanVersion.created_by_id == actor.user_id,
        PlanVersion.updated_by_id == actor.user_id,
        PlanVersion.submitted_by_id == actor.user_id,
    )
    return _pending(session, VersionStatus.RETURNED, mine)


def reviews_due(
    session: Session, today: date, *, within_days: int = REVIEW_SOON_DAYS
) -> dict[str, list[ReviewDue]]:
    """Current versions whose review is due within `within_days` or overdue, per unit, soonest first."""
    limit = today + timedelta(days=within_days)
    query = (
        select(PlanVersion.review_due, PlanDocument.kind, Resident, Unit.name)
        .join(PlanDocument, PlanVersion.document_id == PlanDocument.id)
        .join(Resident, PlanDocument.resident_id == Resident.id)
        .join(Unit, Resident.unit_id == Unit.id)
        .where(
            PlanVersion.status == VersionStatus.APPROVED,
            PlanVersion.review_due.is_not(None),
            PlanVersion.review_due <= limit,
            Resident.active,
        )
        .order_by(Unit.name, PlanVersion.review_due, Resident.card_name)
    )
    result: dict[str, list[ReviewDue]] = {}
    for review_due, kind, resident, unit_name in session.execute(query):
        if review_due is None:  # excluded by the query; keeps the type narrow
            continue
        result.setdefault(unit_name, []).append(
            ReviewDue(resident.id, resident.card_name, unit_name, kind, review_due, review_due < today)
        )
    return result
