"""Notification aggregation per channel (issue 19, deliver 6): a burst of findings goes out as one
message with counts and links; an hourly cap turns the excess into one overflow summary."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import select

from brandwatch.review.batching import BatchPolicy
from brandwatch.review.notify_slack import slack_body
from brandwatch.review.outbox import OutboxWorker
from brandwatch.store.models import OutboxMessage

from .helpers import T0, new_finding

KEYS = ["AKIAQ3EGUVNT5XJ2LWPM", "AKIAZ7RTQ2MXW4PLK9HD", "AKIAB4NV7YQW2ER6TZXU", "AKIAH8KD3PLM5QXR7TVW",
        "AKIAC6WQ9ZRT2MVN4KHS"]


class Clock:
    def __init__(self):
        self.now = T0

    def __call__(self):
        return self.now


class Inbox:
    def __init__(self):
        self.received = []

    def send(self, notification) -> None:
        self.received.append(notification)


def _findings(factory, count: int) -> list[int]:
    return [new_finding(factory, f"key {key} leaked") for key in KEYS[:count]]


def _statuses(factory) -> list[str]:
    with factory() as session:
        return sorted(session.scalars(select(OutboxMessage.status)))


def test_when_findings_arrive_within_the_window_then_they_go_out_as_one_message_with_counts(factory):
    ids = _findings(factory, 3)
    clock, inbox = Clock(), Inbox()
    worker = OutboxWorker(factory, {"sec-hook": inbox}, clock=clock,
                          policies={"sec-hook": BatchPolicy(window=timedelta(seconds=60))})
    assert worker.deliver_due().sent == 0 and inbox.received == []  # the window is still open
    clock.now = T0 + timedelta(seconds=59)
    assert worker.deliver_due().sent == 0
    clock.now = T0 + timedelta(seconds=60)
    assert worker.deliver_due().sent == 1
    [batch] = inbox.received
    assert batch.payload["event"] == "batch" and batch.payload["count"] == 3
    assert [item["finding_id"] for item in batch.payload["findings"]] == ids
    assert batch.payload["counts"] == {"high leak": 3}
    assert _statuses(factory) == ["batched", "batched", "batched", "sent"]
    text = json.loads(slack_body(batch))["text"]
    assert "3 findings" in text and all(f"finding {finding_id}" in text for finding_id in ids)
    assert worker.deliver_due().sent == 0  # nothing is sent twice


def test_when_one_finding_arrives_in_a_window_then_it_goes_out_on_its_own_once_the_window_closes(factory):
    [finding_id] = _findings(factory, 1)
    clock, inbox = Clock(), Inbox()
    worker = OutboxWorker(factory, {"sec-hook": inbox}, clock=clock,
                          policies={"sec-hook": BatchPolicy(window=timedelta(seconds=60))})
    worker.deliver_due()
    clock.now = T0 + timedelta(minutes=1)
    worker.deliver_due()
    [single] = inbox.received
    assert single.idempotency_key == f"bw-finding-{finding_id}-new-sec-hook" and single.payload["finding_id"] == finding_id


def test_when_a_batch_is_resent_after_a_failure_then_it_keeps_its_idempotency_key(factory):
    _findings(factory, 2)
    clock = Clock()

    class FailsOnce(Inbox):
        def send(self, notification):
            super().send(notification)
            if len(self.received) == 1:
                from brandwatch.review.outbox import DeliveryError
                raise DeliveryError("HTTP 503")

    inbox = FailsOnce()
    worker = OutboxWorker(factory, {"sec-hook": inbox}, clock=clock,
                          policies={"sec-hook": BatchPolicy(window=timedelta(seconds=30))})
    clock.now = T0 + timedelta(seconds=30)
    assert worker.deliver_due().retrying == 1
    clock.now += timedelta(hours=1)
    assert worker.deliver_due().sent == 1
    first, second = inbox.received
    assert first.idempotency_key == second.idempotency_key and first.payload == second.payload


def test_when_the_hourly_cap_is_reached_then_the_rest_waits_and_goes_out_as_one_overflow_summary(factory):
    clock, inbox = Clock(), Inbox()
    worker = OutboxWorker(factory, {"sec-hook": inbox}, clock=clock,
                          policies={"sec-hook": BatchPolicy(hourly_cap=2)})
    _findings(factory, 2)
    assert worker.deliver_due().sent == 2
    late = [new_finding(factory, f"key {key} leaked") for key in KEYS[2:]]
    clock.now = T0 + timedelta(minutes=10)
    assert worker.deliver_due().sent == 0  # two sent in the last hour: the cap holds the rest back
    clock.now = T0 + timedelta(minutes=59)
    assert worker.deliver_due().sent == 0
    clock.now = T0 + timedelta(hours=1)
    assert worker.deliver_due().sent == 1
    overflow = inbox.received[-1]
    assert overflow.payload["overflow"] is True and overflow.payload["count"] == 3
    assert [item["finding_id"] for item in overflow.payload["findings"]] == late
    assert "hourly limit" in json.loads(slack_body(overflow))["text"]


def test_without_a_policy_every_finding_is_its_own_message_at_once(factory):
    _findings(factory, 3)
    inbox = Inbox()
    assert OutboxWorker(factory, {"sec-hook": inbox}, clock=Clock()).deliver_due().sent == 3
