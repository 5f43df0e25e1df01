"""Rule feedback: how often each rule's findings were confirmed or dismissed as false alarms.

A finding counts as confirmed once resolved, as a false positive once dismissed with reason
false_positive; other dismissals (duplicate, not_actionable, handled_elsewhere) say nothing about the
rule's accuracy and are counted apart. precision = confirmed / (confirmed + false positives).
The period selects findings by when they were raised; their current state decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import func, literal, select, union_all
from sqlalchemy.orm import Session

from brandwatch.review.decision_quality import Precision
from brandwatch.store.models import OPEN_STATUSES, Finding, FindingRuleCount


@dataclass(frozen=True, slots=True)
class RuleStats:
    rule_id: str
    total: int
    confirmed: int
    false_positives: int
    other_dismissals: int
    open: int

    @property
    def precision(self) -> float | None:
        decided = self.confirmed + self.false_positives
        return self.confirmed / decided if decided else None

    def as_precision(self) -> Precision:
        """With its sample size and 95 % interval (review/decision_quality.py)."""
        return Precision(self.rule_id, self.confirmed, self.false_positives)


def rule_stats(session: Session, since: datetime | None = None, until: datetime | None = None) -> list[RuleStats]:
    """Per rule, in rule order. Counted per (rule, state, dismiss reason) and folded here.

    The whole UTC days of the period are summed from the trigger-kept `finding_rule_counts`; the part
    days at its ends are counted from the findings themselves, in the same statement (one snapshot), so
    the figures are exact for any bounds while reading a few thousand rows instead of every finding
    of the period (bench/console.py: the dashboard's 90 days)."""
    whole, partial = _split_by_day(since, until)
    parts = []
    if whole is not None:
        first, end = whole
        parts.append(select(FindingRuleCount.rule_id, FindingRuleCount.status, FindingRuleCount.dismiss_reason,
                            FindingRuleCount.n.label("n"))
                     .where(*([FindingRuleCount.created_day >= first] if first else []),
                            *([FindingRuleCount.created_day < end] if end else [])))
    for start, stop in partial:
        parts.append(select(Finding.rule_id, Finding.status, Finding.dismiss_reason, literal(1).label("n"))
                     .where(Finding.created_at >= start, Finding.created_at < stop))
    if not parts:
        return []
    counted = union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
    keys = (counted.c.rule_id, counted.c.status, counted.c.dismiss_reason)
    counts: dict[str, list[int]] = {}
    for rule, status, reason, count in session.execute(select(*keys, func.sum(counted.c.n)).group_by(*keys)):
        if not count:
            continue
        tally = counts.setdefault(rule, [0, 0, 0, 0, 0])
        dismissed = status == "dismissed"
        for position, counted_here in enumerate((True, status == "resolved", dismissed and reason == "false_positive",
                                                 dismissed and reason != "false_positive", status in OPEN_STATUSES)):
            if counted_here:
                tally[position] += int(count)
    return [RuleStats(rule, *counts[rule]) for rule in sorted(counts)]


def _split_by_day(since: datetime | None, until: datetime | None) -> tuple[
        tuple[date | None, date | None] | None, list[tuple[datetime, datetime]]]:
    """The period [since, until) as whole UTC days [first, end) (None: unbounded) and the part-day ranges
    left at its ends; (None, [(since, until)]) when it holds no whole day."""
    first = end = None
    partial = []
    if since is not None:
        first = _day_start(since)
        if first != since:
            first += timedelta(days=1)
            partial.append((since, first if until is None else min(first, until)))
    if until is not None:
        end = _day_start(until)
        if since is not None and end <= (first or since):
            return None, [(since, until)] if since < until else []
        if end != until:
            partial.append((end, until))
    return (first and first.date(), end and end.date()), partial


def _day_start(moment: datetime) -> datetime:
    utc = moment.astimezone(timezone.utc)
    return datetime.combine(utc.date(), time.min, tzinfo=timezone.utc)
