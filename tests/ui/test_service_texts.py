"""The services' Danish messages in English: the generated list is current, values survive, Danish stays."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from types import ModuleType

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ROOT
from tests.ui.factories import Facility
from tryghed_desktop.services import residents
from tryghed_desktop.services.actors import SYSTEM
from tryghed_desktop.services.errors import NotFoundError, ServiceError, ValidationError
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import messages
from tryghed_desktop.ui.service_texts import service_text


@cache
def _generator() -> ModuleType:
    """scripts/service_texts.py, imported from its path (scripts/ is no package)."""
    path = ROOT / "scripts" / "service_texts.py"
    spec = importlib.util.spec_from_file_location("service_texts_script", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


def test_the_list_of_service_texts_is_up_to_date() -> None:
    generator = _generator()
    current = generator.TARGET.read_text(encoding="utf-8")
    expected = generator.generated(current, generator.collect().templates)
    assert current == expected, "a service message changed: run scripts/service_texts.py, then lupdate"


def test_a_new_message_becomes_a_template_with_numbered_values() -> None:
    generator = _generator()
    templates = generator.collect().templates
    assert "Der findes ingen borger med id %1." in templates
    assert "%1 er fraflyttet %2, før hændelsen." in templates
    assert "Oplysningerne er ikke gyldige." in templates  # ValidationError's default summary


def _not_found(database: Database) -> NotFoundError:
    with pytest.raises(NotFoundError) as raised, database.session() as session:
        residents.resident_detail(session, 4711)
    return raised.value


def _invalid(database: Database, facility: Facility) -> ValidationError:
    unit_id = next(iter(facility.units.values()))
    with pytest.raises(ValidationError) as raised, database.session() as session:
        residents.create_resident(session, SYSTEM, unit_id=unit_id, display_name="", card_name="")
    return raised.value


@pytest.mark.usefixtures("english")
def test_service_errors_read_in_english_with_their_values(database: Database, facility: Facility) -> None:
    assert service_text(_not_found(database).message) == "There is no resident with id 4711."
    error = _invalid(database, facility)
    assert service_text(error.message).splitlines() == [
        "The resident is not created yet. Correct this:",
        "name: Write the resident's name.",
        "card name: Write a card name (first name or initials).",
    ]
    assert service_text(error.problems[0].message) == "Write the resident's name."  # a dialog's field label


@pytest.mark.usefixtures("english")
def test_the_problem_bridge_shows_the_english_text(qtbot: QtBot) -> None:
    with qtbot.waitSignal(messages.bridge().problem) as shown:
        messages.report_problem(ServiceError("Der findes ingen hændelse med id 7."))
    assert shown.args == ["", "There is no incident with id 7."]


def test_danish_stays_exactly_as_the_service_wrote_it(database: Database, facility: Facility) -> None:
    for message in (_not_found(database).message, _invalid(database, facility).message):
        assert service_text(message) == message


@pytest.mark.usefixtures("english")
def test_an_unknown_message_passes_through_unchanged() -> None:
    for message in ("Noget helt andet gik galt.", "", "linje et\nlinje to"):
        assert service_text(message) == message


@pytest.mark.usefixtures("english")
def test_a_refusal_whose_problem_starts_with_a_value_is_translated_line_by_line(
    database: Database, facility: Facility
) -> None:
    from datetime import date

    jonas = facility.residents["jonas"]
    with pytest.raises(ValidationError) as raised, database.session() as session:
        residents.discharge_resident(session, SYSTEM, jonas, date(2001, 1, 1))
    # "%1 blev oprettet %2. …" must not take the summary line in as its %1.
    assert service_text(raised.value.message).splitlines() == [
        "The move-out is not saved. Correct this:",
        "date: Jonas was added on 01.01.2015. The move-out cannot be before that.",
    ]


@pytest.mark.usefixtures("english")
def test_a_value_from_a_table_of_fixed_texts_is_translated_too() -> None:
    from tryghed_desktop.services.actors import Action, Actor, Role, require
    from tryghed_desktop.services.errors import PermissionDeniedError

    advisor = Actor("lene", "Lene Holm", frozenset({Role.ADVISOR}))
    with pytest.raises(PermissionDeniedError) as refused:
        require(advisor, Action.REGISTER_INCIDENT)
    assert service_text(refused.value.message) == "You are not allowed to register incidents."
