"""The console's team features without a browser: bulk form, saved-view tabs, four-eyes buttons."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from brandwatch.store.models import Finding, ReviewEvent
from tests.web.conftest import ADMIN, REVIEWER, csrf_of, log_in


def _bulk(client, action, ids, **fields):
    return client.post("/queue/bulk", data={"csrf_token": csrf_of(client, "/queue"), "action": action,
                                            "id": [str(i) for i in ids], "back": "category=leak", **fields})


def _events(engine, ids, action):
    with engine.connect() as connection:
        return dict(connection.execute(select(ReviewEvent.finding_id, func.count()).where(
            ReviewEvent.finding_id.in_(ids), ReviewEvent.action == action).group_by(ReviewEvent.finding_id)).all())


def test_when_selected_findings_are_claimed_at_once_then_each_gets_one_event_and_refusals_are_shown(
        reviewer, demo_engine, finding_of):
    ids = [finding_of("1861010"), finding_of("1861011"), finding_of("1861001")]
    response = _bulk(reviewer, "claim", ids)
    assert response.status_code == 303 and response.headers["location"] == "/queue?category=leak"
    assert _events(demo_engine, ids, "claim") == {i: 1 for i in ids}

    again = _bulk(reviewer, "claim", ids[:1])
    assert again.status_code == 303
    page = reviewer.get("/queue").text
    assert "claim: 0 findings done, 1 not done." in page and "cannot claim" in page


def test_when_the_bulk_form_lacks_its_token_or_a_valid_action_then_nothing_happens(reviewer, demo_engine,
                                                                                    finding_of):
    finding_id = finding_of("1861010")
    forged = reviewer.post("/queue/bulk", data={"action": "claim", "id": [str(finding_id)]})
    assert forged.status_code == 403
    assert _bulk(reviewer, "delete-everything", [finding_id]).status_code == 400
    assert _events(demo_engine, [finding_id], "claim") == {}


def test_when_a_view_is_saved_then_the_queue_shows_it_as_a_tab_with_its_count(reviewer, demo_engine):
    with demo_engine.connect() as connection:
        complaints = connection.scalar(select(func.count()).select_from(Finding).where(
            Finding.category == "complaint", Finding.status.in_(("new", "claimed", "escalated", "released",
                                                                  "reopened"))))
    saved = reviewer.post("/queue/views", data={"csrf_token": csrf_of(reviewer, "/queue"), "name": "Care",
                                                "query": "category=complaint&page=3", "team": ""})
    assert saved.status_code == 303 and saved.headers["location"] == "/queue?category=complaint"
    page = reviewer.get("/queue").text
    tab = re.search(r'<a class="view-tab\s*"[^>]*data-view="Care".*?<span class="count">(\d+)</span>', page, re.S)
    assert tab and int(tab.group(1)) == complaints
    assert 'class="view-tab active"' in reviewer.get("/queue?category=complaint").text

    bad = reviewer.post("/queue/views", data={"csrf_token": csrf_of(reviewer, "/queue"), "name": "x",
                                              "query": "", "team": "security"})
    assert bad.status_code == 303
    assert "you are not in team &#39;security&#39;" in reviewer.get("/queue").text


def test_when_the_proposer_approves_in_the_console_then_it_is_refused_and_an_admin_may_approve(
        client, demo_engine, finding_of):
    critical = finding_of("1861001")
    log_in(client, REVIEWER)
    token = csrf_of(client, "/queue")
    client.post(f"/findings/{critical}/claim", data={"csrf_token": token})
    client.post(f"/findings/{critical}/propose", data={"csrf_token": token, "close": "resolve"})
    page = client.get(f"/findings/{critical}").text
    assert 'id="pending-proposal"' in page and f"Proposed by <b>{REVIEWER}</b>" in page

    client.post(f"/findings/{critical}/approve", data={"csrf_token": token})
    assert f"you ({REVIEWER}) proposed this resolve" in client.get(f"/findings/{critical}").text.replace("&#39;", "'")
    client.post("/logout", data={"csrf_token": csrf_of(client, "/queue")})
    log_in(client, ADMIN)
    client.post(f"/findings/{critical}/approve", data={"csrf_token": csrf_of(client, "/queue")})
    with demo_engine.connect() as connection:
        assert connection.scalar(select(Finding.status).where(Finding.id == critical)) == "resolved"
