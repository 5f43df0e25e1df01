"""Review actions on SQLite and PostgreSQL: state, assignee and exactly one audit event per action."""

from datetime import timedelta

import pytest
from sqlalchemy import select, text

from brandwatch.review.service import ReviewService
from brandwatch.review.states import InvalidTransition, MissingReason, ReviewError
from brandwatch.store.models import Finding, ReviewEvent, Suppression

from .helpers import SETTINGS, T0, new_finding


class Ticking:
    """A clock that moves one minute per reading."""

    def __init__(self):
        self.now = T0

    def __call__(self):
        self.now += timedelta(minutes=1)
        return self.now


def _events(factory, finding_id):
    with factory() as session:
        return session.scalars(select(ReviewEvent).where(ReviewEvent.finding_id == finding_id)
                               .order_by(ReviewEvent.id)).all()


def test_when_a_finding_walks_every_state_then_each_action_leaves_exactly_one_event(factory):
    finding_id = new_finding(factory)
    service = ReviewService(factory, SETTINGS, clock=Ticking())
    service.claim(finding_id, "ana")
    service.release(finding_id, "ana", note="out today")
    service.assign(finding_id, "lead", "bo")
    service.escalate(finding_id, "bo")
    service.comment(finding_id, "bo", "key rotated")
    service.resolve(finding_id, "bo")
    service.reopen(finding_id, "lead", note="reappeared")
    service.dismiss(finding_id, "ana", "duplicate")

    events = _events(factory, finding_id)
    assert [(e.actor, e.action, e.from_status, e.to_status) for e in events] == [
        ("brandwatch", "create", None, "new"),
        ("ana", "claim", "new", "claimed"), ("ana", "release", "claimed", "released"),
        ("lead", "assign", "released", "claimed"), ("bo", "escalate", "claimed", "escalated"),
        ("bo", "comment", "escalated", "escalated"), ("bo", "resolve", "escalated", "resolved"),
        ("lead", "reopen", "resolved", "reopened"), ("ana", "dismiss", "reopened", "dismissed")]
    assert events[3].note == "assigned to bo" and events[8].note == "reason: duplicate"
    assert [e.at for e in events[1:]] == [T0 + timedelta(minutes=n) for n in range(1, 9)]
    with factory() as session:
        finding = session.get(Finding, finding_id)
    assert (finding.status, finding.dismiss_reason, finding.assignee) == ("dismissed", "duplicate", None)


def test_when_an_action_is_invalid_then_nothing_changes_and_no_event_is_written(factory):
    finding_id = new_finding(factory)
    service = ReviewService(factory, SETTINGS)
    with pytest.raises(InvalidTransition, match=rf"finding {finding_id} is new: cannot resolve"):
        service.resolve(finding_id, "ana")
    with pytest.raises(MissingReason):
        service.dismiss(finding_id, "ana", None)
    with pytest.raises(ReviewError, match="unknown dismissal reason 'meh'"):
        service.dismiss(finding_id, "ana", "meh")
    with pytest.raises(ReviewError, match="does not exist"):
        service.claim(999999, "ana")
    assert [e.action for e in _events(factory, finding_id)] == ["create"]


def test_when_someone_holds_a_finding_then_a_second_claim_names_the_holder(factory):
    finding_id = new_finding(factory)
    service = ReviewService(factory, SETTINGS)
    service.claim(finding_id, "ana")
    with pytest.raises(InvalidTransition, match=rf"finding {finding_id} is claimed by ana: cannot claim; possible: release"):
        service.claim(finding_id, "bo")


def test_when_an_audit_row_is_updated_or_deleted_then_the_database_refuses(factory, engine):
    finding_id = new_finding(factory)
    ReviewService(factory, SETTINGS).claim(finding_id, "ana")
    for statement in ("UPDATE review_events SET actor = 'mallory'", "DELETE FROM review_events",
                      "UPDATE review_events SET note = 'edited' WHERE action = 'claim'"):
        with pytest.raises(Exception, match="append-only"):
            with engine.begin() as connection:
                connection.execute(text(statement))
    with pytest.raises(Exception, match="append-only"):
        with factory() as session, session.begin():
            session.delete(session.scalars(select(ReviewEvent)).first())
    assert [e.actor for e in _events(factory, finding_id)] == ["brandwatch", "ana"]


def test_when_a_false_positive_is_dismissed_with_suppress_then_a_suppression_is_stored(factory):
    finding_id = new_finding(factory, fingerprint="fp-dismissed")
    service = ReviewService(factory, SETTINGS)
    with pytest.raises(ReviewError, match="only a false_positive"):
        service.dismiss(finding_id, "ana", "duplicate", suppress=True)
    service.dismiss(finding_id, "ana", "false_positive", note="test key", suppress=True)
    with factory() as session:
        suppression = session.scalars(select(Suppression)).one()
    assert (suppression.fingerprint, suppression.rule_id, suppression.created_by) == (
        "fp-dismissed", "aws-access-key-id", "ana")


def test_when_a_finding_is_escalated_then_its_routed_channels_are_notified_with_the_event_in_the_key(factory):
    from brandwatch.store.models import OutboxMessage

    finding_id = new_finding(factory)
    outcome = ReviewService(factory, SETTINGS).escalate(finding_id, "ana", note="needs the cloud team")
    with factory() as session:
        keys = session.scalars(select(OutboxMessage.idempotency_key).order_by(OutboxMessage.id)).all()
        payload = session.scalars(select(OutboxMessage.payload).order_by(OutboxMessage.id.desc())).first()
    assert keys == [f"bw-finding-{finding_id}-new-sec-hook",
                    f"bw-finding-{finding_id}-escalated-{outcome.event_id}-sec-hook"]
    assert payload["status"] == "escalated" and payload["event"] == f"escalated-{outcome.event_id}"


def test_when_a_note_quotes_the_leaked_value_then_the_audit_trail_stores_it_masked(factory):
    finding_id = new_finding(factory, text="key AKIAQ3EGUVNT5XJ2LWPM leaked")
    ReviewService(factory, SETTINGS).comment(finding_id, "ana", "revoked AKIAQ3EGUVNT5XJ2LWPM in IAM")
    assert _events(factory, finding_id)[-1].note == "revoked [masked] in IAM"
