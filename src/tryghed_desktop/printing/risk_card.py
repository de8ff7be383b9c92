"""The one-page A4 action card of a risk profile (DESIGN §5), laid out with reportlab platypus."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

import msgspec
from reportlab.lib.colors import white
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Image, Spacer

from tryghed_desktop.domain.plans import (
    STAGE_INFO,
    STAGE_ORDER,
    DailyRhythm,
    Level,
    RiskProfile,
    Stage,
    TimeSlot,
)
from tryghed_desktop.printing.card_model import DRAFT_MARK, INVALID_MARK, CardFacts
from tryghed_desktop.printing.fit import (
    MIN_BODY,
    MIN_HEADING,
    SIZE_STEPS,
    CardTooLongError,
    Para,
    Section,
    Sizes,
    fill,
    fit,
    fit_step,
    flowables_height,
    longest_word_width,
    with_gaps,
    word_width,
)
from tryghed_desktop.printing.grid import Grid
from tryghed_desktop.printing.page import FRAME_WIDTH, INK, CardPage, table_style, write_pages
from tryghed_desktop.printing.style import (
    ALARM_RED,
    LEVEL_STAGE,
    boxed,
    card_page,
    card_styles,
    contact_markup,
    esc,
    hex_colour,
    level_info,
    mark_colour,
    paper_colours,
    plain_style,
    slot_time,
    staff_text,
    tint,
)

__all__ = [
    "DRAFT_MARK",
    "INVALID_MARK",
    "MIN_BODY",
    "MIN_HEADING",
    "SIZE_STEPS",
    "CardFit",
    "CardTooLongError",
    "card_fill",
    "card_fit",
    "layout_risk_card",
    "render_risk_card",
]

STAGE_CELL_WIDTH = 104.0

COLUMNS: tuple[tuple[str, str], ...] = (
    ("signs", "Sådan ser det ud"),
    ("we_do", "Det gør vi"),
    ("we_avoid", "Det undgår vi"),
    ("resident_can", "Det kan jeg selv"),
)

_RISK_LEVELS = (Level.YELLOW, Level.RED)


def card_fill(profile: RiskProfile, rhythm: DailyRhythm | None, facts: CardFacts | None = None) -> float:
    """Fraction of the page's content area the card uses at the comfortable default type size.

    Above 1.0 the card must shrink its type; the plan editors show this as a live fill meter.
    """
    return fill(_Layout(Sizes(*SIZE_STEPS[0])).sections(profile, rhythm, facts or _placeholder_facts()))


class CardFit(msgspec.Struct, frozen=True):
    """How a card prints: how full it is at the comfortable size, and the size it comes out at."""

    fill: float
    # The body size the card prints at; None: it does not fit one page even at the smallest size.
    body_size: float | None
    # Why it does not fit (CardTooLongError's message, naming what to shorten); empty if it fits.
    too_long: str = ""


def card_fit(profile: RiskProfile, rhythm: DailyRhythm | None, facts: CardFacts | None = None) -> CardFit:
    """What the editors' fill meter shows: `card_fill`, and whether and at what size the card prints."""
    first = card_fill(profile, rhythm, facts)
    if first <= 1:
        return CardFit(first, SIZE_STEPS[0][0])
    facts = facts or _placeholder_facts()
    try:
        sizes, _flowables = fit_step(lambda sizes: _Layout(sizes).sections(profile, rhythm, facts))
    except CardTooLongError as error:
        return CardFit(first, None, str(error))
    return CardFit(first, sizes.body)


def render_risk_card(profile: RiskProfile, rhythm: DailyRhythm | None, facts: CardFacts) -> bytes:
    """A one-page A4 PDF action card; raises CardTooLongError if it cannot fit at the minimum size."""
    page = layout_risk_card(profile, rhythm, facts)
    return write_pages([page], title=page.title, subject=page.subject)


def layout_risk_card(profile: RiskProfile, rhythm: DailyRhythm | None, facts: CardFacts) -> CardPage:
    """The fitted card as a page for `write_pages` (a batch puts many on one PDF)."""
    return card_page(_fit(profile, rhythm, facts), facts, "Handlekort")


def _fit(profile: RiskProfile, rhythm: DailyRhythm | None, facts: CardFacts) -> list[Flowable]:
    return fit(lambda sizes: _Layout(sizes).sections(profile, rhythm, facts))


