"""Retention: old mentions no open finding needs lose their text and raw payload to a tombstone.

The tombstone keeps what an audit can still use — a keyed fingerprint of the text (to show two
exports speak of the same post), a masked preview, and the dates — while findings and review events
are never touched. A mention an open finding points at is kept whole until that finding is closed, and
a mention a live legal hold covers (review/holds.py) is kept whole until the hold is released.
Rejected items (raw payloads a collector could not read, which may hold anything) expire after the
same period.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import datetime, timedelta
from typing import Sequence

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from brandwatch.review.holds import held_mentions
from brandwatch.store.models import OPEN_STATUSES, Finding, Mention, MentionVersion, RejectedItem

PREVIEW_LENGTH = 40
_DIGITS = re.compile(r"\d")
_TOKEN = re.compile(r"\S{16,}")


def masked_preview(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The start of the text with every finding span, digit and long token masked."""
    chars = list(text)
    for start, end in spans:
        chars[max(start, 0):max(end, 0)] = "•" * max(0, min(end, len(text)) - max(start, 0))
    shown = "".join(chars)[:PREVIEW_LENGTH]
    shown = _TOKEN.sub("••••••••", _DIGITS.sub("•", shown))
    return shown + ("…" if len(text) > PREVIEW_LENGTH else "")


def tombstone(text: str, spans: Sequence[tuple[int, int]], key: bytes, row: Mention, now: datetime) -> dict:
    return {"tombstone": {
        "fingerprint": hmac.new(key, text.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest(),
        "preview": masked_preview(text, spans),
        "created_at": row.created_at.isoformat(),
        "collected_at": row.collected_at.isoformat() if row.collected_at else None,
        "analysed_at": row.analysed_at.isoformat() if row.analysed_at else None,
        "tombstoned_at": now.isoformat(),
    }}


def expire_mentions(session: Session, retention_days: int, key: bytes, now: datetime, limit: int = 500) -> int:
    """Tombstone up to `limit` expired mentions in the caller's transaction; returns how many."""
    cutoff = now - timedelta(days=retention_days)
    open_finding = exists().where(Finding.mention_id == Mention.id, Finding.status.in_(OPEN_STATUSES))
    after, rows = 0, []
    while len(rows) < limit:
        batch = list(session.scalars(
            select(Mention).where(Mention.created_at < cutoff, Mention.tombstoned_at.is_(None),
                                  Mention.status != "pending", ~open_finding, Mention.id > after)
            .order_by(Mention.id).limit(limit)))
        if not batch:
            break
        held = held_mentions(session, [m.id for m in batch])
        rows += [m for m in batch if m.id not in held][:limit - len(rows)]
        after = batch[-1].id
    for row in rows:
        spans = list(session.execute(select(Finding.start, Finding.end).where(Finding.mention_id == row.id)).all())
        row.raw = tombstone(row.text or "", spans, key, row, now)
        row.text = None
        row.tombstoned_at = now
    if rows:  # an edited post's earlier versions expire with it
        session.execute(update(MentionVersion).where(MentionVersion.mention_id.in_([r.id for r in rows]))
                        .values(text=None, raw=None))
    session.flush()
    return len(rows)


def expire_rejected_items(session: Session, retention_days: int, now: datetime) -> int:
    """Drop the raw payload of rejected items older than the retention period; the reason stays."""
    cutoff = now - timedelta(days=retention_days)
    rows = list(session.scalars(select(RejectedItem).where(RejectedItem.first_seen_at < cutoff)))
    expired = 0
    for row in rows:
        if not (isinstance(row.raw, dict) and "expired_at" in row.raw):
            row.raw = {"expired_at": now.isoformat()}
            expired += 1
    session.flush()
    return expired
