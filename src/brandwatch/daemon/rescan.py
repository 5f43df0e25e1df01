"""Re-running the detectors over stored mentions after a rule change.

Review intake keeps one finding per (mention, rule), so a rescan adds what the new or changed rules
find and leaves every existing finding — and its review history — untouched. Tombstoned mentions
have no text left and are skipped; the stored analysis is not rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from brandwatch.config import Settings
from brandwatch.daemon.analysis import to_post
from brandwatch.review.intake import record_analysis
from brandwatch.store.db import transaction
from brandwatch.store.models import Mention


@dataclass(frozen=True)
class RescanResult:
    mentions: int = 0
    created: int = 0
    existing: int = 0


def rescan_mentions(factory: sessionmaker[Session], settings: Settings, analyzer: Any,
                    since: datetime, clock: Callable[[], datetime], batch_size: int = 200) -> RescanResult:
    last_id, mentions, created, existing = 0, 0, 0, 0
    while True:
        with transaction(factory) as session:
            rows = list(session.scalars(
                select(Mention).where(Mention.id > last_id, Mention.status == "analysed",
                                      Mention.created_at >= since, Mention.text.is_not(None))
                .order_by(Mention.id).limit(batch_size)))
            if not rows:
                break
            posts = [to_post(row) for row in rows]
            now = clock()
            for row, result in zip(rows, analyzer.analyze(posts)):
                outcome = record_analysis(session, row, result, settings, now)
                created += len(outcome.created)
                existing += outcome.duplicates
            mentions += len(rows)
            last_id = rows[-1].id
    return RescanResult(mentions, created, existing)
