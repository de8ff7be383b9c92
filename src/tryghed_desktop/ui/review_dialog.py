"""The advisor's review: the approved and the submitted version side by side per section, changes in
colour AND with a sign (+ − ~) for colour-blind readers and b/w screens; approve with the password
again, or return with a comment and notes beside the sections they are about. A version returned
before shows what was asked for then, so the advisor can check it was done."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
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
from tryghed_desktop.ui import messages
from tryghed_desktop.ui.domain_labels import plan_title, section_title
from tryghed_desktop.ui.layouts import resize_within_screen
from tryghed_desktop.ui.original_trail import (
    OriginalTrailView,
    content_coverage,
    originals_summary,
    outside_plan,
)
from tryghed_desktop.ui.password_dialog import PasswordDialog, problem_label
from tryghed_desktop.ui.service_texts import service_text
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
COMMENT_MIN_LINES = 2
COMMENT_LINES = 4  # where the screen allows
SMALL_DIALOG_HEIGHT = 700
NOTE_BORDER = "#1f2933"  # a dark frame and a written label: a note reads as one on a b/w screen too
NOTE_BACKGROUND = "#eef2f7"
NOTE_SCHEME = "note"
# What was asked for at the last return: a thin dashed frame, a ↩ and italics beside the solid-framed
# ✎ of a note being written now, so the two differ on a b/w screen too.
EARLIER_BORDER = "#52606d"

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
QFrame#notePanel { border: 2px solid #1f2933; border-radius: 6px; background: #eef2f7; }
QLabel#noteTitle { font-weight: bold; font-size: 12pt; }
QLabel#earlierReturn { border: 1px dashed #52606d; border-radius: 4px; background: white;
    padding: 6px 8px; margin-bottom: 4px; }
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


def note_html(note: str) -> str:
    """The advisor's note under a section heading: framed and labelled, not marked by colour alone."""
    label = escape(translate("review", "Bemærkning til koordinatoren:"))
    text = escape(note).replace("\n", "<br>")
    return (
        f'<tr><td colspan="2" style="padding:4px 8px 6px 8px">'
        f'<table width="100%" cellspacing="0" cellpadding="6" style="border:2px solid {NOTE_BORDER}; '
        f'border-collapse:collapse"><tr><td style="background-color:{NOTE_BACKGROUND}">'
        f"<b>✎&nbsp;{label}</b> {text}</td></tr></table>"
        "</td></tr>"
    )


def earlier_note_html(note: str, returned_on: str) -> str:
    """A note from the last return under its section heading: dashed, ↩ and italic, unlike a new note."""
    label = escape(translate("review", "Bemærkning ved returnering %1:").replace("%1", returned_on))
    text = escape(note).replace("\n", "<br>")
    return (
        f'<tr><td colspan="2" style="padding:4px 8px 6px 8px">'
        f'<table width="100%" cellspacing="0" cellpadding="6" style="border:1px dashed {EARLIER_BORDER}; '
        f'border-collapse:collapse"><tr><td style="color:#3e4c59">'
        f"<b>↩&nbsp;{label}</b> <i>{text}</i></td></tr></table>"
        "</td></tr>"
    )


def earlier_notes(review: Review) -> tuple[dict[str, str], dict[str, str]]:
    """The notes of the submitted version's last return: those whose section the review still shows,
    and those whose section is no longer called so (renamed or gone), each in their own order."""
    if review.submitted.returned_at is None:
        return {}, {}
    titles = {section.title for section in review.sections}
    notes = review.submitted.return_notes
    placed = {title: note for title, note in notes.items() if title in titles}
    unplaced = {title: note for title, note in notes.items() if title not in titles}
    return placed, unplaced


def section_anchor(title: str) -> str:
    """The name a section's heading can be scrolled to by (titles are the plan's own words)."""
    return "section-" + "".join(ch if ch.isalnum() else "-" for ch in title)


