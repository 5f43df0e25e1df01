"""X API behaviours the collector must survive, met through the real tweepy against the X fake.

Each test names the documented X behaviour it exercises: the 7-day since_id rule, note_tweet, HTML
escaping, edits, retweets, quotes, withheld posts, partial errors and 403 problem details. The clock
is injected; nothing sleeps.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from brandwatch.collectors.runner import run_once
from brandwatch.store import models
from brandwatch.store.db import session_factory
from brandwatch.store.mention_edits import versions_of
from brandwatch.testing.x_fake import XFake

from collector_checks import clock_after_seeds, x_collector, status, stored_keys

SEARCH = "/2/tweets/search/recent"
DAY = 86400


@pytest.fixture
def clock():
    return clock_after_seeds()


@pytest.fixture
def fake(clock):
    with XFake(now=lambda: clock.now().timestamp()) as server:
        yield server


def _collector(fake, clock, roster=(), **source):
    return x_collector(fake, clock, roster, terms=("Acme", "AT&T"), **source)


def _mention(engine, external_id: str) -> models.Mention:
    with session_factory(engine)() as session:
        row = session.scalars(select(models.Mention).where(models.Mention.external_id == external_id)).one()
        session.expunge_all()
        return row


def _searches(fake):
    return [r for r in fake.requests if r.path == SEARCH]


def test_when_a_query_is_quiet_for_eight_days_then_collection_resumes_from_the_oldest_allowed_start(
        fake, clock, engine):
    fake.add_tweet("kara_m", "Acme order arrived", created=clock.now().timestamp() - 3600)
    first = run_once(engine, _collector(fake, clock), clock)
    clock.advance(8 * DAY)  # nothing new for 8 days: since_id is now older than X's 7-day window
    fresh = fake.add_tweet("lee_p", "Acme app is down again", created=clock.now().timestamp() - 60)

    quiet = run_once(engine, _collector(fake, clock), clock)

    asked = _searches(fake)[-1].query
    assert first.outcome == "stored" and quiet.outcome == "stored" and quiet.added == 1
    assert ("x", fresh) in stored_keys(engine)
    assert "since_id" not in asked
    oldest = clock.now() - timedelta(days=7)
    start = datetime.fromisoformat(asked["start_time"].replace("Z", "+00:00"))
    assert oldest < start <= oldest + timedelta(minutes=10)
    row = status(engine, "x")
    assert row.disabled_reason is None and row.failing_since is None
    assert any("7-day" in n and "start_time" in n for n in row.details["notices"])


def test_when_x_refuses_a_stale_since_id_with_400_then_the_read_falls_back_instead_of_disabling(fake, engine):
    collector_clock = clock_after_seeds()
    fake_offset = [0.0]  # X's clock runs ahead of ours: our check passes, X's does not
    fake._now = lambda: collector_clock.now().timestamp() + fake_offset[0]
    fake.add_tweet("kara_m", "Acme order arrived", created=collector_clock.now().timestamp())
    run_once(engine, _collector(fake, collector_clock), collector_clock)
    collector_clock.advance(7 * DAY - 7 * 60)  # inside the window by our clock …
    fake_offset[0] = 10 * 60  # … but X's clock is 10 minutes ahead
    fresh = fake.add_tweet("lee_p", "Acme refund finally came", created=fake._now() - 60)

    report = run_once(engine, _collector(fake, collector_clock), collector_clock)

    refused, retried = _searches(fake)[-2:]
    assert fake.request_count(SEARCH) == 3
    assert "since_id" in refused.query and "start_time" in retried.query
    assert report.outcome == "stored" and ("x", fresh) in stored_keys(engine)
    assert status(engine, "x").disabled_reason is None


def test_when_x_refuses_the_fallback_too_then_the_run_is_retried_never_disabled(fake, clock, engine):
    fake.add_tweet("kara_m", "Acme order arrived", created=clock.now().timestamp() - 3600)
    run_once(engine, _collector(fake, clock), clock)
    clock.advance(8 * DAY)
    fake._now = lambda: clock.now().timestamp() + 2 * 3600  # X's clock two hours ahead of ours

    report = run_once(engine, _collector(fake, clock), clock)

    assert report.outcome == "retry" and "7-day window" in report.message
    assert status(engine, "x").disabled_reason is None


def test_when_a_post_is_longer_than_280_characters_then_its_whole_note_tweet_text_is_stored(fake, clock, engine):
    tail = " The culprit in the end was Acme Rocket firmware."
    long_text = ("Long thread about my week. " * 20)[:481 - len(tail)] + tail
    assert len(long_text) == 481 and "Acme" not in long_text[:280]
    tweet_id = fake.add_tweet("kara_m", long_text)

    run_once(engine, _collector(fake, clock), clock)

    assert _mention(engine, tweet_id).text == long_text
    assert "note_tweet" in _searches(fake)[0].query["tweet.fields"]


@pytest.mark.parametrize("written", ["Switched from AT&T to <them> & never looked back",
                                     "Literally typed &amp; in my Acme review"])
def test_when_x_sends_html_escaped_text_then_it_is_stored_unescaped_exactly_once(fake, clock, engine, written):
    tweet_id = fake.add_tweet("kara_m", written)

    run_once(engine, _collector(fake, clock), clock)

    stored = _mention(engine, tweet_id)
    assert stored.text == written
    assert "&amp;" in stored.raw["tweet"]["text"]  # the payload as X sent it is kept as sent


def test_when_a_post_is_edited_then_the_mention_takes_the_new_text_and_keeps_the_old_version(fake, clock, engine):
    original = fake.add_tweet("dana_builds", "Loving my Acme Rocket")
    run_once(engine, _collector(fake, clock), clock)
    edited = fake.edit(original, "Loving my Acme Rocket #ad")

    report = run_once(engine, _collector(fake, clock), clock)

    row = _mention(engine, original)
    assert report.added == 0 and report.edited == 1
    assert row.text == "Loving my Acme Rocket #ad" and row.version == edited
    assert row.status == "pending"  # queued for analysis again
    assert row.url.endswith(f"/status/{edited}")
    with session_factory(engine)() as session:
        versions = versions_of(session, row.id)
    assert [(v.version, v.text) for v in versions] == [(original, "Loving my Acme Rocket")]
    assert len(stored_keys(engine)) == 1


def test_when_an_edit_arrives_first_then_its_first_version_keys_the_mention(fake, clock, engine):
    original = fake.add_tweet("dana_builds", "Acme Rocket review coming")
    edited = fake.edit(original, "Acme Rocket review is up")

    run_once(engine, _collector(fake, clock), clock)
    again = run_once(engine, _collector(fake, clock), clock)

    assert stored_keys(engine) == [("x", original)]
    assert _mention(engine, original).version == edited
    assert again.edited == 0


def test_when_a_roster_member_retweets_then_the_retweet_is_not_stored_as_their_post(fake, clock, engine):
    original = fake.add_tweet("kara_m", "Acme support fixed it in ten minutes")
    retweet = fake.retweet("danawhit", original)
    own = fake.add_tweet("danawhit", "Morning run done")

    run_once(engine, _collector(fake, clock, roster=["danawhit"]), clock)

    stored = {k[1] for k in stored_keys(engine)}
    assert retweet not in stored
    assert {original, own} <= stored


def test_when_a_post_quotes_another_then_it_keeps_its_own_text_and_links_the_quoted_post(fake, clock, engine):
    quoted = fake.add_tweet("acmesupport", "Acme: new firmware is out")
    quote = fake.quote("kara_m", quoted, "Acme, this firmware bricked mine")

    run_once(engine, _collector(fake, clock), clock)

    row = _mention(engine, quote)
    assert row.text == "Acme, this firmware bricked mine"
    assert row.raw["quoted"] == {"id": quoted, "url": f"https://x.com/acmesupport/status/{quoted}"}


def test_when_a_quoted_post_is_gone_then_the_partial_error_costs_nothing_else(fake, clock, engine):
    quoted = fake.add_tweet("someone", "Acme rumour")
    fake.tweet(quoted).gone = True
    quote = fake.quote("kara_m", quoted, "Acme, is this true?")
    other = fake.add_tweet("lee_p", "Acme works fine")

    report = run_once(engine, _collector(fake, clock), clock)

    assert report.outcome == "stored"
    assert {quote, other} <= {k[1] for k in stored_keys(engine)}
    assert _mention(engine, quote).raw["quoted"]["id"] == quoted


def test_when_a_post_is_withheld_in_some_countries_then_it_is_stored_with_that_noted(fake, clock, engine):
    tweet_id = fake.add_tweet("kara_m", "Acme recall notice", withheld_in=["DE", "FR"])

    run_once(engine, _collector(fake, clock), clock)

    assert _mention(engine, tweet_id).raw["tweet"]["withheld"]["country_codes"] == ["DE", "FR"]


def test_when_x_forbids_the_app_then_its_reason_is_shown(fake, clock, engine):
    fake.add_tweet("kara_m", "Acme")
    fake.forbidden_reason = "client-not-enrolled"

    report = run_once(engine, _collector(fake, clock), clock)

    assert report.outcome == "disabled" and report.failed
    assert "client-not-enrolled" in report.message and "Client Forbidden" in report.message
    assert status(engine, "x").disabled_reason == report.message
