"""Storage: SQLAlchemy tables, engine and session handling, Alembic migrations.

Never imports collectors, detectors or the review code.
"""
