"""`tryghed`: the same services as the window, for administrators, automation and tests.

This module reads, registers and approves; `outputs` makes cards, packs and backups."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tryghed_desktop import __version__
from tryghed_desktop.cli.action_plan import add_action_plan_commands
from tryghed_desktop.cli.argparse_danish import speak_danish
from tryghed_desktop.cli.common import (
    ACTING_USER_HELP,
    NEW_PASSWORD_ENV,
    PASSWORD_ENV,
    CliError,
    acting_user,
    acting_user_parent,
    as_row,
    ask_new_password,
    at_least,
    day,
    log_in,
    plan_kind,
    plausible,
    print_rows,
    table_value,
)
from tryghed_desktop.cli.outputs import add_output_commands
from tryghed_desktop.cli.residents import add_resident_commands
from tryghed_desktop.domain.wording import counted, file_problem
from tryghed_desktop.services.actors import ROLE_TITLES, Role
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.store.backup import BackupError
from tryghed_desktop.store.db import (
    Database,
    DatabaseUnavailableError,
    SchemaTooNewError,
    WrongKeyError,
    is_unavailable,
    open_database,
)
from tryghed_desktop.store.locations import resolve_db_url, sqlite_path, with_env_key

if TYPE_CHECKING:
    from tryghed_desktop.domain.readability import ReadabilityLimits

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_UNEXPECTED = 0, 1, 2, 3


def cmd_init(database: Database, _args: argparse.Namespace) -> None:
    print(f"Databasen er klar: {database.path or database.url}")


def cmd_demo(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services import generator

    today = date.today()
    if args.residents is None and args.incidents is None:
        with database.session() as session:
            summary, incidents = generator.populate_demo_facility(session, today=today)
        made = [
            counted(summary.units, "afdeling", "afdelinger"),
            counted(summary.residents, "borger", "borgere"),
            counted(summary.users, "bruger", "brugere"),
            counted(summary.versions, "planversion", "planversioner"),
        ]
        incidents_made = counted(incidents, "hændelse", "hændelser")
        print(f"Demo-bostedet er oprettet: {', '.join(made)} og {incidents_made}.")
        return
    # A large generated facility for benchmarks: bulk inserted, not through the services.
    from tryghed_desktop.services.demo import is_empty

    with database.session() as session:
        if not is_empty(session):
            raise CliError("Databasen er ikke tom. Generér data i en ny database (--db ny-fil.db).")
    with database.session() as session:
        result = generator.generate(
            session,
            residents=100 if args.residents is None else args.residents,
            incidents=0 if args.incidents is None else args.incidents,
            seed=args.seed,
            today=today,
        )
    made = [counted(result.units, "afdeling", "afdelinger"), counted(result.residents, "borger", "borgere")]
    print(f"Genereret: {', '.join(made)} og {counted(result.incidents, 'hændelse', 'hændelser')}.")


def cmd_units(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.residents import list_units

    with database.session() as session:
        rows = [as_row(unit) for unit in list_units(session)]
    columns = [("id", "Id"), ("facility_name", "Bosted"), ("name", "Afdeling"), ("resident_count", "Borgere")]
    print_rows(rows, columns, args.format)


def cmd_versions(database: Database, args: argparse.Namespace) -> None:
    """A resident's plan versions, with the ids that submit, approve and return take."""
    from tryghed_desktop.domain.lifecycle import STATUS_TITLES
    from tryghed_desktop.domain.plans import PLAN_KIND_TITLES
    from tryghed_desktop.services.plans import resident_plans

    actor = acting_user(database, args.user)
    with database.session() as session:
        plans = resident_plans(session, actor, args.resident)
    rows = [
        {
            "id": version.id,
            "kind": version.kind.value if args.format != "table" else PLAN_KIND_TITLES[version.kind],
            "number": version.number,
            "status": version.status.value if args.format != "table" else STATUS_TITLES[version.status],
            "updated_at": version.updated_at,
            "submitted_at": version.submitted_at,
            "approved_at": version.approved_at,
            "review_due": version.review_due,
        }
        for state in plans.plans.values()
        for version in state.history
    ]
    columns = [("id", "Id"), ("kind", "Plan"), ("number", "Version"), ("status", "Status"),
               ("updated_at", "Gemt"), ("submitted_at", "Indsendt"), ("approved_at", "Godkendt"),
               ("review_due", "Revision senest")]  # fmt: skip
    print_rows(rows, columns, args.format)


