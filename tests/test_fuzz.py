"""Bad input, generated: the JSON import, the Word/text import, resident search and every CLI argument
get a clear refusal (a ServiceError or a usage message), never a crash and never a half-written import."""

from __future__ import annotations

import contextlib
import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tryghed_desktop import cli
from tryghed_desktop.domain.plans import PlanKind, RiskProfile
from tryghed_desktop.services import interchange, plans, residents, simplify, users
from tryghed_desktop.services.actors import SYSTEM, Actor, Role, actor_for
from tryghed_desktop.services.errors import ServiceError, ValidationError
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import AuditEvent, PlanVersion, Resident, User

# Function-scoped fixtures (one database per test) are shared by all examples on purpose: each example
# checks its own before/after, so leftovers of earlier examples do not matter.
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

NASTY_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zl", "Zp", "Co"]), max_size=20),
    st.sampled_from(
        [
            "' OR 1=1 --",
            "'; DROP TABLE residents; --",
            '" OR ""="',
            "%",
            "_",
            "\\",
            "%' AND 1=1 --",
            "\u202eesrever",
            "\ufeff",
            "Å" * 5000,
            "x" * 20_000,
        ]
    ),
)
JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    NASTY_TEXT,
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(NASTY_TEXT, children, max_size=4),
    max_leaves=12,
)


@pytest.fixture
def coordinator(database: Database) -> Actor:
    with database.session() as session:
        users.create_user(
            session, SYSTEM, username="mette", full_name="Mette Kruse", roles={Role.COORDINATOR}
        )
        return actor_for(session, "mette")


@pytest.fixture
def exported(database: Database, coordinator: Actor) -> dict[str, Any]:
    """A valid interchange document of a resident with a draft: the seed the mutations start from."""
    with database.session() as session:
        unit = residents.ensure_unit(session, "Bostedet Egebakken", "Hus Birk")
        resident_id = residents.create_resident(
            session, SYSTEM, unit_id=unit.id, display_name="Jonas Madsen", card_name="Jonas", room="4"
        )
        plans.start_draft(
            session, coordinator, resident_id, PlanKind.RISK_PROFILE, RiskProfile(triggers=["Larm"])
        )
        return interchange.export_resident(session, coordinator, resident_id)


def _counts(database: Database) -> tuple[int, ...]:
    with database.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Resident, PlanVersion, User, AuditEvent)
        )


def _mutate(document: Any, data: st.DataObject) -> Any:
    """Replace one value somewhere in the document (or the whole of it) by a generated one."""
    if not isinstance(document, dict | list) or not document or data.draw(st.integers(0, 4)) == 0:
        return data.draw(JSON_VALUES)
    keys = list(document) if isinstance(document, dict) else list(range(len(document)))
    key = data.draw(st.sampled_from(keys))
    document[key] = _mutate(document[key], data)
    return document


def _import_or_refuse(database: Database, actor: Actor, document: object) -> None:
    before = _counts(database)
    problems = interchange.validate_document(document)
    assert isinstance(problems, list)
    try:
        with database.session() as session:
            interchange.import_resident(session, actor, document)
    except ValidationError as error:
        assert problems and error.message.startswith(interchange.IMPORT_REFUSED)
        assert _counts(database) == before  # nothing half-written
    else:
        assert not problems


@FUZZ
@given(document=JSON_VALUES)
def test_arbitrary_json_is_refused_cleanly(database: Database, coordinator: Actor, document: object) -> None:
    _import_or_refuse(database, coordinator, document)


@FUZZ
@given(data=st.data())
def test_a_damaged_export_is_refused_cleanly_or_imported_whole(
    database: Database, coordinator: Actor, exported: dict[str, Any], data: st.DataObject
) -> None:
    _import_or_refuse(database, coordinator, _mutate(copy.deepcopy(exported), data))


def _cli_import(database: Database, path: Path, content: bytes) -> int:
    path.write_bytes(content)
    return cli.main(["--db", str(database.path), "import", str(path)])


