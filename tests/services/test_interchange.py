from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from sqlalchemy import func, select
from sqlalchemy.orm import Session

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
    StageKind,
    TimeSlot,
    content_to_dict,
    empty_content,
)
from tryghed_desktop.resources import resource_path
from tryghed_desktop.services import interchange, plans, residents, users
from tryghed_desktop.services.actors import SYSTEM, Role, actor_for
from tryghed_desktop.services.errors import PermissionDeniedError, Problem, ValidationError
from tryghed_desktop.store.db import Database, open_database
from tryghed_desktop.store.models import (
    AuditEvent,
    Facility,
    PlanDocument,
    PlanVersion,
    Resident,
    Unit,
    User,
    UserRole,
)

EXPORTED = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
JAN = datetime(2026, 1, 12, 8, 15, tzinfo=UTC)
FEB = datetime(2026, 2, 3, 13, 40, 12, 345678, tzinfo=UTC)  # microseconds must survive the trip
MAR = datetime(2026, 3, 1, 10, 5, tzinfo=UTC)
# Where the versions of the built resident land in the export: documents in PlanKind order.
RISK, RHYTHM, SAFETY, ACTIVITIES = 0, 1, 2, 3


def _risk_profile(extra_sign: str | None = None) -> RiskProfile:
    profile = RiskProfile(
        triggers=[
            "Ventetid ved medicinudlevering",
            "Mange mennesker i fællesstuen",
            "Et nej uden forklaring",
        ],
        risk_situations=[
            RiskSituation("Morgen kl. 7-9", "Badeværelset", "Personlig pleje"),
            RiskSituation("Aften", "Fællesstuen", "Uro ved tv"),
        ],
        strengths=["Kan lide at gå ture", "Har god kontakt til søsteren Anne"],
        alarm=["Tryk på overfaldsalarmen", "Kald kollega fra Hus Eg"],
        call=[Contact("Vagthavende", "70 11 22 33", "Døgnet rundt"), Contact("Politi", "112")],
        staffing_rules=["Altid to medarbejdere ved personlig pleje"],
        level=Level.YELLOW,
        level_reason="To episoder med trusler det seneste halve år",
    )
    green = profile.stage(StageKind.GREEN)
    green.signs += ["Smiler og fortæller om fodbold", "Spiser sammen med de andre"]
    green.we_do += ["Hils og tal om dagens program"]
    yellow = profile.stage(StageKind.YELLOW)
    yellow.signs += ["Går frem og tilbage", "Hætten op", "Svarer kort"]
    yellow.we_do += ["Tilbyd en gåtur", "Tal roligt og kort"]
    yellow.we_avoid += ["At stille mange spørgsmål"]
    yellow.resident_can += ["Gå ind på mit værelse og høre musik"]
    red = profile.stage(StageKind.RED)
    red.signs += ["Råber og slår i bordet"]
    red.we_do += ["Hold afstand, hav døren bag dig", "Tilkald kollega"]
    red.we_avoid += ["At røre ved ham"]
    blue = profile.stage(StageKind.BLUE)
    blue.we_do += ["Tal om det næste dag, når han er rolig", "Defusing for medarbejderne"]
    if extra_sign is not None:
        yellow.signs.append(extra_sign)
    return profile


def _daily_rhythm(night_staff: int = 1) -> DailyRhythm:
    return DailyRhythm(
        slots=[
            TimeSlot(
                time(7, 0), time(9, 0), "Morgen", "Bad og morgenmad", "To medarbejdere", "Uro", Level.RED, 2
            ),
            TimeSlot(time(9, 0), time(12, 0), "Formiddag", "Værksted", "Faste opgaver", "", Level.GREEN, 1),
            TimeSlot(time(12, 0), time(17, 30), "Eftermiddag", "Gåtur", "Gå med", "", Level.GREEN, 1),
            TimeSlot(
                time(17, 30), time(22, 0), "Aften", "Aftensmad og tv", "Skærm af", "Mange", Level.YELLOW, 1
            ),
            TimeSlot(time(22, 0), time(7, 0), "Nat", "Sover", "Tilsyn kl. 2", "", Level.GREEN, night_staff),
        ]
    )