def section_html(
    section: SectionDiff,
    *,
    note: str = "",
    note_link: str = "",
    earlier_note: str = "",
    returned_on: str = "",
) -> str:
    """One section's rows; `note_link` (an href) adds the advisor's "write a note" link to the heading;
    `earlier_note` is what the last return asked of this section."""
    title = escape(section_title(section.title))
    if section.before_title and section.before_title != section.title:
        title = f"{escape(section_title(section.before_title))} → {title}"
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
    link = ""
    if note_link:
        words = translate("review", "Ret bemærkning") if note else translate("review", "Skriv bemærkning")
        link = f'&nbsp;&nbsp;&nbsp;<a href="{escape(note_link)}">✎&nbsp;{escape(words)}</a>'
    head = (
        f'<tr><td colspan="2" style="padding:14px 8px 4px 8px; border-bottom:1px solid #cbd2d9">'
        f'<a name="{escape(section_anchor(section.title))}"></a>'
        f'<span style="font-size:13pt; font-weight:bold">{title}</span>'
        f'&nbsp;&nbsp;<span style="color:{MUTED}">{escape(counts)}{" · " if counts else ""}{lix}</span>'
        f"{link}</td></tr>"
    )
    rows = "".join(f"<tr>{_cell(item, 'before')}{_cell(item, 'after')}</tr>" for item in section.items)
    if not section.items:
        rows = f'<tr><td colspan="2" style="padding:4px 8px; color:{MUTED}">–</td></tr>'
    earlier = earlier_note_html(earlier_note, returned_on) if earlier_note else ""
    return head + earlier + (note_html(note) if note else "") + rows


def review_html(
    review: Review,
    *,
    only_changed: bool,
    notes: Mapping[str, str] | None = None,
    note_links: bool = False,
) -> str:
    """The side-by-side table: approved version left, submitted right; the advisor's notes, and those of
    the last return, under the headings of their sections (such a section is shown even unchanged)."""
    notes = notes or {}
    earlier, _unplaced = earlier_notes(review)
    returned_on = format_date(review.submitted.returned_at)
    left = (
        translate("review", "Godkendt version %1").replace("%1", str(review.current.number))
        if review.current is not None
        else translate("review", "Ingen godkendt version endnu")
    )
    right = translate("review", "Indsendt version %1").replace("%1", str(review.submitted.number))
    numbered = [
        (number, s)
        for number, s in enumerate(review.sections)
        if s.changed or not only_changed or s.title in notes or s.title in earlier
    ]
    sections = [section for _number, section in numbered]
    body = "".join(
        section_html(
            section,
            note=notes.get(section.title, ""),
            note_link=f"{NOTE_SCHEME}:{number}" if note_links else "",
            earlier_note=earlier.get(section.title, ""),
            returned_on=returned_on,
        )
        for number, section in numbered
    )
    if not sections:
        nothing = escape(translate("review", "Ingen ændringer."))
        body = f'<tr><td colspan="2" style="padding:8px">{nothing}</td></tr>'
    return (
        '<table width="100%" cellspacing="0" cellpadding="0">'
        f'<tr><th width="50%" style="padding:6px 8px; background:#eceff1">{escape(left)}</th>'
        f'<th width="50%" style="padding:6px 8px; background:#e3efff">{escape(right)}</th></tr>'
        f"{body}</table>"
    )