def test_broken_utf8_and_odd_json_files_are_refused_by_the_cli(
    tmp_path: Path, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    database.dispose()
    contents = [
        b"\xff\xfe{ikke json",
        b'{"format": "\xc3\x28"}',
        b"",
        b"\x00" * 1000,
        b"[" * 500 + b"]" * 500,
    ]
    for number, content in enumerate(contents):
        code = _cli_import(database, tmp_path / f"fil{number}.json", content)
        assert code == cli.EXIT_REFUSED, content[:20]
        assert capsys.readouterr().err.startswith("tryghed:")
    assert _counts(database)[0] == 0


def test_deeply_nested_json_is_refused_by_the_cli(tmp_path: Path, database: Database) -> None:
    database.dispose()
    nested = b"[" * 100_000 + b"]" * 100_000
    assert _cli_import(database, tmp_path / "dyb.json", nested) == cli.EXIT_REFUSED


# --- Word and text files for simplification ------------------------------------------------------------


def _docx_bytes() -> bytes:
    document = Document()
    document.add_paragraph("Jonas bliver urolig ved larm. Vi taler roligt og giver ham plads.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


DOCX = _docx_bytes()
FILE_NAMES = st.one_of(
    st.sampled_from(["plan.docx", "plan.DOCX", "plan.doc", "plan.txt", "plan", "plan.md", "plan.pdf"]),
    NASTY_TEXT.map(lambda text: text + ".docx"),
    NASTY_TEXT,
)


@st.composite
def damaged_docx(draw: st.DrawFn) -> bytes:
    data = bytearray(DOCX[: draw(st.integers(0, len(DOCX)))])
    for _ in range(draw(st.integers(0, 8))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@FUZZ
@given(name=FILE_NAMES, data=st.one_of(st.binary(max_size=2000), damaged_docx()))
@example(name="plan.txt", data=b"x" * (simplify.MAX_FILE_BYTES + 1))
@example(name="plan.txt", data=b"\xc3\x28\xff\xfe broken utf-8")
@example(name="plan.docx", data=b"PK\x03\x04 broken")
def test_any_file_is_read_or_refused_with_a_service_error(name: str, data: bytes) -> None:
    try:
        text, kind = simplify.read_original_file(name, data)
    except ServiceError as error:
        assert error.message
    else:
        assert isinstance(text, str) and kind


# --- search ---------------------------------------------------------------------------------------------


@FUZZ
@given(text=NASTY_TEXT)
def test_search_with_sql_like_text_finds_at_least_the_true_matches(
    database: Database, exported: dict[str, Any], text: str
) -> None:
    before = _counts(database)
    with database.session() as session:
        found = residents.list_residents(session, text=text)
    assert _counts(database) == before
    needle = text.strip().lower()
    if needle in "jonas madsen" or needle in "jonas":
        assert [row.display_name for row in found] == ["Jonas Madsen"]


def test_an_absurdly_long_search_is_refused_or_empty(database: Database, exported: dict[str, Any]) -> None:
    with database.session() as session:
        assert residents.list_residents(session, text="x" * 100_000) == []


def test_search_wildcards_are_taken_literally(database: Database, exported: dict[str, Any]) -> None:
    with database.session() as session:
        assert residents.list_residents(session, text="%") == []


# --- every CLI argument ---------------------------------------------------------------------------------

# `demo --residents N` generates N residents (minutes for big N): its arguments get their own small test.
COMMANDS: list[list[str]] = [
    ["init"],
    ["units"],
    ["residents"],
    ["export"],
    ["import"],
    ["incident", "add"],
    ["incident", "edit"],
    ["incidents"],
    ["users", "add"],
    ["users", "list"],
    ["users", "deactivate"],
    ["draft", "new"],
    ["submit"],
    ["approve"],
    ["return"],
    ["audit", "verify"],
    ["audit", "export"],
    ["audit", "purge"],
    ["card"],
    ["cards"],
    ["stats"],
    ["meeting-pack"],
    ["simplify", "split"],
    ["simplify", "import"],
    ["simplify", "report"],
    ["backup"],
    ["restore"],
    [],
]
OPTIONS = [
    "--format",
    "--unit",
    "--all",
    "--resident",
    "--out",
    "--since",
    "--user",
    "--version",
    "--review-due",
    "--comment",
    "--kind",
    "--registration",
    "--draft",
    "--full-name",
    "--from",
    "--to",
    "--xlsx",
    "--card-names",
    "--help",
    "--db",
]
TOKENS = st.one_of(
    st.sampled_from(OPTIONS),
    NASTY_TEXT.filter(lambda text: "\x00" not in text),
    st.integers(-(2**40), 2**40).map(str),
    st.sampled_from(["json", "csv", "table", "risk_profile", "2026-13-45", "1", "0", "-1", "nan"]),
)


@pytest.fixture
def cli_db(
    database: Database, exported: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    """The filled database's file, with the working folder moved to tmp (files named by --out land there)."""
    monkeypatch.chdir(tmp_path)
    return str(database.path)


def _run(argv: list[str]) -> int:
    try:
        return cli.main(argv)
    except SystemExit as exit_:  # argparse: --help is 0, a usage error is 2
        return int(exit_.code or 0)


@FUZZ
@given(command=st.sampled_from(COMMANDS), tokens=st.lists(TOKENS, max_size=6))
def test_random_cli_arguments_never_end_in_an_unexpected_error(
    cli_db: str, capsys: pytest.CaptureFixture[str], command: list[str], tokens: list[str]
) -> None:
    code = _run(["--db", cli_db, *command, *tokens])
    captured = capsys.readouterr()
    assert code != cli.EXIT_UNEXPECTED, captured.err
    assert code in (0, 1, 2), captured.err
    if code == 1:
        assert captured.err.startswith("tryghed:"), captured.err


@pytest.mark.parametrize(
    "argv",
    [["import", "."], ["simplify", "split", "."], ["backup", "--out", "."], ["import", "Å" * 5000]],
    ids=lambda argv: " ".join(argv)[:30],
)
def test_a_folder_where_a_file_is_expected_is_refused(cli_db: str, argv: list[str]) -> None:
    assert _run(["--db", cli_db, *argv]) in (1, 2)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    tokens=st.lists(st.one_of(st.sampled_from(["--residents", "--incidents", "--seed"]), TOKENS), max_size=4)
)
def test_random_demo_arguments_never_end_in_an_unexpected_error(
    database: Database, capsys: pytest.CaptureFixture[str], tokens: list[str]
) -> None:
    # Only refusals are interesting here: a valid count would start a long generation.
    argv = ["--db", str(database.path), "demo", *tokens]
    parsed = None
    with contextlib.suppress(SystemExit):
        parsed = cli._parser().parse_args(argv)
    if parsed is not None and (parsed.residents is not None or parsed.incidents is not None):
        return  # a valid count would start a long generation; a second one is tested below
    code = _run(argv)
    captured = capsys.readouterr()
    assert code in (0, 1, 2), captured.err


def test_generating_demo_data_twice_is_refused(database: Database) -> None:
    argv = ["--db", str(database.path), "demo", "--residents", "1"]
    assert _run(argv) == 0
    assert _run(argv) == cli.EXIT_REFUSED


def test_json_output_of_a_search_is_valid_json(
    database: Database, exported: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--db", str(database.path), "residents", "--format", "json"]) == 0
    assert [row["display_name"] for row in json.loads(capsys.readouterr().out)] == ["Jonas Madsen"]
