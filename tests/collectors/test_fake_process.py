"""A fake in its own process, reached through `api_base_url`: how the daemon's tests will use it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import requests

from brandwatch.model.clock import ManualClock
from brandwatch.collectors.registry import Connection, build_one
from brandwatch.collectors.runner import run_once
from brandwatch.collectors.reddit import RedditSource
from brandwatch.collectors.x import XSource
from brandwatch.collectors.mastodon import MastodonSource
from brandwatch.collectors.bluesky import BlueskySource
from brandwatch.config import Settings
from brandwatch.rosters import Roster

from collector_checks import stored_keys

SRC = __import__("pathlib").Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def serve():
    started = []

    def start(*args: str) -> dict:
        process = subprocess.Popen([sys.executable, "-m", "brandwatch.testing.serve", *args], text=True,
                                   stdout=subprocess.PIPE, env={"PYTHONPATH": str(SRC), "PATH": ""})
        started.append(process)
        return json.loads(process.stdout.readline())

    yield start
    for process in started:
        process.terminate()
        assert process.wait(timeout=10) == 0  # SIGTERM ends it cleanly


# The source each platform's collector reads a fake in another process with, given its URL.
SOURCES_AT = {
    "reddit": lambda url: RedditSource(name="r", type="reddit", subreddits=["acme"], api_base_url=url),
    "x": lambda url: XSource(name="x", type="x", api_base_url=url),
    "mastodon": lambda url: MastodonSource(name="m", type="mastodon", server=url, hashtags=["acme"]),
    "bluesky": lambda url: BlueskySource(name="b", type="bluesky", api_base_url=url),
}


@pytest.mark.parametrize("platform", sorted(SOURCES_AT))
def test_when_a_fake_runs_in_another_process_then_api_base_url_reaches_it(serve, sqlite_url, platform):
    from brandwatch.store.db import make_engine, upgrade

    engine = make_engine(sqlite_url)
    upgrade(engine)
    fake = serve(platform, "--seed", "30", "--subreddit", "acme")
    source = SOURCES_AT[platform](fake["url"])
    settings = Settings(brands=[{"name": "Acme"}], sources=[source])
    configured = build_one(source, settings, Roster(), ManualClock(), Connection(fake["credentials"]))
    clock = ManualClock()

    first = run_once(engine, configured.collector, clock)
    requests.post(f"{fake['url']}/_fake/seed", params={"count": 4}, timeout=5).raise_for_status()
    second = run_once(engine, configured.collector, clock)
    ids = requests.get(f"{fake['url']}/_fake/ids", timeout=5).json()["ids"]

    assert (first.added, second.added) == (30, 4)
    assert sorted(k[1] for k in stored_keys(engine)) == sorted(ids)
    engine.dispose()