def _safety_plan() -> SafetyPlan:
    return SafetyPlan(
        feel_safe=Perspective(["Når jeg ved, hvem der er på arbejde"], ["Faste medarbejdere om morgenen"]),
        feel_unsafe=Perspective(["Når nogen står tæt på mig"], ["Mange mennesker i fællesstuen"]),
        warning_signs=Perspective(["Jeg bliver varm i hovedet"], ["Går frem og tilbage"]),
        what_helps=Perspective(["Musik i høretelefoner"], ["En gåtur med én medarbejder"]),
        want_you_to_do=Perspective(["Spørg om jeg vil gå en tur"], ["Tilbyd gåtur tidligt"]),
        agreed_signals=["Jeg siger 'pause', så går I"],
        contacts=[Contact("Anne (søster)", "20 30 40 50")],
        resident_participated=True,
        resident_agrees=False,
        reason_if_not="Er ikke enig i, at der skal være to ved badet",
    )


def _activities() -> Activities:
    return Activities(
        activities=[
            Activity(
                "Bad",
                "Personlig hygiejne i ro",
                ["Aftal tidspunktet dagen før", "To medarbejdere", "Han styrer bruseren selv"],
                ["Slag ved afklædning"],
                2,
            ),
            Activity("Medicinudlevering", "Medicin til tiden", ["Giv medicinen på værelset"], [], 1),
        ]
    )


def _build_resident(database: Database) -> int:
    """A resident with approved, superseded, submitted, returned and draft versions."""
    with database.session() as session:
        users.create_user(
            session,
            SYSTEM,
            username="mette",
            full_name="Mette Sørensen",
            title="Koordinator, Hus Ask",
            roles={Role.COORDINATOR},
            password="hemmelig-kode",
        )
        users.create_user(
            session,
            SYSTEM,
            username="lars.rådgiver",
            full_name="Lars Øberg",
            title="Ekstern faglig rådgiver",
            roles={Role.ADVISOR},
        )
    with database.session() as session:
        coordinator = actor_for(session, "mette")
        advisor = actor_for(session, "lars.rådgiver")
        unit = residents.ensure_unit(session, "Bostedet Lyngbakken", "Hus Ask")
        resident_id = residents.create_resident(
            session,
            coordinator,
            unit_id=unit.id,
            display_name="Jens Peter Hansen",
            card_name="Jens",
            room="12",
            contact_persons=["Mette Sørensen", "Anne Hansen (søster)"],
        )
        # Risk profile: v1 approved then superseded by v2, v3 submitted and awaiting approval.
        v1 = plans.start_draft(
            session, coordinator, resident_id, PlanKind.RISK_PROFILE, _risk_profile(), now=JAN
        )
        plans.submit(session, coordinator, v1.id, now=JAN)
        plans.approve(session, advisor, v1.id, comment="Kort og klart", now=JAN)
        v2 = plans.start_draft(session, coordinator, resident_id, PlanKind.RISK_PROFILE, now=FEB)
        plans.save_draft(
            session,
            coordinator,
            v2.id,
            _risk_profile("Banker i væggen"),
            expected_row_version=v2.row_version,
            now=FEB,
        )
        plans.submit(session, coordinator, v2.id, now=FEB)
        plans.approve(session, advisor, v2.id, review_due=date(2026, 8, 1), now=FEB)
        v3 = plans.start_draft(
            session, coordinator, resident_id, PlanKind.RISK_PROFILE, _risk_profile("Nægter at spise")
        )
        plans.submit(session, coordinator, v3.id, now=MAR)
        # Daily rhythm: v1 approved, v2 returned with a comment.
        r1 = plans.start_draft(
            session, coordinator, resident_id, PlanKind.DAILY_RHYTHM, _daily_rhythm(), now=JAN
        )
        plans.submit(session, coordinator, r1.id, now=JAN)
        plans.approve(session, advisor, r1.id, now=JAN)
        r2 = plans.start_draft(
            session, coordinator, resident_id, PlanKind.DAILY_RHYTHM, _daily_rhythm(2), now=MAR
        )
        plans.submit(session, coordinator, r2.id, now=MAR)
        plans.return_version(
            session,
            advisor,
            r2.id,
            "Hvorfor to om natten? Skriv grunden.",
            {"22.00–07.00 Nat": "Skriv, hvornår der er tilsyn."},
            now=MAR,
        )
        s1 = plans.start_draft(
            session, coordinator, resident_id, PlanKind.SAFETY_PLAN, _safety_plan(), now=FEB
        )
        plans.submit(session, coordinator, s1.id, now=FEB)
        plans.approve(session, advisor, s1.id, comment="Godt, at Jens selv har været med", now=FEB)
        plans.start_draft(session, coordinator, resident_id, PlanKind.ACTIVITIES, _activities(), now=MAR)
    return resident_id


