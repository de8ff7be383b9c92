"""Printing cards: which version prints, its footer facts, the unit batch and the audit of every print."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Literal, TypeVar

import msgspec
from sqlalchemy import select
from sqlalchemy.orm import Session

from tryghed_desktop import startup_gc
from tryghed_desktop.domain.incidents import wall_clock
from tryghed_desktop.domain.lifecycle import OPEN_STATUSES, VersionStatus
from tryghed_desktop.domain.plans import DailyRhythm, PlanKind, RiskProfile, SafetyPlan
from tryghed_desktop.printing.batch import (
    BatchCancelled,
    BatchCard,
    RiskCard,
    layout_missing_page,
    render_batch,
)
from tryghed_desktop.printing.card_model import CardFacts
from tryghed_desktop.printing.docx_card import render_risk_card_docx
from tryghed_desktop.printing.fit import CardTooLongError
from tryghed_desktop.printing.page import CardPage
from tryghed_desktop.printing.registration_card import render_registration_card
from tryghed_desktop.printing.rhythm_page import render_rhythm_page
from tryghed_desktop.printing.risk_card import render_risk_card
from tryghed_desktop.printing.safety_page import render_safety_page
from tryghed_desktop.printing.signs_checklist import NoSignsError, render_signs_checklist
from tryghed_desktop.services import audit
from tryghed_desktop.services.actors import Action, Actor, require
from tryghed_desktop.services.errors import LifecycleError, NotFoundError, ServiceError
from tryghed_desktop.services.plans import VersionView, version_view
from tryghed_desktop.services.residents import (
    ResidentDetail,
    discharged_on,
    get_unit,
    list_residents,
    resident_detail,
)
from tryghed_desktop.store.models import PlanDocument, utcnow

__all__ = [
    "BatchCancelled",
    "CardKind",
    "CardTooLongServiceError",
    "NoApprovedVersionError",
    "UnitCardsResult",
    "batch_pdf",
    "card_facts",
    "registration_card",
    "resident_card",
    "unit_cards",
]

_T = TypeVar("_T")
CardKind = Literal["risk", "rhythm", "safety", "signs"]
CardFormat = Literal["pdf", "docx"]

_PLAN_KIND: dict[str, PlanKind] = {
    "risk": PlanKind.RISK_PROFILE,
    "rhythm": PlanKind.DAILY_RHYTHM,
    "safety": PlanKind.SAFETY_PLAN,
    "signs": PlanKind.RISK_PROFILE,  # the early-signs checklist, from the risk profile's signs
}
# "Der er ingen godkendt risikoprofil for Jonas" – the plan's name in running text.
_PLAN_NOUN = {
    "risk": "risikoprofil",
    "rhythm": "døgnrytme",
    "safety": "tryghedsplan",
    "signs": "risikoprofil",
}


class NoApprovedVersionError(ServiceError):
    """The plan has no current approved version; with `has_draft` the UI may offer the draft instead."""

    def __init__(self, message: str, *, has_draft: bool) -> None:
        super().__init__(message)
        self.has_draft = has_draft


class CardTooLongServiceError(ServiceError):
    """The card does not fit one page; `sections` names what to shorten (see CardTooLongError);
    `has_draft`: a revision (perhaps shorter) is open."""

    def __init__(self, error: CardTooLongError, *, has_draft: bool = False) -> None:
        super().__init__(str(error))
        self.sections = error.sections
        self.has_draft = has_draft


class UnitCardsResult(msgspec.Struct, frozen=True):
    """The unit's batch: one PDF, the card names printed and those left out with the reason."""

    pdf: bytes
    printed: list[str] = msgspec.field(default_factory=list)
    skipped: list[str] = msgspec.field(default_factory=list)


def _local_date(moment: datetime | None) -> date | None:
    return wall_clock(moment).date() if moment is not None else None


def card_facts(
    resident: ResidentDetail,
    version: VersionView | None,
    *,
    is_valid: bool,
    printed_at: datetime,
    full_name: bool = False,
) -> CardFacts:
    """The header and footer facts of a card printed from `version` (None: a plan not yet written).

    The card name is the privacy-mode name unless `full_name`; `is_valid` must be True only for the
    current approved version. Approval facts are left out of a draft so it never looks approved.
    """
    approved = version is not None and version.approved_at is not None
    approver = None
    if approved and version is not None and version.approved_by:
        title = (version.approved_by_title or "").strip()
        approver = f"{version.approved_by}, {title}" if title else version.approved_by
    return CardFacts(
        card_name=resident.display_name if full_name else resident.card_name,
        unit_name=resident.unit_name,
        printed_at=wall_clock(printed_at),
        version_number=version.number if version is not None else None,
        is_valid=is_valid and approved,
        approved_by=approver,
        approved_at=_local_date(version.approved_at) if version is not None else None,
        valid_from=_local_date(version.valid_from) if version is not None else None,
        review_due=version.review_due if approved and version is not None else None,
        awaiting_approval=version is not None and version.status is VersionStatus.SUBMITTED,
    )


