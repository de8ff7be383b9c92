"""Statistics against a hand-computed fixture (DST edges, a Sunday 23.30), review trigger, SQL plan."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, select, text

from tryghed_desktop.domain.incidents import IncidentReport, IncidentType, StrategyUse
from tryghed_desktop.domain.plans import PlanKind, RiskProfile
from tryghed_desktop.services import incidents, plans, residents
from tryghed_desktop.services.errors import PermissionDeniedError
from tryghed_desktop.services.review_signals import plans_needing_review
from tryghed_desktop.services.statistics import (
    Statistics,
    StatsFilter,
    _sources,
    forget_incident_bucket,
    last_quarter,
    last_twelve_months,
    meeting_pack_input,
    offset_segments,
    rebuild_incident_buckets,
    record_incident_bucket,
    statistics_csv,
    statistics_dict,
    unit_statistics,
)
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import (
    AppSetting,
    Incident,
    IncidentStatsBucket,
    IncidentStatsHour,
    IncidentStatsSign,
    IncidentStatsStrategy,
)

from .conftest import Ward

CPH = ZoneInfo("Europe/Copenhagen")
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
PERIOD = (date(2026, 3, 1), date(2026, 10, 31))


def local(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=CPH)


HELPED, FAILED, UNSURE = True, False, None
CALM, BREAK = "Tal roligt", "Tilbyd pause"
PACING, LOUD = "Går frem og tilbage", "Taler højt"

# (local time, type, severity, strategies, signs) and where it must land: (weekday, local hour).
FIXTURE = [
    # Saturday 23.30 winter time, the night before DST starts.
    (local(2026, 3, 28, 23, 30), IncidentType.THREAT, 2, [(CALM, HELPED)], [PACING], (SAT, 23)),
    (local(2026, 3, 29, 1, 30), IncidentType.THREAT, 1, [(CALM, FAILED)], [PACING], (SUN, 1)),
    # 03.30 summer time, one real hour after the previous: clocks jumped 02.00 → 03.00.
    (local(2026, 3, 29, 3, 30), IncidentType.VIOLENCE, 3, [(CALM, FAILED)], [PACING], (SUN, 3)),
    (local(2026, 3, 29, 23, 30), IncidentType.VIOLENCE, 4, [(CALM, FAILED)], [LOUD], (SUN, 23)),
    # Monday 00.15 local is still Sunday in UTC.
    (local(2026, 3, 30, 0, 15), IncidentType.HARASSMENT, 2, [(CALM, UNSURE)], [], (MON, 0)),
    (local(2026, 4, 1, 7, 10), IncidentType.THREAT, 2, [(BREAK, HELPED)], [], (WED, 7)),
    (local(2026, 4, 1, 7, 50), IncidentType.THREAT, 1, [(BREAK, HELPED)], [], (WED, 7)),
    (local(2026, 5, 15, 14, 0), IncidentType.OFFENSIVE, 1, [], [], (FRI, 14)),
    # 1 July 00.30 local is 30 June in UTC: it belongs to July.
    (local(2026, 7, 1, 0, 30), IncidentType.THREAT, 3, [], [], (WED, 0)),
    # 03.30 winter time after DST ends.
    (local(2026, 10, 25, 3, 30), IncidentType.VIOLENCE, 2, [], [], (SUN, 3)),
]
PREVIOUS = local(2026, 2, 10, 10, 0)  # in the previous period (July 2025 – February 2026)
OUTSIDE = local(2025, 1, 5, 12, 0)  # in neither


def _register(database: Database, ward: Ward, when: datetime, **values: object) -> int:
    report = IncidentReport(
        occurred_at=when,
        incident_type=values.get("kind", IncidentType.THREAT),  # type: ignore[arg-type]
        severity=values.get("severity", 2),  # type: ignore[arg-type]
        location="Gangen",
        resident_id=values.get("resident_id", ward.resident_id),  # type: ignore[arg-type]
        signs_seen=list(values.get("signs", [])),  # type: ignore[call-overload]
        strategies=[StrategyUse(t, h) for t, h in values.get("strategies", [])],  # type: ignore[attr-defined]
    )
    with database.session() as session:
        return incidents.register_incident(session, ward.staff, report, now=when + timedelta(hours=1))


@pytest.fixture
def fixture_ward(database: Database, ward: Ward) -> Ward:
    for when, kind, severity, strategies, signs, _cell in FIXTURE:
        _register(database, ward, when, kind=kind, severity=severity, strategies=strategies, signs=signs)
    _register(database, ward, PREVIOUS)
    _register(database, ward, OUTSIDE)
    return ward


def _stats(database: Database, **changes: object) -> object:
    values: dict[str, object] = {"unit_id": None, "resident_id": None, "start": PERIOD[0], "end": PERIOD[1]}
    values.update(changes)
    with database.session() as session:
        return unit_statistics(session, StatsFilter(**values))  # type: ignore[arg-type]


def test_hour_by_weekday_is_danish_local_time_across_dst(database: Database, fixture_ward: Ward) -> None:
    stats = _stats(database, unit_id=fixture_ward.unit_id)
    expected = [[0] * 7 for _ in range(24)]
    for *_rest, (day, hour) in FIXTURE:
        expected[hour][day] += 1
    assert [list(row) for row in stats.hour_weekday] == expected  # type: ignore[attr-defined]
    assert stats.total == 10  # type: ignore[attr-defined]
    assert stats.by_weekday == (1, 0, 3, 0, 1, 1, 4)  # type: ignore[attr-defined]


def test_counts_by_type_and_severity(database: Database, fixture_ward: Ward) -> None:
    stats = _stats(database, unit_id=fixture_ward.unit_id)
    assert stats.by_type == {"violence": 3, "threat": 5, "harassment": 1, "offensive": 1}  # type: ignore[attr-defined]
    assert stats.by_severity == {1: 3, 2: 4, 3: 2, 4: 1, 5: 0}  # type: ignore[attr-defined]


def test_months_and_quarters_against_the_previous_period(database: Database, fixture_ward: Ward) -> None:
    stats = _stats(database, resident_id=fixture_ward.resident_id)
    months = [(m.label, m.count, m.previous_label, m.previous) for m in stats.months]  # type: ignore[attr-defined]
    assert months == [
        ("mar 2026", 5, "jul 2025", 0),
        ("apr 2026", 2, "aug 2025", 0),
        ("maj 2026", 1, "sep 2025", 0),
        ("jun 2026", 0, "okt 2025", 0),
        ("jul 2026", 1, "nov 2025", 0),
        ("aug 2026", 0, "dec 2025", 0),
        ("sep 2026", 0, "jan 2026", 0),
        ("okt 2026", 1, "feb 2026", 1),
    ]
    # Only the quarters the period covers whole (March alone is not K1), each beside the same months
    # of the previous period, named as what they are.
    quarters = [(q.label, q.count, q.previous_label, q.previous) for q in stats.quarters]  # type: ignore[attr-defined]
    assert quarters == [("K2 2026", 3, "aug–okt 2025", 0), ("K3 2026", 1, "nov 2025–jan 2026", 0)]
    assert (stats.previous_total, stats.previous_start, stats.previous_end) == (  # type: ignore[attr-defined]
        1,
        date(2025, 7, 1),
        date(2026, 2, 28),
    )


def test_a_period_not_of_whole_months_is_compared_with_as_many_days_before_it(
    database: Database, fixture_ward: Ward
) -> None:
    # 01.07–30.07 (30 days) against 01.06–30.06, not against 01.06–29.06 as a month back gave.
    stats = _stats(
        database, resident_id=fixture_ward.resident_id, start=date(2026, 7, 1), end=date(2026, 7, 30)
    )
    assert (stats.previous_start, stats.previous_end) == (date(2026, 6, 1), date(2026, 6, 30))  # type: ignore[attr-defined]
    assert [(m.label, m.previous_label) for m in stats.months] == [("01.07.–30.07.2026", "jun 2026")]  # type: ignore[attr-defined]
    assert stats.quarters == ()  # type: ignore[attr-defined]
    # One day: the day before, never a stretch that ends before it starts (29.03 → 28.02–27.02).
    day = _stats(
        database, resident_id=fixture_ward.resident_id, start=date(2026, 3, 29), end=date(2026, 3, 29)
    )
    assert (day.previous_start, day.previous_end) == (date(2026, 3, 28), date(2026, 3, 28))  # type: ignore[attr-defined]
    # Across a year end, each stretch moved back by the period's 46 days.
    winter = _stats(
        database, resident_id=fixture_ward.resident_id, start=date(2025, 12, 15), end=date(2026, 1, 29)
    )
    labels = [(m.label, m.previous_label) for m in winter.months]  # type: ignore[attr-defined]
    assert labels == [("15.12.–31.12.2025", "30.10.–15.11.2025"), ("01.01.–29.01.2026", "16.11.–14.12.2025")]


def test_strategies_are_flagged_when_they_rarely_help(database: Database, fixture_ward: Ward) -> None:
    stats = _stats(database, unit_id=fixture_ward.unit_id)
    by_text = {s.text: s for s in stats.strategies}  # type: ignore[attr-defined]
    calm, pause = by_text[CALM], by_text[BREAK]
    assert (calm.helped, calm.not_helped, calm.unknown, calm.tries) == (1, 3, 1, 4)
    assert calm.revisit and calm.summary == "hjalp 1 af 4 gange"
    assert (pause.helped, pause.tries, pause.revisit) == (2, 2, False)
    assert calm.card_name == "Jonas"
    assert stats.strategies[0].text == CALM  # type: ignore[attr-defined]
    assert [(s.text, s.count) for s in stats.signs] == [(PACING, 3), (LOUD, 1)]  # type: ignore[attr-defined]


def test_type_filter_and_an_empty_unit(database: Database, fixture_ward: Ward) -> None:
    stats = _stats(database, unit_id=fixture_ward.unit_id, types=frozenset({IncidentType.VIOLENCE}))
    assert stats.total == 3  # type: ignore[attr-defined]
    assert stats.hour_weekday[3][SUN] == 2  # type: ignore[attr-defined]
    with database.session() as session:
        other = residents.ensure_unit(session, "Bostedet Egebakken", "Hus Kastanje").id
    empty = _stats(database, unit_id=other)
    assert empty.total == 0 and empty.strategies == () and sum(empty.by_hour) == 0  # type: ignore[attr-defined]


def test_dst_changes_are_found_to_the_minute() -> None:
    start, end = local(2026, 1, 1, 0, 0).astimezone(UTC), local(2027, 1, 1, 0, 0).astimezone(UTC)
    segments = offset_segments("Europe/Copenhagen", start, end)
    assert [(moment.isoformat(), minutes) for moment, minutes in segments] == [
        (start.isoformat(), 60),
        ("2026-03-29T01:00:00+00:00", 120),
        ("2026-10-25T01:00:00+00:00", 60),
    ]


def test_exports_for_the_cli(database: Database, fixture_ward: Ward) -> None:
    stats = _stats(database, unit_id=fixture_ward.unit_id)
    data = json.loads(json.dumps(statistics_dict(stats)))  # type: ignore[arg-type]
    assert data["total"] == 10 and data["hour_weekday"][23][SUN] == 1
    assert data["strategies"][0]["revisit"] is True
    rows = list(csv.reader(io.StringIO(statistics_csv(stats))))  # type: ignore[arg-type]
    assert rows[0] == ["afsnit", "nøgle", "detalje", "antal"]
    assert ["type", "Vold", "", "3"] in rows
    strategy_rows = [row for row in rows if row[0] == "strategi"]
    assert strategy_rows and all(row[2].startswith("Jonas: hjalp ") for row in strategy_rows)


def test_card_names_in_the_meeting_pack_only_for_those_who_may_export(
    database: Database, fixture_ward: Ward
) -> None:
    unit, (start, end) = fixture_ward.unit_id, PERIOD
    with database.session() as session:
        anonymous = meeting_pack_input(session, fixture_ward.staff, unit, start, end)
        assert anonymous.statistics.total == 10
        with pytest.raises(PermissionDeniedError, match="ikke ret til at eksportere"):
            meeting_pack_input(session, fixture_ward.staff, unit, start, end, show_card_names=True)
        named = meeting_pack_input(session, fixture_ward.coordinator, unit, start, end, show_card_names=True)
        assert named.statistics.total == 10


def test_period_presets() -> None:
    assert last_quarter(date(2026, 11, 20)) == (date(2026, 7, 1), date(2026, 9, 30))
    assert last_quarter(date(2026, 2, 3)) == (date(2025, 10, 1), date(2025, 12, 31))
    assert last_twelve_months(date(2026, 11, 20)) == (date(2025, 11, 1), date(2026, 10, 31))


@pytest.mark.sqlite_only  # EXPLAIN QUERY PLAN is SQLite's
def test_the_unit_query_uses_an_index(database: Database, fixture_ward: Ward) -> None:
    with database.session() as session:
        plan = session.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT incident_type, severity, count(*) FROM incidents "
                "WHERE unit_id = :unit AND occurred_at >= :start AND occurred_at < :end "
                "GROUP BY incident_type, severity"
            ),
            {"unit": fixture_ward.unit_id, "start": "2026-03-01", "end": "2026-11-01"},
        ).all()
    details = " ".join(str(row[-1]) for row in plan)
    assert "USING INDEX ix_incidents_unit_id_occurred_at" in details


# --- the monthly summaries ------------------------------------------------------------------------

SUMMARY_MODELS = (IncidentStatsBucket, IncidentStatsHour, IncidentStatsSign, IncidentStatsStrategy)


def _summaries(database: Database) -> list[list[tuple[object, ...]]]:
    """Every summary table's counts by key (duplicate keys summed, zero counts left out)."""
    tables = []
    with database.session() as session:
        for model in SUMMARY_MODELS:
            totals: dict[tuple[object, ...], int] = {}
            for row in session.execute(select(model.__table__)).mappings():
                key = tuple(value for name, value in row.items() if name not in {"id", "count"})
                totals[key] = totals.get(key, 0) + row["count"]
            tables.append(sorted(((*k, n) for k, n in totals.items() if n), key=repr))
    return tables


