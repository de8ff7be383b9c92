"""Simplifying a text-heavy plan: import the original (DOCX, text, pasted or an approved version), then
place, keep or drop each piece; the draft cannot be submitted while a piece is untouched."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Sequence
from datetime import datetime
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

import msgspec
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tryghed_desktop.domain.incidents import wall_clock
from tryghed_desktop.domain.lifecycle import EDITABLE_STATUSES, OPEN_STATUSES, VersionStatus
from tryghed_desktop.domain.plans import PLAN_KIND_TITLES, DailyRhythm, PlanKind, content_from_dict
from tryghed_desktop.domain.readability import Readability
from tryghed_desktop.domain.simplify import (
    Coverage,
    FieldRef,
    Piece,
    PieceStatus,
    Progress,
    Suggestion,
    TargetError,
    TargetGroup,
    add_item,
    field_title,
    fit_to_content,
    outline_text,
    remove_item,
    split_original,
    suggest,
    target_groups,
    text_skeleton,
)
from tryghed_desktop.domain.simplify import before_after as measure_before_after
from tryghed_desktop.services import audit, drafts, plans
from tryghed_desktop.services.actors import Action, Actor, require
from tryghed_desktop.services.errors import (
    LifecycleError,
    NotFoundError,
    Problem,
    ServiceError,
    ValidationError,
)
from tryghed_desktop.services.residents import resident_detail
from tryghed_desktop.store.models import OriginalDocument, OriginalPiece, PlanDocument, PlanVersion, utcnow

if TYPE_CHECKING:
    from tryghed_desktop.printing.simplification_report import ReportFacts

MAX_TEXT_CHARS = 2_000_000  # about 300,000 words: far beyond any real description
MAX_FILE_BYTES = 20_000_000
SOURCE_DOCX = "docx"
SOURCE_TEXT = "text"
SOURCE_PASTED = "pasted"
SOURCE_APPROVED = "approved-version"
SOURCE_TITLES = {
    SOURCE_DOCX: "Word-dokument",
    SOURCE_TEXT: "tekstfil",
    SOURCE_PASTED: "indsat tekst",
    SOURCE_APPROVED: "godkendt version",
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: encrypted DOCX, or an old .doc


# --- reading files --------------------------------------------------------------------------------


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Not the document's text: deleted revisions, and the fallback copy of a drawing (Word stores a text
# box twice, once for new and once for old readers).
_SKIPPED = {
    f"{_W}del",
    f"{_W}moveFrom",
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
}
# Content controls and custom XML wrap whole paragraphs, tables and rows.
_WRAPPERS = {f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"}
_SYMBOL_FORMATS = {"bullet", "none"}


def read_docx(data: bytes) -> str:
    """The text of a DOCX in reading order: headers, paragraphs, list items ('• …', '1. …'), tables (a
    row a line), footers.

    A corrupt or password-protected file is refused with a Danish ServiceError.
    """
    if data.startswith(_OLE_MAGIC):
        raise ServiceError(
            "Dokumentet er beskyttet med adgangskode eller gemt i det gamle Word-format (.doc). "
            "Åbn det i Word, fjern adgangskoden, og gem det som .docx – eller indsæt teksten i stedet."
        )
    from docx import Document  # imported here: reading Word files is rare and the import is slow
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError  # type: ignore[import-untyped]  # python-docx's parser

    try:
        return _DocxReader(Document(io.BytesIO(data))).read()
    # zlib.error and EOFError: a damaged or cut-off compressed part inside an intact-looking zip.
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        PackageNotFoundError,
        XMLSyntaxError,
        KeyError,
        ValueError,
    ) as error:
        raise ServiceError(
            "Filen kunne ikke læses som et Word-dokument (.docx). Den er måske beskadiget. "
            "Prøv at åbne og gemme den igen i Word, eller indsæt teksten i stedet."
        ) from error


def _rejoined(blocks: list[str]) -> list[str]:
    """A plan converted from PDF has a paragraph per printed line: a line that ends mid-sentence and
    one that goes on in lower case are one paragraph again (else a sentence is split into pieces)."""
    joined: list[str] = []
    for block in blocks:
        goes_on = block[:1].islower() and not _LIST_MARK.match(block)  # a list item's wrap too
        if joined and goes_on and joined[-1][-1:] not in ".!?:;":
            joined[-1] += "\n" + block  # one run of lines: the splitter joins wrapped lines
        else:
            joined.append(block)
    return joined


# A list item as the reader writes it: "• …", "1. …", "a) …".
_LIST_MARK = re.compile(r"^(?:•|\w{1,3}[.)])\s")


class _DocxReader:
    """Walks the document's XML rather than python-docx's paragraphs and tables: those leave out
    tracked insertions, content controls (common in municipal templates), text boxes, tables inside
    tables, headers and footers, and with them could go a phone number. Nothing may be lost here."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.numbering = _numbering(document)
        self.style_lists: dict[str, tuple[str, str]] = {}  # style id -> (numId, level) it numbers with
        self.list_styles: set[str] = set()  # style ids named "List …" (Word's list styles)
        for style in document.styles:
            if str(style.name).lower().startswith("list"):
                self.list_styles.add(style.style_id)
            numbering = style.element.find(f"{_W}pPr/{_W}numPr")
            if numbering is not None:
                self.style_lists[style.style_id] = _num_key(numbering)
        self.counters: dict[str, dict[int, int]] = {}  # numId -> level -> the last number given

    def read(self) -> str:
        first: list[str] = []
        last: list[str] = []
        for section in self.document.sections:
            for part, into in (
                (section.first_page_header, first),
                (section.header, first),
                (section.even_page_header, first),
                (section.first_page_footer, last),
                (section.footer, last),
                (section.even_page_footer, last),
            ):
                if not part.is_linked_to_previous:  # else it has no text of its own
                    into += [block for block in self.blocks(part._element) if block not in into]
        return "\n\n".join([*first, *_rejoined(self.blocks(self.document.element.body)), *last])

    def blocks(self, container: Any) -> list[str]:
        found: list[str] = []
        for child in container:
            if child.tag == f"{_W}p":
                found += self.paragraph(child)
            elif child.tag == f"{_W}tbl":
                found += [line for row in self.rows(child) if (line := " – ".join(self.cells(row)))]
            elif child.tag in _WRAPPERS:
                found += self.blocks(child)
        return found

    def rows(self, table: Any) -> list[Any]:
        rows: list[Any] = []
        for child in table:
            if child.tag == f"{_W}tr":
                rows.append(child)
            elif child.tag in _WRAPPERS:
                rows += self.rows(child)
        return rows

    def cells(self, row: Any) -> list[str]:
        cells: list[str] = []
        for child in row:
            if child.tag == f"{_W}tc":
                text = " ".join(self.blocks(child))  # a table inside a cell joins its rows
                if text:
                    cells.append(text)
            elif child.tag in _WRAPPERS:
                cells += self.cells(child)
        return cells

    def paragraph(self, paragraph: Any) -> list[str]:
        """The paragraph's line (with its list mark), then any text boxes anchored in it."""
        texts: list[str] = []
        boxes: list[str] = []
        self._inline(paragraph, texts, boxes)
        text = " ".join("".join(texts).split())
        mark = self._mark(paragraph)  # also for an empty item: Word numbers it too
        return ([mark + text] if text else []) + boxes

    def _inline(self, node: Any, texts: list[str], boxes: list[str]) -> None:
        for child in node:
            if child.tag in _SKIPPED:
                continue
            if child.tag == f"{_W}t":
                texts.append(child.text or "")
            elif child.tag in (f"{_W}tab", f"{_W}ptab", f"{_W}br", f"{_W}cr"):
                texts.append(" ")
            elif child.tag == f"{_W}noBreakHyphen":  # "40‑50": Word stores the hyphen as an element
                texts.append("-")
            elif child.tag == f"{_W}txbxContent":
                boxes += self.blocks(child)
            else:  # runs, hyperlinks, tracked insertions, inline content controls, fields, drawings
                self._inline(child, texts, boxes)

    def _mark(self, paragraph: Any) -> str:
        """'• ' for a bullet item, '3. ' or 'b) ' as Word numbers the item, else ''."""
        properties = paragraph.find(f"{_W}pPr")
        numbering = properties.find(f"{_W}numPr") if properties is not None else None
        style = properties.find(f"{_W}pStyle") if properties is not None else None
        style_id = style.get(f"{_W}val") if style is not None else ""
        num_id, level = self.style_lists.get(style_id, ("", "0"))
        if numbering is not None:  # the paragraph's own numbering, over its style's
            own_id, own_level = _num_parts(numbering)
            num_id, level = own_id or num_id, own_level or level
        if not num_id or num_id == "0":  # numId 0: numbering switched off
            return "• " if style_id in self.list_styles else ""
        lists = self.numbering.get(num_id, {})
        found = lists.get(level)
        if found is None or found.fmt in _SYMBOL_FORMATS:
            return "• "
        counters = self.counters.setdefault(num_id, {})
        depth = int(level)
        counters[depth] = counters.get(depth, found.start - 1) + 1
        for deeper in [key for key in counters if key > depth]:
            del counters[deeper]  # a new item restarts its sub-list, as in Word
        text = found.text or f"%{depth + 1}."
        for at, spec in lists.items():  # "%1.%2." names the counters of the levels above too
            place = f"%{int(at) + 1}"
            if place in text:
                value = counters.get(int(at), spec.start)
                text = text.replace(place, _numeral(value, spec.fmt))
        return f"{text} "


