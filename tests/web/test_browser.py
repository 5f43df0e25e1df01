"""The console in a real browser: log in, filter, open, dismiss with a reason, see the trail, dashboard.

A failing test leaves a screenshot in test-artifacts/ (see the `page` fixture).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from brandwatch.testing.console_demo import LEAKED_KEY, MASKED_KEY
from brandwatch.testing.live_console import launch_chromium, live_server
from tests.web.browser import require_browser
from tests.web.conftest import PASSWORD, REVIEWER

pytestmark = pytest.mark.slow
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def browser():
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def base_url(app):
    with live_server(app) as url:
        yield url


@pytest.fixture
def page(browser, base_url, request):
    context = browser.new_context(base_url=base_url, viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs
    errors: list[str] = []  # console errors, e.g. a Content-Security-Policy violation by our own page
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.console_errors = errors
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def _log_in(page) -> None:
    page.goto("/queue")
    page.fill("input[name=name]", REVIEWER)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/queue$"))


def test_when_a_reviewer_triages_in_the_browser_then_the_dismissal_reaches_the_trail(page):
    _log_in(page)
    assert page.locator("#queue-table tr.row").count() > 5

    page.click('a[data-filter="category=complaint"]')
    page.wait_for_url(re.compile(r"category=complaint"))
    categories = page.locator("#queue-table tr.row .cat").all_inner_texts()
    assert categories and all(text.startswith("complaint") for text in categories)

    page.keyboard.press("j")
    assert page.locator("#queue-table tr.row.selected").count() == 1
    page.keyboard.press("o")
    page.wait_for_url(re.compile(r"/findings/\d+\?category=complaint"))
    assert page.locator("#post-text mark.evidence").count() >= 1

    page.select_option("#dismiss-reason", "not_actionable")
    page.fill("#dismiss-form input[name=note]", "venting, nothing to fix")
    page.click("#action-dismiss")
    page.wait_for_selector(".flash-success")
    last_event = page.locator("#audit tbody tr").last.inner_text()
    assert REVIEWER in last_event and "dismiss" in last_event
    assert "reason: not_actionable; venting, nothing to fix" in last_event
    assert page.locator(".status").first.inner_text() == "dismissed"

    page.click("text=Dashboard")
    page.wait_for_url(re.compile(r"/dashboard$"))
    assert page.locator("svg.chart").count() == 4
    assert page.locator("svg.chart rect").count() > 10  # bars were drawn, not just axes
    assert page.dialogs == []
    assert page.console_errors == []  # our own CSS, JS and SVG all pass the strict CSP


def test_when_hostile_post_is_opened_in_the_browser_then_no_script_runs(page, finding_of):
    _log_in(page)
    page.goto(f"/findings/{finding_of('1861013')}")
    post = page.locator("#post-text").inner_text()
    assert '<script>alert("xss")</script>' in post  # shown as text...
    assert page.locator("#post-text script, #post-text img, #post-text a, #post-text b").count() == 0  # ...not as tags
    assert page.locator("dd.profile a, dd.profile script").count() == 0
    page.wait_for_timeout(300)
    assert page.dialogs == []


def test_when_a_leak_is_opened_in_the_browser_then_the_key_is_masked_in_dom_and_source(page, finding_of):
    _log_in(page)
    response = page.goto(f"/findings/{finding_of('1861001')}")
    assert LEAKED_KEY not in response.text()
    assert LEAKED_KEY not in page.content()
    assert page.locator("#post-text mark.masked").inner_text() == MASKED_KEY


def test_when_c_is_pressed_on_a_finding_then_it_is_claimed(page, finding_of):
    _log_in(page)
    page.goto(f"/findings/{finding_of('1861011')}")
    page.keyboard.press("c")
    page.wait_for_selector(".flash-success")
    assert page.locator(".finding-head .status").inner_text() == "claimed"


def test_when_c_is_pressed_on_a_queue_row_then_it_is_claimed_and_the_queue_stays_open(page, finding_of):
    _log_in(page)
    page.goto("/queue?category=leak")
    page.keyboard.press("j")
    selected = page.locator("#queue-table tr.row.selected").get_attribute("data-id")
    assert int(selected) == finding_of("1861001")
    page.keyboard.press("c")
    page.wait_for_selector(".flash-success")
    assert re.search(r"/queue\?category=leak$", page.url)
    assert page.locator(f'#queue-table tr.row[data-id="{selected}"] .status').inner_text() == "claimed"


def test_when_j_and_k_are_pressed_on_a_finding_then_they_walk_the_queue_it_came_from(page):
    _log_in(page)
    page.goto("/queue?category=leak")
    ids = page.locator("#queue-table tr.row").evaluate_all("rows => rows.map(r => r.dataset.id)")
    page.goto(f"/findings/{ids[0]}?category=leak")
    page.keyboard.press("j")
    page.wait_for_url(re.compile(rf"/findings/{ids[1]}\?category=leak$"))
    page.keyboard.press("j")
    page.wait_for_url(re.compile(rf"/findings/{ids[2]}\?category=leak$"))
    page.keyboard.press("k")
    page.wait_for_url(re.compile(rf"/findings/{ids[1]}\?category=leak$"))
    page.locator("textarea[name=note]").press_sequentially("jjk")  # typing in a field is not a shortcut
    page.wait_for_timeout(200)
    assert re.search(rf"/findings/{ids[1]}\?", page.url)
    assert page.locator("textarea[name=note]").input_value() == "jjk"
