"""Entry point of the GUI: `tryghed-desktop` and `python -m tryghed_desktop`. Imports kept lean."""

from __future__ import annotations

import argparse
import os
import sys

NO_DISPLAY_MESSAGE = """\
Tryghed Desktop kan ikke åbne et vindue: der er ingen skærm (DISPLAY/WAYLAND_DISPLAY er ikke sat).
  Start programmet fra et skrivebord, eller på en server med en virtuel skærm:
      xvfb-run -a tryghed-desktop
  Til en kontrol uden skærm:
      QT_QPA_PLATFORM=offscreen tryghed-desktop --self-test

Tryghed Desktop cannot open a window: there is no display (DISPLAY/WAYLAND_DISPLAY is not set).
  Start it from a desktop session, or on a server with a virtual display:
      xvfb-run -a tryghed-desktop
  For a check without a display:
      QT_QPA_PLATFORM=offscreen tryghed-desktop --self-test
"""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tryghed-desktop",
        description="Tryghed Desktop: risikoprofiler, døgnrytme og tryghedsplaner for borgere.",
    )
    parser.add_argument(
        "--db", metavar="STI-ELLER-URL", help="databasefil eller database-URL (ellers TRYGHED_DB)"
    )
    parser.add_argument(
        "--lang", choices=("da", "en"), help="sprog i brugerfladen (standard: sidste valg, ellers dansk)"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="kontrollér installationen uden vindue og afslut"
    )
    return parser.parse_args(argv)


def has_display() -> bool:
    """False on Linux without X11/Wayland and without an explicit Qt platform (Qt would abort)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.self_test and not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    from tryghed_desktop import startup, startup_gc

    # First thing on the way to the window, before anything loads SQLAlchemy or Qt. The self-test
    # goes the same way, so that it checks what the window's start-up does in this build.
    startup.before_qt()
    try:
        from tryghed_desktop.store.locations import resolve_db_url

        db_url = resolve_db_url(args.db)
        if args.self_test:
            from tryghed_desktop.ui.self_test import run_self_test

            return run_self_test(db_url)
        from tryghed_desktop.ui.app import run

        return run(db_url, args.lang)
    finally:
        startup_gc.resume()  # ui.app.run resumes it once the window is up; this is for the other ways out


if __name__ == "__main__":
    sys.exit(main())
