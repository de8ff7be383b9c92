"""What the right side shows before a resident is chosen: how to start, and what needs follow-up."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from tryghed_desktop.services.incidents import IncidentRecord
from tryghed_desktop.ui.incident_table import IncidentTable
from tryghed_desktop.ui.overview_page import OverviewPanel

FOLLOW_UP_MIN_HEIGHT = 200  # the header and about five rows


class StartPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel(self.tr("Vælg en borger"))
        title.setObjectName("placeholderTitle")
        self.hint = QLabel()
        self.hint.setObjectName("placeholderText")
        self.hint.setWordWrap(True)
        self.acts_on_incidents = True
        self.overview = OverviewPanel(self)
        self.follow_up_title = QLabel()
        self.follow_up_title.setObjectName("sectionTitle")
        self.follow_ups = IncidentTable(self)
        self.follow_ups.setObjectName("followUpTable")
        # On a low screen (1024×600) the lists keep a few rows each and the page scrolls, rather than
        # squeezing every list to one row.
        self.follow_ups.setMinimumHeight(FOLLOW_UP_MIN_HEIGHT)
        content = QWidget()
        content.setObjectName("startPageContent")
        scroll = QScrollArea()
        scroll.setObjectName("startPageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hint)
        layout.addSpacing(16)
        layout.addWidget(self.overview)
        layout.addWidget(self.follow_up_title)
        layout.addWidget(self.follow_ups, 1)
        layout.addStretch(0)
        self.set_acts_on_incidents(True)

    def set_acts_on_incidents(self, acts: bool) -> None:
        """Staff and coordinators register incidents and follow them up; an advisor or an administrator
        gets neither the Ctrl+H hint nor the follow-up list, which they cannot act on."""
        self.acts_on_incidents = acts
        self.hint.setText(
            # One literal each: lupdate does not join adjacent strings.
            self.tr("Find en borger med Ctrl+F, og tryk Enter. Registrér en hændelse med Ctrl+H.")
            if acts
            else self.tr("Find en borger med Ctrl+F, og tryk Enter.")
        )
        self.follow_up_title.setVisible(acts)
        self.follow_ups.setVisible(acts and self.follow_ups.incident_model.rowCount() > 0)

    def set_follow_ups(self, records: list[IncidentRecord], now: datetime | None = None) -> None:
        """Open follow-ups, oldest first; overdue ones are marked in the table."""
        now = now or datetime.now().astimezone()
        self.follow_ups.incident_model.set_rows(records, now)
        overdue = sum(1 for record in records if record.overdue(now))
        if not records:
            self.follow_up_title.setText(self.tr("Opfølgning på hændelser: intet åbent."))
        else:
            self.follow_up_title.setText(
                self.tr("Opfølgning på hændelser: %1 åbne, heraf %2 med overskredet frist.")
                .replace("%1", str(len(records)))
                .replace("%2", str(overdue))
            )
        self.follow_ups.setVisible(self.acts_on_incidents and bool(records))
