"""Harnesses that give every collector the same shape for the shared contract tests.

Each harness owns a collector and what feeds it (a local fake API or a JSON Lines file), can add
posts, add a malformed item, and say which (platform, external id) keys should end up stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, Callable

import pytest

from brandwatch.collectors.base import Collector
from brandwatch.model.clock import ManualClock
from brandwatch.collectors.common import config_fingerprint
from brandwatch.collectors.reddit import RedditSource
from brandwatch.collectors.reddit_collector import RedditCollector
from brandwatch.collectors.replay import ReplayCollector, ReplaySource
from brandwatch.collectors.runner import RunReport, Schedule, run_once
from brandwatch.collectors.x import XSource
from brandwatch.collectors.x_collector import XCollector
from brandwatch.collectors.mastodon import MastodonSource
from brandwatch.collectors.mastodon_collector import MastodonCollector
from brandwatch.testing.fakehttp import Fault, FakeServer
from brandwatch.testing.reddit_fake import RedditFake
from brandwatch.testing.x_fake import XFake
from brandwatch.testing.mastodon_fake import MastodonFake

from bluesky_harness import bluesky_harness
from collector_checks import clock_after_seeds

TIMEOUT = timedelta(seconds=0.5)


@dataclass
class Harness:
    kind: str
    clock: ManualClock
    build: Callable[[str, dict[str, str]], Collector]
    add_posts: Callable[[int], None]
    expected: Callable[[], set[tuple[str, str]]]
    add_malformed: Callable[[str], None]  # the marker ends up in the kept raw payload
    fake: FakeServer | None = None
    credentials: dict[str, str] = field(default_factory=dict)
    schedule: Schedule = Schedule()
    listing_path: str = ""  # the path the fake serves pages of posts on

    def collector(self, name: str | None = None) -> Collector:
        return self.build(name or f"{self.kind}-test", self.credentials)

    def run(self, engine, name: str | None = None) -> RunReport:
        return run_once(engine, self.collector(name), self.clock, self.schedule,
                        config_fingerprint(self.credentials))

    def rate_limited(self, reset_in: float | None) -> Fault:
        return self.fake.rate_limited(reset_in)  # type: ignore[union-attr]

    def rotate_fake_credentials(self) -> None:
        """The platform starts refusing the credentials the harness holds."""
        if isinstance(self.fake, RedditFake):
            self.fake.client_secret = "rotated-secret"
        elif isinstance(self.fake, XFake):
            self.fake.bearer_token = "rotated-token"
        elif isinstance(self.fake, MastodonFake):
            self.fake.access_token = "rotated-token"

    def adopt_fake_credentials(self) -> None:
        self.credentials = dict(self.fake.credentials)  # type: ignore[union-attr]


def _reddit(clock: ManualClock, tmp_path: Path) -> Harness:
    fake = RedditFake(page_size=5).start()
    added = [0]
    source_args: dict[str, Any] = dict(type="reddit", subreddits=["acme"], page_limit=5,
                                       request_timeout=TIMEOUT, roster_history=False)

    def build(name: str, credentials: dict[str, str]) -> Collector:
        return RedditCollector(RedditSource(name=name, **source_args), credentials, ["Acme"], [],
                               fake.endpoints())

    def add(n: int) -> None:
        fake.seed(n, "Acme", ["acme"], start=added[0])
        added[0] += n

    return Harness("reddit", clock, build, add, lambda: {("reddit", f) for f in fake.fullnames()},
                   lambda marker: fake.add_malformed("acme", "user1", {"title": f"Acme {marker}", "selftext": "",
                                                                      "created_utc": "yesterday"}),
                   fake=fake, credentials=dict(fake.credentials), listing_path="/r/acme/new")


def _x(clock: ManualClock, tmp_path: Path) -> Harness:
    fake = XFake(now=lambda: clock.now().timestamp()).start()
    added = [0]

    def build(name: str, credentials: dict[str, str]) -> Collector:
        source = XSource(name=name, type="x", max_results=10, request_timeout=TIMEOUT, roster_timelines=False)
        return XCollector(source, credentials["X_BEARER_TOKEN"], ["Acme"], [], clock, fake.adapter_factory())

    def add(n: int) -> None:
        fake.seed(n, "Acme", start=added[0])
        added[0] += n

    return Harness("x", clock, build, add, lambda: {("x", i) for i in fake.ids()},
                   lambda marker: fake.add_malformed("fan1", {"text": f"Acme {marker}", "created_at": "not a date"}),
                   fake=fake, credentials=dict(fake.credentials), listing_path="/2/tweets/search/recent")


def _mastodon(clock: ManualClock, tmp_path: Path) -> Harness:
    fake = MastodonFake(now=lambda: clock.now().timestamp()).start()
    added = [0]

    def build(name: str, credentials: dict[str, str]) -> Collector:
        source = MastodonSource(name=name, type="mastodon", hashtags=["acme"], page_size=10,
                                request_timeout=TIMEOUT, roster_statuses=False)
        return MastodonCollector(source, credentials["MASTODON_ACCESS_TOKEN"], ["Acme"], [], clock, fake.url)

    def add(n: int) -> None:
        fake.seed(n, "Acme", start=added[0])
        added[0] += n

    return Harness("mastodon", clock, build, add, lambda: {("mastodon", i) for i in fake.ids()},
                   lambda marker: fake.add_malformed("fan1", {"content": f"Acme {marker}", "created_at": "not a date"}),
                   fake=fake, credentials=dict(fake.credentials), listing_path="/api/v1/timelines/tag/acme")


def _replay(clock: ManualClock, tmp_path: Path) -> Harness:
    path = tmp_path / "posts.jsonl"
    path.write_text("", encoding="utf-8")
    ids: list[str] = []

    def build(name: str, credentials: dict[str, str]) -> Collector:
        return ReplayCollector(ReplaySource(name=name, type="replay", path=path, batch_size=5), clock)

    def add(n: int) -> None:
        with path.open("a", encoding="utf-8") as out:
            for _ in range(n):
                post_id = f"r{len(ids) + 1}"
                ids.append(post_id)
                out.write(json.dumps({"id": post_id, "platform": "x", "author": f"fan{len(ids) % 7}",
                                      "text": f"Acme post {post_id}", "created_at": "2026-11-02T10:00:00Z"}) + "\n")

    def malformed(marker: str) -> None:
        with path.open("a", encoding="utf-8") as out:
            out.write(json.dumps({"id": "bad-1", "text": 42, "note": marker}) + "\n")

    return Harness("replay", clock, build, add, lambda: {("x", i) for i in ids}, malformed)


BUILDERS = {"replay": _replay, "reddit": _reddit, "x": _x, "mastodon": _mastodon,
            "bluesky": lambda clock, tmp_path: bluesky_harness(Harness, clock, tmp_path)}


def _make(kind: str, tmp_path: Path):
    harness = BUILDERS[kind](clock_after_seeds(), tmp_path)
    yield harness
    if harness.fake is not None:
        harness.fake.stop()


@pytest.fixture(params=sorted(BUILDERS))
def harness(request, tmp_path):
    yield from _make(request.param, tmp_path)


@pytest.fixture(params=sorted(set(BUILDERS) - {"replay"}))
def api_harness(request, tmp_path):
    """Only the collectors that talk to an HTTP API (the fault tests)."""
    yield from _make(request.param, tmp_path)
