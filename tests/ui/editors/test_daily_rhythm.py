from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.editors.conftest import OpenEditor
from tryghed_desktop.domain.plans import DailyRhythm, Level, PlanKind
from tryghed_desktop.services import plans
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.editors.daily_rhythm import DailyRhythmEditor


def _rhythm(editor: object) -> DailyRhythmEditor:
    kind_editor = editor.kind_editor  # type: ignore[attr-defined]
    assert isinstance(kind_editor, DailyRhythmEditor)
    return kind_editor


def _times(rhythm: DailyRhythmEditor) -> list[str]:
    return [f"{slot.start:%H.%M}-{slot.end:%H.%M} {slot.label}" for slot in rhythm.slots]


def test_gaps_split_merge_reorder_undo_and_save(
    qtbot: QtBot, open_editor: OpenEditor, database: Database, qtmodeltester: ModelTester
) -> None:
    editor = open_editor(PlanKind.DAILY_RHYTHM)
    rhythm = _rhythm(editor)
    table = rhythm.table
    qtmodeltester.check(table.model)
    assert rhythm.banner.text() == "⚠ Hul 12.00–22.00"

    table.view.setFocus()
    table.select(0)
    qtbot.keyClick(table.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # split at 08.00
    assert _times(rhythm)[:2] == ["07.00-08.00 Morgen", "08.00-09.00 Morgen"]
    assert table.current_row() == 1
    table.select(0)
    qtbot.keyClick(table.view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # and back together
    assert _times(rhythm) == ["07.00-09.00 Morgen", "09.00-12.00 Formiddag", "22.00-07.00 Nat"]

    # The afternoon ends at 22.00 typed through the time column: the day is covered.
    end = table.model.index(1, table.model.column_of("end"))
    table.model.setData(end, QTime(22, 0))
    assert rhythm.banner.text().startswith("✓ Hele døgnet er dækket")

    table.select(2, 0)
    qtbot.keyClick(table.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [slot.label for slot in rhythm.slots] == ["Morgen", "Nat", "Formiddag"]
    assert rhythm.banner.text() == "⚠ Formiddag står efter Nat: sæt tidsrummene i tidsorden (↑ ↓)."

    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert rhythm.banner.text() == "⚠ Hul 22.00–07.00"
    for _ in range(3):
        qtbot.keyClick(table.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rhythm.banner.text() == "⚠ Hul 12.00–22.00"  # delete, move and new end time undone
    qtbot.keyClick(table.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert rhythm.slots[1].end == time(22, 0)

    level = table.model.index(1, table.model.column_of("level"))
    table.model.setData(level, Level.YELLOW.value)
    assert level.data() == "▲ Middel"
    assert editor.save() and editor.stack.isClean()
    with database.session() as session:
        stored = plans.version_view(plans.get_version(session, editor.version.id)).content
    assert isinstance(stored, DailyRhythm)
    assert (stored.slots[1].end, stored.slots[1].level) == (time(22, 0), Level.YELLOW)


def test_new_slot_starts_where_the_previous_ends_and_checks_are_shown(
    qtbot: QtBot, open_editor: OpenEditor
) -> None:
    editor = open_editor(PlanKind.DAILY_RHYTHM)
    rhythm = _rhythm(editor)
    table = rhythm.table
    table.view.setFocus()
    table.select(1)
    qtbot.keyClick(table.view, Qt.Key.Key_Insert)
    assert _times(rhythm)[2] == "12.00-13.00 "
    assert table.problem.text() == "Række 3: Skriv en betegnelse, fx »Morgen«."
    # A second slot across midnight is an end typed before its start.
    table.model.setData(table.model.index(2, table.model.column_of("end")), QTime(6, 0))
    assert "Række 3: Sluttiden er før starttiden." in table.problem.text()
    assert table.model.row_value(2).end == time(6, 0)  # kept as typed
    assert "Overlap" in rhythm.banner.text()
