"""JSON interchange of one resident with every version of every plan (DESIGN §8, §10).
Schema: resources/schema/resident-v<N>.schema.json; described in docs/interchange.md."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tryghed_desktop.domain.lifecycle import OPEN_STATUSES, VersionStatus
from tryghed_desktop.domain.plans import PlanKind, content_from_dict, content_hash, content_to_dict
from tryghed_desktop.resources import resource_path
from tryghed_desktop.services import audit
from tryghed_desktop.services.actors import Action, Actor, require_current
from tryghed_desktop.services.errors import Problem, ValidationError
from tryghed_desktop.services.residents import ensure_unit, get_resident
from tryghed_desktop.store.models import Facility, PlanDocument, PlanVersion, Resident, Unit, User, utcnow

FORMAT_NAME = "tryghed-resident"
FORMAT_VERSION = 2
IMPORT_REFUSED = "Filen kan ikke indlæses. Intet er gemt."


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added the advisor's return notes per section; a version 1 file has none."""
    upgraded = dict(data)
    upgraded["documents"] = [
        {
            **document,
            "versions": [{**version, "return_notes": {}} for version in document["versions"]],
        }
        for document in data["documents"]
    ]
    upgraded["format_version"] = 2
    return upgraded


# Each step turns a file of version N into one of version N + 1; import runs them in a row, so an old
# export stays importable.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}

_USER_FIELDS = ("created_by", "updated_by", "submitted_by", "approved_by", "returned_by")
_DATETIME_FIELDS = (
    "created_at",
    "updated_at",
    "submitted_at",
    "approved_at",
    "valid_from",
    "valid_to",
    "returned_at",
)
_KIND_ORDER = {kind: index for index, kind in enumerate(PlanKind)}


# --- values ---------------------------------------------------------------------------------------


def _datetime_text(value: datetime) -> str:
    # One spelling for UTC ("Z") so that exports of the same data are byte-identical.
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _optional_datetime_text(value: datetime | None) -> str | None:
    return None if value is None else _datetime_text(value)


def _parse_datetime(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).astimezone(UTC)


def _parse_date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


# --- export ---------------------------------------------------------------------------------------


def _username(user: User | None) -> str | None:
    return None if user is None else user.username


def _version_dict(version: PlanVersion) -> dict[str, Any]:
    return {
        "number": version.number,
        "status": version.status.value,
        "created_at": _datetime_text(version.created_at),
        "created_by": _username(version.created_by),
        "updated_at": _datetime_text(version.updated_at),
        "updated_by": _username(version.updated_by),
        "submitted_at": _optional_datetime_text(version.submitted_at),
        "submitted_by": _username(version.submitted_by),
        "approved_at": _optional_datetime_text(version.approved_at),
        "approved_by": _username(version.approved_by),
        "approval_comment": version.approval_comment,
        "approved_hash": version.approved_hash,
        "review_due": None if version.review_due is None else version.review_due.isoformat(),
        "valid_from": _optional_datetime_text(version.valid_from),
        "valid_to": _optional_datetime_text(version.valid_to),
        "returned_at": _optional_datetime_text(version.returned_at),
        "returned_by": _username(version.returned_by),
        "return_comment": version.return_comment,
        "return_notes": dict(version.return_notes or {}),
        "content_hash": version.content_hash,
        # Through the domain types so the stored JSON comes out in the canonical field order.
        "content": content_to_dict(content_from_dict(version.document.kind, version.content)),
    }


def export_resident(
    session: Session, actor: Actor, resident_id: int, *, now: datetime | None = None
) -> dict[str, Any]:
    """One resident with every version of every plan, as a JSON-ready dict of the current format."""
    # A whole resident's record out of the app: by the roles the user holds now.
    require_current(session, actor, Action.EXPORT)
    now = now or utcnow()
    data = resident_document(session, resident_id, now)
    audit.record(
        session,
        actor,
        "resident.export",
        resident_id=resident_id,
        target=data["resident"]["card_name"],
        detail={"format_version": FORMAT_VERSION},
        now=now,
    )
    return data


