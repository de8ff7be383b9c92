"""Which minutes of the day the time slots cover: gaps and overlaps over 24 hours, night included."""

from __future__ import annotations

from datetime import time

import msgspec

from tryghed_desktop.domain.plans import TimeSlot

DAY = 24 * 60


def minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def duration(slot: TimeSlot) -> int:
    """Length in minutes; an end before the start crosses midnight, start == end is the whole day."""
    length = (minutes(slot.end) - minutes(slot.start)) % DAY
    return length or DAY


def crosses_midnight(slot: TimeSlot) -> bool:
    return minutes(slot.end) < minutes(slot.start) or (slot.end == slot.start and minutes(slot.start) != 0)


def clock(minute: int) -> str:
    minute %= DAY
    return f"{minute // 60:02d}.{minute % 60:02d}"


class Span(msgspec.Struct, frozen=True):
    kind: str  # "gap" or "overlap"
    start: int
    end: int

    def text(self) -> str:
        end = "24.00" if self.end == DAY else clock(self.end)
        return f"{clock(self.start)}–{end}"


def coverage(slots: list[TimeSlot]) -> list[Span]:
    """Gaps (no slot) and overlaps (two or more slots) in clock order; a span may wrap past midnight."""
    counts = [0] * DAY
    for slot in slots:
        start = minutes(slot.start)
        for offset in range(duration(slot)):
            counts[(start + offset) % DAY] += 1
    state = ["ok" if count == 1 else ("gap" if count == 0 else "overlap") for count in counts]
    if all(value == state[0] for value in state):
        return [] if state[0] == "ok" else [Span(state[0], 0, DAY)]
    # Start scanning where the state changes, so a span across midnight stays one span.
    origin = next(i for i in range(DAY) if state[i] != state[i - 1])
    spans: list[Span] = []
    run_start = origin
    for step in range(1, DAY + 1):
        here = (origin + step) % DAY
        if step == DAY or state[here] != state[run_start]:
            if state[run_start] != "ok":
                spans.append(Span(state[run_start], run_start, (origin + step) % DAY or DAY))
            run_start = here
    return sorted(spans, key=lambda span: span.start)


def midpoint(slot: TimeSlot) -> time:
    """Where 'split' cuts a slot: halfway, on a five-minute mark."""
    half = duration(slot) // 2 // 5 * 5 or duration(slot) // 2
    point = (minutes(slot.start) + half) % DAY
    return time(point // 60, point % 60)


def out_of_order(slots: list[TimeSlot]) -> tuple[TimeSlot, TimeSlot] | None:
    """The first slot that starts before the one above it, as (above, below); None when the slots
    follow the clock round the day (one step back past midnight is the day going round)."""
    steps_back = [
        (slots[number], slots[(number + 1) % len(slots)])
        for number in range(len(slots))
        if minutes(slots[(number + 1) % len(slots)].start) <= minutes(slots[number].start)
    ]
    if len(slots) < 2 or len(steps_back) <= 1:
        return None
    # Two or more steps back: the one that is not the day going round is the misplaced one.
    inner = [pair for pair in steps_back if pair[1] is not slots[0]]
    return inner[0] if inner else steps_back[0]


def rhythm_problems(slots: list[TimeSlot]) -> list[str]:
    """What keeps a daily rhythm from going to the advisor (and onto the wall): a slot without a
    name, slots out of clock order, two slots at the same time. A gap is allowed: the editor shows it."""
    problems = [
        f"Række {number}: skriv en betegnelse, fx »Morgen«."
        for number, slot in enumerate(slots, start=1)
        if not slot.label.strip()
    ]
    misplaced = out_of_order(slots)
    if misplaced is not None:
        above, below = misplaced
        problems.append(f"{_named(below)} står efter {_named(above)}: sæt tidsrummene i tidsorden.")
    problems += [
        f"Overlap {span.text()}: to tidsrum på samme tid."
        for span in coverage(slots)
        if span.kind == "overlap"
    ]
    return problems


def _named(slot: TimeSlot) -> str:
    start = clock(minutes(slot.start))
    return f"»{slot.label.strip()}« ({start})" if slot.label.strip() else f"tidsrummet kl. {start}"
