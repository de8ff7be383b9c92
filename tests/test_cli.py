from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from tryghed_desktop import cli
from tryghed_desktop.domain.incidents import local_time
from tryghed_desktop.domain.readability import ReadabilityLimits
from tryghed_desktop.services import audit, drafts, incidents, residents
from tryghed_desktop.services.actors import SYSTEM, Role
from tryghed_desktop.store.db import Database, open_database
from tryghed_desktop.store.models import AuditEvent


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


def test_demo_says_what_it_made_in_danish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["demo", "--db", str(tmp_path / "demo.db")]) == 0
    assert capsys.readouterr().out.startswith("Demo-bostedet er oprettet: 3 afdelinger, 14 borgere, ")
    assert cli.main(["demo", "--db", str(tmp_path / "big.db"), "--residents", "7", "--incidents", "5"]) == 0
    assert capsys.readouterr().out == "Genereret: 1 afdeling, 7 borgere og 5 hændelser.\n"


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


def _add_threat(filled: str) -> None:
    args = ["incident", "add", "--db", filled, "--resident", "1", "--at", "2026-03-06 14:40"]
    assert cli.main([*args, "--type", "trussel", "--severity", "2", "--location", "Gangen"]) == 0


def test_incident_edit_changes_only_what_is_given_and_says_what(
    filled: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_threat(filled)
    capsys.readouterr()
    args = ["incident", "edit", "--db", filled, "--id", "1", "--severity", "4", "--type", "vold"]
    options = ["--police", "--signs", "Går frem og tilbage", "--stage", "gul", "--expected-version", "1"]
    assert cli.main([*args, *options]) == 0
    out = capsys.readouterr().out
    assert "Hændelse 1 er ændret:" in out
    assert "  Højeste fase: – → Gul" in out
    assert "  Alvor: 2 → 4" in out
    assert "  Type: Trussel → Vold" in out
    assert "  Politianmeldelse: nej → ja" in out
    assert "  Tidlige tegn: – → Går frem og tilbage" in out
    assert "Hvor" not in out
    assert cli.main(["incident", "edit", "--db", filled, "--id", "1", "--at", "2026-03-06 13:40"]) == 0
    out = capsys.readouterr().out
    # A naive time is Danish time: 14.40 CET stays 14.40 in the history, whatever the PC's zone.
    assert "  Tidspunkt: 06.03.2026 14.40 → 06.03.2026 13.40" in out
    assert "  Frist for psykisk førstehjælp: 09.03.2026 14.40 → 09.03.2026 13.40" in out
    assert cli.main(["incidents", "--db", filled]) == 0
    assert " Vold " in capsys.readouterr().out  # the table reads Danish; JSON keeps the code
    assert cli.main(["incidents", "--db", filled, "--format", "json"]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert (record["incident_type"], record["severity"], record["location"]) == ("violence", 4, "Gangen")
    assert record["form"] == "verbal"  # added as a threat without --form: a threat's usual form, kept
    assert record["occurred_at"] == "2026-03-06T12:40:00+00:00" and record["row_version"] == 3
    assert cli.main(["incident", "edit", "--db", filled, "--id", "1", "--severity", "4"]) == 0
    assert "intet er ændret" in capsys.readouterr().out


def test_incident_edit_refusals_exit_1(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    _add_threat(filled)
    edit = ["incident", "edit", "--db", filled, "--id"]
    assert cli.main([*edit, "1", "--severity", "9"]) == cli.EXIT_REFUSED
    assert "Vælg en alvorlighed fra 1 til 5." in capsys.readouterr().err
    assert cli.main([*edit, "1", "--location", "Køkkenet", "--expected-version", "7"]) == cli.EXIT_REFUSED
    assert "ændret et andet sted" in capsys.readouterr().err
    assert cli.main([*edit, "99", "--severity", "3"]) == cli.EXIT_REFUSED
    assert "ingen hændelse med id 99" in capsys.readouterr().err
    assert cli.main([*edit, "1", "--slot", "Morgen"]) == cli.EXIT_REFUSED
    assert "Borgeren har ingen godkendt døgnrytme." in capsys.readouterr().err
    database = open_database(f"sqlite:///{filled}")
    with database.session() as session:
        incidents.close_incident(session, SYSTEM, 1)
    database.dispose()
    assert cli.main([*edit, "1", "--severity", "3"]) == cli.EXIT_REFUSED
    assert "Opfølgningen er afsluttet; hændelsen kan ikke ændres." in capsys.readouterr().err


def _stored_limits(path: str) -> tuple[ReadabilityLimits, list[str]]:
    """The limits in the database and who changed them, as the audit log says."""
    database = open_database(f"sqlite:///{path}")
    with database.session() as session:
        limits = drafts.readability_limits(session)
        changed_by = list(
            session.scalars(select(AuditEvent.actor).where(AuditEvent.target == drafts.LIMITS_KEY))
        )
    database.dispose()
    return limits, changed_by


def test_settings_readability_shows_and_changes_the_limits(
    filled: str, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = ["settings", "readability", "--db", filled]
    assert cli.main(settings) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Højst antal ord pr. punkt: 12",
        "Højst LIX pr. afsnit:      40",
    ]
    assert cli.main([*settings, "--max-lix", "37,5"]) == 0
    out = capsys.readouterr().out
    assert "Grænserne for læsbarhed er gemt" in out
    assert "Højst antal ord pr. punkt: 12" in out and "Højst LIX pr. afsnit:      37,5" in out
    assert _stored_limits(filled) == (ReadabilityLimits(12, 37.5), [SYSTEM.username])


def test_settings_retention_shows_and_changes_how_long_access_entries_are_kept(
    filled: str, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = ["settings", "retention", "--db", filled]
    assert cli.main(settings) == 0
    assert "i 6 måneder" in capsys.readouterr().out
    assert cli.main([*settings, "--months", "0"]) == cli.EXIT_REFUSED
    assert "Vælg mellem 1 og 120 måneder." in capsys.readouterr().err
    assert cli.main([*settings, "--months", "24"]) == 0
    assert "i 24 måneder" in capsys.readouterr().out
    database = open_database(f"sqlite:///{filled}")
    with database.session() as session:
        assert audit.retention_months(session) == 24
    database.dispose()


def test_settings_readability_refuses_in_danish_and_stores_nothing(
    filled: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = ["settings", "readability", "--db", filled]
    assert cli.main([*settings, "--max-item-words", "0", "--max-lix", "90"]) == cli.EXIT_REFUSED
    err = capsys.readouterr().err
    assert "--max-item-words: Antal ord pr. punkt skal være mellem 1 og 100." in err
    assert "--max-lix: LIX-grænsen skal være mellem 10 og 80." in err
    monkeypatch.setenv("TRYGHED_NEW_PASSWORD", "hemmelig-1")
    monkeypatch.setenv("TRYGHED_PASSWORD", "hemmelig-1")
    for username, roles in (("ali", "medarbejder"), ("mette", "koordinator")):
        assert cli.main(["users", "add", username, "--db", filled, "--name", username, "--roles", roles]) == 0
    assert cli.main([*settings, "--max-item-words", "8", "--user", "ali"]) == cli.EXIT_REFUSED
    assert "Du har ikke ret til at ændre grænserne for læsbarhed." in capsys.readouterr().err
    assert _stored_limits(filled) == (ReadabilityLimits(), [])
    assert cli.main([*settings, "--max-item-words", "8", "--user", "mette"]) == 0
    assert "Højst antal ord pr. punkt: 8" in capsys.readouterr().out
    assert _stored_limits(filled) == (ReadabilityLimits(8, 40.0), ["mette"])
    with pytest.raises(SystemExit) as usage:
        cli.main([*settings, "--max-lix", "højt"])
    assert usage.value.code == cli.EXIT_USAGE
    assert "'højt' er ikke et tal" in capsys.readouterr().err


def test_usage_help_and_mistakes_are_in_danish(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as shown:
        cli.main(["card", "--help"])
    assert shown.value.code == 0
    help_text = capsys.readouterr().out
    assert help_text.startswith("brug: tryghed card")
    assert "tilvalg:" in help_text and "vis denne hjælp og afslut" in help_text
    for argv, message in (
        (["card"], "tryghed card: fejl: skal angives: --out"),
        (["export", "--resident", "abc"], "tryghed export: fejl: --resident: ugyldig værdi: 'abc'"),
        (["residentz"], "tryghed: fejl: KOMMANDO: ukendt: 'residentz' (vælg mellem 'init', "),
        (["units", "--bogus"], "tryghed: fejl: ukendte argumenter: --bogus"),
        (["demo", "--residents", "-1"], "tryghed demo: fejl: --residents: skal være mindst 1, ikke -1"),
        (
            ["incident", "add", "--resident", "1", "--at", "2026-11-20", "--type", "vold"],
            "--at: '2026-11-20' mangler klokkeslæt; skriv fx '2026-11-20 14:40'",
        ),
        (
            ["incident", "add", "--resident", "1", "--at", "2026-03-29 02:30", "--type", "vold"],
            "--at: '2026-03-29 02:30' findes ikke: uret springer den time over (sommertid)",
        ),
        (  # year 1 overflowed on the way to UTC (a traceback); 9999 in the statistics' day sums
            ["incident", "add", "--resident", "1", "--at", "0001-01-01 00:10", "--type", "vold"],
            "--at: '0001-01-01 00:10' ligger uden for årene 1900–2999. Ret årstallet.",
        ),
        (
            ["stats", "--unit", "1", "--from", "1.1.26", "--to", "2026-12-31"],
            "--from: '1.1.26' er ikke en dato som 2026-03-06 eller 06.03.2026",
        ),
        (
            ["stats", "--unit", "1", "--from", "2026-01-01", "--to", "9999-12-31"],
            "--to: '9999-12-31' ligger uden for årene 1900–2999. Ret årstallet.",
        ),
    ):
        with pytest.raises(SystemExit) as usage:
            cli.main(argv)
        assert usage.value.code == cli.EXIT_USAGE
        assert message in capsys.readouterr().err


def test_a_mistyped_database_is_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = tmp_path / "tryhged.db"
    registration = ["incident", "add", "--db", str(typo), "--resident", "1", "--at", "2026-11-25 10:00"]
    for argv in (
        ["units", "--db", str(typo)],
        [*registration, "--type", "trussel", "--severity", "2", "--location", "Stuen"],
    ):
        assert cli.main(argv) == cli.EXIT_REFUSED
        assert f"Databasen findes ikke: {typo}. Opret den med 'tryghed init'." in capsys.readouterr().err
    assert not typo.exists()
    assert cli.main(["init", "--db", str(typo)]) == 0
    assert typo.exists()
    assert cli.main(["units", "--db", str(typo)]) == 0


def test_a_damaged_database_file_is_refused_in_danish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "tryghed.db"
    damaged.write_bytes(b"not sqlite")
    assert cli.main(["units", "--db", str(damaged)]) == cli.EXIT_REFUSED
    assert "tryghed: Filen er ikke en Tryghed-database, eller den er beskadiget" in capsys.readouterr().err


def test_a_locked_database_is_a_refusal_to_retry_and_a_mistake_in_sql_is_not(
    filled: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    def fails_with(message: str) -> Callable[..., None]:
        def handler(*_args: object) -> None:
            raise OperationalError("SELECT", {}, sqlite3.OperationalError(message))

        return handler

    monkeypatch.setattr(cli, "cmd_units", fails_with("database is locked"))
    assert cli.main(["units", "--db", filled]) == cli.EXIT_REFUSED
    assert "tryghed: Databasen svarer ikke lige nu. Prøv igen om lidt. (database is locked)" in (
        capsys.readouterr().err
    )
    monkeypatch.setattr(cli, "cmd_units", fails_with("no such table: units"))
    assert cli.main(["units", "--db", filled]) == cli.EXIT_UNEXPECTED
    assert "tryghed: uventet fejl: OperationalError" in capsys.readouterr().err


def test_a_new_password_is_never_the_administrators_own(
    filled: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tryghed_desktop.services import auth

    monkeypatch.setenv("TRYGHED_NEW_PASSWORD", "pias-egen-1")
    add = ["users", "add", "--db", filled, "--roles"]
    assert cli.main([*add[:2], "pia", *add[2:], "administrator", "--name", "Pia"]) == 0
    # Pia logs in with TRYGHED_PASSWORD; Ali's password comes from TRYGHED_NEW_PASSWORD, not hers.
    monkeypatch.setenv("TRYGHED_PASSWORD", "pias-egen-1")
    monkeypatch.setenv("TRYGHED_NEW_PASSWORD", "alis-kode-1")
    assert cli.main([*add[:2], "ali", *add[2:], "medarbejder", "--name", "Ali", "--user", "pia"]) == 0
    monkeypatch.setenv("TRYGHED_NEW_PASSWORD", "pias-egen-1")  # a job set up with the same value twice
    assert cli.main(["users", "password", "ali", "--db", filled, "--user", "pia"]) == cli.EXIT_REFUSED
    assert "Den nye adgangskode er den samme som din egen" in capsys.readouterr().err
    database = open_database(f"sqlite:///{filled}")
    with database.session() as session:
        assert auth.login(session, "ali", "alis-kode-1").actor_or_raise().username == "ali"
        assert auth.login(session, "ali", "pias-egen-1").actor is None
    database.dispose()


def test_users_get_a_new_password_other_roles_and_come_back(
    filled: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tryghed_desktop.services import auth

    monkeypatch.setenv("TRYGHED_NEW_PASSWORD", "glemt-kode-1")
    assert cli.main(["users", "add", "ali", "--db", filled, "--name", "Ali", "--roles", "medarbejder"]) == 0
    monkeypatch.setenv("TRYGHED_NEW_PASSWORD", "ny-kode-123")
    assert cli.main(["users", "password", "ali", "--db", filled]) == 0
    assert cli.main(["users", "roles", "ali", "--db", filled, "--roles", "ekstern rådgiver,medarbejder"]) == 0
    assert "ali har nu rollerne: ekstern rådgiver, medarbejder." in capsys.readouterr().out
    assert cli.main(["users", "deactivate", "ali", "--db", filled]) == 0
    assert cli.main(["users", "activate", "ali", "--db", filled]) == 0
    database = open_database(f"sqlite:///{filled}")
    with database.session() as session:
        actor = auth.login(session, "ali", "ny-kode-123").actor_or_raise()
    database.dispose()
    assert actor.roles == {Role.STAFF, Role.ADVISOR}
    with pytest.raises(SystemExit):
        cli.main(["users", "roles", "ali", "--db", filled, "--roles", "chef"])
    assert "'chef' er ingen rolle (brug medarbejder, koordinator, ekstern rådgiver, administrator)" in (
        capsys.readouterr().err
    )


def test_a_period_that_ends_before_it_starts_is_refused(
    filled: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in ("stats", "meeting-pack"):
        argv = [command, "--db", filled, "--unit", "1", "--from", "2026-09-30", "--to", "2026-07-01"]
        assert (
            cli.main([*argv, "--out", str(tmp_path / "pack.pdf")] if command == "meeting-pack" else argv)
            == cli.EXIT_REFUSED
        )
        assert "tryghed: Perioden slutter, før den begynder. Byt om på datoerne." in capsys.readouterr().err


def test_file_problems_are_told_in_danish(
    filled: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = ["export", "--db", filled, "--resident", "1", "--out"]
    missing_folder = tmp_path / "ingen-mappe" / "x.json"
    assert cli.main([*export, str(missing_folder)]) == cli.EXIT_REFUSED
    assert f"tryghed: {missing_folder} findes ikke, eller mappen den skal ligge i findes ikke." in (
        capsys.readouterr().err
    )
    assert cli.main([*export, str(tmp_path)]) == cli.EXIT_REFUSED
    assert f"tryghed: {tmp_path} er en mappe; angiv et filnavn." in capsys.readouterr().err


def test_a_wrong_id_is_refused_not_shown_as_an_empty_list(
    filled: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv, message in (
        (["residents", "--unit", "99"], "Der findes ingen afdeling med id 99."),
        (["incidents", "--unit", "99"], "Der findes ingen afdeling med id 99."),
        (["incidents", "--resident", "999"], "Der findes ingen borger med id 999."),
    ):
        assert cli.main([*argv, "--db", filled]) == cli.EXIT_REFUSED
        assert f"tryghed: {message}" in capsys.readouterr().err


def test_a_piped_password_is_read_without_getpass_warning(
    filled: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    from tryghed_desktop.services import auth

    monkeypatch.delenv("TRYGHED_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO("fra-en-fil-1\n"))
    assert cli.main(["users", "add", "ali", "--db", filled, "--name", "Ali", "--roles", "medarbejder"]) == 0
    assert "Warning" not in capsys.readouterr().err
    database = open_database(f"sqlite:///{filled}")
    with database.session() as session:
        assert auth.login(session, "ali", "fra-en-fil-1").actor is not None
    database.dispose()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert cli.main(["users", "password", "ali", "--db", filled]) == cli.EXIT_REFUSED
    assert "Ingen adgangskode: skriv den, eller sæt TRYGHED_NEW_PASSWORD." in capsys.readouterr().err


def test_the_use_of_force_date_alone_changes_the_reference_given(
    filled: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_threat(filled)
    edit = ["incident", "edit", "--db", filled, "--id", "1"]
    assert cli.main([*edit, "--use-of-force-date", "2026-03-07"]) == cli.EXIT_REFUSED
    assert "Hændelsen har ingen magtanvendelse. Angiv skemaet med --use-of-force." in capsys.readouterr().err
    assert cli.main([*edit, "--use-of-force", "Skema A"]) == 0
    capsys.readouterr()
    assert cli.main([*edit, "--use-of-force-date", "2026-03-07"]) == 0  # it was ignored
    assert "  Magtanvendelse: Skema A (06.03.2026) → Skema A (07.03.2026)" in capsys.readouterr().out


def test_an_incident_registered_and_changed_by_a_named_user(
    filled: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRYGHED_NEW_PASSWORD", "hemmelig-1")
    monkeypatch.setenv("TRYGHED_PASSWORD", "hemmelig-1")
    for username, roles in (("ali", "medarbejder"), ("lene", "ekstern rådgiver")):
        assert cli.main(["users", "add", username, "--db", filled, "--name", username, "--roles", roles]) == 0
    add = ["incident", "add", "--db", filled, "--resident", "1", "--at", "2026-03-06 14:40"]
    add += ["--type", "trussel", "--severity", "2", "--location", "Gangen"]
    assert cli.main([*add, "--user", "lene"]) == cli.EXIT_REFUSED  # an advisor does not register
    assert "ikke ret til at registrere" in capsys.readouterr().err
    assert cli.main([*add, "--user", "ali"]) == 0
    edit = ["incident", "edit", "--db", filled, "--id", "1", "--severity", "3", "--user", "ali"]
    assert cli.main(edit) == 0
    database = open_database(f"sqlite:///{filled}")
    with database.session() as session:
        actors = dict(
            session.execute(
                select(AuditEvent.action, AuditEvent.actor).where(AuditEvent.action.like("incident.%"))
            ).all()
        )
    database.dispose()
    assert actors == {"incident.register": "ali", "incident.change": "ali"}


def test_import_says_what_it_created_and_who_was_there_already(
    filled: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "jonas.json"
    assert cli.main(["export", "--db", filled, "--resident", "1", "--out", str(exported)]) == 0
    capsys.readouterr()
    assert cli.main(["import", "--db", filled, str(exported)]) == 0  # the same file again
    captured = capsys.readouterr()
    assert captured.out.startswith("Indlæst som borger 3.")
    assert "Bemærk: afdelingen havde allerede en borger med samme navn (id 1)." in captured.err
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["resident"]["unit"] = "Hus Brik"  # a typo in the unit's name
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["import", "--db", filled, str(exported)]) == 0
    assert "Ny afdeling oprettet: Bostedet Egebakken – Hus Brik" in capsys.readouterr().out


def test_a_resident_moves_in_changes_room_moves_out_and_back(
    filled: str, capsys: pytest.CaptureFixture[str]
) -> None:
    def run(*args: str) -> tuple[int, str]:
        code = cli.main(["--db", filled, *args])
        captured = capsys.readouterr()
        return code, captured.out + captured.err

    assert run("resident", "add", "--unit", "1", "--name", "Sofie Lund", "--card-name", "Sofie") == (
        0,
        "Sofie er oprettet med id 3.\n",
    )
    assert run("resident", "edit", "3", "--room", "7", "--contact", "Mor: Hanne") == (
        0,
        "Borger 3: ændret (værelse, kontaktpersoner).\n",
    )
    assert run("resident", "edit", "3", "--room", "7") == (0, "Borger 3: intet er ændret.\n")
    code, out = run("resident", "discharge", "3", "--date", "2999-01-01")
    assert code == 1 and "Datoen for fraflytning kan ikke ligge efter i dag." in out
    code, out = run("resident", "discharge", "3", "--date", "2019-01-01")  # before she came: refused
    assert code == 1 and "Sofie blev oprettet" in out and "Fraflytningen kan ikke ligge før den." in out
    today = local_time(datetime.now(UTC)).date()
    assert run("resident", "discharge", "3", "--date", today.isoformat()) == (
        0,
        f"Sofie er fraflyttet {today:%d.%m.%Y}. Planer og hændelser er gemt.\n",
    )
    assert "Sofie Lund" not in run("residents")[1]
    listed = json.loads(run("residents", "--all", "--format", "json")[1])
    assert [row["moved_out"] for row in listed if row["id"] == 3] == [today.isoformat()]
    code, out = run("card", "--resident", "3", "--out", str(Path(filled).parent / "sofie.pdf"))
    assert code == 1 and "Der printes kun handlekort for borgere, der bor her." in out
    assert run("resident", "readmit", "3") == (0, "Sofie bor her igen, med planerne som de var.\n")
    assert "Sofie Lund" in run("residents")[1]


def test_a_resident_is_not_created_with_missing_facts(
    filled: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        cli.main(["--db", filled, "resident", "add", "--unit", "9", "--name", " ", "--card-name", "S"]) == 1
    )
    err = capsys.readouterr().err
    assert "Borgeren er ikke oprettet endnu" in err and "Skriv borgerens navn." in err
    assert "afdeling: Der findes ingen afdeling med id 9." in err


def test_a_date_is_taken_as_the_app_writes_it_too() -> None:
    from tryghed_desktop.cli.common import day

    assert day("06.03.2026") == day("2026-03-06")
