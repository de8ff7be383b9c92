"""One resident's data and log on request (DESIGN §9): one ZIP file an administrator hands over when a
resident, or somebody on their behalf, asks what the facility keeps about them.

The package holds
  laes-mig.txt       what is in it, when and by whom it was made, and what is no longer kept;
  oplysninger.xlsx   readable: the resident, every version of every plan field by field, every
                     incident, the action plan's measures about the resident and the log of who has
                     read, printed and changed what;
  planer.json        the plans again in the interchange format (another Tryghed Desktop imports it);
  originaler/        the old text-heavy plans imported for simplification, in full.

Administrators only (the log is in it); making a package is itself logged.
"""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import msgspec
from sqlalchemy import select
from sqlalchemy.orm import Session

from tryghed_desktop.domain.action_plan import MEASURE_STATUS_TITLES
from tryghed_desktop.domain.incidents import (
    INCIDENT_FIELD_TITLES,
    INCIDENT_FORM_TITLES,
    INCIDENT_TYPE_TITLES,
    SEVERITY_SHORT,
    local_time,
)
from tryghed_desktop.domain.lifecycle import STATUS_TITLES
from tryghed_desktop.domain.plan_text import PlanRow, plan_rows
from tryghed_desktop.domain.plans import (
    PLAN_KIND_TITLES,
    STAGE_INFO,
    PlanContent,
    PlanKind,
    content_from_dict,
)
from tryghed_desktop.domain.simplify import FieldRef, field_title
from tryghed_desktop.domain.wording import counted, file_problem
from tryghed_desktop.services import audit
from tryghed_desktop.services.action_plan import MeasureView, list_measures
from tryghed_desktop.services.actors import PERMISSIONS, Action, Actor, require_roles_now
from tryghed_desktop.services.audit import AuditRow
from tryghed_desktop.services.errors import PermissionDeniedError, ServiceError
from tryghed_desktop.services.incidents import FOLLOW_UP_STEP_TITLES, IncidentRecord, list_incidents
from tryghed_desktop.services.interchange import resident_document
from tryghed_desktop.services.plans import VersionView, version_view
from tryghed_desktop.services.residents import ResidentDetail, discharged_on, resident_detail
from tryghed_desktop.store.models import (
    DraftAutosave,
    IncidentChange,
    OriginalDocument,
    PlanDocument,
    PlanVersion,
    Resident,
    User,
    utcnow,
)

PACKAGE_ACTION = "resident.data_package"
# Every field an incident's history names: the registration's and the follow-up's.
CHANGE_TITLES = {**INCIDENT_FIELD_TITLES, **FOLLOW_UP_STEP_TITLES, "closed_at": "Opfølgning afsluttet"}
KIND_ORDER = tuple(PlanKind)

# The log in words a resident can read; an action not named here is shown by its code.
ACTION_TITLES: dict[str, str] = {
    "login": "Loggede ind",
    "login.failed": "Forkert adgangskode",
    "logout": "Loggede ud",
    "lock": "Låste skærmen",
    "unlock": "Låste skærmen op",
    "search": "Søgte",
    "resident.open": "Så borgerens planer",
    "resident.create": "Oprettede borgeren",
    "resident.change": "Rettede borgerens oplysninger",
    "resident.discharge": "Registrerede fraflytning",
    "resident.readmit": "Registrerede, at borgeren flyttede ind igen",
    "resident.import": "Indlæste borgeren fra en fil",
    "resident.export": "Eksporterede borgerens planer",
    PACKAGE_ACTION: "Udleverede borgerens oplysninger",
    "review.open": "Så en plan til godkendelse",
    "print": "Udskrev",
    "plan.draft": "Begyndte på en ny version af en plan",
    "plan.save": "Gemte en plan, der er under arbejde",
    "plan.conflict": "Gemte en plan, som en anden havde ændret imens",
    "plan.submit": "Sendte en plan til godkendelse",
    "plan.approve": "Godkendte en plan",
    "plan.return": "Sendte en plan tilbage med bemærkninger",
    "plan.acknowledge": "Bekræftede at have læst en plan",
    "incident.register": "Registrerede en hændelse",
    "incident.open": "Så en hændelse",
    "incident.list": "Så en liste over hændelser",
    "incident.change": "Rettede en hændelse",
    "incident.follow_up": "Opdaterede opfølgningen på en hændelse",
    "incident.close": "Afsluttede opfølgningen på en hændelse",
    "simplify.import": "Indlæste en gammel plan til forenkling",
    "simplify.read": "Så en gammel plan",
    "simplify.place": "Flyttede tekst fra en gammel plan ind i en ny",
    "simplify.drop": "Udelod tekst fra en gammel plan",
    "simplify.report": "Lavede rapporten om forenklingen",
    "audit.export": "Hentede loggen over borgeren",
    "measure.add": "Skrev et tiltag i handleplanen",
    "measure.change": "Ændrede et tiltag i handleplanen",
}

