"""The early-signs checklist (DESIGN §4): the resident's own yellow and red signs down the page, a box
per weekday and shift across, to tick when a sign is seen; what we do at the foot. Made from the
resident's own approved risk profile, so it is free of any licensed instrument's item texts."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from tryghed_desktop.domain.plans import STAGE_INFO, RiskProfile, StageKind
from tryghed_desktop.printing.card_model import CardFacts
from tryghed_desktop.printing.fit import CardTooLongError, Para, Section, Sizes, fit
from tryghed_desktop.printing.grid import Grid
from tryghed_desktop.printing.page import FRAME_WIDTH, CardPage, table_style, write_pages
from tryghed_desktop.printing.style import (
    ALARM_RED,
    CardStyles,
    card_page,
    card_styles,
    contact_markup,
    esc,
    hex_colour,
    paper_colours,
)

TITLE = "Tidlige tegn – tjekliste"
DAYS = ("Man", "Tir", "Ons", "Tor", "Fre", "Lør", "Søn")
SHIFTS = ("D", "A", "N")  # dag, aften, nat
STAGES = (StageKind.YELLOW, StageKind.RED)
INSTRUCTION = (
    "Sæt kryds i vagtens felt, når du ser tegnet. Ser du et gult tegn: gør det, der står nederst, og "
    "sig det til dine kolleger. Ser du et rødt tegn: følg handlekortets røde felt."
)
# When the signs take the room of the reminders at the foot.
INSTRUCTION_WITHOUT_REMINDERS = (
    "Sæt kryds i vagtens felt, når du ser tegnet. Ser du et gult tegn: gør det, der står på "
    "handlekortet, og sig det til dine kolleger. Ser du et rødt tegn: følg handlekortets røde felt."
)
_BOX = 16.0  # a tick box: wide enough for a pen's cross
_STAGE_COLUMN = 30.0
_RULE = hex_colour("#333333")  # dark: a b/w laser dithers a grey line into dots


class NoSignsError(ValueError):
    """The risk profile has no yellow or red signs to put on a checklist."""


def signs_of(profile: RiskProfile) -> list[tuple[StageKind, str]]:
    """The yellow then the red signs ('Sådan ser det ud'), each once, in the profile's order."""
    seen: list[tuple[StageKind, str]] = []
    for kind in STAGES:
        for sign in (item.strip() for item in profile.stage(kind).signs):
            if sign and sign not in [text for _kind, text in seen]:
                seen.append((kind, sign))
    return seen


def render_signs_checklist(profile: RiskProfile, facts: CardFacts) -> bytes:
    """A one-page A4 PDF; NoSignsError without signs, CardTooLongError when they cannot fit."""
    page = layout_signs_checklist(profile, facts)
    return write_pages([page], title=page.title, subject=page.subject)


def layout_signs_checklist(profile: RiskProfile, facts: CardFacts) -> CardPage:
    signs = signs_of(profile)
    if not signs:
        raise NoSignsError("Risikoprofilen har ingen tidlige tegn (gul og rød »Sådan ser det ud«).")

    def layout(*, reminders: bool, alarm: bool) -> list[Flowable]:
        return fit(
            lambda sizes: _Layout(sizes).sections(profile, signs, facts, reminders=reminders, alarm=alarm)
        )

    # Long signs need the room: first the reminders at the foot go, then the alarm (both are on the
    # action card); the signs to tick always stay.
    for reminders in (True, False):
        try:
            return card_page(layout(reminders=reminders, alarm=True), facts, TITLE)
        except CardTooLongError:
            continue
    return card_page(layout(reminders=False, alarm=False), facts, TITLE)


