"""The statistics screen shows the fixture's numbers; tasks run synchronously except where threads are
the point; the meeting pack is saved through a patched file dialog."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from tryghed_desktop.domain.incidents import IncidentReport, IncidentType, StrategyUse
from tryghed_desktop.domain.plans import PlanKind, RiskProfile
from tryghed_desktop.services import incidents, plans, residents, users
from tryghed_desktop.services.actors import SYSTEM, Actor, Role, actor_for
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import tasks
from tryghed_desktop.ui.statistics_view import StatisticsView, StrategyColumn, StrategyRole

CPH = ZoneInfo("Europe/Copenhagen")
TODAY = date(2026, 11, 20)  # "Sidste kvartal" is then July–September 2026


@dataclass
class Setup:
    unit_id: int
    resident_id: int
    coordinator: Actor


@pytest.fixture
def synchronous() -> Iterator[None]:
    tasks.set_pool(tasks.SynchronousPool())
    yield
    tasks.set_pool(None)


@pytest.fixture
def setup(database: Database) -> Setup:
    with database.session() as session:
        unit = residents.ensure_unit(session, "Bostedet Egebakken", "Hus Birk")
        for username, name, role in [
            ("anne", "Anne Sørensen", Role.COORDINATOR),
            ("lene", "Lene Holm", Role.ADVISOR),
            ("ali", "Ali Hassan", Role.STAFF),
        ]:
            users.create_user(session, SYSTEM, username=username, full_name=name, roles={role})
        rid = residents.create_resident(
            session, SYSTEM, unit_id=unit.id, display_name="Jonas Madsen", card_name="Jonas"
        )
        coordinator, advisor, staff = (actor_for(session, n) for n in ("anne", "lene", "ali"))
        approved = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
        draft = plans.start_draft(
            session, coordinator, rid, PlanKind.RISK_PROFILE, RiskProfile(), now=approved
        )
        plans.submit(session, coordinator, draft.id, now=approved)
        plans.approve(session, advisor, draft.id, now=approved + timedelta(hours=1))
        moments = [
            (datetime(2026, 7, 6, 7, 15, tzinfo=CPH), [("Tal roligt", False)]),  # Monday 07
            (datetime(2026, 7, 13, 7, 40, tzinfo=CPH), [("Tal roligt", False)]),  # Monday 07
            (datetime(2026, 8, 16, 23, 30, tzinfo=CPH), [("Tal roligt", True), ("Giv plads", True)]),  # Sun
            (datetime(2026, 9, 2, 16, 0, tzinfo=CPH), [("Tal roligt", False), ("Giv plads", True)]),  # Wed
        ]
        for when, uses in moments:
            report = IncidentReport(
                occurred_at=when,
                incident_type=IncidentType.THREAT,
                severity=2,
                location="Gangen",
                resident_id=rid,
                signs_seen=["Går frem og tilbage"],
                strategies=[StrategyUse(text, helped) for text, helped in uses],
            )
            incidents.register_incident(session, staff, report, now=when + timedelta(hours=1))
        return Setup(unit.id, rid, coordinator)


def _view(qtbot: QtBot, database: Database, setup: Setup) -> StatisticsView:
    view = StatisticsView(database, setup.coordinator, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.select(unit_id=setup.unit_id)
    return view


def test_the_view_shows_the_fixture_numbers(
    qtbot: QtBot, database: Database, setup: Setup, synchronous: None, qtmodeltester: Any
) -> None:
    view = _view(qtbot, database, setup)
    assert view.from_edit.date().toPython() == date(2026, 7, 1)
    assert view.summary.text() == "Vælg afdeling og periode, og tryk »Vis«."  # not an empty page
    view.show_button.click()
    assert view.statistics is not None and view.statistics.total == 4
    summary = "4 hændelser 01.07.2026–30.09.2026 (forrige periode 01.04.2026–30.06.2026: 0)."
    assert view.summary.text().startswith(summary)
    assert "1 strategi bør ses på igen" in view.summary.text()

    # The overview tab gives the counts the pack's first page gives.
    assert view.tabs.tabText(0) == "Overblik"
    table = view.overview_table
    cells = {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}
    assert cells["Hændelser i alt (forrige periode: 0)"] == "4"
    assert cells["Trussel"] == "4" and cells["Vold"] == "0"
    assert cells["Alvor 2 – Mindre"] == "4" and cells["Alvor 5 – Meget alvorlig"] == "0"

    # The heat map widget draws the fixture: weekday rows × hour columns, with the numbers written.
    axes = view.heatmap_canvas.figure.axes[0]
    grid = axes.images[0].get_array()
    assert grid[0][7] == 2 and grid[6][23] == 1 and grid[2][16] == 1 and grid.sum() == 4
    assert sorted(t.get_text() for t in axes.texts) == ["1", "1", "2"]
    trend = view.trend_canvas.figure.axes[0]
    heights = [int(bar.get_height()) for bar in trend.patches]
    assert heights == [0, 0, 0, 2, 1, 1]  # previous quarter, then July, August, September
    legend = [text.get_text() for text in trend.get_legend().get_texts()]
    assert legend == ["Forrige periode (01.04.2026–30.06.2026)", "Perioden (01.07.2026–30.09.2026)"]
    assert trend.get_ylim()[0] == 0

    model = view.strategy_model
    qtmodeltester.check(model)
    rows = {
        model.index(row, StrategyColumn.STRATEGY).data(): model.index(row, StrategyColumn.VERDICT).data()
        for row in range(model.rowCount())
    }
    assert rows == {"Tal roligt": "Se på den igen", "Giv plads": "Hjælper ofte"}
    assert model.index(0, StrategyColumn.HELPED).data() == "1 af 4"
    assert model.index(0, 0).data(StrategyRole.REVISIT) is True

    assert view.signs_list.item(0).text().startswith("4 ×")
    reviews = [view.review_list.item(i).text() for i in range(view.review_list.count())]
    assert reviews == ["Jonas: planen bør revideres – 4 hændelser siden planen blev godkendt 01.06.2026"]


def test_a_period_without_incidents_says_so(
    qtbot: QtBot, database: Database, setup: Setup, synchronous: None
) -> None:
    view = _view(qtbot, database, setup)
    view.set_period(date(2020, 1, 1), date(2020, 3, 31))
    view.show_button.click()
    empty = view.trend_canvas.figure.axes[0]
    # On an axis from 0 with whole numbers, not around 0 from −0.06 to 0.06.
    assert [t.get_text() for t in empty.texts] == ["Ingen hændelser i perioden eller den forrige."]
    assert empty.get_ylim() == (0, 1.18)


def test_filters_by_resident_and_type(
    qtbot: QtBot, database: Database, setup: Setup, synchronous: None
) -> None:
    view = _view(qtbot, database, setup)
    view.select(unit_id=setup.unit_id, resident_id=setup.resident_id)
    view.type_boxes[IncidentType.THREAT].setChecked(False)
    view.refresh()
    assert view.statistics is not None and view.statistics.total == 0
    assert view.current_filter().resident_id == setup.resident_id


def test_meeting_pack_is_saved_as_pdf_and_xlsx(  # noqa: PLR0917 - pytest fixtures
    qtbot: QtBot, database: Database, setup: Setup, synchronous: None, tmp_path: Path, monkeypatch: Any
) -> None:
    view = _view(qtbot, database, setup)
    target = tmp_path / "pakke.pdf"
    monkeypatch.setattr(StatisticsView, "ask_pdf_path", classmethod(lambda cls, parent, name: str(target)))
    view.pack_button.click()
    assert view.last_pack == (target, tmp_path / "pakke.xlsx")
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Mødepakke: Hus Birk" in text and "Borger A" in text and "Jonas" not in text
    book = load_workbook(io.BytesIO((tmp_path / "pakke.xlsx").read_bytes()))
    assert book["Overblik"]["B8"].value == 4

    # With "Alle afdelinger": the facility's pack, for the work-environment group.
    view.select(unit_id=None)
    view.refresh()
    assert view.pack_button.isEnabled()
    facility = tmp_path / "amg.pdf"
    monkeypatch.setattr(StatisticsView, "ask_pdf_path", classmethod(lambda cls, parent, name: str(facility)))
    view.pack_button.click()
    text = " ".join(page.extract_text() for page in PdfReader(facility).pages)
    assert "alle afdelinger" in text and "Jonas" not in text


def test_the_pack_is_the_whole_units_and_card_names_need_the_right_to_export(
    qtbot: QtBot, database: Database, setup: Setup, synchronous: None
) -> None:
    view = _view(qtbot, database, setup)
    assert view.pack_button.isEnabled() and view.names_box.isVisibleTo(view)
    view.select(unit_id=setup.unit_id, resident_id=setup.resident_id)
    assert not view.pack_button.isEnabled()
    assert "hele afdelingen" in view.pack_button.toolTip()
    view.select(unit_id=setup.unit_id)
    view.type_boxes[IncidentType.VIOLENCE].setChecked(False)
    assert not view.pack_button.isEnabled()
    view.type_boxes[IncidentType.VIOLENCE].setChecked(True)
    assert view.pack_button.isEnabled() and view.pack_button.toolTip() == ""

    with database.session() as session:
        staff = actor_for(session, "ali")
    staff_view = StatisticsView(database, staff, today=TODAY)
    qtbot.addWidget(staff_view)
    assert not staff_view.names_box.isVisibleTo(staff_view)


def test_a_period_that_ends_before_it_starts_is_refused_not_turned_round(
    qtbot: QtBot, database: Database, setup: Setup, synchronous: None
) -> None:
    view = _view(qtbot, database, setup)
    view.set_period(date(2026, 9, 30), date(2026, 7, 1))
    view.refresh()
    assert view.statistics is None
    assert view.summary.text() == "Perioden slutter, før den begynder. Byt om på datoerne."
    view.set_period(date(2026, 7, 1), date(2026, 9, 30))
    view.refresh()
    assert view.statistics is not None and view.statistics.total == 4


def test_statistics_run_on_a_worker_thread(qtbot: QtBot, database: Database, setup: Setup) -> None:
    tasks.set_pool(None)
    view = _view(qtbot, database, setup)
    view.refresh()
    assert view.busy_row.isVisibleTo(view)
    qtbot.waitUntil(lambda: view.statistics is not None, timeout=10_000)
    assert view.statistics is not None and view.statistics.total == 4
    assert not view.busy_row.isVisibleTo(view)


def test_a_cancelled_task_reports_cancelled_not_done(qtbot: QtBot, synchronous: None) -> None:
    seen: list[str] = []

    def work(task: tasks.Task) -> int:
        task.cancel()
        task.report(1, 2)
        return 1

    tasks.run_task(work, lambda _r: seen.append("done"), lambda _e: seen.append("error"),
                   on_cancelled=lambda: seen.append("cancelled"))  # fmt: skip
    assert seen == ["cancelled"]

    def broken(_task: tasks.Task) -> int:
        raise ValueError("boom")

    errors: list[BaseException] = []
    tasks.run_task(broken, lambda _r: None, errors.append)
    assert isinstance(errors[0], ValueError)


def test_grab_for_review(
    qtbot: QtBot, database: Database, setup: Setup, synchronous: None, tmp_path: Path
) -> None:
    view = _view(qtbot, database, setup)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    assert view.grab().save(str(tmp_path / "statistics.png"))


def test_the_figures_speak_english_in_english(
    qtbot: QtBot, database: Database, setup: Setup, synchronous: None, english: None
) -> None:
    view = _view(qtbot, database, setup)
    view.show_button.click()
    heatmap = view.heatmap_canvas.figure.axes[0]
    assert [tick.get_text() for tick in heatmap.get_yticklabels()][:2] == ["Mon", "Tue"]
    assert heatmap.get_xlabel().startswith("Time of day (Danish time)")
    assert view.trend_canvas.figure.axes[0].get_ylabel() == "Incidents"
