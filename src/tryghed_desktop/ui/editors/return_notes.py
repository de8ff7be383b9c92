"""The advisor's return notes in the editor: a framed, labelled box right above the section a note is
about, and the notice at the top with the general comment (and any note whose section is gone)."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from tryghed_desktop.services.plans import VersionView
from tryghed_desktop.ui.status import format_date

translate = QCoreApplication.translate

# Dark frame, a pencil and written words: it reads as the advisor's note in b/w and without colour.
NOTE_STYLE = """
QFrame#{name} {{ border: 2px solid #1f2933; border-radius: 4px; background: #eef2f7; }}
QFrame#{name} QLabel {{ border: none; background: transparent; color: #1f2933; }}
"""


def _lines(notes: list[tuple[str, str]], *, name_sections: bool) -> str:
    lines = []
    for section, note in notes:
        text = escape(note).replace("\n", "<br>")
        lines.append(f"<b>{escape(section)}:</b> {text}" if name_sections else text)
    return "<br>".join(lines)


def note_heading(sections: list[str]) -> str:
    if len(sections) == 1:
        return translate("ReturnNotes", "✎ Rådgiverens bemærkning til »%1«").replace("%1", sections[0])
    return translate("ReturnNotes", "✎ Rådgiverens bemærkninger")


class ReturnNoteBox(QFrame):
    """The advisor's note(s) on one editor section; `notes` are (section as the review names it, note)."""

    def __init__(self, notes: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnNote")
        self.notes = notes
        self.setStyleSheet(NOTE_STYLE.format(name="returnNote"))
        self.heading = QLabel(note_heading([section for section, _note in notes]))
        self.heading.setObjectName("returnNoteHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.body = QLabel(_lines(notes, name_sections=len(notes) > 1))
        self.body.setObjectName("returnNoteText")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setStyleSheet("font-size: 12pt;")
        self.setAccessibleName(self.heading.text())
        self.setAccessibleDescription("\n".join(note for _section, note in notes))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)

    def text(self) -> str:
        """What the box says, as plain text (tests and accessibility)."""
        return f"{self.heading.text()}\n{self.body.text()}"


def has_return_facts(version: VersionView) -> bool:
    """A version the advisor sent back (and the coordinator may still be working on)."""
    return version.returned_at is not None and bool(version.return_comment or version.return_notes)


def return_notice_text(version: VersionView, unplaced: dict[str, str], placed: int) -> str:
    """The editor's notice: who returned it when, the general comment, where the notes are."""
    returned_at: datetime | None = version.returned_at
    parts = [
        "<b>"
        + escape(
            translate("ReturnNotes", "Returneret %1 af %2.")
            .replace("%1", format_date(returned_at))
            .replace("%2", version.returned_by or translate("ReturnNotes", "ukendt"))
        )
        + "</b>"
    ]
    if version.return_comment:
        comment = escape(version.return_comment).replace("\n", "<br>")
        parts.append(escape(translate("ReturnNotes", "Rådgiverens kommentar: »%1«")).replace("%1", comment))
    if placed:
        parts.append(
            escape(
                translate(
                    "ReturnNotes", "Rådgiverens bemærkninger står i rammer over de afsnit, de handler om."
                )
            )
        )
    if unplaced:
        parts.append(
            escape(translate("ReturnNotes", "Bemærkninger ved afsnit, der ikke længere hedder sådan:"))
            + "<br>"
            + _lines(list(unplaced.items()), name_sections=True)
        )
    return "<br>".join(parts)


class ReturnNotice(QFrame):
    """The frame at the top of the editor of a returned version."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnNotice")
        self.setStyleSheet(NOTE_STYLE.format(name="returnNotice"))
        self.label = QLabel()
        self.label.setObjectName("returnNoticeText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet("font-size: 12pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label)
        self.hide()

    def show_version(self, version: VersionView, unplaced: dict[str, str], placed: int) -> None:
        visible = has_return_facts(version)
        self.label.setText(return_notice_text(version, unplaced, placed) if visible else "")
        self.setAccessibleName(self.label.text())
        self.setVisible(visible)
