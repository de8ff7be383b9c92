"""The risk action card as an editable Word document (python-docx), one A4 page like the PDF."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from tryghed_desktop.domain.plans import (
    STAGE_INFO,
    STAGE_ORDER,
    DailyRhythm,
    Level,
    RiskProfile,
    StageKind,
    TimeSlot,
)
from tryghed_desktop.domain.wording import storable_text
from tryghed_desktop.printing import risk_card
from tryghed_desktop.printing.card_model import CardFacts, card_mark, footer_lines, review_warning
from tryghed_desktop.printing.fit import Sizes, fit_step
from tryghed_desktop.printing.style import (
    LEVEL_STAGE,
    PAPER,
    level_info,
    mark_colour,
    slot_time,
    staff_text,
)

FONT = "Calibri"  # on Word's PCs; LibreOffice uses the metric-compatible Carlito
PAGE_WIDTH_CM = 21.0
MARGIN_CM = 1.27  # Word's "Smal" (narrow) margins
CONTENT_CM = PAGE_WIDTH_CM - 2 * MARGIN_CM
STAGE_CELL_CM = 3.4
INK = "1A1A1A"
MUTED = "555555"
ALARM = "B71C1C"


def render_risk_card_docx(profile: RiskProfile, rhythm: DailyRhythm | None, facts: CardFacts) -> bytes:
    """The action card as DOCX bytes: same content, footer and draft line as the PDF, editable in Word.

    The type size is the one the PDF fits at (CardTooLongError when even the floor is too long);
    Calibri is narrower than the PDF's DejaVu Sans, which leaves room for Word's own spacing.
    Identical input gives identical bytes: document properties and zip times come from `printed_at`.
    """
    sizes, _flowables = fit_step(lambda s: risk_card._Layout(s).sections(profile, rhythm, facts))
    document = Document()
    _page_setup(document, sizes)
    _Writer(document, sizes).write(profile, rhythm, facts)
    _footer(document, footer_lines(facts))
    properties = document.core_properties
    properties.title = f"Handlekort – {facts.card_name}"
    properties.subject = facts.unit_name
    properties.author = properties.last_modified_by = "Tryghed Desktop"
    properties.created = properties.modified = properties.last_printed = facts.printed_at.replace(tzinfo=None)
    properties.revision = 1
    properties.language = "da-DK"
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip_times(buffer.getvalue(), facts.printed_at)


def _fixed_zip_times(data: bytes, when: datetime) -> bytes:
    # python-docx stamps every zip entry with the current time; reuse the print time instead.
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second // 2 * 2)
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


def _page_setup(document: DocxDocument, sizes: Sizes) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(PAGE_WIDTH_CM), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(MARGIN_CM))
    section.footer_distance = Cm(0.6)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(sizes.body)
    normal.font.color.rgb = RGBColor.from_string(INK)
    r_fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        r_fonts.set(qn(attribute), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "da-DK")
    normal.element.get_or_add_rPr().append(lang)
    paragraph_format = normal.paragraph_format
    paragraph_format.space_before = paragraph_format.space_after = Pt(0)
    paragraph_format.line_spacing = 1.0


class _Writer:
    def __init__(self, document: DocxDocument, sizes: Sizes) -> None:
        self.document = document
        self.sizes = sizes

    def write(self, profile: RiskProfile, rhythm: DailyRhythm | None, facts: CardFacts) -> None:
        body = self.document.paragraphs[0] if self.document.paragraphs else self.document.add_paragraph()
        mark, warning = card_mark(facts), review_warning(facts)
        if mark is not None:
            # A diagonal watermark is not portable in DOCX: a large black line at the top instead (red
            # prints as a grey on the ward's b/w printer).
            self._run(body, mark, size=self.sizes.heading * 1.4, bold=True, colour=INK)
            body = self.document.add_paragraph()
        elif warning is not None:  # as the PDF card's bar: valid, but past its review date
            self._run(body, warning, size=self.sizes.body, bold=True, colour=INK)
            body = self.document.add_paragraph()
        self._header(body, profile, facts)
        rules = [rule.strip() for rule in profile.staffing_rules if rule.strip()]
        if rules:
            self._gap()
            table = self._table(1, [CONTENT_CM])
            cell = table.cell(0, 0)
            _shade(cell, "EEEEEE")
            _borders(cell, left=(INK, 36))
            paragraph = cell.paragraphs[0]
            self._run(paragraph, "Bemanding: ", bold=True)
            self._run(paragraph, " · ".join(rules))
        for kind in STAGE_ORDER:
            self._stage(profile, kind)
        slots = [s for s in (rhythm.slots if rhythm else []) if s.level in (Level.YELLOW, Level.RED)]
        if slots:
            self._risk_times(slots)

    # building blocks

    def _run(
        self,
        paragraph: Paragraph,
        text: str,
        *,
        size: float | None = None,
        bold: bool = False,
        colour: str | None = None,
    ) -> None:
        run = paragraph.add_run(storable_text(text))  # Word's own pasted breaks would break the file
        run.bold = bold or None
        if size is not None:
            run.font.size = Pt(size)
        if colour is not None:
            run.font.color.rgb = RGBColor.from_string(colour)

    def _gap(self) -> None:
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.line_spacing = Pt(self.sizes.body * 0.6)
        paragraph.paragraph_format.space_after = Pt(0)
        self._run(paragraph, "", size=self.sizes.body * 0.5)

    def _table(self, rows: int, widths_cm: list[float]) -> Table:
        table: Table = self.document.add_table(rows=rows, cols=len(widths_cm))
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        for index, width in enumerate(widths_cm):
            table.columns[index].width = Cm(width)
            for cell in table.columns[index].cells:
                cell.width = Cm(width)
        return table

    def _bullets(self, cell: _Cell, items: list[str], bullet: str = "•", *, first: bool = False) -> None:
        for index, item in enumerate(items):
            paragraph = cell.paragraphs[0] if first and index == 0 else cell.add_paragraph()
            paragraph.paragraph_format.left_indent = Pt(self.sizes.body * 0.9)
            paragraph.paragraph_format.first_line_indent = Pt(-self.sizes.body * 0.9)
            paragraph.paragraph_format.space_after = Pt(self.sizes.body * 0.2)
            self._run(paragraph, f"{bullet}\t{item.strip()}")
            paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(self.sizes.body * 0.9))

    # header: name and unit, alarm box beside them

    def _header(self, first: Paragraph, profile: RiskProfile, facts: CardFacts) -> None:
        alarm = [line.strip() for line in profile.alarm if line.strip()]
        calls = [c for c in profile.call if c.name.strip() or c.phone.strip()]
        # The first paragraph of the body stays above the table (a table cannot start a cell's text).
        self._run(first, facts.card_name.strip(), size=self.sizes.heading * 1.8, bold=True)
        first.add_run().add_break(WD_BREAK.LINE)
        self._run(first, f"{facts.unit_name.strip()} · Handlekort")
        if not alarm and not calls:
            return
        self._gap()
        table = self._table(1, [CONTENT_CM])
        cell = table.cell(0, 0)
        edge = (ALARM, 24)
        _borders(cell, left=edge, right=edge, top=edge, bottom=edge)
        heading = cell.paragraphs[0]
        self._run(heading, "ALARM · RING", size=self.sizes.heading, bold=True, colour=ALARM)
        self._bullets(cell, alarm)
        for contact in calls:
            paragraph = cell.add_paragraph()
            self._run(paragraph, f"☎ {contact.name.strip()}")
            if contact.phone.strip():
                self._run(paragraph, f": {contact.phone.strip()}", bold=True)
            if contact.note.strip():
                self._run(paragraph, f" · {contact.note.strip()}")

    # the stages

    def _stage(self, profile: RiskProfile, kind: StageKind) -> None:
        stage = profile.stage(kind)
        columns = [
            (title, [item for item in getattr(stage, attr) if item.strip()])
            for attr, title in risk_card.COLUMNS
        ]
        columns = [(title, items) for title, items in columns if items]
        if not columns:
            return
        info = STAGE_INFO[kind]
        paper = PAPER[kind]
        ink = paper.ink[1:]
        room = CONTENT_CM - STAGE_CELL_CM
        self._gap()
        table = self._table(1, [STAGE_CELL_CM] + [room / len(columns)] * len(columns))
        first = table.cell(0, 0)
        _shade(first, paper.fill[1:])
        edge = (paper.edge[1:], 12)
        for cell in table.rows[0].cells:
            _borders(cell, top=edge, bottom=edge, left=edge, right=edge)
        heading = first.paragraphs[0]
        self._run(
            heading,
            f"{info.symbol} {info.colour_name.upper()}",
            bold=True,
            colour=ink,
            size=self.sizes.heading,
        )
        meaning = first.add_paragraph()
        self._run(meaning, info.meaning, colour=ink)
        for index, (title, items) in enumerate(columns, start=1):
            cell = table.cell(0, index)
            _shade(cell, _tint_hex(paper.edge, 0.10))
            label = cell.paragraphs[0]
            label.paragraph_format.space_after = Pt(self.sizes.body * 0.2)
            self._run(label, title, bold=True, colour=MUTED, size=max(11.0, self.sizes.body - 1.5))
            self._bullets(cell, items)

    def _risk_times(self, slots: list[TimeSlot]) -> None:
        self._gap()
        heading = self.document.add_paragraph()
        self._run(heading, "Risikotider i døgnet", size=self.sizes.heading, bold=True)
        table = self._table(len(slots), [3.4, CONTENT_CM - 3.4 - 3.6, 3.6])
        for row, slot in enumerate(slots):
            info = level_info(slot.level)
            edge = PAPER[LEVEL_STAGE[slot.level]].edge
            cells = table.rows[row].cells
            for cell in cells:
                _shade(cell, _tint_hex(edge, 0.12))
            _borders(cells[0], left=(edge[1:], 36))
            when = cells[0].paragraphs[0]
            self._run(when, f"{info.symbol} ", colour=mark_colour(slot.level)[1:])
            self._run(when, slot_time(slot), bold=True)
            what = cells[1].paragraphs[0]
            self._run(what, slot.label.strip(), bold=True)
            if slot.risk_note.strip():
                self._run(what, f" — {slot.risk_note.strip()}")
            self._run(cells[2].paragraphs[0], staff_text(slot.staff_needed), bold=True)


def _footer(document: DocxDocument, lines: tuple[str, str]) -> None:
    footer = document.sections[0].footer
    first = footer.paragraphs[0]
    run = first.add_run(storable_text(lines[0]))
    run.bold = True
    run.font.size = Pt(8.5)
    second = footer.add_paragraph()
    run = second.add_run(storable_text(lines[1]))
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor.from_string(MUTED)


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.upper())
    cell._tc.get_or_add_tcPr().append(shading)


def _borders(cell: _Cell, **edges: tuple[str, int]) -> None:
    """Cell borders as (colour, width in eighths of a point) per edge: top, left, bottom, right."""
    properties = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        if edge in edges:
            colour, width = edges[edge]
            element = OxmlElement(f"w:{edge}")
            element.set(qn("w:val"), "single")
            element.set(qn("w:sz"), str(width))
            element.set(qn("w:space"), "0")
            element.set(qn("w:color"), colour.upper())
            borders.append(element)
    properties.append(borders)


def _tint_hex(rgb: str, amount: float) -> str:
    channels = [int(rgb[i : i + 2], 16) for i in (1, 3, 5)]
    return "".join(f"{round(255 - amount * (255 - c)):02X}" for c in channels)
