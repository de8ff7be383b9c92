"""The demo facility: what a new user sees first must be complete, varied, realistic and repeatable."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import fields
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.printing.pdf_helpers import pdf_text
from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import (
    DailyRhythm,
    PlanContent,
    PlanKind,
    RiskProfile,
    content_from_dict,
    content_to_dict,
)
from tryghed_desktop.printing.card_model import CardFacts
from tryghed_desktop.printing.risk_card import card_fill, layout_risk_card, render_risk_card
from tryghed_desktop.services import demo
from tryghed_desktop.services.actors import Role
from tryghed_desktop.services.audit import verify_chain
from tryghed_desktop.services.demo_content import DEMO_USERS, RESIDENTS
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.services.residents import list_residents, list_units
from tryghed_desktop.services.users import check_password
from tryghed_desktop.store.db import Database, open_database
from tryghed_desktop.store.models import AuditEvent, PlanDocument, PlanVersion, Resident, User

TODAY = date(2026, 2, 17)  # the status date of seed 003's action plan


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One populated database per module; tests copy it (populating takes about a second)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(f"sqlite:///{path}")
    with database.session() as session:
        demo.populate_demo(session, today=TODAY)
    database.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "t.db"
    shutil.copyfile(demo_template, path)
    database = open_database(f"sqlite:///{path}")
    yield database
    database.dispose()


def _versions(session: Session) -> list[tuple[Resident, PlanKind, PlanVersion]]:
    rows = session.execute(
        select(Resident, PlanDocument.kind, PlanVersion)
        .join(PlanDocument, PlanDocument.resident_id == Resident.id)
        .join(PlanVersion, PlanVersion.document_id == PlanDocument.id)
        .order_by(Resident.display_name, PlanDocument.kind, PlanVersion.number)
    ).all()
    return [(resident, kind, version) for resident, kind, version in rows]


def _texts(value: Any) -> Iterator[str]:
    """Every string in a canonical content dict."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def _words(content: dict[str, Any]) -> int:
    return sum(len(text.split()) for text in _texts(content))


def _content(kind: PlanKind, version: PlanVersion) -> PlanContent:
    return content_from_dict(kind, version.content)


def test_counts_units_residents_and_all_four_plan_kinds(demo_db: Database) -> None:
    with demo_db.session() as session:
        units = list_units(session)
        active = list_residents(session)
        everyone = list_residents(session, include_discharged=True)
        kinds_by_resident: dict[int, set[PlanKind]] = {}
        for resident, kind, _version in _versions(session):
            kinds_by_resident.setdefault(resident.id, set()).add(kind)
        discharged = session.scalars(select(Resident).where(Resident.active.is_(False))).all()
    assert len(units) >= 3
    assert {unit.facility_name for unit in units} == {"Bostedet Egebakken"}
    assert len(everyone) >= 13
    assert len(active) >= 12
    for row in active:
        assert kinds_by_resident[row.id] == set(PlanKind), row.display_name
    assert len(discharged) == 1
    assert discharged[0].discharged_at is not None


def test_status_mix_is_there(demo_db: Database) -> None:
    with demo_db.session() as session:
        rows = list_residents(session)
        versions = _versions(session)
    by_status: dict[VersionStatus, set[str]] = {}
    for resident, _kind, version in versions:
        by_status.setdefault(version.status, set()).add(resident.display_name)
    assert len(by_status[VersionStatus.SUBMITTED]) >= 2
    assert by_status[VersionStatus.RETURNED]
    assert by_status[VersionStatus.DRAFT]
    assert by_status[VersionStatus.SUPERSEDED]
    assert any(row.review_overdue(TODAY) for row in rows)
    assert any(row.review_soon(TODAY) for row in rows)
    # Most residents have an approved plan in force.
    assert sum(row.approved_plans == len(PlanKind) for row in rows) > len(rows) / 2


def test_lifecycle_facts_are_real(demo_db: Database) -> None:
    with demo_db.session() as session:
        for _resident, _kind, version in _versions(session):
            assert version.created_by is not None
            assert Role.COORDINATOR.value in version.created_by.role_names
            if version.status in (VersionStatus.APPROVED, VersionStatus.SUPERSEDED):
                assert version.approved_by is not None
                assert Role.ADVISOR.value in version.approved_by.role_names
                assert version.approved_by.title.startswith("ekstern faglig rådgiver")
                assert version.approval_comment
                assert version.approved_hash == version.content_hash
                assert version.valid_from is not None
                assert version.review_due is not None
                assert version.valid_from.date() < TODAY
            if version.status is VersionStatus.SUPERSEDED:
                assert version.valid_to is not None
            if version.status is VersionStatus.RETURNED:
                assert version.return_comment
                assert version.returned_by is not None
            if version.status is VersionStatus.SUBMITTED:
                assert version.submitted_by is not None
                assert version.submitted_at is not None


