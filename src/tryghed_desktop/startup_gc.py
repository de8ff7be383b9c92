"""Start-up without garbage-collection passes.

Importing Qt, SQLAlchemy and the models and building the window make a few hundred thousand
objects that all live as long as the program. Python's cyclic collector would walk them over and
over while they are made, about a fifth of start-up on a slow ward PC. So start-up collects
nothing, and when it is done it freezes what it made: later collections skip those objects, so
they stay short while the program runs.
"""

import gc


def pause() -> None:
    """Call first thing at start-up."""
    gc.disable()


def resume() -> None:
    """Call once start-up is done (before waiting for the user): collect again, skipping what exists."""
    gc.freeze()
    gc.enable()
