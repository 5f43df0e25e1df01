"""How fast collection runs end to end against the local fakes, and how fast batches are stored.

    python bench/collect_throughput.py [--posts 3000] [--database-url URL]

Prints posts per second for: storing prepared batches (save_batch), a full X run and a full Reddit
run (real tweepy/praw over HTTP to the fakes, normalising, storing), each on a fresh database.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import datetime, timezone

from brandwatch.model.clock import ManualClock
from brandwatch.collectors.reddit import RedditSource
from brandwatch.collectors.reddit_collector import RedditCollector
from brandwatch.collectors.runner import run_once
from brandwatch.collectors.x import XSource
from brandwatch.collectors.x_collector import XCollector
from brandwatch.model.post import Author, Post
from brandwatch.store.db import make_engine, session_factory, transaction, upgrade
from brandwatch.store.mentions import save_batch
from brandwatch.testing.reddit_fake import RedditFake
from brandwatch.testing.x_fake import XFake


def _engine(url: str | None):
    engine = make_engine(url or f"sqlite:///{tempfile.mkdtemp()}/bench.db")
    upgrade(engine)
    return engine


def bench_store(posts: int, url: str | None) -> float:
    engine = _engine(url)
    mentions = [Post(platform="x", external_id=str(i), text=f"Acme post number {i} " * 5,
                        author=Author(id=str(i % 500), handle=f"fan{i % 500}", followers=i),
                        created_at=datetime.now(timezone.utc), raw={"id": str(i)}) for i in range(posts)]
    factory = session_factory(engine)
    started = time.perf_counter()
    for start in range(0, posts, 100):
        with transaction(factory) as session:
            save_batch(session, "bench", "x", mentions[start:start + 100], [], {"n": start})
    return posts / (time.perf_counter() - started)


def bench_x(posts: int, url: str | None) -> float:
    engine, clock = _engine(url), ManualClock()
    with XFake() as fake:
        fake.seed(posts, "Acme")
        source = XSource(name="x", type="x", max_results=100, max_pages=100)
        collector = XCollector(source, fake.bearer_token, ["Acme"], [], clock, fake.adapter_factory())
        started = time.perf_counter()
        report = run_once(engine, collector, clock)
    assert report.added == posts, report
    return posts / (time.perf_counter() - started)


def bench_reddit(posts: int, url: str | None) -> float:
    engine, clock = _engine(url), ManualClock()
    posts = min(posts, 1000)  # one Reddit listing ends at 1000 items
    with RedditFake() as fake:
        fake.seed(posts, "Acme", ["acme"])
        source = RedditSource(name="reddit", type="reddit", subreddits=["acme"])
        collector = RedditCollector(source, fake.credentials, ["Acme"], [], fake.endpoints())
        started = time.perf_counter()
        report = run_once(engine, collector, clock)
    assert report.added == posts, report
    return posts / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=3000)
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file")
    args = parser.parse_args()
    for name, bench in (("store (save_batch, 100/batch)", bench_store), ("x end to end", bench_x),
                        ("reddit end to end (≤1000)", bench_reddit)):
        rate = bench(args.posts, args.database_url)
        print(f"{name:32s} {rate:8.0f} posts/s")


if __name__ == "__main__":
    main()