def test_history_is_backdated_and_superseded_in_order(demo_db: Database) -> None:
    with demo_db.session() as session:
        versions = _versions(session)
    histories: dict[tuple[str, PlanKind], list[PlanVersion]] = {}
    for resident, kind, version in versions:
        histories.setdefault((resident.display_name, kind), []).append(version)
    superseded = [history for history in histories.values() if len(history) > 1]
    assert superseded
    for history in superseded:
        for older, newer in pairwise(history):
            assert older.created_at < newer.created_at
            if older.status is VersionStatus.SUPERSEDED:
                assert older.valid_to is not None and newer.approved_at is not None
                assert older.valid_to == newer.approved_at
    oldest = min(version.created_at for _resident, _kind, version in versions)
    assert oldest.date() < TODAY - timedelta(days=365)


def test_text_heavy_resident_is_long_approved_and_short_submitted(demo_db: Database) -> None:
    with demo_db.session() as session:
        versions = [
            (kind, version)
            for resident, kind, version in _versions(session)
            if resident.display_name == demo.TEXT_HEAVY_RESIDENT
        ]
    assert versions
    for kind in (PlanKind.RISK_PROFILE, PlanKind.DAILY_RHYTHM):
        current = next(v for k, v in versions if k is kind and v.status is VersionStatus.APPROVED)
        revision = next(v for k, v in versions if k is kind and v.status is VersionStatus.SUBMITTED)
        assert _words(current.content) > 3 * _words(revision.content), kind
        long_items = [text for text in _texts(current.content) if len(text.split()) >= 40]
        assert len(long_items) >= 5, kind
        joined = " ".join(_texts(current.content))
        for abbreviation in ("f.eks.", "bl.a.", "evt.", "ca.", "jf.", "kl."):
            assert abbreviation in joined, (kind, abbreviation)


OLD_STYLE = (VersionStatus.APPROVED, VersionStatus.SUPERSEDED)


def test_card_items_are_short_outside_the_text_heavy_originals(demo_db: Database) -> None:
    with demo_db.session() as session:
        versions = _versions(session)
    items = [
        text
        for resident, kind, version in versions
        if resident.display_name != demo.TEXT_HEAVY_RESIDENT or version.status not in OLD_STYLE
        for text in _texts(version.content)
        if text
    ]
    short = [text for text in items if len(text.split()) <= 12]
    assert len(short) / len(items) > 0.97


def test_no_diagnoses_in_plan_content(demo_db: Database) -> None:
    labels = re.compile(
        r"autis|skizofren|bipolar|adhd|demen|hjerneskade|downs|psykose|diagnose|udviklingshæm|misbrug",
        re.IGNORECASE,
    )
    with demo_db.session() as session:
        for resident, _kind, version in _versions(session):
            found = [text for text in _texts(version.content) if labels.search(text)]
            assert not found, (resident.display_name, found)


def test_daily_rhythms_cover_the_whole_day_with_a_night_slot() -> None:
    for spec in RESIDENTS:
        for content in demo.plan_contents(spec, PlanKind.DAILY_RHYTHM):
            assert isinstance(content, DailyRhythm)
            slots = content.slots
            assert any(slot.start > slot.end for slot in slots), spec["name"]  # runs past midnight
            minutes = 0
            for slot, following in zip(slots, slots[1:] + slots[:1], strict=True):
                assert slot.end == following.start, (spec["name"], slot.label)
                start = slot.start.hour * 60 + slot.start.minute
                end = slot.end.hour * 60 + slot.end.minute
                minutes += (end - start) % (24 * 60)
            assert minutes == 24 * 60, spec["name"]


def test_every_plan_has_its_content_filled() -> None:
    for spec in RESIDENTS:
        for kind in PlanKind:
            content = demo.plan_contents(spec, kind)[-1]
            for item in fields(content):
                value = getattr(content, item.name)
                if item.name != "reason_if_not":
                    assert value or value is False, (spec["name"], kind, item.name)
            if isinstance(content, RiskProfile):
                for stage in content.stages:
                    columns = (stage.signs, stage.we_do, stage.we_avoid, stage.resident_can)
                    assert all(columns), (spec["name"], stage.kind)


def test_populating_twice_raises(demo_db: Database) -> None:
    with demo_db.session() as session, pytest.raises(ServiceError, match="ikke tom"):
        demo.populate_demo(session, today=TODAY)