class _Versions(msgspec.Struct, frozen=True):
    current: VersionView | None
    open: VersionView | None


def _versions(session: Session, resident_id: int, kind: PlanKind) -> _Versions:
    document = session.scalars(
        select(PlanDocument).where(PlanDocument.resident_id == resident_id, PlanDocument.kind == kind)
    ).one_or_none()
    if document is None:
        return _Versions(None, None)
    versions = list(document.versions)
    current = next((v for v in versions if v.status is VersionStatus.APPROVED), None)
    open_version = next((v for v in reversed(versions) if v.status in OPEN_STATUSES), None)
    return _Versions(
        version_view(current) if current is not None else None,
        version_view(open_version) if open_version is not None else None,
    )


def _content(view: VersionView | None, content_type: type[_T]) -> _T | None:
    if view is None:
        return None
    assert isinstance(view.content, content_type)
    return view.content


def resident_card(
    session: Session,
    actor: Actor,
    resident_id: int,
    kind: CardKind,
    fmt: CardFormat = "pdf",
    *,
    version: Literal["current", "draft"] = "current",
    full_name: bool = False,
    now: datetime | None = None,
) -> bytes:
    """One printed card of a resident: the current approved version, or the open draft marked as such.

    Raises NoApprovedVersionError (Danish, offering the draft) when asked for the current version of
    a plan that has none, and CardTooLongServiceError when the card cannot fit one page.
    """
    require(actor, Action.PRINT)
    if fmt == "docx" and kind != "risk":
        raise ServiceError("Kun handlekortet (risikoprofilen) kan hentes som Word-dokument.")
    now = now or utcnow()
    resident = resident_detail(session, resident_id)
    left = discharged_on(resident)
    if left is not None:  # a card on the wall for somebody who left would only mislead
        raise LifecycleError(
            f"{resident.card_name} er fraflyttet {left:%d.%m.%Y}. "
            "Der printes kun handlekort for borgere, der bor her."
        )
    versions = _versions(session, resident_id, _PLAN_KIND[kind])
    noun = _PLAN_NOUN[kind]
    if version == "current":
        chosen = versions.current
        if chosen is None:
            raise NoApprovedVersionError(
                f"Der er ingen godkendt {noun} for {resident.card_name}.",
                has_draft=versions.open is not None,  # then the window offers the draft
            )
    else:
        chosen = versions.open
        if chosen is None:
            raise NotFoundError(f"Der er ingen kladde af {noun}en for {resident.card_name}.")
    facts = card_facts(resident, chosen, is_valid=version == "current", printed_at=now, full_name=full_name)
    try:
        data = _render(session, resident_id, kind, chosen, facts, fmt=fmt, version=version)
    except NoSignsError as error:
        raise ServiceError(f"{error} Skriv dem i {noun}en, så kan tjeklisten printes.") from error
    except CardTooLongError as error:
        raise CardTooLongServiceError(
            error, has_draft=version == "current" and versions.open is not None
        ) from error
    audit.record(
        session,
        actor,
        "print",
        resident_id=resident_id,
        target=f"{_PLAN_KIND[kind]}:{chosen.number}",
        detail={"kind": kind, "version": chosen.number, "format": fmt, "valid": facts.is_valid},
        now=now,
    )
    return data


def _render(
    session: Session,
    resident_id: int,
    kind: CardKind,
    chosen: VersionView,
    facts: CardFacts,
    *,
    fmt: CardFormat,
    version: Literal["current", "draft"],
) -> bytes:
    if kind == "rhythm":
        rhythm_plan = _content(chosen, DailyRhythm)
        assert rhythm_plan is not None
        return render_rhythm_page(rhythm_plan, facts)
    if kind == "safety":
        safety = _content(chosen, SafetyPlan)
        assert safety is not None
        return render_safety_page(safety, facts)
    profile = _content(chosen, RiskProfile)
    assert profile is not None
    if kind == "signs":
        return render_signs_checklist(profile, facts)
    # Risk times from the approved rhythm; a draft preview uses the rhythm being revised with it.
    rhythms = _versions(session, resident_id, PlanKind.DAILY_RHYTHM)
    in_force = rhythms.current if version == "current" else rhythms.open or rhythms.current
    rhythm = _content(in_force, DailyRhythm)
    if fmt == "docx":
        return render_risk_card_docx(profile, rhythm, facts)
    return render_risk_card(profile, rhythm, facts)


