"""Daily rhythm editor: time slots over 24 hours (night included) with split, merge, add, remove and
reorder; gaps and overlaps are listed above the table as the slots change."""

from __future__ import annotations

import copy
from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

from tryghed_desktop.domain.plans import DailyRhythm, Level, TimeSlot
from tryghed_desktop.domain.rhythm_coverage import (
    DAY,
    coverage,
    crosses_midnight,
    midpoint,
    minutes,
    out_of_order,
)
from tryghed_desktop.ui.editors.document import DraftDocument
from tryghed_desktop.ui.editors.kind_editor import KindEditor
from tryghed_desktop.ui.editors.record_table import Column
from tryghed_desktop.ui.editors.widgets import tool_button

SEVERITY = [Level.GREEN, Level.YELLOW, Level.RED]
TEXT_FIELDS = ("label", "activity", "support", "risk_note")


class DailyRhythmEditor(KindEditor):
    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        assert isinstance(document.content, DailyRhythm)
        self.banner = QLabel()
        self.banner.setObjectName("coverageBanner")
        self.banner.setWordWrap(True)
        self.table = self.record_table(
            ("slots",),
            self.tr("Tidsrum"),
            [
                # The same words as the plan tab shows (plan_html.render_daily_rhythm).
                Column("start", self.tr("Fra"), kind="time"),
                Column("end", self.tr("Til"), kind="time", problem=self._end_problem),
                Column("label", self.tr("Betegnelse"), problem=self._label_problem),
                Column("activity", self.tr("Hvad sker der"), stretch=True),
                Column("support", self.tr("Sådan støtter vi"), stretch=True),
                Column("risk_note", self.tr("Vær opmærksom på"), stretch=True),
                Column("level", self.tr("Risiko"), kind="level"),
                Column("staff_needed", self.tr("Personale"), kind="count"),
            ],
            self._new_slot,
        )
        split = tool_button(self.tr("Del tidsrum"), self.tr("Del det valgte tidsrum på midten (Ctrl+D)"))
        merge = tool_button(self.tr("Slå sammen med næste"), self.tr("Slå sammen med det næste (Ctrl+J)"))
        self.table.add_button(split, self.split_current)
        self.table.add_button(merge, self.merge_current)
        for keys, slot in (("Ctrl+D", self.split_current), ("Ctrl+J", self.merge_current)):
            shortcut = QShortcut(QKeySequence(keys), self.table.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.column.addWidget(self.banner)
        self.section(self.tr("Tidsrum"), self.table.view, self.table)
        self.column.addStretch(1)
        document.changed.connect(lambda *_args: self._update_banner())
        self._update_banner()

    @property
    def slots(self) -> list[TimeSlot]:
        rhythm = self.document.content
        assert isinstance(rhythm, DailyRhythm)
        return rhythm.slots

    def _new_slot(self, row: int) -> TimeSlot:
        start = self.slots[row - 1].end if 0 < row <= len(self.slots) else time(7, 0)
        end = (minutes(start) + 60) % DAY
        return TimeSlot(start, time(end // 60, end % 60), "")

    def _label_problem(self, slot: TimeSlot, _row: int) -> str | None:
        return None if slot.label.strip() else self.tr("Skriv en betegnelse, fx »Morgen«.")

    def _end_problem(self, slot: TimeSlot, row: int) -> str | None:
        # One slot may run past midnight: the night, the latest-starting one. Any other slot that ends
        # before it starts is an end time typed before its start.
        crossing = [number for number, other in enumerate(self.slots) if crosses_midnight(other)]
        night = max(crossing, key=lambda number: minutes(self.slots[number].start), default=-1)
        if crosses_midnight(slot) and row != night:
            return self.tr("Sluttiden er før starttiden. Kun ét tidsrum (natten) kan gå over midnat.")
        return None

    def _update_banner(self) -> None:
        spans = coverage(self.slots)
        if not self.slots:
            text, ok = self.tr("Ingen tidsrum endnu. Tryk Insert for at tilføje det første."), False
        elif spans:
            parts = [
                (self.tr("Hul %1") if span.kind == "gap" else self.tr("Overlap %1")).replace(
                    "%1", span.text()
                )
                for span in spans
            ]
            text, ok = "⚠ " + " · ".join(parts), False
        else:
            text, ok = self.tr("✓ Hele døgnet er dækket, uden huller og overlap."), True
        misplaced = out_of_order(self.slots)
        if misplaced is not None:  # covered or not, the page and the card read the slots in this order
            order = self.tr("⚠ %1 står efter %2: sæt tidsrummene i tidsorden (↑ ↓).")
            order = order.replace("%1", misplaced[1].label or self.tr("et tidsrum")).replace(
                "%2", misplaced[0].label or self.tr("et tidsrum")
            )
            text, ok = order if ok else f"{text}\n{order}", False
        self.banner.setText(text)
        self.banner.setProperty("ok", ok)
        self.banner.setStyleSheet(
            "QLabel#coverageBanner { padding: 8px; border-radius: 4px; font-weight: bold; "
            + ("background: #e6f4ea; color: #1e4620; }" if ok else "background: #fff4d6; color: #6b4500; }")
        )

    def split_current(self) -> None:
        """Cut the current slot in two at its midpoint (one undo step)."""
        row = self.table.current_row()
        if row < 0:
            return
        slot = self.slots[row]
        second = copy.deepcopy(slot)
        second.start = midpoint(slot)
        stack = self.document.stack
        stack.beginMacro(self.tr("Del tidsrum"))
        self.document.edit_set(("slots", row, "end"), second.start)
        self.document.edit_insert(("slots",), row + 1, second)
        stack.endMacro()
        self.table.select(row + 1, self.table.view.currentIndex().column())

    def merge_current(self) -> None:
        """Join the current slot with the next; texts that differ are both kept."""
        row = self.table.current_row()
        if not 0 <= row < len(self.slots) - 1:
            return
        first, second = self.slots[row], self.slots[row + 1]
        stack = self.document.stack
        stack.beginMacro(self.tr("Slå tidsrum sammen"))
        self.document.edit_set(("slots", row, "end"), second.end)
        for key in TEXT_FIELDS:
            mine, theirs = getattr(first, key), getattr(second, key)
            if theirs and theirs != mine:
                self.document.edit_set(("slots", row, key), f"{mine} / {theirs}" if mine else theirs)
        self.document.edit_set(("slots", row, "level"), max(first.level, second.level, key=SEVERITY.index))
        self.document.edit_set(("slots", row, "staff_needed"), max(first.staff_needed, second.staff_needed))
        self.document.edit_remove(("slots",), row + 1)
        stack.endMacro()
        self.table.select(row, self.table.view.currentIndex().column())
