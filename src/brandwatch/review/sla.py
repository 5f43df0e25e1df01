"""The SLA sweep: open findings past a target go up the escalation levels, by brandwatch itself.

A finding breaches when nobody has acted on it by its first-response time, or when it is not closed by
its resolution time (`due_at`), whichever comes first. Level 0 is the reviewer; the configured levels
(`sla.escalation`, default: lead) follow, each `after` its predecessor. Reaching level 1 escalates the
finding (an ordinary review action with its own audit event, so a reviewer acting at that moment
simply wins, and the routed channels hear of it); each higher level is a sealed `sla-escalate` event
and a notification to that level's channels. The daemon runs this on a schedule.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from brandwatch.config import Settings
from brandwatch.config_sla import EscalationLevel
from brandwatch.review.audit_chain import append_event
from brandwatch.model.clock import Now, system_clock
from brandwatch.review.outbox import enqueue
from brandwatch.review.payload import finding_payload
from brandwatch.review.service import SYSTEM_ACTOR, ReviewService, apply_action, notify_escalation
from brandwatch.review.states import OPEN, Action, InvalidTransition, Status
from brandwatch.store.db import transaction
from brandwatch.store.models import Finding, ReviewEvent

_OPEN = tuple(s.value for s in OPEN)


def escalate_overdue(factory: sessionmaker[Session], settings: Settings, clock: Now = system_clock,
                     limit: int = 500) -> list[int]:
    """Move up to `limit` breached findings to the level they have reached; returns the ids that moved."""
    now = clock()
    levels = settings.sla.escalation
    if not levels:
        return []
    with factory() as session:
        candidates = session.execute(
            select(Finding.id, Finding.due_at, Finding.first_response_due_at, Finding.escalation_level)
            .where(Finding.status.in_(_OPEN), Finding.escalation_level < len(levels),
                   or_(Finding.due_at < now, Finding.first_response_due_at < now))
            .order_by(Finding.due_at, Finding.id).limit(limit)).all()
        answered = _answered(session, [c.id for c in candidates])
    service = ReviewService(factory, settings, clock)
    moved = []
    for finding_id, due_at, first_due, level in candidates:
        breach = _breach(due_at, None if finding_id in answered else first_due, now)
        if breach is None:
            continue
        reached = level_reached(levels, breach[0], now)
        if reached <= level:
            continue
        try:
            for next_level in range(level + 1, reached + 1):
                _raise_to(service, settings, finding_id, next_level, breach, now)
        except InvalidTransition:
            continue  # a reviewer changed it since we looked
        moved.append(finding_id)
    return moved


def level_reached(levels: list[EscalationLevel], breached_at: datetime, now: datetime) -> int:
    """How many levels up a finding breached at `breached_at` should be by `now`."""
    reached, moment = 0, breached_at
    for level in levels:
        moment = moment + level.after
        if moment > now:
            break
        reached += 1
    return reached


def _breach(due_at: datetime | None, first_due: datetime | None, now: datetime) -> tuple[datetime, str] | None:
    """(when, what) of the earliest target passed: an unanswered first response or the resolution."""
    passed = [(at, what) for at, what in ((first_due, "first response"), (due_at, "resolution"))
              if at is not None and at < now]
    return min(passed) if passed else None


def _answered(session: Session, finding_ids: list[int]) -> set[int]:
    """Findings on which a person (not brandwatch) has acted: their first response is given."""
    if not finding_ids:
        return set()
    return set(session.scalars(select(ReviewEvent.finding_id).distinct()
                               .where(ReviewEvent.finding_id.in_(finding_ids), ReviewEvent.actor != SYSTEM_ACTOR)))


def _raise_to(service: ReviewService, settings: Settings, finding_id: int, level: int,
              breach: tuple[datetime, str], now: datetime) -> None:
    breached_at, what = breach
    described = settings.sla.escalation[level - 1]
    due = f"was due {breached_at.isoformat()}"
    note = f"SLA breached: {due}" if what == "resolution" else f"SLA breached: first response {due}"
    note = f"{note}; level {level} ({described.name})"
    with transaction(service.factory) as session:
        status = session.scalar(select(Finding.status).where(Finding.id == finding_id))
        if level == 1 and status != Status.ESCALATED.value:
            outcome = apply_action(session, finding_id, Action.ESCALATE, SYSTEM_ACTOR, now=now, key=service.key,
                                   note=note)
            notify_escalation(session, finding_id, outcome.event_id, settings, now)
        else:
            append_event(session, service.key, finding_id=finding_id, actor=SYSTEM_ACTOR, at=now,
                         action="sla-escalate", from_status=status, to_status=status, note=note)
        session.execute(update(Finding).where(Finding.id == finding_id).values(escalation_level=level))
        finding = session.get(Finding, finding_id)
        payload = {**finding_payload(finding, finding.mention, settings), "sla_level": described.name}
        for channel in described.channels:
            enqueue(session, finding_id=finding_id, event=f"sla-level-{level}", channel=channel, payload=payload,
                    now=now)
