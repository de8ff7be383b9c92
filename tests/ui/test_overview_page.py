"""The start page's lists of versions waiting for the user."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from tests.ui.factories import TODAY
from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services.review import PendingVersion
from tryghed_desktop.ui.overview_page import OverviewPanel

LONG_COMMENT = (
    "Rød fase: »Fjern andre beboere« – skriv, hvem der gør det, og hvor de går hen. Ellers kort og godt. "
    "Og skriv gerne, hvem der ringer til vagttelefonen, når det er sket."
)


def test_a_long_return_comment_wraps_and_is_shown_whole(qtbot: QtBot) -> None:
    panel = OverviewPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    returned = PendingVersion(
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
        comment=LONG_COMMENT,
    )
    panel.set_overview(None, [returned], None, TODAY)
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
