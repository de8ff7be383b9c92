"""Start-up pauses the garbage collector and turns it back on, skipping what start-up made."""

from __future__ import annotations

import gc

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