def resident_document(session: Session, resident_id: int, now: datetime) -> dict[str, Any]:
    """The export's content, unchecked and unrecorded: for callers that check and record themselves."""
    resident = get_resident(session, resident_id)
    documents = sorted(
        session.scalars(select(PlanDocument).where(PlanDocument.resident_id == resident_id)),
        key=lambda document: _KIND_ORDER[document.kind],
    )
    users: dict[str, User] = {}
    for document in documents:
        for version in document.versions:
            for field in _USER_FIELDS:
                user = getattr(version, field)
                if user is not None:
                    users[user.username] = user
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": _datetime_text(now),
        "resident": {
            "display_name": resident.display_name,
            "card_name": resident.card_name,
            "facility": resident.unit.facility.name,
            "unit": resident.unit.name,
            "room": resident.room,
            "contact_persons": list(resident.contact_persons),
            "active": resident.active,
            "discharged_at": _optional_datetime_text(resident.discharged_at),
        },
        "users": [
            {"username": user.username, "full_name": user.full_name, "title": user.title}
            for _name, user in sorted(users.items())
        ],
        "documents": [
            {
                "kind": document.kind.value,
                "versions": [
                    _version_dict(version) for version in sorted(document.versions, key=lambda v: v.number)
                ],
            }
            for document in documents
        ],
    }


# --- validation -----------------------------------------------------------------------------------


@cache
def _validator(format_version: int) -> Any:
    path = resource_path("schema", f"resident-v{format_version}.schema.json")
    schema = json.loads(path.read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def json_path(parts: Iterable[str | int]) -> str:
    """A JSON path like `$.documents[0].versions[1].content` for a sequence of keys and indexes."""
    text = "$"
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            text += f".{part}"
        else:
            text += f"[{json.dumps(part, ensure_ascii=False)}]"
    return text


_TYPE_WORDS = {
    "string": "tekst",
    "integer": "et heltal",
    "number": "et tal",
    "boolean": "sand eller falsk (true/false)",
    "array": "en liste",
    "object": "et objekt",
    "null": "tom (null)",
}

# Keyed on the schema's regular expressions, so the message tells what the value should look like.
_PATTERN_MESSAGES = {
    r"^([01][0-9]|2[0-3]):[0-5][0-9]$": "skal være et klokkeslæt som TT:MM, fx 07:30",
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z$": (
        "skal være et tidspunkt i UTC som ÅÅÅÅ-MM-DDTtt:mm:ssZ, fx 2025-03-01T08:30:00Z"
    ),
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$": "skal være en dato som ÅÅÅÅ-MM-DD, fx 2025-03-01",
    r"^[0-9a-f]{64}$": "skal være en SHA-256-værdi (64 tegn 0-9 og a-f)",
    r"^\S+$": "skal være et brugernavn uden mellemrum",
}


def _quoted(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _type_message(expected: str | list[str]) -> str:
    names = [expected] if isinstance(expected, str) else expected
    return "skal være " + " eller ".join(_TYPE_WORDS.get(name, name) for name in names)


def _problems_of(error: Any) -> list[Problem]:
    """Danish problems for one jsonschema error (additionalProperties can name several fields)."""
    path = json_path(error.absolute_path)
    kind = error.validator
    value = error.validator_value
    if kind == "required":
        # jsonschema yields one error per missing field but names it only in its English message.
        missing = next((name for name in value if repr(name) in error.message), error.message)
        return [Problem(path, f"mangler feltet '{missing}'")]
    if kind in {"anyOf", "oneOf"} and error.context:
        # Say what the closest alternative wanted rather than "matches none of the alternatives".
        return _problems_of(best_match(error.context))
    if kind == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        extras = sorted(key for key in error.instance if key not in known)
        return [Problem(path, f"ukendt felt '{key}'") for key in extras]
    messages: dict[str, Callable[[], str]] = {
        "type": lambda: _type_message(value),
        "enum": lambda: "skal være en af: " + ", ".join(str(item) for item in value),
        "const": lambda: f"skal være {_quoted(value)}",
        "pattern": lambda: _PATTERN_MESSAGES.get(value, f"har ikke den rigtige form ({value})"),
        "minimum": lambda: f"skal være mindst {value}",
        "maximum": lambda: f"må højst være {value}",
        "minLength": lambda: "må ikke være tom" if value == 1 else f"skal have mindst {value} tegn",
        "maxLength": lambda: f"må højst have {value} tegn",
        "minItems": lambda: f"skal have mindst {value} elementer",
        "maxItems": lambda: f"må højst have {value} elementer",
        "items": lambda: f"har for mange elementer (højst {len(error.schema.get('prefixItems', []))})",
    }
    message = messages.get(kind)
    if message is None:
        return [Problem(path, f"er ikke gyldig ({error.message})")]
    return [Problem(path, message())]


def _path_key(parts: Sequence[str | int]) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in parts)


