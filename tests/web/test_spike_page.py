"""The page a spike alert links to: the episode's posts per bucket drawn against the usual level."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import insert

from brandwatch.store.db import session_factory, transaction
from brandwatch.store.models import Mention, SpikeEpisode
from brandwatch.testing.console_demo import DEMO_NOW


def _episode(engine) -> int:
    start = DEMO_NOW.replace(minute=0, second=0, microsecond=0) - timedelta(hours=1)
    with transaction(session_factory(engine)) as session:
        session.execute(insert(Mention), [
            {"platform": "x", "external_id": f"spike-{n}", "source": "replay", "text": "t", "status": "analysed",
             "created_at": start + timedelta(seconds=20 * n), "collected_at": start, "metrics": {},
             "analysis": {"brand": "acme", "sentiment": {"label": "negative", "score": 0.9}}} for n in range(12)])
        episode = SpikeEpisode(series="acme|sentiment|negative", brand="acme", dimension="sentiment",
                               value="negative", started_at=start, last_above_at=start, bucket_seconds=300,
                               first_count=12, peak_count=12, baseline=1.0, threshold=9.5, created_at=start)
        session.add(episode)
        session.flush()
        return episode.id


def test_a_spike_episode_page_draws_its_posts_per_bucket(demo_engine, reviewer):
    episode_id = _episode(demo_engine)
    page = reviewer.get(f"/spikes/{episode_id}")
    assert page.status_code == 200
    assert "<title>Posts per 5-minute bucket (UTC)</title>" in page.text
    assert "Spike in acme: sentiment negative" in page.text and "12 posts" in page.text


def test_an_unknown_spike_episode_is_not_found(reviewer):
    assert reviewer.get("/spikes/999999").status_code == 404


def test_the_spike_page_needs_a_login(demo_engine, client):
    episode_id = _episode(demo_engine)
    assert client.get(f"/spikes/{episode_id}").status_code in (302, 303, 401)