# What a print was (the log's detail "kind"), as the print dialog names it.
PRINT_TITLES = {
    "risk": "Handlekort",
    "rhythm": "Døgnrytme på én side",
    "safety": "Tryghedsplan på én side",
    "signs": "Tidlige tegn – tjekliste",
}

README_NAME = "laes-mig.txt"
WORKBOOK_NAME = "oplysninger.xlsx"
PLANS_NAME = "planer.json"
ORIGINALS_FOLDER = "originaler"


class DataPackage(msgspec.Struct, frozen=True):
    """What a written package holds, for the message that says it is done."""

    path: Path
    card_name: str
    versions: int
    incidents: int
    log_entries: int
    originals: int
    measures: int


class _Contents(msgspec.Struct, frozen=True):
    resident: ResidentDetail
    moved_in: datetime
    versions: list[VersionView]
    autosaves: list[tuple[VersionView, DraftAutosave]]
    incidents: list[IncidentRecord]
    incident_changes: list[IncidentChange]
    measures: list[MeasureView]
    log: list[AuditRow]
    user_names: dict[str, str]
    originals: list[OriginalDocument]
    plans: dict[str, object]
    made_by: str
    made_at: datetime
    log_months: int


def suggested_file_name(card_name: str, day: datetime) -> str:
    """oplysninger-<card name>-<date>.zip, with only letters, digits and dashes from the name."""
    name = re.sub(r"[^\w]+", "-", card_name, flags=re.UNICODE).strip("-_") or "borger"
    return f"oplysninger-{name}-{local_time(day):%Y-%m-%d}.zip"


def write_data_package(
    session: Session, actor: Actor, resident_id: int, target: Path, *, now: datetime | None = None
) -> DataPackage:
    """Gather the resident's data and log and write the package to `target` (a folder: under
    `suggested_file_name` in it). The file is replaced whole or not at all, and never without its log
    entry: the package is made in memory, logged, then written; a failed write undoes the entry."""
    require_roles_now(session, actor, PERMISSIONS[Action.AUDIT], "udlevere en borgers oplysninger")
    if actor.user_id is None:
        raise PermissionDeniedError(
            "En borgers oplysninger udleveres kun af en administrator, der er logget ind med navn."
        )
    contents = _gather(session, actor, resident_id, now or utcnow())
    if target.is_dir():
        target = target / suggested_file_name(contents.resident.card_name, contents.made_at)
    package = _package(contents)
    audit.record(
        session,
        actor,
        PACKAGE_ACTION,
        resident_id=resident_id,
        target=contents.resident.card_name,
        detail={
            "versions": len(contents.versions),
            "incidents": len(contents.incidents),
            "log_entries": len(contents.log),
            "originals": len(contents.originals),
            "measures": len(contents.measures),
        },
        now=contents.made_at,
    )
    _write(package, target)
    return DataPackage(
        path=target,
        card_name=contents.resident.card_name,
        versions=len(contents.versions),
        incidents=len(contents.incidents),
        log_entries=len(contents.log),
        originals=len(contents.originals),
        measures=len(contents.measures),
    )


def _gather(session: Session, actor: Actor, resident_id: int, now: datetime) -> _Contents:
    resident = resident_detail(session, resident_id)
    versions = [
        version_view(version)
        for version in session.scalars(
            select(PlanVersion).join(PlanDocument).where(PlanDocument.resident_id == resident_id)
        )
    ]
    versions.sort(key=lambda view: (KIND_ORDER.index(view.kind), view.number))
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    plans = resident_document(session, resident_id, now)
    incidents = list(reversed(list_incidents(session, resident_id=resident_id)))
    return _Contents(
        resident=resident,
        moved_in=_moved_in(session, resident_id),
        versions=versions,
        incidents=incidents,
        measures=list_measures(session, resident_id=resident_id),
        log=audit.resident_entries(session, resident_id),
        user_names={name: full for name, full in session.execute(select(User.username, User.full_name))},
        originals=list(
            session.scalars(
                select(OriginalDocument)
                .where(OriginalDocument.resident_id == resident_id)
                .order_by(OriginalDocument.imported_at, OriginalDocument.id)
            )
        ),
        plans=plans,
        autosaves=_autosaves(session, versions),
        incident_changes=_incident_changes(session, [record.id for record in incidents]),
        made_by=f"{user.full_name} ({user.username})" if user is not None else actor.full_name,
        made_at=now,
        log_months=audit.retention_months(session),
    )


