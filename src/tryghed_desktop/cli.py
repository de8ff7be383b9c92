"""`tryghed`: the same services as the window, for administrators, automation and tests."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tryghed_desktop import __version__
from tryghed_desktop.services.actors import SYSTEM
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.store.db import Database, open_database
from tryghed_desktop.store.locations import resolve_db_url

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_UNEXPECTED = 0, 1, 2, 3


class CliError(Exception):
    """A problem with the command line itself (a missing file, an unreadable input)."""


def _print_rows(rows: list[dict[str, Any]], columns: list[tuple[str, str]], fmt: str) -> None:
    if fmt == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
        return
    if fmt == "csv":
        writer = csv.DictWriter(
            sys.stdout, fieldnames=[key for key, _title in columns], extrasaction="ignore"
        )
        writer.writeheader()
        writer.writerows(rows)
        return
    table = [[title for _key, title in columns]] + [
        ["" if row[key] is None else str(row[key]) for key, _title in columns] for row in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(columns))]
    for number, line in enumerate(table):
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
        if number == 0:
            print("  ".join("-" * width for width in widths))


def cmd_init(database: Database, _args: argparse.Namespace) -> None:
    print(f"Databasen er klar: {database.path or database.url}")


def cmd_demo(database: Database, _args: argparse.Namespace) -> None:
    from tryghed_desktop.services import demo

    with database.session() as session:
        summary = demo.populate_demo(session)
    print(f"Demo-bostedet er oprettet: {summary}")


def cmd_units(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.residents import list_units

    with database.session() as session:
        rows = [asdict(unit) for unit in list_units(session)]
    columns = [("id", "Id"), ("facility_name", "Bosted"), ("name", "Afdeling"), ("resident_count", "Borgere")]
    _print_rows(rows, columns, args.format)


def cmd_residents(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.residents import list_residents

    with database.session() as session:
        rows = [
            asdict(row) for row in list_residents(session, unit_id=args.unit, include_discharged=args.all)
        ]
    columns = [
        ("id", "Id"),
        ("display_name", "Navn"),
        ("card_name", "Kortnavn"),
        ("unit_name", "Afdeling"),
        ("room", "Værelse"),
        ("approved_plans", "Godkendte"),
        ("awaiting_approval", "Afventer"),
        ("drafts", "Kladder"),
        ("returned", "Returneret"),
        ("next_review_due", "Næste revision"),
    ]
    _print_rows(rows, columns, args.format)


def cmd_export(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.interchange import export_resident

    with database.session() as session:
        data = export_resident(session, SYSTEM, args.resident)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")
        print(f"Eksporteret til {args.out}", file=sys.stderr)


def cmd_import(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.interchange import import_resident

    try:
        data = json.loads(args.file.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise CliError(f"Filen findes ikke: {args.file}") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CliError(f"Filen er ikke gyldig JSON (UTF-8): {args.file} ({error})") from error
    with database.session() as session:
        resident_id = import_resident(session, SYSTEM, data)
    print(f"Indlæst som borger {resident_id}")


def _parser() -> argparse.ArgumentParser:
    db_parent = argparse.ArgumentParser(add_help=False)
    db_help = "databasens sti eller URL (ellers TRYGHED_DB, ellers standardfilen)"
    # Accepted before and after the command; SUPPRESS keeps the sub-command from erasing a global --db.
    db_parent.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    format_parent = argparse.ArgumentParser(add_help=False)
    format_parent.add_argument("--format", choices=["table", "json", "csv"], default="table")

    parser = argparse.ArgumentParser(prog="tryghed", description="Tryghed Desktop på kommandolinjen.")
    parser.add_argument("--version", action="version", version=f"tryghed {__version__}")
    parser.add_argument("--db", help=db_help, default=None)
    commands = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")

    def add(
        name: str,
        handler: Callable[[Database, argparse.Namespace], None],
        help_text: str,
        *parents: argparse.ArgumentParser,
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text, parents=[db_parent, *parents])
        sub.set_defaults(handler=handler)
        return sub

    add("init", cmd_init, "opret eller opgradér databasen")
    add("demo", cmd_demo, "fyld en tom database med demo-bostedet")
    add("units", cmd_units, "vis afdelinger", format_parent)
    residents = add("residents", cmd_residents, "vis borgere", format_parent)
    residents.add_argument("--unit", type=int, help="kun borgere i afdelingen med dette id")
    residents.add_argument("--all", action="store_true", help="også udskrevne borgere")
    export = add("export", cmd_export, "eksportér en borgers planer som JSON")
    export.add_argument("--resident", type=int, required=True, help="borgerens id")
    export.add_argument("--out", type=Path, help="filen der skrives (ellers standard-output)")
    import_ = add("import", cmd_import, "indlæs en borger fra en JSON-fil")
    import_.add_argument("file", type=Path, help="JSON-filen")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (0 ok, 1 refused, 2 usage, 3 unexpected)."""
    args = _parser().parse_args(argv)
    database: Database | None = None
    try:
        database = open_database(resolve_db_url(args.db))
        args.handler(database, args)
    except (ServiceError, CliError) as error:
        print(f"tryghed: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as error:  # the last line of defence: say it plainly, with the cause
        print(f"tryghed: uventet fejl: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_UNEXPECTED
    finally:
        if database is not None:
            database.dispose()
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
