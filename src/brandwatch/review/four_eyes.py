"""Four-eyes closing: for the configured severities a finding is closed by a second reviewer.

One reviewer proposes the close (`propose`: an audit event that changes no state and names the
intended close, resolve or dismiss with its reason); a different reviewer approves it by carrying that
close out. A proposal stays pending until the finding's next state change or comment-free action:
the newest non-comment event of the trail is the proposal, or there is none. Both people appear in
the trail: the proposal event's actor and the closing event's actor, whose note names the proposal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Collection, Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from brandwatch.review.reviewers import SYSTEM_ACTOR, NotPermitted
from brandwatch.review.states import Action, DismissReason, ReviewError
from brandwatch.store.models import ReviewEvent

CLOSING = frozenset({Action.RESOLVE, Action.DISMISS})
_PROPOSAL = re.compile(r"^proposes (resolve|dismiss)(?:; reason: ([a-z_]+))?")


class FourEyesRefused(NotPermitted):
    """A close that four-eyes closing forbids (no proposal, or the proposer closing alone)."""


@dataclass(frozen=True, slots=True)
class Proposal:
    event_id: int
    actor: str
    close: Action
    reason: DismissReason | None

    def describe(self) -> str:
        why = f" ({self.reason.value})" if self.reason else ""
        return f"{self.close.value}{why} proposed by {self.actor} (event {self.event_id})"


def proposal_note(finding_id: int, close: Action, reason: DismissReason | None, note: str | None) -> str:
    """The propose event's note: the intended close first, so `pending_proposals` can read it back."""
    if close not in CLOSING:
        raise ReviewError(f"finding {finding_id}: only resolve or dismiss can be proposed, not {close.value}")
    if close is Action.DISMISS and reason is None:
        raise ReviewError(f"finding {finding_id}: a proposed dismissal needs a reason, one of "
                          f"{', '.join(r.value for r in DismissReason)}")
    parts = [f"proposes {close.value}"]
    if close is Action.DISMISS and reason is not None:
        parts.append(f"reason: {reason.value}")
    if note and note.strip():
        parts.append(note.strip())
    return "; ".join(parts)


def pending_proposals(session: Session, finding_ids: Iterable[int]) -> dict[int, Proposal]:
    """finding id -> its pending proposal, for those that have one (one query for the lot)."""
    ids = list(finding_ids)
    if not ids:
        return {}
    newest = (select(func.max(ReviewEvent.id)).where(ReviewEvent.finding_id.in_(ids),
                                                     ReviewEvent.action != Action.COMMENT.value)
              .group_by(ReviewEvent.finding_id))
    rows = session.execute(select(ReviewEvent.id, ReviewEvent.finding_id, ReviewEvent.actor, ReviewEvent.note)
                           .where(ReviewEvent.id.in_(newest), ReviewEvent.action == Action.PROPOSE.value))
    proposals = {}
    for row in rows:
        match = _PROPOSAL.match(row.note or "")
        if match:
            reason = DismissReason(match.group(2)) if match.group(2) in DismissReason._value2member_map_ else None
            proposals[row.finding_id] = Proposal(row.id, row.actor, Action(match.group(1)), reason)
    return proposals


def approval_for(finding_id: int, severity: str, actor: str, action: Action, proposal: Proposal | None,
                 required_for: Collection[str]) -> Proposal | None:
    """The proposal this close approves (None: an ordinary close), or FourEyesRefused saying why not."""
    if action not in CLOSING or actor == SYSTEM_ACTOR:
        return None
    if proposal is not None and proposal.actor == actor:
        if severity in required_for:
            raise FourEyesRefused(f"finding {finding_id} is {severity}: four-eyes closing needs a second reviewer; "
                                  f"you ({actor}) proposed this {proposal.close.value}, so someone else must "
                                  "approve it")
        return None  # a voluntary proposal its author may still carry out where four eyes are not required
    if proposal is not None and proposal.close is not action:
        raise FourEyesRefused(f"finding {finding_id}: {proposal.describe()}; approve that, or have it "
                              f"proposed again as {action.value}")
    if proposal is None and severity in required_for:
        raise FourEyesRefused(f"finding {finding_id} is {severity}: four-eyes closing — first propose the "
                              f"{action.value} (brandwatch queue propose {finding_id}), then a different reviewer "
                              "approves it")
    return proposal


def approval_note(proposal: Proposal, note: str | None) -> str:
    parts = [f"approves the {proposal.describe()}"]
    if note and note.strip():
        parts.append(note.strip())
    return "; ".join(parts)