class _Level(msgspec.Struct, frozen=True):
    fmt: str  # Word's numFmt: decimal, lowerLetter, upperRoman, bullet …
    start: int
    text: str  # Word's lvlText: "%1.", "%1)", "%1.%2."


def _num_parts(numbering: Any) -> tuple[str, str]:
    num_id = numbering.find(f"{_W}numId")
    level = numbering.find(f"{_W}ilvl")
    return (
        num_id.get(f"{_W}val") if num_id is not None else "",
        level.get(f"{_W}val") if level is not None else "",
    )


def _num_key(numbering: Any) -> tuple[str, str]:
    num_id, level = _num_parts(numbering)
    return num_id, level or "0"


def _numbering(document: Any) -> dict[str, dict[str, _Level]]:
    """Each list (numId) of the document: its levels' number format, start value and text."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}

    def level_of(node: Any) -> _Level:
        fmt, start, text = node.find(f"{_W}numFmt"), node.find(f"{_W}start"), node.find(f"{_W}lvlText")
        return _Level(
            fmt.get(f"{_W}val") if fmt is not None else "bullet",
            int(start.get(f"{_W}val")) if start is not None else 1,
            text.get(f"{_W}val") if text is not None else "",
        )

    abstracts = {
        abstract.get(f"{_W}abstractNumId"): {
            level.get(f"{_W}ilvl"): level_of(level) for level in abstract.iter(f"{_W}lvl")
        }
        for abstract in numbering.iter(f"{_W}abstractNum")
    }
    lists: dict[str, dict[str, _Level]] = {}
    for num in numbering.iter(f"{_W}num"):
        abstract_id = num.find(f"{_W}abstractNumId")
        levels = dict(abstracts.get(abstract_id.get(f"{_W}val"), {})) if abstract_id is not None else {}
        for override in num.iter(f"{_W}lvlOverride"):  # this list starts elsewhere
            start = override.find(f"{_W}startOverride")
            at = override.get(f"{_W}ilvl")
            if start is not None and at in levels:
                levels[at] = msgspec.structs.replace(levels[at], start=int(start.get(f"{_W}val")))
        lists[num.get(f"{_W}numId")] = levels
    return lists


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def _numeral(value: int, fmt: str) -> str:
    """A list number as Word writes it in that format (decimal for any other)."""
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ""
        for amount, numeral in _ROMAN:
            count, value = divmod(value, amount)
            roman += numeral * count
        return roman.upper() if fmt == "upperRoman" else roman
    return str(value)


def read_text(data: bytes) -> str:
    """Plain text as UTF-8 (with or without BOM), else Windows-1252, as Danish Windows PCs save it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_original_file(file_name: str, data: bytes) -> tuple[str, str]:
    """(text, source kind) of a chosen file; refuses big, empty and unknown files in Danish."""
    if len(data) > MAX_FILE_BYTES:
        raise ServiceError(
            f"Filen er for stor ({len(data) // 1_000_000} MB). Del beskrivelsen op, eller indsæt "
            "den del, der handler om borgerens plan."
        )
    if not data.strip():
        raise ServiceError("Filen er tom. Der er ingen tekst at forenkle.")
    suffix = PurePath(file_name).suffix.lower()
    if suffix == ".docx":
        return read_docx(data), SOURCE_DOCX
    if suffix in {".txt", ".text", ".md", ""}:
        return read_text(data), SOURCE_TEXT
    if suffix == ".doc":
        return read_docx(data), SOURCE_DOCX  # refused with the old-format message
    raise ServiceError(
        f"Filtypen {suffix} kan ikke læses. Vælg en .docx- eller .txt-fil, eller indsæt teksten."
    )


