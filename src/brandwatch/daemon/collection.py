"""Collection jobs: each configured source runs through the collectors' own runner.

The runner stores every batch with its checkpoint in one transaction (brandwatch's tables, never the
scheduler's job store), so a kill at any moment re-fetches at most one batch and the unique key on
mentions drops the repeats. Here we only make a running collection stop between batches when the
daemon is asked to stop, and make its waits wake up on that request.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterator

from sqlalchemy import Engine

from brandwatch.collectors.base import Batch, Checkpoint
from brandwatch.collectors.registry import Configured, Connection, build_collectors
from brandwatch.collectors.runner import RunReport, run_once
from brandwatch.config import Settings
from brandwatch.rosters import Roster

log = logging.getLogger("brandwatch.daemon.collection")


@dataclass
class StoppableClock:
    """The collectors' clock whose sleeps end early when the daemon is stopping."""

    stop: threading.Event

    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self.stop.wait(seconds)


class StopBetweenBatches:
    """A collector that yields no further batch once stop is requested (the stored ones stay stored)."""

    def __init__(self, inner: Any, stop: threading.Event):
        self.inner, self.stop = inner, stop
        self.name, self.platform = inner.name, inner.platform

    @property
    def notices(self) -> list[str]:
        return list(getattr(self.inner, "notices", None) or [])

    def collect(self, checkpoint: Checkpoint) -> Iterator[Batch]:
        batches = self.inner.collect(checkpoint)
        try:
            for batch in batches:
                yield batch
                if self.stop.is_set():
                    return
        finally:
            close = getattr(batches, "close", None)
            if close is not None:
                close()


class Collection:
    def __init__(self, engine: Engine, settings: Settings, roster: Roster, stop: threading.Event,
                 connections: dict[str, Connection] | None = None):
        self.engine, self.stop = engine, stop
        self.clock = StoppableClock(stop)
        registry = build_collectors(settings, roster, self.clock, connections=connections)
        for line in registry.skipped:
            log.warning(line)
        self.configured: dict[str, Configured] = {c.source.name: c for c in registry.collectors}

    def run(self, name: str) -> RunReport | None:
        configured = self.configured[name]
        if self.stop.is_set():
            return None
        collector = StopBetweenBatches(configured.collector, self.stop)
        report = run_once(self.engine, collector, self.clock, configured.schedule, configured.fingerprint)
        # A source disabled by an earlier run is reported again on every tick: that repeat stays quiet.
        quiet = (report.outcome == "skipped" or (report.outcome == "stored" and not report.added)
                 or (report.outcome == "disabled" and report.message.startswith("disabled since")))
        level = logging.DEBUG if quiet else logging.INFO if report.outcome == "stored" else logging.WARNING
        log.log(level, report.describe(), extra={"source": name, "outcome": report.outcome, "added": report.added})
        return report