def cmd_export(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.interchange import export_resident

    actor = acting_user(database, args.user)
    with database.session() as session:
        data = export_resident(session, actor, args.resident)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")
        print(f"Eksporteret til {args.out}", file=sys.stderr)


def cmd_import(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.interchange import import_resident, same_name_residents
    from tryghed_desktop.services.residents import discharged_on, list_units, resident_detail

    try:
        data = json.loads(args.file.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise CliError(f"Filen findes ikke: {args.file}") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CliError(f"Filen er ikke gyldig JSON (UTF-8): {args.file} ({error})") from error
    except RecursionError as error:
        raise CliError(f"Filen er ikke en Tryghed-fil: den er for dybt indlejret ({args.file}).") from error
    actor = acting_user(database, args.user)
    with database.session() as session:
        units_before = {(unit.facility_name, unit.name) for unit in list_units(session)}
        resident_id = import_resident(session, actor, data)
        new_units = [
            unit for unit in list_units(session) if (unit.facility_name, unit.name) not in units_before
        ]
        twins = [other for other in same_name_residents(session, data) if other != resident_id]
        moved_out = discharged_on(resident_detail(session, resident_id))
    # Somebody who moved out is not in `tryghed residents`: say where they went.
    state = f" (fraflyttet {moved_out:%d.%m.%Y}; se tryghed residents --all)" if moved_out else ""
    print(f"Indlæst som borger {resident_id}{state}.")
    # Import never refuses these (a unit may be new, two residents may share a name), but says so: a
    # typo in the unit or a file imported twice shows here.
    for unit in new_units:
        print(f"Ny afdeling oprettet: {unit.facility_name} – {unit.name} (id {unit.id}).")
    if twins:
        ids = ", ".join(str(other) for other in twins)
        print(f"Bemærk: afdelingen havde allerede en borger med samme navn (id {ids}).", file=sys.stderr)


TYPE_WORDS = {
    "vold": "violence",
    "trussel": "threat",
    "chikane": "harassment",
    "krænkende": "offensive",
    "kraenkende": "offensive",
}
FORM_WORDS = {"fysisk": "physical", "verbal": "verbal", "digital": "digital"}
TYPE_CHOICES = [*TYPE_WORDS, *dict.fromkeys(TYPE_WORDS.values())]  # Danish words, then the codes once


STAGE_WORDS = {"gul": "yellow", "rød": "red", "roed": "red", "grøn": "green", "blå": "blue", "ingen": ""}


def _local_datetime(text: str) -> datetime:
    """'2026-03-06 14:40' (Danish time, whatever the PC is set to) or ISO 8601 with an offset."""
    from zoneinfo import ZoneInfo

    from tryghed_desktop.domain.incidents import LOCAL_ZONE

    try:
        moment = plausible(datetime.fromisoformat(text), text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"'{text}' er ikke et tidspunkt som 2026-03-06 14:40") from error
    if len(text.strip()) <= len("2026-03-06"):  # a date alone would be stored as midnight, in "Nat"
        raise argparse.ArgumentTypeError(f"'{text}' mangler klokkeslæt; skriv fx '{text.strip()} 14:40'")
    if moment.tzinfo is not None:
        return moment
    local = moment.replace(tzinfo=ZoneInfo(LOCAL_ZONE))
    if local.astimezone(UTC).astimezone(local.tzinfo).replace(tzinfo=None) != moment:
        # Between 02:00 and 03:00 on the night clocks go forward: that hour is never on a Danish clock.
        raise argparse.ArgumentTypeError(f"'{text}' findes ikke: uret springer den time over (sommertid)")
    return local


def _strategy(text: str) -> tuple[str, bool | None]:
    """'Tilbyd en gåtur=ja' → helped; '=nej' → did not help; no '=' → not known."""
    name, _, verdict = text.rpartition("=") if "=" in text else (text, "", "")
    helped = {"ja": True, "nej": False, "": None}.get(verdict.strip().lower())
    if helped is None and verdict.strip():
        raise argparse.ArgumentTypeError(f"Skriv '{name}=ja' eller '{name}=nej', ikke '={verdict}'")
    return name.strip(), helped


def cmd_incident_add(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.domain.incidents import (
        USUAL_FORM,
        IncidentForm,
        IncidentReport,
        IncidentType,
        StrategyUse,
    )
    from tryghed_desktop.services.incidents import register_incident

    kind = IncidentType(TYPE_WORDS.get(args.type, args.type))
    report = IncidentReport(
        occurred_at=args.at,
        ended_at=args.end,
        incident_type=kind,
        form=USUAL_FORM[kind] if args.form is None else IncidentForm(FORM_WORDS.get(args.form, args.form)),
        severity=args.severity,
        location=args.location,
        resident_id=args.resident,
        unit_id=args.unit,
        other_person=args.other or "",
        outside_work_hours=args.outside_hours,
        situation=args.situation or "",
        signs_seen=list(args.signs),
        strategies=[StrategyUse(name, helped) for name, helped in args.strategies],
        absence_days=args.absence_days,
        first_absence_day=args.first_absence_day,
        injury=args.injury or args.absence_days > 0,
        police_report=args.police,
        description=args.description or "",
    )
    actor = acting_user(database, args.user)
    with database.session() as session:
        incident_id = register_incident(session, actor, report)
    print(f"Hændelse {incident_id} er registreret.")


_EDIT_FIELDS = {
    "unit": "unit_id",
    "at": "occurred_at",
    "end": "ended_at",
    "severity": "severity",
    "location": "location",
    "situation": "situation",
    "slot": "slot_label",
    "absence_days": "absence_days",
    "first_absence_day": "first_absence_day",
    "injury": "injury",
    "police": "police_report",
    "outside_hours": "outside_work_hours",
    "description": "description",
}


def _edited_report(report: Any, args: argparse.Namespace) -> None:  # an IncidentReport, imported lazily
    """Apply the options that were given to a stored report; anything not given stays as it is."""
    from tryghed_desktop.domain.incidents import UseOfForceReference, local_time

    if args.resident is not None:
        report.resident_id, report.other_person = args.resident, ""
    if args.other is not None:
        report.resident_id, report.other_person = None, args.other
    for option, name in _EDIT_FIELDS.items():
        if getattr(args, option) is not None:
            setattr(report, name, getattr(args, option))
    if (args.at is not None or args.resident is not None) and args.slot is None:
        report.slot_label = ""  # found again from the new time or the new resident's daily rhythm
    if args.absence_days and args.injury is None:
        report.injury = True
    if args.no_use_of_force:
        report.use_of_force = None
    elif args.use_of_force is not None:
        reported_on = args.use_of_force_date or local_time(report.occurred_at).date()
        report.use_of_force = UseOfForceReference(args.use_of_force, reported_on)
    elif args.use_of_force_date is not None:  # only the date of a reference already given
        if report.use_of_force is None:
            raise CliError("Hændelsen har ingen magtanvendelse. Angiv skemaet med --use-of-force.")
        report.use_of_force = UseOfForceReference(report.use_of_force.form, args.use_of_force_date)
    _edited_choices(report, args)


def _edited_choices(report: Any, args: argparse.Namespace) -> None:
    from tryghed_desktop.domain.incidents import IncidentForm, IncidentType, StrategyUse
    from tryghed_desktop.domain.plans import StageKind

    if args.type is not None:
        report.incident_type = IncidentType(TYPE_WORDS.get(args.type, args.type))
    if args.form is not None:
        report.form = IncidentForm(FORM_WORDS.get(args.form, args.form))
    if args.stage is not None:
        stage = STAGE_WORDS.get(args.stage, args.stage)
        report.stage_reached = StageKind(stage) if stage else None
    if args.signs is not None:
        report.signs_seen = list(args.signs)
    if args.strategies is not None:
        report.strategies = [StrategyUse(name, helped) for name, helped in args.strategies]


def _change_text(name: str, value: Any) -> str:
    """One old or new value of the change history, as a person reads it."""
    from tryghed_desktop.domain.incidents import (
        INCIDENT_FORM_TITLES,
        INCIDENT_TYPE_TITLES,
        IncidentForm,
        IncidentType,
        local_time,
    )
    from tryghed_desktop.domain.plans import STAGE_INFO, StageKind

    verdicts = {True: "ja", False: "nej", None: "?"}
    readers: dict[str, Callable[[Any], str]] = {
        "incident_type": lambda kind: INCIDENT_TYPE_TITLES[IncidentType(kind)],
        "form": lambda form: INCIDENT_FORM_TITLES[IncidentForm(form)],
        "occurred_at": lambda text: local_time(datetime.fromisoformat(text)).strftime("%d.%m.%Y %H.%M"),
        "first_absence_day": lambda text: date.fromisoformat(text).strftime("%d.%m.%Y"),
        "strategies": lambda items: "; ".join(f"{i['text']}={verdicts[i['helped']]}" for i in items),
        "use_of_force": lambda ref: f"{ref['form']} ({date.fromisoformat(ref['reported_on']):%d.%m.%Y})",
    }
    readers["stage_reached"] = lambda stage: STAGE_INFO[StageKind(stage)].colour_name
    readers["ended_at"] = readers["first_aid_due"] = readers["occurred_at"]
    readers["injury_report_due"] = readers["first_absence_day"]
    if value in (None, "", []):
        return "–"
    if isinstance(value, bool):
        return verdicts[value]
    if name in readers:
        return readers[name](value)
    return "; ".join(str(item) for item in value) if isinstance(value, list) else str(value)


def cmd_incident_edit(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.domain.incidents import INCIDENT_FIELD_TITLES
    from tryghed_desktop.services.incidents import incident_report, slot_labels, update_incident

    actor = acting_user(database, args.user)
    with database.session() as session:
        report = incident_report(session, args.id)
        _edited_report(report, args)
        if args.slot and report.resident_id is not None:
            # The statistics count incidents by these slots: a name of one's own would stand alone.
            labels = slot_labels(session, report.resident_id)
            if args.slot not in labels:
                raise CliError(
                    f"'{args.slot}' er ikke et tidsrum i borgerens godkendte døgnrytme. "
                    + (
                        f"Brug et af: {', '.join(labels)}."
                        if labels
                        else "Borgeren har ingen godkendt døgnrytme."
                    )
                )
        changes = update_incident(session, actor, args.id, report, expected_row_version=args.expected_version)
    if not changes:
        print(f"Hændelse {args.id}: intet er ændret.")
        return
    print(f"Hændelse {args.id} er ændret:")
    for name, (old, new) in changes.items():
        title = INCIDENT_FIELD_TITLES.get(name, name)
        print(f"  {title}: {_change_text(name, old)} → {_change_text(name, new)}")


def cmd_incidents(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.domain.incidents import INCIDENT_TYPE_TITLES
    from tryghed_desktop.services.incidents import read_incidents
    from tryghed_desktop.services.residents import get_resident, get_unit

    actor = acting_user(database, args.user)
    with database.session() as session:
        if args.unit is not None:
            get_unit(session, args.unit)  # a wrong id is refused, not shown as no incidents
        if args.resident is not None:
            get_resident(session, args.resident)
        records = read_incidents(
            session, actor, resident_id=args.resident, unit_id=args.unit, since=args.since
        )
    rows = []
    for record in records:
        row = as_row(record)
        if args.format == "table":  # JSON and CSV keep the codes ("threat") that other programs read
            row["incident_type"] = INCIDENT_TYPE_TITLES[record.incident_type]
        row["signs_seen"] = "; ".join(record.signs_seen) if args.format != "json" else list(record.signs_seen)
        if args.format != "json":
            row["strategies"] = "; ".join(
                f"{s.text}={'ja' if s.helped else 'nej' if s.helped is False else '?'}"
                for s in record.strategies
            )
        rows.append(row)
    columns = [
        ("id", "Id"),
        ("occurred_at", "Tidspunkt"),
        ("unit_name", "Afdeling"),
        ("resident_card_name", "Borger"),
        ("incident_type", "Type"),
        ("severity", "Alvor"),
        ("location", "Hvor"),
        ("slot_label", "Døgnrytme"),
        ("plan_version_number", "Planversion"),
        ("first_aid_due", "Psyk. førstehjælp senest"),
        ("injury_report_due", "Arbejdsskade senest"),
        ("closed_at", "Afsluttet"),
    ]
    if args.format == "csv":
        columns = [(key, key) for key in rows[0]] if rows else columns
    print_rows(rows, columns, args.format)


def _roles(text: str) -> set[Role]:
    """Roles as `users list` names them ('ekstern rådgiver'), short ('rådgiver') or in English ('advisor')."""
    words = {title.lower(): role for role, title in ROLE_TITLES.items()}
    words |= {"rådgiver": Role.ADVISOR, "raadgiver": Role.ADVISOR} | {role.value: role for role in Role}
    roles = set()
    for word in filter(None, (part.strip().lower() for part in text.split(","))):
        if word not in words:
            names = ", ".join(title.lower() for title in ROLE_TITLES.values())
            raise argparse.ArgumentTypeError(f"'{word}' er ingen rolle (brug {names})")
        roles.add(words[word])
    return roles


def cmd_users_add(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.users import create_user

    actor = acting_user(database, args.user)
    password = ask_new_password(args.username, actor)
    with database.session() as session:
        create_user(
            session,
            actor,
            username=args.username,
            full_name=args.name,
            roles=args.roles,
            title=args.title or "",
            password=password,
        )
    print(f"Brugeren {args.username} er oprettet.")


def cmd_users_list(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.users import list_users

    with database.session() as session:
        rows = [
            {
                "id": row.id,
                "username": row.username,
                "full_name": row.full_name,
                "title": row.title,
                "roles": ", ".join(ROLE_TITLES[role].lower() for role in sorted(row.roles)),
                "active": (
                    "nej (deaktiveret)"
                    if not row.active
                    else f"låst til {table_value(row.locked_until)}"
                    if row.locked_until is not None
                    else "ja"
                ),
            }
            for row in list_users(session)
        ]
    columns = [("id", "Id"), ("username", "Brugernavn"), ("full_name", "Navn"), ("title", "Titel"),
               ("roles", "Roller"), ("active", "Aktiv")]  # fmt: skip
    print_rows(rows, columns, args.format)


def cmd_users_deactivate(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.users import deactivate_user, user_by_name

    actor = acting_user(database, args.user)
    with database.session() as session:
        deactivate_user(session, actor, user_by_name(session, args.username).id)
    print(f"Brugeren {args.username} er deaktiveret (navnet bliver i historikken).")


def cmd_users_activate(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.users import activate_user, user_by_name

    actor = acting_user(database, args.user)
    with database.session() as session:
        activate_user(session, actor, user_by_name(session, args.username).id)
    print(f"Brugeren {args.username} kan logge ind igen.")


def cmd_users_unlock(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.users import unlock_user, user_by_name

    actor = acting_user(database, args.user)
    with database.session() as session:
        unlock_user(session, actor, user_by_name(session, args.username).id)
    print(f"{args.username} er låst op og kan logge ind igen med sin adgangskode.")


def cmd_users_password(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.users import reset_password, user_by_name

    actor = acting_user(database, args.user)
    password = ask_new_password(args.username, actor)
    with database.session() as session:
        reset_password(session, actor, user_by_name(session, args.username).id, password)
    print(f"Brugeren {args.username} har fået en ny adgangskode (en spærring er ophævet).")


def cmd_users_roles(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.users import set_roles, user_by_name

    actor = acting_user(database, args.user)
    with database.session() as session:
        set_roles(session, actor, user_by_name(session, args.username).id, args.roles)
    titles = ", ".join(ROLE_TITLES[role].lower() for role in sorted(args.roles))
    print(f"Brugeren {args.username} har nu rollerne: {titles}.")


def cmd_draft_new(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.domain.plans import PLAN_KIND_TITLES, PlanKind, content_from_dict
    from tryghed_desktop.services.errors import ValidationError
    from tryghed_desktop.services.interchange import content_problems
    from tryghed_desktop.services.plans import start_draft

    kind = PlanKind(args.kind)
    try:
        data = json.loads(args.content.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise CliError(f"Filen findes ikke: {args.content}") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CliError(f"Filen er ikke gyldig JSON (UTF-8): {args.content} ({error})") from error
    problems = content_problems(kind, data)  # the interchange format's own rules for a plan's content
    if problems:
        raise ValidationError(problems, f"Indholdet kan ikke bruges som {PLAN_KIND_TITLES[kind].lower()}:")
    content = content_from_dict(kind, data)
    actor = log_in(database, args.user)
    with database.session() as session:
        view = start_draft(session, actor, args.resident, kind, content)
    print(f"Kladde oprettet: version {view.number} (id {view.id}).")


def cmd_submit(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.plans import submit

    actor = log_in(database, args.user)
    with database.session() as session:
        view = submit(session, actor, args.version)
    print(f"Version {view.number} (id {view.id}) er sendt til godkendelse.")


def cmd_approve(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.plans import approve

    actor = log_in(database, args.user)
    with database.session() as session:
        view = approve(session, actor, args.version, review_due=args.review_due, comment=args.comment or "")
    print(f"Version {view.number} (id {view.id}) er godkendt af {view.approved_by}; revision senest "
          f"{table_value(view.review_due)}.")  # fmt: skip


def _note(text: str) -> tuple[str, str]:
    """`--note AFSNIT=TEKST`: the section (checked by the service, which names the valid ones) and note."""
    section, equals, note = text.partition("=")
    if not equals or not section.strip():
        raise argparse.ArgumentTypeError(
            f"'{text}' skal skrives som AFSNIT=TEKST, fx \"Gul – Tidlige tegn=Skriv tegnene mere konkret\""
        )
    return section.strip(), note


def cmd_return(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.plans import return_version

    notes: dict[str, str] = {}
    for section, note in args.note or []:
        notes[section] = f"{notes[section]}\n{note}" if section in notes else note
    actor = log_in(database, args.user)
    with database.session() as session:
        view = return_version(session, actor, args.version, args.comment, notes)
    print(f"Version {view.number} (id {view.id}) er returneret til koordinatoren.")
    for section, note in view.return_notes.items():
        print(f"  {section}: {note}")


def cmd_audit_verify(database: Database, _args: argparse.Namespace) -> None:
    from tryghed_desktop.services.audit import verify_chain

    with database.session() as session:
        broken = verify_chain(session)
    if broken:
        shown = ", ".join(str(event_id) for event_id in broken[:20]) + (" …" if len(broken) > 20 else "")
        raise CliError(
            f"Revisionsloggen er ikke hel: {counted(len(broken), 'post', 'poster')} er ændret, slettet "
            f"eller indsat ({shown})."
        )
    print("Revisionsloggen er hel: ingen poster er ændret eller slettet.")


def cmd_audit_export(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.audit import export_resident_audit
    from tryghed_desktop.services.residents import get_resident

    actor = acting_user(database, args.user)
    with database.session() as session:
        get_resident(session, args.resident)
        rows = [as_row(row) for row in export_resident_audit(session, actor, args.resident)]
    columns = [("id", "Id"), ("at", "Tidspunkt"), ("actor", "Bruger"), ("action", "Handling"),
               ("target", "Hvad")]  # fmt: skip
    print_rows(rows, columns, args.format)


def cmd_audit_purge(database: Database, args: argparse.Namespace) -> None:
    from tryghed_desktop.services.audit import purge_access_entries, retention_months

    actor = acting_user(database, args.user)
    with database.session() as session:
        months = retention_months(session)
        deleted = purge_access_entries(session, actor)
    print(f"{deleted} adgangsposter ældre end {months} måneder er slettet.")


LIMIT_OPTIONS = {"max_item_words": "--max-item-words", "max_section_lix": "--max-lix"}


def _number(text: str) -> float:
    """An argparse type for 40 or 37,5 (a Danish decimal comma is fine)."""
    try:
        return float(text.replace(",", "."))
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"'{text}' er ikke et tal") from error


def _print_limits(limits: ReadabilityLimits) -> None:
    lix = f"{limits.max_section_lix:g}".replace(".", ",")
    print(f"Højst antal ord pr. punkt: {limits.max_item_words}")
    print(f"Højst LIX pr. afsnit:      {lix}")


def cmd_settings_retention(database: Database, args: argparse.Namespace) -> None:
    """Without --months the period in force; with it, the change."""
    from tryghed_desktop.services.audit import retention_months, set_retention_months
    from tryghed_desktop.services.resident_deletion import retention_years, set_retention_years

    if args.months is not None or args.years is not None:
        actor = acting_user(database, args.user)
        with database.session() as session:
            if args.months is not None:
                set_retention_months(session, actor, args.months)
            if args.years is not None:
                set_retention_years(session, actor, args.years)
    with database.session() as session:
        months, years = retention_months(session), retention_years(session)
    print(
        f"Loggen gemmer logins, og hvem der har søgt efter, åbnet og printet borgere og hændelser, i "
        f"{counted(months, 'måned', 'måneder')}; ældre poster slettes, når Tryghed Desktop "
        "startes. Ændringer, godkendelser, registreringer og eksport af planer gemmes altid."
    )
    print(
        f"En fraflyttet borgers oplysninger gemmes i {counted(years, 'år', 'år')} efter fraflytningen; "
        "derefter kan en administrator slette dem (tryghed resident due / delete)."
    )


def cmd_settings_readability(database: Database, args: argparse.Namespace) -> None:
    """Without options the limits in force; with them, the change (the other limit stays)."""
    import msgspec

    from tryghed_desktop.services.drafts import readability_limits, set_readability_limits
    from tryghed_desktop.services.errors import ValidationError

    given = {"max_item_words": args.max_item_words, "max_section_lix": args.max_lix}
    changes = {name: value for name, value in given.items() if value is not None}
    if not changes:
        with database.session() as session:
            _print_limits(readability_limits(session))
        return
    actor = acting_user(database, args.user)
    with database.session() as session:
        limits = msgspec.structs.replace(readability_limits(session), **changes)
        try:
            set_readability_limits(session, actor, limits)
        except ValidationError as error:
            raise CliError(
                "\n".join(f"{LIMIT_OPTIONS.get(p.path, p.path)}: {p.message}" for p in error.problems)
            ) from error
    print("Grænserne for læsbarhed er gemt; de gælder, næste gang en plan åbnes.")
    _print_limits(limits)


def _parser() -> argparse.ArgumentParser:
    speak_danish()
    db_parent = argparse.ArgumentParser(add_help=False)
    db_help = "databasens sti eller URL (ellers TRYGHED_DB, ellers standardfilen)"
    # Accepted before and after the command; SUPPRESS keeps the sub-command from erasing a global --db.
    db_parent.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    format_parent = argparse.ArgumentParser(add_help=False)
    format_parent.add_argument(
        "--format", choices=["table", "json", "csv"], default="table", help="tabel (standard), JSON eller CSV"
    )

    parser = argparse.ArgumentParser(prog="tryghed", description="Tryghed Desktop på kommandolinjen.")
    parser.add_argument(
        "--version",
        action="version",
        version=f"tryghed {__version__}",
        help="vis programmets version og afslut",
    )
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

    add("init", cmd_init, "opret eller opgradér databasen").set_defaults(creates_database=True)
    demo = add("demo", cmd_demo, "fyld en tom database med demo-bostedet (eller generér en stor)")
    demo.set_defaults(creates_database=True)
    demo.add_argument("--residents", type=at_least(1), help="generér så mange borgere (til målinger)")
    demo.add_argument("--incidents", type=at_least(0), help="generér så mange hændelser over ti år")
    demo.add_argument("--seed", type=int, default=7, help="samme tal giver samme data")
    add("units", cmd_units, "vis afdelinger", format_parent)
    acting = acting_user_parent()
    add_resident_commands(commands, add, db_parent, format_parent)
    versions = add(
        "versions",
        cmd_versions,
        "vis en borgers planversioner med id (til submit/approve)",
        format_parent,
        acting,
    )
    versions.add_argument("--resident", type=int, required=True, help="borgerens id")
    export = add("export", cmd_export, "eksportér en borgers planer som JSON", acting)
    export.add_argument("--resident", type=int, required=True, help="borgerens id")
    export.add_argument("--out", type=Path, help="filen der skrives (ellers standard-output)")
    import_ = add("import", cmd_import, "indlæs en borger fra en JSON-fil", acting)
    import_.add_argument("file", type=Path, help="JSON-filen")

    _add_incident_commands(commands, add, db_parent, format_parent)
    _add_approval_commands(commands, add, db_parent, format_parent)
    _add_settings_commands(commands, db_parent)
    add_output_commands(commands, add, format_parent, db_parent)
    add_action_plan_commands(commands, add, db_parent, format_parent)
    return parser


def _add_settings_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], db_parent: argparse.ArgumentParser
) -> None:
    """settings readability: the limits the plan editors warn at; settings retention: the log's."""
    settings = commands.add_parser(
        "settings", help="bostedets indstillinger", description="bostedets indstillinger"
    ).add_subparsers(dest="settings_command", required=True, metavar="KOMMANDO")
    help_text = "vis eller ændr grænserne for læsbarhed, som redigeringen advarer ved (uden valg: vis dem)"
    readability = settings.add_parser(
        "readability", help=help_text, description=help_text, parents=[db_parent]
    )
    readability.set_defaults(handler=cmd_settings_readability)
    readability.add_argument("--max-item-words", type=int, metavar="N", help="højst antal ord pr. punkt")
    readability.add_argument("--max-lix", type=_number, metavar="X", help="højst LIX pr. afsnit")
    help_text = (
        "vis eller ændr, hvor mange måneder loggen gemmer logins, og hvem der har søgt efter, åbnet og "
        "printet hvad, og hvor mange år fraflyttede borgere gemmes (uden valg: vis det)"
    )
    retention = settings.add_parser("retention", help=help_text, description=help_text, parents=[db_parent])
    retention.set_defaults(handler=cmd_settings_retention)
    retention.add_argument(
        "--months", type=int, metavar="N", help="loggens adgangsposter: antal måneder (1–120)"
    )
    retention.add_argument("--years", type=int, metavar="N", help="fraflyttede borgere: antal år (1–30)")
    for parser in (readability, retention):
        parser.add_argument(
            "--user",
            help=f"ændr som denne bruger (ellers som systemet). Adgangskoden spørges om, eller tages fra "
            f"{PASSWORD_ENV}.",
        )


def _add_incident_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add: Callable[..., argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
    format_parent: argparse.ArgumentParser,
) -> None:
    """incident add, incident edit and incidents."""
    incident = commands.add_parser(
        "incident", help="registrér hændelser", description="registrér og ret hændelser"
    ).add_subparsers(dest="incident_command", required=True, metavar="KOMMANDO")
    add_incident = incident.add_parser(
        "add",
        help="registrér en hændelse",
        description="Registrér vold, trussel eller chikane.",
        parents=[db_parent],
    )
    add_incident.set_defaults(handler=cmd_incident_add)
    add_incident.add_argument("--user", help=ACTING_USER_HELP)
    who = add_incident.add_mutually_exclusive_group(required=True)
    who.add_argument("--resident", type=int, help="borgerens id")
    who.add_argument("--other", help="en ukendt eller anden person (kræver --unit)")
    add_incident.add_argument("--unit", type=int, help="afdelingens id (når det ikke er en borger)")
    add_incident.add_argument(
        "--at", type=_local_datetime, required=True, help="hvornår, fx '2026-03-06 14:40'"
    )
    add_incident.add_argument("--end", type=_local_datetime, help="sluttidspunkt")
    add_incident.add_argument("--type", required=True, choices=TYPE_CHOICES)
    add_incident.add_argument(
        "--form",
        choices=[*FORM_WORDS, "physical"],
        help="ellers typens sædvanlige: vold fysisk, ellers verbal",
    )
    add_incident.add_argument("--severity", type=int, required=True, help="alvor 1-5")
    add_incident.add_argument("--location", required=True, help="hvor det skete")
    add_incident.add_argument("--situation", help="hvad der foregik")
    add_incident.add_argument("--signs", nargs="*", default=[], help="tidlige tegn set")
    add_incident.add_argument(
        "--strategies", nargs="*", type=_strategy, default=[], help="'Tilbyd en gåtur=ja'"
    )
    add_incident.add_argument("--absence-days", type=int, default=0, help="fraværsdage efter skadedagen")
    add_incident.add_argument("--first-absence-day", type=day, help="første fraværsdag (ellers dagen efter)")
    add_incident.add_argument("--injury", action="store_true", help="der skete en skade")
    add_incident.add_argument("--police", action="store_true", help="politianmeldt")
    add_incident.add_argument("--outside-hours", action="store_true", help="uden for arbejdstid")
    add_incident.add_argument("--description", help="fri tekst")

    _add_incident_edit(incident, db_parent)

    list_incidents = add(
        "incidents",
        cmd_incidents,
        "vis hændelser med opfølgningsfrister",
        format_parent,
        acting_user_parent(),
    )
    list_incidents.add_argument("--resident", type=int, help="kun denne borgers (id)")
    list_incidents.add_argument("--unit", type=int, help="kun denne afdelings (id)")
    list_incidents.add_argument("--since", type=day, help="fra og med dato, fx 2026-01-01")


def _add_incident_edit(
    incident: argparse._SubParsersAction[argparse.ArgumentParser], db_parent: argparse.ArgumentParser
) -> None:
    """incident edit: only the options given change."""
    edit = incident.add_parser(
        "edit",
        help="ret en registreret hændelse",
        description="Ret en hændelse; kun de angivne felter ændres, og ændringen gemmes i historikken.",
        parents=[db_parent],
    )
    edit.set_defaults(handler=cmd_incident_edit)
    edit.add_argument("--user", help=ACTING_USER_HELP)
    edit.add_argument("--id", type=int, required=True, help="hændelsens id")
    edit_who = edit.add_mutually_exclusive_group()
    edit_who.add_argument("--resident", type=int, help="borgerens id")
    edit_who.add_argument("--other", help="en ukendt eller anden person (kræver --unit)")
    edit.add_argument("--unit", type=int, help="afdelingens id (når det ikke er en borger)")
    edit.add_argument("--at", type=_local_datetime, help="hvornår, fx '2026-03-06 14:40'")
    edit.add_argument("--end", type=_local_datetime, help="sluttidspunkt")
    edit.add_argument("--type", choices=TYPE_CHOICES)
    edit.add_argument("--form", choices=[*FORM_WORDS, "physical"])
    edit.add_argument("--severity", type=int, help="alvor 1-5")
    edit.add_argument("--location", help="hvor det skete")
    edit.add_argument("--situation", help="hvad der foregik")
    edit.add_argument("--slot", help="døgnrytmens tidsrum (ellers fundet fra tidspunktet)")
    edit.add_argument("--signs", nargs="*", help="tidlige tegn set (erstatter de gemte)")
    edit.add_argument(
        "--strategies", nargs="*", type=_strategy, help="'Tilbyd en gåtur=ja' (erstatter de gemte)"
    )
    edit.add_argument(
        "--stage", choices=[*STAGE_WORDS, "yellow", "red", "green", "blue"], help="højeste fase"
    )
    edit.add_argument("--absence-days", type=int, help="fraværsdage efter skadedagen")
    edit.add_argument("--first-absence-day", type=day, help="første fraværsdag")
    edit.add_argument("--injury", action=argparse.BooleanOptionalAction, help="der skete en skade")
    edit.add_argument("--police", action=argparse.BooleanOptionalAction, help="politianmeldt")
    edit.add_argument("--outside-hours", action=argparse.BooleanOptionalAction, help="uden for arbejdstid")
    force = edit.add_mutually_exclusive_group()
    force.add_argument("--use-of-force", metavar="SKEMA", help="indberettet magtanvendelse: hvilket skema")
    force.add_argument("--no-use-of-force", action="store_true", help="fjern henvisningen til magtanvendelse")
    edit.add_argument(
        "--use-of-force-date", type=day, help="dato for indberetningen (ellers hændelsens dato)"
    )
    edit.add_argument("--description", help="fri tekst")
    edit.add_argument(
        "--expected-version",
        type=int,
        help="afvis, hvis hændelsen er ændret siden denne version (feltet row_version i JSON)",
    )


def _add_approval_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add: Callable[..., argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
    format_parent: argparse.ArgumentParser,
) -> None:
    """users, draft, submit, approve, return and audit."""

    def group(name: str, help_text: str) -> Callable[..., argparse.ArgumentParser]:
        """A command with sub-commands (`users add`); returns an `add` for its sub-commands."""
        subs = commands.add_parser(name, help=help_text, description=help_text).add_subparsers(
            dest=f"{name}_command", required=True, metavar="KOMMANDO"
        )

        def add_sub(
            sub_name: str,
            handler: Callable[[Database, argparse.Namespace], None],
            sub_help: str,
            *parents: argparse.ArgumentParser,
        ) -> argparse.ArgumentParser:
            sub: argparse.ArgumentParser = subs.add_parser(
                sub_name, help=sub_help, description=sub_help, parents=[db_parent, *parents]
            )
            sub.set_defaults(handler=handler)
            return sub

        return add_sub

    password_note = f"Adgangskoden spørges om, eller tages fra {PASSWORD_ENV}."
    new_password_note = f"Den nye adgangskode spørges om, eller tages fra {NEW_PASSWORD_ENV}."
    acting = acting_user_parent()
    users_add = group("users", "brugere og roller")
    add_user = users_add("add", cmd_users_add, "opret en bruger. " + new_password_note, acting)
    add_user.add_argument("username", help="brugernavnet (uden mellemrum)")
    add_user.add_argument("--name", required=True, help="fulde navn")
    add_user.add_argument(
        "--roles",
        type=_roles,
        required=True,
        help="fx 'medarbejder,koordinator' (medarbejder, koordinator, ekstern rådgiver, administrator)",
    )
    add_user.add_argument("--title", help="stilling, fx 'ekstern faglig rådgiver'")
    users_add("list", cmd_users_list, "vis brugere, også deaktiverede", format_parent)
    deactivate = users_add("deactivate", cmd_users_deactivate, "deaktivér en bruger (slettes aldrig)", acting)
    deactivate.add_argument("username")
    users_add(
        "activate", cmd_users_activate, "lad en deaktiveret bruger logge ind igen", acting
    ).add_argument("username")
    password = users_add(
        "password",
        cmd_users_password,
        "ny adgangskode til en, der har glemt sin. " + new_password_note,
        acting,
    )
    password.add_argument("username")
    users_add(
        "unlock", cmd_users_unlock, "lås en bruger op efter for mange forkerte adgangskoder", acting
    ).add_argument("username")
    roles = users_add("roles", cmd_users_roles, "giv en bruger præcis disse roller", acting)
    roles.add_argument("username")
    roles.add_argument("--roles", type=_roles, required=True, help="fx 'medarbejder,koordinator'")

    user_parent = argparse.ArgumentParser(add_help=False)
    user_parent.add_argument("--user", required=True, help="dit brugernavn. " + password_note)
    version_parent = argparse.ArgumentParser(add_help=False)
    version_parent.add_argument("--version", type=int, required=True, help="planversionens id")

    draft = group("draft", "kladder til planer")
    new_draft = draft("new", cmd_draft_new, "start en kladde med indhold fra en JSON-fil", user_parent)
    new_draft.add_argument("--resident", type=int, required=True, help="borgerens id")
    new_draft.add_argument(
        "--kind",
        required=True,
        type=plan_kind,
        metavar="PLAN",
        help="risikoprofil, døgnrytme, tryghedsplan eller aktiviteter",
    )
    new_draft.add_argument("--content", type=Path, required=True, help="planens indhold som JSON")
    add("submit", cmd_submit, "send en kladde til godkendelse", user_parent, version_parent)
    approve = add("approve", cmd_approve, "godkend en indsendt version", user_parent, version_parent)
    approve.add_argument("--review-due", type=day, help="revisionsdato (ellers om 6 måneder)")
    approve.add_argument("--comment", help="kommentar til godkendelsen")
    return_ = add(
        "return", cmd_return, "returnér en indsendt version med kommentarer", user_parent, version_parent
    )
    return_.add_argument(
        "--comment", required=True, help="hvad koordinatoren skal rette (kan være tom med --note)"
    )
    return_.add_argument(
        "--note",
        type=_note,
        action="append",
        metavar="AFSNIT=TEKST",
        help='en bemærkning ved ét afsnit, som gennemgangen navngiver det, fx "Gul – Tidlige tegn=Mere '
        'konkret" (kan gentages; et forkert afsnit giver en liste over de rigtige)',
    )

    audit_add = group("audit", "loggen over hvem der har læst og ændret hvad")
    audit_add("verify", cmd_audit_verify, "kontrollér, at ingen poster er ændret eller slettet")
    audit_export = audit_add("export", cmd_audit_export, "eksportér én borgers poster", format_parent, acting)
    audit_export.add_argument("--resident", type=int, required=True, help="borgerens id")
    audit_add("purge", cmd_audit_purge, "slet adgangsposter ældre end opbevaringsperioden", acting)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (0 ok, 1 refused, 2 usage, 3 unexpected)."""
    args = _parser().parse_args(argv)
    database: Database | None = None
    try:
        if getattr(args, "needs_database", True):
            url = with_env_key(resolve_db_url(args.db))
            path = sqlite_path(url)
            # A mistyped --db must not quietly become a new, empty database that takes registrations.
            if path is not None and not path.exists() and not getattr(args, "creates_database", False):
                raise CliError(f"Databasen findes ikke: {path}. Opret den med 'tryghed init'.")
            database = open_database(url)
            if database.network_share_warning:
                print(f"tryghed: advarsel: {database.network_share_warning}", file=sys.stderr)
        args.handler(database, args)
    except BrokenPipeError:
        # The reader stopped early (`tryghed incidents | head`): not a problem with any file. Python
        # would complain again when it flushes stdout at exit, so stdout goes nowhere from here.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (
        ServiceError,
        CliError,
        BackupError,
        WrongKeyError,
        DatabaseUnavailableError,
        SchemaTooNewError,
    ) as error:
        print(f"tryghed: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as error:  # a folder, a missing folder, a name too long, a full disk
        print(f"tryghed: {file_problem(error)}", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as error:  # the last line of defence: say it plainly, with the cause
        if is_unavailable(error):  # busy or gone, not a fault: the same command works in a moment
            cause = getattr(error, "orig", error)
            print(f"tryghed: Databasen svarer ikke lige nu. Prøv igen om lidt. ({cause})", file=sys.stderr)
            return EXIT_REFUSED
        print(f"tryghed: uventet fejl: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_UNEXPECTED
    finally:
        if database is not None:
            database.dispose()
    return EXIT_OK
