"""The one clock. Time comes from an injected clock so tests can move it; production uses the wall
clock in UTC. Code that also waits takes a `Clock` (collectors sleep between pages and retries); code
that only needs the time takes a `Now`, a clock's `now` alone (the review queue, the console).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Protocol

Now = Callable[[], datetime]


def system_clock() -> datetime:
    """The wall clock's `now`, in UTC."""
    return datetime.now(timezone.utc)


class Clock(Protocol):
    """Time as brandwatch sees it; tests inject a fake one so nothing really sleeps."""

    def now(self) -> datetime: ...

    def sleep(self, seconds: float) -> None: ...


@dataclass
class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)


@dataclass
class ManualClock:
    """A clock that only moves when told to, or when something sleeps on it (which returns at once)."""

    current: datetime = field(default_factory=lambda: datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc))
    slept: list[float] = field(default_factory=list)

    def now(self) -> datetime:
        return self.current

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.current += timedelta(seconds=max(seconds, 0))

    def advance(self, seconds: float) -> None:
        self.current += timedelta(seconds=seconds)