def batch_pdf(
    jobs: Iterable[BatchCard],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    title: str = "Handlekort",
    subject: str = "",
    too_long: Callable[[BatchCard, CardTooLongError], None] | None = None,
    last_page: Callable[[], CardPage | None] | None = None,
) -> bytes:
    """`render_batch` with the garbage collector paused, as every batch of cards is made.

    reportlab makes many short-lived objects, and the collector's passes over them (a full one
    among them) would cost a batch of 100 cards 0.04–0.23 s; what the batch leaves is collected once
    at the end. The collector is as before afterwards, also after a cancel or an error.
    """
    with startup_gc.paused():
        return render_batch(
            jobs,
            progress=progress,
            cancelled=cancelled,
            title=title,
            subject=subject,
            too_long=too_long,
            last_page=last_page,
        )


def unit_cards(
    session: Session,
    actor: Actor,
    unit_id: int,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: datetime | None = None,
) -> UnitCardsResult:
    """All current risk cards of the unit's active residents in one PDF, one card a page.

    Residents without an approved risk profile, or whose card is too long, are listed in `skipped`
    with the reason. `progress(done, total)` and `cancelled()` are passed to the batch; a cancel
    raises BatchCancelled and writes nothing to the audit log. Safe to run off the UI thread with a
    session of its own.
    """
    require(actor, Action.PRINT)
    unit = get_unit(session, unit_id)
    now = now or utcnow()
    jobs: list[BatchCard] = []
    printed: dict[int, tuple[str, int]] = {}  # id(card) -> (card name, resident id)
    versions: dict[int, int] = {}
    skipped: list[str] = []
    for row in list_residents(session, unit_id=unit_id):
        risk = _versions(session, row.id, PlanKind.RISK_PROFILE).current
        if risk is None:
            skipped.append(f"{row.card_name}: ingen godkendt risikoprofil")
            continue
        rhythm = _content(_versions(session, row.id, PlanKind.DAILY_RHYTHM).current, DailyRhythm)
        profile = _content(risk, RiskProfile)
        assert profile is not None
        facts = card_facts(resident_detail(session, row.id), risk, is_valid=True, printed_at=now)
        job = RiskCard(profile, rhythm, facts)
        jobs.append(job)
        printed[id(job)] = (row.card_name, row.id)
        versions[row.id] = risk.number
    if not jobs:
        raise ServiceError(f"Ingen borgere i {unit.name} har en godkendt risikoprofil, der kan udskrives.")

    def too_long(job: BatchCard, error: CardTooLongError) -> None:
        name, _resident = printed.pop(id(job))
        skipped.append(f"{name}: kortet er for langt til én side ({error.sections[0][0]})")

    try:
        pdf = batch_pdf(
            jobs,
            progress=progress,
            cancelled=cancelled,
            title=f"Handlekort – {unit.name}",
            subject=unit.name,
            too_long=too_long,
            # Not when every card was too long: then there is nothing to print (the refusal below).
            last_page=lambda: (
                layout_missing_page(unit.name, skipped, wall_clock(now)) if skipped and printed else None
            ),
        )
    except ValueError as error:
        if printed:
            raise
        # Every card was too long: there is no page to print.
        message = "Ingen af afdelingens handlekort kan være på én side: " + "; ".join(skipped)
        raise ServiceError(message) from error
    for _name, resident_id in printed.values():
        audit.record(
            session,
            actor,
            "print",
            resident_id=resident_id,
            target=f"{PlanKind.RISK_PROFILE}:{versions[resident_id]}",
            detail={"kind": "risk", "version": versions[resident_id], "format": "pdf", "batch": unit.name},
            now=now,
        )
    return UnitCardsResult(pdf, [name for name, _id in printed.values()], skipped)


def registration_card(now: datetime | None = None) -> bytes:
    """The generic one-page card on how to register violence, threats and harassment."""
    return render_registration_card(wall_clock(now or utcnow()))
