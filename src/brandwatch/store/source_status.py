"""Each source's health in `source_status`: last success, last error, backoff and disabling.

`brandwatch status` and the daemon read these rows; the collector runner writes them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from brandwatch.store.models import SourceStatus


def status_of(session: Session, source: str) -> SourceStatus | None:
    return session.get(SourceStatus, source)


def _row(session: Session, source: str) -> SourceStatus:
    row = session.get(SourceStatus, source)
    if row is None:
        row = SourceStatus(source=source, details={})
        session.add(row)
    return row


def record_success(session: Session, source: str, at: datetime, next_run: datetime | None,
                   **details: Any) -> None:
    row = _row(session, source)
    row.last_success, row.failing_since, row.disabled_reason, row.next_run = at, None, None, next_run
    row.details = {**(row.details or {}), **details, "consecutive_failures": 0}


def record_failure(session: Session, source: str, at: datetime, error: str, next_run: datetime,
                   **details: Any) -> int:
    """Note a transient failure; returns how many runs in a row have now failed."""
    row = _row(session, source)
    failures = int((row.details or {}).get("consecutive_failures", 0)) + 1
    row.last_error, row.last_error_at, row.next_run = error, at, next_run
    row.failing_since = row.failing_since or at
    row.details = {**(row.details or {}), **details, "consecutive_failures": failures}
    return failures


def record_disabled(session: Session, source: str, at: datetime, reason: str, **details: Any) -> None:
    row = _row(session, source)
    row.last_error, row.last_error_at, row.disabled_reason, row.next_run = reason, at, reason, None
    row.failing_since = row.failing_since or at
    row.details = {**(row.details or {}), **details}


def consecutive_failures(row: SourceStatus | None) -> int:
    return int((row.details or {}).get("consecutive_failures", 0)) if row is not None else 0


def clear_disabled(session: Session, source: str) -> None:
    row = session.get(SourceStatus, source)
    if row is not None:
        row.disabled_reason = None
        row.next_run = None
