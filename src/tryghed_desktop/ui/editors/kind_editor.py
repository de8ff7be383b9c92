"""What the four plan editors share: building bound parts, and finding the part that shows a path."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from tryghed_desktop.domain.plans import Contact
from tryghed_desktop.ui.editors.document import DraftDocument, Path
from tryghed_desktop.ui.editors.fields import BoundLineEdit, Check
from tryghed_desktop.ui.editors.item_list import ItemList
from tryghed_desktop.ui.editors.record_table import Column, RecordTable
from tryghed_desktop.ui.editors.return_notes import ReturnNoteBox
from tryghed_desktop.ui.editors.validation import phone_problem


class Part(Protocol):
    @property
    def path(self) -> Path: ...

    def focus_rest(self, rest: Path) -> None: ...


def contact_columns() -> list[Column]:
    """Name or role, phone (checked), note: the alarm box of the risk profile and the safety plan."""

    def name_problem(contact: Contact, _row: int) -> str | None:
        if contact.name.strip() or not (contact.phone.strip() or contact.note.strip()):
            return None
        return QCoreApplication.translate("Validation", "Skriv navn eller rolle.")

    return [
        Column(
            "name",
            QCoreApplication.translate("KindEditor", "Navn eller rolle"),
            problem=name_problem,
            stretch=True,
        ),
        Column(
            "phone",
            QCoreApplication.translate("KindEditor", "Telefon"),
            problem=lambda c, _r: phone_problem(c.phone),
        ),
        Column("note", QCoreApplication.translate("KindEditor", "Bemærkning"), stretch=True),
    ]


@dataclass
class EditorSection:
    """One section of the editor column: its title, the widget in the column, the parts inside it."""

    title: str
    body: QWidget
    parts: list[Part]


def _overlaps(part: Path, target: Path) -> bool:
    """The part shows (some of) the content at `target`, or `target` lies inside what the part shows."""
    return part[: len(target)] == target or target[: len(part)] == part


class KindEditor(QWidget):
    """Base of one plan kind's editor: a scrolling column of sections built from bound parts."""

    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.parts: list[Part] = []
        self.sections: list[tuple[str, QWidget]] = []  # for the 'Gå til' menu: title, first field
        self.editor_sections: list[EditorSection] = []
        self.return_notes: dict[str, ReturnNoteBox] = {}  # section as the review names it → its box
        self._parts_placed = 0
        self.column = QVBoxLayout(self)
        self.column.setSpacing(14)

    # --- building ---------------------------------------------------------------------------------

    def item_list(self, path: Path, title: str) -> ItemList:
        part = ItemList(self.document, path, title)
        self.parts.append(part)
        return part

    def record_table(
        self, path: Path, title: str, columns: list[Column], new_record: Callable[[int], object]
    ) -> RecordTable:
        part = RecordTable(self.document, path, title, columns, new_record)
        self.parts.append(part)
        return part

    def line_edit(self, path: Path, check: Check | None = None) -> BoundLineEdit:
        field = BoundLineEdit(self.document, path, check)
        self.parts.append(field)
        return field

    def section(self, title: str, first: QWidget, body: QWidget) -> None:
        """Add `body` to the column; the parts built since the previous section belong to it."""
        self.sections.append((title, first))
        self.editor_sections.append(EditorSection(title, body, self.parts[self._parts_placed :]))
        self._parts_placed = len(self.parts)
        self.column.addWidget(body)

    # --- the advisor's return notes ---------------------------------------------------------------

    def show_return_notes(
        self, notes: Mapping[str, str], paths: Mapping[str, tuple[Path, ...]]
    ) -> dict[str, str]:
        """Put each note in a box right above the editor section that shows its content (`paths`:
        where each review section lives); returns the notes no section shows (renamed, removed)."""
        placed: dict[int, list[tuple[str, str]]] = {}
        unplaced: dict[str, str] = {}
        for title, note in notes.items():
            number = next(
                (
                    number
                    for number, section in enumerate(self.editor_sections)
                    if any(
                        _overlaps(part.path, target)
                        for part in section.parts
                        for target in paths.get(title, ())
                    )
                ),
                None,
            )
            if number is None:
                unplaced[title] = note
            else:
                placed.setdefault(number, []).append((title, note))
        for number, section_notes in placed.items():
            box = ReturnNoteBox(section_notes)
            self._attach_above(self.editor_sections[number], box)
            for title, _note in section_notes:
                self.return_notes[title] = box
        return unplaced

    def _attach_above(self, section: EditorSection, box: QWidget) -> None:
        # Box and section share one container with little space between: the note reads as theirs.
        index = self.column.indexOf(section.body)
        group = QWidget()
        group.setObjectName("notedSection")
        layout = QVBoxLayout(group)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.column.insertWidget(index, group)
        self.column.removeWidget(section.body)
        layout.addWidget(box)
        layout.addWidget(section.body)

    @staticmethod
    def grid(*rows: tuple[QWidget, ...]) -> QWidget:
        """Widgets in equal-width columns."""
        box = QWidget()
        layout = QGridLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(16)
        layout.setVerticalSpacing(10)
        for row_number, row in enumerate(rows):
            for column_number, widget in enumerate(row):
                layout.addWidget(widget, row_number, column_number)
                layout.setColumnStretch(column_number, 1)
        return box

    @staticmethod
    def labelled(title: str, field: BoundLineEdit) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        label = QLabel(title)
        label.setObjectName("itemListTitle")
        label.setBuddy(field.edit)
        layout.addWidget(label)
        layout.addWidget(field.edit)
        layout.addWidget(field.problem)
        return box

    @staticmethod
    def band(title: str, colour: str, tint: str, body: QWidget) -> QFrame:
        """A section with a coloured edge and a written title, readable in b/w and by colour-blind users."""
        frame = QFrame()
        frame.setObjectName("band")
        frame.setStyleSheet(
            f"QFrame#band {{ border-left: 10px solid {colour}; background: {tint}; border-radius: 4px; }}"
        )
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 8, 10, 10)
        header = QLabel(title)
        header.setStyleSheet("font-weight: bold; font-size: 14pt;")
        layout.addWidget(header)
        layout.addWidget(body)
        return frame

    # --- finding ----------------------------------------------------------------------------------

    def focus_path(self, path: Path) -> bool:
        """Put the keyboard focus on the part that shows `path` (the deepest part that contains it)."""
        matches = [part for part in self.parts if path[: len(part.path)] == part.path]
        if not matches:
            return False
        part = max(matches, key=lambda found: len(found.path))
        part.focus_rest(path[len(part.path) :])
        return True