def check_text(text: str) -> None:
    """Refuse, in Danish, a text that is empty or too long to be a description."""
    if not text.strip():
        raise ServiceError("Der er ingen tekst at forenkle. Filen eller feltet er tomt.")
    if len(text) > MAX_TEXT_CHARS:
        size, limit = (f"{count:,}".replace(",", ".") for count in (len(text), MAX_TEXT_CHARS))  # 1.200.000
        raise ServiceError(
            f"Teksten er for lang ({size} tegn; højst {limit}). Del den op, og importér "
            "kun den del, der handler om borgerens plan."
        )


class SplitPiece(msgspec.Struct, frozen=True):
    """A piece with its suggestion, as split before anything is stored (the CLI prints these)."""

    piece: Piece
    suggestion: Suggestion | None


def split_text(
    text: str, progress: Progress | None = None, *, colon_headings: bool = False
) -> list[SplitPiece]:
    """Check and split a text and suggest a target for each piece (no database; may run off the UI
    thread)."""
    check_text(text)
    pieces = split_original(text, progress, colon_headings=colon_headings)
    if not pieces:
        raise ServiceError("Der er ingen tekst at forenkle. Filen eller feltet er tomt.")
    return [SplitPiece(piece, suggest(piece)) for piece in pieces]


# --- import -----------------------------------------------------------------------------------------