def _both(database: Database, **changes: object) -> tuple[Statistics, Statistics]:
    values: dict[str, object] = {"unit_id": None, "resident_id": None, "start": PERIOD[0], "end": PERIOD[1]}
    values.update(changes)
    with database.session() as session:
        stats_filter = StatsFilter(**values)  # type: ignore[arg-type]
        return unit_statistics(session, stats_filter), unit_statistics(session, stats_filter, summaries=False)


# (start, end, whether a whole month of the period or its trend comes from the summaries)
PERIODS = [
    (*PERIOD, True),  # whole months: the summaries alone
    (date(2026, 3, 15), date(2026, 10, 10), True),  # partial first and last months around whole ones
    (date(2026, 3, 29), date(2026, 3, 29), False),  # one day, the DST change: incidents only
    (date(2026, 3, 28), date(2026, 4, 1), False),  # across a month end, no whole month
    (date(2026, 3, 31), date(2026, 7, 31), True),  # the previous period's first day is clamped
    (date(2025, 1, 1), date(2026, 12, 31), True),
]


@pytest.mark.parametrize(("start", "end", "summarised_months"), PERIODS)
def test_summaries_give_what_the_incidents_give(
    database: Database, fixture_ward: Ward, start: date, end: date, summarised_months: bool
) -> None:
    for changes in (
        {"unit_id": fixture_ward.unit_id},
        {"resident_id": fixture_ward.resident_id},
        {"unit_id": fixture_ward.unit_id, "types": frozenset({IncidentType.VIOLENCE, IncidentType.THREAT})},
        {},
    ):
        summarised, counted = _both(database, start=start, end=end, **changes)
        assert summarised == counted, (start, end, changes)
        with database.session() as session:
            used, _whole, _days = _sources(session, summarised.filter, summarised.zone, summaries=True)
        assert used == summarised_months


