"""The statistics plots with matplotlib (Agg, no pyplot state): one code path for the screen and the PDF.
Grey scales, hatching and printed numbers keep them readable on a b/w printer and for colour-blind eyes."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import time
from typing import Protocol

from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

WEEKDAYS = ("Man", "Tir", "Ons", "Tor", "Fre", "Lør", "Søn")
HOUR_AXIS = "Klokkeslæt (dansk tid), fx 07 = 07.00–07.59"
CLOCK_AXIS = "Klokkeslæt (dansk tid)"
COUNT_AXIS = "Hændelser"
PREVIOUS_PERIOD = "Forrige periode"
THIS_PERIOD = "Perioden"
NO_INCIDENTS = "Ingen hændelser i perioden eller den forrige."
INK = "#1a1a1a"
CURRENT = "#333333"
PREVIOUS = "#d0d0d0"
# Slot levels as grey tone + hatch (b/w) and a word in the legend; never colour alone.
LEVEL_LOOK = {
    "green": ("#f4f4f4", "", "Grøn – rolig"),
    "yellow": ("#dcdcdc", "..", "Gul – tidlige tegn"),
    "red": ("#b8b8b8", "xx", "Rød – høj risiko"),
}


Label = Callable[[str], str]
"""Turns a Danish text of the figures into the reader's language (the window passes its translator;
the PDF keeps Danish)."""


def _danish(text: str) -> str:
    return text


class PeriodLike(Protocol):
    @property
    def label(self) -> str: ...
    @property
    def count(self) -> int: ...
    @property
    def previous_label(self) -> str: ...
    @property
    def previous(self) -> int: ...


class SlotLike(Protocol):
    @property
    def start(self) -> time: ...
    @property
    def end(self) -> time: ...
    @property
    def label(self) -> str: ...
    @property
    def level(self) -> str: ...


def _figure(width: float, height: float) -> Figure:
    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    figure.patch.set_facecolor("white")
    return figure


def heatmap_figure(matrix: Sequence[Sequence[int]], *, title: str = "", label: Label = _danish) -> Figure:
    """Weekday (rows) × local hour (columns), each cell shaded by its count and printing the number.

    `matrix[hour][weekday]`, hour 0–23, weekday 0 = Monday."""
    grid = [[matrix[hour][day] for hour in range(24)] for day in range(7)]
    top = max((max(row) for row in grid), default=0)
    figure = _figure(10, 3.3)
    axes = figure.add_subplot()
    # Greys capped at 85 % so the darkest cell still shows its white number.
    image = axes.imshow(grid, cmap="Greys", vmin=0, vmax=max(top, 1) / 0.85, aspect="auto")
    for day, row in enumerate(grid):
        for hour, count in enumerate(row):
            if count:
                dark = count / max(top, 1) > 0.5
                axes.text(
                    hour,
                    day,
                    str(count),
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if dark else INK,
                )
    axes.set_xticks(range(24), [f"{hour:02d}" for hour in range(24)], fontsize=8)
    axes.set_yticks(range(7), [label(day) for day in WEEKDAYS], fontsize=9)
    axes.set_xlabel(label(HOUR_AXIS), fontsize=9)
    axes.tick_params(length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    if title:
        axes.set_title(title, fontsize=11, loc="left")
    image.set_gid("heatmap")
    return figure


def trend_figure(
    periods: Sequence[PeriodLike], spans: tuple[str, str], *, title: str = "", label: Label = _danish
) -> Figure:
    """Bars per month (or quarter): this period dark, the previous period light and hatched.

    `spans`: the dates of this period and of the previous one, for the legend."""
    figure = _figure(10, 3.0)
    axes = figure.add_subplot()
    positions = list(range(len(periods)))
    width = 0.4
    before = axes.bar(
        [p - width / 2 for p in positions],
        [p.previous for p in periods],
        width,
        color=PREVIOUS,
        edgecolor=INK,
        hatch="//",
        linewidth=0.6,
        label=f"{label(PREVIOUS_PERIOD)} ({spans[1]})",
    )
    now = axes.bar(
        [p + width / 2 for p in positions],
        [p.count for p in periods],
        width,
        color=CURRENT,
        edgecolor=INK,
        linewidth=0.6,
        label=f"{label(THIS_PERIOD)} ({spans[0]})",
    )
    every = max(1, len(periods) // 18)  # long periods: label every n-th month so labels stay legible
    axes.set_xticks(positions[::every], [p.label for p in periods][::every], fontsize=8)
    axes.set_ylabel(label(COUNT_AXIS), fontsize=9)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    highest = max([0, *(p.count for p in periods), *(p.previous for p in periods)])
    # From 0, and room above the tallest bar for its number; an empty period keeps whole numbers.
    axes.set_ylim(0, max(1, highest) * 1.18)
    if highest == 0:
        axes.text(0.5, 0.5, label(NO_INCIDENTS), transform=axes.transAxes, ha="center", fontsize=10)
    else:
        axes.bar_label(before, fontsize=7, padding=1)
        axes.bar_label(now, fontsize=7, padding=1)
    axes.spines[["top", "right"]].set_visible(False)
    # Above the plot, never over the first bars.
    axes.legend(fontsize=8, frameon=False, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2)
    if title:
        axes.set_title(title, fontsize=11, loc="left", pad=20)
    return figure


def _slot_spans(slot: SlotLike) -> list[tuple[float, float]]:
    start = slot.start.hour + slot.start.minute / 60
    end = slot.end.hour + slot.end.minute / 60
    if start == end:
        return [(start, min(start + 0.25, 24.0))]  # a moment, such as a shift change
    if end < start:
        return [(start, 24.0), (0.0, end)]  # runs past midnight
    return [(start, end)]


def rhythm_figure(
    by_hour: Sequence[int], slots: Sequence[SlotLike], *, title: str = "", label: Label = _danish
) -> Figure:
    """The resident's own day: the daily-rhythm slots as bands (grey tone and hatch by level, named)
    with the incidents per local hour as bars on top, so risky slots and transitions show."""
    figure = _figure(10, 3.2)
    axes = figure.add_subplot()
    top = max(max(by_hour, default=0), 1)
    for slot in slots:
        face, hatch, _word = LEVEL_LOOK.get(str(slot.level), LEVEL_LOOK["green"])
        for low, high in _slot_spans(slot):
            axes.axvspan(low, high, facecolor=face, hatch=hatch, edgecolor="#888888", linewidth=0.4, zorder=0)
        low, high = max(_slot_spans(slot), key=lambda span: span[1] - span[0])
        axes.text(
            (low + high) / 2,
            top * 1.22,
            slot.label,
            ha="center",
            va="bottom",
            fontsize=7,
            rotation=35,
            color=INK,
            clip_on=False,
        )
    bars = axes.bar(
        [hour + 0.5 for hour in range(24)], list(by_hour), 0.7, color=CURRENT, edgecolor=INK, zorder=2
    )
    axes.bar_label(bars, labels=[str(n) if n else "" for n in by_hour], fontsize=7, padding=1)
    axes.set_xlim(0, 24)
    axes.set_ylim(0, top * 1.2)
    axes.set_xticks(range(0, 25, 2), [f"{hour:02d}" for hour in range(0, 25, 2)], fontsize=8)
    axes.set_xlabel(label(CLOCK_AXIS), fontsize=9)
    axes.set_ylabel(label(COUNT_AXIS), fontsize=9)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.spines[["top", "right"]].set_visible(False)
    legend = [
        Patch(facecolor=face, hatch=hatch, edgecolor="#888888", label=label(word))
        for face, hatch, word in LEVEL_LOOK.values()
    ]
    axes.legend(handles=legend, fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    if title:
        axes.set_title(title, fontsize=11, loc="left", pad=40)
    return figure


def figure_png(figure: Figure, *, dpi: int = 200) -> bytes:
    """The figure as PNG bytes; without the software stamp, so equal figures give equal bytes."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return buffer.getvalue()
