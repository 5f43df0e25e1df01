"""Who schedules collection. Every instance analyses; only the leader collects.

PostgreSQL: the leader holds a session-level advisory lock on its own connection. The server drops
the lock the moment that connection ends — including when the process is SIGKILLed — and another
instance's next attempt takes it over. SQLite: one process per database file, enforced by an
exclusive file lock beside it, and that process is always the leader.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
from pathlib import Path
from typing import IO

from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection

from brandwatch.errors import StorageError

log = logging.getLogger("brandwatch.daemon.leader")


class AnotherInstanceRunning(StorageError):
    """A second daemon was started on the same SQLite database."""


def lock_key(database: str, schema: str) -> int:
    """A signed 64-bit advisory-lock key for this database and schema (tests run side by side in schemas)."""
    digest = hashlib.sha256(f"brandwatch-scheduler:{database}:{schema}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class PostgresLeadership:
    role_when_leading = "leader"

    def __init__(self, engine: Engine):
        self.engine = engine
        self._connection: Connection | None = None
        self.is_leader = False

    def try_lead(self) -> bool:
        """Take the lock if free, or confirm we still hold it; False when another instance leads."""
        try:
            if self._connection is None:
                self._connection = self.engine.connect()
                self._connection.execution_options(isolation_level="AUTOCOMMIT")
            if self.is_leader:
                self._connection.execute(text("SELECT 1"))  # the lock lives as long as this connection
                return True
            row = self._connection.execute(text("SELECT current_database(), current_schema()")).one()
            acquired = self._connection.execute(text("SELECT pg_try_advisory_lock(:key)"),
                                                {"key": lock_key(row[0], row[1])}).scalar()
            self.is_leader = bool(acquired)
        except Exception as exc:  # noqa: BLE001 - a lost connection means a lost lock: step down, retry later
            log.warning("leadership connection failed (%s); not leading until it is back", type(exc).__name__)
            self._drop()
        return self.is_leader

    def _drop(self) -> None:
        self.is_leader = False
        if self._connection is not None:
            try:
                self._connection.invalidate()
                self._connection.close()
            except Exception:  # noqa: BLE001 - already broken
                pass
            self._connection = None

    def release(self) -> None:
        self._drop()  # closing the session releases its advisory locks


class SqliteLeadership:
    """The only instance on this database file; refuses to start beside another."""

    role_when_leading = "single"

    def __init__(self, database_path: Path):
        self.path = database_path.with_name(database_path.name + ".daemon-lock")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._handle: IO[str] | None = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(self._handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._handle.close()
            self._handle = None
            raise AnotherInstanceRunning(
                f"another `brandwatch run` already uses {database_path} (lock {self.path}); SQLite "
                "allows one daemon per database — use PostgreSQL to run several") from None
        self._handle.seek(0)
        self._handle.truncate()
        self._handle.write(str(os.getpid()))
        self._handle.flush()
        self.is_leader = True

    def try_lead(self) -> bool:
        return True

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None


def leadership_for(engine: Engine) -> PostgresLeadership | SqliteLeadership:
    if engine.dialect.name == "postgresql":
        return PostgresLeadership(engine)
    database = engine.url.database
    if not database or database == ":memory:":
        raise StorageError("`brandwatch run` needs a database file or server, not an in-memory database")
    return SqliteLeadership(Path(database).resolve())
