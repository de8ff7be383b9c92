"""The shared look of the cards: paragraph styles per size step, colours, tints and short texts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time
from functools import cache, lru_cache
from typing import NamedTuple
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, TableStyle

from tryghed_desktop.domain.plans import STAGE_INFO, Contact, Level, StageInfo, StageKind, TimeSlot
from tryghed_desktop.printing.card_model import CardFacts, card_mark, footer_lines, review_warning
from tryghed_desktop.printing.fit import MIN_BODY, Sizes
from tryghed_desktop.printing.fonts import register_fonts
from tryghed_desktop.printing.grid import Grid
from tryghed_desktop.printing.page import INK, MUTED, CardPage, table_style

ALARM_RED = HexColor("#b71c1c")


class PaperColours(NamedTuple):
    """A stage on paper: its own cell, the edge around the band, the text on the cell ('#rrggbb')."""

    fill: str
    edge: str
    ink: str


# The ward printer is black and white. The screen's green, red and blue all print as the same dark
# grey (about 90 of 255), so on paper each stage has a step of grey of its own: green 228, yellow
# 177, blue 101, red 47. On a colour printer each keeps its colour.
PAPER: dict[StageKind, PaperColours] = {
    StageKind.GREEN: PaperColours("#dcedc8", STAGE_INFO[StageKind.GREEN].rgb, "#1a1a1a"),
    StageKind.YELLOW: PaperColours("#f9a825", "#f9a825", "#1a1a1a"),
    StageKind.BLUE: PaperColours("#1976d2", "#1976d2", "#ffffff"),
    StageKind.RED: PaperColours("#9a0007", "#9a0007", "#ffffff"),
}
LEVEL_STAGE: dict[Level, StageKind] = {
    Level.GREEN: StageKind.GREEN,
    Level.YELLOW: StageKind.YELLOW,
    Level.RED: StageKind.RED,
}


class CardStyles:
    """The paragraph styles of a card at one pair of type sizes."""

    def __init__(self, sizes: Sizes) -> None:
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
        self.section = ParagraphStyle("section", parent=self.heading, spaceAfter=body * 0.35)

    def coloured(self, base: ParagraphStyle, colour: Color) -> ParagraphStyle:
        """The style in another text colour (white or ink on a stage colour)."""
        return _coloured(self, base.name, colour.hexval())


@cache
def card_styles(sizes: Sizes) -> CardStyles:
    """The styles at that size, made once: styles are read-only once built."""
    return CardStyles(sizes)


@cache
def _coloured(styles: CardStyles, name: str, hexval: str) -> ParagraphStyle:
    base: ParagraphStyle = getattr(styles, name)
    return ParagraphStyle(f"{name}-{hexval}", parent=base, textColor=HexColor(hexval))


@lru_cache(maxsize=256)
def tint(colour: Color, amount: float) -> Color:
    """The colour mixed with white; light enough to print behind black text.

    Made once per colour and amount: every trial layout of every card asks again (colours compare
    and hash by value, and nothing changes a colour once made).
    """
    return Color(*(1 - amount * (1 - channel) for channel in colour.rgb()))


@lru_cache(maxsize=256)
def hex_colour(rgb: str) -> Color:
    """`HexColor(rgb)`, made once per value."""
    return HexColor(rgb)


def css(colour: Color) -> str:
    """The colour as '#rrggbb' for paragraph markup."""
    return "#" + str(colour.hexval())[2:]


def esc(value: str) -> str:
    """User text made safe for reportlab's paragraph markup."""
    known = _ESCAPED.get(value)
    if known is None:
        if len(_ESCAPED) >= 20_000:
            _ESCAPED.clear()
        known = _ESCAPED[value] = escape(value.strip())
    return known


_ESCAPED: dict[str, str] = {}  # every trial layout escapes the same texts again


def contact_markup(contact: Contact) -> str:
    """ "Vagthavende: <b>7012 3456</b> · note" as paragraph markup."""
    line = esc(contact.name)
    if contact.phone.strip():
        line += f": <b>{esc(contact.phone)}</b>"
    if contact.note.strip():
        line += f" · {esc(contact.note)}"
    return line


def clock(value: time) -> str:
    """A time of day as Danes write it: 07.30."""
    return value.strftime("%H.%M")


def slot_time(slot: TimeSlot) -> str:
    """ "07.00–08.00", or one time for a moment such as a shift change."""
    if slot.start == slot.end:
        return clock(slot.start)
    return f"{clock(slot.start)}–{clock(slot.end)}"


def staff_text(count: int) -> str:
    """ "1 medarbejder" / "2 medarbejdere"."""
    return "1 medarbejder" if count == 1 else f"{count} medarbejdere"


def level_info(level: Level) -> StageInfo:
    """The stage colour, symbol and name that mark a daily-rhythm level."""
    return STAGE_INFO[LEVEL_STAGE[level]]


def mark_colour(level: Level) -> str:
    """The colour of a level's symbol printed on white paper: yellow darkened to ochre, or a b/w
    printer leaves a pale grey the eye misses."""
    return "#8a6100" if level is Level.YELLOW else level_info(level).rgb


def paper_colours(kind: StageKind) -> tuple[Color, Color, Color]:
    """The stage's fill, edge and text colour on paper (see PAPER)."""
    colours = PAPER[kind]
    return hex_colour(colours.fill), hex_colour(colours.edge), hex_colour(colours.ink)


def plain_style(extra: Sequence[tuple[object, ...]] = ()) -> TableStyle:
    """A layout-only table: no padding, top-aligned."""
    return table_style(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            *extra,
        ]
    )


def boxed(content: list[Flowable], colour: Color, width: float | None = None) -> Grid:
    """Content in a box with a thick coloured frame, like the alarm box."""
    return Grid(
        [[content]],
        colWidths=[width] if width is not None else None,
        style=table_style(
            [
                ("BOX", (0, 0), (-1, -1), 2.5, colour),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        ),
    )


def card_page(story: Sequence[Flowable], facts: CardFacts, title: str) -> CardPage:
    """A fitted story with the footer and mark that the facts call for."""
    return CardPage(
        story=story,
        footer=footer_lines(facts),
        title=f"{title} – {facts.card_name}",
        subject=facts.unit_name,
        mark=card_mark(facts),
        warning=review_warning(facts),
    )
