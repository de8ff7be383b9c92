"""`tryghed-desktop --self-test`: can this PC run the app? Opens the window offscreen and checks."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TextIO

from tryghed_desktop.resources import resource_path
from tryghed_desktop.store.db import Database


class SelfTest:
    """Each check returns a short detail or raises; the report says OK or FEJL per check."""

    def __init__(self, db_url: str, out: TextIO) -> None:
        self.db_url = db_url
        self.out = out
        self.failures = 0
        self.database: Database | None = None

    def check(self, name: str, probe: Callable[[], str]) -> None:
        try:
            detail = probe()
        except Exception as error:
            self.failures += 1
            print(f"FEJL  {name}: {type(error).__name__}: {error}", file=self.out)
        else:
            print(f"OK    {name}{': ' + detail if detail else ''}", file=self.out)

    def open_database(self) -> str:
        from tryghed_desktop.store.db import open_database

        self.database = open_database(self.db_url)
        return self.db_url

    def database_answers(self) -> str:
        from tryghed_desktop.services import residents

        assert self.database is not None
        with self.database.session() as session:
            units = residents.list_units(session)
            people = residents.list_residents(session)
        return f"{len(units)} afdelinger, {len(people)} borgere"

    def resources(self) -> str:
        schema, fonts = resource_path("schema"), resource_path("fonts")
        if not schema.is_dir():
            raise FileNotFoundError(schema)
        if not any(fonts.glob("*.ttf")):
            raise FileNotFoundError(f"ingen skrifttyper i {fonts}")
        return str(resource_path())

    def translations(self) -> str:
        from PySide6.QtCore import QTranslator

        from tryghed_desktop.ui import i18n

        path = i18n.qm_path("en")
        if not path.is_file():
            raise FileNotFoundError(f"{path} (byg den med pyside6-lrelease)")
        if not QTranslator().load(str(path)):
            raise ValueError(f"{path} kan ikke læses")
        return path.name

    def main_window(self) -> str:
        from tryghed_desktop.ui.app import create_application
        from tryghed_desktop.ui.main_window import MainWindow

        assert self.database is not None
        app = create_application()
        window = MainWindow(self.database)
        window.show()
        app.processEvents()
        shown = window.isVisible()
        rows = window.list_pane.model.rowCount()
        window.close()
        window.deleteLater()
        app.processEvents()
        if not shown:
            raise RuntimeError("hovedvinduet blev ikke vist")
        return f"{rows} borgere i listen"


def run_self_test(db_url: str, out: TextIO | None = None) -> int:
    """Print a short report; 0 when every check passed."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    test = SelfTest(db_url, out or sys.stdout)
    print("Tryghed Desktop selvtest", file=test.out)
    test.check("Database åbnet og opdateret", test.open_database)
    if test.database is not None:
        test.check("Databasen svarer", test.database_answers)
    test.check("Ressourcer", test.resources)
    test.check("Oversættelse (engelsk)", test.translations)
    if test.database is not None:
        test.check("Hovedvinduet åbner", test.main_window)
        test.database.dispose()
    verdict = "alt i orden" if test.failures == 0 else f"{test.failures} fejl"
    print(f"Resultat: {verdict} ({time.perf_counter() - started:.1f} s)", file=test.out)
    return 0 if test.failures == 0 else 1
