"""One figure of a benchmark (what, measured, budget, baseline) and the table every benchmark prints.

Each benchmark script prints its own table, or with --json the same figures for benchmarks/suite.py,
which runs them all and prints one table.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Figure:
    figure: str
    measured: float  # in `unit`
    unit: str  # "ms", "s" or "MB"
    budget: float | None  # None: shown for comparison only
    baseline: str = "—"  # the baseline measured in the same run, and the ratio to it
    ratio_ok: bool = True  # False when a ratio budget in `baseline` is not met

    @property
    def ok(self) -> bool:
        return (self.budget is None or self.measured <= self.budget) and self.ratio_ok

    def cells(self) -> tuple[str, str, str, str, str]:
        digits = 2 if self.unit == "s" else 0 if self.unit == "MB" or self.measured >= 100 else 1
        budget = "—" if self.budget is None else f"≤ {self.budget:g} {self.unit}"
        verdict = "—" if self.budget is None and self.baseline == "—" else "ok" if self.ok else "OVER"
        return self.figure, f"{self.measured:.{digits}f} {self.unit}", budget, self.baseline, verdict


HEADER = ("figure", "measured", "budget", "baseline in the same run", "verdict")


def markdown(figures: list[Figure]) -> str:
    rows = [HEADER, tuple("---" for _ in HEADER), *(figure.cells() for figure in figures)]
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def interpreter() -> str:
    """The Python that ran the figures. It matters: the same start-up takes about a quarter longer on
    a pyenv or source build (shared libpython, no PGO) than on Debian's python3.11, the one a Linux
    ward PC has (statically linked, PGO and LTO)."""
    maps = Path("/proc/self/maps")
    shared = maps.exists() and "libpython" in maps.read_text()
    return f"Python {platform.python_version()}, {os.path.realpath(sys.executable)}" + (
        " (shared libpython)" if shared else ""
    )


def report(figures: list[Figure], as_json: bool) -> int:
    """Print the figures (a table, or JSON for the suite); 0 when all are within budget."""
    if as_json:
        print(json.dumps([asdict(figure) for figure in figures]))
    else:
        print(markdown(figures))
        print(f"\n{interpreter()}")
    return 0 if all(figure.ok for figure in figures) else 1


def from_json(text: str) -> list[Figure]:
    return [Figure(**fields) for fields in json.loads(text)]
