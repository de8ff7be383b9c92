"""The one-page A4 action card of a risk profile (DESIGN §5), laid out with reportlab platypus."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import time
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Image,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tryghed_desktop.domain.plans import (
    STAGE_INFO,
    STAGE_ORDER,
    DailyRhythm,
    Level,
    RiskProfile,
    Stage,
    StageKind,
    TimeSlot,
)
from tryghed_desktop.printing.card_model import CardFacts, danish_date, danish_datetime
from tryghed_desktop.printing.fonts import register_fonts
from tryghed_desktop.printing.page import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    INK,
    MUTED,
    build_one_page_pdf,
    table_style,
)

STAGE_CELL_WIDTH = 104.0

DRAFT_MARK = "KLADDE – IKKE GODKENDT"
INVALID_MARK = "IKKE GYLDIG VERSION"

# (body, heading) in points, most comfortable first; the last pair is the readable floor of DESIGN §5.
# Quarter-point steps so a card that is just a little too long loses as little size as possible.
SIZE_STEPS: tuple[tuple[float, float], ...] = tuple((13 - step / 4, 20 - step / 2) for step in range(9))
MIN_BODY, MIN_HEADING = SIZE_STEPS[-1]

COLUMNS: tuple[tuple[str, str], ...] = (
    ("signs", "Sådan ser det ud"),
    ("we_do", "Det gør vi"),
    ("we_avoid", "Det undgår vi"),
    ("resident_can", "Det kan jeg selv"),
)

ALARM_RED = HexColor("#b71c1c")
_LEVEL_STAGE = {Level.YELLOW: StageKind.YELLOW, Level.RED: StageKind.RED}


class CardTooLongError(ValueError):
    """The card does not fit one page even at the smallest readable type size.

    `sections` holds (section name, lines too many) so an editor can point at what to shorten.
    """

    def __init__(self, sections: Sequence[tuple[str, int]]) -> None:
        self.sections = list(sections)
        parts = "; ".join(f"{name} ({_lines_text(lines)} for meget)" for name, lines in self.sections)
        super().__init__(
            f"Kortet kan ikke være på én side. For langt: {parts}. Gør punkterne kortere eller færre."
        )


def _lines_text(lines: int) -> str:
    return f"ca. {lines} linje" if lines == 1 else f"ca. {lines} linjer"


def card_fill(profile: RiskProfile, rhythm: DailyRhythm | None, facts: CardFacts | None = None) -> float:
    """Fraction of the page's content area the card uses at the comfortable default type size.

    Above 1.0 the card must shrink its type; the plan editors show this as a live fill meter.
    """
    sections = _Layout(_Sizes(*SIZE_STEPS[0])).sections(profile, rhythm, facts or _placeholder_facts())
    return _total_height(sections) / FRAME_HEIGHT


def render_risk_card(profile: RiskProfile, rhythm: DailyRhythm | None, facts: CardFacts) -> bytes:
    """A one-page A4 PDF action card; raises CardTooLongError if it cannot fit at the minimum size."""
    return _render(_fit(profile, rhythm, facts), facts, fit_mode="shrink")


# --- fitting -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sizes:
    body: float
    heading: float

    @property
    def leading(self) -> float:
        return self.body * 1.22


@dataclass
class _Section:
    """A named part of the card, measured on its own so that an overflow can be blamed on it."""

    name: str
    flowables: list[Flowable]
    # For a stage band: the content height of each column, row by row, to name what makes it tall.
    columns: list[dict[str, float]] = field(default_factory=list)

    def height(self) -> float:
        return _flowables_height(self.flowables, FRAME_WIDTH)


def _flowables_height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        _w, h = flowable.wrap(width, FRAME_HEIGHT)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _total_height(sections: Sequence[_Section]) -> float:
    return sum(section.height() for section in sections)


def _fit(profile: RiskProfile, rhythm: DailyRhythm | None, facts: CardFacts) -> list[Flowable]:
    for body, heading in SIZE_STEPS:
        sections = _Layout(_Sizes(body, heading)).sections(profile, rhythm, facts)
        if _total_height(sections) <= FRAME_HEIGHT:
            return [flowable for section in sections for flowable in section.flowables]
    raise CardTooLongError(_blame(sections, _Sizes(*SIZE_STEPS[-1])))


def _blame(sections: Sequence[_Section], sizes: _Sizes) -> list[tuple[str, int]]:
    """Name the sections to shorten, by lowering the tallest ones to a common level ("water level").

    One very long stage gets all the blame; a card that is a little too long everywhere names each
    of its tallest parts with a small excess.
    """
    heights = [(section, section.height()) for section in sections]
    overflow = sum(h for _s, h in heights) - FRAME_HEIGHT
    ordered = sorted(heights, key=lambda item: item[1], reverse=True)
    level = 0.0
    for count in range(1, len(ordered) + 1):
        level = (sum(h for _s, h in ordered[:count]) - overflow) / count
        if count == len(ordered) or level >= ordered[count][1]:
            break
    blamed: list[tuple[str, int]] = []
    for section, height in ordered:
        excess = height - level
        if excess <= 0:
            break
        blamed.append((_blame_name(section, excess), max(1, math.ceil(excess / sizes.leading))))
    return blamed


def _blame_name(section: _Section, excess: float) -> str:
    if not section.columns:
        return section.name
    # Only the columns reaching into the part that must go need shortening.
    long_columns = [
        name for row in section.columns for name, height in row.items() if height > max(row.values()) - excess
    ]
    if len(long_columns) == sum(len(row) for row in section.columns):
        return section.name
    return section.name + ", " + " og ".join(f"»{name}«" for name in long_columns)


def _placeholder_facts() -> CardFacts:
    from datetime import datetime

    return CardFacts(card_name="Navn", unit_name="Enhed", printed_at=datetime(2000, 1, 1))


# --- layout --------------------------------------------------------------------------------------


def _tint(colour: Color, amount: float) -> Color:
    """The colour mixed with white; light enough to print behind black text."""
    return Color(*(1 - amount * (1 - channel) for channel in colour.rgb()))


def _text(value: str) -> str:
    return escape(value.strip())


def _clock(value: time) -> str:
    return value.strftime("%H.%M")


def _slot_time(slot: TimeSlot) -> str:
    if slot.start == slot.end:
        return _clock(slot.start)
    return f"{_clock(slot.start)}–{_clock(slot.end)}"


def _staff_text(count: int) -> str:
    return "1 medarbejder" if count == 1 else f"{count} medarbejdere"


class _Layout:
    """Builds the card's flowables at one pair of type sizes."""

    def __init__(self, sizes: _Sizes) -> None:
        regular, bold = register_fonts()
        self.sizes = sizes
        body, heading = sizes.body, sizes.heading
        self.gap = body * 0.75
        self.body = ParagraphStyle(
            "body", fontName=regular, fontSize=body, leading=sizes.leading, textColor=INK
        )
        # Column labels a little smaller than the items they head, never below the readable floor.
        label_size = max(MIN_BODY, body - 1.5)
        self.label = ParagraphStyle(
            "label",
            parent=self.body,
            fontName=bold,
            fontSize=label_size,
            leading=label_size * 1.2,
            spaceAfter=body * 0.3,
            textColor=MUTED,
        )
        self.item = ParagraphStyle(
            "item",
            parent=self.body,
            leftIndent=body * 0.8,
            bulletIndent=0,
            bulletFontName=bold,
            spaceAfter=body * 0.3,
        )
        self.heading = ParagraphStyle(
            "heading", fontName=bold, fontSize=heading, leading=heading * 1.15, textColor=INK
        )
        self.title = ParagraphStyle("title", parent=self.heading, fontSize=heading * 2, leading=heading * 2.2)

    def sections(self, profile: RiskProfile, rhythm: DailyRhythm | None, facts: CardFacts) -> list[_Section]:
        sections = [_Section("Overskrift og alarm", [self._header(profile, facts)])]
        if any(rule.strip() for rule in profile.staffing_rules):
            sections.append(_Section("Bemanding", [self._staffing(profile.staffing_rules)]))
        for kind in STAGE_ORDER:
            band = self._band(profile.stage(kind))
            if band is not None:
                sections.append(band)
        slots = [s for s in (rhythm.slots if rhythm else []) if s.level in _LEVEL_STAGE]
        if slots:
            sections.append(_Section("Risikotider i døgnet", self._risk_times(slots)))
        for section in sections[:-1]:
            section.flowables.append(Spacer(1, self.gap))
        return sections

    # header: name and unit on the left, the alarm/call box on the right

    def _header(self, profile: RiskProfile, facts: CardFacts) -> Flowable:
        box = self._alarm_box(profile)
        left_width = FRAME_WIDTH * 0.46 if box is not None else FRAME_WIDTH
        name_width = left_width - 12  # a gap before the alarm box
        photo: Flowable | None = None
        if facts.photo is not None:
            photo_size = self.sizes.heading * 4
            photo = Image(str(facts.photo), width=photo_size, height=photo_size, kind="proportional")
            name_width -= photo_size + 10
        name: list[Flowable] = [
            Paragraph(_text(facts.card_name), self._title_style(facts.card_name, name_width)),
            Spacer(1, self.sizes.body * 0.4),
            Paragraph(f"{_text(facts.unit_name)} · Handlekort", self.body),
        ]
        left: Flowable | list[Flowable] = name
        if photo is not None:
            left = Table(
                [[photo, name]],
                colWidths=[left_width - name_width, name_width],
                style=table_style(
                    [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
                ),
            )
        if box is None:
            return Table([[left]], colWidths=[FRAME_WIDTH], style=_plain_style())
        return Table([[left, box]], colWidths=[left_width, FRAME_WIDTH - left_width], style=_plain_style())

    def _title_style(self, text: str, width: float) -> ParagraphStyle:
        """The name as large as fits on one line; a long name wraps between words at a smaller size."""
        font = self.title.fontName
        size = self.title.fontSize
        floor = self.sizes.heading * 1.3
        while size > floor and stringWidth(text.strip(), font, size) > width:
            size -= 1
        longest_word = max((stringWidth(word, font, 1) for word in text.split()), default=0)
        if longest_word * size > width:
            size = max(self.sizes.heading, width / longest_word)
        return ParagraphStyle("title-fitted", parent=self.title, fontSize=size, leading=size * 1.1)

    def _alarm_box(self, profile: RiskProfile) -> Flowable | None:
        alarm = [line for line in profile.alarm if line.strip()]
        calls = [contact for contact in profile.call if contact.name.strip() or contact.phone.strip()]
        if not alarm and not calls:
            return None
        heading = ParagraphStyle("alarm-heading", parent=self.heading, textColor=ALARM_RED)
        content: list[Flowable] = [Paragraph("ALARM · RING", heading), Spacer(1, self.sizes.body * 0.3)]
        content += [Paragraph(_text(line), self.item, bulletText="•") for line in alarm]
        for contact in calls:
            text = _text(contact.name)
            if contact.phone.strip():
                text += f": <b>{_text(contact.phone)}</b>"
            if contact.note.strip():
                text += f" · {_text(contact.note)}"
            content.append(Paragraph(text, self.item, bulletText="☎"))
        return Table(
            [[content]],
            style=table_style(
                [
                    ("BOX", (0, 0), (-1, -1), 2.5, ALARM_RED),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
        )

    def _staffing(self, rules: list[str]) -> Flowable:
        text = "<b>Bemanding:</b> " + " · ".join(_text(rule) for rule in rules if rule.strip())
        return Table(
            [[Paragraph(text, self.body)]],
            colWidths=[FRAME_WIDTH],
            style=table_style(
                [
                    ("LINEBEFORE", (0, 0), (0, 0), 5, INK, 0),
                    ("BACKGROUND", (0, 0), (-1, -1), HexColor("#eeeeee")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            ),
        )

    # the four stages

    def _band(self, stage: Stage) -> _Section | None:
        info = STAGE_INFO[stage.kind]
        colour = HexColor(info.rgb)
        # Dark text on yellow: white on #f9a825 is unreadable in print.
        on_colour = INK if stage.kind is StageKind.YELLOW else white
        columns = [
            (title, [item for item in getattr(stage, attr) if item.strip()]) for attr, title in COLUMNS
        ]
        columns = [(title, items) for title, items in columns if items]
        if not columns:
            return None
        stage_heading = ParagraphStyle("stage", parent=self.heading, textColor=on_colour)
        stage_meaning = ParagraphStyle("meaning", parent=self.body, textColor=on_colour)
        left = [
            Paragraph(f"{info.symbol}&nbsp;{_text(info.colour_name.upper())}", stage_heading),
            Spacer(1, self.sizes.body * 0.2),
            Paragraph(_text(info.meaning), stage_meaning),
        ]
        pad_left, pad_right = 7.0, 5.0
        room = FRAME_WIDTH - STAGE_CELL_WIDTH
        widths = self._column_widths(columns, room)
        if widths is not None:
            grid = [columns]
        else:
            # Too many columns for whole words and headings side by side: two rows of two columns.
            grid = [columns[:2], columns[2:]]
            widths = [room / 2, room / 2]
        rows: list[list[object]] = []
        heights: list[dict[str, float]] = []
        for row_columns in grid:
            row: list[object] = [left if not rows else Spacer(0, 0)]
            row_heights: dict[str, float] = {}
            for (title, items), width in zip(row_columns, widths, strict=False):
                cell: list[Flowable] = [Paragraph(_text(title), self.label)]
                cell += [Paragraph(_text(item), self.item, bulletText="•") for item in items]
                row.append(cell)
                row_heights[title] = _flowables_height(cell, width - pad_left - pad_right)
            row += [Spacer(0, 0)] * (len(widths) - len(row_columns))
            rows.append(row)
            heights.append(row_heights)
        tint_line = _tint(colour, 0.45)
        style: list[tuple[object, ...]] = [
            ("SPAN", (0, 0), (0, -1)),
            ("BACKGROUND", (0, 0), (0, -1), colour),
            ("BACKGROUND", (1, 0), (-1, -1), _tint(colour, 0.10)),
            ("BOX", (0, 0), (-1, -1), 1.5, colour),
            ("LINEBEFORE", (2, 0), (-1, -1), 0.6, tint_line),
            ("LINEBELOW", (1, 0), (-1, -2), 0.6, tint_line),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad_left),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad_right),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        table = Table(rows, colWidths=[STAGE_CELL_WIDTH, *widths], style=table_style(style))
        return _Section(f"{info.colour_name} – {info.meaning}", [table], heights)

    def _column_widths(self, columns: list[tuple[str, list[str]]], total: float) -> list[float] | None:
        """Widths in proportion to each column's amount of text, so the columns end at similar heights.

        A band is as tall as its longest column, so giving the wordy column more room saves lines;
        a floor per column keeps its heading on one line and its longest word whole. None when the
        floors do not fit side by side.
        """
        regular, bold, size = self.body.fontName, self.label.fontName, self.sizes.body
        amounts: list[float] = []
        floors: list[float] = []
        for title, items in columns:
            amounts.append(sum(stringWidth(item, regular, size) + size * 4 for item in items) + size * 8)
            longest = max(
                [stringWidth(title, bold, self.label.fontSize)]
                + [
                    stringWidth(word, regular, size) + self.item.leftIndent
                    for i in items
                    for word in i.split()
                ]
            )
            floors.append(longest + 14)
        if sum(floors) > total:
            return None
        widths = [total * amount / sum(amounts) for amount in amounts]
        fixed: set[int] = set()
        while short := [i for i, w in enumerate(widths) if w < floors[i] and i not in fixed]:
            fixed.update(short)
            free = [i for i in range(len(widths)) if i not in fixed]
            room = total - sum(floors[i] for i in fixed)
            free_amount = sum(amounts[i] for i in free)
            widths = [
                floors[i] if i in fixed else room * amounts[i] / free_amount for i in range(len(widths))
            ]
        return widths

    # daily-rhythm risk times

    def _risk_times(self, slots: list[TimeSlot]) -> list[Flowable]:
        rows: list[list[Flowable]] = []
        style: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -2), 0.5, white),
        ]
        time_width = stringWidth("■ 00.00–00.00", self.label.fontName, self.sizes.body) + 16
        staff_width = stringWidth("2 medarbejdere", self.label.fontName, self.sizes.body) + 16
        for row, slot in enumerate(slots):
            info = STAGE_INFO[_LEVEL_STAGE[slot.level]]
            colour = HexColor(info.rgb)
            what = f"<b>{_text(slot.label)}</b>"
            if slot.risk_note.strip():
                what += f" — {_text(slot.risk_note)}"
            rows.append(
                [
                    Paragraph(
                        f'<font color="{info.rgb}">{info.symbol}</font> <b>{_slot_time(slot)}</b>', self.body
                    ),
                    Paragraph(what, self.body),
                    Paragraph(f"<b>{_staff_text(slot.staff_needed)}</b>", self.body),
                ]
            )
            style += [
                ("LINEBEFORE", (0, row), (0, row), 5, colour, 0),
                ("BACKGROUND", (0, row), (-1, row), _tint(colour, 0.12)),
            ]
        table = Table(
            rows,
            colWidths=[time_width, FRAME_WIDTH - time_width - staff_width, staff_width],
            style=table_style(style),
        )
        heading = ParagraphStyle("section", parent=self.heading, spaceAfter=self.sizes.body * 0.35)
        return [Paragraph("Risikotider i døgnet", heading), table]


def _plain_style() -> TableStyle:
    return table_style(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )


# --- page furniture and output -------------------------------------------------------------------


def _footer_lines(facts: CardFacts) -> tuple[str, str]:
    printed = f"Udskrevet {danish_datetime(facts.printed_at)}"
    version = f"Version {facts.version_number}" if facts.version_number is not None else None
    if facts.is_valid:
        parts = [version or "Godkendt version"]
        if facts.approved_at is not None:
            approved = f"Godkendt {danish_date(facts.approved_at)}"
            parts.append(f"{approved} af {facts.approved_by}" if facts.approved_by else approved)
        if facts.valid_from is not None:
            parts.append(f"Gyldig fra {danish_date(facts.valid_from)}")
        if facts.review_due is not None:
            due = f"Revideres senest {danish_date(facts.review_due)}"
            if facts.review_due < facts.printed_at.date():
                due += " (overskredet)"
            parts.append(due)
        return " · ".join(parts), f"{printed} · Kun gyldig som godkendt version — tjek dato i Tryghed Desktop"
    if facts.approved_at is not None:
        # An approved version that is no longer (or not yet) the current one.
        first = " · ".join(
            [*((version and [version]) or []), f"Godkendt {danish_date(facts.approved_at)}", "Ikke gyldig"]
        )
        return first, f"{printed} · Brug kun den gældende version fra Tryghed Desktop"
    first = " · ".join([*((version and [version]) or []), "Kladde – ikke godkendt"])
    return first, f"{printed} · Må ikke bruges som handlekort, før den er godkendt"


def _mark(facts: CardFacts) -> str | None:
    if facts.is_valid:
        return None
    return INVALID_MARK if facts.approved_at is not None else DRAFT_MARK


def _render(story: list[Flowable], facts: CardFacts, fit_mode: str) -> bytes:
    return build_one_page_pdf(
        story,
        footer=_footer_lines(facts),
        title=f"Handlekort – {facts.card_name}",
        subject=facts.unit_name,
        mark=_mark(facts),
        fit_mode=fit_mode,
    )