def _fresh(tmp_path: Path, name: str) -> Database:
    return open_database(f"sqlite:///{tmp_path / name}")


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Database]:
    database = _fresh(tmp_path, "kilde.db")
    yield database
    database.dispose()


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Database]:
    database = _fresh(tmp_path, "mål.db")
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def _exported_once(tmp_path_factory: pytest.TempPathFactory) -> str:
    # Built once per module (only read afterwards): the many invalid-file cases stay fast.
    database = _fresh(tmp_path_factory.mktemp("kilde"), "kilde.db")
    try:
        resident_id = _build_resident(database)
        with database.session() as session:
            data = interchange.export_resident(session, SYSTEM, resident_id, now=EXPORTED)
    finally:
        database.dispose()
    # Through text, as a real file would go.
    return json.dumps(data, ensure_ascii=False)


@pytest.fixture
def exported(_exported_once: str) -> dict[str, Any]:
    """A fresh copy of the built resident's export, for the test to change at will."""
    return json.loads(_exported_once)  # type: ignore[no-any-return]


def _counts(session: Session) -> dict[str, int]:
    tables = (Facility, Unit, Resident, User, UserRole, PlanDocument, PlanVersion, AuditEvent)
    return {table.__name__: session.scalar(select(func.count()).select_from(table)) or 0 for table in tables}


# --- round trip -----------------------------------------------------------------------------------


def test_round_trip_into_an_empty_database_gives_the_same_json(
    exported: dict[str, Any], target: Database
) -> None:
    with target.session() as session:
        resident_id = interchange.import_resident(session, SYSTEM, copy.deepcopy(exported))
    with target.session() as session:
        again = interchange.export_resident(session, SYSTEM, resident_id, now=EXPORTED)
    assert again == exported
    assert json.dumps(again, ensure_ascii=False) == json.dumps(exported, ensure_ascii=False)


def test_the_export_has_the_documented_shape(exported: dict[str, Any]) -> None:
    assert exported["format"] == "tryghed-resident" and exported["format_version"] == 2
    assert exported["exported_at"] == "2026-03-02T14:00:00Z"
    assert exported["resident"] == {
        "display_name": "Jens Peter Hansen",
        "card_name": "Jens",
        "facility": "Bostedet Lyngbakken",
        "unit": "Hus Ask",
        "room": "12",
        "contact_persons": ["Mette Sørensen", "Anne Hansen (søster)"],
        "active": True,
        "discharged_at": None,
    }
    # People by username only: no ids, no password hashes, no roles.
    assert exported["users"] == [
        {"username": "lars.rådgiver", "full_name": "Lars Øberg", "title": "Ekstern faglig rådgiver"},
        {"username": "mette", "full_name": "Mette Sørensen", "title": "Koordinator, Hus Ask"},
    ]
    assert [document["kind"] for document in exported["documents"]] == [kind.value for kind in PlanKind]
    risk = exported["documents"][RISK]["versions"]
    assert [(v["number"], v["status"]) for v in risk] == [
        (1, "superseded"),
        (2, "approved"),
        (3, "submitted"),
    ]
    assert risk[1]["approved_by"] == "lars.rådgiver" and risk[1]["submitted_by"] == "mette"
    assert risk[1]["approved_at"] == "2026-02-03T13:40:12.345678Z"
    assert risk[1]["review_due"] == "2026-08-01"
    assert risk[0]["valid_to"] == risk[1]["valid_from"] == risk[1]["approved_at"]
    assert risk[1]["approved_hash"] == risk[1]["content_hash"]
    assert risk[2]["approved_at"] is None and risk[2]["approved_hash"] is None
    assert exported["documents"][RHYTHM]["versions"][1]["status"] == "returned"
    assert exported["documents"][RHYTHM]["versions"][1]["return_notes"] == {
        "22.00–07.00 Nat": "Skriv, hvornår der er tilsyn."
    }
    assert risk[1]["return_notes"] == {}
    assert exported["documents"][RHYTHM]["versions"][0]["content"]["slots"][4]["start"] == "22:00"
    assert exported["documents"][ACTIVITIES]["versions"][0]["status"] == "draft"


