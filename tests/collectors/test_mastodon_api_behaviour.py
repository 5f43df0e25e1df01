"""Mastodon API behaviours the collector must survive, met through the real Mastodon.py against the fake.

Each test names the documented behaviour it exercises: Link-header pagination, since_id checkpoints,
429 with an ISO 8601 X-RateLimit-Reset, X-RateLimit-Remaining at 0, 401 and 403 refusals, unknown
hashtags and accounts, malformed statuses, edits, deletions, boosts and status search. The clock is
injected; nothing sleeps.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import select

from brandwatch.collectors.base import Paused, RetryLater, SourceDisabled, SourceFailing
from brandwatch.collectors.mastodon import MastodonSource
from brandwatch.collectors.mastodon_collector import MastodonCollector
from brandwatch.collectors.runner import run_once
from brandwatch.store import models
from brandwatch.store.db import session_factory
from brandwatch.testing.fakehttp import Fault
from brandwatch.testing.mastodon_fake import MastodonFake

from collector_checks import clock_after_seeds, status, stored_keys

TAG = "/api/v1/timelines/tag/acme"
DAY = 86400


@pytest.fixture
def clock():
    return clock_after_seeds()


@pytest.fixture
def fake(clock):
    with MastodonFake(now=lambda: clock.now().timestamp()) as server:
        yield server


def _collector(fake, clock, roster=(), token=None, **source):
    settings = {"hashtags": ["acme"], "page_size": 10, "request_timeout": timedelta(seconds=0.5),
                "roster_statuses": bool(roster), **source}
    return MastodonCollector(MastodonSource(name="m", type="mastodon", **settings), token or fake.access_token,
                             ["Acme"], list(roster), clock, fake.url)


def _mention(engine, external_id: str) -> models.Mention:
    with session_factory(engine)() as session:
        row = session.scalars(select(models.Mention).where(models.Mention.external_id == external_id)).one()
        session.expunge_all()
        return row


def _tag_requests(fake):
    return [r for r in fake.requests if r.path.rstrip("/") == TAG]


def _uri(fake, status_id: str) -> str:
    return fake.status(status_id).uri


def test_when_the_client_is_built_then_mastodon_py_throws_on_rate_limits_instead_of_sleeping(fake, clock):
    assert _collector(fake, clock).calls().client.ratelimit_method == "throw"


def test_when_pages_follow_the_link_header_then_max_id_walks_down_and_since_id_is_kept(fake, clock, engine):
    fake.seed(25, "Acme")

    first = run_once(engine, _collector(fake, clock), clock)
    fake.seed_more(3)
    second = run_once(engine, _collector(fake, clock), clock)

    requests = _tag_requests(fake)
    assert first.added == 25 and second.added == 3
    assert [("max_id" in r.query, "since_id" in r.query) for r in requests[:4]] == [
        (False, False), (True, False), (True, False), (True, False)]
    assert "since_id" not in requests[4].query  # the newest page is read whole, for edits
    assert len(requests) == 5  # 3 new statuses and the checkpoint fit on one page


def test_when_the_page_cap_is_reached_then_the_next_run_resumes_below_it_without_gaps(fake, clock, engine):
    fake.seed(25, "Acme")

    first = run_once(engine, _collector(fake, clock, max_pages=2), clock)
    fake.seed_more(4)
    second = run_once(engine, _collector(fake, clock, max_pages=2), clock)
    third = run_once(engine, _collector(fake, clock, max_pages=2), clock)

    assert first.added == 20
    assert second.added == 5  # the rest of the first read, before the newer statuses
    assert third.added == 4
    assert sorted(k[1] for k in stored_keys(engine)) == sorted(fake.ids())


def test_when_rate_limited_with_an_iso_reset_then_the_wait_is_until_that_moment(fake, clock, engine):
    fake.seed(25, "Acme")
    fake.fail_next(fake.rate_limited(reset_in=90), after=1)  # the second page is refused

    limited = run_once(engine, _collector(fake, clock), clock)

    assert limited.outcome == "retry" and "429" in limited.message
    assert limited.next_run == clock.now() + timedelta(seconds=90)
    assert limited.added == 10  # the first page is kept
    clock.advance(91)
    assert run_once(engine, _collector(fake, clock), clock).added == 15


def test_when_rate_limited_without_headers_then_the_runner_backs_off(fake, clock, engine):
    fake.seed(5, "Acme")
    fake.fail_next(fake.rate_limited(reset_in=None))

    with pytest.raises(RetryLater) as caught:
        list(_collector(fake, clock).collect({}))

    assert caught.value.delay is None


def test_when_the_remaining_quota_reaches_zero_then_the_page_is_kept_and_the_run_pauses(fake, clock):
    fake.seed(25, "Acme")
    fake.remaining = 0
    collector = _collector(fake, clock)
    batches = []

    with pytest.raises(Paused) as caught:
        for batch in collector.collect({}):
            batches.append(batch)

    assert len(batches) == 1 and len(batches[0].mentions) == 10
    assert caught.value.delay == pytest.approx(300, abs=1)
    assert len(_tag_requests(fake)) == 1


@pytest.mark.parametrize("status_code", [500, 502, 503])
def test_when_the_server_fails_then_the_run_is_retried_and_names_the_status(fake, clock, status_code):
    fake.seed(5, "Acme")
    fake.fail_next(Fault(status=status_code))

    with pytest.raises(RetryLater, match=str(status_code)):
        list(_collector(fake, clock).collect({}))


def test_when_the_token_is_refused_then_the_source_is_disabled_and_the_reason_never_shows_it(fake, clock, engine):
    fake.seed(5, "Acme")
    token = "wrong-token-0123456789abcdef"

    report = run_once(engine, _collector(fake, clock, token=token), clock)

    assert report.outcome == "disabled"
    assert "MASTODON_ACCESS_TOKEN" in report.message and "401" in report.message
    assert token not in report.message and token not in (status(engine, "m").disabled_reason or "")


def test_when_the_token_lacks_a_scope_then_the_source_is_disabled(fake, clock):
    fake.seed(5, "Acme")
    fake.fail_next(Fault(status=403))
    fake.error_body = lambda code: {"error": "This action is outside the authorized scopes"}

    with pytest.raises(SourceDisabled, match="scope"):
        list(_collector(fake, clock).collect({}))


def test_when_one_account_is_unknown_then_the_others_are_read_and_the_source_is_failing(fake, clock, engine):
    fake.seed(20, "Acme", ["kim"])

    report = run_once(engine, _collector(fake, clock, roster=["nobody@social.example", "kim@social.example"]), clock)

    assert report.outcome == "failing"
    assert "account:nobody@social.example" in report.message and "404" in report.message
    assert sorted(k[1] for k in stored_keys(engine)) == sorted(fake.ids())  # kim's own statuses too


def test_when_a_roster_account_boosts_a_status_then_it_is_stored_once_as_the_original(fake, clock, engine):
    original = fake.add_status("fan1", "Acme Rocket is great #acme")
    fake.account("kim")
    fake.boost("kim", original)

    report = run_once(engine, _collector(fake, clock, roster=["kim"]), clock)

    assert report.added == 1 and report.duplicates >= 1
    assert stored_keys(engine) == [("mastodon", _uri(fake, original))]


def test_when_a_page_holds_a_malformed_status_then_it_is_kept_raw_and_the_rest_is_stored(fake, clock, engine):
    fake.seed(4, "Acme")
    fake.add_malformed("fan1", {"content": None, "created_at": "2026-11-01T10:00:00Z"})
    fake.seed_more(4)

    report = run_once(engine, _collector(fake, clock), clock)

    assert report.outcome == "stored" and report.added == 8 and report.rejected == 1
    with session_factory(engine)() as session:
        rejected = session.scalars(select(models.RejectedItem)).one()
    assert "content" in rejected.reason and rejected.raw["content"] is None


def test_when_a_recent_status_is_edited_then_the_stored_text_takes_the_edit(fake, clock, engine):
    status_id = fake.add_status("kim", "Loving my Acme Rocket #acme")
    run_once(engine, _collector(fake, clock), clock)

    fake.edit(status_id, "Loving my Acme Rocket #acme #ad")
    report = run_once(engine, _collector(fake, clock), clock)

    row = _mention(engine, _uri(fake, status_id))
    assert report.added == 0 and report.edited == 1
    assert row.text == "Loving my Acme Rocket #acme #ad" and row.version is not None


def test_when_a_status_is_deleted_before_it_is_read_then_it_is_not_stored(fake, clock, engine):
    kept = fake.add_status("kim", "Acme order arrived #acme")
    gone = fake.add_status("lee", "Acme is awful #acme")
    fake.delete(gone)

    run_once(engine, _collector(fake, clock), clock)

    assert stored_keys(engine) == [("mastodon", _uri(fake, kept))]


def test_when_a_hashtag_is_read_the_first_time_then_it_goes_back_no_further_than_backfill(fake, clock, engine):
    now = clock.now().timestamp()
    old = fake.add_status("kim", "Acme from long ago #acme", created=now - 10 * DAY)
    recent = fake.add_status("lee", "Acme this week #acme", created=now - 2 * DAY)

    run_once(engine, _collector(fake, clock, backfill=timedelta(days=7)), clock)

    assert stored_keys(engine) == [("mastodon", _uri(fake, recent))]
    assert old not in {k[1] for k in stored_keys(engine)}


def test_when_search_is_on_then_statuses_outside_the_hashtags_are_found(fake, clock, engine):
    untagged = fake.add_status("kim", "my Acme refund never came")

    report = run_once(engine, _collector(fake, clock, hashtags=[], search=True), clock)

    assert report.added == 1 and stored_keys(engine) == [("mastodon", _uri(fake, untagged))]
    # One page with the status, then an empty one ends the read (a short page may not be the last).
    assert [r.query.get("type") for r in fake.requests if r.path == "/api/v2/search"] == ["statuses", "statuses"]


def test_when_search_returns_a_short_page_in_the_middle_then_the_following_pages_are_still_read(
        fake, clock, engine):
    # Mastodon's search cuts a page to `limit`, then drops statuses of muted or blocked authors: a
    # short page is not the last one.
    found = [fake.add_status("kim", f"my Acme order {n} never came") for n in range(7)]
    fake.search_filtered.add(int(found[4]))

    report = run_once(engine, _collector(fake, clock, hashtags=[], search=True, page_size=3), clock)

    expected = {_uri(fake, status) for n, status in enumerate(found) if n != 4}
    assert report.added == 6 and {k[1] for k in stored_keys(engine)} == expected


def test_when_a_later_stream_is_rate_limited_then_an_earlier_unreadable_stream_is_still_reported(
        fake, clock, engine):
    fake.seed(3, "Acme")
    fake.fail_next(Fault(status=404, path="/api/v1/timelines/tag/gone"))
    fake.fail_next(Fault(status=429, path="/api/v1/timelines/tag/acme"))
    collector = _collector(fake, clock, hashtags=["gone", "acme"])

    report = run_once(engine, collector, clock)

    assert report.outcome == "retry"
    assert any(n.startswith("tag:gone") for n in collector.notices)


def test_when_the_server_has_no_full_text_search_then_the_empty_result_is_a_notice_not_a_failure(
        fake, clock, engine):
    fake.add_status("kim", "my Acme refund never came")
    fake.search_enabled = False
    collector = _collector(fake, clock, hashtags=[], search=True)

    report = run_once(engine, collector, clock)

    assert report.outcome == "stored" and report.added == 0
    assert any("full-text search" in n for n in collector.notices)


def test_when_the_server_refuses_search_then_hashtags_are_still_read(fake, clock, engine):
    fake.seed(3, "Acme")
    fake.fail_next(Fault(status=403, path="/api/v2/search"))
    collector = _collector(fake, clock, search=True)

    report = run_once(engine, collector, clock)

    assert report.outcome == "stored" and report.added == 3
    assert any("refused status search (403)" in n for n in collector.notices)


def test_when_an_unknown_hashtag_is_refused_then_the_source_is_failing_with_the_reason(fake, clock):
    fake.fail_next(Fault(status=404, path=TAG))

    with pytest.raises(SourceFailing, match="tag:acme"):
        list(_collector(fake, clock).collect({}))


def test_when_debug_logging_is_on_then_the_token_never_reaches_the_log(fake, clock, engine, caplog):
    fake.seed(12, "Acme", ["kim"])
    fake.fail_next(Fault(status=500), after=2)

    with caplog.at_level(logging.DEBUG):
        run_once(engine, _collector(fake, clock, roster=["kim"]), clock)
        run_once(engine, _collector(fake, clock, roster=["kim"], token="bad-token-abcdef0123456789"), clock)

    text = "\n".join(r.getMessage() for r in caplog.records)
    assert fake.access_token not in text and "bad-token-abcdef0123456789" not in text
    assert caplog.records  # something was logged at all
