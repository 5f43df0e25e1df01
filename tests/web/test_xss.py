"""Post text, author names and profiles come from strangers: they must render as inert text."""

from __future__ import annotations

from brandwatch.store.db import session_factory, transaction
from brandwatch.store.models import Mention
from tests.web.html_audit import script_hazards




def test_when_a_post_contains_script_and_html_then_the_finding_page_shows_it_escaped(reviewer, finding_of):
    html = reviewer.get(f"/findings/{finding_of('1861013')}").text
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>app</b>" not in html


def test_when_author_name_and_profile_hold_markup_then_they_render_as_text(reviewer, finding_of):
    html = reviewer.get(f"/findings/{finding_of('1861013')}").text
    assert "&lt;img src=x onerror=alert(&#34;name&#34;)&gt;" in html
    assert "&lt;script&gt;alert(&#34;bio&#34;)&lt;/script&gt;" in html
    assert "onerror=alert(&#34;name&#34;)&gt;" in html and 'onerror=alert("name")' not in html


def test_when_hostile_text_is_served_then_no_tag_can_run_script(reviewer, finding_of):
    for path in (f"/findings/{finding_of('1861013')}", "/queue", "/queue?team=customer-care", "/dashboard"):
        problems, tags = script_hazards(reviewer.get(path).text)
        assert "a" in tags, path  # the parser saw the page's real links
        assert problems == [], path


def test_when_the_post_url_is_a_javascript_url_then_it_is_not_made_a_link(reviewer, demo_engine, finding_of):
    with transaction(session_factory(demo_engine)) as session:
        session.query(Mention).filter(Mention.external_id == "1861013").update({"url": "javascript:alert(4)"})
    html = reviewer.get(f"/findings/{finding_of('1861013')}").text
    assert "javascript:alert(4)" not in html


def test_when_the_queue_lists_a_hostile_post_then_its_preview_is_escaped(reviewer):
    html = reviewer.get("/queue?team=customer-care").text
    assert "pix_lost" in html
    assert "<script>alert" not in html


def test_when_any_page_is_served_then_the_csp_forbids_inline_script(reviewer, finding_of):
    response = reviewer.get(f"/findings/{finding_of('1861013')}")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert script_hazards(response.text)[0] == []


def test_when_the_json_api_returns_a_hostile_post_then_it_is_json_not_html(reviewer, finding_of):
    response = reviewer.get(f"/api/findings/{finding_of('1861013')}")
    assert response.headers["content-type"].startswith("application/json")
    texts = "".join(segment["text"] for segment in response.json()["post"])
    assert texts.startswith('<script>alert("xss")</script>')  # data as data; JSON is never rendered as HTML


def test_when_the_audit_helper_reads_unescaped_markup_then_it_reports_it():
    problems, _ = script_hazards('<p><script>x()</script><img src=x onerror=y()><a href=" JavaScript:z()">a</a></p>')
    assert problems == ["inline <script>", "event handler onerror on <img>", "href=' JavaScript:z()' on <a>"]