def test_the_export_matches_the_schema_file(exported: dict[str, Any]) -> None:
    schema = json.loads(resource_path("schema", "resident-v2.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    Draft202012Validator(schema).validate(exported)
    assert interchange.validate_document(exported) == []


@pytest.mark.parametrize("format_version", [1, 2])
@pytest.mark.parametrize("kind", list(PlanKind))
def test_each_content_schema_names_exactly_the_canonical_fields(kind: PlanKind, format_version: int) -> None:
    name = f"resident-v{format_version}.schema.json"
    schema = json.loads(resource_path("schema", name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    content_schema = schema["$defs"][kind.value]
    assert content_schema["required"] == list(content_to_dict(empty_content(kind)))
    assert content_schema["additionalProperties"] is False


def test_imported_people_cannot_log_in(exported: dict[str, Any], target: Database) -> None:
    with target.session() as session:
        interchange.import_resident(session, SYSTEM, exported)
    with target.session() as session:
        people = session.scalars(select(User).order_by(User.username)).all()
        assert [(u.username, u.full_name, u.password_hash, u.active, u.roles) for u in people] == [
            ("lars.rådgiver", "Lars Øberg", None, False, []),
            ("mette", "Mette Sørensen", None, False, []),
        ]


def test_import_reuses_existing_users_and_adds_a_new_resident(source: Database) -> None:
    # Importing back into the database it came from: same people, a second resident of that name.
    original_id = _build_resident(source)
    with source.session() as session:
        exported = interchange.export_resident(session, SYSTEM, original_id, now=EXPORTED)
    with source.session() as session:
        before = _counts(session)
        resident_id = interchange.import_resident(session, SYSTEM, exported)
    with source.session() as session:
        after = _counts(session)
        again = interchange.export_resident(session, SYSTEM, resident_id, now=EXPORTED)
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "resident.import")).all()
    assert after["User"] == before["User"] and after["Unit"] == before["Unit"]
    assert after["Resident"] == before["Resident"] + 1
    assert after["PlanVersion"] == before["PlanVersion"] + 7
    assert again == exported
    assert len(events) == 1 and events[0].resident_id == resident_id
    assert events[0].detail == {"format_version": 2, "documents": 4, "versions": 7, "users_created": []}
    with source.session() as session:
        assert interchange.same_name_residents(session, exported) == [original_id, resident_id]


def test_same_name_residents_is_empty_in_another_unit(exported: dict[str, Any], target: Database) -> None:
    with target.session() as session:
        unit = residents.ensure_unit(session, "Bostedet Lyngbakken", "Hus Eg")
        residents.create_resident(
            session, SYSTEM, unit_id=unit.id, display_name="Jens Peter Hansen", card_name="Jens"
        )
        assert interchange.same_name_residents(session, exported) == []


def test_export_and_import_are_audited_and_need_a_coordinator(source: Database) -> None:
    resident_id = _build_resident(source)
    with source.session() as session:
        users.create_user(session, SYSTEM, username="ali", full_name="Ali Hassan", roles={Role.STAFF})
    with source.session() as session:
        staff = actor_for(session, "ali")
        with pytest.raises(PermissionDeniedError):
            interchange.export_resident(session, staff, resident_id)
        data = interchange.export_resident(session, actor_for(session, "mette"), resident_id, now=EXPORTED)
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event is not None
        assert (event.action, event.actor, event.resident_id) == ("resident.export", "mette", resident_id)
        with pytest.raises(PermissionDeniedError):
            interchange.import_resident(session, staff, data)


def test_a_discharged_resident_keeps_its_discharge(source: Database, target: Database) -> None:
    resident_id = _build_resident(source)
    with source.session() as session:
        resident = session.get(Resident, resident_id)
        assert resident is not None
        resident.active = False
        resident.discharged_at = datetime(2026, 3, 1, 23, 59, 59, tzinfo=UTC)
    with source.session() as session:
        data = interchange.export_resident(session, SYSTEM, resident_id, now=EXPORTED)
    assert data["resident"]["discharged_at"] == "2026-03-01T23:59:59Z"
    with target.session() as session:
        new_id = interchange.import_resident(session, SYSTEM, data)
    with target.session() as session:
        assert interchange.export_resident(session, SYSTEM, new_id, now=EXPORTED) == data


# --- invalid files --------------------------------------------------------------------------------


def _refused(database: Database, data: object) -> list[Problem]:
    """Import must refuse `data` and leave every table as it was; returns the problems."""
    with database.session() as session:
        before = _counts(session)
    # The refusal is caught inside the transaction, which then commits: a partial write would stay.
    with database.session() as session, pytest.raises(ValidationError) as raised:
        interchange.import_resident(session, SYSTEM, data)
    with database.session() as session:
        assert _counts(session) == before
    assert raised.value.message.startswith("Filen kan ikke indlæses. Intet er gemt.")
    assert raised.value.problems == interchange.validate_document(data)
    return raised.value.problems


def _edited(data: dict[str, Any], change: Any) -> dict[str, Any]:
    edited = copy.deepcopy(data)
    change(edited)
    return edited


def _risk_v2(data: dict[str, Any]) -> dict[str, Any]:
    return data["documents"][RISK]["versions"][1]  # type: ignore[no-any-return]


V2 = "$.documents[0].versions[1]"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(
            lambda d: _risk_v2(d).pop("approval_comment"),
            Problem(V2, "mangler feltet 'approval_comment'"),
            id="missing-field",
        ),
        pytest.param(
            lambda d: d["resident"].pop("card_name"),
            Problem("$.resident", "mangler feltet 'card_name'"),
            id="missing-resident-field",
        ),
        pytest.param(
            lambda d: _risk_v2(d)["content"]["stages"][2]["signs"].__setitem__(0, 5),
            Problem(f"{V2}.content.stages[2].signs[0]", "skal være tekst"),
            id="wrong-type-in-list",
        ),
        pytest.param(
            lambda d: d["documents"][RHYTHM]["versions"][0]["content"]["slots"][0].__setitem__(
                "staff_needed", "to"
            ),
            Problem("$.documents[1].versions[0].content.slots[0].staff_needed", "skal være et heltal"),
            id="wrong-type-integer",
        ),
        pytest.param(
            lambda d: d["resident"].__setitem__("active", "ja"),
            Problem("$.resident.active", "skal være sand eller falsk (true/false)"),
            id="wrong-type-boolean",
        ),
        pytest.param(
            lambda d: d["resident"].__setitem__("discharged_at", 5),
            Problem("$.resident.discharged_at", "skal være tekst eller tom (null)"),
            id="wrong-type-nullable",
        ),
        pytest.param(
            lambda d: d["resident"].__setitem__("active", False),
            Problem("$.resident.discharged_at", "en fraflyttet borger (active: false) skal have en dato"),
            id="moved-out-without-a-day",
        ),
        pytest.param(
            lambda d: d["resident"].__setitem__("discharged_at", "2026-03-01T08:30:00Z"),
            Problem("$.resident.discharged_at", "en borger, der bor her (active), har ingen fraflytning"),
            id="living-here-with-a-move-out",
        ),
        pytest.param(
            lambda d: d["resident"].update(active=False, discharged_at="2999-01-01T08:30:00Z"),
            Problem("$.resident.discharged_at", "fraflytningen ligger efter, at filen blev lavet"),
            id="moved-out-after-the-export",
        ),
        pytest.param(
            lambda d: _risk_v2(d)["content"].__setitem__("level", "orange"),
            Problem(f"{V2}.content.level", "skal være en af: green, yellow, red"),
            id="bad-level",
        ),
        pytest.param(
            lambda d: _risk_v2(d).__setitem__("status", "godkendt"),
            Problem(f"{V2}.status", "skal være en af: draft, submitted, approved, returned, superseded"),
            id="bad-status",
        ),
        pytest.param(
            lambda d: d["documents"][RHYTHM]["versions"][0]["content"]["slots"][0].__setitem__(
                "start", "7:00"
            ),
            Problem(
                "$.documents[1].versions[0].content.slots[0].start",
                "skal være et klokkeslæt som TT:MM, fx 07:30",
            ),
            id="bad-time",
        ),
        pytest.param(
            lambda d: _risk_v2(d).__setitem__("approved_at", "03-02-2026 13:40"),
            Problem(
                f"{V2}.approved_at",
                "skal være et tidspunkt i UTC som ÅÅÅÅ-MM-DDTtt:mm:ssZ, fx 2025-03-01T08:30:00Z",
            ),
            id="bad-datetime",
        ),
        pytest.param(
            lambda d: _risk_v2(d).__setitem__("review_due", "2026-13-01"),
            Problem(f"{V2}.review_due", "er ikke en gyldig dato eller et gyldigt tidspunkt"),
            id="impossible-date",
        ),
        pytest.param(
            lambda d: _risk_v2(d)["content"]["stages"][2].__setitem__("comment", "ekstra"),
            Problem(f"{V2}.content.stages[2]", "ukendt felt 'comment'"),
            id="unknown-field",
        ),
        pytest.param(
            lambda d: d["users"][0].__setitem__("password_hash", "$argon2id$..."),
            Problem("$.users[0]", "ukendt felt 'password_hash'"),
            id="no-passwords",
        ),
        pytest.param(
            lambda d: d["documents"][ACTIVITIES]["versions"][0]["content"]["activities"][0].__setitem__(
                "staff_needed", -1
            ),
            Problem("$.documents[3].versions[0].content.activities[0].staff_needed", "skal være mindst 0"),
            id="negative-staff",
        ),
        pytest.param(
            lambda d: d["resident"].__setitem__("display_name", ""),
            Problem("$.resident.display_name", "må ikke være tom"),
            id="empty-name",
        ),
        pytest.param(
            lambda d: _risk_v2(d)["content"]["stages"].append(dict(_risk_v2(d)["content"]["stages"][3])),
            Problem(f"{V2}.content.stages", "har for mange elementer (højst 4)"),
            id="fifth-stage",
        ),
        pytest.param(
            lambda d: d.__setitem__("documents", {}),
            Problem("$.documents", "skal være en liste"),
            id="documents-not-a-list",
        ),
        pytest.param(
            lambda d: _risk_v2(d)["content"]["stages"].pop(),
            Problem(f"{V2}.content.stages", "skal have mindst 4 elementer"),
            id="missing-stage",
        ),
        pytest.param(
            lambda d: _risk_v2(d)["content"]["stages"][1]["signs"].__setitem__(0, "Går stille rundt"),
            Problem(
                f"{V2}.content_hash", "passer ikke til indholdet: indholdet er ændret, efter filen blev lavet"
            ),
            id="tampered-content",
        ),
        pytest.param(
            lambda d: d["documents"][RISK]["versions"][0].__setitem__("status", "approved"),
            Problem("$.documents[0].versions", "der må højst være én godkendt version"),
            id="two-approved",
        ),
        pytest.param(
            lambda d: d["documents"][RISK]["versions"][1].__setitem__("status", "draft"),
            Problem(
                "$.documents[0].versions", "der må højst være én kladde, indsendt eller returneret version"
            ),
            id="two-open",
        ),
        pytest.param(
            lambda d: _risk_v2(d).__setitem__("number", 1),
            Problem(f"{V2}.number", "versionsnummer 1 står der to gange"),
            id="duplicate-number",
        ),
        pytest.param(
            lambda d: d["documents"].append(copy.deepcopy(d["documents"][SAFETY])),
            Problem("$.documents[4].kind", "planen 'safety_plan' står der to gange"),
            id="duplicate-kind",
        ),
        pytest.param(
            lambda d: _risk_v2(d).__setitem__("approved_by", "ukendt"),
            Problem(f"{V2}.approved_by", "brugeren 'ukendt' mangler i 'users'"),
            id="unknown-user",
        ),
        pytest.param(
            lambda d: d["users"].append(dict(d["users"][0])),
            Problem("$.users[2].username", "brugernavnet 'lars.rådgiver' står der to gange"),
            id="duplicate-user",
        ),
        pytest.param(
            lambda d: d["documents"][SAFETY]["versions"][0].__setitem__("approved_hash", "0" * 64),
            Problem(
                "$.documents[2].versions[0].approved_hash", "passer ikke til det indhold, der blev godkendt"
            ),
            id="approval-of-other-content",
        ),
    ],
)
def test_an_invalid_file_is_refused_with_a_danish_message_and_nothing_is_written(
    exported: dict[str, Any], target: Database, change: Any, expected: Problem
) -> None:
    problems = _refused(target, _edited(exported, change))
    assert problems == [expected]


