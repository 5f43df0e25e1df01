"""The Bluesky harness of the shared collector contract and fault tests (conftest.BUILDERS)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from brandwatch.collectors.base import Collector
from brandwatch.collectors.bluesky import BlueskySource
from brandwatch.collectors.bluesky_collector import BlueskyCollector
from brandwatch.collectors.bluesky_client import Login
from brandwatch.model.clock import ManualClock
from brandwatch.testing.bluesky_fake import BlueskyFake

TIMEOUT = timedelta(seconds=0.5)


def bluesky_collector(fake: BlueskyFake, clock, credentials: dict[str, str] | None = None, roster=(),
                      terms=("Acme",), name: str = "bluesky", **source) -> BlueskyCollector:
    """A Bluesky collector pointed at the local fake, with short timeouts so a fault test never waits long."""
    credentials = credentials or fake.credentials
    settings = {"limit": 10, "request_timeout": TIMEOUT, **source}
    return BlueskyCollector(BlueskySource(name=name, type="bluesky", **settings),
                            Login(credentials["BLUESKY_HANDLE"], credentials["BLUESKY_APP_PASSWORD"]),
                            list(terms), list(roster), clock, fake.url)


def bluesky_harness(harness_type: type, clock: ManualClock, tmp_path: Path):
    fake = BlueskyFake(now=lambda: clock.now().timestamp()).start()
    added = [0]

    class BlueskyHarness(harness_type):  # type: ignore[misc, valid-type]
        def rotate_fake_credentials(self) -> None:
            fake.app_password = "rotated-app-password"

    def build(name: str, credentials: dict[str, str]) -> Collector:
        return bluesky_collector(fake, clock, credentials, name=name, roster_timelines=False)

    def add(n: int) -> None:
        fake.seed(n, "Acme", start=added[0])
        added[0] += n

    return BlueskyHarness(
        "bluesky", clock, build, add, lambda: {("bluesky", uri) for uri in fake.ids()},
        lambda marker: fake.add_malformed("fan1", {"record": {"text": f"Acme {marker}", "createdAt": "not a date"}}),
        fake=fake, credentials=dict(fake.credentials), listing_path="/xrpc/app.bsky.feed.searchPosts")