def earlier_return_html(review: Review) -> str:
    """The line at the top for a version returned before: when, by whom, the comment of then, and the
    notes whose section no longer has that name (so nothing asked for is lost); "" if never returned."""
    submitted = review.submitted
    if submitted.returned_at is None:
        return ""
    placed, unplaced = earlier_notes(review)
    first = (
        translate("review", "Returneret før: %1 af %2.")
        .replace("%1", format_date(submitted.returned_at))
        .replace("%2", submitted.returned_by or translate("review", "ukendt"))
    )
    lines = [f"<b>↩&nbsp;{escape(first)}</b>"]
    if placed:
        lines[0] += " " + escape(translate("review", "Bemærkningerne fra dengang står ved afsnittene."))
    if submitted.return_comment:
        comment = escape(submitted.return_comment).replace("\n", "<br>")
        then = escape(translate("review", "Kommentar dengang:"))
        lines.append(f"{then} <i>»{comment}«</i>")
    if unplaced:
        lines.append(escape(translate("review", "Bemærkninger ved afsnit, der ikke længere hedder sådan:")))
        for title, note in unplaced.items():
            text = escape(note).replace("\n", "<br>")
            lines.append(f"•&nbsp;<b>{escape(title)}:</b> <i>{text}</i>")
    return "<br>".join(lines)


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
    return text


def _review_due_field(today: date) -> QDateEdit:
    """The next review's day: the usual period ahead, at the earliest tomorrow."""
    field = QDateEdit()
    field.setObjectName("reviewDueField")
    field.setCalendarPopup(True)
    field.setDisplayFormat("dd.MM.yyyy")
    due = review_due_after(today)
    field.setDate(QDate(due.year, due.month, due.day))
    tomorrow = today + timedelta(days=1)
    field.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    return field


