"""GUI fixtures: settings in a temp folder, a small facility, a main window pinned to a fixed day."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.factories import TODAY, Facility, build_facility
from tryghed_desktop.services.actors import Actor, actor_for
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import i18n
from tryghed_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from tryghed_desktop.ui.review_dialog import ReviewDialog

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "tryghed_en.ts"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.gui)
            # The offscreen platform warns whenever a top-level widget gets a minimum size.
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"))


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> Iterator[Path]:
    # QSettings caches its folder per process; point it at this test's own folder every time.
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    if QCoreApplication.instance() is not None:
        i18n.install_language("da")


@pytest.fixture(autouse=True)
def _no_window_left_behind(qapp: QApplication) -> Iterator[None]:
    """Windows a test made are deleted after it, not only closed: a closed main window keeps its
    application-wide shortcuts, and two Ctrl+H then cancel each other out in a later test."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _danish(
    qapp: QCoreApplication, compiled_qm_path: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every GUI test starts in Danish as the app does, plural forms included."""
    monkeypatch.setattr(i18n, "qm_path", compiled_qm_path)
    i18n.install_language("da")


@pytest.fixture
def english() -> None:
    """The UI in English for this test (the compiled translations are already in place; after the
    test, Danish again)."""
    assert i18n.install_language("en") == "en"


@pytest.fixture
def facility(database: Database) -> Facility:
    return build_facility(database)


@pytest.fixture
def coordinator(database: Database, facility: Facility) -> Actor:
    with database.session() as session:
        return actor_for(session, "koordinator")


@pytest.fixture
def advisor(database: Database, facility: Facility) -> Actor:
    with database.session() as session:
        return actor_for(session, "raadgiver")


@pytest.fixture
def open_review(qtbot: QtBot, database: Database) -> Callable[[Actor, int], ReviewDialog]:
    """The review dialog for a version, shown and active (a note's Ctrl+Enter is a shortcut of the
    focused field, which needs the active window)."""

    def opener(advisor: Actor, version_id: int) -> ReviewDialog:
        from tryghed_desktop.ui.review_dialog import ReviewDialog

        dialog = ReviewDialog(database, advisor, version_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    return opener


@pytest.fixture
def window(qtbot: QtBot, database: Database, facility: Facility) -> MainWindow:
    main_window = MainWindow(database, today=TODAY)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


def lrelease() -> str:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    return str(found) if found.exists() else (shutil.which("pyside6-lrelease") or "pyside6-lrelease")


@pytest.fixture(scope="session")
def english_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tryghed_en.qm compiled from the .ts into a temp folder (the real one is a build product), with
    tryghed_da.qm (the Danish plural forms) beside it."""
    folder = tmp_path_factory.mktemp("qm")
    for ts in TS_FILE.parent.glob("tryghed_*.ts"):
        target = folder / ts.with_suffix(".qm").name
        subprocess.run([lrelease(), str(ts), "-qm", str(target)], check=True, capture_output=True)
    return folder / "tryghed_en.qm"


@pytest.fixture
def compiled_qm_path(english_qm: Path) -> Callable[[str], Path]:
    """A stand-in for i18n.qm_path that finds the translations compiled for the tests."""
    return lambda language: english_qm.with_name(f"tryghed_{language}.qm")
