"""Reddit specifics: brand filtering, roster history, search across r/all, late posts, bad pages."""

from __future__ import annotations

from datetime import timedelta

import pytest

from brandwatch.model.clock import ManualClock
from brandwatch.collectors.reddit import RedditSource
from brandwatch.collectors.reddit_collector import RedditCollector
from brandwatch.collectors.runner import run_once
from brandwatch.store import models
from brandwatch.store.db import session_factory
from brandwatch.testing.fakehttp import Fault
from brandwatch.testing.reddit_fake import RedditFake, author_fullname

from collector_checks import stored_keys


@pytest.fixture
def fake():
    with RedditFake(page_size=5) as server:
        yield server


def _run(engine, fake, roster=(), clock=None, **source):
    settings = {"page_limit": 5, "request_timeout": timedelta(seconds=0.5), **source}
    collector = RedditCollector(RedditSource(name="reddit", type="reddit", **settings), fake.credentials,
                                ["Acme", "Acme Rocket"], list(roster), fake.endpoints())
    return run_once(engine, collector, clock or ManualClock())


def _stored(engine) -> set[str]:
    return {key[1] for key in stored_keys(engine)}


def test_when_subreddit_posts_do_not_name_the_brand_then_they_are_not_stored(fake, engine):
    about_brand = {fake.add_submission("gadgets", "a", "My Acme Rocket died"),
                   fake.add_comment("gadgets", "b", "acme support was quick for me")}
    fake.add_submission("gadgets", "c", "Best headphones under $100?")
    fake.add_comment("gadgets", "d", "Acmeville is a town, not a brand")

    report = _run(engine, fake, subreddits=["gadgets"])

    assert report.outcome == "stored"
    assert _stored(engine) == about_brand


def test_when_roster_accounts_post_then_their_history_is_stored_whatever_it_says(fake, engine):
    theirs = {fake.add_submission("cycling", "dana_builds", "Weekend ride report"),
              fake.add_comment("pics", "dana_builds", "Nice shot!")}
    fake.add_submission("cycling", "someone_else", "Weekend ride too")

    _run(engine, fake, roster=["dana_builds"])

    assert _stored(engine) == theirs


def test_when_queries_name_no_subreddits_then_search_covers_all_of_reddit(fake, engine):
    found = {fake.add_submission("gadgets", "a", "Acme Rocket review"),
             fake.add_submission("cycling", "b", "Took my acme rocket on a ride")}
    fake.add_submission("cycling", "c", "Acme Anvil is heavy")

    _run(engine, fake, queries=['"acme rocket"'])

    assert _stored(engine) == found
    search = [r for r in fake.requests if r.path.endswith("/search/")]
    assert search[0].path == "/r/all/search/" and search[0].query["restrict_sr"] == "False"


def test_when_a_post_shows_up_late_within_the_overlap_then_it_is_still_collected(fake, engine):
    fake.seed(12, "Acme", ["acme"])
    _run(engine, fake, subreddits=["acme"])
    newest = max(item.created for item in fake.items)

    late = fake.add_submission("acme", "slowpoke", "Acme order finally arrived", created=newest - 120)
    report = _run(engine, fake, subreddits=["acme"])

    assert report.added == 1
    assert late in _stored(engine)


def test_when_a_listing_page_is_not_json_then_the_run_is_retried_and_nothing_is_lost(fake, engine):
    fake.seed(12, "Acme", ["acme"])
    fake.fail_next(Fault(malformed_json=True, path="/r/acme/new"), after=1)

    clock = ManualClock()
    failed = _run(engine, fake, clock=clock, subreddits=["acme"])
    clock.advance(30)
    recovered = _run(engine, fake, clock=clock, subreddits=["acme"])

    assert failed.outcome == "retry" and "JSON" in failed.message
    assert recovered.outcome == "stored"
    assert _stored(engine) == fake.fullnames()


def test_when_a_submission_is_stored_then_title_body_author_and_link_are_kept(fake, engine):
    post = fake.add_submission("gadgets", "kara_m", "Acme Rocket won't charge", "Two weeks old. Any fix?")
    reply = fake.add_comment("gadgets", "acme_official", "Acme here, sorry! DM us.")

    _run(engine, fake, subreddits=["gadgets"])

    with session_factory(engine)() as session:
        submission = session.query(models.Mention).filter_by(external_id=post).one()
        comment = session.query(models.Mention).filter_by(external_id=reply).one()
    assert submission.text == "Acme Rocket won't charge\n\nTwo weeks old. Any fix?"
    assert submission.author.handle == "kara_m"
    assert submission.author.external_id == author_fullname("kara_m")
    assert submission.url.startswith("https://www.reddit.com/r/gadgets/comments/")
    assert submission.raw["subreddit"] == "gadgets"  # praw's Subreddit object kept as its name
    assert comment.parent_id and comment.parent_id.startswith("t3_")


def test_when_one_subreddit_is_private_then_the_rest_is_stored_and_the_source_fails_naming_it(fake, engine):
    fake.add_submission("acme", "a", "Acme Rocket works")
    mine = fake.add_submission("cycling", "dana_builds", "Ride")
    fake.fail_next(Fault(status=403, path="/r/acme/"), times=2)

    report = _run(engine, fake, roster=["dana_builds"], subreddits=["acme"])

    assert report.outcome == "failing" and report.failed
    assert "r/acme" in report.message and "403" in report.message
    assert _stored(engine) == {mine}