def _render(story: list[Flowable], facts: CardFacts, fit_mode: str) -> bytes:
    page = card_page(story, facts, "Handlekort")
    return write_pages([page], title=page.title, subject=page.subject, fit_mode=fit_mode)


def _placeholder_facts() -> CardFacts:
    return CardFacts(card_name="Navn", unit_name="Enhed", printed_at=datetime(2000, 1, 1))


@lru_cache(maxsize=256)
def _fitted_title(title: ParagraphStyle, size: float) -> ParagraphStyle:
    """The title style at the size a name needs; made once, as every trial layout asks again."""
    return ParagraphStyle("title-fitted", parent=title, fontSize=size, leading=size * 1.1)


# --- layout --------------------------------------------------------------------------------------


class _Layout:
    """Builds the card's flowables at one pair of type sizes."""

    def __init__(self, sizes: Sizes) -> None:
        styles = card_styles(sizes)
        self.styles = styles
        self.sizes = sizes
        self.gap = styles.gap
        self.body, self.label, self.item = styles.body, styles.label, styles.item
        self.heading, self.title, self.section = styles.heading, styles.title, styles.section

    def sections(self, profile: RiskProfile, rhythm: DailyRhythm | None, facts: CardFacts) -> list[Section]:
        sections = [Section("Overskrift og alarm", [self._header(profile, facts)])]
        if any(rule.strip() for rule in profile.staffing_rules):
            sections.append(Section("Bemanding", [self._staffing(profile.staffing_rules)]))
        for kind in STAGE_ORDER:
            band = self._band(profile.stage(kind))
            if band is not None:
                sections.append(band)
        slots = [s for s in (rhythm.slots if rhythm else []) if s.level in _RISK_LEVELS]
        if slots:
            sections.append(Section("Risikotider i døgnet", self._risk_times(slots)))
        return with_gaps(sections, self.gap)

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
            Para(esc(facts.card_name), self._title_style(facts.card_name, name_width)),
            Spacer(1, self.sizes.body * 0.4),
            Para(f"{esc(facts.unit_name)} · Handlekort", self.body),
        ]
        left: Flowable | list[Flowable] = name
        if photo is not None:
            left = Grid(
                [[photo, name]],
                colWidths=[left_width - name_width, name_width],
                style=table_style(
                    [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
                ),
            )
        if box is None:
            return Grid([[left]], colWidths=[FRAME_WIDTH], style=plain_style())
        return Grid([[left, box]], colWidths=[left_width, FRAME_WIDTH - left_width], style=plain_style())

    def _title_style(self, text: str, width: float) -> ParagraphStyle:
        """The name as large as fits on one line; a long name wraps between words at a smaller size."""
        font = self.title.fontName
        size = self.title.fontSize
        floor = self.sizes.heading * 1.3
        while size > floor and word_width(text.strip(), font, size) > width:
            size -= 1
        longest_word = max((word_width(word, font, 1) for word in text.split()), default=0)
        if longest_word * size > width:
            size = max(self.sizes.heading, width / longest_word)
        return _fitted_title(self.title, size)

    def _alarm_box(self, profile: RiskProfile) -> Flowable | None:
        alarm = [line for line in profile.alarm if line.strip()]
        calls = [contact for contact in profile.call if contact.name.strip() or contact.phone.strip()]
        if not alarm and not calls:
            return None
        heading = self.styles.coloured(self.heading, ALARM_RED)
        content: list[Flowable] = [Para("ALARM · RING", heading), Spacer(1, self.sizes.body * 0.3)]
        content += [Para(esc(line), self.item, bulletText="•") for line in alarm]
        content += [Para(contact_markup(contact), self.item, bulletText="☎") for contact in calls]
        return boxed(content, ALARM_RED)

    def _staffing(self, rules: list[str]) -> Flowable:
        text = "<b>Bemanding:</b> " + " · ".join(esc(rule) for rule in rules if rule.strip())
        return Grid(
            [[Para(text, self.body)]],
            colWidths=[FRAME_WIDTH],
            style=table_style(
                [
                    ("LINEBEFORE", (0, 0), (0, 0), 5, INK, 0),
                    ("BACKGROUND", (0, 0), (-1, -1), hex_colour("#eeeeee")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            ),
        )

    # the four stages

    def _band(self, stage: Stage) -> Section | None:
        info = STAGE_INFO[stage.kind]
        fill_colour, edge, ink = paper_colours(stage.kind)
        columns = [
            (title, [item for item in getattr(stage, attr) if item.strip()]) for attr, title in COLUMNS
        ]
        columns = [(title, items) for title, items in columns if items]
        if not columns:
            return None
        stage_heading = self.styles.coloured(self.heading, ink)
        stage_meaning = self.styles.coloured(self.body, ink)
        left = [
            Para(f"{info.symbol}&nbsp;{esc(info.colour_name.upper())}", stage_heading),
            Spacer(1, self.sizes.body * 0.2),
            Para(esc(info.meaning), stage_meaning),
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
                cell: list[Flowable] = [Para(esc(title), self.label)]
                cell += [Para(esc(item), self.item, bulletText="•") for item in items]
                row.append(cell)
                row_heights[title] = flowables_height(cell, width - pad_left - pad_right)
            row += [Spacer(0, 0)] * (len(widths) - len(row_columns))
            rows.append(row)
            heights.append(row_heights)
        tint_line = tint(edge, 0.45)
        style: list[tuple[object, ...]] = [
            ("SPAN", (0, 0), (0, -1)),
            ("BACKGROUND", (0, 0), (0, -1), fill_colour),
            ("BACKGROUND", (1, 0), (-1, -1), tint(edge, 0.10)),
            ("BOX", (0, 0), (-1, -1), 1.5, edge),
            ("LINEBEFORE", (2, 0), (-1, -1), 0.6, tint_line),
            ("LINEBELOW", (1, 0), (-1, -2), 0.6, tint_line),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad_left),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad_right),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        table = Grid(rows, colWidths=[STAGE_CELL_WIDTH, *widths], style=table_style(style))
        return Section(f"{info.colour_name} – {info.meaning}", [table], heights)

    def _column_widths(self, columns: list[tuple[str, list[str]]], total: float) -> list[float] | None:
        """Widths in proportion to each column's amount of text, so the columns end at similar heights.

        A band is as tall as its longest column, so giving the wordy column more room saves lines;
        a floor per column keeps its heading on one line and its longest word whole. None when the
        floors do not fit side by side.
        """
        regular, bold, size = self.body.fontName, self.label.fontName, self.sizes.body
        item = self.item
        # A bullet wider than the indent pushes an item's first line in, as reportlab's
        # _handleBulletWidth does: a word at the floor would then be split there, without a hyphen.
        bullet = item.bulletIndent + word_width("•", item.bulletFontName, item.bulletFontSize)
        indent = max(item.leftIndent + item.firstLineIndent, bullet + 0.6 * item.bulletFontSize)
        amounts: list[float] = []
        floors: list[float] = []
        for title, items in columns:
            amounts.append(sum(word_width(text, regular, size) + size * 4 for text in items) + size * 8)
            # The widest word plus the indent: the same float as the widest of word plus indent.
            longest = max(
                [word_width(title, bold, self.label.fontSize)]
                + [longest_word_width(text, regular, size) + indent for text in items]
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
        time_width = word_width("■ 00.00–00.00", self.label.fontName, self.sizes.body) + 16
        staff_width = word_width("2 medarbejdere", self.label.fontName, self.sizes.body) + 16
        for row, slot in enumerate(slots):
            info = level_info(slot.level)
            _fill, colour, _ink = paper_colours(LEVEL_STAGE[slot.level])
            what = f"<b>{esc(slot.label)}</b>"
            mark = mark_colour(slot.level)
            if slot.risk_note.strip():
                what += f" — {esc(slot.risk_note)}"
            rows.append(
                [
                    Para(f'<font color="{mark}">{info.symbol}</font> <b>{slot_time(slot)}</b>', self.body),
                    Para(what, self.body),
                    Para(f"<b>{staff_text(slot.staff_needed)}</b>", self.body),
                ]
            )
            style += [
                ("LINEBEFORE", (0, row), (0, row), 5, colour, 0),
                ("BACKGROUND", (0, row), (-1, row), tint(colour, 0.12)),
            ]
        table = Grid(
            rows,
            colWidths=[time_width, FRAME_WIDTH - time_width - staff_width, staff_width],
            style=table_style(style),
        )
        return [Para("Risikotider i døgnet", self.section), table]
