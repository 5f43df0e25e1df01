"""Share of voice on the dashboard in a real browser: the chart renders, one line per brand and competitor."""

from __future__ import annotations

import re

import pytest

from tests.web import test_browser as shared
from tests.web.conftest import PASSWORD, REVIEWER
from tests.web.test_share_of_voice_panel import voiced_app  # noqa: F401 - the fixture this test uses

browser, page = shared.browser, shared.page  # the browser tests' own fixtures

pytestmark = pytest.mark.slow


@pytest.fixture
def app(voiced_app):  # noqa: F811 - the live server serves the console with competitors
    return voiced_app


@pytest.fixture
def base_url(app):
    from brandwatch.testing.live_console import live_server

    with live_server(app) as url:
        yield url


def test_the_dashboard_draws_the_share_of_voice_chart_with_each_brand(page):
    page.goto("/queue")
    page.fill("input[name=name]", REVIEWER)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/queue$"))
    page.goto("/dashboard")
    chart = page.locator("#share-of-voice-chart svg.chart")
    chart.wait_for(state="visible")
    box = chart.bounding_box()
    assert box is not None and box["width"] > 200 and box["height"] > 50  # laid out, not collapsed
    texts = chart.locator("text").evaluate_all("nodes => nodes.map(node => node.textContent)")
    legend = [text for text in texts if not re.fullmatch(r"\d+%|\w{3} \d\d", text)]  # not axis labels
    assert legend[0] == "Acme" and sorted(legend[1:]) == ["Globex (competitor)", "Initech (competitor)"]
    assert chart.locator("polyline").count() >= 3  # a line per voice (breaks on days without posts)
    strokes = {chart.locator("polyline").nth(i).get_attribute("stroke")
               for i in range(chart.locator("polyline").count())}
    assert len(strokes) == 3
    rows = page.locator("#share-of-voice-table tbody tr td:first-child").all_inner_texts()
    assert rows[0] == "Acme" and sorted(rows[1:]) == ["Globex", "Initech"]
    assert page.console_errors == []  # the SVG passes the strict Content-Security-Policy