def _autosaves(session: Session, versions: list[VersionView]) -> list[tuple[VersionView, DraftAutosave]]:
    """Text typed into a draft and kept by the editor's autosave, not saved (yet)."""
    by_id = {view.id: view for view in versions}
    saved = session.scalars(select(DraftAutosave).where(DraftAutosave.version_id.in_(by_id)))
    return [(by_id[autosave.version_id], autosave) for autosave in saved]


def _incident_changes(session: Session, incident_ids: list[int]) -> list[IncidentChange]:
    return list(
        session.scalars(
            select(IncidentChange)
            .where(IncidentChange.incident_id.in_(incident_ids))
            .order_by(IncidentChange.at, IncidentChange.id)
        )
    )


def _moved_in(session: Session, resident_id: int) -> datetime:
    resident = session.get(Resident, resident_id)
    assert resident is not None  # resident_detail found it
    return resident.created_at


# --- writing --------------------------------------------------------------------------------------


def _package(contents: _Contents) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(README_NAME, _readme(contents))
        package.writestr(WORKBOOK_NAME, _workbook(contents))
        package.writestr(PLANS_NAME, json.dumps(contents.plans, ensure_ascii=False, indent=2) + "\n")
        for number, original in enumerate(contents.originals, start=1):
            package.writestr(_original_name(number, original.file_name), original.full_text + "\n")
    return buffer.getvalue()


def _write(package: bytes, target: Path) -> None:
    partial = target.with_name(target.name + ".delvis")
    try:
        partial.write_bytes(package)
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ServiceError(f"Pakken er ikke gemt: {file_problem(error, str(target))}") from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _original_name(number: int, file_name: str) -> str:
    stem = re.sub(r"[^\w.-]+", "-", Path(file_name).stem, flags=re.UNICODE).strip("-.") or "original"
    return f"{ORIGINALS_FOLDER}/{number:02d}-{stem}.txt"


def _when(moment: datetime | None) -> str:
    return f"{local_time(moment):%d.%m.%Y %H:%M}" if moment is not None else ""


def _readme(contents: _Contents) -> str:
    resident = contents.resident
    lines = [
        f"Oplysninger om {resident.display_name} ({resident.card_name})",
        f"{resident.facility_name}, {resident.unit_name}",
        "",
        f"Udleveret fra Tryghed Desktop {_when(contents.made_at)} af {contents.made_by}.",
        "",
        "Pakken indeholder:",
        f"- {WORKBOOK_NAME}: borgerens oplysninger, {counted(len(contents.versions), 'version', 'versioner')}"
        f" af planerne med al deres tekst, {counted(len(contents.incidents), 'hændelse', 'hændelser')}, "
        f"{counted(len(contents.measures), 'tiltag', 'tiltag')} i bostedets handleplan om borgeren og "
        f"loggen ({counted(len(contents.log), 'post', 'poster')}) over, hvem der har set, udskrevet og "
        "ændret hvad.",
        f"- {PLANS_NAME}: de samme planer i Tryghed Desktops udvekslingsformat (kan indlæses i et andet "
        "Tryghed Desktop).",
    ]
    if contents.originals:
        lines.append(
            f"- {ORIGINALS_FOLDER}/: {counted(len(contents.originals), 'gammel plan', 'gamle planer')}, "
            "som de blev indlæst til forenkling."
        )
    lines += [
        "",
        "Hvem der har set eller udskrevet noget, gemmes i "
        f"{counted(contents.log_months, 'måned', 'måneder')}. Ældre opslag er slettet og er ikke med. "
        "Ændringer, godkendelser og registreringer gemmes.",
        "",
    ]
    return "\n".join(lines)