def import_original(
    session: Session,
    actor: Actor,
    resident_id: int,
    *,
    file_name: str,
    text: str,
    source: str,
    kind: PlanKind = PlanKind.RISK_PROFILE,
    split: Sequence[SplitPiece] | None = None,
    version_id: int | None = None,
    now: datetime | None = None,
) -> int:
    """Store an original with its pieces for the resident; returns the document id.

    All in the caller's one transaction: on a refusal nothing is stored. `split` is the result of
    `split_text` when it was already made off the UI thread.
    """
    require(actor, Action.EDIT)
    if source not in SOURCE_TITLES:
        raise ValueError(f"unknown source {source!r}")
    # Refused now, not after the coordinator has shortened the first piece and presses Placér.
    drafts.refuse_while_awaiting_approval(session, resident_id, kind)
    detail = resident_detail(session, resident_id)
    pieces = list(split) if split is not None else split_text(text, colon_headings=source == SOURCE_APPROVED)
    check_text(text)
    now = now or utcnow()
    document = OriginalDocument(
        resident_id=resident_id,
        kind=kind,
        file_name=(file_name.strip() or SOURCE_TITLES[source])[:255],
        source_kind=source,
        imported_at=now,
        imported_by_id=actor.user_id,
        imported_by=actor.full_name,
        full_text=text,
        version_id=version_id,
    )
    document.pieces = [
        OriginalPiece(
            position=item.piece.index,
            paragraph=item.piece.paragraph,
            text=item.piece.text,
            is_heading=item.piece.is_heading,
            suggested_target=str(item.suggestion.target)
            if item.suggestion and item.suggestion.target
            else "",
            suggestion_reason=item.suggestion.reason if item.suggestion else "",
            # The headings of an approved plan written out are our own field names, not its content.
            status=(
                PieceStatus.KEPT
                if item.piece.is_heading and source == SOURCE_APPROVED
                else PieceStatus.UNTOUCHED
            ).value,
        )
        for item in pieces
    ]
    session.add(document)
    session.flush()
    audit.record(
        session,
        actor,
        "simplify.import",
        resident_id=resident_id,
        target=f"{document.file_name}",
        detail={"pieces": len(pieces), "source": source, "card_name": detail.card_name},
        now=now,
    )
    return document.id


def _approved(session: Session, resident_id: int, kind: PlanKind) -> tuple[PlanDocument, PlanVersion]:
    document = session.scalars(
        select(PlanDocument).where(PlanDocument.resident_id == resident_id, PlanDocument.kind == kind)
    ).one_or_none()
    current = None
    if document is not None:
        current = next((v for v in document.versions if v.status is VersionStatus.APPROVED), None)
    if document is None or current is None:
        raise NotFoundError(f"Borgeren har ingen godkendt {PLAN_KIND_TITLES[kind].lower()} at forenkle.")
    return document, current


