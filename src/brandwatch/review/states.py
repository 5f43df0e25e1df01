"""The finding lifecycle: which action may move a finding from which state to which.

    new ──claim──► claimed ──escalate──► escalated ──resolve──► resolved
     │               │  ▲                    │                     │
     │            release│ claim              └──dismiss──► dismissed │
     │               ▼  │                                   │       │
     │            released                                  └reopen─┴──► reopened ──claim──► claimed

Every open state may be dismissed (with a reason) or escalated; only claimed or escalated findings
can be resolved, because someone must have looked at them. Comments change nothing but the trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from brandwatch.errors import BrandwatchError
from brandwatch.store.models import OPEN_STATUSES


class Status(StrEnum):
    NEW = "new"
    CLAIMED = "claimed"
    ESCALATED = "escalated"
    RELEASED = "released"
    REOPENED = "reopened"
    RESOLVED = "resolved"
    DISMISSED = "dismissed"


class Action(StrEnum):
    CREATE = "create"
    CLAIM = "claim"
    RELEASE = "release"
    ASSIGN = "assign"
    ESCALATE = "escalate"
    RESOLVE = "resolve"
    DISMISS = "dismiss"
    REOPEN = "reopen"
    COMMENT = "comment"
    # Four-eyes closing (review/four_eyes.py): a reviewer proposes the close, another approves it.
    PROPOSE = "propose"


class DismissReason(StrEnum):
    FALSE_POSITIVE = "false_positive"
    DUPLICATE = "duplicate"
    NOT_ACTIONABLE = "not_actionable"
    HANDLED_ELSEWHERE = "handled_elsewhere"


OPEN = frozenset(Status(s) for s in OPEN_STATUSES)
CLOSED = frozenset({Status.RESOLVED, Status.DISMISSED})
_WAITING = frozenset({Status.NEW, Status.RELEASED, Status.REOPENED})  # open and nobody holds it


@dataclass(frozen=True, slots=True)
class Transition:
    allowed_from: frozenset[Status]
    to: Status | None  # None: the state stays as it is (assign while escalated, comment)


TRANSITIONS: dict[Action, Transition] = {
    Action.CLAIM: Transition(_WAITING, Status.CLAIMED),
    Action.RELEASE: Transition(frozenset({Status.CLAIMED}), Status.RELEASED),
    Action.ASSIGN: Transition(_WAITING | {Status.CLAIMED}, Status.CLAIMED),
    Action.ESCALATE: Transition(_WAITING | {Status.CLAIMED}, Status.ESCALATED),
    Action.RESOLVE: Transition(frozenset({Status.CLAIMED, Status.ESCALATED}), Status.RESOLVED),
    Action.DISMISS: Transition(OPEN, Status.DISMISSED),
    Action.REOPEN: Transition(CLOSED, Status.REOPENED),
    Action.COMMENT: Transition(frozenset(Status), None),
    Action.PROPOSE: Transition(frozenset({Status.CLAIMED, Status.ESCALATED}), None),
}
# Reassigning an escalated finding keeps it escalated: the new holder takes over the escalation.
_ASSIGN_KEEPS = frozenset({Status.ESCALATED})


class ReviewError(BrandwatchError):
    """A review action that cannot be carried out."""


class FindingNotFound(ReviewError):
    def __init__(self, finding_id: int):
        self.finding_id = finding_id
        super().__init__(f"finding {finding_id} does not exist")


class InvalidTransition(ReviewError):
    """The action is not allowed from the finding's current state (or someone else got there first)."""

    def __init__(self, finding_id: int, from_status: str, action: str, detail: str = ""):
        self.finding_id, self.from_status, self.action = finding_id, from_status, action
        allowed = allowed_actions(Status(from_status)) if from_status in Status._value2member_map_ else []
        hint = f"; possible: {', '.join(allowed)}" if allowed else ""
        super().__init__(f"finding {finding_id} is {from_status}{detail}: cannot {action}{hint}")


class MissingReason(ReviewError):
    def __init__(self, finding_id: int):
        super().__init__(f"finding {finding_id}: a dismissal needs a reason, one of "
                         f"{', '.join(r.value for r in DismissReason)}")


def target_status(finding_id: int, current: str, action: Action) -> Status:
    """The state `action` leads to from `current`, or InvalidTransition."""
    transition = TRANSITIONS[action]
    status = Status(current)
    if status not in transition.allowed_from and not (action is Action.ASSIGN and status in _ASSIGN_KEEPS):
        raise InvalidTransition(finding_id, current, action.value)
    if transition.to is None or (action is Action.ASSIGN and status in _ASSIGN_KEEPS):
        return status
    return transition.to


def allowed_actions(status: Status) -> list[str]:
    actions = [a.value for a, t in TRANSITIONS.items() if status in t.allowed_from and a is not Action.COMMENT]
    if status in _ASSIGN_KEEPS and Action.ASSIGN.value not in actions:
        actions.append(Action.ASSIGN.value)
    return actions
