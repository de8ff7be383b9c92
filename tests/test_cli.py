from __future__ import annotations

import json
from pathlib import Path

import pytest

from tryghed_desktop import cli
from tryghed_desktop.services import residents
from tryghed_desktop.services.actors import SYSTEM
from tryghed_desktop.store.db import Database


@pytest.fixture
def filled(database: Database) -> str:
    with database.session() as session:
        birk = residents.ensure_unit(session, "Bostedet Egebakken", "Hus Birk")
        kastanje = residents.ensure_unit(session, "Bostedet Egebakken", "Hus Kastanje")
        residents.create_resident(
            session, SYSTEM, unit_id=birk.id, display_name="Jonas Madsen", card_name="Jonas"
        )
        residents.create_resident(
            session, SYSTEM, unit_id=kastanje.id, display_name="Åse Nørgaard", card_name="ÅN"
        )
    database.dispose()
    assert database.path is not None
    return str(database.path)


def test_units_as_json(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["units", "--db", filled, "--format", "json"]) == 0
    units = json.loads(capsys.readouterr().out)
    assert [(unit["name"], unit["resident_count"]) for unit in units] == [
        ("Hus Birk", 1),
        ("Hus Kastanje", 1),
    ]


def test_residents_filtered_by_unit_as_a_table(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--db", filled, "residents", "--unit", "2"]) == 0
    out = capsys.readouterr().out
    assert "Åse Nørgaard" in out and "Jonas" not in out
    assert out.splitlines()[0].split()[:3] == ["Id", "Navn", "Kortnavn"]


def test_db_comes_from_the_environment(
    filled: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TRYGHED_DB", filled)
    assert cli.main(["residents", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("id,display_name,card_name")


def test_init_creates_the_database_in_the_user_data_dir(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["init"]) == 0
    created = Path(capsys.readouterr().out.split(": ", 1)[1].strip())
    assert created.name == "tryghed.db" and created.is_file()
    assert "TryghedDesktop" in str(created)


def test_unknown_resident_is_refused_in_danish(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", "--db", filled, "--resident", "999"]) == cli.EXIT_REFUSED
    assert "Der findes ingen borger med id 999" in capsys.readouterr().err


def test_import_of_a_file_that_is_not_json_is_refused(
    filled: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "plan.json"
    broken.write_bytes(b"\xff\xfe{ikke json")
    assert cli.main(["import", "--db", filled, str(broken)]) == cli.EXIT_REFUSED
    assert "ikke gyldig JSON" in capsys.readouterr().err
    assert cli.main(["import", "--db", filled, str(tmp_path / "mangler.json")]) == cli.EXIT_REFUSED
    assert "findes ikke" in capsys.readouterr().err


def test_incident_add_then_list_with_deadlines(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = [
        "incident",
        "add",
        "--db",
        filled,
        "--resident",
        "1",
        "--at",
        "2026-03-06T14:40:00+01:00",
        "--type",
        "trussel",
        "--severity",
        "2",
        "--location",
        "Gangen",
        "--signs",
        "Går frem og tilbage",
        "--strategies",
        "Tilbyd en gåtur=ja",
        "Rolig stemme=nej",
        "--absence-days",
        "2",
    ]
    assert cli.main(args) == 0
    assert "Hændelse 1 er registreret" in capsys.readouterr().out
    assert cli.main(["incidents", "--db", filled, "--resident", "1", "--format", "json"]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert record["incident_type"] == "threat" and record["severity"] == 2
    assert record["first_aid_due"] == "2026-03-09T13:40:00+00:00"
    assert record["injury_report_due"] == "2026-03-21"
    assert record["strategies"] == [
        {"text": "Tilbyd en gåtur", "helped": True},
        {"text": "Rolig stemme", "helped": False},
    ]
    assert "reporter" not in json.dumps(record)


def test_incident_in_the_future_is_refused(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = [
        "incident",
        "add",
        "--db",
        filled,
        "--resident",
        "1",
        "--at",
        "2099-01-01 10:00",
        "--type",
        "vold",
        "--severity",
        "6",
        "--location",
        "Gangen",
    ]
    assert cli.main(args) == cli.EXIT_REFUSED
    err = capsys.readouterr().err
    assert "fremtiden" in err and "1 til 5" in err