def test_stages_must_be_in_traffic_light_order(exported: dict[str, Any], target: Database) -> None:
    problems = _refused(target, _edited(exported, lambda d: _risk_v2(d)["content"]["stages"].reverse()))
    assert problems == [
        Problem(f"{V2}.content.stages[{index}].kind", f'skal være "{colour}"')
        for index, colour in enumerate(["green", "yellow", "red", "blue"])
    ]


def test_content_rewritten_with_a_fresh_hash_no_longer_matches_the_approval(
    exported: dict[str, Any], target: Database
) -> None:
    from tryghed_desktop.domain.plans import content_from_dict, content_hash

    def rewrite(data: dict[str, Any]) -> None:
        version = _risk_v2(data)
        version["content"]["level_reason"] = "Ingen episoder"
        version["content_hash"] = content_hash(content_from_dict(PlanKind.RISK_PROFILE, version["content"]))

    problems = _refused(target, _edited(exported, rewrite))
    assert problems == [Problem(f"{V2}.approved_hash", "passer ikke til det indhold, der blev godkendt")]


def test_every_problem_is_reported_not_only_the_first(exported: dict[str, Any], target: Database) -> None:
    def break_three_things(data: dict[str, Any]) -> None:
        del data["resident"]["room"]
        data["documents"][RHYTHM]["versions"][0]["content"]["slots"][1]["level"] = "lilla"
        data["documents"][RHYTHM]["versions"][0]["content"]["slots"][1]["end"] = "25:00"

    problems = _refused(target, _edited(exported, break_three_things))
    slot = "$.documents[1].versions[0].content.slots[1]"
    assert problems == [
        Problem(
            "$.documents[1].versions[0].content.slots[1].end", "skal være et klokkeslæt som TT:MM, fx 07:30"
        ),
        Problem(f"{slot}.level", "skal være en af: green, yellow, red"),
        Problem("$.resident", "mangler feltet 'room'"),
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            ["ikke", "en", "borger"],
            Problem("$", "Filen indeholder ikke en borger fra Tryghed Desktop (forventede et JSON-objekt)."),
            id="not-an-object",
        ),
        pytest.param(
            {"format": "andet-program", "format_version": 1},
            Problem(
                "$.format",
                "Filen er ikke en borgereksport fra Tryghed Desktop (forventede 'tryghed-resident').",
            ),
            id="wrong-format-name",
        ),
        pytest.param(
            {"format": "tryghed-resident", "format_version": "1"},
            Problem("$.format_version", "mangler eller er ikke et heltal"),
            id="version-not-a-number",
        ),
        pytest.param(
            {"format": "tryghed-resident", "format_version": 0},
            Problem("$.format_version", "Formatversion 0 findes ikke."),
            id="version-zero",
        ),
    ],
)
def test_a_file_that_is_not_an_export_is_refused_clearly(
    target: Database, data: object, expected: Problem
) -> None:
    assert _refused(target, data) == [expected]


