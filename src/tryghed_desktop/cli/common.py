"""What every `tryghed` command shares: its error type, how dates are read and written, and records
as rows."""

from __future__ import annotations

import argparse
import csv
import getpass
import json
import os
import sys
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any, TypeVar

import msgspec

from tryghed_desktop.services.actors import SYSTEM, Actor
from tryghed_desktop.store.db import Database


class CliError(Exception):
    """A problem with the command line itself (a missing file, an unreadable input)."""


def day(text: str) -> date:
    """An argparse type for '2026-03-06', or '06.03.2026' as the app writes dates."""
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        try:
            parsed = datetime.strptime(text.strip(), "%d.%m.%Y").date()
        except ValueError as error:
            raise argparse.ArgumentTypeError(
                f"'{text}' er ikke en dato som 2026-03-06 eller 06.03.2026"
            ) from error
    return plausible(parsed, text)


# A date or time in a year a facility's records can have; year 1 or 9999 is a typo (and counting days
# from it overflows).
YEARS = (1900, 2999)
D = TypeVar("D", bound=date)


def plausible(value: D, text: str) -> D:
    if not YEARS[0] <= value.year <= YEARS[1]:
        raise argparse.ArgumentTypeError(
            f"'{text}' ligger uden for årene {YEARS[0]}–{YEARS[1]}. Ret årstallet."
        )
    return value


# Every command takes a plan by its Danish name, its code or the card's short word.
PLAN_WORDS = {
    "risikoprofil": "risk_profile", "risk": "risk_profile", "risk_profile": "risk_profile",
    "døgnrytme": "daily_rhythm", "doegnrytme": "daily_rhythm", "rhythm": "daily_rhythm",
    "daily_rhythm": "daily_rhythm", "tryghedsplan": "safety_plan", "safety": "safety_plan",
    "safety_plan": "safety_plan", "aktiviteter": "activities", "activities": "activities",
}  # fmt: skip


def plan_kind(text: str) -> str:
    """An argparse type: the plan kind's code ('risk_profile') for any of its names."""
    kind = PLAN_WORDS.get(text.strip().lower())
    if kind is None:
        raise argparse.ArgumentTypeError(
            f"'{text}' er ingen plan (brug risikoprofil, døgnrytme, tryghedsplan eller aktiviteter)"
        )
    return kind


def at_least(minimum: int) -> Callable[[str], int]:
    """An argparse type for a whole number of at least `minimum`."""

    def whole_number(text: str) -> int:
        try:
            value = int(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(f"'{text}' er ikke et helt tal") from error
        if value < minimum:
            raise argparse.ArgumentTypeError(f"skal være mindst {minimum}, ikke {value}")
        return value

    return whole_number


def json_value(value: object) -> object:
    """JSON for what json.dump cannot write itself: dates as ISO 8601, anything else as text."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def as_row(record: msgspec.Struct) -> dict[str, Any]:
    """A service record's fields as a dict, nested records as dicts too; dates and times stay as they
    are (`json_value` writes them), enums become their values."""
    row: dict[str, Any] = msgspec.to_builtins(record, builtin_types=(date, datetime, time))
    return row


PASSWORD_ENV = "TRYGHED_PASSWORD"
# A user's new password has a variable of its own: taken from TRYGHED_PASSWORD, it would be the
# administrator's own password, handed to the user being created or helped.
NEW_PASSWORD_ENV = "TRYGHED_NEW_PASSWORD"
ACTING_USER_HELP = (
    "dit brugernavn: du står som den, der gjorde det (ellers systemet, til automatik). "
    f"Adgangskoden spørges om, eller tages fra {PASSWORD_ENV}."
)


def acting_user_parent() -> argparse.ArgumentParser:
    """The --user option as a parent parser, for every command that reads or changes personal data."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--user", help=ACTING_USER_HELP)
    return parent


def ask_password(prompt: str, *, env: str = PASSWORD_ENV) -> str:
    """From the variable `env` (automation), else asked for without echo; piped in, the first line."""
    password = os.environ.get(env)
    if password:  # an empty value is a job set up wrong: never a wrong password that locks the user out
        return password
    try:
        if not sys.stdin.isatty():  # getpass would warn, in English, that it cannot hide what is typed
            line = sys.stdin.readline()
            if not line:
                raise EOFError
            return line.rstrip("\r\n")
        return getpass.getpass(prompt)
    except EOFError as error:
        raise CliError(f"Ingen adgangskode: skriv den, eller sæt {env}.") from error


def ask_new_password(username: str, actor: Actor) -> str:
    """The new password for `username`, never the acting user's own (from TRYGHED_NEW_PASSWORD)."""
    password = ask_password(f"Ny adgangskode for {username}: ", env=NEW_PASSWORD_ENV)
    logged_in = actor is not SYSTEM and actor.username != username
    if logged_in and os.environ.get(PASSWORD_ENV) == password:
        raise CliError(
            f"Den nye adgangskode er den samme som din egen. Vælg en anden til {username} "
            f"(sæt {NEW_PASSWORD_ENV}, eller skriv den, når du bliver spurgt)."
        )
    return password


def log_in(database: Database, username: str) -> Actor:
    """Log the named user in; the attempt is committed (and audited) even when it is refused."""
    from tryghed_desktop.services.auth import login

    password = ask_password(f"Adgangskode for {username}: ")
    with database.session() as session:
        outcome = login(session, username, password)
    return outcome.actor_or_raise()


def acting_user(database: Database, username: str | None) -> Actor:
    """The user named by --user, logged in; without it the system itself (automation)."""
    if username is None:
        return SYSTEM
    if not username.strip():  # `--user "$BRUGER"` with the variable unset must not act as the system
        raise CliError("Angiv et brugernavn efter --user.")
    return log_in(database, username.strip())


def table_value(value: object) -> str:
    """Danish, local, human: 25.11.2026 10.10; dates 25.11.2026."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d.%m.%Y %H.%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def print_rows(rows: list[dict[str, Any]], columns: list[tuple[str, str]], fmt: str) -> None:
    """Rows as JSON, CSV (the keys as header) or an aligned table (the titles as header)."""
    if fmt == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2, default=json_value)
        sys.stdout.write("\n")
        return
    if fmt == "csv":
        writer = csv.DictWriter(
            sys.stdout, fieldnames=[key for key, _title in columns], extrasaction="ignore"
        )
        writer.writeheader()
        writer.writerows(
            {key: json_value(value) if value is not None else "" for key, value in row.items()}
            for row in rows
        )
        return
    table = [[title for _key, title in columns]] + [
        [table_value(row[key]) for key, _title in columns] for row in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(columns))]
    for number, line in enumerate(table):
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
        if number == 0:
            print("  ".join("-" * width for width in widths))