def import_approved(
    session: Session, actor: Actor, resident_id: int, kind: PlanKind, *, now: datetime | None = None
) -> int:
    """'Forenkl den godkendte plan': the current approved version's text becomes the original, and a
    new draft with the same structure but no texts is where the short plan is built."""
    require(actor, Action.EDIT)
    document, current = _approved(session, resident_id, kind)
    content = content_from_dict(kind, current.content)
    if any(version.status in OPEN_STATUSES for version in document.versions):
        raise LifecycleError(
            f"Der findes allerede en kladde til {PLAN_KIND_TITLES[kind].lower()}en, eller den afventer "
            "godkendelse. Gør den færdig (eller få den returneret), før du forenkler den godkendte version."
        )
    draft = plans.start_draft(session, actor, resident_id, kind, text_skeleton(content), now=now)
    text = outline_text(content)
    return import_original(
        session,
        actor,
        resident_id,
        file_name=f"{PLAN_KIND_TITLES[kind]}, godkendt version {current.number}",
        text=text,
        source=SOURCE_APPROVED,
        kind=kind,
        version_id=draft.id,
        now=now,
    )


# --- reading -------------------------------------------------------------------------------------


class PieceView(msgspec.Struct, frozen=True):
    id: int
    index: int
    paragraph: int
    text: str
    is_heading: bool
    status: PieceStatus
    suggestion: FieldRef | None
    suggestion_reason: str
    target: FieldRef | None
    rewritten: str
    reason: str


class DocumentSummary(msgspec.Struct, frozen=True):
    id: int
    resident_id: int
    kind: PlanKind
    file_name: str
    source_kind: str
    imported_at: datetime
    imported_by: str
    coverage: Coverage


class DocumentView(msgspec.Struct, frozen=True):
    summary: DocumentSummary
    card_name: str
    full_text: str
    pieces: tuple[PieceView, ...]


def _ref(text: str) -> FieldRef | None:
    return FieldRef.parse(text) if text else None


def piece_view(piece: OriginalPiece) -> PieceView:
    """The plain view of a stored piece."""
    return PieceView(
        id=piece.id,
        index=piece.position,
        paragraph=piece.paragraph,
        text=piece.text,
        is_heading=piece.is_heading,
        status=PieceStatus(piece.status),
        suggestion=_ref(piece.suggested_target),
        suggestion_reason=piece.suggestion_reason,
        target=_ref(piece.target),
        rewritten=piece.rewritten,
        reason=piece.reason,
    )


def document_kind(session: Session, document_id: int) -> PlanKind:
    """The plan an imported original is being simplified into."""
    return _document(session, document_id).kind


def _document(session: Session, document_id: int) -> OriginalDocument:
    document = session.get(OriginalDocument, document_id)
    if document is None:
        raise NotFoundError(f"Der findes ingen importeret original med id {document_id}.")
    return document


def _summary(document: OriginalDocument, coverage: Coverage | None = None) -> DocumentSummary:
    return DocumentSummary(
        id=document.id,
        resident_id=document.resident_id,
        kind=document.kind,
        file_name=document.file_name,
        source_kind=document.source_kind,
        imported_at=document.imported_at,
        imported_by=document.imported_by,
        coverage=(
            coverage
            if coverage is not None
            else Coverage.of(PieceStatus(piece.status) for piece in document.pieces)
        ),
    )


def documents_for(session: Session, resident_id: int) -> list[DocumentSummary]:
    """The originals imported for a resident, newest first."""
    found = list(
        session.scalars(
            select(OriginalDocument)
            .where(OriginalDocument.resident_id == resident_id)
            .order_by(OriginalDocument.imported_at.desc(), OriginalDocument.id.desc())
        )
    )
    # Counted in SQL: loading every piece of every original (thousands for a long one) only to count
    # them took a good part of opening the workspace.
    counts: dict[int, dict[PieceStatus, int]] = {document.id: {} for document in found}
    for document_id, status, count in session.execute(
        select(OriginalPiece.document_id, OriginalPiece.status, func.count())
        .where(OriginalPiece.document_id.in_(counts))
        .group_by(OriginalPiece.document_id, OriginalPiece.status)
    ):
        counts[document_id][PieceStatus(status)] = count
    return [_summary(document, Coverage.counted(counts[document.id])) for document in found]


