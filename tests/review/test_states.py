"""The lifecycle table: which action leads where, and what an invalid one says."""

import pytest

from brandwatch.errors import BrandwatchError
from brandwatch.review.states import Action, InvalidTransition, Status, allowed_actions, target_status


@pytest.mark.parametrize("current, action, expected", [
    ("new", Action.CLAIM, Status.CLAIMED),
    ("claimed", Action.RELEASE, Status.RELEASED),
    ("released", Action.CLAIM, Status.CLAIMED),
    ("claimed", Action.ESCALATE, Status.ESCALATED),
    ("escalated", Action.RESOLVE, Status.RESOLVED),
    ("escalated", Action.ASSIGN, Status.ESCALATED),
    ("new", Action.ASSIGN, Status.CLAIMED),
    ("resolved", Action.REOPEN, Status.REOPENED),
    ("dismissed", Action.REOPEN, Status.REOPENED),
    ("reopened", Action.DISMISS, Status.DISMISSED),
    ("resolved", Action.COMMENT, Status.RESOLVED),
])
def test_when_an_action_is_allowed_then_it_leads_to_the_documented_state(current, action, expected):
    assert target_status(7, current, action) is expected


@pytest.mark.parametrize("current, action", [
    ("new", Action.RESOLVE), ("new", Action.RELEASE), ("new", Action.REOPEN), ("claimed", Action.CLAIM),
    ("resolved", Action.CLAIM), ("resolved", Action.DISMISS), ("dismissed", Action.ESCALATE),
    ("escalated", Action.CLAIM), ("released", Action.RELEASE), ("resolved", Action.ASSIGN),
])
def test_when_an_action_is_not_allowed_then_the_error_names_finding_state_and_action(current, action):
    with pytest.raises(InvalidTransition) as caught:
        target_status(42, current, action)
    assert isinstance(caught.value, BrandwatchError)
    message = str(caught.value)
    assert "finding 42" in message and f"is {current}" in message and f"cannot {action.value}" in message


def test_when_a_finding_is_closed_then_only_reopening_is_offered():
    assert allowed_actions(Status.RESOLVED) == ["reopen"]
    assert allowed_actions(Status.DISMISSED) == ["reopen"]
