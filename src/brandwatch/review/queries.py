"""Reading the queue: the list page (filters, priority order) and one finding with its trail.

Priority order is severity, then age (oldest first), then author reach, then id — the order of the
partial index `ix_findings_open_order`, so the default first page reads one index range and stops.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select, text
from sqlalchemy.orm import Session

from brandwatch.review.grouping import incident_of
from brandwatch.review.states import FindingNotFound
from brandwatch.store.models import OPEN_STATUSES, Author, Finding, Mention, ReviewEvent

# Written exactly as in the partial index's WHERE clause: SQLite uses a partial index only when the
# query repeats its condition, and with literals rather than bound parameters.
_OPEN_CONDITION = text("findings.status IN ('new', 'claimed', 'escalated', 'released', 'reopened')")


@dataclass(frozen=True, slots=True)
class QueueFilter:
    statuses: tuple[str, ...] = ()  # empty: every open state
    categories: tuple[str, ...] = ()
    severities: tuple[str, ...] = ()
    teams: tuple[str, ...] = ()
    assignees: tuple[str, ...] = ()
    overdue: bool = False
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: int
    severity: str
    category: str
    kind: str
    rule_id: str
    status: str
    assignee: str | None
    team: str | None
    due_at: datetime | None
    created_at: datetime
    preview: str
    platform: str
    author: str | None


def queue_query(criteria: QueueFilter, now: datetime) -> Select:
    """The exact statement behind a page of `queue list` (bench/queue.py times it)."""
    query = (select(Finding.id, Finding.severity, Finding.category, Finding.kind, Finding.rule_id,
                    Finding.status, Finding.assignee, Finding.team, Finding.due_at, Finding.created_at,
                    Finding.preview, Mention.platform, Author.handle.label("author"))
             .join(Mention, Mention.id == Finding.mention_id)
             .outerjoin(Author, Author.id == Mention.author_id))
    if criteria.statuses and set(criteria.statuses) != set(OPEN_STATUSES):
        query = query.where(Finding.status.in_(criteria.statuses))
    else:
        query = query.where(_OPEN_CONDITION)
    for column, values in ((Finding.category, criteria.categories), (Finding.severity, criteria.severities),
                           (Finding.team, criteria.teams), (Finding.assignee, criteria.assignees)):
        if values:
            query = query.where(column.in_(values))
    if criteria.overdue:
        query = query.where(Finding.due_at < now, _OPEN_CONDITION)
    return (query.order_by(Finding.priority.desc(), Finding.created_at, Finding.author_reach.desc(), Finding.id)
            .limit(criteria.limit).offset(criteria.offset))


def list_queue(session: Session, criteria: QueueFilter, now: datetime) -> list[QueueRow]:
    return [QueueRow(**row._mapping) for row in session.execute(queue_query(criteria, now))]


@dataclass(frozen=True, slots=True)
class FindingDetail:
    finding: Finding
    mention: Mention
    siblings: tuple[Finding, ...]  # every finding on the same post, for highlighting
    events: tuple[ReviewEvent, ...]
    incident: tuple[Finding, ...]  # findings elsewhere sharing this one's fingerprint


def finding_detail(session: Session, finding_id: int) -> FindingDetail:
    finding = session.get(Finding, finding_id)
    if finding is None:
        raise FindingNotFound(finding_id)
    siblings = tuple(session.scalars(select(Finding).where(Finding.mention_id == finding.mention_id)
                                     .order_by(Finding.start)))
    events = tuple(session.scalars(select(ReviewEvent).where(ReviewEvent.finding_id == finding_id)
                                   .order_by(ReviewEvent.id)))
    incident = incident_of(session, finding)
    return FindingDetail(finding, finding.mention, siblings, events, incident.findings if incident else ())
