"""Compaction of the finding counter tables (FindingCount, FindingRuleCount).

Triggers append a -1/+1 row per change (migration 0017_issue19_console_counters), so the tables grow with
every triage; `fold` replaces each key's rows by one row holding their sum, leaving the sums, and so every
count read from them, unchanged. It is safe beside writers and beside another fold:

- PostgreSQL: one statement deletes the rows its snapshot sees and inserts exactly their sums; a delta
  committed meanwhile is neither deleted nor summed, and rows another fold deleted first are skipped.
- SQLite: one writer at a time; the sums and the delete cover the same ids (up to the highest seen before),
  inside one write transaction, and rowids only grow, so later deltas are left for the next fold.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select, text

from brandwatch.store.models import FindingCount, FindingRuleCount

_COUNTERS = ((FindingCount, ("status", "category", "severity", "team", "assignee"), ("n", "due_n")),
             (FindingRuleCount, ("rule_id", "status", "dismiss_reason", "created_day"), ("n",)))


def fold(connection: Connection) -> int:
    """Compact both counter tables in the caller's transaction; returns how many rows were removed."""
    removed = 0
    for model, keys, values in _COUNTERS:
        table = model.__tablename__
        before = connection.scalar(select(func.count()).select_from(model))
        columns = ", ".join([*keys, *values])
        sums = ", ".join(f"sum({v})" for v in values)
        nonzero = " OR ".join(f"sum({v}) <> 0" for v in values)
        if connection.dialect.name == "postgresql":
            connection.execute(text(
                f"WITH moved AS (DELETE FROM {table} RETURNING {columns}) "
                f"INSERT INTO {table} ({columns}) SELECT {', '.join(keys)}, {sums} FROM moved "
                f"GROUP BY {', '.join(keys)} HAVING {nonzero}"))
        else:
            highest = connection.scalar(select(func.max(model.id)))
            if highest is None:
                continue
            connection.execute(text(
                f"INSERT INTO {table} ({columns}) SELECT {', '.join(keys)}, {sums} FROM {table} "
                f"WHERE id <= :highest GROUP BY {', '.join(keys)} HAVING {nonzero}"), {"highest": highest})
            connection.execute(text(f"DELETE FROM {table} WHERE id <= :highest"), {"highest": highest})
        removed += before - connection.scalar(select(func.count()).select_from(model))
    return removed


__all__ = ["fold"]