class ReviewDialog(messages.AsksBeforeDiscarding, QDialog):
    """One submitted version under review; `decided(version_id, "approved" | "returned")` when done.

    An advisor can write a note on any section: "✎ Skriv bemærkning" in its heading (Tab to it in
    the view, Enter) opens a field under the view; the note then shows under the heading."""

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
        self.can_decide = may(actor, Action.APPROVE)
        self.notes: dict[str, str] = {}  # section title → the advisor's note, until the return
        self.note_section: str | None = None  # the section whose note is open in the field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        self._build_header(reading_layout)
        # The plan above, the decision below: on a small screen the advisor can drag the line
        # between them to read more, or to write a longer comment.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(reading)
        layout.addWidget(self.splitter, 1)
        self._build_decision(layout, today)
        resize_within_screen(self, 1100, 780)
        if self.splitter.count() > 1:
            # Room for a three-line comment; on a low screen (1024×600) the plan gets it first.
            form = self.splitter.widget(1)
            low = self.height() < SMALL_DIALOG_HEIGHT
            decision = form.minimumSizeHint().height() + (0 if low else self.comment_extra_height)
            self.splitter.setSizes([self.height(), decision])
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
        self.earlier_return = QLabel(earlier_return_html(review))
        self.earlier_return.setObjectName("earlierReturn")
        self.earlier_return.setTextFormat(Qt.TextFormat.RichText)
        self.earlier_return.setWordWrap(True)
        self.earlier_return.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.earlier_return.setVisible(review.submitted.returned_at is not None)
        self.summary = QLabel(
            "   ".join(
                f"<b>{MARKS[c][0]}</b>&nbsp;{review.count(c)}&nbsp;{escape(change_word(c).lower())}"
                for c in (Change.ADDED, Change.REMOVED, Change.CHANGED)
            )
        )
        self.summary.setObjectName("summary")
        # For a simplified plan, how much of the old one went where (details under "Fra den gamle plan").
        self.readability = QLabel(f"{readability_text(review)} {originals_summary(review.originals)}".strip())
        self.readability.setObjectName("readability")
        self.readability.setWordWrap(True)
        self.only_changed = QCheckBox(self.tr("Vis kun afsnit med ændringer"))
        self.only_changed.setChecked(True)
        self.only_changed.toggled.connect(self._render)
        self.browser = QTextBrowser()
        self.browser.setObjectName("diffBrowser")
        self.browser.setAccessibleName(self.tr("Ændringer side om side"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor)
        heading = QHBoxLayout()  # the counts of changes on the title's line: a line more for the plan
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.summary, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)
        layout.addWidget(facts)
        layout.addWidget(self.earlier_return)
        layout.addWidget(self.readability)
        self._build_changes(layout)

    def _build_changes(self, layout: QVBoxLayout) -> None:
        """The changes side by side, and for a simplified plan the old text piece by piece beside them."""
        review = self.review
        changes = QWidget()
        changes_layout = QVBoxLayout(changes)
        changes_layout.setContentsMargins(0, 6, 0, 0)
        changes_layout.addWidget(self.only_changed)
        changes_layout.addWidget(self.browser, 1)
        self.trail: OriginalTrailView | None = None
        if review.originals:
            # A simplified plan: the old text piece by piece beside the changes, so that the advisor
            # sees what was left out and why before signing.
            self.trail = OriginalTrailView(
                self.database, self.actor, review.originals, review.kind, note_sections=self._note_sections()
            )
            self.trail.note_requested.connect(self._note_from_trail)
            pieces = sum(content_coverage(original).total for original in review.originals)
            self.tabs = QTabWidget()
            self.tabs.setObjectName("reviewTabs")
            self.tabs.addTab(changes, self.tr("Ændringer i planen"))
            self.tabs.addTab(
                self.trail,
                self.tr("Fra den gamle plan (%n stykke(r) tekst)", "", pieces),
            )
            layout.addWidget(self.tabs, 1)
        else:
            layout.addWidget(changes, 1)
        layout.addWidget(self._build_note_panel())

    def _build_note_panel(self) -> QFrame:
        self.note_panel = QFrame()
        self.note_panel.setObjectName("notePanel")
        self.note_title = QLabel()
        self.note_title.setObjectName("noteTitle")
        self.note_title.setWordWrap(True)
        self.note_field = QPlainTextEdit()
        self.note_field.setObjectName("noteField")
        self.note_field.setPlaceholderText(self.tr("Hvad skal rettes i dette afsnit? Kort og konkret."))
        self.note_field.setTabChangesFocus(True)
        self.note_field.setFixedHeight(64)
        self.note_title.setBuddy(self.note_field)
        self.note_save = QPushButton(self.tr("Gem bemærkning"))
        self.note_save.setObjectName("noteSave")
        self.note_save.setToolTip(self.tr("Gem bemærkningen ved afsnittet (Ctrl+Enter)"))
        self.note_save.clicked.connect(self.save_note)
        self.note_remove = QPushButton(self.tr("Fjern bemærkning"))
        self.note_remove.setObjectName("noteRemove")
        self.note_remove.clicked.connect(self.remove_note)
        self.note_cancel = QPushButton(self.tr("Annuller"))
        self.note_cancel.setToolTip(self.tr("Luk feltet uden at gemme (Esc)"))
        self.note_cancel.clicked.connect(self.cancel_note)
        # Esc in the note closes the note, not the whole review.
        for owner, keys, slot, context in (
            (self.note_field, "Ctrl+Return", self.save_note, Qt.ShortcutContext.WidgetShortcut),
            (self.note_field, "Ctrl+Enter", self.save_note, Qt.ShortcutContext.WidgetShortcut),
            (self.note_panel, "Esc", self.cancel_note, Qt.ShortcutContext.WidgetWithChildrenShortcut),
        ):
            shortcut = QShortcut(QKeySequence(keys), owner)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note_remove)
        buttons.addStretch(1)
        buttons.addWidget(self.note_cancel)
        buttons.addWidget(self.note_save)
        panel = QVBoxLayout(self.note_panel)
        panel.setContentsMargins(10, 8, 10, 8)
        panel.addWidget(self.note_title)
        panel.addWidget(self.note_field)
        panel.addLayout(buttons)
        self.note_panel.hide()
        return self.note_panel

    def _build_decision(self, layout: QVBoxLayout, today: date | None) -> None:
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("commentField")
        self.comment.setPlaceholderText(
            self.tr(
                "Kommentar til koordinatoren om hele planen. "
                "Når du returnerer: skriv her eller ved et afsnit."
            )
        )
        line = self.comment.fontMetrics().lineSpacing()
        frame = 2 * (self.comment.frameWidth() + int(self.comment.document().documentMargin()))
        self.comment.setMinimumHeight(COMMENT_MIN_LINES * line + frame)
        self.comment_extra_height = (COMMENT_LINES - COMMENT_MIN_LINES) * line
        self.review_due = _review_due_field(today or date.today())
        self.problem = problem_label()
        self.approve_button = QPushButton(self.tr("Godkend…"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.clicked.connect(self.approve)
        self.return_button = QPushButton(self.tr("Returnér"))
        self.return_button.setObjectName("returnButton")
        self.return_button.clicked.connect(self.return_version)
        close = QPushButton(self.tr("Luk"))
        close.clicked.connect(self.reject)
        can_decide = self.can_decide
        self.approve_button.setVisible(can_decide)
        self.return_button.setVisible(can_decide)
        self.notes_summary = QLabel()
        self.notes_summary.setObjectName("notesSummary")
        self.notes_summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kommentar"), self.comment)
        form.addRow(self.tr("Bemærkninger ved afsnit"), self.notes_summary)
        # The review date beside the decision it belongs to: one row less for the plan on a low screen.
        due_label = QLabel(self.tr("Næste revision senest"))
        due_label.setBuddy(self.review_due)
        due_label.setVisible(can_decide)
        self.review_due.setVisible(can_decide)
        buttons = QHBoxLayout()
        buttons.addWidget(close)
        buttons.addStretch(1)
        buttons.addWidget(due_label)
        buttons.addWidget(self.review_due)
        buttons.addSpacing(12)
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.approve_button)
        if can_decide:
            decision = QWidget()
            decision.setLayout(form)
            form.setContentsMargins(0, 8, 0, 0)
            self.splitter.addWidget(decision)
            self.splitter.setStretchFactor(0, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    def _render(self) -> None:
        scrolled = self.browser.verticalScrollBar().value()
        shown = dict(self.notes)
        if self.note_section is not None:  # the section being written about shows, changed or not
            shown.setdefault(self.note_section, "")
        self.browser.setHtml(
            review_html(
                self.review,
                only_changed=self.only_changed.isChecked(),
                notes=shown,
                note_links=self.can_decide,
            )
        )
        self.browser.verticalScrollBar().setValue(scrolled)
        self.notes_summary.setText(
            ", ".join(f"»{title}«" for title in self.notes)
            or self.tr("Ingen. Skriv en bemærkning med »✎ Skriv bemærkning« ved et afsnit.")
        )

    # --- notes per section ------------------------------------------------------------------------

    def _on_anchor(self, url: QUrl) -> None:
        scheme, _colon, number = url.toString().partition(":")
        if scheme == NOTE_SCHEME and number.isdigit() and int(number) < len(self.review.sections):
            self.edit_note(self.review.sections[int(number)].title)

    def _note_sections(self) -> dict[int, str]:
        """For the advisor: each piece of the old plan that is not in the short plan, and the section a
        note about it belongs to (its field's, or the field suggested for it)."""
        if not self.can_decide:
            return {}
        content = self.review.submitted.content
        found: dict[int, str] = {}
        for original in self.review.originals:
            for piece in original.pieces:
                ref = piece.target or piece.suggestion
                if outside_plan(piece) and ref is not None and ref.kind is self.review.kind:
                    section = review_service.section_of(content, ref)
                    if section is not None:
                        found[piece.id] = section
        return found

    def _note_from_trail(self, section: str) -> None:
        """A note about a piece of the old plan goes on its section; the changes show the field."""
        if self.trail is not None:
            self.tabs.setCurrentIndex(0)
        self.edit_note(section)
        self._render()  # the section shows even without changes while its note is open
        self.browser.scrollToAnchor(section_anchor(section))

    def edit_note(self, section: str) -> None:
        """Open the note of `section` in the field under the view (a note being written is kept)."""
        if self.note_section is not None and self.note_section != section:
            self._keep_note()
        self.note_section = section
        self.note_title.setText(
            self.tr("Bemærkning ved afsnittet »%1«").replace("%1", section_title(section))
        )
        self.note_field.setPlainText(self.notes.get(section, ""))
        self.note_remove.setEnabled(section in self.notes)
        self.note_panel.show()
        if self.height() < SMALL_DIALOG_HEIGHT and self.splitter.count() > 1:
            # A low screen (1024×600) has no room for the plan, the note and the comment at once:
            # the comment and the review date wait below until the note is closed.
            self.splitter.widget(1).hide()
        self.note_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keep_note(self) -> None:
        if self.note_section is None:
            return
        text = self.note_field.toPlainText().strip()
        if text:
            self.notes[self.note_section] = text
        else:
            self.notes.pop(self.note_section, None)
        # In the order of the review, as the coordinator will read them.
        order = [section.title for section in self.review.sections]
        self.notes = {title: self.notes[title] for title in order if title in self.notes}

    def save_note(self) -> None:
        """Keep the note by its section (an empty one removes it) and show it there."""
        self._keep_note()
        self.close_note()

    def remove_note(self) -> None:
        self.note_field.clear()
        self.save_note()

    def cancel_note(self) -> QMessageBox | None:
        """Annuller or Escape on the note: asks first when it holds text not kept yet (a reflex key must
        not throw a written note away)."""
        typed = self.note_field.toPlainText().strip()
        if self.note_section is None or typed in ("", self.notes.get(self.note_section, "")):
            self.close_note()
            return None
        return messages.ask_safe_first(
            self,
            self.tr("Bemærkningen er ikke gemt. Vil du kassere den?"),
            safe=self.tr("Fortsæt bemærkningen"),
            risky=self.tr("Kassér"),
            on_risky=self.close_note,
        )

    def close_note(self) -> None:
        """Close the field; what was saved stays, what was typed since is let go."""
        self.note_section = None
        self.note_panel.hide()
        if self.splitter.count() > 1:
            self.splitter.widget(1).show()
        self._render()
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        """What the side-by-side view shows, as plain text (tests and accessibility)."""
        return self.browser.toPlainText()

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def has_unsaved_work(self) -> bool:
        """A comment or notes written for a decision not yet made (they live only in this dialog)."""
        open_note = self.note_section is not None and self.note_field.toPlainText().strip()
        return self.can_decide and bool(self.comment.toPlainText().strip() or self.notes or open_note)

    def discard_texts(self) -> tuple[str, str, str]:
        # An advisor called away must not lose a long comment to Luk or Escape.
        return (
            self.tr("Din kommentar og dine bemærkninger er ikke sendt. Vil du lukke og kassere dem?"),
            self.tr("Fortsæt gennemgangen"),
            self.tr("Luk og kassér"),
        )

    def approve(self) -> bool:
        """Ask for the password again and approve; the comment and date stay on a refusal."""
        if self.note_section is not None:
            self.save_note()  # kept, and shown in the summary the refusal below points to
        if self.notes:
            self._show_problem(
                self.tr(
                    "Du har skrevet bemærkninger ved afsnit. De når kun koordinatoren, når du returnerer "
                    "planen. Returnér den, eller fjern bemærkningerne for at godkende."
                )
            )
            return False
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
            self._show_problem(service_text(error.message))
            return False
        self.decided.emit(self.version_id, "approved")
        self.accept()
        return True

    def return_version(self) -> bool:
        """Send the version back with the comment and the notes per section (at least one of them)."""
        if self.note_section is not None:  # a note still open in the field goes with it
            self._keep_note()
            self.close_note()
        try:
            with self.database.session() as session:
                plan_service.return_version(
                    session, self.actor, self.version_id, self.comment.toPlainText(), self.notes
                )
        except ServiceError as error:
            self._show_problem(service_text(error.message))
            self.comment.setFocus()
            return False
        self.decided.emit(self.version_id, "returned")
        self.accept()
        return True
