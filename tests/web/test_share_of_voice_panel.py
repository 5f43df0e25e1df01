"""The dashboard's share-of-voice panel: a chart and a table per brand and competitor, 30 days by post time."""

from __future__ import annotations

from datetime import timedelta

import pytest
from starlette.testclient import TestClient

from brandwatch.config import Competitor
from brandwatch.store.db import session_factory
from brandwatch.testing.console_demo import DEMO_NOW, DEMO_SETTINGS
from brandwatch.web.app import create_app
from tests.daemon.voice_data import expected_counts, generated_posts, store_voice_posts
from tests.web.conftest import log_in

SETTINGS = DEMO_SETTINGS.model_copy(update={"competitors": [Competitor(name="Globex"), Competitor(name="Initech")]})
FIRST = (DEMO_NOW - timedelta(days=29)).date()


@pytest.fixture
def voiced_app(demo_engine, clock):
    """The demo console with 30 days of Acme, Globex and Initech posts (and some older ones, left out)."""
    posts = generated_posts(FIRST - timedelta(days=5), 35)
    store_voice_posts(session_factory(demo_engine), posts)
    app = create_app(demo_engine, SETTINGS, secret_key="test-session-key-" + "x" * 32, clock=clock)
    app.state.voice_posts = posts
    return app


def test_the_dashboard_shows_each_brands_mentions_and_complaints_of_the_last_30_days(voiced_app):
    with TestClient(voiced_app, follow_redirects=False) as client:
        assert log_in(client).status_code == 303
        html = client.get("/dashboard").text
    assert "<title>Share of voice per day</title>" in html
    expected = expected_counts(voiced_app.state.voice_posts, FIRST, DEMO_NOW.date())
    for name, kind in (("Acme", "brand"), ("Globex", "competitor"), ("Initech", "competitor")):
        counts = expected[name]
        assert (f"<td>{name}</td><td>{kind}</td><td class=\"num\">{counts['mentions']}</td>" in html)
        assert f"<td class=\"num\">{counts['complaints']}</td>" in html


def test_without_competitors_or_voices_the_dashboard_has_no_panel(reviewer):
    html = reviewer.get("/dashboard").text
    assert 'id="share-of-voice"' not in html and html.count("<svg ") == 4
