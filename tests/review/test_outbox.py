"""The outbox worker with an injected clock: retries with exponential backoff, giving up, leasing."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from brandwatch.review.outbox import Backoff, DeliveryError, OutboxWorker, enqueue
from brandwatch.store.db import transaction
from brandwatch.store.models import OutboxMessage

from .helpers import T0, new_finding


class Clock:
    def __init__(self):
        self.now = T0

    def __call__(self):
        return self.now


class Flaky:
    """Fails `failures` times, then delivers; remembers every key it was handed."""

    def __init__(self, failures: int, permanent: bool = False):
        self.failures, self.permanent, self.keys = failures, permanent, []

    def send(self, notification):
        self.keys.append(notification.idempotency_key)
        if len(self.keys) <= self.failures:
            raise DeliveryError("HTTP 503", permanent=self.permanent)


def _message(factory):
    with factory() as session:
        return session.scalars(select(OutboxMessage)).one()


@pytest.fixture
def queued(factory):
    finding_id = new_finding(factory)  # routed to sec-hook: intake queued one message
    with transaction(factory) as session:
        assert not enqueue(session, finding_id=finding_id, event="new", channel="sec-hook", payload={}, now=T0)
    return finding_id


def test_when_sends_fail_then_retries_wait_exponentially_longer_until_sent(factory, queued):
    clock, channel = Clock(), Flaky(failures=3)
    worker = OutboxWorker(factory, {"sec-hook": channel}, clock=clock, backoff=Backoff(timedelta(seconds=30)))
    waits = []
    for _ in range(3):
        assert worker.deliver_due().retrying == 1
        message = _message(factory)
        waits.append(message.next_attempt_at - clock.now)
        assert worker.deliver_due().sent == 0  # not due yet
        clock.now = message.next_attempt_at
    assert waits == [timedelta(seconds=30), timedelta(seconds=60), timedelta(seconds=120)]
    assert worker.deliver_due().sent == 1
    message = _message(factory)
    assert (message.status, message.attempts, message.sent_at) == ("sent", 4, clock.now)
    assert len(set(channel.keys)) == 1  # every attempt carried the same idempotency key


def test_when_attempts_run_out_or_the_error_is_permanent_then_the_message_is_failed(factory, queued):
    clock = Clock()
    worker = OutboxWorker(factory, {"sec-hook": Flaky(failures=99)}, clock=clock, max_attempts=2)
    worker.deliver_due()
    clock.now += timedelta(hours=2)
    assert worker.deliver_due().failed == 1
    assert (_message(factory).status, _message(factory).last_error) == ("failed", "HTTP 503")


def test_when_a_channel_is_no_longer_configured_then_its_messages_fail_with_that_reason(factory, queued):
    assert OutboxWorker(factory, {}, clock=Clock()).deliver_due().failed == 1
    assert "channel 'sec-hook' is not configured" in _message(factory).last_error


def test_when_a_message_is_leased_then_a_second_worker_does_not_send_it_again(factory, queued):
    clock, seen_by_second = Clock(), []

    class Second:
        def send(self, notification):
            seen_by_second.append(notification.idempotency_key)

    second = OutboxWorker(factory, {"sec-hook": Second()}, clock=clock)

    class First:
        def send(self, notification):
            assert second.deliver_due().sent == 0  # the other worker finds it leased

    assert OutboxWorker(factory, {"sec-hook": First()}, clock=clock).deliver_due().sent == 1
    assert seen_by_second == []
