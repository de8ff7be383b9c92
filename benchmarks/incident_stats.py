"""Statistics for one unit over a database of 1,000,000 incidents, against its budget and raw sqlite3;
and the coordinator's start page list of plans to revise over the same database.

Run: .venv/bin/python benchmarks/incident_stats.py [--incidents 1000000] [--residents 200] [--repeat 7]
     [--json]
The database is generated once (in a subprocess, so its memory does not count) and cached by size and
schema version (the generator also fills the statistics summaries). The raw sqlite3 baseline replays
every statement unit_statistics ran (summary and incident aggregates, the consistency counts) with the
same parameters on a plain sqlite3 connection, so the ratio is the ORM's overhead alone; the two
are taken in turns.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from figures import Figure, report
from sqlalchemy import event, func, select

from tryghed_desktop.services.review_signals import plans_needing_review
from tryghed_desktop.services.statistics import StatsFilter, unit_statistics
from tryghed_desktop.store.db import open_database
from tryghed_desktop.store.models import Incident
from tryghed_desktop.store.schema import SCHEMA_HEAD

TODAY = date(2026, 11, 20)
SEED = 2026
BUDGET_MS = 150.0
RATIO_BUDGET = 2.0
RSS_BUDGET_MB = 300.0
SIGNALS_BUDGET_MS = 150.0  # the window opening a resident has the same; not one of the figures


def database_path(incidents: int, residents: int) -> Path:
    return Path(tempfile.gettempdir()) / f"tryghed-bench-{incidents}-{residents}-{SEED}-s{SCHEMA_HEAD}.db"


def ensure_database(incidents: int, residents: int) -> Path:
    path = database_path(incidents, residents)
    if path.exists():
        return path
    partial = path.with_suffix(".partial.db")
    partial.unlink(missing_ok=True)
    code = (
        "import sys, time\n"
        "from datetime import date\n"
        "from tryghed_desktop.store.db import open_database\n"
        "from tryghed_desktop.services.generator import generate\n"
        f"db = open_database('sqlite:///{partial}')\n"
        "start = time.perf_counter()\n"
        "with db.session() as s:\n"
        f"    generate(s, residents={residents}, incidents={incidents}, seed={SEED},\n"
        "             today=date(2026, 11, 20),\n"
        "             progress=lambda d, n: print(f'  {d:>9,} / {n:,}', end='\\r', file=sys.stderr))\n"
        "took = time.perf_counter() - start\n"
        f"print(f'generated {incidents:,} incidents in {{took:.1f}} s', file=sys.stderr)\n"
        "db.dispose()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    # Written out before anything is measured: right after generating, the kernel still writes back
    # nearly 1 GB, and that slowed whichever run came first (the app's: ratios of 2.3 in a suite run).
    with partial.open("rb") as written:
        os.fsync(written.fileno())
    partial.rename(path)
    return path


def _ms(action: Any) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def medians_in_turns(first: Any, second: Any, repeat: int) -> tuple[float, float]:
    """Median milliseconds of each, taken in turns so that a busy moment slows both alike."""
    first(), second()  # warm: statement cache, page cache
    pairs = [(_ms(first), _ms(second)) for _ in range(repeat)]
    return statistics.median(a for a, _ in pairs), statistics.median(b for _, b in pairs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--incidents", type=int, default=1_000_000)
    parser.add_argument("--residents", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="figures as JSON (for benchmarks/suite.py)")
    args = parser.parse_args()

    path = ensure_database(args.incidents, args.residents)
    database = open_database(f"sqlite:///{path}", migrate=False)
    with database.session() as session:
        total = session.scalar(select(func.count(Incident.id))) or 0
        # The unit with the most incidents: the worst case a coordinator can pick.
        unit_id, unit_count = session.execute(
            select(Incident.unit_id, func.count())
            .group_by(Incident.unit_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        first = session.scalar(select(func.min(Incident.occurred_at)))
    assert first is not None
    stats_filter = StatsFilter(unit_id, None, first.date(), TODAY)

    statements: list[tuple[str, Any]] = []

    def capture(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool
    ) -> None:
        statements.append((statement, parameters))

    def run() -> None:
        with database.session() as session:
            unit_statistics(session, stats_filter)

    event.listen(database.engine, "before_cursor_execute", capture)
    run()
    event.remove(database.engine, "before_cursor_execute", capture)
    aggregates = list(statements)
    raw = sqlite3.connect(path)

    def run_raw() -> None:
        for sql, params in aggregates:
            raw.execute(sql, params).fetchall()

    measured, raw_ms = medians_in_turns(run, run_raw, args.repeat)
    raw.close()

    def run_signals() -> None:  # the coordinator's start page, at every login and refresh
        with database.session() as session:
            plans_needing_review(session)

    run_signals()  # warm, as above
    signals_ms = statistics.median(_ms(run_signals) for _ in range(args.repeat))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    ratio = measured / raw_ms if raw_ms else float("inf")
    groups = sum("GROUP BY" in sql for sql, _ in aggregates)
    if not args.json:
        print(
            f"{platform.python_implementation()} {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
        )
        print(f"database: {path} ({path.stat().st_size / 1e6:,.0f} MB), {total:,} incidents")
        print(f"unit {unit_id}: {unit_count:,} incidents, {stats_filter.start} – {stats_filter.end}")
        print(
            f"{len(aggregates)} statements ({groups} GROUP BY) replayed raw; median of {args.repeat} runs\n"
        )
    database.dispose()
    figures = [
        Figure(
            f"unit statistics over {total:,} incidents (largest unit, {unit_count:,}, all years)",
            measured,
            "ms",
            BUDGET_MS,
            f"the same statements in raw sqlite3 {raw_ms:.0f} ms: ratio {ratio:.1f} (≤ {RATIO_BUDGET:g})",
            ratio_ok=ratio <= RATIO_BUDGET,
        ),
        Figure(
            f"the coordinator's start page: whose plan incidents say to revise, over {total:,} incidents",
            signals_ms,
            "ms",
            SIGNALS_BUDGET_MS,
        ),
        Figure("peak memory with that database open", rss_mb, "MB", RSS_BUDGET_MB),
    ]
    return report(figures, args.json)


if __name__ == "__main__":
    sys.exit(main())
