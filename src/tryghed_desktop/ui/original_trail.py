"""What became of each piece of an old text-heavy plan, for the advisor approving the short one: the
old text beside where it went (placed, kept in the full description, or left out and why), so that
nothing is lost unseen. Also saves the simplification report, here and in the simplify window."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QTextBrowser, QVBoxLayout, QWidget

from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.domain.simplify import STATUS_MARKS, STATUS_TITLES, Coverage, PieceStatus, field_title
from tryghed_desktop.services import simplify
from tryghed_desktop.services.actors import Actor
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.services.simplify import DocumentView, PieceView
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.domain_labels import domain_tr, plan_title, section_title
from tryghed_desktop.ui.messages import report_problem
from tryghed_desktop.ui.status import format_date

translate = QCoreApplication.translate

REPORT_SCHEME = "report"
NOTE_SCHEME = "trailnote"
# (text colour, background) per fate; the sign and the word carry it on a b/w screen.
FATE_COLOURS: dict[PieceStatus, tuple[str, str]] = {
    PieceStatus.PLACED: ("#1b5e20", "#ffffff"),
    PieceStatus.KEPT: ("#37474f", "#eceff1"),
    PieceStatus.DROPPED: ("#8e1b1b", "#fde7e7"),
    PieceStatus.UNTOUCHED: ("#6d4c00", "#fff1c2"),
}
MUTED = "#616e7c"


def ask_report_path(parent: QWidget, suggested: str) -> str:
    """Where to save the report ('' when cancelled); tests patch this."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, translate("OriginalTrail", "Gem rapport"), suggested, "PDF (*.pdf)"
    )
    return path


def save_simplification_report(parent: QWidget, database: Database, actor: Actor, document_id: int) -> bool:
    """Ask where, then write the original's simplification report there; True when saved."""
    path = ask_report_path(parent, "forenklingsrapport.pdf")
    if not path:
        return False
    try:
        with database.session() as session:
            pdf = simplify.report_pdf(session, actor, document_id)
        Path(path).write_bytes(pdf)
    except ServiceError as error:
        report_problem(error)
        return False
    except OSError as error:
        report_problem(
            translate("OriginalTrail", "Rapporten kunne ikke gemmes: %1").replace(
                "%1", error.strerror or str(error)
            )
        )
        return False
    return True


def outside_plan(piece: PieceView) -> bool:
    """A piece whose text is not in the short plan: kept in the full description, left out, or not yet
    dealt with. These are what the advisor must agree to."""
    return piece.status is not PieceStatus.PLACED and not piece.is_heading


def content_coverage(original: DocumentView) -> Coverage:
    """The original's pieces of text, as the simplification report counts them (Coverage.of_text)."""
    return Coverage.of_text((piece.status, piece.is_heading) for piece in original.pieces)


def originals_summary(originals: tuple[DocumentView, ...]) -> str:
    """One line per original: 'Forenklet fra »x.docx«: 29 stykker tekst – 25 placeret …'."""
    lines = []
    for original in originals:
        coverage = content_coverage(original)
        lines.append(
            translate(
                "OriginalTrail",
                "Forenklet fra »%1«: %2 stykker tekst – %3 placeret i planen, %4 beholdt i fuld "
                "beskrivelse, %5 udeladt.",
            )
            .replace("%1", original.summary.file_name)
            .replace("%2", str(coverage.total))
            .replace("%3", str(coverage.placed))
            .replace("%4", str(coverage.kept))
            .replace("%5", str(coverage.dropped))
        )
    return " ".join(lines)


def fate_text(piece: PieceView, kind: PlanKind) -> str:
    """Where the piece went, in words and with a sign; the plan is named when it is another one."""
    status = piece.status
    if status is PieceStatus.PLACED and piece.target is not None:
        where = field_title(piece.target, domain_tr)
        if piece.target.kind is not kind:
            where = f"{plan_title(piece.target.kind)} · {where}"
        text = (
            translate("OriginalTrail", "Placeret i %1: »%2«")
            .replace("%1", where)
            .replace("%2", piece.rewritten)
        )
    elif status is PieceStatus.DROPPED:
        text = translate("OriginalTrail", "Udeladt: %1").replace("%1", piece.reason)
    else:
        text = domain_tr(STATUS_TITLES[status])
    return f"{STATUS_MARKS[status]} {text}"


