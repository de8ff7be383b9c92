"""Saving a plan somebody else saved meanwhile: the conflict dialog shows both, and each choice is
carried out without a silent overwrite and without losing what was typed."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.editors.conftest import OpenEditor
from tryghed_desktop.domain.plans import PlanContent, PlanKind, RiskProfile
from tryghed_desktop.services import drafts
from tryghed_desktop.services.actors import Actor
from tryghed_desktop.services.plans import VersionView
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import AuditEvent
from tryghed_desktop.ui.editors import PlanEditor
from tryghed_desktop.ui.editors.conflict import ConflictChoice, ConflictDialog

Shown = list[tuple[PlanContent, VersionView]]


def _answer(monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice) -> Shown:
    shown: Shown = []

    def ask(_cls: object, _parent: object, mine: PlanContent, theirs: VersionView) -> ConflictChoice:
        shown.append((copy.deepcopy(mine), theirs))
        return choice

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(ask))
    return shown


def _edited_while_another_saves(editor: PlanEditor, database: Database, actor: Actor) -> None:
    """I type a trigger; meanwhile another PC saves the same draft with a different one."""
    mine = copy.deepcopy(editor.document.content)
    assert isinstance(mine, RiskProfile)
    mine.triggers = ["Min udløser"]
    editor.document.edit_replace(mine, "skriv")
    theirs = copy.deepcopy(mine)
    theirs.triggers = ["Deres udløser"]
    with database.session() as session:
        drafts.save(session, actor, editor.version.id, theirs, editor.version.row_version)


def _stored_triggers(database: Database, version_id: int) -> list[str]:
    with database.session() as session:
        content = drafts.stored_version(session, version_id).content
    assert isinstance(content, RiskProfile)
    return content.triggers


def test_keep_mine_saves_on_top_and_logs_theirs(
    open_editor: OpenEditor, database: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _answer(monkeypatch, ConflictChoice.KEEP_MINE)
    editor = open_editor(PlanKind.RISK_PROFILE)
    _edited_while_another_saves(editor, database, coordinator)

    assert editor.save()

    [(mine, theirs)] = shown
    assert isinstance(mine, RiskProfile) and mine.triggers == ["Min udløser"]
    assert isinstance(theirs.content, RiskProfile) and theirs.content.triggers == ["Deres udløser"]
    assert _stored_triggers(database, editor.version.id) == ["Min udløser"]
    assert not editor.is_dirty and editor.problem.isHidden()
    with database.session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == drafts.CONFLICT_ACTION)).one()
        assert event.detail["replaced_content"]["triggers"] == ["Deres udløser"]


def test_take_theirs_shows_their_version_and_undo_brings_mine_back(
    open_editor: OpenEditor, database: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, ConflictChoice.TAKE_THEIRS)
    editor = open_editor(PlanKind.RISK_PROFILE)
    _edited_while_another_saves(editor, database, coordinator)

    assert not editor.save()  # nothing of mine was stored

    content = editor.document.content
    assert isinstance(content, RiskProfile) and content.triggers == ["Deres udløser"]
    assert not editor.is_dirty and "Fortryd" in editor.problem.text()
    assert _stored_triggers(database, editor.version.id) == ["Deres udløser"]
    editor.stack.undo()
    content = editor.document.content
    assert isinstance(content, RiskProfile) and content.triggers == ["Min udløser"]
    assert editor.is_dirty
    assert editor.save()  # saving mine now is an ordinary save over the version I was shown
    assert _stored_triggers(database, editor.version.id) == ["Min udløser"]


def test_cancel_keeps_my_text_unsaved(
    open_editor: OpenEditor, database: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, ConflictChoice.CANCEL)
    editor = open_editor(PlanKind.RISK_PROFILE)
    _edited_while_another_saves(editor, database, coordinator)

    assert not editor.save()
    content = editor.document.content
    assert isinstance(content, RiskProfile) and content.triggers == ["Min udløser"]
    assert editor.is_dirty and editor.problem.isVisible()
    assert _stored_triggers(database, editor.version.id) == ["Deres udløser"]


def test_the_dialog_shows_both_versions_per_section(
    qtbot: QtBot, open_editor: OpenEditor, database: Database, coordinator: Actor
) -> None:
    editor = open_editor(PlanKind.RISK_PROFILE)
    _edited_while_another_saves(editor, database, coordinator)
    with database.session() as session:
        theirs = drafts.stored_version(session, editor.version.id)
    dialog = ConflictDialog(editor.document.content, theirs, editor)
    qtbot.addWidget(dialog)

    differing = [row for row in dialog.rows if row.differs]
    assert [row.title for row in differing] == ["Udløsende faktorer"]
    assert differing[0].mine == "• Min udløser" and differing[0].theirs == "• Deres udløser"
    assert dialog.table.rowCount() == len(dialog.rows)
    consequence = dialog.findChild(QLabel, "conflictConsequence")
    assert consequence is not None and "erstattet" in consequence.text()
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is ConflictChoice.TAKE_THEIRS
