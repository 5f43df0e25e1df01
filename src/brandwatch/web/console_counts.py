"""Counts of findings for the queue's facets and the dashboard, from the maintained counter tables.

`finding_counts` (migration 0017_issue19_console_counters) knows, per (status, category, severity, team,
assignee), how many findings there are and how many have a due time, whatever their number; it cannot
know the time. What depends on the time is counted exactly from the few findings it concerns, in the
same statement (one snapshot, so the parts always agree):

- overdue = findings with a due time minus those due from now on (SLAs are hours or days: few);
- ages = open findings created within each age limit, read from the last `limits[-1]` of findings; the
  oldest bucket is the open total less those.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, case, func, literal, select, text, union_all
from sqlalchemy.orm import Session

from brandwatch.store.models import OPEN_STATUSES, Finding, FindingCount

# Written as in the partial indexes' WHERE clause: SQLite uses a partial index only when the query
# repeats its condition with literals (see review/queries.py).
OPEN_CONDITION = text("findings.status IN ('new', 'claimed', 'escalated', 'released', 'reopened')")
_FACETS = ("status", "category", "severity", "team", "assignee")


@dataclass(frozen=True, slots=True)
class FacetCount:
    """How many findings of one (status, category, severity, team, assignee) are, or are not, overdue."""

    status: str
    category: str
    severity: str
    team: str | None
    assignee: str | None
    overdue: bool
    count: int


def facet_counts(session: Session, statuses: Sequence[str], now: datetime) -> list[FacetCount]:
    """Counts per facet combination and overdue flag over the findings in `statuses`."""
    open_only = set(statuses) == set(OPEN_STATUSES)
    in_states: ColumnElement[bool] = OPEN_CONDITION if open_only else Finding.status.in_(list(statuses))
    kept = select(*(getattr(FindingCount, c) for c in _FACETS), FindingCount.n.label("n"),
                  FindingCount.due_n.label("due_n"), literal(0).label("not_due")
                  ).where(FindingCount.status.in_(list(statuses)))
    not_due = select(*(getattr(Finding, c) for c in _FACETS), literal(0), literal(0), literal(1)
                     ).where(in_states, Finding.due_at >= now)
    parts = union_all(kept, not_due).subquery()
    keys = [parts.c[c] for c in _FACETS]
    counts = []
    for *key, n, due_n, not_due_n in session.execute(
            select(*keys, func.sum(parts.c.n), func.sum(parts.c.due_n), func.sum(parts.c.not_due)).group_by(*keys)):
        late = int(due_n or 0) - int(not_due_n or 0)
        for is_late, part in ((False, int(n or 0) - late), (True, late)):
            if part:
                counts.append(FacetCount(*key, overdue=is_late, count=part))
    return counts


def open_by_age(session: Session, now: datetime, limits: Sequence[timedelta]) -> dict[str, list[int]]:
    """Per category: open findings created within each of `limits` (ascending), then all open findings."""
    within = [case((Finding.created_at > now - limit, 1), else_=0) for limit in limits]
    recent = select(Finding.category, literal(0).label("n"), *within).where(
        OPEN_CONDITION, Finding.created_at > now - max(limits))
    totals = select(FindingCount.category, FindingCount.n, *(literal(0) for _ in limits)).where(
        FindingCount.status.in_(list(OPEN_STATUSES)))
    parts = union_all(totals, recent).subquery()
    columns = list(parts.c)
    rows = session.execute(select(columns[0], *(func.sum(c) for c in columns[2:]), func.sum(columns[1]))
                           .group_by(columns[0]))
    return {category: [int(v or 0) for v in counts] for category, *counts in rows if counts[-1]}


__all__ = ["FacetCount", "OPEN_CONDITION", "facet_counts", "open_by_age"]
