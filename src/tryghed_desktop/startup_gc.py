"""Start-up without garbage-collection passes, and `paused()` for other work that makes many objects.

Importing Qt, SQLAlchemy and the models and building the window make a few hundred thousand
objects that all live as long as the program. Python's cyclic collector would walk them over and
over while they are made, about a fifth of start-up on a slow ward PC. So start-up collects
nothing, and when it is done it freezes what it made: later collections skip those objects, so
they stay short while the program runs.

A card batch is different: reportlab makes many short-lived objects, and the collector's passes
during a batch of 100 cards cost 0.04–0.23 s, but what the batch leaves is garbage. So `paused()`
does not freeze anything: it collects once, the youngest generation, when the work is done.
"""

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


def pause() -> None:
    """Call first thing at start-up."""
    gc.disable()


def resume() -> None:
    """Call once start-up is done (before waiting for the user): collect again, skipping what exists."""
    gc.freeze()
    gc.enable()


class _Pauses:
    """The `paused()` blocks running now, in any thread, and whether the collector was on before them."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.enabled_before = False


_pauses = _Pauses()


@contextmanager
def paused() -> Iterator[None]:
    """No collection passes inside the block; afterwards the collector is as it was before.

    Blocks may nest and may run at the same time in several threads (the collector is one for the
    process): it is turned back on only when the last block ends, and only if it was on when the
    first began. Then one young-generation pass frees the cycles the work left, in this thread and
    now, rather than in whichever thread next allocates.
    """
    with _pauses.lock:
        if _pauses.depth == 0:
            _pauses.enabled_before = gc.isenabled()
            gc.disable()
        _pauses.depth += 1
    try:
        yield
    finally:
        with _pauses.lock:
            _pauses.depth -= 1
            restart = _pauses.depth == 0 and _pauses.enabled_before
            if restart:
                gc.enable()
        if restart:
            gc.collect(0)
