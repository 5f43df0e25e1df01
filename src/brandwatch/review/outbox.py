"""The notification outbox: enqueue in the finding's transaction, deliver later, never lose one.

A message is written to the `outbox` table in the same transaction as the finding or review action
that caused it, so a crash can only leave it undelivered, never forgotten. The worker leases a due
message (a compare-and-set on its attempt count, so two workers never send the same attempt), sends
it, then records the result. A crash between sending and recording means the message is sent again
after the lease expires; its idempotency key — stable per (finding, event, channel) — lets the
receiver recognise the resend.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Callable, Mapping, Protocol, Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from brandwatch.errors import BrandwatchError
from brandwatch.model.clock import Now, system_clock
from brandwatch.review.batching import BatchPolicy, Raced, fold_channel
from brandwatch.store.db import transaction
from brandwatch.store.models import OutboxMessage

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Notification:
    """One message for one channel, as a notifier sends it."""

    idempotency_key: str
    channel: str
    payload: dict[str, Any]


class Notifier(Protocol):
    def send(self, notification: Notification) -> None:
        """Deliver or raise DeliveryError."""


class DeliveryError(BrandwatchError):
    """A send failed; `permanent` ones are not retried (e.g. a 4xx other than 408/429). `retry_after`:
    when the receiver said how long to wait (a 429's Retry-After), the next attempt waits that long
    instead of the backoff, within the backoff's cap."""

    def __init__(self, message: str, *, permanent: bool = False, retry_after: timedelta | None = None):
        super().__init__(message)
        self.permanent = permanent
        self.retry_after = retry_after


def idempotency_key(finding_id: int, event: str, channel: str) -> str:
    return f"bw-finding-{finding_id}-{event}-{channel}"


def enqueue(session: Session, *, finding_id: int, event: str, channel: str, payload: dict[str, Any],
            now: datetime) -> bool:
    """Queue a notification in the caller's transaction; False when that key is queued already."""
    return enqueue_many(session, [QueuedMessage(finding_id, event, channel, payload, now)])[0]


@dataclass(frozen=True, slots=True)
class QueuedMessage:
    finding_id: int
    event: str
    channel: str
    payload: dict[str, Any]
    now: datetime


def enqueue_many(session: Session, messages: Sequence[QueuedMessage]) -> list[bool]:
    """`enqueue` for many messages in one SELECT and one flush; for each, False when its key was queued."""
    keys = [idempotency_key(m.finding_id, m.event, m.channel) for m in messages]
    if not keys:
        return []
    queued = set(session.scalars(select(OutboxMessage.idempotency_key)
                                 .where(OutboxMessage.idempotency_key.in_(set(keys)))))
    fresh = []
    for key, message in zip(keys, messages):
        fresh.append(key not in queued)
        if key in queued:
            continue
        queued.add(key)
        session.add(OutboxMessage(idempotency_key=key, channel=message.channel, finding_id=message.finding_id,
                                  payload={**message.payload, "event": message.event}, status="pending",
                                  attempts=0, next_attempt_at=message.now, created_at=message.now))
    session.flush()
    return fresh


@dataclass(frozen=True, slots=True)
class Backoff:
    """Exponential: base, base×factor, base×factor², … capped."""

    base: timedelta = timedelta(seconds=30)
    factor: float = 2.0
    cap: timedelta = timedelta(hours=1)

    def after(self, attempts: int) -> timedelta:
        return min(self.cap, self.base * (self.factor ** max(attempts - 1, 0)))


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0


# Called at "before-send" and "after-send" with the notification: the crash tests pause there.
Hook = Callable[[str, Notification], None]


class OutboxWorker:
    def __init__(self, factory: sessionmaker[Session], notifiers: Mapping[str, Notifier], *,
                 clock: Now = system_clock, backoff: Backoff = Backoff(), max_attempts: int = 8,
                 lease: timedelta = timedelta(minutes=5), hook: Hook | None = None, holder: str | None = None,
                 policies: Mapping[str, BatchPolicy] | None = None):
        self.factory, self.notifiers, self.clock, self.holder = factory, notifiers, clock, holder
        self.policies = {channel: policy for channel, policy in (policies or {}).items() if policy.active}
        self.backoff, self.max_attempts, self.lease = backoff, max_attempts, lease
        self.hook = hook or (lambda _point, _notification: None)

    def deliver_due(self, limit: int = 100) -> DeliveryReport:
        """Send every message due now (at most `limit`), recording each outcome in its own transaction."""
        self._fold()
        with self.factory() as session:
            due = session.execute(
                select(OutboxMessage.id, OutboxMessage.attempts)
                .where(OutboxMessage.status == "pending", OutboxMessage.next_attempt_at <= self.clock())
                .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(limit)).all()
        counts = {"sent": 0, "retrying": 0, "failed": 0}
        for message_id, attempts in due:
            notification = self._lease(message_id, attempts)
            if notification is not None:
                counts[self._deliver(message_id, attempts + 1, notification)] += 1
        return DeliveryReport(**counts)

    def _fold(self) -> None:
        """Batch or hold what the channels' aggregation policies say (review/batching.py)."""
        for channel, policy in self.policies.items():
            try:
                with transaction(self.factory) as session:
                    fold_channel(session, channel, policy, self.clock())
            except Raced:
                log.debug("another worker batched channel %s at the same moment; retrying next round", channel)

    def _lease(self, message_id: int, seen_attempts: int) -> Notification | None:
        """Take the message for one attempt; None when another worker took it first."""
        now = self.clock()
        with transaction(self.factory) as session:
            taken = session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == message_id, OutboxMessage.status == "pending",
                       OutboxMessage.attempts == seen_attempts)
                .values(attempts=seen_attempts + 1, next_attempt_at=now + self.lease, leased_by=self.holder)).rowcount
            if taken != 1:
                return None
            row = session.get(OutboxMessage, message_id)
            return Notification(row.idempotency_key, row.channel, dict(row.payload))

    def _deliver(self, message_id: int, attempt: int, notification: Notification) -> str:
        notifier = self.notifiers.get(notification.channel)
        self.hook("before-send", notification)
        try:
            if notifier is None:
                raise DeliveryError(f"channel '{notification.channel}' is not configured", permanent=True)
            notifier.send(notification)
        except DeliveryError as exc:
            return self._record_failure(message_id, attempt, exc)
        self.hook("after-send", notification)
        with transaction(self.factory) as session:
            session.execute(update(OutboxMessage).where(OutboxMessage.id == message_id)
                            .values(status="sent", sent_at=self.clock(), last_error=None, leased_by=None))
        return "sent"

    def _record_failure(self, message_id: int, attempt: int, exc: DeliveryError) -> str:
        give_up = exc.permanent or attempt >= self.max_attempts
        values: dict[str, Any] = {"last_error": str(exc)[:2000], "leased_by": None}
        if give_up:
            values["status"] = "failed"
        else:
            wait = self.backoff.after(attempt) if exc.retry_after is None else min(exc.retry_after, self.backoff.cap)
            values["next_attempt_at"] = self.clock() + wait
        with transaction(self.factory) as session:
            session.execute(update(OutboxMessage).where(OutboxMessage.id == message_id).values(**values))
        log.warning("notification %s attempt %d failed%s: %s", message_id, attempt,
                    " (giving up)" if give_up else "", exc)
        return "failed" if give_up else "retrying"


PAUSE_AT_VARIABLE = "BRANDWATCH_OUTBOX_PAUSE_AT"
PAUSE_FILE_VARIABLE = "BRANDWATCH_OUTBOX_PAUSE_FILE"


def hook_from_environment(environ: Mapping[str, str] = os.environ) -> Hook | None:
    """Fault injection for crash tests: at BRANDWATCH_OUTBOX_PAUSE_AT (before-send | after-send) the
    worker writes the message's key to BRANDWATCH_OUTBOX_PAUSE_FILE and stops there until killed."""
    point, marker = environ.get(PAUSE_AT_VARIABLE), environ.get(PAUSE_FILE_VARIABLE)
    if not point or not marker:
        return None

    def pause(where: str, notification: Notification) -> None:
        if where == point:
            Path(marker).write_text(notification.idempotency_key, encoding="utf-8")
            while True:
                time.sleep(3600)

    return pause
