from __future__ import annotations

import json
import re
import sqlite3
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from tryghed_desktop import cli
from tryghed_desktop.services.generator import populate_demo_facility
from tryghed_desktop.services.residents import list_residents, list_units
from tryghed_desktop.store.db import open_database


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(f"sqlite:///{path}")
    with database.session() as session:
        populate_demo_facility(session)
    database.dispose()
    return path


def _ids(path: Path) -> tuple[int, int]:
    database = open_database(f"sqlite:///{path}")
    with database.session() as session:
        jonas = next(row.id for row in list_residents(session) if row.card_name == "Jonas")
        birk = next(unit.id for unit in list_units(session) if unit.name == "Hus Birk")
    database.dispose()
    return jonas, birk


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def test_card_pdf_docx_and_registration(demo_db: Path, tmp_path: Path) -> None:
    jonas, _unit = _ids(demo_db)
    assert (
        cli.main(["card", "--db", str(demo_db), "--resident", str(jonas), "--out", str(tmp_path / "j.pdf")])
        == 0
    )
    assert len(PdfReader(tmp_path / "j.pdf").pages) == 1 and "Jonas" in _text(tmp_path / "j.pdf")
    args = [
        "card",
        "--db",
        str(demo_db),
        "--resident",
        str(jonas),
        "--format",
        "docx",
        "--out",
        str(tmp_path / "j.docx"),
    ]
    assert cli.main(args) == 0
    assert any("Jonas" in p.text for p in Document(str(tmp_path / "j.docx")).paragraphs)
    assert cli.main(["card", "--db", str(demo_db), "--registration", "--out", str(tmp_path / "r.pdf")]) == 0
    assert "registrer" in _text(tmp_path / "r.pdf").lower()
    signs = [
        "card",
        "--db",
        str(demo_db),
        "--resident",
        str(jonas),
        "--signs",
        "--out",
        str(tmp_path / "t.pdf"),
    ]
    assert cli.main(signs) == 0
    assert "Tidlige tegn – tjekliste" in _text(tmp_path / "t.pdf")


