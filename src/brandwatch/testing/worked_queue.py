"""Loading a queue that has already been worked (claimed, resolved, dismissed findings) in bulk.

The audit migration (0006_issue18_audit) refuses a finding born in any state but new, so that every
state change has its review event. The benches and the console's aggregate tests only read such a
queue, and a year of it is far quicker to insert directly, without the events: this sets that one
guard aside while loading and puts it back after. Never for a database anyone relies on.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import Engine


@contextmanager
def history_allowed(engine: Engine) -> Iterator[None]:
    """While open, findings may be inserted in any state; every other trigger stays in force."""
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            guard = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'findings_born_new'").scalar_one()
            connection.exec_driver_sql("DROP TRIGGER findings_born_new")
        else:
            connection.exec_driver_sql("ALTER TABLE findings DISABLE TRIGGER findings_status_via_event")
    try:
        yield
    finally:
        with engine.begin() as connection:
            if engine.dialect.name == "sqlite":
                connection.exec_driver_sql(guard)
            else:
                connection.exec_driver_sql("ALTER TABLE findings ENABLE TRIGGER findings_status_via_event")
