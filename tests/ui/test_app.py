"""Start-up, self-test, the no-display message, the crash dialog, translations and the demo hook."""

from __future__ import annotations

import gc
import logging
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TS_FILE, lrelease
from tests.ui.factories import Facility
from tryghed_desktop.__main__ import NO_DISPLAY_MESSAGE, main
from tryghed_desktop.domain import simplify
from tryghed_desktop.domain.incidents import (
    INCIDENT_FIELD_TITLES,
    INCIDENT_FORM_TITLES,
    INCIDENT_TYPE_TITLES,
    SEVERITY_SHORT,
    SEVERITY_TITLES,
)
from tryghed_desktop.domain.lifecycle import STATUS_TITLES
from tryghed_desktop.domain.plans import LEVEL_TITLES, PLAN_KIND_TITLES, SAFETY_TOPICS, STAGE_INFO
from tryghed_desktop.printing import charts
from tryghed_desktop.services.actors import ROLE_TITLES
from tryghed_desktop.services.incidents import LATE_STEP_TITLES
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import app as ui_app
from tryghed_desktop.ui import errors, i18n
from tryghed_desktop.ui.domain_labels import DOMAIN_STRINGS
from tryghed_desktop.ui.resident_list import ResidentListPane


def test_self_test_passes(
    qapp: object,
    db_url: str,
    compiled_qm_path: Callable[[str], Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(i18n, "qm_path", compiled_qm_path)
    assert main(["--self-test", "--db", db_url]) == 0
    assert gc.isenabled()  # start-up pauses the collector only until the window is up
    out = capsys.readouterr().out
    assert "OK    Opstart" in out  # in this process pytest had loaded asyncio already: nothing deferred
    assert "OK    Databasen svarer" in out
    assert "OK    Hovedvinduet åbner" in out
    assert "Resultat: alt i orden" in out


def test_self_test_fails_without_translations(
    qapp: object,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(i18n, "qm_path", lambda _language: tmp_path / "missing.qm")
    assert main(["--self-test", "--db", db_url]) == 1
    assert "FEJL  Oversættelse (engelsk)" in capsys.readouterr().out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is for Linux")
def test_without_a_display_explains_and_exits_2(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "tryghed_desktop", "--db", str(tmp_path / "x.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "ingen skærm" in result.stderr and "no display" in result.stderr
    assert "xvfb-run -a tryghed-desktop" in result.stderr
    assert result.stderr.strip() == NO_DISPLAY_MESSAGE.strip()
    assert not (tmp_path / "x.db").exists()


def test_excepthook_logs_and_shows_copyable_traceback(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors.install_excepthook()
    assert sys.excepthook is errors.handle_exception
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    try:
        1 / 0  # noqa: B018
    except ZeroDivisionError as error:
        with caplog.at_level(logging.CRITICAL):
            dialog = errors.handle_exception(type(error), error, error.__traceback__)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    details = dialog.details.toPlainText()
    assert "Traceback" in details and "ZeroDivisionError: division by zero" in details
    assert dialog.details.isReadOnly()
    assert any(record.exc_info for record in caplog.records)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details
    dialog.reject()


def test_a_database_that_does_not_answer_is_not_called_a_program_error(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    locked = OperationalError("UPDATE incidents", {}, sqlite3.OperationalError("database is locked"))
    with caplog.at_level(logging.CRITICAL):
        dialog = errors.handle_exception(OperationalError, locked, None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Databasen svarer ikke"
    intro = dialog.findChild(QLabel, "exceptionIntro")
    assert intro is not None and intro.text().startswith("Databasen svarer ikke lige nu.")
    assert "database is locked" in dialog.details.toPlainText()
    dialog.reject()


def test_setup_logging_writes_a_rotating_file(tmp_path: Path) -> None:
    path = errors.setup_logging(tmp_path / "logs")
    logging.getLogger("tryghed_desktop.test").warning("prøve æøå")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "prøve æøå" in path.read_text(encoding="utf-8")


def test_english_translation_loads(
    qtbot: QtBot, compiled_qm_path: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "qm_path", compiled_qm_path)
    assert i18n.install_language("en") == "en"
    assert QCoreApplication.translate("domain", "Tidlige tegn") == "Early signs"
    pane = ResidentListPane()
    qtbot.addWidget(pane)
    assert pane.filter_field.placeholderText() == "Find resident…"
    one, two = (
        QCoreApplication.translate("StatisticsView", "%n strategi(er) bør ses på igen.", "", n)
        for n in (1, 2)
    )
    assert (one, two) == ("1 strategy should be looked at again.", "2 strategies should be looked at again.")
    assert QCoreApplication.translate("WindowActions", "%n handlekort.", "", 1) == "1 action card."
    assert i18n.install_language("da") == "da"
    assert QCoreApplication.translate("domain", "Tidlige tegn") == "Tidlige tegn"
    one, two = (
        QCoreApplication.translate("StatisticsView", "%n strategi(er) bør ses på igen.", "", n)
        for n in (1, 2)
    )
    assert (one, two) == ("1 strategi bør ses på igen.", "2 strategier bør ses på igen.")


def test_every_text_in_the_code_has_an_english_translation(tmp_path: Path) -> None:
    # lupdate as the README runs it, on a copy: a text added or changed in the code without English
    # comes back as an unfinished message, and one lupdate cannot place under its class in no context.
    ui = TS_FILE.parents[2] / "src" / "tryghed_desktop" / "ui"
    sources = [str(path) for path in sorted([*ui.glob("*.py"), *ui.glob("*/*.py")])]
    copy = tmp_path / TS_FILE.name
    copy.write_bytes(TS_FILE.read_bytes())
    lupdate = Path(lrelease()).with_name("pyside6-lupdate")
    arguments = ["-source-language", "da", "-target-language", "en", "-no-obsolete", "-ts", str(copy)]
    subprocess.run([str(lupdate), *sources, *arguments], check=True, capture_output=True)
    untranslated, without_context = [], []
    for context in ET.parse(copy).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                untranslated.append(message.findtext("source"))
            if not context.findtext("name"):  # tr() through an alias: looked up under the class, never found
                without_context.append(message.findtext("source"))
    assert untranslated == []
    assert without_context == []


def test_missing_translation_stays_danish(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(i18n, "qm_path", lambda _language: tmp_path / "none.qm")
    with caplog.at_level(logging.WARNING):
        assert i18n.install_language("en") == "da"
    assert "forbliver dansk" in caplog.text


def test_domain_labels_are_listed_and_translated() -> None:
    domain = {*PLAN_KIND_TITLES.values(), *STATUS_TITLES.values(), *LEVEL_TITLES.values()}
    domain |= {info.meaning for info in STAGE_INFO.values()} | {
        info.colour_name for info in STAGE_INFO.values()
    }
    domain |= {title for _key, title in SAFETY_TOPICS} | set(INCIDENT_FIELD_TITLES.values())
    domain |= (
        set(ROLE_TITLES.values()) | set(INCIDENT_TYPE_TITLES.values()) | set(INCIDENT_FORM_TITLES.values())
    )
    domain |= set(SEVERITY_TITLES.values()) | set(SEVERITY_SHORT.values()) | set(LATE_STEP_TITLES.values())
    domain |= {
        *charts.WEEKDAYS,
        charts.HOUR_AXIS,
        charts.CLOCK_AXIS,
        charts.COUNT_AXIS,
        charts.PREVIOUS_PERIOD,
    }
    domain |= {charts.THIS_PERIOD} | {word for _face, _hatch, word in charts.LEVEL_LOOK.values()}
    # The simplification workspace's field titles, target groups and piece statuses.
    for table in (simplify.STAGE_COLUMNS, simplify.RISK_FIELDS, simplify.SLOT_FIELDS, simplify.SAFETY_SIDES):
        domain |= {title for _key, title in table}
    domain |= {simplify.OTHER_GROUP, simplify.AGREEMENTS_GROUP, simplify.AGREED_SIGNALS, simplify.SLOT_AT}
    domain |= {simplify.COVERAGE_SUMMARY, simplify.READING_SECONDS, simplify.READING_MINUTES}
    domain |= {simplify.READING_MINUTES_SECONDS}
    domain |= set(simplify.STATUS_TITLES.values()) | set(simplify.SUGGESTION_REASONS)
    assert domain <= set(DOMAIN_STRINGS), sorted(domain - set(DOMAIN_STRINGS))
    translated = {
        message.findtext("source"): message.findtext("translation")
        for context in ET.parse(TS_FILE).getroot().iter("context")
        if context.findtext("name") == "domain"
        for message in context.iter("message")
    }
    for text in domain:
        assert translated.get(text), f"no English for the domain label {text!r}"


def test_first_start_fills_the_demo_facility_with_a_year_of_incidents(database: Database) -> None:
    from tryghed_desktop.services.generator import DEMO_INCIDENTS, incident_count
    from tryghed_desktop.services.residents import list_residents

    assert ui_app.populate_if_empty(database) is True
    assert ui_app.populate_if_empty(database) is False
    with database.session() as session:
        assert len(list_residents(session)) >= 12
        assert incident_count(session) == DEMO_INCIDENTS


def test_real_demo_fills_an_empty_database(qapp: object, database: Database, facility: Facility) -> None:
    # A database that already has residents is left alone.
    assert ui_app.populate_if_empty(database) is False


def test_changed_fields_of_an_incident_are_named_in_english(
    qapp: object, compiled_qm_path: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tryghed_desktop.ui.follow_up_dialog import field_title

    assert [field_title(name) for name in ("closed_at", "severity")] == ["Opfølgning afsluttet", "Alvor"]
    monkeypatch.setattr(i18n, "qm_path", compiled_qm_path)
    assert i18n.install_language("en") == "en"
    assert [field_title(name) for name in ("closed_at", "severity", "first_aid_due")] == [
        "Follow-up closed",
        "Severity",
        "Deadline for psychological first aid",
    ]


def test_a_database_server_that_does_not_answer_gets_a_plain_message(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(errors.ExceptionDialog, "exec", lambda _dialog: shown.append("traceback dialog"))
    monkeypatch.setattr(ui_app, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own; put it back after
    assert ui_app.run("postgresql+psycopg://tryghed:hemmelig@127.0.0.1:1/tryghed", "da") == 1
    assert len(shown) == 1
    assert shown[0].startswith(
        "Databaseserveren svarer ikke. Prøv igen om lidt, eller kontakt administratoren."
    )
