"""What keeps a daily rhythm from going to the advisor: no name, out of clock order, overlaps."""

from __future__ import annotations

from datetime import time

from tryghed_desktop.domain.plans import TimeSlot
from tryghed_desktop.domain.rhythm_coverage import coverage, out_of_order, rhythm_problems


def _slots(*rows: tuple[int, int, str]) -> list[TimeSlot]:
    return [TimeSlot(time(start), time(end), label) for start, end, label in rows]


DAY_AND_NIGHT = _slots((7, 9, "Morgen"), (9, 15, "Dagtilbud"), (15, 22, "Aften"), (22, 7, "Nat"))


def test_a_whole_day_in_clock_order_with_the_night_round_midnight_is_fine() -> None:
    assert coverage(DAY_AND_NIGHT) == []
    assert rhythm_problems(DAY_AND_NIGHT) == []
    night_first = DAY_AND_NIGHT[-1:] + DAY_AND_NIGHT[:-1]
    assert out_of_order(night_first) is None


def test_a_slot_moved_above_an_earlier_one_is_named() -> None:
    moved = [DAY_AND_NIGHT[0], DAY_AND_NIGHT[2], DAY_AND_NIGHT[1], DAY_AND_NIGHT[3]]
    assert rhythm_problems(moved) == [
        "»Dagtilbud« (09.00) står efter »Aften« (15.00): sæt tidsrummene i tidsorden."
    ]


def test_a_slot_without_a_name_and_an_overlap_are_named() -> None:
    slots = [*DAY_AND_NIGHT, TimeSlot(time(7), time(8), "  ")]
    assert rhythm_problems(slots) == [
        "Række 5: skriv en betegnelse, fx »Morgen«.",
        "tidsrummet kl. 07.00 står efter »Nat« (22.00): sæt tidsrummene i tidsorden.",
        "Overlap 07.00–08.00: to tidsrum på samme tid.",
    ]


def test_a_gap_is_left_to_the_editor() -> None:
    assert rhythm_problems(_slots((7, 9, "Morgen"), (10, 22, "Dag"))) == []