def _schema_problems(data: dict[str, Any], format_version: int) -> list[Problem]:
    return _problems_from(_validator(format_version), data)


def _problems_from(validator: Any, data: object) -> list[Problem]:
    errors = sorted(validator.iter_errors(data), key=lambda error: _path_key(list(error.absolute_path)))
    # A wrong stage kind breaks both the enum and the "stage N is <colour>" const; say it once.
    enum_paths = {tuple(error.absolute_path) for error in errors if error.validator == "enum"}
    problems: list[Problem] = []
    for error in errors:
        if error.validator == "const" and tuple(error.absolute_path) in enum_paths:
            continue
        problems.extend(_problems_of(error))
    return problems


def _envelope_problems(data: object) -> tuple[list[Problem], int]:
    """Problems that make the rest of the file unreadable, and the file's format version."""
    if not isinstance(data, dict):
        return [
            Problem("$", "Filen indeholder ikke en borger fra Tryghed Desktop (forventede et JSON-objekt).")
        ], 0
    if data.get("format") != FORMAT_NAME:
        return [
            Problem(
                "$.format",
                f"Filen er ikke en borgereksport fra Tryghed Desktop (forventede '{FORMAT_NAME}').",
            )
        ], 0
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        return [Problem("$.format_version", "mangler eller er ikke et heltal")], 0
    if version > FORMAT_VERSION:
        return [
            Problem(
                "$.format_version",
                f"Filen har formatversion {version}, men dette program kan højst læse version "
                f"{FORMAT_VERSION}. Opdatér Tryghed Desktop.",
            )
        ], version
    if version < 1:
        return [Problem("$.format_version", f"Formatversion {version} findes ikke.")], version
    return [], version


def _upgrade(data: dict[str, Any], format_version: int) -> dict[str, Any]:
    for step in range(format_version, FORMAT_VERSION):
        data = UPGRADES[step](data)
    return data


def _unparsable(path: str, text: str | None, parse: Callable[[str | None], object]) -> list[Problem]:
    # The schema's patterns accept e.g. month 13; the parser is the final word.
    try:
        parse(text)
    except ValueError:
        return [Problem(path, "er ikke en gyldig dato eller et gyldigt tidspunkt")]
    return []


def _version_problems(
    path: str, kind: PlanKind, version: dict[str, Any], usernames: set[str]
) -> list[Problem]:
    problems: list[Problem] = []
    for field in _DATETIME_FIELDS:
        problems += _unparsable(f"{path}.{field}", version[field], _parse_datetime)
    problems += _unparsable(f"{path}.review_due", version["review_due"], _parse_date)
    for field in _USER_FIELDS:
        username = version[field]
        if username is not None and username not in usernames:
            problems.append(Problem(f"{path}.{field}", f"brugeren '{username}' mangler i 'users'"))
    if content_hash(content_from_dict(kind, version["content"])) != version["content_hash"]:
        problems.append(
            Problem(
                f"{path}.content_hash",
                "passer ikke til indholdet: indholdet er ændret, efter filen blev lavet",
            )
        )
    # An approval signs a hash; without it (or with another one) the version was never approved as is.
    if version["status"] in {VersionStatus.APPROVED.value, VersionStatus.SUPERSEDED.value}:
        if version["approved_at"] is None:
            problems.append(Problem(f"{path}.approved_at", "mangler for en godkendt version"))
        if version["approved_hash"] != version["content_hash"]:
            problems.append(
                Problem(f"{path}.approved_hash", "passer ikke til det indhold, der blev godkendt")
            )
    return problems


