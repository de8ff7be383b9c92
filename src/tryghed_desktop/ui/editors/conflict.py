"""The save-conflict dialog: somebody saved the plan while this editor had it open. Both versions are
shown section by section; the user keeps theirs, takes the other, or goes back to editing."""

from __future__ import annotations

from enum import Enum

import msgspec
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.domain.lifecycle import EDITABLE_STATUSES, VersionStatus
from tryghed_desktop.domain.plans import PlanContent
from tryghed_desktop.domain.readability import plan_sections
from tryghed_desktop.services.plans import VersionView
from tryghed_desktop.ui.editors.prompts import local_stamp
from tryghed_desktop.ui.layouts import resize_within_screen

DIFFERENT_BACKGROUND = "#fff4d6"


class ConflictChoice(Enum):
    KEEP_MINE = "mine"
    TAKE_THEIRS = "theirs"
    CANCEL = "cancel"


class SectionRow(msgspec.Struct, frozen=True):
    title: str
    mine: str
    theirs: str

    @property
    def differs(self) -> bool:
        return self.mine != self.theirs


def _lines(items: list[str]) -> str:
    return "\n".join(f"• {item}" for item in items if item.strip())


def section_rows(mine: PlanContent, theirs: PlanContent) -> list[SectionRow]:
    """Every section of either version, in the order the plan shows them, with each side's text."""
    my_sections, their_sections = plan_sections(mine), plan_sections(theirs)
    titles = list(my_sections) + [title for title in their_sections if title not in my_sections]
    return [
        SectionRow(title, _lines(my_sections.get(title, [])), _lines(their_sections.get(title, [])))
        for title in titles
    ]


class ConflictDialog(QDialog):
    """Shows my unsaved text beside the version somebody else saved; differing sections are marked."""

    def __init__(self, mine: PlanContent, theirs: VersionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Planen er ændret af en anden"))
        self.choice = ConflictChoice.CANCEL
        who = theirs.updated_by or self.tr("en anden")
        intro = QLabel(
            self.tr("%1 gemte planen %2, mens du skrev. Sammenlign de to versioner og vælg, hvad der gælder.")
            .replace("%1", who)
            .replace("%2", local_stamp(theirs.updated_at))
        )
        intro.setWordWrap(True)
        consequence = QLabel(self.consequence(theirs))
        consequence.setObjectName("conflictConsequence")
        consequence.setWordWrap(True)
        self.rows = section_rows(mine, theirs.content)
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Afsnit"), self.tr("Min version (ikke gemt)"), self.tr("Gemt af %1").replace("%1", who)]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        bold = QFont()
        bold.setBold(True)
        for row, section in enumerate(self.rows):
            for column, text in enumerate((section.title, section.mine, section.theirs)):
                item = QTableWidgetItem(text)
                if section.differs:
                    item.setBackground(QBrush(QColor(DIFFERENT_BACKGROUND)))
                    if column == 0:
                        item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox()
        self.keep_button = QPushButton(self.tr("Behold min"))
        self.take_button = QPushButton(self.tr("Tag den anden"))
        cancel = QPushButton(self.tr("Tilbage til redigering"))
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        self.take_button.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_THEIRS))
        cancel.clicked.connect(self.reject)
        self.keep_button.setEnabled(theirs.status is not VersionStatus.SUBMITTED)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(consequence)
        layout.addWidget(buttons)
        resize_within_screen(self, 1000, 640)

    def consequence(self, theirs: VersionView) -> str:
        """What each choice does, said plainly for the state the other version is in."""
        take = self.tr(
            "»Tag den anden« viser den gemte version; din egen tekst kan hentes tilbage med Fortryd (Ctrl+Z)."
        )
        if theirs.status in EDITABLE_STATUSES:
            keep = self.tr(
                "»Behold min« gemmer din tekst, og den andens kladde bliver erstattet. "
                "En kopi af den andens tekst gemmes i loggen, så intet går tabt."
            )
        elif theirs.status is VersionStatus.SUBMITTED:
            keep = self.tr(
                "Planen er sendt til godkendelse og kan ikke gemmes over. Kopiér din tekst, "
                "hvis du vil bruge den senere."
            )
        else:
            keep = self.tr(
                "Den anden version er godkendt og bliver i historikken. »Behold min« gemmer din tekst "
                "som en ny kladde."
            )
        return f"{keep}\n{take}"

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, mine: PlanContent, theirs: VersionView) -> ConflictChoice:
        """Behold min, Tag den anden, or back to editing (nothing stored)."""
        dialog = cls(mine, theirs, parent)
        dialog.exec()
        return dialog.choice
