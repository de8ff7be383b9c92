"""`tryghed users|draft|submit|approve|return|audit`: the approval flow without a window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.ui.factories import risk_profile
from tryghed_desktop import cli
from tryghed_desktop.domain.plans import content_to_dict
from tryghed_desktop.services import residents
from tryghed_desktop.services.actors import SYSTEM
from tryghed_desktop.store.db import Database

PASSWORD = "hemmelig-1"


@pytest.fixture
def db(database: Database, monkeypatch: pytest.MonkeyPatch) -> str:
    with database.session() as session:
        unit = residents.ensure_unit(session, "Bostedet Egebakken", "Hus Birk")
        residents.create_resident(
            session, SYSTEM, unit_id=unit.id, display_name="Jonas Madsen", card_name="Jonas"
        )
    database.dispose()
    assert database.path is not None
    monkeypatch.setenv("TRYGHED_PASSWORD", PASSWORD)
    monkeypatch.setenv("TRYGHED_NEW_PASSWORD", PASSWORD)
    path = str(database.path)
    for username, name, roles in (
        ("mette", "Mette Kruse", "koordinator"),
        ("lene", "Lene Holm", "advisor"),
        ("ali", "Ali Hassan", "medarbejder"),
    ):
        assert cli.main(["users", "add", username, "--db", path, "--name", name, "--roles", roles]) == 0
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_users_list_and_deactivate(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert _run(capsys, "users", "deactivate", "ali", "--db", db)[0] == 0
    code, out, _err = _run(capsys, "users", "list", "--db", db, "--format", "json")
    assert code == 0
    rows = {row["username"]: row for row in json.loads(out)}
    assert rows["ali"]["active"].startswith("nej")
    assert rows["lene"]["roles"] == "ekstern rådgiver"
    with pytest.raises(SystemExit) as usage:
        cli.main(["users", "add", "x", "--db", db, "--name", "X", "--roles", "chef"])
    assert usage.value.code == cli.EXIT_USAGE
    assert "'chef' er ingen rolle" in capsys.readouterr().err


def test_draft_submit_approve_and_verify(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = tmp_path / "profil.json"
    content.write_text(json.dumps(content_to_dict(risk_profile()), ensure_ascii=False), encoding="utf-8")
    code, out, err = _run(
        capsys, "draft", "new", "--db", db, "--resident", "1", "--kind", "risk_profile",
        "--content", str(content), "--user", "mette",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "version 1 (id 1)" in out
    # Staff may not submit; the reason comes in Danish on stderr.
    code, _out, err = _run(capsys, "submit", "--db", db, "--version", "1", "--user", "ali")
    assert code == cli.EXIT_REFUSED and "ikke ret til at indsende" in err
    assert _run(capsys, "submit", "--db", db, "--version", "1", "--user", "mette")[0] == 0
    # The coordinator cannot approve; the advisor can.
    code, _out, err = _run(capsys, "approve", "--db", db, "--version", "1", "--user", "mette")
    assert code == cli.EXIT_REFUSED and "ikke ret til at godkende" in err
    code, out, err = _run(
        capsys, "approve", "--db", db, "--version", "1", "--user", "lene",
        "--review-due", "2027-03-01", "--comment", "Fint.",
    )  # fmt: skip
    assert code == 0, err
    assert "godkendt af Lene Holm; revision senest 01.03.2027" in out
    code, out, _err = _run(capsys, "audit", "verify", "--db", db)
    assert code == 0 and "hel" in out
    code, out, _err = _run(capsys, "audit", "export", "--db", db, "--resident", "1", "--format", "json")
    assert code == 0
    actions = [row["action"] for row in json.loads(out)]
    assert actions == ["resident.create", "plan.draft", "plan.submit", "plan.approve"]


def test_wrong_password_and_return_needs_a_comment(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "profil.json"
    content.write_text(json.dumps(content_to_dict(risk_profile())), encoding="utf-8")
    draft = [
        "draft",
        "new",
        "--db",
        db,
        "--resident",
        "1",
        "--kind",
        "risk_profile",
        "--content",
        str(content),
    ]
    _run(capsys, *draft, "--user", "mette")
    _run(capsys, "submit", "--db", db, "--version", "1", "--user", "mette")
    code, _out, err = _run(capsys, "return", "--db", db, "--version", "1", "--user", "lene", "--comment", " ")
    assert code == cli.EXIT_REFUSED and "Skriv en kommentar" in err
    monkeypatch.setenv("TRYGHED_PASSWORD", "forkert")
    code, _out, err = _run(
        capsys, "return", "--db", db, "--version", "1", "--user", "lene", "--comment", "Nej"
    )
    assert code == cli.EXIT_REFUSED and "Forkert brugernavn eller adgangskode" in err
    monkeypatch.setenv("TRYGHED_PASSWORD", PASSWORD)
    code, out, _err = _run(
        capsys, "return", "--db", db, "--version", "1", "--user", "lene", "--comment", "Kortere"
    )
    assert code == 0 and "returneret" in out


def test_return_with_notes_per_section(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = tmp_path / "profil.json"
    content.write_text(json.dumps(content_to_dict(risk_profile())), encoding="utf-8")
    new = ("draft", "new", "--db", db, "--resident", "1", "--kind", "risk_profile", "--content", str(content))
    _run(capsys, *new, "--user", "mette")
    _run(capsys, "submit", "--db", db, "--version", "1", "--user", "mette")
    back = ("return", "--db", db, "--version", "1", "--user", "lene", "--comment", "")
    # A section the plan does not have: refused, naming the ones it has; nothing changes.
    code, _out, err = _run(capsys, *back, "--note", "Morgen=Hvem er på?")
    assert code == cli.EXIT_REFUSED
    assert "Der er intet afsnit, der hedder »Morgen«, i denne risikoprofil. Skriv et af: " in err
    assert "»Gul – Tidlige tegn«" in err and "»Alarm og hvem vi ringer til«" in err
    # Not SECTION=TEXT at all: a usage error that shows the form.
    with pytest.raises(SystemExit) as usage:
        cli.main([*back, "--note", "Gul"])
    assert usage.value.code == cli.EXIT_USAGE
    assert "skal skrives som AFSNIT=TEKST" in capsys.readouterr().err
    code, out, err = _run(
        capsys, *back, "--note", "gul - tidlige tegn=Gør tegnene konkrete", "--note", "Styrker=Flere, tak."
    )
    assert (code, err) == (0, "")
    assert "Gul – Tidlige tegn: Gør tegnene konkrete" in out and "Styrker: Flere, tak." in out
    code, out, _err = _run(capsys, "audit", "export", "--db", db, "--resident", "1", "--format", "json")
    assert [row["action"] for row in json.loads(out)][-1] == "plan.return"


def test_audit_verify_fails_on_an_edited_entry(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    database = Database(f"sqlite:///{db}")
    with database.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER trg_audit_events_append_only"))
        connection.execute(text("UPDATE audit_events SET actor = 'ukendt' WHERE id = 2"))
    database.dispose()
    code, _out, err = _run(capsys, "audit", "verify", "--db", db)
    assert code == cli.EXIT_REFUSED
    assert "1 post er ændret, slettet eller indsat (2)" in err


def test_draft_content_is_checked_against_the_interchange_format(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = content_to_dict(risk_profile())
    data["triggers"] = "ét ord"  # a text where a list belongs was stored as a list of letters
    data["stages"][0]["kind"] = "lilla"
    content = tmp_path / "profil.json"
    content.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _out, err = _run(
        capsys, "draft", "new", "--db", db, "--resident", "1", "--kind", "risk_profile",
        "--content", str(content), "--user", "mette",
    )  # fmt: skip
    assert code == cli.EXIT_REFUSED
    assert "Indholdet kan ikke bruges som risikoprofil:" in err
    assert "$.stages[0].kind: skal være en af: green, yellow, red, blue" in err
    assert "$.triggers: skal være en liste" in err
    code, out, _err = _run(capsys, "export", "--db", db, "--resident", "1")
    assert json.loads(out)["documents"] == []  # nothing was stored


def test_versions_lists_the_ids_to_submit_and_approve(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "profil.json"
    content.write_text(json.dumps(content_to_dict(risk_profile()), ensure_ascii=False), encoding="utf-8")
    new = ("draft", "new", "--db", db, "--resident", "1", "--kind", "risk_profile", "--content", str(content))
    assert _run(capsys, *new, "--user", "mette")[0] == 0
    code, out, _err = _run(capsys, "versions", "--db", db, "--resident", "1", "--format", "json")
    assert code == 0
    assert [(v["id"], v["kind"], v["number"], v["status"]) for v in json.loads(out)] == [
        (1, "risk_profile", 1, "draft")
    ]
    code, out, _err = _run(capsys, "versions", "--db", db, "--resident", "1")
    assert "Risikoprofil" in out and "Kladde" in out
