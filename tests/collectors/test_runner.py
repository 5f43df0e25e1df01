"""The runner's scheduling decisions: backoff growth and cap, and unexpected collector errors."""

from __future__ import annotations

import logging
from datetime import timedelta

from brandwatch.model.clock import ManualClock
from brandwatch.collectors.base import RetryLater
from brandwatch.collectors.runner import Schedule, run_once

from collector_checks import status


def test_when_failures_repeat_then_the_backoff_doubles_up_to_its_cap():
    schedule = Schedule(backoff=timedelta(seconds=30), backoff_cap=timedelta(minutes=5))

    delays = [schedule.backoff_after(n).total_seconds() for n in range(1, 7)]

    assert delays == [30, 60, 120, 240, 300, 300]


def test_when_the_platform_names_a_wait_then_it_is_used_but_capped():
    schedule = Schedule(rate_limit_wait_cap=timedelta(minutes=15))

    assert schedule.retry_delay(RetryLater("429", delay=90), 1) == timedelta(seconds=90)
    assert schedule.retry_delay(RetryLater("429", delay=0), 1) == timedelta(seconds=1)
    assert schedule.retry_delay(RetryLater("429", delay=86400), 1) == timedelta(minutes=15)


class _Broken:
    name, platform = "broken", "x"

    def collect(self, checkpoint):
        raise KeyError("surprise")
        yield  # pragma: no cover


def test_when_a_collector_raises_something_unexpected_then_it_is_retried_not_fatal(engine, caplog):
    clock = ManualClock()

    with caplog.at_level(logging.ERROR):
        report = run_once(engine, _Broken(), clock)

    assert report.outcome == "retry" and "KeyError" in report.message
    assert status(engine, "broken").next_run == clock.now() + timedelta(seconds=30)
    assert any(r.exc_info for r in caplog.records)  # the traceback is logged for whoever fixes it