def document_view(
    session: Session, actor: Actor, document_id: int, *, record_read: bool = True
) -> DocumentView:
    """An original with its full text and pieces (the workspace and 'read the original')."""
    require(actor, Action.READ)
    document = _document(session, document_id)
    if record_read:
        audit.record(
            session, actor, "simplify.read", resident_id=document.resident_id, target=document.file_name
        )
    return _view(session, document)


def _view(session: Session, document: OriginalDocument) -> DocumentView:
    return DocumentView(
        _summary(document),
        resident_detail(session, document.resident_id).card_name,
        document.full_text,
        tuple(piece_view(p) for p in document.pieces),
    )


def originals_of_version(session: Session, version_id: int) -> tuple[DocumentView, ...]:
    """The originals behind a version, each piece with what became of it: the advisor's review shows
    them, so that nothing of the old plan is lost unseen (the caller checks the right to review)."""
    return tuple(_view(session, document) for document in _feeding_documents(session, version_id))


def coverage(session: Session, document_id: int) -> Coverage:
    """Pieces placed, kept, dropped and untouched."""
    return _summary(_document(session, document_id)).coverage


def before_after(session: Session, document_id: int) -> tuple[Readability, Readability]:
    """Readability of the original (headings left out) and of the texts placed in the plan from it."""
    pieces = _document(session, document_id).pieces
    return measure_before_after(
        (piece.text for piece in pieces if not piece.is_heading),
        (piece.rewritten for piece in pieces if piece.status == PieceStatus.PLACED.value),
    )


# --- placing, keeping, dropping ------------------------------------------------------------------


def _piece(session: Session, piece_id: int) -> OriginalPiece:
    piece = session.get(OriginalPiece, piece_id)
    if piece is None:
        raise NotFoundError(f"Der findes intet tekststykke med id {piece_id}.")
    return piece


def _untouched(piece: OriginalPiece) -> None:
    if piece.status != PieceStatus.UNTOUCHED.value:
        raise LifecycleError(
            "Stykket er allerede behandlet. Fortryd det først, hvis det skal et andet sted hen."
        )


def _mark(piece: OriginalPiece, actor: Actor, status: PieceStatus, now: datetime) -> None:
    piece.status = status.value
    piece.updated_at = now
    piece.updated_by_id = actor.user_id


def _draft_for(
    session: Session, actor: Actor, document: OriginalDocument, kind: PlanKind
) -> plans.VersionView:
    # The draft this original was imported for, while it is still editable; else the plan's open draft.
    if document.version_id is not None and document.kind is kind:
        version = plans.get_version(session, document.version_id)
        if version.status in EDITABLE_STATUSES:
            return plans.version_view(version)
    return drafts.open_draft(session, actor, document.resident_id, kind)


def place(
    session: Session,
    actor: Actor,
    piece_id: int,
    target: FieldRef | str,
    rewritten_text: str,
    *,
    now: datetime | None = None,
) -> PieceView:
    """Add the (shorter) text to the target field of the resident's draft and mark the piece placed —
    both in the caller's one transaction."""
    require(actor, Action.EDIT)
    ref = FieldRef.parse(target) if isinstance(target, str) else target
    text = " ".join(rewritten_text.split())
    if not text:
        raise ValidationError([Problem("tekst", "Skriv den tekst, der skal stå i planen.")])
    now = now or utcnow()
    piece = _piece(session, piece_id)
    _untouched(piece)
    document = piece.document
    view = _draft_for(session, actor, document, ref.kind)
    try:
        content = add_item(view.content, ref, text)
    except TargetError as error:
        raise ServiceError(f"Feltet »{ref}« findes ikke i planen.") from error
    plans.save_draft(session, actor, view.id, content, expected_row_version=view.row_version, now=now)
    if document.version_id is None:
        document.version_id = view.id
    piece.target, piece.rewritten, piece.reason, piece.version_id = str(ref), text, "", view.id
    _mark(piece, actor, PieceStatus.PLACED, now)
    session.flush()
    audit.record(session, actor, "simplify.place", resident_id=document.resident_id, target=str(ref), now=now)
    return piece_view(piece)


