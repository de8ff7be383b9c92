"""The demo's simplified plans, made as a coordinator makes them under Planer → Forenkl tekst: the
approved plan becomes the original, each piece is placed in its field as a short text, kept in the
full description or left out with a reason, and the draft is then finished in the editor. So the
advisor's review of the demo shows the old plan piece by piece, as it would for a real one."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.orm import Session

from tryghed_desktop.domain.plans import PlanContent, PlanKind
from tryghed_desktop.domain.simplify import FieldRef, PieceStatus, TargetError, texts_at
from tryghed_desktop.services import drafts, simplify
from tryghed_desktop.services.actors import Actor
from tryghed_desktop.services.plans import VersionView, save_draft
from tryghed_desktop.services.simplify import PieceView

# Words that say nothing of what a piece is about, left out when matching a short text to its piece.
_COMMON = frozenset(
    {"ikke", "eller", "hvis", "også", "efter", "skal", "være", "have", "meget", "bliver", "dette"}
    | {"denne", "hvor", "hvad", "når", "hende", "sine", "samt", "ofte", "typisk", "gerne", "altid"}
)
_WORD = re.compile(r"[a-zæøå]{4,}")


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

    Each short text of `final` is placed from the piece of its field it was written from (the one it
    shares the most words with). A piece no short text came from is kept in the full description, so
    the advisor sees it is not in the plan. `choices` names pieces by how each begins: a reason
    leaves the piece out, "" keeps it."""
    document_id = simplify.import_approved(session, coordinator, resident_id, kind, now=now)
    view = simplify.document_view(session, coordinator, document_id, record_read=False)
    # The approved plan's own headings arrive kept.
    pieces = [piece for piece in view.pieces if piece.status is PieceStatus.UNTOUCHED]
    chosen = {piece.id: _choice(piece, choices) for piece in pieces}
    sources = _sources([piece for piece in pieces if chosen[piece.id] is None], final)
    for piece in pieces:
        choice = chosen[piece.id]
        if choice:
            simplify.drop(session, coordinator, piece.id, choice, now=now)
        elif choice is None and piece.id in sources and piece.suggestion is not None:
            simplify.place(session, coordinator, piece.id, piece.suggestion, sources[piece.id], now=now)
        else:
            simplify.keep(session, coordinator, piece.id, now=now)
    draft = drafts.editable_version(session, resident_id, kind)
    assert draft is not None, "import_approved starts the draft"
    # Finished in the editor: the short texts typed there beside the placed ones, the contacts.
    return save_draft(session, coordinator, draft.id, final, expected_row_version=draft.row_version, now=now)


def _choice(piece: PieceView, choices: Mapping[str, str]) -> str | None:
    return next((reason for start, reason in choices.items() if piece.text.startswith(start)), None)


def _sources(pieces: list[PieceView], final: PlanContent) -> dict[int, str]:
    """The piece each short text of `final` was written from: in the same field, the one it shares the
    most words with, each piece once; a short text sharing no word came from none."""
    by_field: dict[FieldRef, list[PieceView]] = {}
    for piece in pieces:
        if piece.suggestion is not None:
            by_field.setdefault(piece.suggestion, []).append(piece)
    found: dict[int, str] = {}
    for ref, candidates in by_field.items():
        for text in _texts(final, ref):
            shared = [
                (_shared_words(text, p.text), -n, p.id) for n, p in enumerate(candidates) if p.id not in found
            ]
            best = max(shared, default=None)
            if best is not None and best[0] > 0:
                found[best[2]] = text
    return found


def _shared_words(short: str, long: str) -> int:
    """How many words of the short text the long one has, endings and compounds allowed for
    (tryk/trykkes, alarmen/overfaldsalarmen): a word's first four letters inside one of its words."""
    words = _words(long)
    return sum(1 for word in _words(short) if any(word[:4] in other for other in words))


def _words(text: str) -> set[str]:
    return {word for word in _WORD.findall(text.lower()) if word not in _COMMON}


def _texts(final: PlanContent, ref: FieldRef) -> list[str]:
    try:
        return texts_at(final, ref)
    except TargetError:  # a slot the short plan no longer has
        return []
