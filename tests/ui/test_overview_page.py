"""The start page's lists of versions waiting for the user."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pytestqt.qtbot import QtBot

from tests.ui.factories import TODAY, Facility
from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services.review import PendingVersion
from tryghed_desktop.ui.main_window import MainWindow
from tryghed_desktop.ui.overview_page import OverviewPanel

LONG_COMMENT = (
    "Rød fase: »Fjern andre beboere« – skriv, hvem der gør det, og hvor de går hen. Ellers kort og godt. "
    "Og skriv gerne, hvem der ringer til vagttelefonen, når det er sket."
)


def _returned(comment: str, notes: int = 0) -> PendingVersion:
    return PendingVersion(
        version_id=7,
        resident_id=3,
        card_name="Freja",
        display_name="Freja Madsen",
        unit_name="Hus Birk",
        kind=PlanKind.RISK_PROFILE,
        number=2,
        status=VersionStatus.RETURNED,
        at=datetime(2026, 11, 19, 10, 0, tzinfo=UTC),
        by="Lene Holm",
        comment=comment,
        notes=notes,
    )


def test_a_long_return_comment_wraps_and_is_shown_whole(qtbot: QtBot) -> None:
    panel = OverviewPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.set_overview(None, [_returned(LONG_COMMENT)], None, TODAY)
    panel.show()
    qtbot.waitExposed(panel)
    listing = panel.returned
    line = listing.fontMetrics().lineSpacing()

    def wrapped() -> bool:  # the list lays its rows out again after a resize
        return listing.visualItemRect(listing.item(0)).height() >= 3 * line

    # Two lines of text, the comment wrapped to the list's width over two or more: all of it in view,
    # none of it behind a sideways scroll bar.
    qtbot.waitUntil(wrapped)
    row = listing.visualItemRect(listing.item(0))
    assert row.bottom() <= listing.viewport().rect().bottom()
    assert not listing.horizontalScrollBar().isVisible()


def test_notes_beside_a_return_comment_are_not_hidden(qtbot: QtBot) -> None:
    panel = OverviewPanel()
    qtbot.addWidget(panel)
    panel.set_overview(None, [_returned("Fin forenkling, men se gul.", notes=2)], None, TODAY)
    assert (
        panel.returned.item(0)
        .text()
        .endswith("Kommentar: »Fin forenkling, men se gul.« og 2 bemærkninger ved afsnit")
    )


def test_why_a_plan_should_be_revised_is_worded_in_the_users_language(qtbot: QtBot) -> None:
    from tryghed_desktop.services.review_signals import ReviewSignal
    from tryghed_desktop.ui import i18n
    from tryghed_desktop.ui.status import signal_reasons

    signal = ReviewSignal(
        resident_id=3,
        card_name="Freja",
        unit_id=1,
        approved_on=date(2026, 5, 10),
        incidents_since=5,
        reasons=("5 hændelser siden planen blev godkendt 10.05.2026", "Alvor 5 den 31.07.2026"),
        worst_severity=5,
        over_threshold=True,
        latest_severe=((date(2026, 7, 31), 5),),
        more_severe=2,
    )
    assert signal_reasons(signal) == (
        "5 hændelser siden planen blev godkendt 10.05.2026; Alvor 5 den 31.07.2026; "
        "og 2 til med alvor 4 eller mere"
    )
    assert i18n.install_language("en") == "en"
    assert signal_reasons(signal) == (
        "5 incidents since the plan was approved 10.05.2026; Severity 5 on 31.07.2026; "
        "and 2 more of severity 4 or more"
    )


def test_on_a_low_screen_the_start_page_scrolls_instead_of_squeezing_the_lists(
    qtbot: QtBot, window: MainWindow, facility: Facility
) -> None:
    from PySide6.QtWidgets import QScrollArea

    from tryghed_desktop.ui.overview_page import LIST_MIN_HEIGHT

    page = window.resident_page.start_page
    window.resize(1024, 600)
    scroll = page.findChild(QScrollArea, "startPageScroll")
    assert scroll is not None
    for listing in (page.overview.awaiting, page.overview.returned, page.overview.signals, page.overview.due):
        assert listing.minimumHeight() >= LIST_MIN_HEIGHT
