"""The demo's simplified plans, made as a coordinator makes them under Planer → Forenkl tekst: the
approved plan becomes the original, each piece is placed in its field as a short text, kept in the
full description or left out with a reason, and the draft is then finished in the editor. So the
advisor's review of the demo shows the old plan piece by piece, as it would for a real one."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.orm import Session

from tryghed_desktop.domain.plans import PlanContent, PlanKind
from tryghed_desktop.domain.simplify import FieldRef, PieceStatus, TargetError, texts_at
from tryghed_desktop.services import drafts, simplify
from tryghed_desktop.services.actors import Actor
from tryghed_desktop.services.plans import VersionView, save_draft

# The coordinator's reasons, as the drop dialog offers them.
REPEATED = "Gentagelse"
BACKGROUND = "Baggrund – ikke noget, man handler efter"


def simplify_approved(
    session: Session,
    coordinator: Actor,
    resident_id: int,
    kind: PlanKind,
    final: PlanContent,
    *,
    choices: Mapping[str, str],
    now: datetime,
) -> VersionView:
    """Simplify the approved plan of `kind` into `final`; returns the draft, ready to submit.

    `choices` names the pieces the coordinator did not place, by how each begins: a reason leaves
    the piece out, "" keeps it in the full description. Every other piece goes to its field with the
    field's next short text; once a field has none left, a further piece is a repetition, a time
    slot's old text is background, and a contact or a situation is kept."""
    document_id = simplify.import_approved(session, coordinator, resident_id, kind, now=now)
    pieces = simplify.document_view(session, coordinator, document_id, record_read=False).pieces
    unplaced: dict[FieldRef, list[str]] = {}  # each field's short texts not placed yet
    placed: set[FieldRef] = set()
    for piece in pieces:
        if piece.status is not PieceStatus.UNTOUCHED:
            continue  # the approved plan's own headings arrive kept
        choice = next((reason for start, reason in choices.items() if piece.text.startswith(start)), None)
        ref = piece.suggestion
        if choice is not None:
            _drop_or_keep(session, coordinator, piece.id, choice, now)
            continue
        if ref is None:
            simplify.keep(session, coordinator, piece.id, now=now)
            continue
        texts = unplaced.setdefault(ref, _texts(final, ref))
        if texts:
            simplify.place(session, coordinator, piece.id, ref, texts.pop(0), now=now)
            placed.add(ref)
        elif ref in placed or ref.kind is PlanKind.DAILY_RHYTHM:
            reason = REPEATED if ref in placed else BACKGROUND
            simplify.drop(session, coordinator, piece.id, reason, now=now)
        else:
            simplify.keep(session, coordinator, piece.id, now=now)
    draft = drafts.editable_version(session, resident_id, kind)
    assert draft is not None, "import_approved starts the draft"
    # Finished in the editor: the short texts typed there beside the placed ones, the contacts.
    return save_draft(session, coordinator, draft.id, final, expected_row_version=draft.row_version, now=now)


def _drop_or_keep(session: Session, coordinator: Actor, piece_id: int, reason: str, now: datetime) -> None:
    if reason:
        simplify.drop(session, coordinator, piece_id, reason, now=now)
    else:
        simplify.keep(session, coordinator, piece_id, now=now)


def _texts(final: PlanContent, ref: FieldRef) -> list[str]:
    try:
        return texts_at(final, ref)
    except TargetError:  # a slot the short plan no longer has
        return []
