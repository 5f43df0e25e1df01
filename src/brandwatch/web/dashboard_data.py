"""The dashboard's numbers: complaint volume, sentiment trend, open findings by age, SLA breaches,
per-rule precision. Each function is one or two queries over a bounded window.

Complaint volume and sentiment are counted from `mention_facts`: what the analysis stage stored in
`mentions.analysis` for every post, with or without a finding, reduced by database triggers to a day,
a complaint topic and a sentiment label per post (migration 0015_issue19_console_speed), so the
charts read a small index instead of parsing a month of posts' JSON.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from brandwatch.model.vocabulary import SEVERITIES
from brandwatch.review.rule_stats import RuleStats, rule_stats
from brandwatch.store.models import OPEN_STATUSES, Finding, MentionFact
from brandwatch.web.console_counts import OPEN_CONDITION, facet_counts, open_by_age

TOPICS = ("product", "staff", "policy", "other")
SENTIMENTS = ("negative", "neutral", "positive")
AGE_BUCKETS = (("< 4h", timedelta(hours=4)), ("4–24h", timedelta(hours=24)), ("1–3d", timedelta(days=3)),
               ("3–7d", timedelta(days=7)))
OLDEST_BUCKET = "> 7d"


@dataclass(frozen=True, slots=True)
class Daily:
    days: tuple[date, ...]
    series: dict[str, tuple[float | None, ...]]

    @property
    def labels(self) -> list[str]:
        return [d.strftime("%b %d") for d in self.days]

    def total(self) -> float:
        return sum(v or 0 for values in self.series.values() for v in values)


@dataclass(frozen=True, slots=True)
class Overdue:
    id: int
    severity: str
    category: str
    rule_id: str
    team: str | None
    assignee: str | None
    due_at: datetime
    late_by: timedelta


@dataclass(frozen=True, slots=True)
class Dashboard:
    complaints: Daily
    sentiment: Daily
    open_by_age: dict[str, dict[str, int]]  # category -> bucket -> count
    breaches_by_severity: dict[str, int]
    overdue: tuple[Overdue, ...]
    precision: tuple[RuleStats, ...]
    open_total: int


def build_dashboard(session: Session, now: datetime, days: int = 30) -> Dashboard:
    complaints, sentiment = _daily_analysis(session, now, days)
    open_by_age, breaches = _open_summary(session, now)
    return Dashboard(complaints, sentiment, open_by_age, breaches, _overdue(session, now),
                     tuple(s for s in rule_stats(session, since=now - timedelta(days=90))
                           if s.confirmed + s.false_positives),
                     sum(sum(b.values()) for b in open_by_age.values()))


def _daily_analysis(session: Session, now: datetime, days: int) -> tuple[Daily, Daily]:
    first = (now - timedelta(days=days - 1)).date()
    day_list = tuple(first + timedelta(days=i) for i in range(days))
    complaints: Counter[tuple[date, str]] = Counter()
    sentiments: Counter[tuple[date, str]] = Counter()
    rows = session.execute(select(MentionFact.day, MentionFact.complaint_topic, MentionFact.sentiment, func.count())
                           .where(MentionFact.day >= first)
                           .group_by(MentionFact.day, MentionFact.complaint_topic, MentionFact.sentiment))
    for day, topic, label, count in rows:
        if topic is not None:
            complaints[(day, topic)] += int(count)
        if label is not None:
            sentiments[(day, label)] += int(count)
    complaint_series = {t: tuple(float(complaints[(d, t)]) for d in day_list) for t in TOPICS}
    totals = {d: sum(sentiments[(d, s)] for s in SENTIMENTS) for d in day_list}
    share = {s: tuple(sentiments[(d, s)] / totals[d] if totals[d] else None for d in day_list)
             for s in ("negative", "positive")}
    return Daily(day_list, complaint_series), Daily(day_list, share)


def _open_summary(session: Session, now: datetime) -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    """Open findings by category and age, and SLA breaches by severity, from the maintained counters and
    the few findings the time decides about (web/console_counts.py)."""
    names = [name for name, _ in AGE_BUCKETS] + [OLDEST_BUCKET]
    by_age: dict[str, dict[str, int]] = {}
    for category, inside in open_by_age(session, now, [limit for _, limit in AGE_BUCKETS]).items():
        # The age limits nest: a bucket holds those within its limit less those within the one before.
        by_age[category] = {name: upto - before for name, upto, before in zip(names, inside, [0, *inside])
                            if upto - before}
    breaches = {s: 0 for s in reversed(SEVERITIES)}
    for combo in facet_counts(session, OPEN_STATUSES, now):
        if combo.overdue:
            breaches[combo.severity] = breaches.get(combo.severity, 0) + combo.count
    return dict(sorted(by_age.items())), breaches


def _overdue(session: Session, now: datetime, limit: int = 10) -> tuple[Overdue, ...]:
    rows = session.execute(select(Finding.id, Finding.severity, Finding.category, Finding.rule_id, Finding.team,
                                  Finding.assignee, Finding.due_at)
                           .where(OPEN_CONDITION, Finding.due_at < now)
                           .order_by(Finding.due_at).limit(limit))
    return tuple(Overdue(*row, late_by=now - row.due_at) for row in rows)


def age_labels() -> list[str]:
    return [name for name, _ in AGE_BUCKETS] + [OLDEST_BUCKET]


__all__ = ["Dashboard", "build_dashboard", "age_labels"]
