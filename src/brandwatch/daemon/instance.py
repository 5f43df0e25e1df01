"""This process's row in `daemon_instances`: heartbeat, role, rules and sentiment state.

`brandwatch status` runs in another process (a container health check), so everything it reports
about the daemon has to be in the database.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from brandwatch.daemon.rulebook import RulesState
from brandwatch.store.db import transaction
from brandwatch.store.models import DaemonInstance, OutboxMessage


class InstanceRecord:
    def __init__(self, factory: sessionmaker[Session], clock: Callable[[], datetime]):
        self.factory, self.clock = factory, clock
        self.instance_id = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"

    def register(self, role: str, backend: str, fallback: str | None, rules: RulesState,
                 console_url: str | None = None) -> None:
        now = self.clock()
        with transaction(self.factory) as session:
            session.add(DaemonInstance(
                instance_id=self.instance_id, hostname=socket.gethostname(), pid=os.getpid(), role=role,
                started_at=now, heartbeat_at=now, sentiment_backend=backend, sentiment_fallback=fallback,
                rules_loaded_at=rules.loaded_at, rules_count=len(rules.rule_set), rules_error=rules.error,
                console_url=console_url))

    def _update(self, **values) -> None:
        with transaction(self.factory) as session:
            row = session.get(DaemonInstance, self.instance_id)
            if row is not None:
                for key, value in values.items():
                    setattr(row, key, value)

    def heartbeat(self, role: str) -> None:
        self._update(heartbeat_at=self.clock(), role=role)

    def rules_changed(self, rules: RulesState) -> None:
        self._update(rules_loaded_at=rules.loaded_at, rules_count=len(rules.rule_set), rules_error=rules.error)

    def sentiment_changed(self, backend: str, fallback: str | None) -> None:
        self._update(sentiment_backend=backend, sentiment_fallback=fallback)

    def stopped(self) -> None:
        self._update(stopped_at=self.clock(), heartbeat_at=self.clock())


def process_gone(row: DaemonInstance) -> bool:
    """An instance on this machine whose process no longer exists (killed, OOM). Another machine's
    process cannot be checked from here: only its heartbeat can tell."""
    if row.hostname != socket.gethostname():
        return False
    try:
        os.kill(row.pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # exists, but another user's: alive as far as we can tell
        return False
    return False


def reclaim_dead_instances(factory: sessionmaker[Session], now: datetime, stale_after: timedelta, *,
                           sqlite_single: bool, keep: str | None = None) -> list[str]:
    """Mark dead instances stopped and give back the outbox messages they had taken; returns their ids.

    Dead means: its process is gone from this machine, or its heartbeat is older than `stale_after`.
    On SQLite the caller holds the database's exclusive daemon lock, so every other unstopped instance
    is dead whatever its heartbeat says.
    """
    with transaction(factory) as session:
        rows = session.scalars(select(DaemonInstance).where(DaemonInstance.stopped_at.is_(None)))
        dead = [row for row in rows if row.instance_id != keep
                and (sqlite_single or process_gone(row) or now - row.heartbeat_at > stale_after)]
        for row in dead:
            row.stopped_at = now
        ids = [row.instance_id for row in dead]
        if ids:
            session.execute(update(OutboxMessage)
                            .where(OutboxMessage.status == "pending", OutboxMessage.leased_by.in_(ids))
                            .values(next_attempt_at=now, leased_by=None))
    return ids
