"""Card printing speed against its budget, side by side with LibreOffice converting the same card's DOCX.

Run: .venv/bin/python benchmarks/cards.py [--repeat N] [--batch-repeat N] [--json]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from figures import Figure, report

from tryghed_desktop import startup_gc
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.printing.batch import RiskCard
from tryghed_desktop.printing.docx_card import render_risk_card_docx
from tryghed_desktop.printing.fit import CardTooLongError, forget_texts
from tryghed_desktop.printing.page import write_pages
from tryghed_desktop.printing.risk_card import render_risk_card
from tryghed_desktop.services import cards, demo
from tryghed_desktop.services.actors import SYSTEM
from tryghed_desktop.services.residents import list_residents, resident_detail
from tryghed_desktop.store.db import open_database

NOW = datetime(2026, 11, 25, 9, 40, tzinfo=UTC)
ONE_CARD_BUDGET = 0.030
BATCH_BUDGET = 1.5
BATCH_SIZE = 100


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    action()  # warm: fonts registered, modules imported
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def demo_cards(folder: Path) -> list[RiskCard]:
    """Every demo resident's current risk card, built through the services from a fresh demo database."""
    database = open_database(f"sqlite:///{folder / 'demo.db'}")
    jobs: list[RiskCard] = []
    with database.session() as session:
        demo.populate_demo(session, today=date(2026, 11, 25))
        for row in list_residents(session):
            risk = cards._versions(session, row.id, PlanKind.RISK_PROFILE).current
            rhythm = cards._versions(session, row.id, PlanKind.DAILY_RHYTHM).current
            if risk is None:
                continue
            facts = cards.card_facts(resident_detail(session, row.id), risk, is_valid=True, printed_at=NOW)
            job = RiskCard(risk.content, rhythm.content if rhythm else None, facts)  # type: ignore[arg-type]
            try:
                job.layout()
            except CardTooLongError:
                continue  # the demo's deliberately text-heavy original
            jobs.append(job)
        # The same through the service once, so the benchmark also proves the service path works.
        cards.resident_card(session, SYSTEM, list_residents(session)[0].id, "risk", now=NOW)
    database.dispose()
    return jobs


def render_cold(jobs: list[RiskCard]) -> bytes:
    """The batch as if no two cards shared a text: what is remembered per text is forgotten per card.

    The collector is paused as `cards.batch_pdf` pauses it for every real batch.
    """
    pages = []
    with startup_gc.paused():
        for job in jobs:
            forget_texts()
            pages.append(job.layout())
        return write_pages(pages, title="Handlekort", subject="")


def libreoffice_seconds(docx: bytes, folder: Path, repeat: int) -> list[float] | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    source = folder / "card.docx"
    source.write_bytes(docx)
    profile = f"file://{folder / 'lo-profile'}"
    command = [soffice, "--headless", f"-env:UserInstallation={profile}", "--convert-to", "pdf"]
    command += ["--outdir", str(folder), str(source)]
    # The first run creates LibreOffice's user profile (several seconds): not part of the figure.
    return timed(lambda: subprocess.run(command, capture_output=True, check=True), repeat)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=31, help="runs of the one-card figure (median)")
    parser.add_argument("--batch-repeat", type=int, default=7, help="runs of the batch figures (median)")
    parser.add_argument("--json", action="store_true", help="figures as JSON (for benchmarks/suite.py)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        jobs = demo_cards(folder)
        sample = max(jobs, key=lambda job: len(render_risk_card(job.profile, job.rhythm, job.facts)))
        one = statistics.median(
            timed(lambda: render_risk_card(sample.profile, sample.rhythm, sample.facts), args.repeat)
        )
        batch_jobs = [jobs[i % len(jobs)] for i in range(BATCH_SIZE)]
        # Through the service's own batch function: the collector paused as for every real batch.
        batch_times = timed(lambda: cards.batch_pdf(batch_jobs), args.batch_repeat)
        batch = statistics.median(batch_times)
        cold = statistics.median(timed(lambda: render_cold(batch_jobs), args.batch_repeat))
        docx = statistics.median(
            timed(lambda: render_risk_card_docx(sample.profile, sample.rhythm, sample.facts), 11)
        )
        office = libreoffice_seconds(
            render_risk_card_docx(sample.profile, sample.rhythm, sample.facts), folder, 3
        )
    lo = statistics.median(office) if office else None

    def versus(seconds: float, count: int = 1) -> str:
        if lo is None:
            return "LibreOffice not installed"
        ratio = lo * count / seconds
        return f"LibreOffice converting the card's DOCX {lo:.2f} s a card: {ratio:,.0f}× as long"

    if not args.json:
        print(f"Tryghed Desktop card benchmark · Python {platform.python_version()} · {platform.machine()}")
        print(f"{os.cpu_count()} cores · {len(jobs)} demo residents' current risk cards ({sys.platform})\n")
    figures = [
        Figure("one action card PDF (median)", one * 1000, "ms", ONE_CARD_BUDGET * 1000, versus(one)),
        # The fastest run beside the median: on a shared PC the spread shows how busy it was.
        Figure(
            f"{BATCH_SIZE} action cards in one PDF (median; fastest {min(batch_times):.2f} s)",
            batch,
            "s",
            BATCH_BUDGET,
            versus(batch, BATCH_SIZE),
        ),
        Figure(f"{BATCH_SIZE} action cards, no text shared between cards", cold, "s", None),
        Figure("one action card DOCX (python-docx)", docx * 1000, "ms", None),
    ]
    return report(figures, args.json)


if __name__ == "__main__":
    sys.exit(main())
