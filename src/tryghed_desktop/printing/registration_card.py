"""The generic one-page card "Sådan registrerer du vold, trusler og chikane" (DESIGN §5, seed 003)."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from tryghed_desktop.domain.plans import STAGE_INFO, StageKind
from tryghed_desktop.printing.card_model import danish_datetime
from tryghed_desktop.printing.fonts import register_fonts
from tryghed_desktop.printing.page import FRAME_WIDTH, INK, MUTED, build_one_page_pdf, table_style

TITLE = "Sådan registrerer du vold, trusler og chikane"

# The colours repeat the action card's language: red = act now, blue = after an incident.
_ACUTE = HexColor(STAGE_INFO[StageKind.RED].rgb)
_AFTER = HexColor(STAGE_INFO[StageKind.BLUE].rgb)
_REGISTER = HexColor("#37474f")
_RIGHTS = HexColor("#616161")

_KEY = '<font backColor="#dddddd">&nbsp;Ctrl&nbsp;+&nbsp;H&nbsp;</font>'

CHECKLIST: tuple[str, ...] = (
    "Hvornår – dato og klokkeslæt",
    "Hvor det skete",
    "Hvem der var involveret",
    "Type: vold, trussel, chikane eller anden krænkende adfærd",
    "Alvor fra 1 til 5",
    "Tidlige tegn, du så før",
    "Hvad der hjalp – og hvad der ikke gjorde",
)

# (step colour, heading, text) — plain Danish, written for this app; no licensed instrument texts.
STEPS: tuple[tuple[Color, str, str], ...] = (
    (
        _ACUTE,
        "Sørg for sikkerhed først",
        "Træk dig væk, og hold fri udgang bag dig. Hjælp andre i fare, hvis du kan gøre det sikkert.",
    ),
    (
        _ACUTE,
        "Tilkald hjælp",
        "Brug overfaldsalarmen, eller ring til en kollega eller vagthavende. Ved akut fare: ring 112.",
    ),
    (
        _REGISTER,
        "Registrér samme dag i Tryghed Desktop",
        f"Tryk {_KEY} eller vælg »Registrér hændelse«. Hellere kort i dag end grundigt i morgen.",
    ),
    (_REGISTER, "Det skal med", ""),
    (
        _AFTER,
        "Tag hånd om hinanden",
        "Defusing straks: en kort snak, før du går hjem. Debriefing tilbydes. "
        "Psykisk førstehjælp inden 72 timer.",
    ),
    (
        _RIGHTS,
        "Ved fravær",
        "Arbejdsskaden anmeldes senest 14 dage efter første fraværsdag. Sig det til din leder.",
    ),
    (
        _RIGHTS,
        "Politianmeldelse",
        "Kan altid ske. Tal med din leder, hvis du vil have hjælp til det.",
    ),
)

WHY = (
    "<b>Registrér også trusler og chikane – ikke kun de store hændelser.</b> "
    "Registreringerne bruges på personalemødet og i arbejdsmiljøgruppen til læring og "
    "forebyggelse, så vold og trusler aldrig bliver noget, vi vænner os til."
)


def render_registration_card(printed_at: datetime) -> bytes:
    """The one-page A4 PDF card with the steps for registering violence, threats and harassment."""
    return build_one_page_pdf(
        registration_story(),
        footer=(
            "Tryghed Desktop · Generelt kort – gælder for alle borgere og afdelinger",
            f"Printet {danish_datetime(printed_at)}",
        ),
        title=TITLE,
        subject="Registrering af vold, trusler og chikane",
    )


def registration_story() -> list[Flowable]:
    """The card's flowables (exposed so tests can prove the fit without shrinking)."""
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=13, leading=16.5, textColor=INK)
    heading = ParagraphStyle("heading", fontName=bold, fontSize=17, leading=20, textColor=INK)
    title = ParagraphStyle("title", fontName=bold, fontSize=28, leading=32, textColor=INK)
    number = ParagraphStyle("number", fontName=bold, fontSize=26, leading=28, textColor=white, alignment=1)
    check = ParagraphStyle(
        "check", parent=body, leftIndent=20, bulletIndent=0, bulletFontName=regular, spaceAfter=2
    )

    story: list[Flowable] = [
        Paragraph(TITLE, title),
        Spacer(1, 6),
        Paragraph("Handlekort for alle medarbejdere", ParagraphStyle("sub", parent=body, textColor=MUTED)),
        Spacer(1, 14),
    ]
    rows: list[list[object]] = []
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LEFTPADDING", (1, 0), (1, -1), 12),
        ("LINEBELOW", (1, 0), (1, -2), 0.6, HexColor("#cccccc")),
    ]
    number_width = 46.0
    for index, (colour, step_heading, text) in enumerate(STEPS):
        content: list[Flowable] = [Paragraph(step_heading, heading), Spacer(1, 3)]
        if text:
            content.append(Paragraph(text, body))
        else:
            content.append(_checklist(CHECKLIST, check, FRAME_WIDTH - number_width - 18))
        rows.append([Paragraph(str(index + 1), number), content])
        style.append(("BACKGROUND", (0, index), (0, index), colour))
        style.append(("LINEBELOW", (0, index), (0, index), 4, white))
    story.append(Table(rows, colWidths=[number_width, FRAME_WIDTH - number_width], style=table_style(style)))
    story.append(Spacer(1, 14))
    story.append(
        Table(
            [[Paragraph(WHY, body)]],
            colWidths=[FRAME_WIDTH],
            style=table_style(
                [
                    ("LINEBEFORE", (0, 0), (0, 0), 5, _REGISTER, 0),
                    ("BACKGROUND", (0, 0), (-1, -1), HexColor("#eeeeee")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 12),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ]
            ),
        )
    )
    return story


def _checklist(items: tuple[str, ...], style: ParagraphStyle, width: float) -> Flowable:
    """Tick boxes in two columns, filled top to bottom, so the list stays short."""
    half = (len(items) + 1) // 2
    columns = [items[:half], items[half:]]
    cells = [[Paragraph(item, style, bulletText="☐") for item in column] for column in columns]
    return Table(
        [cells],
        colWidths=[width / 2, width / 2],
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
