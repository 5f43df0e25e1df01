"""Suppressions at intake: an active one hides a new finding; an expired one whose pattern comes back
re-opens the findings it hid, so the decision is looked at again rather than silently renewed."""

from __future__ import annotations

from datetime import datetime
from typing import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from brandwatch.review import suppressions
from brandwatch.review.service import SYSTEM_ACTOR, apply_action
from brandwatch.review.states import Action, DismissReason, InvalidTransition, Status
from brandwatch.store.models import Finding, Mention, Suppression, SuppressionEvent


def find_matches(pool: list[Suppression], *, rule_id: str, fingerprint: str | None, mention: Mention,
                 now: datetime, aliases: Collection[str] = ()) -> tuple[Suppression | None, list[Suppression]]:
    """The first active suppression matching, and the expired ones matching that have not recurred yet.
    `aliases`: the value's fingerprints as stored before they were canonical (review/fingerprints.py)."""
    matching = [s for s in pool if suppressions.matches(s, rule_id=rule_id, fingerprint=fingerprint, mention=mention,
                                                        aliases=aliases)]
    active = next((s for s in matching if suppressions.is_active(s, now)), None)
    lapsed = [s for s in matching if not suppressions.is_active(s, now) and s.recurred_at is None]
    return active, lapsed


def hide(session: Session, key: bytes, finding: Finding, suppression: Suppression, now: datetime) -> None:
    """Record the new finding dismissed by the suppression: an event in both trails."""
    apply_action(session, finding.id, Action.DISMISS, SYSTEM_ACTOR, now=now, key=key,
                 reason=DismissReason.FALSE_POSITIVE,
                 note=f"suppressed by suppression {suppression.id} (owner {suppression.owner or suppression.created_by})")
    suppressions.record_event(session, key, suppression, "apply", SYSTEM_ACTOR, now, finding_id=finding.id)


def recur(session: Session, key: bytes, suppression: Suppression, finding: Finding, now: datetime) -> list[int]:
    """The pattern of an expired suppression came back in `finding`: reopen what it hid; returns their ids."""
    hidden = set(session.scalars(select(SuppressionEvent.finding_id)
                                 .where(SuppressionEvent.suppression_id == suppression.id,
                                        SuppressionEvent.action == "apply",
                                        SuppressionEvent.finding_id.is_not(None))))
    if suppression.source_finding_id is not None:
        hidden.add(suppression.source_finding_id)
    expired = suppression.expires_at.isoformat() if suppression.expires_at else "?"
    suppressions.record_event(session, key, suppression, "recur", SYSTEM_ACTOR, now, finding_id=finding.id,
                              note=f"expired {expired}; the pattern came back in finding {finding.id}")
    suppression.recurred_at = now
    reopened = []
    for finding_id in sorted(hidden):
        if session.scalar(select(Finding.status).where(Finding.id == finding_id)) != Status.DISMISSED.value:
            continue
        try:
            apply_action(session, finding_id, Action.REOPEN, SYSTEM_ACTOR, now=now, key=key,
                         note=f"suppression {suppression.id} expired and its pattern came back in finding "
                              f"{finding.id}")
        except InvalidTransition:
            continue
        reopened.append(finding_id)
    session.flush()
    return reopened