def test_registrations_keep_the_summaries_equal_to_a_rebuild(database: Database, fixture_ward: Ward) -> None:
    kept = _summaries(database)
    assert all(kept)  # every table has rows
    with database.session() as session:
        rebuild_incident_buckets(session)
    assert _summaries(database) == kept


def test_a_change_is_forgotten_then_recorded(database: Database, fixture_ward: Ward) -> None:
    incident_id = _register(
        database, fixture_ward, local(2026, 6, 30, 23, 30), severity=2, strategies=[(CALM, HELPED)]
    )
    with database.session() as session:
        incident = session.get(Incident, incident_id)
        assert incident is not None
        forget_incident_bucket(session, incident)  # before the change, as the incident still is
        incident.occurred_at = local(2026, 7, 1, 0, 30)  # into the next month, a Wednesday
        incident.severity = 5
        incident.incident_type = IncidentType.VIOLENCE.value
        incident.signs_seen = [LOUD]
        incident.strategies = [{"text": BREAK, "helped": False}]
        session.flush()
        record_incident_bucket(session, incident)
    kept = _summaries(database)
    with database.session() as session:
        rebuild_incident_buckets(session)
    assert _summaries(database) == kept
    with database.session() as session:
        incident = session.get(Incident, incident_id)
        assert incident is not None
        forget_incident_bucket(session, incident)  # before deleting it
        session.delete(incident)
    summarised, counted = _both(database, unit_id=fixture_ward.unit_id)
    assert summarised == counted and summarised.total == 10