def _piece_row(piece: PieceView, kind: PlanKind, note_section: str | None = None) -> str:
    number = f'<span style="color:{MUTED}">{piece.index + 1}.</span>&nbsp;'
    old = escape(piece.text)
    if piece.is_heading and piece.status is PieceStatus.KEPT:
        # A heading of the old plan reads as one across both columns; it holds nothing to act on.
        return f'<tr><td colspan="2" style="padding:10px 8px 2px 8px">{number}<b>{old}</b></td></tr>'
    colour, background = FATE_COLOURS[piece.status]
    fate = escape(fate_text(piece, kind))
    if piece.status is not PieceStatus.PLACED:
        fate = f"<b>{fate}</b>"
    if note_section is not None:
        words = translate("OriginalTrail", "✎ Bemærkning ved »%1«").replace("%1", section_title(note_section))
        fate += f'<br><a href="{NOTE_SCHEME}:{piece.id}">{escape(words)}</a>'

    return (
        f'<tr><td style="padding:4px 8px; border-bottom:1px solid #e4e7eb">{number}{old}</td>'
        f'<td style="padding:4px 8px; border-bottom:1px solid #e4e7eb; color:{colour}; '
        f'background:{background}">{fate}</td></tr>'
    )


def trail_html(
    originals: tuple[DocumentView, ...],
    kind: PlanKind,
    *,
    only_outside_plan: bool,
    note_sections: Mapping[int, str] | None = None,
) -> str:
    """Every original as a table: the old text left, what became of it right; a piece not in the plan
    with a section in `note_sections` (piece id → section) gets a link to write a note there."""
    note_sections = note_sections or {}
    old_head = escape(translate("OriginalTrail", "Den gamle tekst"))
    fate_head = escape(translate("OriginalTrail", "Hvad blev det til"))
    report = escape(translate("OriginalTrail", "Gem forenklingsrapport (PDF)…"))
    body = ""
    for number, original in enumerate(originals):
        summary = original.summary
        facts = (
            translate("OriginalTrail", "»%1« · importeret %2 af %3")
            .replace("%1", summary.file_name)
            .replace("%2", format_date(summary.imported_at))
            .replace("%3", summary.imported_by)
        )
        body += (
            f'<tr><td colspan="2" style="padding:14px 8px 4px 8px; border-bottom:1px solid #cbd2d9">'
            f'<span style="font-size:13pt; font-weight:bold">{escape(facts)}</span>'
            f'&nbsp;&nbsp;&nbsp;<a href="{REPORT_SCHEME}:{number}">{report}</a></td></tr>'
        )
        shown = [p for p in original.pieces if outside_plan(p) or not only_outside_plan]
        body += "".join(_piece_row(piece, kind, note_sections.get(piece.id)) for piece in shown)
        if not shown:
            nothing = escape(translate("OriginalTrail", "Alt herfra står i planen."))
            body += f'<tr><td colspan="2" style="padding:4px 8px; color:{MUTED}">{nothing}</td></tr>'
    return (
        '<table width="100%" cellspacing="0" cellpadding="0">'
        f'<tr><th width="50%" style="padding:6px 8px; background:#eceff1">{old_head}</th>'
        f'<th width="50%" style="padding:6px 8px; background:#e3efff">{fate_head}</th></tr>'
        f"{body}</table>"
    )


class OriginalTrailView(QWidget):
    """The originals behind a version under review, piece by piece, with a filter for what is not in
    the short plan and a link to each original's simplification report."""

    note_requested = Signal(str)  # the section to write the advisor's note on

    def __init__(
        self,
        database: Database,
        actor: Actor,
        originals: tuple[DocumentView, ...],
        kind: PlanKind,
        *,
        note_sections: Mapping[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.originals = originals
        self.kind = kind
        self.note_sections = dict(note_sections or {})
        self.only_outside_plan = QCheckBox(
            self.tr("Vis kun det, der ikke står i planen (beholdt og udeladt)")
        )
        self.only_outside_plan.toggled.connect(self._render)
        self.browser = QTextBrowser()
        self.browser.setObjectName("trailBrowser")
        self.browser.setAccessibleName(self.tr("Den gamle tekst, stykke for stykke"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.only_outside_plan)
        layout.addWidget(self.browser, 1)
        self._render()

    def _render(self) -> None:
        self.browser.setHtml(
            trail_html(
                self.originals,
                self.kind,
                only_outside_plan=self.only_outside_plan.isChecked(),
                note_sections=self.note_sections,
            )
        )

    def text(self) -> str:
        """What the view shows, as plain text (tests and accessibility)."""
        return self.browser.toPlainText()

    def _on_anchor(self, url: QUrl) -> None:
        scheme, _colon, number = url.toString().partition(":")
        if scheme == REPORT_SCHEME and number.isdigit() and int(number) < len(self.originals):
            self.save_report(int(number))
        elif scheme == NOTE_SCHEME and number.isdigit() and int(number) in self.note_sections:
            self.note_requested.emit(self.note_sections[int(number)])

    def save_report(self, number: int) -> bool:
        return save_simplification_report(self, self.database, self.actor, self.originals[number].summary.id)
