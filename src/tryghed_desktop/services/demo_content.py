"""Who works at the demo facility, its units and residents, and the advisors' stock phrases."""

from __future__ import annotations

from typing import NamedTuple

from tryghed_desktop.services import demo_birk, demo_kastanje, demo_skovlyst
from tryghed_desktop.services.actors import Role
from tryghed_desktop.services.demo_kim import KIM
from tryghed_desktop.services.demo_spec import BIRK, FACILITY, KASTANJE, SKOVLYST, ResidentSpec

DEMO_PASSWORD = "demo1234"


class DemoUser(NamedTuple):
    username: str
    full_name: str
    roles: frozenset[Role]
    title: str


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("pia", "Pia Mortensen", frozenset({Role.ADMIN}), "forstander"),
    DemoUser(
        "anne", "Anne Sørensen", frozenset({Role.COORDINATOR, Role.STAFF}), "koordinator, Birk og Kastanje"
    ),
    DemoUser("jesper", "Jesper Thomsen", frozenset({Role.COORDINATOR, Role.STAFF}), "koordinator, Skovlyst"),
    DemoUser("mette", "Mette Larsen", frozenset({Role.STAFF}), "pædagog"),
    DemoUser("ali", "Ali Hassan", frozenset({Role.STAFF}), "social- og sundhedsassistent"),
    DemoUser("camilla", "Camilla Nygaard", frozenset({Role.STAFF}), "pædagog"),
    DemoUser("soeren", "Søren Bech", frozenset({Role.STAFF}), "pædagogisk assistent"),
    DemoUser("lene", "Lene Holm", frozenset({Role.ADVISOR}), "ekstern faglig rådgiver"),
    DemoUser("karsten", "Karsten Juul", frozenset({Role.ADVISOR}), "ekstern faglig rådgiver, psykolog"),
)

# Each unit's coordinator (writes and submits) and external advisor (approves or returns), by username.
UNIT_TEAMS: dict[str, tuple[str, str]] = {
    BIRK: ("anne", "lene"),
    KASTANJE: ("anne", "lene"),
    SKOVLYST: ("jesper", "karsten"),
}

DEMO_FACILITY = FACILITY
DEMO_UNITS: tuple[str, ...] = tuple(UNIT_TEAMS)

RESIDENTS: tuple[ResidentSpec, ...] = demo_birk.RESIDENTS + demo_kastanje.RESIDENTS + demo_skovlyst.RESIDENTS

# The concrete resident of seed 003: an approved risk profile and daily rhythm far too long to use in a
# hurry, and a simplified revision of both awaiting the external advisor's approval.
TEXT_HEAVY_RESIDENT = KIM["name"]

# Used in turn when a story step brings no comment of its own.
APPROVAL_COMMENTS: tuple[str, ...] = (
    "Godkendt.",
    "Godkendt. Kort og til at handle efter.",
    "Godkendt. Husk at gennemgå planen med nye afløsere.",
    "Godkendt uden bemærkninger.",
    "Godkendt. Gennemgå den på næste personalemøde.",
)
