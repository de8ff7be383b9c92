"""The whole benchmark suite: every figure of issue #10 in one table, with its budget and baseline.

Run: .venv/bin/python benchmarks/suite.py [--quick] [--instructions]
Runs benchmarks/ui.py, cards.py and incident_stats.py, each in its own process (so that one's
imports and memory do not count for another), over databases the generator makes (the same as
`tryghed demo --residents N --incidents M`). --quick uses fewer runs and 100,000 incidents instead
of 1,000,000 for a first look (the statistics ratio budget is for 1,000,000); the README's figures
come from full runs. Exit status 1 when a figure is over its budget.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from figures import Figure, from_json, interpreter, markdown

HERE = Path(__file__).parent


def run(script: str, *args: str) -> list[Figure]:
    print(f"… {script} {' '.join(args)}", file=sys.stderr, flush=True)
    result = subprocess.run(
        [sys.executable, str(HERE / script), "--json", *args], stdout=subprocess.PIPE, text=True, check=False
    )
    if result.returncode not in (0, 1):  # 1: measured, but over budget
        raise SystemExit(f"{script} failed (exit {result.returncode})")
    return from_json(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer runs and 100,000 incidents")
    parser.add_argument(
        "--instructions", action="store_true", help="also count the cold starts' instructions (valgrind)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    ui = run(
        "ui.py",
        *(["--runs", "3", "--pairs", "5"] if args.quick else []),
        *(["--instructions"] if args.instructions else []),
    )
    cards = run("cards.py", *(["--repeat", "7", "--batch-repeat", "3"] if args.quick else []))
    stats = run("incident_stats.py", "--incidents", "100000" if args.quick else "1000000")
    figures = [*ui, *cards, *stats]
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"{time.strftime('%Y-%m-%d')} · {platform.system()} {platform.machine()}, {os.cpu_count()} cores · "
        f"{interpreter()} · load average (1/5/15 min) {load} · "
        f"{time.perf_counter() - started:.0f} s"
    )
    print()
    print(markdown(figures))
    over = [figure.figure for figure in figures if not figure.ok]
    print()
    print("All figures within budget." if not over else "Over budget: " + "; ".join(over))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
