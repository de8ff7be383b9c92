"""The Alembic head this code expects, known without importing Alembic (start-up stays fast).

tests/store/test_migrations.py keeps it equal to the newest migration.
"""

SCHEMA_HEAD = "0012"
