"""The resident list model and its filter, without a window."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from tests.ui.factories import TODAY, Facility
from tryghed_desktop.services import plans, residents
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.app_info import LOCAL_ACTOR
from tryghed_desktop.ui.history_model import VersionHistoryModel
from tryghed_desktop.ui.resident_model import Column, ResidentFilterProxy, ResidentListModel, Role


def rows(database: Database) -> list[residents.ResidentRow]:
    with database.session() as session:
        return residents.list_residents(session)


def test_model_passes_qtmodeltester(
    qtmodeltester: ModelTester, database: Database, facility: Facility
) -> None:
    model = ResidentListModel()
    model.set_rows(rows(database), TODAY)
    qtmodeltester.check(model, force_py=True)
    proxy = ResidentFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("a")
    qtmodeltester.check(proxy, force_py=True)


def test_columns_roles_and_status_hints(database: Database, facility: Facility) -> None:
    model = ResidentListModel()
    model.set_rows(rows(database), TODAY)
    by_name = {model.index(r, Column.NAME).data(): r for r in range(model.rowCount())}
    assert set(by_name) == {"Ali Demir", "Jonas Nielsen", "Karen Jensen", "Lars Petersen", "Mette Hansen"}

    def status(name: str) -> str:
        return model.index(by_name[name], Column.STATUS).data()

    assert status("Ali Demir") == "Returneret"
    assert status("Mette Hansen") == "Afventer godkendelse"
    assert status("Jonas Nielsen") == "Kladde"
    assert status("Karen Jensen") == "Revision overskredet"
    assert status("Lars Petersen") == "Ingen godkendt plan"
    jonas = model.index(by_name["Jonas Nielsen"], Column.NAME)
    assert jonas.data(Role.RESIDENT_ID) == facility.residents["jonas"]
    assert jonas.data(Role.SUBTITLE) == "Solsikken · værelse 3"
    assert model.headerData(Column.ROOM, Qt.Orientation.Horizontal) == "Værelse"


def test_filter_matches_name_and_card_name(database: Database, facility: Facility) -> None:
    model = ResidentListModel()
    model.set_rows(rows(database), TODAY)
    proxy = ResidentFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("k.j")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Karen Jensen"]
    proxy.set_text("  NIELSEN ")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Jonas Nielsen"]
    proxy.set_text("")
    assert proxy.rowCount() == 5


def test_filter_is_fast_for_5000_residents() -> None:
    many = [
        residents.ResidentRow(
            id=number,
            display_name=f"Borger {number:05d}",
            card_name=f"B{number}",
            unit_id=1,
            unit_name="Hus A",
            room=str(number),
            active=True,
            approved_plans=1,
            drafts=0,
            awaiting_approval=0,
            returned=0,
            next_review_due=None,
        )
        for number in range(5000)
    ]
    model = ResidentListModel()
    model.set_rows(many, TODAY)
    proxy = ResidentFilterProxy()
    proxy.setSourceModel(model)
    started = time.perf_counter()
    for text in ("b", "bo", "bor", "borger 04", "borger 049", "borger 04999", ""):
        proxy.set_text(text)
    elapsed = time.perf_counter() - started
    proxy.set_text("borger 04999")
    assert proxy.rowCount() == 1
    assert elapsed < 1.0, f"7 keystrokes took {elapsed:.3f} s"


def test_history_model_passes_qtmodeltester(
    qtmodeltester: ModelTester, database: Database, facility: Facility
) -> None:
    with database.session() as session:
        resident_plans = plans.resident_plans(session, LOCAL_ACTOR, facility.residents["jonas"])
    model = VersionHistoryModel()
    model.set_rows(list(resident_plans.plans.values()))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5
    assert model.index(0, 2).data() == "Kladde"
    assert model.index(0, 0).data() == "Risikoprofil"
