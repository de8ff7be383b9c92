from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.editors.conftest import OpenEditor
from tests.ui.factories import Facility
from tryghed_desktop.domain.plans import PlanKind, RiskProfile
from tryghed_desktop.services import drafts
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.editors.prompts import RecoveryPrompt

ROOT = Path(__file__).resolve().parents[3]
TYPED = "Besøg af ny læge"


@pytest.mark.slow
def test_text_typed_before_a_sigkill_is_offered_and_restored(
    qtbot: QtBot,
    database: Database,
    facility: Facility,
    open_editor: OpenEditor,
    _answered_prompts: list[str],
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    script = Path(__file__).with_name("editor_process.py")
    args = [database.url, str(facility.residents["jonas"]), "koordinator", TYPED]
    process = subprocess.Popen(
        [sys.executable, str(script), *args], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # blocks until the autosave has committed
        assert line.strip() == "AUTOSAVED"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    editor = open_editor(PlanKind.RISK_PROFILE)  # "after the restart"
    assert "recover" in _answered_prompts
    content = editor.document.content
    assert isinstance(content, RiskProfile)
    assert TYPED in content.triggers
    assert editor.isWindowModified()  # recovered text is unsaved until Gem
    editor.stack.undo()
    assert TYPED not in editor.document.content.triggers  # type: ignore[union-attr]


def test_recovery_is_offered_after_autosave_and_can_be_declined(
    qtbot: QtBot,
    database: Database,
    open_editor: OpenEditor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = open_editor(PlanKind.RISK_PROFILE)
    editor.autosaver.timer.setInterval(10)
    with qtbot.waitSignal(editor.autosaved):
        editor.document.edit_set(("strengths", 0), "Elsker musik og fodbold", typing=True)
    with database.session() as session:
        recovery = drafts.pending_recovery(session, editor.version.id)
    assert recovery is not None
    assert RecoveryPrompt.message(recovery.saved_at).startswith("Der er ændringer, som ikke blev gemt (fra ")
    editor.hide()  # the process "died": no close, no question
    editor.stack.setClean()

    monkeypatch.setattr(RecoveryPrompt, "ask", classmethod(lambda cls, parent, at: False))
    again = open_editor(PlanKind.RISK_PROFILE)
    assert again.document.content.strengths[0] == "Elsker musik"  # type: ignore[union-attr]
    assert not again.isWindowModified()
    with database.session() as session:
        assert drafts.pending_recovery(session, editor.version.id) is None


def test_saving_drops_the_autosave(qtbot: QtBot, database: Database, open_editor: OpenEditor) -> None:
    editor = open_editor(PlanKind.RISK_PROFILE)
    editor.autosaver.timer.setInterval(10)
    with qtbot.waitSignal(editor.autosaved):
        editor.document.edit_set(("alarm", 0), "Tryk på alarmen", typing=True)
    assert editor.save()
    with database.session() as session:
        assert drafts.pending_recovery(session, editor.version.id) is None
