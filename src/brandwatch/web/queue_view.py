"""The queue page's data: filters read from the URL, one page in priority order, counts per filter.

The rows come from `review.queries.queue_query` (the statement the CLI and bench/queue.py use), so
console and CLI agree on order. Counts are faceted: each filter's counts apply every *other* active
filter, so a reviewer sees how many findings choosing a value would show.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Mapping
from urllib.parse import urlencode

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from brandwatch.review.queries import QueueFilter, QueueRow, list_queue, queue_query
from brandwatch.store.models import OPEN_STATUSES, Finding

PAGE_SIZE = 50
ALL_STATUSES = (*OPEN_STATUSES, "resolved", "dismissed")
SEVERITY_ORDER = ("critical", "high", "medium", "low")
CATEGORIES = ("leak", "endorsement", "complaint", "caution")
FACETS = {"status": Finding.status, "category": Finding.category, "severity": Finding.severity,
          "team": Finding.team, "assignee": Finding.assignee}
_FILTER_FIELD = {"status": "statuses", "category": "categories", "severity": "severities",
                 "team": "teams", "assignee": "assignees"}
UNASSIGNED = "(unassigned)"  # the assignee facet value for findings nobody holds


@dataclass(frozen=True, slots=True)
class FacetValue:
    value: str
    count: int
    selected: bool


@dataclass(frozen=True, slots=True)
class QueuePage:
    criteria: QueueFilter
    rows: tuple[QueueRow, ...]
    total: int
    page: int
    pages: int
    facets: dict[str, tuple[FacetValue, ...]]
    overdue_count: int

    @property
    def first_index(self) -> int:
        return self.criteria.offset + 1 if self.rows else 0

    @property
    def last_index(self) -> int:
        return self.criteria.offset + len(self.rows)


def parse_filter(params: Mapping[str, list[str]]) -> tuple[QueueFilter, int]:
    """Filters from the query string (each may repeat); unknown values simply match nothing."""

    def values(name: str) -> tuple[str, ...]:
        return tuple(v for v in params.get(name, []) if v)

    try:
        page = max(int((params.get("page") or ["1"])[0]), 1)
    except ValueError:
        page = 1
    criteria = QueueFilter(statuses=values("status"), categories=values("category"),
                           severities=values("severity"), teams=values("team"),
                           assignees=values("assignee"), overdue=bool(values("overdue")),
                           limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return criteria, page


def filter_query(criteria: QueueFilter, **changes: object) -> str:
    """The query string for `criteria` with some filters changed (page resets unless given)."""
    fields = {name: list(getattr(criteria, field)) for name, field in _FILTER_FIELD.items()}
    page = changes.pop("page", 1)
    for name, value in changes.items():
        if name == "overdue":
            continue
        fields[name] = [] if value is None else [str(value)]
    overdue = changes.get("overdue", criteria.overdue)
    pairs = [(name, v) for name, vs in fields.items() for v in vs]
    if overdue:
        pairs.append(("overdue", "1"))
    if page and page != 1:
        pairs.append(("page", str(page)))
    return urlencode(pairs)


def _conditions(criteria: QueueFilter, now: datetime, skip: str | None = None) -> list:
    conditions = []
    if skip != "status":
        conditions.append(Finding.status.in_(criteria.statuses or OPEN_STATUSES))
    for name, field in _FILTER_FIELD.items():
        wanted = getattr(criteria, field)
        if name == "status" or name == skip or not wanted:
            continue
        if name == "assignee" and UNASSIGNED in wanted:
            others = [w for w in wanted if w != UNASSIGNED]
            conditions.append(Finding.assignee.is_(None) | Finding.assignee.in_(others))
        else:
            conditions.append(FACETS[name].in_(wanted))
    if criteria.overdue:
        conditions.append(Finding.due_at < now)
    return conditions


def queue_page(session: Session, criteria: QueueFilter, page: int, now: datetime) -> QueuePage:
    rows = tuple(_rows(session, criteria, now))
    total = session.scalar(select(func.count(Finding.id)).where(*_conditions(criteria, now))) or 0
    overdue = session.scalar(select(func.count(Finding.id))
                             .where(*_conditions(replace(criteria, overdue=True), now))) or 0
    facets = {name: _facet(session, criteria, name, now) for name in FACETS}
    pages = max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1)
    return QueuePage(criteria, rows, total, page, pages, facets, overdue)


def _rows(session: Session, criteria: QueueFilter, now: datetime) -> list[QueueRow]:
    """queue_query knows no "(unassigned)" value: such a filter is added to its statement here."""
    if UNASSIGNED not in criteria.assignees:
        return list_queue(session, criteria, now)
    others = [a for a in criteria.assignees if a != UNASSIGNED]
    statement = queue_query(replace(criteria, assignees=()), now).where(
        Finding.assignee.is_(None) | Finding.assignee.in_(others))
    return [QueueRow(**row._mapping) for row in session.execute(statement)]


def _facet(session: Session, criteria: QueueFilter, name: str, now: datetime) -> tuple[FacetValue, ...]:
    column = FACETS[name]
    counted = dict(session.execute(select(column, func.count(Finding.id))
                                   .where(*_conditions(criteria, now, skip=name)).group_by(column)).all())
    if name == "assignee":
        counted[UNASSIGNED] = counted.pop(None, 0)
    else:
        counted.pop(None, None)
    selected = set(getattr(criteria, _FILTER_FIELD[name]))
    order = {"status": ALL_STATUSES, "severity": SEVERITY_ORDER, "category": CATEGORIES}.get(name)
    if order is not None:
        values = [v for v in order if v in counted or v in selected]
        values += sorted(v for v in counted if v not in order)
    else:
        values = sorted(counted, key=lambda v: (v == UNASSIGNED, v))
    return tuple(FacetValue(v, int(counted.get(v, 0)), v in selected) for v in values)
