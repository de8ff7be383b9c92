"""The A4 page shared by all cards: one content frame, a two-line footer and an optional diagonal mark."""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterable, Sequence

import msgspec
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, TableStyle

from tryghed_desktop.printing.fonts import register_fonts

PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
MARGIN = 30.0
FOOTER_HEIGHT = 34.0
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - FOOTER_HEIGHT

INK = HexColor("#1a1a1a")
MUTED = HexColor("#555555")


def table_style(commands: Sequence[tuple[object, ...]]) -> TableStyle:
    """A TableStyle whose cells use the embedded font (reportlab's default is unembedded Helvetica)."""
    regular, _bold = register_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), regular), *commands])


def _fitted_string(canvas: Canvas, text: str, font: str, size: float, y: float) -> None:
    # A long approver title must not run off the paper: shrink the line instead.
    while size > 6 and stringWidth(text, font, size) > FRAME_WIDTH:
        size -= 0.25
    canvas.setFont(font, size)
    canvas.drawString(MARGIN, y, text)


def draw_footer(canvas: Canvas, lines: tuple[str, str]) -> None:
    """Draw the two footer lines (facts in bold, print details muted) under a hairline."""
    regular, bold = register_fonts()
    canvas.saveState()
    canvas.setStrokeColor(HexColor("#999999"))
    canvas.setLineWidth(0.5)
    top = MARGIN + FOOTER_HEIGHT - 8
    canvas.line(MARGIN, top, PAGE_WIDTH - MARGIN, top)
    canvas.setFillColor(INK)
    _fitted_string(canvas, lines[0], bold, 9, top - 12)
    canvas.setFillColor(MUTED)
    _fitted_string(canvas, lines[1], regular, 8.5, top - 24)
    canvas.restoreState()


def draw_watermark(canvas: Canvas, text: str) -> None:
    """A large translucent diagonal mark, drawn over the content so coloured bands cannot hide it."""
    _regular, bold = register_fonts()
    canvas.saveState()
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH)))
    diagonal = math.hypot(PAGE_WIDTH, PAGE_HEIGHT)
    size = min(64.0, diagonal * 0.82 / stringWidth(text, bold, 1))
    canvas.setFont(bold, size)
    canvas.setFillColor(black, alpha=0.22)
    canvas.drawCentredString(0, -size / 3, text)
    canvas.restoreState()


def draw_mark_bar(canvas: Canvas, text: str) -> None:
    """The mark again as white on a solid black bar in the top margin: the translucent diagonal mark
    prints as faint dots on a cheap b/w laser, and a draft must never pass for an approved card."""
    _regular, bold = register_fonts()
    # Inside the top margin, 14 pt (5 mm) clear of the sheet's edge: a laser prints nothing nearer.
    height = MARGIN - 16
    bottom = PAGE_HEIGHT - MARGIN + 2
    canvas.saveState()
    canvas.setFillColor(black)
    canvas.rect(MARGIN, bottom, FRAME_WIDTH, height, stroke=0, fill=1)
    canvas.setFillColor(white)
    size = min(10.0, (FRAME_WIDTH - 12) / stringWidth(text, bold, 1))
    canvas.setFont(bold, size)
    canvas.drawCentredString(PAGE_WIDTH / 2, bottom + (height - size) / 2 + 2, text)
    canvas.restoreState()


class CardPage(msgspec.Struct, frozen=True):
    """One laid-out card: its content (already fitted) and its own footer and mark."""

    story: Sequence[Flowable]
    footer: tuple[str, str]
    title: str
    subject: str
    mark: str | None = None
    # A warning on the black bar of a card that is still valid (its review date has passed).
    warning: str | None = None


class PageOverflowError(RuntimeError):
    """A fitted story did not go onto its page: a measuring mistake, never a user's problem."""


def write_pages(
    pages: Iterable[CardPage],
    *,
    title: str,
    subject: str,
    fit_mode: str = "shrink",
    page_done: Callable[[int], None] | None = None,
) -> bytes:
    """Draw each card on a page of its own and return deterministic PDF bytes.

    The stories are expected to fit already; KeepInFrame is the last guard that nothing spills onto
    a second page (`fit_mode="error"` in tests turns a measuring mistake into a failure). Pages are
    drawn straight onto one canvas, without a DocTemplate, so a batch can report each finished page
    to `page_done(pages so far)` and stop between pages by raising from it.
    """
    regular, _bold = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=A4,
        invariant=1,  # identical input gives identical bytes: no timestamp or random document id
        # Otherwise every page starts in Helvetica, an unembedded font with no æøå guarantee.
        initialFontName=regular,
        lang="da-DK",
    )
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setAuthor("Tryghed Desktop")
    canvas.setCreator("Tryghed Desktop")
    count = 0
    for page in pages:
        draw_footer(canvas, page.footer)
        frame = Frame(
            MARGIN,
            MARGIN + FOOTER_HEIGHT,
            FRAME_WIDTH,
            FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="card",
        )
        content = [KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, list(page.story), mode=fit_mode)]
        frame.addFromList(content, canvas)
        if content:
            raise PageOverflowError(f"{page.title}: indholdet kunne ikke placeres på siden")
        if page.mark is not None:
            draw_watermark(canvas, page.mark)
        if page.mark is not None or page.warning is not None:
            draw_mark_bar(canvas, page.mark or page.warning or "")
        canvas.showPage()
        count += 1
        if page_done is not None:
            page_done(count)
    if count == 0:
        raise ValueError("no card to print")
    canvas.save()
    return buffer.getvalue()


def build_one_page_pdf(
    story: Sequence[Flowable],
    *,
    footer: tuple[str, str],
    title: str,
    subject: str,
    mark: str | None = None,
    fit_mode: str = "shrink",
) -> bytes:
    """A PDF of one page holding the (already fitted) story, the footer and the optional mark."""
    page = CardPage(story, footer, title, subject, mark)
    return write_pages([page], title=title, subject=subject, fit_mode=fit_mode)
