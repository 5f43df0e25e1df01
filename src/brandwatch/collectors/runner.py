"""Running one collector once: store its batches, then record how the source is doing.

Shared by `brandwatch collect --once` and the daemon. The runner never sleeps: a failed run records
when the next one may start (`source_status.next_run`), and a source whose credentials were refused
stays disabled until its credentials or configuration change, so bad credentials cannot crash-loop.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Iterator

from sqlalchemy import Engine

from brandwatch.collectors.base import Batch, Clock, Collector, RetryLater, SourceDisabled
from brandwatch.secrecy import scrub, scrub_all
from brandwatch.store.db import session_factory, transaction
from brandwatch.store.mentions import load_checkpoint, save_batch
from brandwatch.store.source_status import (
    clear_disabled, consecutive_failures, record_disabled, record_failure, record_success, status_of,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Schedule:
    """How often a source runs and how it backs off; built from the source's config."""

    interval: timedelta = timedelta(minutes=5)
    backoff: timedelta = timedelta(seconds=30)
    backoff_cap: timedelta = timedelta(minutes=30)
    rate_limit_wait_cap: timedelta = timedelta(minutes=15)

    def backoff_after(self, failures: int) -> timedelta:
        """30 s, 1 min, 2 min, … up to the cap: a failing API is not hammered."""
        return min(self.backoff_cap, self.backoff * (2 ** max(failures - 1, 0)))

    def retry_delay(self, failure: RetryLater, failures: int) -> timedelta:
        if failure.delay is not None:
            return min(self.rate_limit_wait_cap, timedelta(seconds=max(failure.delay, 1)))
        return self.backoff_after(failures)


@dataclass(frozen=True, slots=True)
class RunReport:
    source: str
    outcome: str  # stored | skipped | retry | disabled
    added: int = 0
    duplicates: int = 0
    rejected: int = 0
    message: str = ""
    next_run: datetime | None = None

    def describe(self) -> str:
        counts = f"{self.added} new, {self.duplicates} duplicates skipped, {self.rejected} malformed kept"
        if self.outcome == "stored":
            return f"{self.source}: {counts}"
        if self.outcome == "skipped":
            return f"{self.source}: skipped: {self.message}"
        when = f"; next try {self.next_run:%Y-%m-%d %H:%M:%S} UTC" if self.next_run else ""
        return f"{self.source}: {self.outcome}: {self.message} ({counts}{when})"


def run_once(engine: Engine, collector: Collector, clock: Clock, schedule: Schedule = Schedule(),
             config_fingerprint: str = "") -> RunReport:
    """Collect from one source until it has nothing new, storing batch by batch."""
    factory = session_factory(engine)
    name = collector.name
    with transaction(factory) as session:
        skip = _reason_to_skip(session, name, clock.now(), config_fingerprint)
        if skip:
            return RunReport(name, "skipped", message=skip)
        checkpoint = load_checkpoint(session, name)
    totals = [0, 0, 0]
    try:
        for batch in _guarded(collector.collect(checkpoint), name):
            # A malformed line may hold anything, keys included: it is stored masked (brandwatch/secrecy).
            rejected = [replace(item, raw=scrub_all(item.raw), reason=scrub(item.reason)) for item in batch.rejected]
            with transaction(factory) as session:
                result = save_batch(session, name, collector.platform, batch.mentions, rejected,
                                    batch.checkpoint)
            for item in batch.rejected:
                log.warning("%s: skipped a malformed item %s: %s (raw payload kept in rejected_items)",
                            name, item.external_id or "(no id)", item.reason)
            totals = [totals[0] + result.added, totals[1] + result.duplicates, totals[2] + len(batch.rejected)]
    except SourceDisabled as exc:
        with transaction(factory) as session:
            record_disabled(session, name, clock.now(), exc.reason, config_fingerprint=config_fingerprint)
        log.error("%s: disabled: %s", name, exc.reason)
        return RunReport(name, "disabled", *totals, message=exc.reason)
    except RetryLater as exc:
        now = clock.now()
        with transaction(factory) as session:
            failures = consecutive_failures(status_of(session, name)) + 1
            next_run = now + schedule.retry_delay(exc, failures)
            record_failure(session, name, now, exc.reason, next_run)
        log.warning("%s: %s; next try at %s", name, exc.reason, next_run.isoformat())
        return RunReport(name, "retry", *totals, message=exc.reason, next_run=next_run)
    now = clock.now()
    with transaction(factory) as session:
        record_success(session, name, now, now + schedule.interval, last_added=totals[0])
    return RunReport(name, "stored", *totals)


def _reason_to_skip(session, name: str, now: datetime, config_fingerprint: str) -> str | None:
    status = status_of(session, name)
    if status is None:
        return None
    if status.disabled_reason:
        if (status.details or {}).get("config_fingerprint") == config_fingerprint:
            return (f"disabled since {status.last_error_at:%Y-%m-%d %H:%M} UTC: {status.disabled_reason}; "
                    "fix the credentials or configuration and it is retried")
        clear_disabled(session, name)  # credentials or configuration changed: worth one more try
        return None
    if consecutive_failures(status) and status.next_run and now < status.next_run:
        return f"backing off after '{status.last_error}' until {status.next_run:%Y-%m-%d %H:%M:%S} UTC"
    return None


def _guarded(batches: Iterator[Batch], name: str) -> Iterator[Batch]:
    """Turn a collector's unexpected exception into a retry, so one bug cannot stop the others."""
    try:
        yield from batches
    except (RetryLater, SourceDisabled):
        raise
    except Exception as exc:  # noqa: BLE001 - logged with traceback, then retried with backoff
        log.exception("%s: collector failed unexpectedly", name)
        raise RetryLater(f"unexpected {type(exc).__name__}: {exc}") from exc
