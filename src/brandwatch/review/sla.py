"""The SLA sweep: open findings past their due time are escalated (and so notified) by brandwatch itself.

The daemon runs this on a schedule. Each escalation is an ordinary review action with its own audit
event and compare-and-set, so a reviewer acting on the same finding at that moment simply wins.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from brandwatch.config import Settings
from brandwatch.model.clock import Now, system_clock
from brandwatch.review.service import SYSTEM_ACTOR, ReviewService
from brandwatch.review.states import InvalidTransition, Status
from brandwatch.store.models import Finding

# Escalated findings are already with the next level; escalating them again would only add noise.
_SWEPT = (Status.NEW.value, Status.CLAIMED.value, Status.RELEASED.value, Status.REOPENED.value)


def escalate_overdue(factory: sessionmaker[Session], settings: Settings, clock: Now = system_clock,
                     limit: int = 500) -> list[int]:
    """Escalate up to `limit` overdue findings, most overdue first; returns their ids."""
    now = clock()
    with factory() as session:
        overdue = session.execute(select(Finding.id, Finding.due_at)
                                  .where(Finding.status.in_(_SWEPT), Finding.due_at < now)
                                  .order_by(Finding.due_at, Finding.id).limit(limit)).all()
    service = ReviewService(factory, settings, clock)
    escalated = []
    for finding_id, due_at in overdue:
        try:
            service.escalate(finding_id, SYSTEM_ACTOR, note=f"SLA breached: was due {due_at.isoformat()}")
        except InvalidTransition:
            continue  # a reviewer changed it since we looked
        escalated.append(finding_id)
    return escalated
