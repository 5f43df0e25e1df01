"""Aggregation per channel: a burst of findings becomes one message, and an hourly cap holds the rest.

Runs inside the outbox worker before delivery, in one transaction per channel, on finding messages
that have not been tried yet (retries and operational alerts are never folded):

- with a `window`, the first message of a burst waits until the window after it has passed; then
  every waiting message of the channel goes out as one `batch` message with counts and links (a lone
  message goes out unchanged);
- with an `hourly_cap`, a channel that has sent that many messages in the last hour holds the rest
  until the hour has passed; when more are waiting than the cap still allows, they go out as one
  overflow summary.

The members are marked `batched` and name the batch; the batch's idempotency key is derived from its
members, so a resend after a crash carries the same key (docs/review.md, "Aggregation").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Mapping

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from brandwatch.store.models import OutboxMessage

HOUR = timedelta(hours=1)
LISTED = 50  # a batch lists this many findings; its counts cover all of them


@dataclass(frozen=True, slots=True)
class BatchPolicy:
    window: timedelta = timedelta(0)
    hourly_cap: int | None = None

    @property
    def active(self) -> bool:
        return self.window > timedelta(0) or self.hourly_cap is not None


def fold_channel(session: Session, channel: str, policy: BatchPolicy, now: datetime) -> None:
    """Hold, batch or leave alone the channel's untried finding messages that are due now."""
    waiting = list(session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.channel == channel, OutboxMessage.status == "pending", OutboxMessage.attempts == 0,
               OutboxMessage.finding_id.is_not(None), OutboxMessage.next_attempt_at <= now)
        .order_by(OutboxMessage.created_at, OutboxMessage.id)))
    if not waiting:
        return
    window_ends = waiting[0].created_at + policy.window
    if now < window_ends:
        _postpone(session, waiting, window_ends)
        return
    room = _room_this_hour(session, channel, policy, now)
    if room is not None and room[0] <= 0:
        _postpone(session, waiting, room[1])
        return
    overflow = room is not None and len(waiting) > room[0]
    if len(waiting) > 1 and (policy.window > timedelta(0) or overflow):
        _fold(session, channel, waiting, now, overflow=overflow)


def _room_this_hour(session: Session, channel: str, policy: BatchPolicy, now: datetime):
    """(messages the cap still allows, when the oldest send of the hour stops counting), or None."""
    if policy.hourly_cap is None:
        return None
    sent, oldest = session.execute(
        select(func.count(), func.min(OutboxMessage.sent_at))
        .where(OutboxMessage.channel == channel, OutboxMessage.status == "sent",
               OutboxMessage.sent_at > now - HOUR)).one()
    return policy.hourly_cap - sent, (oldest + HOUR if oldest is not None else now)


def _postpone(session: Session, messages: list[OutboxMessage], until: datetime) -> None:
    # Only messages nobody has leased meanwhile: a lease moves next_attempt_at itself.
    session.execute(update(OutboxMessage)
                    .where(OutboxMessage.id.in_([m.id for m in messages]), OutboxMessage.attempts == 0)
                    .values(next_attempt_at=until))


def _fold(session: Session, channel: str, members: list[OutboxMessage], now: datetime, *, overflow: bool) -> None:
    ids = [m.id for m in members]
    taken = session.execute(update(OutboxMessage)
                            .where(OutboxMessage.id.in_(ids), OutboxMessage.status == "pending",
                                   OutboxMessage.attempts == 0)
                            .values(status="batched")).rowcount
    if taken != len(ids):
        raise Raced()  # another worker took one of them: roll back, try again next round
    batch = OutboxMessage(idempotency_key=f"bw-batch-{channel}-{ids[0]}-{ids[-1]}-{len(ids)}", channel=channel,
                          finding_id=None, payload=batch_payload([m.payload for m in members], overflow),
                          status="pending", attempts=0, next_attempt_at=now, created_at=now)
    session.add(batch)
    session.flush()
    session.execute(update(OutboxMessage).where(OutboxMessage.id.in_(ids)).values(batched_into=batch.id))


class Raced(Exception):
    """Two workers folded the same channel at once; the loser's transaction rolls back."""


def batch_payload(payloads: list[Mapping[str, Any]], overflow: bool) -> dict[str, Any]:
    counts = Counter(f"{p.get('severity')} {p.get('category')}" for p in payloads)
    listed = [{key: p.get(key) for key in ("finding_id", "event", "severity", "category", "kind", "rule", "team",
                                           "preview", "console_url")} for p in payloads[:LISTED]]
    return {"event": "batch", "count": len(payloads), "overflow": overflow, "counts": dict(counts.most_common()),
            "findings": listed}