def test_a_file_from_a_newer_program_asks_for_an_update(exported: dict[str, Any], target: Database) -> None:
    problems = _refused(target, _edited(exported, lambda d: d.__setitem__("format_version", 3)))
    assert problems == [
        Problem(
            "$.format_version",
            "Filen har formatversion 3, men dette program kan højst læse version 2. Opdatér Tryghed Desktop.",
        )
    ]


def _as_version_1(data: dict[str, Any]) -> None:
    data["format_version"] = 1
    for document in data["documents"]:
        for version in document["versions"]:
            del version["return_notes"]


def test_a_version_1_file_still_imports_without_return_notes(
    exported: dict[str, Any], target: Database
) -> None:
    old = _edited(exported, _as_version_1)
    assert interchange.validate_document(old) == []
    with target.session() as session:
        resident_id = interchange.import_resident(session, SYSTEM, copy.deepcopy(old))
    with target.session() as session:
        again = interchange.export_resident(session, SYSTEM, resident_id, now=EXPORTED)
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "resident.import")).one()
    assert event.detail["format_version"] == 1
    returned = again["documents"][RHYTHM]["versions"][1]
    assert (
        returned["return_comment"] == "Hvorfor to om natten? Skriv grunden."
        and returned["return_notes"] == {}
    )
    assert again == _edited(exported, _without_return_notes)