def _document_problems(path: str, document: dict[str, Any], usernames: set[str]) -> list[Problem]:
    kind = PlanKind(document["kind"])
    problems: list[Problem] = []
    numbers: set[int] = set()
    statuses: list[VersionStatus] = []
    for index, version in enumerate(document["versions"]):
        version_path = f"{path}.versions[{index}]"
        if version["number"] in numbers:
            problems.append(
                Problem(f"{version_path}.number", f"versionsnummer {version['number']} står der to gange")
            )
        numbers.add(version["number"])
        statuses.append(VersionStatus(version["status"]))
        problems += _version_problems(version_path, kind, version, usernames)
    if statuses.count(VersionStatus.APPROVED) > 1:
        problems.append(Problem(f"{path}.versions", "der må højst være én godkendt version"))
    if sum(status in OPEN_STATUSES for status in statuses) > 1:
        problems.append(
            Problem(f"{path}.versions", "der må højst være én kladde, indsendt eller returneret version")
        )
    return problems


def _moving_out_problems(resident: dict[str, Any], exported_at: str) -> list[Problem]:
    """As the app records a move-out: a resident who moved out has the moment, one who lives here has
    none, and it is not after the file was made (both times already parse)."""
    moved_out = _parse_datetime(resident["discharged_at"])
    if resident["active"] and moved_out is not None:
        return [Problem("$.resident.discharged_at", "en borger, der bor her (active), har ingen fraflytning")]
    if not resident["active"] and moved_out is None:
        return [Problem("$.resident.discharged_at", "en fraflyttet borger (active: false) skal have en dato")]
    exported = _parse_datetime(exported_at)
    if moved_out is not None and exported is not None and moved_out > exported:
        return [Problem("$.resident.discharged_at", "fraflytningen ligger efter, at filen blev lavet")]
    return []


def _semantic_problems(data: dict[str, Any]) -> list[Problem]:
    """Rules across fields that the schema cannot state; `data` already matches the schema."""
    problems = _unparsable("$.exported_at", data["exported_at"], _parse_datetime)
    problems += _unparsable("$.resident.discharged_at", data["resident"]["discharged_at"], _parse_datetime)
    if not problems:
        problems += _moving_out_problems(data["resident"], data["exported_at"])
    usernames: set[str] = set()
    for index, user in enumerate(data["users"]):
        if user["username"] in usernames:
            problems.append(
                Problem(f"$.users[{index}].username", f"brugernavnet '{user['username']}' står der to gange")
            )
        usernames.add(user["username"])
    kinds: set[str] = set()
    for index, document in enumerate(data["documents"]):
        if document["kind"] in kinds:
            problems.append(
                Problem(f"$.documents[{index}].kind", f"planen '{document['kind']}' står der to gange")
            )
        kinds.add(document["kind"])
        problems += _document_problems(f"$.documents[{index}]", document, usernames)
    return problems


@cache
def _content_validator(kind: PlanKind) -> Any:
    schema = _validator(FORMAT_VERSION).schema
    return Draft202012Validator({"$ref": f"#/$defs/{kind.value}", "$defs": schema["$defs"]})


def content_problems(kind: PlanKind, data: object) -> list[Problem]:
    """Every problem in one plan's content (parsed JSON, as in an interchange file's `content`), each
    with a JSON path and a Danish message; an empty list when it can be used."""
    return _problems_from(_content_validator(kind), data)


def validate_document(data: object) -> list[Problem]:
    """Every problem in an interchange file (parsed JSON), each with a JSON path and a Danish message.

    Structure is checked against the schema of the file's own format version first; the rules across
    fields (hashes, one approved version, known users …) are checked once the structure is right.
    """
    problems, format_version = _envelope_problems(data)
    if problems:
        return problems
    assert isinstance(data, dict)
    problems = _schema_problems(data, format_version)
    if problems:
        return problems
    return _semantic_problems(_upgrade(data, format_version))


# --- import ---------------------------------------------------------------------------------------


