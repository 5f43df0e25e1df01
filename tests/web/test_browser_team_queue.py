"""The team queue in a real browser: tick 50 findings from the keyboard and resolve them all, save and
reopen a view, and four-eyes closing refusing the proposer's own approval."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from brandwatch.model.analysis import FindingSpan
from brandwatch.review.audit_key import audit_key
from brandwatch.review.audit_verify import verify_trail
from brandwatch.review.intake import record_findings
from brandwatch.store.db import session_factory, transaction
from brandwatch.store.models import Author, Finding, Mention, ReviewEvent
from brandwatch.testing.console_demo import DEMO_NOW, DEMO_SETTINGS
from tests.web import test_browser as shared
from tests.web.conftest import ADMIN, PASSWORD, REVIEWER

browser, base_url, page = shared.browser, shared.base_url, shared.page  # the browser tests' own fixtures

pytestmark = pytest.mark.slow
EXTRA = 60


@pytest.fixture
def many_cautions(demo_engine):
    """EXTRA low-severity caution findings besides the demo's, so one page holds 50 of them."""
    factory = session_factory(demo_engine)
    ids = []
    for i in range(EXTRA):
        with transaction(factory) as session:
            author = Author(platform="reddit", external_id=f"bulk-author-{i}", handle=f"poster{i}", followers=i)
            session.add(author)
            session.flush()
            text = f"our shift lead mentioned the works council again, meeting number {i}"
            mention = Mention(platform="reddit", external_id=f"bulk-post-{i}", text=text, author_id=author.id,
                              created_at=DEMO_NOW - timedelta(hours=2, minutes=i), status="analysed")
            session.add(mention)
            session.flush()
            span = FindingSpan(rule="works-council-mention", category="caution", kind="nlra", severity="low",
                               start=0, end=len(text), preview=text[:60], rule_hash="d" * 64)
            ids += record_findings(session, mention, [span], DEMO_SETTINGS,
                                   now=DEMO_NOW - timedelta(hours=1, minutes=i)).created
    return ids


def _log_in(page, name: str = REVIEWER) -> None:
    page.goto("/queue")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/queue$"))


def _tick_first(page, count: int) -> None:
    """x on the first row, j down to row `count`, X ticks the range between."""
    page.keyboard.press("j")
    page.keyboard.press("x")
    for _ in range(count - 1):
        page.keyboard.press("j")
    page.keyboard.press("Shift+X")


def test_when_fifty_findings_are_ticked_from_the_keyboard_then_one_key_resolves_them_all(page, many_cautions,
                                                                                         demo_engine):
    _log_in(page)
    page.goto("/queue?category=caution&severity=low&status=new")
    assert page.locator("#queue-table tr.row").count() == 50
    assert page.locator("#bulk-bar").is_hidden()

    _tick_first(page, 50)
    assert page.locator("#bulk-count").inner_text() == "50 selected"
    ticked = page.locator("#queue-table input.pick:checked").evaluate_all("boxes => boxes.map(b => +b.value)")
    page.keyboard.press("c")
    page.wait_for_selector(".flash-success")
    assert "claim: 50 findings done." in page.locator(".flash-success").inner_text()

    page.goto(f"/queue?category=caution&assignee={REVIEWER}")
    assert page.locator("#queue-table tr.row").count() == 50
    _tick_first(page, 50)
    page.keyboard.press("r")
    page.wait_for_selector(".flash-success")
    assert "resolve: 50 findings done." in page.locator(".flash-success").inner_text()
    assert re.search(rf"/queue\?category=caution&assignee={REVIEWER}$", page.url)
    assert page.locator("#queue-table tr.row").count() == 0  # all resolved: none open for rita
    assert page.console_errors == []

    factory = session_factory(demo_engine)
    with factory() as session:
        statuses = dict(session.execute(select(Finding.id, Finding.status).where(Finding.id.in_(ticked))).all())
        resolutions = dict(session.execute(
            select(ReviewEvent.finding_id, func.count()).where(ReviewEvent.finding_id.in_(ticked),
                                                               ReviewEvent.action == "resolve",
                                                               ReviewEvent.actor == REVIEWER)
            .group_by(ReviewEvent.finding_id)).all())
        report = verify_trail(session, audit_key(DEMO_SETTINGS, create=False))
    assert set(statuses.values()) == {"resolved"} and len(statuses) == 50
    assert resolutions == {finding_id: 1 for finding_id in ticked}  # one audit event per finding
    assert report.ok, [str(p) for p in report.problems]


def test_when_a_view_is_saved_then_its_tab_counts_and_reopens_it(page):
    _log_in(page)
    page.goto("/queue?category=complaint")
    complaints = page.locator("#queue-table tr.row").count()
    page.click(".save-view summary")
    page.fill("#save-view-form input[name=name]", "Complaints")
    page.click("#save-view-form button[type=submit]")
    page.wait_for_selector(".flash-success")
    tab = page.locator('a.view-tab[data-view="Complaints"]')
    assert tab.locator(".count").inner_text() == str(complaints)

    page.goto("/queue")
    assert "active" not in (page.locator('a.view-tab[data-view="Complaints"]').get_attribute("class") or "")
    page.click('a.view-tab[data-view="Complaints"]')
    page.wait_for_url(re.compile(r"/queue\?category=complaint$"))
    assert "active" in page.locator('a.view-tab[data-view="Complaints"]').get_attribute("class")
    categories = page.locator("#queue-table tr.row .cat").all_inner_texts()
    assert len(categories) == complaints and all(text.startswith("complaint") for text in categories)


def test_when_the_proposer_approves_a_critical_close_then_it_is_refused_and_a_second_reviewer_closes(
        page, browser, base_url, finding_of):
    critical_leak = finding_of("1861001")
    _log_in(page)
    page.goto(f"/findings/{critical_leak}")
    page.click("#action-claim")
    page.wait_for_selector(".flash-success")
    assert page.locator("#action-resolve").count() == 1
    page.click("#action-resolve")  # critical: resolving alone is refused too
    page.wait_for_selector(".flash-error")
    assert "four-eyes closing" in page.locator(".flash-error").inner_text()

    page.click("#action-propose")
    page.wait_for_selector("#pending-proposal")
    page.click("#action-approve")
    page.wait_for_selector(".flash-error")
    refusal = page.locator(".flash-error").inner_text()
    assert f"four-eyes closing needs a second reviewer; you ({REVIEWER}) proposed this resolve" in refusal
    assert page.locator(".finding-head .status").inner_text() == "claimed"

    second = browser.new_context(base_url=base_url).new_page()
    _log_in(second, ADMIN)
    second.goto(f"/findings/{critical_leak}")
    second.click("#action-approve")
    second.wait_for_selector(".flash-success")
    assert second.locator(".finding-head .status").inner_text() == "resolved"
    trail = second.locator("#audit tbody tr").all_inner_texts()
    assert any(REVIEWER in row and "propose" in row for row in trail)
    assert any(ADMIN in row and "resolve" in row and f"proposed by {REVIEWER}" in row for row in trail[-1:])
    second.context.close()
