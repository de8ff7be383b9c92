"""Test data built through the services only: a small facility with plans in every lifecycle state."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from tryghed_desktop.domain.plans import (
    Activities,
    Activity,
    Contact,
    DailyRhythm,
    Level,
    Perspective,
    PlanKind,
    RiskProfile,
    RiskSituation,
    SafetyPlan,
    Stage,
    StageKind,
    TimeSlot,
)
from tryghed_desktop.services import plans, residents, users
from tryghed_desktop.services.actors import SYSTEM, Actor, Role, actor_for
from tryghed_desktop.store.db import Database

TODAY = date(2026, 11, 20)
MOVED_IN = datetime(2015, 1, 1, 9, 0, tzinfo=UTC)  # long before the tests' days: a move-out is not before it


@dataclass
class Facility:
    units: dict[str, int]
    residents: dict[str, int]


def risk_profile() -> RiskProfile:
    return RiskProfile(
        stages=[
            Stage(
                StageKind.GREEN,
                signs=["Smiler og laver sjov", "Spiller musik på værelset"],
                we_do=["Hils med navn", "Giv god tid"],
                we_avoid=["Overraskelser"],
                resident_can=["Gå en tur med hunden"],
            ),
            Stage(
                StageKind.YELLOW,
                signs=["Går frem og tilbage", "Taler højt og hurtigt"],
                we_do=["Tal roligt, korte sætninger", "Tilbyd en pause på værelset"],
                we_avoid=["At diskutere", "At stå tæt på"],
                resident_can=["Sige »pause«", "Lytte til musik"],
            ),
            Stage(
                StageKind.RED,
                signs=["Råber og truer", "Kaster med ting"],
                we_do=["Træk dig, hold afstand", "Tilkald kollega via alarm"],
                we_avoid=["Fysisk kontakt"],
                resident_can=["Gå ind på sit værelse"],
            ),
            Stage(
                StageKind.BLUE,
                signs=["Træt og ked af det"],
                we_do=["Tal om det næste dag", "Defusing for personalet"],
                we_avoid=["Bebrejdelser"],
                resident_can=["Tegne"],
            ),
        ],
        triggers=["Ændringer i planen uden varsel", "Larm i fællesrummet"],
        risk_situations=[RiskSituation("Morgen", "Badeværelset", "Personlig pleje")],
        strengths=["Elsker musik", "God kontakt til sin søster"],
        alarm=["Tryk på alarmen på bæltet"],
        call=[Contact("Vagthavende", "70 20 30 40", "hele døgnet")],
        staffing_rules=["Altid to medarbejdere ved personlig pleje"],
        level=Level.YELLOW,
        level_reason="Flere episoder med trusler det seneste halve år",
    )


def daily_rhythm() -> DailyRhythm:
    return DailyRhythm(
        slots=[
            TimeSlot(
                time(7, 0),
                time(9, 0),
                "Morgen",
                "Bad og morgenmad",
                "To medarbejdere",
                "Urolig ved bad",
                Level.RED,
                2,
            ),
            TimeSlot(
                time(9, 0), time(12, 0), "Formiddag", "Værksted", "Støt ved opstart", "", Level.GREEN, 1
            ),
            TimeSlot(time(22, 0), time(7, 0), "Nat", "Sover", "Tilsyn kl. 2", "", Level.GREEN, 1),
        ]
    )


def safety_plan() -> SafetyPlan:
    return SafetyPlan(
        feel_safe=Perspective(["Når jeg ved, hvad der skal ske"], ["Fast dagsplan på tavlen"]),
        warning_signs=Perspective(["Jeg får ondt i maven"], ["Går frem og tilbage"]),
        what_helps=Perspective(["Musik i høretelefoner"], ["Pause på værelset"]),
        agreed_signals=["»Pause« betyder: giv mig ti minutter"],
        contacts=[Contact("Søster Anne", "20 30 40 50")],
    )


def activities() -> Activities:
    return Activities(
        [Activity("Bad", "Personlig hygiejne", ["Aftal tidspunkt", "Gør klar", "Bad"], ["Glat gulv"], 2)]
    )


def build_facility(database: Database) -> Facility:
    """Units Solsikken and Kastanjen; Jonas has everything plus an open draft, Mette awaits approval,
    Ali's risk profile is returned, Karen's review is overdue, Lars has no plans at all."""
    now = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
    with database.session() as session:
        users.create_user(
            session, SYSTEM, username="koordinator", full_name="Kirsten Koordinator", roles={Role.COORDINATOR}
        )
        users.create_user(
            session,
            SYSTEM,
            username="raadgiver",
            full_name="Rasmus Rådgiver",
            title="Ekstern faglig rådgiver",
            roles={Role.ADVISOR},
        )
        solsikken = residents.ensure_unit(session, "Bostedet Lyngly", "Solsikken").id
        kastanjen = residents.ensure_unit(session, "Bostedet Lyngly", "Kastanjen").id
        ids = {}
        for key, unit, name, card, room in (
            ("jonas", solsikken, "Jonas Nielsen", "Jonas", "3"),
            ("mette", solsikken, "Mette Hansen", "Mette", "5"),
            ("ali", kastanjen, "Ali Demir", "Ali", "12"),
            ("karen", kastanjen, "Karen Jensen", "K.J.", "14"),
            ("lars", kastanjen, "Lars Petersen", "Lars", ""),
        ):
            ids[key] = residents.create_resident(
                session,
                SYSTEM,
                unit_id=unit,
                display_name=name,
                card_name=card,
                room=room,
                contact_persons=["Kontaktperson Sofie (dag)"] if key == "jonas" else [],
                now=MOVED_IN,
            )
    with database.session() as session:
        coordinator = actor_for(session, "koordinator")
        advisor = actor_for(session, "raadgiver")

        def approved(resident: str, kind: PlanKind, content: object, review: date) -> None:
            draft = plans.start_draft(session, coordinator, ids[resident], kind, content, now=now)  # type: ignore[arg-type]
            plans.submit(session, coordinator, draft.id, now=now)
            plans.approve(session, advisor, draft.id, review_due=review, now=now + timedelta(days=1))

        for kind, content in (
            (PlanKind.RISK_PROFILE, risk_profile()),
            (PlanKind.DAILY_RHYTHM, daily_rhythm()),
            (PlanKind.SAFETY_PLAN, safety_plan()),
            (PlanKind.ACTIVITIES, activities()),
        ):
            approved("jonas", kind, content, date(2027, 3, 1))
        plans.start_draft(
            session, coordinator, ids["jonas"], PlanKind.RISK_PROFILE, now=now + timedelta(days=30)
        )

        draft = plans.start_draft(
            session, coordinator, ids["mette"], PlanKind.RISK_PROFILE, risk_profile(), now=now
        )
        plans.submit(session, coordinator, draft.id, now=now)

        draft = plans.start_draft(
            session, coordinator, ids["ali"], PlanKind.RISK_PROFILE, risk_profile(), now=now
        )
        plans.submit(session, coordinator, draft.id, now=now)
        plans.return_version(session, advisor, draft.id, "Gør de gule tegn mere konkrete.", now=now)

        approved("karen", PlanKind.DAILY_RHYTHM, daily_rhythm(), date(2026, 10, 1))
    return Facility(units={"solsikken": solsikken, "kastanjen": kastanjen}, residents=ids)


def return_then_rename_a_slot(
    database: Database,
    facility: Facility,
    coordinator: Actor,
    advisor: Actor,
    comment: str,
    *,
    now: datetime | None = None,
) -> int:
    """Karen's daily rhythm submitted and returned with a note on two slots, then the morning slot
    renamed in the draft: one note is now on a section that no longer exists. The draft's id."""
    with database.session() as session:
        draft = plans.start_draft(session, coordinator, facility.residents["karen"], PlanKind.DAILY_RHYTHM)
        plans.submit(session, coordinator, draft.id)
        returned = plans.return_version(
            session,
            advisor,
            draft.id,
            comment,
            {"07.00–09.00 Morgen": "Hvem tager badet?", "22.00–07.00 Nat": "Hvornår er der tilsyn?"},
            now=now,
        )
        rhythm = returned.content
        assert isinstance(rhythm, DailyRhythm)
        rhythm.slots[0] = replace(rhythm.slots[0], label="Tidlig morgen", end=time(9, 0))
        plans.save_draft(session, coordinator, draft.id, rhythm, expected_row_version=returned.row_version)
    return draft.id
