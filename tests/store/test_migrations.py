from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command, op
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError

from tests.services.conftest import Ward
from tests.ui.factories import risk_profile
from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.services import plans
from tryghed_desktop.store.db import Database, SchemaTooNewError, alembic_config, open_database
from tryghed_desktop.store.models import Base
from tryghed_desktop.store.schema import SCHEMA_HEAD


def test_schema_head_constant_is_the_newest_migration() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_models_and_migrations_do_not_drift(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_every_foreign_key_is_indexed(database: Database) -> None:
    inspector = inspect(database.engine)
    for table in inspector.get_table_names():
        indexed = {tuple(index["column_names"]) for index in inspector.get_indexes(table)}
        primary = tuple(inspector.get_pk_constraint(table)["constrained_columns"])
        for foreign_key in inspector.get_foreign_keys(table):
            columns = tuple(foreign_key["constrained_columns"])
            covered = (
                any(index[: len(columns)] == columns for index in indexed)
                or primary[: len(columns)] == columns
            )
            assert covered, f"{table}.{columns} has no index"


@pytest.mark.sqlite_only
def test_sqlite_runs_in_wal_with_foreign_keys(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_opening_a_current_database_needs_no_migration(database: Database) -> None:
    assert database.is_current()
    assert database.migrate() is None


def test_migrating_an_older_file_keeps_a_backup_first(db_url: str, tmp_path: Path) -> None:
    database = open_database(db_url)
    with database.engine.begin() as connection:
        connection.execute(text("INSERT INTO facilities (name) VALUES ('Bostedet Egebakken')"))
        # An older app version left it: the upgrade must back the file up before touching it.
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
    backups = tmp_path / "backups"
    copy_path = database.migrate(backup_dir=backups)
    assert copy_path is not None and list(backups.glob("før-opgradering-*.db")) == [copy_path]
    with sqlite3.connect(copy_path) as copy:
        assert copy.execute("SELECT name FROM facilities").fetchall() == [("Bostedet Egebakken",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0008",)]
    assert database.is_current()
    database.dispose()


def test_a_file_from_a_newer_app_is_refused_before_any_copy(db_url: str, tmp_path: Path) -> None:
    database = open_database(db_url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'nyere'"))
    backups = tmp_path / "backups"
    with pytest.raises(SchemaTooNewError, match="nyere udgave"):  # 'nyere' is no revision we know
        database.migrate(backup_dir=backups)
    assert not backups.exists()  # no megabyte copy left behind at every try
    database.dispose()


def test_return_notes_arrive_empty_on_old_versions_and_the_triggers_stay(
    database: Database, ward: Ward
) -> None:
    with database.session() as session:
        approved = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
        plans.submit(session, ward.coordinator, approved.id)
        plans.approve(session, ward.advisor, approved.id)
        returned = plans.start_draft(session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE)
        plans.save_draft(session, ward.coordinator, returned.id, risk_profile(), expected_row_version=1)
        plans.submit(session, ward.coordinator, returned.id)
        plans.return_version(session, ward.advisor, returned.id, "Kortere.", {"Styrker": "Flere."})
    with database.engine.begin() as connection:  # back to before 0007, and up again
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
        assert "return_notes" not in {c["name"] for c in inspect(connection).get_columns("plan_versions")}
        command.upgrade(config, "head")
    with database.session() as session:
        view = plans.version_view(plans.get_version(session, returned.id))
    assert (view.return_comment, view.return_notes) == ("Kortere.", {})
    # Neither ALTER copied the table (which would have dropped 0004's triggers on SQLite).
    with pytest.raises(DBAPIError, match="Godkendte planversioner"), database.engine.begin() as connection:
        connection.execute(
            text("UPDATE plan_versions SET content_hash = 'x' WHERE id = :id"), {"id": approved.id}
        )


def _triggers(connection: Connection) -> list[tuple[str, str]]:
    """The plan_versions/audit_events triggers (and, on PostgreSQL, their functions) as stored."""
    if connection.dialect.name == "sqlite":
        query = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    else:
        query = (
            "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal "
            "UNION ALL SELECT proname, pg_get_functiondef(oid) FROM pg_proc "
            "WHERE pronamespace = 'public'::regnamespace AND prokind = 'f' ORDER BY 1"
        )
    return [(name, sql) for name, sql in connection.execute(text(query)).all()]


def test_downgrading_0008_gives_back_0004s_triggers_exactly(database: Database) -> None:
    with database.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        at_head = _triggers(connection)
        command.downgrade(config, "0007")
        downgraded = _triggers(connection)
        command.downgrade(config, "0003")  # 0004 undone and done again: its triggers as it made them
        command.upgrade(config, "0007")
        assert downgraded == _triggers(connection) != at_head
        command.upgrade(config, "head")
        assert _triggers(connection) == at_head


def test_return_facts_are_protected_from_0008_on_and_again_after_a_downgrade_and_upgrade(
    database: Database, ward: Ward
) -> None:
    with database.session() as session:
        version = plans.start_draft(
            session, ward.coordinator, ward.resident_id, PlanKind.RISK_PROFILE, risk_profile()
        )
        plans.submit(session, ward.coordinator, version.id)
        returned = plans.return_version(session, ward.advisor, version.id, "Kortere.", {"Styrker": "Flere."})
        plans.save_draft(
            session, ward.coordinator, version.id, risk_profile(), expected_row_version=returned.row_version
        )
        plans.submit(session, ward.coordinator, version.id)
        plans.approve(session, ward.advisor, version.id)
    update_comment = "UPDATE plan_versions SET return_comment = :comment WHERE id = :id"
    with pytest.raises(DBAPIError, match="Godkendte planversioner"), database.engine.begin() as connection:
        connection.execute(text(update_comment), {"comment": "ændret", "id": version.id})
    with database.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
        # 0004's check again: the return facts were not protected, the content still is.
        connection.execute(text(update_comment), {"comment": "Før 0008.", "id": version.id})
        with pytest.raises(DBAPIError, match="Godkendte planversioner"), connection.begin_nested():
            connection.execute(
                text("UPDATE plan_versions SET content_hash = 'x' WHERE id = :id"), {"id": version.id}
            )
        command.upgrade(config, "head")
    for sql in (
        "UPDATE plan_versions SET return_comment = 'ændret igen' WHERE id = :id",
        "UPDATE plan_versions SET return_notes = '{}' WHERE id = :id",
    ):
        with (
            pytest.raises(DBAPIError, match="Godkendte planversioner"),
            database.engine.begin() as connection,
        ):
            connection.execute(text(sql), {"id": version.id})
    with database.session() as session:
        view = plans.version_view(plans.get_version(session, version.id))
    assert (view.return_comment, view.return_notes) == ("Før 0008.", {"Styrker": "Flere."})


def test_an_upgrade_cut_off_halfway_leaves_the_schema_as_it_was(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A ward PC can lose power, or a migration can fail, between two statements of one upgrade.
    with database.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
        before = _triggers(connection)
    run_sql = op.execute

    def stop_after_the_first_statement(sql: object, *args: object, **kwargs: object) -> None:
        run_sql(sql, *args, **kwargs)  # SQLite: drops the trigger; PostgreSQL: replaces its function
        raise RuntimeError("strømmen gik")

    monkeypatch.setattr(op, "execute", stop_after_the_first_statement)
    with pytest.raises(RuntimeError, match="strømmen gik"):
        database.migrate()
    assert database.current_revision() == "0007"
    with database.engine.connect() as connection:
        assert _triggers(connection) == before


def test_downgrading_0011_gives_back_the_undeletable_triggers_exactly(database: Database) -> None:
    with database.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        at_head = _triggers(connection)
        command.downgrade(config, "0010")
        downgraded = _triggers(connection)
        command.downgrade(config, "0003")  # 0004 undone and done again: its triggers as it made them
        command.upgrade(config, "0010")
        assert downgraded == _triggers(connection) != at_head
        command.upgrade(config, "head")
        assert _triggers(connection) == at_head
