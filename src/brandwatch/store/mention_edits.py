"""Edited posts: the stored mention takes the newest version and keeps the earlier ones.

X gives each edit a new id and lists every version in `edit_history_tweet_ids`; the collector keys
the mention by the first version and passes the latest as `Post.version`. When a newer version
arrives, the row's current text, payload and analysis move to `mention_versions` and the row goes
back to `pending`, so the analysis stage looks at the edited text (see daemon/edit_notes.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from brandwatch.model.post import Post
from brandwatch.store import models

CHUNK = 500


def is_newer(candidate: str, stored: str | None) -> bool:
    if stored is None:
        return True
    if candidate.isdigit() and stored.isdigit():
        return int(candidate) > int(stored)
    return candidate != stored


def apply_edits(session: Session, mentions: Sequence[Post], now: datetime, clean) -> int:
    """Update stored mentions that `mentions` hold a newer version of; returns how many changed."""
    wanted = {m.key: m for m in mentions if m.version}
    if not wanted:
        return 0
    by_platform: dict[str, list[str]] = {}
    for platform, external_id in wanted:
        by_platform.setdefault(platform, []).append(external_id)
    edited = 0
    for platform, ids in by_platform.items():
        for start in range(0, len(ids), CHUNK):
            rows = session.scalars(select(models.Mention).where(
                models.Mention.platform == platform, models.Mention.external_id.in_(ids[start:start + CHUNK])))
            for row in rows:
                mention = wanted[(row.platform, row.external_id)]
                if row.tombstoned_at is not None or not is_newer(mention.version or "", row.version):
                    continue
                _replace(session, row, mention, now, clean)
                edited += 1
    session.flush()
    return edited


def _replace(session: Session, row: models.Mention, mention: Post, now: datetime, clean) -> None:
    analysed = row.status != "pending"
    session.add(models.MentionVersion(mention_id=row.id, version=row.version, text=row.text, raw=row.raw,
                                      analysis=row.analysis if analysed else None, analysed=analysed,
                                      replaced_at=now))
    previous = row.analysis if analysed and isinstance(row.analysis, dict) else None
    row.analysis = {"edit": {"previous_version": row.version, "previous": previous}}
    row.text, row.raw, row.version = clean(mention.text), mention.raw, mention.version
    row.url, row.metrics, row.lang = mention.url, mention.metrics, mention.lang
    row.status, row.analysed_at = "pending", None


def versions_of(session: Session, mention_id: int) -> list[models.MentionVersion]:
    return list(session.scalars(select(models.MentionVersion).where(models.MentionVersion.mention_id == mention_id)
                                .order_by(models.MentionVersion.id)))
