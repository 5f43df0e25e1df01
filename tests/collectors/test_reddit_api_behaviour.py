"""Reddit API behaviours the collector must survive, met through the real praw against the Reddit fake.

Rate-limit headers with a real reset, the request quota, 429 with retry-after, private, quarantined,
banned and missing subreddits, deleted authors and bodies, the listing cap, the request timeout.
The clock is injected; nothing sleeps.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import select

from brandwatch.model.clock import ManualClock
from brandwatch.collectors.reddit import RedditSource
from brandwatch.collectors.reddit_collector import RedditCollector
from brandwatch.collectors.runner import run_once
from brandwatch.store import models
from brandwatch.store.db import session_factory
from brandwatch.testing.fakehttp import Fault
from brandwatch.testing.reddit_fake import RedditFake

from collector_checks import status, stored_keys


@pytest.fixture
def clock():
    return ManualClock()


@pytest.fixture
def fake(clock):
    with RedditFake(page_size=100, now=lambda: clock.now().timestamp()) as server:
        yield server


def _collector(fake, **source):
    settings = {"page_limit": 100, "request_timeout": timedelta(seconds=0.5), "subreddits": ["acme"], **source}
    return RedditCollector(RedditSource(name="reddit", type="reddit", **settings), fake.credentials, ["Acme"], [],
                           fake.endpoints())


def _stored(engine) -> set[str]:
    return {key[1] for key in stored_keys(engine)}


def test_when_a_listing_holds_more_than_one_run_may_read_then_the_next_run_resumes_where_it_stopped(
        fake, clock, engine):
    posts = {fake.add_submission("acme", f"user{i}", f"Acme post {i}") for i in range(400)}

    first = run_once(engine, _collector(fake, max_pages=2), clock)
    after_first = len(_stored(engine))
    notices = status(engine, "reddit").details["notices"]
    shown = _status_text(engine, clock)
    second = run_once(engine, _collector(fake, max_pages=2), clock)
    third = run_once(engine, _collector(fake, max_pages=2), clock)

    assert first.outcome == "stored" and after_first == 200
    assert any("cap of 200" in n and "new:acme" in n for n in notices)
    assert "notice: new:acme: read the cap of 200 items" in shown
    assert second.added == 200 and _stored(engine) == posts
    assert third.added == 0
    assert not status(engine, "reddit").details["notices"]


def _status_text(engine, clock) -> str:
    """What `brandwatch status` prints for the sources."""
    from brandwatch.cli.status_cmd import _text
    from brandwatch.config import Settings
    from brandwatch.daemon.status import collect_status

    settings = Settings(sources=[{"name": "reddit", "type": "reddit", "subreddits": ["acme"]}])
    with session_factory(engine)() as session:
        return _text(collect_status(session, settings, clock.now()))


def test_when_new_posts_arrive_during_a_resumed_read_then_they_are_read_next(fake, clock, engine):
    older = {fake.add_submission("acme", f"user{i}", f"Acme post {i}") for i in range(300)}
    run_once(engine, _collector(fake, max_pages=2), clock)
    newer = fake.add_submission("acme", "late", "Acme post that came later")

    run_once(engine, _collector(fake, max_pages=2), clock)
    run_once(engine, _collector(fake, max_pages=2), clock)

    assert _stored(engine) == older | {newer}


def test_when_the_request_quota_is_nearly_spent_then_the_run_ends_and_waits_for_the_reset_without_sleeping(
        clock, engine, caplog):
    with RedditFake(page_size=5, quota=6, now=lambda: clock.now().timestamp()) as fake:
        posts = {fake.add_submission("acme", f"user{i}", f"Acme post {i}") for i in range(40)}
        started = clock.now().timestamp()
        with caplog.at_level(logging.DEBUG, logger="prawcore"):
            first = run_once(engine, _collector(fake, page_limit=5), clock)
            early = run_once(engine, _collector(fake, page_limit=5), clock)
            clock.current = first.next_run
            rest = [run_once(engine, _collector(fake, page_limit=5), clock)]
            while rest[-1].outcome == "paused" and len(rest) < 10:
                clock.current = rest[-1].next_run
                rest.append(run_once(engine, _collector(fake, page_limit=5), clock))

    window_end = (int(started) // 600 + 1) * 600  # the fake's quota window, as Reddit's: 10 minutes
    assert first.outcome == "paused" and not first.failed
    assert "quota" in first.message and 0 < first.added < 40
    assert first.next_run.timestamp() >= window_end
    assert early.outcome == "skipped" and "paused until" in early.message
    assert [r.outcome for r in rest][-1] == "stored" and "retry" not in [r.outcome for r in rest]  # never a 429
    assert _stored(engine) == posts
    assert not [r for r in caplog.records if "Sleeping" in r.getMessage()]  # prawcore never waited


@pytest.mark.parametrize("how, expected", [
    ("private", "r/secretclub is private (HTTP 403 private)"),
    ("quarantined", "r/secretclub is quarantined (HTTP 403 quarantined)"),
    ("banned", "r/secretclub is banned (HTTP 404 banned)"),
    ("missing", "r/secretclub does not exist (HTTP 302"),
])
def test_when_a_subreddit_cannot_be_read_then_the_source_is_failing_naming_it(fake, clock, engine, how, expected):
    fake.restrict("secretclub", how)
    fake.add_submission("secretclub", "a", "Acme secret")
    readable = fake.add_submission("acme", "b", "Acme in public")
    # One multi-subreddit listing: Reddit refuses all of r/secretclub+acme, so acme alone comes after.

    report = run_once(engine, _collector(fake, subreddits=["secretclub", "acme"], queries=["Acme"]), clock)
    failing = status(engine, "reddit")

    assert report.outcome == "failing" and report.failed
    assert expected in report.message
    assert failing.failing_since is not None and failing.disabled_reason is None
    assert failing.next_run == clock.now() + timedelta(minutes=5)  # its usual interval: no backoff to wait out

    clock.advance(300)
    fixed = run_once(engine, _collector(fake, subreddits=["acme"]), clock)
    assert fixed.outcome == "stored" and readable in _stored(engine)
    assert status(engine, "reddit").failing_since is None


def test_when_a_subreddit_fails_then_status_says_failing_with_its_name(fake, clock, engine):
    from brandwatch.config import Settings
    from brandwatch.daemon.status import collect_status

    fake.restrict("secretclub", "private")
    run_once(engine, _collector(fake, subreddits=["secretclub"]), clock)
    settings = Settings(sources=[{"name": "reddit", "type": "reddit", "subreddits": ["secretclub"]}])

    with session_factory(engine)() as session:
        report = collect_status(session, settings, clock.now())

    source = report.sources[0]
    assert source.failing_since is not None and "r/secretclub is private" in source.last_error
    assert not report.healthy and any("secretclub" in p for p in report.problems)  # issue 19: failing is ill health


def test_when_posts_and_accounts_are_deleted_then_nothing_deleted_is_stored_as_a_mention(fake, clock, engine):
    gone = fake.add_comment("acme", "a", "Acme is terrible")
    fake.delete(gone, "deleted")
    removed = fake.add_comment("acme", "b", "Acme spam link")
    fake.delete(removed, "removed")
    orphan = fake.add_comment("acme", "c", "Acme still works for me")
    fake.delete(orphan, "account_deleted")
    titled = fake.add_submission("acme", "d", "Acme Rocket question", "body that was deleted")
    fake.delete(titled, "deleted")

    report = run_once(engine, _collector(fake), clock)

    assert report.outcome == "stored" and report.rejected == 0
    assert _stored(engine) == {orphan, titled}
    with session_factory(engine)() as session:
        rows = {m.external_id: m for m in session.scalars(select(models.Mention))}
        assert rows[orphan].author_id is None and rows[orphan].text == "Acme still works for me"
        assert rows[titled].text == "Acme Rocket question"
        assert "author_fullname" not in rows[orphan].raw


def test_when_reddit_answers_429_with_retry_after_then_the_next_run_waits_that_long(fake, clock, engine):
    fake.add_submission("acme", "a", "Acme post")
    fake.fail_next(fake.rate_limited(reset_in=90))

    report = run_once(engine, _collector(fake), clock)

    assert report.outcome == "retry" and "429" in report.message
    assert report.next_run == clock.now() + timedelta(seconds=90)


def test_when_an_answer_is_slower_than_the_configured_timeout_then_praw_gives_up_on_it(fake, clock, engine):
    post = fake.add_submission("acme", "a", "Acme post")
    fake.fail_next(Fault(delay=2.5, path="/r/acme/new"))  # longer than 0.5 s, far shorter than prawcore's 16 s

    report = run_once(engine, _collector(fake), clock)

    # The slow answer was abandoned at 0.5 s and prawcore asked again; with its own 16 s it would
    # simply have waited for the first answer.
    assert fake.request_count("/r/acme/new") == 2
    assert report.outcome == "stored" and post in _stored(engine)


def test_when_a_comment_is_edited_within_the_overlap_then_the_stored_mention_takes_the_new_text(fake, clock, engine):
    comment = fake.add_comment("acme", "kara_m", "Acme support never answered",
                               created=clock.now().timestamp() - 60)
    run_once(engine, _collector(fake), clock)
    fake.edit(comment, "Acme support never answered. Edit: they called back, sorted", clock.now().timestamp())

    report = run_once(engine, _collector(fake), clock)

    with session_factory(engine)() as session:
        row = session.scalars(select(models.Mention)).one()
        earlier = session.scalars(select(models.MentionVersion)).one()
    assert report.edited == 1 and row.status == "pending"
    assert row.text.endswith("sorted") and earlier.text == "Acme support never answered"
