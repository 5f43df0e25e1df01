"""The console's side of issue 24: the suppressions page, reply approval, SLA level and due times."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from brandwatch.model.analysis import FindingSpan
from brandwatch.review.intake import record_findings
from brandwatch.review.sla import escalate_overdue
from brandwatch.store.db import session_factory, transaction
from brandwatch.store.models import Author, Finding, Mention, ReplyDraft, Suppression
from brandwatch.testing.console_demo import DEMO_SETTINGS
from tests.web.conftest import ADMIN, REVIEWER, csrf_of, log_in

RULE = "complaint-product-defect"


def _post_as_bikedad(demo_engine, clock, text="my Acme Rocket died again"):
    """A new complaint post by the demo's bikedad77, through intake at the console's clock."""
    factory = session_factory(demo_engine)
    with transaction(factory) as session:
        author = session.scalar(select(Author).where(Author.handle == "bikedad77"))
        mention = Mention(platform="x", external_id=f"new-{clock.now.timestamp()}", text=text, author_id=author.id,
                          created_at=clock.now)
        session.add(mention)
        session.flush()
        span = FindingSpan(rule=RULE, category="complaint", kind="product", severity="medium", start=0,
                           end=len(text), preview=text)
        result = record_findings(session, mention, [span], DEMO_SETTINGS, now=clock.now)
    return result.created[0]


def _status(demo_engine, finding_id):
    with demo_engine.connect() as connection:
        return connection.execute(select(Finding.status).where(Finding.id == finding_id)).scalar_one()


def _form(client, path, **fields):
    return client.post(path, data={"csrf_token": csrf_of(client, "/queue"), **fields})


def test_when_a_reviewer_opens_the_suppressions_page_then_it_is_refused(reviewer):
    assert reviewer.get("/suppressions").status_code == 403
    assert 'href="/suppressions"' not in reviewer.get("/queue").text


def test_when_an_admin_suppresses_an_author_then_it_hides_expires_recurs_and_can_be_removed(admin, demo_engine, clock):
    added = _form(admin, "/suppressions", scope="author", value="x:@bikedad77", rule=RULE, reason="serial tester",
                  expires="30", owner="")
    assert added.status_code == 303
    page = admin.get("/suppressions").text
    assert "Suppression 1 added: author x:@bikedad77 under rule complaint-product-defect." in page
    assert re.search(r"author x:@bikedad77 under rule complaint-product-defect</td><td>ada</td>", page)

    hidden = _post_as_bikedad(demo_engine, clock)
    assert _status(demo_engine, hidden) == "dismissed"
    clock.advance(timedelta(days=31))
    back = _post_as_bikedad(demo_engine, clock, "and the replacement died too")
    assert (_status(demo_engine, back), _status(demo_engine, hidden)) == ("new", "reopened")
    assert log_in(admin, ADMIN).status_code == 303  # a month idle ended the session (web/sessions.py)
    assert "recurred" in admin.get("/suppressions?all=1").text

    _form(admin, "/suppressions", scope="phrase", value="known defect", rule=RULE, reason="FAQ", expires="7")
    with demo_engine.connect() as connection:
        phrase_id = connection.execute(select(Suppression.id).where(Suppression.scope == "phrase")).scalar_one()
    _form(admin, f"/suppressions/{phrase_id}/remove", reason="FAQ updated")
    assert "Suppression 2 removed." in admin.get("/suppressions").text
    refused = _form(admin, "/suppressions", scope="author", value="someone", reason="r", expires="7")
    assert refused.status_code == 303 and "needs the rule it applies to" in admin.get("/suppressions").text


def test_when_a_suppressing_dismissal_is_reopened_in_the_console_then_the_suppression_is_lifted(admin, demo_engine,
                                                                                              finding_of):
    finding_id = finding_of("t3_9xq7c")
    _form(admin, f"/findings/{finding_id}/dismiss", reason="false_positive", suppress="1")
    _form(admin, f"/findings/{finding_id}/reopen")
    with demo_engine.connect() as connection:
        made = connection.execute(select(Suppression.removed_by, Suppression.source_finding_id)).one()
    assert tuple(made) == (ADMIN, finding_id)
    assert "removed" in admin.get("/suppressions?all=1").text


def test_when_a_reply_is_drafted_then_its_author_cannot_approve_it_and_a_second_reviewer_can(client, demo_engine,
                                                                                           finding_of):
    finding_id = finding_of("1861011")
    log_in(client, REVIEWER)
    page = client.get(f"/findings/{finding_id}").text
    prefilled = re.search(r'<textarea name="text"[^>]*>([^<]*)</textarea>', page).group(1)
    assert prefilled.startswith("Hi @bikedad77, we&#39;re sorry your Acme Rocket isn&#39;t working as it should. Could")
    _form(client, f"/findings/{finding_id}/reply", text="Hi @bikedad77, sorry! Could you DM us your order number?")
    with demo_engine.connect() as connection:
        draft_id = connection.execute(select(ReplyDraft.id)).scalar_one()
    _form(client, f"/replies/{draft_id}/sent")
    assert "is draft: cannot mark it sent" in client.get(f"/findings/{finding_id}").text
    _form(client, f"/replies/{draft_id}/approve")
    assert "a second reviewer approves it" in client.get(f"/findings/{finding_id}").text

    _form(client, "/logout")
    log_in(client, ADMIN)
    _form(client, f"/replies/{draft_id}/approve")
    _form(client, f"/replies/{draft_id}/sent")
    page = client.get(f"/findings/{finding_id}").text
    assert f"Draft {draft_id}</b> · sent · drafted by {REVIEWER} · approved by {ADMIN} · sent by {ADMIN}" in page
    assert page.count("reply-approve") == 1 and page.count("reply-sent") == 1


def test_when_the_sla_sweep_raises_a_finding_then_its_page_shows_the_level_and_closed_ones_show_no_due(
        reviewer, demo_engine, finding_of, clock):
    finding_id = finding_of("1861011")
    assert escalate_overdue(session_factory(demo_engine), DEMO_SETTINGS, lambda: clock.now + timedelta(days=30))
    page = reviewer.get(f"/findings/{finding_id}").text
    assert re.search(r'id="sla-level">SLA level 1 \(lead\)', page)
    dismissed = reviewer.get(f"/findings/{finding_of('1861006')}").text
    assert 'id="due"' not in dismissed


def test_when_a_rule_falls_below_the_precision_floor_then_the_dashboard_flags_it(demo_engine, clock):
    from starlette.testclient import TestClient

    from brandwatch.config import Settings
    from brandwatch.web.app import create_app

    strict = Settings.model_validate({**DEMO_SETTINGS.model_dump(mode="json", exclude={"source_file"}),
                                      "review": {"precision_floor": 0.5, "precision_min_sample": 1}})
    for settings, flagged in ((DEMO_SETTINGS, False), (strict, True)):
        app = create_app(demo_engine, settings, secret_key="test-session-key-" + "x" * 32, clock=clock)
        with TestClient(app, follow_redirects=False) as client:
            log_in(client, REVIEWER)
            page = client.get("/dashboard").text
        assert ('id="weak-rules"' in page) == flagged
    assert re.search(r"<code>endorsement-ambiguous-hashtag</code> 0% \(n=1, 95% CI 0–79%\)", page)
    assert "complaint-support-unresponsive" not in page.split('id="weak-rules"')[1].split("</section>")[0]
