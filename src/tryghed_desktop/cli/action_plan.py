"""`tryghed measures` (the action plan, as a list or its status on paper) and `tryghed measure add|set`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tryghed_desktop.cli.common import acting_user, acting_user_parent, as_row, day, print_rows
from tryghed_desktop.cli.outputs import write_output
from tryghed_desktop.domain.action_plan import MEASURE_STATUS_TITLES, MeasureStatus
from tryghed_desktop.store.db import Database

if TYPE_CHECKING:
    from tryghed_desktop.services.action_plan import MeasureInput

# The status as typed: the Danish word ("i gang", "i-gang") or the code ("in_progress").
STATUS_WORDS = {title.lower().replace(" ", "-"): status for status, title in MEASURE_STATUS_TITLES.items()}
STATUS_WORDS |= {status.value: status for status in MeasureStatus}


def status(text: str) -> MeasureStatus:
    """An argparse type for a measure's status."""
    word = text.strip().lower().replace(" ", "-")
    if word not in STATUS_WORDS:
        words = ", ".join(title.lower() for title in MEASURE_STATUS_TITLES.values())
        raise argparse.ArgumentTypeError(f"'{text}' er ingen status (brug {words})")
    return STATUS_WORDS[word]


def cmd_measures(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.action_plan import list_measures
    from tryghed_desktop.services.residents import scope_name

    with database.session() as session:
        unit_name = scope_name(session, args.unit)
        measures = list_measures(session, unit_id=args.unit, open_only=args.open)
    if args.pdf is not None:
        from tryghed_desktop.printing.meeting_pack import render_action_plan

        write_output(
            render_action_plan(measures, unit_name=unit_name, printed_at=datetime.now().astimezone()),
            args.pdf,
        )
        return
    today = datetime.now().astimezone().date()
    rows = []
    for measure in measures:
        row = as_row(measure)
        if args.format == "table":
            done = f" {measure.done_on:%d.%m.%Y}" if measure.done_on else ""
            late = " – OVERSKREDET" if measure.overdue(today) else ""  # as the window and the print
            row["status"] = MEASURE_STATUS_TITLES[measure.status] + done + late
            about = f" · {measure.resident_card_name}" if measure.resident_card_name else ""
            row["unit_name"] = (measure.unit_name or "Hele bostedet") + about
        rows.append(row)
    columns = [("id", "Id"), ("title", "Tiltag"), ("owner", "Ansvarlig"), ("due_on", "Frist"),
               ("status", "Status"), ("unit_name", "Afdeling"), ("track", "Spor")]  # fmt: skip
    print_rows(rows, columns, args.format)


def _input(args: argparse.Namespace, base: MeasureInput | None = None) -> MeasureInput:
    """The options given, over `base` (what the measure says now) when changing one."""
    from tryghed_desktop.services.action_plan import MeasureInput

    given = {
        name: getattr(args, name)
        for name in MeasureInput.__struct_fields__
        if getattr(args, name, None) is not None
    }
    cleared = {"due_on": "no_due", "unit_id": "whole_facility", "resident_id": "no_resident"}
    given |= {name: None for name, flag in cleared.items() if getattr(args, flag, False)}
    if base is None:
        return MeasureInput(**given)
    # Not the finished day it has: a status changed without --done-on is dated today by the service.
    kept = {name: getattr(base, name) for name in MeasureInput.__struct_fields__ if name != "done_on"}
    return MeasureInput(**{**kept, **given})


def cmd_measure_add(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.action_plan import add_measure

    actor = acting_user(database, args.user)
    with database.session() as session:
        measure_id = add_measure(session, actor, _input(args))
    print(f"Tiltaget er gemt med id {measure_id}.")


def cmd_measure_set(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.action_plan import get_measure, update_measure

    actor = acting_user(database, args.user)
    with database.session() as session:
        current = get_measure(session, args.id)
        data = _input(args, current.as_input())
        changed = update_measure(session, actor, args.id, data, expected_row_version=current.row_version)
    print(f"Tiltag {args.id}: " + (f"ændret ({', '.join(changed)})." if changed else "intet er ændret."))


def add_action_plan_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add: Callable[..., argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
    format_parent: argparse.ArgumentParser,
) -> None:
    """measures, and measure add and set."""
    measures = add(
        "measures", cmd_measures, "handleplanen: tiltag, ansvarlig, frist og status", format_parent
    )
    measures.add_argument("--unit", type=int, help="kun afdelingens tiltag og dem for hele bostedet")
    measures.add_argument("--open", action="store_true", help="kun besluttede og igangværende tiltag")
    measures.add_argument("--pdf", type=Path, metavar="FIL", help="skriv status pr. i dag som PDF i stedet")

    measure = commands.add_parser(
        "measure",
        help="skriv og ret tiltag i handleplanen",
        description="skriv og ret tiltag i handleplanen (koordinator eller administrator)",
    ).add_subparsers(dest="measure_command", required=True, metavar="KOMMANDO")
    acting = acting_user_parent()

    def fields(parser: argparse.ArgumentParser, *, new: bool) -> None:
        parser.add_argument("--title", required=new, help="hvad tiltaget er")
        parser.add_argument("--owner", help="hvem der er ansvarlig")
        parser.add_argument("--due", dest="due_on", type=day, help="frist, fx 2026-03-31")
        parser.add_argument("--status", type=status, help="besluttet, i gang, implementeret eller stoppet")
        parser.add_argument("--note", help="bemærkning")
        parser.add_argument("--track", help="spor, fx 'Registrering og læring'")
        parser.add_argument("--unit", dest="unit_id", type=int, help="afdelingens id (ellers hele bostedet)")
        parser.add_argument(
            "--resident", dest="resident_id", type=int, help="borgerens id, hvis det gælder én"
        )
        parser.add_argument(
            "--done-on",
            dest="done_on",
            type=day,
            help="dagen, det blev implementeret eller stoppet (ellers i dag)",
        )

    add_one = measure.add_parser("add", help="skriv et nyt tiltag", parents=[db_parent, acting])
    add_one.set_defaults(handler=cmd_measure_add)
    fields(add_one, new=True)
    change = measure.add_parser(
        "set", help="ret et tiltag; kun det angivne ændres", parents=[db_parent, acting]
    )
    change.set_defaults(handler=cmd_measure_set)
    change.add_argument("id", type=int, help="tiltagets id (se: tryghed measures)")
    fields(change, new=False)
    change.add_argument("--no-due", action="store_true", help="fjern fristen")
    change.add_argument(
        "--whole-facility", action="store_true", help="gælder hele bostedet, ikke én afdeling"
    )
    change.add_argument("--no-resident", action="store_true", help="gælder ikke længere én borger")
