"""Rule feedback: how often each rule's findings were confirmed or dismissed as false alarms.

A finding counts as confirmed once resolved, as a false positive once dismissed with reason
false_positive; other dismissals (duplicate, not_actionable, handled_elsewhere) say nothing about the
rule's accuracy and are counted apart. precision = confirmed / (confirmed + false positives).
The period selects findings by when they were raised; their current state decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from brandwatch.review.decision_quality import Precision
from brandwatch.store.models import OPEN_STATUSES, Finding


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
    """Per rule, in rule order. Counted per (rule, state, dismiss reason) and folded here: those groups
    are ranges of the covering index ix_findings_rule_decisions, so the count walks that index alone,
    without evaluating a condition per finding (bench/console.py: the dashboard's 90 days of findings)."""
    query = (select(Finding.rule_id, Finding.status, Finding.dismiss_reason, func.count())
             .group_by(Finding.rule_id, Finding.status, Finding.dismiss_reason).order_by(Finding.rule_id))
    if since is not None:
        query = query.where(Finding.created_at >= since)
    if until is not None:
        query = query.where(Finding.created_at < until)
    counts: dict[str, list[int]] = {}  # in the database's order of rule ids, as before
    for rule, status, reason, count in session.execute(query):
        tally = counts.setdefault(rule, [0, 0, 0, 0, 0])
        dismissed = status == "dismissed"
        for position, counted in enumerate((True, status == "resolved", dismissed and reason == "false_positive",
                                            dismissed and reason != "false_positive", status in OPEN_STATUSES)):
            if counted:
                tally[position] += int(count)
    return [RuleStats(rule, *tally) for rule, tally in counts.items()]