def test_unit_cards_in_one_pdf(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _jonas, birk = _ids(demo_db)
    assert (
        cli.main(["cards", "--db", str(demo_db), "--unit", str(birk), "--out", str(tmp_path / "u.pdf")]) == 0
    )
    captured = capsys.readouterr()
    count = int(captured.out.split()[0])
    # The demo's Mikkel has no approved risk profile: a last page says so.
    assert "Ikke med: Mikkel" in captured.err and "Den sidste side" in captured.err
    pages = PdfReader(tmp_path / "u.pdf").pages
    assert count >= 2 and len(pages) == count + 1
    assert "Mikkel: ingen godkendt risikoprofil" in pages[-1].extract_text()


def test_stats_and_meeting_pack(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _jonas, birk = _ids(demo_db)
    period = ["--from", "2025-01-01", "--to", "2027-12-31"]
    assert cli.main(["stats", "--db", str(demo_db), "--unit", str(birk), *period, "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["total"] > 0
    out, xlsx = tmp_path / "pack.pdf", tmp_path / "pack.xlsx"
    args = [
        "meeting-pack",
        "--db",
        str(demo_db),
        "--unit",
        str(birk),
        *period,
        "--out",
        str(out),
        "--xlsx",
        str(xlsx),
    ]
    assert cli.main(args) == 0
    assert "Jonas" not in _text(out)  # anonymised by default
    assert "Overblik" in load_workbook(BytesIO(xlsx.read_bytes())).sheetnames
    # Without --unit: the whole facility, for the work-environment group.
    facility = tmp_path / "amg.pdf"
    assert cli.main(["meeting-pack", "--db", str(demo_db), *period, "--out", str(facility)]) == 0
    text = _text(facility)
    assert "alle afdelinger" in text and "Jonas" not in text


def test_simplify_split_shows_suggestions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = tmp_path / "plan.txt"
    original.write_text(
        "Når Jonas bliver urolig, går han frem og tilbage. Undgå at stille krav. Ring til vagthavende.",
        encoding="utf-8",
    )
    assert cli.main(["simplify", "split", str(original), "--format", "json"]) == 0
    pieces = json.loads(capsys.readouterr().out)
    assert len(pieces) == 3
    assert all(piece["suggested_field"] for piece in pieces)
    original.write_text("Tidlige tegn\n\nHan går frem og tilbage.\n\nHan nynner.", encoding="utf-8")
    assert cli.main(["simplify", "split", str(original)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "  1. Tidlige tegn  → overskrift – behold i fuld beskrivelse",  # a heading has no field
        "  2. Han går frem og tilbage.  → Gul – Tidlige tegn · Sådan ser det ud "
        "(indeholder »går frem og tilbage«)",
        # No cue word of its own: the heading above says where it goes.
        "  3. Han nynner.  → Gul – Tidlige tegn · Sådan ser det ud (står under »Tidlige tegn«)",
    ]
    assert cli.main(["simplify", "split", str(original), "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0] == "index,text,suggested_field,reason"
    assert rows[1] == "1,Tidlige tegn,,overskrift – behold i fuld beskrivelse"


def test_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "t.db"
    assert cli.main(["init", "--db", str(db)]) == 0
    capsys.readouterr()
    assert cli.main(["backup", "--db", str(db), "--out", str(tmp_path / "b.db")]) == 0
    assert cli.main(["restore", "--db", str(db), str(tmp_path / "b.db")]) == 0
    assert "Gendannet fra" in capsys.readouterr().out
    with sqlite3.connect(db) as connection:  # the restore is in the restored database's log
        last = connection.execute("SELECT action, target FROM audit_events ORDER BY id DESC").fetchone()
    assert last == ("database.restore", "b.db")
    assert cli.main(["restore", "--db", str(db), str(tmp_path / "mangler.db")]) == cli.EXIT_REFUSED
    assert "findes ikke" in capsys.readouterr().err


def test_no_file_is_written_in_the_wrong_format_or_over_another(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jonas, birk = _ids(demo_db)
    db = ["--db", str(demo_db)]
    assert cli.main(["card", *db, "--resident", str(jonas), "--out", str(tmp_path / "j.docx")]) == 0
    assert Document(str(tmp_path / "j.docx")).paragraphs  # the ending chose Word
    period = ["--unit", str(birk), "--from", "2026-07-01", "--to", "2026-09-30"]
    backup = tmp_path / "b.db"
    backup.write_bytes(b"an earlier backup")
    for argv, message in (
        (["card", *db, "--registration", "--out", str(tmp_path / "r.docx")], "findes kun som PDF"),
        (
            ["card", *db, "--resident", str(jonas), "--format", "docx", "--out", str(tmp_path / "w.pdf")],
            "Filnavnet w.pdf passer ikke til --format docx.",
        ),
        (
            [
                "meeting-pack",
                *db,
                *period,
                "--out",
                str(tmp_path / "p.pdf"),
                "--xlsx",
                str(tmp_path / "p.pdf"),
            ],
            "--out og --xlsx skal være to forskellige filer.",
        ),
        (["backup", *db, "--out", str(backup)], f"Filen findes allerede: {backup}."),
    ):
        assert cli.main(argv) == cli.EXIT_REFUSED
        assert message in capsys.readouterr().err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["b.db", "j.docx"]
    assert backup.read_bytes() == b"an earlier backup"


def test_a_card_without_an_approved_plan_points_to_draft(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(f"sqlite:///{demo_db}")
    with database.session() as session:
        mikkel = next(row.id for row in list_residents(session) if row.card_name == "Mikkel")
    database.dispose()
    argv = ["card", "--db", str(demo_db), "--resident", str(mikkel), "--out", str(tmp_path / "m.pdf")]
    assert cli.main(argv) == cli.EXIT_REFUSED
    assert "Med --draft skrives kladden" in capsys.readouterr().err
    assert cli.main([*argv, "--draft"]) == 0
    assert "AFVENTER GODKENDELSE – IKKE GODKENDT" in _text(tmp_path / "m.pdf")  # Mikkel: with the advisor


def test_every_command_takes_a_plan_by_its_danish_name(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jonas, _unit = _ids(demo_db)
    card = ["card", "--db", str(demo_db), "--resident", str(jonas), "--out"]
    assert cli.main([*card, str(tmp_path / "d.pdf"), "--kind", "døgnrytme"]) == 0
    assert cli.main([*card, str(tmp_path / "r.pdf"), "--kind", "rhythm"]) == 0  # the old word still works
    assert (tmp_path / "d.pdf").read_bytes()[:4] == b"%PDF"
    assert cli.main([*card, str(tmp_path / "a.pdf"), "--kind", "aktiviteter"]) == cli.EXIT_REFUSED
    assert "Aktiviteterne har intet kort" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main([*card, str(tmp_path / "x.pdf"), "--kind", "dagbog"])
    assert "'dagbog' er ingen plan (brug risikoprofil, døgnrytme, tryghedsplan eller aktiviteter)" in (
        capsys.readouterr().err
    )


@pytest.fixture
def own_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A demo database this test may change, made as the README says; the users' password is set."""
    path = tmp_path / "demo.db"
    assert cli.main(["demo", "--db", str(path)]) == 0
    monkeypatch.setenv("TRYGHED_PASSWORD", "demo1234")
    return path


def _logged(path: Path, *actions: str) -> list[tuple[str, str]]:
    """(action, who) for these actions in the audit log, oldest first."""
    from sqlalchemy import select

    from tryghed_desktop.store.models import AuditEvent

    database = open_database(f"sqlite:///{path}")
    with database.session() as session:
        rows = session.execute(
            select(AuditEvent.action, AuditEvent.actor)
            .where(AuditEvent.action.in_(actions))
            .order_by(AuditEvent.id)
        ).all()
    database.dispose()
    return [(action, actor) for action, actor in rows]


def test_a_card_printed_by_a_named_user_is_logged_as_theirs(
    own_demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jonas, _unit = _ids(own_demo)
    card = ["card", "--db", str(own_demo), "--resident", str(jonas), "--out", str(tmp_path / "j.pdf")]
    assert cli.main([*card, "--user", "lene"]) == cli.EXIT_REFUSED  # an advisor does not print
    assert "ikke ret til" in capsys.readouterr().err
    assert cli.main([*card, "--user", "ali"]) == 0
    assert _logged(own_demo, "print") == [("print", "ali")]


def test_the_log_names_who_exported_a_residents_log_and_who_moved_a_resident_out(
    own_demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jonas, _unit = _ids(own_demo)
    export = ["audit", "export", "--db", str(own_demo), "--resident", str(jonas), "--format", "json"]
    assert cli.main([*export, "--user", "anne"]) == cli.EXIT_REFUSED  # a coordinator reads no log
    assert "ikke ret til" in capsys.readouterr().err
    assert cli.main([*export, "--user", "pia"]) == 0
    assert cli.main(["resident", "discharge", str(jonas), "--db", str(own_demo), "--user", "anne"]) == 0
    # After the demo's own move-out (Lars, by anne as his coordinator).
    assert _logged(own_demo, "audit.export", "resident.discharge")[-2:] == [
        ("audit.export", "pia"),
        ("resident.discharge", "anne"),
    ]


def test_an_administrator_hands_a_resident_their_data_as_one_zip(
    own_demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import zipfile

    jonas, _unit = _ids(own_demo)
    data = ["resident", "data", str(jonas), "--db", str(own_demo)]
    assert cli.main([*data, "--user", "anne", "--out", str(tmp_path / "x.zip")]) == cli.EXIT_REFUSED
    assert "ikke ret til at udlevere en borgers oplysninger" in capsys.readouterr().err
    monkeypatch.chdir(tmp_path)  # without --out: a dated name in the current folder
    assert cli.main([*data, "--user", "pia"]) == 0
    out = capsys.readouterr().out
    assert (
        out.startswith(f"Oplysningerne om Jonas er gemt i {tmp_path}/oplysninger-Jonas-")
        and "tiltag i handleplanen" in out
        and "logposter" in out
    )
    assert "Læs teksterne igennem" in out
    (package,) = tmp_path.glob("oplysninger-Jonas-*.zip")
    assert "planer.json" in zipfile.ZipFile(package).namelist()
    assert _logged(own_demo, "resident.data_package") == [("resident.data_package", "pia")]


def test_a_resident_who_moved_out_long_ago_is_listed_and_deleted_by_an_administrator(
    own_demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import text

    database = open_database(f"sqlite:///{own_demo}")
    with database.engine.begin() as connection:  # the demo's Lars moved out in 2019, not last month
        lars = connection.execute(text("SELECT id FROM residents WHERE card_name = 'Lars'")).scalar_one()
        connection.execute(
            text("UPDATE residents SET discharged_at = '2019-03-31 22:00:00.000000' WHERE id = :id"),
            {"id": lars},
        )
    database.dispose()
    db = ["--db", str(own_demo)]
    assert cli.main(["resident", "due", *db]) == 0
    assert "Lars" in capsys.readouterr().out
    assert cli.main(["resident", "delete", str(lars), *db, "--user", "anne"]) == cli.EXIT_REFUSED
    assert "ikke ret til at slette borgere" in capsys.readouterr().err
    assert cli.main(["resident", "delete", str(lars), *db, "--user", "pia"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Lars er slettet:") and "Backups taget før i dag" in out
    assert cli.main(["resident", "due", *db]) == 0
    assert "Ingen fraflyttede borgere er flyttet for mere end 5 år siden." in capsys.readouterr().out
    assert cli.main(["audit", "verify", *db]) == 0
    assert _logged(own_demo, "resident.delete") == [("resident.delete", "pia")]


def test_the_action_plan_from_the_command_line(
    own_demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(own_demo)]
    add = [
        "measure",
        "add",
        *db,
        "--title",
        "Plakat om registrering",
        "--due",
        "2020-01-01",
        "--status",
        "i gang",
    ]
    assert cli.main([*add, "--user", "ali"]) == cli.EXIT_REFUSED  # staff read the plan, they do not write it
    assert "ikke ret til at ændre handleplanen" in capsys.readouterr().err
    assert cli.main([*add, "--owner", "AMR", "--user", "anne"]) == 0
    added = capsys.readouterr().out
    assert re.fullmatch(r"Tiltaget er gemt med id \d+\.\n", added)
    new = added.split()[-1].rstrip(".")  # after the demo's own measures
    with pytest.raises(SystemExit) as usage:
        cli.main(["measure", "set", new, *db, "--status", "bogus", "--user", "anne"])
    assert usage.value.code == 2 and "ingen status" in capsys.readouterr().err
    assert cli.main(["measures", *db]) == 0
    listed = capsys.readouterr().out
    assert "Plakat om registrering" in listed and listed.count("I gang – OVERSKREDET") == 2
    assert (
        cli.main(["measure", "set", new, *db, "--status", "implementeret", "--no-due", "--user", "anne"]) == 0
    )
    assert capsys.readouterr().out == f"Tiltag {new}: ændret (due_on, status, done_on).\n"
    assert cli.main(["measures", *db, "--open", "--format", "json"]) == 0
    still_open = [measure["title"] for measure in json.loads(capsys.readouterr().out)]
    assert "Plakat om registrering" not in still_open and "Ledige stillinger besat" in still_open
    assert cli.main(["measures", *db, "--pdf", str(tmp_path / "status.pdf")]) == 0
    assert "Plakat om registrering" in _text(tmp_path / "status.pdf")


def test_an_incident_is_moved_only_to_a_slot_of_the_residents_daily_rhythm(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tryghed_desktop.services.incidents import slot_labels

    jonas, _unit = _ids(demo_db)
    database = open_database(f"sqlite:///{demo_db}")
    with database.session() as session:
        labels = slot_labels(session, jonas)
    database.dispose()
    assert len(labels) > 2
    add = ["incident", "add", "--db", str(demo_db), "--resident", str(jonas), "--type", "trussel"]
    assert cli.main([*add, "--severity", "2", "--location", "Gangen", "--at", "2026-11-02 10:00"]) == 0
    incident_id = capsys.readouterr().out.split()[1]
    edit = ["incident", "edit", "--db", str(demo_db), "--id", incident_id, "--slot"]
    assert cli.main([*edit, "Eftermiddagskaffe"]) == cli.EXIT_REFUSED
    assert f"Brug et af: {', '.join(labels)}." in capsys.readouterr().err
    assert cli.main([*edit, labels[-1]]) == 0
    assert labels[-1] in capsys.readouterr().out


def test_a_user_is_named_or_the_command_is_refused(
    own_demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import select

    from tryghed_desktop.store.models import User

    jonas, _unit = _ids(own_demo)
    listing = ["incidents", "--db", str(own_demo), "--resident", str(jonas), "--format", "json"]
    assert cli.main([*listing, "--user", " "]) == cli.EXIT_REFUSED  # `--user "$BRUGER"`, unset
    assert "Angiv et brugernavn efter --user." in capsys.readouterr().err
    monkeypatch.setenv("TRYGHED_PASSWORD", "")  # set up wrong: not a wrong password that locks anne out
    monkeypatch.setattr("sys.stdin", BytesIO(b""))
    assert cli.main([*listing, "--user", "anne"]) == cli.EXIT_REFUSED
    assert "Ingen adgangskode" in capsys.readouterr().err
    monkeypatch.setenv("TRYGHED_PASSWORD", "demo1234")
    assert cli.main([*listing, "--user", "anne"]) == 0
    database = open_database(f"sqlite:///{own_demo}")
    with database.session() as session:
        failed = session.scalar(select(User.failed_logins).where(User.username == "anne"))
    database.dispose()
    assert failed == 0
    assert _logged(own_demo, "incident.list") == [("incident.list", "anne")]


def test_an_imported_resident_who_moved_out_is_said_to_have(
    own_demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jonas, _unit = _ids(own_demo)
    discharge = ["resident", "discharge", str(jonas), "--db", str(own_demo), "--date", "2026-11-24"]
    assert cli.main(discharge) == 0
    exported = tmp_path / "jonas.json"
    assert cli.main(["export", "--db", str(own_demo), "--resident", str(jonas), "--out", str(exported)]) == 0
    capsys.readouterr()
    assert cli.main(["import", "--db", str(own_demo), str(exported)]) == 0
    assert "(fraflyttet 24.11.2026; se tryghed residents --all)." in capsys.readouterr().out
