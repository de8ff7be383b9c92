from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.editors.test_risk_profile import commit
from tryghed_desktop.domain.plans import PlanKind, RiskProfile, StageKind
from tryghed_desktop.domain.readability import measure, plan_readability
from tryghed_desktop.services import drafts, plans
from tryghed_desktop.services.actors import actor_for
from tryghed_desktop.services.demo import populate_demo
from tryghed_desktop.services.demo_content import TEXT_HEAVY_RESIDENT
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import Resident
from tryghed_desktop.ui.editors import open_plan_editor
from tryghed_desktop.ui.editors.risk_profile import RiskProfileEditor

SHORT_SIGNS = ["Hæver stemmen", "Knytter hænderne", "Holder sig på skulderen: har ondt"]


def _kim_with_the_long_text_in_a_draft(database: Database) -> int:
    """Kim's simplified revision goes back to the coordinator, who starts over from the long text."""
    with database.session() as session:
        populate_demo(session, today=date(2026, 11, 20))
    with database.session() as session:
        kim = session.scalars(select(Resident.id).where(Resident.display_name == TEXT_HEAVY_RESIDENT)).one()
        anne, lene = actor_for(session, "anne"), actor_for(session, "lene")
        state = plans.resident_plans(session, anne, kim).plans[PlanKind.RISK_PROFILE]
        assert state.open is not None and state.current is not None
        plans.return_version(session, lene, state.open.id, "Start forfra fra den godkendte tekst.")
        returned = plans.version_view(plans.get_version(session, state.open.id))
        drafts.save(session, anne, returned.id, state.current.content, returned.row_version)
        return kim


def test_a_coordinator_shortens_the_text_heavy_plan_with_the_keyboard_only(
    qtbot: QtBot, database: Database
) -> None:
    kim = _kim_with_the_long_text_in_a_draft(database)
    with database.session() as session:
        anne = actor_for(session, "anne")
    editor = open_plan_editor(database, anne, kim, PlanKind.RISK_PROFILE)
    assert editor is not None
    qtbot.addWidget(editor)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    before = plan_readability(editor.document.snapshot()).total
    profile = editor.kind_editor
    assert isinstance(profile, RiskProfileEditor)
    signs = profile.stage_lists[StageKind.YELLOW, "signs"]
    assert measure(signs.model.row_value(0)).words > 40  # one paragraph, as written before

    def key(which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(QApplication.focusWidget(), which, modifier)

    key(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Gå til › Gul – Tidlige tegn
    assert QApplication.focusWidget() is signs.view
    key(Qt.Key.Key_Home)
    key(Qt.Key.Key_F2)  # rewrite the paragraph as the first short item
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), SHORT_SIGNS[0])
    commit(qtbot, signs.view)
    for text in SHORT_SIGNS[1:]:
        key(Qt.Key.Key_Return)  # a new item below
        qtbot.keyClicks(QApplication.focusWidget(), text)
        commit(qtbot, signs.view)
    assert [signs.model.row_value(row) for row in range(signs.model.rowCount())][:3] == SHORT_SIGNS

    with qtbot.waitSignal(editor.saved):
        key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with database.session() as session:
        stored = plans.version_view(plans.get_version(session, editor.version.id)).content
    assert isinstance(stored, RiskProfile)
    assert stored.stage(StageKind.YELLOW).signs[:3] == SHORT_SIGNS
    after = plan_readability(stored).total
    assert after.words < before.words - 40
    qtbot.waitUntil(lambda: "Mod godkendt: −" in editor.panel.totals.text())
