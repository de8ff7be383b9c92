"""The one-page simplification report for the external advisor: before/after figures, coverage, and
every dropped piece with its reason."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import msgspec
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from tryghed_desktop.domain.readability import Readability
from tryghed_desktop.domain.simplify import Coverage, reading_time_text
from tryghed_desktop.printing.card_model import danish_datetime
from tryghed_desktop.printing.fit import flowables_height
from tryghed_desktop.printing.fonts import register_fonts
from tryghed_desktop.printing.page import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    INK,
    MUTED,
    build_one_page_pdf,
    table_style,
)
from tryghed_desktop.printing.style import esc

MAX_DROPPED_SHOWN = 24
MAX_PIECE_CHARS = 160
_GOOD = HexColor("#2e7d32")
_WARN = HexColor("#b71c1c")
_RULE = HexColor("#bbbbbb")
_HEAD_TINT = HexColor("#eeeeee")


class ReportFacts(msgspec.Struct, frozen=True):
    """Everything the report shows; `printed_at` is passed in so a render is deterministic."""

    card_name: str
    unit_name: str
    plan_title: str  # "Risikoprofil"
    file_name: str
    imported_at: datetime
    imported_by: str
    printed_at: datetime
    before: Readability
    after: Readability
    coverage: Coverage
    dropped: Sequence[tuple[str, str]] = msgspec.field(default_factory=tuple)  # (piece, reason)
    placed_by_field: Sequence[tuple[str, int]] = msgspec.field(default_factory=tuple)  # (field title, count)


class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.title = ParagraphStyle("r-title", fontName=bold, fontSize=20, leading=24, textColor=INK)
        self.sub = ParagraphStyle("r-sub", fontName=regular, fontSize=10.5, leading=14, textColor=MUTED)
        self.section = ParagraphStyle(
            "r-section", fontName=bold, fontSize=13, leading=16, textColor=INK, spaceBefore=10, spaceAfter=4
        )
        self.body = ParagraphStyle("r-body", fontName=regular, fontSize=10.5, leading=13.5, textColor=INK)
        self.cell = ParagraphStyle("r-cell", parent=self.body, fontSize=9.5, leading=12)
        self.head = ParagraphStyle("r-head", parent=self.cell, fontName=bold)
        self.big = ParagraphStyle("r-big", fontName=bold, fontSize=12, leading=15, textColor=INK)


def _shorten(text: str) -> str:
    """At most MAX_PIECE_CHARS, cut between words ("…efterlevelse i praksi…" read as a typo)."""
    text = " ".join(text.split())
    if len(text) <= MAX_PIECE_CHARS:
        return text
    cut = text[: MAX_PIECE_CHARS - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + " …"


def _number(value: float, decimals: int = 0) -> str:
    # Danish decimal comma.
    return f"{value:.{decimals}f}".replace(".", ",")


def _change(before: float, after: float) -> str:
    if before == 0:
        return "–"
    percent = round(100 * (after - before) / before)
    return f"{percent:+d} %".replace("+", "+ ").replace("-", "− ")


def _figures(facts: ReportFacts, styles: _Styles) -> Table:
    before, after = facts.before, facts.after
    rows = [
        ["", "Før", "Efter", "Ændring"],
        ["Ord", str(before.words), str(after.words), _change(before.words, after.words)],
        [
            "Sætninger",
            str(before.sentences),
            str(after.sentences),
            _change(before.sentences, after.sentences),
        ],
        ["LIX", _number(before.lix), _number(after.lix), _change(before.lix, after.lix)],
        [
            "Læsetid",
            reading_time_text(before),
            reading_time_text(after),
            _change(before.reading_seconds, after.reading_seconds),
        ],
    ]
    data = [
        [Paragraph(esc(cell), styles.head if r == 0 or c == 0 else styles.body) for c, cell in enumerate(row)]
        for r, row in enumerate(rows)
    ]
    width = FRAME_WIDTH / 4
    return Table(
        data,
        colWidths=[width] * 4,
        style=table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), _HEAD_TINT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, _RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        ),
    )


def _coverage(facts: ReportFacts, styles: _Styles) -> list[Flowable]:
    coverage = facts.coverage
    # The window lists headings as pieces too; here a heading dealt with holds no text to account for.
    counts = (
        f"{coverage.placed} placeret i planen · {coverage.kept} beholdt i den fulde beskrivelse · "
        f"{coverage.dropped} udeladt (overskrifter, der er behandlet, tælles ikke med)"
    )
    if coverage.can_submit:
        headline = f"Alle {coverage.total} stykker tekst i originalen er behandlet."
        colour = _GOOD
    else:
        headline = f"{coverage.untouched} af {coverage.total} stykker tekst er endnu ikke behandlet."
        colour = _WARN
    big = ParagraphStyle("r-cov", parent=styles.big, textColor=colour)
    flowables: list[Flowable] = [Paragraph(esc(headline), big), Paragraph(esc(counts), styles.body)]
    if facts.placed_by_field:
        fields = " · ".join(f"{title}: {count}" for title, count in facts.placed_by_field)
        flowables.append(Spacer(1, 3))
        flowables.append(Paragraph(f"<font color='#555555'>Placeret i: {esc(fields)}</font>", styles.cell))
    return flowables


def _dropped(facts: ReportFacts, styles: _Styles, shown_count: int) -> list[Flowable]:
    if not facts.dropped:
        return [Paragraph("Intet er udeladt.", styles.body)]
    shown = list(facts.dropped)[:shown_count]
    data = [[Paragraph("Udeladt tekst", styles.head), Paragraph("Begrundelse", styles.head)]]
    data += [
        [Paragraph(esc(_shorten(text)), styles.cell), Paragraph(esc(reason), styles.cell)]
        for text, reason in shown
    ]
    table = Table(
        data,
        colWidths=[FRAME_WIDTH * 0.62, FRAME_WIDTH * 0.38],
        repeatRows=1,
        style=table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), _HEAD_TINT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, _RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        ),
    )
    flowables: list[Flowable] = [table]
    rest = len(facts.dropped) - len(shown)
    if rest > 0:
        flowables.append(Spacer(1, 4))
        flowables.append(
            Paragraph(
                f"… og {rest} udeladte stykker mere. Se dem alle, med begrundelse, i godkendelsen under "
                "»Fra den gamle plan« i Tryghed Desktop.",
                styles.cell,
            )
        )
    return flowables


def report_story(facts: ReportFacts) -> list[Flowable]:
    """The report's content, top to bottom; as many dropped pieces as fit, then '… og N mere'."""
    styles = _Styles()
    shown = min(len(facts.dropped), MAX_DROPPED_SHOWN)
    while True:
        story = _story(facts, styles, shown)
        if shown == 0 or flowables_height(story, FRAME_WIDTH) <= FRAME_HEIGHT:
            return story
        shown -= 1