def test_a_registration_that_skipped_the_summaries_reads_the_incidents(
    database: Database, fixture_ward: Ward
) -> None:
    incident_id = _register(database, fixture_ward, local(2026, 5, 2, 12, 0))
    with database.session() as session:  # as if another path had stored it without the summaries
        incident = session.get(Incident, incident_id)
        assert incident is not None
        forget_incident_bucket(session, incident)
    summarised, counted = _both(database, unit_id=fixture_ward.unit_id)
    assert summarised == counted and summarised.total == 11
    with database.session() as session:
        assert not _sources(session, summarised.filter, summarised.zone, summaries=True)[0]


def test_the_migration_backfills_the_summaries(database: Database, fixture_ward: Ward) -> None:
    kept = _summaries(database)
    with database.session() as session:
        for model in SUMMARY_MODELS:
            session.execute(delete(model))
    from alembic import command

    from tryghed_desktop.store.db import alembic_config

    with database.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
        command.upgrade(config, "0006")
    assert _summaries(database) == kept


# --- the review trigger ---------------------------------------------------------------------------

APPROVED = datetime(2026, 5, 12, 10, 0, tzinfo=UTC)


def _approve_profile(database: Database, ward: Ward, when: datetime) -> None:
    with database.session() as session:
        draft = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, RiskProfile(), now=when
        )
        plans.submit(session, ward.coordinator, draft.id, now=when)
        plans.approve(session, ward.advisor, draft.id, now=when + timedelta(hours=1))


