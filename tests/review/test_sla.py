"""Due times come from the per-severity SLA; the sweep escalates what is overdue, once."""

from datetime import timedelta

from sqlalchemy import select

from brandwatch.review.service import ReviewService
from brandwatch.review.sla import escalate_overdue
from brandwatch.store.models import Finding, ReviewEvent

from .helpers import SETTINGS, T0, new_finding


def test_when_findings_pass_their_due_time_then_the_sweep_escalates_each_once(factory):
    critical = new_finding(factory, severity="critical")  # due T0 + 1h
    high = new_finding(factory, severity="high")  # due T0 + 4h
    resolved = new_finding(factory, severity="critical")
    service = ReviewService(factory, SETTINGS, clock=lambda: T0)
    service.claim(resolved, "ana")
    service.propose(resolved, "ana")  # critical: closed with four eyes (review.four_eyes)
    service.approve(resolved, "bo")

    assert escalate_overdue(factory, SETTINGS, clock=lambda: T0 + timedelta(minutes=59)) == []
    assert escalate_overdue(factory, SETTINGS, clock=lambda: T0 + timedelta(hours=2)) == [critical]
    assert escalate_overdue(factory, SETTINGS, clock=lambda: T0 + timedelta(hours=5)) == [high]
    with factory() as session:
        assert session.get(Finding, critical).due_at == T0 + timedelta(hours=1)
        event = session.scalars(select(ReviewEvent).where(ReviewEvent.finding_id == critical,
                                                          ReviewEvent.action == "escalate")).one()
    assert (event.actor, event.from_status, event.note) == (
        "brandwatch", "new", "SLA breached: was due 2026-11-02T10:00:00+00:00; level 1 (lead)")
