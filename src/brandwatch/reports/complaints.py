"""Complaint statistics over a period: counts by topic and day, response times, SLA breaches, top rules.

The period and the days are the times the posts were **written** (`mentions.created_at`), not when
brandwatch found them: a backfill of October posts lands on October's days, not on the day it ran.
What arrived late is noted instead: complaints found in the period about posts written before it
(counted in the reports of their own days), and complaints in the period collected more than
`LATE_AFTER` after they were posted (a report written soon after its period may still grow).

"First action" is the first audit event by a person (not the system) after the finding was raised;
"resolution" is the first move to `resolved`. A finding breached its SLA when its first action came
after `due_at`, or when none has come and `due_at` has passed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import median

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from brandwatch.review.service import SYSTEM_ACTOR
from brandwatch.store.models import Finding, Mention, ReviewEvent

TOPICS = ("product", "staff", "policy", "other")
LATE_AFTER = timedelta(hours=24)


@dataclass(frozen=True)
class ComplaintReport:
    since: datetime
    until: datetime
    total: int
    by_topic: dict[str, int]
    by_day: dict[date, dict[str, int]]  # every day of the period, zero-filled
    median_first_action: timedelta | None
    median_resolution: timedelta | None
    sla_breaches: int
    open_now: int
    top_rules: list[tuple[str, int]]
    arrived_late: int = 0  # of `total`, collected more than LATE_AFTER after they were posted
    found_about_earlier_posts: int = 0  # found in the period about posts written before it
    oldest_earlier_post: datetime | None = None


def complaint_report(session: Session, since: datetime, until: datetime, top: int = 10) -> ComplaintReport:
    rows = session.execute(select(Finding, Mention.created_at, Mention.collected_at)
                           .join(Mention, Mention.id == Finding.mention_id)
                           .where(Finding.category == "complaint", Mention.created_at >= since,
                                  Mention.created_at < until)
                           .order_by(Finding.id)).all()
    findings = [finding for finding, _, _ in rows]
    posted = {finding.id: written for finding, written, _ in rows}
    arrived_late = sum(1 for _, written, collected in rows if collected - written > LATE_AFTER)
    earlier = session.execute(select(func.count(), func.min(Mention.created_at))
                              .select_from(Finding).join(Mention, Mention.id == Finding.mention_id)
                              .where(Finding.category == "complaint", Finding.created_at >= since,
                                     Finding.created_at < until, Mention.created_at < since)).one()
    events = defaultdict(list)
    if findings:
        ids = [f.id for f in findings]
        for start in range(0, len(ids), 500):
            for event in session.scalars(select(ReviewEvent).where(ReviewEvent.finding_id.in_(ids[start:start + 500]))
                                         .order_by(ReviewEvent.at, ReviewEvent.id)):
                events[event.finding_id].append(event)
    by_topic = Counter(f.kind if f.kind in TOPICS else "other" for f in findings)
    by_day: dict[date, dict[str, int]] = {}
    day = since.date()
    while day <= (until - timedelta(microseconds=1)).date():
        by_day[day] = {topic: 0 for topic in TOPICS}
        day += timedelta(days=1)
    for finding in findings:
        topic = finding.kind if finding.kind in TOPICS else "other"
        by_day.setdefault(posted[finding.id].date(), {t: 0 for t in TOPICS})[topic] += 1
    first_actions, resolutions, breaches = [], [], 0
    for finding in findings:
        first = next((e for e in events[finding.id] if e.actor != SYSTEM_ACTOR and e.action != "create"), None)
        resolved = next((e for e in events[finding.id] if e.to_status == "resolved"), None)
        if first is not None:
            first_actions.append(first.at - finding.created_at)
        if resolved is not None:
            resolutions.append(resolved.at - finding.created_at)
        if finding.due_at is not None:
            acted_at = first.at if first is not None else None
            if (acted_at is not None and acted_at > finding.due_at) or (acted_at is None and until > finding.due_at):
                breaches += 1
    open_now = sum(1 for f in findings if f.status not in ("resolved", "dismissed"))
    return ComplaintReport(since, until, len(findings), {t: by_topic.get(t, 0) for t in TOPICS}, by_day,
                           _median(first_actions), _median(resolutions), breaches, open_now,
                           Counter(f.rule_id for f in findings).most_common(top), arrived_late,
                           int(earlier[0] or 0), earlier[1])


def _median(values: list[timedelta]) -> timedelta | None:
    return timedelta(seconds=median(v.total_seconds() for v in values)) if values else None
