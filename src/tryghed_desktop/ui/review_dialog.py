"""The advisor's review: the approved and the submitted version side by side per section, changes in
colour AND with a sign (+ − ~) for colour-blind readers and b/w screens; approve with the password
again, or return with a comment."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.domain.lifecycle import review_due_after
from tryghed_desktop.domain.readability import Readability
from tryghed_desktop.services import plans as plan_service
from tryghed_desktop.services import review as review_service
from tryghed_desktop.services.actors import Action, Actor, may
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.services.review import Change, ItemDiff, Parts, Review, SectionDiff
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.domain_labels import plan_title
from tryghed_desktop.ui.password_dialog import PasswordDialog, problem_label
from tryghed_desktop.ui.status import format_date

translate = QCoreApplication.translate

# (sign, text colour, background, stronger background for the changed words); contrast ≥ 4.5:1.
MARKS: dict[Change, tuple[str, str, str, str]] = {
    Change.ADDED: ("+", "#1b5e20", "#e4f4e5", "#b9e3bd"),
    Change.REMOVED: ("−", "#8e1b1b", "#fde7e7", "#f6c1c1"),
    Change.CHANGED: ("~", "#6d4c00", "#fff1c2", "#ffd966"),
    Change.UNCHANGED: ("", "#37474f", "#ffffff", "#ffffff"),
}
MUTED = "#616e7c"

STYLE = """
QLabel#reviewTitle { font-size: 18pt; font-weight: bold; }
QLabel#reviewFacts, QLabel#readability { color: #3e4c59; }
QLabel#summary { font-size: 12pt; }
QTextBrowser#diffBrowser { border: 1px solid #cbd2d9; border-radius: 4px; background: white; }
QPlainTextEdit { border: 1px solid #9aa5b1; border-radius: 4px; font-size: 12pt; }
QPushButton#approveButton { font-weight: bold; color: white; background: #1b5e20; border-radius: 6px;
    padding: 4px 22px; min-height: 38px; }
QPushButton#returnButton { font-weight: bold; color: #8e1b1b; border: 2px solid #8e1b1b;
    border-radius: 6px; padding: 4px 22px; min-height: 34px; background: white; }
QLabel#problemLabel { color: #8e1b1b; background: #fde7e7; border: 1px solid #8e1b1b;
    border-radius: 6px; padding: 8px; font-weight: bold; }
