"""Run by test_crash_recovery: opens the risk profile editor offscreen, types a new trigger, waits for
the autosave, prints AUTOSAVED and then keeps running until the test kills it with SIGKILL."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services.actors import actor_for
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.editors import open_plan_editor


def main(url: str, resident_id: int, username: str, text: str) -> None:
    app = QApplication([])
    database = Database(url)
    with database.session() as session:
        actor = actor_for(session, username)
    editor = open_plan_editor(database, actor, resident_id, PlanKind.RISK_PROFILE)
    assert editor is not None
    editor.activateWindow()
    QTest.qWaitForWindowActive(editor)
    editor.autosaver.timer.setInterval(50)
    editor.autosaved.connect(lambda _when: print("AUTOSAVED", flush=True))
    view = editor.kind_editor.triggers.view  # type: ignore[attr-defined]
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Insert)
    QTest.keyClicks(QApplication.focusWidget(), text)  # still in the open item editor: not committed
    app.exec()  # the autosave timer fires in here; the test kills us afterwards


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4])