def test_every_demo_user_can_log_in(demo_db: Database) -> None:
    with demo_db.session() as session:
        stored = {user.username: user for user in session.scalars(select(User))}
        assert set(stored) == {user.username for user in DEMO_USERS}
        assert not check_password(stored["pia"], "forkert1234")
        for user in DEMO_USERS:
            assert check_password(stored[user.username], demo.DEMO_PASSWORD), user.username
            assert stored[user.username].role_names == {role.value for role in user.roles}
        assert stored["lene"].full_name == "Lene Holm"
        assert stored["lene"].title == "ekstern faglig rådgiver"


def test_audit_log_is_intact_and_chronological(demo_db: Database) -> None:
    with demo_db.session() as session:
        assert verify_chain(session) == []
        moments = session.scalars(select(AuditEvent.at).order_by(AuditEvent.id)).all()
    assert moments == sorted(moments)


def test_the_action_plan_stands_as_seed_003s_status(demo_db: Database) -> None:
    from tryghed_desktop.domain.action_plan import MeasureStatus
    from tryghed_desktop.services.action_plan import list_measures

    with demo_db.session() as session:
        measures = list_measures(session)
        entries = session.scalars(select(AuditEvent.action).where(AuditEvent.action.like("measure.%"))).all()
    assert len(measures) == 10 and len(set(m.track for m in measures)) == 4
    assert [m.title for m in measures if m.overdue(TODAY)] == ["Særlig introduktion til arbejdet med Kim"]
    assert {m.resident_card_name for m in measures} == {"Kim", None}
    done = [m for m in measures if m.status is MeasureStatus.DONE]
    # Each was entered as decided and got its status later, on a day of its own before today.
    assert len(done) == 5 and all(m.created_at.date() < m.done_on < TODAY for m in done if m.done_on)
    assert entries.count("measure.add") == 10 and entries.count("measure.change") == 9


def _snapshot(path: Path, today: date) -> list[tuple[Any, ...]]:
    database = open_database(f"sqlite:///{path}")
    with database.session() as session:
        demo.populate_demo(session, today=today)
        rows = [
            (
                resident.display_name,
                resident.active,
                kind.value,
                version.number,
                version.status.value,
                version.content_hash,
                version.approval_comment,
                version.return_comment,
                today - version.created_at.date(),
                # Reviews fall due in calendar months, so compare which are overdue, not the exact day.
                version.review_due < today if version.review_due else None,
            )
            for resident, kind, version in _versions(session)
        ]
    database.dispose()
    return rows


@pytest.mark.slow
def test_deterministic_for_a_fixed_today_and_relative_to_it(tmp_path: Path) -> None:
    first = _snapshot(tmp_path / "a.db", TODAY)
    assert _snapshot(tmp_path / "b.db", TODAY) == first
    # Another start date moves every date with it: what was overdue stays overdue.
    assert _snapshot(tmp_path / "c.db", date(2031, 6, 1)) == first


def test_fills_an_empty_database_relative_to_the_current_date(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 't.db'}")
    with database.session() as session:
        assert demo.is_empty(session)
        summary = demo.populate_demo(session)
        assert not demo.is_empty(session)
        stored_versions = len(session.scalars(select(PlanVersion.id)).all())
        assert any(row.review_overdue(date.today()) for row in list_residents(session))
        newest = max(version.updated_at for _resident, _kind, version in _versions(session))
    database.dispose()
    assert summary == demo.DemoSummary(
        units=3, residents=len(RESIDENTS), users=len(DEMO_USERS), versions=stored_versions
    )
    assert newest <= datetime.now(newest.tzinfo)


def test_content_survives_the_canonical_round_trip() -> None:
    for spec in RESIDENTS:
        for kind in PlanKind:
            for content in demo.plan_contents(spec, kind):
                assert content_from_dict(kind, content_to_dict(content)) == content


def test_every_card_but_the_text_heavy_original_fits_one_page() -> None:
    # The point of the demo: simplified plans print as one-page cards; the old text does not.
    for spec in RESIDENTS:
        risks = demo.plan_contents(spec, PlanKind.RISK_PROFILE)
        rhythms = demo.plan_contents(spec, PlanKind.DAILY_RHYTHM)
        facts = CardFacts(
            card_name=spec["card"], unit_name=spec["unit"], printed_at=datetime(2026, 2, 17, 10)
        )
        old_style = spec["name"] == demo.TEXT_HEAVY_RESIDENT
        for index, profile in enumerate(risks):
            rhythm = rhythms[max(0, len(rhythms) - len(risks) + index)]
            if old_style and index < len(risks) - 1:
                assert card_fill(profile, rhythm, facts) > 2
            else:
                layout_risk_card(profile, rhythm, facts)  # raises CardTooLongError when it does not fit


