"""The queue page's data: filters read from the URL, one page in priority order, counts per filter.

The rows come from `review.queries.queue_query` (the statement the CLI and bench/queue_page.py use), so
console and CLI agree on order. Counts are faceted: each filter's counts apply every *other* active
filter, so a reviewer sees how many findings choosing a value would show.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Mapping
from urllib.parse import urlencode

from sqlalchemy import select
from sqlalchemy.orm import Session

from brandwatch.model.vocabulary import SEVERITIES
from brandwatch.review.preview import Segment, marks_of, segments
from brandwatch.review.queries import QueueFilter, QueueRow, list_queue, queue_query
from brandwatch.store.models import OPEN_STATUSES, Finding
from brandwatch.web.console_counts import FacetCount, facet_counts

PAGE_SIZE = 50
ALL_STATUSES = (*OPEN_STATUSES, "resolved", "dismissed")
SEVERITY_ORDER = tuple(reversed(SEVERITIES))  # worst first
CATEGORIES = ("leak", "endorsement", "complaint", "caution")  # the order the console lists them
FACETS = {"status": Finding.status, "category": Finding.category, "severity": Finding.severity,
          "team": Finding.team, "assignee": Finding.assignee}
_FILTER_FIELD = {"status": "statuses", "category": "categories", "severity": "severities",
                 "team": "teams", "assignee": "assignees"}
UNASSIGNED = "(unassigned)"  # the assignee facet value for findings nobody holds


@dataclass(frozen=True, slots=True)
class FacetValue:
    value: str
    count: int | None  # None: not counted (closed states, unless chosen)
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
    excerpts: dict[int, tuple[Segment, ...]]  # finding id -> its post, masked, about one line

    @property
    def first_index(self) -> int:
        return self.criteria.offset + 1 if self.rows else 0

    @property
    def last_index(self) -> int:
        return self.criteria.offset + len(self.rows)


MAX_PAGE = 1_000_000  # pages of PAGE_SIZE: far beyond any queue, far below the OFFSET limit


def parse_filter(params: Mapping[str, list[str]]) -> tuple[QueueFilter, int]:
    """Filters from the query string (each may repeat); unknown values simply match nothing."""

    def values(name: str) -> tuple[str, ...]:
        return tuple(v for v in params.get(name, []) if v)

    raw_page = (params.get("page") or ["1"])[0]
    try:
        page = int(raw_page)
    except ValueError:
        page = 1  # not a number at all: like an unknown filter value, simply the first page
    if not 1 <= page <= MAX_PAGE:  # a huge page overflowed the database's OFFSET: a 500 before
        from starlette.exceptions import HTTPException

        raise HTTPException(400, f"page must be from 1 to {MAX_PAGE}, not {raw_page[:20]}")
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


def queue_page(session: Session, criteria: QueueFilter, page: int, now: datetime) -> QueuePage:
    rows = tuple(_rows(session, criteria, now))
    # Counted over the open states and any closed ones chosen; every other count on the page is summed
    # from these few hundred combinations in Python.
    closed_chosen = sorted(set(criteria.statuses) - set(OPEN_STATUSES))
    combos = facet_counts(session, [*OPEN_STATUSES, *closed_chosen], now)
    total = sum(c.count for c in combos if _matches(c, criteria))
    overdue = sum(c.count for c in combos if c.overdue and _matches(c, criteria, skip="overdue"))
    facets = {}
    for name in FACETS:
        counted: dict[str | None, int] = {}
        for combo in combos:
            if _matches(combo, criteria, skip=name):
                value = getattr(combo, name)
                counted[value] = counted.get(value, 0) + combo.count
        facets[name] = _facet_values(criteria, name, counted)
    # Closed states are most of the table: they are offered without a count unless chosen.
    facets["status"] = _every_status(facets["status"])
    pages = max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1)
    return QueuePage(criteria, rows, total, page, pages, facets, overdue, post_excerpts(session, rows))


def _every_status(counted: tuple[FacetValue, ...]) -> tuple[FacetValue, ...]:
    """Every state in lifecycle order: open ones counted (0 when none), closed ones counted only if chosen."""
    by_value = {v.value: v for v in counted}
    ordered = [by_value.pop(status, None) or FacetValue(status, 0 if status in OPEN_STATUSES else None, False)
               for status in ALL_STATUSES]
    return tuple(ordered) + tuple(by_value.values())


def _matches(combo: FacetCount, criteria: QueueFilter, skip: str | None = None) -> bool:
    if skip != "status" and combo.status not in (criteria.statuses or OPEN_STATUSES):
        return False
    for name, field in _FILTER_FIELD.items():
        wanted = getattr(criteria, field)
        if name in ("status", skip) or not wanted:
            continue
        value = getattr(combo, name)
        if name == "assignee" and value is None:
            value = UNASSIGNED
        if value not in wanted:
            return False
    return skip == "overdue" or not criteria.overdue or combo.overdue


def _rows(session: Session, criteria: QueueFilter, now: datetime) -> list[QueueRow]:
    """queue_query knows no "(unassigned)" value: such a filter is added to its statement here."""
    if UNASSIGNED not in criteria.assignees:
        return list_queue(session, criteria, now)
    others = [a for a in criteria.assignees if a != UNASSIGNED]
    statement = queue_query(replace(criteria, assignees=()), now).where(
        Finding.assignee.is_(None) | Finding.assignee.in_(others))
    return [QueueRow(**row._mapping) for row in session.execute(statement)]


def _facet_values(criteria: QueueFilter, name: str, counted: dict[str | None, int]) -> tuple[FacetValue, ...]:
    counted = dict(counted)
    if name == "assignee":
        counted[UNASSIGNED] = counted.pop(None, 0) + counted.get(UNASSIGNED, 0)
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


EXCERPT_LENGTH = 180


def post_excerpts(session: Session, rows: tuple[QueueRow, ...]) -> dict[int, tuple[Segment, ...]]:
    """Each row's post, evidence marked and every leaked value masked, cut to about one line.

    One query for the page: the rows' mentions and every finding on them (a leak found by another
    rule on the same post must be masked here too).
    """
    if not rows:
        return {}
    mention_of = dict(session.execute(select(Finding.id, Finding.mention_id)
                                      .where(Finding.id.in_([row.id for row in rows]))).all())
    findings = session.scalars(select(Finding).where(Finding.mention_id.in_(set(mention_of.values())))).all()
    by_mention: dict[int, list[Finding]] = {}
    for finding in findings:
        by_mention.setdefault(finding.mention_id, []).append(finding)
    excerpts = {}
    for row in rows:
        siblings = by_mention.get(mention_of.get(row.id), [])
        if not siblings:
            continue
        text = siblings[0].mention.text
        own = [f for f in siblings if f.id == row.id or f.category == "leak"]
        excerpts[row.id] = _cut(segments(text, marks_of(own)), EXCERPT_LENGTH)
    return excerpts


def _cut(parts: list[Segment], limit: int) -> tuple[Segment, ...]:
    kept, used = [], 0
    for part in parts:
        text = " ".join(part.text.split())
        if part.text[:1].isspace():
            text = " " + text
        if part.text[-1:].isspace():
            text += " "
        if used + len(text) > limit and part.kind == "text":
            kept.append(Segment(part.kind, text[:max(limit - used, 0)].rstrip() + "…"))
            break
        kept.append(Segment(part.kind, text, part.rule))
        used += len(text)
    return tuple(kept)