def keep(session: Session, actor: Actor, piece_id: int, *, now: datetime | None = None) -> PieceView:
    """Mark a piece as kept in the full description (not in the short plan, not lost)."""
    require(actor, Action.EDIT)
    piece = _piece(session, piece_id)
    _untouched(piece)
    _mark(piece, actor, PieceStatus.KEPT, now or utcnow())
    session.flush()
    return piece_view(piece)


def drop(
    session: Session, actor: Actor, piece_id: int, reason: str, *, now: datetime | None = None
) -> PieceView:
    """Drop a piece from the plan; the reason is required and goes into the advisor's report."""
    require(actor, Action.EDIT)
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError([Problem("grund", "Skriv kort, hvorfor stykket udelades.")])
    piece = _piece(session, piece_id)
    _untouched(piece)
    piece.reason = reason
    _mark(piece, actor, PieceStatus.DROPPED, now or utcnow())
    session.flush()
    audit.record(
        session,
        actor,
        "simplify.drop",
        resident_id=piece.document.resident_id,
        target=piece.text[:200],
        now=now,
    )
    return piece_view(piece)


class ResetResult(msgspec.Struct, frozen=True):
    piece: PieceView
    removed_from_plan: bool  # False when the placed text was changed in the editor and stays there


def reset(session: Session, actor: Actor, piece_id: int, *, now: datetime | None = None) -> ResetResult:
    """Undo what was done with a piece: a placed text is taken out of the draft again (when it is still
    there as placed), and the piece becomes untouched."""
    require(actor, Action.EDIT)
    now = now or utcnow()
    piece = _piece(session, piece_id)
    # Once the draft the original feeds is with the advisor (or approved), what was done with each
    # piece is what the simplification report showed them: it stays, kept and dropped pieces too.
    fed = {piece.document.version_id, *(other.version_id for other in piece.document.pieces)}
    for version_id in sorted(version for version in fed if version is not None):
        if plans.get_version(session, version_id).status not in EDITABLE_STATUSES:
            raise LifecycleError("Planen er sendt til godkendelse, så behandlingen kan ikke fortrydes nu.")
    removed = False
    if piece.status == PieceStatus.PLACED.value and piece.version_id is not None:
        version = plans.get_version(session, piece.version_id)
        view = plans.version_view(version)
        content, removed = remove_item(view.content, FieldRef.parse(piece.target), piece.rewritten)
        if removed:
            plans.save_draft(session, actor, view.id, content, expected_row_version=view.row_version, now=now)
    piece.target, piece.rewritten, piece.reason, piece.version_id = "", "", "", None
    _mark(piece, actor, PieceStatus.UNTOUCHED, now)
    session.flush()
    return ResetResult(piece_view(piece), removed)


# --- the submit rule -------------------------------------------------------------------------------


def _feeding_documents(session: Session, version_id: int) -> Sequence[OriginalDocument]:
    """The originals that feed a version: imported for it, or with pieces placed into it; oldest first."""
    fed_by = select(OriginalPiece.document_id).where(OriginalPiece.version_id == version_id)
    return session.scalars(
        select(OriginalDocument)
        .where((OriginalDocument.version_id == version_id) | OriginalDocument.id.in_(fed_by))
        .order_by(OriginalDocument.imported_at, OriginalDocument.id)
    ).all()


def _unfinished_for_version(session: Session, version_id: int) -> list[tuple[OriginalDocument, int]]:
    """The originals that feed this draft with untouched pieces, and how many each has."""
    counted = [
        (document, sum(1 for p in document.pieces if p.status == PieceStatus.UNTOUCHED.value))
        for document in _feeding_documents(session, version_id)
    ]
    return [(document, untouched) for document, untouched in counted if untouched]


class BlockingOriginal(msgspec.Struct, frozen=True):
    document_id: int
    file_name: str
    untouched: int


def blocking_originals(session: Session, resident_id: int, kind: PlanKind) -> list[BlockingOriginal]:
    """The originals with untouched pieces that keep the plan's open draft from being submitted:
    `check_submittable`'s rule, for the workspace to show (empty when the plan has no open draft)."""
    draft = drafts.editable_version(session, resident_id, kind)
    if draft is None:
        return []
    return [
        BlockingOriginal(original.id, original.file_name, untouched)
        for original, untouched in _unfinished_for_version(session, draft.id)
    ]


