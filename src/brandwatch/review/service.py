"""Review actions. Each one is one transaction that changes the finding and writes exactly one audit event.

State changes are compare-and-set: `UPDATE findings ... WHERE id = :id AND status = :seen`, where
`seen` is the state the action was checked against. If another reviewer changed the finding in
between (two people pressing "claim" at once), the UPDATE matches no row, the rowcount says so and
the action fails with InvalidTransition naming the state the winner left behind. This is the
`WHERE status IN (allowed states)` guard narrowed to the one state that was checked, so the audit
event's `from` is always the state really left.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Collection

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from brandwatch.config import Settings
from brandwatch.review.audit_chain import append_event
from brandwatch.review.audit_key import audit_key
from brandwatch.model.clock import Now, system_clock
from brandwatch.review.four_eyes import (CLOSING, approval_for, approval_note, pending_proposals,
                                         proposal_note)
from brandwatch.review.outbox import enqueue
from brandwatch.review.payload import finding_payload
from brandwatch.review.reviewers import SYSTEM_ACTOR, authorise
from brandwatch.review.secrecy import existing_fingerprint_key, mask_note
from brandwatch.review.routing import FindingFacts, route
from brandwatch.review.states import (Action, DismissReason, FindingNotFound, InvalidTransition,
                                      MissingReason, ReviewError, Status, target_status)
from brandwatch.store.db import transaction
from brandwatch.review.suppressions import from_dismissal, lift_for_reopen
from brandwatch.store.models import Finding

_KEEP = object()


@dataclass(frozen=True, slots=True)
class Outcome:
    finding_id: int
    action: str
    from_status: str
    to_status: str
    event_id: int
    note: str | None = None


def apply_action(session: Session, finding_id: int, action: Action, actor: str, *, now: datetime, key: bytes,
                 fingerprint_key: bytes | None = None, note: str | None = None, assignee: object = _KEEP,
                 reason: DismissReason | None = None, four_eyes: Collection[str] = (),
                 close: Action = Action.RESOLVE) -> Outcome:
    """Carry out one action inside the caller's transaction (the CLI, the console, the SLA job).

    The sealed event is written first and the finding changed after it: the database refuses a
    status change that the newest event does not announce (migration 0005_issue18_audit).
    `four_eyes`: the severities that close only by approving another reviewer's proposal; `close`:
    what a PROPOSE action proposes (review/four_eyes.py)."""
    if not actor or not actor.strip():
        raise ReviewError(f"finding {finding_id}: an action needs an actor")
    if action is Action.DISMISS and reason is None:
        raise MissingReason(finding_id)
    if action is Action.COMMENT and not (note or "").strip():
        raise ReviewError(f"finding {finding_id}: a comment needs text")
    # FOR UPDATE orders the events of one finding (PostgreSQL). SQLite locks whole databases, and only
    # at the first write: a no-op write first makes the read below see the last committed action.
    if session.get_bind().dialect.name == "sqlite":
        session.execute(update(Finding).where(Finding.id == finding_id).values(priority=Finding.priority))
    seen = session.execute(select(Finding.status, Finding.assignee, Finding.severity)
                           .where(Finding.id == finding_id).with_for_update()).one_or_none()
    if seen is None:
        raise FindingNotFound(finding_id)
    try:
        to = target_status(finding_id, seen.status, action)
    except InvalidTransition:
        holder = f" by {seen.assignee}" if seen.assignee and seen.status != Status.DISMISSED else ""
        raise InvalidTransition(finding_id, seen.status, action.value, holder) from None
    approving = None
    if action in CLOSING:
        approving = approval_for(finding_id, seen.severity, actor.strip(), action,
                                 pending_proposals(session, [finding_id]).get(finding_id), four_eyes)
    reviewer = authorise(session, finding_id, actor.strip(), action, seen.status, seen.assignee, assignee,
                         approving=approving is not None)
    text = event_text(finding_id, action, note, reason, assignee, close, approving)
    event_note = mask_note(session, finding_id, text, fingerprint_key)
    try:
        event = append_event(session, key, finding_id=finding_id, actor=reviewer.name, at=now,
                             action=action.value, from_status=seen.status, to_status=to.value, note=event_note)
    except IntegrityError:  # another writer sealed the next event of this chain first (SQLite)
        raise InvalidTransition(finding_id, seen.status, action.value, " (changed by someone else just now)") from None
    if action is not Action.COMMENT:
        values = _changes(action, actor, assignee, reason, now)
        changed = session.execute(update(Finding)
                                  .where(Finding.id == finding_id, Finding.status == seen.status)
                                  .values(status=to.value, **values)).rowcount
        if changed != 1:
            current = session.execute(select(Finding.status, Finding.assignee)
                                      .where(Finding.id == finding_id)).one()
            holder = f" by {current.assignee}" if current.assignee else ""
            raise InvalidTransition(finding_id, current.status, action.value,
                                    f"{holder} (changed by someone else just now)")
    if action is Action.REOPEN:
        lift_for_reopen(session, key, finding_id, reviewer.name, now)
    return Outcome(finding_id, action.value, seen.status, to.value, event.id, event_note)


def _changes(action: Action, actor: str, assignee: object, reason: DismissReason | None,
             now: datetime) -> dict[str, object]:
    values: dict[str, object] = {"updated_at": now}
    if action is Action.CLAIM:
        values["assignee"] = actor.strip()
    elif action is Action.ASSIGN:
        if not isinstance(assignee, str) or not assignee.strip():
            raise ReviewError("assign needs the name of the person to assign to")
        values["assignee"] = assignee.strip()
    elif action in (Action.RELEASE, Action.REOPEN):
        values["assignee"] = None
    if action is Action.DISMISS:
        values["dismiss_reason"] = reason.value if reason else None
    elif action is Action.REOPEN:
        values["dismiss_reason"] = None
    return values


def event_text(finding_id: int, action: Action, note: str | None, reason: DismissReason | None,
               assignee: object, close: Action, approving) -> str | None:
    """The event's note before masking: what the action says about itself, then the reviewer's note."""
    if action is Action.PROPOSE:
        return proposal_note(finding_id, close, reason, note)
    text = _event_note(action, note, reason, assignee)
    return approval_note(approving, text) if approving is not None else text


def _event_note(action: Action, note: str | None, reason: DismissReason | None, assignee: object) -> str | None:
    parts = []
    if action is Action.DISMISS and reason is not None:
        parts.append(f"reason: {reason.value}")
    if action is Action.ASSIGN and isinstance(assignee, str):
        parts.append(f"assigned to {assignee.strip()}")
    if note and note.strip():
        parts.append(note.strip())
    return "; ".join(parts) or None


class ReviewService:
    """The review actions, each in its own transaction. The console and the CLI call these."""

    def __init__(self, factory: sessionmaker[Session], settings: Settings | None = None,
                 clock: Now = system_clock):
        self.factory, self.settings, self.clock = factory, settings or Settings(), clock
        self.key = audit_key(self.settings)
        self.fingerprint_key = existing_fingerprint_key(self.settings)

    def claim(self, finding_id: int, actor: str, note: str | None = None) -> Outcome:
        return self._do(finding_id, Action.CLAIM, actor, note=note)

    def release(self, finding_id: int, actor: str, note: str | None = None) -> Outcome:
        return self._do(finding_id, Action.RELEASE, actor, note=note)

    def assign(self, finding_id: int, actor: str, assignee: str, note: str | None = None) -> Outcome:
        return self._do(finding_id, Action.ASSIGN, actor, note=note, assignee=assignee)

    def escalate(self, finding_id: int, actor: str, note: str | None = None) -> Outcome:
        return self._do(finding_id, Action.ESCALATE, actor, note=note)

    def resolve(self, finding_id: int, actor: str, note: str | None = None) -> Outcome:
        return self._do(finding_id, Action.RESOLVE, actor, note=note)

    def dismiss(self, finding_id: int, actor: str, reason: DismissReason | str | None,
                note: str | None = None, suppress: bool = False) -> Outcome:
        parsed = _reason(finding_id, reason)
        if suppress and parsed is not DismissReason.FALSE_POSITIVE:
            raise ReviewError(f"finding {finding_id}: only a false_positive dismissal can add a suppression")
        return self._do(finding_id, Action.DISMISS, actor, note=note, reason=parsed, suppress=suppress)

    def reopen(self, finding_id: int, actor: str, note: str | None = None) -> Outcome:
        return self._do(finding_id, Action.REOPEN, actor, note=note)

    def comment(self, finding_id: int, actor: str, note: str) -> Outcome:
        return self._do(finding_id, Action.COMMENT, actor, note=note)

    def propose(self, finding_id: int, actor: str, close: str = "resolve", reason: DismissReason | str | None = None,
                note: str | None = None) -> Outcome:
        """Propose resolving or dismissing; under four-eyes closing someone else then approves."""
        if close not in (Action.RESOLVE.value, Action.DISMISS.value):
            raise ReviewError(f"finding {finding_id}: only resolve or dismiss can be proposed, not '{close}'")
        parsed = _reason(finding_id, reason) if close == Action.DISMISS.value else None
        return self._do(finding_id, Action.PROPOSE, actor, note=note, reason=parsed, close=Action(close))

    def approve(self, finding_id: int, actor: str, note: str | None = None) -> Outcome:
        """Carry out the close another reviewer proposed."""
        with self.factory() as session:
            proposal = pending_proposals(session, [finding_id]).get(finding_id)
        if proposal is None:
            raise ReviewError(f"finding {finding_id} has no pending proposal to approve "
                              f"(brandwatch queue propose {finding_id} makes one)")
        if proposal.close is Action.DISMISS:
            return self.dismiss(finding_id, actor, proposal.reason, note=note)
        return self.resolve(finding_id, actor, note=note)

    def _do(self, finding_id: int, action: Action, actor: str, *, suppress: bool = False,
            **kwargs) -> Outcome:
        now = self.clock()
        with transaction(self.factory) as session:
            outcome = apply_action(session, finding_id, action, actor, now=now, key=self.key,
                                   fingerprint_key=self.fingerprint_key,
                                   four_eyes=self.settings.review.four_eyes, **kwargs)
            if suppress:
                from_dismissal(session, self.key, finding_id, actor.strip(), now,
                               timedelta(days=self.settings.review.suppression_days))
            if action is Action.ESCALATE:
                notify_escalation(session, finding_id, outcome.event_id, self.settings, now)
        return outcome


def _reason(finding_id: int, reason: DismissReason | str | None) -> DismissReason:
    if reason is None or reason == "":
        raise MissingReason(finding_id)
    try:
        return DismissReason(reason)
    except ValueError:
        raise ReviewError(f"finding {finding_id}: unknown dismissal reason '{reason}'; one of "
                          f"{', '.join(r.value for r in DismissReason)}") from None


def notify_escalation(session: Session, finding_id: int, event_id: int, settings: Settings, now: datetime) -> int:
    """Tell the finding's routed channels that it was escalated; returns how many were queued."""
    finding = session.get(Finding, finding_id)
    routed = route(settings.routing, FindingFacts(finding.category, finding.kind, finding.severity,
                                                  finding.rule_id, finding.brand))
    payload = finding_payload(finding, finding.mention, settings)
    return sum(enqueue(session, finding_id=finding_id, event=f"escalated-{event_id}", channel=channel,
                       payload=payload, now=now) for channel in routed.channels)


__all__ = ["ReviewService", "Outcome", "apply_action", "notify_escalation",
           "SYSTEM_ACTOR", "Status"]
