"""Editor fixtures: a coordinator on the small facility, editors opened through the public entry, and
prompts answered without a modal dialog."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.factories import Facility
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services.actors import Actor
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.editors import PlanEditor, open_plan_editor
from tryghed_desktop.ui.editors.prompts import LeaveChoice, LeavePrompt, RecoveryPrompt

OpenEditor = Callable[..., PlanEditor]


@pytest.fixture(autouse=True)
def _answered_prompts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    # A real QMessageBox.exec would block the test; each test may answer differently.
    asked: list[str] = []

    def leave(_parent: object) -> LeaveChoice:
        asked.append("leave")
        return LeaveChoice.DISCARD

    def recover(_parent: object, _saved_at: object) -> bool:
        asked.append("recover")
        return True

    monkeypatch.setattr(LeavePrompt, "ask", classmethod(lambda cls, parent: leave(parent)))
    monkeypatch.setattr(RecoveryPrompt, "ask", classmethod(lambda cls, parent, at: recover(parent, at)))
    return asked


@pytest.fixture
def open_editor(qtbot: QtBot, database: Database, facility: Facility, coordinator: Actor) -> OpenEditor:
    def opener(kind: PlanKind, resident: str = "jonas", actor: Actor | None = None) -> PlanEditor:
        editor = open_plan_editor(database, actor or coordinator, facility.residents[resident], kind)
        assert editor is not None
        qtbot.addWidget(editor)
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        return editor

    return opener
