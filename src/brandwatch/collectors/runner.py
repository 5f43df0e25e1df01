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

from brandwatch import faults
from brandwatch.collectors.base import Batch, Collector, Paused, RetryLater, SourceDisabled, SourceFailing
from brandwatch.model.clock import Clock
from brandwatch.secrecy import scrub, scrub_all
from brandwatch.store.db import session_factory, transaction
from brandwatch.store.mentions import load_checkpoint, store_batch
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
    outcome: str  # stored | paused | skipped | retry | failing | disabled
    added: int = 0
    duplicates: int = 0
    rejected: int = 0
    message: str = ""
    next_run: datetime | None = None
    edited: int = 0
    notices: tuple[str, ...] = ()

    @property
    def failed(self) -> bool:
        """`collect --once` exits non-zero for these: something needs a person or a later run."""
        return self.outcome in ("retry", "failing", "disabled")

    def describe(self) -> str:
        counts = f"{self.added} new, {self.duplicates} duplicates skipped, {self.rejected} malformed kept"
        counts += f", {self.edited} edited" if self.edited else ""
        notes = "".join(f"\n  notice: {n}" for n in self.notices)
        if self.outcome == "stored":
            return f"{self.source}: {counts}{notes}"
        if self.outcome == "skipped":
            return f"{self.source}: skipped: {self.message}"
        if self.outcome == "disabled" and not (self.added or self.duplicates or self.rejected):
            return f"{self.source}: disabled: {self.message}"
        when = f"; next try {self.next_run:%Y-%m-%d %H:%M:%S} UTC" if self.next_run else ""
        return f"{self.source}: {self.outcome}: {self.message} ({counts}{when}){notes}"


def _masked(item):
    """A rejected or refused item as it may be stored: its payload and reason through the secrecy scrub."""
    return replace(item, raw=scrub_all(item.raw), reason=scrub(item.reason))


def run_once(engine: Engine, collector: Collector, clock: Clock, schedule: Schedule = Schedule(),
             config_fingerprint: str = "") -> RunReport:
    """Collect from one source until it has nothing new, storing batch by batch."""
    factory = session_factory(engine)
    name = collector.name
    with transaction(factory) as session:
        skip = _reason_to_skip(session, name, clock.now(), config_fingerprint)
        if skip:
            disabled = skip.startswith("disabled")
            return RunReport(name, "disabled" if disabled else "skipped", message=skip)
        checkpoint = load_checkpoint(session, name)
    totals = [0, 0, 0, 0]
    try:
        for batch in _guarded(collector.collect(checkpoint), name):
            # A malformed line may hold anything, keys included: it is stored masked (brandwatch/secrecy).
            rejected = [_masked(item) for item in batch.rejected]
            # crash tests stop at collect.stored: the batch and its checkpoint written, not yet committed
            result = store_batch(factory, name, collector.platform, batch.mentions, rejected,
                                 batch.checkpoint, before_commit=lambda: faults.reached("collect.stored"),
                                 mask=_masked)  # an item the store refuses is kept masked too
            for item in (*batch.rejected, *result.refused):
                log.warning("%s: skipped a malformed item %s: %s (raw payload kept in rejected_items)",
                            name, item.external_id or "(no id)", item.reason)
            totals = [totals[0] + result.added, totals[1] + result.duplicates,
                      totals[2] + len(batch.rejected) + len(result.refused), totals[3] + result.edited]
    except SourceDisabled as exc:
        with transaction(factory) as session:
            record_disabled(session, name, clock.now(), exc.reason, config_fingerprint=config_fingerprint,
                            notices=_notices(collector))
        log.error("%s: disabled: %s", name, exc.reason)
        return _report(name, "disabled", totals, collector, message=exc.reason)
    except RetryLater as exc:
        now = clock.now()
        with transaction(factory) as session:
            failures = consecutive_failures(status_of(session, name)) + 1
            next_run = now + schedule.retry_delay(exc, failures)
            record_failure(session, name, now, exc.reason, next_run, notices=_notices(collector))
        log.warning("%s: %s; next try at %s", name, exc.reason, next_run.isoformat())
        return _report(name, "retry", totals, collector, message=exc.reason, next_run=next_run)
    except SourceFailing as exc:
        now = clock.now()
        next_run = now + schedule.interval  # nothing to back off from: the other streams are fine
        with transaction(factory) as session:
            record_failure(session, name, now, exc.reason, next_run, notices=_notices(collector))
        log.error("%s: failing: %s", name, exc.reason)
        return _report(name, "failing", totals, collector, message=exc.reason, next_run=next_run)
    except Paused as exc:
        now = clock.now()
        next_run = now + max(schedule.interval, schedule.retry_delay(RetryLater(exc.reason, exc.delay), 1))
        notices = [*_notices(collector), f"{exc.reason}; next run {next_run:%Y-%m-%d %H:%M:%S} UTC"]
        with transaction(factory) as session:
            record_success(session, name, now, next_run, last_added=totals[0], notices=notices, paused=True)
        log.info("%s: paused: %s", name, exc.reason)
        return RunReport(name, "paused", *totals[:3], message=exc.reason, next_run=next_run, edited=totals[3],
                         notices=tuple(notices))
    now = clock.now()
    with transaction(factory) as session:
        record_success(session, name, now, now + schedule.interval, last_added=totals[0],
                       notices=_notices(collector), paused=False)
    return _report(name, "stored", totals, collector)


def _notices(collector: Collector) -> list[str]:
    return [str(n) for n in getattr(collector, "notices", None) or []]


def _report(name: str, outcome: str, totals: list[int], collector: Collector, **more) -> RunReport:
    return RunReport(name, outcome, *totals[:3], edited=totals[3], notices=tuple(_notices(collector)), **more)


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
    if (status.details or {}).get("paused") and status.next_run and now < status.next_run:
        return f"paused until {status.next_run:%Y-%m-%d %H:%M:%S} UTC (the platform's request quota was nearly spent)"
    return None


def _guarded(batches: Iterator[Batch], name: str) -> Iterator[Batch]:
    """Turn a collector's unexpected exception into a retry, so one bug cannot stop the others."""
    try:
        yield from batches
    except (RetryLater, SourceDisabled, SourceFailing, Paused):
        raise
    except Exception as exc:  # noqa: BLE001 - logged with traceback, then retried with backoff
        log.exception("%s: collector failed unexpectedly", name)
        raise RetryLater(f"unexpected {type(exc).__name__}: {exc}") from exc