def _user_ids(session: Session, data: dict[str, Any]) -> tuple[dict[str, int], list[str]]:
    """Ids for every username the versions name; missing users are created without a login."""
    referenced = {
        version[field]
        for document in data["documents"]
        for version in document["versions"]
        for field in _USER_FIELDS
        if version[field] is not None
    }
    ids: dict[str, int] = {}
    created: list[str] = []
    for entry in data["users"]:
        username = entry["username"]
        if username not in referenced:
            continue
        existing = session.scalars(select(User).where(User.username == username)).one_or_none()
        if existing is None:
            # A person from the history, not a login: no password, no roles, deactivated.
            existing = User(
                username=username,
                full_name=entry["full_name"],
                title=entry["title"],
                password_hash=None,
                active=False,
                roles=[],
            )
            session.add(existing)
            session.flush()
            created.append(username)
        ids[username] = existing.id
    return ids, created


def same_name_residents(session: Session, data: dict[str, Any]) -> list[int]:
    """Ids of residents of the file's unit with the same display name, for the UI to ask before import.

    Import itself never refuses them: two residents may share a name, and a discharged one may return.
    """
    facts = data["resident"]
    return list(
        session.scalars(
            select(Resident.id)
            .join(Unit, Resident.unit_id == Unit.id)
            .join(Facility, Unit.facility_id == Facility.id)
            .where(
                Facility.name == facts["facility"],
                Unit.name == facts["unit"],
                func.lower(Resident.display_name) == str(facts["display_name"]).lower(),
            )
            .order_by(Resident.id)
        )
    )


def import_resident(session: Session, actor: Actor, data: object, *, now: datetime | None = None) -> int:
    """Add the resident in an interchange file as a new resident with its full plan history.

    Nothing is written unless the whole file is valid. Returns the new resident's id.
    """
    require_current(session, actor, Action.IMPORT)
    problems = validate_document(data)
    if problems:
        raise ValidationError(problems, summary=IMPORT_REFUSED)
    assert isinstance(data, dict)
    original_version = data["format_version"]
    data = _upgrade(data, original_version)
    now = now or utcnow()

    facts = data["resident"]
    unit = ensure_unit(session, facts["facility"], facts["unit"])
    resident = Resident(
        unit_id=unit.id,
        display_name=facts["display_name"],
        card_name=facts["card_name"],
        room=facts["room"],
        contact_persons=list(facts["contact_persons"]),
        active=facts["active"],
        created_at=now,
        discharged_at=_parse_datetime(facts["discharged_at"]),
    )
    session.add(resident)
    session.flush()
    user_ids, created_users = _user_ids(session, data)

    def user_id(username: str | None) -> int | None:
        return None if username is None else user_ids[username]

    version_count = 0
    for entry in data["documents"]:
        kind = PlanKind(entry["kind"])
        document = PlanDocument(resident_id=resident.id, kind=kind)
        session.add(document)
        # Restoring history, not running the lifecycle: every fact is written exactly as exported.
        for item in entry["versions"]:
            session.add(
                PlanVersion(
                    document=document,
                    number=item["number"],
                    status=VersionStatus(item["status"]),
                    content=content_to_dict(content_from_dict(kind, item["content"])),
                    content_hash=item["content_hash"],
                    created_at=_parse_datetime(item["created_at"]),
                    created_by_id=user_id(item["created_by"]),
                    updated_at=_parse_datetime(item["updated_at"]),
                    updated_by_id=user_id(item["updated_by"]),
                    submitted_at=_parse_datetime(item["submitted_at"]),
                    submitted_by_id=user_id(item["submitted_by"]),
                    approved_at=_parse_datetime(item["approved_at"]),
                    approved_by_id=user_id(item["approved_by"]),
                    approval_comment=item["approval_comment"],
                    approved_hash=item["approved_hash"],
                    review_due=_parse_date(item["review_due"]),
                    valid_from=_parse_datetime(item["valid_from"]),
                    valid_to=_parse_datetime(item["valid_to"]),
                    returned_at=_parse_datetime(item["returned_at"]),
                    returned_by_id=user_id(item["returned_by"]),
                    return_comment=item["return_comment"],
                    return_notes=dict(item["return_notes"]),
                )
            )
            version_count += 1
    session.flush()
    audit.record(
        session,
        actor,
        "resident.import",
        resident_id=resident.id,
        target=resident.card_name,
        detail={
            "format_version": original_version,
            "documents": len(data["documents"]),
            "versions": version_count,
            "users_created": created_users,
        },
        now=now,
    )
    return resident.id
