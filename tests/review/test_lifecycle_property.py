"""Random sequences of review actions keep the finding and its audit trail consistent."""

from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select

from brandwatch.review.reviewers import NotPermitted
from brandwatch.review.service import ReviewService
from brandwatch.review.states import InvalidTransition, ReviewError
from brandwatch.store.models import Finding, ReviewEvent

from .helpers import SETTINGS, new_finding

ACTIONS = st.lists(st.tuples(st.sampled_from(["claim", "release", "assign", "escalate", "resolve", "dismiss",
                                              "reopen", "comment"]),
                             st.sampled_from(["ana", "bo", "cy"])), max_size=12)


def _run(service, finding_id, action, actor):
    if action == "assign":
        return service.assign(finding_id, actor, "dee")
    if action == "dismiss":
        return service.dismiss(finding_id, actor, "not_actionable")
    if action == "comment":
        return service.comment(finding_id, actor, "looked at it")
    return getattr(service, action)(finding_id, actor)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=ACTIONS)
def test_when_any_sequence_of_actions_is_tried_then_the_trail_replays_to_the_current_state(factory, steps):
    finding_id = new_finding(factory)
    service = ReviewService(factory, SETTINGS)
    accepted = 0
    for action, actor in steps:
        try:
            outcome = _run(service, finding_id, action, actor)
        except (InvalidTransition, NotPermitted):  # the state machine or the role rules refused
            continue
        except ReviewError as exc:  # only the documented refusals are acceptable
            raise AssertionError(exc) from exc
        accepted += 1
        assert outcome.action == action
    with factory() as session:
        finding = session.get(Finding, finding_id)
        events = session.scalars(select(ReviewEvent).where(ReviewEvent.finding_id == finding_id)
                                 .order_by(ReviewEvent.id)).all()
    assert len(events) == accepted + 1
    for before, after in zip(events, events[1:]):
        assert after.from_status == before.to_status  # no gap, no change without an event
    assert events[-1].to_status == finding.status
    holds = finding.status in ("claimed", "escalated", "resolved", "dismissed")
    assert finding.assignee is None or holds
