"""Review actions from the console go through the queue's service: state changes and one audit event each."""

from __future__ import annotations

from sqlalchemy import select

from brandwatch.store.models import Finding, ReviewEvent, Suppression
from tests.web.conftest import REVIEWER, csrf_of


def _state(engine, finding_id):
    with engine.connect() as connection:
        finding = connection.execute(select(Finding.status, Finding.assignee, Finding.dismiss_reason)
                                     .where(Finding.id == finding_id)).one()
        events = connection.execute(select(ReviewEvent.actor, ReviewEvent.action, ReviewEvent.from_status,
                                           ReviewEvent.to_status, ReviewEvent.note)
                                    .where(ReviewEvent.finding_id == finding_id).order_by(ReviewEvent.id)).all()
    return finding, events


def _post(client, finding_id, action, **fields):
    return client.post(f"/findings/{finding_id}/{action}",
                       data={"csrf_token": csrf_of(client, "/queue"), **fields})


def test_when_a_reviewer_claims_then_the_finding_is_theirs_and_the_trail_names_them(reviewer, demo_engine, finding_of):
    finding_id = finding_of("1861010")
    response = _post(reviewer, finding_id, "claim")
    assert response.status_code == 303 and response.headers["location"] == f"/findings/{finding_id}"
    finding, events = _state(demo_engine, finding_id)
    assert (finding.status, finding.assignee) == ("claimed", REVIEWER)
    assert events[-1][:4] == (REVIEWER, "claim", "new", "claimed")
    assert "claim (new → claimed)" in reviewer.get(f"/findings/{finding_id}").text


def test_when_dismissing_without_a_reason_then_nothing_changes_and_the_reviewer_is_told(reviewer, demo_engine,
                                                                                       finding_of):
    finding_id = finding_of("1861010")
    before = _state(demo_engine, finding_id)
    _post(reviewer, finding_id, "dismiss", reason="", note="meh")
    assert _state(demo_engine, finding_id) == before
    assert "a dismissal needs a reason" in reviewer.get(f"/findings/{finding_id}").text


def test_when_dismissing_with_a_reason_then_the_trail_records_reason_and_note(reviewer, demo_engine, finding_of):
    finding_id = finding_of("1861010")
    _post(reviewer, finding_id, "dismiss", reason="duplicate", note="same as the DM thread")
    finding, events = _state(demo_engine, finding_id)
    assert (finding.status, finding.dismiss_reason) == ("dismissed", "duplicate")
    assert events[-1] == (REVIEWER, "dismiss", "new", "dismissed", "reason: duplicate; same as the DM thread")


def test_when_a_false_positive_is_suppressed_then_a_suppression_exists_for_its_fingerprint(reviewer, demo_engine,
                                                                                          finding_of):
    finding_id = finding_of("t3_9xq7c")
    _post(reviewer, finding_id, "dismiss", reason="false_positive", suppress="1")
    with demo_engine.connect() as connection:
        assert connection.execute(select(Suppression.fingerprint)).scalars().all() == ["demo-fp-card"]


def test_when_an_action_is_not_allowed_in_this_state_then_the_reviewer_sees_why(reviewer, demo_engine, finding_of):
    finding_id = finding_of("1861010")  # new: it must be claimed before it can be resolved
    _post(reviewer, finding_id, "resolve")
    assert _state(demo_engine, finding_id)[0].status == "new"
    assert "cannot resolve" in reviewer.get(f"/findings/{finding_id}").text


def test_when_a_finding_is_new_then_only_its_allowed_actions_are_offered(reviewer, finding_of):
    html = reviewer.get(f"/findings/{finding_of('1861010')}").text
    assert 'id="action-claim"' in html and 'id="action-escalate"' in html and 'id="action-dismiss"' in html
    assert 'id="action-resolve"' not in html and 'id="action-release"' not in html


def test_when_commenting_then_the_note_joins_the_trail_and_the_state_stays(reviewer, demo_engine, finding_of):
    finding_id = finding_of("1861010")
    _post(reviewer, finding_id, "comment", note="customer replied")
    finding, events = _state(demo_engine, finding_id)
    assert finding.status == "new" and events[-1][1:] == ("comment", "new", "new", "customer replied")


def test_when_the_action_name_is_unknown_then_404_and_no_event(reviewer, demo_engine, finding_of):
    finding_id = finding_of("1861010")
    before = _state(demo_engine, finding_id)
    assert _post(reviewer, finding_id, "delete").status_code == 404
    assert _state(demo_engine, finding_id) == before


def test_when_the_finding_does_not_exist_then_404(reviewer):
    assert reviewer.get("/findings/999999").status_code == 404
    assert _post(reviewer, 999999, "claim").status_code == 404
