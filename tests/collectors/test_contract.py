"""The contract every collector keeps (replay, Reddit against its fake, X against its fake),
on SQLite and PostgreSQL."""

from __future__ import annotations

import logging

from brandwatch.store import models
from brandwatch.store.db import session_factory, transaction
from brandwatch.store.mentions import load_checkpoint, save_batch

from collector_checks import count, stored_keys

PAGE_POSTS = 25  # at least three pages: 5 per page for Reddit and replay, 10 per page for X


def test_when_the_source_holds_three_pages_then_exactly_its_posts_are_stored(harness, engine):
    harness.add_posts(PAGE_POSTS)

    report = harness.run(engine)

    keys = stored_keys(engine)
    assert report.outcome == "stored"
    assert sorted(keys) == sorted(harness.expected())
    assert len(keys) == len(set(keys)) == PAGE_POSTS
    if harness.fake is not None:
        assert harness.fake.request_count(harness.listing_path) >= 3


def test_when_run_twice_then_the_second_run_adds_nothing(harness, engine):
    harness.add_posts(PAGE_POSTS)
    harness.run(engine)

    second = harness.run(engine)

    assert second.outcome == "stored"
    assert second.added == 0
    assert len(stored_keys(engine)) == PAGE_POSTS


def test_when_the_source_gains_posts_then_the_next_run_adds_exactly_those(harness, engine):
    harness.add_posts(PAGE_POSTS)
    harness.run(engine)
    before = set(stored_keys(engine))

    harness.add_posts(7)
    third = harness.run(engine)

    after = set(stored_keys(engine))
    assert third.added == 7
    assert after - before == harness.expected() - before
    assert len(after - before) == 7


def test_when_storing_fails_after_a_fetch_then_the_next_run_refetches_without_duplicates(harness, engine):
    harness.add_posts(PAGE_POSTS)
    factory = session_factory(engine)
    collector = harness.collector()
    batches = list(collector.collect({}))
    for batch in batches[:-1]:  # the process dies after fetching the last batch, before storing it
        with transaction(factory) as session:
            save_batch(session, collector.name, collector.platform, batch.mentions, batch.rejected,
                       batch.checkpoint)
    with factory() as session:
        stored_checkpoint = load_checkpoint(session, collector.name)
    assert stored_checkpoint == (batches[-2].checkpoint if len(batches) > 1 else {})

    report = harness.run(engine)

    keys = stored_keys(engine)
    assert sorted(keys) == sorted(harness.expected())
    assert len(keys) == len(set(keys))
    assert report.added == len({m.key for m in batches[-1].mentions} - {m.key for b in batches[:-1]
                                                                        for m in b.mentions})


def test_when_two_sources_return_the_same_posts_then_each_post_is_stored_once(harness, engine):
    harness.add_posts(PAGE_POSTS)
    harness.run(engine, name="first")

    again = harness.run(engine, name="second")

    assert again.added == 0
    assert again.duplicates >= PAGE_POSTS
    assert len(stored_keys(engine)) == PAGE_POSTS


def test_when_an_item_is_malformed_then_it_is_skipped_logged_and_kept_raw(harness, engine, caplog):
    harness.add_posts(12)
    harness.add_malformed("marker-7f3a")
    harness.add_posts(12)

    with caplog.at_level(logging.WARNING, logger="brandwatch.collectors.runner"):
        report = harness.run(engine)
    harness.run(engine)  # the same bad item seen again is not kept twice

    assert report.outcome == "stored"
    assert sorted(stored_keys(engine)) == sorted(harness.expected())
    with session_factory(engine)() as session:
        rejected = session.query(models.RejectedItem).all()
    assert len(rejected) == 1
    assert "marker-7f3a" in str(rejected[0].raw)
    assert rejected[0].reason
    assert any("malformed" in r.getMessage() for r in caplog.records)
    assert count(engine, models.Mention) == 24