def _signals(database: Database, ward: Ward) -> list[object]:
    with database.session() as session:
        return list(plans_needing_review(session, ward.unit_id))


def test_third_incident_after_approval_triggers_review(database: Database, ward: Ward) -> None:
    _approve_profile(database, ward, APPROVED - timedelta(hours=1))
    _register(database, ward, APPROVED - timedelta(days=3))  # before approval: does not count
    _register(database, ward, APPROVED - timedelta(days=2))
    _register(database, ward, APPROVED + timedelta(days=1))
    _register(database, ward, APPROVED + timedelta(days=2))
    assert _signals(database, ward) == []
    _register(database, ward, APPROVED + timedelta(days=3))
    [signal] = _signals(database, ward)
    assert signal.card_name == "Jonas"  # type: ignore[attr-defined]
    assert signal.reasons == ("3 hændelser siden planen blev godkendt 12.05.2026",)  # type: ignore[attr-defined]


def test_one_severe_incident_triggers_alone(database: Database, ward: Ward) -> None:
    _approve_profile(database, ward, APPROVED - timedelta(hours=1))
    _register(database, ward, local(2026, 11, 3, 9, 0), severity=4)
    [signal] = _signals(database, ward)
    assert signal.reasons == ("Alvor 4 den 03.11.2026",)  # type: ignore[attr-defined]


def test_many_severe_incidents_show_the_latest_three_and_count_the_rest(
    database: Database, ward: Ward
) -> None:
    _approve_profile(database, ward, APPROVED - timedelta(hours=1))
    _register(database, ward, APPROVED - timedelta(days=1), severity=5)  # before approval: not counted
    for day, severity in ((1, 4), (2, 5), (3, 2), (4, 4), (5, 5)):
        _register(database, ward, local(2026, 11, day, 9, 0), severity=severity)
    [signal] = _signals(database, ward)
    assert signal.reasons == (  # type: ignore[attr-defined]
        "5 hændelser siden planen blev godkendt 12.05.2026",
        "Alvor 5 den 02.11.2026",
        "Alvor 4 den 04.11.2026",
        "Alvor 5 den 05.11.2026",
        "og 1 til med alvor 4 eller mere",
    )
    assert signal.worst_severity == 5  # type: ignore[attr-defined]


def test_threshold_is_a_setting_and_a_new_approval_resets(database: Database, ward: Ward) -> None:
    _approve_profile(database, ward, APPROVED - timedelta(hours=1))
    with database.session() as session:
        session.add(AppSetting(key="review_trigger_incidents", value=2))
    _register(database, ward, APPROVED + timedelta(days=1))
    _register(database, ward, APPROVED + timedelta(days=2))
    assert len(_signals(database, ward)) == 1
    _approve_profile(database, ward, APPROVED + timedelta(days=5))
    assert _signals(database, ward) == []


def test_a_resident_without_an_approved_plan_is_not_listed(database: Database, ward: Ward) -> None:
    for day in range(4):
        _register(database, ward, APPROVED + timedelta(days=day), severity=5)
    assert _signals(database, ward) == []
