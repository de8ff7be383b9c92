"""Start-up pauses the garbage collector and turns it back on, skipping what start-up made; `paused()`
restores what it found."""

from __future__ import annotations

import gc
import weakref

import pytest

from tryghed_desktop import startup_gc


def test_pause_then_resume_collects_again_without_rescanning_startup_objects() -> None:
    made_at_start = [object() for _ in range(1000)]
    startup_gc.pause()
    try:
        assert not gc.isenabled()
    finally:
        startup_gc.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made_at_start)
    gc.unfreeze()


class Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.mark.usefixtures("collector")
def test_paused_stops_collection_in_the_block_and_frees_its_cycles_afterwards() -> None:
    gc.enable()
    with startup_gc.paused():
        assert not gc.isenabled()
        cycle = Cycle()
        gone = weakref.ref(cycle)
        del cycle
        assert gone() is not None
    assert gc.isenabled()
    assert gone() is None


@pytest.mark.usefixtures("collector")
def test_paused_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    with startup_gc.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


@pytest.mark.usefixtures("collector")
def test_paused_restores_the_collector_when_the_block_raises() -> None:
    gc.enable()
    with pytest.raises(RuntimeError), startup_gc.paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


@pytest.mark.usefixtures("collector")
def test_paused_blocks_nest_and_overlap_and_the_last_to_end_turns_it_back_on() -> None:
    gc.enable()
    with startup_gc.paused():
        with startup_gc.paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    # Two threads' batches overlap without nesting: the first to start may end first.
    first, second = startup_gc.paused(), startup_gc.paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert not gc.isenabled()
    second.__exit__(None, None, None)
    assert gc.isenabled()
