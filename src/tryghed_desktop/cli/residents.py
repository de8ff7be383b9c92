"""`tryghed residents` (the list) and `tryghed resident add|edit|discharge|readmit|data|due|delete`:
moving in, changing a resident's facts, moving out and back, all of one resident's data on request, and
deletion once the retention period after the move-out has passed."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from tryghed_desktop.cli.common import acting_user, acting_user_parent, as_row, day, print_rows
from tryghed_desktop.domain.incidents import local_time
from tryghed_desktop.domain.wording import counted
from tryghed_desktop.store.db import Database


def cmd_residents(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.residents import get_unit, list_residents

    with database.session() as session:
        if args.unit is not None:
            get_unit(session, args.unit)  # a wrong id is refused, not shown as nobody
        rows = [
            as_row(row) for row in list_residents(session, unit_id=args.unit, include_discharged=args.all)
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
    if args.all:
        columns.append(("moved_out", "Fraflyttet"))
    print_rows(rows, columns, args.format)


def cmd_resident_add(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.residents import create_resident

    actor = acting_user(database, args.user)
    with database.session() as session:
        resident_id = create_resident(
            session,
            actor,
            unit_id=args.unit,
            display_name=args.name,
            card_name=args.card_name,
            room=args.room or "",
            contact_persons=args.contact or [],
        )
    print(f"{args.card_name.strip()} er oprettet med id {resident_id}.")


def cmd_resident_edit(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.residents import get_resident, update_resident

    actor = acting_user(database, args.user)
    with database.session() as session:
        resident = get_resident(session, args.id)
        contacts = [] if args.no_contacts else args.contact
        changed = update_resident(
            session,
            actor,
            args.id,
            unit_id=resident.unit_id if args.unit is None else args.unit,
            display_name=resident.display_name if args.name is None else args.name,
            card_name=resident.card_name if args.card_name is None else args.card_name,
            room=resident.room if args.room is None else args.room,
            contact_persons=resident.contact_persons if contacts is None else contacts,
        )
    print(f"Borger {args.id}: " + (f"ændret ({', '.join(changed)})." if changed else "intet er ændret."))


def cmd_resident_discharge(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.residents import discharge_resident, resident_detail

    actor = acting_user(database, args.user)
    # Without --date: today in Denmark, whatever the PC's clock is set to.
    moved_out: date = args.date or local_time(datetime.now(UTC)).date()
    with database.session() as session:
        discharge_resident(session, actor, args.id, moved_out)
        name = resident_detail(session, args.id).card_name
    print(f"{name} er fraflyttet {moved_out:%d.%m.%Y}. Planer og hændelser er gemt.")


def cmd_resident_readmit(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.residents import readmit_resident, resident_detail

    actor = acting_user(database, args.user)
    with database.session() as session:
        readmit_resident(session, actor, args.id)
        name = resident_detail(session, args.id).card_name
    print(f"{name} bor her igen, med planerne som de var.")


def cmd_resident_data(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.data_request import write_data_package

    actor = acting_user(database, args.user)
    with database.session() as session:  # without --out: a dated name in the current folder
        package = write_data_package(session, actor, args.id, args.out or Path.cwd())
    print(
        f"Oplysningerne om {package.card_name} er gemt i {package.path}: "
        f"{counted(package.versions, 'planversion', 'planversioner')}, "
        f"{counted(package.incidents, 'hændelse', 'hændelser')}, "
        f"{counted(package.measures, 'tiltag', 'tiltag')} i handleplanen, "
        f"{counted(package.log_entries, 'logpost', 'logposter')} og "
        f"{counted(package.originals, 'gammel plan', 'gamle planer')}. Læs teksterne igennem, før pakken "
        "udleveres: planer og hændelser kan nævne andre borgere eller pårørende."
    )


def cmd_resident_due(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.resident_deletion import due_for_deletion, retention_years

    actor = acting_user(database, args.user)
    with database.session() as session:
        years = retention_years(session)
        rows = [as_row(row) for row in due_for_deletion(session, actor, local_time(datetime.now(UTC)).date())]
    if not rows and args.format == "table":
        print(f"Ingen fraflyttede borgere er flyttet for mere end {counted(years, 'år', 'år')} siden.")
        return
    columns = [("id", "Id"), ("display_name", "Navn"), ("card_name", "Kortnavn"), ("unit_name", "Afdeling"),
               ("moved_out", "Fraflyttet"), ("due_since", "Kan slettes fra")]  # fmt: skip
    print_rows(rows, columns, args.format)


def cmd_resident_delete(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.resident_deletion import delete_resident

    actor = acting_user(database, args.user)
    with database.session() as session:
        deletion = delete_resident(session, actor, args.id)
    print(
        f"{deletion.card_name} er slettet: {counted(deletion.versions, 'planversion', 'planversioner')}, "
        f"{counted(deletion.originals, 'gammel plan', 'gamle planer')} og "
        f"{counted(deletion.log_entries, 'logpost', 'logposter')}. "
        f"{counted(deletion.incidents_kept, 'hændelse', 'hændelser')} er med i statistikken uden navn og "
        "tekst. Backups taget før i dag har stadig oplysningerne."
    )


def add_resident_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add: Callable[..., argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
    format_parent: argparse.ArgumentParser,
) -> None:
    """residents, and resident add, edit, discharge, readmit, data, due and delete."""
    residents = add("residents", cmd_residents, "vis borgere", format_parent)
    residents.add_argument("--unit", type=int, help="kun borgere i afdelingen med dette id")
    residents.add_argument("--all", action="store_true", help="også fraflyttede borgere")

    resident = commands.add_parser(
        "resident",
        help="opret, ret, fraflyt og slet borgere",
        description="opret, ret og fraflyt borgere (koordinator eller administrator); udlevér og slet "
        "deres oplysninger (administrator)",
    ).add_subparsers(dest="resident_command", required=True, metavar="KOMMANDO")

    acting = acting_user_parent()

    def sub(
        name: str,
        handler: Callable[[Database, argparse.Namespace], None],
        help_text: str,
        parents: tuple[argparse.ArgumentParser, ...] = (acting,),
    ) -> argparse.ArgumentParser:
        parser = resident.add_parser(
            name, help=help_text, description=help_text, parents=[db_parent, *parents]
        )
        parser.set_defaults(handler=handler)
        return parser

    add_one = sub("add", cmd_resident_add, "opret en borger, der flytter ind")
    add_one.add_argument("--unit", type=int, required=True, help="afdelingens id (se: tryghed units)")
    add_one.add_argument("--name", required=True, help="borgerens fulde navn")
    add_one.add_argument("--card-name", required=True, help="navnet på handlekortet: fornavn eller initialer")
    add_one.add_argument("--room", help="værelse")
    add_one.add_argument("--contact", nargs="+", help="kontaktpersoner, fx 'Mor: Hanne, 20 30 40 50'")

    edit = sub("edit", cmd_resident_edit, "ret en borgers oplysninger; kun de angivne ændres")
    edit.add_argument("id", type=int, help="borgerens id")
    edit.add_argument("--unit", type=int, help="flyt til afdelingen med dette id")
    edit.add_argument("--name", help="fulde navn")
    edit.add_argument("--card-name", help="navnet på handlekortet")
    edit.add_argument("--room", help="værelse")
    contacts = edit.add_mutually_exclusive_group()
    contacts.add_argument("--contact", nargs="+", help="kontaktpersonerne (erstatter de nuværende)")
    contacts.add_argument("--no-contacts", action="store_true", help="fjern alle kontaktpersoner")

    discharge = sub(
        "discharge", cmd_resident_discharge, "borgeren er flyttet ud: ikke længere på listen, ingen kort"
    )
    discharge.add_argument("id", type=int, help="borgerens id")
    discharge.add_argument("--date", type=day, help="dagen for fraflytning (ellers i dag), fx 2026-03-06")

    readmit = sub("readmit", cmd_resident_readmit, "en fraflyttet borger flytter ind igen")
    readmit.add_argument("id", type=int, help="borgerens id")

    data = sub(
        "data",
        cmd_resident_data,
        "alt om en borger i én ZIP-fil, når borgeren beder om indsigt (administrator)",
    )
    data.add_argument("id", type=int, help="borgerens id")
    data.add_argument("--out", type=Path, help="ZIP-filen (ellers oplysninger-<kortnavn>-<dato>.zip her)")

    due = sub("due", cmd_resident_due, "fraflyttede borgere, hvis opbevaringstid er gået (kan slettes)")
    due.add_argument(
        "--format", choices=["table", "json", "csv"], default="table", help="tabel, JSON eller CSV"
    )

    remove = sub("delete", cmd_resident_delete, "slet en borger, hvis opbevaringstid er gået (administrator)")
    remove.add_argument("id", type=int, help="borgerens id (se: tryghed resident due)")
