"""The SLA job: a finding still waiting past its due time is escalated, and its channels told."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from brandwatch.config import Settings
from brandwatch.review.service import SYSTEM_ACTOR, apply_action, notify_escalation
from brandwatch.review.states import Action, ReviewError
from brandwatch.store.db import transaction
from brandwatch.store.models import Finding

log = logging.getLogger("brandwatch.daemon.sla")
# Escalated findings already carry the alarm; closed ones need none.
ESCALATABLE = ("new", "claimed", "released", "reopened")


def overdue_ids(session: Session, now: datetime, limit: int) -> list[int]:
    return list(session.scalars(select(Finding.id).where(Finding.status.in_(ESCALATABLE),
                                                         Finding.due_at.is_not(None), Finding.due_at < now)
                                .order_by(Finding.due_at).limit(limit)))


def escalate_overdue(factory: sessionmaker[Session], settings: Settings, now: datetime, limit: int = 200) -> int:
    """Escalate every overdue open finding, one transaction each; returns how many were escalated."""
    with factory() as session:
        candidates = overdue_ids(session, now, limit)
    escalated = 0
    for finding_id in candidates:
        try:
            with transaction(factory) as session:
                finding = session.get(Finding, finding_id)
                note = f"SLA breached: due {finding.due_at:%Y-%m-%d %H:%M} UTC"
                outcome = apply_action(session, finding_id, Action.ESCALATE, SYSTEM_ACTOR, now=now, note=note)
                notify_escalation(session, finding_id, outcome.event_id, settings, now)
            escalated += 1
        except ReviewError as exc:  # a reviewer acted on it a moment ago: nothing to escalate
            log.info("finding %s not escalated: %s", finding_id, exc)
    if escalated:
        log.warning("escalated %d findings past their SLA", escalated)
    return escalated