def _workbook(contents: _Contents) -> bytes:
    # openpyxl only here: the window and the CLI start without it.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    from tryghed_desktop.printing.workbook import sheet_rows, workbook_bytes

    book = Workbook()
    sheets = (
        ("Borger", _resident_rows(contents), [24, 60]),
        (
            "Planer",
            _plan_rows(contents.versions, contents.autosaves),
            [14, 8, 20, 17, 17, 24, 17, 17, 30, 22, 70],
        ),
        (
            "Hændelser",
            _incident_rows(contents.incidents),
            [7, 17, 17, 20, 14, 9, 10, 12, 20, 40, 20, 40, 40, 14, 7, 7, 9, 14, 60, 10, 17, 17, 12, 12, 17],
        ),
        (
            "Ændringer af hændelser",
            _change_rows(contents.incident_changes, contents.user_names),
            [17, 26, 10, 24, 40, 40],
        ),
        ("Handleplan", _measure_rows(contents.measures), [24, 50, 20, 12, 14, 12, 50, 18, 17, 24]),
        ("Log", _log_rows(contents.log, contents.user_names), [17, 26, 44, 40]),
    )
    for number, (title, rows, widths) in enumerate(sheets):
        sheet = book.active if number == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = title
        sheet_rows(sheet, rows, widths)
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    return workbook_bytes(book, contents.made_at)


def _resident_rows(contents: _Contents) -> list[list[object]]:
    resident = contents.resident
    return [
        ["Oplysning", "Indhold"],
        ["Navn", resident.display_name],
        ["Navn på handlekortet", resident.card_name],
        ["Bosted", resident.facility_name],
        ["Afdeling", resident.unit_name],
        ["Værelse", resident.room],
        ["Kontaktpersoner", "\n".join(resident.contact_persons)],
        ["Oprettet i Tryghed Desktop", _when(contents.moved_in)],
        ["Fraflyttet", _day(discharged_on(resident))],
        ["Udleveret", _when(contents.made_at)],
        ["Udleveret af", contents.made_by],
    ]


def _plan_rows(
    versions: list[VersionView], autosaves: list[tuple[VersionView, DraftAutosave]]
) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Plan", "Version", "Status", "Gemt", "Godkendt", "Godkendt af", "Gælder fra", "Gælder til",
         "Afsnit", "Felt", "Tekst"],
    ]  # fmt: skip
    for view in versions:
        facts: list[object] = [
            PLAN_KIND_TITLES[view.kind],
            view.number,
            STATUS_TITLES[view.status],
            _when(view.updated_at),
            _when(view.approved_at),
            view.approved_by or "",
            _when(view.valid_from),
            _when(view.valid_to),
        ]
        rows += _texts(facts, view.content)
    for view, autosave in autosaves:
        facts = [
            PLAN_KIND_TITLES[view.kind],
            view.number,
            "Ikke gemt (automatisk kopi)",
            _when(autosave.saved_at),
        ]
        rows += _texts([*facts, "", "", "", ""], content_from_dict(view.kind, autosave.content))
    return rows


def _texts(facts: list[object], content: PlanContent) -> list[list[object]]:
    texts = plan_rows(content) or [PlanRow("", "", "(tom)")]
    return [[*facts, section, field, text] for section, field, text in texts]


def _helped(helped: bool | None) -> str:
    return {True: "hjalp", False: "hjalp ikke", None: "ved ikke"}[helped]


def _incident_rows(incidents: list[IncidentRecord]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Id", "Tidspunkt", "Sluttede", "Afdeling", "Type", "Form", "Alvor", "Uden for arbejdstid", "Hvor",
         "Situation", "Døgnrytme", "Tidlige tegn", "Det prøvede vi", "Højeste fase", "Skade", "Fraværsdage",
         "Politianmeldt", "Magtanvendelse", "Beskrivelse", "Planversion", "Psykisk førstehjælp givet",
         "Defusing", "Debriefing tilbudt", "Arbejdsskade anmeldt", "Opfølgning afsluttet"],
    ]  # fmt: skip
    for record in incidents:
        force = record.use_of_force
        rows.append(
            [
                record.id,
                _when(record.occurred_at),
                _when(record.ended_at),
                record.unit_name,
                INCIDENT_TYPE_TITLES[record.incident_type],
                INCIDENT_FORM_TITLES[record.form],
                f"{record.severity} – {SEVERITY_SHORT[record.severity]}",
                "Ja" if record.outside_work_hours else "Nej",
                record.location,
                record.situation,
                record.slot_label,
                "\n".join(record.signs_seen),
                "\n".join(f"{use.text} ({_helped(use.helped)})" for use in record.strategies),
                STAGE_INFO[record.stage_reached].colour_name if record.stage_reached else "",
                "Ja" if record.injury else "Nej",
                record.absence_days,
                _when_day(record.police_reported_on) if record.police_report else "Nej",
                f"{force.form}, indberettet {force.reported_on:%d.%m.%Y}" if force is not None else "",
                record.description,
                record.plan_version_number or "",
                _when(record.first_aid_contact_at),
                _when(record.defusing_done_at),
                _day(record.debriefing_offered_on),
                _day(record.injury_reported_on),
                _when(record.closed_at),
            ]
        )
    return rows


