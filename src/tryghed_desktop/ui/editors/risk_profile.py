"""Risk profile editor: the four stages as coloured, labelled bands of short items, then triggers,
risk situations, strengths, alarm and who to call, staffing rules and the overall level."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from tryghed_desktop.domain.plans import (
    STAGE_INFO,
    STAGE_ORDER,
    Contact,
    Level,
    RiskProfile,
    RiskSituation,
)
from tryghed_desktop.ui.choice_row import ChoiceRow
from tryghed_desktop.ui.domain_labels import level_title, stage_colour_name, stage_meaning
from tryghed_desktop.ui.editors.document import DraftDocument
from tryghed_desktop.ui.editors.fields import BoundChoice
from tryghed_desktop.ui.editors.kind_editor import KindEditor, contact_columns
from tryghed_desktop.ui.editors.record_table import LEVEL_SYMBOLS, Column

STAGE_TINTS = {"green": "#eef7ef", "yellow": "#fff8e1", "red": "#fdecec", "blue": "#e8f0fb"}
LEVEL_KEYS = {Level.GREEN: "L", Level.YELLOW: "M", Level.RED: "H"}


class RiskProfileEditor(KindEditor):
    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        assert isinstance(document.content, RiskProfile)
        self._build_level()
        self._build_stages()
        self._build_rest()
        self.column.addStretch(1)

    def _build_level(self) -> None:
        self.level_row = ChoiceRow(
            [(level, f"{LEVEL_SYMBOLS[level]} {level_title(level)}", LEVEL_KEYS[level]) for level in Level]
        )
        self.level_row.setAccessibleName(self.tr("Samlet risiko"))
        for button in self.level_row.buttons():
            button.setMinimumWidth(150)
        self.parts.append(BoundChoice(self.document, ("level",), self.level_row))
        self.level_reason = self.line_edit(
            ("level_reason",),
            lambda: (
                None
                if self.document.content.level_reason.strip()  # type: ignore[union-attr]
                else self.tr("Skriv en kort begrundelse for niveauet.")
            ),
        )
        level_box = QWidget()
        row = QHBoxLayout(level_box)
        row.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Samlet risiko:"))
        title.setObjectName("itemListTitle")
        row.addWidget(title)
        row.addWidget(self.level_row)
        row.addStretch(1)
        body = self.grid((level_box,), (self.labelled(self.tr("Begrundelse (én linje)"), self.level_reason),))
        self.section(self.tr("Samlet risiko"), self.level_row, body)

    def _build_stages(self) -> None:
        columns = (
            ("signs", self.tr("Sådan ser det ud")),
            ("we_do", self.tr("Det gør vi")),
            ("we_avoid", self.tr("Det undgår vi")),
            ("resident_can", self.tr("Det kan jeg selv")),
        )
        self.stage_lists = {}
        for number, kind in enumerate(STAGE_ORDER):
            lists = [self.item_list(("stages", number, key), title) for key, title in columns]
            for (key, _title), item_list in zip(columns, lists, strict=True):
                self.stage_lists[kind, key] = item_list
            info = STAGE_INFO[kind]
            title = f"{info.symbol} {stage_colour_name(kind)} – {stage_meaning(kind)}"
            body = self.grid((lists[0], lists[1]), (lists[2], lists[3]))
            self.section(title, lists[0].view, self.band(title, info.rgb, STAGE_TINTS[kind.value], body))

    def _build_rest(self) -> None:
        self.triggers = self.item_list(("triggers",), self.tr("Udløsende faktorer"))
        self.strengths = self.item_list(("strengths",), self.tr("Styrker og beskyttende faktorer"))
        self.section(
            self.tr("Udløsende faktorer og styrker"),
            self.triggers.view,
            self.grid((self.triggers, self.strengths)),
        )
        self.situations = self.record_table(
            ("risk_situations",),
            self.tr("Risikosituationer"),
            [
                Column("when", self.tr("Hvornår"), stretch=True),
                Column("where", self.tr("Hvor"), stretch=True),
                Column("what", self.tr("Hvad sker der"), stretch=True),
            ],
            lambda _row: RiskSituation("", ""),
        )
        self.section(self.tr("Risikosituationer"), self.situations.view, self.situations)
        self.alarm = self.item_list(("alarm",), self.tr("Alarm"))
        self.staffing = self.item_list(("staffing_rules",), self.tr("Bemanding"))
        self.section(self.tr("Alarm og bemanding"), self.alarm.view, self.grid((self.alarm, self.staffing)))
        self.call = self.record_table(
            ("call",), self.tr("Hvem ringer vi til"), contact_columns(), lambda _row: Contact("")
        )
        self.section(self.tr("Hvem ringer vi til"), self.call.view, self.call)
