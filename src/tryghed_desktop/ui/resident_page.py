"""The resident page: header with status chips, and the tabs Overblik … Historik (read-only)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services.incidents import IncidentRecord
from tryghed_desktop.services.plans import PlanState, ResidentPlans, VersionView
from tryghed_desktop.services.residents import ResidentDetail, discharged_on
from tryghed_desktop.services.review_signals import DEFAULT_SEVERE
from tryghed_desktop.ui import plan_html
from tryghed_desktop.ui.domain_labels import plan_title
from tryghed_desktop.ui.history_model import VersionHistoryModel
from tryghed_desktop.ui.incident_model import Column
from tryghed_desktop.ui.incident_table import IncidentTable
from tryghed_desktop.ui.start_page import StartPage
from tryghed_desktop.ui.status import Hint, Tone, format_date, plan_chips

translate = QCoreApplication.translate

TAB_OVERVIEW, TAB_HISTORY, TAB_INCIDENTS = "overview", "history", "incidents"


class Chip(QLabel):
    """A status as a rounded label; on a narrow screen it elides (full text in the tooltip)."""

    def __init__(self, hint: Hint, parent: QWidget | None = None) -> None:
        super().__init__(hint.text, parent)
        self.full_text = hint.text
        self.setObjectName("chip")
        self.setStyleSheet(f"color: {hint.tone.foreground}; background: {hint.tone.background};")
        self.setToolTip("\n".join(text for text in (hint.text, hint.tooltip) if text))
        self.setAccessibleName(hint.text)
        self._full_hint = super().sizeHint()

    def sizeHint(self) -> QSize:
        return self._full_hint

    def minimumSizeHint(self) -> QSize:
        return QSize(min(90, self._full_hint.width()), self._full_hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        available = self.contentsRect().width()
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, available))


def chip(hint: Hint) -> Chip:
    return Chip(hint)


def empty_text(kind: PlanKind, card_name: str) -> str:
    text = {
        PlanKind.RISK_PROFILE: translate("resident_page", "Der er endnu ingen godkendt risikoprofil for %1."),
        PlanKind.DAILY_RHYTHM: translate("resident_page", "Der er endnu ingen godkendt døgnrytme for %1."),
        PlanKind.SAFETY_PLAN: translate("resident_page", "Der er endnu ingen godkendt tryghedsplan for %1."),
        PlanKind.ACTIVITIES: translate(
            "resident_page", "Der er endnu ingen godkendte aktivitetsbeskrivelser for %1."
        ),
    }[kind]
    return text.replace("%1", card_name)


def open_version_text(version: VersionView) -> str:
    """What the notice above a plan says about the version being worked on."""
    number = str(version.number)
    if version.status is VersionStatus.SUBMITTED:
        text = translate("resident_page", "Version %1 afventer godkendelse – indsendt %2 af %3.")
        return (
            text.replace("%1", number)
            .replace("%2", format_date(version.submitted_at))
            .replace("%3", version.submitted_by or translate("resident_page", "ukendt"))
        )
    if version.status is VersionStatus.RETURNED:
        text = translate("resident_page", "Version %1 er returneret %2 af %3.")
        text = (
            text.replace("%1", number)
            .replace("%2", format_date(version.returned_at))
            .replace("%3", version.returned_by or translate("resident_page", "ukendt"))
        )
        return text + return_text(version)
    text = translate("resident_page", "Der er en kladde (version %1), senest ændret %2 af %3.")
    text = (
        text.replace("%1", number)
        .replace("%2", format_date(version.updated_at))
        .replace("%3", version.updated_by or version.created_by or translate("resident_page", "ukendt"))
    )
    if version.returned_at is not None and (version.return_comment or version.return_notes):
        # A returned version being reworked: what the advisor asked for stays in view until it is sent.
        text += "\n" + (
            translate("resident_page", "Returneret %1 af %2.")
            .replace("%1", format_date(version.returned_at))
            .replace("%2", version.returned_by or translate("resident_page", "ukendt"))
        )
        text += return_text(version)
    return text


def return_text(version: VersionView) -> str:
    """The advisor's comment and notes per section, each on its own line (empty when there are none)."""
    text = ""
    if version.return_comment:
        text += "\n" + translate("resident_page", "Rådgiverens kommentar: »%1«").replace(
            "%1", version.return_comment
        )
    if version.return_notes:
        text += "\n" + translate("resident_page", "Rådgiverens bemærkninger ved afsnit:")
        text += "".join(f"\n• {section}: {note}" for section, note in version.return_notes.items())
    return text


