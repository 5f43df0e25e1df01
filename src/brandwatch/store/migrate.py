"""Schema upgrades that a kill at any moment cannot wedge.

SQLite: every pending migration runs in one `BEGIN IMMEDIATE` transaction, so a start killed part-way
leaves the database exactly as it was. pysqlite's default transaction handling would not do that: it only
opens a transaction before INSERT/UPDATE/DELETE, so each CREATE TABLE committed on its own and a killed
first start left tables without a schema version ("table authors already exists" on every later start).
The migration connection therefore runs with the driver's transaction handling switched off and issues
BEGIN itself; the write lock it takes also serialises two daemons starting at once.

PostgreSQL: each migration commits in its own transaction (DDL is transactional there), so a killed start
resumes at the first migration not yet committed. A session-level advisory lock serialises concurrent
starts and is released by the server when the holding process dies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, event, inspect, text
from sqlalchemy.exc import DBAPIError

from brandwatch import faults
from brandwatch.errors import StorageError

MIGRATIONS = Path(__file__).with_name("migrations")
_MIGRATION_LOCK = 0x6272_616E_6477_01  # "brandw" + 1: the advisory lock that serialises schema upgrades
_OWN_TABLES = ("authors", "mentions", "findings", "review_events")


@dataclass
class _Progress:
    """Which migrations this start meant to apply and how far it got, for an error that names the step."""

    start: str | None = None
    pending: list[str] = field(default_factory=list)
    applied: list[str] = field(default_factory=list)

    def on_version_apply(self, *, step, **_kw) -> None:
        self.applied.append(step.up_revision_id)
        faults.reached("migration.step")

    def failing(self) -> str:
        return self.pending[len(self.applied)] if len(self.applied) < len(self.pending) else "(none pending)"


def upgrade(engine: Engine, revision: str = "head", *, fingerprint_key: bytes | None = None) -> None:
    """Apply Alembic migrations up to `revision` (run on every start; a no-op when current).

    `fingerprint_key`: the deployment's leak fingerprint key, for migrations that re-key stored
    fingerprints (0008_issue16_fingerprints); without it they keep the old ones as aliases."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["fingerprint_key"] = fingerprint_key
    where = engine.url.render_as_string(hide_password=True)
    try:
        connection = engine.connect()
    except DBAPIError as exc:
        raise StorageError(f"database {where} is unreachable: {_cause(exc)}") from exc
    progress = _Progress()
    with connection:
        if revision == "head" and _already_at_head(connection):
            return
        try:
            if engine.dialect.name == "sqlite":
                _upgrade_in_one_transaction(connection, config, revision, progress)
            else:
                _upgrade_step_by_step(connection, config, revision, progress)
        except StorageError:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure becomes one message naming the migration
            kept = progress.start if engine.dialect.name == "sqlite" else (progress.applied or [progress.start])[-1]
            raise StorageError(
                f"database {where}: schema migration {progress.failing()} failed: {_cause(exc)} "
                f"(the schema stays at revision {kept or 'none (empty)'}; fix the cause and start again)") from exc


@lru_cache(maxsize=1)
def _head_revision() -> str | None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


def _already_at_head(connection: Connection) -> bool:
    """True when nothing is pending, checked without a lock or Alembic's environment.

    Every CLI command and console start runs `upgrade`; loading the migration scripts each time cost
    about 20 ms per command (a quarter of that on SQLite when current), and nothing needs the lock to read a version that is current."""
    try:
        current = MigrationContext.configure(connection).get_current_revision()
    except DBAPIError:
        connection.rollback()
        return False
    finally:
        if connection.in_transaction():
            connection.rollback()
    return current is not None and current == _head_revision()


def _upgrade_in_one_transaction(connection: Connection, config: Config, revision: str, progress: _Progress) -> None:
    dbapi_connection = connection.connection.dbapi_connection
    previous = dbapi_connection.isolation_level
    dbapi_connection.isolation_level = None  # the driver stops committing DDL behind our back
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            _run(connection, config, revision, progress, per_migration=False)
        except BaseException:
            connection.rollback()
            raise
        connection.commit()
    finally:
        dbapi_connection.isolation_level = previous


def _upgrade_step_by_step(connection: Connection, config: Config, revision: str, progress: _Progress) -> None:
    connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_LOCK})
    connection.commit()
    try:
        _run(connection, config, revision, progress, per_migration=True)
    finally:
        connection.rollback()
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _MIGRATION_LOCK})
        connection.commit()


def _run(connection: Connection, config: Config, revision: str, progress: _Progress, *, per_migration: bool) -> None:
    progress.start = MigrationContext.configure(connection).get_current_revision()
    if progress.start is None:
        _refuse_tables_without_version(connection)
    script = ScriptDirectory.from_config(config)
    progress.pending = [r.revision for r in reversed(list(script.iterate_revisions(revision, progress.start or "base")))]
    if per_migration:
        connection.commit()  # Alembic opens one transaction per migration only on an idle connection

    def statement_executed(*_args) -> None:
        faults.reached("migration.statement")

    config.attributes.update(connection=connection, on_version_apply=progress.on_version_apply,
                             transaction_per_migration=per_migration)
    event.listen(connection, "after_cursor_execute", statement_executed)
    try:
        command.upgrade(config, revision)
    finally:
        event.remove(connection, "after_cursor_execute", statement_executed)


def _refuse_tables_without_version(connection: Connection) -> None:
    found = [name for name in _OWN_TABLES if name in set(inspect(connection).get_table_names())]
    if found:
        raise StorageError(
            f"database {connection.engine.url.render_as_string(hide_password=True)} holds brandwatch tables "
            f"({', '.join(found)}) but no schema version: a first start of an older brandwatch was interrupted "
            "while it created them. If the database holds nothing worth keeping, delete it (SQLite: remove the "
            "file) and start again; otherwise restore it from a backup.")


def _cause(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).strip()