class _Layout:
    def __init__(self, sizes: Sizes) -> None:
        self.styles: CardStyles = card_styles(sizes)
        self.sizes = sizes

    def sections(
        self,
        profile: RiskProfile,
        signs: list[tuple[StageKind, str]],
        facts: CardFacts,
        *,
        reminders: bool = True,
        alarm: bool = True,
    ) -> list[Section]:
        styles = self.styles
        header: list[Flowable] = [
            Para(esc(facts.card_name), styles.title),
            Spacer(1, self.sizes.body * 0.3),
            Para(f"{esc(facts.unit_name)} · {TITLE}", styles.body),
            Spacer(1, self.sizes.body * 0.4),
            Para(esc(INSTRUCTION if reminders else INSTRUCTION_WITHOUT_REMINDERS), styles.body),
            Spacer(1, self.sizes.body * 0.6),
            Para("Uge: ____________  Fra dato: ____________", styles.body),
            Spacer(1, styles.gap),
        ]
        sections = [Section("Overskrift", header), Section("Tegn", [self._grid(signs)])]
        alarm_lines = self._alarm(profile) if alarm else []
        if alarm_lines:
            sections.append(Section("Alarm", alarm_lines))
        for kind in STAGES if reminders else ():
            stage = profile.stage(kind)
            todo = [item for item in stage.we_do if item.strip()]
            if todo:
                info = STAGE_INFO[kind]
                heading = f"{info.symbol} Det gør vi – {info.colour_name.lower()}: {info.meaning.lower()}"
                items = [Para(esc(item), styles.item, bulletText="•") for item in todo]
                sections.append(
                    Section(
                        f"Det gør vi ({info.colour_name})",
                        [Spacer(1, styles.gap), Para(esc(heading), styles.section), *items],
                    )
                )
        return sections

    def _alarm(self, profile: RiskProfile) -> list[Flowable]:
        """The alarm and whom to call, in one line each: what a red sign calls for right away."""
        styles = self.styles
        alarm = [line for line in profile.alarm if line.strip()]
        calls = [contact for contact in profile.call if contact.name.strip() or contact.phone.strip()]
        if not alarm and not calls:
            return []
        heading = Para("ALARM · RING", styles.coloured(styles.section, ALARM_RED))
        lines = [Para(esc(line), styles.item, bulletText="•") for line in alarm]
        lines += [Para(contact_markup(contact), styles.item, bulletText="☎") for contact in calls]
        return [Spacer(1, styles.gap), heading, *lines]

    def _grid(self, signs: list[tuple[StageKind, str]]) -> Grid:
        styles = self.styles
        text_width = FRAME_WIDTH - _STAGE_COLUMN - len(DAYS) * len(SHIFTS) * _BOX
        days = [Para(f"<b>{day}</b>", styles.label) for day in DAYS]
        head: list[Flowable | str] = [Para("", styles.label), Para("<b>Tegn</b>", styles.label)]
        for day in days:
            head += [day, "", ""]
        shifts: list[Flowable | str] = [
            Para("", styles.label),
            Para("D = dag, A = aften, N = nat", styles.label),
        ]
        shifts += [Para(shift, styles.label) for _day in DAYS for shift in SHIFTS]
        rows: list[list[Flowable | str]] = [head, shifts]
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (2, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 2), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 2), (-1, -1), 7),
            ("GRID", (2, 1), (-1, -1), 0.75, _RULE),
            ("LINEBELOW", (0, 1), (1, -1), 0.75, _RULE),
        ]
        for number in range(len(DAYS)):
            first = 2 + number * len(SHIFTS)
            commands.append(("SPAN", (first, 0), (first + len(SHIFTS) - 1, 0)))
            # A heavier line between the days, so a tired eye finds today's three boxes.
            commands.append(("LINEBEFORE", (first, 0), (first, -1), 1.5, hex_colour("#1a1a1a")))
        for row, (kind, sign) in enumerate(signs, start=len(rows)):
            fill, _edge, ink = paper_colours(kind)
            info = STAGE_INFO[kind]
            mark = Para(f"<b>{info.symbol}</b>", styles.coloured(styles.label, ink))
            rows.append([mark, Para(esc(sign), styles.item), *([""] * (len(DAYS) * len(SHIFTS)))])
            commands.append(("BACKGROUND", (0, row), (0, row), fill))
        return Grid(
            rows,
            colWidths=[_STAGE_COLUMN, text_width, *([_BOX] * (len(DAYS) * len(SHIFTS)))],
            style=table_style(commands),
        )
