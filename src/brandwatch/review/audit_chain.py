"""Sealing the review trail: one HMAC chain per finding, and checkpoints over all chain heads.

Each event's MAC covers the previous event's MAC and its own content (finding, position, actor, time,
action, from/to, a digest of the note). One chain per finding means reviewers of different findings
never wait on each other; the finding's row lock (PostgreSQL) or the single writer (SQLite) orders the
events of one finding, and a unique (finding_id, seq) refuses a fork. A chain cut short at its end
still verifies on its own, so checkpoints seal every head from time to time: a head recorded by a
checkpoint that later disappears is reported with its event id.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from brandwatch.store.models import AuditCheckpoint, ReviewEvent

SEAL_VERSION = "v1"
# Events whose transaction committed late (a lower id than a checkpoint's newest) are still caught
# by the next checkpoint as long as their transaction took less than this.
LATE_COMMIT_GRACE = timedelta(minutes=5)
log = logging.getLogger(__name__)


def _utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def note_digest(note: str | None) -> str:
    return hashlib.sha256((note or "").encode("utf-8", "surrogatepass")).hexdigest()


def event_mac(key: bytes, *, finding_id: int, seq: int, prev_mac: str, actor: str, at: datetime, action: str,
              from_status: str | None, to_status: str | None, note: str | None) -> str:
    content = json.dumps([SEAL_VERSION, finding_id, seq, prev_mac, actor, _utc(at), action, from_status or "",
                          to_status or "", note_digest(note)], separators=(",", ":"), ensure_ascii=True)
    return hmac.new(key, content.encode("ascii"), hashlib.sha256).hexdigest()


def mac_of(key: bytes, event: ReviewEvent) -> str:
    return event_mac(key, finding_id=event.finding_id, seq=event.seq or 0, prev_mac=event.prev_mac or "",
                     actor=event.actor, at=event.at, action=event.action, from_status=event.from_status,
                     to_status=event.to_status, note=event.note)


def append_event(session: Session, key: bytes, *, finding_id: int, actor: str, at: datetime, action: str,
                 from_status: str | None, to_status: str | None, note: str | None) -> ReviewEvent:
    """Insert the next sealed event of the finding's chain (the caller holds the finding's row lock)."""
    head = session.execute(select(ReviewEvent.seq, ReviewEvent.mac).where(ReviewEvent.finding_id == finding_id)
                           .order_by(ReviewEvent.id.desc()).limit(1)).one_or_none()
    if head is None:
        seq, prev = 1, ""
    elif head.seq is None:  # a chain that starts after events written before sealing existed
        seq = session.scalar(select(func.count()).where(ReviewEvent.finding_id == finding_id)) + 1
        prev = ""
    else:
        seq, prev = head.seq + 1, head.mac or ""
    event = ReviewEvent(finding_id=finding_id, actor=actor, at=at, action=action, from_status=from_status,
                        to_status=to_status, note=note, seq=seq, prev_mac=prev)
    event.mac = mac_of(key, event)
    session.add(event)
    session.flush()
    return event


def append_events(session: Session, key: bytes, events: list[dict]) -> list[int]:
    """Insert the next sealed event of many chains at once (at most one event per finding); their ids in order.

    The set-based form of `append_event` for bulk actions: one query reads every chain head, one
    multi-row INSERT writes the events, each sealed exactly as `append_event` would seal it. The caller
    holds the findings' row locks (or SQLite's write lock)."""
    if not events:
        return []
    ids = [event["finding_id"] for event in events]
    if len(set(ids)) != len(ids):
        raise ValueError("append_events takes at most one event per finding")
    newest = (select(func.max(ReviewEvent.id)).where(ReviewEvent.finding_id.in_(ids))
              .group_by(ReviewEvent.finding_id))
    heads = {row.finding_id: row for row in session.execute(
        select(ReviewEvent.finding_id, ReviewEvent.seq, ReviewEvent.mac).where(ReviewEvent.id.in_(newest)))}
    rows = []
    for values in events:
        head = heads.get(values["finding_id"])
        if head is None:
            seq, prev = 1, ""
        elif head.seq is None:  # legacy chain: rare, counted one by one as append_event does
            seq = session.scalar(select(func.count()).where(ReviewEvent.finding_id == values["finding_id"])) + 1
            prev = ""
        else:
            seq, prev = head.seq + 1, head.mac or ""
        row = {**values, "seq": seq, "prev_mac": prev}
        row["mac"] = event_mac(key, **{k: row[k] for k in ("finding_id", "seq", "prev_mac", "actor", "at", "action",
                                                              "from_status", "to_status", "note")})
        rows.append(row)
    inserted = session.execute(insert(ReviewEvent).returning(ReviewEvent.id, sort_by_parameter_order=True), rows)
    return [row.id for row in inserted]


def heads_digest(heads: list[list]) -> str:
    return hashlib.sha256(json.dumps(heads, separators=(",", ":")).encode("ascii")).hexdigest()


def checkpoint_mac(key: bytes, checkpoint: AuditCheckpoint, prev_mac: str) -> str:
    content = json.dumps([SEAL_VERSION, "checkpoint", checkpoint.prev_id, prev_mac, _utc(checkpoint.at),
                          checkpoint.max_event_id, checkpoint.chains, checkpoint.heads_digest,
                          checkpoint.written_by], separators=(",", ":"))
    return hmac.new(key, content.encode("ascii"), hashlib.sha256).hexdigest()


def latest_checkpoint(session: Session) -> AuditCheckpoint | None:
    return session.scalar(select(AuditCheckpoint).order_by(AuditCheckpoint.id.desc()).limit(1))


def checkpoint_now(factory, key: bytes, now: datetime, written_by: str) -> AuditCheckpoint | None:
    """`write_checkpoint` in its own transaction; None when another instance wrote one at the same
    moment (the unique prev_id refuses the fork, and that checkpoint covers the same heads)."""
    from brandwatch.store.db import transaction

    try:
        with transaction(factory) as session:
            return write_checkpoint(session, key, now, written_by)
    except IntegrityError:
        return None


def write_checkpoint(session: Session, key: bytes, now: datetime, written_by: str) -> AuditCheckpoint:
    """Seal the heads of every chain that moved since the previous checkpoint."""
    previous = latest_checkpoint(session)
    since_id = previous.max_event_id if previous is not None else 0
    since_at = (previous.at if previous is not None else now) - LATE_COMMIT_GRACE
    moved = (select(ReviewEvent.finding_id)
             .where((ReviewEvent.id > since_id) | (ReviewEvent.at >= since_at), ReviewEvent.mac.is_not(None))
             .distinct())
    newest = (select(ReviewEvent.finding_id, func.max(ReviewEvent.id).label("id"))
              .where(ReviewEvent.finding_id.in_(moved), ReviewEvent.mac.is_not(None))
              .group_by(ReviewEvent.finding_id).subquery())
    rows = session.execute(select(ReviewEvent.finding_id, ReviewEvent.seq, ReviewEvent.id, ReviewEvent.mac)
                           .join(newest, newest.c.id == ReviewEvent.id).order_by(ReviewEvent.finding_id)).all()
    heads = [[r.finding_id, r.seq, r.id, r.mac] for r in rows]
    max_id = session.scalar(select(func.max(ReviewEvent.id))) or 0
    checkpoint = AuditCheckpoint(kind="checkpoint", prev_id=previous.id if previous is not None else None, at=now,
                                 max_event_id=max(max_id, since_id), chains=len(heads), heads=heads,
                                 heads_digest=heads_digest(heads), written_by=written_by)
    checkpoint.mac = checkpoint_mac(key, checkpoint, previous.mac or "" if previous is not None else "")
    session.add(checkpoint)
    session.flush()
    log.info("audit checkpoint %d: %d chain heads sealed up to event %d, digest %s, mac %s", checkpoint.id,
             len(heads), checkpoint.max_event_id, checkpoint.heads_digest, checkpoint.mac,
             extra={"public_values": (checkpoint.heads_digest, checkpoint.mac)})  # read back by operators
    return checkpoint
