"""Quiet logging while the database is unreachable: one line when the outage starts, a count every
`report_every` seconds while it lasts, one line when it ends. Tracebacks only at debug level.

Without this every job run logged its own traceback: a 110 s PostgreSQL outage wrote 83,000 lines.
Only database connection failures (`OperationalError`) count; any other error is logged as before.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Callable, TypeVar

from sqlalchemy.exc import OperationalError

log = logging.getLogger("brandwatch.daemon.outage")
T = TypeVar("T")


class OutageLog:
    def __init__(self, report_every: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.report_every, self.clock = report_every, clock
        self._lock = threading.Lock()
        self.since: float | None = None
        self.failures = 0
        self._reported_at = 0.0

    def guard(self, job: str, func: Callable[[], T]) -> Callable[[], T | None]:
        """`func` as a scheduler job whose database outages are counted, not logged one by one."""

        def run() -> T | None:
            try:
                result = func()
            except OperationalError as exc:
                self.failed(job, exc)
                return None
            self.succeeded()
            return result

        return run

    def failed(self, job: str, exc: OperationalError) -> None:
        now = self.clock()
        cause = str(exc.orig or exc).strip().splitlines()[0] if str(exc.orig or exc).strip() else type(exc).__name__
        with self._lock:
            starting = self.since is None
            if starting:
                self.since, self.failures, self._reported_at = now, 0, now
            self.failures += 1
            report = not starting and now - self._reported_at >= self.report_every
            if report:
                self._reported_at = now
            failures, since = self.failures, self.since
        if starting:
            log.error("database unreachable (%s: %s); jobs keep retrying quietly, a count follows every %.0f s",
                      job, cause, self.report_every)
        elif report:
            log.warning("database still unreachable after %.0f s: %d job runs failed (last: %s)",
                        now - since, failures, cause)
        log.debug("job %s failed while the database is unreachable", job, exc_info=exc)

    def succeeded(self) -> None:
        with self._lock:
            if self.since is None:
                return
            lasted, failures, self.since = self.clock() - self.since, self.failures, None
        log.warning("database reachable again after %.0f s (%d job runs failed meanwhile)", lasted, failures)


OUTAGE = OutageLog()