def check_submittable(session: Session, version_id: int) -> None:
    """Refuse to submit a draft while an original that feeds it has untouched pieces, naming each
    original (after a re-import, an older one may still be unfinished).

    plans.submit calls this first (a draft with untouched pieces can be saved, not submitted).
    """
    unfinished = _unfinished_for_version(session, version_id)
    if unfinished:
        names = "; ".join(
            f"»{document.file_name}« (importeret {wall_clock(document.imported_at):%d.%m.%Y}): "
            f"{untouched} {'stykke' if untouched == 1 else 'stykker'}"
            for document, untouched in unfinished
        )
        raise LifecycleError(
            f"Stykker fra den importerede tekst er ikke behandlet endnu – {names}. Placér, behold eller "
            "udelad hvert stykke under Planer → Forenkl tekst, før planen sendes til godkendelse. "
            "Kladden kan godt gemmes."
        )


# --- the report ------------------------------------------------------------------------------------


def report_facts(session: Session, actor: Actor, document_id: int, *, printed_at: datetime) -> ReportFacts:
    """What the advisor's one-page report shows for an original."""
    # Imported here, as the report itself: the review loads this module, and reportlab is slow.
    from tryghed_desktop.printing.simplification_report import ReportFacts

    require(actor, Action.READ)
    document = _document(session, document_id)
    detail = resident_detail(session, document.resident_id)
    before, after = before_after(session, document_id)
    pieces = document.pieces
    placed: dict[str, int] = {}
    for piece in pieces:
        if piece.status == PieceStatus.PLACED.value and piece.target:
            title = field_title(FieldRef.parse(piece.target))
            placed[title] = placed.get(title, 0) + 1
    return ReportFacts(
        card_name=detail.card_name,
        unit_name=detail.unit_name,
        plan_title=PLAN_KIND_TITLES[document.kind],
        file_name=document.file_name,
        imported_at=wall_clock(document.imported_at),
        imported_by=document.imported_by,
        printed_at=printed_at,
        before=before,
        after=after,
        coverage=Coverage.of_text((PieceStatus(p.status), p.is_heading) for p in pieces),
        dropped=tuple((p.text, p.reason) for p in pieces if p.status == PieceStatus.DROPPED.value),
        placed_by_field=tuple(placed.items()),
    )


def report_pdf(
    session: Session, actor: Actor, document_id: int, *, now: datetime | None = None, fit_mode: str = "shrink"
) -> bytes:
    """The one-page simplification report as PDF bytes; recorded as a print in the audit log."""
    now = now or utcnow()
    facts = report_facts(session, actor, document_id, printed_at=wall_clock(now))
    document = _document(session, document_id)
    audit.record(
        session, actor, "simplify.report", resident_id=document.resident_id, target=document.file_name
    )
    from tryghed_desktop.printing.simplification_report import render_simplification_report

    return render_simplification_report(facts, fit_mode=fit_mode)


def latest_document(session: Session, resident_id: int) -> int:
    """The newest original of a resident (the CLI's `simplify report --resident`)."""
    found = documents_for(session, resident_id)
    if not found:
        raise NotFoundError("Der er ikke importeret nogen original for denne borger.")
    return found[0].id


class Targets(msgspec.Struct, frozen=True):
    """The fields a piece can go to, per plan kind, and the daily rhythm whose slots are offered."""

    groups: tuple[tuple[PlanKind, tuple[TargetGroup, ...]], ...]
    rhythm: DailyRhythm | None

    def resolve(self, ref: FieldRef) -> FieldRef:
        """A suggested clock time moved to the slot that covers it."""
        return fit_to_content(ref, self.rhythm) if self.rhythm is not None else ref


def targets_for(session: Session, resident_id: int) -> Targets:
    """Targets for the workspace: risk profile, the rhythm being worked on (else approved), safety plan."""
    rhythm = drafts.editor_context(session, resident_id, PlanKind.RISK_PROFILE).rhythm
    kinds = (PlanKind.RISK_PROFILE, PlanKind.DAILY_RHYTHM, PlanKind.SAFETY_PLAN)
    return Targets(tuple((kind, tuple(target_groups(kind, rhythm))) for kind in kinds), rhythm)
