"""`tryghed` commands that make files or move data: cards, statistics, meeting packs, simplification,
backups and generated test data."""

from __future__ import annotations

import argparse
import csv
import getpass
import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from tryghed_desktop.cli.common import CliError, acting_user, acting_user_parent, day, json_value, plan_kind
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.locations import resolve_db_url, sqlite_path

if TYPE_CHECKING:
    from tryghed_desktop.services.cards import CardKind


def write_output(data: bytes, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"Skrevet: {out}", file=sys.stderr)


def cmd_card(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services import cards

    card_format = _card_format(args.format, args.out)
    if args.signs and (args.registration or args.kind != "risk_profile"):
        raise CliError("--signs er tjeklisten fra risikoprofilen: brug den uden --registration og --kind.")
    if args.registration:
        if card_format != "pdf":
            raise CliError("Kortet om registrering findes kun som PDF.")
        write_output(cards.registration_card(), args.out)
        return
    if args.resident is None:
        raise CliError("Angiv --resident ID (eller --registration).")
    actor = acting_user(database, args.user)
    try:
        with database.session() as session:
            data = cards.resident_card(
                session,
                actor,
                args.resident,
                "signs" if args.signs else _card_kind(args.kind),
                card_format,
                version="draft" if args.draft else "current",
                full_name=args.full_name,
            )
    except cards.NoApprovedVersionError as error:
        offer = " Med --draft skrives kladden, mærket KLADDE – IKKE GODKENDT." if error.has_draft else ""
        raise CliError(error.message + offer) from error
    write_output(data, args.out)


def _card_kind(kind: str) -> CardKind:
    cards_of: dict[str, CardKind] = {
        "risk_profile": "risk",
        "daily_rhythm": "rhythm",
        "safety_plan": "safety",
    }
    if kind not in cards_of:
        raise CliError("Aktiviteterne har intet kort; vælg risikoprofil, døgnrytme eller tryghedsplan.")
    return cards_of[kind]


def _card_format(given: str | None, out: Path) -> Literal["pdf", "docx"]:
    """--format, or else the file name's ending; a name that says the other format is refused, so a
    Word file is never saved as .pdf."""
    ending = out.suffix.lower().lstrip(".")
    if given is None:
        return "docx" if ending == "docx" else "pdf"
    if ending in ("pdf", "docx") and ending != given:
        raise CliError(f"Filnavnet {out.name} passer ikke til --format {given}.")
    return "docx" if given == "docx" else "pdf"  # argparse offers only these two


def cmd_cards(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services import cards

    actor = acting_user(database, args.user)
    with database.session() as session:
        result = cards.unit_cards(session, actor, args.unit)
    write_output(result.pdf, args.out)
    print(f"{len(result.printed)} handlekort: {', '.join(result.printed)}")
    for skipped in result.skipped:
        print(f"Ikke med: {skipped}", file=sys.stderr)
    if result.skipped:
        print("Den sidste side siger, hvem der ikke er med.", file=sys.stderr)


def cmd_stats(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.statistics import (
        StatsFilter,
        statistics_csv,
        statistics_dict,
        unit_statistics,
    )

    with database.session() as session:
        stats = unit_statistics(session, StatsFilter(args.unit, args.resident, args.start, args.end))
    if args.format == "csv":
        sys.stdout.write(statistics_csv(stats))
        return
    json.dump(statistics_dict(stats), sys.stdout, ensure_ascii=False, indent=2, default=json_value)
    sys.stdout.write("\n")


def cmd_meeting_pack(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.printing.meeting_pack import render_meeting_pack, write_meeting_xlsx
    from tryghed_desktop.services.statistics import meeting_pack_input

    actor = acting_user(database, args.user)
    with database.session() as session:
        pack = meeting_pack_input(
            session, actor, args.unit, args.start, args.end, show_card_names=args.card_names
        )
    options: dict[str, Any] = {
        "unit_name": pack.unit_name,
        "period": (args.start, args.end),
        "printed_at": datetime.now().astimezone(),
        "show_card_names": args.card_names,
        "measures": pack.measures,
    }
    parts = (pack.statistics, pack.review_signals, pack.follow_ups)
    if args.xlsx is not None and args.xlsx.resolve() == args.out.resolve():
        raise CliError("--out og --xlsx skal være to forskellige filer.")
    write_output(render_meeting_pack(*parts, **options), args.out)
    if args.xlsx is not None:
        write_output(write_meeting_xlsx(*parts, **options), args.xlsx)


def cmd_simplify_split(_database: Database | None, args: argparse.Namespace) -> None:
    from tryghed_desktop.domain.simplify import field_title, reason_text
    from tryghed_desktop.services import simplify

    text, _source = simplify.read_original_file(args.file.name, _read(args.file))
    pieces = simplify.split_text(text)
    rows = [
        {
            "index": number,
            "text": item.piece.text,
            "suggested_field": (
                str(item.suggestion.target) if item.suggestion and item.suggestion.target else None
            ),
            "reason": item.suggestion.reason if item.suggestion else None,
        }
        for number, item in enumerate(pieces, start=1)
    ]
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    if args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["index", "text"])
        writer.writeheader()
        writer.writerows(rows)
        return
    for number, item in enumerate(pieces, start=1):
        # The field as the workspace names it ("Gul · Sådan ser det ud"), the reason in words.
        hint = ""
        if item.suggestion is not None:
            reason = reason_text(item.suggestion.reason)
            target = item.suggestion.target
            hint = f"  → {field_title(target)} ({reason})" if target is not None else f"  → {reason}"
        print(f"{number:>3}. {item.piece.text}{hint}")


def cmd_simplify_import(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services import simplify

    text, source = simplify.read_original_file(args.file.name, _read(args.file))
    actor = acting_user(database, args.user)
    with database.session() as session:
        document_id = simplify.import_original(
            session, actor, args.resident, file_name=args.file.name, text=text, source=source
        )
    print(f"Originalen er gemt som dokument {document_id}.")


def cmd_simplify_report(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services import simplify

    actor = acting_user(database, args.user)
    with database.session() as session:
        data = simplify.report_pdf(session, actor, simplify.latest_document(session, args.resident))
    write_output(data, args.out)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise CliError(f"Filen findes ikke: {path}") from error


def cmd_backup(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.store.backup import backup_database, pg_dump

    if args.out is not None and args.out.is_dir():
        raise CliError(f"--out skal være et filnavn, ikke en mappe: {args.out}")
    if args.out is not None and args.out.exists():
        raise CliError(f"Filen findes allerede: {args.out}. Vælg et nyt navn; en backup overskrives aldrig.")
    if args.out is not None and database.path is not None:
        made = database.backup_to(args.out)
    elif args.out is not None:
        made = pg_dump(database.url, args.out)
    else:
        folder = args.out.parent if args.out is not None else _default_backup_folder(database)
        made = backup_database(database, folder, datetime.now())
    print(f"Backup: {made}")


def _default_backup_folder(database: Database) -> Path:
    if database.path is not None:
        return database.path.parent / "backups"
    return Path.cwd()


def cmd_restore(_database: Database | None, args: argparse.Namespace) -> None:
    from tryghed_desktop.services import audit
    from tryghed_desktop.store.backup import restore_sqlite

    target = sqlite_path(resolve_db_url(args.db))
    if target is None:
        raise CliError(
            "Gendannelse virker på SQLite-filer. En PostgreSQL-database gendannes på serveren med "
            "pg_restore (se README)."
        )
    result = restore_sqlite(args.file, target, datetime.now())
    kept = (
        f" Den tidligere database er gemt som {result.previous_kept_as}." if result.previous_kept_as else ""
    )
    print(f"Gendannet fra {result.restored_from} (skema {result.revision}).{kept}")
    audit.record_restore(resolve_db_url(args.db), result, by=getpass.getuser())


def add_output_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add: Callable[..., argparse.ArgumentParser],
    format_parent: argparse.ArgumentParser,
    db_parent: argparse.ArgumentParser,
) -> None:
    """card, cards, stats, meeting-pack, simplify, backup and restore."""
    acting = acting_user_parent()
    card = add(
        "card", cmd_card, "skriv en borgers handlekort (den godkendte version) som PDF eller Word", acting
    )
    card.add_argument("--resident", type=int, help="borgerens id")
    card.add_argument(
        "--kind",
        type=plan_kind,
        default="risk_profile",
        metavar="PLAN",
        help="risikoprofil: handlekortet (standard), døgnrytme eller tryghedsplan",
    )
    card.add_argument(
        "--format", choices=["pdf", "docx"], help="ellers efter filnavnet (.docx: Word, ellers PDF)"
    )
    card.add_argument("--registration", action="store_true", help="kortet om at registrere hændelser")
    card.add_argument(
        "--signs", action="store_true", help="tjeklisten over borgerens tidlige tegn (fra risikoprofilen)"
    )
    card.add_argument("--draft", action="store_true", help="kladden, med mærket KLADDE – IKKE GODKENDT")
    card.add_argument("--full-name", action="store_true", help="fulde navn i stedet for kortnavnet")
    card.add_argument("--out", type=Path, required=True, help="filen der skrives (.pdf eller .docx)")
    cards = add("cards", cmd_cards, "alle godkendte handlekort i en afdeling i én PDF", acting)
    cards.add_argument("--unit", type=int, required=True, help="afdelingens id (se tryghed units)")
    cards.add_argument("--out", type=Path, required=True, help="PDF-filen der skrives")

    stats = add("stats", cmd_stats, "hændelsesstatistik for en afdeling og periode")
    pack = add(
        "meeting-pack", cmd_meeting_pack, "mødepakke (PDF og evt. XLSX) til personalemøde og AMG", acting
    )
    stats.add_argument("--unit", type=int, required=True, help="afdelingens id (se tryghed units)")
    pack.add_argument(
        "--unit", type=int, help="afdelingens id (se tryghed units); uden: hele bostedet, til AMG"
    )
    for sub in (stats, pack):
        sub.add_argument("--from", dest="start", type=day, required=True, help="fra og med, fx 2026-07-01")
        sub.add_argument("--to", dest="end", type=day, required=True, help="til og med, fx 2026-09-30")
    stats.add_argument("--resident", type=int, help="kun denne borgers hændelser (id)")
    stats.add_argument("--format", choices=["json", "csv"], default="json", help="JSON (standard) eller CSV")
    pack.add_argument("--out", type=Path, required=True, help="PDF-filen der skrives")
    pack.add_argument("--xlsx", type=Path, help="også tallene som Excel-fil")
    pack.add_argument("--card-names", action="store_true", help="vis kortnavne (ellers Borger A, B …)")

    simplify = commands.add_parser(
        "simplify", help="forenkl en teksttung plan", description="forenkl en teksttung plan"
    ).add_subparsers(dest="simplify_command", required=True, metavar="KOMMANDO")
    split = simplify.add_parser("split", help="vis stykkerne med forslag", parents=[db_parent, format_parent])
    split.set_defaults(handler=cmd_simplify_split, needs_database=False)
    split.add_argument("file", type=Path, help="den gamle plan (.docx eller .txt)")
    imported = simplify.add_parser("import", help="gem originalen hos borgeren", parents=[db_parent, acting])
    imported.set_defaults(handler=cmd_simplify_import)
    imported.add_argument("--resident", type=int, required=True, help="borgerens id")
    imported.add_argument("file", type=Path, help="den gamle plan (.docx eller .txt)")
    report = simplify.add_parser(
        "report", help="forenklingsrapport til rådgiveren", parents=[db_parent, acting]
    )
    report.set_defaults(handler=cmd_simplify_report)
    report.add_argument("--resident", type=int, required=True, help="borgerens id")
    report.add_argument("--out", type=Path, required=True, help="PDF-filen der skrives")

    backup = add("backup", cmd_backup, "tag en backup (SQLite: backup-API; PostgreSQL: pg_dump)")
    backup.add_argument("--out", type=Path, help="filen (ellers mappen backups ved databasen, roteret)")
    restore = add("restore", cmd_restore, "gendan en backup; den nuværende database gemmes først")
    restore.set_defaults(needs_database=False)
    restore.add_argument("file", type=Path, help="backup-filen (.db)")
