"""X specifics: resuming an interrupted read, since_id, the monthly budget, roster timelines."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import pytest

from brandwatch.collectors.runner import Schedule, run_once
from brandwatch.collectors.x import default_query
from brandwatch.store.db import session_factory
from brandwatch.store.mentions import load_checkpoint
from brandwatch.store import models
from brandwatch.testing.fakehttp import Fault
from brandwatch.testing.x_fake import XFake

from collector_checks import clock_after_seeds, x_collector, stored_keys

SEARCH = "/2/tweets/search/recent"


@pytest.fixture
def clock():
    return clock_after_seeds()


@pytest.fixture
def fake(clock):
    with XFake(now=lambda: clock.now().timestamp()) as server:
        yield server


_collector = x_collector


def test_when_rate_limited_after_the_first_page_then_that_page_is_kept_and_the_rest_follows(fake, clock, engine):
    fake.seed(35, "Acme")
    fake.fail_next(Fault(status=429, headers={"x-rate-limit-reset": str(int(clock.now().timestamp()) + 60)},
                             path=SEARCH), after=1)

    first = run_once(engine, _collector(fake, clock), clock)
    with session_factory(engine)() as session:
        resume = load_checkpoint(session, "x")["streams"]["search"]["resume"]
    clock.advance(61)
    second = run_once(engine, _collector(fake, clock), clock)

    assert first.outcome == "retry" and first.added == 10
    assert resume["next_token"] and resume["newest_id"] == max(fake.ids(), key=int)
    assert second.outcome == "stored" and second.added == 25
    assert sorted(k[1] for k in stored_keys(engine)) == sorted(fake.ids())
    resumed = [r for r in fake.requests if r.path == SEARCH][2]
    assert resumed.query["next_token"] == resume["next_token"]


def test_when_run_again_then_only_posts_newer_than_since_id_are_asked_for(fake, clock, engine):
    fake.seed(15, "Acme")
    run_once(engine, _collector(fake, clock), clock)
    newest = max(fake.ids(), key=int)

    run_once(engine, _collector(fake, clock), clock)

    last = [r for r in fake.requests if r.path == SEARCH][-1]
    assert last.query["since_id"] == newest
    assert "next_token" not in last.query


def test_when_the_monthly_budget_runs_out_then_collection_waits_for_next_month(fake, clock, engine):
    fake.seed(35, "Acme")
    collector = lambda: _collector(fake, clock, monthly_post_budget=20)  # noqa: E731

    first = run_once(engine, collector(), clock)
    asked = fake.request_count()
    clock.advance(16 * 60)
    still = run_once(engine, collector(), clock)
    asked_within_month = fake.request_count() - asked
    clock.current = datetime(2026, 12, 1, 0, 5, tzinfo=timezone.utc)
    december = run_once(engine, collector(), clock)

    assert first.outcome == "retry" and "budget of 20" in first.message and first.added == 20
    assert still.outcome == "retry" and asked_within_month == 0  # no call spent beyond the budget
    assert december.outcome == "stored" and december.added == 15
    assert len(stored_keys(engine)) == 35


def test_when_roster_accounts_are_listed_then_their_timelines_are_collected(fake, clock, engine, caplog):
    fake.seed(30, "Acme", roster=["danawhit"])
    roster_posts = {str(t.id) for t in fake.tweets if t.author_id == fake.user("danawhit")}

    with caplog.at_level(logging.WARNING):
        report = run_once(engine, _collector(fake, clock, roster=["danawhit", "nobody_here"]), clock)

    stored = {k[1] for k in stored_keys(engine)}
    assert report.outcome == "stored"
    assert roster_posts and roster_posts <= stored
    assert stored == fake.ids()
    assert any("nobody_here" in r.getMessage() for r in caplog.records)


def test_when_a_tweet_is_stored_then_author_reply_and_metrics_are_kept(fake, clock, engine):
    parent = fake.add_tweet("kara_m", "Acme, where is my order?")
    fake.add_tweet("acmesupport", "Acme here: sorry, DM us", reply_to=parent)

    run_once(engine, _collector(fake, clock), clock)

    with session_factory(engine)() as session:
        reply = session.query(models.Mention).filter_by(parent_id=parent).one()
    assert reply.author.handle == "acmesupport"
    assert reply.author.followers == 100 and reply.author.description
    assert reply.lang == "en" and "like_count" in reply.metrics
    assert reply.url.endswith(f"/acmesupport/status/{reply.external_id}")
    assert reply.raw["tweet"]["referenced_tweets"][0]["id"] == parent
    assert reply.created_at.tzinfo is not None


def test_when_x_refuses_the_query_then_the_source_is_disabled_with_the_reason(fake, clock, engine):
    fake.fail_next(Fault(status=400))

    report = run_once(engine, _collector(fake, clock), clock, Schedule())

    assert report.outcome == "disabled" and "query" in report.message


def test_when_the_client_is_built_then_tweepy_never_sleeps_on_rate_limits(fake, clock):
    assert _collector(fake, clock).client().wait_on_rate_limit is False


@pytest.mark.parametrize("terms, query", [
    (["Acme", "Acme Rocket", "acme"], '(Acme OR "Acme Rocket" OR acme) -is:retweet'),
    ([], None),
])
def test_when_no_query_is_configured_then_one_is_built_from_the_brand_terms(terms, query):
    assert default_query(terms) == query


def test_when_debug_logging_is_on_then_the_bearer_token_never_reaches_the_log(fake, clock, engine, caplog):
    fake.seed(3, "Acme")

    with caplog.at_level(logging.DEBUG):
        run_once(engine, _collector(fake, clock), clock)

    assert "Making API request" in caplog.text  # tweepy did log its request headers
    assert fake.bearer_token not in caplog.text