class PlanTab(QWidget):
    """One plan: the current approved version, and a notice with "Vis kladden" when one is open."""

    submit_requested = Signal(int)  # version id, from "Send til godkendelse" (coordinators)
    review_requested = Signal(int)  # version id, from "Gennemse og godkend…" (advisors)

    def __init__(self, kind: PlanKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.can_submit = False
        self.can_review = False
        self.setObjectName(f"planTab_{kind.value}")
        self._state: PlanState | None = None
        self._card_name = ""
        self.showing_open = False
        self.notice = QFrame()
        self.notice.setObjectName("openVersionNotice")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("noticeLabel")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.toggle_button = QPushButton()
        self.toggle_button.setObjectName("toggleOpenVersion")
        self.toggle_button.clicked.connect(self.toggle_open_version)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(12, 8, 12, 8)
        notice_layout.addWidget(self.notice_label, 1)
        notice_layout.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.submit_button = QPushButton(self.tr("Send til godkendelse"))
        self.submit_button.setObjectName("submitVersion")
        self.submit_button.hide()
        self.submit_button.clicked.connect(self._request_submit)
        notice_layout.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.review_button = QPushButton(self.tr("Gennemse og godkend…"))
        self.review_button.setObjectName("reviewVersion")
        self.review_button.hide()
        self.review_button.clicked.connect(self._request_review)
        notice_layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.browser = QTextBrowser()
        self.browser.setObjectName("planBrowser")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(plan_title(kind))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.browser, 1)

    def set_state(self, state: PlanState, card_name: str) -> None:
        self._state = state
        self._card_name = card_name
        self.showing_open = False
        self._render()

    def _request_submit(self) -> None:
        if self._state is not None and self._state.open is not None:
            self.submit_requested.emit(self._state.open.id)

    def _request_review(self) -> None:
        if self._state is not None and self._state.open is not None:
            self.review_requested.emit(self._state.open.id)

    def toggle_open_version(self) -> None:
        self.showing_open = not self.showing_open
        self._render()

    def _render(self) -> None:
        state = self._state
        if state is None:
            return
        open_version = state.open
        self.notice.setVisible(open_version is not None)
        self.submit_button.setVisible(
            self.can_submit
            and open_version is not None
            and open_version.status in (VersionStatus.DRAFT, VersionStatus.RETURNED)
        )
        submitted = open_version is not None and open_version.status is VersionStatus.SUBMITTED
        self.review_button.setVisible(self.can_review and submitted)
        if open_version is not None:
            self.notice.setProperty("returned", open_version.status is VersionStatus.RETURNED)
            self.notice.style().unpolish(self.notice)
            self.notice.style().polish(self.notice)
            self.notice_label.setText(open_version_text(open_version))
            if self.showing_open and state.current is not None:
                self.toggle_button.setText(self.tr("Vis den godkendte"))
            elif self.showing_open:
                self.toggle_button.setText(
                    self.tr("Skjul den indsendte") if submitted else self.tr("Skjul kladden")
                )
            else:
                self.toggle_button.setText(
                    self.tr("Vis den indsendte") if submitted else self.tr("Vis kladden")
                )
        if self.showing_open and open_version is not None:
            self.browser.setHtml(plan_html.render_version(open_version, self._card_name))
        elif state.current is not None:
            self.browser.setHtml(plan_html.render_version(state.current, self._card_name))
        else:
            self.browser.setHtml(plan_html.empty_state(empty_text(self.kind, self._card_name)))

    def text(self) -> str:
        """What the page shows, as plain text (tests and accessibility)."""
        parts = [self.notice_label.text()] if self.notice.isVisibleTo(self) else []
        parts.append(self.browser.toPlainText())
        return "\n".join(parts)