def _when_day(day: date | None) -> str:
    return f"Ja, {day:%d.%m.%Y}" if day is not None else "Ja"


def _day(day: date | None) -> str:
    return f"{day:%d.%m.%Y}" if day is not None else ""


def _plain(value: object, *, moment: bool = False) -> str:
    """A stored value of an incident's change history as text: lists one per line, yes/no in words, a
    time or day (stored as ISO, in UTC) as the Danish clock and calendar show it."""
    if value is None:
        return ""
    if moment and isinstance(value, str):
        return _iso_moment(value)
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, list):
        return "\n".join(_plain(item) for item in value)
    if isinstance(value, dict):
        return _plain_record(value)
    return str(value)


def _plain_record(value: dict[str, object]) -> str:
    if "text" in value:  # a strategy tried
        helped = value.get("helped")
        return f"{value['text']} ({_helped(helped if isinstance(helped, bool) else None)})"
    return ", ".join(f"{key}: {_plain(item)}" for key, item in value.items())


def _iso_moment(value: str) -> str:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return value
    return _when(parsed) if "T" in value else f"{parsed:%d.%m.%Y}"


def _change_rows(changes: list[IncidentChange], names: dict[str, str]) -> list[list[object]]:
    rows: list[list[object]] = [["Tidspunkt", "Bruger", "Hændelse", "Felt", "Før", "Efter"]]
    for change in changes:
        for field, (before, after) in change.changes.items():
            # The fields that hold a time or a day are named so: occurred_at, injury_reported_on, …
            moment = field.endswith(("_at", "_on", "_due", "_day"))
            rows.append(
                [
                    _when(change.at),
                    _who(change.actor, names),
                    change.incident_id,
                    CHANGE_TITLES.get(field, field),
                    _plain(before, moment=moment),
                    _plain(after, moment=moment),
                ]
            )
    return rows


def _measure_rows(measures: list[MeasureView]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Spor", "Tiltag", "Ansvarlig", "Frist", "Status", "Afsluttet", "Bemærkning", "Afdeling",
         "Sidst ændret", "Sidst ændret af"],
    ]  # fmt: skip
    rows += [
        [
            m.track,
            m.title,
            m.owner,
            _day(m.due_on),
            MEASURE_STATUS_TITLES[m.status],
            _day(m.done_on),
            m.note,
            m.unit_name or "Hele bostedet",
            _when(m.updated_at),
            m.updated_by,
        ]
        for m in measures
    ]
    return rows


def _log_target(row: AuditRow) -> str:
    """What an entry was about, in words where its target is a code: 'Handlekort, Risikoprofil,
    version 3', 'Hændelse 134', 'Gul – Tidlige tegn · Det gør vi', 'Kim: værelse', '12 hændelser'."""
    if row.action == "print" and row.detail.get("kind") in PRINT_TITLES:
        return f"{PRINT_TITLES[row.detail['kind']]}, {_plan_target(row)}"
    if row.action == "incident.list" and isinstance(row.detail.get("count"), int):
        return counted(row.detail["count"], "hændelse", "hændelser")
    if row.action == "resident.change" and row.detail.get("fields"):
        return f"{row.target}: {', '.join(str(field) for field in row.detail['fields'])}"
    return _plan_target(row)


def _plan_target(row: AuditRow) -> str:
    kind, colon, rest = row.target.partition(":")
    if colon and kind in PlanKind.__members__.values():
        if rest.isdigit():
            return f"{PLAN_KIND_TITLES[PlanKind(kind)]}, version {rest}"
        if row.action.startswith("simplify."):
            return f"{PLAN_KIND_TITLES[PlanKind(kind)]}: {field_title(FieldRef(PlanKind(kind), rest))}"
    if row.action.startswith("incident.") and row.target.isdigit():
        return f"Hændelse {row.target}"
    return row.target


def _who(username: str, names: dict[str, str]) -> str:
    return f"{names[username]} ({username})" if username in names else username


def _log_rows(log: list[AuditRow], names: dict[str, str]) -> list[list[object]]:
    rows: list[list[object]] = [["Tidspunkt", "Bruger", "Handling", "Hvad"]]
    rows += [
        [_when(row.at), _who(row.actor, names), ACTION_TITLES.get(row.action, row.action), _log_target(row)]
        for row in log
    ]
    return rows
