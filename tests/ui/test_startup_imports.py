"""Start-up imports only what the main window shows (issue #10): the heavy modules load on first use,
and the data layers load before Qt (tryghed_desktop.startup)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.ui.conftest import ROOT
from tests.ui.factories import Facility
from tryghed_desktop import startup
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
from tryghed_desktop import startup, startup_gc
startup.before_qt()
before_qt = set(sys.modules)
from tryghed_desktop.store.db import open_database
from tryghed_desktop.ui.app import create_application
from tryghed_desktop.ui.main_window import MainWindow
app = create_application([])
window = MainWindow(open_database(sys.argv[1]))
window.show()
app.processEvents()
startup_gc.resume()
after_qt = sorted(set(sys.modules) - before_qt)
import dataclasses
frozen = sorted(
    f"{name}.{value.__qualname__}"
    for name, module in list(sys.modules.items())
    if name.startswith("tryghed_desktop")
    for value in vars(module).values()
    if isinstance(value, type) and value.__module__ == name
    and dataclasses.is_dataclass(value) and value.__dataclass_params__.frozen
)
print(json.dumps([window.list_pane.visible_count(), sorted(sys.modules), after_qt, frozen]))
"""

# What startup.before_qt imports so that PySide6's import hook never sees it.
BEFORE_QT = ("sqlalchemy", "tryghed_desktop.store", "tryghed_desktop.services", "tryghed_desktop.domain")


def _last_line_of(code: str, database: Database, home: Path) -> Any:
    """Run `code` offscreen in a fresh interpreter, with settings and logs under `home`; the JSON
    it prints last."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for variable in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        environment[variable] = str(home / variable.lower())
    result = subprocess.run(
        [sys.executable, "-c", code, database.url],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _within(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == package or name.startswith(f"{package}.") for package in packages)


def test_the_main_window_starts_without_the_heavy_modules(
    database: Database, facility: Facility, tmp_path: Path
) -> None:
    shown, modules, after_qt, frozen_dataclasses = _last_line_of(START_UP, database, tmp_path)
    assert shown == len(facility.residents)  # the list was loaded
    assert [name for name in modules if _within(name, NOT_AT_START_UP)] == []
    # Complete list in startup._import_data_layers: nothing below the UI is imported after Qt.
    assert [name for name in after_qt if _within(name, BEFORE_QT)] == []
    # SQLAlchemy's asyncio and importlib.metadata stay deferred until the window is up.
    assert "asyncio.base_events" not in modules
    assert "email.message" not in modules
    # Records are msgspec Structs: a frozen dataclass compiles six methods at import (README).
    assert frozen_dataclasses == []


# The app's own entry point, driven through the login by the script the benchmark times it with.
LOGIN_TO_WINDOW = (ROOT / "benchmarks" / "staff_start.py").read_text(encoding="utf-8")


def test_the_app_starts_through_the_login_and_loads_the_deferred_modules_once_the_window_is_up(
    database: Database, tmp_path: Path
) -> None:
    from tryghed_desktop.ui.app import populate_if_empty

    populate_if_empty(database)
    code, report = _last_line_of(LOGIN_TO_WINDOW, database, tmp_path)
    assert code == 0
    assert report["pyside_before_qt"] is False
    assert report["deferred_at_start"] == list(startup.DEFERRED)
    assert report["residents_shown"] > 0
    assert report["deferred_left"] == []
