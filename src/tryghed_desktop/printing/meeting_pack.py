"""The staff-meeting pack for a unit and period: a PDF (reportlab) and an XLSX (openpyxl), anonymised
by default: residents become "Borger A", "Borger B" …, reporters never appear. Also the action plan's
status on its own (render_action_plan), with the pack's tables and footer."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Protocol
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import BaseDocTemplate

from tryghed_desktop.domain.action_plan import MEASURE_STATUS_TITLES, MeasureStatus
from tryghed_desktop.domain.incidents import INCIDENT_TYPE_TITLES, LOCAL_ZONE, SEVERITY_SHORT, IncidentType
from tryghed_desktop.printing.charts import WEEKDAYS, PeriodLike, figure_png, trend_figure
from tryghed_desktop.printing.fonts import register_fonts
from tryghed_desktop.printing.page import (
    FOOTER_HEIGHT,
    FRAME_WIDTH,
    INK,
    MARGIN,
    MUTED,
    draw_footer,
    table_style,
)
from tryghed_desktop.printing.workbook import HEADER_FILL, HEADER_FONT, sheet_rows, workbook_bytes

LOCAL = ZoneInfo(LOCAL_ZONE)
REVISIT_WORD = "SE PÅ DEN IGEN"
# Room for a section title, a table header and two rows: with less left, the section starts a new page.
TITLE_AND_TWO_ROWS = 100


class StrategyLike(Protocol):
    @property
    def resident_id(self) -> int | None: ...
    @property
    def card_name(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def helped(self) -> int: ...
    @property
    def not_helped(self) -> int: ...
    @property
    def unknown(self) -> int: ...
    @property
    def tries(self) -> int: ...
    @property
    def revisit(self) -> bool: ...


class SignLike(Protocol):
    @property
    def resident_id(self) -> int | None: ...
    @property
    def card_name(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def count(self) -> int: ...


class StatisticsLike(Protocol):
    """What the pack reads of services.statistics.Statistics (printing sits below services)."""

    @property
    def total(self) -> int: ...
    @property
    def previous_total(self) -> int: ...
    @property
    def previous_start(self) -> date: ...
    @property
    def previous_end(self) -> date: ...
    @property
    def by_type(self) -> Mapping[str, int]: ...
    @property
    def by_severity(self) -> Mapping[int, int]: ...
    @property
    def hour_weekday(self) -> Sequence[Sequence[int]]: ...
    @property
    def months(self) -> Sequence[PeriodLike]: ...
    @property
    def quarters(self) -> Sequence[PeriodLike]: ...
    @property
    def by_slot(self) -> Sequence[tuple[str, int]]: ...
    @property
    def strategies(self) -> Sequence[StrategyLike]: ...
    @property
    def signs(self) -> Sequence[SignLike]: ...


class MeasureLike(Protocol):
    """One measure of the action plan (services.action_plan.MeasureView)."""

    @property
    def title(self) -> str: ...
    @property
    def owner(self) -> str: ...
    @property
    def due_on(self) -> date | None: ...
    @property
    def status(self) -> str: ...
    @property
    def note(self) -> str: ...
    @property
    def track(self) -> str: ...
    @property
    def done_on(self) -> date | None: ...
    @property
    def unit_name(self) -> str | None: ...
    @property
    def resident_id(self) -> int | None: ...
    @property
    def resident_card_name(self) -> str | None: ...
    def overdue(self, today: date) -> bool: ...


class ReviewLike(Protocol):
    @property
    def resident_id(self) -> int: ...
    @property
    def card_name(self) -> str: ...
    @property
    def approved_on(self) -> date: ...
    @property
    def reasons(self) -> Sequence[str]: ...


class FollowUpLike(Protocol):
    """An open incident follow-up (services.incidents.IncidentRecord); its reporter is not in it."""

    @property
    def resident_id(self) -> int | None: ...
    @property
    def resident_card_name(self) -> str | None: ...
    @property
    def occurred_at(self) -> datetime: ...
    @property
    def incident_type(self) -> str: ...
    @property
    def severity(self) -> int: ...
    @property
    def slot_label(self) -> str: ...
    @property
    def first_aid_contact_at(self) -> datetime | None: ...
    @property
    def defusing_done_at(self) -> datetime | None: ...
    @property
    def injury_report_due(self) -> date | None: ...
    @property
    def injury_reported_on(self) -> date | None: ...


# --- shared content -------------------------------------------------------------------------------


class Names:
    """How residents are named in the pack: "Borger A", "Borger B" … in order of id, or card names."""

    def __init__(self, pairs: Sequence[tuple[int | None, str]], show_card_names: bool) -> None:
        self.show = show_card_names
        self.card = {rid: name for rid, name in pairs if rid is not None}
        ids = sorted(self.card)
        self.alias = {rid: f"Borger {_letters(n)}" for n, rid in enumerate(ids)}
        # Card names as they may stand in the profiles' words, found once for the whole pack.
        self._alias_of = {name.casefold(): self.alias[rid] for rid, name in self.card.items() if name.strip()}
        names = "|".join(map(re.escape, sorted(self._alias_of, key=len, reverse=True)))
        # The whole name, then its genitive (Sofies, Jonas', H.V.s) or no further letter. Lookarounds,
        # not \b: a name of initials ("H.V.") ends in a full stop, where \b finds no word edge.
        self._names = (
            re.compile(rf"(?<!\w)({names})(?:(s)(?!\w)|(')|(?!\w))", re.IGNORECASE) if names else None
        )

    def __call__(self, resident_id: int | None) -> str:
        if resident_id is None:
            return "Ukendt/anden person"
        if self.show:
            return self.card.get(resident_id, "")
        return self.alias.get(resident_id, "Borger ?")

    def text(self, value: str) -> str:
        """A profile's own words (a sign, a strategy: »Du er hjemme, Sofie«) with every resident's card
        name in the pack replaced by their alias, "Sofies" by "Borger B's", unless names are shown."""
        if self.show or self._names is None:
            return value
        return self._names.sub(
            lambda m: self._alias_of[m.group(1).casefold()] + ("'s" if m.group(2) or m.group(3) else ""),
            value,
        )


def _letters(number: int) -> str:
    text = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


def _names(
    stats: StatisticsLike,
    reviews: Sequence[ReviewLike],
    follow_ups: Sequence[FollowUpLike],
    show_card_names: bool,
    measures: Sequence[MeasureLike] = (),
) -> Names:
    pairs: list[tuple[int | None, str]] = [(s.resident_id, s.card_name) for s in stats.strategies]
    pairs += [(s.resident_id, s.card_name) for s in stats.signs]
    pairs += [(r.resident_id, r.card_name) for r in reviews]
    pairs += [(f.resident_id, f.resident_card_name or "") for f in follow_ups]
    pairs += [(m.resident_id, m.resident_card_name or "") for m in measures]
    return Names(pairs, show_card_names)


def _day(value: date | datetime) -> str:
    if isinstance(value, datetime):
        value = value.astimezone(LOCAL)
    return value.strftime("%d.%m.%Y")


def _moment(value: datetime) -> str:
    return value.astimezone(LOCAL).strftime("%d.%m.%Y %H.%M")


# The plans to review and the open follow-ups are as they stand when the pack is made, whatever
# period it counts: a pack for last year still lists today's.
AS_OF_TODAY = "Som de står i dag, uanset perioden."


def _change(now: int, before: int) -> str:
    if before == 0:
        return "ingen i forrige periode" if now else "uændret"
    percent = round(100 * (now - before) / before)
    return f"{'+' if percent > 0 else ''}{percent} % mod forrige periode"


def missing_steps(item: FollowUpLike) -> str:
    """What the follow-up still lacks, in plain Danish."""
    steps = []
    if item.defusing_done_at is None:
        steps.append("defusing")
    if item.first_aid_contact_at is None:
        steps.append("psykisk førstehjælp")
    if item.injury_report_due is not None and item.injury_reported_on is None:
        steps.append(f"arbejdsskade senest {_day(item.injury_report_due)}")
    return ", ".join(steps) or "klar til at afslutte"


def _type_title(kind: str) -> str:
    try:
        return INCIDENT_TYPE_TITLES[IncidentType(kind)]
    except ValueError:
        return kind


# --- PDF ------------------------------------------------------------------------------------------


class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13, textColor=INK)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8.5, leading=11, textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=9, leading=11.5)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=20, leading=24, textColor=INK)
        self.h2 = ParagraphStyle(
            "h2", fontName=bold, fontSize=14, leading=18, spaceBefore=10, spaceAfter=5, textColor=INK
        )


def _grid(rows: list[list[object]], widths: list[float], *, header: bool = True) -> Table:
    _regular, bold = register_fonts()
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#9a9a9a")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), bold),
            ("BACKGROUND", (0, 0), (-1, 0), HexColor("#e6e6e6")),
        ]
    return Table(
        rows, colWidths=widths, repeatRows=1 if header else 0, style=table_style(commands), hAlign="LEFT"
    )


def _plain() -> TableStyle:
    return table_style(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )


def _grey(count: int, top: int) -> Color:
    # From white to a middle grey, under black numbers: white numbers on darker greys vanished when a
    # cheap b/w laser dithered the grey, and those are the busiest hours.
    share = count / top if top else 0.0
    level = 1 - 0.35 * share
    return Color(level, level, level)


def _heat_table(matrix: Sequence[Sequence[int]]) -> Table:
    _regular, bold = register_fonts()
    top = max((max(row) for row in matrix), default=0)
    rows: list[list[object]] = [["Kl.", *WEEKDAYS, "I alt"]]
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.3, HexColor("#9a9a9a")),
        ("FONTNAME", (0, 0), (-1, 0), bold),
        ("FONTNAME", (0, 0), (0, -1), bold),
        ("FONTNAME", (-1, 0), (-1, -1), bold),
        ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("LEADING", (0, 0), (-1, -1), 8.5),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ]
    for hour, counts in enumerate(matrix):
        rows.append([f"{hour:02d}", *[str(c) if c else "·" for c in counts], str(sum(counts))])
        for day, count in enumerate(counts):
            cell = (day + 1, hour + 1)
            commands.append(("BACKGROUND", cell, cell, _grey(count, top)))
            if count:
                commands.append(("FONTNAME", cell, cell, bold))
    days = [sum(matrix[hour][day] for hour in range(len(matrix))) for day in range(7)]
    rows.append(["I alt", *[str(d) for d in days], str(sum(days))])
    commands.append(("FONTNAME", (0, len(rows) - 1), (-1, len(rows) - 1), bold))
    widths = [34.0] + [44.0] * 7 + [40.0]
    return Table(rows, colWidths=widths, style=table_style(commands), hAlign="LEFT")


def _png_image(png: bytes, width: float) -> Image:
    image = Image(io.BytesIO(png))
    ratio = image.imageHeight / image.imageWidth
    image.drawWidth = width
    image.drawHeight = width * ratio
    return image


def _story(  # noqa: PLR0915 - the pack's sections in reading order
    stats: StatisticsLike,
    reviews: Sequence[ReviewLike],
    follow_ups: Sequence[FollowUpLike],
    names: Names,
    *,
    unit_name: str,
    period: tuple[date, date],
    measures: Sequence[MeasureLike] = (),
    today: date | None = None,
) -> list[Flowable]:
    styles = _Styles()
    p = styles.body
    spans = (
        f"{_day(period[0])}–{_day(period[1])}",
        f"{_day(stats.previous_start)}–{_day(stats.previous_end)}",
    )
    story: list[Flowable] = [
        Paragraph(f"Mødepakke: {escape(unit_name)}", styles.title),
        Spacer(0, 4),
        Paragraph(
            f"Hændelser {spans[0]}, sammenlignet med forrige periode {spans[1]}. Tider er dansk tid.",
            p,
        ),
        Paragraph(
            "Borgere vises med kortnavn."
            if names.show
            else "Anonymiseret: borgere vises som Borger A, Borger B … (også i planernes tekst); "
            "medarbejdere nævnes ikke. Andre navne i teksterne, fx pårørendes, står der stadig: læs efter "
            "før deling.",
            styles.small,
        ),
    ]

    story.append(Paragraph("Overblik", styles.h2))
    overview: list[list[object]] = [
        ["", "Antal", ""],
        ["Hændelser i alt", str(stats.total), _change(stats.total, stats.previous_total)],
    ]
    overview += [[_type_title(kind), str(count), ""] for kind, count in stats.by_type.items()]
    overview += [
        [f"Alvor {level} – {SEVERITY_SHORT.get(level, '')}", str(count), ""]
        for level, count in stats.by_severity.items()
    ]
    story.append(_grid(overview, [200, 60, FRAME_WIDTH - 260]))

    story.append(Paragraph("Hvornår sker det? Ugedag × klokkeslæt", styles.h2))
    story.append(Paragraph("Mørkere felt = flere hændelser; tallet står i feltet. · = ingen.", styles.small))
    story.append(Spacer(0, 3))
    heat = _heat_table(stats.hour_weekday)
    slot_rows: list[list[object]] = [["Døgnrytme", "Antal"]]
    slot_rows += [
        [Paragraph(escape(label or "(ikke angivet)"), styles.cell), str(count)]
        for label, count in stats.by_slot[:12]
    ]
    side = _grid(slot_rows, [FRAME_WIDTH - 382 - 12 - 38, 38])
    story.append(
        Table([[heat, side]], colWidths=[382 + 12, FRAME_WIDTH - 394], style=_plain(), hAlign="LEFT")
    )

    story.append(PageBreak())
    story.append(Paragraph("Udvikling", styles.h2))
    if stats.months:
        story.append(_png_image(figure_png(trend_figure(stats.months, spans)), FRAME_WIDTH))
    trend_rows: list[list[object]] = [["Periode", "Antal", "Forrige periode", "Antal"]]
    trend_rows += [[q.label, str(q.count), q.previous_label, str(q.previous)] for q in stats.quarters]
    trend_rows += [[m.label, str(m.count), m.previous_label, str(m.previous)] for m in stats.months]
    story.append(_grid(trend_rows, [120, 60, 120, 60]))

    story.append(Paragraph("Strategier at se på igen", styles.h2))
    story.append(
        Paragraph(
            "Markeret når en strategi er prøvet mindst 2 gange med kendt udfald og hjalp højst hver "
            "fjerde gang. 'Usikker' tæller ikke med.",
            styles.small,
        )
    )
    strategy_rows: list[list[object]] = [["Borger", "Strategi", "Hjalp", "Hjalp ikke", "Usikker", ""]]
    for item in stats.strategies:
        if item.revisit:
            strategy_rows.append(
                [
                    names(item.resident_id),
                    Paragraph(escape(names.text(item.text)), styles.cell),
                    f"{item.helped} af {item.tries}",
                    str(item.not_helped),
                    str(item.unknown),
                    REVISIT_WORD,
                ]
            )
    if len(strategy_rows) == 1:
        story.append(Paragraph("Ingen strategier er markeret i perioden.", p))
    else:
        story.append(_grid(strategy_rows, [62, FRAME_WIDTH - 62 - 260, 45, 62, 53, 100]))
    if stats.signs:
        story.append(Paragraph("Tidlige tegn set oftest før hændelser", styles.h2))
        sign_rows: list[list[object]] = [["Borger", "Tidligt tegn", "Gange"]]
        sign_rows += [
            [names(s.resident_id), Paragraph(escape(names.text(s.text)), styles.cell), str(s.count)]
            for s in stats.signs
        ]
        story.append(_grid(sign_rows, [62, FRAME_WIDTH - 112, 50]))

    story.append(CondPageBreak(TITLE_AND_TWO_ROWS))  # the title never ends a page alone
    story.append(Paragraph("Planer der bør revideres nu", styles.h2))
    story.append(Paragraph(AS_OF_TODAY, styles.small))
    if reviews:
        review_rows: list[list[object]] = [["Borger", "Plan godkendt", "Hvorfor"]]
        review_rows += [
            [names(r.resident_id), _day(r.approved_on), Paragraph(escape("; ".join(r.reasons)), styles.cell)]
            for r in reviews
        ]
        story.append(_grid(review_rows, [62, 85, FRAME_WIDTH - 147]))
    else:
        story.append(Paragraph("Ingen planer skal revideres på grund af hændelser.", p))

    follow_title = [
        Paragraph(f"Åbne opfølgninger nu ({len(follow_ups)})", styles.h2),
        Paragraph(AS_OF_TODAY, styles.small),
    ]
    if follow_ups:
        follow_rows: list[list[object]] = [["Borger", "Hvornår", "Type", "Alvor", "Mangler"]]
        follow_rows += [
            [
                Paragraph(escape(names(f.resident_id)), styles.cell),  # "Ukendt/anden person" wraps
                _moment(f.occurred_at),
                Paragraph(escape(_type_title(f.incident_type)), styles.cell),  # "Anden krænkende adfærd"
                str(f.severity),
                Paragraph(escape(missing_steps(f)), styles.cell),
            ]
            for f in follow_ups
        ]
        # One table (its header repeats on each page it reaches); the title never ends a page alone.
        story.append(CondPageBreak(TITLE_AND_TWO_ROWS))
        story += follow_title
        story.append(_grid(follow_rows, [84, 92, 70, 35, FRAME_WIDTH - 281]))
    else:
        story += follow_title
        story.append(Paragraph("Ingen åbne opfølgninger.", p))
    story.append(CondPageBreak(TITLE_AND_TWO_ROWS))
    story.append(Paragraph("Handleplan", styles.h2))
    story.append(
        Paragraph(
            "Tiltag i gang og besluttet, og dem der er afsluttet i perioden. Status som i dag.", styles.small
        )
    )
    if measures:
        story.append(
            measure_table(
                measures, today or period[1], styles.cell, text=names.text, who=lambda m: names(m.resident_id)
            )
        )
    else:
        story.append(Paragraph("Ingen tiltag.", p))
    return story


def measure_table(
    measures: Sequence[MeasureLike],
    today: date,
    cell: ParagraphStyle,
    *,
    text: Callable[[str], str] = str,
    who: Callable[[MeasureLike], str] = lambda m: m.resident_card_name or "",
) -> Table:
    """The action plan's measures as a table: what (and where, its track and whom it is about), who is
    responsible, deadline, status (a late one in bold with ⚠, for a b/w printer), note."""
    rows: list[list[object]] = [["Tiltag", "Ansvarlig", "Frist", "Status", "Bemærkning"]]
    for m in measures:
        what = f"<b>{escape(text(m.title))}</b>"
        about = f"om {who(m)}" if m.resident_id is not None else ""
        where = " · ".join(part for part in (m.unit_name or "Hele bostedet", m.track, about) if part)
        what += f"<br/><font size=8>{escape(where)}</font>"
        status = escape(MEASURE_STATUS_TITLES[MeasureStatus(m.status)])
        if m.done_on is not None:
            status += f" {_day(m.done_on)}"
        if m.overdue(today):
            status = f"<b>⚠ {status} – OVERSKREDET</b>"
        rows.append(
            [
                Paragraph(what, cell),
                Paragraph(escape(m.owner), cell),
                _day(m.due_on) if m.due_on else "",
                Paragraph(status, cell),
                Paragraph(escape(text(m.note)), cell),
            ]
        )
    # Ansvarlig holds a long Danish compound ("Arbejdsmiljøgruppen") on one line.
    table = _grid(rows, [164, 108, 62, 86, FRAME_WIDTH - 420])
    table.splitInRow = 1  # a long note goes on over the page break instead of failing the print
    return table


def render_meeting_pack(
    stats: StatisticsLike,
    review_signals: Sequence[ReviewLike],
    follow_ups: Sequence[FollowUpLike],
    *,
    unit_name: str,
    period: tuple[date, date],
    printed_at: datetime,
    show_card_names: bool = False,
    measures: Sequence[MeasureLike] = (),
) -> bytes:
    """The meeting pack as PDF bytes: counts, weekday × hour table, trend, strategies to revisit, plans
    to review, open follow-ups and the action plan. Same input, same bytes (reportlab's invariant mode)."""
    regular, _bold = register_fonts()
    names = _names(stats, review_signals, follow_ups, show_card_names, measures)
    story = _story(
        stats,
        review_signals,
        follow_ups,
        names,
        unit_name=unit_name,
        period=period,
        measures=measures,
        today=printed_at.astimezone(LOCAL).date(),
    )
    buffer = io.BytesIO()
    footer = (
        f"Mødepakke · {unit_name} · {_day(period[0])}–{_day(period[1])}",
        f"Printet {_moment(printed_at)} · Tryghed Desktop · "
        + ("med kortnavne – del ikke uden for personalegruppen" if show_card_names else "anonymiseret"),
    )

    def furniture(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.setFont(regular, 8.5)
        draw_footer(canvas, (footer[0], f"{footer[1]} · side {document.page}"))

    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER_HEIGHT,
        title=f"Mødepakke – {unit_name}",
        subject=f"Hændelser {period[0].isoformat()}–{period[1].isoformat()}",
        author="Tryghed Desktop",
        creator="Tryghed Desktop",
        invariant=1,
        initialFontName=regular,
        lang="da-DK",
    )
    document.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


def render_action_plan(measures: Sequence[MeasureLike], *, unit_name: str, printed_at: datetime) -> bytes:
    """The action plan's status on paper ("Status pr. dato", seed 003): how many measures are decided,
    under way, done and late, and every measure. Same input, same bytes."""
    regular, _bold = register_fonts()
    styles = _Styles()
    today = printed_at.astimezone(LOCAL).date()
    counts = {
        status: sum(1 for m in measures if MeasureStatus(m.status) is status) for status in MeasureStatus
    }
    late = sum(1 for m in measures if m.overdue(today))
    summary = ", ".join(
        f"{count} {MEASURE_STATUS_TITLES[status].lower()}" for status, count in counts.items()
    )
    story: list[Flowable] = [
        Paragraph(f"Handleplan: {escape(unit_name)}", styles.title),
        Spacer(0, 4),
        Paragraph(f"Status pr. {_day(today)}: {summary}; {late} med overskredet frist.", styles.body),
        Spacer(0, 8),
        measure_table(measures, today, styles.cell) if measures else Paragraph("Ingen tiltag.", styles.body),
    ]
    footer = (
        f"Handleplan · {unit_name} · status pr. {_day(today)}",
        f"Printet {_moment(printed_at)} · Tryghed Desktop",
    )

    def furniture(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.setFont(regular, 8.5)
        draw_footer(canvas, (footer[0], f"{footer[1]} · side {document.page}"))

    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER_HEIGHT,
        title=f"Handleplan – {unit_name}",
        author="Tryghed Desktop",
        creator="Tryghed Desktop",
        invariant=1,
        initialFontName=regular,
        lang="da-DK",
    ).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


# --- XLSX -----------------------------------------------------------------------------------------


def write_meeting_xlsx(  # noqa: PLR0915 - one sheet after another
    stats: StatisticsLike,
    review_signals: Sequence[ReviewLike],
    follow_ups: Sequence[FollowUpLike],
    *,
    unit_name: str,
    period: tuple[date, date],
    printed_at: datetime,
    show_card_names: bool = False,
    measures: Sequence[MeasureLike] = (),
) -> bytes:
    """The same figures as a workbook (sheets Overblik, Ugedag×time, Udvikling, Strategier, Opfølgning),
    with numbers as numbers so the AMG can chart and filter them. Same input, same bytes."""
    names = _names(stats, review_signals, follow_ups, show_card_names, measures)
    book = Workbook()
    overview = book.active
    assert overview is not None
    overview.title = "Overblik"
    rows: list[Sequence[object]] = [
        ["Mødepakke", unit_name],
        ["Periode", f"{_day(period[0])}–{_day(period[1])}"],
        ["Forrige periode", f"{_day(stats.previous_start)}–{_day(stats.previous_end)}"],
        ["Printet", _moment(printed_at)],
        ["Navne", "kortnavne" if show_card_names else "anonymiseret (Borger A, B …)"],
        [],
        ["Figur", "Antal", "Forrige periode"],
        ["Hændelser i alt", stats.total, stats.previous_total],
    ]
    rows += [[_type_title(kind), count] for kind, count in stats.by_type.items()]
    rows += [[f"Alvor {level}", count] for level, count in stats.by_severity.items()]
    rows += [[f"Døgnrytme: {label or '(ikke angivet)'}", count] for label, count in stats.by_slot]
    for row in rows:
        overview.append(list(row))
    overview["A1"].font = Font(bold=True, size=14)
    for cell in overview[7]:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
    overview.column_dimensions["A"].width = 34
    overview.column_dimensions["B"].width = 30
    overview.column_dimensions["C"].width = 16

    heat = book.create_sheet("Ugedag×time")
    heat_rows: list[list[object]] = [["Kl.", *WEEKDAYS, "I alt"]]
    heat_rows += [[f"{hour:02d}", *row, sum(row)] for hour, row in enumerate(stats.hour_weekday)]
    sheet_rows(heat, heat_rows, [8] + [8] * 8)
    top = max((max(row) for row in stats.hour_weekday), default=0)
    for hour, row in enumerate(stats.hour_weekday):
        for day, count in enumerate(row):
            cell = heat.cell(row=hour + 2, column=day + 2)
            level = round(255 * (1 - 0.8 * (count / top if top else 0)))
            cell.fill = PatternFill("solid", fgColor=f"{level:02X}{level:02X}{level:02X}")
            cell.alignment = Alignment(horizontal="center")
            if top and count / top > 0.5:
                cell.font = Font(color="FFFFFF", bold=True)

    trend = book.create_sheet("Udvikling")
    trend_rows: list[list[object]] = [["Periode", "Antal", "Forrige periode", "Antal forrige"]]
    trend_rows += [[q.label, q.count, q.previous_label, q.previous] for q in stats.quarters]
    trend_rows += [[m.label, m.count, m.previous_label, m.previous] for m in stats.months]
    sheet_rows(trend, trend_rows, [14, 10, 16, 14])

    strategies = book.create_sheet("Strategier")
    strategy_rows: list[list[object]] = [
        ["Borger", "Strategi", "Hjalp", "Hjalp ikke", "Usikker", "Prøvet (kendt udfald)", "Se på den igen"]
    ]
    strategy_rows += [
        [
            names(s.resident_id),
            names.text(s.text),
            s.helped,
            s.not_helped,
            s.unknown,
            s.tries,
            "JA" if s.revisit else "",
        ]
        for s in stats.strategies
    ]
    sheet_rows(strategies, strategy_rows, [14, 50, 8, 10, 9, 20, 14])

    signs = book.create_sheet("Tidlige tegn")
    sign_rows: list[list[object]] = [["Borger", "Tidligt tegn", "Gange"]]
    sign_rows += [[names(s.resident_id), names.text(s.text), s.count] for s in stats.signs]
    sheet_rows(signs, sign_rows, [14, 60, 8])

    follow = book.create_sheet("Opfølgning")
    follow_rows: list[list[object]] = [["Borger", "Hvornår", "Type", "Alvor", "Døgnrytme", "Mangler"]]
    follow_rows += [
        [
            names(f.resident_id),
            _moment(f.occurred_at),
            _type_title(f.incident_type),
            f.severity,
            f.slot_label,
            missing_steps(f),
        ]
        for f in follow_ups
    ]
    follow_rows += [[], ["Planer der bør revideres nu"], ["Borger", "Plan godkendt", "Hvorfor"]]
    follow_rows += [[names(r.resident_id), _day(r.approved_on), "; ".join(r.reasons)] for r in review_signals]
    sheet_rows(follow, follow_rows, [14, 18, 22, 8, 18, 50])
    review_header = len(follow_rows) - len(review_signals)
    for cell in follow[review_header]:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
    follow.cell(row=review_header - 1, column=1).font = Font(bold=True, size=12)

    today = printed_at.astimezone(LOCAL).date()
    plan = book.create_sheet("Handleplan")
    plan_rows: list[list[object]] = [
        [
            "Afdeling",
            "Spor",
            "Tiltag",
            "Ansvarlig",
            "Frist",
            "Status",
            "Afsluttet",
            "Overskredet",
            "Bemærkning",
        ]
    ]
    plan_rows += [
        [
            m.unit_name or "Hele bostedet",
            m.track,
            names.text(m.title),
            m.owner,
            m.due_on,
            MEASURE_STATUS_TITLES[MeasureStatus(m.status)],
            m.done_on,
            "JA" if m.overdue(today) else "",
            names.text(m.note),
        ]
        for m in measures
    ]
    sheet_rows(plan, plan_rows, [18, 24, 50, 20, 12, 14, 12, 12, 50])

    return workbook_bytes(book, printed_at)