class ResidentHeader(QFrame):
    """Card name and facts on one line; below it one row per plan with its chips in columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residentHeader")
        self.card_name = QLabel()
        self.card_name.setObjectName("cardName")
        self.card_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setObjectName("residentFacts")
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A resident who moved out says so next to the name, where nobody can miss it.
        self.moved_out = QLabel()
        self.moved_out.setObjectName("chip")
        self.moved_out.setStyleSheet(
            f"color: {Tone.DANGER.foreground}; background: {Tone.DANGER.background};"
        )
        self.moved_out.hide()
        names = QHBoxLayout()
        names.setSpacing(16)
        names.addWidget(self.card_name, 0, Qt.AlignmentFlag.AlignBaseline)
        names.addWidget(self.moved_out, 0, Qt.AlignmentFlag.AlignVCenter)
        names.addWidget(self.facts, 1, Qt.AlignmentFlag.AlignBaseline)
        self.plan_grid = QGridLayout()
        self.plan_grid.setHorizontalSpacing(8)
        self.plan_grid.setVerticalSpacing(4)
        self.plan_grid.setColumnStretch(4, 1)
        self._rows: dict[PlanKind, list[QWidget]] = {}
        self._only: PlanKind | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(8)
        layout.addLayout(names)
        layout.addLayout(self.plan_grid)

    def set_plans(self, plans: ResidentPlans, today: date) -> None:
        resident = plans.resident
        self.card_name.setText(resident.card_name)
        facts = [resident.display_name, resident.unit_name]
        if resident.room:
            facts.append(self.tr("Værelse %1").replace("%1", resident.room))
        self.facts.setText(" · ".join(facts))
        moved_out = discharged_on(resident)
        self.moved_out.setVisible(moved_out is not None)
        if moved_out is not None:
            text = self.tr("Fraflyttet %1").replace("%1", format_date(moved_out))
            self.moved_out.setText(text)
            self.moved_out.setAccessibleName(text)
        while self.plan_grid.count():
            item = self.plan_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._rows = {}
        for row, kind in enumerate(PlanKind):
            title = QLabel(plan_title(kind))
            title.setObjectName("planTitle")
            self.plan_grid.addWidget(title, row, 0)
            self._rows[kind] = [title]
            chips = plan_chips(plans.plans[kind], today, lives_here=resident.active)
            for column, hint in enumerate((chips.approval, chips.open, chips.review), start=1):
                if hint is not None:
                    shown = chip(hint)
                    self.plan_grid.addWidget(shown, row, column, Qt.AlignmentFlag.AlignLeft)
                    self._rows[kind].append(shown)
        self.show_only(self._only)

    def show_only(self, kind: PlanKind | None) -> None:
        """Only the row of the plan being read (a plan tab), or all four: on a low ward screen the
        other plans' rows took the room of the plan's own first lines."""
        self._only = kind
        for row_kind, widgets in self._rows.items():
            for widget in widgets:
                widget.setVisible(kind is None or row_kind is kind)

    def chip_texts(self) -> list[str]:
        texts = []
        for position in range(self.plan_grid.count()):
            item = self.plan_grid.itemAt(position)
            widget = item.widget() if item is not None else None
            if isinstance(widget, Chip):
                texts.append(widget.full_text)
        return texts


class ResidentPage(QStackedWidget):
    """The start page until a resident is chosen, then the resident's header and tabs.

    The header and tabs are built when the first resident is opened: start-up shows only the start
    page, and building the rest took about 3 % of it (54 M instructions).
    """

    acknowledge_requested = Signal()
    tab_changed = Signal()  # the actions that depend on the open plan are offered again
    submit_requested = Signal(int)  # a plan tab's "Send til godkendelse": the version id
    review_requested = Signal(int)  # a plan tab's "Gennemse og godkend…": the version id
    incident_activated = Signal(int)  # the Hændelser tab: the incident id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residentPage")
        self.resident_id: int | None = None
        self.resident: ResidentDetail | None = None  # the open resident's own facts
        self.plans: ResidentPlans | None = None
        self._can_submit = self._can_review = False
        self._built = False
        # Built inside their parents (see MainWindow): a finished tree moved in is restyled again.
        self.start_page = StartPage(self)
        self.addWidget(self.start_page)

    def _build_content(self) -> None:
        if self._built:
            return
        self._built = True
        content = QWidget(self)
        self.header = ResidentHeader(content)
        self.tabs = QTabWidget(content)
        self.tabs.setObjectName("residentTabs")
        self.tabs.setDocumentMode(True)
        self.overview = QTextBrowser(self.tabs)
        self.overview.setObjectName("overviewBrowser")
        self.tabs.addTab(self.overview, self.tr("Overblik"))
        self.plan_tabs: dict[PlanKind, PlanTab] = {}
        for kind in PlanKind:
            tab = PlanTab(kind, self.tabs)
            tab.can_submit, tab.can_review = self._can_submit, self._can_review
            tab.submit_requested.connect(self.submit_requested)
            tab.review_requested.connect(self.review_requested)
            self.plan_tabs[kind] = tab
            self.tabs.addTab(tab, plan_title(kind))
        self.history_model = VersionHistoryModel(self)
        self.history = QTableView(self.tabs)
        self.history.setObjectName("historyTable")
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setAlternatingRowColors(True)
        self.tabs.addTab(self._build_incidents_tab(), self.tr("Hændelser"))
        self.tabs.addTab(self.history, self.tr("Historik"))
        self.tabs.currentChanged.connect(lambda _index: self.tab_changed.emit())
        self.tabs.currentChanged.connect(lambda _index: self.header.show_only(self._plan_tab_kind()))
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self._build_read_bar())
        layout.addWidget(self.tabs, 1)
        self.addWidget(content)
        self.content = content

    def _build_incidents_tab(self) -> QWidget:
        self.incidents_tab = QWidget(self.tabs)
        self.incidents = IncidentTable(self.incidents_tab)
        self.incidents.setObjectName("residentIncidents")
        self.incidents.setColumnHidden(Column.WHO, True)  # the page's own resident in every row
        self.incidents.incident_activated.connect(self.incident_activated)
        # What the start page's "should be revised" counts: the incidents since the risk profile.
        self.incidents_since = QLabel(self.incidents_tab)
        self.incidents_since.setObjectName("incidentsSince")
        self.incidents_since.setWordWrap(True)
        incidents_layout = QVBoxLayout(self.incidents_tab)
        incidents_layout.setContentsMargins(0, 6, 0, 0)
        incidents_layout.addWidget(self.incidents_since)
        incidents_layout.addWidget(self.incidents, 1)
        return self.incidents_tab

    def _build_read_bar(self) -> QFrame:
        """'Jeg har læst planerne' for staff; 'Ikke læst af: …' for coordinators."""
        self.read_bar = QFrame()
        self.read_bar.setObjectName("readBar")
        self.read_button = QPushButton(self.tr("Jeg har læst planerne"))
        self.read_button.setObjectName("acknowledgeButton")
        self.read_button.clicked.connect(self.acknowledge_requested)
        self.read_label = QLabel()
        self.read_label.setObjectName("readLabel")
        self.unread_label = QLabel()
        self.unread_label.setObjectName("unreadLabel")
        self.unread_label.setWordWrap(True)
        row = QHBoxLayout(self.read_bar)
        row.setContentsMargins(16, 6, 16, 6)
        row.addWidget(self.read_button)
        row.addWidget(self.read_label)
        row.addWidget(self.unread_label, 1)
        self.read_bar.hide()
        return self.read_bar

    def set_read_status(
        self, *, can_acknowledge: bool, has_current: bool, read_at: datetime | None, unread: list[str] | None
    ) -> None:
        """The read bar: the button (disabled once read, saying when) and who has not read yet."""
        self._build_content()
        self.read_button.setVisible(can_acknowledge and has_current)
        self.read_button.setEnabled(read_at is None)
        self.read_label.setVisible(can_acknowledge and read_at is not None)
        if read_at is not None:
            self.read_label.setText(
                self.tr("Du har læst de gældende planer %1.").replace("%1", format_date(read_at))
            )
        self.unread_label.setVisible(unread is not None and has_current)
        if unread is not None:
            self.unread_label.setText(
                self.tr("Ikke læst af: %1").replace("%1", ", ".join(unread))
                if unread
                else self.tr("Alle medarbejdere har læst de gældende planer.")
            )
        self.read_bar.setVisible(has_current and (can_acknowledge or unread is not None))

    def set_plan_actions(self, *, can_submit: bool, can_review: bool) -> None:
        """Which buttons the plan tabs' notices offer this user (shown from the next render)."""
        self._can_submit, self._can_review = can_submit, can_review
        if self._built:
            for tab in self.plan_tabs.values():
                tab.can_submit, tab.can_review = can_submit, can_review

    def show_plans(self, plans: ResidentPlans, today: date | None = None) -> None:
        self._build_content()
        today = today or date.today()
        card_name = plans.resident.card_name
        self.resident_id = plans.resident.id
        self.resident = plans.resident
        self.plans = plans
        self.header.set_plans(plans, today)
        self.overview.setHtml(plan_html.render_overview(plans, today))
        for kind, tab in self.plan_tabs.items():
            tab.set_state(plans.plans[kind], card_name)
        self.history_model.set_rows(list(plans.plans.values()))
        self.setCurrentWidget(self.content)

    def show_incidents(self, records: list[IncidentRecord]) -> None:
        """The resident's incidents, newest first."""
        self._build_content()
        self.incidents.incident_model.set_rows(records)
        self.tabs.setTabText(
            self.tabs.indexOf(self.incidents_tab), self.tr("Hændelser (%1)").replace("%1", str(len(records)))
        )
        current = self.plans.plans[PlanKind.RISK_PROFILE].current if self.plans is not None else None
        approved = current.valid_from if current is not None else None
        self.incidents_since.setVisible(approved is not None)
        if approved is not None:
            since = [record for record in records if record.occurred_at >= approved]
            severe = sum(1 for record in since if record.severity >= DEFAULT_SEVERE)
            self.incidents_since.setText(
                self.tr(
                    "Siden risikoprofilen blev godkendt %1: %n hændelse(r), %2 med alvor %3 eller mere.",
                    "",
                    len(since),
                )
                .replace("%1", format_date(approved))
                .replace("%2", str(severe))
                .replace("%3", str(DEFAULT_SEVERE))
            )

    def clear(self) -> None:
        self.resident_id = None
        self.resident = None
        self.plans = None
        self.setCurrentWidget(self.start_page)

    def _plan_tab_kind(self) -> PlanKind | None:
        widget = self.tabs.currentWidget()
        return widget.kind if isinstance(widget, PlanTab) else None

    def current_plan_kind(self) -> PlanKind:
        """The plan of the open tab; the risk profile when another tab (or none yet) is open."""
        widget = self.tabs.currentWidget() if self._built else None
        return widget.kind if isinstance(widget, PlanTab) else PlanKind.RISK_PROFILE

    def plan_awaits_approval(self) -> bool:
        """Whether the plan that editing would open (see current_plan_kind) is with the advisor now."""
        if self.plans is None or self.resident_id is None:
            return False
        waiting = self.plans.plans[self.current_plan_kind()].open
        return waiting is not None and waiting.status is VersionStatus.SUBMITTED

    def current_tab_index(self) -> int:
        """The open tab's position (0, the overview, before any resident was opened)."""
        return self.tabs.currentIndex() if self._built else 0

    def show_tab(self, kind: PlanKind | str) -> None:
        self._build_content()
        if kind == TAB_OVERVIEW:
            self.tabs.setCurrentIndex(0)
        elif kind == TAB_HISTORY:
            self.tabs.setCurrentWidget(self.history)
        elif kind == TAB_INCIDENTS:
            self.tabs.setCurrentWidget(self.incidents_tab)
        elif isinstance(kind, PlanKind):
            self.tabs.setCurrentWidget(self.plan_tabs[kind])
