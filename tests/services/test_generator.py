"""The data generator: a deterministic facility for benchmarks, and incidents for the demo."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from tryghed_desktop.services import audit, demo
from tryghed_desktop.services.generator import add_demo_incidents, generate, incident_count
from tryghed_desktop.services.review_signals import plans_needing_review
from tryghed_desktop.services.statistics import (
    StatsFilter,
    _sources,
    last_quarter,
    rebuild_incident_buckets,
    unit_statistics,
)
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import (
    Incident,
    IncidentStatsBucket,
    IncidentStatsHour,
    IncidentStatsSign,
    IncidentStatsStrategy,
    PlanVersion,
    Resident,
    Unit,
)

TODAY = date(2026, 11, 20)


def _fingerprint(database: Database) -> list[tuple[object, ...]]:
    with database.session() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(
                    Incident.resident_id,
                    Incident.occurred_at,
                    Incident.incident_type,
                    Incident.severity,
                    Incident.slot_label,
                    Incident.signs_seen,
                    Incident.strategies,
                ).order_by(Incident.id)
            )
        ]


def _summaries(database: Database) -> list[list[tuple[object, ...]]]:
    """Each summary table's counts summed by key."""
    tables = []
    with database.session() as session:
        for model in (IncidentStatsBucket, IncidentStatsHour, IncidentStatsSign, IncidentStatsStrategy):
            keys = [c for c in model.__table__.columns if c.key not in {"id", "count"}]
            rows = session.execute(select(*keys, func.sum(model.__table__.c["count"])).group_by(*keys))
            tables.append(sorted((tuple(row) for row in rows), key=repr))
    return tables


def test_generate_counts_and_is_deterministic(database: Database, tmp_path: object) -> None:
    with database.session() as session:
        summary = generate(session, residents=20, incidents=2_000, seed=7, today=TODAY)
    assert (summary.units, summary.residents, summary.incidents) == (3, 20, 2_000)
    with database.session() as session:
        assert incident_count(session) == 2_000
        assert session.scalar(select(func.count(Resident.id))) == 20
        assert session.scalar(select(func.count(Unit.id))) == 3
        # Every resident has an approved risk profile and daily rhythm.
        assert session.scalar(select(func.count(PlanVersion.id))) == 40
        years = session.execute(select(func.min(Incident.occurred_at), func.max(Incident.occurred_at))).one()
        assert years[0].year <= 2017 and years[1].date() <= TODAY
        # The slots come from each resident's own daily rhythm; most incidents fall in one.
        labelled = session.scalar(select(func.count()).where(Incident.slot_label != "")) or 0
        assert labelled > 1_500
        stats = unit_statistics(session, StatsFilter(None, None, date(2016, 1, 1), TODAY))
        assert stats.total == sum(sum(row) for row in stats.hour_weekday)
        assert stats.strategies and stats.signs
    first = _fingerprint(database)
    # The bulk insert fills the statistics summaries as a rebuild from the incidents would.
    generated = _summaries(database)
    assert all(generated)
    with database.session() as session:
        rebuild_incident_buckets(session)
    assert _summaries(database) == generated
    with database.session() as session:
        stats_filter = StatsFilter(None, None, date(2016, 1, 1), TODAY)
        assert _sources(session, stats_filter, "Europe/Copenhagen", summaries=True)[0]
        assert unit_statistics(session, stats_filter) == unit_statistics(
            session, stats_filter, summaries=False
        )

    from tryghed_desktop.store.db import open_database

    again = open_database(f"sqlite:///{tmp_path}/again.db")  # type: ignore[str-bytes-safe]
    with again.session() as session:
        generate(session, residents=20, incidents=2_000, seed=7, today=TODAY)
    assert _fingerprint(again) == first
    again.dispose()


def test_demo_incidents_go_through_the_services(database: Database) -> None:
    with database.session() as session:
        demo.populate_demo(session, today=TODAY)
    with database.session() as session:
        added = add_demo_incidents(session, 60, seed=3, today=TODAY)
    assert added == 60
    with database.session() as session:
        assert incident_count(session) == 60
        assert audit.verify_chain(session) == []
        open_ones = session.scalar(select(func.count()).where(Incident.closed_at.is_(None))) or 0
        assert 0 < open_ones < 60  # the last weeks' stay open for the follow-up list
        start, end = last_quarter(TODAY)
        stats = unit_statistics(session, StatsFilter(None, None, start, end))
        assert stats.total > 0
        assert _sources(session, stats.filter, stats.zone, summaries=True)[0]  # kept by the rebuild
        assert stats == unit_statistics(session, stats.filter, summaries=False)
        # Signs and strategies are the residents' own, ticked from their profiles.
        assert all(sign.card_name for sign in stats.signs)
        assert plans_needing_review(session)  # the demo shows the review signal somewhere