def _story(facts: ReportFacts, styles: _Styles, shown: int) -> list[Flowable]:
    source = (
        f"Original: {esc(facts.file_name)} · importeret {danish_datetime(facts.imported_at)} "
        f"af {esc(facts.imported_by)}"
    )
    return [
        Paragraph(esc(f"Forenkling af {facts.plan_title.lower()} – {facts.card_name}"), styles.title),
        Spacer(1, 4),
        Paragraph(f"{esc(facts.unit_name)} · Til ekstern faglig rådgiver", styles.sub),
        Paragraph(source, styles.sub),
        Paragraph("Før og efter", styles.section),
        _figures(facts, styles),
        Paragraph("Er alt med?", styles.section),
        *_coverage(facts, styles),
        Paragraph(f"Udeladt ({facts.coverage.dropped}) – og hvorfor", styles.section),
        *_dropped(facts, styles, shown),
        Spacer(1, 8),
        Paragraph(
            esc(
                f"{facts.coverage.kept} stykker er beholdt i den fulde beskrivelse. Hele originalteksten "
                "er gemt ved borgeren og kan altid læses i Tryghed Desktop."
            ),
            styles.body,
        ),
    ]


def render_simplification_report(facts: ReportFacts, *, fit_mode: str = "shrink") -> bytes:
    """One A4 page PDF with the same fonts and footer style as the cards (deterministic bytes)."""
    footer = (
        f"Forenklingsrapport · {facts.plan_title} · {facts.card_name} · {facts.unit_name}",
        f"Printet {danish_datetime(facts.printed_at)} · LIX: ord pr. sætning + procent ord over 6 bogstaver",
    )
    untouched = facts.coverage.untouched
    # Unfinished: the before/after figures compare with a plan still missing pieces; say so on top.
    mark = (
        f"UFÆRDIG – {untouched} AF {facts.coverage.total} STYKKER ER IKKE BEHANDLET ENDNU"
        if untouched
        else None
    )
    return build_one_page_pdf(
        report_story(facts),
        footer=footer,
        title=f"Forenklingsrapport – {facts.card_name}",
        subject=facts.unit_name,
        mark=mark,
        fit_mode=fit_mode,
    )
