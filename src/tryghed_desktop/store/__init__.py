"""Persistence: SQLAlchemy 2.x models, engine and sessions, Alembic migrations, backups."""
