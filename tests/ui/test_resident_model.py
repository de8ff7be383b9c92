"""The resident list model and its filter, without a window."""

from __future__ import annotations

import msgspec
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from tests.ui.factories import TODAY, Facility
from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services import plans, residents
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.app_info import LOCAL_ACTOR
from tryghed_desktop.ui.history_model import VersionHistoryModel
from tryghed_desktop.ui.resident_model import Column, ResidentListModel, Role


def rows(database: Database) -> list[residents.ResidentRow]:
    with database.session() as session:
        return residents.list_residents(session)


def test_model_passes_qtmodeltester(
    qtmodeltester: ModelTester, database: Database, facility: Facility
) -> None:
    model = ResidentListModel()
    model.set_rows(rows(database), TODAY)
    qtmodeltester.check(model, force_py=True)
    model.set_filter("a")
    qtmodeltester.check(model, force_py=True)


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


def shown(model: ResidentListModel) -> list[str]:
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def test_filter_matches_name_and_card_name(database: Database, facility: Facility) -> None:
    model = ResidentListModel()
    model.set_rows(rows(database), TODAY)
    assert model.set_filter("k.j")
    assert shown(model) == ["Karen Jensen"]
    assert model.index(0, 0).data(Role.RESIDENT_ID) == facility.residents["karen"]
    assert model.resident(0).display_name == "Karen Jensen"
    assert not model.set_filter(" K.J ")  # the same filter: no reset
    assert model.set_filter("  NIELSEN ")
    assert shown(model) == ["Jonas Nielsen"]
    assert model.row_for_id(facility.residents["karen"]) is None
    assert model.contains_id(facility.residents["karen"])
    assert model.set_filter("")
    assert model.rowCount() == model.total_count() == 5


def test_filter_narrows_and_widens_over_5000_residents() -> None:
    """Typing on narrows from what is shown; deleting a letter looks at every resident again."""
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
    for text, count in (("b", 5000), ("borger 04", 1000), ("borger 049", 100), ("borger 04999", 1)):
        model.set_filter(text)
        assert model.rowCount() == count, text
    assert model.resident(0).id == 4999
    model.set_filter("borger 0499")
    assert model.rowCount() == 10
    model.set_filter("b4999")
    assert shown(model) == ["Borger 04999"]
    model.set_rows(many[:10], TODAY)  # a new unit keeps the filter
    assert model.rowCount() == 0
    assert model.total_count() == 10


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


def test_history_tooltip_shows_the_return_comment_and_the_notes_by_the_sections(
    database: Database, facility: Facility
) -> None:
    with database.session() as session:
        state = plans.resident_plans(session, LOCAL_ACTOR, facility.residents["jonas"]).plans[
            PlanKind.RISK_PROFILE
        ]
    view = state.history[0]
    notes = {"Gul – Tidlige tegn": "Skriv tegnene konkret."}
    model = VersionHistoryModel()

    def tooltip(comment: str) -> str:
        returned = msgspec.structs.replace(
            view, status=VersionStatus.RETURNED, return_comment=comment, return_notes=notes
        )
        model.set_rows([msgspec.structs.replace(state, history=(returned,))])
        return model.index(0, VersionHistoryModel.COLUMNS.DECIDED).data(Qt.ItemDataRole.ToolTipRole)

    assert tooltip("") == "»Gul – Tidlige tegn«: Skriv tegnene konkret."  # notes only: not an empty tooltip
    assert tooltip("Næsten.") == "Næsten.\n»Gul – Tidlige tegn«: Skriv tegnene konkret."