def _without_return_notes(data: dict[str, Any]) -> None:
    data["documents"][RHYTHM]["versions"][1]["return_notes"] = {}


def test_return_notes_in_a_file_are_checked(exported: dict[str, Any], target: Database) -> None:
    def break_notes(data: dict[str, Any]) -> None:
        data["documents"][RHYTHM]["versions"][1]["return_notes"] = {"22.00–07.00 Nat": "", "Dag": 3}

    problems = _refused(target, _edited(exported, break_notes))
    notes = "$.documents[1].versions[1].return_notes"
    assert problems == [
        Problem(f'{notes}["22.00–07.00 Nat"]', "må ikke være tom"),
        Problem(f"{notes}.Dag", "skal være tekst"),
    ]
    v1_with_notes = _edited(exported, lambda d: d.__setitem__("format_version", 1))
    assert Problem("$.documents[1].versions[1]", "ukendt felt 'return_notes'") in _refused(
        target, v1_with_notes
    )


def test_json_paths_quote_keys_that_are_not_names() -> None:
    assert (
        interchange.json_path(["documents", 0, "versions", 1, "content"])
        == "$.documents[0].versions[1].content"
    )
    assert interchange.json_path(["a b", 2]) == '$["a b"][2]'


# --- demo data ------------------------------------------------------------------------------------


def test_every_demo_resident_survives_the_round_trip(source: Database, target: Database) -> None:
    demo = pytest.importorskip(
        "tryghed_desktop.services.demo", reason="services/demo.py (populate_demo) is not written yet"
    )
    with source.session() as session:
        demo.populate_demo(session, today=date(2026, 3, 2))
    with source.session() as session:
        resident_ids = session.scalars(select(Resident.id).order_by(Resident.id)).all()
        exports = [interchange.export_resident(session, SYSTEM, rid, now=EXPORTED) for rid in resident_ids]
    assert exports
    for data in exports:
        assert interchange.validate_document(data) == [], data["resident"]["display_name"]
    # All into one empty database: the second and later imports reuse the people the first created.
    with target.session() as session:
        new_ids = [interchange.import_resident(session, SYSTEM, data) for data in exports]
    with target.session() as session:
        again = [interchange.export_resident(session, SYSTEM, rid, now=EXPORTED) for rid in new_ids]
    assert again == exports
