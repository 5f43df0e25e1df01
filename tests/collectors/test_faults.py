"""API faults, for every collector that talks to an API: nothing lost, nothing hammered, no sleeping."""

from __future__ import annotations

import time
from datetime import timedelta

from brandwatch.testing.fakehttp import Fault

from collector_checks import status, stored_keys

POSTS = 25


def _requests(harness) -> int:
    return harness.fake.request_count()


def test_when_credentials_are_refused_then_the_source_is_disabled_without_a_crash_loop(api_harness, engine):
    api_harness.add_posts(POSTS)
    api_harness.rotate_fake_credentials()

    first = api_harness.run(engine)
    asked = _requests(api_harness)
    api_harness.clock.advance(3600)
    second = api_harness.run(engine)

    assert first.outcome == "disabled"
    assert "credentials" in first.message or "token" in first.message
    row = status(engine, first.source)
    assert row.disabled_reason == first.message
    assert row.failing_since is not None
    assert second.outcome == "disabled" and second.failed and "disabled since" in second.message  # exit 1
    assert _requests(api_harness) == asked  # the refused credentials are not tried again
    assert stored_keys(engine) == []


def test_when_disabled_credentials_are_replaced_then_the_source_runs_again(api_harness, engine):
    api_harness.add_posts(POSTS)
    api_harness.rotate_fake_credentials()
    api_harness.run(engine)

    api_harness.adopt_fake_credentials()
    report = api_harness.run(engine)

    assert report.outcome == "stored"
    assert sorted(stored_keys(engine)) == sorted(api_harness.expected())
    assert status(engine, report.source).disabled_reason is None


def test_when_rate_limited_with_a_reset_then_the_next_run_waits_for_it_without_sleeping(api_harness, engine):
    api_harness.add_posts(POSTS)
    api_harness.fake.fail_next(api_harness.rate_limited(reset_in=120))
    started = time.monotonic()

    limited = api_harness.run(engine)
    asked = _requests(api_harness)
    early = api_harness.run(engine)
    asked_again = _requests(api_harness) != asked
    api_harness.clock.advance(121)
    later = api_harness.run(engine)

    assert time.monotonic() - started < 5  # nothing really slept for two minutes
    assert limited.outcome == "retry" and "429" in limited.message
    assert limited.next_run == api_harness.clock.now() - timedelta(seconds=121) + timedelta(seconds=120)
    assert early.outcome == "skipped" and not asked_again
    assert later.outcome == "stored"
    assert sorted(stored_keys(engine)) == sorted(api_harness.expected())


def test_when_the_rate_limit_reset_is_far_away_then_the_wait_is_capped(api_harness, engine):
    api_harness.add_posts(POSTS)
    api_harness.fake.fail_next(api_harness.rate_limited(reset_in=7200))
    now = api_harness.clock.now()

    limited = api_harness.run(engine)

    assert limited.outcome == "retry"
    assert limited.next_run == now + api_harness.schedule.rate_limit_wait_cap


def test_when_rate_limited_without_a_reset_header_then_retries_back_off(api_harness, engine):
    api_harness.add_posts(POSTS)
    api_harness.fake.fail_next(api_harness.rate_limited(reset_in=None), times=2)
    now = api_harness.clock.now()

    first = api_harness.run(engine)
    asked = _requests(api_harness)
    immediately = api_harness.run(engine)
    not_asked_again = _requests(api_harness) == asked
    api_harness.clock.advance(31)
    second = api_harness.run(engine)
    api_harness.clock.advance(61)
    third = api_harness.run(engine)

    assert first.outcome == "retry"
    assert first.next_run == now + timedelta(seconds=30)
    assert immediately.outcome == "skipped" and not_asked_again
    assert second.outcome == "retry"
    assert second.next_run == now + timedelta(seconds=31 + 60)  # the backoff doubled
    assert third.outcome == "stored"
    assert sorted(stored_keys(engine)) == sorted(api_harness.expected())
    assert status(engine, third.source).failing_since is None


def test_when_the_server_fails_then_the_source_retries_after_a_backoff(api_harness, engine):
    api_harness.add_posts(POSTS)
    api_harness.fake.fail_next(Fault(status=500))
    now = api_harness.clock.now()

    failed = api_harness.run(engine)
    row = status(engine, failed.source)
    api_harness.clock.advance(30)
    recovered = api_harness.run(engine)

    assert failed.outcome == "retry" and "500" in failed.message
    assert failed.next_run == now + timedelta(seconds=30)
    assert row.failing_since == now and row.last_error == failed.message
    assert recovered.outcome == "stored"
    assert sorted(stored_keys(engine)) == sorted(api_harness.expected())


def test_when_the_answer_is_not_json_then_the_run_is_retried_and_nothing_is_lost(api_harness, engine):
    api_harness.add_posts(POSTS)
    api_harness.fake.fail_next(Fault(malformed_json=True))

    failed = api_harness.run(engine)
    api_harness.clock.advance(30)
    recovered = api_harness.run(engine)

    assert failed.outcome == "retry"
    assert "JSON" in failed.message or "could not read" in failed.message
    assert recovered.outcome == "stored"
    assert sorted(stored_keys(engine)) == sorted(api_harness.expected())


def test_when_an_answer_times_out_then_the_run_ends_promptly_and_nothing_is_lost(api_harness, engine):
    api_harness.add_posts(POSTS)
    api_harness.fake.fail_next(Fault(delay=1.5))  # the clients time out after 0.5 s
    started = time.monotonic()

    reports = [api_harness.run(engine)]
    while reports[-1].outcome == "retry" and len(reports) < 3:
        api_harness.clock.advance(3600)
        reports.append(api_harness.run(engine))

    assert time.monotonic() - started < 8
    assert reports[-1].outcome == "stored"
    assert sorted(stored_keys(engine)) == sorted(api_harness.expected())
    assert len(stored_keys(engine)) == POSTS