def test_no_word_on_a_demo_card_is_split_across_lines() -> None:
    # "Lange disku- / ssioner" without a hyphen is hard to read at a glance: the narrow columns of a
    # band must keep every word whole, the bullet's indent included.
    for spec in RESIDENTS:
        if spec["name"] == demo.TEXT_HEAVY_RESIDENT:
            continue
        profile = demo.plan_contents(spec, PlanKind.RISK_PROFILE)[-1]
        rhythm = demo.plan_contents(spec, PlanKind.DAILY_RHYTHM)[-1]
        facts = CardFacts(card_name=spec["card"], unit_name=spec["unit"], printed_at=datetime(2026, 2, 17))
        assert isinstance(profile, RiskProfile) and isinstance(rhythm, DailyRhythm)
        printed = set(re.findall(r"\w+", pdf_text(render_risk_card(profile, rhythm, facts))))
        for stage in profile.stages:
            for item in [*stage.signs, *stage.we_do, *stage.we_avoid, *stage.resident_can]:
                assert set(re.findall(r"\w+", item)) <= printed, (spec["card"], item)


# Run in a fresh interpreter: populate, record what the populating session itself sees of each
# version's people (the approver a caller reads right after `populate_demo`), then dump every table.
_POPULATE_AND_DUMP = textwrap.dedent(
    """
    import gc, json, sqlite3, sys
    from datetime import date
    from sqlalchemy import select
    from tryghed_desktop.services import demo
    from tryghed_desktop.store.db import open_database
    from tryghed_desktop.store.models import PlanVersion

    path, collect = sys.argv[1], sys.argv[2] == "gc"
    if not collect:
        gc.disable()  # as during the app's start-up (startup_gc)
    people = ("created_by", "updated_by", "submitted_by", "approved_by", "returned_by")
    database = open_database(f"sqlite:///{path}")
    with database.session() as session:
        demo.populate_demo(session, today=date.fromisoformat(sys.argv[3]))
        in_session = [
            [version.id, version.status.value]
            + [getattr(getattr(version, who), "username", None) for who in people]
            for version in session.scalars(select(PlanVersion).order_by(PlanVersion.id))
        ]
    database.dispose()
    connection = sqlite3.connect(path)
    tables = {}
    names = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    for (table,) in connection.execute(names).fetchall():
        cursor = connection.execute(f'SELECT * FROM "{table}"')
        columns = [column[0] for column in cursor.description]
        rows = [dict(zip(columns, row)) for row in cursor]
        if table == "users":
            shared = rows[0]["password_hash"]
            for row in rows:
                # argon2 draws a random salt per hash, by design: the same password hashes differently
                # every time. Compare instead that the demo's one hash serves every user.
                row["password_hash"] = row["password_hash"] == shared
        # Canonical order: by every column, whatever order the rows were stored or come back in.
        tables[table] = sorted(rows, key=lambda row: json.dumps(row, sort_keys=True, default=str))
    connection.close()
    print(json.dumps({"in_session": in_session, "tables": tables}, default=str))
    """
)


def _populate_elsewhere(path: Path, *, hash_seed: int, collect: bool) -> subprocess.Popen[str]:
    """Populate `path` in a new interpreter, with or without the cyclic garbage collector."""
    return subprocess.Popen(
        [sys.executable, "-c", _POPULATE_AND_DUMP, str(path), "gc" if collect else "-", TODAY.isoformat()],
        env={**os.environ, "PYTHONHASHSEED": str(hash_seed)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_identical_in_every_process(tmp_path: Path) -> None:
    # Two processes that differ in hash seed (set and dict order) and in when the garbage collector
    # frees ORM objects (which decided whether a session kept a stale `approved_by` in memory, and
    # how many UPDATEs, so which row_version, an approval got). Both run at once to save time.
    runs = [
        _populate_elsewhere(tmp_path / "a.db", hash_seed=0, collect=False),
        _populate_elsewhere(tmp_path / "b.db", hash_seed=1, collect=True),
    ]
    dumps = []
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        dumps.append(json.loads(out))
    first, second = dumps
    assert first["tables"].keys() == second["tables"].keys()
    for table, rows in first["tables"].items():
        assert rows == second["tables"][table], table
    assert first["in_session"] == second["in_session"]
    assert len(first["tables"]["plan_versions"]) == len(first["in_session"]) > 50
    assert all(row["password_hash"] for row in first["tables"]["users"])
    # The approver as the populating session sees it: always there, always an external advisor.
    advisors = {user.username for user in DEMO_USERS if Role.ADVISOR in user.roles}
    for version_id, status, *_people, approved_by, _returned_by in first["in_session"]:
        if status in (VersionStatus.APPROVED.value, VersionStatus.SUPERSEDED.value):
            assert approved_by in advisors, (version_id, status)
        else:
            assert approved_by is None, (version_id, status)
