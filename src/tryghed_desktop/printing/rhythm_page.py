"""The daily-rhythm one-pager: the day as a vertical time line of coloured slots and what to do in each."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from tryghed_desktop.domain.plans import DailyRhythm, Level, TimeSlot
from tryghed_desktop.printing.card_model import CardFacts
from tryghed_desktop.printing.fit import Para, Section, Sizes, fit
from tryghed_desktop.printing.grid import Grid
from tryghed_desktop.printing.page import FRAME_WIDTH, MUTED, CardPage, table_style, write_pages
from tryghed_desktop.printing.style import (
    LEVEL_STAGE,
    card_page,
    card_styles,
    css,
    esc,
    level_info,
    mark_colour,
    paper_colours,
    slot_time,
    staff_text,
    tint,
)

TITLE = "Døgnrytme"


def render_rhythm_page(rhythm: DailyRhythm, facts: CardFacts) -> bytes:
    """A one-page A4 PDF of the daily rhythm; raises CardTooLongError if it cannot fit at the minimum size."""
    page = layout_rhythm_page(rhythm, facts)
    return write_pages([page], title=page.title, subject=page.subject)


def layout_rhythm_page(rhythm: DailyRhythm, facts: CardFacts) -> CardPage:
    """The fitted daily-rhythm page as a page for `write_pages`."""
    return card_page(fit(lambda sizes: _Layout(sizes).sections(rhythm, facts)), facts, TITLE)


class _Layout:
    """The page at one pair of type sizes: header, legend, then one section per slot."""

    def __init__(self, sizes: Sizes) -> None:
        self.styles = card_styles(sizes)
        self.sizes = sizes
        regular_bold = self.styles.label.fontName
        # Fixed column widths for the whole page so the slots line up as one time line.
        self.time_width = stringWidth("00.00–00.00", regular_bold, sizes.body) + 14
        self.level_width = stringWidth("▲ GRØN", regular_bold, sizes.body) + 16
        self.text_width = FRAME_WIDTH - self.time_width - self.level_width

    def sections(self, rhythm: DailyRhythm, facts: CardFacts) -> list[Section]:
        styles = self.styles
        header: list[Flowable] = [
            Para(esc(facts.card_name), styles.title),
            Spacer(1, self.sizes.body * 0.3),
            Para(f"{esc(facts.unit_name)} · {TITLE} – sådan går døgnet", styles.body),
            Spacer(1, self.sizes.body * 0.6),
            self._legend(),
        ]
        sections = [Section("Overskrift", header)]
        slots = [slot for slot in rhythm.slots if slot.label.strip() or slot.activity.strip()]
        if not slots:
            sections.append(Section("Tidsrum", [Para("Døgnrytmen har endnu ingen tidsrum.", styles.body)]))
        for index, slot in enumerate(slots):
            sections.append(
                Section(f"{slot_time(slot)} {slot.label.strip()}", [self._slot(slot, first=index == 0)])
            )
        header.append(Spacer(1, styles.gap))
        return sections

    def _legend(self) -> Flowable:
        parts = []
        for level in Level:
            info = level_info(level)
            mark = f'<font color="{mark_colour(level)}">{info.symbol}</font>'
            parts.append(f"{mark} {info.colour_name} = {_level_words(level)}")
        return Para("  ·  ".join(parts), self.styles.body)

    def _slot(self, slot: TimeSlot, *, first: bool) -> Flowable:
        styles = self.styles
        info = level_info(slot.level)
        fill_colour, edge, ink = paper_colours(LEVEL_STAGE[slot.level])
        what: list[Flowable] = [Para(f"<b>{esc(slot.label)}</b>{_staff(slot.staff_needed)}", styles.body)]
        if slot.activity.strip():
            what.append(Para(esc(slot.activity), styles.body))
        if slot.support.strip():
            what.append(Para(f"<b>Sådan støtter vi:</b> {esc(slot.support)}", styles.body))
        if slot.risk_note.strip():
            # Black like the rest: a coloured warning prints as a grey that fades on a cheap laser.
            what.append(Para(f"<b>Pas på:</b> {esc(slot.risk_note)}", styles.body))
        level_style = styles.coloured(styles.label, ink)
        row = [
            Para(f"<b>{slot_time(slot)}</b>", styles.body),
            Para(f"{info.symbol} {info.colour_name.upper()}", level_style),
            what,
        ]
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("BACKGROUND", (1, 0), (1, 0), fill_colour),
            ("BACKGROUND", (2, 0), (-1, 0), tint(edge, 0.10 if slot.level is Level.GREEN else 0.16)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, HexColor("#bbbbbb")),
        ]
        if first:
            commands.append(("LINEABOVE", (0, 0), (-1, 0), 0.6, HexColor("#bbbbbb")))
        return Grid(
            [row],
            colWidths=[self.time_width, self.level_width, self.text_width],
            style=table_style(commands),
        )


def _staff(count: int) -> str:
    if count <= 0:
        return ""  # the resident is out (school, work): nobody from the unit is needed
    # Two or more staff is a rule to notice.
    text = staff_text(count)
    return f" · <b>{text}</b>" if count > 1 else f' · <font color="{css(MUTED)}">{text}</font>'


def _level_words(level: Level) -> str:
    return {Level.GREEN: "rolig tid", Level.YELLOW: "vær opmærksom", Level.RED: "høj risiko"}[level]
