"""The safety-plan page: the resident's own words first, the staff's view beside them (LA2 indefra/udefra)."""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor
from reportlab.platypus import Flowable, Spacer

from tryghed_desktop.domain.plans import SAFETY_TOPICS, SafetyPlan
from tryghed_desktop.printing.card_model import CardFacts
from tryghed_desktop.printing.fit import Para, Section, Sizes, fit, flowables_height
from tryghed_desktop.printing.grid import Grid
from tryghed_desktop.printing.page import FRAME_WIDTH, INK, CardPage, table_style, write_pages
from tryghed_desktop.printing.style import (
    ALARM_RED,
    CardStyles,
    card_page,
    card_styles,
    contact_markup,
    css,
    esc,
    tint,
)

TITLE = "Tryghedsplan"
OWN_WORDS = "Med mine ord"
STAFF_VIEW = "Personalets blik"

_OWN = HexColor("#00695c")  # the resident's column: a calm teal, not a stage colour
_STAFF = HexColor("#455a64")
_AGREED = HexColor("#2e7d32")
_PAD = 7.0


def render_safety_page(plan: SafetyPlan, facts: CardFacts) -> bytes:
    """A one-page A4 PDF of the safety plan; raises CardTooLongError if it cannot fit at the minimum size."""
    page = layout_safety_page(plan, facts)
    return write_pages([page], title=page.title, subject=page.subject)


def layout_safety_page(plan: SafetyPlan, facts: CardFacts) -> CardPage:
    """The fitted safety-plan page as a page for `write_pages`."""
    return card_page(fit(lambda sizes: _Layout(sizes).sections(plan, facts)), facts, TITLE)


def participation_text(plan: SafetyPlan, name: str) -> str:
    """One plain sentence on whether the resident took part and agrees, with the reason if not."""
    if plan.resident_participated and plan.resident_agrees:
        return f"Planen er lavet sammen med {name}, og {name} er enig i den."
    if plan.resident_participated:
        sentence = f"{name} har været med til at lave planen, men er ikke enig i alt."
    else:
        sentence = f"{name} har ikke været med til at lave planen."
    reason = plan.reason_if_not.strip()
    return f"{sentence} Begrundelse: {reason}" if reason else sentence


class _Layout:
    def __init__(self, sizes: Sizes) -> None:
        self.styles: CardStyles = card_styles(sizes)
        self.sizes = sizes
        self.column = (FRAME_WIDTH - 2) / 2

    def sections(self, plan: SafetyPlan, facts: CardFacts) -> list[Section]:
        styles = self.styles
        agreed = plan.resident_participated and plan.resident_agrees
        mark = "✔" if agreed else "!"
        colour = _AGREED if agreed else ALARM_RED
        header: list[Flowable] = [
            Para(esc(facts.card_name), styles.title),
            Spacer(1, self.sizes.body * 0.3),
            Para(f"{esc(facts.unit_name)} · {TITLE} – det gør mig tryg", styles.body),
            Spacer(1, self.sizes.body * 0.5),
            _bar(
                Para(
                    f'<font color="{css(colour)}"><b>{mark}</b></font> '
                    + esc(participation_text(plan, facts.card_name.strip() or "Borgeren")),
                    styles.body,
                ),
                colour,
            ),
        ]
        sections = [Section("Overskrift", header)]
        topics = [(key, title) for key, title in SAFETY_TOPICS if _has(plan, key)]
        if topics:
            sections.append(Section("Kolonneoverskrifter", [self._column_heads()]))
        for key, title in topics:
            sections.append(self._topic(plan, key, title))
        signals = [line for line in plan.agreed_signals if line.strip()]
        if signals:
            sections.append(Section("Aftalte tegn og ord", self._list("Aftalte tegn og ord", signals, "»")))
        contacts = [c for c in plan.contacts if c.name.strip() or c.phone.strip()]
        if contacts:
            lines = [contact_markup(contact) for contact in contacts]
            sections.append(Section("Kontakter", self._list("Dem kan jeg kontakte", lines, "☎", markup=True)))
        for section in sections[:-1]:
            if section.name != "Kolonneoverskrifter":  # the heads sit right on the first topic
                section.flowables.append(Spacer(1, styles.gap))
        return sections

    def _column_heads(self) -> Flowable:
        styles = self.styles
        white = HexColor("#ffffff")
        heads = [
            Para(f"<b>{OWN_WORDS}</b>", styles.coloured(styles.heading, white)),
            Para(f"<b>{STAFF_VIEW}</b>", styles.coloured(styles.heading, white)),
        ]
        return Grid(
            [heads],
            colWidths=[self.column, self.column + 2],
            style=table_style(
                [
                    ("BACKGROUND", (0, 0), (0, 0), _OWN),
                    ("BACKGROUND", (1, 0), (1, 0), _STAFF),
                    ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LINEAFTER", (0, 0), (0, 0), 2, HexColor("#ffffff")),
                ]
            ),
        )

    def _topic(self, plan: SafetyPlan, key: str, title: str) -> Section:
        styles = self.styles
        perspective = plan.topic(key)
        cells: list[list[Flowable]] = []
        heights: dict[str, float] = {}
        for name, items in ((OWN_WORDS, perspective.resident), (STAFF_VIEW, perspective.staff)):
            lines = [item for item in items if item.strip()]
            cell: list[Flowable] = [Para(esc(line), styles.item, bulletText="•") for line in lines]
            if not cell:
                cell = [Para("–", styles.body)]
            cells.append(cell)
            heights[name] = flowables_height(cell, self.column - 2 * _PAD)
        label = Para(esc(title), styles.coloured(styles.heading, INK))
        table = Grid(
            [[label, ""], cells],
            colWidths=[self.column, self.column + 2],
            style=table_style(
                [
                    ("SPAN", (0, 0), (1, 0)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (1, 0), HexColor("#eeeeee")),
                    ("BACKGROUND", (0, 1), (0, 1), tint(_OWN, 0.10)),
                    ("LINEAFTER", (0, 1), (0, 1), 2, HexColor("#ffffff")),
                    ("LINEBEFORE", (0, 0), (0, -1), 4, _OWN, 0),
                    ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            ),
        )
        return Section(title, [table], [heights])

    def _list(self, heading: str, lines: list[str], bullet: str, *, markup: bool = False) -> list[Flowable]:
        styles = self.styles
        items = [Para(line if markup else esc(line), styles.item, bulletText=bullet) for line in lines]
        return [Para(heading, styles.section), *items]


def _has(plan: SafetyPlan, key: str) -> bool:
    perspective = plan.topic(key)
    return any(item.strip() for item in [*perspective.resident, *perspective.staff])


def _bar(content: Flowable, colour: Color) -> Flowable:
    return Grid(
        [[content]],
        colWidths=[FRAME_WIDTH],
        style=table_style(
            [
                ("LINEBEFORE", (0, 0), (0, 0), 5, colour, 0),
                ("BACKGROUND", (0, 0), (-1, -1), tint(colour, 0.10)),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
    )
