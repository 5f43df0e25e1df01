"""Rule feedback: how often each rule's findings were confirmed or dismissed as false alarms.

A finding counts as confirmed once resolved, as a false positive once dismissed with reason
false_positive; other dismissals (duplicate, not_actionable, handled_elsewhere) say nothing about the
rule's accuracy and are counted apart. precision = confirmed / (confirmed + false positives).
The period selects findings by when they were raised; their current state decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
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
    dismissed = Finding.status == "dismissed"
    false_positive = dismissed & (Finding.dismiss_reason == "false_positive")
    query = (select(Finding.rule_id, func.count(Finding.id),
                    func.sum(case((Finding.status == "resolved", 1), else_=0)),
                    func.sum(case((false_positive, 1), else_=0)),
                    func.sum(case((dismissed & (func.coalesce(Finding.dismiss_reason, "") != "false_positive"), 1),
                                  else_=0)),
                    func.sum(case((Finding.status.in_(OPEN_STATUSES), 1), else_=0)))
             .group_by(Finding.rule_id).order_by(Finding.rule_id))
    if since is not None:
        query = query.where(Finding.created_at >= since)
    if until is not None:
        query = query.where(Finding.created_at < until)
    return [RuleStats(rule, int(total), int(ok or 0), int(fp or 0), int(other or 0), int(still or 0))
            for rule, total, ok, fp, other, still in session.execute(query)]
