"""A leaked key never reaches the browser: not in the page source, the JSON API, the queue or the trail."""

from __future__ import annotations

from brandwatch.model.analysis import FindingSpan
from brandwatch.review.intake import record_findings
from brandwatch.store.db import session_factory, transaction
from brandwatch.store.models import Finding, Mention
from brandwatch.testing.console_demo import DEMO_NOW, DEMO_SETTINGS, LEAKED_KEY, MASKED_KEY
from tests.web.conftest import csrf_of


def test_when_a_finding_is_a_leaked_key_then_its_page_shows_only_the_masked_preview(reviewer, finding_of):
    html = reviewer.get(f"/findings/{finding_of('1861001')}").text
    assert LEAKED_KEY not in html
    assert LEAKED_KEY[4:] not in html  # not even the part after the shown prefix
    assert f'<mark class="masked" title="leaked value, masked (aws-access-key-id)">{MASKED_KEY}</mark>' in html


def test_when_the_json_api_returns_a_leak_finding_then_the_key_is_absent(reviewer, finding_of):
    response = reviewer.get(f"/api/findings/{finding_of('1861001')}")
    assert response.status_code == 200
    assert LEAKED_KEY not in response.text
    assert {"kind": "masked", "text": MASKED_KEY, "rule": "aws-access-key-id"} in response.json()["post"]


def test_when_the_queue_and_dashboard_list_a_leak_then_the_key_is_absent(reviewer):
    for path in ("/queue", "/queue?category=leak", "/dashboard"):
        assert LEAKED_KEY not in reviewer.get(path).text, path


def test_when_a_reviewer_pastes_the_key_into_a_comment_then_the_trail_shows_it_masked(reviewer, finding_of):
    finding_id = finding_of("1861001")
    reviewer.post(f"/findings/{finding_id}/comment",
                  data={"note": f"rotated {LEAKED_KEY} already", "csrf_token": csrf_of(reviewer, "/queue")})
    html = reviewer.get(f"/findings/{finding_id}").text
    assert "rotated [masked] already" in html  # the queue service stores notes with leaked values masked
    assert LEAKED_KEY not in html
    assert LEAKED_KEY not in reviewer.get(f"/api/findings/{finding_id}").text


def test_when_another_finding_on_the_same_post_is_opened_then_the_key_is_still_masked(reviewer, demo_engine):
    """A complaint raised on a post that also leaks a key must not show the key in its own view."""
    factory = session_factory(demo_engine)
    with transaction(factory) as session:
        mention = session.query(Mention).filter(Mention.external_id == "1861001").one()
        text = mention.text
        span = FindingSpan(rule="complaint-product-defect", category="complaint", kind="product", severity="low",
                           start=0, end=len(text), preview="debugging our deploy…",
                           explanation={"quoted": text}, rule_hash="e" * 64)
        created = record_findings(session, mention, [span], DEMO_SETTINGS, now=DEMO_NOW).created[0]
    for path in (f"/findings/{created}", f"/api/findings/{created}", "/queue?category=complaint"):
        body = reviewer.get(path).text
        assert LEAKED_KEY not in body, path
        assert MASKED_KEY in body, path


def test_when_the_explanation_quotes_the_key_then_the_page_masks_it(reviewer, demo_engine, finding_of):
    finding_id = finding_of("1861001")
    with transaction(session_factory(demo_engine)) as session:
        finding = session.get(Finding, finding_id)
        finding.explanation = {**finding.explanation, "matched_value": LEAKED_KEY}
    html = reviewer.get(f"/findings/{finding_id}").text
    assert LEAKED_KEY not in html and f"<dd>{MASKED_KEY}</dd>" in html
