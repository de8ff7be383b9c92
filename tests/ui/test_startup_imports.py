"""Start-up imports only what the main window shows (issue #10): the heavy modules load on first use."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.ui.factories import Facility
from tryghed_desktop.store.db import Database

# Loaded by printing, charts, the meeting pack, migrations and the print preview, never by the window.
NOT_AT_START_UP = (
    "reportlab",
    "docx",
    "matplotlib",
    "openpyxl",
    "alembic",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
    "tryghed_desktop.printing",
    "tryghed_desktop.services.statistics",
)

START_UP = """
import json, sys
from tryghed_desktop import startup_gc
startup_gc.pause()
from tryghed_desktop.store.db import open_database
from tryghed_desktop.ui.app import create_application
from tryghed_desktop.ui.main_window import MainWindow
app = create_application([])
window = MainWindow(open_database(sys.argv[1]))
window.show()
app.processEvents()
startup_gc.resume()
print(json.dumps([window.list_pane.visible_count(), sorted(sys.modules)]))
"""


def test_the_main_window_starts_without_the_heavy_modules(database: Database, facility: Facility) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", START_UP, database.url],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    shown, modules = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown == len(facility.residents)  # the list was loaded
    early = [
        name
        for name in modules
        if any(name == heavy or name.startswith(f"{heavy}.") for heavy in NOT_AT_START_UP)
    ]
    assert early == []
