"""What a reviewer sees on one finding: evidence, author context, analysis, rule, reply draft, trail."""

from __future__ import annotations

from brandwatch.web.rule_catalog import RuleCatalog, RuleInfo


def test_when_a_complaint_is_opened_then_its_evidence_is_highlighted_in_the_post(reviewer, finding_of):
    html = reviewer.get(f"/findings/{finding_of('1861011')}").text
    assert ('<mark class="evidence" title="evidence for complaint-product-defect">stopped working after two charges'
            '</mark>') in html


def test_when_a_complaint_is_opened_then_the_reply_draft_follows_the_four_steps(reviewer, finding_of):
    html = reviewer.get(f"/findings/{finding_of('1861011')}").text
    for step in ("acknowledge", "clarify", "resolution", "check back"):
        assert f'<span class="step">{step}</span>' in html
    assert "Hi @bikedad77, we&#39;re sorry your Acme Rocket isn&#39;t working as it should." in html


def test_when_the_author_is_on_the_roster_then_the_entry_and_relationship_are_shown(reviewer, finding_of):
    html = reviewer.get(f"/findings/{finding_of('1861005')}").text
    assert '<span class="rel rel-partner">partner</span>' in html
    assert "partner Lena Park (affiliate, 2026-01-01 to now)" in html
    assert "style + gadgets | LA" in html and "48,200" in html


def test_when_the_author_identified_themselves_then_the_relationship_says_so(reviewer, finding_of):
    assert "rel-self-identified" in reviewer.get(f"/findings/{finding_of('t3_9xm11')}").text


def test_when_the_post_was_analysed_then_sentiment_and_complaint_are_shown(reviewer, finding_of):
    html = reviewer.get(f"/findings/{finding_of('1861011')}").text
    assert '<span class="senti senti-negative">negative</span> 0.83' in html
    assert "yes · product" in html


def test_when_the_rule_is_known_then_title_and_description_are_shown(app, reviewer, finding_of):
    info = RuleInfo("complaint-product-defect", "Product stopped working", "A customer says a product failed.",
                    "complaint", "product", "medium", "rules/complaints.yaml:3", "f" * 64)
    app.state.rules = lambda: RuleCatalog({info.id: info})
    html = reviewer.get(f"/findings/{finding_of('1861011')}").text
    assert "<b>Product stopped working</b>" in html and "A customer says a product failed." in html


def test_when_the_rules_cannot_be_loaded_then_the_page_still_shows_the_rule_id(app, reviewer, finding_of):
    app.state.rules = lambda: RuleCatalog({}, "rules/x.yaml:1:1: broken")
    html = reviewer.get(f"/findings/{finding_of('1861011')}").text
    assert "<code>complaint-product-defect</code>" in html


def test_when_a_finding_has_history_then_the_whole_trail_is_listed_in_order(reviewer, finding_of):
    html = reviewer.get(f"/findings/{finding_of('t3_9xm11')}").text
    trail = html.split('id="audit"', 1)[1]
    positions = [trail.index(f"<b>{action}</b>") for action in ("create", "claim", "escalate")]
    assert positions == sorted(positions)
    assert "legal to confirm protected speech" in trail


def test_when_a_key_appears_in_several_posts_then_they_are_listed_as_one_incident(reviewer, finding_of):
    first, second = finding_of("1861001"), finding_of("t3_9y0k1")
    html = reviewer.get(f"/findings/{first}").text
    assert "Same value in 2 posts" in html
    assert f'<a href="/findings/{second}">#{second}</a> reddit · t3_9y0k1' in html
    assert "Same value in" not in reviewer.get(f"/findings/{finding_of('1861009')}").text


def test_when_retention_removed_the_post_text_then_the_page_says_so_and_still_renders(reviewer, demo_engine,
                                                                                    finding_of):
    from brandwatch.store.db import session_factory, transaction
    from brandwatch.store.models import Mention

    with transaction(session_factory(demo_engine)) as session:
        session.query(Mention).filter(Mention.external_id == "1861001").update({"text": None})
    response = reviewer.get(f"/findings/{finding_of('1861001')}")
    assert response.status_code == 200 and "(post text removed by retention)" in response.text
    assert reviewer.get("/queue").status_code == 200


def test_when_a_post_is_huge_and_full_of_control_characters_then_the_page_renders_them_neutralised(
        reviewer, demo_engine, finding_of):
    from brandwatch.store.db import session_factory, transaction
    from brandwatch.store.models import Mention

    text = "worst support ever \u202eevil\u202c \x1b[31m" + "ä" * 200_000
    with transaction(session_factory(demo_engine)) as session:
        session.query(Mention).filter(Mention.external_id == "1861002").update({"text": text})
    html = reviewer.get(f"/findings/{finding_of('1861002')}").text
    assert "\u202e" not in html and "\x1b" not in html
    assert html.count("ä") >= 200_000
    queue = reviewer.get("/queue?status=resolved").text
    assert "support ever \ufffdevil" in queue and queue.count("ä") < 400  # the queue shows about one line
