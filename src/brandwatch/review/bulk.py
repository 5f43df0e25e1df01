"""Bulk review actions: one action on many findings, still one sealed audit event per finding.

The rules are the single action's (review/service.py): the same transition table, holder rule,
four-eyes check, note masking and event text. Only the writing is set-based, so ten thousand findings
take seconds rather than minutes: per chunk one locking read, one read of the chain heads, one
multi-row INSERT of sealed events (review/audit_chain.append_events) and one compare-and-set UPDATE
per starting state. A finding the action does not fit (already closed, held by someone else, four
eyes required) is left as it is and reported; the others go ahead. Each chunk is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Iterable

from sqlalchemy import select, update

from brandwatch.review.audit_chain import append_events
from brandwatch.review.four_eyes import CLOSING, approval_for, pending_proposals
from brandwatch.review.reviewers import active_account, check_holder
from brandwatch.review.secrecy import mask_note
from brandwatch.review.service import Outcome, ReviewService, _changes, event_text, notify_escalation
from brandwatch.review.suppressions import from_dismissal, lift_for_reopen
from brandwatch.review.states import Action, DismissReason, ReviewError, target_status
from brandwatch.store.db import transaction
from brandwatch.store.models import Finding

CHUNK = 1000


@dataclass(slots=True)
class BulkOutcome:
    done: list[Outcome] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)  # (finding id, why), in id order


def bulk_act(service: ReviewService, finding_ids: Iterable[int], action: Action, actor: str, *,
             note: str | None = None, assignee: str | None = None, reason: DismissReason | None = None,
             close: Action = Action.RESOLVE, suppress: bool = False, chunk: int = CHUNK) -> BulkOutcome:
    """Apply `action` to every finding in `finding_ids` that it fits."""
    if not actor or not actor.strip():
        raise ReviewError("a bulk action needs an actor")
    if action is Action.DISMISS and reason is None:
        raise ReviewError(f"a dismissal needs a reason, one of {', '.join(r.value for r in DismissReason)}")
    if action is Action.COMMENT and not (note or "").strip():
        raise ReviewError("a comment needs text")
    if action is Action.ASSIGN and not (assignee or "").strip():
        raise ReviewError("assign needs the name of the person to assign to")
    ids = list(dict.fromkeys(finding_ids))
    result = BulkOutcome()
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        with transaction(service.factory) as session:
            _act_on_chunk(session, service, part, action, actor.strip(), note, assignee, reason, close, suppress,
                          result)
    result.refused.sort()
    return result


def _act_on_chunk(session, service: ReviewService, ids: list[int], action: Action, actor: str, note, assignee,
                  reason, close, suppress, result: BulkOutcome) -> None:
    now = service.clock()
    if session.get_bind().dialect.name == "sqlite":  # take the write lock before reading (see apply_action)
        session.execute(update(Finding).where(Finding.id.in_(ids)).values(priority=Finding.priority)
                        .execution_options(synchronize_session=False))
    seen = {row.id: row for row in session.execute(
        select(Finding.id, Finding.status, Finding.assignee, Finding.severity)
        .where(Finding.id.in_(ids)).order_by(Finding.id).with_for_update())}
    reviewer = active_account(session, actor)
    if action is Action.ASSIGN:
        active_account(session, assignee.strip(), purpose="be assigned a finding")
    proposals = pending_proposals(session, seen) if action in CLOSING else {}
    events, planned = [], []
    for finding_id in ids:
        row = seen.get(finding_id)
        if row is None:
            result.refused.append((finding_id, f"finding {finding_id} does not exist"))
            continue
        try:
            to = target_status(finding_id, row.status, action)
            approving = approval_for(finding_id, row.severity, actor, action, proposals.get(finding_id),
                                     service.settings.review.four_eyes)
            check_holder(finding_id, reviewer, action, row.status, row.assignee, approving=approving is not None)
            text = event_text(finding_id, action, note, reason, assignee, close, approving)
        except ReviewError as exc:
            result.refused.append((finding_id, str(exc)))
            continue
        if note:  # only a reviewer's own words can quote a post; masking reads the post
            text = mask_note(session, finding_id, text, service.fingerprint_key)
        events.append(dict(finding_id=finding_id, actor=reviewer.name, at=now, action=action.value,
                           from_status=row.status, to_status=to.value, note=text))
        planned.append((finding_id, row.status, to.value, text))
    event_ids = append_events(session, service.key, events)
    if action not in (Action.COMMENT, Action.PROPOSE):
        _change_states(session, planned, _changes(action, actor, assignee, reason, now))
    for (finding_id, from_status, to_status, text), event_id in zip(planned, event_ids):
        if suppress:
            from_dismissal(session, service.key, finding_id, actor, now,
                           timedelta(days=service.settings.review.suppression_days))
        if action is Action.REOPEN:  # as apply_action does: a reopen lifts what the dismissal suppressed
            lift_for_reopen(session, service.key, finding_id, actor, now)
        if action is Action.ESCALATE:
            notify_escalation(session, finding_id, event_id, service.settings, now)
        result.done.append(Outcome(finding_id, action.value, from_status, to_status, event_id, text))


def _change_states(session, planned: list[tuple[int, str, str, str | None]], values: dict[str, object]) -> None:
    """One compare-and-set UPDATE per (from, to) pair; the events announcing each change are already written."""
    groups: dict[tuple[str, str], list[int]] = {}
    for finding_id, from_status, to_status, _ in planned:
        groups.setdefault((from_status, to_status), []).append(finding_id)
    for (from_status, to_status), ids in groups.items():
        changed = session.execute(update(Finding).where(Finding.id.in_(ids), Finding.status == from_status)
                                  .values(status=to_status, **values)
                                  .execution_options(synchronize_session=False)).rowcount
        if changed != len(ids):  # cannot happen under the locks taken above; refuse rather than guess
            raise ReviewError(f"{len(ids) - changed} of findings {ids[0]}…{ids[-1]} changed while being acted on; "
                              "nothing in this chunk was changed, try again")


def bulk_approve(service: ReviewService, finding_ids: Iterable[int], actor: str, *,
                 note: str | None = None) -> BulkOutcome:
    """Approve each finding's pending proposal: its own proposal says whether that resolves or dismisses it."""
    ids = list(dict.fromkeys(finding_ids))
    with service.factory() as session:
        proposals = pending_proposals(session, ids)
    result = BulkOutcome(refused=[(i, f"finding {i} has no pending proposal to approve") for i in ids
                                  if i not in proposals])
    groups: dict[tuple[Action, DismissReason | None], list[int]] = {}
    for finding_id, proposal in proposals.items():
        groups.setdefault((proposal.close, proposal.reason), []).append(finding_id)
    for (close, reason), group in groups.items():
        part = bulk_act(service, group, close, actor, note=note, reason=reason)
        result.done += part.done
        result.refused += part.refused
    result.done.sort(key=lambda outcome: outcome.finding_id)
    result.refused.sort()
    return result