"""


def change_word(change: Change) -> str:
    return {
        Change.ADDED: translate("review", "Tilføjet"),
        Change.REMOVED: translate("review", "Fjernet"),
        Change.CHANGED: translate("review", "Ændret"),
        Change.UNCHANGED: "",
    }[change]


def _parts_html(parts: Parts, strong: str) -> str:
    return " ".join(
        f'<span style="background:{strong}; text-decoration:underline; font-weight:bold">'
        f"{escape(text)}</span>"
        if marked
        else escape(text)
        for text, marked in parts
    )


def _cell(item: ItemDiff, side: str) -> str:
    text = item.before if side == "before" else item.after
    if text is None:
        return '<td style="padding:4px 8px"></td>'
    sign, colour, background, strong = MARKS[item.change]
    if item.change is Change.UNCHANGED:
        return f'<td style="padding:4px 8px; color:{MUTED}">{escape(text)}</td>'
    parts = item.before_parts if side == "before" else item.after_parts
    body = _parts_html(parts, strong) if parts else escape(text)
    if item.change is Change.REMOVED:
        body = f"<s>{body}</s>"
    label = f"<b>{sign}&nbsp;{escape(change_word(item.change))}:</b> "
    return f'<td style="padding:4px 8px; color:{colour}; background:{background}">{label}{body}</td>'


def _lix(value: Readability) -> str:
    return f"{value.lix:.0f}" if value.words else "–"


def section_html(section: SectionDiff) -> str:
    title = escape(section.title)
    if section.before_title and section.before_title != section.title:
        title = f"{escape(section.before_title)} → {title}"
    counts = " · ".join(
        f"{MARKS[change][0]} {section.count(change)} {change_word(change).lower()}"
        for change in (Change.ADDED, Change.REMOVED, Change.CHANGED)
        if section.count(change)
    )
    lix = (
        translate("review", "LIX %1 → %2")
        .replace("%1", _lix(section.before))
        .replace("%2", _lix(section.after))
    )
    head = (
        f'<tr><td colspan="2" style="padding:14px 8px 4px 8px; border-bottom:1px solid #cbd2d9">'
        f'<span style="font-size:13pt; font-weight:bold">{title}</span>'
        f'&nbsp;&nbsp;<span style="color:{MUTED}">{escape(counts)}{" · " if counts else ""}{lix}</span>'
        "</td></tr>"
    )
    rows = "".join(f"<tr>{_cell(item, 'before')}{_cell(item, 'after')}</tr>" for item in section.items)
    if not section.items:
        rows = f'<tr><td colspan="2" style="padding:4px 8px; color:{MUTED}">–</td></tr>'
    return head + rows


def review_html(review: Review, *, only_changed: bool) -> str:
    """The side-by-side table: approved version left, submitted right."""
    left = (
        translate("review", "Godkendt version %1").replace("%1", str(review.current.number))
        if review.current is not None
        else translate("review", "Ingen godkendt version endnu")
    )
    right = translate("review", "Indsendt version %1").replace("%1", str(review.submitted.number))
    sections = [s for s in review.sections if s.changed or not only_changed]
    body = "".join(section_html(section) for section in sections)
    if not sections:
        nothing = escape(translate("review", "Ingen ændringer."))
        body = f'<tr><td colspan="2" style="padding:8px">{nothing}</td></tr>'
    return (
        '<table width="100%" cellspacing="0" cellpadding="0">'
        f'<tr><th width="50%" style="padding:6px 8px; background:#eceff1">{escape(left)}</th>'
        f'<th width="50%" style="padding:6px 8px; background:#e3efff">{escape(right)}</th></tr>'
        f"{body}</table>"
    )


def readability_text(review: Review) -> str:
    before, after = review.before, review.after

    def minutes(value: Readability) -> str:
        return f"{value.reading_seconds / 60:.1f}".replace(".", ",")

    text = (
        translate("review", "Læsbarhed: %1 → %2 ord · LIX %3 → %4 · læsetid %5 → %6 min.")
        .replace("%1", str(before.words))
        .replace("%2", str(after.words))
        .replace("%3", _lix(before))
        .replace("%4", _lix(after))
        .replace("%5", minutes(before))
        .replace("%6", minutes(after))
    )
    if review.coverage is not None:
        text += " " + translate("review", "Forenklingen dækker %1 % af den oprindelige tekst.").replace(
            "%1", f"{review.coverage * 100:.0f}"
        )
    return text


class ReviewDialog(QDialog):
    """One submitted version under review; `decided(version_id, "approved" | "returned")` when done."""

    decided = Signal(int, str)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        version_id: int,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.version_id = version_id
        self.setObjectName("reviewDialog")
        self.setStyleSheet(STYLE)
        with database.session() as session:
            self.review = review_service.review(session, actor, version_id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self._build_header(layout)
        self._build_decision(layout, today)
        self.resize(1100, 780)
        self._render()

    def _build_header(self, layout: QVBoxLayout) -> None:
        review = self.review
        kind_title = plan_title(review.kind)
        self.setWindowTitle(
            self.tr("Godkendelse: %1 – %2").replace("%1", review.resident.card_name).replace("%2", kind_title)
        )
        title = QLabel(f"{review.resident.card_name} · {kind_title}")
        title.setObjectName("reviewTitle")
        facts = QLabel(
            self.tr("%1, %2. Version %3 indsendt %4 af %5.")
            .replace("%1", review.resident.display_name)
            .replace("%2", review.resident.unit_name)
            .replace("%3", str(review.submitted.number))
            .replace("%4", format_date(review.submitted.submitted_at))
            .replace("%5", review.submitted.submitted_by or self.tr("ukendt"))
        )
        facts.setObjectName("reviewFacts")
        self.summary = QLabel(
            "   ".join(
                f"<b>{MARKS[c][0]}</b>&nbsp;{review.count(c)}&nbsp;{escape(change_word(c).lower())}"
                for c in (Change.ADDED, Change.REMOVED, Change.CHANGED)
            )
        )
        self.summary.setObjectName("summary")
        self.readability = QLabel(readability_text(review))
        self.readability.setObjectName("readability")
        self.readability.setWordWrap(True)
        self.only_changed = QCheckBox(self.tr("Vis kun afsnit med ændringer"))
        self.only_changed.setChecked(True)
        self.only_changed.toggled.connect(self._render)
        self.browser = QTextBrowser()
        self.browser.setObjectName("diffBrowser")
        self.browser.setAccessibleName(self.tr("Ændringer side om side"))
        layout.addWidget(title)
        layout.addWidget(facts)
        layout.addWidget(self.summary)
        layout.addWidget(self.readability)
        layout.addWidget(self.only_changed)
        layout.addWidget(self.browser, 1)

    def _build_decision(self, layout: QVBoxLayout, today: date | None) -> None:
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("commentField")
        self.comment.setPlaceholderText(
            self.tr("Kommentar til koordinatoren (skal udfyldes, når du returnerer)")
        )
        self.comment.setFixedHeight(84)
        self.review_due = QDateEdit()
        self.review_due.setObjectName("reviewDueField")
        self.review_due.setCalendarPopup(True)
        self.review_due.setDisplayFormat("dd.MM.yyyy")
        due = review_due_after(today or date.today())
        self.review_due.setDate(QDate(due.year, due.month, due.day))
        self.problem = problem_label()
        self.approve_button = QPushButton(self.tr("Godkend…"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.clicked.connect(self.approve)
        self.return_button = QPushButton(self.tr("Returnér"))
        self.return_button.setObjectName("returnButton")
        self.return_button.clicked.connect(self.return_version)
        close = QPushButton(self.tr("Luk"))
        close.clicked.connect(self.reject)
        can_decide = may(self.actor, Action.APPROVE)
        self.approve_button.setVisible(can_decide)
        self.return_button.setVisible(can_decide)
        form = QFormLayout()
        form.addRow(self.tr("Kommentar"), self.comment)
        form.addRow(self.tr("Næste revision senest"), self.review_due)
        buttons = QHBoxLayout()
        buttons.addWidget(close)
        buttons.addStretch(1)
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.approve_button)
        if can_decide:
            layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    def _render(self) -> None:
        self.browser.setHtml(review_html(self.review, only_changed=self.only_changed.isChecked()))

    def text(self) -> str:
        """What the side-by-side view shows, as plain text (tests and accessibility)."""
        return self.browser.toPlainText()

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def approve(self) -> bool:
        """Ask for the password again and approve; the comment and date stay on a refusal."""
        password = PasswordDialog.ask(
            self,
            self.tr("Skriv din adgangskode for at godkende version %1. Det er din underskrift.").replace(
                "%1", str(self.review.submitted.number)
            ),
            self.tr("Godkend"),
        )
        if password is None:
            return False
        due = self.review_due.date()
        try:
            with self.database.session() as session:
                review_service.approve_with_password(
                    session,
                    self.actor,
                    self.version_id,
                    password,
                    review_due=date(due.year(), due.month(), due.day()),
                    comment=self.comment.toPlainText(),
                )
        except ServiceError as error:
            self._show_problem(error.message)
            return False
        self.decided.emit(self.version_id, "approved")
        self.accept()
        return True

    def return_version(self) -> bool:
        """Send the version back with the comment (required)."""
        try:
            with self.database.session() as session:
                plan_service.return_version(session, self.actor, self.version_id, self.comment.toPlainText())
        except ServiceError as error:
            self._show_problem(error.message)
            self.comment.setFocus()
            return False
        self.decided.emit(self.version_id, "returned")
        self.accept()
        return True
