"""Many cards in one PDF, one card a page, with progress and cancel for a background task (no Qt here)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime

import msgspec
from reportlab.platypus import Spacer

from tryghed_desktop.domain.plans import DailyRhythm, RiskProfile, SafetyPlan
from tryghed_desktop.printing.card_model import CardFacts, danish_datetime
from tryghed_desktop.printing.fit import SIZE_STEPS, CardTooLongError, Para, Sizes
from tryghed_desktop.printing.page import CardPage, write_pages
from tryghed_desktop.printing.rhythm_page import layout_rhythm_page
from tryghed_desktop.printing.risk_card import layout_risk_card
from tryghed_desktop.printing.safety_page import layout_safety_page
from tryghed_desktop.printing.style import card_styles, esc


class BatchCancelled(Exception):  # noqa: N818  # the name says what happened, as the brief asks
    """The user cancelled the batch; nothing was produced."""


class RiskCard(msgspec.Struct, frozen=True):
    profile: RiskProfile
    rhythm: DailyRhythm | None
    facts: CardFacts

    def layout(self) -> CardPage:
        return layout_risk_card(self.profile, self.rhythm, self.facts)


class RhythmCard(msgspec.Struct, frozen=True):
    rhythm: DailyRhythm
    facts: CardFacts

    def layout(self) -> CardPage:
        return layout_rhythm_page(self.rhythm, self.facts)


class SafetyCard(msgspec.Struct, frozen=True):
    plan: SafetyPlan
    facts: CardFacts

    def layout(self) -> CardPage:
        return layout_safety_page(self.plan, self.facts)


BatchCard = RiskCard | RhythmCard | SafetyCard


def render_batch(
    cards: Iterable[BatchCard],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    title: str = "Handlekort",
    subject: str = "",
    too_long: Callable[[BatchCard, CardTooLongError], None] | None = None,
    last_page: Callable[[], CardPage | None] | None = None,
) -> bytes:
    """One PDF with each card on its own page, keeping each card's own footer and mark.

    `last_page()` is asked once every card is laid out (so it knows which were too long): a page it
    returns ends the PDF.

    `progress(done, total)` is called with (0, total) first and after every finished page;
    `cancelled()` is asked before each card, and a True answer raises BatchCancelled. A card that is
    too long raises CardTooLongError, unless `too_long(card, error)` is given: then it is told and
    the card left out (it still counts towards the progress).
    """
    jobs = list(cards)
    total = len(jobs)
    if not jobs:
        raise ValueError("render_batch needs at least one card")
    done = 0

    def step() -> None:
        nonlocal done
        if done == total:
            return  # the last page: not a card
        done += 1
        if progress is not None:
            progress(done, total)

    def pages() -> Iterator[CardPage]:
        for job in jobs:
            if cancelled is not None and cancelled():
                raise BatchCancelled("Udskrivningen blev annulleret.")
            try:
                page = job.layout()
            except CardTooLongError as error:
                if too_long is None:
                    raise
                too_long(job, error)
                step()
                continue
            yield page
        closing = last_page() if last_page is not None else None
        if closing is not None:
            yield closing

    if progress is not None:
        progress(0, total)
    return write_pages(pages(), title=title, subject=subject, page_done=lambda _pages: step())


def layout_missing_page(unit_name: str, missing: Sequence[str], printed_at: datetime) -> CardPage:
    """The page that ends a unit's batch when some residents' cards are not in it, and says why: the
    one who changes the cards on the wall must not think the batch is complete."""
    styles = card_styles(Sizes(*SIZE_STEPS[0]))
    story = [
        Para("Ikke med i denne udskrift", styles.title),
        Spacer(1, styles.gap * 0.5),
        Para(f"{esc(unit_name)} · Handlekort", styles.body),
        Spacer(1, styles.gap * 2),
        Para(
            "Disse borgere har intet handlekort i udskriften. "
            "Spørg koordinatoren, og se planen i Tryghed Desktop indtil da.",
            styles.body,
        ),
        Spacer(1, styles.gap),
        *[Para(esc(line), styles.item, bulletText="•") for line in missing],
    ]
    count = "1 borger" if len(missing) == 1 else f"{len(missing)} borgere"
    footer = (
        f"Handlekort – {unit_name} · {count} ikke med",
        f"Printet {danish_datetime(printed_at)} · Tjek altid i Tryghed Desktop",
    )
    return CardPage(story, footer, title=f"Ikke med – {unit_name}", subject=unit_name)
